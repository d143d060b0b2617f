"""An int8 query model answers as the fp32 one does: where the decision is a near-tie, the question
is decided again with the exact (fp32) model, and nowhere else. On the real report and models;
tests/test_query_model_equivalence.py checks the outcome on every gold question."""

from __future__ import annotations

import dataclasses

import pytest

from bot.answers.extractive import NEAR_TIE, Closeness, compose, decide
from index.onnx_embed import OnnxEmbedder

pytestmark = pytest.mark.slow

QUESTION = "Who leads the new Hamas office in Baghdad?"


class CountingEmbedder:
    """An embedder that counts the questions it embeds, and otherwise is the one it wraps."""

    def __init__(self, inner: OnnxEmbedder) -> None:
        self.inner = inner
        self.questions: list[str] = []

    def encode_query(self, text: str):
        self.questions.append(text)
        return self.inner.encode_query(text)


@pytest.fixture
def int8_retriever(real_service, monkeypatch):
    """The live retriever, whose int8 query model hands out a counting fp32 model for near-ties."""
    retriever = real_service.live.retriever
    assert isinstance(retriever.embedder, OnnxEmbedder) and retriever.embedder.query_model == "int8"
    exact = CountingEmbedder(retriever.embedder.exact())
    monkeypatch.setattr(retriever.embedder, "exact", lambda: exact)
    return retriever, exact


def _probability(question: str, retriever, settings) -> float:
    """The first-ranked sentence's answer probability: the first value the decision compares, with
    its threshold."""
    closeness = Closeness()
    decide(question, retriever, dataclasses.replace(settings, min_support=0.5), closeness=closeness)
    return closeness.gaps[0] + 0.5


def test_an_answer_at_its_threshold_is_decided_by_the_exact_model(real_service, int8_retriever):
    retriever, exact = int8_retriever
    settings = real_service.settings.answers
    probability = _probability(QUESTION, retriever, settings)
    at_threshold = dataclasses.replace(settings, min_support=probability)

    answer = compose(QUESTION, retriever, at_threshold)

    assert exact.questions == [QUESTION]
    expected, _ = decide(QUESTION, retriever, at_threshold, embedder=exact.inner)
    assert (answer.answered, [c.id for c in answer.citations]) == \
        (expected.answered, [c.id for c in expected.citations])


def test_a_clear_answer_is_not_embedded_twice(real_service, int8_retriever):
    retriever, exact = int8_retriever
    settings = real_service.settings.answers
    _, closest_call = decide(QUESTION, retriever, settings)
    assert closest_call >= NEAR_TIE  # the shipped report's leading question is no near-tie

    answer = compose(QUESTION, retriever, settings)

    assert answer.answered and exact.questions == []


def test_int8_has_the_fp32_model_beside_it_and_fp32_none(real_service, real_query_embedder):
    exact = real_service.live.retriever.embedder.exact()
    assert exact is not None and exact.query_model == "fp32" and exact.exact() is None
    assert real_query_embedder.exact() is None
