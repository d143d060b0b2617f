"""Find the actors a report names, offline: capitalised spans, appositives and a small gazetteer.

1. Spans: capitalised word runs ("Abu Idris al-Sharafi", "The New York Times"), with possessives
   cut ("Iraq’s" -> Iraq) and "X-backed" read as X. Sentence openers and adjectives that are never
   actors ("Similarly", "Shia") are dropped.
2. Kinds: the appositive that follows a name ("Kataib Hezbollah, a powerful Iran-backed militia"),
   else the name's last word ("… Bloc", "… Times"), else the gazetteer (states), else a person
   for Arabic-style personal names, else an organisation.
3. Aliases: the forms the report uses (surnames, singular/plural, demonyms, acting capitals),
   merged into one actor each.
4. Mentions: every sentence where an alias occurs (longest match wins, so "Kataib Hezbollah" is
   not a mention of Hezbollah), and "He …" sentences after a sentence about one person.
5. Relations: a few verb and appositive cues between two actors in a sentence.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from index.actors.gazetteer import KIND_CUES, NAME_CUES, NOT_ACTORS, OPENERS, PERSON_PARTICLES, STATES
from index.actors.model import ARMED_GROUP, MEDIA, ORGANISATION, PERSON, STATE, Actor, Relation
from index.ingest import is_footer
from index.records import Document, Sentence
from index.text import match_key, words

_TOKEN = r"(?:[A-Z][\w’'.]*(?:-[A-Za-z][\w’']*)*|(?:al|el)-[A-Z][\w’']*)"
_SPAN = re.compile(rf"{_TOKEN}(?:\s+(?:and\s+(?=[A-Z]\w*\s+[A-Z]))?{_TOKEN})*")
_BACKED = re.compile(r"-(backed|led|allied|aligned|funded|based|sponsored)$", re.IGNORECASE)
_CLAUSE_VERB = re.compile(r"\b(has|have|had|is|are|was|were|will|would|could|said|says)\b")
_APPOSITIVE = re.compile(r"^,\s+(?P<desc>(?:(?:the|a|an|another)\s+)?[^,.;“”]{3,80}?)(?=[,.;]|$)")
_PRONOUN_START = re.compile(r"^(He|She)\b")


@dataclass
class _Draft:
    name: str
    kind: str | None = None
    forms: Counter = field(default_factory=Counter)  # surface forms seen, for the canonical name and aliases
    description: str | None = None
    description_id: str | None = None


def build_actors(documents: list[Document], sentences: list[Sentence]) -> list[Actor]:
    """Actors of the report, before overrides."""
    publishers = {d.publisher for d in documents if d.publisher}
    drafts: dict[str, _Draft] = {}

    def draft(name: str) -> _Draft:
        key = match_key(name)
        if key not in drafts:
            drafts[key] = _Draft(name)
        return drafts[key]

    for sentence in sentences:
        if is_footer(sentence.text):
            continue  # a title is capitalised throughout; its publisher is taken below
        for start, end, name in _spans(sentence.text):
            state = _state_of(name)
            if state:
                if name in STATES or not _is_capital(name) or _acts(sentence.text, start):
                    d = draft(state)
                    d.forms[name] += 1
                    d.kind = STATE
                    if backed := re.match(rf"{re.escape(name)}-(backed|led|allied|aligned|funded)\b",
                                          sentence.text[start:]):
                        d.forms[backed.group(0)] += 1
                continue
            d = draft(name)
            d.forms[name] += 1
            if d.description is None and (desc := _appositive(sentence.text[end:])):
                d.description, d.description_id = desc, sentence.id
        for match in re.finditer(r"\b(?:the\s+)?([A-Z]\w+)\s+government\b", sentence.text):
            state = _state_of(match.group(1))
            if state and match.group(1) != state:  # "the Iraqi government": a government, not the state
                d = draft(f"{match.group(1)} government")
                d.kind = STATE
                d.forms[f"{match.group(1)} government"] += 1
    for publisher in publishers:
        d = draft(publisher)
        d.kind = MEDIA
        d.forms[publisher] += 1

    _merge_variants(drafts)
    actors = []
    for d in drafts.values():
        kind = d.kind or _kind_of(d)
        name = _canonical(d)
        actors.append(Actor(name=name, kind=kind, aliases=_aliases(name, kind, d.forms),
                            description=d.description, description_id=d.description_id))
    _attach_mentions(actors, sentences)
    actors = [a for a in actors if a.mentions]
    _attach_relations(actors, sentences)
    return sorted(actors, key=lambda a: (-len(a.mentions), a.name))


def _spans(text: str):
    """(start, end, name) of each capitalised run that may name an actor."""
    for match in _SPAN.finditer(text):
        tokens = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", match.group(0))]
        tokens = [(match.start() + s, match.start() + e, t) for s, e, t in tokens]
        # Cut at a possessive ("Hamas’ Arab …" -> "Hamas") and read "Iran-backed" as "Iran".
        cut = []
        for start, end, token in tokens:
            if not re.fullmatch(r"(?:[A-Z]\.)+", token):  # "U.S." keeps its dots; "Baghdad." does not
                token = token.rstrip(".")
            bare = _BACKED.sub("", re.sub(r"(’s|'s|’|')$", "", token))
            cut.append((start, start + len(bare), bare))
            if bare != token:
                break
        # Drop sentence openers from the front; "The" stays inside a name ("by The New York Times").
        while cut and cut[0][2].lower() in OPENERS and not (cut[0][2] == "The" and cut[0][0] > 0 and len(cut) > 1):
            cut.pop(0)
        if not cut or all(t.lower() in NOT_ACTORS for _, _, t in cut):
            continue
        yield cut[0][0], cut[-1][1], " ".join(t for _, _, t in cut)


def _state_of(name: str) -> str | None:
    """The state a name, demonym or capital denotes, per the gazetteer."""
    for state, (demonyms, capital) in STATES.items():
        if name == state or name in demonyms or name == capital:
            return state
    return None


def _is_capital(name: str) -> bool:
    return any(name == capital for _, capital in STATES.values())


def _acts(text: str, start: int) -> bool:
    """A capital stands for its government when it acts ("Tehran has pressed"), not as a place ("in Baghdad")."""
    before = text[:start].split()[-1:] or [""]
    return before[0].lower() not in {"in", "to", "from", "at", "near", "into", "across", "outside"}


def _appositive(rest: str) -> str | None:
    """The description right after a name: ", a powerful Iran-backed militia"."""
    match = _APPOSITIVE.match(rest)
    if not match or _CLAUSE_VERB.search(match.group("desc")):
        return None
    return match.group("desc").strip()


def _kind_of(d: _Draft) -> str:
    if d.description:
        desc = d.description.lower()
        for cue, kind in KIND_CUES:
            if re.search(rf"\b{cue}", desc):
                return kind
    last = words(d.name)[-1] if words(d.name) else ""
    if last in NAME_CUES:
        return NAME_CUES[last]
    tokens = d.name.split()
    if len(tokens) >= 2 and (tokens[0].lower() in PERSON_PARTICLES or any(t.lower().startswith(("al-", "el-")) for t in tokens[1:])):
        return PERSON
    return ORGANISATION


def _merge_variants(drafts: dict[str, _Draft]) -> None:
    """Fold surnames into full names ("Sharafi" -> "Abu Idris al-Sharafi") and singulars into plurals."""
    keys = sorted(drafts, key=len, reverse=True)
    for key in keys:
        if key not in drafts:
            continue
        for other in list(drafts):
            if other == key or other not in drafts:
                continue
            full = key.split()
            if (len(full) >= 2 and _person_like(drafts[key]) and (other == full[-1] or other == " ".join(full[-2:])
                                                                   and full[-2] in PERSON_PARTICLES)) \
                    or other + "s" == key or other == key + "s":
                keep, drop = (key, other) if len(drafts[key].forms) >= len(drafts[other].forms) or len(full) >= 2 else (other, key)
                target, source = drafts[keep], drafts.pop(drop)
                target.forms.update(source.forms)
                target.kind = target.kind or source.kind
                if target.description is None:
                    target.description, target.description_id = source.description, source.description_id


def _person_like(d: _Draft) -> bool:
    return (d.kind or _kind_of(d)) == PERSON


def _canonical(d: _Draft) -> str:
    """The fullest form the report uses; the most frequent of those."""
    forms = sorted(d.forms.items(), key=lambda kv: (-len(kv[0].split()), -kv[1], kv[0]))
    if d.kind == STATE and d.name in STATES:
        return d.name
    best = forms[0][0] if forms else d.name
    if any(f.endswith("s") and f[:-1] == best for f in d.forms):  # "Houthis" over "Houthi"
        best += "s"
    return best


def _aliases(name: str, kind: str, forms: Counter) -> list[str]:
    aliases = {f for f in forms if f != name}
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


def _alias_keys(actor: Actor) -> set[tuple[str, ...]]:
    keys = {tuple(words(actor.name))} | {tuple(words(a)) for a in actor.aliases}
    return {k for k in keys if k}


def scan_mentions(text: str, keys: dict[tuple[str, ...], int]) -> list[tuple[int, int, int]]:
    """(actor index, first word, last word + 1) of each alias occurrence; the longest match wins."""
    tokens = words(text)
    longest = max((len(k) for k in keys), default=0)
    found, i = [], 0
    while i < len(tokens):
        for size in range(min(longest, len(tokens) - i), 0, -1):
            actor = keys.get(tuple(tokens[i:i + size]))
            if actor is not None:
                found.append((actor, i, i + size))
                i += size
                break
        else:
            i += 1
    return found


def _attach_mentions(actors: list[Actor], sentences: list[Sentence]) -> None:
    keys = {k: n for n, a in enumerate(actors) for k in _alias_keys(a)}
    previous_people: list[int] = []
    previous_doc = None
    for sentence in sentences:
        hits = {n for n, _, _ in scan_mentions(sentence.text, keys)}
        if (_PRONOUN_START.match(sentence.text) and sentence.document == previous_doc
                and len(previous_people) == 1):
            hits.add(previous_people[0])  # "He has met with …" after one person's sentence
        for n in sorted(hits):
            actors[n].mentions.append(sentence.id)
        previous_people = [n for n in hits if actors[n].kind == PERSON]
        previous_doc = sentence.document


# Cues between two actors in a sentence, read left to right: (relation of the left actor, of the right).
_PAIR_CUES = (
    ("leader of", "leader of", "led by"), ("member of", "member of", "has as member"),
    ("led by", "led by", "leads"), ("allied with", "allied with", "allied with"),
    ("aligned with", "aligned with", "aligned with"),
    ("approved requests from", "approved requests from", "requests approved by"),
    ("pressed", "pressed", "pressed by"),
)
# Cues from a sentence's subject to a later actor.
_SUBJECT_CUES = (
    ("met with", "met with", "met with"), ("support for", "supports", "supported by"),
    ("against", "called for action against", "targeted by calls from"),
    ("provided by", "security provided by", "provides security for"),
)
_LOCATION_WORDS = {"in", "at", "to", "from", "near", "into", "across", "southern", "northern", "eastern", "western"}


def _attach_relations(actors: list[Actor], sentences: list[Sentence]) -> None:
    keys = {k: n for n, a in enumerate(actors) for k in _alias_keys(a)}
    found: dict[tuple[int, str, int], list[str]] = defaultdict(list)

    def relate(a: int, forward: str, b: int, backward: str, sentence_id: str) -> None:
        if a != b:
            found[(a, forward, b)].append(sentence_id)
            found[(b, backward, a)].append(sentence_id)

    previous_people: list[int] = []
    for sentence in sentences:
        tokens = words(sentence.text)
        hits = scan_mentions(sentence.text, keys)
        # "Kataib Hezbollah, a powerful Iran-backed militia": the appositive's backer backs the head.
        for (a, s1, e1), (b, s2, e2) in zip(hits, hits[1:]):
            between = tokens[e1:s2]
            if (tokens[e2 - 1] == "backed" or tokens[e2:e2 + 1] == ["backed"]) and len(between) <= 4 \
                    and between[:1] in (["a"], ["an"], ["another"], ["the"]):
                relate(a, "backed by", b, "backs", sentence.id)
        # Adjectives ("a Yemeni group") describe; they do not act.
        endpoints = [h for h in hits if not _is_adjective(actors[h[0]], sentence.text, tokens[h[1]:h[2]])]
        for (a, s1, e1), (b, s2, e2) in zip(endpoints, endpoints[1:]):
            between = " ".join(tokens[e1:s2])
            if between in ("the", "") and tokens[e2:e2 + 1] == ["representative"]:
                relate(a, "represents", b, "represented by", sentence.id)
            elif cue := _last_cue(between, _PAIR_CUES):
                relate(a, cue[1], b, cue[2], sentence.id)
        subject = endpoints[0][0] if endpoints and not _PRONOUN_START.match(sentence.text) else \
            (previous_people[0] if len(previous_people) == 1 and _PRONOUN_START.match(sentence.text) else None)
        if subject is not None:
            text = " ".join(tokens)
            for cue, forward, backward in _SUBJECT_CUES:
                for match in re.finditer(rf"\b{cue}\b", text):
                    after = len(text[:match.end()].split())
                    target = next((h for h in endpoints if h[1] >= after), None)
                    if target is None or target[1] - after > 6 or set(tokens[max(0, target[1] - 2):target[1]]) & _LOCATION_WORDS:
                        continue  # too far from the cue to be its object, or a place ("in southern Iraq")
                    if cue == "provided by" and "security" not in tokens[:after]:
                        continue
                    relate(subject, forward, target[0], backward, sentence.id)
        previous_people = [n for n, _, _ in hits if actors[n].kind == PERSON]
    for (a, relation, b), ids in found.items():
        actors[a].relations.append(Relation(actors[b].name, relation, sorted(set(ids), key=ids.index)))


def _last_cue(text: str, cues):
    """The cue that occurs last in `text`, as whole words ("pressed" is not in "expressed")."""
    best, where = None, -1
    for cue in cues:
        for match in re.finditer(rf"\b{cue[0]}\b", text):
            if match.start() > where:
                best, where = cue, match.start()
    return best


def _is_adjective(actor: Actor, text: str, matched: list[str]) -> bool:
    """A demonym used as an adjective ("a Yemeni group") rather than as the actor."""
    if actor.kind != STATE or actor.name not in STATES:
        return False
    demonyms = {tuple(words(d)) for d in STATES[actor.name][0]}
    return tuple(matched) in demonyms and not re.search(
        rf"\b{re.escape(' '.join(matched))} (regime|government)\b", " ".join(words(text)))
