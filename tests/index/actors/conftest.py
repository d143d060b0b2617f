"""The shipped report's sentences and actor registry (built in milliseconds, no model needed)."""

from __future__ import annotations

import copy
from pathlib import Path
from unittest import mock

import pytest

import index.actors.extract
from index.actors import ActorRegistry, build_registry
from index.actors.extract import build_actors
from index.ingest import read_source
from index.segment import segment_source
from tests.helpers import OVERRIDES, REPORT


def read_report(path: Path):
    document, sentences = segment_source(read_source(path, 1_000_000))
    return [document], sentences


_EXTRACTED: dict[int, list] = {}  # id of a session report -> its actors as extracted, before overrides


def _extracted_once(documents, sentences, judge=None, nlp=None):
    """build_actors for a report this session already extracted: the entity recogniser runs once
    per report, and each registry gets its own copy to apply its overrides to."""
    if judge is not None or nlp is not None:  # another keep decision or parser: not the cached one
        return build_actors(documents, sentences, judge, nlp)
    key = id(sentences)
    if key not in _EXTRACTED:
        _EXTRACTED[key] = (sentences, build_actors(documents, sentences))
    return copy.deepcopy(_EXTRACTED[key][1])


def registry_of(report, overrides: Path | None = OVERRIDES) -> ActorRegistry:
    """The report's registry as an index build makes it, with `overrides` applied."""
    documents, sentences = report
    with mock.patch.object(index.actors.extract, "build_actors", _extracted_once):
        return ActorRegistry.from_json(build_registry(documents, sentences, overrides), sentences)


@pytest.fixture(scope="session")
def report():
    return read_report(REPORT)


@pytest.fixture(scope="session")
def registry(report):
    return registry_of(report)
