"""The bot on reports nobody tuned it for: the shared development corpus, scored as `reportbot eval
--corpus` scores it, must not fall below the figures the README reports."""

from __future__ import annotations

import re

import pytest

from bot.settings import PROJECT_ROOT
from tests.helpers import CORPUS
README_ROW = "six corpus reports, shipped model (macro)"
# README column -> figure, and whether higher is better.
COLUMNS = {"accuracy": ("accuracy", True), "citation precision": ("citation_precision", True),
           "citation validity": ("citation_valid", True), "abstention accuracy": ("abstain_accuracy", True),
           "false abstention": ("false_abstain", False), "citations / answer": ("cites_per_answer", False)}
ROUNDING = 0.0005  # the README shows three decimals


def readme_figures() -> dict[str, float]:
    lines = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    header = next(line for line in lines if line.startswith("| set |"))
    row = next(line for line in lines if line.startswith(f"| {README_ROW} |"))
    names = [c.strip() for c in header.strip("|").split("|")]
    values = [c.strip() for c in row.strip("|").split("|")]
    return {COLUMNS[n][0]: float(v) for n, v in zip(names, values) if n in COLUMNS and re.match(r"[\d.]+$", v)}


@pytest.mark.slow
def test_the_shared_corpus_scores_at_least_what_the_readme_reports(corpus_indexes, monkeypatch):
    from bot import corpus_eval
    from bot.service import ReportService
    from bot.settings import load_settings

    def built_once(report, folder, embedder=None, base=None):  # the run's corpus indexes, made by index_report itself
        return ReportService.open(load_settings(corpus_indexes[report.stem] / "config.toml")), embedder

    monkeypatch.setattr(corpus_eval, "index_report", built_once)
    reported = readme_figures()
    assert len(reported) == len(COLUMNS)
    macro = corpus_eval.evaluate_corpus(CORPUS)["macro"]
    worse = {}
    for key, (figure, higher_is_better) in {v[0]: v for v in COLUMNS.values()}.items():
        if higher_is_better and macro[key] < reported[key] - ROUNDING:
            worse[key] = (macro[key], reported[key])
        if not higher_is_better and macro[key] > reported[key] + ROUNDING:
            worse[key] = (macro[key], reported[key])
    assert not worse, f"below the README (measured, reported): {worse}"
