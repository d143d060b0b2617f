"""The Discord-free service: what a process that opens many of them keeps."""

from __future__ import annotations

import weakref

from bot.service import ReportService
from index.build import build_index
from tests.helpers import FakeEmbedder, write_config


def test_a_dropped_service_frees_its_index(tmp_path):
    """A process that opens one service per report (`eval --corpus`, `calibrate`) keeps none it has
    dropped: each held its index's files open (deleted or not) and its memory to the end."""
    settings = write_config(tmp_path, fake_model=True)
    build_index(settings, embedder=FakeEmbedder())
    service = ReportService.open(settings, embedder=FakeEmbedder())
    service.ask("Who leads the new office?")
    dropped = weakref.ref(service.live)
    del service
    ReportService.open(settings, embedder=FakeEmbedder())  # loading the next one freezes what the collector holds
    assert dropped() is None
