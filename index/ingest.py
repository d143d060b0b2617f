"""Read the configured sources and find their structure: paragraphs, headings, footer metadata.

A source is a .txt, .md, .pdf, .html/.htm or .docx file, or a folder of them. Text files are
read here (Markdown through `index.readers.markdown`, which drops its markup); the others by `index.readers`, whose parsers load only when such a file is read. Every
problem a user can fix (missing, unreadable, empty, too large, not UTF-8, encrypted, no text
layer, damaged, a name that lies about the content) is a `SourceError` that names the file.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from index.errors import SourceError
from index.language import (BYLINE, BYLINE_TITLE, ELIDED_ARTICLE, POST_NOMINAL_LETTERS, SIGNATURE_POSTS,
                            STYLE_OF_ADDRESS, SURNAME_PARTICLES, lower_case_words)
from index.readers import DOCUMENT_KINDS, MARKDOWN_SUFFIX, SUFFIXES_TEXT, TEXT_SUFFIXES, Extracted, UnreadableFile

log = logging.getLogger(__name__)

SOURCE_SUFFIXES = TEXT_SUFFIXES + tuple(DOCUMENT_KINDS)
# Blocks of a document read by a format reader are joined with this in the source text.
_BLOCK_SEPARATOR = "\n\n"

# "The post <title> appeared first on <publisher>." closes articles syndicated by WordPress feeds.
_FOOTER = re.compile(r"^The post (?P<title>.+?) appeared first on (?P<publisher>.+?)\.?\s*$")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(?P<title>.+?)\s*#*\s*$")
_HEADING_MAX_CHARS = 80
_HEADING_MAX_WORDS = 10
# In a text of at least this many blocks, a heading may be as long as half the median block
# (up to 20 words): long analyses title their sections in sentences.
_HEADING_SHAPE_MIN_BLOCKS = 8
_HEADING_PARAGRAPH_RATIO = 2
_HEADING_MAX_WORDS_LONG = 20
# Lines that name people rather than title what follows: a byline (language.BYLINE: "By Ana Ruiz, Harbour Times")
# and a contact line ("Ana Ruiz, Head of Press, tel. +1 555 0100", "… ana@example.org").
_CONTACT = re.compile(r"\b(?:tel|phone|mobile|mob|fax)\b\.?:?\s*\+?\d|\+\d{1,3}[\s\d]{6,}|\b[\w.-]+@[\w-]+\.[\w.]+",
                      re.IGNORECASE)
# A line that says who did the text's work ("Answered by Jane Roe, Minister for …, on 3 May", "Asked by Dr
# A B (Westshire)", "Compiled by A B"): no heading, though it has a heading's shape in a text of long paragraphs. A
# personal name's two to four capitalised words after "by", then a comma, a bracket or the line's end ("Haunted
# by the Past" and "Driven by Fear" stay headings).
_ATTRIBUTION_LINE = re.compile(rf"^[A-Z][a-z]+ed\s+by\s+(?:{BYLINE_TITLE}\.?\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){{1,3}}"
                               r"(?:,|\s*\(|$)")

# A letter's salutation opening its first paragraph: "Sir, …", "Madam, …", "Dear Editor, …".
_SALUTATION = re.compile(r"^(?:Sir|Madam|Sir or Madam|Dear\s+[A-Z][^\n,]{0,40}),\s")
# A letter's or a ruling's closing ("Yours sincerely,", "Please accept … consideration.", "Signed on behalf of the
# Board:"): the short lines after it are its signers' names and posts, not headings.
_CLOSING = re.compile(r"^(?:(?:Yours|Very truly yours|Respectfully|Sincerely|(?:Kind |Best )?Regards)\b[^.:]{0,30}"
                      r"|Please accept\b.{0,80}\bconsideration\.?|(?:Signed|For and on behalf of)\b[^.]{0,60}:)$",
                      re.IGNORECASE)
# "Issued by the Head of Public Affairs" over a text's last line, a name alone: who signs it, and as what.
_ISSUED_BY = re.compile(r"^(?:Issued|Released|Signed|Approved)\s+by\s")
_PARTICLE = "|".join(sorted(SURNAME_PARTICLES))
# A name's first letter, maybe after an apostrophe (Sesotho given names open with one: "'Masentle", mother of Sentle).
_NAME_START = r"[’']?[A-Z]"
# A line naming a person alone: "Ana Ruiz", a surname "d’Arcy-Lane", "de la Vega", "Dr 'Masentle Lephoi", a nickname
# in quotes and five words ("Ma. Teresita “Tess” B. Dela Cruz"), maybe the name in another script after it, in brackets
# ("Elder Chen Chih-hung (陳志宏)").
_NAME_LINE = re.compile(rf"^{_NAME_START}[\w’'.-]+(?:\s+(?:(?:{_PARTICLE})\s+)*"
                        rf"{ELIDED_ARTICLE}?{_NAME_START}[\w’'.-]+|\s+[“\"][A-Z][\w’'-]+[”\"]){{1,5}}"
                        r"(?:\s+\([^()]{1,40}\))?\s*$")
# The most words after a letter's signer's name and comma (a place, or a role and a body: "coordinator, Possum Watch").
_SIGN_OFF_WORDS = 6
# The most lines a signature block runs to (three signers with a name and a post each, and their places).
_SIGNATURE_BLOCK_LINES = 9
# A text's last line naming a post ("Chairperson", "Acting Secretary, Board of Health"): the line over it is its
# signer's name, not a heading. A post's name before its first comma has this many words at most.
_CLOSING_POST_WORDS = 4

# A section number before a heading's title: "1", "1.1", "2.3.1", "4.", "A.", "IV.".
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.|[IVX]{1,4}\.)\s+")
# "Media contact: Ana Ruiz, head of communications": a label, a colon, a person and their role.
_CONTACT_LINE = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z]+){0,3}:\s+(?P<name>[^\W\d_][\w’'.-]+(?:\s+[^\W\d_][\w’'.-]+){1,3}),"
                           r"\s+[a-z]")


# "Coroner: His Honour Mr Ian Ruiz. Delivered 12 May", "Chair: Dr Ana Ruiz.", "Deputy Registrar: Ms Ana de Vries": a
# label, a colon and a person named after a courtesy title (the honorific says a person is named, not a section).
_LABEL_TEXT = r"^[A-Z][a-z]+(?:\s+[A-Za-z][a-z]+){0,3}:\s+"  # "Deputy Registrar: ", "Attention: "
_NAME_AFTER_TITLE = rf"{_NAME_START}[\w’'-]+(?:\s+(?:(?:{_PARTICLE})\s+)?[A-Z][\w’'-]+){{1,3}}"  # ("Ana de Vries")
_HONOURABLE = r"(?:Rt\.?\s+)?Hon(?:ourable)?\.?\s+"  # ("Speaker: Hon. Ana Ruiz", "Chair: The Hon Dr Ana Ruiz")
_TITLED_LABEL_LINE = re.compile(rf"{_LABEL_TEXT}(?:{STYLE_OF_ADDRESS})?"
                                rf"(?:(?:The\s+)?{_HONOURABLE}(?:{BYLINE_TITLE}\.?\s+)?|{BYLINE_TITLE}\.?\s+)"
                                rf"{_NAME_AFTER_TITLE}(?:[.,]|\s*$)")
# "The Hon Ana Ruiz MP", "Mr Li Wei MLA", "Dr Ana de Vries": a line naming a titled person alone (a letter's sender or
# addressee), maybe with letters after the name.
_TITLED_NAME_LINE = re.compile(rf"^(?:The\s+)?(?:{_HONOURABLE}(?:{BYLINE_TITLE}\.?\s+)?"
                               rf"|{BYLINE_TITLE}\.?\s+"
                               # "Capt. A B", "Insp. A B": a rank abbreviated with a stop (not "St.", "Mt.": places)
                               r"|(?!(?:St|Mt|Ft|No|Nos|Vol)\.)[A-Z][a-z]{1,3}\.\s+)"
                               rf"{_NAME_AFTER_TITLE}(?:,?\s+(?:{POST_NOMINAL_LETTERS})\b\.?)*\s*$")
# "Attention: Engr. Ana Ruiz, Chairperson": a label, a colon, and a name with its post (_signed_line); "Panel: Ana
# Ruiz (Chair), Dr Li Wei, Tomas Berg": a list of people, one named after a courtesy title.
_LABEL = re.compile(_LABEL_TEXT)
_TITLED_IN_LIST = re.compile(rf",\s+(?:{STYLE_OF_ADDRESS})?{BYLINE_TITLE}\.?\s+[A-Z][\w’'-]+\s+[A-Z]")


def _contact_line(chunk: str) -> bool:
    label = _LABEL.match(chunk)
    return bool((m := _CONTACT_LINE.match(chunk)) and all(w[0].isupper() for w in m["name"].split())) \
        or bool(_TITLED_LABEL_LINE.match(chunk)) \
        or bool(label and (_signed_line(chunk[label.end():]) or _TITLED_IN_LIST.search(chunk, label.end())))


@dataclass(frozen=True)
class Source:
    """A source file's verified text; `structure` is set when a format reader found it (PDF, HTML, DOCX,
    Markdown)."""

    slug: str
    path: Path
    text: str
    sha256: str
    bytes: int
    structure: "Structure | None" = None
    pages: int | None = None


@dataclass(frozen=True)
class Block:
    """A paragraph or a heading, with its character span in the source text."""

    kind: str  # "paragraph" or "heading"
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Structure:
    blocks: tuple[Block, ...]
    title: str | None
    publisher: str | None
    footer: Block | None  # the "The post … appeared first on …" line, if any: citable, but no section's
    # (offset in the source text, page) where each page starts; empty for files without pages
    page_starts: tuple[tuple[int, int], ...] = field(default_factory=tuple)

    def page_at(self, offset: int) -> int | None:
        """The page the character at `offset` is on, or None for a file without pages."""
        if not self.page_starts:
            return None
        i = bisect_right([start for start, _ in self.page_starts], offset) - 1
        return self.page_starts[max(i, 0)][1]


def is_footer(text: str) -> bool:
    """Whether a sentence is a "The post … appeared first on …" metadata line."""
    return bool(_FOOTER.match(text))


def report_files(folder: Path) -> list[Path]:
    """The report files in a folder and its subfolders, sorted (so ids are stable). Hidden files
    (an upload being written is one) are not reports."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def expand_sources(sources: list[Path] | tuple[Path, ...]) -> list[Path]:
    """Files named directly, and the report files in named folders; a file named twice (or named
    and inside a named folder) once."""
    files: list[Path] = []
    for source in sources:
        if source.is_dir():
            found = report_files(source)
            if not found:
                raise SourceError(f"source folder {source} holds no report files ({SUFFIXES_TEXT})")
            files.extend(found)
        elif source.is_file():
            if source.suffix.lower() not in SOURCE_SUFFIXES:
                raise SourceError(f"source {source} is not a report file: reportbot reads {SUFFIXES_TEXT}")
            files.append(source)
        elif source.exists():
            raise SourceError(f"source {source} is neither a file nor a folder")
        else:
            raise SourceError(f"source file {source} does not exist (check [corpus] sources in config.toml)")
    if not files:
        raise SourceError("no sources are configured ([corpus] sources in config.toml is empty)")
    once: dict[Path, Path] = {}
    for path in files:
        once.setdefault(path.resolve(), path)
    return list(once.values())


def read_source(path: Path, max_bytes: int, slug: str | None = None) -> Source:
    """Read one source file strictly: UTF-8, non-empty, within the size limit."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError(f"{path} is {size:,} bytes, over the limit of {max_bytes:,} "
                              "([corpus] max_source_bytes in config.toml)")
        data = path.read_bytes()
    except PermissionError:
        raise SourceError(f"cannot read {path}: permission denied") from None
    except FileNotFoundError:
        raise SourceError(f"source file {path} does not exist") from None
    except IsADirectoryError:
        raise SourceError(f"{path} is a folder, not a file") from None
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror or exc}") from None
    return source_from_bytes(data, path, max_bytes, slug)


def check_source_bytes(data: bytes, path: Path, max_bytes: int) -> str:
    """The checks a file gets before any parser (size, a type that matches its name, zip bombs;
    a text file is decoded whole).

    Cheap and parser-free, so the serving bot can refuse a bad upload before saving it; the
    build, in its own process, then reads the file for good. Returns the file's kind.
    """
    from index.readers.sniff import check_document

    if len(data) > max_bytes:
        raise SourceError(f"{path.name} is {len(data):,} bytes, over the limit of {max_bytes:,}")
    try:
        kind = check_document(data, path.name)  # errors name the file, never a server path
    except UnreadableFile as exc:
        raise SourceError(str(exc)) from None
    if kind == "text":
        _decode_text(data, path)
    return kind


def source_from_bytes(data: bytes, path: Path, max_bytes: int, slug: str | None = None) -> Source:
    """Check and read a source's bytes: text decoded here, other formats by their reader."""
    kind = check_source_bytes(data, path, max_bytes)
    if kind != "text":
        from index.readers import read_document

        try:
            extracted = read_document(data, path.name, kind)
        except UnreadableFile as exc:
            raise SourceError(str(exc)) from None
        for note in extracted.notes:
            log.warning("%s: %s", path, note)
        text, structure = structure_of(extracted)
        return Source(slug=slug or slugify(path.stem), path=path, text=text,
                      sha256=hashlib.sha256(data).hexdigest(), bytes=len(data), structure=structure,
                      pages=extracted.pages)
    text, structure = _decode_text(data, path), None
    if path.suffix.lower() == MARKDOWN_SUFFIX:  # its markup is no part of the text a citation quotes
        from index.readers.markdown import read_markdown

        text, structure = structure_of(read_markdown(text, headings=text_headings))
    return Source(slug=slug or slugify(path.stem), path=path, text=text,
                  sha256=hashlib.sha256(data).hexdigest(), bytes=len(data), structure=structure)


def _decode_text(data: bytes, path: Path) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{path.name} is not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} "
                          "cannot be decoded (save the file as UTF-8)") from None
    text = text.removeprefix("\ufeff")  # a BOM is an encoding mark, not text
    if not text.strip():
        raise SourceError(f"{path.name} is empty: there is nothing to index")
    return text


def read_sources(paths: list[Path], max_bytes: int) -> list[Source]:
    """Read every source; slugs are made unique by suffixing -2, -3 … in order."""
    sources: list[Source] = []
    seen: set[str] = set()
    for path in paths:
        slug = base = slugify(path.stem)
        n = 1
        while slug in seen:
            n += 1
            slug = f"{base}-{n}"
        seen.add(slug)
        sources.append(read_source(path, max_bytes, slug))
    return sources


# A name with no letter or digit at all ("???.txt") is slugged "report-" and this many hex digits
# of its hash: distinct names stay distinct, and 8 digits make a clash between two such names in
# one folder about a one-in-four-billion chance.
_SLUG_HASH_DIGITS = 8


def slugify(name: str) -> str:
    """A file name as a lower-case, hyphenated id: "Iran’s Report (final)" -> "irans-report-final".

    Letters that have an ASCII base lose their accents ("Café" -> "cafe"), as slugs always have
    (so ids of such names do not change); letters and digits of other scripts are kept
    ("Доклад" -> "доклад", "تقرير" -> "تقرير") rather than dropped, so two reports named in
    another script do not share a slug. Non-ASCII punctuation is dropped, ASCII punctuation and
    spaces become hyphens.
    """
    pieces = []
    kept_script = False  # whether the last character was kept as a letter of another script
    for char in unicodedata.normalize("NFKC", name):
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        kind = unicodedata.category(char)[0]
        if base and base.isascii():
            pieces.append(base.lower() if base.isalnum() else "-")
            kept_script = False
        elif kind in "LN" or (kind == "M" and kept_script):  # a mark belongs to the letter before it ("रि")
            pieces.append(char.lower())
            kept_script = True
        else:  # non-ASCII punctuation and symbols, and a mark on an ASCII letter, are dropped
            kept_script = False
    slug = re.sub(r"-+", "-", "".join(pieces)).strip("-")
    return slug or "report-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:_SLUG_HASH_DIGITS]


def parse_structure(text: str) -> Structure:
    """Split a text into paragraphs and headings.

    Texts with blank lines between blocks are read as blank-line-separated paragraphs (so
    hard-wrapped lines join up: a block's line breaks stay in its text, and the sentence splitter
    reads them as spaces); texts without blank lines, like the shipped report, have one paragraph
    a line. Lines may end in LF, CRLF or CR.
    """
    has_blank_lines = _BLANK_LINE.search(text.strip())
    raw_blocks = _spans(text, _BLANK_LINE_SEPARATED if has_blank_lines else _LINE)
    blocks: list[Block] = []
    title = publisher = None
    footer = None
    longest_heading = heading_words([text[start:end] for start, end in raw_blocks])
    listed = _list_items([text[start:end] for start, end in raw_blocks])
    common = lower_case_words(text)  # (a signer's name has no word the text writes in lower case: "Harbour Trust")
    letter = False  # whether the paragraphs since the last heading are a letter's ("Sir, …", "Dear Editor, …")
    signers = False  # whether a closing near the end was passed: the lines left are the signature block
    introduced = False  # whether a line ending in a colon opened the numbered or bulleted items that follow it
    signer = False  # whether this is the closing post under its signer's name
    last = text[raw_blocks[-1][0]:raw_blocks[-1][1]] if raw_blocks else ""
    closing_post, closing_name = _is_post(last), bool(_NAME_LINE.match(last))  # (the last line: a post, or a name)
    for number, (start, end) in enumerate(raw_blocks):
        chunk = text[start:end]
        if signers:
            if _post_line(chunk) and blocks[-1].kind == "paragraph" and not _post_line(blocks[-1].text.split("\n")[-1]):
                # "Ana Ruiz" + "Chair, Parents' Council" under the closing: each signer's name and post together
                blocks[-1] = Block("paragraph", text[blocks[-1].start:end], blocks[-1].start, end)
            else:
                blocks.append(Block("paragraph", chunk, start, end))
            continue
        if signer and blocks[-1].kind == "paragraph":
            # "Ana Ruiz" + "Chairperson": the signer's name and post are read together ("Ana Ruiz, Chairperson")
            blocks[-1] = Block("paragraph", text[blocks[-1].start:end], blocks[-1].start, end)
            signer = False
            continue
        # "The following suspects were arrested:" + "1. A B, 34, the gang's leader": items of what the line
        # announces, not numbered headings ("1. Notice"), though they have a heading's shape
        item = bool(_LIST_MARKER.match(chunk))
        introduced = bool(number and text[raw_blocks[number - 1][0]:raw_blocks[number - 1][1]].rstrip().endswith(":")) \
            or (introduced and item)
        if introduced and item:
            blocks.append(Block("paragraph", chunk, start, end))
            continue
        signers = bool(_CLOSING.match(chunk)) and len(raw_blocks) - number - 1 <= _SIGNATURE_BLOCK_LINES
        # A letter's signature line ("Ana Pryce, Secretary, Llanrhos Traders") ends its letter: not a heading
        # over the next one, though it looks like one.
        signer = number == len(raw_blocks) - 2 and (closing_post or bool(closing_name and _ISSUED_BY.match(chunk)))
        # …and a name's line over a post's anywhere ("Ana Ruiz" + "Chairperson of the Board" closing a foreword before
        # the next section, or over "Member" and the body's name under a ruling): a signer, not two headings.
        signer = signer or (number + 1 < len(raw_blocks) and bool(_NAME_LINE.match(chunk))
                            and _post_line(text[raw_blocks[number + 1][0]:raw_blocks[number + 1][1]]))
        # "Ana Ruiz, Tolga" between a letter's last paragraph and the next letter's title (a letters page): who wrote
        # it and from where, not a heading, for nothing but another heading stands under it
        sign_off = bool(blocks) and blocks[-1].kind == "paragraph" and number + 1 < len(raw_blocks) \
            and _signed_off(chunk, common) \
            and looks_like_heading(text[raw_blocks[number + 1][0]:raw_blocks[number + 1][1]], longest_heading)
        heading = number < len(raw_blocks) - 1 and not listed[number] and not signer and not sign_off \
            and looks_like_heading(chunk, longest_heading)
        # (a name and its post under a "Contacts" heading too)
        signature = heading and "," in chunk \
            and (_signed_line(chunk) or (letter and bool(blocks) and blocks[-1].kind == "paragraph"))
        if match := _MARKDOWN_HEADING.match(chunk):
            s = start + match.start("title")
            blocks.append(Block("heading", match.group("title"), s, s + len(match.group("title"))))
            letter = False
        elif heading and not signature:
            # The last block is never a heading: nothing stands under it (a signature, a byline).
            blocks.append(Block("heading", chunk, start, end))
            letter = False
        else:
            letter = not signature and (letter or bool(_SALUTATION.match(chunk)))
            block = Block("paragraph", chunk, start, end)
            blocks.append(block)
            if match := _FOOTER.match(chunk):
                title, publisher = match.group("title").strip(), match.group("publisher").strip()
                footer = block
    return Structure(tuple(blocks), title, publisher, footer)


# Lines of a list, each a name and what it is ("Dr Ana Ruiz, Medical Director": two to six words, then a comma) or a
# thing and its count ("Ana Ruiz (Harbour Party): 9,115"), without a sentence's closing stop.
_NAMED_ITEM = re.compile(r"^[A-Z][^\s,:]*(?:\s+[^\s,:]+){1,5},\s+\S[^\r\n]*[^.!?\s]$")
_COUNTED_ITEM = re.compile(r"^[A-Z][^\r\n:]*:\s+\d[^\r\n]*[^.!?\s]$")
# …or a field of a form's or a ruling's head ("Appellant: Acme Ltd", "Case no.: 12/2024", "Counsel: A B"): a label of
# one to three words, the first alone capitalised, a colon and what it labels.
_FIELD_ITEM = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z]+\.?){0,2}:\s+\S[^\r\n]*$")
# A list item's number ("4.", "12)"), before what the item is.
_ITEM_NUMBER = r"\d{1,2}[.)]"
_NUMBERED = re.compile(rf"^{_ITEM_NUMBER}\s+")
# A list is this many such lines of one kind in a row, at least: a text's opening lines (a title, the body that
# issued it, a place and date) are two of a kind at most.
_LIST_MIN_ITEMS = 3


# "(ag.)", "(acting)", "(a.i.)", "(interim)" after a post: it is held for now.
_HELD_FOR_NOW = re.compile(r"\s*\([^()]{1,10}\)\s*$")


def _signed_off(line: str, common: frozenset[str]) -> bool:
    """Whether a line is a name, a comma and a short rest ("Ana Ruiz, Tolga", "Dr Ana Ruiz, coordinator, Possum
    Watch"): how a letter to a paper is signed; no word of the name is one the text writes in lower case (`common`),
    as a body's may be ("Orlen Harbour Trust, Portavel" over "… the trust …")."""
    name, comma, rest = line.partition(",")
    return bool(comma) and bool(_NAME_LINE.match(name)) and 1 <= len(rest.split()) <= _SIGN_OFF_WORDS \
        and not ({w.lower() for w in name.split()} - SURNAME_PARTICLES) & common \
        and not line.rstrip().endswith((".", ":", "?", "!")) and not _DATED.search(line)


# A line ending in a year ("Third Congress, Harbour Town, 14–16 May 2025"): where and when, not a signer.
_DATED = re.compile(r"\b\d{4}\s*$")


def _signed_line(line: str) -> bool:
    """Whether a line is a name and its post ("Ana Ruiz, Chair", "Ana Ruiz, Chairperson of the Board of Trustees" under
    a foreword's last paragraph): a signature."""
    name, _, post = line.partition(",")
    return bool(_NAME_LINE.match(name)) and _post_line(post.strip())


def _post_line(line: str) -> bool:
    """Whether a line names a post ("Chairperson", "Member"), maybe of a body ("Chairperson of the Board")."""
    return _is_post(line) or _is_post(line.split(" of ")[0])


def _is_post(line: str) -> bool:
    """Whether a line names a post alone ("Chairperson", "Auditor-General", "Acting Secretary, Board of Health",
    "Director General (ag.)": past a short bracket that says it is held for now)."""
    post = _HELD_FOR_NOW.sub("", line.split(",")[0]).split()
    return 1 <= len(post) <= _CLOSING_POST_WORDS and post[-1].lower().rsplit("-", 1)[-1] in SIGNATURE_POSTS \
        and not line.rstrip().endswith(".")


# A list item's number or bullet: "1. ", "2) ", "- ", "• ".
_LIST_MARKER = re.compile(rf"^(?:{_ITEM_NUMBER}|[-•*–])\s+\S")


def _list_items(chunks: list[str]) -> list[bool]:
    """Which blocks are items of a list (an attendance list, a table of results): each may have a heading's shape,
    but a heading stands over paragraphs, not over the next line of its kind, and the items name people and bodies a
    reader asks about."""
    items = [_NUMBERED.sub("", chunk) for chunk in chunks]  # ("4. A B, striker": a numbered item, no heading)
    kinds = [None if BYLINE.match(item) else "named" if _NAMED_ITEM.match(item)
             else "counted" if _COUNTED_ITEM.match(item) else "field" if _FIELD_ITEM.match(item) else None
             for item in items]
    # A name alone on its line under a signer's name and post, or under another such name ("A B, Chair" + "C D" +
    # "E F": a board signing one under another), is a named item too; not a run of bare names alone (a title page's
    # lines: "Harbour Users' Forum" + "Spring Sitting").
    signed = False
    for n, item in enumerate(items):
        signed = _signed_line(item) or (signed and kinds[n] is None and bool(_NAME_LINE.match(item)))
        if signed and kinds[n] is None:
            kinds[n] = "named"
    listed = [False] * len(chunks)
    start = 0
    for end in range(1, len(chunks) + 1):
        if end == len(chunks) or kinds[end] != kinds[start]:
            if kinds[start] and end - start >= _LIST_MIN_ITEMS:
                listed[start:end] = [True] * (end - start)
            start = end
    return listed


def structure_of(extracted: Extracted) -> tuple[str, Structure]:
    """The source text of a file a reader has read, and its structure with spans into that text."""
    pieces: list[str] = []
    blocks: list[Block] = []
    page_starts: list[tuple[int, int]] = []
    title = publisher = None
    footer = None
    offset = 0
    for extracted_block in extracted.blocks:
        if pieces:
            offset += len(_BLOCK_SEPARATOR)
        block = Block(extracted_block.kind, extracted_block.text, offset, offset + len(extracted_block.text))
        blocks.append(block)
        for at, page in extracted_block.pages:
            if not page_starts or page_starts[-1][1] != page:
                page_starts.append((offset + at, page))
        if block.kind == "paragraph" and (match := _FOOTER.match(block.text)):
            title, publisher = match.group("title").strip(), match.group("publisher").strip()
            footer = block
        pieces.append(extracted_block.text)
        offset += len(extracted_block.text)
    return _BLOCK_SEPARATOR.join(pieces), Structure(tuple(blocks), title or extracted.title, publisher, footer,
                                                   tuple(page_starts))


# A line ends in LF, CRLF (Windows) or a lone CR (old Mac files).
_LINE_END = r"(?:\r\n|\r(?!\n)|\n)"
_BLANK_LINE = re.compile(rf"{_LINE_END}[ \t]*{_LINE_END}")
_LINE = re.compile(r"[^\r\n]+")
_BLANK_LINE_SEPARATED = re.compile(rf"(?:[^\r\n]*\S[^\r\n]*(?:{_LINE_END}|$))+")


def _spans(text: str, block: re.Pattern[str]) -> list[tuple[int, int]]:
    """Whitespace-trimmed (start, end) of each non-empty match of `block`."""
    spans = []
    for match in block.finditer(text):
        start, end = _strip_span(text, match.start(), match.end())
        if start < end:
            spans.append((start, end))
    return spans


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def heading_words(chunks: list[str]) -> int:
    """How many words a heading may have in this text. In a text of long paragraphs, a line far
    shorter than they are (half their median or less), without final punctuation, is a heading even with a full stop inside
    ("Bergen’s port wasn’t always so busy. A tax helped drive the change"); elsewhere headings are short."""
    lengths = sorted(len(chunk.split()) for chunk in chunks)
    if len(lengths) < _HEADING_SHAPE_MIN_BLOCKS:
        return _HEADING_MAX_WORDS
    median = lengths[len(lengths) // 2]
    return max(_HEADING_MAX_WORDS, min(_HEADING_MAX_WORDS_LONG, int(median / _HEADING_PARAGRAPH_RATIO)))


def text_headings(chunks: list[str]):
    """Which of a text's blocks, given them all, read as headings (`looks_like_heading` at the
    length `heading_words` allows this text)."""
    longest = heading_words(chunks)
    return lambda chunk: looks_like_heading(chunk, longest)


def looks_like_heading(chunk: str, longest: int = _HEADING_MAX_WORDS) -> bool:
    """One line, no final punctuation, starting with a capital, and short for this text:
    'Iran’s Expanding Influence'."""
    if "\n" in chunk or "\r" in chunk or len(chunk.split()) > longest:
        return False
    if longest == _HEADING_MAX_WORDS and len(chunk) > _HEADING_MAX_CHARS:
        return False
    title = _SECTION_NUMBER.sub("", chunk)  # "1.1 History of the flight", "IV. Findings"
    if chunk[-1] in ".!?:;,\"”’)…" or not title[:1].isupper():
        return False
    return not (BYLINE.match(chunk) or _ATTRIBUTION_LINE.match(chunk) or _CONTACT.search(chunk) or _contact_line(chunk)
                or _TITLED_NAME_LINE.match(chunk))
