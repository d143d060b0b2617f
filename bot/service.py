"""The Discord-free core: one loaded index, and everything users ask of it.

The CLI, the console chat and the Discord cogs all go through `ReportService`. Its live state
(bundle, retriever, actor registry) is one immutable object swapped in a single assignment, so
a question asked during a reindex is answered from the old index or the new one, never a mix.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Callable

from bot.answers.models import Answer
from bot.errors import IndexMissingError, QuestionError
from bot.log import get_logger
from bot.settings import Settings
from index.bundle import Bundle, load_bundle
from index.embed import Embedder, query_embedder
from index.retrieve import Retriever

log = get_logger(__name__)


@dataclass(frozen=True)
class LiveIndex:
    """Everything one index version needs to answer."""

    bundle: Bundle
    retriever: Retriever


def check_question(question: str, max_chars: int) -> str:
    """The question, stripped; empty or over-long questions are refused before any search."""
    question = question.strip()
    if not question:
        raise QuestionError("the question is empty: ask something about the report")
    if len(question) > max_chars:
        raise QuestionError(f"the question is {len(question)} characters long; the limit is {max_chars}. "
                            "Please ask something shorter")
    return question


class ReportService:
    """Answers and lookups over the live index; thread-safe for readers."""

    def __init__(self, settings: Settings, *, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self._embedder = embedder
        self._live: LiveIndex | None = None
        self._reload_lock = threading.Lock()
        self.started_at = time.time()

    @classmethod
    def open(cls, settings: Settings, *, embedder: Embedder | None = None, build_if_missing: bool = False,
             on_stage: Callable[[str], None] | None = None) -> "ReportService":
        """Load the live index; with `build_if_missing`, build it first when there is none."""
        from index.bundle import live_version_dir

        if build_if_missing and live_version_dir(settings.index.data_dir) is None:
            from index.build import build_index

            if on_stage:
                on_stage(f"no index yet in {settings.index.data_dir}: building it from the configured reports")
            build_index(settings, embedder=embedder, on_stage=on_stage)
        service = cls(settings, embedder=embedder)
        service.reload()
        return service

    @property
    def live(self) -> LiveIndex:
        if self._live is None:
            raise IndexMissingError("no index is loaded; run `reportbot index build`")
        return self._live

    def reload(self) -> LiveIndex:
        """Load the version the pointer names and make it live (one assignment)."""
        with self._reload_lock:
            settings = self.settings
            bundle = load_bundle(settings.index.data_dir, settings.index.model, settings.index.model_sha256)
            if self._embedder is None:
                self._embedder = query_embedder(settings, bundle.manifest)
            live = LiveIndex(bundle=bundle, retriever=Retriever(bundle, self._embedder))
            self._live = live
            log.info("index v%04d live: %d sentences", bundle.version, len(bundle.sentences))
            return live

    def ask(self, question: str) -> Answer:
        """Answer a question from the report, or abstain; raises QuestionError for empty/long questions."""
        from bot.answers.extractive import compose

        started = time.perf_counter()
        question = check_question(question, self.settings.answers.max_question_chars)
        live = self.live
        answer = compose(question, live.retriever, self.settings.answers)
        answer.latency_ms = (time.perf_counter() - started) * 1000
        return answer
