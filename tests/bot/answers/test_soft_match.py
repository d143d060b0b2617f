"""Soft word matching: a question's word said in other words in a sentence still counts."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from bot.answers.question import shape_of
from bot.answers.support import FEATURES, SOFT_MATCH_FLOOR, shipped_model, soft_match
from index.text import terms
from index.word_vectors import WordStates, WordVectors, word_states


def _unit(*values: float) -> np.ndarray:
    vector = np.array(values + (0.0,) * (4 - len(values)), dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_a_words_state_is_the_mean_of_its_pieces_and_stop_words_and_numbers_have_none():
    text = "The unionists struck 3 times"
    # [CLS] the union ##ists struck 3 times [SEP], as a word-piece tokenizer splits it
    offsets = [(0, 0), (0, 3), (4, 9), (9, 13), (14, 20), (21, 22), (23, 28), (0, 0)]
    word_ids = [None, 0, 1, 1, 2, 3, 4, None]
    hidden = np.array([[9, 9], [5, 5], [1, 0], [0, 1], [2, 0], [7, 7], [0, 3], [9, 9]], dtype=np.float32)
    states = word_states(text, offsets, word_ids, hidden)
    assert states.words == ("unionists", "struck", "times")
    np.testing.assert_allclose(states.of("unionists"), [2 ** -0.5, 2 ** -0.5], rtol=1e-6)
    np.testing.assert_allclose(np.linalg.norm(states.vectors, axis=1), 1.0, rtol=1e-6)


def test_stored_word_vectors_come_back_per_sentence_including_a_sentence_without_any(tmp_path):
    states = [WordStates(("mill", "closed"), np.stack([_unit(1), _unit(0, 1)])),
              WordStates((), np.zeros((0, 4), dtype=np.float32)),
              WordStates(("slain",), np.stack([_unit(0, 0, 1)]))]
    WordVectors.of(states, 4).save(tmp_path)
    loaded = WordVectors.load(tmp_path)
    assert loaded.count == 3
    stacked, bounds = loaded.rows([2, 1, 0])
    assert bounds.tolist() == [0, 1, 1, 3]
    np.testing.assert_allclose(stacked[0], _unit(0, 0, 1), atol=1e-2)  # int8 on disk
    assert WordVectors.load(tmp_path / "elsewhere") is None


def _retriever(sentence_states: list[WordStates], texts: list[str]):
    return SimpleNamespace(bundle=SimpleNamespace(word_vectors=WordVectors.of(sentence_states, 4)),
                           context_terms=[frozenset(terms(t)) for t in texts])


def test_a_missing_word_counts_by_how_close_the_sentence_comes_to_it():
    question = "How many workers were slain?"
    slain = _unit(1, 0.2)
    murdered = _unit(1, 0.3)  # close in meaning to "slain"
    hurt = _unit(1, 1.2)  # less close
    weather = _unit(0, 0, 1)  # unrelated
    workers = _unit(0, 0, 0, 1)
    texts = ["workers murdered", "workers hurt", "workers weather", "slain"]
    sentences = [WordStates(("workers", "murdered"), np.stack([workers, murdered])),
                 WordStates(("workers", "hurt"), np.stack([workers, hurt])),
                 WordStates(("workers", "weather"), np.stack([workers, weather])),
                 WordStates(("slain",), np.stack([slain]))]
    candidates = [SimpleNamespace(row=row) for row in range(4)]
    states = WordStates(("workers", "slain"), np.stack([workers, slain]))
    soft = soft_match(question, shape_of(question), {t: 1.0 for t in terms(question)}, candidates,
                      _retriever(sentences, texts), states)
    # "workers" is in the first three sentences; "slain" is said as "murdered" in the first, less
    # closely as "hurt" in the second, not at all in the third; the fourth has the word itself
    # (word overlap counts that, not this feature).
    scaled = [(float(slain @ other) - SOFT_MATCH_FLOOR) / (1 - SOFT_MATCH_FLOOR) for other in (murdered, hurt)]
    assert float(slain @ weather) < SOFT_MATCH_FLOOR < float(slain @ hurt) < float(slain @ murdered)
    assert soft[0] > soft[1] > 0.0
    assert soft[0] / soft[1] == pytest.approx(scaled[0] / scaled[1], rel=1e-2)  # int8 storage
    assert soft[2] == 0.0 and soft[3] == 0.0


def test_without_word_vectors_nothing_is_soft_matched():
    question = "How many workers were slain?"
    retriever = SimpleNamespace(bundle=SimpleNamespace(word_vectors=None), context_terms=[frozenset()])
    soft = soft_match(question, shape_of(question), {t: 1.0 for t in terms(question)},
                      [SimpleNamespace(row=0)], retriever, None)
    assert soft.tolist() == [0.0]


# Written for this test, not taken from any report: the answers say the asked thing in other
# words ("slain" for "murdered", "workers" for "employees", "closed" for "shut"), and another
# sentence shares the question's own words.
MILL_REPORT = """Mill town

The Brackley textile mill closed in 1998 after ninety years.
The mill employed 400 employees at its peak, most of them from the town.
Three of its workers were slain in a robbery at the mill in 1974.
The owners sold the buildings to the council for housing.
"""


@pytest.fixture(scope="module")
def mill_service(tmp_path_factory, real_query_embedder):
    from tests.bot.answers.test_extractive import service_over

    return service_over(MILL_REPORT, tmp_path_factory.mktemp("mill"), real_query_embedder)


@pytest.mark.slow
@pytest.mark.parametrize("question, answer", [
    ("How many employees were murdered at the mill?", "Three of its workers were slain"),
    ("How many mill employees were killed?", "Three of its workers were slain"),
    ("When did the mill shut?", "closed in 1998"),
    ("When was the mill shut down?", "closed in 1998"),
])
def test_a_paraphrased_answer_ranks_first_because_its_words_mean_the_questions(mill_service, question, answer):
    from bot.answers.extractive import gather

    assert mill_service.live.bundle.word_vectors.count == len(mill_service.live.bundle.sentences)
    given = mill_service.ask(question)
    assert given.answered and answer in given.answer
    found, _ = gather(question, mill_service.live.retriever, mill_service.settings.answers)
    model = shipped_model()
    without = found.features.copy()
    without[:, FEATURES.index("soft_match")] = 0.0
    first_without = found.candidates[model.rank(without)[0][0]].sentence.text
    assert answer not in first_without, "the sentence would rank first without soft matching too"
