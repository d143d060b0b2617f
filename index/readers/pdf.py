"""PDF text with pdfminer.six: lines in reading order, rejoined into paragraphs, with their pages.

pdfminer.six (MIT) gives each text line with its position, size and font. From those:
- running heads and folios (a line in the top or bottom margin that repeats from page to page,
  digits aside, or a bare page number) are dropped;
- a page whose lines fall either side of an empty vertical strip is read column by column, with
  lines that cross the strip (a title, a full-width figure caption) read where they stand;
- lines join into paragraphs until a wider gap, an indented first line, or a short line that ends a
  sentence (across a column or page break: a line that ends a sentence before one that starts one);
- a word hyphenated across a line break is rejoined ("militar-" + "ies"), a hyphen that belongs to
  the word is kept ("Russia-" + "backed"), judged by the words the document uses elsewhere;
- headings are the lines the outline names, or set larger (or bold in a regular text);
- footnote markers (small raised digits) are dropped from the words they follow, and footnotes
  (small lines below a page's text) become paragraphs after the paragraph they interrupt.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from index.readers import Extracted, ExtractedBlock, UnreadableFile

log = logging.getLogger(__name__)

# A footnote marker is set at about 60-70% of the text size and raised by a third of it or so.
SUPERSCRIPT_SIZE_RATIO = 0.8
SUPERSCRIPT_RISE = 0.2  # of the text size
_MARKER_CHARS = set("0123456789*†‡§¶")
# Running heads and folios sit in the page margins: about an inch of an 11-inch page.
MARGIN_BAND = 0.12
# A margin line is a running head when it repeats on this share of the pages (and on two at least):
# a third allows heads that alternate between left and right pages.
RUNNING_MIN_SHARE = 0.3
_FOLIO = re.compile(r"^(?:page\s+)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE)
# Text this much larger than the body text is a heading; smaller than this share of it, a footnote.
HEADING_SIZE_RATIO = 1.15
FOOTNOTE_SIZE_RATIO = 0.9
HEADING_MAX_WORDS = 25  # longer large-type text is a lead paragraph or a pull quote, not a heading
# A baseline this much further from the previous one than the usual line pitch opens a paragraph.
PARAGRAPH_GAP_RATIO = 1.3
INDENT_EMS = 0.8  # a first line indented this far (in body-text ems) opens a paragraph
SHORT_LINE_EMS = 3.0  # a sentence-final line ending this far short of its column ends a paragraph
MIN_COLUMN_LINES = 3  # fewer lines either side of a gap are not columns (a signature, a margin note)
# Across a gutter only a title or a wide caption runs; where more lines cross, the "gap" is a chance
# alignment of word spaces (pdfminer cuts a justified line at a wide space), not a gutter.
COLUMN_CROSSING_MAX_SHARE = 0.2
# Pieces of one line sit on one baseline, give or take this share of the text size.
BASELINE_TOLERANCE = 0.3
_SENTENCE_END = re.compile(r"[.!?:;…][\"”’')\]]*$")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_WORDS = re.compile(r"[^\W\d_]+")
_SENTENCE_START = re.compile(r"[\"“‘'(\[]?[A-Z0-9]")
# pdfminer writes "(cid:72)" for a glyph its font maps to no character. A few are stray symbols;
# text made mostly of them cannot be read without OCR.
_UNMAPPED = re.compile(r"\(cid:\d+\)")
UNMAPPED_MAX_SHARE = 0.3


@dataclass
class _Line:
    page: int
    text: str
    x0: float
    x1: float
    y0: float  # bottom
    y1: float  # top
    size: float
    bold: bool
    lead_marker: bool  # began with a footnote marker (a footnote's own number)
    column: int = 0  # 0: full width, 1: left, 2: right
    left: float = 0.0  # the column's edges
    right: float = 0.0


@dataclass
class _Block:
    kind: str
    lines: list[_Line] = field(default_factory=list)
    text: str = ""
    pages: list[tuple[int, int]] = field(default_factory=list)


def read_pdf(data: bytes, name: str) -> Extracted:
    pages, outline, title = _read_layout(data, name)
    lines = [line for page in pages for line in page[2]]
    if not any(line.text.strip() for line in lines):
        raise UnreadableFile(f"{name} has no text layer: OCR it first (its pages are images of text, "
                             "as a scanner makes; e.g. with OCRmyPDF), then index the result")
    unmapped = sum(len(m) for line in lines for m in _UNMAPPED.findall(line.text))
    if unmapped > UNMAPPED_MAX_SHARE * sum(len(line.text) for line in lines):
        raise UnreadableFile(f"{name} has no usable text layer: its fonts do not say which letters they draw; "
                             "OCR it first, then index the result")
    for page in pages:
        for line in page[2]:
            line.text = re.sub(r"\s+", " ", _UNMAPPED.sub("", line.text)).strip()
        page[2][:] = [line for line in page[2] if line.text]
    empty = [n for n, (_, _, page_lines) in enumerate(pages, start=1) if not page_lines]
    notes = (f"pages without text (scanned?): {', '.join(map(str, empty))}",) if empty else ()
    body = _body_size(lines)
    kept = _drop_running_lines(pages)
    blocks = _assemble(kept, body, outline)
    title, blocks = _title(blocks, title)
    out = tuple(ExtractedBlock(b.kind, b.text, tuple(b.pages)) for b in blocks if b.text)
    if not any(b.kind == "paragraph" for b in out):
        raise UnreadableFile(f"{name} holds no text to index besides headings, running heads and page numbers")
    return Extracted(out, title=title, pages=len(pages), notes=notes)


def _read_layout(data: bytes, name: str):
    """[(width, height, lines)] per page, the outline's titles, and the metadata title."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    # pdfminer warns of every oddity it works around; what matters reaches the user as one line.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise UnreadableFile(f"{name} is encrypted (password-protected): save an unprotected copy "
                             "(e.g. print it to PDF) and index that") from None
    except Exception as exc:  # noqa: BLE001 - a damaged file can break the parser anywhere
        log.info("pdfminer could not open %s", name, exc_info=True)
        raise UnreadableFile(f"{name} is damaged: it cannot be read as a PDF ({_reason(exc)})") from None
    try:
        manager = PDFResourceManager()
        device = PDFPageAggregator(manager, laparams=LAParams(all_texts=True))
        interpreter = PDFPageInterpreter(manager, device)
        pages = []
        for number, page in enumerate(PDFPage.create_pages(document), start=1):
            interpreter.process_page(page)
            layout = device.get_result()
            pages.append((layout.width, layout.height, _lines_of(layout, number)))
    except UnreadableFile:
        raise
    except Exception as exc:  # noqa: BLE001
        log.info("pdfminer could not read the pages of %s", name, exc_info=True)
        raise UnreadableFile(f"{name} is damaged: its pages cannot be read ({_reason(exc)})") from None
    if not pages:
        raise UnreadableFile(f"{name} is damaged: it has no pages")
    return pages, _outline_titles(document), _metadata_title(document)


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]


def _outline_titles(document) -> set[str]:
    try:
        return {_norm(entry[1]) for entry in document.get_outlines() if isinstance(entry[1], str)}
    except Exception:  # noqa: BLE001 - no outline, or a broken one: headings come from type sizes
        return set()


def _metadata_title(document) -> str | None:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    try:
        value = resolve1(document.info[0].get("Title")) if document.info else None
        text = decode_text(value) if isinstance(value, bytes) else value
    except Exception:  # noqa: BLE001 - metadata is a nicety
        return None
    return text.strip() or None if isinstance(text, str) else None


def _lines_of(layout, page: int) -> list[_Line]:
    from pdfminer.layout import LTContainer, LTTextLineHorizontal

    lines: list[_Line] = []

    def walk(container) -> None:
        for child in container:
            if isinstance(child, LTTextLineHorizontal):
                if (line := _line(child, page)) is not None:
                    lines.append(line)
            elif isinstance(child, LTContainer):
                walk(child)

    walk(layout)
    return lines


def _line(item, page: int) -> _Line | None:
    from pdfminer.layout import LTChar

    chars = [c for c in item if isinstance(c, LTChar) and c.get_text().strip()]
    if not chars:
        return None
    size = statistics.median(c.size for c in chars)
    base = statistics.median(c.y0 for c in chars if c.size >= SUPERSCRIPT_SIZE_RATIO * size)

    def marker(c) -> bool:
        return (isinstance(c, LTChar) and c.size < SUPERSCRIPT_SIZE_RATIO * size
                and c.y0 > base + SUPERSCRIPT_RISE * size and c.get_text() in _MARKER_CHARS)

    children = list(item)
    pieces: list[str] = []
    lead = False
    for i, child in enumerate(children):
        text = child.get_text()
        if marker(child):
            lead = lead or not "".join(pieces).strip()
            following = next((c.get_text() for c in children[i + 1:] if not marker(c)), "")
            previous = "".join(pieces)[-1:]
            # Between two words a dropped marker leaves a space, so they do not run together.
            pieces.append(" " if previous.isalnum() and following[:1].isalnum() else "")
            continue
        pieces.append(text)
    text = re.sub(r"\s+", " ", "".join(pieces).translate(_LIGATURES)).strip()
    if not text:
        return None
    body_chars = [c for c in chars if not marker(c)] or chars
    bold = all(_is_bold(c.fontname) for c in body_chars)
    return _Line(page, text, item.x0, item.x1, item.y0, item.y1, size, bold, lead)


def _is_bold(font: str) -> bool:
    font = font.lower()
    return any(w in font for w in ("bold", "black", "heavy", "semibold", "demi"))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _body_size(lines: list[_Line]) -> float:
    """The size most of the text is set in."""
    weights: Counter[float] = Counter()
    for line in lines:
        weights[round(line.size * 2) / 2] += len(line.text)
    return weights.most_common(1)[0][0]


def _drop_running_lines(pages) -> list[tuple[float, float, list[_Line]]]:
    """Pages without their running heads, running feet and page numbers."""
    def in_margin(line: _Line, height: float) -> bool:
        return line.y0 > height * (1 - MARGIN_BAND) or line.y1 < height * MARGIN_BAND

    def key(text: str) -> str:
        return re.sub(r"\d+", "#", _norm(text))

    seen: Counter[str] = Counter()
    for _, height, lines in pages:
        seen.update({key(line.text) for line in lines if in_margin(line, height)})
    needed = max(2, RUNNING_MIN_SHARE * len(pages))
    kept = []
    for width, height, lines in pages:
        kept.append((width, height, [
            line for line in lines
            if not (in_margin(line, height) and (_FOLIO.match(line.text) or seen[key(line.text)] >= needed))
        ]))
    return kept


def _vocabulary(lines: list[_Line]) -> tuple[set[str], set[str]]:
    """The words the document uses, and its hyphenated compounds, as written inside lines.

    `lines` are in reading order: the halves of a word broken across two lines are left out.
    """
    words: set[str] = set()
    compounds: set[str] = set()
    broken = False
    for line in lines:
        found = _WORDS.findall(line.text)
        ends_broken = line.text.endswith("-")
        words.update(w.lower() for w in found[int(broken): len(found) - int(ends_broken)])
        compounds.update(m.lower() for m in re.findall(r"[^\W\d_]+-[^\W\d_]+", line.text.rstrip("-")))
        broken = ends_broken
    return words, compounds


def _columns(lines: list[_Line], width: float) -> None:
    """Mark each line of a page as full width, left or right column, with its column's edges."""
    if not lines:
        return
    left_edge, right_edge = min(l.x0 for l in lines), max(l.x1 for l in lines)
    span = right_edge - left_edge
    import numpy as np

    best = None
    # The gutter is looked for in the middle third of the text area, a point at a time.
    xs = left_edge + np.arange(int(span / 3), int(2 * span / 3) + 1, dtype=float)
    if len(xs):
        x0s = np.array([l.x0 for l in lines])[None, :]
        x1s = np.array([l.x1 for l in lines])[None, :]
        crossing = ((x0s < xs[:, None]) & (xs[:, None] < x1s)).sum(axis=1)
        i = int(np.argmin(crossing))  # the first of the emptiest, as the loop it replaces
        best = (int(crossing[i]), float(xs[i]))
    two = False
    if best is not None:
        x = best[1]
        left = [l for l in lines if l.x1 <= x]
        right = [l for l in lines if l.x0 >= x]
        two = (len(left) >= MIN_COLUMN_LINES and len(right) >= MIN_COLUMN_LINES
               and best[0] <= COLUMN_CROSSING_MAX_SHARE * len(lines)
               and min(l.y0 for l in left) < max(l.y1 for l in right)
               and min(l.y0 for l in right) < max(l.y1 for l in left))
    if not two:
        for l in lines:
            l.column, l.left, l.right = 0, left_edge, right_edge
        return
    x = best[1]
    groups = {1: [l for l in lines if l.x1 <= x], 2: [l for l in lines if l.x0 >= x]}
    for column, members in groups.items():
        lo, hi = min(l.x0 for l in members), max(l.x1 for l in members)
        for l in members:
            l.column, l.left, l.right = column, lo, hi
    for l in lines:
        if l.x0 < x < l.x1:
            l.column, l.left, l.right = 0, left_edge, right_edge


def _merge_pieces(lines: list[_Line]) -> list[_Line]:
    """One line from the pieces pdfminer cut it into at wide word spaces (justified text), per column."""
    merged: list[_Line] = []
    for column in sorted({l.column for l in lines}):
        members = sorted((l for l in lines if l.column == column), key=lambda l: -l.y0)
        groups: list[list[_Line]] = []
        for line in members:
            if groups and abs(groups[-1][0].y0 - line.y0) <= BASELINE_TOLERANCE * max(line.size, groups[-1][0].size):
                groups[-1].append(line)
            else:
                groups.append([line])
        for group in groups:
            group.sort(key=lambda l: l.x0)
            if any(b.x0 < a.x1 - 1 for a, b in zip(group, group[1:])):  # overlapping: not one line
                merged += group
                continue
            first, longest = group[0], max(group, key=lambda l: len(l.text))
            merged.append(_Line(first.page, " ".join(l.text for l in group), first.x0, group[-1].x1,
                                min(l.y0 for l in group), max(l.y1 for l in group), longest.size,
                                all(l.bold for l in group), first.lead_marker, first.column, first.left, first.right))
    return merged


def _reading_order(lines: list[_Line]) -> list[_Line]:
    """Top to bottom; on a two-column stretch, the left column and then the right one."""
    ordered: list[_Line] = []
    stretch: list[_Line] = []
    for line in sorted(lines, key=lambda l: (-l.y1, l.x0)):
        if line.column == 0:
            ordered += sorted(stretch, key=lambda l: (l.column, -l.y1, l.x0))
            stretch = []
            ordered.append(line)
        else:
            stretch.append(line)
    return ordered + sorted(stretch, key=lambda l: (l.column, -l.y1, l.x0))


def _assemble(pages, body: float, outline: set[str]) -> list[_Block]:
    flows: list[tuple[list[_Line], list[_Line]]] = []  # per page: text lines in order, footnote lines
    for width, _, lines in pages:
        _columns(lines, width)
        lines = _merge_pieces(lines)
        normal = [l for l in lines if l.size >= FOOTNOTE_SIZE_RATIO * body]
        floor = min((l.y0 for l in normal), default=None)
        notes = [l for l in lines if l.size < FOOTNOTE_SIZE_RATIO * body and floor is not None and l.y1 <= floor]
        flow = [l for l in lines if l not in notes]
        flows.append((_reading_order(flow), sorted(notes, key=lambda l: (-l.y1, l.x0))))
    vocabulary = _vocabulary([l for flow, notes in flows for l in flow + notes])
    pitches = _pitches([l for flow, _ in flows for l in flow], body)
    pitch = statistics.median(pitches) if pitches else 1.2 * body
    # Paragraphs parted by space need no other sign; without it, a short line ending a sentence is one.
    gapped = any(p > PARAGRAPH_GAP_RATIO * pitch for p in pitches)
    body_bold = _body_is_bold([l for flow, _ in flows for l in flow], body)

    def is_heading(line: _Line) -> bool:
        return (line.size >= HEADING_SIZE_RATIO * body or (line.bold and not body_bold)
                or _norm(line.text) in outline)

    blocks: list[_Block] = []
    pending_notes: list[_Line] = []
    current: _Block | None = None

    def close() -> None:
        nonlocal current
        if current is not None:
            blocks.append(current)
            current = None
        if pending_notes:
            blocks.extend(_note_blocks(pending_notes, body, vocabulary))
            pending_notes.clear()

    previous: _Line | None = None
    for flow, notes in flows:
        for line in flow:
            kind = "heading" if is_heading(line) else "paragraph"
            if current is None or current.kind != kind or _opens_block(previous, line, body, pitch, gapped, kind):
                close()
                current = _Block(kind)
            _add(current, line, vocabulary)
            previous = line
        # Footnotes wait for the paragraph that runs on to the next page to end.
        if current is None or current.kind == "heading":
            close()
            blocks.extend(_note_blocks(notes, body, vocabulary))
        else:
            pending_notes.extend(notes)
    close()
    for block in blocks:  # large type that runs on is not a heading
        if block.kind == "heading" and (len(block.text.split()) > HEADING_MAX_WORDS
                                        and _norm(block.text) not in outline):
            block.kind = "paragraph"
    return blocks


def _pitches(lines: list[_Line], body: float) -> list[float]:
    """Baseline to baseline distances of consecutive body-text lines in one column."""
    return [a.y0 - b.y0 for a, b in zip(lines, lines[1:])
            if a.page == b.page and a.column == b.column and 0 < a.y0 - b.y0 < 3 * body
            and abs(a.size - body) < 0.5 and abs(b.size - body) < 0.5]


def _body_is_bold(lines: list[_Line], body: float) -> bool:
    sized = [l for l in lines if abs(l.size - body) < 0.5]
    return sum(len(l.text) for l in sized if l.bold) > sum(len(l.text) for l in sized) / 2


def _opens_block(previous: _Line | None, line: _Line, body: float, pitch: float, gapped: bool, kind: str) -> bool:
    """Whether `line` starts a new paragraph (or heading) rather than continuing the one before."""
    if previous is None:
        return True
    if kind == "heading":  # a heading's lines stay together unless a paragraph-sized gap parts them
        return previous.page != line.page or previous.y0 - line.y0 > 2 * max(line.size, previous.size)
    if line.x0 - line.left > INDENT_EMS * body and not previous.x0 - previous.left > INDENT_EMS * body:
        return True
    short = (previous.right - previous.x1 > SHORT_LINE_EMS * body and bool(_SENTENCE_END.search(previous.text)))
    if previous.page != line.page or previous.column != line.column:
        # No gap or indent to go by across a break: a sentence that ends there, before one that
        # begins, is taken as a paragraph's end (rendered reports bear this out; and a wrong guess
        # only renumbers paragraphs, the sentences stay the same).
        return short or bool(_SENTENCE_END.search(previous.text) and _SENTENCE_START.match(line.text))
    if gapped:
        return previous.y0 - line.y0 > PARAGRAPH_GAP_RATIO * pitch
    return short


def _add(block: _Block, line: _Line, vocabulary) -> None:
    if not block.lines:
        block.text = line.text
        block.pages.append((0, line.page))
    else:
        joined = _join(block.text, line.text, vocabulary)
        if line.page != block.lines[-1].page:
            block.pages.append((len(joined) - len(line.text), line.page))
        block.text = joined
    block.lines.append(line)


def _join(text: str, line: str, vocabulary) -> str:
    """Two lines of one paragraph: a space between, or a line-break hyphen undone."""
    words, compounds = vocabulary
    if text.endswith("\u00ad"):  # a soft hyphen only ever marks a break
        return text[:-1] + line
    left = re.search(r"([^\W\d_]+)-$", text)
    right = re.match(r"[^\W\d_]+", line)
    if not left or not right:
        return f"{text} {line}"
    a, b = left.group(1), right.group(0)
    if f"{a}-{b}".lower() in compounds or b[0].isupper():
        keep = True
    elif (a + b).lower() in words:
        keep = False
    else:  # no evidence either way: two words the document uses ("well-" "known") keep their hyphen
        keep = a.lower() in words and b.lower() in words
    return text + line if keep else text[:-1] + line


def _note_blocks(notes: list[_Line], body: float, vocabulary) -> list[_Block]:
    blocks: list[_Block] = []
    for line in notes:
        starts = line.lead_marker or bool(re.match(r"\d{1,3}\s", line.text)) or not blocks or (
            blocks[-1].lines[-1].right - blocks[-1].lines[-1].x1 > SHORT_LINE_EMS * line.size
            and _SENTENCE_END.search(blocks[-1].text))
        if starts:
            blocks.append(_Block("paragraph"))
        _add(blocks[-1], line, vocabulary)
    return blocks


def _title(blocks: list[_Block], metadata: str | None) -> tuple[str | None, list[_Block]]:
    """A heading set larger than every other, before any paragraph, is the document's title."""
    if blocks and blocks[0].kind == "heading":
        first = max(l.size for l in blocks[0].lines)
        others = [max(l.size for l in b.lines) for b in blocks[1:] if b.kind == "heading"]
        if (others and first > max(others)) or (metadata and _norm(metadata) == _norm(blocks[0].text)):
            return blocks[0].text, blocks[1:]
    return metadata, blocks
