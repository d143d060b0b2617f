"""A live index whose files were damaged is rebuilt, not reported as up to date."""

from __future__ import annotations

import json

from index import bundle as bundles
from index.build import build_index
from tests.helpers import FakeEmbedder


def test_a_truncated_vectors_file_is_rebuilt(fake_settings):
    first = build_index(fake_settings, embedder=FakeEmbedder())
    vectors = first.version_dir / bundles.VECTORS
    vectors.write_bytes(vectors.read_bytes()[: vectors.stat().st_size // 2])
    again = build_index(fake_settings, embedder=FakeEmbedder())
    assert again.status == "built" and again.manifest["version"] == first.manifest["version"] + 1
    assert build_index(fake_settings, embedder=FakeEmbedder()).status == "up-to-date"


def test_an_index_from_before_file_sizes_were_recorded_is_checked_by_loading_it(fake_settings):
    first = build_index(fake_settings, embedder=FakeEmbedder())
    manifest_path = first.version_dir / bundles.MANIFEST
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    del manifest["files"]
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    assert build_index(fake_settings, embedder=FakeEmbedder()).status == "up-to-date"
    vectors = first.version_dir / bundles.VECTORS
    vectors.write_bytes(vectors.read_bytes()[:100])
    assert build_index(fake_settings, embedder=FakeEmbedder()).status == "built"
