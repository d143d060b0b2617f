"""config.toml: defaults, and errors that name the key and its line."""

from __future__ import annotations

import pytest

from bot.errors import ConfigError
from bot.settings import PROJECT_ROOT, load_settings


def _config(tmp_path, text):
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_config_loads_and_points_at_the_shipped_report():
    settings = load_settings(PROJECT_ROOT / "config.toml")
    assert settings.corpus.sources == (PROJECT_ROOT / "reports" / "iran-backed-militias-iraq.txt",)
    assert settings.index.data_dir == PROJECT_ROOT / "data"
    assert settings.answers.max_question_chars == 500
    assert settings.llm.backend == "extractive"


def test_relative_paths_resolve_from_the_config_folder(tmp_path):
    settings = load_settings(_config(tmp_path, '[index]\ndata_dir = "store"\n'))
    assert settings.index.data_dir == tmp_path / "store"


def test_malformed_toml_names_the_line(tmp_path):
    with pytest.raises(ConfigError, match=r"not valid TOML: .*line 3"):
        load_settings(_config(tmp_path, '[index]\nkeep_versions = 2\ndata_dir = "unclosed\n'))


def test_wrong_type_names_key_and_line(tmp_path):
    with pytest.raises(ConfigError, match=r"config.toml:3: answers.max_question_chars must be a whole number"):
        load_settings(_config(tmp_path, '[answers]\n# comment\nmax_question_chars = "long"\n'))


def test_unknown_key_names_key_and_line(tmp_path):
    with pytest.raises(ConfigError, match=r"config.toml:2: index.keep_version is not a known setting"):
        load_settings(_config(tmp_path, "[index]\nkeep_version = 3\n"))


def test_unknown_section_and_bad_choice(tmp_path):
    with pytest.raises(ConfigError, match=r":1: unknown section \[indx\]"):
        load_settings(_config(tmp_path, "[indx]\n"))
    with pytest.raises(ConfigError, match=r"llm.backend must be one of 'extractive', 'openai'"):
        load_settings(_config(tmp_path, '[llm]\nbackend = "gpt"\n'))


def test_missing_config_file_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(tmp_path / "nope.toml")


@pytest.mark.parametrize("section, key, value", [
    ("discord", "cooldown_questions", "0"), ("discord", "cooldown_seconds", "-1"),
    ("discord", "max_upload_bytes", "0"), ("answers", "max_citations", "0"), ("index", "batch_size", "-64"),
    ("llm", "retries", "-1"),
])
def test_counts_and_durations_below_their_least_sensible_value_are_refused(tmp_path, section, key, value):
    with pytest.raises(ConfigError, match=rf"config.toml:2: {section}.{key} must be at least"):
        load_settings(_config(tmp_path, f"[{section}]\n{key} = {value}\n"))


def test_a_zero_second_cooldown_is_allowed(tmp_path):
    assert load_settings(_config(tmp_path, "[discord]\ncooldown_seconds = 0\n")).discord.cooldown_seconds == 0
