"""config.toml: defaults, and errors that name the key and its line."""

from __future__ import annotations

import dataclasses
import re

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
    settings = load_settings(_config(tmp_path, '[index]\ndata_dir = "store"\n'
                                               '[corpus]\nsources = ["a.txt", "r/b.md"]\n'))
    assert settings.index.data_dir == tmp_path / "store"
    assert settings.corpus.sources == (tmp_path / "a.txt", tmp_path / "r" / "b.md")


def test_default_paths_resolve_from_the_config_folder_too(tmp_path):
    assert load_settings(_config(tmp_path, "")).index.data_dir == tmp_path / "data"


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


@pytest.mark.parametrize("section, key, value, problem", [
    ("corpus", "max_source_bytes", "0", " must be at least 1, not 0"),
    ("index", "keep_versions", "-1", " must be at least 1, not -1"),
    ("index", "batch_size", "-64", " must be at least 1, not -64"),
    ("index", "hnsw_m", "1", " must be at least 2, not 1"),
    ("answers", "max_citations", "-3", " must be at least 1, not -3"),
    ("answers", "max_question_chars", "-1", " must be at least 1, not -1"),
    ("answers", "min_support", "7.5", " must be at most 1, not 7.5"),
    ("llm", "retries", "-1", " must be at least 0, not -1"),
    ("llm", "timeout_seconds", "0", " must be greater than 0, not 0"),
    ("llm", "temperature", "2.5", " must be at most 2, not 2.5"),
    ("llm", "min_similarity", "1.2", " must be at most 1, not 1.2"),
    ("llm", "min_overlap", "-0.1", " must be at least 0, not -0.1"),
    ("discord", "cooldown_questions", "0", " must be at least 1, not 0"),
    ("discord", "cooldown_seconds", "-1", " must be at least 0, not -1"),
    ("discord", "max_upload_bytes", "0", " must be at least 1, not 0"),
    ("discord", "index_poll_seconds", "0", " must be greater than 0, not 0"),
    ("discord", "guild_ids", "[111, -2]", "[1] must be greater than 0, not -2"),
    ("discord", "guild_ids", "[18446744073709551616]",
     "[0] must be at most 18446744073709551615, not 18446744073709551616"),
    ("discord", "shard_count", "100000000", " must be at most 16384, not 100000000"),
    # TOML's inf and nan: a wait of inf seconds overflowed the clocks at the first question
    ("llm", "timeout_seconds", "inf", " must be a finite number, not inf"),
    ("discord", "cooldown_seconds", "inf", " must be a finite number, not inf"),
    ("discord", "index_poll_seconds", "nan", " must be a finite number, not nan"),
    ("answers", "min_support", "nan", " must be a finite number, not nan"),
    ("llm", "timeout_seconds", "601.0", " must be at most 600, not 601.0"),
    ("discord", "cooldown_seconds", "86401.0", " must be at most 86400, not 86401.0"),
    ("discord", "index_poll_seconds", "3601.0", " must be at most 3600, not 3601.0"),
])
def test_numbers_out_of_range_are_one_line_errors_naming_file_line_and_key(tmp_path, section, key, value, problem):
    with pytest.raises(ConfigError) as raised:
        load_settings(_config(tmp_path, f"# settings\n[{section}]\n\n{key} = {value}\n"))
    message = str(raised.value)
    assert message == f"{tmp_path / 'config.toml'}:4: {section}.{key}{problem}"


def test_a_bad_setting_exits_the_cli_with_code_2_and_one_line(tmp_path, capsys):
    from bot import cli

    config = _config(tmp_path, "[answers]\nmax_citations = -3\n")
    assert cli.main(["--config", str(config), "actor", "Al-Hafi"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.endswith(f"{config}:2: answers.max_citations must be at least 1, not -3"), err
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize("text, problem", [
    ("[discord]\nanswer_in_thread = 1\n", "discord.answer_in_thread must be true or false, not 1"),
    ("[answers]\nmax_citations = 2.0\n", "answers.max_citations must be a whole number, not 2.0"),
    ("[discord]\nguild_ids = 5\n", "discord.guild_ids must be a list, not 5"),
    ("[index]\ndata_dir = \"\"\n", "index.data_dir must be a path in quotes, not ''"),
    ("[index]\nmodel_sha256 = \"abc\"\n", "index.model_sha256 must be a SHA-256: 64 hexadecimal digits"),
    ("[llm]\nbase_url = \"localhost:8080\"\n", "llm.base_url must be an http:// or https:// URL"),
    # URLs the client cannot use: before, every question crashed on them
    ("[llm]\nbase_url = \"http://[::1/v1\"\n", "llm.base_url is not a valid URL (Invalid IPv6 URL)"),
    ("[llm]\nbase_url = \"http:///v1\"\n", "llm.base_url must name a host (http://HOST:PORT/v1)"),
    ("[llm]\nbase_url = \"http://127.0.0.1:v1/\"\n",
     "llm.base_url is not a valid URL (Port could not be cast to integer value as 'v1')"),
])
def test_values_of_the_wrong_kind_are_refused(tmp_path, text, problem):
    with pytest.raises(ConfigError, match=rf"config.toml:2: {re.escape(problem)}"):
        load_settings(_config(tmp_path, text))


def test_a_model_hash_in_capitals_is_the_same_hash(tmp_path):
    # (copied from a tool that prints hashes in capitals, it was accepted, then every load and build refused it)
    from bot.settings import DEFAULT_MODEL_SHA256

    settings = load_settings(_config(tmp_path, f'[index]\nmodel_sha256 = "{DEFAULT_MODEL_SHA256.upper()}"\n'))
    assert settings.index.model_sha256 == DEFAULT_MODEL_SHA256


def test_the_first_problem_in_the_file_is_the_one_reported(tmp_path):
    with pytest.raises(ConfigError, match=r"config.toml:2: llm.retries"):
        load_settings(_config(tmp_path, "[llm]\nretries = -1\ntemperature = 9\n"))


def test_values_at_the_edges_of_their_ranges_load(tmp_path):
    settings = load_settings(_config(tmp_path, "[answers]\nmin_support = 1\n[llm]\ntemperature = 2\n"
                                               "min_similarity = 0\nretries = 0\n[index]\nflat_max_vectors = 0\n"))
    assert settings.answers.min_support == 1.0 and settings.llm.temperature == 2.0
    assert settings.llm.retries == 0 and settings.index.flat_max_vectors == 0


def test_a_derived_copy_is_validated_again():
    settings = load_settings(PROJECT_ROOT / "config.toml")
    changed = dataclasses.replace(settings, answers=dataclasses.replace(settings.answers, max_citations=3))
    assert changed.answers.max_citations == 3 and changed.index == settings.index
    with pytest.raises(ValueError):
        dataclasses.replace(settings.answers, max_citations=0)


def test_a_zero_second_cooldown_is_allowed(tmp_path):
    assert load_settings(_config(tmp_path, "[discord]\ncooldown_seconds = 0\n")).discord.cooldown_seconds == 0


def test_a_byte_order_mark_before_the_config_is_ignored(tmp_path):
    # Notepad saves UTF-8 with a BOM; it is an encoding mark, not the start of the first key.
    path = tmp_path / "config.toml"
    path.write_text('\ufeff[index]\ndata_dir = "store"\n', encoding="utf-8")
    assert load_settings(path).index.data_dir == tmp_path / "store"
