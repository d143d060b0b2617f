"""Index bundles on disk: versioned folders, a manifest, and an atomic `current` pointer.

Layout under the data directory:

    index/v0007/manifest.json      what was built, from what, with which model
    index/v0007/vectors.faiss      the FAISS index; ids are rows of sentences.json
    index/v0007/sentences.json     the sentence table
    index/v0007/actors.json        the actor registry
    index/v0007/word_*.npy         each sentence's content words' vectors (index.word_vectors)
    index/current                  "v0007": replaced with one rename, so a reader never
                                   sees a half-written index

A build writes a hidden `.build-*` folder, renames it to the next version, then swaps the
pointer. A build that fails or is killed leaves the previous version live.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from index.errors import IndexMissingError, ReindexBusyError, UserError
from index.records import Document, Sentence
from index.vectors import IndexSpec, VectorIndex
from index.word_vectors import WordVectors

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
VECTORS = "vectors.faiss"
SENTENCES = "sentences.json"
ACTORS = "actors.json"
POINTER = "current"
REBUILD_HINT = "run `reportbot index build` to build it"
# A file whose bytes changed at its recorded size is found only when it is read: a plain build, which checks sizes,
# would call that version up to date, so the hint for it forces the build.
CORRUPT_HINT = "run `reportbot index build --force` to build it again"
_VERSION_DIR = re.compile(r"^v(\d{4,})$")


def index_root(data_dir: Path) -> Path:
    return data_dir / "index"


@dataclass
class Bundle:
    """A loaded index version: everything a query needs, in memory."""

    path: Path
    manifest: dict[str, Any]
    documents: list[Document]
    sentences: list[Sentence]
    vectors: VectorIndex
    actors: dict[str, Any] = field(default_factory=dict)  # the registry as stored; see index.actors
    word_vectors: WordVectors | None = None  # None for an index built without them

    @property
    def version(self) -> int:
        return int(self.manifest["version"])

    def neighbours(self, row: int, before: int = 1, after: int = 1) -> list[Sentence]:
        """The sentence at `row` with its neighbours in the same document."""
        doc = self.sentences[row].document
        lo, hi = max(0, row - before), min(len(self.sentences), row + after + 1)
        return [s for s in self.sentences[lo:hi] if s.document == doc]


def data_dir_error(data_dir: Path, exc: OSError) -> UserError:
    """A data folder that is a file, or cannot be created or read: the user's to fix."""
    return UserError(f"the data folder {data_dir} cannot be used ({exc.strerror or exc}); "
                     "check [index] data_dir in config.toml")


def live_version_dir(data_dir: Path) -> Path | None:
    """The folder the pointer names, or None when nothing was built yet."""
    root = index_root(data_dir)
    try:
        name = (root / POINTER).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise data_dir_error(data_dir, exc) from None
    if not _VERSION_DIR.match(name):
        raise IndexMissingError(f"the index pointer {root / POINTER} is corrupt; {REBUILD_HINT}")
    return root / name


def read_manifest(version_dir: Path) -> dict[str, Any]:
    try:
        manifest = json.loads((version_dir / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise IndexMissingError(f"the index at {version_dir} has no manifest; {REBUILD_HINT}") from None
    except (OSError, json.JSONDecodeError) as exc:
        raise IndexMissingError(f"the index manifest in {version_dir} is unreadable ({exc}); {REBUILD_HINT}") from None
    if not isinstance(manifest, dict) or manifest.get("format_version") != FORMAT_VERSION:
        found = manifest.get("format_version") if isinstance(manifest, dict) else None
        raise IndexMissingError(f"the index at {version_dir} has format {found!r}, "
                                f"this reportbot reads format {FORMAT_VERSION}; {REBUILD_HINT}")
    missing = [key for key, kind in _MANIFEST_KEYS.items() if not isinstance(manifest.get(key), kind)]
    if "counts" not in missing:
        missing += [f"counts.{key}" for key in _COUNTS if not isinstance(manifest["counts"].get(key), int)]
    if missing:
        raise IndexMissingError(f"the index manifest in {version_dir} is incomplete (no valid "
                                f"{', '.join(missing)}); {REBUILD_HINT}")
    return manifest


# What every reader of a manifest relies on (the build writes them all: index.build._manifest).
_MANIFEST_KEYS: dict[str, type] = {
    "version": int, "built_at": str, "model": dict, "index": dict, "sources": list, "counts": dict,
    "timings": dict}
_COUNTS = ("documents", "sentences", "paragraphs", "sections", "actors")


def check_files(version_dir: Path, manifest: dict[str, Any]) -> None:
    """Raise IndexMissingError unless every file the manifest lists is there at the size it was
    written (a deleted file, a truncated copy, one overwritten by hand): a few stat calls, so
    `index info` and every load can afford it. The manifest records sizes, not hashes; a version
    from before sizes were recorded is checked for its two essential files."""
    sizes = manifest.get("files")
    if sizes is None:
        sizes = {VECTORS: None, SENTENCES: None}
    elif not isinstance(sizes, dict):
        raise IndexMissingError(f"the index manifest in {version_dir} is incomplete (no valid files); {REBUILD_HINT}")
    for name, size in sizes.items():
        try:
            actual = (version_dir / name).stat().st_size
        except FileNotFoundError:
            raise IndexMissingError(f"the index at {version_dir} is damaged ({name} is missing); "
                                    f"{REBUILD_HINT}") from None
        except OSError as exc:
            raise IndexMissingError(f"the index at {version_dir} is damaged ({name} cannot be read: "
                                    f"{exc.strerror or exc}); {REBUILD_HINT}") from None
        if size is not None and actual != size:
            raise IndexMissingError(f"the index at {version_dir} is damaged ({name} is {actual:,} bytes, "
                                    f"written as {size:,}); {REBUILD_HINT}")


def _actor_registry(path: Path, listed: bool) -> dict[str, Any]:
    """The stored registry. A bundle whose manifest lists actors.json must hold one of the shape
    index.actors writes ({"version": …, "actors": [{…}, …]}): an empty stand-in would make every
    actor "not in the report". An older bundle built before actors has none: no actors."""
    if not listed and not path.exists():
        return {}
    registry = json.loads(path.read_text(encoding="utf-8"))  # a missing file: OSError, reported as corrupt
    if not (isinstance(registry, dict) and isinstance(registry.get("actors"), list)
            and all(isinstance(actor, dict) for actor in registry["actors"])):
        raise ValueError(f"{ACTORS} is not an actor registry")
    return registry


def check_model(manifest: dict[str, Any], model_name: str, model_sha256: str, where: Path) -> None:
    """An index is only searchable with the model that embedded it."""
    model = manifest.get("model", {})
    if model.get("name") != model_name or model.get("weights_sha256") != model_sha256:
        raise IndexMissingError(
            f"the index at {where} was built with model {model.get('name')} "
            f"(weights {str(model.get('weights_sha256'))[:12]}…), but config.toml names {model_name} "
            f"(weights {model_sha256[:12]}…); {REBUILD_HINT}")


def load_bundle(data_dir: Path, model_name: str, model_sha256: str) -> Bundle:
    """Load the live version, checking it against the configured model and itself."""
    version_dir = live_version_dir(data_dir)
    if version_dir is None:
        raise IndexMissingError(f"no index has been built in {data_dir} yet; {REBUILD_HINT}")
    manifest = read_manifest(version_dir)
    check_model(manifest, model_name, model_sha256, version_dir)
    check_files(version_dir, manifest)
    try:
        rows = json.loads((version_dir / SENTENCES).read_text(encoding="utf-8"))
        sentences = [Sentence(**row) for row in rows]
        documents = [Document.from_dict(d) for d in manifest["sources"]]
        vectors = VectorIndex.load(version_dir / VECTORS, IndexSpec.from_dict(manifest["index"]))
        actors = _actor_registry(version_dir / ACTORS, ACTORS in (manifest.get("files") or {}))
        word_vectors = WordVectors.load(version_dir)
    except (OSError, ValueError, TypeError, KeyError, RuntimeError) as exc:
        # faiss raises RuntimeError on a truncated file; all of these mean "rebuild".
        raise IndexMissingError(f"the index at {version_dir} is corrupt ({type(exc).__name__}: "
                                f"{str(exc)[:200]}); {CORRUPT_HINT}") from None
    if vectors.count != len(sentences) or vectors.dim != manifest["model"]["dim"]:
        raise IndexMissingError(f"the index at {version_dir} is inconsistent ({vectors.count} vectors, "
                                f"{len(sentences)} sentences); {CORRUPT_HINT}")
    if word_vectors is not None and word_vectors.count != len(sentences):
        raise IndexMissingError(f"the index at {version_dir} is inconsistent ({word_vectors.count} sentences' "
                                f"word vectors, {len(sentences)} sentences); {CORRUPT_HINT}")
    return Bundle(version_dir, manifest, documents, sentences, vectors, actors, word_vectors)


@contextlib.contextmanager
def build_lock(data_dir: Path) -> Iterator[None]:
    """One build at a time per data directory, across processes (the CLI and a running bot)."""
    root = index_root(data_dir)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise data_dir_error(data_dir, exc) from None
    try:
        handle = open(root / ".lock", "w")  # a read-only folder that exists fails here, not at mkdir
    except OSError as exc:
        raise data_dir_error(data_dir, exc) from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ReindexBusyError("another index build is running; try again when it has finished") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def new_build_dir(data_dir: Path) -> Path:
    """A hidden folder to build into; leftovers of killed builds are removed first."""
    root = index_root(data_dir)
    for stale in root.glob(".build-*"):
        shutil.rmtree(stale, ignore_errors=True)
    path = root / f".build-{os.getpid()}"
    try:
        path.mkdir(parents=True)
    except OSError as exc:
        raise data_dir_error(data_dir, exc) from None
    return path


def write_json(path: Path, data: Any) -> None:
    with path.open("w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
        handle.flush()
        os.fsync(handle.fileno())


def publish(data_dir: Path, build_dir: Path, keep: int) -> Path:
    """Make a finished build the live version: rename it into place, swap the pointer, prune."""
    root = index_root(data_dir)
    version = next_version(data_dir)
    manifest_path = build_dir / MANIFEST
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["version"] = version
    write_json(manifest_path, manifest)
    final = root / f"v{version:04d}"
    os.rename(build_dir, final)
    tmp = root / f".{POINTER}.tmp"
    tmp.write_text(final.name + "\n", encoding="utf-8")
    os.replace(tmp, root / POINTER)  # the one atomic step readers can observe
    _prune(root, keep=max(1, keep), live=final)
    return final


def next_version(data_dir: Path) -> int:
    versions = [int(m.group(1)) for p in index_root(data_dir).iterdir() if (m := _VERSION_DIR.match(p.name))]
    return max(versions, default=0) + 1


def _prune(root: Path, keep: int, live: Path) -> None:
    versions = sorted((p for p in root.iterdir() if _VERSION_DIR.match(p.name)), key=lambda p: p.name)
    for old in versions[:-keep]:
        if old != live:
            shutil.rmtree(old, ignore_errors=True)
