"""The records an index bundle stores: documents and their sentences."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Sentence:
    """One citable report sentence; `text` is verbatim `document_text[start:end]`."""

    id: str  # "<document slug>:<ordinal>", stable across rebuilds of an unchanged report
    document: str  # the document's slug
    ordinal: int  # 1-based position among the document's sentences
    text: str
    start: int  # character offsets into the document's text
    end: int
    paragraph: int  # 1-based, headings not counted
    section: str | None  # the heading the sentence stands under, if any
    page: int | None = None  # the page it starts on (1-based, as a PDF viewer counts); None without pages

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Document:
    """One source file as ingested, with the metadata its text carries."""

    slug: str
    path: str  # as configured, for messages
    sha256: str
    bytes: int
    title: str | None = None
    publisher: str | None = None
    sections: tuple[str, ...] = field(default_factory=tuple)
    paragraphs: int = 0
    sentences: int = 0
    pages: int | None = None  # PDF only

    def to_dict(self) -> dict:
        data = asdict(self)
        data["sections"] = list(self.sections)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Document":
        return cls(**{**data, "sections": tuple(data.get("sections", ()))})
