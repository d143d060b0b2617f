"""all-MiniLM-L6-v2 through sentence-transformers, and the factories that pick the build's and the
query embedder.

Every embedder returns float32 unit vectors, so inner product equals cosine similarity in FAISS.
sentence-transformers (and torch) are imported only when a model is actually loaded: that import
costs 6-8 s and ~400 MB, which `--help`, `index info` and the serving path must not pay.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Sequence

import numpy as np

from index.embedding import (
    Embedder,
    ModelError,
    bundled_model_dir,
    normalize_rows,
    verify_weights,
)
from index.word_vectors import WordStates, word_states

log = logging.getLogger(__name__)

class SentenceTransformerEmbedder:
    """The reference embedder; used to build indexes (and to check faster ones against)."""

    def __init__(self, name: str, expected_sha256: str, model_dir: Path | None = None) -> None:
        self.name = name
        self.model_dir = model_dir or bundled_model_dir(name)
        self.weights_sha256 = verify_weights(self.model_dir, expected_sha256)
        # Never reach for a hub: the model is on disk, and this machine may have no network.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        log.info("loading sentence-transformers model from %s", self.model_dir)
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # "Loading weights" bars are noise, not progress
        self._model = SentenceTransformer(str(self.model_dir), device="cpu", local_files_only=True)
        self.dim = int(self._model.get_embedding_dimension())

    def encode(self, texts: Sequence[str], *, batch_size: int = 64, progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(
            list(texts), batch_size=batch_size, show_progress_bar=progress,
            normalize_embeddings=True, convert_to_numpy=True,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def encode_words(self, texts: Sequence[str], *, batch_size: int = 64,
                     progress: bool = False) -> tuple[np.ndarray, list[WordStates]]:
        """The texts' vectors and, from the same pass, their content words' states (index.word_vectors)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32), []
        outputs = self._model.encode(list(texts), batch_size=batch_size, show_progress_bar=progress,
                                     output_value=None)
        tokens = self._model.tokenizer(list(texts), return_offsets_mapping=True, truncation=True,
                                       max_length=self._model.max_seq_length)
        vectors = normalize_rows(np.stack([o["sentence_embedding"].float().cpu().numpy() for o in outputs]))
        states = []
        for i, (text, output) in enumerate(zip(texts, outputs)):
            real = int(output["attention_mask"].sum())
            states.append(word_states(text, tokens["offset_mapping"][i], tokens.word_ids(i),
                                      output["token_embeddings"][:real].float().cpu().numpy()))
        return vectors, states

    def known_words(self) -> list[str]:
        """The words the model's vocabulary holds whole (index.onnx_embed.vocabulary_words)."""
        from index.onnx_embed import vocabulary_words

        return vocabulary_words(self._model.tokenizer.get_vocab())

    def encode_query(self, text: str) -> tuple[np.ndarray, WordStates]:
        vectors, states = self.encode_words([text])
        return vectors[0], states[0]


def build_embedder(settings, *, reference: SentenceTransformerEmbedder | None = None) -> Embedder:
    """The embedder that embeds an index build's sentences.

    The fp32 ONNX export when one checked against sentence-transformers for these weights is in
    the data folder or the shared cache (no torch: the import alone costs 6-8 s); when there is
    none, it is made and checked here, which loads sentence-transformers once per machine and
    model. If the export cannot be made or disagrees, sentence-transformers builds the index.
    `reference`, an already loaded sentence-transformers embedder, saves loading another one.
    """
    model_dir = bundled_model_dir(settings.index.model)
    weights = verify_weights(model_dir, settings.index.model_sha256)
    loaded: list[SentenceTransformerEmbedder] = [reference] if reference is not None else []

    def load_reference() -> SentenceTransformerEmbedder:
        if not loaded:
            loaded.append(SentenceTransformerEmbedder(settings.index.model, settings.index.model_sha256, model_dir))
        return loaded[0]

    from index.onnx_embed import FP32, OnnxEmbedder, export_verified, verification, verified_export

    try:
        record = verified_export(model_dir, weights, settings.index.data_dir, load_reference)
        if export_verified(record):
            return OnnxEmbedder(settings.index.data_dir / record["path"], record, name=settings.index.model,
                                query_model=FP32)
        check = verification(record) or {}
        reason = (f"the ONNX export in {record['path']} disagrees with sentence-transformers "
                  f"(cosine {check.get('min', float('nan')):.5f})")
    except ModelError as exc:  # a model the export does not handle, a damaged copy
        reason = str(exc)
    except Exception as exc:
        log.exception("exporting the model to ONNX failed")
        reason = f"the model could not be exported to ONNX ({exc})"
    log.warning("%s; the index is built with sentence-transformers", reason)
    return load_reference()


def plan_query_model(settings, manifest: dict) -> tuple[str | None, str | None]:
    """Which ONNX query model ("int8" or "fp32") a query process loads for an index built with
    `manifest`, or None for sentence-transformers; and, when that is not the configured one, why.

    The configured model ([index] query_model) if the build checked it against the index's
    vectors and its files still have the recorded hashes; else the fp32 export on the same
    terms; else sentence-transformers.
    """
    export = manifest.get("query_model")
    if not export:
        return None, "the index was built without an ONNX export of the model"
    from index.onnx_embed import FP32, MODEL_FILES, checked_models, files_intact

    wanted = settings.index.query_model
    folder = settings.index.data_dir / export["path"]
    checked = checked_models(export)
    reasons = []
    for model in dict.fromkeys([wanted, FP32]):
        if model not in checked:
            check = export.get("checked", {}).get(model)
            reasons.append(f"the index build recorded no checked {model} query model" + (
                f" (cosine to the index's vectors: min {check['min']:.4f}, mean {check['mean']:.4f})"
                if check and check.get("sentences") else ""))
        elif not files_intact(folder, export.get("files", {}), MODEL_FILES[model]):
            reasons.append(f"the {model} ONNX model in {folder} is missing or is not the one the index was built with")
        else:
            return model, "; ".join(reasons) or None
    return None, "; ".join(reasons)


def query_embedder(settings, manifest: dict, *, threads: int | None = None) -> Embedder:
    """The embedder that answers queries for an index built with `manifest`'s model (see plan_query_model).

    An ONNX model needs no torch: it starts in ~0.2 s and embeds a question in a few ms.
    sentence-transformers gives the same vectors but costs 6-8 s and ~400 MB to load, so say so.
    `threads` overrides the model's intra-op thread count (for measuring).
    """
    model, reason = plan_query_model(settings, manifest)
    if model is not None:
        try:
            from index.onnx_embed import OnnxEmbedder

            embedder = OnnxEmbedder.from_cache(settings.index.data_dir / manifest["query_model"]["path"],
                                               name=manifest["model"]["name"], expected=manifest["query_model"],
                                               query_model=model, threads=threads)
        except (ModelError, ImportError) as exc:
            reason = "; ".join(filter(None, [reason, str(exc)]))
        else:
            if reason:
                log.warning("%s; queries use the %s ONNX model. `reportbot index build --force` remakes it",
                            reason, model)
            return embedder
    log.warning("%s; answering through sentence-transformers (slower to start, ~400 MB more). "
                "`reportbot index build --force` makes the export", reason)
    return SentenceTransformerEmbedder(settings.index.model, settings.index.model_sha256)
