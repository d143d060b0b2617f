"""The actors a report names: extracted at index time, stored in the bundle, looked up by name.

    build_registry(documents, sentences, overrides_path) -> dict   (stored as actors.json)
    ActorRegistry.from_json(data, sentences).lookup(name) -> ActorLookup

Building: candidates from the text (extract: spaCy's entity recogniser, at build time only) -> the
moderators' overrides -> mentions of every name and alias -> relations between actors mentioned
together -> actors never mentioned dropped. Lookups never load a model.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from index.actors.model import KINDS, Actor, ActorLookup, Mention, Profile, Relation
from index.actors.overrides import OverridesError, apply_overrides, named_actors
from index.actors.registry import ActorRegistry
from index.records import Document, Sentence
from index.text import match_key

if TYPE_CHECKING:
    from index.actors.extract import Judge

# Part of the build key: bump when extraction, the stored format or how texts are read into sentences (index.ingest,
# index.segment) changes, so indexes rebuild.
REGISTRY_VERSION = 162

__all__ = ["KINDS", "REGISTRY_VERSION", "Actor", "ActorLookup", "ActorRegistry", "Mention", "OverridesError",
           "Profile", "Relation", "build_registry"]


def _with_named(judge: Judge | None, overrides_path: Path | None) -> Judge | None:
    """`judge` (None: the shipped one), but a candidate the overrides file names is kept whatever the drop rule or
    the keep model say."""
    named = named_actors(overrides_path)
    if not named:
        return judge
    from index.actors.extract import shipped_judge

    judged = judge or shipped_judge
    return lambda row, rule_drops, name: match_key(name) in named or judged(row, rule_drops, name)


def build_registry(documents: list[Document], sentences: list[Sentence], overrides_path: Path | None,
                   judge: Judge | None = None, nlp=None) -> dict:
    """The registry as stored in the bundle: extracted actors, overrides applied, mentions and relations read.
    `judge` decides which candidates are kept and `nlp` parses (extract.build_actors: by default the
    shipped keep model and the checked spaCy pipeline)."""
    # Imported here, not at the top: the extractor's patterns take ~0.4 s and ~20 MB to load, and every process that
    # answers or looks up imports this package (the registry, the gazetteer) but only an index build extracts.
    from index.actors.extract import build_actors, lead_sentence
    from index.actors.mentions import attach_mentions
    from index.actors.relations import attach_relations

    judge = _with_named(judge, overrides_path)
    actors = apply_overrides(build_actors(documents, sentences, judge, nlp), overrides_path)
    attach_relations(actors, sentences, attach_mentions(actors, sentences))
    texts = {s.id: s.text for s in sentences}
    for actor in actors:
        if actor.description_id not in actor.mentions:  # none, or its name left that sentence (an override)
            actor.description, actor.description_id = None, lead_sentence(actor, texts)
        actor.relations = [r for r in actor.relations if set(r.sentence_ids) <= set(actor.mentions)]
    actors = sorted((a for a in actors if a.mentions), key=lambda a: (-len(a.mentions), a.name))
    return {"version": REGISTRY_VERSION, "actors": [a.to_dict() for a in actors]}
