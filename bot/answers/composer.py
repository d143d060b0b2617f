"""One interface for the answer composers: `compose(question) -> Answer`.

The service holds one composer, chosen from `[llm] backend` when it starts. A composer reads the
live retriever when a question arrives (a reindex swaps it), and uses that one retriever for the
whole answer.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Callable, Protocol, runtime_checkable

from bot.answers.extractive import compose
from bot.answers.models import Answer
from bot.settings import AnswerSettings

if TYPE_CHECKING:
    from bot.settings import Settings
    from index.retrieve import Retriever

RetrieverSource = Callable[[], "Retriever"]


@runtime_checkable
class Composer(Protocol):
    """Answers a question from the report, or abstains; never raises for a question it cannot answer."""

    backend: str

    def compose(self, question: str) -> Answer: ...


class ExtractiveComposer:
    """The offline composer: report sentences quoted verbatim (`bot.answers.extractive`)."""

    backend = "extractive"

    def __init__(self, retriever: RetrieverSource, settings: AnswerSettings) -> None:
        self.retriever = retriever
        self.settings = settings
        # One extractive answer at a time: it is a few milliseconds of mostly Python, and
        # worker threads contending for the GIL hold up the bot's event loop far longer.
        self._lock = threading.Lock()

    def compose(self, question: str) -> Answer:
        return self.compose_with(question, self.retriever())

    def compose_with(self, question: str, retriever: "Retriever") -> Answer:
        """The answer from this retriever (a composer that falls back passes the one it used)."""
        with self._lock:
            return compose(question, retriever, self.settings)


BACKENDS = ("extractive", "openai")


def make_composer(backend: str, settings: "Settings", extractive: ExtractiveComposer) -> Composer:
    """The composer for a backend name; the generative one falls back to `extractive`."""
    if backend == ExtractiveComposer.backend:
        return extractive
    if backend == "openai":
        from bot.answers.generative import GenerativeComposer  # opens an HTTP client: only when used

        return GenerativeComposer(settings, extractive.retriever, extractive)
    raise ValueError(f"unknown answer backend {backend!r} (known: {', '.join(BACKENDS)})")
