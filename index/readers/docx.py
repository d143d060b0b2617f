"""A Word document's text with python-docx: paragraphs and tables in order, heading styles as sections.

python-docx (MIT) parses the XML without resolving entities. A paragraph is a heading when its
style, or a style it is based on, is a built-in heading or carries an outline level (which is how
Word marks headings whatever the style is called); the "Title" style names the document. Footnote
references are not part of a run's text, so markers never run into words.
"""

from __future__ import annotations

import io
import logging
import re

from index.readers import Extracted, ExtractedBlock, UnreadableFile

log = logging.getLogger(__name__)

_BODY_OUTLINE_LEVEL = 9  # Word's outline level for body text; 0-8 are heading levels


def read_docx(data: bytes, name: str) -> Extracted:
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        blocks: list[ExtractedBlock] = []
        title = (document.core_properties.title or "").strip() or None
        for child in body.iterchildren():
            if child.tag == qn("w:p"):
                paragraph = Paragraph(child, document)
                text = _clean(paragraph.text)
                if not text:
                    continue
                role = _role(paragraph)
                if role == "title" and not any(b.kind == "paragraph" for b in blocks):
                    title = text
                else:
                    blocks.append(ExtractedBlock("heading" if role else "paragraph", text))
            elif child.tag == qn("w:tbl"):
                blocks += _table_rows(Table(child, document))
    except UnreadableFile:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged file can break the parser anywhere
        log.info("python-docx could not read %s", name, exc_info=True)
        raise UnreadableFile(f"{name} is damaged: it cannot be read as a Word document "
                             f"({str(exc)[:120] or type(exc).__name__})") from None
    if not any(b.kind == "paragraph" for b in blocks):
        raise UnreadableFile(f"{name} holds no text: there is nothing to index")
    return Extracted(tuple(blocks), title=title)


def _role(paragraph) -> str | None:
    """"title", "heading" or None (body text), from the paragraph's style chain."""
    style = paragraph.style
    level = _outline_level(paragraph._p.pPr)
    while style is not None:
        name = (style.name or "").lower()
        if name == "title":
            return "title"
        if name.startswith("heading"):
            return "heading"
        if level is None:
            level = _outline_level(style.element.pPr)
        style = style.base_style
    return "heading" if level is not None and level < _BODY_OUTLINE_LEVEL else None


def _outline_level(ppr) -> int | None:
    from docx.oxml.ns import qn

    if ppr is None:
        return None
    found = ppr.find(qn("w:outlineLvl"))
    try:
        return int(found.get(qn("w:val"))) if found is not None else None
    except (TypeError, ValueError):
        return None


def _table_rows(table) -> list[ExtractedBlock]:
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            text = _clean(cell.text)
            if text and (not cells or cells[-1] != text):  # a merged cell repeats in each column it spans
                cells.append(text)
        if cells:
            rows.append(ExtractedBlock("paragraph", " | ".join(cells)))
    return rows


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
