"""Generative answers: a language model writes, and only what its citations carry is shown.

The model gets the question and the retrieved report sentences, numbered; every sentence of its
reply is checked against the sentences it cites (bot.answers.verify) and dropped unless it is
supported. The answer keeps the extractive answers' contract: [n] markers numbered 1..k over the
citations used, citations that are verbatim report sentences, plus `verified` per sentence.

It never says less than the extractive composer would: when the model cannot be used (down,
slow, rate-limited, garbage), finds no answer, or none of its sentences verifies, the extractive
composer's answer is shown if it answers, and the note says why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answers.extractive import always_weighed
from bot.answers.guard import decline
from bot.answers.llm_client import ChatClient, LLMUnavailable
from bot.answers.models import Answer, AnswerSentence, Citation
from bot.answers.prompts import load_prompts
from bot.answers.question import shape_of
from bot.answers.verify import Verdict, Verifier, parse_reply
from bot.log import get_logger
from bot.settings import Settings
from index.retrieve import Retriever

if TYPE_CHECKING:
    from bot.answers.composer import ExtractiveComposer, RetrieverSource

log = get_logger(__name__)

BACKEND = "openai"
NOT_SAID = ("The report does not say. None of its sentences supports an answer to this question; "
            "try rephrasing, or look up an actor with /actor.")


class GenerativeComposer:
    """Answers through an OpenAI-compatible endpoint. Created once; thread-safe."""

    backend = BACKEND

    def __init__(self, settings: Settings, retriever: "RetrieverSource", fallback: "ExtractiveComposer") -> None:
        self.settings = settings
        self.retriever = retriever
        self.fallback = fallback
        self.prompts = load_prompts(settings.prompts_dir)  # a broken template fails here, not mid-answer
        self._instructions = self.prompts.instruction_text()
        self.client = ChatClient(settings.llm)

    def close(self) -> None:
        self.client.close()

    def compose(self, question: str) -> Answer:
        """Answer from the report through the model, else extractively, else abstain."""
        retriever = self.retriever()
        if declined := decline(question):  # not a question about the report: the model is not asked
            return _abstain(question, *declined)
        if unknown := retriever.unknown_names(question):
            # Nothing in the report can support an answer about a name it never mentions.
            return _abstain(question, NOT_SAID, f"names the report never mentions: {', '.join(sorted(unknown))}")
        include = always_weighed(shape_of(question), retriever)
        candidates = retriever.search(question, self.settings.answers.candidates, include=include)
        if not candidates:
            return _abstain(question, NOT_SAID, "the index holds no sentences")
        messages = self.prompts.messages(question, [c.sentence.text for c in candidates])
        try:
            reply = self.client.complete(messages)
        except LLMUnavailable as exc:
            log.warning("language model unavailable (%s); answering %r extractively", exc, question)
            answer = self.fallback.compose_with(question, retriever)
            answer.note = f"language model unavailable: {exc}; answered extractively"
            return answer
        parsed = parse_reply(reply)
        if parsed.not_in_report:
            return self._extractive_or_abstain(question, retriever,
                                               "the model found no answer in the offered sentences")
        llm = self.settings.llm
        verifier = Verifier(retriever, [c.row for c in candidates], min_similarity=llm.min_similarity,
                            min_overlap=llm.min_overlap, instructions=self._instructions)
        verdicts = verifier.check(parsed.drafts)
        dropped = [(i, v) for i, v in enumerate(verdicts, start=1) if not v.verified]
        for _, verdict in dropped:
            log.info("dropped a model sentence for %r: %r %s", question, verdict.draft.text, verdict.problem)
        note = _dropped_note(dropped, len(verdicts))
        kept = [v for v in verdicts if v.verified]
        if not kept:
            return self._extractive_or_abstain(question, retriever, note or "the model's reply held no sentences")
        return _answer(question, kept, [c.sentence for c in candidates], note)

    def _extractive_or_abstain(self, question: str, retriever: Retriever, why: str) -> Answer:
        """The model has nothing to show: the extractive answer if there is one, else "the report does not say"."""
        answer = self.fallback.compose_with(question, retriever)
        if answer.answered:
            log.info("the model gave no verified answer to %r (%s); answering extractively", question, why)
            answer.note = f"{why}; answered extractively"
            return answer
        return _abstain(question, NOT_SAID, why)


def _answer(question: str, kept: list[Verdict], offered: list, note: str | None) -> Answer:
    """The verified sentences, their markers renumbered 1..k in order of first use."""
    renumber: dict[int, int] = {}
    for verdict in kept:
        for n in verdict.draft.citations:
            renumber.setdefault(n, len(renumber) + 1)
    sentences = [AnswerSentence(v.draft.text, tuple(renumber[n] for n in v.draft.citations), verified=True)
                 for v in kept]
    citations = [Citation.of(new, offered[old - 1]) for old, new in renumber.items()]
    text = " ".join(f"{s.text} " + " ".join(f"[{n}]" for n in s.citations) for s in sentences)
    return Answer(question=question, answered=True, answer=text, sentences=sentences, citations=citations,
                  backend=BACKEND, note=note)


def _abstain(question: str, text: str, note: str) -> Answer:
    log.debug("abstaining on %r: %s", question, note)
    return Answer(question=question, answered=False, answer=text, backend=BACKEND, note=note)


def _dropped_note(dropped: list[tuple[int, Verdict]], total: int) -> str | None:
    """What verification removed, for --json readers and the log."""
    if not dropped:
        return None
    # Positions and reasons only: a dropped sentence may be the model repeating its instructions.
    reasons = "; ".join(f"sentence {i} {v.problem}" for i, v in dropped)
    return f"dropped {len(dropped)} of the model's {total} sentence{'s' if total != 1 else ''}: {reasons}"
