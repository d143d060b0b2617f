"""Which actor a typed name means: exact names and aliases first, then forms anyone would accept as
the same name, then spelling variants; otherwise none, with suggestions.

Names are compared as index.text.match_key folds them ("Al-Rami’s", "AL-RAMI" and "al rami" are
one key), and:
- "the Zarqis" is "Zarqis"; "AlRami" is "Al-Rami" (spaces ignored);
- "Iranian regime", "US government": a government word after a state's name or demonym is that
  state (unless the report names that government as an actor of its own, like "Iraqi government");
- "US", "America", "Lebanese": the gazetteer's names for a state the report names;
- "NYT", "SMN": initials of one actor's name, typed in capitals;
- spelling variants, word by word: "Kataib Tanzimeya", "Mohammed al-Rami", "Fadil Wardani". Every
  word must be close to the name's word in the same place (particles like "al" aside), and one
  actor only may fit. A word typed alone must have six letters or more to be read as misspelt, so
  "Falek" is not "Falak" nor "Falik"; beside words typed right, one of four letters or more may be one
  letter off ("Keth Mallory"). "Nouri al-Maliki" is nobody, however many "al-" names the report has.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from index.actors.gazetteer import (GOVERNMENT_LEVELS, GOVERNMENT_WORDS, KIND_CUES, LEGAL_FORMS, PLACING_WORDS,
                                    STATE_FORMS, STATES, TITLE_WORDS, without_trailing_legal_forms)
from index.actors.model import PERSON, STATE, Actor
from index.language import (ACRONYM_SKIPPED, BURMESE_HONORIFICS, BURMESE_NAME_WORDS, MATCH_DROPPED_WORDS,
                            PERSON_PARTICLES, SURNAME_PARTICLES, TRAILING_TITLES, is_person_noun)
from index.text import match_key

SUGGESTIONS = 3
SUGGEST_MIN = 75  # rapidfuzz ratio a name needs to be suggested as a look-alike
# In a name of several words typed with all but one word right, that word may be one letter off
# (or two letters swapped) from this length on: "Anil Vargese", "Keth Mallory".
SHORT_TYPO_MIN = 4
# Beside words typed right, a word of this many letters may be two letters off ("Warnox" for "Warnock"):
# shorter ones two edits apart are often other names ("Lee", "Leon").
TWO_TYPO_MIN = 6
# Words of a post before a surname ("Country Director Lefort"): titles, and the nouns the report's
# descriptions use for a person's job.
# Jobs a user may type before a surname that are too often companies' words to tell a kind
# ("acting receiver Ruiz", but "an asset manager" is a firm): for look-ups only.
_LOOKUP_POSTS = frozenset({"manager", "chairperson", "chairwoman", "receiver", "liquidator", "auditor",
                           "partner", "assemblyman", "assemblywoman", "councillor", "councilor"})
# The Spanish and Portuguese honorifics, typed before a name ("don aurelio paredes"; accents folded away), which are
# no titles in a name the recogniser finds: "Don" is also a given name ("Don Carver", found whole first).
_LOOKUP_HONORIFICS = frozenset({"don", "dona"})
_POST_WORDS = TITLE_WORDS | {w for w, kind in KIND_CUES.items() if kind == PERSON} | _LOOKUP_POSTS | _LOOKUP_HONORIFICS
_BURMESE_HONORIFICS = frozenset(h.lower() for h in BURMESE_HONORIFICS)


def strip_titles(key: str) -> str:
    """A typed name without titles: "prime minister anil varghese" -> "anil varghese", "mr okoro" -> "okoro",
    "energy minister sara lind" -> "sara lind", "director general sutrisno" -> "sutrisno": every word
    up to the last title word (a portfolio or a rank before it is part of the title)."""
    tokens = key.split()
    last_title = max((n for n, t in enumerate(tokens[:-1]) if t in _POST_WORDS), default=-1)
    tokens = tokens[last_title + 1:]
    if len(tokens) > BURMESE_NAME_WORDS and tokens[0] in _BURMESE_HONORIFICS:
        tokens = tokens[1:]  # "u tin maung oo": the name is kept without its honorific
    while len(tokens) > 1 and tokens[-1] in TRAILING_TITLES:
        tokens.pop()
    return " ".join(tokens)


def _stripped(key: str) -> tuple[str, ...]:
    return tuple(w for w in key.split() if w not in MATCH_DROPPED_WORDS)


# Letters a name may be spelt with for one sound: "q" for "k", "ck" for "k", "x" for "ks", "ph" for "f".
_SAME_SOUNDS = (("q", "k"), ("ck", "k"), ("x", "ks"), ("ph", "f"))


def _skeleton(word: str) -> str:
    """Consonants, doubled letters once, q as k, and "ck", "x" and "ph" as the sounds they spell: transliterations and
    spellings of one name agree ("mhmd"; "Dixon" and "Dickson", "Filip" and "Philip")."""
    for spelling, sound in _SAME_SOUNDS:
        word = word.replace(spelling, sound)
    consonants = re.sub(r"[aeiouy]", "", word)
    return re.sub(r"(.)\1+", r"\1", consonants)


def _close_words(typed: str, known: str, typed_skeleton: str, known_skeleton: str) -> bool:
    """Whether one typed word is a spelling of a name's word: one letter off or two swapped ("Zarqes",
    "Oliviera"), two in a long word ("Tenzimeya"), or the same consonants ("Mohammed", "Muhammad")."""
    if typed == known:
        return True
    if min(len(typed), len(known)) >= DOUBLED_WORD_MIN and _single_letters(typed) == _single_letters(known):
        return True  # "Filip" for "Fillip": a doubled letter typed once, or the other way round
    shorter = min(len(typed), len(known))
    if shorter < 6:
        return False
    return (len(known_skeleton) >= 3 and typed_skeleton == known_skeleton) or \
        OSA.distance(typed, known) <= (1 if shorter < 9 else 2)


class _Form(NamedTuple):
    key: str  # "al rami"
    padded: str  # " al rami": " " + a word's start is in it when a word starts so
    stripped: tuple[str, ...]  # ("rami",): particles aside
    skeletons: tuple[str, ...]
    actor: Actor


class NameIndex:
    """Every way of naming each actor, for resolving what users type."""

    def __init__(self, actors: list[Actor]) -> None:
        self.keys: dict[str, Actor] = {}  # match_key of each name and alias
        for actor in actors:  # most mentioned first, so a shared alias goes to the main actor
            for name in [actor.name, *actor.aliases]:
                self.keys.setdefault(match_key(name), actor)
        for key, actor in list(self.keys.items()):
            self.keys.setdefault(_without_and(key), actor)
            self.keys.setdefault(_without_legal_form(key), actor)  # "PT Karya Baru": "Karya Baru"
        self.compact = {key.replace(" ", ""): actor for key, actor in self.keys.items()}
        self.forms = [_Form(key, f" {key}", _stripped(key), tuple(_skeleton(w) for w in _stripped(key)), actor)
                      for key, actor in self.keys.items()]
        self.by_length: dict[int, list[_Form]] = {}  # spelling variants have as many words as the name
        for form in self.forms:
            self.by_length.setdefault(len(form.stripped), []).append(form)
        self.stripped_texts = [" ".join(form.stripped) for form in self.forms]  # for rapidfuzz, in one C call
        self.name_words = {word for form in self.forms for word in form.stripped}
        self.people = [a for a in actors if a.kind == PERSON]
        # Each person's name words and the words of the role the report gives them ("the khokim of Termez").
        self.roles = [(a, {w for name in (a.name, *a.aliases) for w in _stripped(match_key(name))},
                       set(match_key(f"{a.description or ''} {a.title or ''}").split())) for a in self.people]
        self.state_names: dict[str, Actor] = {}
        self.initials: dict[str, dict[int, Actor]] = {}
        for actor in actors:
            if actor.kind == STATE and actor.name in STATES:
                state = STATES[actor.name]
                for name in (actor.name, *state.demonyms, *state.other_names):
                    self.state_names.setdefault(match_key(name), actor)
            for name in [actor.name, *actor.aliases]:
                letters = "".join(w[0] for w in match_key(name).split() if w not in ACRONYM_SKIPPED)
                if len(letters) >= 2:
                    self.initials.setdefault(letters, {})[id(actor)] = actor

    def exact(self, name: str) -> Actor | None:
        """The actor whose name or alias this is, with no spelling tolerance."""
        key = _without_the(match_key(name))
        if not key:
            return None
        return self.keys.get(key) or self.keys.get(_without_and(key)) or self.compact.get(key.replace(" ", ""))

    def resolve(self, query: str) -> Actor | None:
        """The actor a typed name denotes, or None when no single actor fits."""
        query = _POSSESSIVE_END.sub("", query)  # "Acme Co.’s", "Local 1187’s": a possessive after a stop or a digit
        actor = self.exact(query) or self._known_form(query)
        if actor is not None:
            return actor
        key = _without_the(match_key(query))
        if not key:
            return None
        bare = strip_titles(key)
        if bare != key and (actor := self.exact(bare) or self._known_form(bare) or self._titled_person(bare)) is not None:
            return actor
        return self._described_person(key) or self._initialled(bare) or self._misspelt(bare) or (self._misspelt(key) if bare != key else None) \
            or self._after_post(key) or self._compact_typo(bare) or self._within(key) \
            or self._after_abbreviated_title(query)

    def _after_abbreviated_title(self, query: str) -> Actor | None:
        """A person's name typed after titles abbreviated with their stop that no list has ("ks. Wróblewski", Polish
        for Father; "adw. Lis", an advocate): the person the rest of the query names. Another kind of actor is not
        meant so ("St. Kilda Council" is no "Kilda Council")."""
        rest = _ABBREVIATED_TITLES.sub("", query.strip(), count=1)
        if rest == query.strip() or not rest:
            return None
        actor = self.resolve(rest)
        return actor if actor is not None and actor.kind == PERSON else None

    def _after_post(self, key: str) -> Actor | None:
        """A person's name typed after a post whose words are not all titles ("minister of energy transition
        nadia lahlou bennis", "councillor for urbanism marta vasconcelos", "investigator lefort": a noun naming
        people by their job): the longest ending of the typed words that is one person's name or alias, after at
        least one word of a post."""
        tokens = key.split()
        posts = [n for n, t in enumerate(tokens[:-1]) if t in _POST_WORDS or is_person_noun(t)]
        if not posts:
            return None
        for start in range(posts[0] + 1, len(tokens)):
            actor = self.exact(" ".join(tokens[start:]))
            if actor is not None:
                # (a surname alone after a word that is no post's is another person's given name: "dr ramesh
                # koirala" is no Hemanta Koirala)
                alone_after_name = start == len(tokens) - 1 and start - 1 not in posts
                if actor.kind == PERSON and not alone_after_name:
                    return actor
                break
        # The name after the post typed in part or with a slip ("specialist hrafnhildur baldursdottir" for Hrafnhildur
        # Ösp Baldursdóttir), two words at least, read as a name typed alone; not after a word of a name the report
        # has, which is a given name with a post's ending ("alexander maria ruiz"), not a post.
        rest = tokens[posts[-1] + 1:]
        if len(rest) >= 2 and not any(tokens[n] in self.name_words for n in posts) \
                and (actor := self._misspelt(" ".join(rest))) is not None and actor.kind == PERSON:
            return actor
        return None

    def _initialled(self, key: str) -> Actor | None:
        """A person's name with its given name(s) typed as initials ("m al hafi" for "M. Al-Hafi", "q khazali"):
        each letter opens the name's word in its place, and the words after it are the rest of the name,
        exactly, to its end. One person only may fit (two people sharing a surname and an initial are neither)."""
        typed = _stripped(key)
        initials = [t for t in typed[:-1] if len(t) == 1 and t.isalpha()]
        rest = typed[len(initials):]
        if not initials or typed[:len(initials)] != tuple(initials) or not rest:
            return None
        fits = {}
        for form in self.forms:
            if form.actor.kind != PERSON or len(form.stripped) < len(typed):
                continue
            start = len(form.stripped) - len(typed)  # where the initials stand, the rest running to the name's end
            given = form.stripped[start:start + len(initials)]
            if form.stripped[start + len(initials):] == rest and all(
                    len(g) > 1 and g[0] == i for g, i in zip(given, initials)):
                fits[id(form.actor)] = form.actor
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _compact_typo(self, key: str) -> Actor | None:
        """A name of several words typed with one letter off, wherever it falls, short words too ("Tsai In-wen",
        "Jea-Noël Lagesse", "Marisol Cru-Ellington"): the whole name, spaces aside, one edit from one actor's
        name of as many words only, and long enough that one edit cannot make another name."""
        typed = key.split()
        compact = "".join(typed)
        if len(typed) < 2 or len(compact) < COMPACT_TYPO_MIN:
            return None
        fits = {id(form.actor): form.actor for form in self.forms if len(form.key.split()) == len(typed)
                and OSA.distance(compact, form.key.replace(" ", ""), score_cutoff=1) <= 1}
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _described_person(self, key: str) -> Actor | None:
        """A surname typed after words of the role the report gives its person ("khokim rakhimov" for
        "the khokim of Termez, Mr Jasur Rakhimov"): a local title no list has."""
        *role, surname = key.split()
        if not role:
            return None
        fits = {id(a): a for a, named, described in self.roles if surname in named and set(role) <= described}
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _misspelt(self, key: str) -> Actor | None:
        """The one actor a name typed with a spelling slip or in part denotes. (Tried on the name as
        typed too when it holds title words: a body's name may, "Deparment of Foreign Affairs",
        "Prime Minister’s Ofice".)"""
        return self._spelling(key) or self._one_typo(key) or self._partial(key) or self._opening(key) \
            or self._opening_typo(key) or self._closing_typo(key)

    def _one_typo(self, key: str) -> Actor | None:
        """A name of several words, all typed right but one that is one letter off: "Anil Vargese"; failing
        that, two letters off in a word of six letters or more ("Tilda Warnox" for Tilda Warnock)."""
        typed = _stripped(key)
        if len(typed) < 2:
            return None
        fits, two_off = {}, {}
        for form in self.by_length.get(len(typed), []):
            # (a word typed with or without a plural's "s" is typed right: "Textile" for "Textiles")
            wrong = [(t, k) for t, k in zip(typed, form.stripped) if t != k and t + "s" != k and k + "s" != t]
            if len(wrong) != 1:
                continue
            shorter = min(len(w) for w in wrong[0])
            if (shorter >= SHORT_TYPO_MIN and OSA.distance(*wrong[0]) <= 1) or _vowels_only(*wrong[0]) \
                    or _other_ending(*wrong[0]):
                fits[id(form.actor)] = form.actor
            elif shorter >= TWO_TYPO_MIN and OSA.distance(*wrong[0]) <= 2:
                two_off[id(form.actor)] = form.actor
        fits = fits or two_off  # the nearer reading first; several as near: none (suggestions then)
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _opening_typo(self, key: str) -> Actor | None:
        """The first words of one person's longer name, one of them one letter off: "Armin Wibe" for
        Armin Wiebe Klassen (a given name and a first surname, as many naming customs give them)."""
        return self._typo_in_part(key, closing=False)

    def _closing_typo(self, key: str) -> Actor | None:
        """The last words of one person's longer name, one of them one letter off, the surnames without the given
        name: "prat y llobe" for Ignacio Prat y Llobet."""
        return self._typo_in_part(key, closing=True)

    def _typo_in_part(self, key: str, closing: bool) -> Actor | None:
        typed = _stripped(key)
        if len(typed) < 2:
            return None
        fits = {}
        for form in self.forms:
            if form.actor.kind != PERSON or len(form.stripped) <= len(typed):
                continue
            part = form.stripped[-len(typed):] if closing else form.stripped[:len(typed)]
            wrong = [(t, k) for t, k in zip(typed, part) if t != k]
            if len(wrong) == 1 and _slip(*wrong[0]):  # ("lucia betancourt" for Betancor: two off)
                fits[id(form.actor)] = form.actor
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _titled_person(self, key: str) -> Actor | None:
        """A surname typed after a personal title, one letter off ("Dr Orrantio" for Dr Lucía Orrantia): the
        title says a person is meant, so short names may be told apart among the people alone."""
        typed = _stripped(key)
        if len(typed) != 1 or len(typed[0]) < SHORT_TYPO_MIN:
            return None
        fits = {id(a): a for a in self.people for name in (a.name, *a.aliases) for w in _stripped(match_key(name))
                if len(w) >= SHORT_TYPO_MIN and OSA.distance(typed[0], w) <= 1}
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _partial(self, key: str) -> Actor | None:
        """Words of one actor's name only ("Lim" for "Lim Wei-ling", "corvane"), or with a misspelling of one
        such word ("Hargreave", "salim rawhi" for Salim bin Hamad Al-Rawahi; beside a word typed right, one
        in other vowels: "nadia ludhi" for Nadia Farooq Lodhi); a word of several actors' names is none of them
        (suggestions then)."""
        typed = tuple(w for w in _stripped(key) if w not in SURNAME_PARTICLES)  # "maria de la vega": "maria vega"
        if len(typed) > 2:  # a longer name typed whole but for its particles: "maria das gracas conceicao"
            fits = {id(form.actor): form.actor for form in self.forms
                    if tuple(w for w in form.stripped if w not in SURNAME_PARTICLES) == typed}
            if not fits:  # a person's name typed without a middle name, a word of it perhaps misspelt: "ana
                # ruiz vidla" for Ana María Ruiz Vidal
                fits = {id(form.actor): form.actor for form in self.forms
                        if form.actor.kind == PERSON and _in_order(typed, form.stripped, slips=1)}
            return next(iter(fits.values())) if len(fits) == 1 else None
        if not typed:
            return None
        fits = {}
        for form in self.forms:
            if all(t in form.stripped for t in typed):
                fits[id(form.actor)] = form.actor
        if not fits and len(typed) == 1 and len(typed[0]) >= SHORT_TYPO_MIN + 2:
            skeleton = _skeleton(typed[0])
            for form in self.forms:
                if any(_close_words(typed[0], w, skeleton, _skeleton(w)) for w in form.stripped):
                    fits[id(form.actor)] = form.actor
            # Of several look-alikes, the one a single letter away is meant, not one sharing consonants only.
            near = {id(form.actor): form.actor for form in self.forms if id(form.actor) in fits
                    and any(OSA.distance(typed[0], w) <= 1 for w in form.stripped)}
            if len(fits) > 1 and len(near) == 1:
                return next(iter(near.values()))
        if not fits and len(typed) == 2:  # "willie koe": a nickname the report gives and the surname, words of one
            # person's names taken together (Wilfred Koe, known as "Willie")
            fits = {id(a): a for a, named, _ in self.roles if set(typed) <= named}
        if not fits and len(typed) == 2:  # "salim rawhi": one word right, the other misspelt
            for form in self.forms:
                wrong = [t for t in typed if t not in form.stripped]
                if len(wrong) == 1 and any(
                        (len(wrong[0]) >= SHORT_TYPO_MIN + 2 and _close_words(wrong[0], w, _skeleton(wrong[0]), _skeleton(w)))
                        or _vowels_only(wrong[0], w) for w in form.stripped):  # a short one too: "ludhi" for "Lodhi"
                    fits[id(form.actor)] = form.actor
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _within(self, key: str) -> Actor | None:
        """Words running inside one actor's longer name only, at least WITHIN_MIN_WORDS of them: "centre for
        rural justice" for the "Kivu-based Centre for Rural Justice" the report names. Not after "of" or
        another word placing them: "the Senate of Tarsia University" is not Tarsia University."""
        if len(key.split()) < WITHIN_MIN_WORDS:
            return None
        fits = {}
        for form in self.forms:
            before, found, _ = f" {form.key} ".partition(f" {key} ")
            if found and (before.split() or [""])[-1] not in _OTHER_BODYS_PART:
                fits[id(form.actor)] = form.actor
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _opening(self, key: str) -> Actor | None:
        """The first words of one actor's name only, two or more: "sahel liberation" for the
        Sahel Liberation Front."""
        if len(key.split()) < 2:
            return None
        key = _without_and(key)  # "marrow and sons" opens "Marrow & Sons Engineers" too
        fits = {id(form.actor): form.actor for form in self.forms if _without_and(form.key).startswith(key + " ")}
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _known_form(self, query: str) -> Actor | None:
        key = _without_the(match_key(query))
        if not key:
            return None
        if key in self.state_names:
            return self.state_names[key]
        if (state := self._state_by_its_government(key)) is not None:
            return state
        company = " ".join(without_trailing_legal_forms(key.split()))
        if company != key and (actor := self.exact(company)) is not None:
            return actor  # "Vaalbank Holdings (Pty) Ltd", "Vltava Leasing s.r.o." for the name the report uses alone
        letters = re.sub(r"[.\s]", "", query.strip())
        if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
            found = list(self.initials.get(letters.lower(), {}).values())
            if len(found) == 1:
                return found[0]
        return None

    def _state_by_its_government(self, key: str) -> Actor | None:
        """A state (or a region the report treats as one) named by its government or its formal name: "the
        French government", "Tarsia regional government", "the federal government of Tarsia", "Republic of
        Tarsia", "the French State" for France."""
        words = key.split()
        rest: list[str] = []
        if len(words) >= 2 and words[-1] in _GOVERNMENT_AFTER:  # "… government", "the French State"
            rest = words[:-1]
            while len(rest) > 1 and rest[-1] in GOVERNMENT_LEVELS:
                rest = rest[:-1]
            if words[-1] == "state" and " ".join(rest) not in self.state_names:
                rest = []  # "state" after a name is a state only after a state's own name or demonym ("Islamic State")
        elif "of" in words[1:-1]:  # "government of X", "federal government of X", "Republic of X"
            of = words.index("of")
            before, after = words[:of], words[of + 1:]
            while len(before) > 1 and before[0] in GOVERNMENT_LEVELS:  # "federal government", "interim government"
                before = before[1:]
            if len(before) == 1 and before[0] in _GOVERNMENT_BEFORE_OF:
                rest = [w for w in after if w != "the"]
        if not rest:
            return None
        state = self.exact(" ".join(rest)) or self.state_names.get(" ".join(rest))
        return state if state is not None and state.kind == STATE else None

    def _spelling(self, key: str) -> Actor | None:
        typed = _stripped(key)
        if not typed:
            return None
        skeletons = [_skeleton(t) for t in typed]
        fits = {id(form.actor): form.actor for form in self.by_length.get(len(typed), [])
                if _spelt_alike(typed, form.stripped, skeletons, form.skeletons)}
        return next(iter(fits.values())) if len(fits) == 1 else None

    def ranked(self, text: str) -> list[Actor]:
        """Actors whose names begin with, contain or look like the text: the best kind of match
        first, then the most mentioned (look-alikes: the closest)."""
        key = _without_the(match_key(text))
        if not key:
            return []
        typed = key.split()
        starts = [f" {t}" for t in typed]
        best: dict[int, tuple[int, float, int, Actor]] = {}

        def offer(actor: Actor, tier: int, score: float = 0.0) -> None:
            rank = (tier, -score, -len(actor.mentions))
            if id(actor) not in best or rank < best[id(actor)][:3]:
                best[id(actor)] = (*rank, actor)

        for form in self.forms:
            if form.key.startswith(key):
                offer(form.actor, 0)
            elif all(start in form.padded for start in starts):
                offer(form.actor, 1)
            elif key in form.key:
                offer(form.actor, 2)
        for n, score in self._look_alikes(key, typed).items():
            offer(self.forms[n].actor, 3, score)
        return [r[-1] for r in sorted(best.values(), key=lambda r: (*r[:3], r[-1].name))]

    def fitting(self, query: str) -> list[Actor]:
        """The actors a query that resolved to none fits, most mentioned first: those whose name or
        alias it begins or whose words all begin one of theirs ("al-sa": Al-Sadiqoun Bloc and Saad
        al-Saadi), and those whose whole name it holds ("hamas houthis"). Several: the query is ambiguous,
        not unknown."""
        key = _without_the(match_key(query))
        if not key:
            return []
        starts = [f" {t}" for t in key.split()]
        padded = f" {key} "
        fits = {id(form.actor): form.actor for form in self.forms
                if form.key.startswith(key) or all(start in form.padded for start in starts)
                or f" {form.key} " in padded}
        return sorted(fits.values(), key=lambda a: (-len(a.mentions), a.name))

    def _look_alikes(self, key: str, typed: list[str]) -> dict[int, float]:
        """Forms (by index) that look like the text, with how much (rapidfuzz ratio)."""
        scores: dict[int, float] = {}
        for _, score, n in process.extract(" ".join(_stripped(key)), self.stripped_texts, scorer=fuzz.ratio,
                                           score_cutoff=SUGGEST_MIN, limit=None):
            scores[n] = score
        if len(typed) == 1 and len(key) >= 4:  # a misspelt word of a name ("Ramiz"), or its start ("tanz")
            pieces = [(n, w[:size]) for n, form in enumerate(self.forms) for w in form.key.split() if len(w) >= 4
                      for size in {len(w), len(key)}]
            for _, score, i in process.extract(key, [p for _, p in pieces], scorer=fuzz.ratio,
                                               score_cutoff=SUGGEST_MIN, limit=None):
                scores[pieces[i][0]] = max(score, scores.get(pieces[i][0], 0))
        elif len(typed) > 1:  # "Lebanese Tanzimiya", "Falak office": a name inside
            for n, form in enumerate(self.forms):
                if any(len(w) >= 4 and w in typed for w in form.stripped):
                    scores[n] = max(SUGGEST_MIN, scores.get(n, 0))
        return scores

    def suggest(self, query: str, limit: int = SUGGESTIONS) -> list[str]:
        """Names to offer for a query that matched no actor: look-alikes; for what looks like a
        personal name ("Nouri al-Maliki"), else the people the report does name."""
        names = [a.name for a in self.ranked(query)[:limit]]
        if len(names) < limit and PERSON_PARTICLES & set(match_key(query).split()) and len(query.split()) >= 2:
            names += [a.name for a in self.people if a.name not in names][:limit - len(names)]
        return names


# A name typed one letter off anywhere is one actor's from this many letters on (spaces aside): "tsaiinwen".
COMPACT_TYPO_MIN = 9
# Typed words found inside a longer name denote it from three words on: two ("human rights", "new
# town") run inside many bodies' names and are left to _partial, which weighs words, not runs.
WITHIN_MIN_WORDS = 3
# Words before a run inside a longer name that make the run another body, which the longer one belongs to or
# stands in: "the Senate of Tarsia University", "the Council of the Oruro Chamber".
_OTHER_BODYS_PART = PLACING_WORDS | {"the"}
# The last word of a state's name by its government ("the Tarsian government", "the French State"), and the word
# before "of" in one ("the government of Tarsia", "the Republic of Tarsia").
_GOVERNMENT_AFTER = GOVERNMENT_WORDS | {"state"}
_GOVERNMENT_BEFORE_OF = GOVERNMENT_WORDS | STATE_FORMS
# A possessive after an abbreviation's stop or a number ("Acme Co.’s", "Local 1187’s"), which the word folding keeps.
_POSSESSIVE_END = re.compile(r"(?<=[.\d])[’']s?\s*$")
# Titles abbreviated with their stop before a name, one or several ("ks. kan.", "adw.", "Ing."): letters only.
_ABBREVIATED_TITLES = re.compile(r"^(?:[^\W\d_]{1,4}\.\s+)+")


# A long surname typed with another ending ("Petrovna" for "Petrovina", "-ova" for "-ina"): the
# stem must agree this far and the word be this long, so short or different names never match.
ENDING_STEM = 5
ENDING_WORD_MIN = 7


def _other_ending(typed: str, known: str) -> bool:
    """The same long word with its last letters misremembered, beside other words typed right."""
    return min(len(typed), len(known)) >= ENDING_WORD_MIN and typed[:ENDING_STEM] == known[:ENDING_STEM] \
        and OSA.distance(typed, known) <= max(2, max(len(typed), len(known)) // 3)  # "Whitfield" for "Whitford"


# Words shorter than this are too short to tell a doubled letter from another name ("Al", "All").
DOUBLED_WORD_MIN = 4


def _in_order(typed: tuple[str, ...], known: tuple[str, ...], slips: int) -> bool:
    """Whether the typed words are the known name's words in its order, some of its words left out, at most `slips`
    of them misspelt (one letter off, two in a long word)."""
    if not typed:
        return True
    for at, word in enumerate(known[:len(known) - len(typed) + 1]):
        if word == typed[0] and _in_order(typed[1:], known[at + 1:], slips):
            return True
        if slips and _slip(typed[0], word) and _in_order(typed[1:], known[at + 1:], slips - 1):
            return True
    return False


def _slip(typed: str, known: str) -> bool:
    """Whether a typed word is a known one misspelt: one letter off, two in a long word; short words not at all."""
    shorter = min(len(typed), len(known))
    return shorter >= SHORT_TYPO_MIN and OSA.distance(typed, known) <= (2 if shorter >= TWO_TYPO_MIN else 1)


def _spelt_alike(typed: tuple[str, ...], known: tuple[str, ...], typed_skeletons, known_skeletons) -> bool:
    """Whether every typed word is a spelling of the name's word in its place (_close_words), but for one short word
    of a name of several that differs in vowels only ("prem bahdur gotam" for Prem Bahadur Gautam, "rafik" for
    "Rafiq" beside the other words typed close)."""
    pairs = list(zip(typed, known, typed_skeletons, known_skeletons))
    unlike = [pair for pair in pairs if not _close_words(*pair)]
    return not unlike or (len(pairs) >= 2 and len(unlike) == 1 and _vowels_only(*unlike[0][:2]))


def _single_letters(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word)


def _without_the(key: str) -> str:
    return key[4:] if key.startswith("the ") else key


def _vowels_only(typed: str, known: str) -> bool:
    """Two spellings of one word that differ in vowels only ("hun", "hoon"): transliterations, taken
    as the same word only beside others typed exactly."""
    return _skeleton(typed) == _skeleton(known) and len(_skeleton(known)) >= 2 and typed[0] == known[0]


def _without_legal_form(key: str) -> str:
    """"karya baru" for "pt karya baru" (a legal form before a company's name, as Indonesian writes it)."""
    tokens = key.split()
    return " ".join(tokens[1:]) if len(tokens) > 2 and tokens[0] in LEGAL_FORMS else key


def _without_and(key: str) -> str:
    """"marrow sons" for "Marrow and Sons": the folded words drop an ampersand ("Marrow & Sons")."""
    return " ".join(w for w in key.split() if w != "and")
