"""The actor registry (placeholder until the actors work lands): built at index time.

Agreed API (the rest of the project uses only these names):
    REGISTRY_VERSION
    build_registry(documents, sentences, overrides_path) -> dict   (JSON, stored as actors.json)
    ActorRegistry.from_json(data, sentences)
    ActorRegistry.lookup(query) -> ActorLookup   (.to_json() is the `reportbot actor --json` object)
    ActorRegistry.complete(prefix, limit=25) -> list[str]
    ActorRegistry.list(kind=None) -> list[Actor]
"""

from __future__ import annotations

from dataclasses import dataclass, field

REGISTRY_VERSION = 0


def build_registry(documents, sentences, overrides_path):
    return {"version": REGISTRY_VERSION, "actors": []}


@dataclass
class ActorLookup:
    query: str
    found: bool
    actor: object | None = None
    suggestions: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"query": self.query, "found": self.found, "actor": None, "suggestions": self.suggestions}


class ActorRegistry:
    def __init__(self, actors=()):
        self.actors = list(actors)

    @classmethod
    def from_json(cls, data, sentences):
        return cls()

    def lookup(self, query):
        return ActorLookup(query, False)

    def complete(self, prefix, limit=25):
        return []

    def list(self, kind=None):
        return []
