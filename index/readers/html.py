"""A web page's article text with trafilatura: navigation, menus, sidebars and footers left out.

trafilatura (Apache-2.0) finds the main text the way readability-style extractors do and returns
it as XML: `head` elements (the page's h1-h6) become headings, `p`, list items, quotes and table
rows paragraphs. The page's <title> (or its leading h1) is the document's title, not a section.
"""

from __future__ import annotations

import logging
import re

from index.readers import Extracted, ExtractedBlock, UnreadableFile

log = logging.getLogger(__name__)

_PARAGRAPH_TAGS = {"p", "item", "quote", "code", "row"}
# trafilatura logs what it could not parse ("lxml parsing failed: Document is empty") as errors of its own, before the
# one line that says what is wrong with the file: only its failures are worth a line, and those reach the user as ours.
_LIBRARY_LOG_LEVEL = logging.CRITICAL


def read_html(data: bytes, name: str) -> Extracted:
    import trafilatura
    from lxml import etree

    logging.getLogger("trafilatura").setLevel(_LIBRARY_LOG_LEVEL)
    text = _decode(data)
    try:
        xml = trafilatura.extract(text, output_format="xml", with_metadata=True, include_comments=False,
                                  include_tables=True, include_links=False, include_formatting=False,
                                  favor_recall=True, deduplicate=False)
    except Exception as exc:  # noqa: BLE001 - a malformed page can break the parser anywhere
        log.info("trafilatura could not read %s", name, exc_info=True)
        raise UnreadableFile(f"{name} cannot be read as a web page ({str(exc)[:120] or type(exc).__name__})") from None
    if not xml:
        raise UnreadableFile(f"{name} holds no article text that could be told from the page around it")
    root = etree.fromstring(xml.encode("utf-8"))
    main = root.find("main")
    blocks: list[ExtractedBlock] = []
    for element in (main if main is not None else root).iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "head":
            kind = "heading"
        elif tag in _PARAGRAPH_TAGS and not _inside(element, _PARAGRAPH_TAGS):
            kind = "paragraph"
        else:
            continue
        if tag == "row":
            content = " | ".join(_clean(" ".join(cell.itertext())) for cell in element if isinstance(cell.tag, str))
        else:
            content = _clean(" ".join(element.itertext()))
        if content.strip(" |"):
            blocks.append(ExtractedBlock(kind, content))
    title = root.get("title") or None
    if blocks and blocks[0].kind == "heading" and (title is None or _same(blocks[0].text, title)):
        title = blocks[0].text
        blocks = blocks[1:]
    if not any(b.kind == "paragraph" for b in blocks):
        raise UnreadableFile(f"{name} holds no article text that could be told from the page around it")
    return Extracted(tuple(blocks), title=title)


def _decode(data: bytes) -> str:
    """The page as text: its declared or detected encoding (pages are not always UTF-8)."""
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("latin-1")


def _inside(element, tags: set[str]) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _same(a: str, b: str) -> bool:
    a, b = _clean(a).lower(), _clean(b).lower()
    return a == b or a in b or b in a
