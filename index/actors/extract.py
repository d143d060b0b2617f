"""Find the actors a report names, offline: capitalised spans, appositives and a small gazetteer.

1. Spans (index.actors.spans): capitalised runs, possessives and "X-backed" cut, openers and
   titles split off.
2. Evidence per name, from the text around each span: an appositive ("Kataib Hezbollah, a powerful
   Iran-backed militia"), a title ("Prime Minister …"), a source context ("a report by …"), a
   place context ("in Gaza"), "known as" aliases; states, demonyms and acting capitals from the
   gazetteer.
3. Merges: surnames and partial names into the full name ("Sharafi", "Abu Idris" -> "Abu Idris
   al-Sharafi"), singulars into plurals ("Houthi" -> "Houthis"), "known as" aliases into their head.
4. Kinds: title, then appositive, then the name's last word ("… Bloc", "… Times"), then the name's
   shape (a surname used alone, Arabic name particles), then a source context; else organisation.
5. Drops: a lone capitalised first word nothing else vouches for ("Fighting along the border"),
   places, and adjectives ("a Palestinian militant group").

Mentions and relations are read afterwards (index.actors.mentions, index.actors.relations), once
the overrides file has had its say about names and aliases.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from index.actors.gazetteer import (ARMED_ADJECTIVES, FIRST_WORD_CUES, GOVERNMENT_WORDS, KIND_CUES, LOCATIVES,
                                    MEDIA_CONTEXT, MEDIA_NAMES, NAME_CUES, NAME_PARTICLES, PERSON_PARTICLES,
                                    PLACE_WORDS, STATES, state_of)
from index.actors.mentions import AliasTable, tokenize
from index.actors.model import ARMED_GROUP, MEDIA, ORGANISATION, PERSON, STATE, Actor
from index.actors.relations import compound_of, is_adjective
from index.actors.spans import find_spans
from index.ingest import is_footer
from index.records import Document, Sentence
from index.text import match_key, words

_CLAUSE_VERB = re.compile(r"\b(has|have|had|is|are|was|were|will|would|could|said|says|told)\b")
# An appositive runs to the next comma, semicolon, quote or sentence end; "U.S." does not end it.
_APPOSITIVE = re.compile(r"^,\s+(?P<desc>(?:(?:[A-Z]\.){2,}|[^,.;“”\"()])+?)\s*(?=[,;“”\"]|\.(?:\s|$)|$)")
_COPULA = re.compile(r"^\s+(?:is|was)\s+(?P<desc>(?:a|an|the|one of)\s(?:(?:[A-Z]\.){2,}|[^,.;“”\"()])+?)"
                     r"\s*(?=[,;“”\"]|\.(?:\s|$)|$)")
# A verb with an object ("the attacks damaged a gas field"): a clause, not a description.
_VERB_OBJECT = re.compile(r"(?<!-)\b\w+ed\s+(?:a|an|the|its|their|his|her)\s")
_DETERMINER = re.compile(r"^(?:a|an|the|another|one of the|one of)\s", re.IGNORECASE)
_KNOWN_AS = re.compile(r"^,?\s+(?:\(|(?:also |better |commonly |widely |locally )?known as\s+(?:the\s+)?)")
_GOVERNMENT = re.compile(rf"\b([A-Z][\w.’'-]*)\s+({'|'.join(sorted(GOVERNMENT_WORDS))})\b")
# "the Iraqi government" is an actor of its own; "the Iranian regime" is Iran under another name.
_OWN_GOVERNMENT = frozenset({"government", "administration"})
_ADJECTIVE_FORM = re.compile(r"(?:ian|ean|ese|ish)$")
_CAPITAL_ACTS = re.compile(r"^\s+(?:has|have|had|is|was|will|would|could|may|said|says|sent|told|[a-z]+ed|"
                           r"[a-z]+s)\b")
# "Hezbollah leader Naim Qassem", "led by Nabih Berri": a person's name follows.
_PERSON_BEFORE = re.compile(r"\b(?:(?:led|headed|founded|chaired|commanded) by|leader|spokesman|spokeswoman|"
                            r"spokesperson|cleric|commander|chief|founder|lawmaker|envoy)\s+$")
_GROUP_BEFORE = re.compile(r"\b(?:leader|leaders|head|member|members|founder|founders|commander|commanders|"
                           r"spokesman|spokesperson|chief|secretary-general|representative|fighters|ranks) of\s+"
                           r"(?:the\s+)?$")
_STATE_FORCES = frozenset("forces army military navy police".split())
_PERSON_VERB_AFTER = re.compile(r"^\s+(?:said|says|told|added|stated|argued|wrote|claimed)\b")
# An actor as a sentence's subject: "Iran has worked …", "the Iraqi government approved …".
_VERB_AFTER = re.compile(r"^\s+(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|"
                         r"[a-z]+ed)\b")
_NOT_SUBJECT_BEFORE = LOCATIVES | frozenset("of to for with by between via through against on about over".split())


@dataclass
class _Draft:
    name: str
    kind: str | None = None  # settled by the gazetteer (states, governments) or a publisher
    forms: Counter = field(default_factory=Counter)  # surface forms seen, for the canonical name and aliases
    description: str | None = None
    description_id: str | None = None
    title: str | None = None
    title_id: str | None = None
    seen: int = 0  # occurrences as a span
    initial: int = 0  # … as the sentence's first word
    located: int = 0  # … after "in", "near", …
    adjectival: int = 0  # … right before a lower-case word
    media_context: int = 0  # … after "a report by", "according to"
    speaks: int = 0  # … before "said", "told"
    person_context: int = 0  # … after "led by", "leader"
    group_context: int = 0  # … after "leader of", "members of"
    partial: bool = False  # a shorter form of it is used alone ("Sharafi")


def build_actors(documents: list[Document], sentences: list[Sentence]) -> list[Actor]:
    """Candidate actors of the report (names, kinds, aliases, descriptions), before overrides and mentions."""
    drafts: dict[str, _Draft] = {}
    known_as: list[tuple[str, str]] = []

    def draft(name: str) -> _Draft:
        key = _key(name)
        if key not in drafts:
            drafts[key] = _Draft(name)
        return drafts[key]

    for sentence in sentences:
        if is_footer(sentence.text):
            continue  # a headline is capitalised throughout; its publisher is taken below
        text = sentence.text
        spans = list(find_spans(text))
        for n, span in enumerate(spans):
            before, after = text[:span.start], text[span.end:]
            state = state_of(span.name)
            if state:
                if span.name == STATES[state].capital and not (span.possessive or span.compound or (
                        _CAPITAL_ACTS.match(after) and not _after_locative(before))):
                    continue  # "in Baghdad" is a place; "Tehran has pressed", "Tehran’s influence" the government
                d = draft(state)
                d.kind = STATE
                d.forms[span.name] += 1
                if span.compound:
                    d.forms[f"{span.name}-{span.compound}"] += 1
                head = spans[n - 1] if n and text[spans[n - 1].end:span.start].strip() in ("in", "of", "for") \
                    else None
                if head and (m := _KNOWN_AS.match(after)) and n + 1 < len(spans) \
                        and spans[n + 1].start == span.end + m.end():
                    # "the United Nations Interim Force in Lebanon, known as UNIFIL": the alias is the force's
                    known_as.append((head.name, spans[n + 1].name))
                continue
            d = draft(span.name)
            d.forms[span.name] += 1
            if span.compound:
                d.forms[f"{span.name}-{span.compound}"] += 1
            d.seen += 1
            d.initial += span.initial
            d.located += _after_locative(before)
            d.adjectival += bool(re.match(r"^\s+[a-z]", after)) and not span.possessive
            d.media_context += any(re.search(p, before, re.IGNORECASE) for p in MEDIA_CONTEXT)
            d.speaks += bool(_PERSON_VERB_AFTER.match(after))
            d.person_context += bool(_PERSON_BEFORE.search(before))
            d.group_context += bool(_GROUP_BEFORE.search(before))
            if span.title and d.title is None:
                d.title, d.title_id = span.title, sentence.id
            if not span.possessive and d.description is None and (desc := _description(before, after)):
                d.description, d.description_id = desc, sentence.id
            if (m := _KNOWN_AS.match(after)) and n + 1 < len(spans) and spans[n + 1].start == span.end + m.end():
                known_as.append((span.name, spans[n + 1].name))
        for match in _GOVERNMENT.finditer(text):
            state = state_of(match.group(1), capitals=False)
            if not state:
                continue
            form = f"{match.group(1)} {match.group(2)}"
            # One government per state however the text writes it ("Iraqi", "Iraq's"); named as written.
            d = draft(f"{state} {match.group(2)}" if match.group(2) in _OWN_GOVERNMENT else state)
            d.kind = STATE
            d.forms[form] += 1
    for publisher in {d.publisher for d in documents if d.publisher}:
        d = draft(publisher)
        d.kind = MEDIA
        d.forms[publisher] += 1
        d.seen += 1

    for head, alias in known_as:
        _fold(drafts, _key(alias), _key(head))
    _merge_plurals(drafts)
    _merge_partial_names(drafts)
    actors = []
    for d in drafts.values():
        if _dropped(d):
            continue
        kind = d.kind or _kind_of(d)
        name = _canonical(d)
        description, description_id = (d.description, d.description_id) if d.description else (d.title, d.title_id)
        actors.append(Actor(name=name, kind=kind, aliases=_aliases(name, kind, d.forms),
                            description=description, description_id=description_id))
    return actors


def _key(name: str) -> str:
    key = match_key(name)
    return key[4:] if key.startswith("the ") else key


def _after_locative(before: str) -> bool:
    last = before.split()[-1:]
    return bool(last) and last[0].lower() in LOCATIVES


def _description(before: str, after: str) -> str | None:
    """The description right after a name: ", a powerful Iran-backed militia", " is a militant group".
    Not the clause after an opening phrase: "According to Rudaw, the attacks damaged …"."""
    match = _APPOSITIVE.match(after)
    if match and not re.search(r"\baccording to\s+(?:the\s+)?$", before, re.IGNORECASE):
        desc = match.group("desc").strip()
        first = words(desc)[:1]
        if (_DETERMINER.match(desc) or (first and first[0] in KIND_CUES) or re.match(r"^\w+ed by\s", desc)) \
                and not _CLAUSE_VERB.search(desc) and not _VERB_OBJECT.search(desc) \
                and not desc.lower().startswith("known as"):
            return desc
    match = _COPULA.match(after)
    return match.group("desc").strip() if match else None


def _description_kind(description: str) -> str | None:
    """The kind a description's head noun tells: "a member of …" is a person, "a … militia" a group."""
    tokens = words(description)
    cut = next((n for n, w in enumerate(tokens) if w in ("of", "in", "with", "for", "from", "to", "at", "on",
                                                        "by", "who", "that", "which")), len(tokens))
    head = [w for w in tokens[:cut] if w in KIND_CUES]
    cue = head[-1] if head else next((w for w in tokens if w in KIND_CUES), None)
    if cue is None:
        return None
    kind = KIND_CUES[cue]
    if kind == ORGANISATION and ARMED_ADJECTIVES & set(tokens[:cut]):
        return ARMED_GROUP
    return kind


def _kind_of(d: _Draft) -> str:
    if d.title:
        return PERSON
    if d.description and (kind := _description_kind(d.description)):
        return kind
    tokens = words(d.name)
    if tokens and tokens[-1] in _STATE_FORCES and any(state_of(t, capitals=False) for t in d.name.split()):
        return STATE  # "the Lebanese Armed Forces": a state's, not an armed group
    if tokens and tokens[-1] in NAME_CUES:
        return NAME_CUES[tokens[-1]]
    if len(tokens) > 1 and tokens[0] in FIRST_WORD_CUES:
        return FIRST_WORD_CUES[tokens[0]]
    if " ".join(tokens) in MEDIA_NAMES:
        return MEDIA
    if _person_shaped(d):
        return PERSON
    if d.media_context:
        return MEDIA
    return ORGANISATION


def _person_shaped(d: _Draft) -> bool:
    """A personal name by its shape: "Abu Idris …", "Qais al-Khazali", or a surname the text uses alone."""
    tokens = d.name.split()
    if len(tokens) < 2 or len(tokens) > 5:
        return False
    particles = tokens[0].lower() in PERSON_PARTICLES or any(re.match(r"(?i)(al|el)-", t) for t in tokens[1:])
    if d.group_context and not d.person_context:
        return False  # "the leader of Harakat al-Nujaba": a group, whatever its particles
    return particles or d.partial or d.person_context > 0 or (d.speaks > 0 and len(tokens) <= 3)


def _fold(drafts: dict[str, _Draft], source: str, target: str) -> None:
    """Merge one draft into another: forms and counts add up; the target keeps what it knows."""
    if source == target or source not in drafts or target not in drafts:
        return
    into, other = drafts[target], drafts.pop(source)
    into.forms.update(other.forms)
    into.kind = into.kind or other.kind
    for name in ("seen", "initial", "located", "adjectival", "media_context", "speaks", "person_context",
                 "group_context"):
        setattr(into, name, getattr(into, name) + getattr(other, name))
    if into.description is None:
        into.description, into.description_id = other.description, other.description_id
    if into.title is None:
        into.title, into.title_id = other.title, other.title_id


def _merge_plurals(drafts: dict[str, _Draft]) -> None:
    """"Houthi" and "Houthis" are one actor."""
    for key in sorted(drafts, key=len):
        if key in drafts and key + "s" in drafts and drafts[key].kind != STATE:
            _fold(drafts, key, key + "s")


def _merge_partial_names(drafts: dict[str, _Draft]) -> None:
    """Fold surnames and partial names into the one full name they belong to ("Sharafi", "Abu Idris"
    -> "Abu Idris al-Sharafi"). Not into a name whose last word tells it is a group: "Hezbollah"
    alone is not "Kataib Hezbollah"."""
    def stripped(key: str) -> tuple[str, ...]:
        return tuple(w for w in key.split() if w not in NAME_PARTICLES)

    for short in sorted(drafts, key=lambda k: len(k.split())):
        part = stripped(short)
        d = drafts.get(short)
        if d is None or not part or d.kind or part[-1] in NAME_CUES or " ".join(part) in MEDIA_NAMES:
            continue
        if d.description and _description_kind(d.description) not in (None, PERSON):
            continue  # described as something else: not a shorter form of a person's name
        owners = []
        for full, f in drafts.items():
            whole = stripped(full)
            if full == short or len(whole) <= len(part) or f.kind or whole[-1] in NAME_CUES:
                continue
            if whole[-len(part):] == part or (len(part) >= 2 and whole[:len(part)] == part):
                owners.append(full)
        if len(owners) == 1:
            drafts[owners[0]].partial = True
            _fold(drafts, short, owners[0])


def _dropped(d: _Draft) -> bool:
    """What looked like a name but is not an actor: a lone capitalised first word, a place, an adjective."""
    if d.kind:
        return False
    tokens = words(d.name)
    vouched = d.description or d.title or d.partial or (tokens and tokens[-1] in NAME_CUES) or d.media_context
    if len(tokens) == 1 and d.initial == d.seen and not vouched:
        return True  # "Fighting along the border …": only ever the sentence's capitalised first word
    if tokens and tokens[-1] in PLACE_WORDS:
        return True  # "the Litani River"
    if d.seen and d.located == d.seen and not vouched:
        return True  # only ever "in Gaza", "near Tyre"
    return bool(len(tokens) == 1 and _ADJECTIVE_FORM.search(tokens[0]) and d.adjectival == d.seen and not vouched)


def _canonical(d: _Draft) -> str:
    """The state's own name; else the fullest form the report uses, the most frequent of those."""
    if d.kind == STATE and d.name in STATES:
        return d.name
    forms = [f for f in d.forms if not re.search(r"-\w+$", f) or " " in f]  # not "Iran-backed"
    best = sorted(forms or d.forms, key=lambda f: (-len(f.split()), -d.forms[f], f))[0]
    if f"{best}s" in d.forms:  # "Houthis" over "Houthi"
        best += "s"
    return best


def _aliases(name: str, kind: str, forms: Counter) -> list[str]:
    aliases = set(forms)
    tokens = name.split()
    if kind == PERSON and len(tokens) >= 2:
        surname = tokens[-1]
        aliases.add(surname)
        if re.match(r"(?i)(al|el)-", surname):
            aliases.add(surname.split("-", 1)[1])
        if tokens[0].lower() in PERSON_PARTICLES and len(tokens) >= 3:
            aliases.add(" ".join(tokens[:2]))  # "Abu Idris"
    if name.startswith("The "):
        aliases.add(name[4:])
    aliases.discard(name)
    return sorted(aliases)


def lead_sentence(actor: Actor, texts: dict[str, str]) -> str | None:
    """For an actor the report never describes, the sentence that says most about it: the first
    where it is the subject ("Iran has worked to create …"), else the first that opens with it
    ("Iraq’s political landscape …"), else its first mention."""
    table = AliasTable([actor])
    opening = None
    for sentence_id in actor.mentions:
        text = texts[sentence_id]
        tokens = tokenize(text)
        for hit in table.scan(text, tokens):
            if compound_of(text, hit) or is_adjective(actor, tuple(t.word for t in tokens[hit.first:hit.last]),
                                                      text[hit.end:]):
                continue  # "Iran-backed", "Iraqi officials": not the actor itself
            before = text[:hit.start].split()[-1:]
            if _VERB_AFTER.match(text[hit.end:]) and not (before and before[0].lower() in _NOT_SUBJECT_BEFORE):
                return sentence_id
            if opening is None and re.fullmatch(r"(?:The\s+)?", text[:hit.start]):
                opening = sentence_id
    return opening or (actor.mentions[0] if actor.mentions else None)
