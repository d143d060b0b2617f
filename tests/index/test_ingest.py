"""Reading sources: structure of the shipped report, and every bad input a clear SourceError."""

from __future__ import annotations

import pytest

from bot.errors import SourceError
from index.ingest import expand_sources, parse_structure, read_source, read_sources, slugify
from tests.helpers import REPORT

LIMIT = 1_000_000


def test_shipped_report_headings_and_footer_metadata():
    source = read_source(REPORT, LIMIT)
    structure = parse_structure(source.text)
    headings = [b.text for b in structure.blocks if b.kind == "heading"]
    assert headings == ["Iran’s Expanding Influence", "Rising Concerns Over Regional Stability",
                        "Hamas and Houthis Gain Ground in Iraq", "A New Era in Iraqi Politics"]
    assert structure.title == "Iran-Backed Militias Strengthen Presence in Iraq as Tensions Rise in the Region"
    assert structure.publisher == "Iran News Update"
    assert structure.footer is not None and structure.footer.kind == "paragraph"  # still citable


def test_shipped_report_is_byte_for_byte_the_shared_one():
    shared = REPORT.parents[2] / "shared" / "report" / REPORT.name
    if not shared.exists():
        pytest.skip("shared/ is not beside the project")
    assert REPORT.read_bytes() == shared.read_bytes()


def test_markdown_headings_and_wrapped_paragraphs(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# Background\n\nThe office opened\nin June.\n\n## People\n\nAl-Hafi leads it.\n", encoding="utf-8")
    structure = read_source(path, LIMIT).structure
    assert [(b.kind, b.text) for b in structure.blocks] == [
        ("heading", "Background"), ("paragraph", "The office opened in June."),
        ("heading", "People"), ("paragraph", "Al-Hafi leads it.")]


def test_missing_source_names_the_file(tmp_path):
    with pytest.raises(SourceError, match="nothere.txt does not exist"):
        expand_sources([tmp_path / "nothere.txt"])


def test_empty_source_is_refused(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n", encoding="utf-8")
    with pytest.raises(SourceError, match="empty.txt is empty"):
        read_source(path, LIMIT)


def test_non_utf8_names_file_and_byte_offset(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Hamas opened an office in Baghdad. Caf".encode() + b"\xe9 " + b"more text.")
    with pytest.raises(SourceError, match=r"latin1.txt is not UTF-8: byte 0xe9 at offset 38"):
        read_source(path, LIMIT)


def test_source_over_the_size_limit_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 100, encoding="utf-8")
    with pytest.raises(SourceError, match="is 500 bytes, over the limit of 100"):
        read_source(path, 100)


def test_folders_expand_to_their_text_files_and_wrong_types_are_refused(tmp_path):
    (tmp_path / "b.md").write_text("B.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    assert [p.name for p in expand_sources([tmp_path])] == ["a.txt", "b.md"]
    with pytest.raises(SourceError, match="not a report file: reportbot reads .txt, .md, .pdf"):
        expand_sources([tmp_path / "image.png"])
    with pytest.raises(SourceError, match="holds no report files"):
        (tmp_path / "sub").mkdir()
        expand_sources([tmp_path / "sub"])


def test_duplicate_file_names_get_distinct_slugs(tmp_path):
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text("Text.", encoding="utf-8")
    sources = read_sources(expand_sources([tmp_path / "one", tmp_path / "two"]), LIMIT)
    assert [s.slug for s in sources] == ["report", "report-2"]


def test_in_a_text_of_long_paragraphs_a_long_unpunctuated_line_is_a_heading():
    from index.ingest import parse_structure

    paragraph = ("The council met on Tuesday to discuss the budget for the coming year, and members argued at "
                 "length about how much should go to roads, schools and the harbour before a vote was taken.")
    heading = "Roads came first. Schools and the harbour will have to wait for next year"
    text = "\n".join([paragraph] * 4 + [heading] + [paragraph] * 4)
    kinds = [(b.kind, b.text) for b in parse_structure(text).blocks]
    assert ("heading", heading) in kinds
    assert sum(kind == "heading" for kind, _ in kinds) == 1


def test_a_line_saying_who_answered_or_asked_is_text_not_a_heading_even_among_long_paragraphs():
    from index.ingest import parse_structure

    paragraph = ("The council met on Tuesday to discuss the budget for the coming year, and members argued at "
                 "length about how much should go to roads, schools and the harbour before a vote was taken.")
    answered = "Answered by Jonas Vell-Marrow, Minister for Coastal Towns and Harbours, on 3 May 2026"
    asked = "Asked by Dr Petra Olund (Northfield East)"
    heading = "Haunted by the Past"
    text = "\n".join([paragraph] * 4 + [asked, answered] + [paragraph] * 4 + [heading] + [paragraph] * 2)
    kinds = dict((b.text, b.kind) for b in parse_structure(text).blocks)
    assert kinds[answered] == kinds[asked] == "paragraph"
    assert kinds[heading] == "heading"


def test_a_signature_line_at_the_end_is_text_not_a_heading():
    from index.ingest import parse_structure

    text = "We, the undersigned, call on the council to reopen the harbour.\nMaria Lopez, Chair of the Harbour Board"
    blocks = parse_structure(text).blocks
    assert [b.kind for b in blocks] == ["paragraph", "paragraph"]


def test_numbered_section_headings_are_headings_and_numbered_paragraphs_are_text():
    from index.ingest import parse_structure

    text = ("Preliminary report on the derailment at Kelso Junction\n"
            "1 Summary of events\n"
            "1.1 Timeline of the journey\n"
            "The train left Carlisle at 21:05 and derailed at 22:48.\n"
            "2.1 The driver was never warned about the loose rail.\n"
            "III. Conclusions\n"
            "The rail had been reported twice.")
    kinds = [(b.kind, b.text) for b in parse_structure(text).blocks]
    assert ("heading", "1 Summary of events") in kinds and ("heading", "1.1 Timeline of the journey") in kinds
    assert ("heading", "III. Conclusions") in kinds
    assert ("paragraph", "2.1 The driver was never warned about the loose rail.") in kinds


def test_hard_wrapped_crlf_blocks_are_paragraphs_not_lines():
    text = "Harbour Works\r\n\r\nThe quay will open\r\nNext year, the council said.\r\n\r\nIt cost a lot.\r\n"
    structure = parse_structure(text)
    assert [(b.kind, b.text) for b in structure.blocks] == [
        ("heading", "Harbour Works"), ("paragraph", "The quay will open\r\nNext year, the council said."),
        ("paragraph", "It cost a lot.")]


def test_one_paragraph_a_line_with_crlf_is_still_one_paragraph_a_line():
    structure = parse_structure("Harbour Works\r\nThe quay will open next year.\r\nIt cost a lot.\r\n")
    assert [(b.kind, b.text) for b in structure.blocks] == [
        ("heading", "Harbour Works"), ("paragraph", "The quay will open next year."), ("paragraph", "It cost a lot.")]


def test_markdown_markup_is_not_indexed(tmp_path):
    path = tmp_path / "update.md"
    path.write_text("---\ntitle: Update\ndate: 2024-05-01\n---\n\n# Harbour Works\n\n"
                    "The **new quay** opens in _June_, [the mayor](https://example.org/mayor) said.\n\n"
                    "- The port pays half.\n- The state pays the rest.\n\n"
                    "| Partner | Share |\n|---|---:|\n| Port | 50% |\n", encoding="utf-8")
    source = read_source(path, LIMIT)
    assert [(b.kind, b.text) for b in source.structure.blocks] == [
        ("heading", "Harbour Works"), ("paragraph", "The new quay opens in June, the mayor said."),
        ("paragraph", "The port pays half."), ("paragraph", "The state pays the rest."),
        ("paragraph", "Partner; Share"), ("paragraph", "Port; 50%")]
    for block in source.structure.blocks:
        assert source.text[block.start:block.end] == block.text  # citations stay verbatim spans
    assert not any(mark in source.text for mark in ("---", "title:", "**", "](", "http", "|", "- The"))


def test_markdown_in_one_paragraph_a_line_keeps_its_plain_headings(tmp_path):
    path = tmp_path / "plain.md"
    path.write_text("Harbour Works\nThe quay opens in June.\nFunding\nThe port pays half.\n", encoding="utf-8")
    blocks = read_source(path, LIMIT).structure.blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Harbour Works"), ("paragraph", "The quay opens in June."),
        ("heading", "Funding"), ("paragraph", "The port pays half.")]


def test_slugs_keep_other_scripts_and_never_collapse_to_one_name():
    assert slugify("Доклад о бюджете") == "доклад-о-бюджете"
    assert slugify("تقرير") == "تقرير"
    assert slugify("Доклад") != slugify("Отчёт")
    assert slugify("Café Report (final)") == "cafe-report-final"  # accented Latin names keep their old slugs
    assert slugify("???").startswith("report-") and slugify("???") != slugify("!!!")


def test_a_letters_signature_line_is_text_and_the_next_headline_a_heading():
    text = ("Letters\nShut the bypass\nSir, The plan is a mistake.\nTraders, as the chamber says, will lose custom.\n"
            "Bronwen Pryce, Secretary, Llanrhos Traders\nThe cost is wrong\nSir, The figures do not add up.\n")
    kinds = {b.text: b.kind for b in parse_structure(text).blocks}
    assert kinds["Bronwen Pryce, Secretary, Llanrhos Traders"] == "paragraph"
    assert kinds["The cost is wrong"] == kinds["Shut the bypass"] == "heading"


def test_the_lines_after_a_letters_closing_are_its_signature_block_not_headings():
    from index.ingest import parse_structure

    text = ("The Board asks the Government to reply within 60 days.\nYours faithfully,\nLena Hovland-Mbeki\n"
            "Deputy Head of the Panel on Water\nKofi Mensah Owusu\nSpecial Envoy on rivers\n")
    blocks = parse_structure(text).blocks
    assert {b.kind for b in blocks} == {"paragraph"}
    # (a signer's name and the post under it, one of the posts signers hold, are read together)
    assert "Lena Hovland-Mbeki\nDeputy Head of the Panel on Water" in [b.text for b in blocks]


def test_a_list_of_names_or_counts_is_text_and_a_byline_naming_an_outlet_is_no_heading():
    text = "\n".join([
        "Harbour board minutes", "Present",
        "Dr Ana Ruiz Mendel, Chair", "Mr Tomas Vell, Treasurer", "Ms Li Wen, Member",
        "Item 1: Opening", "The chair opened the meeting at ten.",
        "Count results",
        "Ana Ruiz (Harbour Party): 9,115", "Tomas Vell (Independent): 4,977", "Li Wen (Green Coast): 1,611",
        "By Maeve Corran, Coastal Dispatch", "The count ended at midnight.",
        "Orlen Harbour Trust, Portavel", "Annual report, 2025 season", "The trust had a quiet year.",
    ])
    kinds = {b.text: b.kind for b in parse_structure(text).blocks}
    assert kinds["Dr Ana Ruiz Mendel, Chair"] == kinds["Ms Li Wen, Member"] == "paragraph"
    assert kinds["Ana Ruiz (Harbour Party): 9,115"] == kinds["Li Wen (Green Coast): 1,611"] == "paragraph"
    assert kinds["By Maeve Corran, Coastal Dispatch"] == "paragraph"
    # headings stay headings, and two such lines of a text's opening are no list
    assert kinds["Present"] == kinds["Item 1: Opening"] == kinds["Count results"] == "heading"
    assert kinds["Orlen Harbour Trust, Portavel"] == kinds["Annual report, 2025 season"] == "heading"


def test_a_numbered_list_of_names_and_roles_is_text_not_numbered_headings():
    text = "\n".join(["Squad", "1. Aru Velagi (captain), goalkeeper", "2. Tuma Koiri, defender",
                      "3. Sape Hanuabi, striker", "Support staff", "1. Background and scope", "The board met twice."])
    kinds = {b.text: b.kind for b in parse_structure(text).blocks}
    assert kinds["1. Aru Velagi (captain), goalkeeper"] == kinds["3. Sape Hanuabi, striker"] == "paragraph"
    assert kinds["Squad"] == kinds["Support staff"] == kinds["1. Background and scope"] == "heading"


def test_a_ruling_s_head_fields_are_text_and_a_closing_name_over_its_post_is_one_signature():
    text = "\n".join([
        "Vardø Court of Appeal", "Judgment", "Case no.: 24-118", "Appellant: Storvik Havfiske AS",
        "Counsel: Advocate Ragnhild Sørbø", "Respondent: The State", "Summary", "The appeal is allowed.",
        "Item 2: Costs", "Each party bears its own costs.", "Rewi Parata", "Chairperson",
    ])
    kinds = {b.text: b.kind for b in parse_structure(text).blocks}
    assert kinds["Appellant: Storvik Havfiske AS"] == kinds["Counsel: Advocate Ragnhild Sørbø"] == "paragraph"
    assert kinds["Rewi Parata\nChairperson"] == "paragraph"
    # a heading with a label stays one where no run of fields stands
    assert kinds["Vardø Court of Appeal"] == kinds["Summary"] == kinds["Item 2: Costs"] == "heading"


def test_signers_and_their_posts_are_text_under_a_closing_and_mid_text():
    text = "\n".join([
        "Annual review 2024", "It was a year of floods. We planted 4,000 trees along the river.",
        "Theresa Mulvaney, Chair", "The year in numbers", "We counted 212 swans in March.",
        "Sincerely,", "Thandeka Mokoena", "Chair, Parents' Council", "Yusuf Adeyemi", "Principal",
    ])
    kinds = {b.text: b.kind for b in parse_structure(text).blocks}
    assert kinds["Theresa Mulvaney, Chair"] == "paragraph"  # a signature, not a heading over what follows
    assert kinds["The year in numbers"] == "heading"
    assert kinds["Thandeka Mokoena\nChair, Parents' Council"] == kinds["Yusuf Adeyemi\nPrincipal"] == "paragraph"


def test_a_name_over_a_post_is_a_signature_wherever_it_stands_and_however_long_the_block():
    text = "\n".join([
        "Yearbook 2024", "The airport handled more passengers than ever.", "Marie-Claude d'Aubigny-Roche",
        "President of the Airport Council", "Traffic at a glance", "Passenger numbers grew by 4 per cent.",
        "For the Competition Appeals Tribunal", "Sorcha Mac Giolla Rua", "Member", "Competition Appeals Tribunal",
        "Yours faithfully,", "Dewi Sri Wahyuni", "Chairperson", "Bambang Adi Nugroho", "General Secretary",
        "Siti Rahma Lestari", "Treasurer", "Cc:", "- Office of the Governor, Surabaya",
        "- Ministry of Marine Affairs, Jakarta", "- Federation of Shrimp Farmers, Sidoarjo",
    ])
    kinds = {b.text: b.kind for b in parse_structure(text).blocks}
    assert kinds["Marie-Claude d'Aubigny-Roche\nPresident of the Airport Council"] == "paragraph"
    assert kinds["Traffic at a glance"] == "heading"  # (the signature does not swallow the next section's heading)
    assert kinds["Sorcha Mac Giolla Rua\nMember"] == "paragraph"
    # three signers and a copy list run past the lines a closing's signature block was allowed
    assert kinds["Dewi Sri Wahyuni\nChairperson"] == kinds["Siti Rahma Lestari\nTreasurer"] == "paragraph"


def test_a_name_over_an_inspectors_engineers_or_superintendents_post_is_a_signature():
    text = "\n".join(["Closure of the towpath", "The towpath stays closed until the embankment is repaired.",
                      "Aurélie Bastien-Morel", "Field Unit Superintendent, Upper Valley Waterways", "Parks Office",
                      "Tevita Lolohea Fifita", "Senior Road Safety Engineer, RSA"])
    kinds = {b.text: b.kind for b in parse_structure(text).blocks}
    assert kinds["Aurélie Bastien-Morel\nField Unit Superintendent, Upper Valley Waterways"] == "paragraph"
    assert kinds["Tevita Lolohea Fifita\nSenior Road Safety Engineer, RSA"] == "paragraph"


def test_a_name_over_a_units_head_is_a_signature():
    text = "\n".join(["Enforcement notice", "14. The Company may appeal in writing within 21 days.",
                      "Jackson Mwangi Otieno", "Head, Licensing and Inspections", "For: Managing Director"])
    kinds = {b.text: b.kind for b in parse_structure(text).blocks}
    assert kinds["Jackson Mwangi Otieno\nHead, Licensing and Inspections"] == "paragraph"


def test_a_titled_name_opening_with_an_apostrophe_over_a_post_is_a_signature():
    text = "\n".join(["Tariff decision", "7.2 Any person aggrieved may apply for a review within 30 days.",
                      "Dr 'Masentle Lephoi", "Chairperson of the Board", "Adv. Lineo Mokete", "Chief Executive"])
    kinds = {b.text: b.kind for b in parse_structure(text).blocks}
    assert kinds["Dr 'Masentle Lephoi\nChairperson of the Board"] == "paragraph"


def test_a_letters_signer_and_town_between_letters_is_no_heading_but_a_dated_place_line_stays_one():
    text = "\n".join(["Letters to the editor", "Potholes on the coast road",
                      "The coast road has had the same potholes since the floods. Two tyres so far this winter.",
                      "Bronwyn Castellari, Oakridge", "Save the old cinema",
                      "The cinema closes in June unless the shire finds a buyer. It deserves better.",
                      "Dr Tomas Vaughan-Lee, secretary, Valley Film Society", "Winter show schedule",
                      "Harbour Showgrounds, North Valley, 3–4 August 2025", "The show opens at nine each day."])
    kinds = {b.text: b.kind for b in parse_structure(text).blocks}
    assert kinds["Bronwyn Castellari, Oakridge"] == "paragraph"
    assert kinds["Dr Tomas Vaughan-Lee, secretary, Valley Film Society"] == "paragraph"
    assert kinds["Save the old cinema"] == kinds["Winter show schedule"] == "heading"


def test_numbered_items_a_line_ending_in_a_colon_announces_are_text_not_headings():
    text = "\n".join([
        "Police release", "1. Notice", "Two men were held after the raid.", "The following suspects were arrested:",
        "1. Tade Olowu, alias \"Captain Red\", 34, the gang's leader", "2. Bako Sule, 27",
        "3. Iro Gana, 22, who told detectives he was paid to guard the victims", "The hearing is on Monday.",
    ])
    kinds = {b.text: b.kind for b in parse_structure(text).blocks}
    assert kinds["1. Tade Olowu, alias \"Captain Red\", 34, the gang's leader"] == kinds["2. Bako Sule, 27"] == "paragraph"
    assert kinds["1. Notice"] == "heading"  # a numbered heading no colon announces stays one


def test_an_abbreviated_given_name_does_not_end_a_sentence():
    from index.segment import segment_source
    from index.ingest import source_from_bytes
    from pathlib import Path

    text = "The chairman, Md. Karim Uddin Sarkar, said the contract was flawed. The firm is based in Bethesda, Md. " \
           "Its chief executive resigned.\n"
    _, sentences = segment_source(source_from_bytes(text.encode(), Path("minutes.txt"), LIMIT))
    assert [s.text for s in sentences] == ["The chairman, Md. Karim Uddin Sarkar, said the contract was flawed.",
                                           "The firm is based in Bethesda, Md.", "Its chief executive resigned."]
