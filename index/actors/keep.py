"""Which candidate actors the list keeps: a logistic model over each candidate's evidence, fitted on
reports with gold actor lists, beside the hand-written drop rule (extract._dropped), which is one of
its inputs.

The evidence (`FEATURES`, computed by extract.evidence) is what the extractor counted for a
candidate: how often the recogniser named it, the shares of those mentions that act, are places,
modifiers, things, plurals, …, the recogniser's label shares, the name's shape (words, an acronym)
and what the gazetteer and the text say of it (a title, a description, a cue noun, a state). The
model is a few dozen numbers in `keep_model.json`, written by `reportbot calibrate-actors`
(bot/actor_calibrate.py), which also records its leave-one-set-out figures; keeping is a dot
product and a threshold, numpy only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from index.linear import Linear

MODEL_PATH = Path(__file__).with_name("keep_model.json")

# The evidence, in the model's column order. "*_share" are counts over the candidate's mentions.
FEATURES = (
    "rule_drop",  # the hand-written rule drops it (extract._dropped)
    "log_seen",  # log(1 + mentions the recogniser named)
    "acting_share", "located_share", "placed_share", "origin_share", "modifier_share", "plural_share",
    "thing_share", "media_share", "person_context_share", "polity_share", "routed_share",
    "person_label", "org_label", "gpe_label", "norp_label", "fac_label",  # the recogniser's label shares
    "full_label_share",  # mentions of two words or more, of all it labelled
    "words",  # words in the name (at most 6)
    "acronym",  # the name is an acronym ("SRFC")
    "acronym_form",  # some form of it is ("… (SRFC)")
    "has_title", "has_description", "has_cue", "vouched",
    "kind_settled",  # the gazetteer or strong evidence settled its kind (a state, the publisher)
    "person_kind", "organisation_kind", "state_kind", "party_kind", "armed_kind", "media_kind",  # the kind it gets
    "place_head",  # its last word names a place ("… Valley", "… County")
    "body_head",  # its last word names a body ("… Ministry", "… Holdings")
    "thing_head",  # its last word, or its head before "of", names a thing or an event ("… Act", "… Scheme")
    "log_forms",  # log(number of surface forms)
    "digit",  # a digit in the name ("Runway 06", "… 51.8 per cent"): a number, a code, a model
    "title_first",  # its first word is a title or honorific ("Justice …", "Fr"): a name cut badly
    "short_word",  # one word of three letters or fewer, not an acronym ("Eng", "Hon"): an abbreviation
    "lower_word",  # a lower-case word other than a name's joiners ("… per cent"): not a name's shape
)


@dataclass(frozen=True)
class KeepModel:
    features: tuple[str, ...]
    linear: Linear  # a logistic regression: its probability is that of being a gold actor
    threshold: float  # keep when that probability is at least this

    def probability(self, rows: np.ndarray) -> np.ndarray:
        return self.linear.probability(np.atleast_2d(rows))

    def keeps(self, row: np.ndarray) -> bool:
        return bool(self.probability(row)[0] >= self.threshold)

    def to_json(self, extra: dict | None = None) -> dict:
        return {"features": list(self.features), **self.linear.to_json(), "threshold": self.threshold, **(extra or {})}

    @classmethod
    def from_json(cls, data: dict) -> "KeepModel":
        if tuple(data["features"]) != FEATURES:
            raise ValueError("keep_model.json was fitted on other features: rerun `reportbot calibrate-actors`")
        return cls(tuple(data["features"]), Linear.from_json(data), float(data["threshold"]))


def keeps(model: KeepModel | None, row: np.ndarray, rule_drops: bool) -> bool:
    """The list's decision: what the drop rule keeps, less what `model` (if any) finds too weakly vouched for."""
    return not rule_drops and (model is None or model.keeps(row))


@lru_cache(maxsize=1)
def shipped_model() -> KeepModel | None:
    """The fitted model beside this file; None when there is none (the rule alone decides)."""
    if not MODEL_PATH.exists():
        return None
    return KeepModel.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
