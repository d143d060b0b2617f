"""Two processes over one data folder: a version one publishes is served by the other."""

from __future__ import annotations

from bot.service import ReportService
from index.build import build_index
from tests.helpers import FakeEmbedder, REPORT, write_config


def test_a_version_published_elsewhere_is_picked_up_and_an_unchanged_one_is_not(tmp_path):
    settings = write_config(tmp_path, fake_model=True)
    build_index(settings, embedder=FakeEmbedder())
    reader = ReportService.open(settings, embedder=FakeEmbedder())
    assert reader.reload_if_changed() is False and reader.live.bundle.version == 1

    # Another process (the CLI, another shard) rebuilds the same data folder with one report more.
    extra = tmp_path / "extra.txt"
    extra.write_text("Officials in Basra said on Monday that the port had reopened.\n", encoding="utf-8")
    build_index(write_config(tmp_path, sources=(REPORT, extra), fake_model=True), embedder=FakeEmbedder())

    assert reader.reload_if_changed() is True
    assert reader.live.bundle.version == 2
    assert any(s.document == "extra" for s in reader.live.bundle.sentences)
