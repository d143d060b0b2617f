"""PDF, HTML and Word reports read into the same sentences as the text report, with PDF pages."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from index.ingest import parse_structure, read_source, source_from_bytes
from index.segment import segment_source
from tests.helpers import REPORT
from tests.index.format_fixtures import RUNNING_HEAD, render_docx, render_html, render_pdf, render_pdf_flowing

TITLE = "Iran-Backed Militias Strengthen Presence in Iraq"
LIMIT = 10_000_000
SLUG = "iran-backed-militias-iraq"


@pytest.fixture(scope="module")
def text() -> str:
    return REPORT.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def reference():
    return segment_source(read_source(REPORT, LIMIT))


@pytest.fixture(scope="module")
def pdf(text):
    return render_pdf(text, title=TITLE)


def _segment(data: bytes, name: str):
    return segment_source(source_from_bytes(data, Path(name), LIMIT, slug=SLUG))


def _located(sentences):
    return [(s.id, s.text, s.paragraph, s.section) for s in sentences]


def test_the_pdf_reads_into_the_text_reports_sentences_sections_and_paragraphs(pdf, reference):
    document, sentences = _segment(pdf.data, "report.pdf")
    assert _located(sentences) == _located(reference[1])
    assert document.sections == reference[0].sections and document.pages == pdf.pages >= 3
    assert document.title == reference[0].title and document.publisher == "Iran News Update"


def test_the_fixture_pdf_has_what_real_reports_have(pdf, text):
    """Guards the test above: the PDF really has two columns, running heads and broken words."""
    from pdfminer.high_level import extract_text

    raw = extract_text(io.BytesIO(pdf.data))
    assert raw.count(RUNNING_HEAD) == pdf.pages
    broken = [w for w in pdf.hyphenated if w.rstrip(".,;:”’") not in raw.replace("\n", " ")]
    assert broken, "no word is hyphenated across a line break"
    assert any(len(pages) > 1 and len(set(pages)) > 1 for pages in pdf.word_pages), "no paragraph runs over a page"
    source = source_from_bytes(pdf.data, Path("report.pdf"), LIMIT)
    assert RUNNING_HEAD not in source.text and not re.search(r"(?m)^\d+$", source.text)
    for word in pdf.hyphenated:  # every broken word is whole again
        assert word.rstrip(".,;:”’") in source.text
    two_column = [pages for pages in pdf.word_pages if pdf.two_column_page in pages]
    assert two_column


def test_each_pdf_sentence_carries_the_page_it_starts_on(pdf, text, reference):
    """The page of each sentence's first word in the rendered PDF, found through the text report."""
    _, sentences = _segment(pdf.data, "report.pdf")
    paragraphs = [b for b in parse_structure(text).blocks if b.kind == "paragraph"]
    for sentence, same in zip(sentences, reference[1]):
        block = paragraphs[same.paragraph - 1]
        words_before = len(text[block.start:same.start].split())
        assert sentence.page == pdf.word_pages[same.paragraph - 1][words_before], sentence.text
    assert len({s.page for s in sentences}) >= 3


@pytest.mark.parametrize("name, render", [("report.html", render_html), ("report.docx", render_docx)])
def test_html_and_word_read_into_the_text_reports_sentences_without_pages(name, render, text, reference):
    document, sentences = _segment(render(text, TITLE), name)
    assert _located(sentences) == _located(reference[1])
    assert document.sections == reference[0].sections
    assert all(s.page is None for s in sentences) and document.pages is None


def test_the_web_page_around_the_article_is_left_out(text):
    source = source_from_bytes(render_html(text, TITLE), Path("page.html"), LIMIT)
    for chrome in ("Most read", "Privacy policy", "All rights reserved", "About us", "Markets rally", "analytics"):
        assert chrome not in source.text
    assert TITLE not in [b.text for b in source.structure.blocks]  # the h1 is the title, not a section


def test_sentence_ids_are_stable_across_rebuilds_of_an_unchanged_file(pdf, tmp_path):
    # A rebuild runs in another process (with other str hashes): it must read the same sentences and ids.
    import json
    import os
    import subprocess
    import sys

    (tmp_path / "report.pdf").write_bytes(pdf.data)
    script = ("import json, sys; from pathlib import Path; from tests.index.test_formats import _segment; "
              "print(json.dumps([s.to_dict() for s in _segment(Path(sys.argv[1]).read_bytes(), 'report.pdf')[1]]))")
    rebuilt = subprocess.run([sys.executable, "-c", script, str(tmp_path / "report.pdf")],
                             cwd=Path(__file__).parents[2], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": "7"})
    assert json.loads(rebuilt.stdout) == [s.to_dict() for s in _segment(pdf.data, "report.pdf")[1]]


def test_footnote_markers_leave_words_alone_and_notes_follow_their_paragraph(text):
    pdf = render_pdf(text, title=TITLE, footnote=True)
    source = source_from_bytes(pdf.data, Path("notes.pdf"), LIMIT)
    paragraphs = [b.text for b in source.structure.blocks if b.kind == "paragraph"]
    first = "This development marks a significant escalation in the ongoing shadow war between Iran, Israel, and the United States."
    assert paragraphs[0].endswith(first)  # no "States.1"
    note = paragraphs.index("Interviews with Iraqi officials, June.")
    assert paragraphs[note - 1].endswith("current Prime Minister.")  # after the paragraph it interrupted
    assert source.structure.page_at(source.text.index("Interviews")) == 1


def test_headings_come_from_word_heading_styles_whatever_their_level(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Findings", level=1)
    document.add_paragraph("The first finding is short.")
    document.add_heading("Details", level=3)
    document.add_paragraph("A detail follows.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Budget", "12 million"
    path = tmp_path / "findings.docx"
    document.save(path)
    _, sentences = segment_source(read_source(path, LIMIT))
    assert [(s.text, s.section) for s in sentences] == [
        ("The first finding is short.", "Findings"), ("A detail follows.", "Details"), ("Budget | 12 million", "Details")]


def test_a_two_column_page_is_read_column_by_column(tmp_path):
    """Left column first even where lines of both columns stand at the same height."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "columns.pdf"
    pdf = canvas.Canvas(str(path))
    left = ["The left column opens the story and", "carries it down the page until it", "reaches the end of its first part."]
    right = ["The right column takes it up again", "and carries on down to the foot", "of the page where the story ends."]
    for i, (a, b) in enumerate(zip(left, right)):
        pdf.setFont("Helvetica", 11)
        pdf.drawString(72, 700 - 14 * i, a)
        pdf.drawString(320, 700 - 14 * i, b)
    pdf.showPage()
    pdf.save()
    source = read_source(path, LIMIT)
    assert re.sub(r"\s+", " ", source.text) == " ".join(left + right)


@pytest.mark.parametrize("indent", [False, True], ids=["spaced", "indented"])
def test_justified_two_column_pages_from_a_layout_engine_read_into_the_same_sentences(text, reference, indent):
    """reportlab's own flowing layout: justified lines (which pdfminer cuts at wide spaces), two
    columns on every page, paragraphs parted by space or by an indent."""
    data = render_pdf_flowing(text, indent=indent)
    document, sentences = _segment(data, "flowing.pdf")
    assert _located(sentences) == _located(reference[1])
    pages = [s.page for s in sentences]
    assert pages == sorted(pages) and pages[0] == 1 and pages[-1] == document.pages == 2
