"""What a question asks for: the kind of answer it expects, and the terms it hinges on."""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.text import fold, terms

# Expected answer kinds. A sentence can only answer a "number" question if it holds a number
# the question does not, a "time" question if it holds a date or duration, and so on.
NUMBER, TIME, NAME, ENTITY, OTHER = "number", "time", "name", "entity", "other"

_NUMBER_Q = re.compile(
    r"\bhow (many|much|large|big|old|tall|long ago)\b|\bwhat (number|percentage|percent|amount|share)\b"
    r"|\b(number|amount) of\b|\b(budget|cost|costs|price|salary|population|funding|revenue|casualties|"
    r"death toll|size)\b")
_TIME_Q = re.compile(
    r"^\s*when\b|\bwhen (did|was|were|will|do|does|is|are|has|have)\b|\b(what|which) (year|month|day|date|time|"
    r"week|decade|season)\b|\bhow long\b|\bsince when\b|\bin what (year|month)\b")
# "Who", "where" and "name of" want a name; "which X" and "what <entity noun>" want a name or a number.
_NAME_Q = re.compile(r"\b(who|whom|whose|where)\b|\bname (of|the)\b|\bwhat is the name\b|\bnamed?\b")
_ENTITY_NOUNS = ("group groups militia militias newspaper newspapers paper outlet outlets media agency country countries "
                 "city cities town place places state states nation nations organization organisations organizations "
                 "party parties bloc blocs faction factions movement movements government governments person people "
                 "leader leaders official officials figure figures member members office offices publication "
                 "website site source sources region regions province capital elections election")
_ENTITY_Q = re.compile(r"\bwhich\b|\bwhat (" + "|".join(_ENTITY_NOUNS.split()) + r")\b")

_MONTHS = ("january february march april may june july august september october november december "
           "spring summer autumn fall winter").split()
_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                 "hundred hundreds thousand thousands million millions billion billions dozen dozens "
                 "half percent").split()
_DURATION_WORDS = "decade decades year years month months week weeks day days since earlier recent".split()
_DIGITS = re.compile(r"\d")


# Questions about the document itself are answered from its metadata line ("The post … appeared
# first on …"), which ingest keeps citable for exactly this.
_ABOUT_DOCUMENT = re.compile(
    r"\b(publish\w*|publication|appear\w*|title\w*|headline|author|wrote|written|outlet|source)\b.{0,40}"
    r"\b(article|report|post|story|piece|text|this|it)\b|\b(article|report|post|story|piece)\b.{0,40}"
    r"\b(publish\w*|appear\w*|title\w*|headline|author|written|wrote|outlet|called|named)\b")


# "Which city", "what kind of group": the word after which/what names the kind of answer, not
# something the answer must contain.
_TYPE_WORD = re.compile(r"\b(?:which|what)\s+(?:kind|sort|type)?\s*(?:of\s+)?([a-z]+)")


@dataclass(frozen=True)
class QuestionShape:
    kind: str  # NUMBER, TIME, NAME, ENTITY or OTHER
    numbers: frozenset[str]  # digit groups in the question ("2024")
    about_document: bool  # asks for the document's title, publisher or source
    type_words: frozenset[str]  # "city" in "which city": what is asked for, not what to match


def shape_of(question: str) -> QuestionShape:
    text = fold(question)
    if _TIME_Q.search(text):
        kind = TIME
    elif _NUMBER_Q.search(text):
        kind = NUMBER
    elif _NAME_Q.search(text):
        kind = NAME
    elif _ENTITY_Q.search(text):
        kind = ENTITY
    else:
        kind = OTHER
    type_words = set()
    for match in _TYPE_WORD.finditer(text):
        type_words.update(terms(match.group(0)))
    return QuestionShape(kind, frozenset(re.findall(r"\d+", text)), bool(_ABOUT_DOCUMENT.search(text)),
                         frozenset(type_words))


def has_number(text: str, exclude: frozenset[str] = frozenset()) -> bool:
    folded = fold(text)
    if any(n not in exclude for n in re.findall(r"\d+", folded)):
        return True
    return any(re.search(rf"\b{w}\b", folded) for w in _NUMBER_WORDS)


def has_time(text: str, exclude: frozenset[str] = frozenset()) -> bool:
    folded = fold(text)
    if any(len(n) == 4 and n not in exclude for n in re.findall(r"\d+", folded)):
        return True
    return any(re.search(rf"\b{w}\b", folded) for w in _MONTHS + _DURATION_WORDS)
