"""The shipped report's sentences and actor registry (built in milliseconds, no model needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.actors import ActorRegistry, build_registry
from index.ingest import read_source
from index.segment import segment_source
from tests.helpers import OVERRIDES, REPORT


def read_report(path: Path):
    document, sentences = segment_source(read_source(path, 1_000_000))
    return [document], sentences


def registry_of(report, overrides: Path | None = OVERRIDES) -> ActorRegistry:
    documents, sentences = report
    return ActorRegistry.from_json(build_registry(documents, sentences, overrides), sentences)


@pytest.fixture(scope="session")
def report():
    return read_report(REPORT)


@pytest.fixture(scope="session")
def registry(report):
    return registry_of(report)
