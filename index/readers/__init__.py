"""Reports as people have them: PDF, HTML, Word and Markdown, read into paragraphs and headings.

Each reader turns a file's bytes into `Extracted` blocks of clean text in reading order, with the
page each block starts on (PDF only). The parsers (pdfminer.six, trafilatura, python-docx) are
imported by the reader that needs them, when such a file is ingested: the serving bot never
loads them. The cheap checks an upload gets before it is saved (type, size, zip bombs) are in
`index.readers.sniff`, which needs the standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

TEXT_SUFFIXES = (".txt", ".md")
MARKDOWN_SUFFIX = ".md"  # text whose markup `index.readers.markdown` removes
# suffix -> the kind of file it must hold
DOCUMENT_KINDS = {".pdf": "pdf", ".html": "html", ".htm": "html", ".docx": "docx"}
SUFFIXES_TEXT = ".txt, .md, .pdf, .html, .htm or .docx"


class UnreadableFile(ValueError):
    """A file that cannot be indexed as it is; the message names it and says what to do."""


@dataclass(frozen=True)
class ExtractedBlock:
    """A paragraph or a heading; `pages` are (offset in `text`, page) where a page starts (PDF)."""

    kind: str  # "paragraph" or "heading"
    text: str
    pages: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Extracted:
    blocks: tuple[ExtractedBlock, ...]
    title: str | None = None
    pages: int | None = None  # page count (PDF)
    notes: tuple[str, ...] = field(default_factory=tuple)  # what the reader left out, for the build log


def read_document(data: bytes, name: str, kind: str) -> Extracted:
    """The text of a PDF, HTML or DOCX file; UnreadableFile for a file that cannot give any."""
    if kind == "pdf":
        from index.readers.pdf import read_pdf

        return read_pdf(data, name)
    if kind == "html":
        from index.readers.html import read_html

        return read_html(data, name)
    if kind == "docx":
        from index.readers.docx import read_docx

        return read_docx(data, name)
    raise ValueError(f"no reader for {kind!r}")
