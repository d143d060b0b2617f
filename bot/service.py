"""The Discord-free core: one loaded index, and everything users ask of it.

The CLI, the console chat and the Discord cogs all go through `ReportService`. Its live state
(bundle, retriever, actor registry) is one immutable object swapped in a single assignment, so
a question asked during a reindex is answered from the old index or the new one, never a mix.
"""

from __future__ import annotations

import gc
import threading
import time
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from bot.answers.composer import Composer, ExtractiveComposer, make_composer
from bot.answers.models import Answer
from bot.errors import IndexMissingError, QuestionError
from bot.log import get_logger
from bot.settings import Settings
from index.bundle import Bundle, load_bundle
from index.embed import query_embedder
from index.embedding import Embedder
from index.records import Sentence
from index.retrieve import Retriever

if TYPE_CHECKING:
    from index.actors import ActorLookup, ActorRegistry

log = get_logger(__name__)


@dataclass(frozen=True)
class LiveIndex:
    """Everything one index version needs to answer."""

    bundle: Bundle
    retriever: Retriever
    actors: "ActorRegistry"


@dataclass(frozen=True)
class ReindexResult:
    """What a reindex did, for the moderator who asked."""

    version: int
    sentences: int
    documents: int
    actors: int
    seconds: float
    by: str | None
    finished_at: float


def check_question(question: str, max_chars: int) -> str:
    """The question, stripped; empty, over-long or undecodable questions are refused before any search."""
    question = question.strip()
    if not question:
        raise QuestionError("the question is empty: ask something about the report")
    try:
        question.encode("utf-8")
    except UnicodeEncodeError:  # bytes that are not UTF-8, kept by Python as lone surrogates
        raise QuestionError("the question is not valid UTF-8 text: type it again, or save it as UTF-8") from None
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
        self._reindex_lock = threading.Lock()
        self._composers_lock = threading.Lock()
        # The composer reads the live retriever through a weak reference: a closure over `self` is
        # a reference cycle, which gc.freeze() (reload) keeps from the collector, so every service
        # a process opened and dropped (one per report in `eval --corpus`) stayed, index and all.
        service = weakref.ref(self)
        self._extractive = ExtractiveComposer(lambda: service().live.retriever, settings.answers)
        self._composers: dict[str, Composer] = {}
        # Chosen once; a generative composer loads and checks its prompt templates here, not at
        # the first question.
        self.composer = self.composer_for(settings.llm.backend)
        self.started_at = time.time()
        self.last_reindex: ReindexResult | None = None

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
        live = service.reload()
        from index.build import stale_reason

        if reason := stale_reason(settings, live.bundle.manifest):
            log.warning("%s; answering from index v%04d until `reportbot index build` is run",
                        reason, live.bundle.version)
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
            from index.actors import ActorRegistry

            actors = ActorRegistry.from_json(bundle.actors, bundle.sentences)
            live = LiveIndex(bundle=bundle, retriever=Retriever(bundle, self._embedder, actors), actors=actors)
            self._live = live
            # The loaded index lives as long as the process: keep it out of the collector's
            # full passes, which otherwise walk it (~14 ms) in the middle of an answer.
            gc.collect()
            gc.freeze()
            log.info("index v%04d live: %d sentences", bundle.version, len(bundle.sentences))
            return live

    def reload_if_changed(self) -> bool:
        """Make live a version another process published (`reportbot index build` from the CLI, or
        a reindex by another bot process over the same data folder). Cheap: it reads the pointer."""
        from index.bundle import live_version_dir

        published = live_version_dir(self.settings.index.data_dir)
        if published is None or self._live is None or published == self._live.bundle.path or self.reindexing:
            return False
        self.reload()
        return True

    # -- answers ---------------------------------------------------------------------------

    def ask(self, question: str, *, backend: str | None = None) -> Answer:
        """Answer a question from the report, or abstain.

        By the configured composer, or the one `backend` names ("extractive": offline; "openai":
        a language model whose sentences are verified, falling back to extractive). Raises
        QuestionError for empty or over-long questions, before any search.
        """
        started = time.perf_counter()
        question = check_question(question, self.settings.answers.max_question_chars)
        composer = self.composer if backend in (None, self.composer.backend) else self.composer_for(backend)
        answer = composer.compose(question)
        answer.latency_ms = (time.perf_counter() - started) * 1000
        return answer

    def composer_for(self, backend: str) -> Composer:
        """The composer of a backend, made on first use (`reportbot ask --backend`) and kept."""
        with self._composers_lock:
            if backend not in self._composers:
                self._composers[backend] = make_composer(backend, self.settings, self._extractive)
            return self._composers[backend]

    def context(self, sentence_id: str, before: int = 1, after: int = 1) -> list[Sentence]:
        """A cited sentence with its neighbours (for "Show context"); empty if the id is gone."""
        bundle = self.live.bundle
        for row, sentence in enumerate(bundle.sentences):
            if sentence.id == sentence_id:
                return bundle.neighbours(row, before, after)
        return []

    # -- actors ----------------------------------------------------------------------------

    def actor(self, name: str) -> "ActorLookup":
        """Who a name is in the report (aliases resolved), or "not in the report" with suggestions."""
        return self.live.actors.lookup(name)

    def actors(self, kind: str | None = None) -> list:
        """The report's actors, optionally of one kind."""
        return self.live.actors.list(kind)

    def complete_actor(self, prefix: str, limit: int = 25) -> list[str]:
        """Actor names for autocomplete, best match first; served from memory."""
        return self.live.actors.complete(prefix, limit)

    # -- moderation ------------------------------------------------------------------------

    @property
    def reindexing(self) -> bool:
        return self._reindex_lock.locked()

    def reindex(self, *, upload: tuple[str, bytes] | None = None, by: str | None = None,
                on_stage: Callable[[str], None] | None = None) -> ReindexResult:
        """Rebuild the index in a child process, then make it live here.

        Blocking: call it from a worker thread. Questions keep being answered from the old index
        until the new one is loaded. `upload` (file name, bytes) becomes a new version of the
        report of that name, or an added report; if the build fails it is removed again and the
        old index stays live. A second call while one runs raises ReindexBusyError.
        """
        from bot.errors import ReindexBusyError
        from bot.reindex import run_build_process, staged_upload

        if not self._reindex_lock.acquire(blocking=False):
            raise ReindexBusyError("a reindex is already running; try again when it has finished")
        try:
            started = time.perf_counter()
            with staged_upload(self.settings, upload):
                run_build_process(self.settings, on_stage=on_stage)
            live = self.reload()
            bundle = live.bundle
            result = ReindexResult(
                version=bundle.version, sentences=len(bundle.sentences), documents=len(bundle.documents),
                actors=bundle.manifest["counts"].get("actors", 0), seconds=time.perf_counter() - started,
                by=by, finished_at=time.time())
            self.last_reindex = result
            return result
        finally:
            self._reindex_lock.release()

    def status(self) -> dict:
        """What is live, for /status and `index info`-style displays."""
        bundle = self.live.bundle
        manifest = bundle.manifest
        return {
            "version": bundle.version,
            "built_at": manifest["built_at"],
            "documents": [{"slug": d.slug, "title": d.title, "sentences": d.sentences} for d in bundle.documents],
            "sentences": len(bundle.sentences),
            "actors": manifest["counts"].get("actors", 0),
            "model": manifest["model"]["name"],
            "index": manifest["index"]["kind"],
            "backend": self.settings.llm.backend,
            "uptime_s": time.time() - self.started_at,
            "last_reindex": None if self.last_reindex is None else {
                "version": self.last_reindex.version, "by": self.last_reindex.by,
                "at": self.last_reindex.finished_at, "seconds": round(self.last_reindex.seconds, 1)},
            "reindexing": self.reindexing,
        }
