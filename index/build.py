"""The index build: sources -> sentences -> vectors + actor registry -> a new live bundle."""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

import numpy as np

from index import bundle as bundles
from index.embed import SentenceTransformerEmbedder, build_embedder
from index.embedding import Embedder
from index.errors import IndexMissingError, SourceError
from index.ingest import expand_sources, read_sources, report_files, slugify
from index.onnx_embed import FP32, MIN_AGREEMENT, OnnxEmbedder, export_verified
from index.records import Document, Sentence
from index.segment import segment_source
from index.settings import BuildSettings
from index.vectors import VectorIndex, choose_spec
from index.word_vectors import WORD_VECTORS_VERSION, WordVectors

log = logging.getLogger(__name__)

UPLOADS = "reports"  # folder under the data directory for reports moderators upload
# The query models are checked against the index's vectors on this many sentences at each build.
VERIFY_SENTENCES = 64
# The int8 model only approximates them; it is used for queries if its cosine to the index's
# vectors stays above both floors. Fitted on the 293 sentences of the shipped report and the six
# corpus reports, each embedded alone as a question is (tests/test_query_model_equivalence.py
# re-measures the answers): the block-quantized int8 model (index.onnx_embed._quantize) keeps a
# mean of 0.9993-0.9994 in every report and its worst sentence at 0.997 (a lone pair of quotation
# marks). Dynamic int8, which changed 2 of 220 answers, had means of 0.992-0.994 and worst
# sentences of 0.982-0.993: below the mean floor, so a model that strays that far is not used.
MIN_INT8_MEAN_AGREEMENT = 0.998
MIN_INT8_AGREEMENT = 0.99

ProgressFn = Callable[[str], None]


@dataclass
class BuildReport:
    status: str  # "built" or "up-to-date"
    version_dir: Path
    manifest: dict[str, Any]
    timings: dict[str, float] = field(default_factory=dict)


def uploads_dir(settings: BuildSettings) -> Path:
    return settings.index.data_dir / UPLOADS


def effective_sources(settings: BuildSettings) -> list[Path]:
    """Configured sources, then uploaded reports; an upload replaces a configured report of the same name."""
    uploaded_dir = uploads_dir(settings)
    uploaded = report_files(uploaded_dir) if uploaded_dir.is_dir() else []
    # No configured sources is fine once moderators have uploaded reports.
    configured = expand_sources(settings.corpus.sources) if settings.corpus.sources or not uploaded else []
    replaced = {slugify(p.stem) for p in uploaded}
    return [p for p in configured if slugify(p.stem) not in replaced] + uploaded


def stale_reason(settings: BuildSettings, manifest: dict[str, Any]) -> str | None:
    """Why the live index no longer matches the configured reports, or None if it does.

    Cheap (hashes of the source files), so the CLI and the bot can check at every start.
    """
    try:
        paths = effective_sources(settings)
    except Exception as exc:  # a source that went missing is stale too; the build will say why exactly
        return str(exc)
    built = {s["path"]: s["sha256"] for s in manifest.get("sources", [])}
    current = {}
    for path in paths:
        try:
            current[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as exc:
            return f"cannot read {path}: {exc.strerror or exc}"
    if current != built:
        changed = sorted(set(current) ^ set(built) | {p for p in current if built.get(p) != current[p]})
        return "the reports changed since the index was built (" + ", ".join(Path(p).name for p in changed) + ")"
    return None


def build_key(settings: BuildSettings, sources_sha: list[str], overrides_sha: str | None, extra: str = "") -> str:
    """A hash of everything a build depends on: same key, same index, nothing to redo."""
    from index.actors import REGISTRY_VERSION
    from index.onnx_embed import EXPORT_RECIPE

    payload = json.dumps({
        "format": bundles.FORMAT_VERSION, "registry": REGISTRY_VERSION, "query_model": EXPORT_RECIPE,
        "word_vectors": WORD_VECTORS_VERSION,
        "model": [settings.index.model, settings.index.model_sha256],
        "sources": sources_sha, "overrides": overrides_sha,
        "index": [settings.index.flat_max_vectors, settings.index.hnsw_m,
                  settings.index.hnsw_ef_construction, settings.index.hnsw_ef_search],
        "extra": extra,
    }, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


def build_index(
    settings: BuildSettings,
    *,
    embedder: Embedder | None = None,
    force: bool = False,
    progress: bool = False,
    on_stage: ProgressFn | None = None,
) -> BuildReport:
    """Build a new index version from the configured sources and make it live.

    Skips the work when the live version was built from the same inputs (unless `force`).
    Raises `SourceError` for bad sources; on any failure the previous version stays live.
    """
    stage = on_stage or (lambda message: None)
    data_dir = settings.index.data_dir
    timings: dict[str, float] = {}
    t0 = time.perf_counter()

    stage("reading sources")
    sources = read_sources(effective_sources(settings), settings.corpus.max_source_bytes)
    overrides_path = settings.corpus.overrides
    if overrides_path is not None and not overrides_path.is_file():  # a typo is never silently ignored
        raise SourceError(f"the actor overrides file {overrides_path} does not exist "
                          "(check [corpus] overrides in config.toml)")
    overrides_sha = _sha256_or_none(overrides_path)
    key = build_key(settings, [s.sha256 for s in sources], overrides_sha)

    with bundles.build_lock(data_dir):
        try:
            live = bundles.live_version_dir(data_dir)
        except IndexMissingError as exc:  # an empty or garbled pointer: this build replaces it
            log.warning("%s; building a new index to replace it", str(exc).split(";")[0])
            live = None
        if live is not None and not force:
            try:
                manifest = bundles.read_manifest(live)
            except Exception:  # an unreadable live index is rebuilt, not reported as up to date
                manifest = {}
            if (manifest.get("build_key") == key and _query_model_intact(data_dir, manifest)
                    and _files_intact(live, manifest)):
                return BuildReport("up-to-date", live, manifest)

        stage("segmenting")
        documents: list[Document] = []
        sentences: list[Sentence] = []
        for source in sources:
            document, doc_sentences = segment_source(source)
            if not doc_sentences:  # a live index that can only say "the report does not say"
                raise SourceError(f"{source.path.name} has no sentences to index (only headings, or no text)")
            documents.append(document)
            sentences.extend(doc_sentences)
        timings["segment_s"] = time.perf_counter() - t0

        stage(f"loading the model to embed {len(sentences)} sentences")
        t = time.perf_counter()
        embedder = embedder or build_embedder(settings)
        timings["model_load_s"] = time.perf_counter() - t

        stage(f"embedding {len(sentences)} sentences")
        t = time.perf_counter()
        texts = [s.text for s in sentences]
        show = progress and len(sentences) > 256
        word_vectors = None
        if hasattr(embedder, "encode_words"):  # the ONNX embedder gives each word's state from the same pass
            vectors, states = embedder.encode_words(texts, batch_size=settings.index.batch_size, progress=show)
            word_vectors = WordVectors.of(states, int(embedder.dim))
        else:
            vectors = embedder.encode(texts, batch_size=settings.index.batch_size, progress=show)
        timings["embed_s"] = time.perf_counter() - t

        stage("building the vector index")
        t = time.perf_counter()
        spec = choose_spec(len(sentences), settings.index.flat_max_vectors, settings.index.hnsw_m,
                           settings.index.hnsw_ef_construction, settings.index.hnsw_ef_search)
        vector_index = VectorIndex.build(vectors, spec)
        timings["vector_index_s"] = time.perf_counter() - t

        query_model = None
        if isinstance(embedder, SentenceTransformerEmbedder):
            stage("exporting the model for torch-free queries (once per model)")
            t = time.perf_counter()
            query_model = _export_query_model(data_dir, embedder, sentences, vectors)
            timings["query_model_s"] = time.perf_counter() - t
        elif isinstance(embedder, OnnxEmbedder) and embedder.query_model == FP32:
            stage("checking the int8 query model")
            t = time.perf_counter()
            query_model = _onnx_query_model(data_dir, embedder, sentences, vectors)
            timings["query_model_s"] = time.perf_counter() - t

        stage("finding actors")
        t = time.perf_counter()
        from index.actors import build_registry

        registry = build_registry(documents, sentences, overrides_path)
        timings["actors_s"] = time.perf_counter() - t

        build_dir = bundles.new_build_dir(data_dir)
        try:
            stage("writing the bundle")
            vector_index.save(build_dir / bundles.VECTORS)
            bundles.write_json(build_dir / bundles.SENTENCES, [s.to_dict() for s in sentences])
            bundles.write_json(build_dir / bundles.ACTORS, registry)
            checked = list(_CHECKED_FILES) + (word_vectors.save(build_dir) if word_vectors is not None else [])
            timings["total_s"] = time.perf_counter() - t0
            manifest = _manifest(settings, embedder, documents, sentences, spec, registry, key, timings)
            manifest["query_model"] = query_model
            manifest["files"] = {name: (build_dir / name).stat().st_size for name in checked}
            bundles.write_json(build_dir / bundles.MANIFEST, manifest)
            final = bundles.publish(data_dir, build_dir, settings.index.keep_versions)
        except BaseException:
            import shutil

            shutil.rmtree(build_dir, ignore_errors=True)
            raise
    published = bundles.read_manifest(final)
    log.info("index v%04d built: %d documents, %d sentences in %.1f s",
             published["version"], len(documents), len(sentences), timings["total_s"])
    return BuildReport("built", final, published, timings)


def _manifest(settings: BuildSettings, embedder: Embedder, documents: list[Document], sentences: list[Sentence],
              spec, registry: dict, key: str, timings: dict[str, float]) -> dict[str, Any]:
    return {
        "format_version": bundles.FORMAT_VERSION,
        "version": 0,  # set by publish()
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "build_key": key,
        "model": {"name": embedder.name, "weights_sha256": embedder.weights_sha256, "dim": int(embedder.dim)},
        "index": spec.to_dict(),
        "sources": [d.to_dict() for d in documents],
        "overrides": str(settings.corpus.overrides) if settings.corpus.overrides else None,
        "counts": {
            "documents": len(documents),
            "sentences": len(sentences),
            "sections": sum(len(d.sections) for d in documents),
            "paragraphs": sum(d.paragraphs for d in documents),
            "actors": len(registry.get("actors", [])),
        },
        "timings": {k: round(v, 3) for k, v in timings.items()},
    }


def _export_query_model(data_dir: Path, embedder: SentenceTransformerEmbedder, sentences: list[Sentence],
                        vectors) -> dict[str, Any] | None:
    """Export the model to ONNX for the serving process (skipped when the cache holds it already).

    Both query models are checked against the vectors just built: queries must land in the same
    space as the index, or hybrid search would quietly rank worse. The record lists the models
    that passed under "checked". If the export fails or fp32 disagrees, the index is still good:
    the manifest records no export, and queries go through sentence-transformers (slower to
    start; the serving process warns). If only int8 disagrees, queries use fp32. The export's
    own check on the probe texts is made here too if missing (the model is loaded anyway), so
    later builds can embed with it and need no torch.
    """
    from index.onnx_embed import verified_export

    rows = sample_rows(len(sentences), VERIFY_SENTENCES)
    texts, reference = [sentences[i].text for i in rows], vectors[rows]
    try:
        record = verified_export(embedder.model_dir, embedder.weights_sha256, data_dir, lambda: embedder)
        folder = data_dir / record["path"]
        fp32 = agreement(OnnxEmbedder(folder, record, name=embedder.name, query_model=FP32), texts, reference,
                         one_at_a_time=False)
    except Exception:
        log.exception("exporting the model to ONNX failed; queries will use sentence-transformers")
        return None
    if fp32["min"] < MIN_AGREEMENT:
        log.warning("the ONNX export in %s disagrees with sentence-transformers (cosine %.5f); "
                    "queries will use sentence-transformers", record["path"], fp32["min"])
        return None
    checked = {FP32: {**fp32, "floor_min": MIN_AGREEMENT, "passed": True}}
    return {**record, "checked": {**checked, **_check_int8(folder, record, embedder.name, texts, reference)}}


def _onnx_query_model(data_dir: Path, embedder: OnnxEmbedder, sentences: list[Sentence],
                      vectors) -> dict[str, Any] | None:
    """The query models of an index the fp32 ONNX export built: fp32 is the model that made the
    vectors (its check against sentence-transformers is the export's, on the probe texts), int8
    is checked against the vectors as in a sentence-transformers build."""
    from index.onnx_embed import local_export

    if not export_verified(embedder.record):
        log.warning("the ONNX model in %s has no passed check against sentence-transformers; "
                    "queries will use sentence-transformers", embedder.folder)
        return None
    try:
        record = local_export(embedder.folder, data_dir, embedder.record)
    except Exception:
        log.exception("copying the ONNX export into %s failed; queries will use sentence-transformers", data_dir)
        return None
    rows = sample_rows(len(sentences), VERIFY_SENTENCES)
    probe = record["verified"]
    checked = {FP32: {"min": probe["min"], "mean": probe["mean"], "sentences": probe["texts"],
                      "against": "sentence-transformers on the probe texts", "floor_min": MIN_AGREEMENT,
                      "passed": True}}
    int8 = _check_int8(data_dir / record["path"], record, embedder.name, [sentences[i].text for i in rows],
                       vectors[rows])
    return {**record, "checked": {**checked, **int8}}


def _check_int8(folder: Path, record: dict[str, Any], name: str, texts: list[str],
                reference: np.ndarray) -> dict[str, Any]:
    """The int8 model's agreement with the index's vectors on `texts`, each embedded alone."""
    from index.onnx_embed import INT8

    try:
        int8 = agreement(OnnxEmbedder(folder, record, name=name, query_model=INT8), texts, reference,
                         one_at_a_time=True)
    except Exception:
        log.exception("loading the int8 query model failed; queries will use the fp32 one")
        int8 = {"min": 0.0, "mean": 0.0, "sentences": 0}
    passed = int8["min"] >= MIN_INT8_AGREEMENT and int8["mean"] >= MIN_INT8_MEAN_AGREEMENT
    if not passed:
        log.warning("the int8 query model in %s strays from the index's vectors (cosine min %.4f, mean %.4f; "
                    "floors %.2f and %.3f); queries will use the fp32 model", record["path"], int8["min"],
                    int8["mean"], MIN_INT8_AGREEMENT, MIN_INT8_MEAN_AGREEMENT)
    return {INT8: {**int8, "floor_min": MIN_INT8_AGREEMENT, "floor_mean": MIN_INT8_MEAN_AGREEMENT,
                   "passed": passed}}


def sample_rows(count: int, size: int) -> np.ndarray:
    """Up to `size` rows spread evenly over the sentence table, so every document has a say."""
    return np.unique(np.linspace(0, count - 1, num=min(count, size)).round().astype(np.int64))


def agreement(embedder, texts: list[str], reference: np.ndarray, *, one_at_a_time: bool) -> dict[str, Any]:
    """Cosine of `embedder`'s vector of each text to `reference`'s: min, mean and how many texts.

    `one_at_a_time` embeds each text alone, as a question is: an int8 model quantizes
    activations with one scale for a whole batch, so its vectors of a batch are not the ones
    questions get. (fp32 gives the same vectors either way, and a batch is faster.)
    """
    if not texts:
        return {"min": 1.0, "mean": 1.0, "sentences": 0}
    found = np.vstack([embedder.encode([text]) for text in texts]) if one_at_a_time else embedder.encode(texts)
    cosines = np.sum(found * reference, axis=1)
    return {"min": float(cosines.min()), "mean": float(cosines.mean()), "sentences": len(texts)}


def _query_model_intact(data_dir: Path, manifest: dict[str, Any]) -> bool:
    """Whether the export a manifest names is still on disk with its recorded hashes."""
    record = manifest.get("query_model")
    if not record:
        return True  # built without one (e.g. a test embedder): nothing to check
    from index.onnx_embed import cached_export

    return cached_export(data_dir / record["path"], record) is not None


_CHECKED_FILES = (bundles.VECTORS, bundles.SENTENCES, bundles.ACTORS)


def _files_intact(version_dir: Path, manifest: dict[str, Any]) -> bool:
    """Whether a version's files are all there at the sizes written (a truncated copy, a disk
    that filled up); a version from before sizes were recorded is checked by loading it."""
    sizes = manifest.get("files")
    if sizes is None:
        from index.vectors import IndexSpec, VectorIndex

        try:
            VectorIndex.load(version_dir / bundles.VECTORS, IndexSpec.from_dict(manifest["index"]))
            return True
        except Exception:  # faiss raises RuntimeError on a truncated file; anything means "rebuild"
            return False
    try:
        bundles.check_files(version_dir, manifest)
    except IndexMissingError:
        return False
    return True


def _sha256_or_none(path: Path | None) -> str | None:
    if path is None or not path.is_file():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()

