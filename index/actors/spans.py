"""Capitalised spans of a sentence that may name an actor: "Abu Idris al-Sharafi", "The New York
Times", "Iran" in "Iran-backed", "Hamas" in "Hamas’ Arab and Islamic Relations Office".

A span is cut at a possessive or an "X-backed" compound (the rest is a span of its own), sentence
openers are dropped from its front ("Similarly", "Since July"), and a personal title is split off
("Prime Minister Najib Mikati" -> "Najib Mikati", title "Prime Minister").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from index.actors.gazetteer import NAME_CUES, NOT_ACTORS, OF_JOINERS, OPENERS, TITLE_WORDS, state_of

_TOKEN = r"(?:[A-Z][\w’'.]*(?:-[A-Za-z][\w’']*)*|(?:al|el)-[A-Z][\w’']*)"
# Capitalised tokens joined by spaces; "and" joins when two capitalised words follow ("Arab and
# Islamic Relations Office"), "of" after a noun that takes one ("Ministry of Defense").
_RUN = re.compile(rf"{_TOKEN}(?:\s+(?:and\s+(?=[A-Z]\w*\s+[A-Z])|of\s+(?=[A-Z]))?{_TOKEN})*")
_POSSESSIVE = re.compile(r"(’s|'s|’|')$")
_COMPOUND = re.compile(r"-(backed|led|allied|aligned|funded|based|sponsored|affiliated|linked)$", re.IGNORECASE)
_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+")


@dataclass(frozen=True)
class Span:
    start: int  # character offsets of the name in the sentence
    end: int
    name: str
    title: str | None = None  # "Prime Minister", split off the name
    possessive: bool = False  # "Iraq’s"
    compound: str | None = None  # "backed" in "Iran-backed"
    initial: bool = False  # the sentence's first word


def find_spans(text: str) -> Iterator[Span]:
    """The spans of one sentence, left to right."""
    first_word = re.search(r"[A-Za-z]", text)
    opening = first_word.start() if first_word else 0
    for run in _RUN.finditer(text):
        tokens = [(run.start() + m.start(), m.group(0)) for m in re.finditer(r"\S+", run.group(0))]
        while tokens:
            piece, tokens = _cut(tokens)
            yield from _name_in(piece, opening)


def _cut(tokens: list[tuple[int, str]]) -> tuple[list[tuple[int, str, str]], list[tuple[int, str]]]:
    """The tokens up to a possessive or compound (cleaned), and the ones after it."""
    piece = []
    for n, (start, token) in enumerate(tokens):
        if not _ABBREVIATION.fullmatch(token):  # "U.S." keeps its dots; "Baghdad." does not
            token = token.rstrip(".")
        bare = _COMPOUND.sub("", _POSSESSIVE.sub("", token))
        marker = "possessive" if _POSSESSIVE.search(token) else (_COMPOUND.search(token).group(1).lower()
                                                                if bare != token else "")
        piece.append((start, bare, marker))
        if marker:
            return piece, tokens[n + 1:]
    return piece, []


def _name_in(piece: list[tuple[int, str, str]], opening: int) -> Iterator[Span]:
    if not piece:
        return
    marker = piece[-1][2]
    for n, (_, token, _) in enumerate(piece):
        if token == "of" and (n == 0 or piece[n - 1][1].lower() not in OF_JOINERS | TITLE_WORDS):
            # "Houthis of Yemen" is two names; "Ministry of Defense" is one.
            yield from _name_in(piece[:n], opening)
            yield from _name_in(piece[n + 1:], opening)
            return
    # Openers go from the front; "The" stays inside a name ("by The New York Times").
    while piece and piece[0][1].lower() in OPENERS and not (
            piece[0][1] == "The" and piece[0][0] > opening and len(piece) > 1):
        piece.pop(0)
    if not piece:
        return
    title, piece = _split_title(piece)
    if not piece or all(t.lower() in NOT_ACTORS for _, t, _ in piece):
        return
    if title and state_of(title[0][1]) and len(title) > 1:  # "Lebanese Prime Minister Najib Mikati"
        start, token, _ = title.pop(0)
        yield Span(start, start + len(token), token, initial=start == opening)
    start, end = piece[0][0], piece[-1][0] + len(piece[-1][1])
    yield Span(start, end, " ".join(t for _, t, _ in piece),
               title=" ".join(t for _, t, _ in title) or None,
               possessive=marker == "possessive", compound=marker if marker not in ("", "possessive") else None,
               initial=(title[0][0] if title else start) == opening)


def _split_title(piece):
    """("Prime Minister", "Najib Mikati") from "Prime Minister Najib Mikati"; no title from "General Assembly"."""
    lead = 1 if state_of(piece[0][1]) and len(piece) > 2 else 0  # a demonym may precede the title
    n = lead
    while n < len(piece) and (piece[n][1].lower().rstrip(".") in TITLE_WORDS or piece[n][1] == "of" or (
            n > lead and piece[n - 1][1] == "of")):  # "Secretary of State", "Minister of Defense"
        n += 1
    rest = piece[n:]
    if n == lead or not rest or rest[-1][1].lower() in NAME_CUES or state_of(" ".join(t for _, t, _ in rest)):
        return [], piece
    return piece[:n], rest
