"""An index build embeds with the fp32 ONNX export once that export has been checked against
sentence-transformers, and then needs no torch; an export without a passed check for these
weights and files is checked (with torch) before use, or not used."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys

import numpy as np
import pytest

from bot.settings import PROJECT_ROOT
from index import embed, onnx_embed
from index.bundle import load_bundle
from index.embed import build_embedder
from index.onnx_embed import EXPORT_RECORD, MIN_AGREEMENT, VERIFIED, OnnxEmbedder, export_verified
from tests.helpers import write_config

TORCH = ("torch", "transformers", "sentence_transformers")

BUILD = """
import json, sys
from bot.settings import load_settings
from index.build import build_index

report = build_index(load_settings(sys.argv[1]))
print(json.dumps({"status": report.status, "checked": report.manifest["query_model"]["checked"],
                  "heavy": sorted(m for m in %r if m in sys.modules)}))
""" % (TORCH,)


@pytest.fixture(scope="module")
def onnx_build(real_service, tmp_path_factory):
    """A fresh data folder built in a child process, with the session's checked export in the shared cache."""
    assert export_verified(real_service.live.bundle.manifest["query_model"])
    settings = write_config(tmp_path_factory.mktemp("onnx-build"))
    done = subprocess.run([sys.executable, "-c", BUILD, str(settings.path)], capture_output=True, text=True,
                          cwd=PROJECT_ROOT, timeout=180)
    assert done.returncode == 0, done.stderr
    return settings, json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def shared_export(real_service, real_settings, tmp_path, monkeypatch):
    """A shared cache of its own holding a copy of the session's export: (settings, its folder)."""
    record = real_service.live.bundle.manifest["query_model"]
    cache = tmp_path / "cache"
    folder = cache / os.path.basename(record["path"])
    shutil.copytree(real_settings.index.data_dir / record["path"], folder, copy_function=os.link)
    monkeypatch.setenv("REPORTBOT_CACHE", str(cache))
    return write_config(tmp_path / "data"), folder


class CountingReference:
    """sentence-transformers, counting the texts it is asked to embed."""

    def __init__(self, inner) -> None:
        self.inner, self.texts = inner, 0
        self.name, self.weights_sha256, self.dim = inner.name, inner.weights_sha256, inner.dim

    def encode(self, texts, **kwargs):
        self.texts += len(texts)
        return self.inner.encode(texts, **kwargs)


def edit_record(folder, change) -> None:
    path = folder / EXPORT_RECORD
    record = json.loads(path.read_text(encoding="utf-8"))
    change(record)
    path.unlink()  # a hard link to the session's export: replace it, do not write through it
    path.write_text(json.dumps(record), encoding="utf-8")


def test_a_build_with_a_checked_export_imports_no_torch(onnx_build):
    _, result = onnx_build
    assert result["status"] == "built" and result["heavy"] == []
    assert result["checked"]["fp32"]["passed"] and result["checked"]["fp32"]["min"] >= MIN_AGREEMENT
    assert result["checked"]["int8"]["passed"] and result["checked"]["int8"]["sentences"] == 28


def test_sentence_vectors_of_an_onnx_build_agree_with_sentence_transformers(onnx_build, real_embedder):
    settings, _ = onnx_build
    bundle = load_bundle(settings.index.data_dir, settings.index.model, settings.index.model_sha256)
    built = bundle.vectors.vectors_of(np.arange(len(bundle.sentences)))
    reference = real_embedder.encode([s.text for s in bundle.sentences])
    cosines = np.sum(built * reference, axis=1)
    assert len(cosines) == 28 and cosines.min() >= MIN_AGREEMENT, bundle.sentences[int(cosines.argmin())].text


def test_an_export_without_a_recorded_check_is_checked_once_then_trusted(shared_export, real_embedder):
    settings, folder = shared_export
    edit_record(folder, lambda record: record.pop(VERIFIED))
    reference = CountingReference(real_embedder)
    chosen = build_embedder(settings, reference=reference)
    assert isinstance(chosen, OnnxEmbedder) and chosen.query_model == "fp32" and reference.texts > 0
    # Kept in both copies' export.json: the next data folder needs no sentence-transformers.
    assert export_verified(onnx_embed.read_export(folder)) and export_verified(onnx_embed.read_export(chosen.folder))
    again = CountingReference(real_embedder)
    assert isinstance(build_embedder(write_config(folder.parent.parent / "other"), reference=again), OnnxEmbedder)
    assert again.texts == 0


def test_an_export_whose_check_failed_is_not_used_to_build(shared_export, real_embedder, caplog):
    settings, folder = shared_export
    edit_record(folder, lambda record: record[VERIFIED].update(passed=False, min=0.9))
    reference = CountingReference(real_embedder)
    with caplog.at_level(logging.WARNING, logger="index.embed"):
        chosen = build_embedder(settings, reference=reference)
    assert chosen is reference and reference.texts == 0  # the same files would fail again
    assert "disagrees with sentence-transformers" in caplog.text


def test_an_export_whose_files_changed_is_not_used_to_build(shared_export, real_embedder, monkeypatch, caplog):
    settings, folder = shared_export
    tokenizer = folder / "tokenizer.json"
    altered = tokenizer.read_bytes()[:-1] + b"\0"
    tokenizer.unlink()
    tokenizer.write_bytes(altered)
    exports = []

    def failing_export(*args):
        exports.append(args)
        raise RuntimeError("no exporting in this test")

    monkeypatch.setattr(onnx_embed, "_export", failing_export)
    with caplog.at_level(logging.WARNING, logger="index.embed"):
        chosen = build_embedder(settings, reference=real_embedder)
    assert len(exports) == 1  # the altered copy was not taken: the model was exported anew
    assert chosen is real_embedder and "built with sentence-transformers" in caplog.text


WEIGHTS = "ab" * 32
FILES = {"model.onnx": "1" * 64, "model.onnx.data": "2" * 64, "tokenizer.json": "3" * 64,
         "model.int8.onnx": "4" * 64, "model.int8.onnx.data": "5" * 64}


def record_with(**check) -> dict:
    fp32 = {name: FILES[name] for name in ("model.onnx", "model.onnx.data", "tokenizer.json")}
    return {"weights_sha256": WEIGHTS, "files": FILES,
            VERIFIED: {"min": 0.99995, "passed": True, "weights_sha256": WEIGHTS, "files": fp32, **check}}


@pytest.mark.parametrize("check, trusted", [
    ({}, True),
    ({"passed": False}, False),
    ({"min": 0.999}, False),  # passed under a lower floor than today's
    ({"weights_sha256": "cd" * 32}, False),  # checked for other weights
    ({"files": {"model.onnx": "9" * 64, "model.onnx.data": "2" * 64, "tokenizer.json": "3" * 64}}, False),
])
def test_an_export_is_trusted_only_with_a_passed_check_of_its_weights_and_files(check, trusted):
    assert export_verified(record_with(**check)) is trusted


def test_a_record_without_a_check_is_not_trusted():
    record = record_with()
    del record[VERIFIED]
    assert not export_verified(record) and onnx_embed.verification(record) is None


def test_the_probe_texts_run_past_the_models_length_and_vary(real_embedder):
    from index.probe_texts import PROBE_TEXTS

    lengths = [len(real_embedder._model.tokenizer(text)["input_ids"]) for text in PROBE_TEXTS]
    assert max(lengths) > 256 and min(lengths) <= 4 and len(set(lengths)) >= len(PROBE_TEXTS) * 3 // 4
