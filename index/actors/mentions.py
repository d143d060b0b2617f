"""Where each actor is mentioned: every sentence that uses its name or an alias, plus "He …" (or
"Her …") right after a sentence about one person, and "The association …" right after a sentence
naming one body whose name ends in that noun.

Names are matched on folded words (index.text.words), longest first, so "Kataib Tanzimiya" is not a
mention of Tanzimiya and "Al-Rami’s" is one of Al-Rami. An alias that folds to an ordinary word
("US" -> "us") must match as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.actors.gazetteer import NAME_CUES, OF_JOINERS, ORGANISATION_WORDS, TITLE_WORDS, name_heads
from index.actors.model import PERSON, Actor
from index.records import Sentence
from index.text import STOPWORDS, words

PRONOUN_START = re.compile(r"^(He|She|His|Her)\b")
# "The association, which …", "The navy said …": a body's head noun, right after the sentence that named it.
DEFINITE_START = re.compile(r"^The\s+([a-z]+)\b")
BODY_NOUNS = frozenset(NAME_CUES) | ORGANISATION_WORDS | OF_JOINERS
_LOOK_BACK = 3  # sentences "The association" may look back over for its body
# "Its president, Walter Brandt, said …" right after a sentence about an organisation: the role
# is in that organisation, so "Its" is a mention of it. The role is a few lower-case words (a
# capitalised one would be a name) closed by a comma, then the person, maybe titled.
_ROLE_WORDS = 5
ROLE = rf"(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,{_ROLE_WORDS - 1}}})"
ROLE_APPOSITIVE = rf"{ROLE},\s+(?:(?i:{'|'.join(sorted(TITLE_WORDS, key=len, reverse=True))})\.?\s+)*"
# …and the same role after its owner's name: "Ingeborg Dahl, Tennmark’s chief executive, said".
ROLE_AFTER_OWNER = rf"(?:’s|'s|’|')\s+{ROLE}\s*(?:[,;.]|$)"
POSSESSIVE_PRONOUNS = ("Its", "Their")
POSSESSIVE_ROLE_START = re.compile(rf"^(?P<pronoun>{'|'.join(POSSESSIVE_PRONOUNS)})\s+{ROLE_APPOSITIVE}")

@dataclass(frozen=True)
class Token:
    word: str  # folded
    start: int  # character span in the sentence, a possessive "’s" left out
    end: int


@dataclass(frozen=True)
class Hit:
    actor: int  # index into the actor list
    first: int  # token range
    last: int
    start: int  # character range
    end: int


# A dotted abbreviation ("U.S.") is one word, as index.text.words reads it.
_RAW_WORD = re.compile(r"\b(?:[A-Za-z]\.){2,}|\w+(?:[’'`]\w+)*")


def tokenize(text: str) -> list[Token]:
    """The words of index.text.words, each with where it stands in the text."""
    tokens = []
    for m in _RAW_WORD.finditer(text):
        end = m.end() - 2 if re.search(r"[’'`]s$", m.group(0)) else m.end()
        tokens += [Token(w, m.start(), end) for w in words(m.group(0))]
    return tokens


class AliasTable:
    """Every name and alias of every actor, as word tuples, for scanning sentences."""

    def __init__(self, actors: list[Actor]) -> None:
        self.keys: dict[tuple[str, ...], int] = {}
        # Keys that are ordinary words ("us"): the forms that must be matched as written ("US").
        self.exact_forms: dict[tuple[str, ...], set[str]] = {}
        self.capitalised: set[tuple[str, ...]] = set()  # names written with a capital: "Gallant", not "gallant"
        for n, actor in enumerate(actors):
            for name in [actor.name, *actor.aliases]:
                key = tuple(words(name))
                if not key:
                    continue
                self.keys.setdefault(key, n)
                if len(key) == 1 and (key[0] in STOPWORDS or len(key[0]) <= 2):
                    self.exact_forms.setdefault(key, set()).add(name)
                if name != name.lower():
                    self.capitalised.add(key)
        self.longest = max((len(k) for k in self.keys), default=0)

    def scan(self, text: str, tokens: list[Token] | None = None) -> list[Hit]:
        """Alias occurrences in a text, left to right; the longest match wins."""
        tokens = tokenize(text) if tokens is None else tokens
        found, i = [], 0
        while i < len(tokens):
            for size in range(min(self.longest, len(tokens) - i), 0, -1):
                key = tuple(t.word for t in tokens[i:i + size])
                actor = self.keys.get(key)
                start, end = tokens[i].start, tokens[i + size - 1].end
                if actor is not None and (key not in self.capitalised or text[start:end] != text[start:end].lower()) \
                        and (key not in self.exact_forms or any(text.startswith(f.rstrip("."), start)
                                                                for f in self.exact_forms[key])):
                    found.append(Hit(actor, i, i + size, start, end))
                    i += size
                    break
            else:
                i += 1
        return found


def attach_mentions(actors: list[Actor], sentences: list[Sentence]) -> list[list[Hit]]:
    """Fill each actor's `mentions` with the ids of the sentences that mention it, in report order;
    return every sentence's hits, for reading relations."""
    hits = _scan_sentences(actors, sentences, AliasTable(actors))
    for sentence, sentence_hits in zip(sentences, hits):
        for n in sorted({h.actor for h in sentence_hits}):
            actors[n].mentions.append(sentence.id)
    return hits


def _scan_sentences(actors: list[Actor], sentences: list[Sentence], table: AliasTable) -> list[list[Hit]]:
    """The hits of every sentence; a sentence opening "He"/"She" right after a sentence naming
    exactly one person also mentions that person, and one opening "Its <role>, <person>" the
    first actor other than a person of the sentence before (a hit on the pronoun)."""
    result: list[list[Hit]] = []
    previous: tuple[str | None, list[Hit]] = (None, [])
    recent: list[list[Hit]] = []  # the hits of the last sentences of the document (_ROLE_LOOK_BACK of them)
    for sentence in sentences:
        hits = table.scan(sentence.text)
        same_document = previous[0] == sentence.document
        people = {h.actor for h in previous[1] if actors[h.actor].kind == PERSON}
        pronoun = PRONOUN_START.match(sentence.text)
        if pronoun and same_document and len(people) == 1:
            hits.insert(0, Hit(people.pop(), 0, 1, 0, pronoun.end()))
        elif same_document and (owner := _role_owner(actors, sentence.text, hits, previous[1])) is not None:
            hits.insert(0, Hit(owner, 0, 1, 0, len(POSSESSIVE_ROLE_START.match(sentence.text)["pronoun"])))
        elif same_document and (named := _named_by_noun(actors, sentence.text, hits, recent[-_LOOK_BACK:])):
            hits.insert(0, named)
        if owned := _owned_roles(actors, sentence.text, hits, recent if same_document else []):
            hits = sorted(hits + owned, key=lambda h: h.start)
        result.append(hits)
        recent = (recent if same_document else [])[-(_ROLE_LOOK_BACK - 1):] + [hits]
        previous = (sentence.document, hits)
    return result


def _named_by_noun(actors: list[Actor], text: str, hits: list[Hit], recent: list[list[Hit]]) -> Hit | None:
    """"The association said …" soon after a sentence naming one body whose name ends in "Association"
    (the nearest of the last few sentences that names any), and none of its own: a mention of that body."""
    opening = DEFINITE_START.match(text)
    if not opening or opening.group(1) not in BODY_NOUNS:
        return None
    owners: set[int] = set()
    for before in reversed(recent):
        owners = {h.actor for h in before if actors[h.actor].kind != PERSON
                  and words(actors[h.actor].name)[-1:] == [opening.group(1)]}
        if owners:
            break
    if len(owners) != 1 or owners & {h.actor for h in hits}:
        return None
    return Hit(owners.pop(), 0, 2, 0, opening.end())


# "the court’s president, Justice Aline Mbakwa": a role in a body the text names by its head noun.
_ROLE_LOOK_BACK = 8  # sentences "the court’s president" may look back over for its court
_NOUN_ROLE = re.compile(rf"\b[Tt]he\s+(?P<noun>[a-z]+)(?:’s|'s)\s+{ROLE_APPOSITIVE}")


def _owned_roles(actors: list[Actor], text: str, hits: list[Hit], recent: list[list[Hit]]) -> list[Hit]:
    """Hits on "the court" in "the court’s president, <person>" when one body whose name ends in "Court" is
    named earlier in the sentence or, failing that, in the nearest of the last few sentences that names any:
    the role is in that body (a relation), and the sentence mentions it."""
    found = []
    tokens = None
    for m in _NOUN_ROLE.finditer(text):
        holder = next((h for h in hits if h.start == m.end()), None)
        if m["noun"] not in BODY_NOUNS or holder is None or actors[holder.actor].kind != PERSON:
            continue
        owners: set[int] = set()
        for before in [[h for h in hits if h.end <= m.start()]] + list(reversed(recent)):
            owners = {h.actor for h in before if actors[h.actor].kind != PERSON
                      and m["noun"] in name_heads(words(actors[h.actor].name))}
            if owners:
                break
        tokens = tokens if tokens is not None else tokenize(text)
        at = next((i for i, t in enumerate(tokens) if t.start == m.start("noun")), None)
        if len(owners) == 1 and at is not None:
            found.append(Hit(owners.pop(), at, at + 1, m.start("noun"), m.end("noun")))
    return found


def _role_owner(actors: list[Actor], text: str, hits: list[Hit], before: list[Hit]) -> int | None:
    """Whose role an opening "Its <role>, <person>" names: the first actor of the sentence before that
    is not a person (its subject, in the usual order), when the person's name follows the role."""
    opening = POSSESSIVE_ROLE_START.match(text)
    if not opening or not hits or hits[0].start != opening.end() or actors[hits[0].actor].kind != PERSON:
        return None
    return next((h.actor for h in before if actors[h.actor].kind != PERSON), None)
