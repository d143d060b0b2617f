"""The actor keep model's fitting: figures from keep masks, the threshold, and the written file (no spaCy)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from bot import actor_calibrate as ac
from bot.corpus_eval import GoldActors
from index.actors.keep import FEATURES, KeepModel

GOLD = [{"name": "Ana Ruiz", "kind": "person", "aliases": ["Ruiz"]},
        {"name": "Harbour Board", "kind": "organisation", "aliases": ["HB"]}]


def _observed(group: str, seed: int) -> ac.Observed:
    """Six candidates: two gold actors with strong evidence, a duplicate alias, three junk names the rule
    keeps with weak evidence (one mention, a digit) and one it drops."""
    rng = np.random.default_rng(seed)
    rows = np.zeros((6, len(FEATURES)))
    strong, weak = FEATURES.index("acting_share"), FEATURES.index("digit")
    rows[:3, strong] = 1.0
    rows[3:, weak] = 1.0
    rows[5, FEATURES.index("rule_drop")] = 1.0
    rows += rng.normal(0, 0.05, rows.shape)
    report = ac.GoldReport(group, f"r{seed}", Path(f"r{seed}.txt"), GOLD, [])
    return ac.Observed(report, rows, np.array([False] * 5 + [True]), np.array([0, 1, 1, -1, -1, -1]))


def test_list_figures_count_as_the_scorer_does():
    o = _observed("a", 0)
    keep = ~o.rules
    # five kept: three matched (one gold actor twice), two junk; both gold actors found
    assert ac.list_figures(o, keep) == (0.6, 1.0)
    assert ac.list_figures(o, np.zeros(6, dtype=bool)) == (1.0, 0.0)


def test_gold_matching_is_by_name_then_alias():
    gold = GoldActors(GOLD)
    assert gold.match("The Harbour Board", []) == 1
    assert gold.match("Port Office", ["HB"]) == 1
    assert gold.match("Ruiz", []) == 0
    assert gold.match("Ana Ruiz Lopez", []) is None


def test_the_fit_drops_weak_candidates_at_no_recall(tmp_path):
    observed = [_observed(group, seed) for seed, group in enumerate("aabbcc")]
    model = ac.fitted(observed)
    for o in observed:
        keep = ~o.rules & (model.probability(o.rows) >= model.threshold)
        assert ac.list_figures(o, keep) == (1.0, 1.0)
    out = tmp_path / "keep_model.json"
    ac.calibrate(observed, out, {"macro": {}})
    data = json.loads(out.read_text(encoding="utf-8"))
    assert KeepModel.from_json(data).threshold == model.threshold
    assert data["fitted_on"] == ["a", "b", "c"] and data["reports"] == 6 and data["candidates"] == 36
