"""Actor lookups, served from memory: profiles, "no actor called X" with suggestions, autocomplete.

Which actor a typed name means is index.actors.match's business; this module turns actors into
the profiles users read, every statement cited by the number of one of the actor's mentions.
"""

from __future__ import annotations

from typing import Any

from index.actors.gazetteer import PLACING_WORDS
from index.actors.match import NameIndex
from index.actors.model import Actor, ActorLookup, Mention, Profile
from index.records import Sentence
from index.text import STOPWORDS, words


class ActorRegistry:
    def __init__(self, actors: list[Actor], sentences: list[Sentence]) -> None:
        self.actors = actors  # most mentioned first
        self._text = {s.id: s.text for s in sentences}
        self._page = {s.id: s.page for s in sentences if s.page is not None}
        self._names = NameIndex(actors)
        self._sentence_words: list[frozenset[str]] | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any], sentences: list[Sentence]) -> "ActorRegistry":
        """The registry stored in a bundle; `{}` (a bundle from before actors) is an empty one."""
        return cls([Actor.from_dict(a) for a in (data or {}).get("actors", [])], sentences)

    def list(self, kind: str | None = None) -> list[Actor]:
        """Actors, most mentioned first; only those of `kind` if given."""
        return [a for a in self.actors if kind is None or a.kind == kind]

    def exact(self, name: str) -> Actor | None:
        """The actor whose name or alias this is, with no spelling tolerance (for reading questions)."""
        return self._names.exact(name)

    def resolve(self, query: str) -> Actor | None:
        """The actor a typed name denotes, or None."""
        return self._names.resolve(query)

    def lookup(self, query: str) -> ActorLookup:
        """Who `query` is in the report; or none, with up to three suggestions, the actors it fits when
        several do, and whether the report mentions it all the same."""
        actor = self.resolve(query) or self._named_with_its_setting(query)
        if actor is None:
            fits = self._names.fitting(query)
            return ActorLookup(query, False, None, self._names.suggest(query),
                               fits=[a.name for a in fits] if len(fits) > 1 else [], mentioned=self.mentions(query))
        return ActorLookup(query, True, self.profile(actor), [])

    def _named_with_its_setting(self, query: str) -> Actor | None:
        """An actor's name typed with words that place it, where the report says them beside it: "Ostravan
        Embassy in Lomé" for the "Ostravan Embassy" of a sentence naming Lomé, "high court of tarsia" for a High
        Court a sentence places there. The longest opening of the typed words that is one actor's name (two
        words or more: one word is any actor's surname), then "in", "at", "of" or "from", and every word
        after it in one of the actor's mentions. A query holding another actor's name too is both, and
        neither is meant ("Falak Yusuf al-Rami"); a name inside a longer one ("… of the Republic of X for
        Y") is that longer name's, not X's."""
        if len(self._names.fitting(query)) > 1:
            return None
        typed = query.split()
        for length in range(len(typed) - 2, 1, -1):
            actor = self._names.exact(" ".join(typed[:length]))
            if actor is None or typed[length].lower() not in PLACING_WORDS:
                continue
            rest = set(words(" ".join(typed[length + 1:]))) - STOPWORDS
            if rest and any(rest <= set(words(self._text.get(sid, ""))) for sid in actor.mentions):
                return actor
        return None

    def mentions(self, text: str) -> bool:
        """Whether one sentence of the report holds every word of `text` (stopwords aside): "Baghdad",
        named as a place and no actor, is in the report, and a question about it can be answered."""
        wanted = {w for w in words(text) if w not in STOPWORDS}
        if not wanted:
            return False
        if self._sentence_words is None:  # on the first lookup that needs it: most lookups find their actor
            self._sentence_words = [frozenset(words(t)) for t in self._text.values()]
        return any(wanted <= said for said in self._sentence_words)

    def profile(self, actor: Actor) -> Profile:
        """The actor with its mentions numbered, and a summary and relations citing them."""
        number = {sid: n for n, sid in enumerate(actor.mentions, start=1)}
        mentions = [Mention(number[sid], sid, self._text.get(sid, ""), self._page.get(sid)) for sid in actor.mentions]
        if actor.description and actor.description_id in number:
            summary = f"{actor.name}: {actor.description} [{number[actor.description_id]}]."
        elif actor.description_id in number:  # no description: the sentence that says most about it
            summary = f"{self._text[actor.description_id]} [{number[actor.description_id]}]"
        else:
            summary = f"{mentions[0].text} [1]" if mentions else f"{actor.name} is named in the report."
        relations = [{"actor": r.actor, "relation": r.relation,
                      "citations": [number[s] for s in r.sentence_ids if s in number]}
                     for r in actor.relations]
        return Profile(actor.name, actor.kind, list(actor.aliases), summary,
                       [r for r in relations if r["citations"]], mentions)

    def complete(self, prefix: str, limit: int = 25) -> list[str]:
        """Names for autocomplete: those the prefix begins, then those it is in, then look-alikes;
        ties go to the most mentioned. An empty prefix offers the most mentioned actors."""
        if not prefix.strip():
            return [a.name for a in self.actors[:limit]]
        return [a.name for a in self._names.ranked(prefix)[:limit]]
