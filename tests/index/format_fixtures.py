"""Real PDF, HTML and DOCX files made from a text report, for the format readers' tests.

The PDF is drawn line by line with reportlab, as a typesetter would lay it out: a title, a running
head and a page number on every page, headings in bold (and in the outline), paragraphs parted by
space, long words hyphenated at the end of a line, and one page set in two columns. It records the
page each paragraph starts on, so tests can check the pages citations give.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass, field
from pathlib import Path

from index.ingest import parse_structure

PAGE_W, PAGE_H = 612, 792  # US Letter, in points
MARGIN = 72
BODY_FONT, BODY_SIZE, LEADING = "Helvetica", 12, 18
HEAD_FONT, HEAD_SIZE = "Helvetica-Bold", 14
TITLE_SIZE = 20
PARAGRAPH_SPACE = 8
TOP = PAGE_H - 100  # below the running head
BOTTOM = 300  # pages are kept short, so a short report still runs over several pages
GUTTER = 24
RUNNING_HEAD = "Policy Brief · Iraq"


@dataclass
class RenderedPdf:
    data: bytes
    pages: int
    # page each paragraph (in order, headings excluded) starts on, and the page of each word
    paragraph_pages: list[int] = field(default_factory=list)
    word_pages: list[list[int]] = field(default_factory=list)  # per paragraph, the page each word starts on
    hyphenated: list[str] = field(default_factory=list)  # words broken across lines ("reinfor-" + "cing")
    two_column_page: int = 2


def render_pdf(text: str, *, title: str | None = None, two_column_page: int = 2, footnote: bool = False,
               encrypt: str | None = None) -> RenderedPdf:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    structure = parse_structure(text)
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(PAGE_W, PAGE_H), encrypt=encrypt)
    if title:
        pdf.setTitle(title)
    result = RenderedPdf(b"", 0, two_column_page=two_column_page)
    state = {"page": 1, "y": TOP, "column": 0}

    def columns(page: int) -> list[tuple[float, float]]:
        if page == two_column_page:
            width = (PAGE_W - 2 * MARGIN - GUTTER) / 2
            return [(MARGIN, width), (MARGIN + width + GUTTER, width)]
        return [(MARGIN, PAGE_W - 2 * MARGIN)]

    def furniture() -> None:
        pdf.setFont(BODY_FONT, 9)
        pdf.drawString(MARGIN, PAGE_H - 50, RUNNING_HEAD)
        pdf.drawCentredString(PAGE_W / 2, 40, str(state["page"]))

    def next_column() -> None:
        if state["column"] + 1 < len(columns(state["page"])):
            state["column"] += 1
        else:
            pdf.showPage()
            state["page"] += 1
            state["column"] = 0
            furniture()
        state["y"] = TOP

    def room(lines: int) -> None:
        if state["y"] - (lines - 1) * LEADING < BOTTOM:
            next_column()

    furniture()
    if title:
        pdf.setFont(HEAD_FONT, TITLE_SIZE)
        pdf.drawString(MARGIN, state["y"], title)
        state["y"] -= 2 * LEADING
    for n, block in enumerate(structure.blocks):
        if block.kind == "heading":
            room(3)  # a heading keeps with the two lines after it
            key = f"h{n}"
            pdf.bookmarkPage(key, fit="XYZ", top=state["y"] + HEAD_SIZE)
            pdf.addOutlineEntry(block.text, key, level=0)
            pdf.setFont(HEAD_FONT, HEAD_SIZE)
            x, width = columns(state["page"])[state["column"]]
            words = block.text.split()
            while words:
                line, words = _fill(words, width, lambda s: stringWidth(s, HEAD_FONT, HEAD_SIZE), [], hyphenate=False)
                pdf.drawString(x, state["y"], line)
                state["y"] -= LEADING
            state["y"] -= PARAGRAPH_SPACE
            continue
        words = block.text.split()
        original = list(words)
        first = True
        pages: list[int] = []
        result.word_pages.append(pages)
        while words:
            room(1)
            x, width = columns(state["page"])[state["column"]]
            if first:
                result.paragraph_pages.append(state["page"])
                first = False
            before = len(words)
            remainder = len(pages) > len(original) - before  # words[0] is the rest of a broken word
            line, words = _fill(words, width, lambda s: stringWidth(s, BODY_FONT, BODY_SIZE), result.hyphenated)
            split = bool(words) and words[0] != original[len(original) - len(words)]  # this line broke a word
            begun = before - len(words) + split - remainder
            pages.extend([state["page"]] * begun)
            pdf.setFont(BODY_FONT, BODY_SIZE)
            if footnote and not result.paragraph_pages[1:] and not words:
                # a raised, small "1" after the paragraph's last word, and its note at the foot of the page
                pdf.drawString(x, state["y"], line)
                pdf.setFont(BODY_FONT, 7)
                pdf.drawString(x + stringWidth(line, BODY_FONT, BODY_SIZE), state["y"] + 5, "1")
                pdf.setFont(BODY_FONT, 7)
                pdf.drawString(MARGIN, 100, "1")
                pdf.setFont(BODY_FONT, 9)
                pdf.drawString(MARGIN + 6, 96, "Interviews with Iraqi officials, June.")
            else:
                pdf.drawString(x, state["y"], line)
            state["y"] -= LEADING
        state["y"] -= PARAGRAPH_SPACE
    pdf.showPage()
    pdf.save()
    result.data = out.getvalue()
    result.pages = state["page"]
    return result


def _fill(words: list[str], width: float, measure, hyphenated: list[str],
          hyphenate: bool = True) -> tuple[str, list[str]]:
    """The words that fit a line; a long word that does not is broken with a hyphen, as typesetters do."""
    line: list[str] = []
    while words:
        candidate = " ".join(line + [words[0]])
        if measure(candidate) <= width:
            line.append(words.pop(0))
            continue
        word = words[0]
        if not hyphenate:
            break
        letters = word.rstrip(".,;:”’\")")
        if len(letters) >= 9 and letters.isalpha():  # break a long plain word after its 4th letter or later
            for cut in range(len(letters) - 4, 3, -1):
                head = word[:cut] + "-"
                if measure(" ".join(line + [head])) <= width:
                    line.append(head)
                    words[0] = word[cut:]
                    hyphenated.append(word)
                    break
        elif "-" in word[1:-1]:  # a compound breaks at its own hyphen
            head = word[: word.index("-", 1) + 1]
            if measure(" ".join(line + [head])) <= width:
                line.append(head)
                words[0] = word[len(head):]
        break
    if not line:  # a word wider than the column: set it alone
        line.append(words.pop(0))
    return " ".join(line), words


def render_html(text: str, title: str) -> bytes:
    """An article page with a site header, navigation, a sidebar and a footer around the report."""
    structure = parse_structure(text)
    body = "\n".join(f"<h2>{html.escape(b.text)}</h2>" if b.kind == "heading" else f"<p>{html.escape(b.text)}</p>"
                     for b in structure.blocks)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | Example News</title>
<style>body {{ font-family: sans-serif; }}</style><script>window.analytics = [];</script></head>
<body>
<header><a href="/">Example News</a>
<nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/opinion">Opinion</a></li><li><a href="/about">About us</a></li></ul></nav></header>
<main><article><h1>{html.escape(title)}</h1>
<p class="byline">By Staff Writer</p>
{body}
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Markets rally on rate hopes</a></li>
<li><a href="/b">Storm season arrives early this year</a></li></ul></aside></main>
<footer><p>© 2026 Example News. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> · <a href="/terms">Terms of use</a> · <a href="/contact">Contact</a></p>
</footer></body></html>""".encode("utf-8")


def render_docx(text: str, title: str) -> bytes:
    """A Word document: a Title-style title, Heading 2 headings, body paragraphs."""
    import docx

    structure = parse_structure(text)
    document = docx.Document()
    document.core_properties.title = title
    document.add_paragraph(title, style="Title")
    for block in structure.blocks:
        if block.kind == "heading":
            document.add_heading(block.text, level=2)
        else:
            document.add_paragraph(block.text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def render_pdf_flowing(text: str, *, indent: bool = False) -> bytes:
    """The report flowed by reportlab's layout engine: justified A4 two-column pages, a running head
    and "Page N" feet; paragraphs parted by space, or (`indent`) by a first-line indent alone."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    styles = getSampleStyleSheet()
    body = styles["BodyText"].clone("body", alignment=TA_JUSTIFY, fontSize=10, leading=13,
                                    firstLineIndent=14 if indent else 0, spaceAfter=0 if indent else 6)
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=A4)
    width, height = A4
    column = (doc.width - 18) / 2
    frames = [Frame(doc.leftMargin, doc.bottomMargin, column, doc.height, id="left"),
              Frame(doc.leftMargin + column + 18, doc.bottomMargin, column, doc.height, id="right")]

    def furniture(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont("Times-Roman", 8)
        canvas.drawString(doc.leftMargin, height - 40, "Policy Brief · Iraq")
        canvas.drawRightString(width - doc.rightMargin, 30, f"Page {document.page}")
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate(id="columns", frames=frames, onPage=furniture)])
    doc.build([Paragraph(html.escape(b.text, quote=False), styles["Heading2"] if b.kind == "heading" else body)
               for b in parse_structure(text).blocks])
    return out.getvalue()
