"""`reportbot eval` and the external scorer (shared/tools/score.py) agree on the same answers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.answers.evaluate import GoldQuestion, load_gold, score
from bot.errors import UserError
from tests.helpers import REPORT, write_config

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


def test_a_cited_heading_that_later_sentences_repeat_is_valid_as_the_shared_scorer_counts_it():
    gold = [GoldQuestion("q1", "Who wrote it?", True, [["Judicial Administrator"]], ["Judicial Administrator"])]
    sentences = ["Judicial Administrator", "The Judicial Administrator met the creditors.",
                 "The Judicial Administrator sold the plant."]
    answers = [{"answered": True, "answer": "Judicial Administrator [1]",
                "sentences": [{"text": "Judicial Administrator", "citations": [1]}],
                "citations": [{"text": "Judicial Administrator"}]}]
    assert score(gold, answers, sentences)["citation_valid"] == 1.0


def test_a_malformed_gold_line_names_its_number(tmp_path: Path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "question": "Q", "answerable": true}\n{"id": "b"}\n', encoding="utf-8")
    with open(path, encoding="utf-8") as handle, pytest.raises(UserError, match="gold.jsonl:2"):
        load_gold(handle)


@pytest.mark.parametrize("line, problem", [
    ('{"id": "q", "question": 5, "answerable": true}', '"question" must be text'),
    ('{"id": "q", "question": "Who?", "answerable": "false"}', '"answerable" must be true or false'),
    ('{"id": "q", "question": "Who?", "answerable": true, "facts": ["Baghdad"]}', '"facts" must be a list of lists'),
    ('{"id": "q", "question": "Who?", "answerable": true, "facts": [[]]}', '"facts" must be a list of lists'),
    ('{"id": "q", "question": " ", "answerable": true}', '"question" is empty'),
    ('{"id": "ok", "question": "Who?", "answerable": true}', "id 'ok' is used twice"),
    ('{"id": "q", "question": "Who?", "answerable": true, "support": "the office"}', '"support" must be a list'),
    ('["q", "Who?", true]', "a line must be a JSON object"),
])
def test_a_gold_value_of_the_wrong_kind_is_refused_with_its_line(tmp_path: Path, line, problem):
    # Otherwise "question": 5 is a traceback mid-run, and "answerable": "false" counts as answerable.
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "ok", "question": "Who met?", "answerable": false}\n' + line + "\n", encoding="utf-8")
    with gold.open(encoding="utf-8") as handle, pytest.raises(UserError) as raised:
        load_gold(handle)
    assert str(raised.value).startswith(f"{gold}:2: not a gold question (") and problem in str(raised.value)


def test_cli_eval_refuses_a_bad_gold_line_with_one_line_and_exit_2(tmp_path: Path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "q", "question": 5, "answerable": true}\n', encoding="utf-8")
    settings = write_config(tmp_path / "cfg")  # no index: the line is refused before one is built
    done = subprocess.run([sys.executable, "-m", "bot", "--config", str(settings.path), "eval", str(gold)],
                          capture_output=True, text=True)
    assert done.returncode == 2 and done.stdout == "" and not (tmp_path / "cfg" / "data" / "index").exists()
    assert done.stderr.strip() == f'reportbot: error: {gold}:1: not a gold question ("question" must be text)'
