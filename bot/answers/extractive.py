"""The offline answer composer: the fewest report sentences that answer, quoted verbatim, or an
honest "the report does not say".

Retrieval finds sentences about the question's subject; most questions about things the report
does not say still find such sentences ("How many fighters does Kataib Hezbollah have?" finds
the one sentence about Kataib Hezbollah). So a sentence must also *answer*: hold the kind of
thing asked for (a number, a date, a name), cover the question's own words, and be close in
meaning. The weights and threshold were calibrated on the dev set and checked on held-out
questions (tests/heldout.jsonl) that were written without looking at the scores.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answers.guard import REFUSAL, refusal_reason
from bot.answers.models import Answer, AnswerSentence, Citation
from bot.answers.question import ENTITY, NAME, NUMBER, TIME, QuestionShape, has_number, has_time, shape_of
from bot.log import get_logger
from bot.settings import AnswerSettings
from index.ingest import is_footer
from index.retrieve import Candidate, Retriever
from index.text import terms

log = get_logger(__name__)

# Weights of the support score (dense cosine + these); see the module docstring.
FOCUS_WEIGHT = 0.25  # the question's ordinary words found in the sentence
COVERAGE_WEIGHT = 0.25  # all its words, names counted heavier
MISSING_NAME_PENALTY = 0.10  # per name of the question the sentence does not mention
APPOSITIVE_BONUS = 0.10  # "Abu Idris al-Sharafi, the Houthi representative in Iraq" defines what is asked
DOCUMENT_BONUS = 1.0  # a question about the article itself is answered by its "appeared first on" line
# A question whose every ordinary word is missing from a sentence needs this much closeness.
NO_FOCUS_MIN_DENSE = 0.60
# A second sentence is cited only if it adds question words the first lacks and scores nearly as well.
SECOND_MAX_GAP = 0.15

_NAME_SPAN = re.compile(r"[A-Z][\w’'\-]*(?:\s+(?:of\s+|al-|the\s+)?[A-Z][\w’'\-]*)*")
_APPOSITIVE = re.compile(
    r"(?P<name>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*|\s+al-[A-Z][\w’'\-]*)*),\s+"
    r"(?P<desc>(?:the|a|an|another)\s+[^,.;“”]+|[a-z]+ of [^,.;“”]+)(?=[,.;])")
_CLAUSE_VERB = re.compile(r"\b(has|have|had|is|are|was|were|will|would|could)\b")


@dataclass(frozen=True)
class Assessment:
    """How well one retrieved sentence answers the question."""

    candidate: Candidate
    focus: float  # share of the question's ordinary words the sentence (or its context) holds
    names_missing: int  # names of the question the sentence does not mention
    kind_ok: bool  # holds the kind of answer asked for
    support: float  # the score answering or abstaining is decided on

    @property
    def sentence(self):
        return self.candidate.sentence


def compose(question: str, retriever: Retriever, settings: AnswerSettings) -> Answer:
    """Answer from the report's own sentences, or abstain."""
    if refusal_reason(question):
        return Answer(question=question, answered=False, answer=REFUSAL)
    shape = shape_of(question)
    # A question about the article itself also weighs its "appeared first on" line.
    candidates = retriever.search(question, settings.candidates,
                                  include=retriever.footer_rows if shape.about_document else ())
    ranked = assess(question, shape, candidates, retriever)
    unknown = retriever.unknown_names(question)
    best = ranked[0] if ranked else None
    if unknown or best is None or not _answers(best, settings):
        reason = f"names the report never mentions: {', '.join(sorted(unknown))}" if unknown else "no sentence answers"
        closest = [] if unknown else [a for a in ranked[:2] if a.support >= settings.min_support * 0.75]
        return _abstain(question, closest, reason)
    chosen = [best] + _second(best, ranked[1:], retriever, question, settings)[: settings.max_citations - 1]
    return _answer(question, chosen)


def assess(question: str, shape: QuestionShape, candidates: list[Candidate], retriever: Retriever) -> list[Assessment]:
    """Score each candidate as an answer; best first (sentences holding the asked-for kind first)."""
    weights = retriever.question_weights(question)
    focus_terms = [t for t, w in weights.items() if w <= 1.0 and t not in shape.type_words]
    name_terms = {t for t, w in weights.items() if w > 1.0}
    names = retriever.question_names(question)
    out = []
    for c in candidates:
        found = retriever.context_terms[c.row]
        focus = sum(t in found for t in focus_terms) / len(focus_terms) if focus_terms else 1.0
        names_missing = sum(not retriever.mentions(c.row, name) for name in names)
        support = (c.dense + FOCUS_WEIGHT * focus + COVERAGE_WEIGHT * c.coverage
                   - MISSING_NAME_PENALTY * names_missing)
        if focus_terms and focus == 0 and c.dense < NO_FOCUS_MIN_DENSE:
            support = min(support, 0.0)  # about the same names, but not what is asked of them
        if _defines(c.sentence.text, set(weights), name_terms):
            support += APPOSITIVE_BONUS
        if shape.about_document and is_footer(c.sentence.text):
            support += DOCUMENT_BONUS
        kind_ok = _holds_kind(c.sentence.text, shape, set(weights))
        out.append(Assessment(c, focus, names_missing, kind_ok, support))
    out.sort(key=lambda a: (a.kind_ok, a.support), reverse=True)
    return out


def _answers(best: Assessment, settings: AnswerSettings) -> bool:
    return best.kind_ok and best.support >= settings.min_support


def _holds_kind(text: str, shape: QuestionShape, question_terms: set[str]) -> bool:
    """Whether a sentence holds the kind of thing the question asks for, beyond the question's own words."""
    if shape.kind == NUMBER:
        return has_number(text, shape.numbers)
    if shape.kind == TIME:
        return has_time(text, shape.numbers)
    if shape.kind in (NAME, ENTITY):
        new_names = [m.group(0) for m in _NAME_SPAN.finditer(text)
                     if m.start() > 0 and not set(terms(m.group(0))) <= question_terms]
        return bool(new_names) or (shape.kind == ENTITY and has_number(text, shape.numbers))
    return True


def _defines(text: str, question_terms: set[str], name_terms: set[str]) -> bool:
    """An appositive ("NAME, the DESCRIPTION") whose one side is what the question says, the other what it asks."""
    for match in _APPOSITIVE.finditer(text):
        if _CLAUSE_VERB.search(match.group("desc")):
            continue  # "a new office … has opened": a clause, not a description
        name, desc = set(terms(match.group("name"))), set(terms(match.group("desc")))
        asks_for_name = question_terms and len(question_terms & desc) >= max(2, 0.66 * len(question_terms))
        asks_about_name = name_terms and name_terms <= name and not question_terms - name
        if asks_for_name or asks_about_name:
            return True
    return False


_COMPOUND = re.compile(r"\b(and|or)\s+(who|whom|what|when|where|which|why|how)\b|\?.+\?")


def _second(best: Assessment, rest: list[Assessment], retriever: Retriever, question: str,
            settings: AnswerSettings) -> list[Assessment]:
    """A second sentence, only for a two-part question whose second part the first sentence lacks."""
    if best.focus >= 1.0 or not _COMPOUND.search(question.lower()):
        return []
    wanted = set(retriever.question_weights(question)) - retriever.context_terms[best.candidate.row]
    for other in rest:
        if other.support < max(settings.min_support, best.support - SECOND_MAX_GAP) or not other.kind_ok:
            break
        if wanted & retriever.context_terms[other.candidate.row]:
            return [other]
    return []


def _answer(question: str, chosen: list[Assessment]) -> Answer:
    # In report order, so two cited sentences read as the report tells them.
    chosen = sorted(chosen, key=lambda a: a.candidate.row)
    citations = [Citation.of(n, a.sentence) for n, a in enumerate(chosen, start=1)]
    sentences = [AnswerSentence(a.sentence.text, (n,)) for n, a in enumerate(chosen, start=1)]
    text = " ".join(f"{s.text} [{s.citations[0]}]" for s in sentences)
    return Answer(question=question, answered=True, answer=text, sentences=sentences, citations=citations)


def _abstain(question: str, closest: list[Assessment], reason: str) -> Answer:
    log.debug("abstaining on %r: %s", question, reason)
    return Answer(
        question=question, answered=False,
        answer="The report does not say. None of its sentences answers this question; try rephrasing, "
               "or look up an actor with /actor.",
        closest=[Citation.of(n, a.sentence) for n, a in enumerate(closest, start=1)],
        note=reason,
    )
