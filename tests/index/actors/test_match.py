"""Looking actors up by what users type: aliases, spelling variants, unknown names, autocomplete."""

from __future__ import annotations

import pytest

from index.actors import ActorRegistry


@pytest.mark.parametrize("query, actor", [
    # The alias forms the issue names.
    ("Al-Hafi", "Muhammad Al-Hafi"), ("Al-Hafi’s", "Muhammad Al-Hafi"), ("Sharafi", "Abu Idris al-Sharafi"),
    ("Abu Idris", "Abu Idris al-Sharafi"), ("Khazali", "Qais al-Khazali"), ("Saadi", "Saad al-Saadi"),
    ("Houthis", "Houthis"), ("Houthi", "Houthis"), ("Iranian", "Iran"), ("Iran-backed", "Iran"), ("Tehran", "Iran"),
    # Case, diacritics, apostrophes, hyphens, "the".
    ("muhammad al hafi", "Muhammad Al-Hafi"), ("AL-HAFI", "Muhammad Al-Hafi"), ("AlHafi", "Muhammad Al-Hafi"),
    ("Asa'ib Ahl al-Haq", "Asa’ib Ahl al-Haq"), ("Asaib Ahl al-Haq", "Asa’ib Ahl al-Haq"),
    ("Asāʼib Ahl al-Ḥaq", "Asa’ib Ahl al-Haq"), ("the Houthis", "Houthis"), ("Houthis’", "Houthis"),
    ("the Iraqi government", "Iraq"), ("New York Times", "The New York Times"),
    # Spelling variants.
    ("Kataib Hizbollah", "Kataib Hezbollah"), ("Kata'ib Hizballah", "Kataib Hezbollah"), ("Hizballah", "Hezbollah"),
    ("Mohammed al-Hafi", "Muhammad Al-Hafi"), ("Qais Khazali", "Qais al-Khazali"), ("Khazaali", "Qais al-Khazali"),
    ("Huthis", "Houthis"), ("Al Sadiqoun bloc", "Al-Sadiqoun Bloc"),
    # A word of one actor's name only: that actor.
    ("Saad", "Saad al-Saadi"), ("Muhammad", "Muhammad Al-Hafi"), ("Kataib", "Kataib Hezbollah"),
    ("Sadiqoun", "Al-Sadiqoun Bloc"),
    # Other names for a state the report names; initials.
    ("Iranian regime", "Iran"), ("Iranian government", "Iran"), ("Islamic Republic of Iran", "Iran"),
    ("US", "United States"), ("U.S.", "United States"), ("America", "United States"),
    ("NYT", "The New York Times"), ("AAH", "Asa’ib Ahl al-Haq"),
])
def test_names_resolve_to_the_right_actor(registry, query, actor):
    lookup = registry.lookup(query)
    assert lookup.found and lookup.actor.name == actor and lookup.suggestions == []


@pytest.mark.parametrize("query", [
    "Nouri al-Maliki", "Abu Bakr al-Baghdadi", "Maliki", "Hafiz", "Hamad",
    "Saudi Arabia", "ISIS", "Hamas office", "Lebanese Hezbollah", "Baghdad", "Washington", "", "   ",
])
def test_names_the_report_does_not_use_are_not_in_it(registry, query):
    lookup = registry.lookup(query)
    assert not lookup.found and lookup.actor is None and len(lookup.suggestions) <= 3
    assert lookup.to_json() == {"query": query, "found": False, "actor": None, "suggestions": lookup.suggestions}


@pytest.mark.parametrize("query, suggested", [
    ("Hafiz", "Muhammad Al-Hafi"), ("Lebanese Hezbollah", "Hezbollah"), ("Hamas office", "Hamas"),
    ("Nouri al-Maliki", "Qais al-Khazali"),  # a personal name: the people the report does name
])
def test_suggestions_are_names_like_the_query(registry, query, suggested):
    assert suggested in registry.lookup(query).suggestions


def test_unrelated_queries_get_no_suggestions(registry):
    assert registry.lookup("Saudi Arabia").suggestions == [] and registry.lookup("ISIS").suggestions == []


def test_the_json_contract(registry):
    data = registry.lookup("Sharafi").to_json()
    assert set(data) == {"query", "found", "actor", "suggestions"} and data["query"] == "Sharafi"
    actor = data["actor"]
    assert set(actor) == {"name", "kind", "aliases", "summary", "relations", "mentions"}
    assert actor["name"] == "Abu Idris al-Sharafi" and actor["kind"] == "person"
    assert actor["mentions"][0] == {
        "n": 1, "id": "iran-backed-militias-iraq:21",
        "text": "Since July, Abu Idris al-Sharafi, the Houthi representative in Iraq, has met with influential "
                "figures, including Qais al-Khazali, leader of Asa’ib Ahl al-Haq, another Iranian-backed militia.", "page": None}
    assert {"actor": "Houthis", "relation": "represents", "citations": [1]} in actor["relations"]


def test_autocomplete_ranks_by_match_then_mentions(registry):
    assert registry.complete("ha")[:2] == ["Hamas", "Muhammad Al-Hafi"]
    assert registry.complete("hez")[:2] == ["Hezbollah", "Kataib Hezbollah"]
    assert registry.complete("ira")[:2] == ["Iran", "Iraq"]  # most mentioned first
    assert registry.complete("hizb")[:2] == ["Hezbollah", "Kataib Hezbollah"]  # a spelling variant still finds
    assert registry.complete("") == [a.name for a in registry.list()]  # nothing typed: most mentioned
    assert len(registry.complete("a", limit=5)) == 5
    assert registry.complete("zzzz") == []


def test_an_index_from_before_actors_has_none():
    empty = ActorRegistry.from_json({}, [])
    assert empty.list() == [] and empty.complete("") == [] and not empty.lookup("Hamas").found


def _made_up_registry() -> ActorRegistry:
    from index.actors.model import Actor

    return ActorRegistry([Actor("Park Ji-woon", "person"), Actor("Rosalind Vey-Arkwright", "person"),
                          Actor("Jan-Erik Holmqvist", "person"), Actor("Tamsin Oduya", "person"),
                          Actor("Brackwater Foods Co.", "organisation"), Actor("Fenmoor Tenants Union Local 88", "organisation"),
                          Actor("Kestrel Hill Council", "state or government")], [])


@pytest.mark.parametrize("query, actor", [
    # One letter off in a short word of a hyphenated or spaced name, the rest typed right.
    ("Park Ji-won", "Park Ji-woon"), ("Rosalind Ve-Arkwright", "Rosalind Vey-Arkwright"),
    ("Ja-Erik Holmqvist", "Jan-Erik Holmqvist"),
    # A post with its portfolio before the name ("Minister of …", "Councillor for …").
    ("Minister of Coastal Works and Harbours Tamsin Oduya", "Tamsin Oduya"),
    ("Councillor for Housing Tamsin Oduya", "Tamsin Oduya"),
    # A possessive after an abbreviation's stop or a number.
    ("Brackwater Foods Co.’s", "Brackwater Foods Co."), ("Fenmoor Tenants Union Local 88's", "Fenmoor Tenants Union Local 88"),
])
def test_slips_in_short_words_posts_and_possessives_resolve(query, actor):
    lookup = _made_up_registry().lookup(query)
    assert lookup.found and lookup.actor.name == actor


@pytest.mark.parametrize("query", [
    "Park Ja-hoon",  # two letters off: another person
    "Kim Ji-woon",  # another surname
    "Minister of Coastal Works Kestrel Hill Council",  # a post before a body's name is no person
    "Tamsin Oduyo Brand",  # more words than the name
])
def test_names_further_off_stay_unknown(query):
    assert not _made_up_registry().lookup(query).found


@pytest.mark.parametrize("query, actor", [("BNT", "Banco de la Nación Tolvana"), ("CSM", "Caisse des Sables du Mont")])
def test_initials_typed_for_a_name_skip_its_joiners_in_any_language(query, actor):
    # The lookup skips the same joiners the actor tables skip when they read an acronym in the report.
    from index.actors.model import Actor

    registry = ActorRegistry([Actor("Banco de la Nación Tolvana", "organisation"),
                              Actor("Caisse des Sables du Mont", "organisation")], [])
    lookup = registry.lookup(query)
    assert lookup.found and lookup.actor.name == actor


def _initials_registry() -> ActorRegistry:
    from index.actors.model import Actor

    return ActorRegistry([Actor("Yusuf al-Rami", "person"), Actor("Abu Karim al-Nadawi", "person"),
                          Actor("Dana Okoro", "person"), Actor("David Okoro", "person"),
                          Actor("Rami Foundation", "organisation")], [])


@pytest.mark.parametrize("query, actor", [
    ("Y. al-Rami", "Yusuf al-Rami"), ("Y Rami", "Yusuf al-Rami"), ("y. al-rami’s", "Yusuf al-Rami"),
    ("K. al-Nadawi", "Abu Karim al-Nadawi"), ("A. K. al-Nadawi", "Abu Karim al-Nadawi"),
    ("Dr. Y. al-Rami", "Yusuf al-Rami"),
])
def test_a_given_name_typed_as_its_initial_resolves(query, actor):
    lookup = _initials_registry().lookup(query)
    assert lookup.found and lookup.actor.name == actor


@pytest.mark.parametrize("query", [
    "D. Okoro",  # Dana and David: the initial fits two people
    "Z. al-Rami",  # no given name starting so
    "R. Foundation",  # a body's name has no given name
    "Y. al-Ram",  # the rest must be the name, exactly
])
def test_an_initial_that_fits_no_one_person_is_nobody(query):
    assert not _initials_registry().lookup(query).found


def _ambiguity_registry() -> ActorRegistry:
    from index.actors.model import Actor
    from index.records import Sentence

    text = ["Yusuf al-Rami opened the Falak office in Port Verity.", "The Al-Sabiq Front met Salma al-Sadr there."]
    sentences = [Sentence(f"d:{n}", "d", n, t, 0, len(t), n, None) for n, t in enumerate(text, start=1)]
    return ActorRegistry([Actor("Yusuf al-Rami", "person", mentions=["d:1"]), Actor("Falak", "organisation", mentions=["d:1"]),
                          Actor("Al-Sabiq Front", "armed group or movement", mentions=["d:2"]),
                          Actor("Salma al-Sadr", "person", mentions=["d:2"])], sentences)


@pytest.mark.parametrize("query, fits", [
    ("Al-Sa", ["Al-Sabiq Front", "Salma al-Sadr"]),  # the start of two names
    ("Falak Yusuf al-Rami", ["Falak", "Yusuf al-Rami"]),  # two names in one
])
def test_a_name_that_fits_several_actors_says_which(query, fits):
    lookup = _ambiguity_registry().lookup(query)
    assert not lookup.found and sorted(lookup.fits) == fits
    assert lookup.to_json() == {"query": query, "found": False, "actor": None, "suggestions": lookup.suggestions}


@pytest.mark.parametrize("query, mentioned", [("Port Verity", True), ("port verity’s", True), ("Port Lemon", False),
                                              ("Nadia al-Rami", False)])
def test_a_name_that_is_no_actor_says_whether_the_report_mentions_it(query, mentioned):
    lookup = _ambiguity_registry().lookup(query)
    assert not lookup.found and lookup.fits == [] and lookup.mentioned is mentioned


def test_a_surname_two_letters_off_beside_a_given_name_typed_right_is_the_one_person_it_fits():
    # "Warnox" for "Warnock": two edits in a word of six letters or more, the given name right.
    from index.actors.model import Actor

    one = ActorRegistry([Actor("Tilda Warnock", "person"), Actor("Owen Pryce", "person")], [])
    lookup = one.lookup("Tilda Warnox")
    assert lookup.found and lookup.actor.name == "Tilda Warnock"
    # Two people as near: neither, as with any look-alike several actors fit.
    two = ActorRegistry([Actor("Tilda Warnock", "person"), Actor("Tilda Warnott", "person")], [])
    assert not two.lookup("Tilda Warnox").found
    # A short word two letters off is another name.
    assert not ActorRegistry([Actor("Tilda Leon", "person")], []).lookup("Tilda Lee").found


def test_a_surname_in_other_vowels_beside_a_given_name_typed_right_skipping_a_middle_name_is_the_one_person():
    # "nadia ludhi" for Nadia Farooq Lodhi: a transliteration's vowels, the middle name left out.
    from index.actors.model import Actor

    one = ActorRegistry([Actor("Nadia Farooq Lodhi", "person"), Actor("Owen Pryce", "person")], [])
    lookup = one.lookup("nadia ludhi")
    assert lookup.found and lookup.actor.name == "Nadia Farooq Lodhi"
    # Two people whose surnames differ from it in vowels only: neither.
    two = ActorRegistry([Actor("Nadia Farooq Lodhi", "person"), Actor("Nadia Iqbal Ladhi", "person")], [])
    assert not two.lookup("nadia ludhi").found
    # Other consonants are another name.
    assert not one.lookup("nadia lorhi").found


def test_a_name_of_several_words_misspelt_in_one_and_in_the_vowels_of_a_short_one_is_the_one_person():
    # "prem bahdur gotam" for Prem Bahadur Gautam: a slip in a long word, other vowels in a short one.
    from index.actors.model import Actor

    one = ActorRegistry([Actor("Prem Bahadur Gautam", "person"), Actor("Owen Pryce", "person")], [])
    lookup = one.lookup("prem bahdur gotam")
    assert lookup.found and lookup.actor.name == "Prem Bahadur Gautam"
    # Other vowels in two short words are another name; so are other consonants.
    assert not one.lookup("prom bahdur gotam").found
    assert not one.lookup("prem bahdur gorham").found


def test_a_surname_spelt_with_other_letters_for_the_same_sounds_is_the_one_person_it_fits():
    # "kerr-dixon" for Rosalind Kerr-Dickson, "filips" for Anna Philips: "x" and "cks", "f" and "ph" sound alike.
    from index.actors.model import Actor

    reg = ActorRegistry([Actor("Rosalind Kerr-Dickson", "person"), Actor("Anna Philips", "person"),
                         Actor("Owen Pryce", "person")], [])
    assert reg.lookup("rosalind kerr-dixon").actor.name == "Rosalind Kerr-Dickson"
    assert reg.lookup("anna filips").actor.name == "Anna Philips"
    # Other consonants are another name.
    assert not reg.lookup("rosalind kerr-dinton").found


def test_a_word_typed_with_or_without_its_plurals_s_beside_a_slip_in_another_is_the_one_actor_it_fits():
    from index.actors.model import Actor

    registry = ActorRegistry([Actor("Kestrel Hill Farms", "organisation"), Actor("Ostrava Steel Works", "organisation"),
                              Actor("Owen Pryce", "person")], [])
    for typed, actor in [("Kestrel Hil Farm", "Kestrel Hill Farms"), ("Ostrava Stel Work", "Ostrava Steel Works")]:
        lookup = registry.lookup(typed)
        assert lookup.found and lookup.actor.name == actor


def test_a_name_typed_with_the_place_the_report_gives_it_is_that_actor():
    # The list holds "Ostravan Embassy"; a user types where it is, as the report says it.
    from index.actors.model import Actor
    from index.records import Sentence

    text = "The Ostravan Embassy in Lomé issued a travel warning on Friday."
    sentences = [Sentence("r:1", "r", 1, text, 0, len(text), 1, None)]
    registry = ActorRegistry([Actor("Ostravan Embassy", "organisation", mentions=["r:1"]),
                              Actor("Owen Pryce", "person")], sentences)
    lookup = registry.lookup("ostravan embassy in lome")
    assert lookup.found and lookup.actor.name == "Ostravan Embassy"
    # A place the report never sets it in is another embassy: not this one.
    assert not registry.lookup("Ostravan Embassy in Accra").found
    # A longer name that holds it is another body's.
    assert not registry.lookup("Consul of the Ostravan Embassy in Lomé").found


def test_three_words_inside_one_longer_name_are_that_actor():
    from index.actors.model import Actor

    registry = ActorRegistry([Actor("Kivu-based Centre for Rural Justice", "organisation"),
                              Actor("Rural Justice Network", "organisation"), Actor("Owen Pryce", "person")], [])
    lookup = registry.lookup("centre for rural justice")
    assert lookup.found and lookup.actor.name == "Kivu-based Centre for Rural Justice"
    # Words inside two actors' names are neither of them.
    two = ActorRegistry([Actor("Kivu-based Centre for Rural Justice", "organisation"),
                         Actor("Bukavu Centre for Rural Justice", "organisation")], [])
    assert not two.lookup("centre for rural justice").found
    # A body named after "of" inside another's name is not that other body: "Tarsia Law School" is no
    # "Senate of Tarsia Law School".
    senate = ActorRegistry([Actor("Senate of Tarsia Law School", "organisation"), Actor("Owen Pryce", "person")], [])
    assert not senate.lookup("tarsia law school").found


@pytest.mark.parametrize("query", ["government of tarsia", "the federal government of Tarsia", "state of tarsia",
                                   "the interim government of tarsia", "Republic of Tarsia", "Tarsia regional government"])
def test_a_state_named_by_its_government_or_its_formal_name_is_that_state(query):
    from index.actors.model import Actor

    registry = ActorRegistry([Actor("Tarsia", "state or government"), Actor("Owen Pryce", "person")], [])
    lookup = registry.lookup(query)
    assert lookup.found and lookup.actor.name == "Tarsia"


def test_state_after_a_name_that_is_no_states_is_part_of_that_name():
    from index.actors.model import Actor

    registry = ActorRegistry([Actor("France", "state or government"), Actor("Tarsia Islamic State", "armed group or movement"),
                              Actor("Owen Pryce", "person")], [])
    assert registry.lookup("the French State").actor.name == "France"
    assert registry.lookup("tarsia islamic state").actor.name == "Tarsia Islamic State"
    assert not registry.lookup("government of owen pryce").found  # a person has no government
    assert not registry.lookup("Kingdom of Velmoria").found  # a state the report does not name


def _posts_registry() -> ActorRegistry:
    from index.actors.model import Actor

    return ActorRegistry([Actor("Sigrún Ösp Hallvarðsdóttir", "person", aliases=["Hallvarðsdóttir", "Sigrún"]),
                          Actor("Tadeusz Kaczmarczyk", "person", aliases=["Kaczmarczyk"]),
                          Actor("St. Kilda Ferry Trust", "organisation"), Actor("Kilda Council", "organisation")], [])


@pytest.mark.parametrize("query, actor", [
    # a post no title list has, then the name without its middle name
    ("specialist sigrun hallvardsdottir", "Sigrún Ösp Hallvarðsdóttir"),
    # titles abbreviated with their stop (Polish "ks." and "kan.": father, canon)
    ("ks. Kaczmarczyk", "Tadeusz Kaczmarczyk"), ("ks. kan. Tadeusz Kaczmarczyk", "Tadeusz Kaczmarczyk"),
])
def test_a_name_after_a_post_or_an_abbreviated_title_is_its_person(query, actor):
    lookup = _posts_registry().lookup(query)
    assert lookup.found and lookup.actor.name == actor


@pytest.mark.parametrize("query", [
    "dr ramesh hallvardsdottir",  # another given name before her surname: another person
    "St. Kilda Council",  # no title before a body's name
])
def test_neither_a_post_nor_an_abbreviation_makes_another_name_this_one(query):
    assert not _posts_registry().lookup(query).found
