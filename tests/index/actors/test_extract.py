"""Which actors a report names, their kinds, descriptions, mentions and relations: on the shipped
report, and on a report the extractor was not written for."""

from __future__ import annotations

import pytest

from index.actors import KINDS
from index.text import match_key
from tests.index.actors.conftest import read_report, registry_of

EXPECTED = {
    "Muhammad Al-Hafi": "person", "Abu Idris al-Sharafi": "person", "Qais al-Khazali": "person",
    "Saad al-Saadi": "person",
    "Hamas": "armed group or movement", "Houthis": "armed group or movement", "Hezbollah": "armed group or movement",
    "Kataib Hezbollah": "armed group or movement", "Asa’ib Ahl al-Haq": "armed group or movement",
    "Muslim Brotherhood": "armed group or movement",
    "Al-Sadiqoun Bloc": "political party or bloc",
    "Iran": "state or government", "Iraq": "state or government", "Israel": "state or government",
    "United States": "state or government",
    "Lebanon": "state or government", "Yemen": "state or government",
    "Arab and Islamic Relations Office": "organisation",
    "The New York Times": "media", "Iran News Update": "media",
}


def test_the_report_actors_and_their_kinds(registry):
    assert {a.name: a.kind for a in registry.list()} == EXPECTED
    assert {a.name for a in registry.list("person")} == {n for n, k in EXPECTED.items() if k == "person"}
    assert set(KINDS) == set(EXPECTED.values())


def test_aliases_are_the_forms_the_report_uses(registry):
    aliases = {a.name: set(a.aliases) for a in registry.list()}
    assert {"Al-Hafi", "Hafi"} <= aliases["Muhammad Al-Hafi"]
    assert {"Abu Idris", "Sharafi"} <= aliases["Abu Idris al-Sharafi"]
    assert {"Iranian", "Iran-backed", "Tehran", "Iranian regime"} <= aliases["Iran"]
    assert aliases["Houthis"] == {"Houthi"}
    assert aliases["Hezbollah"] == set() and aliases["Kataib Hezbollah"] == set()


def test_hezbollah_is_not_kataib_hezbollah(registry):
    hezbollah = registry.lookup("Hezbollah").actor
    kataib = registry.lookup("Kataib Hezbollah").actor
    assert [m.text for m in hezbollah.mentions] == [
        "In Iraq, the Iranian regime has cultivated a network of loyal militias, extending its influence to "
        "Lebanon through Hezbollah and to Yemen via the Houthis."]
    assert [m.text for m in kataib.mentions] == [
        "Al-Hafi’s security in Iraq is provided by Kataib Hezbollah, a powerful Iran-backed militia."]


def _names_it(text: str, names: list[str]) -> bool:
    return any(f" {match_key(n)} " in f" {match_key(text)} " for n in names)


def test_every_citation_is_a_verbatim_report_sentence_that_names_the_actor(registry, report):
    sentences = report[1]
    texts = [s.text for s in sentences]
    for actor in registry.list():
        profile = registry.lookup(actor.name).actor
        names = [actor.name, *actor.aliases]
        for mention in profile.mentions:
            assert mention.text in texts, (actor.name, mention.text)
            row = texts.index(mention.text)
            # By name or alias, or "He …" right after a sentence that names the person.
            assert _names_it(mention.text, names) or (
                mention.text.startswith("He ") and _names_it(texts[row - 1], names)), (actor.name, mention.text)
        assert [m.id for m in profile.mentions] == [s.id for s in sentences if s.id in set(actor.mentions)]
        assert "[" in profile.summary
        for relation in profile.relations:
            other = registry.lookup(relation["actor"]).actor
            for n in relation["citations"]:
                cited = profile.mentions[n - 1].text
                assert _names_it(cited, [other.name, *other.aliases]), (actor.name, relation, cited)


def test_descriptions_come_from_the_report(registry, report):
    texts = {s.text for s in report[1]}
    summaries = {a.name: registry.lookup(a.name).actor.summary for a in registry.list()}
    assert summaries["Kataib Hezbollah"] == "Kataib Hezbollah: a powerful Iran-backed militia [1]."
    assert summaries["Abu Idris al-Sharafi"] == "Abu Idris al-Sharafi: the Houthi representative in Iraq [1]."
    assert summaries["Qais al-Khazali"] == "Qais al-Khazali: leader of Asa’ib Ahl al-Haq [1]."
    # Never described: the sentence where it acts, else where it opens the sentence.
    assert summaries["Iran"].startswith("For over two decades, Iran has worked")
    assert summaries["Iraq"].startswith("Amid this growing influence, the Iraqi government approved")
    for name, summary in summaries.items():
        if not summary.startswith(f"{name}: "):
            assert summary.rsplit(" [", 1)[0] in texts, name


def _relations(registry, name):
    return {(r["relation"], r["actor"]) for r in registry.lookup(name).actor.relations}


def test_relations_come_from_the_report(registry):
    assert _relations(registry, "Muhammad Al-Hafi") == {
        ("leads the office of", "Hamas"), ("member of", "Arab and Islamic Relations Office"),
        ("security provided by", "Kataib Hezbollah")}
    assert _relations(registry, "Kataib Hezbollah") == {("backed by", "Iran"),
                                                        ("provides security for", "Muhammad Al-Hafi")}
    assert {("represents", "Houthis"), ("met with", "Qais al-Khazali"),
            ("called for jihad against", "Israel")} == _relations(registry, "Abu Idris al-Sharafi")
    assert {("leader of", "Asa’ib Ahl al-Haq"), ("met with", "Abu Idris al-Sharafi")} == _relations(
        registry, "Qais al-Khazali")
    assert {("leader of", "Al-Sadiqoun Bloc"), ("supports", "Houthis")} == _relations(registry, "Saad al-Saadi")
    assert {("ruled on a request from", "Hamas"), ("ruled on a request from", "Houthis"),
            ("pressed by", "Iran")} <= _relations(registry, "Iraq")
    assert ("allied with", "Iran") in _relations(registry, "Houthis")
    assert ("backed by", "Iran") in _relations(registry, "Asa’ib Ahl al-Haq")
    # A quoted claim is the speaker's: "they represent the Yemeni government" relates nobody.
    assert _relations(registry, "Yemen") == set()


def test_he_after_a_sentence_about_one_person_is_a_mention_of_that_person(registry):
    hafi = registry.lookup("Al-Hafi").actor
    assert hafi.mentions[-1].text.startswith("He has met with a number of Iraqi political and religious figures")


NEW_REPORT = """Hezbollah and Israel Trade Fire as Talks Stall
Fighting along the border between Israel and Lebanon intensified this week, according to Reuters. Naim Qassem, \
the secretary-general of Hezbollah, said the group would not stop its attacks until a ceasefire is reached in Gaza.
Prime Minister Najib Mikati met with Amos Hochstein, a U.S. envoy, in Beirut on Tuesday. Hochstein has pressed the \
Lebanese government to deploy the Lebanese Armed Forces along the Litani River. Mikati said Lebanon does not want a \
wider war.
Regional Players
Iran has backed Hezbollah for decades. Tehran sent Foreign Minister Abbas Araghchi to Beirut, where he met with \
Mikati. Araghchi, a veteran diplomat, said Iran supports Lebanon.
The United Nations Interim Force in Lebanon, known as UNIFIL, reported damage to two of its bases. Qassem dismissed \
the reports. He also accused the United States of backing Israel.
Hamas, the Palestinian militant group, praised Hezbollah's attacks. The Amal Movement, led by Nabih Berri, is allied \
with Hezbollah.
The post Hezbollah and Israel Trade Fire as Talks Stall appeared first on Middle East Monitor.
"""


@pytest.fixture(scope="module")
def new_report(tmp_path_factory):
    path = tmp_path_factory.mktemp("new") / "lebanon-border.txt"
    path.write_text(NEW_REPORT, encoding="utf-8")
    return registry_of(read_report(path), overrides=None)


def test_a_report_the_rules_were_not_written_for(new_report):
    kinds = {a.name: a.kind for a in new_report.list()}
    assert {name: kinds.get(name) for name in [
        "Naim Qassem", "Najib Mikati", "Amos Hochstein", "Abbas Araghchi", "Nabih Berri",
        "Hezbollah", "Hamas", "Amal Movement", "Reuters", "Middle East Monitor",
        "United Nations Interim Force", "Iran", "Israel", "Lebanon", "United States"]} == {
        "Naim Qassem": "person", "Najib Mikati": "person", "Amos Hochstein": "person",
        "Abbas Araghchi": "person", "Nabih Berri": "person", "Hezbollah": "armed group or movement",
        "Hamas": "armed group or movement", "Amal Movement": "armed group or movement",
        "Reuters": "media", "Middle East Monitor": "media",
        "United Nations Interim Force": "organisation", "Iran": "state or government",
        "Israel": "state or government", "Lebanon": "state or government", "United States": "state or government"}
    # Places, a sentence's capitalised first word, adjectives and titles are not actors.
    assert not {"Gaza", "Tyre", "Beirut", "Litani River", "Fighting", "Palestinian", "Prime Minister"} & set(kinds)
    assert new_report.lookup("Mikati").actor.name == "Najib Mikati"  # surnames; titles split off
    assert new_report.lookup("UNIFIL").actor.name == "United Nations Interim Force"  # "known as"
    mikati = new_report.lookup("Mikati").actor  # the sentence that gives the title, not the title alone
    assert mikati.summary.startswith("Prime Minister Najib Mikati met with")
    assert {("backs", "Hezbollah")} <= _relations(new_report, "Iran")
    assert {("represents", "United States"), ("pressed", "Lebanon"),
            ("met with", "Najib Mikati")} == _relations(new_report, "Amos Hochstein")
    assert ("met with", "Najib Mikati") in _relations(new_report, "Abbas Araghchi")  # "where he met with"
    assert ("supports", "Lebanon") not in _relations(new_report, "Abbas Araghchi")  # "… said Iran supports"
    assert ("accused", "United States") in _relations(new_report, "Naim Qassem")  # "He also accused"
    assert {("led by", "Nabih Berri"), ("allied with", "Hezbollah")} == _relations(new_report, "Amal Movement")


@pytest.mark.parametrize("before, after, person", [
    ("The mayor had asked her housing secretary, ", ", to meet both sides.", True),
    ("", ", 64, a retired engineer, led the march.", True),
    ("", "’s nephew, a driver, joined it.", True),
    ("Unless the rowing union settles its debts, ", " may shut the boathouse.", False),
    ("", ", 2024, a report said.", False),
])
def test_a_pronouns_post_an_age_or_a_relative_says_a_person(before, after, person):
    from index.actors.extract import _PERSON_AFTER, _person_before

    assert (_person_before(before) or bool(_PERSON_AFTER.match(after))) == person


def test_a_name_the_recogniser_took_for_a_body_is_a_person_with_such_evidence():
    from collections import Counter

    from index.actors.extract import _Draft, _kind_of

    draft = _Draft("Tobiah Marsh Kettering Vance", labels=Counter({"ORG": 2}), full_labels=Counter({"ORG": 2}),
                   seen=2, person_context=1)
    assert _kind_of(draft) == "person"
    draft.person_context = 0
    assert _kind_of(draft) == "organisation"


@pytest.mark.parametrize("name, kind", [
    ("Vela PWP", "organisation"),  # an acronym in the name: a body's
    ("OCHA Ruritania", "organisation"),
    ("Henry Carrow III", "person"),  # a numeral is no acronym
    ("Brenmoor United", "organisation"),  # a club's and a holding company's last words
    ("Tarsk Holding", "organisation"),
])
def test_names_the_recogniser_took_for_people_that_a_body_word_or_an_acronym_marks(name, kind):
    from collections import Counter

    from index.actors.extract import _Draft, _kind_of

    draft = _Draft(name, labels=Counter({"PERSON": 2}), full_labels=Counter({"PERSON": 2}), seen=2)
    assert _kind_of(draft) == kind


def test_pieces_rules_left_overlapping_are_one_name():
    from index.actors.extract import _overlaps_joined, _Piece

    text = "It would appeal to the District Court of Tarrow."
    pieces = [_Piece(23, 37, "District Court", "ORG"), _Piece(32, 47, "Court of Tarrow", "PERSON")]
    assert [(p.name, p.label) for p in _overlaps_joined(text, pieces)] == [("District Court of Tarrow", "ORG")]


@pytest.mark.parametrize("verb", ["said", "noted", "stressed", "insisted", "stated"])
def test_what_a_speaker_says_another_does_is_not_the_speakers_act(tmp_path, verb):
    # Every verb that reports speech ends the speaker's clause, so the deed after it is its subject's.
    path = tmp_path / "talks.txt"
    path.write_text("Talks on the border\nTehran sent Foreign Minister Abbas Araghchi to Beirut, where he met with "
                    f"Najib Mikati. Araghchi, a veteran diplomat, {verb} Iran supports Lebanon.\n", encoding="utf-8")
    registry = registry_of(read_report(path), overrides=None)
    assert ("supports", "Lebanon") not in _relations(registry, "Abbas Araghchi")


def _registry(tmp_path, text: str, name: str = "report.txt"):
    """The registry of a report written for the test, without overrides."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return registry_of(read_report(path), overrides=None)


def _state_names(tmp_path, text: str) -> set[str]:
    return {a.name for a in _registry(tmp_path, text, "states.txt").list() if a.kind == "state or government"}


def test_a_state_named_only_as_a_bodys_home_or_where_its_embassy_stands_is_not_an_actor(tmp_path):
    # "Portugal's National Maritime Authority" and "Harbourline Capital of Singapore" are the bodies acting;
    # "at the Portuguese embassy" is a place.
    text = ("Cargo seized\nPortugal's National Maritime Authority (NMAP) said on Monday that the cargo was seized. "
            "It was handed over at the Portuguese embassy in Oslo. Seizures at ports in Portugal have risen. "
            "Mr Tomas Reiner, who represented Harbourline Capital of Singapore, said the fund would pay.\n")
    states = _state_names(tmp_path, text)
    assert "Portugal" not in states and "Singapore" not in states


def test_a_state_whose_embassy_or_unnamed_ministry_acts_stays_an_actor(tmp_path):
    text = ("Cargo seized\nThe Portuguese embassy said on Monday that the cargo was seized. "
            "It was handed over in Oslo. Seizures at ports in Portugal have risen.\n")
    assert "Portugal" in _state_names(tmp_path, text)


def test_a_bodys_name_runs_on_past_a_romance_of_and_its_acronym_skips_it(tmp_path):
    # The recogniser cuts "Orchestra Studentilor" + "din" + "Valea Jiului" (two "people"): one body, whose
    # acronym skips "din" as it skips "de".
    registry = _registry(tmp_path, "Young players\nAna Ionescu leads the Orchestra Studentilor din Valea Jiului, or "
                         "OSVJ, as its players call it. The OSVJ will tour in May. Maria de la Vega, its manager, said "
                         "tickets sold out.\n", "orchestra.txt")
    kinds = {a.name: a.kind for a in registry.list()}
    assert kinds.get("Orchestra Studentilor din Valea Jiului") == "organisation"
    assert "Orchestra Studentilor" not in kinds and "Valea Jiului" not in kinds
    assert kinds.get("Maria de la Vega") == "person"
    lookup = registry.lookup("OSVJ")
    assert lookup.found and lookup.actor.name == "Orchestra Studentilor din Valea Jiului"


def test_an_acronym_of_a_bodys_words_before_its_remit_names_the_whole_body(tmp_path):
    # "CLA" spells the words before "for the Oil/Gas Drilling Sector", and a slash joins two words of the remit.
    registry = _registry(tmp_path, "Spill survey\nAfter the spill, the Central Licensing Authority for the Oil/Gas "
                         "Drilling Sector (CLA) asked the firm to carry out a survey. The CLA has asked other operators "
                         "to do the same.\n", "licensing.txt")
    names = {a.name for a in registry.list()}
    assert "Drilling Sector" not in names
    lookup = registry.lookup("CLA")
    assert lookup.found and lookup.actor.name == "Central Licensing Authority for the Oil/Gas Drilling Sector"


def test_states_that_send_troops_are_actors(tmp_path):
    # "troops from X, Y and Z": the states contributing them act (unlike "visitors from X").
    text = ("Mission\nThe regional mission, whose 600 troops from Nigeria, Benin, Togo and Ghana guard the port, "
            "said it was calm. Ghana has called for talks.\n")
    assert {"Nigeria", "Benin", "Togo", "Ghana"} <= _state_names(tmp_path, text)


def test_small_island_states_are_states(tmp_path):
    text = ("Relief\nTonga has asked Fiji and Samoa for help after the storm, and Fiji has sent a navy ship. "
            "Samoa said it would send doctors. The Fijian government sent food.\n")
    assert {"Tonga", "Fiji", "Samoa"} <= _state_names(tmp_path, text)
