"""Hybrid retrieval: dense (FAISS) and lexical (BM25) rankings fused, names weighted heavily.

Sentences are the unit of search. A sentence that opens with a pronoun ("He has met with…") is
indexed lexically with the names of the sentence before it, so "Who has Al-Hafi met with?"
finds it; its neighbours stay available as context for the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, Sequence

import numpy as np

from index.bundle import Bundle

if TYPE_CHECKING:
    from index.actors import ActorRegistry
from index.ingest import is_footer
from index.lexical import BM25
from index.records import Sentence
from index.text import stem, terms, words

NAME_WEIGHT = 3.0  # a name in the question counts as much as three ordinary words
# Arabic name particles ("al-Hafi", "al-Sharafi") join names; alone they say nothing.
NAME_PARTICLES = frozenset({"al", "el"})
FUZZY_NAME_SCORE = 85  # "Hizbollah" is "Hezbollah" (rapidfuzz ratio), "Sanaa" is no word of the report
RRF_K = 60  # the usual reciprocal-rank-fusion constant; ranks, not raw scores, are fused

_PRONOUN_START = re.compile(r"^(He|She|They|It|His|Her|Their|Its|These|This|Those|The group|The office)\b")
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'\-]*")
_NAME_SPAN = re.compile(r"\b[A-Z][\w’'\-]*(?:\s+(?:al-|el-)?[A-Z][\w’'\-]*)*")
# "According to the report", "does the article say": the document, not something to find in it.
_DOCUMENT_REFERENCE = re.compile(
    r"\b(according to|in|from|does|did|do|by) (the|this) (report|article|text|story|piece|post)\b"
    r"|\b(the|this) (report|article) (say|says|said|mention|mentions|state|states|tell|tells)\b", re.IGNORECASE)


def _demonyms(names: frozenset[str]) -> dict[str, str]:
    """Map demonyms to the names they derive from, where the report has both ("iranian" -> "iran")."""
    base_of = {}
    for term in names:
        for base in (term[:-3], term[:-3] + "a", term[:-1]) if term.endswith("ian") else \
                (term[:-1],) if term.endswith("i") else ():
            if base in names and len(base) >= 3:
                base_of[term] = base
                break
    return base_of


class QueryEmbedder(Protocol):
    def encode(self, texts: Sequence[str], *, batch_size: int = 64, progress: bool = False) -> np.ndarray: ...


@dataclass(frozen=True)
class Candidate:
    """A retrieved sentence and the evidence for it."""

    row: int
    sentence: Sentence
    dense: float  # cosine similarity to the question
    lexical: float  # weighted BM25
    fused: float  # reciprocal rank fusion of both rankings
    coverage: float  # weighted share of the question's terms found in the sentence (or its context)
    names: frozenset[str]  # question name terms found in the sentence or its context


class Retriever:
    """Searches one bundle. Built once per loaded index; safe to share between threads."""

    def __init__(self, bundle: Bundle, embedder: QueryEmbedder, actors: "ActorRegistry | None" = None) -> None:
        self.bundle = bundle
        self.embedder = embedder
        self.actors = actors
        sentences = bundle.sentences
        # A name is a capitalised word the report never writes in lower case: "Hamas", "Prime
        # Minister", but not "Office" (it also writes "office") or "New" (as in "New York Times").
        lowercase = {stem(w) for s in sentences for w in re.findall(r"\b[a-z][a-z’'\-]*", s.text)
                     for w in words(w)}
        self.name_terms = frozenset(t for s in sentences for t in self._name_terms_of(s.text)) - lowercase
        self.base_of = _demonyms(self.name_terms)
        own = [self._canonical(terms(s.text)) for s in sentences]
        # The actors a sentence mentions under any alias ("Tehran" is Iran, "He" is Al-Hafi)
        # count as mentioned by their canonical names.
        actor_terms: dict[str, list[str]] = {}
        for actor in actors.list() if actors else []:
            for sentence_id in actor.mentions:
                actor_terms.setdefault(sentence_id, []).extend(self._actor_terms(actor))
        self.context_terms: list[frozenset[str]] = []
        docs = []
        for row, sentence in enumerate(sentences):
            carried: list[str] = []
            if row > 0 and sentences[row - 1].document == sentence.document and _PRONOUN_START.match(sentence.text):
                carried = [t for t in own[row - 1] if t in self.name_terms]
            docs.append(own[row] + carried)
            self.context_terms.append(frozenset(own[row] + carried + actor_terms.get(sentence.id, [])))
        self.lexical = BM25(docs)
        self.footer_rows = [row for row, s in enumerate(sentences) if is_footer(s.text)]
        # The last word of each multi-word name the report writes ("Sharafi", "Hafi", "Hezbollah").
        self._surnames = frozenset(
            ts[-1] for s in sentences for m in _NAME_SPAN.finditer(s.text)
            if len(ts := [t for t in terms(m.group(0)) if t not in NAME_PARTICLES]) > 1)

    @staticmethod
    def _name_terms_of(text: str) -> set[str]:
        """Terms of capitalised words that do not open the sentence: names, as the report writes them."""
        found: set[str] = set()
        for match in _CAPITALISED.finditer(text):
            found.update(terms(match.group(0)))
        return found

    def _canonical(self, found: list[str]) -> list[str]:
        """Terms with the country a demonym names added ("iranian" also counts as "iran")."""
        return found + [self.base_of[t] for t in found if t in self.base_of]

    def question_weights(self, question: str) -> dict[str, float]:
        """Content terms of a question; names (as the corpus capitalises them) weigh more."""
        names = set().union(*self.question_names(question)) if question else set()
        weights: dict[str, float] = {}
        for term in terms(_DOCUMENT_REFERENCE.sub(" ", question)):
            term = self.base_of.get(term, term)
            if term not in NAME_PARTICLES:
                weights[term] = NAME_WEIGHT if term in names or term in self.name_terms else 1.0
        return weights

    def question_names(self, question: str) -> list[frozenset[str]]:
        """The names in a question, each as its set of terms ("New York Times" -> {new, york, time}).

        A capitalised span is a name when any of its words is one of the report's names.
        """
        groups = []
        for match in _NAME_SPAN.finditer(question):
            actor = self.actors.exact(match.group(0)) if self.actors else None
            if actor is not None:
                groups.append(frozenset(self._actor_terms(actor)))
                continue
            span = [self.base_of.get(t, t) for t in terms(match.group(0)) if t not in NAME_PARTICLES]
            if span and any(t in self.name_terms for t in span):
                groups.append(frozenset(span))
        return groups

    @staticmethod
    def _actor_terms(actor) -> list[str]:
        return [t for t in terms(actor.name) if t not in NAME_PARTICLES]

    def mentions(self, row: int, name: frozenset[str]) -> bool:
        """Whether a sentence (or the context carried into it) mentions a question's name.

        Surnames count: "Sharafi" mentions "Abu Idris al-Sharafi"; so do most of a name's words.
        """
        found = self.context_terms[row]
        hits = sum(t in found for t in name)
        return hits * 2 >= len(name) or any(t in found for t in name if t in self._surnames)

    def search(self, question: str, k: int = 12, include: Sequence[int] = ()) -> list[Candidate]:
        """The best `k` sentences for a question, best first, then the rows in `include` if missing."""
        count = len(self.bundle.sentences)
        if count == 0:
            return []
        weights = self.question_weights(question)
        query = self.embedder.encode([question])[0]

        depth = min(count, max(k * 4, 50))
        dense_scores, dense_rows = self.bundle.vectors.search(query[None, :], depth)
        dense = {int(r): float(s) for r, s in zip(dense_rows[0], dense_scores[0]) if r >= 0}

        lexical_all = self.lexical.scores(list(weights), weights)
        lexical_rows = np.argsort(-lexical_all, kind="stable")[:depth]
        lexical_rows = [int(r) for r in lexical_rows if lexical_all[r] > 0]

        missing = np.array([r for r in [*lexical_rows, *include] if r not in dense], dtype=np.int64)
        if len(missing):
            for r, s in zip(missing, self.bundle.vectors.vectors_of(missing) @ query):
                dense[int(r)] = float(s)

        dense_rank = {r: i for i, r in enumerate(sorted(dense, key=lambda r: -dense[r]))}
        lexical_rank = {r: i for i, r in enumerate(lexical_rows)}
        candidates = [
            self._candidate(row, weights, dense[row], float(lexical_all[row]),
                            1 / (RRF_K + dense_rank.get(row, depth)) + 1 / (RRF_K + lexical_rank.get(row, depth)))
            for row in set(dense) | set(lexical_rank)
        ]
        candidates.sort(key=lambda c: -c.fused)
        top = candidates[:k]
        chosen = {c.row for c in top}
        return top + [c for c in candidates if c.row in set(include) - chosen]

    def _candidate(self, row: int, weights: dict[str, float], dense: float, lexical: float, fused: float) -> Candidate:
        found = self.context_terms[row]
        covered = sum(w for t, w in weights.items() if t in found)
        return Candidate(
            row=row, sentence=self.bundle.sentences[row], dense=dense, lexical=lexical, fused=fused,
            coverage=covered / (sum(weights.values()) or 1.0),
            names=frozenset(t for t, w in weights.items() if w > 1 and t in found),
        )

    def unknown_names(self, question: str) -> set[str]:
        """Names and numbers in the question that the report never mentions ("Sanaa", "2024").

        Spelling variants of the report's words ("Hizbollah") are not unknown.
        """
        found = {t for m in _CAPITALISED.finditer(question.strip()) for t in terms(m.group(0))}
        found |= {t for t in terms(question) if t.isdigit()}
        unknown = {t for t in found if t not in self.lexical and t not in NAME_PARTICLES}
        if unknown:
            from rapidfuzz import fuzz, process

            vocabulary = self.lexical.vocabulary()
            unknown = {t for t in unknown if t.isdigit() or len(t) < 4
                       or process.extractOne(t, vocabulary, scorer=fuzz.ratio, score_cutoff=FUZZY_NAME_SCORE) is None}
        return unknown

