"""Actor lookups, served from memory: exact names and aliases first, then spelling variants.

Names are compared after folding case, diacritics, apostrophes, hyphens and possessives
(index.text.match_key), so "muhammad al hafi", "Al-Hafi’s" and "AL-HAFI" are the same key.
A misspelling ("Kataib Hizbollah") is accepted only when it is close to one actor and clearly
closer than to any other; otherwise the answer is "not in the report" with suggestions, never
a wrong actor.
"""

from __future__ import annotations

from typing import Any

from index.actors.model import Actor, ActorLookup, Mention, Profile
from index.records import Sentence
from index.text import match_key

FUZZY_ACCEPT = 88  # rapidfuzz ratio a misspelling needs to be taken as a name…
FUZZY_MARGIN = 6  # …and how much better it must match than the runner-up actor
SUGGEST_MIN = 55


class ActorRegistry:
    def __init__(self, actors: list[Actor], sentences: list[Sentence]) -> None:
        self.actors = actors
        self._text = {s.id: s.text for s in sentences}
        self._keys: dict[str, Actor] = {}
        for actor in actors:
            for name in [actor.name, *actor.aliases]:
                self._keys.setdefault(match_key(name), actor)
        self._choices = list(self._keys)

    @classmethod
    def from_json(cls, data: dict[str, Any], sentences: list[Sentence]) -> "ActorRegistry":
        return cls([Actor.from_dict(a) for a in (data or {}).get("actors", [])], sentences)

    def list(self, kind: str | None = None) -> list[Actor]:
        """Actors, most mentioned first; only those of `kind` if given."""
        return [a for a in self.actors if kind is None or a.kind == kind]

    def exact(self, name: str) -> Actor | None:
        """The actor whose name or alias this is, with no spelling tolerance."""
        key = match_key(name)
        return self._keys.get(key) or (self._keys.get(key[4:]) if key.startswith("the ") else None)

    def resolve(self, query: str) -> Actor | None:
        """The actor a name denotes, or None."""
        key = match_key(query)
        if key not in self._keys and key.startswith("the "):
            key = key[4:]  # "the Houthis" is "Houthis"
        if key in self._keys:
            return self._keys[key]
        if not key or not self._choices:
            return None
        from rapidfuzz import fuzz, process

        ranked = process.extract(key, self._choices, scorer=fuzz.ratio, limit=10)
        best = [(k, score) for k, score, _ in ranked]
        if not best or best[0][1] < FUZZY_ACCEPT:
            return None
        winner = self._keys[best[0][0]]
        rival = next((score for k, score in best[1:] if self._keys[k] is not winner), 0)
        return winner if best[0][1] - rival >= FUZZY_MARGIN else None

    def suggest(self, query: str, limit: int = 3) -> list[str]:
        """Up to `limit` actor names that look like the query, best first."""
        from rapidfuzz import fuzz, process

        names: list[str] = []
        for key, score, _ in process.extract(match_key(query), self._choices, scorer=fuzz.WRatio, limit=20):
            name = self._keys[key].name
            if score >= SUGGEST_MIN and name not in names:
                names.append(name)
        return names[:limit]

    def lookup(self, query: str) -> ActorLookup:
        actor = self.resolve(query)
        if actor is None:
            return ActorLookup(query, False, None, self.suggest(query))
        return ActorLookup(query, True, self.profile(actor), [])

    def profile(self, actor: Actor) -> Profile:
        """The actor with its mentions numbered, and a summary and relations citing them."""
        number = {sid: n for n, sid in enumerate(actor.mentions, start=1)}
        mentions = [Mention(number[sid], sid, self._text.get(sid, "")) for sid in actor.mentions]
        if actor.description and actor.description_id in number:
            summary = f"{actor.name}: {actor.description} [{number[actor.description_id]}]."
        elif mentions:
            summary = f"{mentions[0].text} [1]"
        else:
            summary = f"{actor.name} is named in the report."
        relations = [{"actor": r.actor, "relation": r.relation,
                      "citations": [number[s] for s in r.sentence_ids if s in number]}
                     for r in actor.relations]
        return Profile(actor.name, actor.kind, list(actor.aliases), summary, relations, mentions)

    def complete(self, prefix: str, limit: int = 25) -> list[str]:
        """Names for autocomplete: names and aliases starting with the prefix, then containing it,
        then close spellings; ties broken by how often the report mentions the actor."""
        key = match_key(prefix)
        if not key:
            return [a.name for a in self.actors[:limit]]
        tiers: dict[str, tuple[int, int]] = {}
        for alias_key, actor in self._keys.items():
            if alias_key.startswith(key) or any(w.startswith(key) for w in alias_key.split()):
                tier = 0 if alias_key.startswith(key) else 1
            elif key in alias_key:
                tier = 2
            else:
                continue
            best = tiers.get(actor.name)
            rank = (tier, -len(actor.mentions))
            if best is None or rank < best:
                tiers[actor.name] = rank
        names = sorted(tiers, key=lambda n: (tiers[n], n))
        if len(names) < limit:
            names += [n for n in self.suggest(prefix, limit) if n not in names]
        return names[:limit]
