"""BM25 over sentences, with per-term weights so names in a question can count for more.

Written here rather than taken from rank-bm25/bm25s: it is 60 lines, it shares the project's
tokenizer (index.text), and weighting terms per query is what hybrid retrieval needs.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Sequence

import numpy as np


class BM25:
    """Okapi BM25 (k1=1.2, b=0.75) over pre-tokenised documents."""

    def __init__(self, documents: Sequence[Sequence[str]], k1: float = 1.2, b: float = 0.75) -> None:
        self.count = len(documents)
        lengths = np.array([len(d) for d in documents], dtype=np.float32)
        avg = float(lengths.mean()) if self.count else 1.0
        norm = k1 * (1 - b + b * lengths / max(avg, 1e-9))
        postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for row, doc in enumerate(documents):
            for term, tf in Counter(doc).items():
                postings[term].append((row, tf))
        # Per term: the rows holding it and their saturated tf, ready to add into a score array.
        self._postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for term, hits in postings.items():
            rows = np.fromiter((r for r, _ in hits), dtype=np.int64, count=len(hits))
            tfs = np.fromiter((t for _, t in hits), dtype=np.float32, count=len(hits))
            idf = math.log(1 + (self.count - len(hits) + 0.5) / (len(hits) + 0.5))
            self._postings[term] = (rows, idf * tfs * (k1 + 1) / (tfs + norm[rows]))

    def __contains__(self, term: str) -> bool:
        return term in self._postings

    def vocabulary(self) -> list[str]:
        return list(self._postings)

    def document_frequency(self, term: str) -> int:
        hit = self._postings.get(term)
        return 0 if hit is None else len(hit[0])

    def scores(self, query: Sequence[str], weights: dict[str, float] | None = None) -> np.ndarray:
        """BM25 score of every document for the query terms (each term counted once)."""
        out = np.zeros(self.count, dtype=np.float32)
        for term in dict.fromkeys(query):
            hit = self._postings.get(term)
            if hit is not None:
                rows, contrib = hit
                out[rows] += contrib * (weights or {}).get(term, 1.0)
        return out
