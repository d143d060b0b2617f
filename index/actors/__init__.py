"""The actors a report names: extracted at index time, stored in the bundle, looked up by name.

    build_registry(documents, sentences, overrides_path) -> dict   (stored as actors.json)
    ActorRegistry.from_json(data, sentences).lookup(name) -> ActorLookup
"""

from __future__ import annotations

from pathlib import Path

from index.actors.extract import build_actors
from index.actors.model import KINDS, Actor, ActorLookup, Profile, Relation
from index.actors.overrides import OverridesError, apply_overrides
from index.actors.registry import ActorRegistry
from index.records import Document, Sentence

# Part of the build key: bump when extraction or the stored format changes, so indexes rebuild.
REGISTRY_VERSION = 1

__all__ = ["KINDS", "REGISTRY_VERSION", "Actor", "ActorLookup", "ActorRegistry", "OverridesError", "Profile",
           "Relation", "build_registry"]


def build_registry(documents: list[Document], sentences: list[Sentence], overrides_path: Path | None) -> dict:
    """The registry as stored in the bundle: extracted actors with the overrides applied."""
    actors = apply_overrides(build_actors(documents, sentences), overrides_path)
    return {"version": REGISTRY_VERSION, "actors": [a.to_dict() for a in actors]}
