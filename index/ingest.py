"""Read the configured sources and find their structure: paragraphs, headings, footer metadata.

A source is a .txt or .md file, or a folder of them. Every problem a user can fix (missing,
unreadable, empty, too large, not UTF-8) is a `SourceError` that names the file.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from bot.errors import SourceError
from bot.log import get_logger

log = get_logger(__name__)

SOURCE_SUFFIXES = (".txt", ".md")

# "The post <title> appeared first on <publisher>." closes articles syndicated by WordPress feeds.
_FOOTER = re.compile(r"^The post (?P<title>.+?) appeared first on (?P<publisher>.+?)\.?\s*$")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(?P<title>.+?)\s*#*\s*$")
_HEADING_MAX_CHARS = 80
_HEADING_MAX_WORDS = 10


@dataclass(frozen=True)
class Source:
    """A source file's verified text."""

    slug: str
    path: Path
    text: str
    sha256: str
    bytes: int


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


def is_footer(text: str) -> bool:
    """Whether a sentence is a "The post … appeared first on …" metadata line."""
    return bool(_FOOTER.match(text))


def expand_sources(sources: list[Path] | tuple[Path, ...]) -> list[Path]:
    """Files named directly, and the .txt/.md files in named folders (sorted, so ids are stable)."""
    files: list[Path] = []
    for source in sources:
        if source.is_dir():
            found = sorted(p for p in source.rglob("*") if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES)
            if not found:
                raise SourceError(f"source folder {source} holds no .txt or .md files")
            files.extend(found)
        elif source.is_file():
            if source.suffix.lower() not in SOURCE_SUFFIXES:
                raise SourceError(f"source {source} is not a .txt or .md file")
            files.append(source)
        elif source.exists():
            raise SourceError(f"source {source} is neither a file nor a folder")
        else:
            raise SourceError(f"source file {source} does not exist (check [corpus] sources in config.toml)")
    if not files:
        raise SourceError("no sources are configured ([corpus] sources in config.toml is empty)")
    return files


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


def source_from_bytes(data: bytes, path: Path, max_bytes: int, slug: str | None = None) -> Source:
    """Check and decode a source's bytes (also used for uploads, which never touch disk unchecked)."""
    if len(data) > max_bytes:
        raise SourceError(f"{path.name} is {len(data):,} bytes, over the limit of {max_bytes:,}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{path} is not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} "
                          "cannot be decoded (save the file as UTF-8)") from None
    text = text.removeprefix("\ufeff")  # a BOM is an encoding mark, not text
    if not text.strip():
        raise SourceError(f"{path} is empty: there is nothing to index")
    return Source(slug=slug or slugify(path.stem), path=path, text=text,
                  sha256=hashlib.sha256(data).hexdigest(), bytes=len(data))


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


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or "report"


def parse_structure(text: str) -> Structure:
    """Split a text into paragraphs and headings.

    Texts with blank lines between blocks are read as blank-line-separated paragraphs (so
    hard-wrapped lines join up); texts without blank lines, like the shipped report, have one
    paragraph a line.
    """
    has_blank_lines = re.search(r"\n[ \t]*\n", text.strip())
    raw_blocks = _spans(text, _BLANK_LINE_SEPARATED if has_blank_lines else _LINE)
    blocks: list[Block] = []
    title = publisher = None
    footer = None
    for start, end in raw_blocks:
        chunk = text[start:end]
        if match := _MARKDOWN_HEADING.match(chunk):
            s = start + match.start("title")
            blocks.append(Block("heading", match.group("title"), s, s + len(match.group("title"))))
        elif _looks_like_heading(chunk):
            blocks.append(Block("heading", chunk, start, end))
        else:
            block = Block("paragraph", chunk, start, end)
            blocks.append(block)
            if match := _FOOTER.match(chunk):
                title, publisher = match.group("title").strip(), match.group("publisher").strip()
                footer = block
    return Structure(tuple(blocks), title, publisher, footer)


_LINE = re.compile(r"[^\n]+")
_BLANK_LINE_SEPARATED = re.compile(r"(?:[^\n]*\S[^\n]*(?:\n|$))+")


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


def _looks_like_heading(chunk: str) -> bool:
    """Short single line, no final punctuation, starting with a capital: 'Iran’s Expanding Influence'."""
    if "\n" in chunk or len(chunk) > _HEADING_MAX_CHARS or len(chunk.split()) > _HEADING_MAX_WORDS:
        return False
    if chunk[-1] in ".!?:;,\"”’)…" or not chunk[0].isupper():
        return False
    return True
