"""`reportbot eval`: score answers on a gold set, with the same figures as shared/tools/score.py.

A citation is valid when its text is verbatim one sentence of the report, and precise when
that sentence holds one of the gold support passages. Text is compared after straightening
quotes and folding case and white space, as the external scorer does.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import IO, Any, Iterable

from bot.errors import UserError


@dataclass(frozen=True)
class GoldQuestion:
    id: str
    question: str
    answerable: bool
    facts: list[list[str]]  # every group must appear in the answer (any alternative of it)
    support: list[str]  # substrings of the report sentences that support the answer


def load_gold(handle: IO[str]) -> list[GoldQuestion]:
    """Read a gold set; a malformed line is an error naming its number."""
    gold = []
    ids: set[str] = set()
    name = getattr(handle, "name", "gold set")
    try:
        lines = list(handle)
    except UnicodeDecodeError as exc:
        raise UserError(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UserError(f"{name}:{number}: not a gold question ({exc})") from None
        if problem := _gold_problem(row):
            raise UserError(f"{name}:{number}: not a gold question ({problem})")
        if str(row["id"]) in ids:  # failures are listed by id: two would read as one
            raise UserError(f"{name}:{number}: not a gold question (id {row['id']!r} is used twice)")
        ids.add(str(row["id"]))
        gold.append(GoldQuestion(str(row["id"]), row["question"], row["answerable"],
                                 row.get("facts", []), row.get("support", [])))
    if not gold:
        raise UserError(f"{name} holds no questions")
    return gold


def _gold_problem(row: Any) -> str | None:
    """What is wrong with one parsed gold line, or None: a value of the wrong kind would otherwise be
    a traceback mid-run ("question": 5) or a wrong score ("answerable": "false" is true to bool())."""
    def texts(value: Any) -> bool:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)

    if not isinstance(row, dict):
        return "a line must be a JSON object"
    for key in ("id", "question", "answerable"):
        if key not in row:
            return f"no {key!r}"
    if not isinstance(row["id"], (str, int)) or isinstance(row["id"], bool):
        return '"id" must be text or a number'
    if not isinstance(row["question"], str):
        return '"question" must be text'
    if not row["question"].strip():
        return '"question" is empty'
    if not isinstance(row["answerable"], bool):
        return '"answerable" must be true or false, without quotes'
    facts = row.get("facts", [])
    if not isinstance(facts, list) or not all(texts(group) and group for group in facts):  # ([] matches no answer)
        return '"facts" must be a list of lists of text, like [["Baghdad", "the capital"]]'
    if not texts(row.get("support", [])):
        return '"support" must be a list of text'
    return None


# `calibrate` scores every report's answers at each of its 91 thresholds, twice (~180 passes), normalising the same
# report sentences and gold passages each time: kept once (a corpus's worth of distinct texts).
NORM_CACHE_SIZE = 1 << 17


@lru_cache(maxsize=NORM_CACHE_SIZE)
def norm(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def score(gold: list[GoldQuestion], answers: Iterable[dict[str, Any]], report_sentences: list[str]) -> dict[str, Any]:
    """The figures for answers (contract JSON objects) to the gold questions, in order."""
    refs = [norm(s) for s in report_sentences]
    counts = dict(answerable=0, correct=0, false_abstain=0, support_hit=0, cited=0, precise=0, valid=0,
                  sentences=0, sentences_cited=0, unanswerable=0, abstained_ok=0)
    failures = []
    for g, answer in zip(gold, answers, strict=True):
        texts = [norm(c.get("text", "")) for c in answer.get("citations") or []]
        if not g.answerable:
            counts["unanswerable"] += 1
            if answer.get("answered"):
                failures.append(f"{g.id}:answered-unanswerable")
            else:
                counts["abstained_ok"] += 1
            continue
        counts["answerable"] += 1
        if not answer.get("answered"):
            counts["false_abstain"] += 1
            failures.append(f"{g.id}:abstained")
            continue
        text = norm(answer.get("answer", ""))
        correct = all(any(norm(alt) in text for alt in group) for group in g.facts)
        support = [norm(s) for s in g.support]
        homes = [_home(t, refs) for t in texts]
        hit = any(h is not None and any(s in t for s in support) for t, h in zip(texts, homes))
        counts["correct"] += correct
        counts["support_hit"] += hit
        for home in homes:
            counts["cited"] += 1
            counts["valid"] += home is not None
            counts["precise"] += home is not None and any(s in home for s in support)
        for sentence in answer.get("sentences") or []:
            counts["sentences"] += 1
            counts["sentences_cited"] += bool(sentence.get("citations"))
        if not correct or not hit:
            failures.append(f"{g.id}:{'wrong' if not correct else 'uncited'}")

    def ratio(a: str, b: int) -> float | None:
        return round(counts[a] / b, 3) if b else None

    return {
        "accuracy": ratio("correct", counts["answerable"]),
        "support_hit": ratio("support_hit", counts["answerable"]),
        "citation_precision": ratio("precise", counts["cited"]),
        "citation_valid": ratio("valid", counts["cited"]),
        "sentence_coverage": ratio("sentences_cited", counts["sentences"]),
        "abstain_accuracy": ratio("abstained_ok", counts["unanswerable"]),
        "false_abstain": ratio("false_abstain", counts["answerable"]),
        "cites_per_answer": ratio("cited", counts["answerable"] - counts["false_abstain"]),
        "questions": len(gold),
        "fails": failures,
    }


# A short verbatim passage held by several sentences (a heading such as "Judicial Administrator" that later
# sentences repeat) is still the report's words: the shared scorer (`score.py`'s `home`) counts such a
# citation valid up to this length, and so does this one, so the two agree.
SHORT_PASSAGE_CHARS = 400


def _home(text: str, refs: list[str]) -> str | None:
    """The one report sentence that holds a citation's text; a short passage several sentences hold, the
    passage itself; else None (not verbatim)."""
    text = text.strip(" .")
    hits = {r for r in refs if text and text in r}
    if len(hits) == 1:
        return hits.pop()
    return text if hits and len(text) <= SHORT_PASSAGE_CHARS else None


def evaluate(service, gold: list[GoldQuestion], backend: str | None = None) -> dict[str, Any]:
    """Ask the service every gold question and score its answers against the live report."""
    answers = [service.ask(g.question, backend=backend).to_json() for g in gold]
    sentences = [s.text for s in service.live.bundle.sentences]
    result = score(gold, answers, sentences)
    result["latency_ms_p50"] = round(sorted(a["latency_ms"] for a in answers)[len(answers) // 2], 2)
    return result


# What a report's gold set should reach: mostly right when it answers, honest when it cannot, and
# short (a second sentence only when it adds a needed part).
TARGETS = {"accuracy": (">=", 0.85), "citation_precision": (">=", 0.90), "citation_valid": (">=", 1.0),
           "sentence_coverage": (">=", 1.0), "abstain_accuracy": (">=", 0.80), "false_abstain": ("<=", 0.10),
           "cites_per_answer": ("<=", 1.5)}


def meets(result: dict[str, Any]) -> dict[str, bool]:
    """Which targets the figures meet (a missing figure, e.g. no unanswerable questions, meets it)."""
    out = {}
    for key, (op, target) in TARGETS.items():
        value = result.get(key)
        out[key] = value is None or (value >= target if op == ">=" else value <= target)
    return out


def format_report(result: dict[str, Any]) -> str:
    ok = meets(result)
    lines = [f"{result['questions']} questions"]
    for key, (op, target) in TARGETS.items():
        value = result.get(key)
        shown = "n/a" if value is None else f"{value:.3f}"
        lines.append(f"  {key:<20} {shown:>6}   target {op} {target}   {'ok' if ok[key] else 'MISSED'}")
    lines.append(f"  {'latency_ms_p50':<20} {result['latency_ms_p50']:>6}")
    lines.append("failures: " + (", ".join(result["fails"]) if result["fails"] else "none"))
    return "\n".join(lines)
