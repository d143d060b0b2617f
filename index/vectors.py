"""The vector store: FAISS behind a small contract (build, search, save, load, count).

Vectors are unit length, so inner product equals cosine similarity. The index type follows the
collection's size: exact search (IndexFlatIP) while it is small enough to scan in a few
milliseconds, HNSW above that, whose parameters are recorded in the manifest.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from bot.log import get_logger

log = get_logger(__name__)


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
    """Exact search up to `flat_max` vectors; a flat scan beyond that costs more than HNSW's recall loss."""
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
            # IndexIDMap2 keeps row ids explicit and can hand a stored vector back (reconstruct),
            # which hybrid search uses to score lexical hits that dense search did not return.
            index = faiss.IndexIDMap2(faiss.IndexFlatIP(dim))
        elif spec.kind == "hnsw":
            hnsw = faiss.IndexHNSWFlat(dim, spec.hnsw_m, faiss.METRIC_INNER_PRODUCT)
            hnsw.hnsw.efConstruction = spec.ef_construction
            hnsw.hnsw.efSearch = spec.ef_search
            index = faiss.IndexIDMap2(hnsw)
        else:
            raise ValueError(f"unknown index kind {spec.kind!r}")
        index.add_with_ids(vectors, np.arange(len(vectors), dtype=np.int64))
        return cls(index, spec)

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
        return self._index.search(queries, k)

    def save(self, path: Path) -> None:
        import faiss

        faiss.write_index(self._index, str(path))

    @classmethod
    def load(cls, path: Path, spec: IndexSpec) -> "VectorIndex":
        import faiss

        index = faiss.read_index(str(path))
        if spec.kind == "hnsw":
            faiss.downcast_index(index.index).hnsw.efSearch = spec.ef_search
        return cls(index, spec)

    def vectors_of(self, rows: np.ndarray) -> np.ndarray:
        """The stored vectors of some rows (ids are row numbers)."""
        return np.vstack([self._index.reconstruct(int(r)) for r in rows]) if len(rows) else \
            np.zeros((0, self.dim), dtype=np.float32)
