"""Actor records: what the registry stores, and what a lookup answers (the `actor --json` contract)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# Kinds, as shown to users and accepted in the overrides file and `--kind`.
PERSON = "person"
ARMED_GROUP = "armed group or movement"
PARTY = "political party or bloc"
STATE = "state or government"
ORGANISATION = "organisation"
MEDIA = "media"
KINDS = (PERSON, ARMED_GROUP, PARTY, STATE, ORGANISATION, MEDIA)


@dataclass
class Relation:
    """`relation` is read from the actor's side: "Yusuf Al-Rami" —leads the office of→ "Falak"."""

    actor: str  # the other actor's canonical name
    relation: str
    sentence_ids: list[str] = field(default_factory=list)


@dataclass
class Actor:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    description: str | None = None  # verbatim words of the report, e.g. "a well-armed Russia-backed militia"
    description_id: str | None = None  # its sentence; without a description, the sentence that says most
    relations: list[Relation] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)  # sentence ids, in report order
    title: str | None = None  # a title the report gives the person ("Prime Minister"), kept out of the name

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Actor":
        relations = [Relation(**r) for r in data.get("relations", [])]
        return cls(**{**data, "relations": relations})


@dataclass(frozen=True)
class Mention:
    n: int
    id: str
    text: str
    page: int | None = None  # the PDF page the sentence starts on


@dataclass(frozen=True)
class Profile:
    """An actor as a lookup shows it; `summary` and relations cite mentions by their `n`."""

    name: str
    kind: str
    aliases: list[str]
    summary: str
    relations: list[dict[str, Any]]  # {"actor", "relation", "citations": [n]}
    mentions: list[Mention]

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "aliases": self.aliases, "summary": self.summary,
                "relations": self.relations, "mentions": [asdict(m) for m in self.mentions]}


@dataclass(frozen=True)
class ActorLookup:
    """The answer to "who is X in this report?": a profile, or "not in the report" with suggestions."""

    query: str
    found: bool
    actor: Profile | None = None
    suggestions: list[str] = field(default_factory=list)
    # For the words said to people (not in the JSON contract): the actors a query not found fits when it
    # fits several ("Al-Sa", "Hamas Houthis"), and whether the report mentions what it names anyway
    # ("Baghdad", a place), so /ask can answer about it.
    fits: list[str] = field(default_factory=list)
    mentioned: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"query": self.query, "found": self.found,
                "actor": self.actor.to_json() if self.actor else None, "suggestions": self.suggestions}
