"""The fitted keep model: its weights file, and what it keeps on a short text written for the test."""

from __future__ import annotations

import json
from collections import Counter

import numpy as np
import pytest

from index.actors import build_registry
from index.actors.extract import _Draft, shipped_judge, evidence
from index.actors.keep import FEATURES, MODEL_PATH, KeepModel, shipped_model
from index.actors.model import ORGANISATION, PERSON
from tests.index.actors.conftest import read_report, registry_of


def test_the_weights_file_loads_and_matches_the_features():
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert tuple(data["features"]) == FEATURES
    assert len(data["weights"]) == len(data["means"]) == len(data["scales"]) == len(FEATURES)
    assert all(s > 0 for s in data["scales"]) and 0 < data["threshold"] < 1
    model = shipped_model()
    assert model is not None and model.threshold == data["threshold"]
    # the rule's verdict is an input the fit leans on: a candidate the rule drops is less likely kept
    assert model.linear.weights[FEATURES.index("rule_drop")] < 0
    assert data["leave_one_set_out"]["macro"]["model"]["list_precision"] > 0


def test_a_model_fitted_on_other_features_is_refused():
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    data["features"] = data["features"][:-1]
    with pytest.raises(ValueError, match="calibrate-actors"):
        KeepModel.from_json(data)


def test_evidence_is_one_finite_value_per_feature():
    d = _Draft("Halvard Stenmo", forms=Counter({"Halvard Stenmo": 2, "Stenmo": 1}),
               labels=Counter({"PERSON": 3}), full_labels=Counter({"PERSON": 2}), seen=3, acting=2)
    row = evidence(d, False, PERSON)
    assert row.shape == (len(FEATURES),) and np.isfinite(row).all()
    assert row[FEATURES.index("acting_share")] == pytest.approx(2 / 3)
    assert row[FEATURES.index("person_kind")] == 1.0 and row[FEATURES.index("words")] == 2.0
    assert evidence(_Draft("Runway 06", forms=Counter({"Runway 06": 1})), True, ORGANISATION)[
        FEATURES.index("digit")] == 1.0


@pytest.mark.slow  # loads the entity recogniser
def test_a_numbered_runway_named_once_is_not_listed(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("The aircraft overran Strip 2 on landing, the Civil Aviation Board said. Captain Mira Lenz, "
                    "the pilot, said the brakes had failed. The Civil Aviation Board will report in June.\n",
                    encoding="utf-8")
    report = read_report(path)
    listed = {a.name: a.kind for a in registry_of(report, overrides=None).list()}
    assert listed.get("Mira Lenz") == PERSON
    assert listed.get("Civil Aviation Board") == ORGANISATION
    # a name with a number in it, given once and doing nothing: the drop rule alone lists it (no "in",
    # no place word, no thing word), the fitted model finds it too weakly vouched for
    assert "Strip 2" not in listed
    by_rule = build_registry(*report, None, judge=lambda row, rule_drops, name: not rule_drops)
    assert "Strip 2" in {a["name"] for a in by_rule["actors"]}


def test_the_model_never_keeps_what_the_rule_drops():
    """The model only drops more: a candidate it is sure of stays out when the drop rule drops it."""
    d = _Draft("Halvard Stenmo", forms=Counter({"Halvard Stenmo": 3}), labels=Counter({"PERSON": 3}),
               full_labels=Counter({"PERSON": 3}), seen=3, acting=3, title="Mr")
    row = evidence(d, False, PERSON)
    assert shipped_model().probability(row)[0] > 0.9
    assert shipped_judge(row, False, d.name)
    assert not shipped_judge(row, True, d.name)
