"""The shipped report's actors, their kinds, aliases, profiles and the overrides file."""

from __future__ import annotations

import pytest

from index.actors import KINDS, ActorRegistry, OverridesError, build_registry
from index.ingest import read_source
from index.segment import segment_source
from tests.helpers import OVERRIDES, REPORT


@pytest.fixture(scope="module")
def report():
    document, sentences = segment_source(read_source(REPORT, 1_000_000))
    return [document], sentences


@pytest.fixture(scope="module")
def registry(report):
    documents, sentences = report
    return ActorRegistry.from_json(build_registry(documents, sentences, OVERRIDES), sentences)


def _registry(report, overrides_path):
    documents, sentences = report
    return ActorRegistry.from_json(build_registry(documents, sentences, overrides_path), sentences)


EXPECTED = {
    "Muhammad Al-Hafi": "person", "Abu Idris al-Sharafi": "person", "Qais al-Khazali": "person",
    "Saad al-Saadi": "person",
    "Hamas": "armed group or movement", "Houthis": "armed group or movement", "Hezbollah": "armed group or movement",
    "Kataib Hezbollah": "armed group or movement", "Asa’ib Ahl al-Haq": "armed group or movement",
    "Muslim Brotherhood": "armed group or movement",
    "Al-Sadiqoun Bloc": "political party or bloc",
    "Iran": "state or government", "Iraq": "state or government", "Israel": "state or government",
    "United States": "state or government", "Iraqi government": "state or government",
    "Lebanon": "state or government", "Yemen": "state or government", "Yemeni government": "state or government",
    "The New York Times": "media", "Iran News Update": "media",
}


def test_the_report_actors_and_their_kinds(registry):
    assert {a.name: a.kind for a in registry.list()} == EXPECTED
    assert all(a.kind in KINDS for a in registry.list())
    assert {a.name for a in registry.list("person")} == {n for n, k in EXPECTED.items() if k == "person"}


@pytest.mark.parametrize("query, actor", [
    ("Al-Hafi", "Muhammad Al-Hafi"), ("Al-Hafi’s", "Muhammad Al-Hafi"), ("muhammad al hafi", "Muhammad Al-Hafi"),
    ("Sharafi", "Abu Idris al-Sharafi"), ("Abu Idris", "Abu Idris al-Sharafi"),
    ("Khazali", "Qais al-Khazali"), ("Saadi", "Saad al-Saadi"),
    ("Houthis", "Houthis"), ("Houthi", "Houthis"), ("the Houthis", "Houthis"),
    ("Iranian", "Iran"), ("Iran-backed", "Iran"), ("Tehran", "Iran"),
    ("Asaib Ahl al-Haq", "Asa’ib Ahl al-Haq"), ("Asa'ib Ahl al-Haq", "Asa’ib Ahl al-Haq"),
    ("Kataib Hizbollah", "Kataib Hezbollah"), ("KATAIB HEZBOLLAH", "Kataib Hezbollah"),
    ("Hezbollah", "Hezbollah"), ("the Iraqi government", "Iraqi government"), ("New York Times", "The New York Times"),
])
def test_alias_forms_resolve_to_the_right_actor(registry, query, actor):
    lookup = registry.lookup(query)
    assert lookup.found and lookup.actor.name == actor


def test_hezbollah_is_not_kataib_hezbollah(registry):
    hezbollah = registry.lookup("Hezbollah").actor
    kataib = registry.lookup("Kataib Hezbollah").actor
    assert [m.text for m in hezbollah.mentions] == [
        "In Iraq, the Iranian regime has cultivated a network of loyal militias, extending its influence to "
        "Lebanon through Hezbollah and to Yemen via the Houthis."]
    assert all("Kataib" in m.text for m in kataib.mentions)


@pytest.mark.parametrize("query", ["Nouri al-Maliki", "Saudi Arabia", "ISIS", "Hamas office", ""])
def test_unknown_names_are_not_in_the_report(registry, query):
    lookup = registry.lookup(query)
    assert not lookup.found and lookup.actor is None
    assert len(lookup.suggestions) <= 3
    assert lookup.to_json()["actor"] is None


def test_profiles_cite_verbatim_sentences_that_mention_the_actor(registry, report):
    texts = {s.text for s in report[1]}
    for actor in registry.list():
        profile = registry.lookup(actor.name).actor
        names = [actor.name.lower(), *(a.lower() for a in actor.aliases)]
        for mention in profile.mentions:
            assert mention.text in texts
            mentions_it = any(n.replace("’", "'") in mention.text.lower().replace("’", "'") for n in names)
            assert mentions_it or mention.text.startswith("He "), (actor.name, mention.text)
        assert "[" in profile.summary
        for relation in profile.relations:
            assert relation["citations"] and all(1 <= n <= len(profile.mentions) for n in relation["citations"])


def test_descriptions_and_relations_come_from_the_report(registry):
    kataib = registry.lookup("Kataib Hezbollah").actor
    assert kataib.summary == "Kataib Hezbollah: a powerful Iran-backed militia [1]."
    relations = {(r["relation"], r["actor"]) for r in kataib.relations}
    assert ("provides security for", "Muhammad Al-Hafi") in relations and ("backed by", "Iran") in relations
    sharafi = {(r["relation"], r["actor"]) for r in registry.lookup("Sharafi").actor.relations}
    assert {("represents", "Houthis"), ("met with", "Qais al-Khazali")} <= sharafi
    hafi = registry.lookup("Al-Hafi").actor
    assert ("leads", "Hamas") in {(r["relation"], r["actor"]) for r in hafi.relations}
    assert hafi.mentions[-1].text.startswith("He has met with")  # "He" after a sentence about him


def test_autocomplete_ranks_prefix_matches_then_mentions(registry):
    assert registry.complete("ha")[:2] == ["Hamas", "Muhammad Al-Hafi"]
    assert registry.complete("hez")[:2] == ["Hezbollah", "Kataib Hezbollah"]
    assert len(registry.complete("")) == len(registry.list()) <= 25
    assert len(registry.complete("a", limit=5)) == 5


def test_overrides_add_merge_exclude_and_set_kind(report, tmp_path):
    path = tmp_path / "overrides.toml"
    path.write_text(
        '[[actor]]\nname = "Hamas"\nkind = "organisation"\nadd_aliases = ["Islamic Resistance Movement"]\n\n'
        '[[merge]]\ninto = "Iraq"\nnames = ["Iraqi government"]\n\n'
        '[[exclude]]\nname = "Yemeni government"\n', encoding="utf-8")
    registry = _registry(report, path)
    hamas = registry.lookup("Islamic Resistance Movement").actor
    assert hamas.name == "Hamas" and hamas.kind == "organisation"
    assert registry.lookup("the Iraqi government").actor.name == "Iraq"
    assert not registry.lookup("Yemeni government").found


@pytest.mark.parametrize("text, message", [
    ('[[actor]]\nname = "Hamas"\n\n[[actor]]\nname = "Hamas"\nkind = "militia"\n', r":4: unknown kind 'militia'"),
    ('[[exclude]]\nname = "Nobody Known"\n', r":1: no actor named 'Nobody Known'"),
    ('[[actor]]\nname = "Hamas"\ncolour = "green"\n', r":1: unknown key 'colour'"),
    ('[[merge]]\ninto = "Iran"\nnames = "Tehran"\n', r":1: names must be a list"),
    ('[[actor]\nname = "Hamas"\n', r"not valid TOML"),
])
def test_bad_override_entries_name_the_line(report, tmp_path, text, message):
    path = tmp_path / "overrides.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(OverridesError, match=message):
        _registry(report, path)
