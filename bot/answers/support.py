"""Whether a retrieved sentence answers a question: evidence per sentence, weighed by fitted models.

Retrieval always finds sentences about a question's subject, even when the report does not say
what is asked; and the sentence that does answer is not always the closest in meaning. So each
candidate is described by what a reader would check (how close in meaning, how many of the
question's words and names it holds, whether it holds the kind of thing asked for: the number *of
what was asked*, a date, a name, a reason). A ranker (a softmax over a question's candidates)
picks the sentence, and a decision reads its evidence and says how likely it is to be a right
answer; both are fitted on many reports' gold questions (`reportbot calibrate`), and the bot
answers when that likelihood reaches the fitted threshold.

The models are a few dozen weights in `support_model.json`; scoring is a dot product per
candidate, no library beyond numpy.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence, TypeVar

import numpy as np

from bot.answers.question import (DEFINITION, DURATION, ENTITY, FORMER_NAME, NAME, NICKNAME, NUMBER, PLACE, REASON,
                                  SPEECH, TIME, QuestionShape)
from index.ingest import is_footer
from index.linear import Linear
from index.language import AGE, DATE, FORMER_NAME as FORMER_NAME_PATTERN, FUTURE, \
    LENGTH, LOCATIVE, NICKNAME as NICKNAME_PATTERN, NUMBER as NUMBER_PATTERN, REFERENCE_NUMBER, TEMPERATURE, THINGS_AGE
from index.language import FREQUENCY, MONEY, OTHER_NAME_BEFORE, asks_one_of_a_set, holds_money, outcomes_in, \
    says_only_a_date, speaks_of_another
from index.language import REASON as REASON_PATTERN, SPEECH as SPEECH_PATTERN, DURATION as DURATION_PATTERN
from index.retrieve import Candidate, Retriever
from index.retrieve import NAME_WEIGHT
from index.text import STOPWORDS, stem, terms, words
from index.word_vectors import WordStates

MODEL_PATH = Path(__file__).with_name("support_model.json")
T = TypeVar("T")  # a cited sentence, or its text where calibrate replays the composer

FEATURES = (
    "dense",  # cosine similarity of question and sentence
    "dense_gap",  # how far below the closest candidate it is (0 for the closest)
    "dense_first",  # the closest sentence in meaning
    "lexical",  # BM25 relative to the best candidate's
    "lexical_first",  # the best lexical match
    "coverage",  # share of the question's terms it holds, names weighted
    "focus",  # share of the question's ordinary (non-name) words it holds
    "names_missing",  # share of the question's names it does not mention
    "unknown_names",  # names in the question the report never mentions (0, 1, 2+), for every candidate
    "kind_ok",  # holds the kind of thing asked for (1: tied to what is asked; 0.5: only of that kind)
    "kind_missing",  # the question wants a number, date or name and the sentence has none
    "reason_cue",  # a "why" question and a sentence giving a reason or purpose
    "speech_cue",  # "what did X say" and a sentence reporting speech
    "defines",  # an appositive defining what is asked ("X, the head of Y")
    "best_dense",  # the closest candidate's similarity: low for questions off the report's topic
    "document_line",  # a question about the article itself, and its "appeared first on" line
    "phrase",  # share of the question's adjacent word pairs the sentence holds in a row
    "short",  # a sentence of few words (a heading-like line, a fragment) says little
    "neighbour_dense",  # closeness in meaning of the sentence before it ("He said …" continues it)
    "kind_dense",  # closeness in meaning where the sentence holds what is asked
    # Question words the sentence lacks but says in other words ("slain" for "murdered", "residents"
    # for "live", "closed" for "shut"): word overlap and stemming miss paraphrases, and the sentence's
    # closeness in meaning as a whole does not tell which of two sentences about the subject says
    # the asked thing. Each missing word counts by how close its contextual vector comes to one of
    # the sentence's words' (index.word_vectors), above SOFT_MATCH_FLOOR; the sum over the
    # question's words, as a share of them.
    "soft_match",
)
# What the answer/abstain decision reads of the best-ranked candidate, besides its rank score: all
# its evidence. Leave-one-report-out on the development corpus, a hand-picked eleven of them gave
# accuracy 0.758 and false abstention 0.117, all of them 0.775 and 0.067.
DECISION_FEATURES = FEATURES
# A sentence this many words long or shorter counts as short.
SHORT_SENTENCE_WORDS = 8
# Words after a number that still belong to it: "20 million residents", "five new companies".
NUMBER_REACH = 4
# Cosine of two words' contextual vectors below which they count as unrelated: 99% of pairs of
# content words from the development corpus's sentences fall below 0.32, and a word's closest
# among fifteen random words averages 0.22. Measured leave-one-report-out, floors from 0.1 to
# 0.6 rank alike (top-1 98-99 of 120); 0.3 is that unrelated level.
SOFT_MATCH_FLOOR = 0.3


@dataclass(frozen=True)
class SupportModel:
    """Two fitted linear models and their thresholds.

    The ranker orders a question's candidates (a softmax over them: which one answers, if any
    does); the decision reads the first one's evidence and its share of the softmax and says how
    likely it is to be a right answer. The bot answers when that reaches `threshold`, and cites the
    second candidate too when its share of the softmax reaches `second_threshold`.
    """

    ranker: Linear
    decision: Linear
    threshold: float
    second_threshold: float
    fitted_on: tuple[str, ...] = ()
    figures: dict = field(default_factory=dict)

    def rank(self, features: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Candidate order (best first) and each candidate's softmax share, in that order."""
        return rank_by(self.ranker, features)

    def answer_probability(self, features: np.ndarray, order: np.ndarray, shares: np.ndarray,
                           kind_required: bool = False) -> float:
        """How likely the first-ranked candidate is a right answer. A number (or time) question's
        sentence without a number (or date) cannot say how many or when: across 31 reports' gold
        questions, such a first-ranked sentence answered a number question 3 times (all "cost"
        questions misread since) and an unanswerable one 26 times; a time question 4 times (dates
        the date pattern missed since: "next season", "at 06:15", "the end of June") and an
        unanswerable one 4 times. So it is never answered with, whatever else it holds. Only the
        decision says so: as a ranking feature it put numbers from other sentences first
        (leave-one-report-out abstention 0.61 -> 0.57). Likewise a question asking for a person's name
        (QuestionShape.person: "the name of the driver who was shot") and a sentence without a person's
        name beside the asked words ("a driver from <town> was shot"): over 23 evaluation sets (115
        reports), abstention 0.617 -> 0.662, accuracy 0.703 -> 0.702. `kind_required` is needs_kind's
        reading of the question: a question asking two things is not held to it."""
        if kind_required and features[order[0], _KIND_MISSING]:
            return 0.0
        row = decision_row(features[order[0]], shares)
        return float(self.decision.probability(row[None, :])[0])

    def to_json(self) -> dict:
        return {"features": list(FEATURES), "decision_features": list(DECISION_FEATURES),
                "ranker": self.ranker.to_json(), "decision": self.decision.to_json(),
                "threshold": round(self.threshold, 4), "second_threshold": round(self.second_threshold, 4),
                "fitted_on": list(self.fitted_on), "figures": self.figures}

    @classmethod
    def from_json(cls, data: dict) -> "SupportModel":
        if tuple(data.get("features", ())) != FEATURES or tuple(data.get("decision_features", ())) != DECISION_FEATURES:
            raise ValueError("the support model was fitted on other features; run `reportbot calibrate`")
        return cls(Linear.from_json(data["ranker"]), Linear.from_json(data["decision"]), data["threshold"],
                   data["second_threshold"], tuple(data.get("fitted_on", ())), data.get("figures", {}))


def rank_by(ranker: Linear, features: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Candidate order by the ranker's scores (best first) and each one's softmax share, in that order."""
    scores = ranker(features)
    order = np.argsort(-scores, kind="stable")
    shares = np.exp(scores[order] - scores[order[0]])
    return order, shares / shares.sum()


def cited(order: np.ndarray, shares: np.ndarray, max_citations: int, second_threshold: float) -> list[int]:
    """The candidates an answer cites: the first-ranked, and each next one (up to `max_citations`)
    whose softmax share reaches `second_threshold`."""
    return [int(order[0])] + [int(i) for i, share in zip(order[1:max_citations], shares[1:max_citations])
                              if share >= second_threshold]


def with_parts(whole: Sequence[T], parts: Sequence[T], max_citations: int) -> list[T]:
    """What a two-part question cites when the whole question's best sentence clears the threshold too: that
    sentence first, then the parts' sentences it is not, at most `max_citations`. (Citing the parts' sentences
    alone lost the whole question's answer when one part, asked alone, found another sentence: over 27 in-sample
    sets accuracy 0.709 -> 0.711, citation precision unchanged at 0.791.)"""
    if not parts:
        return list(whole)
    return [*whole[:1], *(s for s in parts if s not in whole[:1])][:max_citations]


def parts_cited(parts: Iterable[tuple[T, float]], threshold: float, max_citations: int) -> list[T]:
    """What a two-part question's answer cites, from each part's first-ranked sentence and its answer
    probability: the sentences of the parts that clear the threshold, each once, at most
    `max_citations` (none: the whole question's answer stands)."""
    chosen: list[T] = []
    for best, probability in parts:
        if probability >= threshold and best not in chosen:
            chosen.append(best)
    return chosen[:max_citations]


_KIND_MISSING = FEATURES.index("kind_missing")
# Questions a sentence without their kind of answer cannot answer (SupportModel.answer_probability),
# besides those asking for a person's name.
KIND_REQUIRED = frozenset({NUMBER, TIME})


def needs_kind(shape: QuestionShape) -> bool:
    """Whether only a sentence holding the asked kind of thing (a number, a time, a person's name) may answer.
    Not a question asking two things ("how many live there, and when was it taken?"): its sentence may give the
    other part, and each part, asked alone, needs its own kind (extractive.chosen_for_parts). Over the 126
    in-sample reports, 9 of the 20 right first-ranked sentences the rule refused were such questions'."""
    return (shape.kind in KIND_REQUIRED or shape.person) and not shape.compound


def decision_row(best: np.ndarray, shares: np.ndarray) -> np.ndarray:
    """What the decision reads: the best candidate's evidence, its softmax share and its lead."""
    lead = shares[0] - (shares[1] if len(shares) > 1 else 0.0)
    return np.concatenate([best, [shares[0], lead]])


@lru_cache(maxsize=1)
def shipped_model() -> SupportModel:
    """The model fitted on the development corpus, shipped with the package."""
    return SupportModel.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


@dataclass(frozen=True)
class Evidence:
    """A question's candidates and what the model reads of each, best first after `rank`."""

    candidates: list[Candidate]
    features: np.ndarray  # one row per candidate, columns as FEATURES
    kind_required: bool = False  # a number, time or person's name question (see SupportModel.answer_probability)


def evidence(question: str, shape: QuestionShape, candidates: Sequence[Candidate], retriever: Retriever,
             weights: dict[str, float], unknown_names: int, question_words: WordStates | None = None) -> Evidence:
    """The feature rows of a question's candidates. `question_words`: the question's words'
    contextual vectors, from the pass that embedded it (without them, no soft matching)."""
    candidates = list(candidates)
    rows = np.zeros((len(candidates), len(FEATURES)), dtype=np.float64)
    if not candidates:
        return Evidence(candidates, rows, needs_kind(shape))
    question_terms = set(weights)
    focus_terms = [t for t, w in weights.items() if w <= 1.0 and t not in shape.type_words]
    name_terms = {t for t, w in weights.items() if w > 1.0}
    names = retriever.question_names(question)
    best_dense = max(c.dense for c in candidates)
    best_lexical = max(c.lexical for c in candidates) or 1.0
    unknown = min(unknown_names, 2)
    states, question_words = question_words, terms(question)
    pairs = set(zip(question_words, question_words[1:]))
    soft = soft_match(question, shape, weights, candidates, retriever, states)
    one_of_a_set = shape.typed and asks_one_of_a_set(question)
    for i, c in enumerate(candidates):
        found = retriever.context_terms[c.row]
        text = c.sentence.text
        focus = sum(t in found for t in focus_terms) / len(focus_terms) if focus_terms else 1.0
        missing = sum(not retriever.mentions(c.row, name) for name in names) / len(names) if names else 0.0
        spans = retriever.name_spans[c.row]
        if shape.person and retriever.person_spans is not None:
            spans = retriever.person_spans[c.row]  # the name of the driver asked for, not the town he came from
        kind = kind_evidence(text, shape, question_terms, spans, retriever.sentence_terms[c.row])
        if kind and one_of_a_set and speaks_of_another(question, text):
            kind = 0.0  # "when was the second (final) report published": the first (interim) one cannot say
        rows[i] = (
            c.dense, c.dense - best_dense, float(c.dense_rank == 0),
            c.lexical / best_lexical, float(c.lexical_rank == 0),
            c.coverage, focus, missing, unknown,
            kind if shape.typed else 0.0, float(shape.typed and kind == 0.0),
            float(shape.kind == REASON and REASON_PATTERN.search(text) is not None),
            float(shape.kind == SPEECH and SPEECH_PATTERN.search(text) is not None),
            float(defines(retriever.appositives[c.row], question_terms, name_terms)),
            best_dense,
            float(shape.about_document and is_footer(text)),
            _phrase_share(pairs, retriever.sentence_terms[c.row]), float(len(text.split()) <= SHORT_SENTENCE_WORDS),
            c.previous_dense, c.dense * kind if shape.typed else c.dense,
            soft[i],
        )
    return Evidence(candidates, rows, needs_kind(shape))


def soft_match(question: str, shape: QuestionShape, weights: dict[str, float], candidates: Sequence[Candidate],
               retriever: Retriever, states: WordStates | None) -> np.ndarray:
    """Per candidate: the question's ordinary words it does not hold, each counted by how close it
    comes to one of the sentence's words (cosine above SOFT_MATCH_FLOOR, scaled to 0..1), summed
    as a share of the question's ordinary words. 0 without word vectors."""
    out = np.zeros(len(candidates))
    stored = retriever.bundle.word_vectors
    if states is None or stored is None or not candidates:
        return out
    asked = [w for w in dict.fromkeys(words(question))
             if w not in STOPWORDS and not w.isdigit() and len(w) > 1
             and weights.get(stem(w), NAME_WEIGHT) <= 1.0 and stem(w) not in shape.type_words]
    known = [w for w in asked if w in states.words]
    if not known:
        return out
    sentence_vectors, bounds = stored.rows([c.row for c in candidates])
    if not len(sentence_vectors):
        return out
    closeness = np.stack([states.of(w) for w in known]) @ sentence_vectors.T  # question words x sentence words
    closeness = np.clip((closeness - SOFT_MATCH_FLOOR) / (1.0 - SOFT_MATCH_FLOOR), 0.0, None)
    has_words = bounds[1:] > bounds[:-1]
    best = np.zeros((len(known), len(candidates)))
    best[:, has_words] = np.maximum.reduceat(closeness, bounds[:-1][has_words], axis=1)
    stems = [stem(w) for w in known]
    lacking = np.array([[t not in retriever.context_terms[c.row] for c in candidates] for t in stems])
    out[:] = (best * lacking).sum(axis=0) / len(asked)
    return out


def _phrase_share(pairs: set[tuple[str, str]], sentence_words: list[str]) -> float:
    if not pairs:
        return 0.0
    return len(pairs & set(zip(sentence_words, sentence_words[1:]))) / len(pairs)


def kind_evidence(text: str, shape: QuestionShape, question_terms: set[str],
                  name_spans: list[frozenset[str]], sentence_terms: list[str] | None = None) -> float:
    """How well a sentence holds the kind of thing asked for: 1 when tied to what is asked (the
    number of the people asked about), 0.5 when only of that kind (some number), else 0.
    `sentence_terms`: the sentence's terms when the retriever has them already (else read here)."""
    if shape.kind == NUMBER:
        if shape.money and not holds_money(text):
            return 0.0  # a count or a quantity is not the price asked for
        if shape.age and not AGE.search(text):
            return 0.0  # a date or a count in a sentence about someone is not their age
        if shape.temperature:
            return 1.0 if TEMPERATURE.search(text) else 0.0  # "how cold was it": not the sentence about the cold
        if shape.whose and not THINGS_AGE.search(text) \
                and not shape.whose & set(terms(text) if sentence_terms is None else sentence_terms):
            return 0.0  # "how old is the coach": a sentence that does not mention the coach gives another's age
        if shape.frequency and FREQUENCY.search(text):
            return 1.0  # "how often does it meet": "every Friday"
        return _number_evidence(text, shape, question_terms)
    if shape.kind == TIME:
        if shape.future and not FUTURE.search(text):
            return 0.0  # "when will the court rule": a sentence with only past dates ("heard it in 2024") cannot say
        return _date_evidence(text, shape.asked, question_terms, sentence_terms)
    if shape.kind == DURATION:
        return 1.0 if DURATION_PATTERN.search(text) else 0.5 if DATE.search(text) or LENGTH.search(text) else 0.0
    if shape.kind == FORMER_NAME:
        return 1.0 if FORMER_NAME_PATTERN.search(text) else 0.0
    if shape.kind == NICKNAME:
        return 1.0 if NICKNAME_PATTERN.search(text) else 0.0
    if shape.kind == DEFINITION:
        return 1.0 if _describes(text, shape.asked) else 0.0
    if shape.kind == NAME and shape.asked:
        new_names = [span for span in name_spans if not span <= question_terms]
        if shape.person:
            # A person's name span often holds a title or the words of a post ("Commissioners A B", "Dr A B"):
            # any word of the name itself beside the asked words counts.
            new_names = [name for span in new_names if (name := span - question_terms)]
        return _name_evidence(text, shape.asked, new_names, sentence_terms, any_word=shape.person)
    if shape.kind == PLACE:
        # a place's name the question does not give (not a date's: "last serviced in February 2024"), else half for
        # a place without one ("taken to the foyer")
        if any(not span <= question_terms and not says_only_a_date(span) for span in name_spans):
            return 1.0
        return 0.5 if LOCATIVE.search(text) else 0.0
    if shape.kind in (NAME, ENTITY):
        if any(not span <= question_terms for span in name_spans):
            return 1.0
        return 0.5 if shape.kind == ENTITY and _number_evidence(text, shape, question_terms) else 0.0
    return 0.0


# Words before a name that do not describe it ("said Kessler", "and Kessler").
_NOT_DESCRIPTIVE = re.compile(r"^(said|says|told|and|or|but|with|by|to|of|for|from|that|as|at|in|on|when|while|"
                              r"the|a|an|his|her|their|its|whom?|which)$")


def _describes(text: str, name: frozenset[str]) -> bool:
    """Whether a sentence describes the named thing: an appositive or "is a …" after its name
    ("Ravi Menon, founding director of …"), or a role before it ("economist Anna Weller")."""
    tokens = text.split()
    stems = [set(terms(t)) for t in tokens]
    places = [i for i, found in enumerate(stems) if found & name]
    if not places:
        return False
    first, last = places[0], places[-1]
    if any(tokens[i].startswith("(") or tokens[i].rstrip(".,;:").endswith(")") for i in places):
        return True  # "the Khanasor Protection Force (HPX)", "(…, HPX)": a short name after what it stands for
    after = " ".join(tokens[last + 1:last + 3]).lower()
    if tokens[last].endswith(",") and not re.match(r"^(who|which|that|said|says|and|but|he|she|it|they)\b", after):
        return True
    # "X is a …", and "The high today is nine degrees": a value given for the asked thing describes it too.
    if (copula := re.match(r"^(?:is|was|are|were)\s+", after)) and (
            re.match(r"(?:a|an|the|one)\b", after[copula.end():]) or NUMBER_PATTERN.match(after[copula.end():])):
        return True
    before = tokens[first - 1].lower().strip(",;:“”\"") if first > 0 else ""
    if OTHER_NAME_BEFORE.search(" ".join(tokens[:first])):
        return True  # "A B, who is known along the coast as “X”": who X is
    return bool(before) and before.isalpha() and before.islower() and not _NOT_DESCRIPTIVE.match(before)


def _number_evidence(text: str, shape: QuestionShape, question_terms: set[str]) -> float:
    if shape.outcomes and (said := outcomes_in(text)) and not said & shape.outcomes:
        return 0.0  # "how many were wounded": a sentence that counts only the dead or the detained cannot say
    asked = shape.asked or question_terms
    found = 0.0
    not_counts = None  # the spans of the sentence's dates and reference numbers, read only if it holds a number
    sums = None  # its sums of money, read only for a count
    for match in NUMBER_PATTERN.finditer(text):
        digits = match.group(0).strip(".,")
        if digits in shape.numbers:
            continue
        if not_counts is None:
            not_counts = [m.span() for pattern in (DATE, REFERENCE_NUMBER) for m in pattern.finditer(text)]
        if any(start <= match.start() < end for start, end in not_counts):
            continue  # a date's day or year is not a count ("on 17 Sept. the battalion attacked a post"), nor is
            # the number of a provision or a room ("compensation under Article 137 of Law 142")
        if shape.count:
            if sums is None:
                sums = [m.span() for m in MONEY.finditer(text)] if holds_money(text) else []
            if any(start <= match.start() < end for start, end in sums):
                continue  # "how many weapons": a sum of money beside them is not their number
        found = max(found, 0.5)
        following = terms(" ".join(text[match.end():].split()[:NUMBER_REACH]))
        preceding = terms(" ".join(text[:match.start()].split()[-NUMBER_REACH:]))
        if asked & set(following) or asked & set(preceding[-2:]):
            return 1.0
    return found


def _date_evidence(text: str, asked: frozenset[str], question_terms: set[str],
                   sentence_terms: list[str] | None = None) -> float:
    """1 for a date the question does not give, in a sentence about what is asked ("when was it
    founded": a sentence that says founded); 0.5 for a date in a sentence that does not say it (the
    word match cannot see "began" for "start"); 0 for no date."""
    if not any(not set(terms(m.group(0))) <= question_terms for m in DATE.finditer(text)):
        return 0.0
    return 1.0 if not asked or asked & set(terms(text) if sentence_terms is None else sentence_terms) else 0.5


# A colon that announces what follows ("…: Acme and Beta"), not one inside a clock time ("18:32").
_ANNOUNCING_COLON = re.compile(r":(?=\s)")


def _name_evidence(text: str, asked: frozenset[str], new_names: list[frozenset[str]],
                   sentence_terms: list[str] | None = None, any_word: bool = False) -> float:
    """1 for a name beside the words of whose name is asked ("the chief executive, Jane Roe") or
    announced by them before a colon; 0 for a name elsewhere, or none the question does not give.
    `any_word`: a name counts as beside them when any of its words is, not only all of them."""
    if not new_names:
        return 0.0
    # "Two customers bought most of it: Acme of Ruritania and Beta Inc.": the names a colon introduces
    # are the ones the words before it announce.
    if len(parts := _ANNOUNCING_COLON.split(text, 1)) == 2:
        announced, listed = set(terms(parts[0])), set(terms(parts[1]))
        if asked & announced and any(name <= listed for name in new_names):
            return 1.0
    # Commas kept as tokens: "Jane Roe, the governor" names the governor; "the Reform candidate" does not.
    tokens = [t for clause in text.split(",") for t in [*terms(clause), ","]] if "," in text else \
        terms(text) if sentence_terms is None else sentence_terms
    for i, token in enumerate(tokens):
        if token in asked:
            # The word right before is a modifier, not the one asked about: "the Reform candidate".
            nearby = set(tokens[max(0, i - NUMBER_REACH):max(0, i - 1)] + tokens[i + 1:i + NUMBER_REACH + 1])
            if any(name & nearby if any_word else name <= nearby for name in new_names):
                return 1.0
    return 0.0


def defines(appositives: list[tuple[frozenset[str], frozenset[str]]], question_terms: set[str],
            name_terms: set[str]) -> bool:
    """An appositive ("NAME, the DESCRIPTION") whose one side is what the question says, the other what it asks."""
    for name, desc in appositives:
        asks_for_name = question_terms and len(question_terms & desc) >= max(2, 0.66 * len(question_terms))
        asks_about_name = name_terms and name_terms <= name and not question_terms - name
        if asks_for_name or asks_about_name:
            return True
    return False


# -- fitting ---------------------------------------------------------------------------------

# L2 penalty of the fit, on standardised features: the corpus is a few thousand candidates from a
# few hundred questions, and a weak prior keeps one report's quirks from owning a weight.
L2_PENALTY = 1.0
FIT_ITERATIONS = 50


def fit_logistic(features: np.ndarray, labels: np.ndarray, l2: float = L2_PENALTY,
                 sample_weights: np.ndarray | None = None) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    """Weights, bias, means and scales of an L2-regularised logistic regression (Newton's method)."""
    means = features.mean(axis=0)
    scales = features.std(axis=0)
    scales[scales < 1e-9] = 1.0
    x = np.hstack([(features - means) / scales, np.ones((len(features), 1))])
    y = labels.astype(np.float64)
    s = np.ones(len(y)) if sample_weights is None else sample_weights
    beta = np.zeros(x.shape[1])
    penalty = np.eye(x.shape[1]) * l2
    penalty[-1, -1] = 0.0  # the bias is not shrunk
    for _ in range(FIT_ITERATIONS):
        p = 1.0 / (1.0 + np.exp(-(x @ beta)))
        gradient = x.T @ (s * (p - y)) + penalty @ beta
        hessian = (x * (s * p * (1 - p))[:, None]).T @ x + penalty
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    return beta[:-1], float(beta[-1]), means, scales


def fit_ranker(groups: list[tuple[np.ndarray, np.ndarray]], l2: float = L2_PENALTY,
               group_weights: np.ndarray | None = None) -> Linear:
    """A conditional-logit ranker: within each group (a question's candidates, at least one of them
    labelled), the softmax of the scores puts as much mass as it can on the labelled ones."""
    stacked = np.vstack([x for x, _ in groups])
    means = stacked.mean(axis=0)
    scales = stacked.std(axis=0)
    scales[scales < 1e-9] = 1.0
    standardised = [((x - means) / scales, y.astype(bool)) for x, y in groups]
    gw = np.ones(len(groups)) if group_weights is None else group_weights

    def loss(beta: np.ndarray) -> tuple[float, np.ndarray]:
        total, gradient = 0.5 * l2 * beta @ beta, l2 * beta
        for (x, y), weight in zip(standardised, gw):
            scores = x @ beta
            p = np.exp(scores - scores.max())
            q = np.where(y, p, 0.0)
            total -= weight * (np.log(q.sum()) - np.log(p.sum()))
            gradient = gradient - weight * ((q / q.sum()) @ x - (p / p.sum()) @ x)
        return float(total), gradient

    from scipy.optimize import minimize  # fitting only (calibrate), never when answering

    beta = minimize(loss, np.zeros(stacked.shape[1]), jac=True, method="L-BFGS-B").x
    return Linear.fitted(beta, 0.0, means, scales)
