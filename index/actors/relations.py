"""Relations between actors, read from cue words between their mentions in a sentence.

Two ways to find who a cue is about:
- the nearest actor before it, for cues that attach to a noun phrase: "Kataib Tanzimiya, a …
  militia" is what "backed" describes; "Fadil al-Wardani, leader of Saraya Ma’ad al-Nur";
  "the new Falak office … is led by";
- the clause's subject, for verbs: "Abu Karim al-Nadawi, the Zarqi representative in Jordan, has
  met with …" (the appositive is skipped), "… where he met with Mikati" (the pronoun's person).
The other end is the next actor after the cue (and any joined to it by "and"). Places ("in
Iraq"), adjectives ("Iraqi officials") and anything inside a quotation are never an end: a quoted
claim is the speaker's, not the report's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from index.actors.gazetteer import LOCATIVES, STATES, UNIT_NOUNS
from index.actors.mentions import POSSESSIVE_PRONOUNS, ROLE_AFTER_OWNER, ROLE_APPOSITIVE, Hit, Token, tokenize
from index.actors.model import PERSON, STATE, Actor, Relation
from index.language import SPEAKER_VERB_WORDS
from index.records import Sentence
from index.text import words

WINDOW = 6  # words between a cue and the actor it relates, at most

NEAREST, SUBJECT = "nearest", "subject"  # how the actor before a cue is found
# A role "of" an actor: relation of the person, of the actor.
_ROLES = {"leader": ("leader of", "led by"), "head": ("head of", "headed by"), "chief": ("chief of", "led by"),
          "commander": ("commander of", "commanded by"), "founder": ("founder of", "founded by"),
          "secretary-general": ("secretary-general of", "led by"), "member": ("member of", "has as member"),
          "representative": ("represents", "represented by")}
# (cue, relation of the actor before, relation of the actor after, how the actor before is found)
_CUES: list[tuple[re.Pattern, str, str, str]] = [
    (re.compile(r"\b(?:is |was |are |were )?(?:led|headed|run) by\b"), "led by", "leads", NEAREST),
    (re.compile(r"\b(?:is |was |are |were )?(?:backed|funded|financed|armed|sponsored) by\b"), "backed by", "backs",
     NEAREST),
    (re.compile(r"\b(?:is |was |are |were )?supported by\b"), "supported by", "supports", NEAREST),
    (re.compile(r"\b(?:is |was |are |were )?represented by\b"), "represented by", "represents", NEAREST),
    (re.compile(r"\b(?:is |was |are |were )?provided by\b"), "{noun} provided by", "provides {noun} for", NEAREST),
    (re.compile(r"\b(?:is |are |was |were )?allied (?:with|to)\b|\b(?:an )?all(?:y|ies) of\b"), "allied with",
     "allied with", NEAREST),
    (re.compile(r"\b(?:is |are |was |were )?aligned with\b"), "aligned with", "aligned with", NEAREST),
    *[(re.compile(rf"\b(?:a |an |the )?{role} of\b"), forward, backward, NEAREST)
      for role, (forward, backward) in _ROLES.items()],
    (re.compile(r"\b(?:has |have |had )?met(?: with)?\b|\bmeets(?: with)?\b"), "met with", "met with", SUBJECT),
    (re.compile(r"(?<!-)\b(?:leads|heads|(?:has |have |had )?(?:led|headed))\b(?! by)"), "leads", "led by", SUBJECT),
    (re.compile(r"(?<!-)\b(?:backs|funds|arms|(?:has |have |had )?(?:backed|funded|financed|armed|sponsored))\b"
                r"(?! by)"), "backs", "backed by", SUBJECT),
    (re.compile(r"\b(?:supports|(?:has |have |had )?supported)\b(?! by)|\bsupport (?:for|to)\b"), "supports",
     "supported by", SUBJECT),
    (re.compile(r"\b(?:represents|(?:has |have |had )?represented)\b(?! by)"), "represents", "represented by", SUBJECT),
    (re.compile(r"\b(?:has |have |had )?(?:pressed|pressured|urged)\b"), "pressed", "pressed by", SUBJECT),
    (re.compile(r"\b(?:has |have |had )?(?:approved|granted|rejected|refused) (?:the |a |an )?(?:requests?|bids?|applications?|appeals?) (?:from|by|of)\b"),
     "ruled on a request from", "request ruled on by", SUBJECT),
    (re.compile(r"\b(?:has |have |had )?accused\b"), "accused", "accused by", SUBJECT),
    (re.compile(r"\bwith the (?:backing|support) of\b"), "backed by", "backs", SUBJECT),
    (re.compile(r"\b(?:includes|included|comprises|comprised)\b"), "includes", "part of", SUBJECT),
    (re.compile(r"\b(?:has |have |had )?praised\b"), "praised", "praised by", SUBJECT),
    (re.compile(r"\bcall(?:s|ed|ing)? for (?P<noun>\w+) against\b"), "called for {noun} against",
     "target of calls for {noun} by", SUBJECT),
]
# "X, the Zarqi representative", "KDP leader Masoud Barzani": a role in the actor named before it
# (an adjective names it here: the Zarqi representative represents the Zarqis).
_ROLE_AFTER = {**dict.fromkeys("representative envoy ambassador delegate spokesman spokeswoman spokesperson".split(),
                               ("represents", "represented by")), **_ROLES}
_ROLE = re.compile(rf"^\.?\s+({'|'.join(sorted(_ROLE_AFTER, key=len, reverse=True))})\b")
_COMPOUND_RELATIONS = {"backed": ("backed by", "backs"), "funded": ("backed by", "backs"),
                       "sponsored": ("backed by", "backs"), "led": ("led by", "leads"),
                       "allied": ("allied with", "allied with"), "aligned": ("aligned with", "aligned with")}
_COMPOUND = re.compile(r"-(\w+)\b(?!-)")
# "Brenning’s commercial director, Sara Lind"; "Its president, Walter Brandt" (the pronoun a hit
# of the organisation): the gap between the two names. The role's head is its words before a
# preposition ("adviser on the project" is an adviser).
_POSSESSED_ROLE = re.compile(rf"^(?:’s|'s|’|')?\s+{ROLE_APPOSITIVE}$")
_ROLE_AFTER_OWNER = re.compile(rf"^{ROLE_AFTER_OWNER}")  # "X, Tennmark’s chief executive,"
_ROLE_QUALIFIER = re.compile(r"\s+(?:in|of|for|at|on|to|from|with)\b.*$")
_QUOTE = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")
# A speaker's verb ends the clause that names the speaker: "Araghchi told reporters (that) Iran …".
_SPEECH = re.compile(r"\b(?:" + "|".join(rf"{verb} \w+" if verb == "told" else verb for verb in SPEAKER_VERB_WORDS)
                     + r")(?: that)?\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:he|she|who)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _End:
    """A mention as a possible end of a relation, with what the words around it say."""

    hit: Hit
    adjective: bool  # "Iraqi officials"
    located: bool  # "in Iraq"
    noun: str | None  # "security" in "Al-Rami’s security", "office" in "the Falak office"
    possessive: bool
    inside: bool  # in an appositive that closes before what follows ("X, the Y representative, has …")


def attach_relations(actors: list[Actor], sentences: list[Sentence], hits_per_sentence: list[list[Hit]]) -> None:
    """Fill each actor's `relations`, every one citing the sentences it is read from."""
    found: dict[tuple[int, str, int], list[str]] = defaultdict(list)
    for sentence, hits in zip(sentences, hits_per_sentence):
        for a, forward, b, backward in _relations_in(actors, sentence.text, hits):
            if a != b:
                found[(a, forward, b)].append(sentence.id)
                found[(b, backward, a)].append(sentence.id)
    for (a, relation, b), ids in found.items():
        actors[a].relations.append(Relation(actors[b].name, relation, list(dict.fromkeys(ids))))


def _relations_in(actors: list[Actor], text: str, hits: list[Hit]):
    quoted = [m.span() for m in _QUOTE.finditer(text)]
    hits = [h for h in hits if not any(s <= h.start < e for s, e in quoted)]
    if len(hits) < 2:
        return
    tokens = tokenize(text)
    ends = _ends(actors, text, tokens, hits)
    yield from _structural(actors, text, hits, ends)
    for pattern, forward, backward, mode in _CUES:
        for cue in pattern.finditer(text.lower()):
            if any(s <= cue.start() < e for s, e in quoted):
                continue
            left = _nearest(text, tokens, ends, cue) if mode == NEAREST else _subject(actors, text, ends, cue)
            if left is None:
                continue
            noun = cue.groupdict().get("noun") or left.noun
            if "{noun}" in forward:
                if not noun:
                    continue  # "is provided by" needs what is provided: "Al-Rami’s security"
                there, back = forward.format(noun=noun), backward.format(noun=noun)
            elif left.noun:
                if left.noun not in UNIT_NOUNS:
                    continue  # "Peru’s envoys are led by …" is about the envoys, not Peru
                there, back = f"{left.noun} {forward}", f"{backward} the {left.noun} of"
            else:
                there, back = forward, backward
            for right in _objects(text, tokens, ends, cue.end()):
                yield left.hit.actor, there, right.hit.actor, back


def _ends(actors: list[Actor], text: str, tokens: list[Token], hits: list[Hit]) -> list[_End]:
    ends = []
    closes = []  # appositive regions: ", …," right after a mention
    for hit in hits:
        after = text[hit.end:]
        if m := re.match(r"^,\s[^,;“”\"]*,", after):
            closes.append((hit.end, hit.end + m.end()))
    for hit in hits:
        if compound_of(text, hit):
            continue  # "Russia-backed": read by _structural
        matched = tuple(t.word for t in tokens[hit.first:hit.last])
        after = text[hit.end:]
        possessive = bool(re.match(r"^(?:’s|'s|’|')", after))
        next_word = re.match(r"^(?:’s|'s|’|')?\s+([a-z][\w-]*)", after)
        noun = next_word.group(1) if next_word and (possessive or next_word.group(1) in UNIT_NOUNS) else None
        before = text[:hit.start].split()[-1:]
        ends.append(_End(hit, adjective=is_adjective(actors[hit.actor], matched, after), located=bool(before) and
                         before[0].lower() in LOCATIVES, noun=noun, possessive=possessive,
                         inside=any(s < hit.start < e for s, e in closes)))
    return ends


def compound_of(text: str, hit: Hit) -> re.Match | None:
    """The "-backed" of "Russia-backed" (whether the alias includes it or not), with its end in the text."""
    match = _COMPOUND.match(text, hit.end) or _COMPOUND.search(text, hit.start, hit.end)
    return match if match and match.group(1).lower() in _COMPOUND_RELATIONS else None


def is_adjective(actor: Actor, matched: tuple[str, ...], after: str) -> bool:
    """A demonym used as an adjective ("a Yemeni group", "Iraqi officials") rather than as the actor."""
    if actor.kind != STATE or actor.name not in STATES:
        return False
    demonyms = {tuple(words(d)) for d in STATES[actor.name].demonyms}
    return matched in demonyms and not re.match(r"^\s+(?:regime|government)\b", after)


def _words_between(tokens: list[Token], start: int, end: int) -> int:
    return sum(1 for t in tokens if start <= t.start and t.end <= end)


def _nearest(text: str, tokens: list[Token], ends: list[_End], cue: re.Match) -> _End | None:
    """The closest actor before a cue, skipping adjectives, places and closed appositives."""
    for end in reversed([e for e in ends if e.hit.end <= cue.start()]):
        if end.adjective or end.located or (end.inside and "," in text[end.hit.end:cue.start()]):
            continue
        if end.possessive and end.noun is None:
            return None  # "Falak’s Arab and Foreign Liaison Office is led by": the office, not Falak
        return end if _words_between(tokens, end.hit.end, cue.start()) <= WINDOW else None
    return None


def _subject(actors: list[Actor], text: str, ends: list[_End], cue: re.Match) -> _End | None:
    """The clause's subject: the first actor before the cue that is not an adjective, a place or in an
    appositive; a "he"/"who" after it stands for the nearest person before the pronoun."""
    speech = list(_SPEECH.finditer(text, 0, cue.start()))
    clause = speech[-1].end() if speech else 0  # "Araghchi said Iran supports Lebanon": Iran's clause
    before = [e for e in ends if clause <= e.hit.start and e.hit.end <= cue.start()]
    candidates = [e for e in before if not (e.adjective or e.located or e.inside or (e.noun and e.possessive))]
    covered = [(e.hit.start, e.hit.end) for e in before]
    for pronoun in reversed(list(_PRONOUN.finditer(text, clause, cue.start()))):
        if any(s <= pronoun.start() < e for s, e in covered):
            continue  # a "He" the mentions already resolved
        if candidates and candidates[-1].hit.end > pronoun.start():
            break
        people = [e for e in before if e.hit.end <= pronoun.start() and actors[e.hit.actor].kind == PERSON]
        return people[-1] if people else None
    return candidates[0] if candidates else None


def _objects(text: str, tokens: list[Token], ends: list[_End], position: int) -> list[_End]:
    """The actor right after a cue, and those joined to it ("Falak and the Zarqis")."""
    after = [e for e in ends if e.hit.start >= position and not e.adjective]
    if not after or after[0].located or _words_between(tokens, position, after[0].hit.start) > WINDOW:
        return []
    found = [after[0]]
    for end in after[1:]:
        gap = text[found[-1].hit.end:end.hit.start]
        if found[-1].possessive and re.fullmatch(r"(?:’s|'s|’|')\s+", gap):
            found[-1] = end  # "a member of Falak’s Arab and Foreign Liaison Office": the office
        elif re.fullmatch(r"(?:,\s*|\s+)(?:and\s+|or\s+)?(?:the\s+)?", gap):
            found.append(end)
        else:
            break
    return found


def _structural(actors: list[Actor], text: str, hits: list[Hit], ends: list[_End]):
    """Relations told by the shape of a phrase rather than a verb."""
    for left, right in zip(ends, ends[1:]):
        gap = text[left.hit.end:right.hit.start]
        # "Abu Karim al-Nadawi, the Zarqi representative"
        if re.fullmatch(r",\s+(?:a|an|the)\s+", gap) and (role := _ROLE.match(text[right.hit.end:])):
            forward, backward = _ROLE_AFTER[role.group(1)]
            yield left.hit.actor, forward, right.hit.actor, backward
        # "Tanzimiya leader Samir Haddad"
        if (role := _ROLE.match(gap)) and role.end() < len(gap) and not gap[role.end():].strip():
            forward, backward = _ROLE_AFTER[role.group(1)]
            yield right.hit.actor, forward, left.hit.actor, backward
        # "Brenning’s commercial director, Sara Lind"; "Its president, Walter Brandt"
        if (role := _possessed_role(actors, text, left, right, gap)) is not None:
            forward, backward = _role_relation(role)
            yield right.hit.actor, forward, left.hit.actor, backward
        # "Ingeborg Dahl, Tennmark’s chief executive"
        if actors[left.hit.actor].kind == PERSON and re.fullmatch(r",\s+(?:the\s+)?", gap) and right.possessive \
                and (after := _ROLE_AFTER_OWNER.match(text[right.hit.end:])) and not _SPEECH.search(after["role"]):
            forward, backward = _role_relation(after["role"])
            yield left.hit.actor, forward, right.hit.actor, backward
        # "Falak’s Arab and Foreign Liaison Office"
        if left.possessive and re.fullmatch(r"(?:’s|'s|’|')\s+", gap) and actors[right.hit.actor].kind not in (
                PERSON, STATE):
            yield right.hit.actor, "part of", left.hit.actor, "includes"
    # "Kataib Tanzimiya, a well-armed Russia-backed militia"; "the Russia-backed Kataib Tanzimiya"
    for hit in hits:
        compound = compound_of(text, hit)
        if not compound:
            continue
        forward, backward = _COMPOUND_RELATIONS[compound.group(1).lower()]
        word_end = compound.end()
        described = next((e for e in ends if e.hit.start >= word_end), None)
        if described and text[word_end:described.hit.start].strip() == "":
            yield described.hit.actor, forward, hit.actor, backward
            continue
        head = next((e for e in reversed(ends) if e.hit.end <= hit.start), None)
        if head and re.fullmatch(r",\s+(?:a|an|the|another)\s[^,;“”\"]*", text[head.hit.end:hit.start]):
            yield head.hit.actor, forward, hit.actor, backward


def _possessed_role(actors: list[Actor], text: str, left: _End, right: _End, gap: str) -> str | None:
    """The role a person holds in the actor named (or pronoun-mentioned) just before them."""
    if actors[right.hit.actor].kind != PERSON:
        return None
    pronoun = text[left.hit.start:left.hit.end] in POSSESSIVE_PRONOUNS
    if not (left.possessive or pronoun) or not (match := _POSSESSED_ROLE.match(gap)):
        return None
    return match["role"]


def _role_relation(role: str) -> tuple[str, str]:
    """The relation of a role's holder to its owner, and back: "chief executive of", "has as chief
    executive"; the role's head only ("adviser on the project" is an adviser)."""
    role = _ROLE_QUALIFIER.sub("", role)
    return _ROLES.get(role, (f"{role} of", f"has as {role}"))
