"""Split a source into citable sentences with pysbd, keeping spans, paragraphs and sections."""

from __future__ import annotations

import re
from functools import lru_cache

from index.actors.gazetteer import TITLE_WORDS
from index.ingest import Source, Structure, parse_structure
from index.language import (ABBREVIATED_GIVEN_NAMES, ABBREVIATION_BEFORE_A_NUMBER, DOTTED_GIVEN_NAMES, HONORIFICS,
                            PARAGRAPH_LABEL, SURNAME_PARTICLES, TITLE_PREFIX_ABBREVIATIONS, lower_case_words)
from index.records import Document, Sentence


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd  # light, but only the index build needs it

    # clean=False keeps the text verbatim, so every sentence is a substring of the source.
    return pysbd.Segmenter(language="en", clean=False)


# pysbd's time grows with the square of the text it is given (one 138 KB paragraph: 33 s), so a
# longer paragraph is segmented in windows of about this many characters; every report paragraph
# so far is far shorter, and a window of this size takes pysbd well under a tenth of a second.
SEGMENT_WINDOW_CHARS = 4000
# A line break inside a paragraph (a hard-wrapped text) is a space to the sentence splitter: pysbd
# otherwise ends a sentence where the next line starts with a capital.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) spans of a paragraph's sentences, whitespace and a leading label ("3.", "(a)") trimmed.

    Line breaks inside the paragraph do not end sentences (each is read as a space of the same
    length, so the spans stay spans of `paragraph`). A paragraph longer than
    `SEGMENT_WINDOW_CHARS` is segmented window by window: each window's last sentence, which
    the window may have cut, starts the next window.
    """
    flat = _LINE_BREAK.sub(lambda m: " " * len(m.group()), paragraph)
    spans: list[tuple[int, int]] = []
    cursor = 0
    while cursor < len(flat):
        size = SEGMENT_WINDOW_CHARS
        while True:  # a window holding one sentence only is widened until a second starts in it
            end = min(cursor + size, len(flat))
            found = _pysbd_spans(flat, cursor, end)
            if end == len(flat) or len(found) >= 2:
                break
            size *= 2
        if end == len(flat):
            spans.extend(found)
            break
        spans.extend(found[:-1])
        cursor = found[-1][0]
    return [_unlabelled(paragraph, start, end) for start, end in _rejoined(paragraph, spans)]


def _unlabelled(paragraph: str, start: int, end: int) -> tuple[int, int]:
    """A sentence's span without the paragraph's or item's label it opens with ("3. The Authority …", "(a) Light
    vehicles …"): a citation quotes the sentence, and a reader counts the label as no part of it (nor does a
    number in it count anything). A sentence that is a label alone keeps it."""
    label = PARAGRAPH_LABEL.match(paragraph, start, end)
    return (label.end(), end) if label else (start, end)


def _pysbd_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """pysbd's sentences of text[start:end], as (start, end) spans of `text`, whitespace trimmed."""
    part = text[start:end]
    spans = []
    cursor = 0
    for piece in _segmenter().segment(part):
        piece = piece.strip()
        if not piece:
            continue
        # pysbd's own char spans can go wrong on repeated text; finding each piece after the
        # previous one cannot.
        at = part.find(piece, cursor)
        if at < 0:  # pysbd altered the text (it should not with clean=False): keep the rest whole
            rest = part[cursor:].strip()
            if rest:
                at = part.index(rest, cursor)
                spans.append((start + at, start + at + len(rest)))
            break
        spans.append((start + at, start + at + len(piece)))
        cursor = at + len(piece)
    return spans


# A capitalised title of at most this many letters written with a stop ("Eng.", "Capt."): an abbreviation
# before a name, not the end of a sentence; longer words with a stop end sentences ("… remained president.").
TITLE_ABBREVIATION_LETTERS = 4


# Two capitalised words, maybe a surname's particles between them: what follows an abbreviated given name ("Md." +
# "Karim Hossain", "Ma." + "Luisa delos Santos").
_NAME_AFTER = re.compile(rf"[A-Z][\w’'-]+\s+(?:(?:{'|'.join(sorted(SURNAME_PARTICLES))})\s+)*[\"“]?[A-Z]")
# An item's label in brackets inside a running sentence ("agreed to items (b)," + "(d) and" + "(e)."): pysbd
# cuts before one as before a list's item, though the text before ends in no stop.
_ITEM_LABEL = re.compile(r"\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)")
_CLOSED = re.compile(r"[.!?:;][\"”’')]*\s*$")
# What no sentence starts with: the comma, semicolon, colon or closing bracket after an abbreviation's stop that
# pysbd took for a sentence's end ("Encajes Vale Ltda." + ", produces …", "Dipl.-Ing." + ", a bridge inspector").
_GOES_ON = frozenset(",;:)")


def _rejoined(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """pysbd's cuts undone where no sentence ends: before a lower-case word ("… Enerji İletim A.Ş." + "was
    signed"; no sentence starts in lower case) or a comma, semicolon, colon or closing bracket (_GOES_ON), inside a
    word ("Dipl." + "-Ing."), after a title abbreviation before a name ("its president, Eng." + "Anselme Ngorou,
    said"; "Assoc." + "Prof. A B") or an abbreviated given name before a name's two words ("Md." + "Karim Hossain";
    not "Bethesda, Md." + "Its chief …"), after a number's sign before it ("Military Tribunal No." + "4 of 2026",
    "Nu." + "2.3 million"), before an item's bracketed label inside a sentence ("(b), (d) and (e)"), around a lone
    letter and stop ("A." + "Ş."), and after an exclamation mark with no space after it, a click letter of a
    Khoekhoe or San name ("38 supported the !" + "Naruseb name")."""
    def title_cut(text: str, following: str) -> bool:
        last = text.rsplit(None, 1)[-1]
        # (a longer one when it is a title's abbreviated first word: "Assoc." + "Prof. A B")
        if not (re.fullmatch(rf"[A-Z][a-z]{{1,{TITLE_ABBREVIATION_LETTERS - 1}}}\.", last)
                or last[:-1] in TITLE_PREFIX_ABBREVIATIONS):
            return False
        # before a name's words, not a state's "Md." ("Bethesda, Md. Its …")
        if last[:-1] in ABBREVIATED_GIVEN_NAMES | DOTTED_GIVEN_NAMES:
            return bool(_NAME_AFTER.match(following))
        return last[:-1].lower() in TITLE_WORDS or last[:-1] in HONORIFICS

    joined: list[tuple[int, int]] = []
    for start, end in spans:
        text = paragraph[start:end]
        if joined and (text[:1].islower() or text[:1] in _GOES_ON or re.fullmatch(r"\w\.", text)
                       or (start == joined[-1][1] and paragraph[start - 1] == "!")  # a click letter: "Petrus !Naruseb"
                       or (start == joined[-1][1] and text[:1] == "-")  # a stop inside a word: "Dipl.-Ing."
                       or (_ITEM_LABEL.match(text) and not _CLOSED.search(paragraph[joined[-1][0]:joined[-1][1]])
                           and "\n" not in paragraph[joined[-1][1]:start])
                       or (title_cut(paragraph[joined[-1][0]:joined[-1][1]], text) and text[:1].isupper())
                       or (text[:1].isdigit()
                           and ABBREVIATION_BEFORE_A_NUMBER.search(paragraph[joined[-1][0]:joined[-1][1]]))):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def segment_source(source: Source) -> tuple[Document, list[Sentence]]:
    """The document record and its sentences, in order, headings excluded.

    A line with a heading's shape that names the holder of a role ("Duty hydrologist: Ana Ruiz", "Before: Regional
    Magistrate Ana Ruiz", "Inspector of Police Ana Ruiz" over a release's last line) is a paragraph: a person to cite,
    not a section's title. A sentence's page is the page it starts on (files with pages only).
    """
    # (here, not at the top: the extractor's patterns take ~0.4 s to load, and only an index build segments a text)
    from index.actors.extract import names_a_role_holder

    structure: Structure = source.structure or parse_structure(source.text)
    common = lower_case_words(source.text)
    sentences: list[Sentence] = []
    sections: list[str] = []
    section: str | None = None
    paragraph = 0
    for block in structure.blocks:
        if block.kind == "heading" and not names_a_role_holder(block.text, common):
            section = block.text
            sections.append(section)
            continue
        paragraph += 1
        in_section = None if block is structure.footer else section
        for start, end in split_sentences(block.text):
            ordinal = len(sentences) + 1
            sentences.append(Sentence(
                id=f"{source.slug}:{ordinal}",
                document=source.slug,
                ordinal=ordinal,
                text=block.text[start:end],
                start=block.start + start,
                end=block.start + end,
                paragraph=paragraph,
                section=in_section,
                page=structure.page_at(block.start + start),
            ))
    document = Document(
        slug=source.slug, path=str(source.path), sha256=source.sha256, bytes=source.bytes,
        title=structure.title, publisher=structure.publisher, sections=tuple(sections),
        paragraphs=paragraph, sentences=len(sentences), pages=source.pages,
    )
    return document, sentences
