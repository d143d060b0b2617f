"""Hybrid retrieval: dense (FAISS) and lexical (BM25) rankings fused, names weighted heavily.

Sentences are the unit of search. A sentence that opens with a pronoun ("He has visited…") is
indexed lexically with the names of the sentence before it, so "Who has Al-Rami met with?"
finds it; its neighbours stay available as context for the answer.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Protocol, Sequence

import numpy as np

from index.bundle import Bundle

if TYPE_CHECKING:
    from index.actors import ActorRegistry
from index.actors.gazetteer import TITLE_WORDS
from index.actors.model import PERSON
from index.ingest import is_footer
from index.lexical import BM25
from index.records import Sentence
from index.actors.gazetteer import demonym_keys, state_aliases
from index.language import (APPOSITIVE, CAPITALISED, CLAUSE_VERB, COMMON_ACRONYMS, NAME_PARTICLES,
                            NAME_SPAN, NUMBER_NAMES, REFERS_BACK, SPOKEN_BY, initialisms, name_key)
from index.text import STOPWORDS, stem, terms, words

NAME_WEIGHT = 3.0  # a name in the question counts as much as three ordinary words
FUZZY_NAME_SCORE = 85  # "Tanzimeya" is "Tanzimiya" (rapidfuzz ratio), "Sanaa" is no word of the report
# Words a question types in lower case that the report never uses, beside another it never uses (Retriever.
# unknown_words): a rare one has at least RARE_WORD_MIN_LETTERS letters (shorter ones are mostly abbreviations,
# "uxo", "npl"), and is as close to no report word as REPORT_VARIANT_SCORE nor to a word of the model's vocabulary
# as VOCABULARY_TYPO_SCORE (rapidfuzz ratios: "acording", "goverment" are typos, not unknown). Chosen on the read
# sets' gold questions: such a pair is in 292 of 2,420 unanswerable questions and 6 of 9,680 answerable ones.
RARE_WORD_MIN_LETTERS = 5
REPORT_VARIANT_SCORE = 80
VOCABULARY_TYPO_SCORE = 85
# Shorter words are not corrected: one changed letter in three is another word ("war", "was").
MIN_FUZZY_LENGTH = 4
SPELLING_CACHE_SIZE = 10_000
# "U.S.", "UK": abbreviations the gazetteer lists with the demonyms, but which name the state.
ABBREVIATION_LENGTH = 3
# "the mayor of beirut": an office (TITLE_WORDS) and the lower-case place or body it is of.
_OFFICE_OF = re.compile(r"\bthe (?P<title>[a-z-]+) of (?:the )?(?P<of>[a-z][\w'’-]+)")
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][\w’'-]*|\S+")
RRF_K = 60  # the usual reciprocal-rank-fusion constant; ranks, not raw scores, are fused
# Sentences weighed as possible answers: at least MIN_CANDIDATES, and a share of a longer report,
# since on a 120-sentence report the answer ranks below 12 for one question in ten (measured on
# the development corpus: recall of the supporting sentence 0.90 at 12, 0.95 at 30).
MIN_CANDIDATES = 12
CANDIDATE_SHARE = 0.25
MAX_CANDIDATES = 48


def candidate_depth(sentences: int, minimum: int = MIN_CANDIDATES) -> int:
    """How many retrieved sentences to weigh for a report of this many sentences."""
    return min(sentences, max(minimum, min(MAX_CANDIDATES, round(sentences * CANDIDATE_SHARE))))

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
    dense_rank: int = 0  # 0-based rank among the report's sentences by closeness in meaning
    lexical_rank: int | None = None  # 0-based BM25 rank; None when it shares no term with the question
    previous_dense: float = 0.0  # cosine similarity of the sentence before it in its document (0 if none)


class Retriever:
    """Searches one bundle. Built once per loaded index; safe to share between threads."""

    def __init__(self, bundle: Bundle, embedder: QueryEmbedder, actors: "ActorRegistry | None" = None) -> None:
        self.bundle = bundle
        self.embedder = embedder
        self.actors = actors
        self._rows_giving: dict[re.Pattern[str], list[int]] = {}  # (rows_giving's, by pattern: a list swapped in
        # whole, so threads that race compute it twice, never half)
        sentences = bundle.sentences
        # A name is a capitalised word the report never writes in lower case: "Falak", "Prime
        # Minister", but not "Office" (it also writes "office") or "New" (as in "New York Times").
        lowercase = {stem(w) for s in sentences for w in re.findall(r"\b[a-z][a-z’'\-]*", s.text)
                     for w in words(w)}
        self.name_terms = frozenset(t for s in sentences for t in self._name_terms_of(s.text)) - lowercase
        self.base_of = _demonyms(self.name_terms)
        # Read once per sentence, since answering weighs them on every question: each sentence's
        # own terms in order, the terms of each name it writes, and its appositives ("NAME, the
        # DESCRIPTION") as (name terms, description terms).
        self.sentence_terms: list[list[str]] = [terms(s.text) for s in sentences]
        self.name_spans: list[list[frozenset[str]]] = [
            [frozenset(terms(m.group(0))) for m in NAME_SPAN.finditer(s.text)] for s in sentences]
        self.appositives: list[list[tuple[frozenset[str], frozenset[str]]]] = [
            [(frozenset(terms(m.group("name"))), frozenset(terms(m.group("desc"))))
             for m in APPOSITIVE.finditer(s.text) if not CLAUSE_VERB.search(m.group("desc"))] for s in sentences]
        # The names of people a sentence writes: its name spans with a word of a person's name or alias
        # in the actor registry (spaCy's people, kept and merged by index.actors), less the words of the
        # registry's bodies ("Mr Juma of the Juma Foundation" keeps only what is his). A question asking
        # for a person's name is answered by these, not by a place or a body beside the asked words.
        # None without a registry: every name then counts.
        self.person_spans: list[list[frozenset[str]]] | None = None
        if actors is not None:
            person_words, body_words = set(), set()
            for actor in actors.list():
                if actor.kind == PERSON and len(actor.name.split()) < 2 and not (actor.title or actor.description):
                    continue  # a lone word kept as a person (a people, "Berbers"; a nickname) is no full name (but
                    # one with a title or a description is a person known by one name: "Sutarno, the specialist")
                found = person_words if actor.kind == PERSON else body_words
                found.update(t for form in (actor.name, *actor.aliases) for t in terms(form)
                             if t not in NAME_PARTICLES)
            person_words -= body_words
            self.person_spans = [[span for span in spans if span & person_words] for spans in self.name_spans]
        own = [self._canonical(t) for t in self.sentence_terms]
        # The actors a sentence mentions under any alias ("Tehran" is Iran, "He" is Al-Rami)
        # count as mentioned by their canonical names.
        actor_terms: dict[str, list[str]] = {}
        for actor in actors.list() if actors else []:
            for sentence_id in actor.mentions:
                actor_terms.setdefault(sentence_id, []).extend(self._actor_terms(actor))
        self.context_terms: list[frozenset[str]] = []
        docs = []
        carried: list[str] = []
        for row, sentence in enumerate(sentences):
            # The names a sentence refers back to: the sentence before's, and what that one carried
            # ("X said … . He added … . He also …").
            if row > 0 and sentences[row - 1].document == sentence.document and REFERS_BACK.match(sentence.text):
                carried = [t for t in dict.fromkeys(own[row - 1] + carried) if t in self.name_terms]
            else:
                carried = []
            docs.append(own[row] + carried)
            self.context_terms.append(frozenset(own[row] + carried + actor_terms.get(sentence.id, [])))
        self.lexical = BM25(docs)
        self.footer_rows = [row for row, s in enumerate(sentences) if is_footer(s.text)]
        # What the report calls things, for telling a question's unknown names from other spellings:
        # its sentences, and the lines that are not sentences (title, headings, a letter's signature
        # "Jane Roe MS, Party"), since a name the report writes only there is still one it mentions.
        texts = [s.text for s in sentences] + [line for d in bundle.documents
                                               for line in (d.title, d.publisher, *d.sections) if line]
        self._report_words = frozenset(w for text in texts for w in words(text) + name_key(text).split())
        self._report_word_list = sorted(self._report_words)
        self._year_ends = frozenset(w[2:] for w in self._report_words if len(w) == 4 and w.isdigit()
                                    and w[:2] in ("19", "20"))
        spans = [span for text in texts for span in (m.group(0) for m in NAME_SPAN.finditer(text))]
        self._known_names = frozenset([name_key(span) for span in spans]).union(
            *(initialisms(text) for text in texts))
        # The report's words in order, stop words removed, to find a question's multi-word names in.
        self._folded_text = " " + " ".join(w for text in texts for w in name_key(text).split()
                                           if w not in STOPWORDS and w not in NAME_PARTICLES) + " "
        folded_text = " " + " ".join(name_key(s.text) for s in sentences) + " "
        # A capital stands for its state ("Moscow said …") only where the report names the state
        # itself, not just its people ("a Yemeni group" does not make "Sanaa" a name of the report).
        demonyms = demonym_keys()
        self._states = frozenset(state for alias, state in state_aliases().items()
                                 if (alias not in demonyms or len(alias) <= ABBREVIATION_LENGTH)
                                 and f" {alias} " in folded_text)
        self._spelling: dict[str, str] = {}  # question term -> the report's term it misspells
        # The last word of each multi-word name the report writes ("Nadawi", "Rami", "Tanzimiya").
        self._surnames = frozenset(
            ts[-1] for s in sentences for m in NAME_SPAN.finditer(s.text)
            if len(ts := [t for t in terms(m.group(0)) if t not in NAME_PARTICLES]) > 1)

    def rows_giving(self, pattern: re.Pattern[str]) -> list[int]:
        """The sentences that give something's former name ("X, formerly Y") or nickname ("known as Y"), as
        `pattern` finds them: few in any report, and the one a question about it wants often reads far from it
        ("what was the co-op called before", "whats his nickname"). Found on the first such question, not at load:
        a pattern costs some 20 µs a sentence, seconds on a large corpus."""
        if pattern not in self._rows_giving:
            self._rows_giving[pattern] = [row for row, s in enumerate(self.bundle.sentences) if pattern.search(s.text)]
        return self._rows_giving[pattern]

    @staticmethod
    def _name_terms_of(text: str) -> set[str]:
        """Terms of capitalised words that do not open the sentence: names, as the report writes them."""
        found: set[str] = set()
        for match in CAPITALISED.finditer(text):
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
            if term not in self.lexical and len(term) >= MIN_FUZZY_LENGTH:
                term = self._report_term(term)
            if term not in NAME_PARTICLES:
                weights[term] = NAME_WEIGHT if term in names or term in self.name_terms else 1.0
        return weights

    def question_names(self, question: str) -> list[frozenset[str]]:
        """The names in a question, each as its set of terms ("New York Times" -> {new, york, time}).

        A capitalised span is a name when any of its words is one of the report's names.
        """
        groups = []
        for match in NAME_SPAN.finditer(question):
            actor = self.actors.exact(match.group(0)) if self.actors else None
            if actor is not None:
                groups.append(frozenset(self._actor_terms(actor)))
                continue
            span = [self.base_of.get(t, t) for t in terms(match.group(0)) if t not in NAME_PARTICLES]
            if span and any(t in self.name_terms for t in span):
                groups.append(frozenset(span))
        # A name typed in lower case ("who runs ganadera pirahu"): a run of words the report only
        # ever writes capitalised.
        run: list[str] = []
        for word in [*_LOWER_WORD.findall(question), None]:
            if word and word[0].islower() and self.is_name_word(word):
                run.extend(terms(word))
                continue
            if run:
                groups.append(frozenset(self.base_of.get(t, t) for t in run))
            run = []
        return groups

    @staticmethod
    def _actor_terms(actor) -> list[str]:
        return [t for t in terms(actor.name) if t not in NAME_PARTICLES]

    def mentions(self, row: int, name: frozenset[str]) -> bool:
        """Whether a sentence (or the context carried into it) mentions a question's name.

        Surnames count: "Nadawi" mentions "Abu Karim al-Nadawi"; so do most of a name's words.
        """
        found = self.context_terms[row]
        hits = sum(t in found for t in name)
        return hits * 2 >= len(name) or any(t in found for t in name if t in self._surnames)

    def search(self, question: str, k: int = 12, include: Sequence[int] = (),
               weights: dict[str, float] | None = None, query: np.ndarray | None = None) -> list[Candidate]:
        """The best `k` sentences for a question, best first, then the rows in `include` if missing.
        `query` is the question's vector when the caller has embedded it already."""
        count = len(self.bundle.sentences)
        if count == 0:
            return []
        weights = self.question_weights(question) if weights is None else weights
        query = self.embedder.encode([question])[0] if query is None else query

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
        fused = {row: 1 / (RRF_K + dense_rank.get(row, depth)) + 1 / (RRF_K + lexical_rank.get(row, depth))
                 for row in set(dense) | set(lexical_rank)}
        rows = sorted(fused, key=lambda r: -fused[r])[:k]
        rows += [r for r in include if r not in rows]
        previous = self._previous_dense(rows, query, dense)
        return [self._candidate(row, weights, dense[row], float(lexical_all[row]), fused[row],
                                dense_rank.get(row, depth), lexical_rank.get(row), previous.get(row, 0.0))
                for row in rows]

    def _previous_dense(self, rows: list[int], query: np.ndarray, dense: dict[int, float]) -> dict[int, float]:
        """The closeness of the sentence before each row in its document: "He said …" continues it."""
        sentences = self.bundle.sentences
        previous = {row: row - 1 for row in rows if row > 0 and sentences[row - 1].document == sentences[row].document}
        unseen = np.array([r for r in previous.values() if r not in dense], dtype=np.int64)
        if len(unseen):
            dense = dict(dense)
            for r, s in zip(unseen, self.bundle.vectors.vectors_of(unseen) @ query):
                dense[int(r)] = float(s)
        return {row: dense[before] for row, before in previous.items()}

    def _candidate(self, row: int, weights: dict[str, float], dense: float, lexical: float, fused: float,
                   dense_rank: int, lexical_rank: int | None, previous_dense: float) -> Candidate:
        found = self.context_terms[row]
        covered = sum(w for t, w in weights.items() if t in found)
        return Candidate(
            row=row, sentence=self.bundle.sentences[row], dense=dense, lexical=lexical, fused=fused,
            coverage=covered / (sum(weights.values()) or 1.0),
            names=frozenset(t for t, w in weights.items() if w > 1 and t in found),
            dense_rank=dense_rank, lexical_rank=lexical_rank, previous_dense=previous_dense,
        )

    def unknown_names(self, question: str) -> set[str]:
        """Names and numbers in the question that the report never mentions ("Sanaa", "2024").

        Other spellings of the report's names are not unknown: "US" for "U.S.", "UN" for "United
        Nations", "Moscow" or "Russian" where the report names Russia, "Tanzimeya" for
        "Tanzimiya"; nor are common abbreviations ("TV", "GDP").
        """
        # "in 86" or "'86" is the report's 1986 as chat types it; "3" its "three".
        unknown = {t for t in words(question) if t.isdigit() and t not in self._report_words
                   and not (len(t) == 2 and t in self._year_ends)
                   and not (int(t) < len(NUMBER_NAMES) and NUMBER_NAMES[int(t)] in self._report_words)}
        for match in NAME_SPAN.finditer(question.strip()):
            span = match.group(0)
            if re.search(r"(^|[.!?]\s+)$", question.strip()[:match.start()]):
                span = span.partition(" ")[2]  # a sentence's first word is capitalised whatever it is
            key = name_key(span)
            if not key or key in self._known_names or key in COMMON_ACRONYMS:
                continue
            # "Americans" is the people of the state "American" names.
            state = state_aliases().get(key) or state_aliases().get(key.removesuffix("s"))
            if state is not None and state in self._states:
                continue
            span_words = [w for w in key.split()
                          if w not in NAME_PARTICLES and w not in STOPWORDS and w not in COMMON_ACRONYMS]
            if all(state_aliases().get(w) in self._states for w in span_words):
                continue  # "Israeli PM": the report's state and a common abbreviation
            if len(span_words) > 1:
                # A name of several words must be one the report writes (word by word allowing
                # misspellings): "United Nations" is not known because the report says "United States".
                spelled = [w if w in self._report_words else self._closest_word(w) if len(w) >= MIN_FUZZY_LENGTH
                           else None for w in span_words]
                if None in spelled or f" {' '.join(spelled)} " not in self._folded_text:
                    unknown.add(span)
            elif span_words and not self._known_word(span_words[0]):
                unknown.add(span)
        # A name typed in lower case has no capital to be found by: the person whose words are asked
        # for ("what did jane roe say", "what did president roe say") is unknown when the report writes
        # none of the words after the title ("what did local officials say" is not a name).
        for match in SPOKEN_BY.finditer(question):
            named = [w for w in match.group("who").split() if w not in TITLE_WORDS]
            if named and not any(self._known_word(name_key(w)) for w in named):
                unknown.add(match.group("who"))
        # A state, its capital or its people typed in lower case ("what did the mexican navy say",
        # "any cases in beirut?"): unknown where the report names neither the word nor its state.
        for match in _LOWER_WORD.finditer(question):
            word = match.group(0)
            if word[:1].islower() and len(word) > ABBREVIATION_LENGTH:
                key = name_key(word)
                state = state_aliases().get(key)
                in_language = key in demonym_keys() and question[:match.start()].lower().endswith("in ")
                if state is not None and state not in self._states and key not in self._report_words \
                        and not in_language:  # "its name in spanish" is a language, not Spain
                    unknown.add(word)
        # "what did the mayor of beirut say": the place or body an office is of, typed in lower case,
        # is unknown when the report never writes it.
        for match in _OFFICE_OF.finditer(question):
            if match.group("title") in TITLE_WORDS and not self._known_word(name_key(match.group("of"))):
                unknown.add(match.group(0))
        return unknown

    def unknown_words(self, question: str) -> set[str]:
        """Rare words of a question that the report never uses, each beside another word it never uses: a name
        typed in lower case the report never mentions ("has jane okonkwo said anything"; typed capitalised, it
        is also one of `unknown_names`), or a thing it never speaks of ("any good falafel places"). Rare: no
        whole word of the embedding model's vocabulary (nor its stem, a misspelling of one, or two of them run
        together: "walkout"); none without a vocabulary (an embedder that has none)."""
        if not self._vocabulary:
            return set()
        typed = words(question)
        found = set()
        for first, second in zip(typed, typed[1:]):
            pair = (first, second)
            if any(w in STOPWORDS or not w.isalpha() or len(w) < 3 for w in pair) \
                    or not all(self._never_used(w) for w in pair):
                continue
            found.update(w for w in pair if self._rare(w))
        return found

    def _never_used(self, word: str) -> bool:
        """Whether the report uses this word in no form or spelling."""
        if word in self._report_words or stem(word) in self._report_stems:
            return False
        from rapidfuzz import fuzz, process

        return process.extractOne(word, self._report_word_list, scorer=fuzz.ratio,
                                  score_cutoff=REPORT_VARIANT_SCORE) is None

    def _rare(self, word: str) -> bool:
        """Whether a word is no English word the model knows whole, in any form or spelling."""
        known = self._knows  # (its words' stems, not worked out: stemming them all costs a second)
        if len(word) < RARE_WORD_MIN_LETTERS or known(word) or known(stem(word)) \
                or any(known(word[:n]) and known(word[n:]) for n in range(3, len(word) - 2)):
            return False
        from rapidfuzz import fuzz, process

        return process.extractOne(word, self._vocabulary, scorer=fuzz.ratio,
                                  score_cutoff=VOCABULARY_TYPO_SCORE) is None

    def _knows(self, word: str) -> bool:
        """Whether the model's vocabulary holds this whole word (a sorted list searched by halves: no set of it
        is kept, to spare a serving process ~2 MB)."""
        at = bisect_left(self._vocabulary, word)
        return at < len(self._vocabulary) and self._vocabulary[at] == word

    @cached_property
    def _vocabulary(self) -> list[str]:
        """The model's whole words, sorted (empty for an embedder without a vocabulary)."""
        known_words = getattr(self.embedder, "known_words", None)
        return known_words() if known_words is not None else []

    @cached_property
    def _report_stems(self) -> frozenset[str]:
        return frozenset(stem(w) for w in self._report_words)

    def _report_term(self, term: str) -> str:
        """The report's term a question's term misspells ("polut" for "pollut"), or the term itself."""
        if (cached := self._spelling.get(term)) is not None:
            return cached
        from rapidfuzz import fuzz, process

        found = process.extractOne(term, self.lexical.vocabulary(), scorer=fuzz.ratio, score_cutoff=FUZZY_NAME_SCORE)
        if len(self._spelling) >= SPELLING_CACHE_SIZE:  # questions are user input: keep the cache bounded
            self._spelling.clear()
        self._spelling[term] = found[0] if found else term
        return self._spelling[term]

    def is_name_word(self, word: str) -> bool:
        """Whether a word, however typed, is one the report only writes capitalised (a name's word); not a common
        acronym ("agm", "ceo"), however the report writes it."""
        found = terms(word)
        return bool(found) and all(t in self.name_terms for t in found) and word.lower() not in COMMON_ACRONYMS

    def writes(self, word: str) -> bool:
        """Whether the report writes this (folded) word."""
        return word in self._report_words

    def _known_word(self, word: str) -> bool:
        if word in self._report_words or word in COMMON_ACRONYMS:
            return True
        return len(word) >= MIN_FUZZY_LENGTH and self._closest_word(word) is not None

    def _closest_word(self, word: str) -> str | None:
        """The report's word this one is a misspelling or variant of ("Kovalsky" ~ "Kovalskiy"), if any."""
        from rapidfuzz import fuzz, process

        found = process.extractOne(word, self._report_word_list, scorer=fuzz.ratio, score_cutoff=FUZZY_NAME_SCORE)
        return found[0] if found else None
