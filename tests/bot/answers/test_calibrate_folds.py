"""`reportbot calibrate`'s folds: which reports a model is fitted on before it scores a report. No index is
built: the fit and the scoring are replaced by records of what they were given."""

from __future__ import annotations

from pathlib import Path

from bot.answers import calibrate


def test_folds_leave_out_a_report_s_whole_set_once_there_are_enough_sets(monkeypatch):
    """Reports of one set were written together and resemble each other: once there are enough sets, a
    report is scored by a model fitted on none of its set's reports, and every report is scored once."""
    fitted_on = []

    def fit(collected):
        fitted_on.append({c.report.slug for c in collected})
        return object()

    monkeypatch.setattr(calibrate, "fit", fit)
    scored = {}

    def report_figures(target, model):
        scored[target.report.slug] = fitted_on[-1]
        return dict.fromkeys(calibrate.MACRO_KEYS, 0.5)

    monkeypatch.setattr(calibrate, "report_figures", report_figures)
    sets = {"a": ["a1", "a2"], "b": ["b1", "b2", "b3"], "c": ["c1"]}
    collected = [calibrate.Collected(calibrate.GoldReport(slug, Path(f"{slug}.txt"), [], group), [], [])
                 for group, slugs in sets.items() for slug in slugs]
    slugs = [c.report.slug for c in collected]

    figures = calibrate.leave_one_out(collected, slugs)

    assert calibrate.held_out_unit(collected) == "set"
    assert set(figures) == set(slugs)
    for group, members in sets.items():
        for slug in members:
            assert scored[slug] == set(slugs) - set(members), slug
    assert len(fitted_on) == len(sets)  # a fold per set, not per report

    two_sets = [c for c in collected if c.report.group != "c"]
    fitted_on.clear(), scored.clear()
    calibrate.leave_one_out(two_sets, [c.report.slug for c in two_sets])
    assert scored["a1"] == {"a2", "b1", "b2", "b3"}  # too few sets: each report is left out alone
