"""`reportbot eval --corpus`: what a run over a folder of reports leaves on disk as it goes."""

from __future__ import annotations

import shutil
import tempfile

import pytest

from bot.corpus_eval import evaluate_corpus
from bot.settings import PROJECT_ROOT
from tests.helpers import REPORT

pytestmark = pytest.mark.slow  # builds a real index

DEV = PROJECT_ROOT / "tests" / "dev.jsonl"


def test_each_report_s_index_is_removed_once_scored(tmp_path, monkeypatch):
    """A run over hundreds of reports keeps no report's index (about 150 MB each) once its figures
    are taken: kept to the end, 525 reports filled the disk."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(REPORT, folder / "report.txt")
    shutil.copy(DEV, folder / "report.jsonl")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    left = []
    result = evaluate_corpus(folder, on_report=lambda slug: left.extend(scratch.glob("reportbot-eval-*/*")))
    assert left == []
    assert result["reports"]["report"]["accuracy"] > 0.9  # the run itself still scores the report
