"""Contextual word vectors: what each content word of a sentence means where it stands.

The transformer that embeds a sentence already computes one state per token before the mean
pooling; a word's state (the mean of its word pieces' states) stays close to the states of words
of like meaning in other sentences, "slain" in a question to "murdered" in a report sentence,
"dissenting" to "voted against", and far from unrelated words (over the development corpus,
99% of pairs of words from different sentences have cosine below 0.32). The index keeps each
sentence's content-word states, made in the same pass as its vector; a question's come from the
same pass as its own vector, so matching a question's words to a sentence's costs no model call.

Stored as float16 rows, one per content word of each sentence, with each sentence's first row:
`word_vectors.npy` and `word_starts.npy` in the bundle, memory-mapped when loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from index.text import STOPWORDS, fold

VECTORS_FILE = "word_vectors.npy"
STARTS_FILE = "word_starts.npy"
# Bump when what a word's vector is changes, so indexes built the old way are rebuilt.
WORD_VECTORS_VERSION = 1


@dataclass(frozen=True)
class WordStates:
    """A text's content words (folded, first occurrence order) and their unit vectors."""

    words: tuple[str, ...]
    vectors: np.ndarray  # (len(words), dim) float32

    def of(self, word: str) -> np.ndarray | None:
        try:
            return self.vectors[self.words.index(word)]
        except ValueError:
            return None


def word_states(text: str, offsets: Sequence[tuple[int, int]], word_ids: Sequence[int | None],
                hidden: np.ndarray) -> WordStates:
    """Each content word's state: the mean of its pieces' states (a word met twice, the mean of
    both), unit length. `offsets` and `word_ids` are the tokenizer's per token; `hidden` the
    transformer's (tokens, dim) output for the text. Stop words, numbers and punctuation have none."""
    pieces: dict[int, list[int]] = {}
    for position, word_id in enumerate(word_ids[:len(hidden)]):
        if word_id is not None:
            pieces.setdefault(word_id, []).append(position)
    found: dict[str, list[np.ndarray]] = {}
    for positions in pieces.values():
        word = fold(text[offsets[positions[0]][0]:offsets[positions[-1]][1]])
        if word.isalpha() and word not in STOPWORDS:
            found.setdefault(word, []).append(hidden[positions].mean(axis=0))
    if not found:
        return WordStates((), np.zeros((0, hidden.shape[-1]), dtype=np.float32))
    vectors = np.array([np.mean(states, axis=0) for states in found.values()], dtype=np.float32)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    return WordStates(tuple(found), vectors)


class WordVectors:
    """Every sentence's content-word vectors, rows `starts[i]:starts[i + 1]` for sentence i."""

    def __init__(self, vectors: np.ndarray, starts: np.ndarray) -> None:
        self.vectors = vectors
        self.starts = starts

    @classmethod
    def of(cls, states: Sequence[WordStates], dim: int) -> "WordVectors":
        counts = [len(s.words) for s in states]
        starts = np.zeros(len(states) + 1, dtype=np.int64)
        np.cumsum(counts, out=starts[1:])
        rows = [s.vectors for s in states if len(s.words)]
        vectors = np.vstack(rows).astype(np.float16) if rows else np.zeros((0, dim), dtype=np.float16)
        return cls(vectors, starts)

    @property
    def count(self) -> int:
        return len(self.starts) - 1

    def rows(self, sentence_rows: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """The word vectors of these sentences stacked (float32), and where each sentence's begin
        in the stack (one more entry than sentences, the last the stack's length)."""
        spans = [(int(self.starts[r]), int(self.starts[r + 1])) for r in sentence_rows]
        bounds = np.zeros(len(spans) + 1, dtype=np.int64)
        np.cumsum([b - a for a, b in spans], out=bounds[1:])
        if not bounds[-1]:
            return np.zeros((0, self.vectors.shape[1]), dtype=np.float32), bounds
        return np.vstack([self.vectors[a:b] for a, b in spans]).astype(np.float32), bounds

    def save(self, folder: Path) -> list[str]:
        """Write both files into `folder`; their names."""
        np.save(folder / VECTORS_FILE, self.vectors)
        np.save(folder / STARTS_FILE, self.starts)
        return [VECTORS_FILE, STARTS_FILE]

    @classmethod
    def load(cls, folder: Path) -> "WordVectors | None":
        """The vectors a build stored in `folder`, or None for an index built without them."""
        if not (folder / VECTORS_FILE).is_file() or not (folder / STARTS_FILE).is_file():
            return None
        # Memory-mapped: answering reads only the candidates' rows.
        return cls(np.load(folder / VECTORS_FILE, mmap_mode="r"), np.load(folder / STARTS_FILE))
