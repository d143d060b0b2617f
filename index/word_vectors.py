"""Contextual word vectors: what each content word of a sentence means where it stands.

The transformer that embeds a sentence already computes one state per token before the mean
pooling; a word's state (the mean of its word pieces' states) stays close to the states of words
of like meaning in other sentences and far from unrelated words: "murdered" in a question and
"slain" in a sentence have cosine 0.72, "shut" and "closed" 0.67, "live" and "residents" 0.61,
while 99% of pairs of words from the development corpus's sentences fall below 0.32 (some
paraphrases stay below it too: "leader" and "head" 0.32). The index keeps each sentence's
content-word states, made in the same pass as its vector; a question's come from the pass that
embeds it, so matching a question's words to a sentence's costs no model call.

Stored as int8 rows, one per content word of each sentence, each with its scale (its largest
component / 127: cosines move by about 0.002), and each sentence's first row: `word_vectors.npy`,
`word_scales.npy` and `word_starts.npy` in the bundle, the rows memory-mapped when loaded. Not
float16: numpy turns float16 into float32 about ten times slower than int8, and a question's
candidates hold a few hundred words.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from index.text import STOPWORDS, fold

VECTORS_FILE = "word_vectors.npy"
SCALES_FILE = "word_scales.npy"
STARTS_FILE = "word_starts.npy"
FILES = (VECTORS_FILE, SCALES_FILE, STARTS_FILE)
INT8_MAX = 127
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
    found: dict[str, np.ndarray] = {}
    for positions in pieces.values():
        word = fold(text[offsets[positions[0]][0]:offsets[positions[-1]][1]])
        if word.isalpha() and word not in STOPWORDS:
            # A sum, not a mean, of the occurrences: the unit length below makes them the same
            # direction, and numpy's mean costs several times a sum's on a question's few words.
            state = hidden[positions[0]] if len(positions) == 1 else hidden[positions].sum(axis=0) / len(positions)
            found[word] = found[word] + state if word in found else state
    if not found:
        return WordStates((), np.zeros((0, hidden.shape[-1]), dtype=np.float32))
    vectors = np.array(list(found.values()), dtype=np.float32)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    return WordStates(tuple(found), vectors)


class WordVectors:
    """Every sentence's content-word vectors, rows `starts[i]:starts[i + 1]` for sentence i."""

    def __init__(self, vectors: np.ndarray, scales: np.ndarray, starts: np.ndarray) -> None:
        self.vectors = vectors  # int8
        self.scales = scales  # float32, one per row: the row is vectors[row] * scales[row]
        self.starts = starts

    @classmethod
    def of(cls, states: Sequence[WordStates], dim: int) -> "WordVectors":
        counts = [len(s.words) for s in states]
        starts = np.zeros(len(states) + 1, dtype=np.int64)
        np.cumsum(counts, out=starts[1:])
        rows = [s.vectors for s in states if len(s.words)]
        full = np.vstack(rows).astype(np.float32) if rows else np.zeros((0, dim), dtype=np.float32)
        scales = np.maximum(np.abs(full).max(axis=1, initial=0.0), 1e-12).astype(np.float32) / INT8_MAX
        vectors = np.round(full / scales[:, None]).astype(np.int8)
        return cls(vectors, scales, starts)

    @property
    def count(self) -> int:
        return len(self.starts) - 1

    def rows(self, sentence_rows: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """The word vectors of these sentences stacked (float32), and where each sentence's begin
        in the stack (one more entry than sentences, the last the stack's length)."""
        rows = np.asarray(sentence_rows, dtype=np.int64)
        first, lengths = self.starts[rows], self.starts[rows + 1] - self.starts[rows]
        bounds = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(lengths, out=bounds[1:])
        # One gather for all of them: each stacked row's offset in the stored rows.
        index = np.repeat(first - bounds[:-1], lengths) + np.arange(bounds[-1])
        return self.vectors[index].astype(np.float32) * self.scales[index, None], bounds

    def save(self, folder: Path) -> list[str]:
        """Write the files into `folder`; their names."""
        for name, array in zip(FILES, (self.vectors, self.scales, self.starts)):
            np.save(folder / name, array)
        return list(FILES)

    @classmethod
    def load(cls, folder: Path) -> "WordVectors | None":
        """The vectors a build stored in `folder`, or None for an index built without them."""
        if not all((folder / name).is_file() for name in FILES):
            return None
        # Memory-mapped, answering reads only the candidates' rows; a plain array over the map, as
        # indexing a memmap object costs more than the reading.
        return cls(np.asarray(np.load(folder / VECTORS_FILE, mmap_mode="r")), np.load(folder / SCALES_FILE),
                   np.load(folder / STARTS_FILE))
