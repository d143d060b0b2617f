"""`reportbot calibrate`: the figures it fits by are the answers the bot gives, and a refit is a
model the bot can load, with figures for every report it was given from a model fitted without it."""

from __future__ import annotations

import json
import logging
import subprocess
import sys

import pytest

from bot.answers import calibrate
from bot.answers.evaluate import norm
from bot.answers.support import SupportModel, shipped_model
from bot.settings import PROJECT_ROOT
from tests.helpers import REPORT

pytestmark = pytest.mark.slow  # builds real indexes

DEV = PROJECT_ROOT / "tests" / "dev.jsonl"
CORPUS = PROJECT_ROOT.parent / "shared" / "eval" / "reports"


def test_calibration_answers_each_question_as_the_bot_does(real_service):
    """What calibration scores (its `ask --json` objects from observed candidates) is what `ask` answers:
    the same answered flag and the same cited sentences, for every dev question."""
    (collected,) = calibrate.collect([calibrate.gold_report(REPORT, [DEV])])
    model = shipped_model()
    ranked = calibrate._ranked([collected], model)  # as report_figures scores them
    for observed in collected.observed:
        fitted = calibrate.answer_json(observed, *ranked.get(id(observed), calibrate._NO_CANDIDATES),
                                       model.threshold, model.second_threshold, ranked=ranked)
        asked = real_service.ask(observed.gold.question)
        assert fitted["answered"] == asked.answered, observed.gold.question
        assert {norm(c["text"]) for c in fitted["citations"]} == {norm(c.text) for c in asked.citations}, \
            observed.gold.question


def test_a_refit_writes_a_model_the_bot_loads_with_figures_for_each_left_out_report(tmp_path):
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not beside the project ({CORPUS})")
    reports = calibrate.corpus_reports(CORPUS)[:1] + [calibrate.gold_report(REPORT, [DEV])]
    out = tmp_path / "support_model.json"
    model = calibrate.calibrate(calibrate.collect(reports), [r.slug for r in reports], out)

    loaded = SupportModel.from_json(json.loads(out.read_text(encoding="utf-8")))
    assert loaded.fitted_on == tuple(r.slug for r in reports) == model.fitted_on
    assert 0.0 < loaded.threshold < 1.0
    assert loaded.figures["held_out_unit"] == "report"  # two sets: a fold fitted on one set alone would be no fit
    assert set(loaded.figures["held_out"]) == {r.slug for r in reports}
    for figures in loaded.figures["held_out"].values():
        assert figures["citation_valid"] == 1.0  # every citation is a verbatim report sentence
        assert 0.0 <= figures["accuracy"] <= 1.0


def test_each_report_s_index_is_removed_once_observed(tmp_path, monkeypatch, caplog):
    """A calibration over hundreds of reports keeps no report's index (about 150 MB each) once its
    questions are observed, but the first one's, whose model export the next ones copy from."""
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "scratch"))
    (tmp_path / "scratch").mkdir()
    reports = []
    for slug in ("first", "second"):
        (tmp_path / f"{slug}.txt").write_bytes(REPORT.read_bytes())
        reports.append(calibrate.gold_report(tmp_path / f"{slug}.txt", [DEV]))
    kept = {}
    first, second = calibrate.collect(reports, on_report=lambda slug: kept.setdefault(
        slug, sorted(p.name for p in (tmp_path / "scratch").glob("reportbot-calibrate-*/*"))))
    assert kept == {"first": ["first"], "second": ["first"]}
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]  # the query models were copied
    assert [o.texts for o in second.observed] == [o.texts for o in first.observed]


@pytest.mark.parametrize("arguments, says", [
    (["--gold", "report.txt"], "--gold report.txt: expected REPORT=QUESTIONS.jsonl"),
    ([], "no <slug>.txt with a <slug>.jsonl beside it"),
    (["--gold", f"{REPORT}=missing.jsonl"], "missing.jsonl: no such file"),
])
def test_calibrate_user_errors_are_one_line_and_exit_2(tmp_path, arguments, says):
    done = subprocess.run([sys.executable, "-m", "bot", "calibrate", str(tmp_path), *arguments],
                          capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=60)
    assert done.returncode == 2, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and says in done.stderr, done.stderr
