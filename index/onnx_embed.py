"""all-MiniLM-L6-v2 through onnxruntime: the query-time embedder, and the index build's once the
export is checked, with no torch in the process.

Importing sentence-transformers costs 6-8 s and ~400 MB before any work, and a query takes
~15 ms through torch. The same transformer exported to ONNX and run by onnxruntime, with the
`tokenizers` package and a few lines of numpy for the pooling, gives the same vectors (cosine
>= 0.9999) in a few milliseconds and starts in a fraction of a second.

The export runs once per machine and model, at the first index build (the only one that loads
torch), which checks the fp32 model against sentence-transformers on the probe texts of
index.probe_texts and records the check; it lands in a model cache under the data directory
(and a copy in the shared cache, see shared_cache_root):

    models/onnx-<weights sha256 prefix>-r<recipe>/model.onnx        the transformer's graph, fused
    models/onnx-<weights sha256 prefix>-r<recipe>/model.onnx.data   its weights
    models/onnx-<weights sha256 prefix>-r<recipe>/model.int8.onnx   the traced graph, weights in int8
    models/onnx-<weights sha256 prefix>-r<recipe>/model.int8.onnx.data
    models/onnx-<weights sha256 prefix>-r<recipe>/tokenizer.json    its tokenizer
    models/onnx-<weights sha256 prefix>-r<recipe>/export.json       pooling, lengths, file hashes,
                                                                    the check against sentence-transformers

The weights are kept in a file of their own because onnxruntime memory-maps such a file instead
of parsing a copy of it out of the graph: the session then loads in ~0.05 s instead of ~0.2 s
and the process peaks ~90 MB lower.

The fp32 graph has its attention, layer norms and GELU fused into one operator each (`_fuse`):
the same vectors, ~13% sooner. The int8 model is the traced graph with each weight matrix stored
as 8-bit integers, one scale per block of INT8_BLOCK weights, run by onnxruntime's MatMulNBits
kernel in int8 arithmetic (`_quantize`): a question embeds in about half fp32's time on one thread
(1.55 against 3.11 ms in the 2026-12-07 bench; the measurements over INT8_BLOCK are older), and its
vector stays at cosine ~0.9997 to the fp32 one. Where that drift could still move an answer (a
near-tie, bot.answers.extractive.NEAR_TIE) the question is decided again with fp32, so int8 gives
fp32's answers on the dev set and the shared corpus (tests/test_query_model_equivalence.py). The
index build checks the int8 model against its sentence vectors before recording it (see
index.build); queries fall back to fp32 when it strays.

A later build finds the files with the hashes export.json records and skips the export; the
index manifest records the same hashes, so a query process only uses a cache that is exactly
what the index was built for. A query process hashes only the files of the model it loads.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
import warnings
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import numpy as np

from index.embedding import ModelError, file_sha256, normalize_rows
from index.word_vectors import WordStates, word_states

log = logging.getLogger(__name__)

# Bump when the export, the quantization or the pooling changes, so caches made the old way are redone.
EXPORT_RECIPE = 5
MODELS_DIR = "models"
SHARED_CACHE_ENV = "REPORTBOT_CACHE"  # a folder for exports shared by every data folder
ONNX_FILE = "model.onnx"
WEIGHTS_DATA = "model.onnx.data"
INT8_FILE = "model.int8.onnx"
INT8_DATA = "model.int8.onnx.data"
TOKENIZER_FILE = "tokenizer.json"
EXPORT_RECORD = "export.json"
FP32, INT8 = "fp32", "int8"
QUERY_MODELS = (INT8, FP32)
# Each query model: its graph, and the files a process that loads it needs intact.
GRAPHS = {FP32: ONNX_FILE, INT8: INT8_FILE}
MODEL_FILES = {FP32: (ONNX_FILE, WEIGHTS_DATA, TOKENIZER_FILE), INT8: (INT8_FILE, INT8_DATA, TOKENIZER_FILE)}
_FILES = (ONNX_FILE, WEIGHTS_DATA, INT8_FILE, INT8_DATA, TOKENIZER_FILE)
OPSET = 17
# Intra-op threads per inference, the faster count on the 2-core AMD EPYC of the performance
# table (`reportbot bench` measures both). fp32: two threads embedded a question in ~2.9 instead
# of ~3.9 ms on an idle machine (with the other cores busy, one thread is as fast: 5.2 vs 5.6 ms).
# int8 (blocks of 16, below): one thread or two is a toss-up in wall time on this machine (p50 3.3
# vs 4.1 ms in one bench run, 4.9 vs 3.5 ms in the next, load average ~1), and one thread costs
# half the CPU (3.4 vs 6.2 ms per question): more answers per core, and faster with both cores
# busy (the block-64 model: 4.0 vs 4.3 ms). Spinning is off (below), so idle threads cost nothing.
THREADS = {FP32: min(2, len(os.sched_getaffinity(0))), INT8: 1}


def cache_dir(data_dir: Path, weights_sha256: str) -> Path:
    """Where the export of the model with these weights lives."""
    return data_dir / MODELS_DIR / f"onnx-{weights_sha256[:16]}-r{EXPORT_RECIPE}"


def read_export(folder: Path) -> dict[str, Any] | None:
    """The export record of a cache folder, if its files still have the recorded hashes."""
    try:
        record = json.loads((folder / EXPORT_RECORD).read_text(encoding="utf-8"))
        intact = record.get("recipe") == EXPORT_RECIPE and set(record["files"]) == set(_FILES) and \
            files_intact(folder, record["files"], _FILES)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return record if intact else None


def files_intact(folder: Path, hashes: dict[str, str], names: Sequence[str]) -> bool:
    """Whether each of `names` in `folder` has the hash `hashes` records for it."""
    try:
        return all(name in hashes and file_sha256(folder / name) == hashes[name] for name in names)
    except OSError:
        return False


def cached_export(folder: Path, expected: dict[str, Any]) -> dict[str, Any] | None:
    """The export in `folder` if its files have exactly the hashes `expected` (a manifest's record) names."""
    record = read_export(folder)
    return record if record is not None and record["files"] == expected.get("files") else None


def checked_models(record: dict[str, Any]) -> list[str]:
    """The query models of a manifest's record that its build checked against the index's vectors."""
    checked = record.get("checked")
    if checked is None:
        return [FP32]  # recorded before there was an int8 model, by a build that checked fp32
    return [model for model in QUERY_MODELS if checked.get(model, {}).get("passed")]


# The fp32 export must give sentence-transformers' vectors, to float rounding, on every probe text
# (index.probe_texts): else neither a build nor a query process uses it.
MIN_AGREEMENT = 0.9999
VERIFIED = "verified"  # export.json's record of that check
# Batches of texts of unequal lengths, as a build's are, but not all padded to the longest probe
# text's 256 tokens: in one batch of all of them, the check took ~3 s longer on a busy machine.
PROBE_BATCH = 8


def verification(record: dict[str, Any]) -> dict[str, Any] | None:
    """The record's check against sentence-transformers, if it was made on these weights and fp32 files."""
    check = record.get(VERIFIED)
    if not isinstance(check, dict) or check.get("weights_sha256") != record.get("weights_sha256"):
        return None
    files = record.get("files") or {}
    return check if check.get("files") == {name: files.get(name) for name in MODEL_FILES[FP32]} else None


def export_verified(record: dict[str, Any]) -> bool:
    """Whether the fp32 model of an export record passed the check against sentence-transformers
    for its weights and files (read_export has checked that the files still have those hashes)."""
    check = verification(record)
    return bool(check and check.get("passed") and check.get("min", 0.0) >= MIN_AGREEMENT)


def verified_export(model_dir: Path, weights_sha256: str, data_dir: Path,
                    reference: Callable[[], Any]) -> dict[str, Any]:
    """ensure_export, with the fp32 model's check against sentence-transformers in the record.

    The check is made once per export and kept in its export.json (the data folder's and the
    shared cache's copy): a later build finds it there and needs no torch. Only when no copy
    of these files records it is `reference()` called, for a loaded sentence-transformers
    embedder (that imports torch). A check that failed stays failed: the same files give the
    same vectors.
    """
    record = ensure_export(model_dir, weights_sha256, data_dir)
    if verification(record) is not None:
        return record
    folder = data_dir / record["path"]
    shared = _shared_export(folder.name, weights_sha256)
    shared_record = read_export(shared) if shared is not None else None
    same_files = shared_record is not None and shared_record["files"] == record["files"]
    check = verification(shared_record) if same_files else None
    if check is None:
        check = probe_check(folder, record, reference())
        if same_files:
            try:
                _write_verification(shared, check)
            except OSError as exc:  # a read-only shared cache: the next data folder checks again
                log.info("could not record the ONNX check in %s: %s", shared, exc)
    _write_verification(folder, check)
    return {**record, VERIFIED: check}


def probe_check(folder: Path, record: dict[str, Any], reference) -> dict[str, Any]:
    """Cosine of the fp32 model's vectors to `reference`'s (sentence-transformers) on the probe
    texts, embedded in batches (as a build embeds sentences) and one at a time (as questions are)."""
    from index.probe_texts import PROBE_TEXTS

    texts = list(PROBE_TEXTS)
    expected = reference.encode(texts, batch_size=PROBE_BATCH)
    model = OnnxEmbedder(folder, record, name=getattr(reference, "name", ""), query_model=FP32)
    found = np.vstack([model.encode(texts, batch_size=PROBE_BATCH), *(model.encode([text]) for text in texts)])
    cosines = np.sum(found * np.vstack([expected, expected]), axis=1)
    passed = bool(cosines.min() >= MIN_AGREEMENT)
    if not passed:
        log.warning("the ONNX export in %s disagrees with sentence-transformers (cosine %.5f < %.4f on %r)",
                    folder, cosines.min(), MIN_AGREEMENT, texts[int(cosines.argmin()) % len(texts)][:80])
    return {"against": "sentence-transformers", "texts": len(texts), "min": float(cosines.min()),
            "mean": float(cosines.mean()), "floor_min": MIN_AGREEMENT, "passed": passed,
            "weights_sha256": record["weights_sha256"],
            "files": {name: record["files"][name] for name in MODEL_FILES[FP32]}}


def _write_verification(folder: Path, check: dict[str, Any]) -> None:
    """Add the check to the folder's export.json (replaced whole: readers never see half a file)."""
    path = folder / EXPORT_RECORD
    record = json.loads(path.read_text(encoding="utf-8"))
    record[VERIFIED] = check
    tmp = path.with_name(f".{EXPORT_RECORD}.tmp-{os.getpid()}")
    tmp.write_text(json.dumps(record, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def local_export(source: Path, data_dir: Path, record: dict[str, Any] | None = None) -> dict[str, Any]:
    """The export in `source` (another data folder's, say), as a copy in data_dir's model cache:
    the index manifest names a folder under its own data folder. Returns the record with its path.

    `record`, the export's record as loaded with its files checked, spares hashing them again
    (~150 MB) when `source` already is data_dir's copy."""
    folder = data_dir / MODELS_DIR / source.name
    if record is not None and source == folder and record.get("path") == str(folder.relative_to(data_dir)):
        return record
    record = read_export(folder)
    wanted = read_export(source)
    if wanted is None:
        raise ModelError(f"the ONNX export in {source} is missing or does not match its record")
    if record is None or record["files"] != wanted["files"]:
        record = _copy_export(source, folder)
    elif verification(record) is None and verification(wanted) is not None:
        _write_verification(folder, verification(wanted))
        record = {**record, VERIFIED: verification(wanted)}
    return {**record, "path": str(folder.relative_to(data_dir))}


def ensure_export(model_dir: Path, weights_sha256: str, data_dir: Path) -> dict[str, Any]:
    """Export the model to ONNX unless the cache already holds it; returns the export record.

    The record (with the folder relative to `data_dir`) goes into the index manifest.
    """
    folder = cache_dir(data_dir, weights_sha256)
    record = read_export(folder)
    if record is not None and record["weights_sha256"] == weights_sha256:
        log.info("ONNX export %s is up to date", folder)
    elif (shared := _shared_export(folder.name, weights_sha256)) is not None:
        record = _copy_export(shared, folder)
    else:
        record = _export(model_dir, weights_sha256, folder)
        if (root := shared_cache_root()) is not None:
            try:
                _copy_export(folder, root / folder.name)
            except (OSError, ModelError) as exc:  # a read-only home, a full disk: the next build exports again
                log.info("could not keep the ONNX export in %s: %s", root, exc)
    return {**record, "path": str(folder.relative_to(data_dir))}


def shared_cache_root() -> Path | None:
    """Where exports are kept for every data folder on this machine ($REPORTBOT_CACHE, else the
    user's cache folder): exporting and quantizing the model costs a torch import and ~10 s, the
    same for each data folder, and `eval --corpus` builds one data folder per report."""
    if configured := os.environ.get(SHARED_CACHE_ENV):
        return Path(configured)
    cache_home = os.environ.get("XDG_CACHE_HOME") or (Path.home() / ".cache" if Path.home().is_dir() else None)
    return Path(cache_home) / "reportbot" if cache_home else None


def _shared_export(name: str, weights_sha256: str) -> Path | None:
    root = shared_cache_root()
    if root is None:
        return None
    record = read_export(root / name)
    return root / name if record is not None and record["weights_sha256"] == weights_sha256 else None


def _copy_export(source: Path, folder: Path) -> dict[str, Any]:
    """Copy a checked export into `folder` (a temporary folder renamed into place), re-checked there."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = folder.with_name(f".{folder.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        shutil.copytree(source, tmp)
        shutil.rmtree(folder, ignore_errors=True)
        os.rename(tmp, folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    record = read_export(folder)
    if record is None:
        raise ModelError(f"the ONNX export copied from {source} does not match its record; delete {source}")
    log.info("ONNX export copied from %s", source)
    return record


def _export(model_dir: Path, weights_sha256: str, folder: Path) -> dict[str, Any]:
    """Export into a temporary folder, then rename it into place (readers never see half a file)."""
    pooling = _pooling_of(model_dir)
    max_seq_length = json.loads((model_dir / "sentence_bert_config.json").read_text(encoding="utf-8"))["max_seq_length"]
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = folder.with_name(f".{folder.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        dim = _export_onnx(model_dir, tmp / ONNX_FILE)
        # int8 from the traced graph: quantized, the fused one was no faster (its attention's
        # input projection stays fp32 inside the fused operator).
        _quantize(tmp / ONNX_FILE, tmp / INT8_FILE)
        _fuse(model_dir, tmp / ONNX_FILE)
        shutil.copyfile(model_dir / TOKENIZER_FILE, tmp / TOKENIZER_FILE)
        record = {
            "recipe": EXPORT_RECIPE,
            "weights_sha256": weights_sha256,
            "files": {name: file_sha256(tmp / name) for name in _FILES},
            "pooling": pooling,
            "normalize": True,
            "max_seq_length": int(max_seq_length),
            "dim": dim,
            "opset": OPSET,
        }
        (tmp / EXPORT_RECORD).write_text(json.dumps(record, indent=1), encoding="utf-8")
        shutil.rmtree(folder, ignore_errors=True)  # a cache whose files no longer match
        os.rename(tmp, folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    log.info("exported the model to ONNX in %s", folder)
    return record


def _pooling_of(model_dir: Path) -> str:
    """The model's pooling, as its 1_Pooling config says; only mean pooling is implemented here."""
    config = json.loads((model_dir / "1_Pooling" / "config.json").read_text(encoding="utf-8"))
    if not config.get("pooling_mode_mean_tokens") or any(
            config.get(k) for k in ("pooling_mode_cls_token", "pooling_mode_max_tokens",
                                    "pooling_mode_mean_sqrt_len_tokens")):
        raise ModelError(f"{model_dir} does not use mean pooling, which is all the ONNX embedder implements")
    return "mean"


def _export_onnx(model_dir: Path, target: Path) -> int:
    """Trace the transformer (not the pooling) to ONNX; returns its hidden size. Imports torch."""
    import torch
    from transformers import AutoModel

    # Eager attention traces to plain MatMul/Softmax, which every onnxruntime runs.
    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True, attn_implementation="eager").eval()

    class Transformer(torch.nn.Module):
        """Keyword arguments, so the traced inputs bind to the right parameters."""

        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.inner(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    example = torch.ones((2, 8), dtype=torch.int64)
    dynamic = {0: "batch", 1: "tokens"}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer notes about Python control flow the export does not need
        # dynamo=False: the dynamo exporter needs onnxscript, which this project does not install.
        torch.onnx.export(
            Transformer(model), (example, example, torch.zeros_like(example)), str(target),
            input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["last_hidden_state"],
            dynamic_axes={"input_ids": dynamic, "attention_mask": dynamic, "token_type_ids": dynamic,
                          "last_hidden_state": dynamic},
            opset_version=OPSET, dynamo=False,
        )
    import onnx

    graph = onnx.load(str(target))
    onnx.save_model(graph, str(target), save_as_external_data=True, all_tensors_to_one_file=True,
                    location=WEIGHTS_DATA, size_threshold=1024)
    return int(model.config.hidden_size)


def _fuse(model_dir: Path, graph: Path) -> None:
    """Rewrite the fp32 graph with onnxruntime's transformer fusions, in place.

    The traced graph spells each layer's attention, layer norms and GELU out in dozens of small
    operators; onnxruntime's own optimiser (`onnxruntime.transformers`, for BERT-like models)
    replaces them with one fused kernel each (Attention, SkipLayerNormalization, BiasGelu,
    EmbedLayerNormalization). A question then embeds in 4.4 instead of 5.0 ms p50 on two threads
    (5.7 instead of 6.2 on one), measured on the 2-core AMD EPYC of docs/performance.md over 220
    questions, with the same vectors (cosine 1.000000). The fusions are pure rewrites: if one does
    not apply to a model, the graph keeps those operators; if the optimiser fails, the traced
    graph is kept as it is.
    """
    from onnxruntime.transformers.optimizer import optimize_model

    config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    fused_dir = graph.parent / "fused"
    fused_dir.mkdir()
    try:
        # opt_level=0: the Python fusions only; onnxruntime applies its own at each session start.
        model = optimize_model(str(graph), model_type="bert", num_heads=int(config["num_attention_heads"]),
                               hidden_size=int(config["hidden_size"]), opt_level=0, use_gpu=False)
        # The weights again in a file of their own, named as before: the graph refers to it by name.
        model.save_model_to_file(str(fused_dir / graph.name), use_external_data_format=True,
                                 all_tensors_to_one_file=True)
        fused = {k: v for k, v in model.get_fused_operator_statistics().items() if v}
        if not (fused_dir / WEIGHTS_DATA).is_file():
            raise RuntimeError(f"the optimiser wrote no {WEIGHTS_DATA}")
    except Exception:
        log.exception("fusing the ONNX graph's operators failed; the traced graph is used as it is")
        shutil.rmtree(fused_dir, ignore_errors=True)
        return
    for name in (graph.name, WEIGHTS_DATA):
        os.replace(fused_dir / name, graph.parent / name)
    shutil.rmtree(fused_dir, ignore_errors=True)
    log.info("fused the fp32 graph's operators: %s", fused)


# The int8 query model: each weight matrix of the traced graph as onnxruntime's MatMulNBits with
# 8-bit weights and one scale per block of INT8_BLOCK rows of each output column, run at accuracy
# level 4 (int8 arithmetic; each row of activations is quantized per block too). Measured on the
# 2-core AMD EPYC of docs/performance.md, on the 220 dev, held-out and corpus questions and the
# 293 sentences of the seven reports, one thread:
# - dynamic quantization (quantize_dynamic, per-channel QInt8) scales a whole layer's activations
#   at once: cosine to fp32 0.980 min / 0.994 mean, 2 answers changed, ~0.45-0.5x fp32's time;
#   scaling activation outliers into the weights first (SmoothQuant, calibrated on the probe
#   texts) reached ~0.995 / 0.998, and whether an answer changed then varied with its strength;
# - blocks of 64: 0.9987 / 0.9995, no answer changed, ~0.65x fp32's time. Every block size from
#   16 to 64 changed no answer; 128 (no faster) changed one with this rounding; smaller blocks
#   are closer (16: 0.9994 / 0.9998) but slower (16 and 32: ~1.2-1.4x the time of 64).
# What moves an answer is not the mean drift but a near-tie among candidate sentences flipping:
# question vectors moved at random to cosine 0.994 changed 1.3 of the 220 answers on average
# (6 draws), at 0.9995 0.2 (18 draws), at 0.9998 none (12 draws). With the answer model refitted
# on soft word matching, blocks of 64 changed one answer (a second citation's share at its
# threshold); blocks of 16 (0.9997 / 0.9998 on the shipped report) changed none, so 16 it is.
INT8_BLOCK = 16
INT8_ACCURACY_LEVEL = 4
_INT8_LEVELS = 127  # symmetric: weights map to -127..127 around the kernel's zero point 128
_INT8_ZERO = 128
_MS_DOMAIN = "com.microsoft"


def _quantize(source: Path, target: Path) -> None:
    """Write `target`: the graph of `source` with each MatMul by a constant fp32 matrix replaced by
    MatMulNBits over its 8-bit, block-scaled weights (the rest, embeddings included, stays fp32).

    The weights go to INT8_DATA beside it, as the fp32 model's go to its own file.
    """
    import onnx
    from onnx import helper, numpy_helper

    model = onnx.load(str(source))
    graph = model.graph
    weights = {init.name: init for init in graph.initializer}
    uses: dict[str, int] = {}
    for node in graph.node:
        for name in node.input:
            uses[name] = uses.get(name, 0) + 1
    replaced = 0
    for index, node in enumerate(list(graph.node)):
        if node.op_type != "MatMul" or node.domain not in ("", "ai.onnx") or node.input[1] not in weights:
            continue
        matrix = numpy_helper.to_array(weights[node.input[1]])
        if matrix.ndim != 2 or matrix.dtype != np.float32:
            continue
        rows, cols = matrix.shape
        blocks = -(-rows // INT8_BLOCK)
        padded = np.zeros((blocks * INT8_BLOCK, cols), dtype=np.float32)
        padded[:rows] = matrix
        per_column = padded.T.reshape(cols, blocks, INT8_BLOCK)
        scales = np.abs(per_column).max(axis=2) / _INT8_LEVELS
        scales[scales == 0] = 1.0  # an all-zero block: any scale gives its zeros back
        quantized = (np.clip(np.rint(per_column / scales[:, :, None]), -_INT8_LEVELS, _INT8_LEVELS)
                     + _INT8_ZERO).astype(np.uint8)
        base = node.input[1]
        graph.initializer.extend([numpy_helper.from_array(quantized, f"{base}_q8"),
                                  numpy_helper.from_array(scales.astype(np.float32), f"{base}_scales")])
        graph.node[index].CopyFrom(helper.make_node(
            "MatMulNBits", [node.input[0], f"{base}_q8", f"{base}_scales"], list(node.output),
            name=f"{node.name}_q8", domain=_MS_DOMAIN, K=rows, N=cols, bits=8, block_size=INT8_BLOCK,
            accuracy_level=INT8_ACCURACY_LEVEL))
        uses[base] -= 1
        replaced += 1
    if not replaced:
        raise RuntimeError(f"{source.name} has no MatMul by a constant matrix to quantize")
    unused = {name for name, count in uses.items() if count == 0 and name in weights}
    kept = [init for init in graph.initializer if init.name not in unused]
    del graph.initializer[:]
    graph.initializer.extend(kept)
    if not any(op.domain == _MS_DOMAIN for op in model.opset_import):
        model.opset_import.append(helper.make_opsetid(_MS_DOMAIN, 1))
    onnx.save_model(model, str(target), save_as_external_data=True, all_tensors_to_one_file=True,
                    location=INT8_DATA, size_threshold=1024)
    if not (target.parent / INT8_DATA).is_file():
        raise RuntimeError(f"no {INT8_DATA} was written beside {target.name}")


class OnnxEmbedder:
    """The Embedder contract over an ONNX export: tokenizers + onnxruntime + numpy mean pooling."""

    def __init__(self, folder: Path, record: dict[str, Any], *, name: str, query_model: str = FP32,
                 threads: int | None = None) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        if query_model not in GRAPHS:
            raise ValueError(f"unknown query model {query_model!r} (known: {', '.join(GRAPHS)})")
        self.name = name
        self.record = record
        self.weights_sha256 = record["weights_sha256"]
        self.dim = int(record["dim"])
        self.folder = folder
        self.query_model = query_model
        self.threads = threads or THREADS[query_model]
        tokenizer = Tokenizer.from_file(str(folder / TOKENIZER_FILE))
        # tokenizer.json itself pads and cuts at 128; sentence-transformers cuts at the model's
        # max_seq_length and pads to the longest text of the batch. Do the same.
        tokenizer.enable_truncation(max_length=int(record["max_seq_length"]))
        tokenizer.enable_padding(pad_id=tokenizer.token_to_id("[PAD]") or 0, pad_token="[PAD]")
        self._tokenizer = tokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = self.threads
        options.inter_op_num_threads = 1
        # Spinning between operators made a question ~0.4 ms faster but cost ~20% more CPU, and
        # 50 concurrent questions took longer: the spinning thread holds the core the others need.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3  # warnings about unused initialisers are not the user's business
        self._session = onnxruntime.InferenceSession(str(folder / GRAPHS[query_model]), options,
                                                     providers=["CPUExecutionProvider"])
        self._exact: OnnxEmbedder | None | bool = None  # False: looked for, not usable
        self._exact_lock = threading.Lock()

    @classmethod
    def from_cache(cls, folder: Path, *, name: str, expected: dict[str, Any], query_model: str = FP32,
                   threads: int | None = None) -> "OnnxEmbedder":
        """Load a query model whose files have exactly the hashes `expected` (the manifest's record) names.

        Only that model's files are hashed: a process serving int8 does not read the fp32 weights.
        """
        if not files_intact(folder, expected.get("files", {}), MODEL_FILES[query_model]):
            raise ModelError(f"the {query_model} ONNX model in {folder} is missing or is not the one "
                             "the index was built with")
        return cls(folder, expected, name=name, query_model=query_model, threads=threads)

    def exact(self) -> "OnnxEmbedder | None":
        """The fp32 model of this export (the one that embedded the report), for an int8 model's
        near-ties (bot.answers.extractive.compose); None for the fp32 model itself, or when the build
        did not check fp32 or its files are no longer the build's. Loaded at its first use (about one
        question in ten is a near-tie), once, then kept."""
        if self.query_model == FP32:
            return None
        with self._exact_lock:
            if self._exact is None:
                try:
                    if FP32 not in checked_models(self.record):
                        raise ModelError(f"the index build did not check the fp32 model in {self.folder}")
                    self._exact = OnnxEmbedder.from_cache(self.folder, name=self.name, expected=self.record,
                                                          query_model=FP32)
                except ModelError as exc:
                    log.warning("%s; near-ties are answered with the %s model alone", exc, self.query_model)
                    self._exact = False
                else:
                    log.info("loaded the fp32 query model for near-ties")
            return self._exact or None

    def encode(self, texts: Sequence[str], *, batch_size: int = 64, progress: bool = False) -> np.ndarray:
        return self.encode_words(texts, batch_size=batch_size, words=False)[0]

    def encode_words(self, texts: Sequence[str], *, batch_size: int = 64, progress: bool = False,
                     words: bool = True) -> tuple[np.ndarray, list[WordStates]]:
        """The texts' vectors and, from the same pass, their content words' states (index.word_vectors)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32), []
        # Batches of similar lengths waste little on padding (sentence-transformers does the same).
        order = np.argsort([-len(t) for t in texts], kind="stable")
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        states: list[WordStates | None] = [None] * len(texts)
        for start in range(0, len(texts), batch_size):
            rows = order[start:start + batch_size]
            batch = [texts[i] for i in rows]
            encodings, mask, hidden = self._run(batch)
            out[rows] = _pool(mask, hidden)
            if words:
                for k, i in enumerate(rows):
                    real = int(mask[k].sum())
                    states[i] = word_states(batch[k], encodings[k].offsets, encodings[k].word_ids, hidden[k, :real])
        return out, [s for s in states if s is not None]

    def known_words(self) -> list[str]:
        """The words the model's vocabulary holds whole (not as pieces), sorted: the English words it knows."""
        # Token by token, not get_vocab(): the dict it copies out (and a set of the words) cost a serving process
        # ~5 MB of peak memory; this list ~1 MB.
        tokenizer = self._tokenizer
        return vocabulary_words(tokenizer.id_to_token(i) for i in range(tokenizer.get_vocab_size()))

    def encode_query(self, text: str) -> tuple[np.ndarray, WordStates]:
        """One question's vector and its words' states, in one pass of the model."""
        encodings, mask, hidden = self._run([text])
        return _pool(mask, hidden)[0], word_states(text, encodings[0].offsets, encodings[0].word_ids, hidden[0])

    def _run(self, texts: list[str]) -> tuple[list, np.ndarray, np.ndarray]:
        """The tokenizer's encodings, the attention mask and the transformer's token states."""
        # One text (a question) skips the batch path's thread pool: nothing to share out.
        encodings = self._tokenizer.encode_batch(texts) if len(texts) > 1 else [self._tokenizer.encode(texts[0])]
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        types = np.array([e.type_ids for e in encodings], dtype=np.int64)
        (hidden,) = self._session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})
        return encodings, mask, hidden


def vocabulary_words(tokens: Iterable[str]) -> list[str]:
    """A WordPiece vocabulary's whole words, in letters only ("##ing" continues a word; "[CLS]" is none), sorted."""
    return sorted(w for w in tokens if w.isalpha())


def _pool(mask: np.ndarray, hidden: np.ndarray) -> np.ndarray:
    # Mean over the real tokens (1_Pooling: pooling_mode_mean_tokens), then unit length (2_Normalize).
    weights = mask[:, :, None].astype(np.float32)
    pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
    return normalize_rows(pooled)
