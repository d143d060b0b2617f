"""The vector store: FAISS behind a small contract (build, search, save, load, count, vectors_of).

Vectors are unit length, so inner product equals cosine similarity. The index type follows the
collection's size ([index] in config.toml):

- flat (IndexFlatIP): exact. One query scans n x 384 floats: ~0.25 ms at 10k vectors on one
  core, ~3 ms at 50k, ~13 ms at 200k, so it is only used while that is about a millisecond.
- hnsw (IndexHNSWFlat): a graph search whose cost grows with log n. At 1M vectors, M=32,
  efConstruction=80 and efSearch=256 gave p50 1.4 ms and recall@10 0.98 against exact search
  (efSearch=64: 0.83); the build takes 5-12 minutes on 2 cores, and memory is the vectors plus
  ~260 bytes a vector of graph. Chosen over IVF because it needs no training pass and its
  parameters do not depend on the collection's size.

The parameters are recorded in the manifest (IndexSpec.to_dict). `reportbot bench --scale`
measures search time, recall against exact search and memory at 10k and 100k vectors, and
`--million` at 1M.
Ids are rows of the sentence table.
"""

from __future__ import annotations

import logging
import contextlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterator

import numpy as np


log = logging.getLogger(__name__)


@contextlib.contextmanager
def _one_thread() -> Iterator[None]:
    """Run FAISS on this thread alone for the block (the setting is per calling thread).

    A single query is microseconds of work, but a flat search still starts an OpenMP team, and
    on a busy 2-core machine (a reindex, the other questions) waiting for the team's second
    thread to be scheduled took 8-12 ms at p99, against 0.006 ms on one thread.
    """
    import faiss

    previous = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(previous)


@dataclass(frozen=True)
class IndexSpec:
    """Which FAISS index a collection gets, and with what parameters."""

    kind: str  # "flat" or "hnsw"
    hnsw_m: int = 0
    ef_construction: int = 0
    ef_search: int = 0

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "IndexSpec":
        return cls(**data)


def choose_spec(count: int, flat_max: int, hnsw_m: int, ef_construction: int, ef_search: int) -> IndexSpec:
    """Exact search up to `flat_max` vectors; beyond that a flat scan costs more than HNSW's recall loss."""
    if count <= flat_max:
        return IndexSpec("flat")
    return IndexSpec("hnsw", hnsw_m=hnsw_m, ef_construction=ef_construction, ef_search=ef_search)


class VectorIndex:
    """FAISS inner-product index whose ids are row numbers into the sentence table."""

    def __init__(self, index, spec: IndexSpec) -> None:
        self._index = index
        self.spec = spec

    @classmethod
    def build(cls, vectors: np.ndarray, spec: IndexSpec) -> "VectorIndex":
        import faiss

        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        dim = vectors.shape[1]
        if spec.kind == "flat":
            inner = faiss.IndexFlatIP(dim)
        elif spec.kind == "hnsw":
            inner = faiss.IndexHNSWFlat(dim, spec.hnsw_m, faiss.METRIC_INNER_PRODUCT)
            inner.hnsw.efConstruction = spec.ef_construction
        else:
            raise ValueError(f"unknown index kind {spec.kind!r}")
        # IndexIDMap2 keeps row ids explicit and can hand a stored vector back (reconstruct),
        # which hybrid search uses to score lexical hits that dense search did not return.
        index = faiss.IndexIDMap2(inner)
        index.add_with_ids(vectors, np.arange(len(vectors), dtype=np.int64))
        built = cls(index, spec)
        built._tune()
        return built

    def _tune(self) -> None:
        """Apply the search-time parameters, which FAISS does not keep in the file."""
        import faiss

        if self.spec.kind == "hnsw":
            faiss.downcast_index(self._index.index).hnsw.efSearch = self.spec.ef_search

    @property
    def count(self) -> int:
        return int(self._index.ntotal)

    @property
    def dim(self) -> int:
        return int(self._index.d)

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, row ids) for each query row, best first; missing hits have id -1."""
        queries = np.ascontiguousarray(np.atleast_2d(queries), dtype=np.float32)
        k = max(1, min(k, self.count))
        if len(queries) > 1:
            return self._index.search(queries, k)
        with _one_thread():
            return self._index.search(queries, k)

    def save(self, path: Path) -> None:
        import faiss

        faiss.write_index(self._index, str(path))

    @classmethod
    def load(cls, path: Path, spec: IndexSpec) -> "VectorIndex":
        import faiss

        loaded = cls(faiss.read_index(str(path)), spec)
        loaded._tune()
        return loaded

    def vectors_of(self, rows: np.ndarray) -> np.ndarray:
        """The stored vectors of some rows (hybrid search scores lexical hits dense search missed)."""
        rows = np.asarray(rows, dtype=np.int64)
        if not len(rows):
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._index.reconstruct_batch(rows)
