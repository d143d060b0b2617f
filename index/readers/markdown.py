"""A Markdown report as plain text and structure, the way the other readers give PDF and HTML.

Markdown's markup is not the report's text, and what is cited must be what a reader of the
rendered report sees: front matter is dropped; `#` and underlined headings are headings; link
and image syntax, emphasis, inline code marks, HTML tags and comments are dropped (a link's text
stays, its URL goes); each list item and each table row is a paragraph (a row is its cells
joined with "; ", and the |---| row under a table's header is dropped); quote marks are dropped;
a paragraph's wrapped lines are joined with spaces, except in a text without blank lines, which
has one paragraph a line like a .txt report. The standard library is enough: this is a
line-by-line reading of the common syntax (CommonMark's blocks, GitHub's tables), not a full
CommonMark parser.
"""

from __future__ import annotations

import html
import re
from typing import Callable

from index.readers import Extracted, ExtractedBlock

# YAML (--- … --- or ...) or TOML (+++ … +++) front matter at the very start of the file.
_FRONT_MATTER = re.compile(r"\A(?:---[ \t]*\n.*?\n(?:---|\.\.\.)|\+\+\+[ \t]*\n.*?\n\+\+\+)[ \t]*(?:\n|\Z)", re.S)
_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+(?P<title>.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(?:\[[ xX]\][ \t]+)?|$)")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_TABLE_SEPARATOR = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_DEFINITION = re.compile(r"^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*\S+")  # [ref]: https://… (a link's target)

_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_IMAGE = re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])")
_LINK = re.compile(r"\[(?P<text>[^\]]+)\](?:\((?:[^()\s]|\([^)]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\)|\[[^\]]*\])")
_FOOTNOTE_MARK = re.compile(r"\[\^[^\]]+\](?!:)")
_AUTOLINK = re.compile(r"<(?P<url>(?:https?|ftp|mailto):[^>\s]+)>")
_CODE = re.compile(r"(`+)(?P<code>.+?)\1")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(?P<text>.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(?P<text>.+?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])(?P<text>.+?)(?<=[^\s_])_(?![\w_])")  # not snake_case
_STRIKE = re.compile(r"~~(?P<text>.+?)~~")
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")
# An escaped character is hidden behind a private-use character while markup is removed, so
# "\*" stays a star; each is its own code point from here on.
_HIDDEN_BASE = 0xF0000


# Given the text of every block, which plain one-line paragraphs are headings: the .txt reader's
# rule (index.ingest.text_headings), passed in so that this reader does not import its caller.
HeadingRule = Callable[[list[str]], Callable[[str], bool]]


def read_markdown(text: str, headings: HeadingRule | None = None) -> Extracted:
    """Headings and paragraphs of a Markdown text, in order, as plain text; `headings` also makes
    headings of plain lines that look like one (none without it)."""
    text = _FRONT_MATTER.sub("", text.replace("\r\n", "\n").replace("\r", "\n"), count=1)
    text = _COMMENT.sub("", text)
    blocks: list[tuple[str, str, bool]] = []  # (kind, text, plain: a paragraph that may be a heading)
    lines: list[str] = []  # the paragraph being read
    list_item = False
    fence: str | None = None

    def flush() -> None:
        nonlocal list_item
        if lines:
            content = _inline(" ".join(lines))
            if content:
                blocks.append(("paragraph", content, len(lines) == 1 and not list_item))
        lines.clear()
        list_item = False

    source = text.split("\n")
    # A text without blank lines has one paragraph a line, as a .txt report does (the shipped
    # report's shape), not one paragraph in all.
    one_per_line = not re.search(r"\n[ \t]*\n", text.strip())
    i = 0
    while i < len(source):
        line = source[i]
        i += 1
        if fence is not None:  # inside a fenced code block: its lines are one paragraph
            if line.strip().startswith(fence):
                fence = None
                flush()
            elif line.strip():
                lines.append(line.strip())
            continue
        while _QUOTE.match(line):
            line = _QUOTE.sub("", line, count=1)
        if not line.strip():
            flush()
        elif match := _FENCE.match(line):
            flush()
            fence = match["fence"]
        elif lines and not list_item and _SETEXT_UNDERLINE.match(line):
            title = _inline(" ".join(lines))
            lines.clear()
            if title:
                blocks.append(("heading", title, False))
        elif _RULE.match(line):
            flush()
        elif match := _ATX_HEADING.match(line):
            flush()
            if title := _inline(match["title"] or ""):
                blocks.append(("heading", title, False))
        elif "|" in line and i < len(source) and "|" in source[i] and _TABLE_SEPARATOR.match(source[i]):
            flush()
            rows = [line]
            i += 1  # the |---| row
            while i < len(source) and "|" in source[i] and source[i].strip():
                rows.append(source[i])
                i += 1
            for row in rows:
                if cells := [c for c in (_inline(cell) for cell in _cells(row)) if c]:
                    blocks.append(("paragraph", "; ".join(cells), False))
        elif _DEFINITION.match(line):
            flush()
        elif match := _LIST_ITEM.match(line):
            flush()
            list_item = True
            lines.append(line[match.end():].strip())
        else:
            if one_per_line:
                flush()
            lines.append(line.strip())
    flush()
    return Extracted(tuple(_with_headings(blocks, headings)))


def _with_headings(blocks: list[tuple[str, str, bool]], headings: HeadingRule | None) -> list[ExtractedBlock]:
    """Plain one-line paragraphs that look like headings are headings, as in a .txt report (a
    bold line, "**Background**", is one); the last block never is: nothing stands under it."""
    is_heading = headings([text for _, text, _ in blocks]) if headings else (lambda text: False)
    out = []
    for number, (kind, text, plain) in enumerate(blocks):
        if plain and number < len(blocks) - 1 and is_heading(text):
            kind = "heading"
        out.append(ExtractedBlock(kind, text))
    return out


def _cells(row: str) -> list[str]:
    """A table row's cells: split at pipes that are not escaped, outer pipes dropped."""
    row = row.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return [cell.replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", row)]


def _inline(text: str) -> str:
    """A line's text without inline markup; whitespace runs made single spaces."""
    hidden: list[str] = []

    def hide(match: re.Match[str]) -> str:
        hidden.append(match.group(1))
        return chr(_HIDDEN_BASE + len(hidden) - 1)

    text = _ESCAPED.sub(hide, text)
    text = _CODE.sub(lambda m: m["code"].strip(), text)
    text = _IMAGE.sub("", text)
    text = _AUTOLINK.sub(lambda m: m["url"].removeprefix("mailto:"), text)
    text = _LINK.sub(lambda m: m["text"], text)
    text = _FOOTNOTE_MARK.sub("", text)
    text = _TAG.sub("", text)
    for pattern in (_STRONG, _STRIKE, _EM_STAR, _EM_UNDERSCORE):
        text = pattern.sub(lambda m: m["text"], text)
    text = html.unescape(text)
    if hidden:
        text = re.sub(r"[\U000F0000-\U000FFFFF]", lambda m: hidden[ord(m.group()) - _HIDDEN_BASE], text)
    return " ".join(text.split())
