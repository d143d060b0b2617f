"""The report as PDF, HTML and Word answers the dev set as the text report does, PDF citations with pages."""

from __future__ import annotations

import json

import pytest

from bot.answers.models import Citation
from bot.render import actor_embed, locator, mentions_pages, render_discord
from bot.settings import PROJECT_ROOT
from index.ingest import parse_structure
from tests.helpers import REPORT, ask_in_a_fresh_process, write_config
from tests.index.format_fixtures import render_docx, render_html, render_pdf

TITLE = "Iran-Backed Militias Strengthen Presence in Iraq"
DEV = [json.loads(line) for line in (PROJECT_ROOT / "tests" / "dev.jsonl").read_text(encoding="utf-8").splitlines()]
PARSERS = ("pdfminer", "trafilatura", "docx", "justext", "htmldate", "reportlab")


@pytest.fixture(scope="module")
def rendered():
    text = REPORT.read_text(encoding="utf-8")
    return text, render_pdf(text, title=TITLE)


@pytest.fixture(scope="module")
def services(tmp_path_factory, rendered, real_settings):
    """A service over each format of the report, its file named as the text report is (same slug),
    built as `reportbot index build` builds it (its ONNX query model recorded) and answering with it."""
    from bot.service import ReportService
    from index.build import build_index

    text, pdf = rendered
    out = {}
    for kind, data in (("pdf", pdf.data), ("html", render_html(text, TITLE)), ("docx", render_docx(text, TITLE))):
        folder = tmp_path_factory.mktemp(kind)
        source = folder / f"{REPORT.stem}.{kind}"
        source.write_bytes(data)
        settings = write_config(folder, sources=[source])
        build_index(settings)  # the session's checked export embeds: no torch
        out[kind] = (settings, ReportService.open(settings))
    return out


def _expected_page(text: str, pdf, sentence) -> int:
    """The page the rendered PDF drew the sentence's first word on."""
    paragraphs = [b for b in parse_structure(text).blocks if b.kind == "paragraph"]
    block = paragraphs[sentence.paragraph - 1]
    return pdf.word_pages[sentence.paragraph - 1][len(text[block.start:sentence.start].split())]


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["pdf", "html", "docx"])
def test_every_dev_question_gets_the_same_answer_and_cited_sentences(services, real_service, kind, rendered):
    text, pdf = rendered
    _, service = services[kind]
    by_id = {s.id: s for s in real_service.live.bundle.sentences}
    for item in DEV:
        want, got = real_service.ask(item["question"]), service.ask(item["question"])
        assert (got.answered, got.answer) == (want.answered, want.answer), item["id"]
        assert [(c.id, c.text, c.section) for c in got.citations] == [(c.id, c.text, c.section) for c in want.citations]
        for citation in got.citations:
            expected = _expected_page(text, pdf, by_id[citation.id]) if kind == "pdf" else None
            assert citation.page == expected, (item["id"], citation.text)


@pytest.mark.slow
def test_ask_json_gives_the_page_and_the_serving_process_loads_no_parser(services, rendered):
    """`reportbot ask --json` over the PDF index: citations[].page, and no document parser imported."""
    text, pdf = rendered
    settings, service = services["pdf"]
    answer, loaded = ask_in_a_fresh_process(settings.path, "Who leads the new Hamas office in Baghdad?", PARSERS)
    assert loaded == []
    citation = answer["citations"][0]
    sentence = next(s for s in service.live.bundle.sentences if s.id == citation["id"])
    assert citation["page"] == sentence.page == _expected_page(text, pdf, sentence) == 2


@pytest.mark.slow
def test_discord_sources_and_actor_mentions_show_the_page(services):
    _, service = services["pdf"]
    answer = service.ask("Which militia provides security for the Hamas representative in Iraq?")
    sources = render_discord(answer).messages[-1]
    citation = answer.citations[0]
    assert f"*p. {citation.page}, {citation.section}*" in sources
    profile = service.actor("Al-Hafi").to_json()["actor"]
    assert all(m["page"] in (1, 2, 3, 4) for m in profile["mentions"])
    embed, _ = actor_embed(profile)
    mentions = next(f["value"] for f in embed["fields"] if f["name"].startswith("Mentions"))
    assert f"*(p. {profile['mentions'][0]['page']})*" in mentions
    assert f"*(p. {profile['mentions'][-1]['page']})*" in mentions_pages(profile)[-1]


def test_a_citation_without_a_page_keeps_its_paragraph():
    assert locator(Citation(1, "d:3", "Text.", 4, "Findings", "d")) == "Findings, paragraph 4"
    assert locator(Citation(1, "d:3", "Text.", 4, "Findings", "d", page=12)) == "p. 12, Findings"
    assert locator(Citation(1, "d:3", "Text.", 4, None, "d", page=1)) == "p. 1"
    assert Citation(1, "d:3", "Text.", 4, None, "d").to_json()["page"] is None
