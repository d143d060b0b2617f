"""The vector store: exact while small, HNSW when large, with the shipped parameters' recall."""

from __future__ import annotations

import numpy as np
import pytest

from bot.settings import PROJECT_ROOT, load_settings
from index.vectors import IndexSpec, VectorIndex, choose_spec

SHIPPED = load_settings(PROJECT_ROOT / "config.toml").index


def spec_for(count: int, flat_max: int = SHIPPED.flat_max_vectors) -> IndexSpec:
    return choose_spec(count, flat_max, SHIPPED.hnsw_m, SHIPPED.hnsw_ef_construction, SHIPPED.hnsw_ef_search)


def embedding_like(count: int, rng: np.random.Generator, dim: int = 384, rank: int = 24) -> np.ndarray:
    """Unit vectors that, like sentence embeddings, vary along a few dozen directions (plus noise)."""
    basis = np.random.default_rng(0).standard_normal((rank, dim))
    vectors = rng.standard_normal((count, rank)) @ basis + 0.3 * rng.standard_normal((count, dim))
    return (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)


def test_the_index_type_follows_the_collection_size():
    assert spec_for(28) == IndexSpec("flat")
    assert spec_for(SHIPPED.flat_max_vectors).kind == "flat"
    large = spec_for(SHIPPED.flat_max_vectors + 1)
    assert large == IndexSpec("hnsw", hnsw_m=SHIPPED.hnsw_m, ef_construction=SHIPPED.hnsw_ef_construction,
                              ef_search=SHIPPED.hnsw_ef_search)
    assert IndexSpec.from_dict(large.to_dict()) == large  # as the manifest records it


@pytest.mark.slow
def test_hnsw_finds_what_exact_search_finds(tmp_path):
    """recall@10 >= 0.95 against exact search with the shipped HNSW parameters (threshold lowered)."""
    rng = np.random.default_rng(1)
    vectors, queries = embedding_like(10_000, rng), embedding_like(100, rng)
    spec = spec_for(len(vectors), flat_max=1_000)
    assert spec.kind == "hnsw"
    exact = VectorIndex.build(vectors, IndexSpec("flat"))
    _, truth = exact.search(queries, 10)

    VectorIndex.build(vectors, spec).save(tmp_path / "vectors.faiss")
    approximate = VectorIndex.load(tmp_path / "vectors.faiss", spec)  # efSearch is not in the file
    _, found = approximate.search(queries, 50)  # the depth hybrid retrieval asks for
    recall = np.mean([len(set(f[:10]) & set(t)) / 10 for f, t in zip(found, truth)])
    assert recall >= 0.95


@pytest.mark.parametrize("kind", ["flat", "hnsw"])
def test_ids_are_sentence_rows_and_their_vectors_come_back(kind, tmp_path):
    vectors = embedding_like(300, np.random.default_rng(2))
    spec = spec_for(len(vectors), flat_max=0 if kind == "hnsw" else 1_000)
    index = VectorIndex.build(vectors, spec)
    index.save(tmp_path / "vectors.faiss")
    loaded = VectorIndex.load(tmp_path / "vectors.faiss", spec)
    assert (loaded.count, loaded.dim, loaded.spec.kind) == (300, 384, kind)

    scores, rows = loaded.search(vectors[[7, 123]], 3)
    assert list(rows[:, 0]) == [7, 123]  # each vector's nearest is itself, by row number
    assert np.allclose(scores[:, 0], 1.0, atol=1e-5)
    assert np.array_equal(loaded.vectors_of(np.array([123, 7])), vectors[[123, 7]])
    assert loaded.vectors_of(np.array([], dtype=np.int64)).shape == (0, 384)
