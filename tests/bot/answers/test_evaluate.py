"""`reportbot eval` and the external scorer (shared/tools/score.py) agree on the same answers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.answers.evaluate import GoldQuestion, load_gold, score
from bot.errors import UserError
from tests.helpers import REPORT

SCORER = REPORT.parents[2] / "shared" / "tools" / "score.py"
DEV = REPORT.parents[1] / "tests" / "dev.jsonl"


def test_cli_eval_and_external_scorer_print_the_same_figures(real_settings, real_service):
    reportbot = [sys.executable, "-m", "bot", "--config", str(real_settings.path)]
    ours = json.loads(subprocess.run(reportbot + ["eval", "--json", str(DEV)], capture_output=True,
                                     text=True, check=True).stdout)
    if not SCORER.exists():
        pytest.skip("shared/tools/score.py is not beside the project")
    theirs = json.loads(subprocess.run([sys.executable, str(SCORER), "answers", str(DEV), str(REPORT), "--"]
                                       + reportbot + ["ask", "--json", "-"],
                                       capture_output=True, text=True, check=True).stdout)
    for key in ("accuracy", "support_hit", "citation_precision", "citation_valid", "sentence_coverage",
                "abstain_accuracy", "false_abstain", "cites_per_answer", "fails"):
        assert ours[key] == theirs[key], key


def test_scoring_counts_imprecise_and_invalid_citations():
    gold = [GoldQuestion("q1", "Who?", True, [["Al-Hafi"]], ["led by Muhammad Al-Hafi"]),
            GoldQuestion("q2", "Budget?", False, [], [])]
    sentences = ["The office is led by Muhammad Al-Hafi, a member.", "Another sentence."]
    answers = [
        {"answered": True, "answer": "Led by Al-Hafi [1] [2] [3]",
         "sentences": [{"text": "Led by Al-Hafi", "citations": [1, 2, 3]}],
         "citations": [{"text": sentences[0]}, {"text": sentences[1]}, {"text": "Invented text."}]},
        {"answered": True, "answer": "A guess.", "sentences": [{"text": "A guess.", "citations": []}],
         "citations": []},
    ]
    result = score(gold, answers, sentences)
    assert result["accuracy"] == 1.0
    assert result["citation_precision"] == round(1 / 3, 3)
    assert result["citation_valid"] == round(2 / 3, 3)
    assert result["abstain_accuracy"] == 0.0
    assert result["fails"] == ["q2:answered-unanswerable"]


def test_a_malformed_gold_line_names_its_number(tmp_path: Path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "question": "Q", "answerable": true}\n{"id": "b"}\n', encoding="utf-8")
    with open(path, encoding="utf-8") as handle, pytest.raises(UserError, match="gold.jsonl:2"):
        load_gold(handle)
