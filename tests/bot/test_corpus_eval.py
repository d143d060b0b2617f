"""`reportbot eval --corpus`: what a run over a folder of reports leaves on disk as it goes."""

from __future__ import annotations

import logging
import shutil
import tempfile

import pytest

from bot.corpus_eval import evaluate_corpus
from bot.settings import PROJECT_ROOT
from tests.helpers import REPORT

pytestmark = pytest.mark.slow  # builds a real index

DEV = PROJECT_ROOT / "tests" / "dev.jsonl"


def test_each_report_s_index_is_removed_once_scored(tmp_path, monkeypatch, caplog):
    """A run over hundreds of reports keeps no report's index (about 150 MB each) once its figures
    are taken, kept to the end, 525 reports filled the disk; but the first one's, whose model
    export the next reports' indexes copy their query models from, stays to the end."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for slug in ("first", "second"):
        shutil.copy(REPORT, folder / f"{slug}.txt")
        shutil.copy(DEV, folder / f"{slug}.jsonl")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    kept = {}
    result = evaluate_corpus(folder, on_report=lambda slug: kept.setdefault(
        slug, sorted(p.name for p in scratch.glob("reportbot-eval-*/*"))))
    assert kept == {"first": ["first"], "second": ["first"]}
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]  # the query models were copied
    assert result["reports"]["second"]["accuracy"] == result["reports"]["first"]["accuracy"] > 0.9
