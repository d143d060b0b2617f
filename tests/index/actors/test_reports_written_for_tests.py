"""Actor lists and lookups on seven short reports written for these tests (news on trade, a conflict,
regulation, health, labour, antitrust and the Arctic), each with a hand-made list of the actors it
names: the extractor must hold on texts its rules were not written for. Scored as
shared/tools/score.py scores `actors --json` and `actor --json`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.index.actors.conftest import read_report, registry_of

pytestmark = pytest.mark.slow  # builds seven registries with the entity recogniser (~5 s)

DATA = Path(__file__).parent / "data"
# The bar for the development corpus, asked of these texts too.
MIN_PRECISION, MIN_RECALL, MIN_KIND_ACCURACY, MIN_LOOKUPS = 0.85, 0.85, 0.85, 0.9


def _key(name: str) -> str:
    s = re.sub(r"\s+", " ", name.replace("\u2019", "'")).strip().lower()
    return s[4:] if s.startswith("the ") else s


def _score(slug: str) -> tuple[float, float, float, float]:
    registry = registry_of(read_report(DATA / f"{slug}.txt"), overrides=None)
    gold = [json.loads(line) for line in (DATA / f"{slug}.actor_list.jsonl").read_text("utf-8").splitlines() if line]
    owner = {}
    for n, g in enumerate(gold):
        for form in [g["name"], *g["aliases"]]:
            owner.setdefault(_key(form), n)
    listed = registry.list()
    matched, kinds_ok, hits = set(), 0, 0
    for actor in listed:
        found = [owner[_key(f)] for f in [actor.name, *actor.aliases] if _key(f) in owner]
        if found:
            hits += 1
            matched.add(found[0])
            kinds_ok += actor.kind == gold[found[0]]["kind"]
    lookups = [json.loads(line) for line in (DATA / f"{slug}.actors.jsonl").read_text("utf-8").splitlines() if line]
    right = 0
    for q in lookups:
        answer = registry.lookup(q["query"])
        if q["actor"] is None:
            right += not answer.found
        else:
            right += answer.found and _key(q["actor"]) in {_key(n) for n in [answer.actor.name, *answer.actor.aliases]}
    return hits / len(listed), len(matched) / len(gold), kinds_ok / max(hits, 1), right / len(lookups)


def test_actor_lists_and_lookups_hold_on_reports_written_for_the_tests():
    slugs = sorted(p.stem for p in DATA.glob("*.txt"))
    assert len(slugs) == 7
    scores = [_score(slug) for slug in slugs]
    precision, recall, kinds, lookups = (sum(column) / len(scores) for column in zip(*scores))
    assert precision >= MIN_PRECISION, scores
    assert recall >= MIN_RECALL, scores
    assert kinds >= MIN_KIND_ACCURACY, scores
    assert lookups >= MIN_LOOKUPS, scores
