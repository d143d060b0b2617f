"""Segmentation of the shipped report into citable sentences."""

from __future__ import annotations

from pathlib import Path

from index.ingest import read_source
from index.segment import segment_source, split_sentences
from tests.helpers import REPORT


def _segmented():
    return segment_source(read_source(REPORT, 1_000_000))


def test_shipped_report_has_28_sentences_in_14_paragraphs_and_4_sections():
    document, sentences = _segmented()
    assert len(sentences) == 28  # 32 pysbd segments minus 4 headings
    assert document.paragraphs == 14
    assert document.sections == ("Iran’s Expanding Influence", "Rising Concerns Over Regional Stability",
                                 "Hamas and Houthis Gain Ground in Iraq", "A New Era in Iraqi Politics")
    assert not any(s.text in document.sections for s in sentences)  # headings are not answerable


def test_sentences_are_verbatim_spans_with_paragraph_and_section():
    document, sentences = _segmented()
    text = REPORT.read_text(encoding="utf-8")
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text
    by_id = {s.id: s for s in sentences}
    hafi = by_id["iran-backed-militias-iraq:18"]
    assert hafi.text == "Al-Hafi’s security in Iraq is provided by Kataib Hezbollah, a powerful Iran-backed militia."
    assert (hafi.paragraph, hafi.section) == (9, "Hamas and Houthis Gain Ground in Iraq")
    assert by_id["iran-backed-militias-iraq:1"].section is None  # before the first heading
    footer = by_id["iran-backed-militias-iraq:28"]
    assert footer.text.startswith("The post Iran-Backed Militias") and footer.section is None


def test_closing_quote_stays_with_its_sentence():
    _, sentences = _segmented()
    quote = next(s for s in sentences if s.text.startswith("Saad al-Saadi"))
    assert quote.text.endswith("resistance axis.”")


def test_abbreviations_do_not_end_sentences():
    spans = split_sentences("The U.S. and Iran disagree. Mr. Smith left.")
    assert len(spans) == 2


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_a_title_abbreviation_before_a_name_and_a_legal_form_do_not_end_sentences():
    assert _sentences("Its president, Eng. Faustin Mbaikoua, defended the plan. It passed.") == [
        "Its president, Eng. Faustin Mbaikoua, defended the plan.", "It passed."]
    assert _sentences("The deal with Anadolu Enerji İletim A.Ş. was signed on Monday. It was late.") == [
        "The deal with Anadolu Enerji İletim A.Ş. was signed on Monday.", "It was late."]


def test_a_swahili_honorific_before_a_name_ends_no_sentence():
    assert _sentences("The workers were represented by Bw. Juma Salehe Mrisho. Bw. Mrisho asked for a stay.") == [
        "The workers were represented by Bw. Juma Salehe Mrisho.", "Bw. Mrisho asked for a stay."]


def test_no_sentence_starts_with_the_comma_or_bracket_after_an_abbreviations_stop():
    assert _sentences("The respondent, known until 2019 as Encajes Vale Ltda., produces lace in Barbosa. It has 90 "
                      "staff.") == ["The respondent, known until 2019 as Encajes Vale Ltda., produces lace in Barbosa.",
                                    "It has 90 staff."]
    assert _sentences("The team was led by Jan Hanka, Dipl.-Ing., a certified inspector. He found cracks.") == [
        "The team was led by Jan Hanka, Dipl.-Ing., a certified inspector.", "He found cracks."]
    assert _sentences("In the matter of Kopor Kft., Mad (formerly Madi Szolo Bt.)") == [
        "In the matter of Kopor Kft., Mad (formerly Madi Szolo Bt.)"]


def test_bracketed_item_labels_inside_a_sentence_do_not_cut_it_but_items_on_their_own_lines_stay_apart():
    assert _sentences("In a letter, Ms Efua Arthur agreed to items (b), (d) and (e). The Board agreed.") == [
        "In a letter, Ms Efua Arthur agreed to items (b), (d) and (e).", "The Board agreed."]
    assert _sentences("The Board requires:\n(a) a revised budget; and\n(b) a second site visit.") == [
        "The Board requires:", "a revised budget; and", "a second site visit."]


def test_a_numbered_paragraphs_or_an_items_label_is_no_part_of_its_sentence():
    # A citation quotes the sentence the label stands before, as a reader would.
    assert _sentences("14. The Trust repaired the weir in June. It cost less than feared.") == [
        "The Trust repaired the weir in June.", "It cost less than feared."]
    assert _sentences("3.2 The lessee shall insure the mill.") == ["The lessee shall insure the mill."]
    assert _sentences("(iv) Asks the Council to light the towpath.") == ["Asks the Council to light the towpath."]
    assert _sentences("7) Calls on members to vote.") == ["Calls on members to vote."]
    # a number that begins a sentence is no label
    assert _sentences("2.5 million visitors came. 2019 was worse.") == ["2.5 million visitors came.", "2019 was worse."]


def test_a_currency_or_a_reference_abbreviation_before_a_number_does_not_end_a_sentence():
    assert _sentences("The trust banked Nu. 3.4 million from pilgrims. Its accounts were audited.") == [
        "The trust banked Nu. 3.4 million from pilgrims.", "Its accounts were audited."]
    assert _sentences("See the Quarterly Letter, Vol. 9, No. 2, for the survey. It was short.") == [
        "See the Quarterly Letter, Vol. 9, No. 2, for the survey.", "It was short."]
    # a sentence that ends in a word does end before a number
    assert _sentences("The second season went wrong. 2024 was better.") == [
        "The second season went wrong.", "2024 was better."]


def test_a_word_with_a_stop_still_ends_a_sentence_before_a_title():
    assert _sentences("He said he would remain president. Dr. Ana Ruiz disagreed.") == [
        "He said he would remain president.", "Dr. Ana Ruiz disagreed."]


def test_ids_are_stable_across_processes():
    # A rebuild runs in another process: an id must hang on nothing salted per process (a str's hash).
    import json
    import os
    import subprocess
    import sys

    script = ("import json; from tests.index.test_segment import _segmented; "
              "print(json.dumps([[s.id, s.text] for s in _segmented()[1]]))")
    root = Path(__file__).resolve().parents[2]
    runs = [json.loads(subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True,
                                      check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout)
            for seed in ("1", "2")]
    assert runs[0] == runs[1] == [[s.id, s.text] for s in _segmented()[1]]


def test_hard_wrapped_sentences_are_not_cut_at_line_breaks():
    from pathlib import Path

    from index.ingest import Source

    for newline in ("\n", "\r\n"):
        text = ("The council said on Monday that the quay would open\nLate next year. Work began in\nMarch.\n\n"
                "Funding\n\nThe port pays half.\n").replace("\n", newline)
        _, sentences = segment_source(Source(slug="t", path=Path("t.txt"), text=text, sha256="", bytes=0))
        assert [" ".join(s.text.split()) for s in sentences] == [
            "The council said on Monday that the quay would open Late next year.", "Work began in March.",
            "The port pays half."]
        assert [s.section for s in sentences] == [None, None, "Funding"]
        assert all(text[s.start:s.end] == s.text for s in sentences)


def test_a_very_long_paragraph_is_split_in_windows_with_the_same_sentences(monkeypatch):
    import index.segment as segment

    sentence = "The ferry left Hull at nine and reached Rotterdam by noon on Tuesday, Mr. Smith said. "
    paragraph = (sentence * (3 * segment.SEGMENT_WINDOW_CHARS // len(sentence))).strip()
    real = segment._segmenter()
    lengths = []

    class Recording:
        def segment(self, text):
            lengths.append(len(text))
            return real.segment(text)

    monkeypatch.setattr(segment, "_segmenter", lambda: Recording())
    spans = split_sentences(paragraph)
    assert [paragraph[a:b] for a, b in spans] == [sentence.strip()] * paragraph.count("Tuesday")
    assert max(lengths) <= segment.SEGMENT_WINDOW_CHARS  # pysbd's time grows with the square of its input


def test_an_abbreviated_first_word_of_a_title_ends_no_sentence():
    assert _sentences("The panel was chaired by Assoc. Prof. Lena Okot. It met twice.") == [
        "The panel was chaired by Assoc. Prof. Lena Okot.", "It met twice."]
    assert _sentences("He was promoted to Major. Prof. Lim disagreed.") == [
        "He was promoted to Major.", "Prof. Lim disagreed."]


def test_an_abbreviated_given_name_before_a_quoted_nickname_ends_no_sentence():
    assert _sentences('The new director, Dr. Ma. Leonora "Nora" Bautista-Cruz, took office in May. She is 52.') == [
        'The new director, Dr. Ma. Leonora "Nora" Bautista-Cruz, took office in May.', "She is 52."]


def test_an_abbreviated_given_name_before_a_surnames_particle_ends_no_sentence():
    assert _sentences("The report was prepared by Dr. Ma. Celia delos Reyes-Umali. It was noted by the Director.") == [
        "The report was prepared by Dr. Ma. Celia delos Reyes-Umali.", "It was noted by the Director."]


def test_a_click_letter_in_a_name_ends_no_sentence_but_an_exclamation_does():
    assert _sentences("The referee, Dawid !Xoagub, showed a red card. Stop! The match went on.") == [
        "The referee, Dawid !Xoagub, showed a red card.", "Stop!", "The match went on."]
