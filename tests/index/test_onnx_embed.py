"""The ONNX query models give sentence-transformers' vectors (fp32 exactly, int8 within its
floors), and a query process only uses one its index build checked and whose files are intact."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import onnx
import pytest

from bot.settings import PROJECT_ROOT, load_settings
from index import build, embed
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


@pytest.fixture(scope="module")
def int8_embedder(export, real_settings):
    folder, record = export
    return OnnxEmbedder.from_cache(folder, name=real_settings.index.model, expected=record, query_model="int8")


def with_query_model(settings, query_model: str, data_dir: Path | None = None):
    return replace(settings, index=replace(settings.index, query_model=query_model,
                                           data_dir=data_dir or settings.index.data_dir))


def linked_copy(source: Path, target: Path) -> None:
    """A copy of a model cache folder whose files are hard links (the tests alter some, replacing them)."""
    shutil.copytree(source, target, copy_function=os.link)


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


def test_int8_stays_within_its_floors_on_every_report_sentence_and_question(real_service, real_embedder,
                                                                            int8_embedder):
    """Each text alone, as a question is embedded: int8 scales activations per batch."""
    texts = [s.text for s in real_service.live.bundle.sentences] + dev_questions()
    found = build.agreement(int8_embedder, texts, real_embedder.encode(texts), one_at_a_time=True)
    assert found["min"] >= build.MIN_INT8_AGREEMENT and found["mean"] >= build.MIN_INT8_MEAN_AGREEMENT, found
    assert found["mean"] < 0.9999  # it is the int8 model, not the fp32 one under another name


def test_the_index_build_records_both_query_models_and_their_checks(real_service, export):
    folder, record = export
    manifest = real_service.live.bundle.manifest
    assert record["weights_sha256"] == manifest["model"]["weights_sha256"]
    assert set(record["files"]) == {"model.onnx", "model.onnx.data", "model.int8.onnx", "model.int8.onnx.data",
                                    "tokenizer.json"}
    assert record["pooling"] == "mean" and record["max_seq_length"] == 256
    assert onnx_embed.read_export(folder) == {k: v for k, v in record.items() if k not in ("path", "checked")}
    fp32, int8 = record["checked"]["fp32"], record["checked"]["int8"]
    assert fp32["passed"] and fp32["min"] >= 0.9999 and fp32["sentences"] == 28
    assert int8["passed"] and build.MIN_INT8_AGREEMENT <= int8["min"] < fp32["min"] and int8["sentences"] == 28
    # The transformer's weights in a byte each (the token embeddings, looked up, stay fp32).
    assert (folder / "model.int8.onnx.data").stat().st_size < (folder / "model.onnx.data").stat().st_size * 0.7


def test_queries_go_through_the_configured_query_model(export, real_settings, real_service, caplog):
    manifest = real_service.live.bundle.manifest
    with caplog.at_level(logging.WARNING, logger="index.embed"):
        default = embed.query_embedder(real_settings, manifest)
        int8 = embed.query_embedder(with_query_model(real_settings, "int8"), manifest)
        fp32 = embed.query_embedder(with_query_model(real_settings, "fp32"), manifest)
    assert real_settings.index.query_model == "int8"  # the default: it gives fp32's answers (equivalence test)
    assert isinstance(default, OnnxEmbedder) and default.folder == export[0]
    assert (default.query_model, default.threads) == ("int8", onnx_embed.THREADS["int8"])
    assert (fp32.query_model, fp32.threads) == ("fp32", onnx_embed.THREADS["fp32"])
    assert caplog.text == ""


def test_an_altered_int8_model_falls_back_to_fp32_with_a_warning(export, real_settings, real_service, tmp_path,
                                                                  caplog):
    folder, record = export
    settings = with_query_model(real_settings, "int8", tmp_path / "data")
    copy = settings.index.data_dir / record["path"]
    linked_copy(folder, copy)
    graph = copy / "model.int8.onnx"
    altered = graph.read_bytes()[:-1] + b"\0"
    graph.unlink()
    graph.write_bytes(altered)
    with caplog.at_level(logging.WARNING, logger="index.embed"):
        chosen = embed.query_embedder(settings, real_service.live.bundle.manifest)
    assert isinstance(chosen, OnnxEmbedder) and chosen.query_model == "fp32"
    assert "int8 ONNX model" in caplog.text and "not the one the index was built with" in caplog.text


def test_an_altered_export_falls_back_to_sentence_transformers_with_a_warning(
        export, real_settings, real_service, tmp_path, monkeypatch, caplog):
    folder, record = export
    settings = with_query_model(real_settings, "int8", tmp_path / "data")
    copy = settings.index.data_dir / record["path"]
    linked_copy(folder, copy)
    tokenizer = copy / "tokenizer.json"  # both models need it
    altered = tokenizer.read_bytes()[:-1] + b"\0"
    tokenizer.unlink()
    tokenizer.write_bytes(altered)
    monkeypatch.setattr(embed, "SentenceTransformerEmbedder", lambda name, sha: ("reference model", name))
    with caplog.at_level(logging.WARNING, logger="index.embed"):
        chosen = embed.query_embedder(settings, real_service.live.bundle.manifest)
    assert chosen == ("reference model", settings.index.model)
    assert "not the one the index was built with" in caplog.text


def test_an_int8_model_that_strays_is_not_recorded_and_queries_use_fp32(
        export, real_settings, real_embedder, tmp_path, monkeypatch, caplog):
    folder, record = export
    settings = with_query_model(real_settings, "int8", tmp_path / "data")
    linked_copy(folder, settings.index.data_dir / record["path"])  # the build reuses it: no export
    monkeypatch.setattr(build, "MIN_INT8_MEAN_AGREEMENT", 0.9999)  # as if int8 were much worse
    with caplog.at_level(logging.WARNING, logger="index.build"):
        manifest = build.build_index(settings, embedder=real_embedder).manifest
    assert "int8 query model" in caplog.text and "strays" in caplog.text
    assert manifest["query_model"]["checked"]["int8"]["passed"] is False
    chosen = embed.query_embedder(settings, manifest)
    assert isinstance(chosen, OnnxEmbedder) and chosen.query_model == "fp32"


@pytest.mark.parametrize("query_model", ["int8", "fp32"])
def test_index_info_says_which_model_embeds_questions(real_settings, real_service, tmp_path, query_model):
    config = tmp_path / "config.toml"
    config.write_text(real_settings.path.read_text(encoding="utf-8") + f'query_model = "{query_model}"\n',
                      encoding="utf-8")
    assert load_settings(config).index.query_model == query_model  # the key landed in [index]
    done = subprocess.run([sys.executable, "-m", "bot", "--config", str(config), "index", "info"],
                          capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    (line,) = [line for line in done.stdout.splitlines() if line.startswith("queries")]
    assert line.startswith(f"queries   {query_model} ONNX model in models/onnx-")
    assert f'query_model = "{query_model}"' in line and "not the configured" not in line


@pytest.mark.slow
@pytest.mark.parametrize("per_channel", [False, True])
def test_dynamic_int8_falls_below_the_floors(export, real_service, real_embedder, real_settings, tmp_path,
                                             per_channel):
    """The floors tell the shipped model from dynamic int8, known to change answers (per tensor:
    4 of 220; per channel: 2)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    folder, record = export
    copy = tmp_path / "model"
    copy.mkdir()
    for name in ("model.onnx", "model.onnx.data", "tokenizer.json"):  # onnx refuses hard-linked weights
        shutil.copyfile(folder / name, copy / name)
    # The shipped fp32 graph is fused (onnx_embed._fuse): the fused operators' outputs have no
    # type shape inference can see, so the quantizer is told they are float.
    quantize_dynamic(copy / "model.onnx", copy / "model.int8.onnx", weight_type=QuantType.QInt8,
                     per_channel=per_channel, use_external_data_format=True,
                     extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
    dynamic = OnnxEmbedder(copy, record, name=real_settings.index.model, query_model="int8")
    texts = [s.text for s in real_service.live.bundle.sentences]
    found = build.agreement(dynamic, texts, real_embedder.encode(texts), one_at_a_time=True)
    assert found["mean"] < build.MIN_INT8_MEAN_AGREEMENT, found


def test_a_build_reuses_an_intact_export_and_redoes_an_altered_one(export, tmp_path, monkeypatch):
    folder, record = export
    data_dir = tmp_path / "data"
    shutil.copytree(folder, data_dir / record["path"])
    monkeypatch.setenv("REPORTBOT_CACHE", str(tmp_path / "no-shared-exports"))
    exports = []
    monkeypatch.setattr(onnx_embed, "_export", lambda *args: exports.append(args) or {"files": {}})
    weights = record["weights_sha256"]

    reused = onnx_embed.ensure_export(embed.bundled_model_dir(), weights, data_dir)
    assert exports == [] and reused["files"] == record["files"]

    (data_dir / record["path"] / "tokenizer.json").write_text("{}", encoding="utf-8")
    onnx_embed.ensure_export(embed.bundled_model_dir(), weights, data_dir)
    assert len(exports) == 1


def test_a_second_data_folder_copies_the_export_instead_of_exporting_again(tmp_path, real_embedder, model_cache,
                                                                            monkeypatch):
    import index.onnx_embed as onnx_embed
    from index.build import build_index
    from tests.helpers import write_config

    build_index(write_config(tmp_path / "first"), embedder=real_embedder)
    assert onnx_embed.read_export(model_cache / onnx_embed.cache_dir(tmp_path, real_embedder.weights_sha256).name)

    def no_export(*args, **kwargs):
        raise AssertionError("exported again although the shared cache holds the export")

    monkeypatch.setattr(onnx_embed, "_export", no_export)
    second = write_config(tmp_path / "second")
    report = build_index(second, embedder=real_embedder)
    folder = second.index.data_dir / report.manifest["query_model"]["path"]
    assert onnx_embed.read_export(folder) is not None  # the data folder holds its own checked copy


def test_the_fp32_graph_is_fused_and_the_int8_one_is_not(export):
    """Attention, layer norms and GELU are one operator each in the fp32 graph (the faster one), and
    the int8 model is quantized from the traced graph."""
    folder, _ = export
    fp32 = {node.op_type for node in onnx.load(str(folder / "model.onnx"), load_external_data=False).graph.node}
    int8 = {node.op_type for node in onnx.load(str(folder / "model.int8.onnx"), load_external_data=False).graph.node}
    assert {"Attention", "SkipLayerNormalization", "EmbedLayerNormalization"} <= fp32
    assert "Softmax" not in fp32 and "Softmax" in int8


def test_a_graph_the_optimiser_cannot_fuse_is_kept_as_traced(export, tmp_path, monkeypatch, caplog):
    import onnxruntime.transformers.optimizer as optimizer

    folder, _ = export
    for name in ("model.onnx", "model.onnx.data"):
        shutil.copyfile(folder / name, tmp_path / name)
    before = {name: onnx_embed.file_sha256(tmp_path / name) for name in ("model.onnx", "model.onnx.data")}

    def broken(*args, **kwargs):
        raise RuntimeError("no fusion for this model")

    monkeypatch.setattr(optimizer, "optimize_model", broken)
    with caplog.at_level(logging.ERROR, logger="index.onnx_embed"):
        onnx_embed._fuse(embed.bundled_model_dir(), tmp_path / "model.onnx")
    assert {name: onnx_embed.file_sha256(tmp_path / name) for name in before} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.onnx", "model.onnx.data"]
    assert "the traced graph is used as it is" in caplog.text
