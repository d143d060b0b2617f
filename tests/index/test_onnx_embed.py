"""The ONNX query embedder gives sentence-transformers' vectors, and is only used when intact."""

from __future__ import annotations

import json
import logging
import shutil
from dataclasses import replace

import numpy as np
import pytest

from bot.settings import PROJECT_ROOT
from index import embed
from index import onnx_embed
from index.onnx_embed import OnnxEmbedder


@pytest.fixture(scope="module")
def export(real_service, real_settings):
    """The export the session's real index build made: (folder, manifest record)."""
    record = real_service.live.bundle.manifest["query_model"]
    return real_settings.index.data_dir / record["path"], record


@pytest.fixture(scope="module")
def onnx_embedder(export, real_settings):
    folder, record = export
    return OnnxEmbedder.from_cache(folder, name=real_settings.index.model, expected=record)


def dev_questions() -> list[str]:
    lines = (PROJECT_ROOT / "tests" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines if line.strip()]


def test_onnx_and_sentence_transformers_agree_on_every_report_sentence(real_service, real_embedder, onnx_embedder):
    texts = [s.text for s in real_service.live.bundle.sentences] + dev_questions()
    onnx, reference = onnx_embedder.encode(texts), real_embedder.encode(texts)
    assert onnx.shape == reference.shape == (len(texts), 384)
    assert np.allclose(np.linalg.norm(onnx, axis=1), 1.0, atol=1e-5)
    cosines = np.sum(onnx * reference, axis=1)
    assert cosines.min() >= 0.9999, texts[int(cosines.argmin())]


def test_long_texts_are_cut_where_sentence_transformers_cuts_them(real_embedder, onnx_embedder):
    """tokenizer.json says 128 tokens; the model's max_seq_length (256) is what counts."""
    report = (PROJECT_ROOT / "reports" / "iran-backed-militias-iraq.txt").read_text(encoding="utf-8")
    long_text = " ".join(report.split()[:400])  # ~500 tokens
    batch = [long_text, "Who leads the new Hamas office in Baghdad?"]  # padded together in one batch
    assert np.sum(onnx_embedder.encode(batch) * real_embedder.encode(batch), axis=1).min() >= 0.9999


def test_the_index_build_records_the_export_it_checked(real_service, export):
    folder, record = export
    manifest = real_service.live.bundle.manifest
    assert record["weights_sha256"] == manifest["model"]["weights_sha256"]
    assert set(record["files"]) == {"model.onnx", "model.onnx.data", "tokenizer.json"}
    assert record["pooling"] == "mean" and record["max_seq_length"] == 256
    assert onnx_embed.read_export(folder) == {k: v for k, v in record.items() if k != "path"}


def test_queries_go_through_onnx_when_the_export_is_intact(export, real_settings, real_service):
    chosen = embed.query_embedder(real_settings, real_service.live.bundle.manifest)
    assert isinstance(chosen, OnnxEmbedder)
    assert chosen.folder == export[0]


def test_an_altered_export_falls_back_to_sentence_transformers_with_a_warning(
        export, real_settings, real_service, tmp_path, monkeypatch, caplog):
    folder, record = export
    settings = replace(real_settings, index=replace(real_settings.index, data_dir=tmp_path / "data"))
    copy = settings.index.data_dir / record["path"]
    shutil.copytree(folder, copy)
    graph = copy / "model.onnx"
    graph.write_bytes(graph.read_bytes()[:-1] + b"\0")
    monkeypatch.setattr(embed, "SentenceTransformerEmbedder", lambda name, sha: ("reference model", name))
    with caplog.at_level(logging.WARNING, logger="index.embed"):
        chosen = embed.query_embedder(settings, real_service.live.bundle.manifest)
    assert chosen == ("reference model", settings.index.model)
    assert "not the one the index was built with" in caplog.text


def test_a_build_reuses_an_intact_export_and_redoes_an_altered_one(export, tmp_path, monkeypatch):
    folder, record = export
    data_dir = tmp_path / "data"
    shutil.copytree(folder, data_dir / record["path"])
    exports = []
    monkeypatch.setattr(onnx_embed, "_export", lambda *args: exports.append(args) or {"files": {}})
    weights = record["weights_sha256"]

    reused = onnx_embed.ensure_export(embed.bundled_model_dir(), weights, data_dir)
    assert exports == [] and reused["files"] == record["files"]

    (data_dir / record["path"] / "tokenizer.json").write_text("{}", encoding="utf-8")
    onnx_embed.ensure_export(embed.bundled_model_dir(), weights, data_dir)
    assert len(exports) == 1
