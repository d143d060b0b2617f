"""Checking a language model's answer against the report sentences it cites.

A reply is split into sentences, each with the [n] numbers it ends with. A sentence is shown to
a user only if every check passes:
- it cites something, and only numbers that were offered;
- its numbers, dates and names all appear in its cited sentences (names may also come from the
  context the index resolved into them: "He" in a cited sentence is Al-Rami);
- it negates nothing its citations leave positive;
- it does not repeat the instructions;
- it is close in meaning to the part of its citations it restates (embedding similarity to the
  closest clause or run of words), and most of its content words come from them.

The two thresholds ([llm] `min_similarity`, `min_overlap`) are set between the supported and the
fabricated claims of tests/bot/answers/llm_claims.jsonl (for each dev question, a paraphrase a model
might write and a fabricated claim citing the same sentence, most fabrications built from the cited
sentence's own names so that only meaning can tell them apart), and checked on claims written from
the held-out questions (llm_claims_heldout.jsonl); tests/bot/answers/test_verify.py scores both.
A verb swapped for its opposite over the same words ("closed" for "led") keeps both similarity
and overlap high: only an entailment model could catch it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

import numpy as np

from index.language import MONTHS, NAME_PARTICLES, NUMBER_WORDS, WEEKDAYS
from index.text import match_key, terms, words

if TYPE_CHECKING:
    from index.retrieve import Retriever

_MARK = r"\[\s*\d+(?:\s*[,;]\s*\d+)*\s*\]"
_MARKS = rf"(?:\s*{_MARK})+"
# A sentence ends at . ! ? (markers may follow) or at markers (punctuation may follow), when a
# capital, a quote or the end comes next: "… Lima [1]. The …", "… Lima. [1][2] The …".
# Markers inside a sentence ("Al-Rami [3], who …") do not end it.
_END = re.compile(rf"(?:[.!?]+[\"”’)]*(?:{_MARKS})?|{_MARKS}\s*[.!?]*[\"”’)]*)(?=\s+[A-Z\"“‘(]|\s*$)")
_NUMBERS_IN_MARK = re.compile(r"\d+")
_THINKING = re.compile(r"<think>.*?(</think>|$)", re.DOTALL | re.IGNORECASE)  # reasoning models' scratchpad
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+", re.MULTILINE)
_NOT_IN_REPORT = re.compile(r"\bNOT[_ ]IN[_ ]REPORT\b", re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[A-Z][\w’'\-]*")  # every capitalised word, a sentence's first included
_DATES = re.compile(r"\b(" + "|".join(w.capitalize() for w in MONTHS + WEEKDAYS) + r")\b")
# Number words that state a quantity: "one of the groups" states none, "several" or "a few" none
# that citations must repeat.
_NUMBER_WORDS = NUMBER_WORDS - {"one", "several", "few", "handful", "per", "cent"}
_NEGATIONS = frozenset("""not no never none nobody nothing neither nor without unable cannot cant dont doesnt
didnt isnt arent wasnt werent hasnt havent hadnt couldnt wont wouldnt shouldnt""".split())
ECHO_WORDS = 6  # this many words in a row from the instructions (and not the report) is an echo


@dataclass(frozen=True)
class Draft:
    """One sentence of the model's reply, without its markers, and the numbers it cited."""

    text: str
    citations: tuple[int, ...]


@dataclass(frozen=True)
class Reply:
    drafts: list[Draft]
    not_in_report: bool  # the model said the sentences do not answer


@dataclass(frozen=True)
class Verdict:
    draft: Draft
    problem: str | None  # why the sentence was dropped; None when it is verified
    similarity: float = 0.0
    overlap: float = 0.0

    @property
    def verified(self) -> bool:
        return self.problem is None


def parse_reply(reply: str) -> Reply:
    """The model's sentences and their citation numbers, or its NOT_IN_REPORT."""
    text = _THINKING.sub(" ", reply)
    if _NOT_IN_REPORT.search(text):
        return Reply([], not_in_report=True)
    text = " ".join(_BULLET.sub("", text.replace("**", "")).split())
    pieces, start = [], 0
    for match in _END.finditer(text):
        pieces.append(text[start:match.end()])
        start = match.end()
    pieces.append(text[start:])
    drafts: dict[str, Draft] = {}  # by match key: a sentence said twice is shown once
    for piece in pieces:
        numbers = tuple(dict.fromkeys(int(n) for mark in re.findall(_MARK, piece)
                                      for n in _NUMBERS_IN_MARK.findall(mark)))
        sentence = re.sub(r"\s+([.,;:!?])", r"\1", re.sub(_MARK, " ", piece))
        sentence = re.sub(r"(?<=[.!?])\.+$", "", " ".join(sentence.split()).strip(" ,;:"))  # "Lima. [1]."
        if any(c.isalnum() for c in sentence):
            if sentence[-1] not in ".!?\"”’)":
                sentence += "."
            drafts.setdefault(match_key(sentence), Draft(sentence, numbers))
    return Reply(list(drafts.values()), not_in_report=False)


class Verifier:
    """Checks drafts against the report sentences offered to the model as [1], [2], …"""

    def __init__(self, retriever: "Retriever", offered_rows: Sequence[int], *, min_similarity: float,
                 min_overlap: float, instructions: str = "") -> None:
        self.retriever = retriever
        self.offered = {n: row for n, row in enumerate(offered_rows, start=1)}
        self.min_similarity = min_similarity
        self.min_overlap = min_overlap
        self._instruction_runs = _runs(words(instructions))

    def check(self, drafts: Sequence[Draft]) -> list[Verdict]:
        """One verdict per draft, in order. The embedder runs once, on what the fact checks left."""
        verdicts = [Verdict(d, problem) if (problem := self._fact_problem(d)) else None for d in drafts]
        pending = [d for d, v in zip(drafts, verdicts) if v is None]
        if not pending:
            return verdicts  # type: ignore[return-value]  # all filled
        texts = dict.fromkeys(d.text for d in pending)
        for draft in pending:
            cited = [self._text(n) for n in draft.citations]
            texts.update(dict.fromkeys(w for text in cited for w in _windows(text)))
            texts[" ".join(cited)] = None
        vectors = dict(zip(texts, self.retriever.embedder.encode(list(texts))))
        return [v or self._meaning_verdict(d, vectors) for d, v in zip(drafts, verdicts)]

    def _text(self, n: int) -> str:
        return self.retriever.bundle.sentences[self.offered[n]].text

    def _fact_problem(self, draft: Draft) -> str | None:
        """Why a draft cannot be supported whatever its meaning, or None."""
        if not draft.citations:
            return "cites nothing"
        invalid = [n for n in draft.citations if n not in self.offered]
        if invalid:
            return f"cites {_marks(invalid)}, which {'was' if len(invalid) == 1 else 'were'} not offered"
        cited_tokens = [w for n in draft.citations for w in words(self._text(n))]
        cited_words = set(cited_tokens)
        own_words = words(draft.text)
        if (_runs(own_words) & self._instruction_runs) - _runs(cited_tokens):
            return "repeats the instructions"
        numbers = [w for w in own_words if (any(c.isdigit() for c in w) or w in _NUMBER_WORDS)
                   and w not in cited_words]
        if numbers:
            return f"states {', '.join(dict.fromkeys(numbers))}, which its citations do not"
        dates = [d for d in _DATES.findall(draft.text) if d.lower() not in cited_words]
        if dates:
            return f"states {', '.join(dict.fromkeys(dates))}, which its citations do not"
        names = self._missing_names(draft)
        if names:
            return f"names {', '.join(names)}, which its citations do not"
        if _NEGATIONS & set(own_words) and not _NEGATIONS & cited_words:
            return "negates what its citations do not"
        return None

    def _cited_terms(self, draft: Draft) -> frozenset[str]:
        """Terms of the cited sentences, with the names the index resolved into them."""
        return frozenset().union(*(self.retriever.context_terms[self.offered[n]] for n in draft.citations))

    def _carried(self, term: str, cited: frozenset[str]) -> bool:
        return term in cited or self.retriever.base_of.get(term, term) in cited

    def _missing_names(self, draft: Draft) -> list[str]:
        """Capitalised words the citations lack. A sentence's first word counts only if it is one
        of the report's names ("Iran …"), not "Additionally" or "Both"; an unknown first-word
        name still fails the word-overlap check."""
        cited = self._cited_terms(draft)
        missing = []
        for match in _CAPITALISED.finditer(draft.text):
            found = [t for t in terms(match.group(0)) if t not in NAME_PARTICLES]
            if match.start() == 0 and not any(t in self.retriever.name_terms for t in found):
                continue
            if any(not self._carried(t, cited) for t in found):
                missing.append(match.group(0))
        return list(dict.fromkeys(missing))

    def _meaning_verdict(self, draft: Draft, vectors: dict[str, np.ndarray]) -> Verdict:
        own = vectors[draft.text]
        closeness = {n: max(float(vectors[w] @ own) for w in _windows(self._text(n))) for n in draft.citations}
        used = self._used(draft, closeness)
        similarity = max(closeness[n] for n in used)
        if used == draft.citations and len(used) > 1:  # a sentence may restate several together
            similarity = max(similarity, float(vectors[" ".join(self._text(n) for n in used)] @ own))
        draft = Draft(draft.text, used)
        cited = self._cited_terms(draft)
        content = terms(draft.text)
        overlap = sum(self._carried(t, cited) for t in content) / len(content) if content else 0.0
        problem = None
        if similarity < self.min_similarity:
            problem = f"not close in meaning to its citations (similarity {similarity:.2f} < {self.min_similarity:.2f})"
        elif overlap < self.min_overlap:
            problem = f"uses words its citations lack (overlap {overlap:.2f} < {self.min_overlap:.2f})"
        return Verdict(draft, problem, similarity, overlap)

    def _used(self, draft: Draft, closeness: dict[int, float]) -> tuple[int, ...]:
        """The citations the sentence draws on: close in meaning to it, or the only source of some
        of its words. Others are sources it did not use, and are removed from it."""
        if len(draft.citations) == 1:
            return draft.citations
        found = {n: {t for t in terms(draft.text) if self._carried(t, self.retriever.context_terms[self.offered[n]])}
                 for n in draft.citations}
        used = tuple(n for n in draft.citations if closeness[n] >= self.min_similarity
                     or found[n] - set().union(*(found[m] for m in draft.citations if m != n)))
        return used or draft.citations


def _marks(numbers: Sequence[int]) -> str:
    return "".join(f"[{n}]" for n in numbers)


def _runs(tokens: Sequence[str]) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + ECHO_WORDS]) for i in range(len(tokens) - ECHO_WORDS + 1)}


@lru_cache(maxsize=1024)
def _windows(text: str) -> tuple[str, ...]:
    """A report sentence, its clauses (alone and in runs of up to three) and overlapping runs of 6
    and 10 words: "The offices opened in June" is compared with the part of a long sentence it
    restates, not diluted by the rest of it."""
    out = dict.fromkeys([text])
    clauses = [c.strip() for c in re.split(r"[,;:“”\"]\s*", text) if len(c.strip()) > 2]
    for i in range(len(clauses)):
        for j in range(i + 1, min(len(clauses), i + 3) + 1):
            out[", ".join(clauses[i:j])] = None
    tokens = text.split()
    for size in (6, 10):
        for i in range(0, max(1, len(tokens) - size + 1), size // 2):
            out[" ".join(tokens[i:i + size])] = None
        out[" ".join(tokens[-size:])] = None
    return tuple(out)

