"""The offline answer composer: the fewest report sentences that answer, quoted verbatim, or an
honest "the report does not say".

Retrieval finds sentences about the question's subject; most questions about things the report
does not say still find such sentences. Each candidate is therefore weighed by a model fitted on
many reports' gold questions (`bot.answers.support`): it must hold what is asked (the number of
what was asked, a date, a name, a reason), the question's words and names, and be close in
meaning. The bot answers with the most probable sentence when it clears the fitted threshold,
and cites a second one when it too clears the second threshold (a two-part answer).
"""

from __future__ import annotations

import re

import numpy as np

from bot.answers.guard import decline
from bot.answers.models import Answer, AnswerSentence, Citation
from bot.answers.question import FORMER_NAME, NAME, NICKNAME, QuestionShape, question_parts, shape_of, split_parts
from bot.answers.support import Evidence, SupportModel, cited, evidence, parts_cited, shipped_model, with_parts
from bot.log import get_logger
from bot.settings import AnswerSettings
from index.language import FORMER_NAME as FORMER_NAME_PATTERN, NICKNAME as NICKNAME_PATTERN, REFERS_BACK, asks, \
    expand_contractions, name_spans, spell_out_short_forms
from index.records import Sentence
from index.text import terms
from index.retrieve import Retriever, candidate_depth
from index.word_vectors import WordStates

log = get_logger(__name__)

# Abstentions show, as "closest passages", candidates the ranker gives at least this share.
CLOSEST_SHARE = 0.3


def compose(question: str, retriever: Retriever, settings: AnswerSettings, model: SupportModel | None = None) -> Answer:
    """Answer from the report's own sentences, or abstain.

    With an approximate query model (int8) the answer is decided again with the exact one (the
    fp32 model that embedded the report) when a compared probability or share came within
    NEAR_TIE of what it was compared with: int8 changes answers only at such near-ties, so the
    answer is the exact model's, at int8's cost on the other questions.
    """
    answer, closest_call = decide(question, retriever, settings, model)
    if closest_call < NEAR_TIE:
        exact = exact_query_model(retriever)
        if exact is not None:
            answer, _ = decide(question, retriever, settings, model, embedder=exact)
    return answer


# A decision this close to going the other way is taken again with the exact query model. Over the
# gold questions of the shipped report, the corpus and the answer model's other fit reports (1,445),
# int8 changed 7 answers, each at a closest call below 0.022; at 0.03, 11% of those questions are
# decided twice and none changes. On 500 questions of four later held-out sets int8 changed none,
# and 14% were decided twice. docs/evaluation.md (query models) has the measurement;
# `reportbot eval --corpus DIR --query-models` makes it again.
NEAR_TIE = 0.03


class Closeness:
    """The smallest gap between a value the decision compared and what it was compared with."""

    def __init__(self) -> None:
        self.gaps: list[float] = []

    def compare(self, value: float, other: float) -> None:
        self.gaps.append(float(value) - float(other))

    def first(self, shares) -> None:
        """Which candidate is first: its share against the second's."""
        self.compare(shares[0], shares[1] if len(shares) > 1 else 0.0)

    def cited(self, shares, max_citations: int, second_threshold: float) -> None:
        """Which candidates an answer cites (support.cited): each next one's share against the
        second threshold, and against the one after it where that one could clear it too."""
        for share, after in zip(shares[1:max_citations], list(shares[2:max_citations + 1]) + [0.0]):
            self.compare(share, second_threshold)
            if after >= second_threshold - NEAR_TIE:
                self.compare(share, after)

    @property
    def closest(self) -> float:
        return min((abs(gap) for gap in self.gaps), default=float("inf"))


def exact_query_model(retriever: Retriever):
    """The exact query model beside an approximate one (OnnxEmbedder.exact), or None: the query
    model is exact already, or the index has no word vectors (retrieval then embeds the question
    with its own embedder)."""
    exact = getattr(retriever.embedder, "exact", None)
    if exact is None or retriever.bundle.word_vectors is None:
        return None
    return exact()


def decide(question: str, retriever: Retriever, settings: AnswerSettings, model: SupportModel | None = None,
           *, embedder=None, closeness: Closeness | None = None) -> tuple[Answer, float]:
    """The answer, and how close the decision came to going the other way (Closeness.closest).
    `embedder` embeds the question instead of the retriever's own."""
    if declined := decline(question):  # not a question about the report: nothing is searched
        text, reason = declined
        return Answer(question=question, answered=False, answer=text, note=reason), float("inf")
    model = model or shipped_model()
    closeness = closeness if closeness is not None else Closeness()
    threshold = model.threshold if settings.min_support is None else settings.min_support
    found, unknown = gather(question, retriever, settings, embedder=embedder)
    order = shares = None
    if found.candidates:
        order, shares = model.rank(found.features)
        probability = model.answer_probability(found.features, order, shares, found.kind_required)
        closeness.compare(probability, threshold)
        closeness.first(shares)
        if probability >= threshold:
            closeness.cited(shares, settings.max_citations, model.second_threshold)
            picked = cited(order, shares, settings.max_citations, model.second_threshold)
            chosen = [found.candidates[i].sentence for i in picked]
            if len(picked) == 1 < settings.max_citations:
                chosen += follow_on(question, found, picked[0], order, shares, retriever, closeness)
            parts = chosen_for_parts(question, retriever, settings, model, threshold, embedder, closeness)
            return _answer(question, with_parts(chosen, parts, settings.max_citations)), closeness.closest
    if parts := chosen_for_parts(question, retriever, settings, model, threshold, embedder, closeness):
        return _answer(question, parts), closeness.closest  # one part the report answers, told on its own
    if unknown:
        reason = f"names the report never mentions: {', '.join(sorted(unknown))}"
        return _abstain(question, [], reason), closeness.closest
    if order is None:
        return _abstain(question, [], "the report has no sentences"), closeness.closest
    closest = [found.candidates[i].sentence for i, share in zip(order[:2], shares[:2]) if share >= CLOSEST_SHARE]
    return _abstain(question, closest, "no sentence answers"), closeness.closest


# The ranker's share a follow-on sentence (see follow_on) needs: below the second citation's threshold, since the
# sentence carries the question's words its predecessor lacks. Chosen on the read sets' gold questions with the
# answer rig (every gold question of the 805 earlier reports): with no floor 35 more right answers of 10,820 and
# citation precision down 0.38 points; with 0.02, 30 more and 0.11 points; held out, 11 more of 8,875 and 0.14 points.
FOLLOW_ON_MIN_SHARE = 0.02


def follow_on(question: str, found: Evidence, first: int, order: np.ndarray, shares: np.ndarray, retriever: Retriever,
              closeness: Closeness) -> list[Sentence]:
    """The sentence after an answer's first, when it goes on about what that one said and gives more of what is asked:
    it opens by referring back ("They include …", "It reopened on …", index.language.REFERS_BACK), in the
    same paragraph, holds words of the question the first lacks, and is a candidate of at least FOLLOW_ON_MIN_SHARE.
    Over the read sets' two-sentence gold answers whose first sentence was cited alone, the other was the next
    sentence in 246 of 429 (the one before in 101)."""
    row = found.candidates[first].row
    after = next((n for n, c in enumerate(found.candidates) if c.row == row + 1), None)
    if after is None:
        return []
    sentence, before = found.candidates[after].sentence, found.candidates[first].sentence
    if (sentence.document, sentence.paragraph) != (before.document, before.paragraph) \
            or not REFERS_BACK.match(sentence.text):
        return []
    asked = set(retriever.question_weights(as_meant(question, retriever)))
    if not asked & set(retriever.sentence_terms[row + 1]) - set(retriever.sentence_terms[row]):
        return []
    share = float(shares[int(np.flatnonzero(order == after)[0])])
    closeness.compare(share, FOLLOW_ON_MIN_SHARE)
    return [sentence] if share >= FOLLOW_ON_MIN_SHARE else []


def chosen_for_parts(question: str, retriever: Retriever, settings: AnswerSettings, model: SupportModel,
                     threshold: float, embedder, closeness: Closeness) -> list[Sentence]:
    """For a two-part question the whole question's best sentence often answers one part, or none
    clears the threshold: each part is answered on its own, and the answer cites the first-ranked
    sentence of every part the model answers (none: the whole question's answer stands)."""
    best: list[tuple[Sentence, float]] = []
    for found in parts_found(question, retriever, settings, embedder=embedder):
        if found.candidates:
            order, shares = model.rank(found.features)
            probability = model.answer_probability(found.features, order, shares, found.kind_required)
            closeness.compare(probability, threshold)
            closeness.first(shares)
            best.append((found.candidates[int(order[0])].sentence, probability))
    return parts_cited(best, threshold, settings.max_citations)


# "Who leads X, and who provides his security?": a later part that refers back by "he", "his" … to a
# "who" question asks about whoever the first part's answer names.
_REFERS_BACK_WORD = re.compile(r"\b(?:he|she|him|his|her|hers)\b", re.IGNORECASE)


def parts_found(question: str, retriever: Retriever, settings: AnswerSettings, *, embedder=None) -> list[Evidence]:
    """The evidence of each part of a two-part question, asked on its own (question.question_parts;
    none for a question that asks one thing). A second part with "he", "his", "her" … after a "who"
    part asks about the first name the first part's first candidate adds to the question: the first
    part's answer. That candidate is retrieval's, before any model, so `calibrate` sees the same parts."""
    split = split_parts(question)
    if split is None:
        return []
    first_part, second_part = question_parts(question)
    first, _ = gather(first_part, retriever, settings, embedder=embedder)
    if first.candidates and _REFERS_BACK_WORD.search(split[1]) and shape_of(split[0]).kind == NAME:
        asked = set(terms(split[0]))
        named = next((span for span in name_spans(first.candidates[0].sentence.text)[1:]
                      if not set(terms(span)) <= asked), None)
        if named is not None:
            second_part = f"{split[1]} {named}"
    second, _ = gather(second_part, retriever, settings, embedder=embedder)
    return [first, second]


def gather(question: str, retriever: Retriever, settings: AnswerSettings, *,
           embedder=None) -> tuple[Evidence, set[str]]:
    """The retrieved candidates of a question with their evidence (what the model weighs);
    `embedder` embeds the question instead of the retriever's own."""
    question = as_meant(question, retriever)
    shape = shape_of(question)
    weights = retriever.question_weights(question)
    depth = candidate_depth(len(retriever.bundle.sentences), settings.candidates)
    query, words = _embed(question, retriever, embedder)
    candidates = retriever.search(question, depth, weights=weights, include=always_weighed(shape, retriever),
                                  query=query)
    # The report's own questions are never an answer, though they read closest to one.
    candidates = [c for c in candidates if not asks(c.sentence.text)]
    unknown = retriever.unknown_names(question)
    # (words typed in lower case the report never uses count with its unknown names, but are no names to tell)
    strange = len(retriever.unknown_words(question) - {w for name in unknown for w in name.lower().split()})
    return evidence(question, shape, candidates, retriever, weights, len(unknown) + strange, words), unknown


def as_meant(question: str, retriever: Retriever) -> str:
    """A question typed as in chat, written out: "whats the rate" reads as "what is the rate", "the ceo" as the
    report's "chief executive", "ppl" as its "people"."""
    return spell_out_short_forms(expand_contractions(question), retriever.writes)


# The wording that gives each kind of other name a question may ask for.
_OTHER_NAMES = {FORMER_NAME: FORMER_NAME_PATTERN, NICKNAME: NICKNAME_PATTERN}


def always_weighed(shape: QuestionShape, retriever: Retriever) -> list[int]:
    """The rows a question weighs whatever retrieval finds: a question about the article itself its "appeared
    first on" line, one asking a former name or a nickname every sentence that gives one."""
    if shape.about_document:
        return retriever.footer_rows
    if shape.kind in _OTHER_NAMES:
        return retriever.rows_giving(_OTHER_NAMES[shape.kind])
    return []


def _embed(question: str, retriever: Retriever, embedder=None) -> tuple[np.ndarray | None, WordStates | None]:
    """The question's vector and its words' contextual vectors from one pass of the model, when
    the index has the report's word vectors to match them to; else (None, None) and retrieval
    embeds the question itself."""
    encode_query = getattr(embedder or retriever.embedder, "encode_query", None)
    if encode_query is None or retriever.bundle.word_vectors is None:
        return None, None
    return encode_query(question)


def _answer(question: str, chosen: list[Sentence]) -> Answer:
    # In report order, so two cited sentences read as the report tells them.
    chosen = sorted(chosen, key=lambda s: (s.document, s.ordinal))
    citations = [Citation.of(n, s) for n, s in enumerate(chosen, start=1)]
    sentences = [AnswerSentence(s.text, (n,)) for n, s in enumerate(chosen, start=1)]
    text = " ".join(f"{s.text} [{s.citations[0]}]" for s in sentences)
    return Answer(question=question, answered=True, answer=text, sentences=sentences, citations=citations)


def _abstain(question: str, closest: list[Sentence], reason: str) -> Answer:
    log.debug("abstaining on %r: %s", question, reason)
    return Answer(
        question=question, answered=False,
        answer="The report does not say. None of its sentences answers this question; try rephrasing, "
               "or look up an actor with /actor.",
        closest=[Citation.of(n, s) for n, s in enumerate(closest, start=1)],
        note=reason,
    )
