"""The answer records, and their JSON form (the `reportbot ask --json` contract)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from index.records import Sentence


@dataclass(frozen=True)
class Citation:
    """A numbered pointer to one verbatim report sentence."""

    n: int
    id: str
    text: str
    paragraph: int
    section: str | None
    document: str
    page: int | None = None  # the page of a PDF the sentence starts on; None for other formats

    @classmethod
    def of(cls, n: int, sentence: Sentence) -> "Citation":
        return cls(n, sentence.id, sentence.text, sentence.paragraph, sentence.section, sentence.document,
                   sentence.page)

    def to_json(self) -> dict[str, Any]:
        return {"n": self.n, "id": self.id, "text": self.text, "paragraph": self.paragraph,
                "section": self.section, "document": self.document, "page": self.page}


@dataclass(frozen=True)
class AnswerSentence:
    """One sentence of an answer and the citation numbers that support it."""

    text: str
    citations: tuple[int, ...]
    verified: bool | None = None  # set by the generative backend's checker; None for extractive text

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"text": self.text, "citations": list(self.citations)}
        if self.verified is not None:
            data["verified"] = self.verified
        return data


@dataclass
class Answer:
    """What the bot says to a question. `answered` is False for an abstention."""

    question: str
    answered: bool
    answer: str  # the sentences joined, each ending with its [n] markers
    sentences: list[AnswerSentence] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    closest: list[Citation] = field(default_factory=list)  # abstentions only: shown as closest, never as support
    latency_ms: float = 0.0
    backend: str = "extractive"
    note: str | None = None  # why a fallback happened, for logs and --json readers

    def to_json(self) -> dict[str, Any]:
        data = {
            "question": self.question,
            "answered": self.answered,
            "answer": self.answer,
            "sentences": [s.to_json() for s in self.sentences],
            "citations": [c.to_json() for c in self.citations],
            "closest": [c.to_json() for c in self.closest],
            "latency_ms": round(self.latency_ms, 3),
            "backend": self.backend,
        }
        if self.note:
            data["note"] = self.note
        return data
