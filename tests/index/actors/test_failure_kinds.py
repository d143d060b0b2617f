"""The ways actor extraction used to fail, each on a short text written for the test."""

from __future__ import annotations

import pytest

from index.actors.extract import build_actors
from tests.index.actors.conftest import read_report, registry_of

pytestmark = pytest.mark.slow  # loads the entity recogniser (~2 s the first time)


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    def registry(text: str):
        path = tmp_path_factory.mktemp("r") / "report.txt"
        path.write_text(text, encoding="utf-8")
        return registry_of(read_report(path), overrides=None)
    return registry


def _names(registry):
    return {a.name: a.kind for a in registry.list()}


def test_sentence_openers_and_months_are_not_actors(build):
    reg = build("No, the council will not meet. Oh, the vote was close. So Maria Ortega resigned on Nov. 3. "
                "Look at the figures from Dec. 12, said Maria Ortega.\n")
    names = _names(reg)
    assert not {"No", "Oh", "So", "Look", "Nov", "Dec"} & set(names)
    assert names.get("Maria Ortega") == "person"


def test_places_events_laws_and_things_are_not_actors(build):
    reg = build("Tomas Brandt, a lawyer, said the Clean Rivers Act would pass. The Harbor Summit opened in "
                "Rotterdam. The company said its Falcon Nine rocket would fly. Brandt spoke at the Lakeside Museum.\n")
    names = _names(reg)
    assert names.get("Tomas Brandt") == "person"
    assert not {"Clean Rivers Act", "Harbor Summit", "Rotterdam", "Lakeside Museum"} & set(names)


def test_peoples_are_not_actors_but_parties_are(build):
    reg = build("Many Norwegians and Peruvians voted early. The Democrats accused Senator Alan Pike of lying, "
                "and Pike denied it.\n")
    names = _names(reg)
    assert not {"Norwegians", "Peruvians"} & set(names)
    assert names.get("Democrats") == "political party or bloc"
    assert names.get("Alan Pike") == "person"


def test_titles_are_kept_out_of_names_and_lookups(build):
    reg = build("Prime Minister Helga Sorensen met Cmdr. Ivan Petrov on Monday. Sorensen said the talks went "
                "well, and Petrov agreed.\n")
    helga = reg.lookup("Prime Minister Helga Sorensen")
    assert helga.found and helga.actor.name == "Helga Sorensen"
    assert reg.lookup("sorensen").actor.name == "Helga Sorensen"
    assert reg.lookup("Ivan Petrov").found


def test_an_acronym_the_text_spells_out_is_the_same_actor(build):
    reg = build("The Coastal Fisheries Board (CFB) fined three trawlers. The CFB said the fines would rise, "
                "and the Coastal Fisheries Board later confirmed it.\n")
    board = reg.lookup("CFB")
    assert board.found and board.actor.name == "Coastal Fisheries Board"
    assert [a.name for a in reg.list()].count("Coastal Fisheries Board") == 1


def test_a_state_its_government_and_its_capital_are_one_actor(build):
    reg = build("Norway criticised the plan. The Norwegian government said it would respond, and Oslo has "
                "recalled its ambassador.\n")
    norway = reg.lookup("Norwegian government")
    assert norway.found and norway.actor.name == "Norway" and norway.actor.kind == "state or government"
    assert reg.lookup("Oslo").actor.name == "Norway"


def test_a_state_named_only_as_a_place_is_not_an_actor(build):
    reg = build("Ana Ruiz, a chemist, grew up in Portugal and now works for Helix Labs. Helix Labs said "
                "she would lead the team.\n")
    names = _names(reg)
    assert "Portugal" not in names
    assert names.get("Helix Labs") == "organisation"


def test_a_surname_two_people_share_resolves_to_neither(build):
    reg = build("Carla Menon, a senator, and her brother Ravi Menon, an economist, spoke. Carla Menon said the "
                "budget was fair; Ravi Menon disagreed.\n")
    menon = reg.lookup("Menon")
    assert not menon.found
    assert {"Carla Menon", "Ravi Menon"} <= set(menon.suggestions)


def test_misspelt_and_partial_names_fitting_one_actor_are_answered(build):
    reg = build("Gwendolyn Abernathy, the chief executive of Pellucid Robotics, said the firm would expand. "
                "Abernathy added that Pellucid Robotics had hired 40 engineers.\n")
    assert reg.lookup("Gwendolyn Abernathey").actor.name == "Gwendolyn Abernathy"
    assert reg.lookup("gwendolyn").actor.name == "Gwendolyn Abernathy"
    assert reg.lookup("pellucid").actor.name == "Pellucid Robotics"
    assert not reg.lookup("Harold Finch").found


def test_a_department_inside_a_title_is_not_an_actor(build):
    reg = build("Agriculture Minister Tomasz Wilk met farmers on Friday. Wilk said the subsidies would rise.\n")
    names = _names(reg)
    assert names.get("Tomasz Wilk") == "person"
    assert "Agriculture" not in names


def test_a_city_and_its_country_are_places_but_listed_states_act(build):
    reg = build("Leila Haddad, a planner, has worked in cities like Porto, Portugal, and Tunis, Tunisia. "
                "Chile, Peru and Bolivia signed the water accord on Monday.\n")
    names = _names(reg)
    assert not {"Portugal", "Tunisia", "Porto", "Tunis"} & set(names)
    assert {"Chile", "Peru", "Bolivia"} <= {n for n, k in names.items() if k == "state or government"}


def test_a_second_name_given_in_apposition_is_an_alias(build):
    reg = build("Northwind, the Coastal Power Cooperative, raised prices. Northwind said costs had doubled.\n")
    actor = reg.lookup("Coastal Power Cooperative").actor
    assert actor is not None and actor is not None and reg.lookup("Northwind").actor.name == actor.name


def test_an_alliance_is_a_party_only_when_political(build):
    reg = build("The Harbour Shipping Alliance, an industry group, warned of delays. The National Democratic "
                "Alliance, the ruling coalition, said it would act.\n")
    names = _names(reg)
    assert names.get("Harbour Shipping Alliance") == "organisation"
    assert names.get("National Democratic Alliance") == "political party or bloc"


def test_local_and_religious_titles_are_kept_out_of_names(build):
    reg = build("Councillor Odile Ferrand voted against the budget. Commissioner Tariq Benali said the vote "
                "would stand, and Bishop Anselm Korda asked both sides to meet. Ferrand declined.\n")
    names = _names(reg)
    assert {"Odile Ferrand", "Tariq Benali", "Anselm Korda"} <= set(names), names
    assert not {"Councillor Odile Ferrand", "Commissioner Tariq Benali", "Bishop Anselm Korda"} & set(names)
    assert reg.lookup("ferrand").actor.name == "Odile Ferrand"


def test_a_title_word_opening_an_organisations_name_stays_in_it(build):
    reg = build("Major League Soccer fined the club on Friday. General Dynamics, the defence contractor, "
                "said it would appeal, a spokesman for Major League Soccer said.\n")
    names = _names(reg)
    assert "League Soccer" not in names and "Dynamics" not in names, names


def test_a_dateline_run_into_the_first_word_is_not_an_actor(build):
    reg = build("OSLOVIK — Ferries stopped at noon on Tuesday as crews walked out. The Harbour Workers Union "
                "said the strike would last a week.\n")
    names = _names(reg)
    assert not [n for n in names if "OSLOVIK" in n or n == "Ferries"], names


def test_a_company_named_by_its_trade_is_an_organisation(build):
    reg = build("Brannock Mining said it would cut 400 jobs. Lisa Varga, an analyst at Marrow Advisory, said "
                "Brannock Mining had borrowed too much.\n")
    names = _names(reg)
    assert names.get("Brannock Mining") == "organisation", names
    assert names.get("Marrow Advisory") == "organisation", names
    assert names.get("Lisa Varga") == "person", names


def test_a_name_with_and_that_its_acronym_spells_whole_is_one_actor(build):
    reg = build("The Northern Ports and Harbours Authority (NPHA) closed two quays. Lakes and Rivers Trust (LRT) "
                "said the water was too low. A spokesman for the NPHA said the quays would reopen.\n")
    names = _names(reg)
    assert "Northern Ports and Harbours Authority" in names and "Harbours Authority" not in names, names
    assert reg.lookup("NPHA").actor.name == "Northern Ports and Harbours Authority"
    assert reg.lookup("LRT").found and reg.lookup("LRT").actor.name == "Lakes and Rivers Trust"


def test_a_role_opened_by_its_names_the_organisation_of_the_sentence_before(build):
    reg = build("The Lowland Growers Cooperative said prices had fallen by a third. Its chair, Marit Solberg, "
                "said farmers would protest. The Harbour Workers Union, which has 900 members, backed the protest. "
                "Its general secretary, Dr Tobias Renner, called for talks. Westfjord Freight’s chief executive, "
                "Anna Lind, declined to comment.\n")
    for person, organisation in (("Solberg", "Lowland Growers Cooperative"), ("Renner", "Harbour Workers Union"),
                                 ("Anna Lind", "Westfjord Freight")):
        found = reg.lookup(person)
        assert found.found, person
        relations = {(r["relation"], r["actor"]) for r in found.actor.to_json()["relations"]}
        assert any(actor == organisation for _, actor in relations), (person, relations)
    chair = {(r["relation"], r["actor"]) for r in reg.lookup("Marit Solberg").actor.to_json()["relations"]}
    assert ("chair of", "Lowland Growers Cooperative") in chair


def test_a_company_named_with_its_home_town_is_the_company(build):
    reg = build("A bulk carrier chartered by Brennmoor Carriers of Bergen paid $1.4 million for the slot. "
                "Hollin Resources of Calgary said it would sue. Brennmoor’s operations director, Kari Dahl, "
                "declined to comment. The Bank of Canada kept rates on hold.\n")
    names = _names(reg)
    assert names.get("Brennmoor Carriers") == "organisation", names
    assert names.get("Hollin Resources") == "organisation", names
    assert not any(name.endswith(" of") or "Calgary" in name or "Bergen" in name for name in names), names
    assert reg.lookup("brennmoor carriers").found


def test_a_name_with_two_letters_swapped_is_answered(build):
    reg = build("Rodrigo Ferreira, the mayor of the port, said the strike would end. Ferreira met the union "
                "on Friday.\n")
    assert reg.lookup("Ferriera").actor.name == "Rodrigo Ferreira"
    assert reg.lookup("Rodrigo Ferriera").actor.name == "Rodrigo Ferreira"


def test_surnames_with_particles_are_found_whole_and_alone(build):
    reg = build("Engineers led by Hendrik van der Berg inspected the dam. Lucia Fernanda de la Torre, a geologist, "
                "said the wall was weak. Van der Berg disagreed, and de la Torre repeated her warning.\n")
    names = _names(reg)
    assert names.get("Hendrik van der Berg") == "person", names
    assert reg.lookup("van der berg").actor.name == "Hendrik van der Berg"
    assert reg.lookup("De la Torre").actor.name == "Lucia Fernanda de la Torre"
    assert reg.lookup("Lucia de la Torre").actor.name == "Lucia Fernanda de la Torre"


def test_a_lookup_with_a_portfolio_title_finds_the_person(build):
    reg = build("Trade Minister Olga Brandvold Lie said tariffs would stay. Director-General Ketut Wirawan, of the "
                "customs office, said checks would rise. Lie spoke in Oslo; Wirawan spoke in Jakarta.\n")
    assert reg.lookup("Trade Minister Brandvold Lie").actor.name == "Olga Brandvold Lie"
    assert reg.lookup("Director-General Wirawan").actor.name == "Ketut Wirawan"


def test_a_role_holder_the_recogniser_reads_as_an_organisation_is_a_person(build):
    reg = build("The Coastal Fishers Union said it would strike on Monday. Its chairman, Wibisono, said unpaid "
                "wages came first. Morwenna Tregear, Kelsey Shipping’s finance director, said the firm would pay.\n")
    names = _names(reg)
    assert names.get("Wibisono") == "person", names
    chair = {(r["relation"], r["actor"]) for r in reg.lookup("Wibisono").actor.to_json()["relations"]}
    assert ("chairman of", "Coastal Fishers Union") in chair
    director = {(r["relation"], r["actor"]) for r in reg.lookup("Tregear").actor.to_json()["relations"]}
    assert ("finance director of", "Kelsey Shipping") in director


def test_a_company_is_found_without_its_legal_form_and_with_and_for_ampersand(build):
    reg = build("Brattli Kraft AS cut power to 9,000 homes. Brattli Kraft AS said repairs would take a week. "
                "Its contractor, Moen & Sons, said crews were on site. Moen & Sons hired 40 workers.\n")
    assert reg.lookup("Brattli Kraft").actor.name == "Brattli Kraft AS"
    assert reg.lookup("moen and sons").actor.name == "Moen & Sons"


def test_honorifics_lower_case_words_and_a_states_possessive_stay_out_of_names(build):
    reg = build("Mr Okoth won the seat in 2019. Mr Okoth told parliament that Peru’s Fisheries Agency had fined "
                "two trawlers. Peru’s Fisheries Agency said the fines were final.\n")
    names = _names(reg)
    assert "Okoth" in names and not any(name.startswith("Mr") for name in names), names
    assert "parliament" not in names, names
    assert "Fisheries Agency" in names and not any("’s" in name for name in names), names


def test_a_trade_group_is_an_organisation_and_a_role_after_a_name_a_person(build):
    reg = build("Orvik Cables, a subsidiary of the Danish engineering group Holmstrand & Sons, said it was "
                "cooperating. “We were not warned,” said Lena Holt Brekken, Orvik Cables’ chief executive, on "
                "Monday.\n")
    names = _names(reg)
    assert names.get("Holmstrand & Sons") == "organisation", names
    assert names.get("Lena Holt Brekken") == "person", names


def test_a_name_given_an_acronym_in_brackets_is_found_with_its_former_name(build):
    reg = build("The study was run by the Filipino Seafarers’ Welfare League (KMSL) with 80 crew members. "
                "The mine belongs to Karroo Diamond Holdings (Pty) Ltd (KDH), formerly the Orange Reclamation "
                "Company, which bought it in 2019. KMSL said KDH owed wages.\n")
    assert reg.lookup("KMSL").actor.name == "Filipino Seafarers’ Welfare League"
    assert reg.lookup("orange reclamation company").actor.name == reg.lookup("KDH").actor.name
    assert reg.lookup("Karroo Diamond Holdings").found


def test_people_marked_by_an_honorific_or_a_role_are_found_whole(build):
    reg = build("Dr Ana Lucía Ferreyra Brun, a marine biologist in Puerto Montt, said most fish died. Its director "
                "general, Boukary Ouedraogo, told us the agency was short of staff. The health minister, Dr Mei "
                "Lin Tan, said the money would go to patients. Mr Ciarán Mac Giolla, chief executive of the board, "
                "spoke last. Ms Sigrid Bjørnstad-Lund, the bank’s head of energy, said the plan was sound.\n")
    names = _names(reg)
    for person in ("Ana Lucía Ferreyra Brun", "Boukary Ouedraogo", "Mei Lin Tan", "Ciarán Mac Giolla",
                   "Sigrid Bjørnstad-Lund"):
        assert names.get(person) == "person", (person, names)
    assert reg.lookup("Sigrid Bjornstad Lund").actor.name == "Sigrid Bjørnstad-Lund"
    assert reg.lookup("Ouedraogo").actor.name == "Boukary Ouedraogo"


def test_a_body_named_with_and_and_a_short_name_in_brackets_is_one_actor(build):
    reg = build("The National Rivers and Lakes Authority (Narila) fined the company. The Coastal Fishers and "
                "Divers League (Cofidel), which has 900 members, welcomed the fine. Narila said it would inspect "
                "the farm again, and Cofidel said it would sue.\n")
    names = _names(reg)
    assert "National Rivers and Lakes Authority" in names and "Lakes Authority" not in names, names
    assert reg.lookup("narila").actor.name == "National Rivers and Lakes Authority"
    assert reg.lookup("Cofidel").actor.name == "Coastal Fishers and Divers League"


def test_former_names_after_a_description_or_of_an_unrecognised_name_are_aliases(build):
    reg = build("LIMA — Andes Verde Energía SA (AVE), the Peruvian wind developer formerly known as Costa "
                "Eólica, signed the loan. Marítima Austral, formerly Pesquera Ilo, bought two trawlers. AVE said "
                "the loan was its largest.\n")
    ave = reg.lookup("Costa Eolica")
    assert ave.found and ave.actor.name == reg.lookup("AVE").actor.name
    assert ave.actor.kind == "organisation"
    assert reg.lookup("Pesquera Ilo").actor.name == reg.lookup("Marítima Austral").actor.name


def test_a_name_ending_in_a_place_word_with_an_acronym_is_an_actor(build):
    reg = build("The Islamic State Lakes Province (ISLP) claimed the attack near Goma. ISLP said more would "
                "follow. Refugees fled to the Eastern Province.\n")
    assert reg.lookup("ISLP").found and reg.lookup("ISLP").actor.name == "Islamic State Lakes Province"
    assert "Eastern Province" not in _names(reg)


def test_a_legal_form_after_a_comma_stays_with_its_company(build):
    reg = build("The court ruled against Daebak Logistics Co., Ltd., which runs the Daebak Go app. Daebak "
                "Logistics said it would appeal.\n")
    names = _names(reg)
    assert names.get("Daebak Logistics Co., Ltd.") == "organisation", names
    assert "Ltd." not in names and "Daebak Logistics" not in names, names
    assert reg.lookup("daebak logistics").actor.name == "Daebak Logistics Co., Ltd."


def test_a_name_only_ever_named_as_where_things_are_is_a_place_but_an_employer_is_not(build):
    reg = build("The ferry calls at Oskeby twice a day, and the quarry near Oskeby employs forty people. "
                "Lena Dahl, an analyst at Brightwater Partners, said trade was slow. Gold mining in the Est "
                "and Upland regions grew, and floods hit the districts of Ambora and Tesy.\n")
    names = _names(reg)
    assert not {"Oskeby", "Upland", "Ambora and Tesy", "Ambora", "Tesy"} & set(names)
    assert names.get("Brightwater Partners") == "organisation"
    assert names.get("Lena Dahl") == "person"


def test_a_person_named_after_a_title_with_its_portfolio_or_before_a_capitalised_role(build):
    reg = build("Minister of Water Supply and Rural Affairs Tomas Ekwueme said the plan would go ahead. "
                "“We need more trucks,” said Lydia Marchetti, Oxfam’s Regional Director.\n")
    assert reg.lookup("Minister Ekwueme").actor.name == "Tomas Ekwueme"
    marchetti = reg.lookup("Regional Director Marchetti")
    assert marchetti.found and marchetti.actor.name == "Lydia Marchetti" and marchetti.actor.kind == "person"
    assert not any("Rural Affairs" in name for name in _names(reg))


def test_a_ministrys_portfolio_after_a_possessive_or_over_and_is_one_name(build):
    reg = build("Officials at Norway’s Ministry of Fisheries and Coastal Affairs said little. The Coastal "
                "Fisheries and Harbour Authority (ADPH) fined two trawlers.\n")
    names = _names(reg)
    assert names.get("Ministry of Fisheries and Coastal Affairs") == "organisation"
    assert not {"Coastal Affairs", "Ministry of Fisheries"} & set(names)
    assert reg.lookup("ADPH").actor.name == "Coastal Fisheries and Harbour Authority"


def test_what_a_post_is_over_is_not_an_actor(build):
    reg = build("Dr Ana Rivo, the Director of Seed Certification, said the outbreak was over. The Minister "
                "for the Coast, Fisheries and Harbours should publish a report. The Chair of the Harbour Board, "
                "Tom Vale, agreed.\n")
    names = _names(reg)
    assert not {"Seed Certification", "Coast", "Fisheries and Harbours"} & set(names)
    assert names.get("Harbour Board") == "organisation" and names.get("Ana Rivo") == "person"


def test_kinds_from_a_names_head_local_councils_radio_navies_and_company_roles(build):
    reg = build("The Ministry of Trade and Labour (MTL) said it would inspect the port. Oakdale County Council "
                "voted to close the road. Radio Vesna reported the fire. The Coastal Navy said nothing. The "
                "Social Democratic Movement candidate won. The mill’s insurer, Kvarnholm Forsikring, has paid "
                "an advance. The lead underwriter was Tallis Sekuritas, a unit of a state-owned bank. Its "
                "leader on the council, Tomas Ferro, said no.\n")
    names = _names(reg)
    assert names.get("Ministry of Trade and Labour") == "organisation"
    assert names.get("Oakdale County Council") == "state or government"
    assert names.get("Radio Vesna") == "media"
    assert names.get("Coastal Navy") == "armed group or movement"
    assert names.get("Social Democratic Movement") == "political party or bloc"
    assert names.get("Kvarnholm Forsikring") == "organisation"
    assert names.get("Tallis Sekuritas") == "organisation"
    assert names.get("Tomas Ferro") == "person"


def test_an_agency_named_programme_that_acts_under_its_acronym_is_an_actor(build):
    reg = build("The World Seed Programme (WSP) said it would deliver food, and the WSP warned of shortages. "
                "The Clean Harbours Programme ended in May.\n")
    names = _names(reg)
    assert names.get("World Seed Programme") == "organisation"
    assert "Clean Harbours Programme" not in names


def test_a_companys_shorter_and_former_names_and_a_legal_form_before_it(build):
    reg = build("The engineer of record, Marrow & Sons Consulting Engineers, signed off the wall. In May "
                "Marrow & Sons reported a fault. Sulawan Metals, formerly PT Karya Baru Resources, raised "
                "3 trillion rupiah. Sulawan Metals said demand was strong. Workers were hired through "
                "PT Mitra Laut Samudra, which did not reply.\n")
    names = _names(reg)
    assert "Marrow & Sons" not in names
    assert reg.lookup("Marrow and Sons").actor.name == "Marrow & Sons Consulting Engineers"
    assert reg.lookup("Karya Baru").actor.name == "Sulawan Metals"  # a former name is an alias, not the name
    assert names.get("PT Mitra Laut Samudra") == "organisation"
    assert reg.lookup("Mitra Laut Samudera").actor.name == "PT Mitra Laut Samudra"


def test_a_short_surname_one_letter_off_after_a_title_finds_the_one_person(build):
    reg = build("Dr Ana Lucía Kesch, a biologist, said the fish would die. Ben Moravec, a fisherman, "
                "disagreed.\n")
    assert reg.lookup("Dr Kesh").actor.name == "Ana Lucía Kesch"
    assert not reg.lookup("Kesh").found or reg.lookup("Kesh").actor.name == "Ana Lucía Kesch"
    assert not reg.lookup("Dr Bask").found


def test_posts_a_first_name_before_a_speaker_and_companies_the_recogniser_misreads(build):
    reg = build("The Resident Coordinator, Ms Claire Bamba, called on donors to act. The plant will be built by "
                "the Spanish water company Tervalia. Pesca Nordfisk is a subsidiary of the Norwegian group "
                "Nordhav Seafood ASA. Jean-Marc Ouéda is a research associate who has worked in the region "
                "since 2015. Ana Rivo-Sande said the Coastal Renewal Scheme had failed.\n")
    names = _names(reg)
    assert names.get("Claire Bamba") == "person" and "Resident Coordinator" not in names
    assert names.get("Ana Rivo-Sande") == "person"
    assert names.get("Jean-Marc Ouéda") == "person"
    assert names.get("Tervalia") == "organisation"
    assert names.get("Nordhav Seafood ASA") == "organisation"
    assert "Coastal Renewal Scheme" not in names


def test_member_bodies_heritage_sites_newspapers_and_states_only_named_as_origins(build):
    reg = build("Members of the Tana Fishermen’s Cooperative Society said prices fell. The old mill is part of a "
                "UNESCO World Heritage Site. The newspaper Dnevnik reported the offer. Traders buy gold from "
                "eastern Congo and sell it abroad. Shares in PT Borneo Timah Mandiri fell 9.4 percent on "
                "Tuesday.\n")
    names = _names(reg)
    assert names.get("Tana Fishermen’s Cooperative Society") == "organisation"
    assert "Tana Fishermen" not in names
    assert not {"UNESCO World Heritage Site", "Congo"} & set(names)
    assert names.get("Dnevnik") == "media"
    assert names.get("PT Borneo Timah Mandiri") == "organisation"


def test_a_name_of_several_words_with_one_transliterated_differently_is_answered(build):
    reg = build("Choi Min-seok, the union’s chairman, said riders were workers. Kim Soo-min, a lawyer, agreed.\n")
    assert reg.lookup("Choi Min-suk").actor.name == "Choi Min-seok"
    assert not reg.lookup("Choi Man-seok").found or reg.lookup("Choi Man-seok").actor.name == "Choi Min-seok"
    assert not reg.lookup("Kim Sun-min").found


def test_bylines_and_contact_lines_name_people(build):
    reg = build("Harbour cranes stand idle\n\nBy Mirela Dascalu\n\nThe port of Ostrava closed on Monday after a "
                "strike by crane drivers, the operator said in a statement to shareholders.\n\n"
                "Press enquiries:\n\nTarja Penttilä, Head of Press, tel. +44 20 7946 0311\n\n"
                "Veli Ahonen, CFO, veli.ahonen@example.com\n")
    names = _names(reg)
    assert names.get("Mirela Dascalu") == "person"
    assert names.get("Tarja Penttilä") == "person"
    assert names.get("Veli Ahonen") == "person"
    assert "CFO" not in names
    assert reg.lookup("CFO Veli Ahonen").actor.name == "Veli Ahonen"


def test_currency_codes_time_zones_and_eras_are_not_actors(build):
    reg = build("The Vaskor Group paid SEK 75,000 and JPY 1.2 million to the claimants, the filing at 16:05 CET "
                "showed. The town's walls date from 3100 BC, said Ilse Brandauer.\n")
    names = _names(reg)
    assert not {"SEK", "JPY 1.2 million", "JPY", "CET", "BC"} & set(names)
    assert names.get("Ilse Brandauer") == "person"


def test_a_body_named_with_its_state_keeps_the_state_in_its_name(build):
    reg = build("The Ruritanian Federal Court dismissed the appeal. The US Federal Reserve held its rate, and "
                "Tomas Vrba said the court had been right.\n")
    names = _names(reg)
    assert names.get("Ruritanian Federal Court") == "organisation"
    assert names.get("US Federal Reserve") == "organisation"
    assert not {"Federal Court", "Federal Reserve"} & set(names)


def test_a_title_before_a_surname_alone_is_cut_off(build):
    reg = build("Dr Ana Kessel chairs the board of the Varn Central Bank. After the vote, Governor Kessel said pay "
                "would rise.\n")
    assert "Governor Kessel" not in _names(reg)
    assert reg.lookup("Kessel").actor.name == "Ana Kessel"


def test_states_named_only_as_where_people_come_from_are_not_actors(build):
    reg = build("The Vantor Rowing League said entries from Peru and Canada doubled this year, while "
                "umpires from Chile and Spain ran the heats.\n")
    names = _names(reg)
    assert not {"Peru", "Canada", "Chile", "Spain"} & set(names)


def test_a_first_surname_of_two_finds_its_person(build):
    reg = build("The sprinter Lucas Ortega Ruiz lost his appeal on Monday. Ortega, a hurdler, said he would "
                "run again.\n")
    assert reg.lookup("Ortega").actor.name == "Lucas Ortega Ruiz"
    assert "Tharyarwady" not in _names(reg)


def test_acronyms_of_lower_case_terms_and_things_named_are_not_actors(build):
    reg = build("The Orvik Savings Bank raised its minimum liquidity buffer (MLB) and now requires one-time "
                "passcodes (OTP) for all logins. In its Spring Lending Report, the bank said the MLB would "
                "stay high. Vorell, a drug banned in pigeon racing, was found in two birds, the Pigeon Fanciers Board said.\n")
    names = _names(reg)
    assert not {"MLB", "OTP", "Spring Lending Report", "Vorell"} & set(names)
    assert names.get("Orvik Savings Bank") == "organisation"


def test_a_name_a_company_traded_under_until_a_year_is_its_former_name(build):
    reg = build("The bridge was painted by Halvik Industrial Coatings AS, which was known as Halvik Maling AS "
                "until 2017. Halvik Industrial Coatings said the work was done.\n")
    found = reg.lookup("Halvik Maling")
    assert found.found and found.actor.name == "Halvik Industrial Coatings AS"


def test_the_subject_after_an_opening_place_phrase_does_not_describe_the_place(build):
    reg = build("In Tarvona, the Undersecretary for Coastal Affairs, Tomas Quiroga Vera, said the firm would be "
                "fined.\n")
    names = _names(reg)
    assert "Tarvona" not in names
    assert names.get("Tomas Quiroga Vera") == "person"


def test_the_government_of_a_place_is_a_state(build):
    reg = build("The central bank held its rate. Its minutes say the Government of Ruritania will raise fuel "
                "duty in the spring.\n")
    names = _names(reg)
    assert names.get("Ruritania") == "state or government"
    assert reg.lookup("Government of Ruritania").actor.name == "Ruritania"


def test_an_acronym_written_after_a_body_without_brackets_is_its_short_name(build):
    reg = build("The Harbour Pilots’ Union HPL, whose members guide ships into the bay, called a strike.\n")
    found = reg.lookup("HPL")
    assert found.found and found.actor.name == "Harbour Pilots’ Union HPL"
    assert reg.lookup("Harbour Pilots’ Union").actor.name == "Harbour Pilots’ Union HPL"


def test_a_dateline_credit_with_a_date_is_a_news_agency_and_the_city_no_actor(build):
    reg = build("OSLO, 3 May 2024 (Fjordline News Service) – The coastguard towed the trawler ashore on Monday, "
                "said Ivar Lunde.\n")
    names = _names(reg)
    assert names.get("Fjordline News Service") == "media"
    assert "OSLO" not in names


def test_a_body_named_for_its_remit_keeps_of_its_state_in_its_name(build):
    reg = build("The Authority for Inland Fisheries of Norway closed the lake.\n")
    names = _names(reg)
    assert names.get("Authority for Inland Fisheries of Norway") == "organisation"
    assert "Authority for Inland Fisheries" not in names


def test_a_patronymic_word_after_a_name_is_part_of_it(build):
    reg = build("The herders’ leader, Nurlan Bekov uulu, asked for more grazing land. Bekov met the governor "
                "in June.\n")
    assert "Nurlan Bekov uulu" in _names(reg)
    assert reg.lookup("Bekov").actor.name == "Nurlan Bekov uulu"


def test_a_full_name_typed_with_another_surname_ending_finds_the_person(build):
    reg = build("The dig was led by Irina Sokolova, a botanist at the institute. Sokolova said the seeds were "
                "very old.\n")
    assert reg.lookup("Irina Sokolina").actor.name == "Irina Sokolova"
    assert not reg.lookup("Irina Kovalenko").found


def test_places_in_an_opening_phrase_or_before_their_phrases_verb_are_not_actors(build):
    reg = build("During a stopover in Tarvona, the orchestra rehearsed twice. Coaches from Peru and Canada were "
                "full. Buses to the halls in Kemi, Lahti and Vaasa were late. Aino Rask, a violinist, said the "
                "tour went well.\n")
    names = _names(reg)
    assert not {"Tarvona", "Peru", "Canada", "Vaasa"} & set(names)
    assert names.get("Aino Rask") == "person"



def test_honours_before_a_name_are_no_part_of_it(build):
    reg = build("The deputy premier, Dato Sri Amran Yusof, said the vote would go ahead. The Governor, Tun Hisham "
                "Karim, may dissolve the assembly. Datin Hajah Noraini Bakar, the Speaker, will rule on the seats. "
                "Yusof met officials from Sri Lanka.\n")
    names = _names(reg)
    assert {"Amran Yusof", "Hisham Karim", "Noraini Bakar"} <= set(names)
    assert not {"Sri", "Dato Sri", "Tun Hisham Karim", "Lanka"} & set(names)
    assert reg.lookup("Tun Hisham Karim").actor.name == "Hisham Karim"


def test_a_name_known_until_a_year_or_until_a_renaming_is_a_former_name(build):
    reg = build("Tovo Bank, the third-largest lender in the region, which was known as Marrow Savings until it "
                "changed its name in 2015, said profits fell. The Osprey Institute, known until 2021 as the Harbour "
                "Research Trust, published the study.\n")
    assert reg.lookup("Marrow Savings").actor.name == "Tovo Bank"
    assert reg.lookup("Harbour Research Trust").actor.name == "Osprey Institute"


def test_a_byline_with_a_beat_and_an_author_line_name_people(build):
    reg = build("Clinic closures spread across the northern valleys\nBy Kemi Adewale, health correspondent\n"
                "The Harbour Health Trust said on Monday it would close four clinics after its funding ran out.\n")
    assert _names(reg).get("Kemi Adewale") == "person"
    reg = build("Can the grid survive cheap panels?\nDr Lina Osei and Tope Bala Laja\nSummary\n"
                "The Harbour Energy Institute said on Monday that tariffs would rise by a tenth next year.\n")
    names = _names(reg)
    assert names.get("Lina Osei") == "person" and names.get("Tope Bala Laja") == "person"


@pytest.mark.parametrize("title", ["Dr", "Prof.", "Mrs", "Miss", "Mx"])
def test_an_author_line_opening_with_any_honorific_names_people(build, title):
    # One list of honorifics serves the byline, the sentence splitter and the actor tables alike.
    reg = build(f"Can the grid survive cheap panels?\n{title} Lina Osei and Tope Bala Laja\nSummary\n"
                "The Harbour Energy Institute said on Monday that tariffs would rise by a tenth next year.\n")
    names = _names(reg)
    assert names.get("Lina Osei") == "person" and names.get("Tope Bala Laja") == "person"


def test_a_constituency_after_its_member_is_a_place(build):
    reg = build("The three, led by the councillor for Tanjung Aru, Ahmad Zaki Rahman, left the hall. The MP for "
                "Eastleigh, Joan Parr, voted against the plan.\n")
    names = _names(reg)
    assert names.get("Joan Parr") == "person"
    assert not {"Tanjung Aru", "Eastleigh"} & set(names)


def test_a_name_its_bracketed_acronym_spells_in_full_is_one_body(build):
    reg = build("Dr Nor Ismail, a lecturer at Universiti Teknologi Malaysia (UTM), disagreed with the plan.\n")
    names = _names(reg)
    assert names.get("Universiti Teknologi Malaysia") == "organisation"
    assert "Universiti" not in names


def test_a_capitalised_dateline_with_a_date_before_its_dash_is_not_an_actor(build):
    reg = build("KOTA BHARU, Nov 12 — Kelantan Chief Minister Ahmad Lim lost his majority on Wednesday, said "
                "Heron Bank.\n")
    names = _names(reg)
    assert names.get("Ahmad Lim") == "person"
    assert not {"KOTA BHARU", "BHARU"} & set(names)


# --- eval/fresh8's failure kinds, each on an invented text -------------------------------------------

def test_a_body_and_an_honorific_name_joined_by_and_are_two_actors(build):
    reg = build("The survey was led by Dr Ilse Marren of Vellby University’s Department of Soil Science and "
                "Dr Kato Rimsdal Berge of the Northern Institute of Marine Studies in Halvik.\n")
    names = _names(reg)
    assert names.get("Kato Rimsdal Berge") == "person"
    assert names.get("Vellby University") == "organisation"
    assert names.get("Department of Soil Science") == "organisation"
    assert not any(" and Dr " in n for n in names)


def test_first_words_of_a_longer_name_typed_with_one_letter_off_find_the_person(build):
    reg = build("The chairman of Tolvar Ranching, Ernst Wiebeck Dueck, said the firm would appeal. "
                "Wiebeck said the ruling was unfair.\n")
    found = reg.lookup("Ernst Wibeck")
    assert found.found and found.actor.name == "Ernst Wiebeck Dueck"


def test_a_first_name_after_a_job_noun_is_the_names(build):
    reg = build("VELDA, 3 May 2029 — Kenyan runner Abeba Tesfahun Gidey has been banned for two years, the "
                "Running Integrity Board said on Tuesday. Gidey said she would appeal.\n")
    found = reg.lookup("Abeba Tesfahun Gidey")
    assert found.found and found.actor.kind == "person" and found.actor.name == "Abeba Tesfahun Gidey"


def test_a_word_the_recogniser_left_between_two_parts_of_a_name_is_the_names():
    from index.actors.extract import _name_parts, _Piece
    text = "Runner Abeba Tesfahun Gidey was banned."
    pieces = [_Piece(7, 12, "Abeba", "PERSON"), _Piece(22, 27, "Gidey", "PERSON")]
    assert [p.name for p in _name_parts(text, pieces)] == ["Abeba Tesfahun Gidey"]
    assert len(_name_parts("Ana Ruiz, Minister Ben Ode said.", [_Piece(0, 8, "Ana Ruiz", "PERSON"),
                                                                  _Piece(19, 26, "Ben Ode", "PERSON")])) == 2


def test_the_holder_of_a_post_named_at_a_sentence_end_is_a_person(build):
    reg = build("A relief cell was set up in Kora under the Governor of Lower Vessa, Idris Mahamat Kodi.\n")
    found = reg.lookup("Governor Idris Mahamat")
    assert found.found and found.actor.name == "Idris Mahamat Kodi" and found.actor.kind == "person"


def test_a_bracketed_acronym_spelling_every_word_takes_in_what_the_recogniser_cut(build):
    reg = build("The plan is being reviewed by the Environmental Board for Upland Water Resources (EBUWR), "
                "which will give its view in May. The EBUWR has asked for more data.\n")
    found = reg.lookup("EBUWR")
    assert found.found and found.actor.name == "Environmental Board for Upland Water Resources"


def test_a_former_name_with_a_slashed_or_dotted_legal_form_is_whole(build):
    reg = build("Most ore leaves from the quay at Vittuk, run by Tavrik Metals A/S, a company known until 2020 as "
                "Arctic Rutile Holding A/S. Tavrik Metals said output would rise.\n")
    found = reg.lookup("Arctic Rutile Holding")
    assert found.found and "Tavrik Metals" in [found.actor.name, *found.actor.aliases]
    assert "Arctic Rutile Holding A/S" in found.actor.aliases


def test_a_former_name_with_lower_case_words_before_its_legal_form_is_an_alias(build):
    reg = build("Brodek Wagon Works, known until 2018 as Brodecké vozové dílny a.s., is owned by Holt Capital.\n")
    found = reg.lookup("Brodecké vozové dílny")
    assert found.found and found.actor.name.startswith("Brodek Wagon Works")


def test_a_name_in_another_language_is_an_alias(build):
    reg = build("Scientists from the Northern Institute of Marine Studies, known in Sámi as Mearragáddi, counted "
                "the seals. The Northern Institute of Marine Studies said the count would be repeated.\n")
    found = reg.lookup("Mearragáddi")
    assert found.found and found.actor.name == "Northern Institute of Marine Studies"


def test_a_body_named_with_its_place_before_a_bracketed_short_name_is_one_body(build):
    reg = build("The Union of Net Menders and Boatmen in Ruritania (UNMBR) said on Monday that the quota was "
                "too low. The Government of Ruritania said it would review it.\n")
    found = reg.lookup("UNMBR")
    assert found.found and found.actor.kind == "organisation"
    assert found.actor.name == "Union of Net Menders and Boatmen in Ruritania"
    assert "UNMBR" not in reg.lookup("Ruritania").actor.aliases


def test_a_states_supreme_court_of_justice_keeps_its_name(build):
    reg = build("SOLMARE, 14 March 2031 — Bolivia’s Supreme Court of Justice on Tuesday told the ministry to "
                "reopen the clinic.\n")
    assert "Supreme Court of Justice" in _names(reg)


def test_regions_listed_after_a_plural_place_noun_are_places(build):
    reg = build("The worst-hit provinces are Velora Nord, Tamsik, Upper Brenn and Kessa-Moyen. Aid reached 3,000 "
                "families in Velora Nord and Tamsik on Monday, the Red Relief Society said. In Velora Nord alone, "
                "the provincial authorities counted 900 houses destroyed.\n")
    names = _names(reg)
    assert not {"Velora Nord", "Tamsik", "Upper Brenn", "Kessa-Moyen"} & set(names)
    assert names.get("Red Relief Society") == "organisation"


def test_states_named_only_as_where_rain_fell_or_goods_passed_are_places(build):
    reg = build("Heavy rain fell in northern Cameroon and the Central African Republic, the Sahel Relief Network "
                "said. Its supplies are routed through Cameroon, which adds four days.\n")
    names = _names(reg)
    assert not {"Cameroon", "Central African Republic"} & set(names)
    assert "Sahel Relief Network" in names


def test_a_bodys_office_named_with_a_state_is_the_body(build):
    reg = build("This update is issued by the Relief Coordination Office (RCO) in Kenya. The RCO has sent three "
                "staff to Garissa. For further information, contact: Ana Ruel, Head of Office, RCO Kenya; "
                "Tom Bekele, Public Information Officer, RCO Kenya.\n")
    names = _names(reg)
    assert "RCO Kenya" not in names and "Public Information Officer" not in names
    assert names.get("Relief Coordination Office") == "organisation"
    assert reg.lookup("RCO Kenya").actor.name == "Relief Coordination Office"


def test_a_bodys_remit_after_on_is_its_name(build):
    reg = build("The vaccines were requested from the International Coordinating Group on Seed Supply last week, "
                "the Velora Farmers Union said.\n")
    assert "International Coordinating Group on Seed Supply" in _names(reg)


def test_a_contact_line_names_a_person_and_its_label_is_no_actor(build):
    reg = build("Velka Wagon Works raised its outlook on Monday.\n\nAbout Velka Wagon Works\n\nVelka Wagon Works "
                "builds freight wagons.\n\nMedia contact: Zdeňka Šrámková, head of communications\n\n"
                "Investor relations: Pavel Hruška, investor relations manager\n")
    names = _names(reg)
    assert names.get("Zdeňka Šrámková") == "person"
    assert "Media" not in names


def test_places_of_a_mixed_case_dateline_are_not_actors(build):
    reg = build("Tábor, Czech Republic, 12 August 2027 — Velka Wagon Works a.s. reported a 21% rise in revenue. "
                "Velka Wagon Works said demand was strong.\n")
    names = _names(reg)
    assert not {"Tábor", "Czech Republic"} & set(names)


def test_a_capitals_only_word_before_a_body_the_recogniser_found_is_its_name():
    from index.actors.ner import load_pipeline
    from index.actors.extract import _pieces
    doc = load_pipeline()("The plant signed a pay deal with the metalworkers' union SZ METALURG on Friday.")
    assert "SZ METALURG" in [p.name for p in _pieces(doc)]


def test_a_foreign_body_name_joined_by_y_up_to_its_acronym_is_one_body(build):
    reg = build("The fishing rights were sold in 2018 by the Oficina Nacional de Catastro Agrario y de la Propiedad "
                "Rural (ONCAPR) to a cannery. ONCAPR said the sale was lawful.\n")
    found = reg.lookup("ONCAPR")
    assert found.found and found.actor.name == "Oficina Nacional de Catastro Agrario y de la Propiedad Rural"


def test_a_community_or_a_lower_case_department_of_a_name_is_a_place(build):
    reg = build("The court ordered the state to return the forest to the Ayoreo community of Tavy Porã. Lawyers "
                "said the ruling would be cited in disputes in the departments of Alto Velde and Cerro Manso. "
                "Surveyors will travel to Alto Velde next year, the Rural Land Institute said.\n")
    names = _names(reg)
    assert not {"Tavy Porã", "Alto Velde", "Cerro Manso"} & set(names)


def test_a_disease_opening_a_sentence_is_no_actor(build):
    reg = build("Cholera was confirmed by the national laboratory on Monday. Measles cases have doubled, the "
                "Velora Health Network said.\n")
    names = _names(reg)
    assert not {"Cholera", "Measles"} & set(names)


# --- eval/fresh10's failure kinds, each on an invented text ------------------------------------------

def test_a_name_known_formally_as_another_is_one_actor(build):
    reg = build("The Ruritanian Navy, known formally as the Armada Real de Ruritania (ARR), said its boats had "
                "left the area. The ARR gave no figures.\n")
    found = reg.lookup("ARR")
    assert found.found and "Ruritanian Navy" in [found.actor.name, *found.actor.aliases]
    assert "Armada Real de Ruritania" in [found.actor.name, *found.actor.aliases]


def test_a_double_surname_after_particles_is_whole(build):
    reg = build("“It works,” said Prof. Anneke van der Berg-Molenaar, a chemist at Tolvik University. "
                "Van der Berg-Molenaar said more tests would follow.\n")
    assert "Anneke van der Berg-Molenaar" in _names(reg)
    assert reg.lookup("van der Berg").actor.name == "Anneke van der Berg-Molenaar"


def test_a_magistrate_is_a_title_and_a_magistrates_court_a_body(build):
    reg = build("The two men appeared before the Port Velda Magistrate's Court on Monday. Magistrate Ottilie "
                "Brannagh set bail at 500 crowns each. The Velda Chief Prosecutor's Office said it would appeal.\n")
    names = _names(reg)
    assert names.get("Ottilie Brannagh") == "person"
    assert reg.lookup("Magistrate Brannagh").actor.name == "Ottilie Brannagh"
    assert names.get("Port Velda Magistrate's Court") == "organisation"
    assert names.get("Velda Chief Prosecutor's Office") == "organisation"


def test_chiefs_of_staff_are_not_a_firm_from_a_town(build):
    reg = build("The landing was ordered by the Combined Chiefs of Staff, the army said.\n")
    assert "Combined Chiefs of Staff" in _names(reg)


def test_a_currency_code_written_onto_an_amount_is_no_actor(build):
    reg = build("“A nurse earns JD380 a month,” said Omar Tellawi, a developer. Tellawi said rents rose.\n")
    assert "JD380" not in _names(reg)


def test_its_before_a_body_is_not_its_name(build):
    reg = build("The House of Delegates has not debated the tax. Its Committee on Urban Affairs, chaired by Deputy "
                "Ana Petrova, said it would hold hearings.\n")
    names = _names(reg)
    assert "Committee on Urban Affairs" in names
    assert not any(n.startswith("Its ") for n in names)


def test_reefs_and_cays_are_places(build):
    reg = build("The Tobin Cayes, a chain of islets beside the Marlow Barrier Reef, are claimed by "
                "Ruritania. The boats stopped near Heron Caye, the Ruritanian navy said.\n")
    names = _names(reg)
    assert not {"Tobin Cayes", "Marlow Barrier Reef", "Heron Caye"} & set(names)


def test_abbreviated_titles_are_no_actors(build):
    reg = build("“The plan was good,” said Eng. Karim Haddad al-Tell, a retired surveyor. Mag. Jonas "
                "Auer, a spokesman, agreed, and Rev. Fr. Paul Dorai said so too.\n")
    names = _names(reg)
    assert not {"Eng", "Mag", "Fr"} & set(names)
    assert names.get("Jonas Auer") == "person"


def test_a_birth_name_is_a_former_name_of_the_person(build):
    reg = build("Velamma Arumugam, a union leader, died on Tuesday. Born Velamma Nadarajah on 2 May 1940 near "
                "Tolvik, she began work at 13. Her union said she had led it for 30 years.\n")
    assert reg.lookup("Velamma Nadarajah").actor.name == "Velamma Arumugam"
    assert reg.lookup("velamma").actor.name == "Velamma Arumugam"


def test_her_after_a_sentence_about_one_person_mentions_her(build):
    reg = build("Velamma Arumugam, a union leader, died on Tuesday. Her death was confirmed by the Tea Workers’ "
                "Union (TWU).\n")
    assert len(reg.lookup("Velamma Arumugam").actor.mentions) == 2


def test_the_head_noun_of_a_body_named_just_before_mentions_it(build):
    reg = build("Omar Tellawi sits on the board of the Velda Builders Association (VBA). “Cut the fee,” he said. "
                "The association, which "
                "speaks for 900 firms, wants lower fees.\n")
    assert any("900 firms" in m.text for m in reg.lookup("VBA").actor.mentions)


def test_a_bodys_name_in_its_own_language_and_its_acronym_in_brackets_are_aliases(build):
    reg = build("Austria’s Federal Customs Office (Bundeszollamt, BZA) seized the drawing. The BZA said it "
                "was worth 2 million euros. The Velda Court of Appeal (Oberlandesgericht Velda) agreed.\n")
    office = reg.lookup("bundeszollamt")
    assert office.found and office.actor.name == "Federal Customs Office"
    assert reg.lookup("BZA").actor.name == "Federal Customs Office"
    assert reg.lookup("Oberlandesgericht Velda").actor.name == "Velda Court of Appeal"


def test_a_bodys_own_language_name_with_commas_or_in_sentence_case_and_its_acronym_are_aliases(build):
    reg = build("The permit came from the Ministry of Environment, Water and Ecological Transition (Ministerio del "
                "Ambiente, Agua y Transición Ecológica, MAATE). MAATE inspectors will attend the landing.\n"
                "Samples went to the National Agency for the Safety of Medicines (Agence nationale de sécurité du "
                "médicament et des produits de santé, ANSM). The ANSM said it would publish its findings.\n")
    ministry = reg.lookup("maate")
    assert ministry.found and ministry.actor.name == "Ministry of Environment, Water and Ecological Transition"
    assert reg.lookup("ministerio del ambiente, agua y transicion ecologica").actor == ministry.actor
    assert reg.lookup("ANSM").actor.name == "National Agency for the Safety of Medicines"
    assert not {a.name for a in reg.list()} & {"MAATE", "ANSM", "Ambiente"}


def test_a_bodys_name_as_one_compound_word_and_its_short_name_are_aliases(build):
    reg = build("The Finnish Immigration Service (Maahanmuuttovirasto, Migri) refused the permit in May. Migri said "
                "the employer had not paid the agreed wage.\n")
    assert reg.lookup("migri").actor.name == "Finnish Immigration Service"
    assert "Migri" not in {a.name for a in reg.list()}


def test_a_list_of_places_in_brackets_is_no_other_name(build):
    reg = build("The Lindqvist Trust (Malakal, Ngerkebesang, Idid) runs three clinics. Its director said more "
                "would open.\n")
    assert not reg.lookup("Malakal, Ngerkebesang").found


def test_surnames_after_a_titled_name_the_recogniser_cut_are_the_names(build):
    reg = build("Foreign Minister María Inés Robles de Ocampo told reporters the arrests were unlawful.\n")
    assert _names(reg).get("María Inés Robles de Ocampo") == "person"
    assert reg.lookup("maria ines robles de ocampo").found


def test_the_names_of_a_credit_line_are_people(build):
    reg = build("Velda and Tolvik traded protests on Sunday, officials said.\n"
                "(Reporting by Ana Ruiz-Ellery in Velda City and Julián Ibarra in Tolvik; Editing by Paul Marsh)\n")
    names = _names(reg)
    assert names.get("Julián Ibarra") == "person"
    assert names.get("Paul Marsh") == "person"


def test_given_names_listed_after_a_kin_word_are_people(build):
    reg = build("Velamma Arumugam, a union leader, died on Tuesday. She is survived by her three daughters, "
                "Meenalochani, Parvatham and Selvarani, and nine grandchildren.\n")
    names = _names(reg)
    assert {names.get(n) for n in ("Meenalochani", "Parvatham", "Selvarani")} == {"person"}


def test_the_country_of_a_dateline_without_a_date_is_no_actor(build):
    reg = build("TOLVIK, the Netherlands – A new pill slowed the disease, Velda University Medical Center said.\n")
    assert "Tharyarwady" not in _names(reg)


def test_a_thing_called_by_a_name_is_no_actor(build):
    reg = build("The phase 3 trial, called VELOX-3, enrolled 300 adults. The ministry announced a plan, known as "
                "Dar Amal 3, to build 9,000 homes, said Omar Tellawi, a developer.\n")
    names = _names(reg)
    assert not {"VELOX-3", "Dar Amal 3"} & set(names)


def test_a_capital_before_a_hospitals_name_is_the_names(build):
    reg = build("Co-investigators included Dr Ingrid Vik of Oslo University Hospital and Dr Ana Ruiz of Tolvik "
                "Clinic.\n")
    names = _names(reg)
    assert names.get("Oslo University Hospital") == "organisation"
    assert "University Hospital" not in names


def test_a_demonym_before_a_lower_case_polity_noun_is_the_state(build):
    reg = build("Latvia impounded a cargo ship on Wednesday. The Latvian ministry said it would hear the owners.\n")
    names = _names(reg)
    assert "Latvian ministry" not in names
    assert names.get("Latvia") == "state or government"


def test_a_named_vessel_is_no_actor(build):
    reg = build("The Marden Harbour Police reported that its fast boat, the HP Kittiwake, towed a stranded yacht at 9 "
                "p.m.\n")
    assert not any("Kittiwake" in n for n in _names(reg))


def test_a_body_named_with_for_the_recogniser_cut_is_whole(build):
    reg = build("“We see evictions,” said Hala Nasser, a lawyer with Tamdeen for Workers Aid and Human Rights, a "
                "non-governmental organisation.\n")
    names = _names(reg)
    assert names.get("Tamdeen for Workers Aid and Human Rights") == "organisation"
    assert not {"Workers Aid", "Human Rights"} & set(names)


def test_a_version_of_a_programme_is_no_actor(build):
    reg = build("The housing board unveiled a scheme, known as Nuevo Techo 2, to repair 6,500 flats. Nuevo Techo, the "
                "earlier phase of the scheme, began in 2014, said Lucía Ferrante, a surveyor.\n")
    assert not any(n.startswith("Nuevo Techo") for n in _names(reg))


def test_a_body_listing_its_trades_with_commas_up_to_its_acronym_is_one_body(build):
    reg = build("She sat on the board of the International Federation of Miners, Quarry, Cement, Glass and Allied "
                "Workers' Unions (IFM) from 1990 to 1998.\n")
    names = _names(reg)
    assert names.get("International Federation of Miners, Quarry, Cement, Glass and Allied Workers' Unions") \
        == "organisation"
    assert not {"Quarry", "Cement", "Glass"} & set(names)
    assert reg.lookup("IFM").found


def test_a_plural_owners_possessive_inside_a_body_name_is_kept(build):
    reg = build("The group called itself the Dunmore Estate Women's Circle. By 1979 it had 900 members.\n")
    names = _names(reg)
    assert "Dunmore Estate Women's Circle" in names
    assert "Dunmore Estate Women" not in names


# --- eval/fresh11's failure kinds, each on an invented text ------------------------------------------

def test_a_given_name_and_a_surname_with_particles_the_recogniser_split_are_one_person(build):
    reg = build("A team led by Lucas van der Molen, its head of analysis, combined satellite imagery and records. "
                "“Prices rose,” said the agency’s chair, Anneke ter Velde.\n")
    assert reg.lookup("van der molen").actor.name == "Lucas van der Molen"
    assert reg.lookup("ter velde").actor.name == "Anneke ter Velde"


def test_justice_sister_and_hon_are_titles(build):
    reg = build("The court’s president, Justice Amélie Ngando, read the ruling. Sister Claire Mbeki, who led the "
                "observers, and Hon. Paul Dossou agreed.\n")
    names = _names(reg)
    assert {names.get(n) for n in ("Amélie Ngando", "Claire Mbeki", "Paul Dossou")} == {"person"}
    assert not {"Hon", "Justice Amélie Ngando", "Sister Claire Mbeki"} & set(names)


def test_an_honour_written_with_an_apostrophe_names_a_person(build):
    reg = build("Its agent is Kenanga Latex, which is controlled by Dato’ Hisham bin Rahmat. Dato’ Hisham said the "
                "firm obeyed the law.\n")
    assert reg.lookup("hisham bin rahmat").found


def test_a_share_the_recogniser_ran_into_a_name_is_cut_off(build):
    reg = build("The tribunal confirmed the tally released by the Poll Authority on 9 March, which gave Mwale 53.6 per "
                "cent of the vote, so no second round is needed. Chisomo Mwale thanked the voters.\n")
    assert not any("per cent" in n for n in _names(reg))


# One failure kind a row: a short text written for it, a name the list must hold, and that name's kind.
KIND_CASES = [
    pytest.param("Open Justice Watch, a human rights organisation, said the militia had detained 30 people. "
                 "Open Justice Watch called for their release.\n",
                 'Open Justice Watch', 'organisation', id='a_human_rights_group_is_an_organisation'),
    pytest.param("Kalle Virta’s new team, Corvane-Delta, dropped him from its squad in May.\n",
                 'Corvane-Delta', 'organisation', id='a_team_named_after_a_possessive_is_an_organisation'),
    pytest.param("Eight cooks competed. Their judge, Nino Tavadze, tasted every dish.\n",
                 'Nino Tavadze', 'person',
                 id='a_name_set_off_by_commas_that_the_recogniser_took_for_a_people_is_a_person'),
    pytest.param("Tomas Moreira lost his appeal. Moreira’s Portuguese-registered team, Altamira-Velez, said it "
                 "would not renew his deal.\n",
                 'Altamira-Velez', 'organisation',
                 id='a_body_named_after_its_owners_possessive_noun_takes_that_nouns_kind'),
    pytest.param("The Parti Rakyat Baru (PRB), the largest partner in the alliance, said it would vote against "
                 "the budget.\n",
                 'Parti Rakyat Baru', 'political party or bloc', id='a_party_named_in_its_own_language_is_a_party'),
    pytest.param("The Financial Crimes Unit (FCU) confirmed on Monday that it had questioned two executives, "
                 "and its spokesman, Tunde Adeyinka, said the unit had frozen 23 accounts.\n",
                 'Tunde Adeyinka', 'person', id='a_role_holder_after_a_lower_case_its_is_a_person'),
    pytest.param("In the capital, the Chief Minister’s Office said the dispute was a matter for the courts. "
                 "Heron Bank agreed.\n",
                 'Chief Minister’s Office', 'organisation', id='the_office_of_a_post_is_an_organisation'),
    pytest.param("The results, published in the journal Transactions of the Nordic Ice Society, were welcomed "
                 "by Dr Ana Velt.\n",
                 'Transactions of the Nordic Ice Society', 'media', id='a_journal_named_after_its_noun_is_media'),
    pytest.param("In a ruling released on Thursday, the tribunal’s Fiscal Chamber split three to two to quash "
                 "the permit.\n",
                 'Fiscal Chamber', 'organisation',
                 id='a_chamber_of_a_court_named_after_its_possessive_is_a_body'),
    # (a three-word name the recogniser reads as a body's; "who was" says it is a person's)
    pytest.param("In another inquiry, the panel suspended Kiplagat Mutai Kirui, who was director of youth coaching "
                 "at the Tarsen Rowing Union until 2024, for negligence.\n",
                 'Kiplagat Mutai Kirui', 'person', id='a_name_followed_by_who_was_is_a_persons'),
    pytest.param("The fund received US$2 million from the Ruritanian Union’s humanitarian aid department, DG "
                 "AIDRU, last week.\n",
                 'DG AIDRU', 'organisation', id='the_body_a_department_role_names_is_an_organisation'),
    pytest.param("Tamsin Agritech said it would show the field results to the NZ Seeds and Fertiliser "
                 "Administration (SFA) in the autumn.\n",
                 'NZ Seeds and Fertiliser Administration', 'organisation',
                 id='an_agency_named_administration_is_no_government'),
    pytest.param("According to the Tolvik Defence Force (TDF), the patrol boat arrived at 8 a.m.\n",
                 'Tolvik Defence Force', 'armed group or movement', id='a_defence_force_is_armed'),
    pytest.param("“Flats cost too much,” said Samir Haddad, the managing director of Bayt al-Zahra Real Estate "
                 "Development, which has built 900 units.\n",
                 'Bayt al-Zahra Real Estate Development', 'organisation',
                 id='the_body_a_post_is_of_is_an_organisation'),
    pytest.param("The trial met its goal, Velda University said.\nMedia contact: Velda Communications, Hanne "
                 "Vermeulen\n",
                 'Hanne Vermeulen', 'person', id='a_person_in_a_contact_line_after_a_body_is_a_person'),
    pytest.param("By Maren Oduya and Tobi Alabi\nThe port reopened on Monday after a week of talks.\n",
                 'Tobi Alabi', 'person', id='a_name_the_tagger_reads_as_plural_without_an_s_is_a_persons'),
    pytest.param("The regulator appointed Ndubisi Okoro, a restructuring specialist, as interim manager on "
                 "Friday.\n",
                 'Ndubisi Okoro', 'person', id='a_description_naming_a_practitioner_is_a_persons'),
    pytest.param("A partner at Lane Marlow, Chidi Obaseki, said the firm had done nothing wrong.\n",
                 'Chidi Obaseki', 'person', id='a_name_after_a_job_at_a_body_is_a_persons'),
    pytest.param("Ana Quispe, who ran for the regional movement Lago Vivo, called the recount a theft.\n",
                 'Lago Vivo', 'political party or bloc', id='what_a_candidate_ran_for_is_a_party'),
    pytest.param("Lise Marchetti stood as the candidate of the governing Union for Alpine Progress (UAP) and lost.\n",
                 'Union for Alpine Progress', 'political party or bloc',
                 id='the_ruling_body_a_candidate_is_of_is_a_party'),
    pytest.param("The defections leave the Barisan Maju Borneo (BMB) coalition with 38 seats in the assembly.\n",
                 'Barisan Maju Borneo', 'political party or bloc', id='a_name_before_coalition_is_a_party'),
    pytest.param("Jabhat al-Wasat (JAW), the jihadist coalition that controls the north, taxes the mines. JAW "
                 "fighters set the price of gold.\n",
                 'Jabhat al-Wasat', 'armed group or movement', id='a_coalition_described_as_jihadist_is_armed'),
    pytest.param("Al-Kharij militants have attacked the county twice this year, the police said.\n",
                 'Al-Kharij', 'armed group or movement', id='a_name_before_militants_is_an_armed_group'),
    # (a name with no party word: the description past the bracketed short name says what it is)
    pytest.param("The Harvest League (HL), the biggest opposition group with six deputies, walked out of the "
                 "debate.\n",
                 'Harvest League', 'political party or bloc', id='an_opposition_group_is_a_party'),
    pytest.param("The board named two experts, Dipak Raj Thapa, an airline training captain, and a meteorologist, "
                 "to the inquiry.\n",
                 'Dipak Raj Thapa', 'person', id='a_description_ending_in_a_title_is_a_persons'),
    pytest.param("The work was led by Dr Chan Sreymom, the organisation’s research lead in Cambodia, over a "
                 "year.\n",
                 'Chan Sreymom', 'person', id='a_description_after_a_bodys_possessive_is_of_the_holder'),
    pytest.param("A domestic observer coalition, the Citizen Vote Watch Network (CVWN), said its count differed.\n",
                 'Citizen Vote Watch Network', 'organisation', id='a_network_with_no_media_word_is_an_organisation'),
    pytest.param("The Caribbean News Network reported the arrests on Monday.\n",
                 'Caribbean News Network', 'media', id='a_news_network_is_media'),
    pytest.param("The National Vote Authority (NVA) published the results. The NVA’s president, Eng. Faustin "
                 "Ngarekoua, defended the count. He said the tally sheets were online.\n",
                 'Faustin Ngarekoua', 'person', id='a_name_after_a_title_the_sentence_splitter_cut_off_is_a_persons'),
]


@pytest.mark.parametrize("text, name, kind", KIND_CASES)
def test_a_failure_kind_lists_the_actor_with_its_kind(build, text, name, kind):
    assert _names(build(text)).get(name) == kind


def test_a_body_one_works_through_is_no_place(tmp_path):
    # The drop rule's part (the keep model drops a body named once in passing, as here; test_overrides)
    path = tmp_path / "report.txt"
    path.write_text("Sgt. Rua Kahale, a spokeswoman for the coast guard, said the arrests showed the benefit of joint "
                    "work through Oceanpol.\n", encoding="utf-8")
    documents, sentences = read_report(path)
    actors = build_actors(documents, sentences, judge=lambda row, rule_drops, name: not rule_drops)
    assert {a.name: a.kind for a in actors}.get("Oceanpol") == "organisation"


# One failure kind a row: a short text written for it, a lookup as people type it, and the actor it finds.
LOOKUP_CASES = [
    pytest.param('The Islamic Front of the Western Sahel (IFWS) attacked two mines. The Islamic Front said it '
                 'would attack more. The Western Sahel Mining Authority closed the mines.\n',
                 'islamic front of the western', 'Islamic Front of the Western Sahel',
                 id='the_first_words_of_one_actors_name_find_it'),
    pytest.param('The opposition leader, Aminullah Sallim, said his party was ready. Sallim spoke on Tuesday.\n',
                 'Aminulah Salim', 'Aminullah Sallim',
                 id='a_name_typed_with_doubled_letters_single_finds_the_person'),
    pytest.param("Health Minister Ana Lundao said the vaccines had arrived. The district's chief executive, "
                 "Peter Yelundu, said teams could not reach some villages. Lundao and Yelundu met on Friday.\n",
                 'Yelunda', 'Peter Yelundu',
                 id='a_misspelt_surname_one_letter_off_beats_a_name_with_its_consonants'),
    pytest.param('The court named Chidi Anozie, an insolvency lawyer, as receiver of the farm group. Anozie '
                 'said the sale would take months.\n',
                 'receiver Anozie', 'Chidi Anozie',
                 id='a_job_typed_before_a_surname_is_no_part_of_it'),
    pytest.param('Judge Anselmo Quiroga Benítez dissented from the ruling. Quiroga wrote that the sale was '
                 'lawful.\n',
                 'Quiroga', 'Anselmo Quiroga Benítez',
                 id='a_first_name_between_a_title_and_the_surnames_is_the_names'),
    pytest.param('Capt. Mateo de la Cruz Salinas, the Ruritanian commander, radioed six times. Later the navy '
                 'said Capt. de la Cruz had followed orders.\n',
                 'Capt. de la Cruz', 'Mateo de la Cruz Salinas',
                 id='a_first_surname_with_particles_finds_its_person'),
    pytest.param('The trial was funded by Korvane Pharma B.V., a biotech company based at the Velda Science '
                 'Park, known until 2021 as Korvane Biologics. The company spent 40 million euros.\n',
                 'Korvane Biologics', 'Korvane Pharma B.V.',
                 id='a_former_name_after_a_place_in_the_description_is_the_companys'),
    pytest.param('The paintings went back to their owners on Friday. The Velda Heritage Foundation, called the '
                 'Velda Family Trust until 2019, said it would lend them out.\n',
                 'Velda Family Trust', 'Velda Heritage Foundation',
                 id='a_name_called_so_until_a_year_is_a_former_name'),
    pytest.param('Tarsk Water Policy Institute (TWPI), Bremen\nThe drought cost farmers 40 million euros, we '
                 'find. TWPI, known until 2020 as the Tarsk Water Forum, is an independent research body.\n',
                 'Tarsk Water Forum', 'Tarsk Water Policy Institute',
                 id='a_heading_spelling_an_acronym_names_it_and_a_former_name_is_never_the_name'),
    pytest.param('Norbeck Freight AB is a Swedish haulage company with 900 staff. The company, which operated as '
                 'Lundqvist Transport AB until 2015, is listed in Stockholm.\n',
                 'Lundqvist Transport', 'Norbeck Freight AB',
                 id='a_former_name_of_a_body_named_by_its_noun_is_the_bodys'),
    pytest.param("Osei’s new team, Corvalis-Tern, signed him in May. The team, which rode as Tern Racing until "
                 "2023, is based in Girona.\n",
                 'Tern Racing', 'Corvalis-Tern',
                 id='a_former_name_goes_to_the_body_the_noun_names_even_a_name_read_as_a_persons'),
    pytest.param('Savings app Kotopay lost 2 million dollars, its chief executive said. The company, which was '
                 'incorporated in 2016 as Ileya Money Ltd and renamed Kotopay in 2019, has 40 staff.\n',
                 'Ileya Money', 'Kotopay',
                 id='a_name_a_body_was_incorporated_as_is_a_former_name'),
    pytest.param('The ministry signed a deal with a consortium led by Italy’s Velmora Energia SpA on Tuesday. '
                 'Velmora Energia SpA will hold 45% of the project.\n',
                 'velmora energia', 'Velmora Energia SpA',
                 id='a_company_named_with_its_legal_form_is_found_whole'),
    pytest.param('Shares in Brisola rose 3% on Monday. Brisola Tecnica SpA will build the plant, and Brisola said '
                 'work would start in May.\n',
                 'Brisola', 'Brisola Tecnica SpA',
                 id='a_companys_first_word_alone_is_the_company_written_with_its_legal_form'),
    pytest.param('Korvel, which traded as HomeWatch B.V. until 2022, sells cameras. Korvel Home Systems B.V. was '
                 'fined on Monday.\n',
                 'HomeWatch', 'Korvel Home Systems B.V.',
                 id='a_name_the_recogniser_missed_before_which_traded_as_has_the_former_name'),
    # (a name ending in a person's noun, which the recogniser misses)
    pytest.param('Lagoon Witness, a small independent NGO known until 2016 as the Coastal Dumping Observatory, '
                 'spent two years on the report. Lagoon Witness said it took no state money.\n',
                 'Coastal Dumping Observatory', 'Lagoon Witness',
                 id='a_name_described_before_known_until_is_a_body_with_its_former_name'),
    pytest.param('The Velmar Forum for the Environment (FOVELA) said on Monday that the plant pollutes the bay. '
                 'FOVELA has asked the ministry to act.\n',
                 'fovela', 'Velmar Forum for the Environment',
                 id='a_body_named_before_a_short_name_in_another_language_is_found_whole'),
    pytest.param('The Directorate-General for Civil Protection and Humanitarian Aid (DG CIVAID) sent '
                 '4 million euros on Friday.\n',
                 'CIVAID', 'Directorate-General for Civil Protection and Humanitarian Aid',
                 id='a_short_name_of_two_words_in_brackets_names_the_body_before_it'),
    pytest.param('“The site is unique,” said Dr Ana Weiss of the Lund Heritage Institute (LHI), which has dug '
                 'there since 2010. Dr Weiss will lead the team.\n',
                 'Dr Weiss', 'Ana Weiss',
                 id='a_person_of_a_body_with_a_short_name_stays_a_person'),
    pytest.param('The brothers sold the brewery. Lukas Ambrosini, the brewery’s owner, will keep a fifth of it. '
                 '“We could not carry on,” Ambrosini said. Ambrosini inherited the brewery from his uncle, Enzo '
                 'Ambrosini, in 2011.\n',
                 'Ambrosini', 'Lukas Ambrosini',
                 id='a_shared_surname_used_alone_after_one_persons_full_name_each_time_is_theirs'),
    pytest.param('Rachel Whitford, a union official, said the strike would go on. Whitford spoke at a rally.\n',
                 'Rachel Whitfield', 'Rachel Whitford',
                 id='a_long_surname_typed_with_another_ending_beside_a_given_name_typed_right'),
    pytest.param('Athletic Club do Belém, where Tiquinho played from 2004, was fined on Friday. The club will '
                 'appeal.\n',
                 'athletic club do belém', 'Athletic Club do Belém',
                 id='a_bodys_name_runs_on_over_another_languages_of'),
    pytest.param('Researchers at the Universidad Serrana de Tarija said wild vicuñas rarely cross the new fence.\n',
                 'Universidad Serrana de Tarija', 'Universidad Serrana de Tarija',
                 id='a_university_the_recogniser_calls_a_facility_is_a_body'),
    # (a first word the recogniser reads alone as a person's)
    pytest.param('Tremaine Timber Industries said it would ask its sawmills where their logs came from. A '
                 'spokeswoman said Tremaine would not name its buyers.\n',
                 'Tremaine', 'Tremaine Timber Industries',
                 id='a_companys_first_word_alone_is_the_company_named_with_a_trade_word'),
    pytest.param('The Department of Foreign Trade and Investment said on Monday that the talks had failed. The '
                 'Department of Foreign Trade and Investment will publish its report in May.\n',
                 'Deparmtent of Foreign Trade and Investment', 'Department of Foreign Trade and Investment',
                 id='a_bodys_name_holding_title_words_typed_with_two_letters_swapped'),
    pytest.param('Marlow Freight said on Monday that it would close the depot. Marlow Freight employs 300 people.\n',
                 'Marlow Freight (Pty) Ltd', 'Marlow Freight',
                 id='a_company_typed_with_legal_forms_the_report_leaves_out'),
    pytest.param('The college wrote to the Ministry of Culture and Sport and the State Agency for Audit Oversight '
                 '(SAAO) on Monday. The SAAO will reply in May.\n',
                 'SAAO', 'State Agency for Audit Oversight',
                 id='two_bodies_joined_by_and_the_before_an_acronym_are_two'),
    pytest.param('In 1976 the estates were taken over by PT Sinar Lembah International, a company linked to the '
                 'army. Growers said PT Sinar paid late.\n',
                 'PT Sinar', 'PT Sinar Lembah International',
                 id='a_company_named_by_its_legal_form_and_first_word_is_the_whole_company'),
    pytest.param('The board chose Dr Salma bint Yusuf Al-Harthy, a former professor of law, as chair. Dr Al-Harthy '
                 'will report in May.\n',
                 'Al-Harthy', 'Salma bint Yusuf Al-Harthy',
                 id='a_name_with_a_patronymic_joiner_is_one_person'),
    pytest.param('The chairman, Karim bin Saeed Al-Hinawi, resigned in March. Al-Hinawi had led the company since '
                 '2015.\n',
                 'karim hinawy', 'Karim bin Saeed Al-Hinawi',
                 id='a_given_name_and_a_misspelt_surname_skipping_the_fathers_name'),
    pytest.param('The land was allocated in January by Rustam Yuldashev, the hakim of Dostlik. Residents said '
                 'Yuldashev never met them.\n',
                 'hakim yuldashev', 'Rustam Yuldashev',
                 id='a_surname_after_a_local_title_the_report_gives_the_person'),
    pytest.param('The land was allocated by the hakim of Dostlik, Mr Rustam Yuldashev, in January. Residents said '
                 'Yuldashev never met them.\n',
                 'hakim yuldashev', 'Rustam Yuldashev',
                 id='a_surname_after_a_local_title_given_before_the_name'),
    pytest.param('The Commission for Water Tariff Regulation (CWTR) fined the utility in May. The CWTR said the '
                 'fine would be paid by shareholders.\n',
                 'CWTR', 'Commission for Water Tariff Regulation',
                 id='a_body_whose_remit_ends_in_a_things_word_is_a_body'),
]


@pytest.mark.parametrize("text, query, actor", LOOKUP_CASES)
def test_a_failure_kind_lookup_finds_the_actor(build, text, query, actor):
    assert build(text).lookup(query).actor.name == actor


def test_units_steps_and_a_companys_boards_are_not_actors(build):
    reg = build("Arvid Solberg, the chief executive of Lysfjord Kraft AS, said the plant would add 300 MW. "
                "Lysfjord Kraft AS has 40 megawatts (MW) installed.\nSecond, the Energy Agency should publish its "
                "data.\nThe Board of Directors approved the plan, and the Supervisory Board agreed.\n")
    names = _names(reg)
    assert not {"MW", "Second", "Board of Directors", "Supervisory Board"} & set(names)
    assert names.get("Lysfjord Kraft AS") == "organisation"


def test_places_travelled_to_things_and_a_bench_named_alone_are_not_actors(build):
    reg = build("The aircraft departed Dornach at 06:40 and flew to Velsby, where it left the runway. The passengers "
                "were flown back to Dornach by helicopter. Its captain held an Airline Transport Pilot Licence. The Panel found that the crew followed the rules. "
                "A consortium led by Italy’s Brisola Tecnica SpA will build the line to the border with Velsby.\n")
    names = _names(reg)
    assert not {"Dornach", "Velsby", "Airline Transport Pilot Licence", "Panel", "Italy"} & set(names)
    assert names.get("Brisola Tecnica SpA") == "organisation"


def test_a_shared_surname_after_both_full_names_is_neither_persons(build):
    reg = build("Carla Menon and her brother Ravi Menon spoke on Monday. Menon said the budget was fair.\n")
    assert not reg.lookup("Menon").found


def test_a_role_in_a_body_named_by_its_noun_relates_the_holder_to_the_body(build):
    reg = build("The Supreme Electoral Court of Ruritania rejected the petition on Monday. The nine-member court "
                "upheld the results. Reading the ruling, the court’s president, Justice Anna Velkova, said the "
                "vote was fair.\n")
    profile = reg.lookup("Justice Velkova").actor
    assert profile.name == "Anna Velkova"
    assert any(r["actor"] == "Supreme Electoral Court of Ruritania" and "president" in r["relation"]
               for r in profile.relations)


def test_places_only_flown_to_or_named_before_routes_are_not_actors(build):
    reg = build("Fjordhopp, the regional carrier, cancels some 25 flights a week to Værøy, Røst, Andenes and Bodø. "
                "The county pays Fjordhopp 30 million kroner a year to keep the Værøy and Røst routes running.\n")
    names = _names(reg)
    assert not {"Røst", "Bodø"} & set(names)
    assert "Fjordhopp" in names


def test_a_time_zone_cut_off_after_a_clock_time_is_not_an_actor(build):
    reg = build("Norvane Logistics Oyj: Stock exchange release, 9 February 2026 at 8:30 a.m. EET\nNorvane Logistics "
                "Oyj confirms a cyber attack.\n")
    names = _names(reg)
    assert "EET" not in names
    assert any(name.startswith("Norvane Logistics") for name in names)


def test_a_brand_an_event_of_someone_and_a_sanctuary_are_not_actors(build):
    reg = build("Halvex Pharma said it was recalling its drug Corlenza. It sold 2 million bottles of Corlenza, the "
                "brand name for tenolazide. The board published the Interim Report on the Runway Excursion of Skerry "
                "Air Services. Forest loss inside the Lumvat Wildlife Sanctuary reached 1,900 hectares, and the "
                "Lumvat Wildlife Sanctuary lost its rangers.\n")
    names = _names(reg)
    assert not {"Corlenza", "Runway Excursion of Skerry Air Services", "Lumvat Wildlife Sanctuary"} & set(names)


@pytest.mark.parametrize("text, long_form, short_form", [
    pytest.param('The Inspectorate of the Fisheries (SIPA) said on Monday that it would review the licence. SIPA '
                 'fined the farm in 2022.\n', 'inspectorate of the fisheries', 'SIPA',
                 id='a_name_with_of_the_before_an_acronym_in_another_language'),
    pytest.param('Their departure leaves Tamblin’s Gerakan Rakyat Kota (GRK) with 20 seats. The GRK said it would '
                 'form a government.\n', 'gerakan rakyat kota', 'GRK',
                 id='a_body_named_after_its_owners_possessive_before_its_acronym'),
    pytest.param('The four had lunched with the party chairman, Datuk Rosli Hamzah of Parti Maju Desa (Maju), on '
                 'Friday. Maju said it would field candidates.\n', 'parti maju desa', 'Maju',
                 id='a_body_named_after_its_member_with_one_of_its_words_as_short_name'),
    pytest.param('The Federation of Bakers of Ruritania (FBR) struck on Monday. The FBR said bread would run '
                 'short.\n', 'federation of bakers of ruritania', 'FBR',
                 id='a_bodys_own_of_is_no_member_before_it'),
])
def test_a_bodys_long_name_before_its_short_name_finds_the_same_actor(build, text, long_form, short_form):
    registry = build(text)
    by_long, by_short = registry.lookup(long_form), registry.lookup(short_form)
    assert by_long.found and by_short.found
    assert by_long.actor.name == by_short.actor.name


def test_a_state_named_for_what_it_has_most_of_or_before_its_named_body_is_no_actor(build):
    reg = build("Brevik Savings, one of Norway’s fastest-growing lenders, froze withdrawals in May. Salmon is Chile’s "
                "second-largest export, said Ana Ruiz, an analyst. Japan’s Fisheries Agency said it had inspected "
                "the vessels. The Fisheries Agency fined two of them.\n")
    names = _names(reg)
    assert not {"Norway", "Chile", "Japan"} & set(names)
    assert names.get("Fisheries Agency") == "organisation"
    assert names.get("Brevik Savings") == "organisation"


def test_a_body_named_with_other_languages_and_before_its_acronym_is_found_whole(build):
    reg = build("The book follows the Companhia Agrícola Terra e Mar (CATM), which bought the estates in 1901. "
                "The CATM paid the growers little, wrote Lidia Prazeres.\n")
    catm = reg.lookup("CATM")
    assert catm.found and catm.actor.name == "Companhia Agrícola Terra e Mar"


def test_a_demonym_before_an_agencys_authority_is_no_government(build):
    reg = build("The Belgian Data Protection Authority fined the company €2 million. The Belgian Data Protection "
                "Authority said the fine was final. The Palestinian Authority said it would appeal.\n")
    names = _names(reg)
    assert names.get("Belgian Data Protection Authority") == "organisation"


def test_a_salutation_and_a_nurses_letters_are_not_actors(build):
    reg = build("Dear Shareholders,\n\nDear Mr Okonkwo Abara, thank you for your letter. “We will not walk out,” said "
                "Tamsin Brell-Odu, RN, a ward nurse, and Okonkwo Abara agreed.\n")
    names = _names(reg)
    assert not {"Dear Shareholders", "Shareholders", "RN", "Dear Mr Okonkwo Abara"} & set(names)
    assert names.get("Okonkwo Abara") == "person"
    assert names.get("Tamsin Brell-Odu") == "person"


def test_a_union_local_keeps_its_number(build):
    reg = build("The drivers are represented by the Harbour Transit Workers Union Local 1412, which says the strike "
                "will last a week. Local 1412 has 900 members.\n")
    local = reg.lookup("Harbour Transit Workers Union Local 1412")
    assert local.found and local.actor.name == "Harbour Transit Workers Union Local 1412"
    assert "Harbour Transit Workers Union Local" not in _names(reg)


def test_a_description_ending_in_a_lower_case_noun_is_no_name(build):
    reg = build("Councillor Ewan Dunmore of Comhairle Tir Mhor, the Lowland Isles council, said patients were stranded. "
                "The Lowland Isles council met on Monday, and the Communist party of Ruritania objected.\n")
    names = _names(reg)
    assert "Lowland Isles council" not in names
    assert names.get("Ewan Dunmore") == "person"


def test_a_local_government_named_as_one_that_acts_is_listed(build):
    reg = build("The City of Greater Tarrowby, which had pushed for the merger, welcomed the announcement on Monday. "
                "Nurses in Tarrowby were less sure.\n")
    names = _names(reg)
    assert names.get("City of Greater Tarrowby") == "state or government"


def test_a_saints_or_founders_possessive_inside_a_hospitals_or_agencys_name_stays(build):
    reg = build("St Brannoc’s Hospital will merge with the public Tarrow Bay Hospital, the health department said. "
                "St Brannoc’s Hospital has closed a ward twice. Keller’s Ratings affirmed the bank’s grade, and "
                "Keller’s Ratings said the outlook was stable. Ostrava’s Brennix app was updated.\n")
    names = _names(reg)
    assert "St Brannoc’s Hospital" in names and "St Brannoc" not in names
    assert "Keller’s Ratings" in names and "Keller" not in names
    assert "Ostrava’s Brennix" not in names


def test_a_bodys_name_with_and_in_its_remit_is_not_split_but_two_bodies_are(build):
    reg = build("We sell all our output to Vela Power and Water Procurement Company, the single buyer. Vela Power and "
                "Water Procurement Company paid on time. The United Nations and African Union condemned the coup.\n")
    names = _names(reg)
    assert "Vela Power and Water Procurement Company" in names
    assert not {"Vela Power", "Water Procurement Company"} & set(names)
    assert {"United Nations", "African Union"} <= set(names)


def test_a_role_before_a_name_after_which_describes_the_person(build):
    reg = build("The council published the decision by which the reeve of Tarrowby, Mr Osk Lindgard, allocated the "
                "land to the developer. Residents said Lindgard had not consulted them.\n")
    found = reg.lookup("reeve Lindgard")
    assert found.found and found.actor.name == "Osk Lindgard"
    assert "reeve of Tarrowby" in found.actor.summary


def test_a_role_label_names_its_holder_and_a_post_is_no_actor(build):
    # A disciplinary panel's composition, as decisions and minutes list it: the recogniser cuts the
    # chair's name short or calls the secretary an organisation, and takes the post before a name
    # for an actor of its own.
    reg = build("Composition of the Panel\nChair: Eka Mchedlidze, lawyer. Secretary: Nana Chkheidze.\n"
                "The club had since appointed a new Anti-Doping Compliance Officer, Mari Sepp, on 4 May. "
                "Mchedlidze said the club had cooperated.\n")
    names = _names(reg)
    assert names.get("Eka Mchedlidze") == "person" and names.get("Nana Chkheidze") == "person", names
    assert names.get("Mari Sepp") == "person"
    assert not {"Chair", "Secretary", "Anti-Doping Compliance Officer"} & set(names), names


def test_a_union_named_with_a_list_of_trades_and_its_acronym_is_one_actor(build):
    reg = build("The Salt, Oil and Allied Workers union, the SOAW, says the refinery should have warned staff. "
                "Union organiser Pita Havili said the SOAW would ask for talks.\n")
    names = _names(reg)
    assert names.get("Salt, Oil and Allied Workers") == "organisation", names
    assert not {"The Salt", "Salt", "Oil", "Allied Workers union"} & set(names), names
    assert reg.lookup("SOAW").actor.name == "Salt, Oil and Allied Workers"


def test_a_body_the_recogniser_misses_and_a_place_named_for_someone(build):
    # "the IKSA Good Play Commission" the recogniser does not see; "Fraser's Cove" it reads as a person
    # and a title, "Neil's Creek" as two people.
    reg = build("The Panel asked the IKSA Good Play Commission to run a full statistical review of her bouts. "
                "The IKSA Good Play Commission found on 9 June that the bouts showed nothing unusual.\n"
                "In Fraser's Cove, the ferry strike that started on June 9 is now in its second week. "
                "ANCHOR: In Neil's Creek, the fishing ban that began on October 21 has now run into a "
                "third week, Mayor Wendell Arkwright said.\n"
                "The Chilean Embassy in Lima was notified of the raid on 4 March.\n")
    names = _names(reg)
    assert "IKSA Good Play Commission" in names, names
    assert names.get("Chilean Embassy") == "organisation", names
    assert not {"Fraser", "Neil", "Cove", "Creek"} & set(names), names
    assert names.get("Wendell Arkwright") == "person"


def test_an_events_edition_is_no_actor(build):
    reg = build("The Baltic Women's Championship 2026 was played in Parnu. The Estonian Chess Federation said "
                "the Baltic Women's Championship 2026 drew 64 players, and its president, Mari Kask, thanked them.\n")
    names = _names(reg)
    assert not any("Championship" in name for name in names), names
    assert "Estonian Chess Federation" in names


def test_ships_are_vehicles_not_actors(build):
    # A ship's prefix ("MV", "RFNS", "HMS") makes what follows a vessel, here and wherever the text
    # names it without the prefix; the recogniser reads "Tui" after "RFNS" as a person.
    reg = build("The cargo ship MV Sea Lark ran aground near Tonga on Monday. The navy patrol vessel RFNS Tui "
                "arrived later, and HMS Dauntless stood by. The Pacific Marine Authority said the Sea Lark crew "
                "were safe. The Authority thanked the Tui crew.\n")
    names = _names(reg)
    assert not {"MV Sea Lark", "Sea Lark", "Tui", "RFNS Tui", "HMS Dauntless", "Dauntless"} & set(names), names
    assert names.get("Pacific Marine Authority") == "organisation"


def test_a_company_ends_at_its_legal_form_and_a_deputy_at_her_seat(build):
    # "… Pty Ltd of Adelaide": the company's home town; "Deputy … of St Bastien": her constituency, which
    # (like "Saint Brelade") is a parish, no actor.
    reg = build("4.3 Deputy Nadine Le Quesne of St Bastien of the Minister for Harbours regarding the slipway\n"
                "The barge was lifted on 9 June by Southern Tow Pty Ltd of Adelaide and taken to Apia. The "
                "slipway at Saint Brelade was cracked, Deputy Le Quesne told members.\n")
    names = _names(reg)
    assert names.get("Southern Tow Pty Ltd") == "organisation", names
    assert names.get("Nadine Le Quesne") == "person", names
    assert not {"St Bastien", "Saint Brelade"} & set(names), names


def test_spanish_and_portuguese_honorifics_are_no_names(build):
    reg = build("The committee, chaired by Ing. Pablo Ruiz Sosa, met on Monday. Ing. Ruiz said prices rose. The "
                "president, Sra. Ana Lucía Mena, agreed, and Dra. Elena Vidal signed.\n")
    names = _names(reg)
    assert names.get("Ana Lucía Mena") == "person", names
    assert names.get("Elena Vidal") == "person", names
    assert not {"Ing", "Sra", "Dra", "Lucía Mena"} & set(names), names


def test_former_names_with_two_legal_forms_or_a_year_before_them(build):
    reg = build("The respondent, Daejin Precision Co., Ltd. (Daejin), based in Ulsan and formerly named Ulsan "
                "Gigong Co., Ltd., supplied the press. Daejin won the appeal. The barge is owned by Southern Cross "
                "Towage Limited of Apia, which until 2017 traded as Samoa Harbour Tugs. Southern Cross Towage "
                "declined to comment.\n")
    names = _names(reg)
    assert not {"Ulsan Gigong Co., Ltd.", "Samoa Harbour Tugs"} & set(names), names
    assert reg.lookup("Ulsan Gigong Co., Ltd.").actor.name == "Daejin Precision Co., Ltd."
    assert reg.lookup("Samoa Harbour Tugs").actor.name == "Southern Cross Towage Limited"


def test_an_initial_and_surname_is_the_full_name(build):
    reg = build("2.1 Deputy Mary Le Gros of the Minister for Transport regarding the harbour wall\n"
                "Deputy M. Le Gros:\nWill the Minister act?\nDeputy M. Le Gros:\nThank you.\n")
    names = _names(reg)
    assert names.get("Mary Le Gros") == "person", names
    assert "M. Le Gros" not in names, names


def test_long_institutional_names_stay_whole(build):
    # The recogniser leaves out a body's first word after a label's colon, labels a state's navy a place,
    # and "… Culture and Youth Service" was split at "and" ("service" is a state body's head noun).
    reg = build("Court: Environmental Claims High Court, Second Division (Presiding Judge KIM Doyun)\n"
                "The Republic of Benin Navy frigate docked at noon. In the Zou department, crews rebuilt the roof of a "
                "library, which the Regional Culture and Youth Service hopes to reopen in June.\n")
    names = _names(reg)
    assert "Environmental Claims High Court" in names, names
    assert names.get("Republic of Benin Navy") == "armed group or movement", names
    assert "Regional Culture and Youth Service" in names, names
    assert not {"Claims High Court", "Regional Culture", "Youth Service"} & set(names), names


def test_a_portfolio_listed_with_commas_is_one_body(build):
    # The recogniser cuts the name at its first comma: "Ministry of Police" + "Prisons and Fire Services".
    names = _names(build("Prison fire\nThe Ministry of Police, Prisons and Fire Services said on Friday that it "
                         "had acted. Inspectors from the ministry visited the prison.\n"))
    assert names.get("Ministry of Police, Prisons and Fire Services") == "organisation"
    assert not {"Ministry of Police", "Prisons and Fire Services", "Fire Services"} & set(names)


def test_a_body_owned_by_another_body_is_named_without_its_owner(build):
    names = _names(build("Border closed\nSenegal closed its border, and the Pacific Union's Health and Safety "
                         "Council called for an inquiry. The Pacific Union has sent a team.\n"))
    assert "Health and Safety Council" in names and "Pacific Union" in names
    assert not any("’s" in n or "'s" in n for n in names)


def test_a_ministry_of_a_republic_is_the_ministry_and_its_state(build):
    names = _names(build("Manuscript sale\nThe letter was sent to the Ministry of Culture and Heritage of the "
                         "Republic of Peru in June, and the ministry has not objected to the sale.\n"))
    assert names.get("Ministry of Culture and Heritage") == "organisation"
    assert not any("Republic" in n for n in names)


def test_a_body_named_for_a_region_keeps_the_region_its_short_name_spells(build):
    reg = build("Border team\nThe Organization for Trade and Co-operation in Africa (OTCA), which monitors the "
                "border, said its team had met both sides. The OTCA will report in June.\n")
    lookup = reg.lookup("OTCA")
    assert lookup.found and lookup.actor.name == "Organization for Trade and Co-operation in Africa"


def test_a_company_named_for_its_state_and_a_body_opening_with_a_title_word_keep_their_first_word(build):
    names = _names(build("Harbour deal\nThe terminal will be run by the state-owned Peru Harbours Limited, the "
                         "minister said. \"Tariffs will hurt us,\" said Lucia Ferraro Dantas, an economist at the "
                         "Foreign Trade Association of Uruguay.\n"))
    assert names.get("Peru Harbours Limited") == "organisation"
    assert names.get("Foreign Trade Association of Uruguay") == "organisation"
    assert not {"Harbours Limited", "Trade Association of Uruguay"} & set(names)


def test_storms_citations_aircraft_and_person_only_titles(build):
    names = _names(build("Storm diary\nThe island was hit by Cyclone Marama on Sunday, and officials from the "
                         "Tonga Red Cross said a Royal Fiji Air Force Hercules would bring water. Cllr Pryce asked "
                         "for a meeting. Earlier studies of losses (Mokoena et al., 2021) found the same.\n"))
    assert "Cyclone Marama" not in names and "Marama" not in names
    assert names.get("Royal Fiji Air Force") == "armed group or movement"
    assert names.get("Pryce") == "person" and names.get("Mokoena") == "person"
    assert not {"Royal Fiji Air Force Hercules", "Cllr Pryce", "Mokoena et al"} & set(names)


def test_an_abbreviated_title_is_no_name_and_a_leading_apostrophe_is_the_names(build):
    names = _names(build("Wool prices\nPrime Minister Hon. Tēvita Fifita Vea has declared a state of emergency. "
                         "The study is by 'Malineo Mokhothu (a) and Rutger Visser (b).\n"
                         "Corresponding author: Dr. 'Malineo Mokhothu, Department of Economics, University of "
                         "Maseru\n"))
    assert names.get("Tēvita Fifita Vea") == "person" and "Hon" not in names
    assert names.get("'Malineo Mokhothu") == "person" and "Malineo Mokhothu" not in names


def test_the_signers_of_letters_on_a_letters_page_are_actors(build):
    # Each letter ends in its signature line, then the next letter's headline: the signature is no heading.
    names = _names(build("Harbour Gazette\nLetters\nShut the bypass\nSir, The county plan to shut the bypass is a "
                         "mistake.\nTraders in the town, as the chamber says, will lose custom.\nBronwen Tudur-Hughes, Secretary, Llanrhos "
                         "Traders Group\nThe cost is wrong\nSir, The figures in the plan do not add up.\nDr Emyr ap "
                         "Ifan, retired engineer, Abergele\nWe were not told\nSir, Nobody asked us.\nCeinwen "
                         "Morris-Pugh, Llanrhos\n"))
    assert {"Bronwen Tudur-Hughes", "Emyr ap Ifan", "Ceinwen Morris-Pugh"} <= {n for n, k in names.items()
                                                                             if k == "person"}


def test_a_body_is_named_without_the_town_it_stands_in(build):
    names = _names(build("Ward full\nA nurse at the Institute of Oncology in Chisinau said the ward was full. "
                         "The institute has asked for more beds.\n"))
    assert "Institute of Oncology" in names and "Institute of Oncology in Chisinau" not in names


def test_a_signature_line_names_its_signer_whole(build):
    # The recogniser misses a hyphenated name on its own line, and cuts a name at "ap" before post-nominal letters.
    names = _names(build("Harbour Gazette\nLetters\nShut the bypass\nSir, The county plan to shut the bypass is a "
                         "mistake.\nTraders will lose custom.\nCeinwen Morris-Pugh, Llanrhos\nKeep the ferry\nSir, The "
                         "ferry must stay.\nIestyn ap Rhydderch MS, Plaid Cymru\nCorrection\nWe misspelt a name last "
                         "week.\n"))
    assert {"Ceinwen Morris-Pugh", "Iestyn ap Rhydderch"} <= {n for n, k in names.items() if k == "person"}


def test_a_signers_post_and_town_are_no_actors(build):
    names = _names(build("Letters\nShut the bypass\nSir, The county plan to shut the bypass is a mistake.\nTraders "
                         "will lose custom.\nGwenno Rhys-Prosser, Chair of Governors, Ysgol Cwm Tawel\nKeep the ferry\n"
                         "Sir, The ferry must stay. Ysgol Cwm Tawel will lose pupils.\nDr Huw ap Gwilym, retired "
                         "headteacher, Llanddewi Brefi\nCorrection\nWe misspelt a name last week.\n"))
    assert names.get("Gwenno Rhys-Prosser") == "person" and names.get("Huw ap Gwilym") == "person"
    assert not {"Chair of Governors", "Llanddewi Brefi"} & set(names)


def test_newspapers_named_in_other_languages_are_media(build):
    names = _names(build("Press\nThe Lefkara Postası also covered it, and the Lefkara Postası said police were "
                         "present. Ziarul Nistru said its reporter was detained, Ziarul Nistru reported.\n"))
    assert names.get("Lefkara Postası") == names.get("Ziarul Nistru") == "media"


# eval/fresh17-18 lookups, registry 32

def test_an_acronym_known_by_in_another_language_is_the_bodys_short_name(build):
    reg = build("The National Union of Olive Growers of Portugal, known by its Portuguese acronym UNOP, blocked "
                "roads. UNOP said the protest would go on.\n")
    names = _names(reg)
    assert "UNOP" not in names
    assert reg.lookup("UNOP").actor.name == "National Union of Olive Growers of Portugal"


def test_a_long_title_before_a_name_is_the_title_not_the_name(build):
    reg = build("Briefing the Council on the report, Special Representative Lena Søgaard Osorio said the Mission had "
                "verified 14 violations. Søgaard Osorio said more would follow.\n"
                "Deputy Prime Minister for Reintegration Pavel Rusnac called the attack a provocation. Rusnac said "
                "the talks would go on.\n")
    lena = reg.lookup("Søgaard Osorio").actor
    assert lena.name == "Lena Søgaard Osorio" and "Special Representative" in lena.summary
    pavel = reg.lookup("Rusnac").actor
    assert pavel.name == "Pavel Rusnac" and pavel.kind == "person"
    assert "Deputy Prime Minister for Reintegration" in pavel.summary



def test_a_missions_name_keeps_the_places_it_works_in_before_its_short_name(build):
    reg = build("The European Union Police Advisory Mission to Albania and Kosovo (EUPAM) said it had sent monitors. "
                "EUPAM later confirmed it.\n"
                "The bloc has kept troops there since 2021, the SADC Standby Mission in Guinea-Bissau (SSMGB), whose "
                "400 troops guard the port. The SSMGB said order was restored.\n")
    assert reg.lookup("EUPAM").actor.name == "European Union Police Advisory Mission to Albania and Kosovo"
    assert reg.lookup("SSMGB").actor.name == "SADC Standby Mission in Guinea-Bissau"
    assert "Albania and Kosovo" not in _names(reg)



def test_a_former_name_of_partners_with_a_comma_and_an_ampersand_is_whole(build):
    reg = build("Harwick & Vane, founded in Leeds in 1802 and known until 1987 as Harwick, Vane & Doyle, is an "
                "auction house. Harwick & Vane said the sale set a record.\n")
    assert reg.lookup("Harwick, Vane & Doyle").actor.name == "Harwick & Vane"


# eval/fresh20, registry 33

def test_a_burmese_honorific_is_the_title_not_part_of_the_name(build):
    reg = build("Soldiers shot U Kyaw Zin Htet, a farmer, near the ferry. Daw Nilar Aye Myint, a nurse, was detained "
                "at the clinic. Ko Thura Naing said the patrol had left. Kyaw Zin Htet was 58.\n"
                "Ma Ying-jeou said so.\n")
    names = _names(reg)
    assert {"Kyaw Zin Htet", "Nilar Aye Myint", "Thura Naing"} <= set(names)
    assert not any(n.startswith(("U ", "Daw ", "Ko ")) for n in names)
    assert names["Kyaw Zin Htet"] == "person"
    assert reg.lookup("U Kyaw Zin Htet").actor.name == "Kyaw Zin Htet"
    assert "Ma Ying-jeou" in names  # a surname "Ma" before a one-word given name stays


def test_a_capital_standing_for_its_state_is_the_state_in_any_spelling(build):
    reg = build("Guyana has asked the court to rule on the border. Georgetown should put its trust in the judges, the "
                "paper said.\n"
                "Myanmar has shut its embassy. Naypyitaw denied the reports, and Nay Pyi Taw later blamed the "
                "rebels.\n")
    names = _names(reg)
    assert "Georgetown" not in names and "Naypyitaw" not in names and "Nay Pyi Taw" not in names
    assert reg.lookup("Georgetown").actor.name == "Guyana"
    assert reg.lookup("Naypyitaw").actor.name == "Myanmar" and names["Myanmar"] == "state or government"


def test_a_nickname_in_quotes_is_another_name_of_the_person(build):
    reg = build("The strongest gang is Baz Pye, led by Wilner Casseus, known as “Ti Roro”. The battalion is led by "
                "Aung Kyaw Min, who fights under the name “Bo Thet Lwin”. Bo Thet Lwin later said his fighters had "
                "seized rifles. Ti Roro denied it.\n")
    names = _names(reg)
    assert "Ti Roro" not in names and "Roro" not in names and "Bo Thet Lwin" not in names
    assert reg.lookup("Ti Roro").actor.name == "Wilner Casseus"
    assert reg.lookup("Bo Thet Lwin").actor.name == "Aung Kyaw Min"


def test_a_rank_word_before_a_title_is_part_of_the_title(build):
    reg = build("The force's chief, Provincial Commissioner Jean-Paul Mbarga, assured the committee that his officers "
                "would guard the airport. The District Court acquitted the driver. Mbarga retired in June.\n")
    names = _names(reg)
    assert "Jean-Paul Mbarga" in names and "District Court" in names
    assert not any(n.startswith("Provincial") for n in names)
    assert "Provincial Commissioner" in reg.lookup("Mbarga").actor.summary


def test_a_bodys_remit_listed_with_commas_and_a_legal_form_after_a_comma_stay_in_the_name(build):
    reg = build("Fake labels were traced by the Kenyan Bureau of Fuel, Tobacco, Pesticides and Fertilisers to traders "
                "in Nakuru. The quarry is operated by Kwanza Pedreiras, Lda, a regional affiliate. Ribeira Cerâmicas, "
                "S.A. rejected the claim.\n")
    names = _names(reg)
    assert "Kenyan Bureau of Fuel, Tobacco, Pesticides and Fertilisers" in names
    assert names.get("Kwanza Pedreiras, Lda") == "organisation" and "Lda" not in names
    assert names.get("Ribeira Cerâmicas, S.A.") == "organisation" and "S.A." not in names


def test_an_armed_group_told_by_an_apposed_noun_an_insurgency_or_a_name_it_calls_itself(build):
    reg = build("Since 2019 the district has endured an insurgency led by Wahda Ma'awisi Jamaa (WMJ), known locally "
                "as “al-Shuhub”, which swore loyalty to an overseas network. WMJ burned a market.\n"
                "Farmers have set up a self-defence group calling itself Kikundi Linda Bonde (KLB). KLB guards the "
                "fields after dark.\n"
                "Troops were led to the hamlet by fighters of a pro-army militia, the Dhal Watan, which herders "
                "blamed for the looting. The Dhal Watan rejects the claim.\n")
    names = _names(reg)
    for group in ("Wahda Ma'awisi Jamaa", "Kikundi Linda Bonde", "Dhal Watan"):
        assert names.get(group) == "armed group or movement", group
    # "a group calling itself X" alone is as likely a hacking crew as a militia.
    crew = _names(build("On 14 August a group calling itself Krypnet said it had breached the brewery's payroll "
                        "system and demanded payment. Krypnet leaked a sample of the records.\n"))
    assert crew.get("Krypnet") != "armed group or movement"
    assert "al-Shuhub" not in names and reg.lookup("al-Shuhub").actor.name == "Wahda Ma'awisi Jamaa"


def test_a_former_name_given_until_an_event_in_a_year_is_an_alias(build):
    reg = build("Tarvo Minerals plc, known until its listing on the exchange in June 2023 as Ruvuma Carbon Holdings "
                "Ltd, owns the mine. Tarvo Minerals said output rose.\n")
    names = _names(reg)
    assert "Ruvuma Carbon Holdings Ltd" not in names
    assert reg.lookup("Ruvuma Carbon Holdings Ltd").actor.name == "Tarvo Minerals plc"


def test_a_panel_of_experts_keeps_the_state_it_reports_on_in_its_name(build):
    reg = build("Annual update from the Panel of Experts on Yemen sent under resolution 3051. The Panel said the "
                "smuggling had spread. The Security Council renewed sanctions on Syria.\n")
    names = _names(reg)
    assert names.get("Panel of Experts on Yemen") == "organisation" and "Panel of Experts" not in names
    assert names.get("Syria") == "state or government" and "Security Council on Syria" not in names


def test_a_courts_division_and_registry_and_a_currency_code_are_no_actors(build):
    reg = build("Appeal against a judgment of the High Court of Bosnia and Herzegovina, Family Division, Tuzla "
                "Registry (Civil Cause No. 14 of 2022). The High Court granted KM 60 million, of which KM 8 million "
                "was interest.\n")
    names = _names(reg)
    assert not {"Family Division", "Tuzla Registry", "KM"} & set(names)
    assert "High Court" not in names and reg.lookup("High Court").actor.name == "High Court of Bosnia and Herzegovina"


def test_a_township_is_a_place(build):
    reg = build("Soldiers burned 40 houses in Sabaingon village, Letyetma township, in March. No food lorries reached "
                "Letyetma for weeks. The Mercy Relief Fund moved 58 families.\n")
    assert "Letyetma" not in _names(reg)


def test_a_newspaper_by_the_last_word_of_its_name_and_a_senior_rank(build):
    reg = build("The respondent, Ana Phiri, is a reporter with the Lakeshore Valley Courier, a weekly newspaper. In "
                "May 2024 the Courier published her report on the army. Senior Superintendent Moses Banda ordered her "
                "arrest. Banda declined to comment.\n")
    names = _names(reg)
    assert "Courier" not in names and reg.lookup("Courier").actor.name == "Lakeshore Valley Courier"
    assert "Moses Banda" in names and "Senior Superintendent" in reg.lookup("Banda").actor.summary


def test_the_next_lettered_heading_read_as_a_sentence_is_no_person(build):
    reg = build("Final report of the Panel on the valley\n\nA. Overview\n\n38. The Valley Brigade controls the road, "
                "the Panel found. The Valley Brigade denied it.\n\nB. Recommendations (excerpt)\n\n39. The Panel "
                "recommends that the Committee designate the leaders of the Valley Brigade.\n")
    names = _names(reg)
    assert "B. Recommendations" not in names and "Valley Brigade" in names


def test_a_military_command_is_an_armed_body_and_its_zone_a_place(build):
    reg = build("The brigadier, who leads the troops in what they call the Upper Lakes Security Zone, told reporters "
                "his soldiers had held their fire. The Australian Northern Command already drills with the navy.\n")
    names = _names(reg)
    assert names.get("Australian Northern Command") == "armed group or movement"
    assert "Upper Lakes Security Zone" not in names


def test_what_a_columnist_writes_for_is_the_press(build):
    reg = build("Ana Ruiz is a lawyer in Georgetown. She writes a weekly column for the Lantern.\n")
    assert _names(reg).get("Lantern") == "media"


# eval/fresh21, registry 34

def test_ranks_of_several_words_and_a_rank_before_a_surname_make_a_person(build):
    reg = build("At the hearing Counsellor Ama Koroma appeared for the two drivers. Staff Sergeant Tobias Wreh was "
                "charged with theft. Private First Class Peter Doe was cleared. Corporal Musa Kanneh was convicted of "
                "assault. Corporal Kanneh struck the driver twice. Kanneh said in evidence that he had acted in fear.\n")
    names = _names(reg)
    assert {"Ama Koroma", "Tobias Wreh", "Peter Doe", "Musa Kanneh"} <= set(names)
    assert names["Musa Kanneh"] == "person" and "Kanneh" not in names and "Corporal Kanneh" not in names
    assert not {"Private First", "Counsellor Ama Koroma", "Staff Sergeant Tobias Wreh"} & set(names)
    assert reg.lookup("Corporal Kanneh").actor.name == "Musa Kanneh"


def test_a_titled_signer_in_a_list_line_is_a_person(build):
    reg = build("Two men were detained in Westmoor on Tuesday.\n\nIssued by: Deputy Superintendent Lindiwe Dube, Media "
                "Liaison Officer, Kingdom Police Service, Port Selby.\n")
    names = _names(reg)
    assert names.get("Lindiwe Dube") == "person"
    assert "Deputy Superintendent Lindiwe Dube" not in names


def test_a_body_of_a_body_named_by_its_short_name_or_its_house_is_the_body(build):
    reg = build("The Coastal Police Force (CPF) opened an inquiry. The CPF's Media Relations Unit said both constables "
                "stayed on duty. The auditors ask the Senate's Public Finance Committee to review the lapses. The Public "
                "Expenditure Committee of the National Assembly will debate the audit in March.\n")
    names = _names(reg)
    assert {"Media Relations Unit", "Public Finance Committee", "Public Expenditure Committee"} <= set(names)
    assert not {"CPF's Media Relations Unit", "Senate's Public Finance Committee",
                "Public Expenditure Committee of the National Assembly"} & set(names)


def test_the_state_of_a_state_a_numbered_court_and_an_ordinal_brigade(build):
    reg = build("The Commission urged the State of Honduras to guarantee the safety of the journalist. Honduras did not "
                "answer.\n\nThis note records the verdict of Military Tribunal No. 4 of 2026. The two soldiers belonged "
                "to the 4th Rifle Battalion of the 31st Infantry Brigade near the border.\n")
    names = _names(reg)
    assert names.get("Honduras") == "state or government" and "State of Honduras" not in names
    assert reg.lookup("State of Honduras").actor.name == "Honduras"
    assert "Military Tribunal No. 4 of 2026" in names and "Military Tribunal No" not in names
    assert "31st Infantry Brigade" in names and "Infantry Brigade" not in names


def test_a_post_before_its_holder_is_the_holders_title(build):
    reg = build('National Superintendent of Police Sipho Mavuso said: "The escapees will be found." Mavuso praised the '
                'wardens.\n')
    names = _names(reg)
    assert names.get("Sipho Mavuso") == "person" and "National Superintendent of Police" not in names
    reg = build("The men were recaptured on Friday. The National Commander thanked the army and the public.\n")
    assert "National" not in _names(reg)


def test_a_quoted_name_known_in_a_place_and_a_subjects_former_name_are_aliases(build):
    reg = build("Paul Weah sold 400 rounds to a trader working for the Front des Combattants du Nord (FCN), an armed "
                "group active north of the lake. The FCN, known in Westmoor as \"the Lake Boys\", was formerly called "
                "the Brigade d'Autodefense de Korvo. Weah denied it.\n")
    names = _names(reg)
    assert "Brigade d'Autodefense de Korvo" not in names
    assert reg.lookup("lake boys").actor.name == "Front des Combattants du Nord"
    assert reg.lookup("Brigade d'Autodefense de Korvo").actor.name == "Front des Combattants du Nord"


def test_a_role_label_with_an_honour_and_kinds_told_by_a_names_last_word(build):
    reg = build("Parish Court, Port Selby\nInquest into the death of Ana Grant\nCoroner: His Honour Mr Colin "
                "Ellis-Barton. Delivered 12 May 2026\nIntroduction\nThe Harbour Chronicle covered the shooting. The "
                "gang broke away from the Hilltop Posse last year. The Riverside Democratic Congress (RDC) said the "
                "detainee had been beaten.\n")
    names = _names(reg)
    assert names.get("Colin Ellis-Barton") == "person"
    assert reg.lookup("Coroner Ellis-Barton").actor.name == "Colin Ellis-Barton"
    assert names.get("Harbour Chronicle") == "media"
    assert names.get("Hilltop Posse") == "armed group or movement"
    assert names.get("Riverside Democratic Congress") == "political party or bloc"


# eval/fresh22, registry 35

def test_an_honour_before_a_name_is_no_part_of_it(build):
    reg = build("Honourable Brima Joe Kallon, who sat for the Ruritanian People's Congress (RPC), died in May. Maître "
                "Odile Mbeng, of the Valdora Bar, asked for bail.\n")
    names = _names(reg)
    assert names.get("Brima Joe Kallon") == "person" and names.get("Odile Mbeng") == "person"
    assert not {"Honourable Brima Joe Kallon", "Joe Kallon", "Maître Odile Mbeng"} & set(names)


def test_a_kinds_noun_before_a_name_and_a_name_called_until_a_merger(build):
    reg = build("Ms Ana Kobe, the treasurer of the opposition party Alliance for Valdoran Progress (AVP), was detained. "
                "The AVP, which was called the League for Civic Change until 2024, denied it.\n")
    names = _names(reg)
    assert names.get("Alliance for Valdoran Progress") == "political party or bloc"
    assert "League for Civic Change" not in names
    assert reg.lookup("League for Civic Change").actor.name == "Alliance for Valdoran Progress"


def test_a_states_formal_name_is_the_state(build):
    reg = build("The pact signed by the Union of Myanmar and the Valdor Liberation Front held. Myanmar denied it.\n")
    names = _names(reg)
    assert names.get("Myanmar") == "state or government" and "Union of Myanmar" not in names
    assert reg.lookup("Union of Myanmar").actor.name == "Myanmar"


def test_a_hyphened_title_is_cut_whole_or_not_at_all(build):
    reg = build("The Board wrote to the Inspector-General of Customs for officers. Inspector-General Moses Kallon "
                "said the officers would come. Kallon spoke on Monday.\n")
    names = _names(reg)
    assert names.get("Moses Kallon") == "person"
    assert not [name for name in names if name.startswith("-") or "General of" in name]


def test_a_mission_keeps_the_state_it_is_posted_to_and_a_cooperative_its_town(build):
    reg = build("The clinic was built with money from the Delegation of the Nordic Council to Kenya. A buyer allied "
                "with the Dairy Farmers' Cooperative of Tresvale bid 19 million.\n")
    names = _names(reg)
    assert "Delegation of the Nordic Council to Kenya" in names and "Delegation of the Nordic Council" not in names
    assert "Dairy Farmers' Cooperative of Tresvale" in names and "Dairy Farmers' Cooperative" not in names


def test_kinds_told_by_an_agencys_remit_a_peoples_congress_a_ruling_party_and_a_weekly(build):
    reg = build("The Customs Administration seized the cargo. The ruling Covenant for the Rebirth of Tonga (CRT) "
                "blamed the Ruritanian People's Congress (RPC). Mr Ali Mensah, the owner of the "
                "weekly La Gazette du Lac, was arrested. The newspaper was closed.\n")
    names = _names(reg)
    assert names.get("Customs Administration") == "organisation"
    assert names.get("Covenant for the Rebirth of Tonga") == "political party or bloc"
    assert names.get("Ruritanian People's Congress") == "political party or bloc"
    assert names.get("La Gazette du Lac") == "media"


def test_a_person_nicknamed_after_a_state_and_a_muftis_title(build):
    reg = build("The third accused, Mr Goran Lazić, known as “Peru”, was absent. Lazić is ill. The Mufti of Valdora, "
                "Sheikh Omar Farouk, met the envoy.\n")
    names = _names(reg)
    assert names.get("Goran Lazić") == "person" and "Mufti" not in names


def test_a_signature_block_after_a_closing_names_its_signers(build):
    reg = build("The Board asks the Government to reply within 60 days.\nYours faithfully,\nLena Hovland-Mbeki\n"
                "Deputy Head of the Panel on Water\nKofi Mensah Owusu\nSpecial Envoy on rivers\n"
                "Astrid Berg Lunde\nMember of the Panel on Water\n")
    names = _names(reg)
    assert {"Lena Hovland-Mbeki", "Kofi Mensah Owusu", "Astrid Berg Lunde"} <= set(names)
    assert "Astrid Berg" not in names
    reg = build("An appeal lies to the Supreme Court within ten days.\nSigned on behalf of the Board:\n"
                "Dr Amina Koroma-Turay\nRegistrar of the Board\n")
    assert _names(reg).get("Amina Koroma-Turay") == "person"


def test_a_first_name_between_a_title_and_the_surnames(build):
    reg = build("The panel, with Colonel Ivan Rakić and Colonel Ana Kovač Lukić as members, heard the case.\n")
    names = _names(reg)
    assert names.get("Ana Kovač Lukić") == "person" and "Kovač Lukić" not in names



def _found(reg, query):
    return reg.lookup(query).actor.name if reg.lookup(query).actor else None


def test_a_quoted_nickname_after_a_description_or_a_phrase_of_where_it_is_used(build):
    reg = build("Until last spring the board was led by Mr Henrik Solberg Aasen, known in the fishing trade as “the Duke "
                "of Tromsø”. Aasen stepped down in April.\n"
                "Two reporters spent nine days in a cell run by the Directorate of Naval Security (DNS), known as "
                "“Cell 9”, before a judge freed them.\n"
                "Families said clerks at the Unidad de Pesquisas Rurales, the rural detective unit known as \"La "
                "Bodega\" after a former warehouse, refused to say where he was.\n")
    assert _found(reg, "the duke of tromso") == "Henrik Solberg Aasen"
    assert _found(reg, "cell 9") == "Directorate of Naval Security"
    assert _found(reg, "la bodega") == "Unidad de Pesquisas Rurales"


def test_a_nickname_or_former_name_of_a_body_the_sentence_names_by_its_noun(build):
    reg = build("Officers raided a bar tied to the Quarry Lane Boys, a gang that residents blame for most robberies in "
                "the district. The gang, known around the market as \"the Stonemen\", broke away from an older crew "
                "in 2023.\n")
    assert _found(reg, "the stonemen") == "Quarry Lane Boys"
    # "The Front" of a front named two sentences before, with a former name and a nickname
    reg = build("Talks in Mutsamudu on 4 June between the Union of Rivaria and the Highland Resistance Front ended "
                "without a deal.\nThe governor blamed the Front for the delay. The Front, which was known until 2024 "
                "as the Council for the Rights of the Highland Valleys, and which farmers call simply “the Conseil”, "
                "rejected the charge on 9 June.\n")
    assert _found(reg, "the conseil") == "Highland Resistance Front"
    assert _found(reg, "council for the rights of the highland valleys") == "Highland Resistance Front"
    assert "Council for the Rights" not in _names(reg)


def test_a_former_name_after_a_description_holding_a_place_is_not_the_places(build):
    reg = build("The Bureau for Trial Fairness, a Durrës-based watchdog known until 2021 as the Court Watch Durrës, has "
                "followed the case from its start.\n")
    assert _found(reg, "court watch durres") == "Bureau for Trial Fairness"


def test_a_nickname_who_gives_a_clause_after_the_name_is_the_persons(build):
    reg = build("Detectives want to question Sefo Tuimavave, 41, from Vaitele, who is said to run the cells and who "
                "goes by the alias \"Captain Matagi\". Tuimavave is thought to be abroad.\n")
    assert _found(reg, "captain matagi") == "Sefo Tuimavave"
    assert "Matagi" not in _names(reg)


def test_a_surname_alone_is_the_person_the_recogniser_once_took_for_a_body(build):
    reg = build("Officers are searching for Mthunzi Khumalwane, 41, of Mhlume, who is accused of leading the cells. "
                "Khumalwane may have left the country. Anyone who sees Khumalwane should call the station.\n")
    assert _names(reg).get("Mthunzi Khumalwane") == "person" and "Khumalwane" not in _names(reg)
    assert _found(reg, "khumalwane") == "Mthunzi Khumalwane"


def test_given_names_the_recogniser_left_out_and_names_opening_with_an_accented_capital(build):
    reg = build("The Chief Prosecutor of the Republic, Wilmer Adalberto Choto Menjívar, said at a press conference "
                "that the inquiry would go on. Judge Rosa Imelda Funes Guardado, who chaired the electoral court "
                "until 2022, said the law was too weak. Delegates met the envoy of the Union Progressiste "
                "Calédonienne (UPC), Mr Étienne Kaloï. Investigators named Osvaldo Pineda, alias \"el Gato Pineda\", "
                "as the cell's treasurer.\n")
    names = _names(reg)
    assert {"Wilmer Adalberto Choto Menjívar", "Rosa Imelda Funes Guardado", "Étienne Kaloï"} <= set(names)
    assert not {"Choto Menjívar", "Rosa Imelda", "Funes Guardado"} & set(names)
    assert _found(reg, "el gato pineda") == "Osvaldo Pineda"
    # the end of a post's name and a plural title are no given names
    reg = build("Bench: Justice of Appeal Tamanda Chisale-Banda, Justice of Appeal Kondwani Mhango-Phiri. Signed on 3 "
                "May by Commissioners Lucía Barrios Ortega and Pedro Alves.\n")
    assert not [name for name in _names(reg) if {"Appeal", "Commissioners"} & set(name.split())]


def test_a_priest_and_a_dona_are_titles(build):
    reg = build("At the chapel in Santa Rita, Father Eusebio Martínez Lagos keeps a register of every family that "
                "left. Doña Aurelia Campos Ibarra, a seamstress in the town square, packed one suitcase. Doña Aurelia "
                "says she misses her goats.\n")
    assert {"Eusebio Martínez Lagos", "Aurelia Campos Ibarra"} <= set(_names(reg))
    assert _found(reg, "father eusebio martinez") == "Eusebio Martínez Lagos"
    assert _found(reg, "doña aurelia") == "Aurelia Campos Ibarra"


def test_a_post_of_a_body_is_the_body_and_a_hyphened_rank_or_doctor_is_a_title(build):
    reg = build("The Heads of the Andean River Commission (ARC) gathered in Cusco on 2 March 2024. They thanked the "
                "Director General of the Southern Ports Council Secretariat (SPCS) for attending. Our thanks go to "
                "Brigadier-General Joaquín Ledesma Ruiz, head of the Coast Guard, and Doctor Ernestina Paz Villalba, "
                "Governor of Tarija.\n")
    names = _names(reg)
    assert {"Andean River Commission", "Southern Ports Council Secretariat", "Joaquín Ledesma Ruiz",
            "Ernestina Paz Villalba"} <= set(names)
    assert names["Joaquín Ledesma Ruiz"] == "person"
    assert _found(reg, "ARC") == "Andean River Commission" and _found(reg, "ledesma") == "Joaquín Ledesma Ruiz"


def test_a_bodys_own_language_name_with_a_joiner_and_its_acronym_in_brackets_are_aliases(build):
    reg = build("Parties must file audited accounts with the National Elections Board (Junta Nacional de Elecciones, "
                "JNE). On 3 May the JNE referred the file to prosecutors.\n")
    assert len(reg.list()) == 1 and _found(reg, "JNE") == _found(reg, "national elections board") is not None


def test_a_patronymic_particle_a_hyphen_joined_particle_and_an_advocates_title_keep_a_name_whole(build):
    reg = build("The cell's chief goes by the name Salem Ould Sidi Baba and runs the smuggling routes. Ould Sidi Baba "
                "once ran a transport firm. Tanzeem-e-Sarhad (TeS), a small militant outfit, said it planted the bomb, "
                "and the TeS later denied it. Advocate Noor Qadri-Bhat, who acts for the family, said the order was "
                "void.\n")
    names = _names(reg)
    assert {"Salem Ould Sidi Baba", "Tanzeem-e-Sarhad", "Noor Qadri-Bhat"} <= set(names)
    assert not {"Ould Sidi Baba", "TeS", "Advocate Noor Qadri-Bhat"} & set(names)
    assert _found(reg, "salem ould sidi baba") == _found(reg, "Ould Sidi Baba") == "Salem Ould Sidi Baba"
    assert _found(reg, "TeS") == "Tanzeem-e-Sarhad"
    assert names["Tanzeem-e-Sarhad"] == "armed group or movement"  # "a militant outfit"
    assert _found(reg, "noor qadri bhat") == "Noor Qadri-Bhat"


def test_an_acronym_in_another_languages_order_or_hyphened_goes_with_the_whole_name(build):
    reg = build("Observers from the African Union Mission for the Ceasefire in Eastern Corvania (MUACEC) said the "
                "roads were open. MUACEC flew in two monitors. The Ports Council Inspection, Survey and Licensing "
                "Board (PC-ISLB) was to check the cranes. The PC-ISLB will sit again in October.\n")
    mission = "African Union Mission for the Ceasefire in Eastern Corvania"
    board = "Ports Council Inspection, Survey and Licensing Board"
    assert _found(reg, "muacec") == mission and _found(reg, "PC-ISLB") == board
    assert not {"Eastern Corvania", "Ports Council Inspection", "Survey"} & set(_names(reg))


def test_a_name_a_group_called_itself_or_was_known_by_to_the_army_is_a_former_name(build):
    reg = build("Jabhat Nur Kusini (JNK), a militant cell, said it laid the mine. The cell, which called itself the "
                "Kusini Lions before its founders quarrelled, has struck three times since. The Varo Hills Brigade "
                "(VHB), an armed group founded in 2019 that until 2023 called itself the Varo Defence Circles, "
                "rejected the claim. The army accuses the Pelo Free Sons (PFS), a loose band of young raiders. The "
                "band was previously known to the army as the Misty Creek Crew. The newest faction on the coast is "
                "the Sarn Liberation Front (SLF), which split from the Ndaba Movement in 2005 and was known until "
                "2012 as the Sarn Column.\n")
    assert _found(reg, "Kusini Lions") == "Jabhat Nur Kusini"
    assert _found(reg, "Varo Defence Circles") == "Varo Hills Brigade"
    assert _found(reg, "Misty Creek Crew") == "Pelo Free Sons"
    assert _found(reg, "sarn column") == "Sarn Liberation Front"
    assert not {"Kusini Lions", "Varo Defence Circles", "Misty Creek Crew", "Sarn Column"} & set(_names(reg))


def test_names_listed_after_the_one_before_are_no_other_names_of_it(build):
    reg = build("Officials say the Frente Andino del Sur (FAS) killed nine. The FAS says it has about 900 fighters. "
                "A monitoring board, on which the Government, the FAS, the Red Cross and the Lutheran Church sit, has "
                "met once. Gavi, the Vaccine Alliance, said it would help.\n")
    assert _found(reg, "FAS") == "Frente Andino del Sur"
    assert _found(reg, "Gavi") == _found(reg, "Vaccine Alliance") is not None


def test_a_ministers_post_after_the_name_a_secretary_of_states_portfolio_and_a_members_seat_are_no_actors(build):
    reg = build("To ask the Secretary of State for Trade, Industry and Coastal Affairs, what steps his Department has "
                "taken on the ferry closures.\n\nAnswered by Jonas Vell-Marrow, Minister for the Andes and Southern "
                "Cone, on 3 May 2026\n\nWe are aware of the reports.\n\nAsked by Mr Ewan Tolliver (Ripley and "
                "Thornbury)\n\nMr Tolliver also asked about the camps.\n")
    names = _names(reg)
    assert names.get("Jonas Vell-Marrow") == names.get("Ewan Tolliver") == "person"
    assert not [name for name in names if name.startswith("State") or {"Cone", "Affairs", "Thornbury"} & set(name.split())]
    assert _found(reg, "Ripley") is None  # a member's seat, no other name of theirs


def test_a_name_the_subject_was_known_as_until_a_year_is_its_former_name(build):
    reg = build("The Harbour Nurses Alliance called the strike on Monday. The Harbour Nurses Alliance was known as the "
                "Westshore Care Workers’ Guild until 2020, when it joined a national union.\n")
    assert _found(reg, "Westshore Care Workers Guild") == "Harbour Nurses Alliance"
    assert "Westshore Care Workers’ Guild" not in _names(reg)


def test_an_english_name_after_the_short_form_and_names_people_call_or_remember_a_body_by_are_its_other_names(build):
    reg = build("Narodni Savez Juga (NSJ), the People's Alliance of the South, which has two mayors, called a boycott. "
                "The NSJ said so. Rêkxistinî Geşe, which in English we call the Growth Movement, opened an office. The "
                "Harbour Workers Front, which many voters still remember as the Dockers' Committee, won two seats. The "
                "TRG was founded in 2016 under the name Tarvi Farmers Patrol and took its present name in 2022.\n")
    assert _found(reg, "People's Alliance of the South") == _found(reg, "NSJ") == "Narodni Savez Juga"
    assert _found(reg, "growth movement") == "Rêkxistinî Geşe"
    assert _found(reg, "Dockers Committee") == "Harbour Workers Front"
    assert _found(reg, "Tarvi Farmers Patrol") == "TRG"
    assert not {"People's Alliance of the South", "Growth Movement", "Dockers' Committee"} & set(_names(reg))


def test_a_given_name_after_an_abbreviated_title_kurdish_and_french_titles_and_a_nom_de_guerre(build):
    reg = build("The Minister for Coastal Works, Hon. Marisol Tane Ruka, said the fund would last a year. Ruka left "
                "early. Rufus Tamara Wenai, who is known in the hills by his nom de guerre \"Tavurai\", led the raid. "
                "Wenai left. Abbé Joseph Lokana Dhedda and Kak Aram Salih spoke too.\n")
    names = _names(reg)
    assert {"Marisol Tane Ruka", "Joseph Lokana Dhedda", "Aram Salih"} <= set(names)
    assert not [name for name in names if {"Works", "Abbé", "Kak"} & set(name.split())]
    assert _found(reg, "tavurai") == "Rufus Tamara Wenai"
    assert _found(reg, "marisol ruka") == "Marisol Tane Ruka"


def test_an_english_gloss_or_another_languages_name_in_brackets_or_after_or_is_another_name(build):
    reg = build("The Brigada Libertad del Norte (BLN, Northern Freedom Brigade) attacked a convoy on 2 May. The BLN "
                "denied it. The Harbour Defence Front (Tavrian: Fronti Mbrojtja e Portit, FMP) held the pier. The FMP "
                "said so. The Siyum Qalat Tarva (SQT), or Tarva Guardians Council, formerly known as the Tarva Watch, "
                "took the town. The SQT has 300 fighters. The Tarva Resistance Units (TBŞ) clashed with police. The TBŞ "
                "denied it.\n")
    assert _found(reg, "Northern Freedom Brigade") == _found(reg, "bln") == "Brigada Libertad del Norte"
    assert _found(reg, "fmp") == _found(reg, "Fronti Mbrojtja e Portit") == "Harbour Defence Front"
    assert _found(reg, "Tarva Guardians Council") == _found(reg, "sqt") == "Siyum Qalat Tarva"
    assert _found(reg, "tbs") == "Tarva Resistance Units"  # a short form in another language's capitals
    assert _names(reg)["Brigada Libertad del Norte"] == "armed group or movement"  # as its English name says
    assert not {"Northern Freedom Brigade", "Fronti Mbrojtja e Portit", "Tarva Guardians Council", "Tavrian",
                "TBŞ"} & set(_names(reg))


def test_a_nickname_after_a_number_of_followers_or_who_became_known_as_with_its_gloss(build):
    reg = build("A trader from Velmora, Ilsa Darnova, known to her 12,000 listeners as \"Radio Ilsa\", was detained. "
                "Darnova was freed. Their leader was Karem Ostadi, a former customs officer, who became known as "
                "\"Şahin Dağ\" (\"the Mountain Falcon\"). Ostadi fled.\n")
    assert _found(reg, "radio ilsa") == "Ilsa Darnova"
    assert _found(reg, "mountain falcon") == _found(reg, "sahin dag") == "Karem Ostadi"
    assert not {"Radio Ilsa", "Mountain Falcon"} & set(_names(reg))


def test_a_given_name_left_out_after_is(build):
    reg = build("The group is based in the hills. Its commander is Fabianus Tolla Rumi, who uses the nom de guerre "
                "\"Jenderal Kopi\". Rumi left.\n")
    assert _found(reg, "jenderal kopi") == _found(reg, "rumi") == "Fabianus Tolla Rumi"


def test_nicknames_in_brackets_after_called_after_is_known_and_after_a_verb_of_calling(build):
    reg = build("Our secretary, Mathilde Corvain (\"Ti-Mat\" among the dockers), collects the dues. The skipper "
                "Ezio Varmonte, called \"Zizì\", owns two boats. The treasurer, Anselmo Quirra Tupac, is known on the "
                "coast as \"El Manco\". Ilkin Sarvadi, whom most people in the port call \"Uncle Sal\", signed the "
                "petition. After the strike, dockers started calling Tsetsegmaa \"Khar Shonkhor\" (the \"Black "
                "Falcon\"); Dolgorsuren Tsetsegmaa was jailed. Petros Lagoudakis, known in the harbour as \"o Mavros\", "
                "ran the ferry. \"Mavros never paid,\" a neighbour said. Corvain, Varmonte, Tupac and Sarvadi "
                "spoke.\n")
    assert _found(reg, "ti-mat") == "Mathilde Corvain"
    assert _found(reg, "zizi") == "Ezio Varmonte"
    assert _found(reg, "el manco") == "Anselmo Quirra Tupac"
    assert _found(reg, "uncle sal") == "Ilkin Sarvadi"
    assert _found(reg, "khar shonkhor") == _found(reg, "black falcon") == "Dolgorsuren Tsetsegmaa"
    assert _found(reg, "mavros") == _found(reg, "o mavros") == "Petros Lagoudakis"
    assert not {"Ti-Mat", "Zizì", "El Manco", "Uncle Sal", "Khar Shonkhor", "Mavros"} & set(_names(reg))


def test_former_names_of_the_company_named_last_a_defined_term_and_a_name_people_will_remember(build):
    reg = build("Drilling rights were sold to Marrick Basin Copper Ltd. The company, which was named Selwyn Metals "
                "until 2017, has no staff on site. Haldane Paper Mills cut 80 jobs in June. The company, known until "
                "2015 as Brora Pulp Works, blames energy costs. Corrigan Wind plc (\"the Company\", known as Glen "
                "Orrin Energy Ltd until 2022) owns three turbines. The Millbrook Growers Guild wants lower tariffs. "
                "The Guild, which most of us will remember as the Valley Orchardists' Circle, wrote to the minister.\n")
    assert _found(reg, "selwyn metals") == "Marrick Basin Copper Ltd"  # (no full stop of the sentence in it)
    assert _found(reg, "brora pulp works") == "Haldane Paper Mills"
    assert _found(reg, "glen orrin energy") == "Corrigan Wind plc"
    assert _found(reg, "valley orchardists circle") == "Millbrook Growers Guild"
    assert not {"Selwyn Metals", "Brora Pulp Works", "Glen Orrin Energy Ltd"} & set(_names(reg))


def test_ranks_and_a_portfolio_before_a_hyphenated_given_name(build):
    reg = build("On the panel were Brigadier Tharindu Wijekoon of the Coast Bureau and Commodore Ishara Pelpola. "
                "Minister of Housing Marie-Hélène Dubreuil said on Monday that rents would be frozen. Dubreuil left. "
                "Wijekoon and Pelpola spoke.\n")
    names = _names(reg)
    assert {"Tharindu Wijekoon", "Ishara Pelpola", "Marie-Hélène Dubreuil"} <= set(names)
    assert _found(reg, "brigadier wijekoon") == "Tharindu Wijekoon"
    assert _found(reg, "commodore pelpola") == "Ishara Pelpola"
    assert _found(reg, "minister dubreuil") == "Marie-Hélène Dubreuil"


def test_bodies_named_by_themselves_before_a_relative_clause_or_in_a_french_lower_case_name(build):
    reg = build("A bus was stopped at a roadblock put up by Los Zancudos, a smuggling gang which the coast guard "
                "(CGV) says runs the crossing. A circle of widows who call themselves the Daughters of Vrontos (Kóres "
                "tou Vronta) pressed for the inquiry. The Daughters of Vrontos were founded in 2020 by Eleni Papadaki, "
                "a retired nurse. The regulator, the Régie des eaux, de l'assainissement et des forêts du littoral "
                "(REAFL), fined the firm. The REAFL said so. The Steppe Wells Movement (Mongolian: Тал Худаг, Tal "
                "Khudag; abbreviated TKh) blocked the road. Bremer Kraftstoffhandel GmbH (BKH), a fuel trader in "
                "Bremen, buys the diesel.\n")
    names = _names(reg)
    assert names.get("Los Zancudos") == "armed group or movement"
    assert _found(reg, "kores tou vronta") == "Daughters of Vrontos"
    assert names.get("Eleni Papadaki") == "person"  # "a retired nurse"
    assert _found(reg, "reafl") == "Régie des eaux, de l'assainissement et des forêts du littoral"
    assert _found(reg, "tkh") == _found(reg, "tal khudag") == "Steppe Wells Movement"
    assert names.get("Bremer Kraftstoffhandel GmbH") == "organisation"  # a trader with a legal form is a company


def test_a_body_in_brackets_after_a_person_is_whom_they_speak_for_not_another_name(build):
    reg = build("Marta Solvik (Eastgate Capital) asked about debt. Asked by Timur Aliyev (Steppe Invest) whether the "
                "tax would rise, the chief executive said no. Our member of parliament, Lucien Berthiaume (Union Avenir "
                "Nordique, Lac-Noir), came to the meeting. Solvik, Aliyev and Berthiaume left.\n")
    names = _names(reg)
    assert _found(reg, "eastgate capital") == "Eastgate Capital" and names["Eastgate Capital"] != "person"
    assert _found(reg, "steppe invest") == "Steppe Invest" and names["Steppe Invest"] != "person"
    assert _found(reg, "marta solvik") == "Marta Solvik" and _found(reg, "timur aliyev") == "Timur Aliyev"
    assert _found(reg, "lucien berthiaume") == "Lucien Berthiaume" and names["Lucien Berthiaume"] == "person"
    assert _found(reg, "avenir nordique") not in (None, "Lucien Berthiaume")


def test_a_transcripts_speaker_labels_in_capitals_are_people_and_their_outlets_bodies(build):
    reg = build("BRIEFING TRANSCRIPT\n\nANJALI PERERA, HARBOUR FM: When will the ferry run again?\n\nNIMAL DE ZOYSA, "
                "ISLAND SENTINEL: Who pays for the repairs?\n")
    names = _names(reg)
    assert names.get("ANJALI PERERA") == "person" and names.get("NIMAL DE ZOYSA") == "person"
    assert names.get("ISLAND SENTINEL") not in (None, "person") and names.get("HARBOUR FM") not in (None, "person")
    assert not [name for name in names if ":" in name]


def test_a_bodys_name_outweighs_a_description_of_a_person(build):
    reg = build("The Ministry of Coastal Affairs was a silent observer. Ilse Varga, a retired nurse, chaired the talks. "
                "Varga left.\n")
    names = _names(reg)
    assert names.get("Ministry of Coastal Affairs") == "organisation"
    assert names.get("Ilse Varga") == "person"


def test_a_bodys_name_its_acronym_spells_is_its_whole_name(build):
    # The long form before an acronym in brackets is the body's name, though its words hold another language's
    # joiners or a lower-case "mission", the recogniser found only a place inside it, or a post named it.
    reg = build("Fighters of Alliance Unie pour la Justice en Koma (AUJK) blocked the road to the mine on Monday. The "
                "AUJK said it would hold the road until wages were paid. The Director of Public Prosecutions (DPP) "
                "declined to charge the two guards. The DPP said the evidence was thin. The Kenyan-led Joint "
                "Stabilisation Support mission (JSS) withdrew its last patrol in May. The JSS said its mandate had "
                "ended.\n")
    names = _names(reg)
    assert _found(reg, "AUJK") == "Alliance Unie pour la Justice en Koma" and "Koma" not in names
    assert _found(reg, "dpp") == "Director of Public Prosecutions" and "Public Prosecutions" not in names
    assert _found(reg, "JSS") == "Joint Stabilisation Support mission"
    assert names["Joint Stabilisation Support mission"] == "organisation"


def test_where_a_body_is_based_and_a_congresswomans_title_are_no_part_of_their_names(build):
    reg = build("The Lagos-based Centre for Civic Education (CCE) criticised the plan. The CCE wants a new vote. The "
                "chair of the committee, Congresswoman Yolanda Quispe Mamani, closed the hearing. Quispe said the "
                "report would be published.\n")
    assert _found(reg, "Centre for Civic Education") == "Centre for Civic Education"
    assert _found(reg, "Yolanda Quispe Mamani") == "Yolanda Quispe Mamani"
    assert {a.name: a.title for a in reg.list()}["Yolanda Quispe Mamani"] == "Congresswoman"


def test_a_name_its_translation_and_a_short_name_after_or_are_one_actor(build):
    # "X, the Y, or XY": a run of one body's names ending in the short name one of them spells, not a list.
    reg = build("Belgrade says it is pursuing the Garda Mbrojtëse Drini, the Drini Defence Guard, or GMD, which it "
                "describes as an extremist cell. The GMD runs camps in the hills. Reporters said the Lidhja "
                "Përparimtare Kukësi, the Kukësi Progressive League, or LPK, had quit the negotiations. The LPK wants "
                "fresh polls.\n")
    assert _found(reg, "GMD") == _found(reg, "Drini Defence Guard") == _found(reg, "Garda Mbrojtëse Drini") is not None
    assert _found(reg, "LPK") == _found(reg, "Kukësi Progressive League") == _found(reg, "Lidhja Përparimtare Kukësi")
    assert _found(reg, "LPK") is not None and len(reg.list()) == 3  # and Belgrade, the state by its capital


def test_a_body_named_without_its_remit_and_a_company_by_its_initials_are_one_actor_each(build):
    reg = build("The Inter-Andean Court of Human Rights heard the case in May. The Inter-Andean Court ruled for the "
                "families. The Lumbo Valley Gold Ltd mine reopened. LVG said output would rise.\n")
    assert _found(reg, "Inter-Andean Court") == "Inter-Andean Court of Human Rights"
    assert _found(reg, "LVG") == "Lumbo Valley Gold Ltd"
    assert len(reg.list()) == 2


def test_a_party_in_brackets_after_a_member_is_the_party_with_its_short_name(build):
    # "Ana Ruiz (X Bloc, XB)": the party she sits for, whose short name may be in another language; "(XB)" after
    # another titled member is that party, not the member's initials; a former name inside the bracket is the party's.
    reg = build("The meeting was opened by the Speaker of the Assembly, Zuzana Horváth-Kučerová (Slovak Green Bloc, "
                "SGB). Councillor Marek Dvořák (SGB) answered that the trams were slow. Councillor Peter Šimko (Košice "
                "Residents' Alliance, KRA, formerly the Party for a Cleaner Košice) asked what it would cost. "
                "Councillor Ľuboš Varga (Hungarian Citizens' Bloc, MPB) abstained.\n")
    assert _found(reg, "SGB") == "Slovak Green Bloc"
    assert "SGB" not in {a.name: a.aliases for a in reg.list()}["Marek Dvořák"]
    assert _found(reg, "party for a cleaner kosice") == _found(reg, "KRA") == "Košice Residents' Alliance"
    assert _found(reg, "MPB") == "Hungarian Citizens' Bloc"
    assert _found(reg, "Peter Šimko") == "Peter Šimko"


def test_a_members_seat_in_brackets_is_not_the_party_after_it(build):
    reg = build("Hon. Otieno Were (Kisumu West, ODM) asked the Minister when the road would be finished. Hon. Jane "
                "Chebet (Kuresoi North, UDA) supported him. Were said the road was dangerous.\n")
    assert "UDA" not in [alias for a in reg.list() for alias in a.aliases]
    names = _names(reg)
    assert "Kuresoi North" not in names and "Kisumu West" not in names  # seats are places
    assert _found(reg, "ODM") == "ODM" and _found(reg, "UDA") == "UDA"  # the parties they sit for
    assert names["ODM"] == "political party or bloc"  # after a legislator's title


def test_a_town_and_an_employers_short_name_after_a_doctor_are_no_party(build):
    reg = build("Dr Achieng Ouma (Kisumu, KMRI) said the trial would resume in May. Ouma leads the malaria unit.\n")
    assert _names(reg).get("KMRI") != "political party or bloc"


def test_a_name_the_acronym_after_its_translation_spells_and_former_names_said_with_when(build):
    reg = build("Guests: Rosa Quiñónez, president of the Consejo Comunitario del Río Verde (Green River Community "
                "Council, CCRV). Quiñónez said the CCRV wants a ban. The Lindi Route Bus Owners' Forum (LRBOF) called "
                "a strike. The LRBOF operated until 2021 as the Mtwara Coast Bus Association. GEN. RAMOS (police): Los "
                "Tiburones del Norte started around 2017 as the Banda del Puerto, a gang that stole fishing nets at "
                "the pier. Los Tiburones del Norte now control the river.\n")
    assert _found(reg, "CCRV") == _found(reg, "Green River Community Council") == "Consejo Comunitario del Río Verde"
    assert _found(reg, "mtwara coast bus association") == "Lindi Route Bus Owners' Forum"
    assert _found(reg, "banda del puerto") == "Los Tiburones del Norte"


def test_nicknames_after_a_bracket_a_second_quoted_one_and_one_given_to_a_first_name(build):
    reg = build("Councillor Ante Bilić (independent), better known in the city as \"Bimbo\", opposed it. Bilić said the "
                "buses were old. Police are looking for Sipho Dlamini, 41, who is also known as \"Mabhena\" and "
                "\"Skhova\". Bounmy Keophila and Vong Sisavath were detained. Bounmy, whom villagers call \"Pho Mee\" "
                "(\"Father Mee\") because he has led the village since 2009, stepped forward.\n")
    assert _found(reg, "bimbo") == "Ante Bilić"
    assert _found(reg, "skhova") == _found(reg, "mabhena") == "Sipho Dlamini"
    assert _found(reg, "pho mee") == "Bounmy Keophila"


def test_speakers_named_in_brackets_after_a_role_or_with_a_bracket_before_the_colon(build):
    # Parliamentary records and transcripts: "THE SPEAKER (Hon. A B):", "PRESENTER (A B):", "Hon. (Dr.) A B (Seat, X):".
    reg = build("THE SPEAKER (Hon. Moses Kipruto Langat): Order, Members.\nHon. (Dr.) Otieno Were (Kisumu West, "
                "ODM): Thank you, Hon. Speaker. The road to Maseno has been closed for three months.\nPRESENTER (Grace "
                "Wanjiku): Good morning and welcome to the programme.\n")
    names = _names(reg)
    assert names.get("Otieno Were") == "person" and names.get("Grace Wanjiku") == "person"
    assert _found(reg, "Moses Kipruto Langat") == "Moses Kipruto Langat"


def test_a_title_before_a_person_of_a_firm_and_a_bullets_the_are_no_part_of_names(build):
    reg = build("1. The Appellant, represented by Ms Lena Dufresne of Dufresne & Partners, argued that the tax was "
                "unlawful. Dufresne said the firm would appeal.\n"
                "• The World Food Programme (WFP) distributed rations to 4,200 households.\n")
    names = _names(reg)
    assert _found(reg, "Lena Dufresne") == "Lena Dufresne" and "Ms Lena Dufresne" not in names
    assert _found(reg, "Dufresne & Partners") == "Dufresne & Partners"
    assert _found(reg, "WFP") == "World Food Programme"


def test_unquoted_nicknames_and_names_a_body_goes_by_now_are_other_names(build):
    reg = build("The Varnel Defence Brigade, better known as the Grey Wolves, clashed with police on Monday. Vesna "
                "Kovac, a.k.a. Lady V, runs the youth wing. Aldo Pirelli, whom supporters call Papa Aldo, leads the "
                "federation. Jean-Luc Ferrand, who goes by JL, chairs the board. The Bluewater Trust, now called "
                "Bluewater Foundation, funds clinics. The Coastal Workers Federation, which changed its name from the "
                "Dock Labour Union in 2019, called a strike.\n")
    assert _found(reg, "grey wolves") == "Varnel Defence Brigade"
    assert _found(reg, "lady v") == "Vesna Kovac" and _found(reg, "papa aldo") == "Aldo Pirelli"
    assert _found(reg, "JL") == "Jean-Luc Ferrand"
    assert _found(reg, "bluewater trust") == "Bluewater Foundation"  # the name it goes by now
    assert _found(reg, "dock labour union") == "Coastal Workers Federation"


def test_a_person_opening_a_sentence_with_a_quoted_nickname_after_the_name(build):
    reg = build("Olumide Adeyemi, or \"Baba O\" as he is known, owns the station. Ana Ruiz — \"La Jefa\" to her "
                "staff — heads the Office of the Ombudsman.\n")
    names = _names(reg)
    assert names.get("Olumide Adeyemi") == "person" and names.get("Ana Ruiz") == "person"
    assert _found(reg, "baba o") == "Olumide Adeyemi" and _found(reg, "la jefa") == "Ana Ruiz"


def test_patronymic_and_family_name_first_names_are_whole_people(build):
    reg = build("Candidates:\nPavel Andreyevich Lutsenko, the acting governor, nominated by the Harvest bloc;\nIrina "
                "Sergeyevna Volkova, a former judge, nominated by the Civic Party.\nMr Lutsenko received 51.3 per "
                "cent and Ms Volkova 12.5 per cent. Trade Minister Choi Seung-woo visited the dock on Friday. Yoon "
                "Ha-eun, a crane driver, spoke to reporters.\n")
    names = _names(reg)
    assert names.get("Pavel Andreyevich Lutsenko") == names.get("Irina Sergeyevna Volkova") == "person"
    assert _found(reg, "lutsenko") == "Pavel Andreyevich Lutsenko"
    assert _found(reg, "Ms Volkova") == "Irina Sergeyevna Volkova" and not any(n[-1:].isdigit() for n in names)
    assert _found(reg, "minister choi") == "Choi Seung-woo" and _found(reg, "yoon") == "Yoon Ha-eun"


def test_a_press_conferences_ranks_askers_and_single_quoted_nicknames(build):
    reg = build("Speakers: DSP Akosua Mensah-Bonsu, District Police Commander; Supt Yaw Darko-Asante, Crime "
                "Officer.\nWe are looking for Kojo Baffour Addo, popularly known as 'Small Boss'. Fiifi Quaye, also "
                "called 'Sharp Sharp', 29, was arrested.\nQUESTION (Adwoa Nkansah-Sarpong, Coastal Echo): How did "
                "they know the time?\nDSP MENSAH-BONSU: We are investigating.\n")
    names = _names(reg)
    assert names.get("Adwoa Nkansah-Sarpong") == "person" and "QUESTION" not in names
    assert _found(reg, "mensah-bonsu") == "Akosua Mensah-Bonsu" and "DSP MENSAH-BONSU" not in names
    assert _found(reg, "darko asante") == "Yaw Darko-Asante"
    assert _found(reg, "small boss") == "Kojo Baffour Addo" and _found(reg, "sharp sharp") == "Fiifi Quaye"
    assert "'Small Boss" not in names


def test_a_person_named_after_a_time_phrase_and_a_nickname_after_a_description(build):
    reg = build("The dispatcher who issued the orders that day, Inés de la Torre, was working from the south. "
                "Among them is Choi Seung-woo, a 61-year-old fitter known around the dock as 'the Heron'. The "
                "Norvik Marine Works (NMW), which older crews still call by its former name, Haldor Shipbuilding, "
                "hired them.\n")
    assert _found(reg, "ines de la torre") == "Inés de la Torre"
    assert _found(reg, "the heron") == "Choi Seung-woo"
    assert _found(reg, "haldor shipbuilding") == "Norvik Marine Works"


def test_amharic_honorifics_ukrainian_patronymics_and_prefixed_surnames_make_people(build):
    reg = build("\"The road is still under water,\" said W/ro Selam Bekele, who heads the district office. Ato Dawit "
                "Haile, the zone administrator, said two bridges had gone. Present: Oksana Petrivna Hrytsenko (Chair); "
                "witnesses Col. Petro Savchuk, State Border Guard Service of Ruritania; Ihor Bilyk, farmer.\n"
                "QUESTION (Ewan MacLeod, Coastal Echo): When will the road open?\n")
    names = _names(reg)
    assert names.get("Selam Bekele") == names.get("Dawit Haile") == "person" and "Ato Dawit Haile" not in names
    assert names.get("Oksana Petrivna Hrytsenko") == names.get("Petro Savchuk") == "person"
    assert names.get("Ewan MacLeod") == "person" and _found(reg, "macleod") == "Ewan MacLeod"  # (a personal name's shape)
    assert _found(reg, "selam") == "Selam Bekele"  # the given name, as Ethiopians are called


def test_bodies_named_beside_a_post_an_armed_group_a_call_sign_and_new_names(build):
    reg = build("The Logistics Cluster coordinator, Dawit Alemu, said the trucks can take five tonnes. The fees went "
                "to pumps guarded by an armed group, the Frente Libre del Valle. A medic, known by her call sign "
                "\"Sova\", was wounded. Messages from a woman known only as \"La Sombra\" were read out. The Coastal "
                "Rescue Directorate of Veldoria, the CRDV, now runs 12 stations. Tarnby College was founded in 1985 "
                "as Tarnby Nautical School and became a college in 2006. She joined the Kinvara Net Menders' Union, "
                "which joined three other unions in 2014 to become the Atlantic Net Menders' Federation. The Badan "
                "Kajian Hutan dan Gambut (BKHG) surveyed the peat.\n")
    names = _names(reg)
    assert "Logistics Cluster" in names and names.get("Frente Libre del Valle") == "armed group or movement"
    assert names.get("Sova") == names.get("La Sombra") == "person"
    assert _found(reg, "CRDV") == "Coastal Rescue Directorate of Veldoria"
    assert _found(reg, "tarnby nautical school") == "Tarnby College"
    assert _found(reg, "kinvara net menders' union") == "Atlantic Net Menders' Federation"
    assert _found(reg, "BKHG") == "Badan Kajian Hutan dan Gambut"


def test_indonesian_bodies_are_organisations_by_their_first_word(build):
    reg = build("The study was funded by Yayasan Langit Biru Kalimantan, a Jakarta-based foundation that supports "
                "clean-air research. Universitas Tanjung Harapan was founded in 1990.\n")
    names = _names(reg)
    assert names.get("Yayasan Langit Biru Kalimantan") == names.get("Universitas Tanjung Harapan") == "organisation"


def test_former_names_given_with_until_before_the_verb_or_by_a_body_named_by_its_noun(build):
    reg = build("Ana Ruiz was nominated by the Vatra (Hearth) bloc, which until 2021 was called the Mountain Civic "
                "Union. The money paid for dredges run by an armed group, the Frente Nuevo del Sur. According to the "
                "ruling, the group called itself Los Halcones until 2019 and controls the river.\n")
    assert _found(reg, "mountain civic union") == "Vatra"
    assert _found(reg, "los halcones") == "Frente Nuevo del Sur"


def test_lists_of_members_and_results_a_byline_s_outlet_and_a_press_question_s_outlet(build):
    reg = build("Harbour trust board minutes\nPresent\nJustice (retd) Tariq Mehmood Qazi, Chairman\n"
                "Barrister Nadia Zaib Rana, Vice Chairperson\nMs Amna Gul, Director Finance\n"
                "Item 1: Accounts\nBarrister Rana asked about late payments.\n"
                "By Maeve Corran, Coastal Dispatch\n"
                "Count results\nAoife Brennock (Tír Glas): 4,977\nConor Rafter (Independent): 1,611\n"
                "Niamh Ruane (Harbour Party): 9,115\n"
                "Question (Rodrigue Kassa, Lobaye Weekly): Was this a reprisal?\n"
                "The count ended at midnight. Coastal Fisheries Authority (CoFA): 12 boats were inspected.\n")
    names = _names(reg)
    assert names.get("Tariq Mehmood Qazi") == names.get("Nadia Zaib Rana") == names.get("Amna Gul") == "person"
    assert _found(reg, "barrister rana") == "Nadia Zaib Rana" and "Director Finance" not in names
    assert names.get("Maeve Corran") == "person" and names.get("Coastal Dispatch") == "media"
    assert names.get("Aoife Brennock") == names.get("Conor Rafter") == "person"
    assert names.get("Tír Glas") != "person" and _found(reg, "independent") != "Conor Rafter"
    assert names.get("Rodrigue Kassa") == "person" and names.get("Lobaye Weekly") == "media"
    assert _found(reg, "cofa") == "Coastal Fisheries Authority"  # a count line, but no candidate's


def test_nicknames_after_an_age_or_a_comma_former_names_a_trade_name_and_a_second_surname(build):
    reg = build("The Eastern Lance is commanded by Bakary Sissoko, known in the bush by his nom de guerre, \"Colonel "
                "Tonnerre\". Henrik Aas Lindqvist, 53, known to his neighbours as \"Tobbe\", was convicted. Lindqvist "
                "ran Fjellvik Freight, a family haulage company that traded as Lindqvist & Daughters Carriers until "
                "2019. The Riverside Elders Trust opened a home on Thursday. The Trust, registered in 1974 as the "
                "Western Elders Care Association and renamed in 2009, has 300 staff. Chief Operating Officer Rocío "
                "Valdés Ibáñez blamed the delays on the weather. The envoys called on the Prefect of Lower Sangha, "
                "Clarisse Ndombe, on Friday. Militants of the Coordination pour la Terre et la Dignité du Nord-Est "
                "(CTDN) burned the market. Counsel took the case to the Court of King's Bench in Edmonton.\n")
    assert _found(reg, "colonel tonnerre") == "Bakary Sissoko"
    assert _found(reg, "tobbe") == "Henrik Aas Lindqvist"
    assert _found(reg, "lindqvist and daughters carriers") == "Fjellvik Freight"
    assert _found(reg, "western elders care association") == "Riverside Elders Trust"
    assert _found(reg, "rocio valdes") == "Rocío Valdés Ibáñez"
    assert _found(reg, "prefect ndombe") == "Clarisse Ndombe" and "Lower Sangha" not in _names(reg)
    assert _found(reg, "CTDN") == "Coordination pour la Terre et la Dignité du Nord-Est"
    assert "Court of King's Bench" in _names(reg)


def test_abbreviated_given_names_south_asian_and_police_titles_and_a_nickname_inside_a_name(build):
    reg = build("The committee chairman, Md. Karim Uddin Sarkar, said the contract was flawed. One member, Begum Rokeya "
                "Akter Mollah of the People's Forum, dissented. The Commissioner of Police, CP Adebayo Olusola Akinde, "
                "briefed reporters. Board member Robert \"Bud\" Kessler, a farmer, voted against the plan. "
                "Ilinca-Maria Ștefănescu, the regulator's vice-president who led the review, defended the rise.\n")
    names = _names(reg)
    assert names.get("Md. Karim Uddin Sarkar") == "person"
    assert _found(reg, "karim uddin sarkar") == "Md. Karim Uddin Sarkar"
    assert names.get("Rokeya Akter Mollah") == "person" and "Begum Rokeya Akter Mollah" not in names
    assert _found(reg, "cp akinde") == "Adebayo Olusola Akinde"
    assert _found(reg, "bud") == "Robert Kessler" and 'Robert "Bud" Kessler' not in names
    assert _found(reg, "stefanescu") == "Ilinca-Maria Ștefănescu"


def test_former_and_new_names_by_a_noun_a_quote_a_bracket_or_a_legal_form(build):
    reg = build("The order went to Harbourline Coach Builders Ltd of Penang for Tk 940.2 crore. The company traded as "
                "Penang Body Works until 2016. The bus firm Bayside Pupil Transport won the tender. The company, "
                "which was called Korr Marine Services until it was bought in 2020, has run the crossing since 1994. "
                "The robbers belong to a crew that calls itself the \"Night Herons\" and was known until last year as "
                "the \"Dock Road Boys\". The Central Tender Review Office (CTRO), now the Ruritania Public Purchasing "
                "Agency (RPPA), was not asked. The camp's spokesman is Munir al-Hadi, whom everyone in Qasrawi calls "
                "Abu Karim. OLD, which was known until its relaunch in May 2021 as Somes Energie Retea SA, serves "
                "four counties. The grid firm Olteni Distributie SA (OLD) asked for the increase. Brazi Group, which "
                "took over the former Somes Energie Retea in 2013, did not comment.\n")
    assert "Harbourline Coach Builders Ltd" in _names(reg)
    assert _found(reg, "penang body works") == "Harbourline Coach Builders Ltd"
    assert _found(reg, "korr marine services") == "Bayside Pupil Transport"
    assert _found(reg, "dock road boys") == "Night Herons"
    assert _found(reg, "ctro") == "Ruritania Public Purchasing Agency"
    assert _found(reg, "abu karim") == "Munir al-Hadi"
    assert _found(reg, "somes energie retea") == "Olteni Distributie SA"


def test_a_nickname_given_to_he_or_she_in_the_next_sentence(build):
    reg = build("One juror, Nguyen Thi Hoa of the Rice Growers' Alliance, voted against the ruling. She is known "
                "throughout her district by her pet name, Mimi. The lighthouse keeper, Eamon Tierney, has tended the "
                "lamp for 22 years. He is known locally as \"the Admiral\".\n")
    assert _found(reg, "mimi") == "Nguyen Thi Hoa" and "Mimi" not in _names(reg)
    assert _found(reg, "admiral") == "Eamon Tierney"


def test_a_notice_s_labels_a_bracketed_legal_form_a_union_s_founding_name_and_a_numbered_law(build):
    reg = build("Notice of Planned Work Stoppage\nUnder section 41(2)(c) of the Harbour Labour Relations Act 19 of "
                "2004\nTo: The Managing Director, Tamarind Ferry Lines (Pty) Ltd\n\nThe Coastal Deckhands Union (CDU) "
                "serves notice that its members working for Tamarind Ferry Lines (Pty) Ltd, known to passengers as "
                "TFL, will stop work. The stoppage covers every CDU member at the terminals in Porto Sal (formerly "
                "Westhaven) and Dunmere. The union was founded in 1992 as the Ferry Stewards' Guild and changed its "
                "name in 2008. TFL said its wage offer remains open.\n\nFor the Coastal Deckhands Union: "
                "Inés Vaz-Ortuño, Chairwoman.\n")
    names = _names(reg)
    assert "Tamarind Ferry Lines (Pty) Ltd" in names
    assert not any("Pty" in reg.lookup(n).actor.aliases for n in names)
    assert _found(reg, "ferry stewards guild") == "Coastal Deckhands Union"
    assert "Westhaven" not in reg.lookup("cdu").actor.aliases
    assert not any(" Act " in n for n in names)
    assert names.get("Inés Vaz-Ortuño") == "person"
    labelled = build("Notice\nTo: The Director, Tamarind Ferry Lines\nCopy: Commission for Wage Arbitration (CWA), "
                     "Northern Region\n\nThe union serves notice. The CWA will mediate.\n")
    assert _found(labelled, "cwa") == "Commission for Wage Arbitration"



def test_trading_and_registered_names_a_translated_body_and_titles_known_from_a_job(build):
    reg = build("Preliminary findings\n\nThe Majlis Keselamatan Udara Kebangsaan (National Air Safety Council), "
                "known as the MKUK, issues these findings. The helicopter is operated by Kinabalu Rotor Services Ltd, "
                "which trades as Hornbill Heli and was called Sabah Sky Charters until 2020. Capt. Hafiz Rahman "
                "Osman, a former airline engineer who moved to the MKUK in 2013, heads the inquiry with investigator "
                "Lucie Vandenberghe. Osman said the inquiry will last nine months.\n\nFundación Río Azul del "
                "Chaco, which most families in the province call Río Azul, works with beekeepers. Until 2017 it "
                "was registered as Asociación Bosque Seco del Norte. Warden Elías Benítez Ayala, known to everyone "
                "in the reserve as \"el Zorro\", guided 450 visitors. The biggest neighbour is Pampa Raíz S.A., a "
                "builder quoted on the Córdoba Stock Exchange, which traded as Inversiones Litoral Sur until 2021. "
                "When the books closed, Chairman Yoon Tae-hyun, the founder's nephew, owned 41.2% of the stock. "
                "In her letter, executive director Lucía Fernanda Ospina Rengifo called 2024 \"a dry year\". "
                "Ospina wrote that three jaguars were poached.\n")
    names = _names(reg)
    assert _found(reg, "mkuk") == "Majlis Keselamatan Udara Kebangsaan"
    assert _found(reg, "national air safety council") == "Majlis Keselamatan Udara Kebangsaan"
    assert _found(reg, "sabah sky charters") == "Kinabalu Rotor Services Ltd" == _found(reg, "hornbill heli")
    assert names.get("Hafiz Rahman Osman") == "person"
    assert _found(reg, "investigator vandenberghe") == "Lucie Vandenberghe"
    assert _found(reg, "asociacion bosque seco del norte") == "Fundación Río Azul del Chaco"
    assert "Elías Benítez Ayala" in names and _found(reg, "el zorro") == "Elías Benítez Ayala"
    assert _found(reg, "inversiones litoral sur") == "Pampa Raíz S.A."
    assert "Yoon Tae-hyun" in names and "Chairman Yoon Tae-hyun" not in names
    assert _found(reg, "ospina") == "Lucía Fernanda Ospina Rengifo"


def test_a_body_named_in_full_only_in_a_heading_and_then_by_its_head_noun(build):
    reg = build("Northgate Women's Refuge Trust\nRecord of the 41st Session of the Board of Trustees\n\n"
                "Mrs Leilani Kahale said that the Trust had bought a second minibus. The Trust, registered in 1978 as "
                "the Eastfield Women's Shelter Society and renamed in 2009, will mark 47 years of work in May.\n")
    names = _names(reg)
    assert "Northgate Women's Refuge Trust" in names and "Trust" not in names
    assert _found(reg, "eastfield womens shelter society") == "Northgate Women's Refuge Trust"


def test_nicknames_known_to_others_a_hospital_s_old_name_and_a_company_s_board(build):
    reg = build("The Secretary, Mrs Marcia Ebanks, read the minutes. Members know her as \"Auntie Marcie\". The "
                "farm's manager, Sebastião Rocha das Neves, stayed away. Known throughout the valley as \"Tião da "
                "Serra\", he is a retired judge. Madam Folake Adebanjo came second in the ballot. The resident was "
                "admitted to Glen Torrin General Hospital in 2023. The hospital is managed by the Northern Isles Care "
                "Authority. It was known as St Fillan's Cottage Hospital until 2012. Glen Torrin General Hospital "
                "said it had apologised. The Chair, Opanin Kwadwo Ofori Sarfo, opened the session and "
                "recalled that the society started in 2012 as the Offinso Planters' Mutual Association. Across the "
                "river lies Cerrado Alto Agropecuária, a cattle company that until 2019 traded as Pastagens Reunidas "
                "Rio Fundo. With the United Nations Water Recovery Programme (UNWRP), the village rebuilt its wells. "
                "She worked for Tengri Crush and Haul LLC, the haulier at the pit. Kumbel Metals Limited (Kumbel or "
                "the Company), formerly Suusamyr Tungsten Limited, reports that a contractor was injured. This "
                "release was approved by the Board of Kumbel Metals Limited.\n")
    names = _names(reg)
    assert _found(reg, "auntie marcie") == "Marcia Ebanks"
    assert _found(reg, "tiao da serra") == "Sebastião Rocha das Neves"
    assert "Folake Adebanjo" in names and "Kwadwo Ofori Sarfo" in names
    assert _found(reg, "st fillans cottage hospital") == "Glen Torrin General Hospital"
    assert _found(reg, "pastagens reunidas rio fundo") == "Cerrado Alto Agropecuária"
    assert _found(reg, "unwrp") == "United Nations Water Recovery Programme"
    assert "Tengri Crush and Haul LLC" in names
    assert _found(reg, "suusamyr tungsten") == "Kumbel Metals Limited"
    assert "Kumbel Metals Limited" in names and not any(n.startswith("Board of") for n in names)


def test_a_common_acronym_is_no_actor(build):
    reg = build("The Annual General Meeting was held on Friday. The AGM elected a new board, and the AGM approved the "
                "accounts. The chairman, Kofi Mensa, opened it.\n")
    assert "AGM" not in _names(reg) and "Kofi Mensa" in _names(reg)


def test_a_ruling_s_head_fields_bench_titles_a_craft_and_a_closing_signature(build):
    reg = build("Vardø Court of Appeal\nJudgment\nPronounced: 2 May 2025\nCase no.: 24-118\n"
                "Appellant: Storvik Havfiske AS\nCounsel: Advocate Ragnhild Sørbø\n"
                "Judges: Appeal Judge Ola Brekke Haug, Appeal Judge Eirik Tveit, Acting Appeal Judge Liv Aasen\n"
                "Summary\nThe dispute is about a permit granted to Storvik Havfiske AS for the vessel Nordstjerna. "
                "After the owner fell ill, a hired master, Ramil dela Rosa, took the boat out with two crew. The "
                "Nordstjerna landed its catch at Andøya. The majority, Appeal Judges Haug and Tveit, allowed the "
                "appeal. The minority, Acting Appeal Judge Aasen, dissented.\nRewi Parata\nChairperson\n")
    names = _names(reg)
    assert names.get("Ragnhild Sørbø") == "person" and _found(reg, "sorbo") == "Ragnhild Sørbø"
    assert _found(reg, "judge aasen") == "Liv Aasen" and _found(reg, "haug") == "Ola Brekke Haug"
    assert not any("Judge" in n for n in names)
    assert "Nordstjerna" not in names
    assert _found(reg, "dela rosa") == "Ramil dela Rosa"
    assert names.get("Rewi Parata") == "person"


def test_spanish_second_surnames_a_dateline_s_outlet_and_names_given_after_a_description(build):
    reg = build("ÑUBLE, Chile, Mar 3 (Maule Wire) – The defeated candidate, Lucía Ferrer y Bastidas, asked for a "
                "recount. Ferrer said the count was flawed. Ferrer left the Alianza Austral party in March. Her "
                "counsel took the case to the Tribunal Superior de Cuentas, the state audit tribunal known as "
                "Tricuentas. The survey is paid for by Harlan Agro Sciences (Private) Limited, a grain trader, which "
                "the filing refers to throughout as HAS. The Valley University of Health (VUH) runs it. VUH was "
                "founded in 2012 and was known until 2016 as the Valley Institute of Nursing. The panel's chair, "
                "Judge Marcela Roldán Vives, announced the count. Roldán said the panel had found no fraud. Her "
                "counsel, Ignacio Prat y Llobet, said he would appeal.\n")
    names = _names(reg)
    assert names.get("Maule Wire") == "media"
    assert _found(reg, "ferrer") == "Lucía Ferrer y Bastidas"
    assert names.get("Alianza Austral party") == "political party or bloc"
    assert "Alianza Austral" in reg.lookup("alianza austral").actor.aliases  # what a list of parties names it
    assert _found(reg, "tricuentas") == "Tribunal Superior de Cuentas"
    assert _found(reg, "has") == "Harlan Agro Sciences (Private) Limited"
    assert "Harlan Agro Sciences (Private)" not in reg.lookup("has").actor.aliases
    assert _found(reg, "valley institute of nursing") == "Valley University of Health"
    judge = reg.lookup("judge roldan").actor  # found by her first surname, the one the report writes alone
    assert judge.name == "Marcela Roldán Vives" and "Roldán" in judge.aliases
    assert any("no fraud" in mention.text for mention in judge.mentions)
    assert _found(reg, "prat y llobe") == "Ignacio Prat y Llobet"


def test_a_translation_and_its_acronym_in_brackets_names_after_which_and_titled_surnames(build):
    reg = build("The reservoir is financed by the National Office for Coastal Erosion Control, known everywhere by its "
                "Portuguese acronym, ONCEC. ONCEC paid late. Its survey came from the State Dam Inspectorate "
                "(Státní inspekce přehrad, SIP), whose staff visited in April. The SIP found 12 faults. Most porters "
                "belong to the Tana Harbour Porters Union, which fishermen and buyers refer to simply as SYPOKI. "
                "SYPOKI welcomed the plan. In October, an outfit calling itself the Centinelas del Cañón, which until "
                "2017 went by the name Milicias de la Sierra Alta, threatened the surveyors. A coastguard officer, "
                "Lt Cdr Tevita Fonua, who led the rescue, testified. The runway, which sappers under Col. Mario "
                "Esteban Cardona Ossa began in July, is unfinished. Cardona said it would open in March. The matron, "
                "Sister Agnes Kaluwa, opened the clinic. Sister Kaluwa, who is known to her patients in the valley as "
                "\"Mama Aggie\", said the clinic had tripled in size. Begoña Altamiro Lozano, a hydrologist, said the "
                "aquifer is falling. Dr Ramon Bautista Lacson chaired the panel.\n")
    assert _found(reg, "oncec") == "National Office for Coastal Erosion Control"
    assert _found(reg, "sip") == _found(reg, "statni inspekce prehrad") == "State Dam Inspectorate"
    assert _found(reg, "sypoki") == "Tana Harbour Porters Union"
    assert _found(reg, "milicias de la sierra alta") == "Centinelas del Cañón"
    assert _found(reg, "lt cdr fonua") == "Tevita Fonua"
    assert _found(reg, "col. cardona") == "Mario Esteban Cardona Ossa"
    assert _found(reg, "mama aggie") == "Agnes Kaluwa"
    assert _found(reg, "begona altamirano") == "Begoña Altamiro Lozano"  # two letters off in a long word
    assert _found(reg, "dr jose lacson") is None  # another given name: another person


def test_a_byline_with_bars_a_signer_over_a_hyphened_post_a_currency_and_a_leader_of_a_rank(build):
    reg = build("Meals for schools in the north\nBy Amara Mensah-Bonsu | Savannah Times | 2 May 2024\n"
                "An inquiry led by Additional Superintendent of Police (Crime) Rokeya Sultana began on Monday. The "
                "council will pay Tk 40,000 to each family.\nThe Ministry agreed with most of what we found. It "
                "promised to settle its debts by March.\nKojo Ampofo-Darko\nAuditor-General\n")
    names = _names(reg)
    assert names.get("Amara Mensah-Bonsu") == "person"
    assert names.get("Kojo Ampofo-Darko") == "person"
    assert names.get("Rokeya Sultana") == "person" and not any("Superintendent" in n for n in names)
    assert not any("40,000" in n for n in names)


def test_a_nickname_after_a_post_s_place_a_dateline_s_place_a_time_after_a_name_and_pseudonyms(build):
    reg = build("TACNA, Peru (Cordillera Press) - A canal burst on Friday. \"The water took everything,\" said "
                "Marcelino Yupanqui Huaman, the head of the village council of Santa Rosa de Quives, who is known "
                "across the district as \"Tío Lino\". Yupanqui said three herders were missing. The report was "
                "signed by the Dean, Professor Dana Serikkyzy, the next morning. Professor Serikkyzy said the work "
                "would go on. Present: Moussa Diallo (Chair); Ousmane Faye (Treasurer). Mr Faye said the union had "
                "worked with Mer et Mar since 2019, when the charity still went by the name Océan Amigo. In May a "
                "critic who posts under the name \"Forest Fox\" left comments on a forum.\n")
    names = _names(reg)
    assert _found(reg, "tio lino") == "Marcelino Yupanqui Huaman"
    assert "Santa Rosa de Quives" not in _found_aliases(reg, "tio lino")
    assert "Cordillera Press" not in _found_aliases(reg, "peru")
    assert _found(reg, "serikkyzy") == "Dana Serikkyzy"
    assert "Treasurer" not in _found_aliases(reg, "ousmane faye")
    assert _found(reg, "ocean amigo") == "Mer et Mar"
    assert names.get("Forest Fox") == "person"


def test_a_malay_name_with_binti_and_a_former_name_of_a_subject_the_recogniser_missed(build):
    reg = build("Observers from the region were headed by Datuk Rozana binti Harun, who once sat on a national "
                "election board. Datuk Rozana said voting was orderly. Castle Rock Homes was known until 2021 as "
                "Harbour Tenants' Housing Association. Castle Rock Homes manages 900 homes.\n")
    assert _found(reg, "rozana harun") == "Rozana binti Harun"
    assert _found(reg, "harbour tenants housing association") == "Castle Rock Homes"


def test_nicknames_others_give_after_a_clause_former_names_of_a_company_or_a_station_and_a_year_s_reform(build):
    reg = build("The complaint was lodged by Daw Thida Win Maung, who sells noodles at the market. Her regulars call "
                "her \"Mya Lay\". Our treasurer is Mateo Caal Ical. Everyone in the valley knows him as Tio Lipe. "
                "Rustam Nazarov, who has driven the mountain bus since 1994 and is known to everyone in the gorge as "
                "\"Baba Rus\", said the road would close. Kestrel Coast Freight Limited held its annual meeting in "
                "Timaru. The secretary remarked that it was the first meeting after the firm changed its name from "
                "Southland Haulage Limited in 2017. The Serviço Provincial de Estradas do Huambo (SPE), known until "
                "the 2016 reorganisation of provinces as the Direcção Provincial de Estradas, reported the "
                "landslide.\n")
    assert _found(reg, "mya lay") == "Thida Win Maung"
    assert _found(reg, "tio lipe") == "Mateo Caal Ical"
    assert _found(reg, "baba rus") == "Rustam Nazarov"
    assert _found(reg, "southland haulage") == "Kestrel Coast Freight Limited"
    assert _found(reg, "direccao provincial de estradas") == "Serviço Provincial de Estradas do Huambo"


def _found_aliases(reg, query):
    actor = reg.lookup(query).actor
    return actor.aliases if actor else []


def test_a_nickname_inside_a_name_the_recogniser_cut_given_names_read_as_places_and_professions_as_titles(build):
    reg = build("The club captain, Mr Kelvin \"Kel\" Dorant, gave evidence in support. Ward chair Tenzin Norbu Lama "
                "met the engineers on Monday. The losing candidate, "
                "Midwife Rosalie Dizon, congratulated the winner. The mayor, Prefeita Ana Lúcia Moura, appoints the "
                "director. Ma. Luisa Ocampo read the minutes.\n")
    names = _names(reg)
    assert _found(reg, "kel") == "Kelvin Dorant"
    assert names.get("Tenzin Norbu Lama") == "person"
    assert _found(reg, "dizon") == "Rosalie Dizon"  # "Midwife": a title
    assert _found(reg, "moura") == "Ana Lúcia Moura"
    assert _found(reg, "ocampo") == "Ma. Luisa Ocampo"  # "Ma.": María, part of the name


def test_a_nickname_after_a_lone_surname_a_body_s_former_name_by_its_noun_and_names_with_and(build):
    reg = build("The barangay captain, Rogelio Santos Manalo, met the surveyors. Manalo, whom everyone in Taal calls "
                "\"Kuya Ogie\", has fished the lake for forty years. Councillor Aroha Ngata chaired the Canal Trust "
                "board. The plaques bearing the Trust's former name, Riverside Navigation Board, were removed in "
                "October. He joined the Moor and Vale Beekeepers Association, which merged with three other clubs in "
                "2016 to become the Upland Beekeepers Federation. The town bought cement from Pedra Firme Materiais "
                "Ltda. without an auction. The inquiry was led by José dos Anjos da Conceição of the water agency.\n")
    names = _names(reg)
    assert _found(reg, "kuya ogie") == "Rogelio Santos Manalo"
    assert _found(reg, "riverside navigation board") == "Canal Trust"
    assert _found(reg, "moor and vale beekeepers association") == "Upland Beekeepers Federation"
    assert "Pedra Firme Materiais Ltda." in names  # the legal form's stop, as the report writes it
    assert _found(reg, "jose anjos conceicao") == "José dos Anjos da Conceição"  # typed without its particles


def test_a_post_alone_a_trade_ending_a_company_s_name_places_named_first_and_a_club_s_short_name(build):
    reg = build("The Treasurer, Nurse Marites Abalos, presented the accounts. The Treasurer replied that the hall had "
                "been booked twice. The second bidder, Coral Reach Dredging, scored 71. Coral Reach Dredging filed a "
                "complaint. The pipe runs under Rua das Flores to the plant. Surveyors list Langmo Tsho among the "
                "lakes at risk. Andre Clarke plays for Brandon Vale Cricket Club. The game between Brandon Vale and "
                "Oistins United was drawn.\n")
    names = _names(reg)
    assert "Treasurer" not in names
    assert names.get("Coral Reach Dredging") == "organisation"
    assert "Rua das Flores" not in names and "Langmo Tsho" not in names
    assert _found(reg, "brandon vale") == "Brandon Vale Cricket Club"


def test_people_after_a_person_noun_or_an_age_a_hansard_s_malaysian_names_and_seats(build):
    reg = build("The stand was checked in May by inspectors Priit Kask and Anne-Liis Rebane, who measured the "
                "oaks. A driver, 51-year-old Wilmer Condori Flores, broke his arm. Puan Devi a/p Krishnan [Sungai "
                "Rapat] wanted to know when the lake would be fenced. Tuan Lim Kok Wah [Pasir Pinji] asked a "
                "supplementary question. Tuan Lim said the ponds were unfenced. The Chairman of the Public Works and "
                "Transport Committee (Tuan Ahmad Faris bin Yusof): Tuan Speaker, the bridge opens in June. The Yang "
                "Berhormat is right about the delay.\n")
    names = _names(reg)
    assert names.get("Priit Kask") == "person" and names.get("Anne-Liis Rebane") == "person"
    assert names.get("Wilmer Condori Flores") == "person"
    assert _found(reg, "devi krishnan") == "Devi a/p Krishnan"
    assert _found(reg, "tuan lim") == "Lim Kok Wah"  # a family name written first
    assert not {"Sungai Rapat", "Pasir Pinji", "Yang Berhormat"} & set(names)  # seats; a style of address
    assert "Tuan Ahmad Faris bin Yusof" not in _found_aliases(reg, "public works and transport committee")


def test_signers_under_a_closing_former_names_of_it_and_until_first_and_a_company_s_two_trades(build):
    reg = build("Dear parents,\nThe board met on Monday.\nSincerely,\nThandeka Mokoena\nChair, Parents' Council\n"
                "Yusuf Adeyemi\nPrincipal\n")
    assert "Chair, Parents' Council" in reg.lookup("mokoena").actor.summary  # the post is told with the name
    reg = build("Officers found 40 tusks in a container on Monday.\nTwo men appeared in court.\n"
                "Issued by the Head of Public Affairs\nAmos Kiprotich Langat\n")
    assert "Head of Public Affairs" in reg.lookup("langat").actor.summary
    reg = build("The buyer was Kilifi Agro Produce Ltd, based in Malindi. It traded as Tana Cashew Traders Ltd until "
                "2019. Maple Ridge Elementary School has 300 pupils. Until 2004, Maple Ridge was known as Birchwood "
                "Academy. The land belongs to Järve Kinnisvara OÜ. The papers were filed by Kisauni Cargo Clearing "
                "and Forwarding.\n")
    names = _names(reg)
    assert _found(reg, "tana cashew traders") == "Kilifi Agro Produce Ltd"
    assert _found(reg, "birchwood academy") == "Maple Ridge Elementary School"
    assert names.get("Järve Kinnisvara OÜ") == "organisation"
    assert "Kisauni Cargo Clearing and Forwarding" in names


def test_a_short_name_of_first_words_and_initials_and_chiefs_titles(build):
    reg = build("We sell our power to Vela Power and Water Procurement Company, the single buyer. Vela PWP paid on "
                "time this year. The land belongs to the community of Régulo Abilio Mussa Tembe. Toshao Marlon "
                "Henry of Kaikan spoke next.\n")
    assert _found(reg, "vela pwp") == "Vela Power and Water Procurement Company"
    assert _found(reg, "tembe") == "Abilio Mussa Tembe" and _found(reg, "henry") == "Marlon Henry"


def test_a_ship_s_rank_a_role_s_adjective_a_described_company_s_former_name_a_council_s_committee(build):
    reg = build("The officer on duty, Second Officer Nikos Vlachos, raised the alarm. The party's provincial president "
                "in Matara, Félix Emilio Cordero Soto, replied that the party had nothing to hide. Aegean Star "
                "Lines, a Rafina company known until 2011 as Kykladiki Grammes, runs four ships. This is the ruling "
                "of the Ethics Committee of the Andean Nursing Council (ANC) on the complaint.\n")
    names = _names(reg)
    assert _found(reg, "vlachos") == "Nikos Vlachos"  # "Second Officer": a title
    assert names.get("Félix Emilio Cordero Soto") == "person"
    assert _found(reg, "kykladiki grammes") == "Aegean Star Lines"
    assert _found(reg, "anc") == "Andean Nursing Council"


def test_a_club_s_letters_its_former_name_by_its_noun_a_former_name_when_and_a_dam(build):
    reg = build("The complaint concerns FK Sloga Kovin, a member of the Srpska liga. The club was known as FK Mladost "
                "Kovin until 2011. Water was released from Mutanda Dam on Monday. Mutanda Dam holds a third of its "
                "capacity. Benefits come from Welfare Northland, which was called the Social Assistance Office when "
                "the scheme began.\n")
    names = _names(reg)
    assert names.get("FK Sloga Kovin") == "organisation"
    assert _found(reg, "fk mladost kovin") == "FK Sloga Kovin"
    assert _found(reg, "social assistance office") == "Welfare Northland"
    assert "Mutanda Dam" not in names


def test_a_surname_ending_in_a_place_word_is_no_place(build):
    reg = build("The trial was led by Marieke Oosterhout-Dam of the university. Oosterhout-Dam said the results were "
                "clear. Water was released from Mutanda Dam on Monday. Mutanda Dam holds a third of its capacity.\n")
    names = _names(reg)
    assert names.get("Marieke Oosterhout-Dam") == "person" and "Mutanda Dam" not in names


def test_a_one_word_patronymic_pilgrim_and_church_titles_and_a_university_s_head(build):
    reg = build("Three officials were charged.\n\n2. Serik Daniyaruly Omarbekov, born 1971, director of a grain depot. "
                "He denies the charges.\n\nAlhadji Issa Garba Mahamat opened the meeting. Rev. Elder Tavita Sefo led "
                "the prayer, and Faletua Lusia Sefo served lunch. The Rector, Ximena Paz Lobos, read the budget.\n")
    assert _found(reg, "omarbekov") == "Serik Daniyaruly Omarbekov"
    assert _found(reg, "issa garba mahamat") == "Issa Garba Mahamat"
    assert _found(reg, "tavita sefo") == "Tavita Sefo" and _found(reg, "lusia sefo") == "Lusia Sefo"
    assert _found(reg, "rector paz") == "Ximena Paz Lobos"


def test_a_label_line_naming_a_titled_person_or_a_person_and_post_is_no_heading(build):
    reg = build("Hearing record\nTenancy area: Gwynedd and Anglesey\nPresiding Officer: Ms Carys ap Emlyn\n"
                "Venue: Civic Hall, Bangor\nOutcome: Dismissed\nThe tenant appealed in March.\n"
                "Ms ap Emlyn found the notice valid.\n")
    assert _found(reg, "carys ap emlyn") == "Carys ap Emlyn"
    reg = build("Ridgeway Farmers Cooperative\nPoblacion, Malaybalay\nAttention: Atty. Renato Dimaculangan, President\n"
                "Subject: Audit findings\nWe have completed our audit.\nAtty. Dimaculangan did not reply.\n")
    assert _found(reg, "dimaculangan") == "Renato Dimaculangan"


def test_former_names_after_a_company_s_name_after_until_and_of_the_company_with_a_legal_form(build):
    reg = build("Marsh Reed Crafts traded as Lowland Basketry until 2016, when a cousin bought it. Kolos Terminal LLP "
                "stores wheat near the river. Until 2018 the company was registered as Steppe Grain Intake LLP. "
                "Brannock Lodges Ltd wants to build cabins in the townland of Derrykeel. The company was incorporated "
                "in 2012 as Lough Side Cabins Ltd and renamed later.\n")
    assert _found(reg, "lowland basketry") == "Marsh Reed Crafts"
    assert _found(reg, "steppe grain intake") == "Kolos Terminal LLP"
    assert _found(reg, "lough side cabins") == "Brannock Lodges Ltd"


def test_nicknames_after_a_description_after_a_bare_post_and_after_a_place_and_he(build):
    reg = build("2. Bekzod Alisherovich Tursunov, born 1975, director of Zarafshon Freight LLC, referred to in the "
                "bugged calls by the nickname \"Shaman\". He was released on bail.\n\nThe guild's spokesman is Héctor "
                "Quilapán Nahuel, treasurer, better known on the wharf as \"El Flaco\". On Saturday the council "
                "crowned Adebayo Olusegun Akinwale, a 45-year-old yam trader, as king. He took the throne name Oba "
                "Olatunde II. Around the market he is better known as \"Yam Baron\". On Tuesday, a 61-year-old driver "
                "was robbed.\n")
    assert _found(reg, "shaman") == "Bekzod Alisherovich Tursunov"
    assert _found(reg, "el flaco") == "Héctor Quilapán Nahuel"
    assert _found(reg, "yam baron") == "Adebayo Olusegun Akinwale" and "On Tuesday" not in _names(reg)


def test_an_acronym_of_a_body_s_unit_s_body_and_one_taking_a_syllable_of_the_first_word(build):
    reg = build("The case was opened by the Cyber Crimes Division of the Bureau for Customs Enforcement (BCE) in "
                "Karaganda. The BCE froze two accounts. The grant went to the Corporación para el Fomento Andino "
                "(CORFA), a private body. CORFA has not replied.\n")
    assert _found(reg, "bce") == "Bureau for Customs Enforcement"
    assert _found(reg, "corfa") == "Corporación para el Fomento Andino"


def test_a_name_typed_without_its_middle_name_and_a_partner_signing_for_a_firm(build):
    reg = build("Dr Ana Beatriz Solano Medrano said the water was safe. Tomás Solano Vera disagreed.\n\n"
                "We thank the staff.\nVery truly yours,\nMolina, Reyes & Uy\nBy: Dante Uy, CPA\nPartner\n")
    assert _found(reg, "ana solano medano") == "Ana Beatriz Solano Medrano"
    assert _found(reg, "dante uy") == "Dante Uy" and "CPA" not in _names(reg)
    assert any("Partner" in m.text for m in reg.lookup("dante uy").actor.mentions)


def test_a_heading_spelling_an_acronym_chiefly_and_union_titles_and_a_label_listing_people(build):
    reg = build("Northern Alliance of Dock and Harbour Workers\nStatement on the port dispute\nNADHW was founded in 1990 "
                "as the Harbour Porters' League. It speaks for 2,100 workers.\nComrade Thandeka Mokoena-Dube said the "
                "strike would go on. The statement was read by regional secretary Thandeka Mokoena-Dube.\n")
    assert _found(reg, "nadhw") == _found(reg, "harbour porters league") == "Northern Alliance of Dock and Harbour Workers"
    assert _found(reg, "mokoena dube") == "Thandeka Mokoena-Dube"
    reg = build("Pacific Rowing Federation\nDecision of the Appeals Panel\nPanel: Mosese Tuilagi (Chair), Dr Anita Ram Lal, "
                "Ratu Seru Vakaloloma\nDate of decision: 3 March 2026\n1. This is the decision of the Appeals Panel of the "
                "Pacific Rowing Federation (PRF). Until 2015 the PRF was known as the Pacific Amateur Rowing Union.\n"
                "2. Ratu Seru dissented on the penalty.\n")
    assert _found(reg, "ratu seru") == "Seru Vakaloloma"
    assert _found(reg, "pacific amateur rowing union") == "Pacific Rowing Federation"


def test_former_names_after_a_short_name_and_under_a_name_and_nicknames_that_people_call_her(build):
    reg = build("Her party, the Frente Cívico Serrano (FCS), was registered in 2017 as Unión Vecinal del Monte. The Delta "
                "Relief Network (DRN), which worked until 2021 under the name Delta Youth Group, reached 14 camps. The "
                "rower, Mele Tupou, is a 23-year-old from Nukualofa. Fans and the island papers call her \"Queen Mele\". "
                "The former mayor, Julián Ortiz Peña, known since his years as a bus driver as \"El Chato\", denies "
                "the charges.\n")
    assert _found(reg, "union vecinal del monte") == "Frente Cívico Serrano"
    assert _found(reg, "delta youth group") == "Delta Relief Network"
    assert _found(reg, "queen mele") == "Mele Tupou"
    assert _found(reg, "el chato") == "Julián Ortiz Peña"


def test_a_signer_of_a_long_post_a_role_with_capitals_a_nickname_opening_a_sentence_and_had_been_registered(build):
    reg = build("Yearbook 2024\nPresident's message\nIt was a demanding season. Our thanks go to every donor.\n"
                "Aroha Tipene, President of the Council of Governors\nHighlights of the season\nWe rescued 140 "
                "seals. Our chief veterinarian, Dr Mereana Kahui, ran the weekend clinic. Fishermen have long called "
                "her \"Nana Moana\". The pups were released in the presence of the department's Senior Fisheries "
                "Officer for Kaikoura, Tamati Ruru. Ruru offered a reward. Known to all in the harbour as \"Big "
                "Tui\", Councillor Grant Ashby has appealed for calm. The crews were recruited through a bureau called "
                "Southern Cross Crewing Bureau. The bureau had been registered in 2013 under the name Otago Maritime "
                "Placements.\n")
    assert _found(reg, "tipene") == "Aroha Tipene"
    assert _found(reg, "nana moana") == "Mereana Kahui"
    assert _found(reg, "ruru") == "Tamati Ruru"
    assert _found(reg, "big tui") == "Grant Ashby"
    assert _found(reg, "otago maritime placements") == "Southern Cross Crewing Bureau"


def test_titles_particles_and_joiners_of_names_in_more_languages(build):
    reg = build("The grower, Mzee Joseph Kimaro Lyimo, signed the complaint. The Mayor, Cr Fiona Dalgleish, met "
                "officers on 3 May. Penghulu Sapang Jalong spoke for the longhouse. The commander, Capt. Jógvan við "
                "Á, has 9,000 flying hours. Dr Ngumbang anak Sagat voted against the motion.\n")
    assert _found(reg, "lyimo") == "Joseph Kimaro Lyimo"
    assert _found(reg, "fiona dalgleish") == "Fiona Dalgleish"
    assert _found(reg, "sapang jalong") == "Sapang Jalong"
    assert _found(reg, "við á") == "Jógvan við Á"
    assert _found(reg, "ngumbang anak sagat") == "Ngumbang anak Sagat"


def test_nicknames_people_know_a_person_by_and_a_nickname_after_a_capitalised_post(build):
    reg = build("With us tonight is the Mayor of Veloria, Semisi Naivalu, who most of you know as Sami Boi. Sami Boi "
                "thanked the drivers. Mrs Ingrid Haldorsen, Treasurer of the Harbour Loan Society, known to members as "
                "\"Mor Inga\", read the accounts. Penghulu Lawai Ngau, who is known among the longhouse families by "
                "the teknonym Tama Ubong (\"father of Ubong\"), opened the hearing.\nMembers present: Hon. Kwabena "
                "\"Kobby Tee\" Asante, Vice-Chairperson; Hon. Efua Mensah\nCouncillor Asante asked about the drains.\n")
    assert _found(reg, "sami boi") == "Semisi Naivalu"
    assert _found(reg, "mor inga") == "Ingrid Haldorsen"
    assert _found(reg, "tama ubong") == "Lawai Ngau"
    assert _found(reg, "kobby tee") == _found(reg, "asante") == "Kwabena Asante"


def test_former_names_a_body_was_known_by_and_after_a_semicolon(build):
    reg = build("The depot is leased to Southgate Tram Services Pty Ltd, which trades as Rapid Loop and was known "
                "as Valley Tram Lines until its sale in 2017. The panel records that Quorvane was known until "
                "2020 as Medilux Diagnostics Pte Ltd, a name still on its lease. Tarvik Logistics has hauled grain "
                "since 2004; until June 2015 the company traded as Kestrel Carriers.\n")
    assert _found(reg, "valley tram lines") == _found(reg, "rapid loop") == "Southgate Tram Services Pty Ltd"
    assert _found(reg, "medilux diagnostics") == "Quorvane"
    assert _found(reg, "kestrel carriers") == "Tarvik Logistics"
    assert not any(" and was known as" in alias for a in reg.list() for alias in a.aliases)


def test_a_company_of_two_trades_and_a_body_in_a_state_named_again_in_its_language(build):
    reg = build("Two tugs from Dunmore Salvage and Towage freed the barge. Dunmore was known as the Port Authority "
                "Rescue Service until 2008. The police met the Association of Rice Traders in Guyana (Vereniging van "
                "Rijsthandelaren, VRH) on Monday.\n")
    assert _found(reg, "port authority rescue service") == "Dunmore Salvage and Towage"
    rice_traders = "Association of Rice Traders in Guyana"
    assert _found(reg, "vrh") == _found(reg, "vereniging van rijsthandelaren") == rice_traders


def test_a_letters_titled_sender_on_a_line_of_their_own_is_no_heading(build):
    reg = build("Ferry Services Review\nThe Hon Marguerite Ollivant-Baird MP\nMinister for Coastal Transport\nDear Mr "
                "Renshaw\nThe crossing is run by a private firm under a state contract.\nYours sincerely\nMarguerite "
                "Ollivant-Baird\n")
    assert _found(reg, "ollivant-baird") == "Marguerite Ollivant-Baird"


def test_a_venue_line_local_laws_and_streets_written_as_one_word_are_not_actors(build):
    reg = build("Venue: Session Hall, Second Floor, Town Hall Annex, Mabini Hill, Ormoc City\nThe council debated the "
                "Appropriation Ordinance for two hours. Under the Local Government Code the mayor must sign it. The "
                "robbers fled along the Keizerstraat towards the river. Councillor Ana Cruz voted against it.\n")
    names = _names(reg)
    assert names.get("Ana Cruz") == "person"
    assert not {"Session Hall", "Second Floor", "Town Hall Annex", "Mabini Hill", "Appropriation Ordinance",
                "Local Government Code", "Keizerstraat"} & set(names)


def test_a_nickname_inside_a_name_before_an_age_and_one_people_knew_him_by(build):
    reg = build("Another, Mr Tyrone \"Biscuit\" Gittens, 26, was found near the jetty. A case against a taxi "
                "driver, Delroy \"Professor\" Mayers, 38, was dismissed. Curtis Alleyne McDowall, 55, of Bath Town, "
                "St John, had worked the harvest for six years. Fellow cutters knew him as \"Parson\" because he read "
                "the lessons. Winston De Freitas, 62, a fisherman of Bridge Hill, St Andrew, who is known around the "
                "bay as \"Bigfoot\", was remanded in custody. The gang is run by a herder, Souleymane Kanouté, and "
                "his second is a former salt merchant from Tessit, Ali Garba Maiga, nicknamed \"The Scribe\" because "
                "he writes the letters.\n")
    assert _found(reg, "biscuit") == "Tyrone Gittens"
    assert _found(reg, "the scribe") == "Ali Garba Maiga"  # (the place before him is no one's: a new clause)
    assert _found(reg, "professor") == "Delroy Mayers"
    assert _found(reg, "parson") == "Curtis Alleyne McDowall"
    assert _found(reg, "bigfoot") == "Winston De Freitas"


def test_former_names_of_a_school_a_credit_union_and_a_railway_with_its_acronym(build):
    reg = build("The inspections were prompted by complaints from parents at Mount Kessel Valley High School, known "
                "until 2016 as Tamarack Road Junior High School, and at Birchfield Primary School. The Lakehead "
                "Community Credit Union lost C$3.4 million. The credit union, which was called the Holy Cross Nurses' "
                "Savings Credit Union until it widened its field of membership in 2011, has 4,200 members. The route "
                "is operated by Ferrovia Alta Brenta SpA (FAB). Ferrovia Alta Brenta was known as the Upper Brenta "
                "Valley Railway (UBVR) until its merger in 2012.\n")
    assert _found(reg, "tamarack road junior high school") == "Mount Kessel Valley High School"
    assert _found(reg, "holy cross nurses' savings credit union") == "Lakehead Community Credit Union"
    assert _found(reg, "upper brenta valley railway") == "Ferrovia Alta Brenta SpA"


def test_more_titles_a_patronymic_the_recogniser_missed_and_another_name_in_brackets(build):
    reg = build("The Registrar, Puan Siti Aisyah binti Mohd Kamal, will open the inquiry. Cik Lim Hui Shan kept the "
                "record. Its adviser, Counsel Marisa De Freitas, replied. Aunty Rhonda Baxter greeted the visitors. "
                "The nominees: Tunkan Ipay (Chinese name Wu Jia-hao), no party, and Huang Shu-fen.\n")
    assert _found(reg, "siti aisyah") == "Siti Aisyah binti Mohd Kamal"
    assert _found(reg, "lim hui shan") == "Lim Hui Shan"
    assert _found(reg, "de freitas") == "Marisa De Freitas"
    assert _found(reg, "rhonda baxter") == "Rhonda Baxter"
    assert _found(reg, "wu jia-hao") == "Tunkan Ipay"
    assert _found(reg, "chinese") is None


def test_a_signer_with_an_abbreviated_rank_over_an_acting_post_and_policies_are_not_actors(build):
    reg = build("Notice to Shipping No. 4 of 2025\nBelize River: sunken dredger\n1. Shipmasters are advised that a "
                "dredger sank near the river mouth on 14 June 2025.\n2. Anyone who ignores this Notice commits an "
                "offence. Ports must follow the National Safety Policy.\nCdr. Orlando Castillo-Young\n"
                "Port Commissioner (ag.)\n")
    assert _found(reg, "castillo-young") == "Orlando Castillo-Young"
    assert not {"Notice", "National Safety Policy"} & set(_names(reg))


def test_signers_over_their_posts_anywhere_and_surnames_with_an_apostrophe(build):
    reg = build("Yearly Report 2024\nThe Airport Authority ended the year with more passengers than ever.\n"
                "Louise-Anne d'Avila-Crane\nChairperson of the Authority\nHighlights of the year\nFlights rose by 4 "
                "per cent.\nDecision\nThe Markets Oversight Commission has approved the merger of Lakeview Dairies.\n"
                "For the Markets Oversight Commission\nSiobhán Nic Giolla Bhríde\nMember\nMarkets Oversight "
                "Commission\nYours faithfully,\nSunil Kumara Perera\nPresident\nNadeesha Dilrukshi Fernando\nGeneral "
                "Secretary\nKasun Chaminda Wickrama\nTreasurer\nCc:\n- Office of the President, Colombo\n- Ministry of "
                "Fisheries, Colombo\n- Federation of Coir Exporters, Colombo\n")
    assert _found(reg, "d'avila-crane") == "Louise-Anne d'Avila-Crane"
    assert _found(reg, "siobhan nic giolla bhride") == "Siobhán Nic Giolla Bhríde"
    assert _found(reg, "perera") == "Sunil Kumara Perera"
    assert _found(reg, "wickrama") == "Kasun Chaminda Wickrama"


def test_indian_courtesy_titles_a_police_rank_and_an_abbreviated_associate_professor(build):
    reg = build("The investigating officer, Police Inspector Sunil Gawade, said a case had been registered. The "
                "complaint was filed by Shri Mahesh Patil, a trustee, and Smt. Asha Jadhav, the hospital's legal "
                "officer. Assoc Prof Nirmala Rao, who chairs the ethics committee, said patients would be told.\n")
    names = _names(reg)
    assert {"Sunil Gawade", "Mahesh Patil", "Asha Jadhav", "Nirmala Rao"} <= set(names)
    assert not {"Smt", "Shri Mahesh Patil", "Assoc Prof Nirmala Rao"} & set(names)


def test_a_portfolio_list_ending_in_and_the_x_is_one_body(build):
    reg = build("The Department of Agriculture, Forestry and the Marine said it would not object to the sale. The "
                "Ministry of Health and the Red Cross sent two doctors.\n")
    names = _names(reg)
    assert "Department of Agriculture, Forestry and the Marine" in names and "Marine" not in names
    assert "Ministry of Health and the Red Cross" not in names


def test_broadcasters_first_nations_and_village_councils_have_their_kinds(build):
    reg = build("The debate will be broadcast live by the Pacific Islands Broadcasting Corporation (PIBC) on 10 "
                "April. The Broadcasting Authority of Ruritania said it would watch. Chief Anna Sappier of Red Cedar "
                "First Nation signed the agreement with the Mannar Grama Panchayat on Friday. Televisão Equatorial "
                "reported that the count had been delayed.\n")
    names = _names(reg)
    assert names["Pacific Islands Broadcasting Corporation"] == names["Televisão Equatorial"] == "media"
    assert names["Red Cedar First Nation"] == names["Mannar Grama Panchayat"] == "state or government"
    assert names.get("Broadcasting Authority of Ruritania", "organisation") == "organisation"


def test_former_names_a_body_was_registered_under(build):
    reg = build("The Ridgeway Potters' Cooperative, which was registered in 1981 as the Upland Clay Workers' "
                "Association, sells to four hotels. The ruling Movimento Popular para a Unidade do Sul (MPUS), "
                "registered until 2017 as the Frente Unida do Sul, took seven seats.\n")
    assert _found(reg, "upland clay workers association") == "Ridgeway Potters' Cooperative"
    assert _found(reg, "frente unida do sul") == "Movimento Popular para a Unidade do Sul"


def test_a_nickname_quoted_inside_an_untitled_name_and_the_nickname_with_the_surname(build):
    reg = build("The shares are sold by Rossmore Holdings Ltd, through which our chairman, Duncan \"Dunky\" Rossmore, "
                "has held a majority since 2009. Ignacio \"el Chato\" Benítez, who leads the plant's branch of the "
                "union, said the workers were paid on time.\n")
    assert _found(reg, "dunky rossmore") == _found(reg, "dunky") == "Duncan Rossmore"
    assert _found(reg, "el chato") == _found(reg, "benitez") == "Ignacio Benítez"


def test_a_name_before_its_post_a_paragraph_number_a_currency_sign_and_a_portuguese_do(build):
    reg = build("Situation Report No. 4\nJonah Talasasa Pitakaka, Director, National Disaster Management Office\n"
                "Juha-Matti Lehtola, General Manager of the plant since it opened, has been appointed Chief "
                "Operating Officer.\n2.4 Mrs Oloru has asked the committee to publish the rules.\nThe "
                "magistrate ordered him to pay Marsh-Tenby $2,400 in compensation. The main challenger was led by Dr "
                "Marta Neves do Carmo Lima, a physician.\n")
    names = _names(reg)
    assert names.get("Jonah Talasasa Pitakaka") == names.get("Juha-Matti Lehtola") == "person"
    assert _found(reg, "oloru") == "Oloru" and not any(n.startswith("2.4") for n in names)
    assert "Marsh-Tenby" in names and "Marsh-Tenby $" not in names
    assert _found(reg, "marta neves do carmo lima") == "Marta Neves do Carmo Lima"


def test_a_label_line_naming_an_honourable_is_no_heading(build):
    reg = build("House of Assembly Debates\nThursday, 12 June 2031\nSpeaker: Hon. Tūmanako Reweti\nMinisterial "
                "Statements\nLeader of the House: I am grateful, Speaker. The levy on empty homes rises to two per "
                "cent.\n")
    assert _found(reg, "reweti") == "Tūmanako Reweti"


def test_a_surname_written_first_in_capitals_over_a_post_and_what_is_no_signer(build):
    reg = build("Annual Meeting Minutes\nThe Secretary, Mrs Marie de Lourdes Uwamahoro, read the report.\nIn "
                "Mahajanga, Governor Anrifa Soilihi Abdou welcomed the guests. The ballot took place at the Sala das "
                "Colunas.\nSigned for the Association\nEngineer Farai Chikwanha, Catchment Officer\nMe Jean-Marc "
                "Kambere Paluku, President, Civil Society of Kisaho\nThe session ended at 17:25.\nYours "
                "faithfully,\nUWAMAHORO Marie de Lourdes\nTreasurer of the Board of Trustees\n")
    names = _names(reg)
    assert _found(reg, "uwamahoro") == "Marie de Lourdes Uwamahoro" and "UWAMAHORO Marie de Lourdes" not in names
    assert not {"In Mahajanga", "Sala das Colunas", "Catchment Officer", "Me Jean-Marc Kambere Paluku"} & set(names)


def test_a_short_name_spelt_out_in_brackets_after_it_is_listed_by_the_full_name(build):
    reg = build("The village unit of KASAM (Kerala Small Growers Movement) has collected claims from 52 growers. KASAM "
                "will meet the collector on Monday. The ZFB (Zollfahndungsbehörde) opened a file. Austria's Federal "
                "Police Office (Bundespolizeiamt, BPA) sent two officers.\n")
    assert _found(reg, "kasam") == "Kerala Small Growers Movement"
    assert _found(reg, "zfb") == "Zollfahndungsbehörde"
    assert _found(reg, "bundespolizeiamt") == "Federal Police Office"  # (another language's name: not the listed one)


def test_former_names_after_a_description_until_the_change_and_then_called(build):
    reg = build("Funding for the Kestrel Shire Board, the District's appointed managing body, known as the Kestrel "
                "Roads Trust until the name was altered in 2012, will cover road repairs. The District has 9,000 residents. "
                "Brightwater Feeds Group (BFG) posted its best profit in 2026, the strongest year since the group, "
                "then called Orton Farm Supplies, was floated in 2011.\n")
    assert _found(reg, "kestrel roads trust") == "Kestrel Shire Board"
    assert _found(reg, "orton farm supplies") == "Brightwater Feeds Group"


def test_a_byline_naming_where_the_writer_writes_from_names_the_writer(build):
    reg = build("Family Fortunes\nBy Inés Cabrera Sienra in Rivera Norte\nThe plant employs 900 people and exports "
                "wool to China.\n")
    assert _found(reg, "cabrera sienra") == "Inés Cabrera Sienra"
    assert _found(reg, "rivera norte") is None


def test_a_name_after_a_portfolio_of_three_words_with_particles_or_after_a_list_of_portfolios(build):
    reg = build("Quota notice\n\nThe fisheries inspectors counted the boats, and the police seized two of them. "
                "Minister of Fisheries Amadeo Quintanar Ruelas had said on 4 May that the quota was fair. "
                "Commissioner of Police Anton van der Heyde, who heads the coastal division, said the boats were "
                "unlicensed. "
                "Deputy Minister of Water, Sanitation and Rural Development Tomasz Wielgus visited the port on 2 June. "
                "A former Registrar of the Supreme Court of Tarsia, Mr Obed Marklund, chaired the inquiry.\n")
    names = _names(reg)
    assert names.get("Amadeo Quintanar Ruelas") == names.get("Anton van der Heyde") == "person"
    assert names.get("Tomasz Wielgus") == names.get("Obed Marklund") == "person"
    assert _found(reg, "minister quintanar") == "Amadeo Quintanar Ruelas"
    assert _found(reg, "van der heyde") == "Anton van der Heyde"
    assert not [name for name in names if {"Fisheries", "Development", "Tarsia"} & set(name.split())
                and names[name] == "person"]


def test_people_the_recogniser_missed_after_a_person_noun_before_a_post_in_brackets_or_an_honour(build):
    reg = build("Magistrates court roundup\n\nFencing was cut on land leased by farmer Orla Penhallow-Grice of "
                "Whin Ridge in March. Her Worship Annelise Crabbe-Moore found the case proved. The Hon Keshni "
                "Ramdeen-Lyle MP said the sentence was fair.\n\nPresent: Mariama Ndour-Faye (site manager) and "
                "Ablaye Sarr (Treasurer).\n\nThe Ombudsman for Coastal Rights (Ombudsman) was not present.\n")
    names = _names(reg)
    for person in ("Orla Penhallow-Grice", "Annelise Crabbe-Moore", "Keshni Ramdeen-Lyle", "Mariama Ndour-Faye",
                   "Ablaye Sarr"):
        assert names.get(person) == "person", person
    assert _found(reg, "crabbe-moore") == "Annelise Crabbe-Moore"
    assert "Coastal Rights" not in names



def test_a_role_labels_holder_after_a_colon_and_no_speech_or_firm_read_as_a_person(build):
    reg = build("Debate record\n\nThe debate was held on Monday in the town hall.\n\nModerator: Rewaz Hamakarim "
                "Barwari\n\nTimekeeper: Dilan Omer Barzinji\n\nMinutes taken by: Ivana Perić-Hodžić, Secretary of "
                "the Municipal Council\n\n"
                "PRESENTER: The Valley Haulage Workers union says it will appeal.\n\n"
                "The accounts were checked by a consulting firm, Norrland Assurance, last year.\n")
    names = _names(reg)
    assert names.get("Rewaz Hamakarim Barwari") == names.get("Ivana Perić-Hodžić") == "person"
    assert _found(reg, "barwari") == "Rewaz Hamakarim Barwari"
    assert not [name for name in names if name.startswith("The Valley") and names[name] == "person"]
    assert names.get("Norrland Assurance") != "person"


def test_a_short_name_after_the_name_in_its_own_language_in_sentence_case_is_the_english_names(build):
    reg = build("Rescue report\n\nThe call came at noon. The Mountain Patrol (Horská stráž Fatry, HSF) led the "
                "operation. The HSF closed the slope. A visitor (born in Tatry, HR) was injured.\n")
    assert _found(reg, "HSF") == _found(reg, "horska straz fatry") == "Mountain Patrol"
    assert "HR" not in _found_aliases(reg, "Mountain Patrol")


def test_an_unquoted_nickname_whom_people_know_a_person_by_and_a_four_word_name_after_a_portfolio(build):
    reg = build("Hospital strike\n\nThe health workers walked out on Monday. Vice Minister of Health Rodrigo Aníbal "
                "Terceros Villca said on Tuesday that the new clinic would open in June. Ernesto Balagtas, whom the "
                "fishermen of Dinagat call Mang Erning, opened the meeting. Balagtas spoke for an hour.\n")
    assert _found(reg, "terceros villca") == "Rodrigo Aníbal Terceros Villca"
    assert _found(reg, "mang erning") == "Ernesto Balagtas"


def test_a_numbered_list_of_names_and_roles_is_a_list_not_numbered_headings(build):
    reg = build("Squad named\n\nThe board named a squad of four for the tour on Monday.\n\nSquad\n\n"
                "1. Aru Velagi, goalkeeper\n\n2. Tuma Koiri, defender\n\n3. Sape Hanuabi, midfielder\n\n"
                "4. Loa Vereki, striker\n\n"
                "The squad flies out on Friday.\n")
    names = _names(reg)
    for person in ("Aru Velagi", "Tuma Koiri", "Sape Hanuabi", "Loa Vereki"):
        assert names.get(person) == "person", person


def test_a_kalenjin_arap_a_co_operative_a_role_before_mrs_and_a_body_named_with_its_state(build):
    reg = build("Stable notice\n\nThe stewards met on Saturday. Chepkoech arap Kiprono, the course vet, examined the "
                "colt. Trainer Mrs Adaeze Nwosu said the colt was lame. Members of the Harbour Lane Tenants "
                "Co-operative met on Tuesday. Staff at Eastvale University Malaysia and the Coastal Survey "
                "Department Malaysia sent a wreath.\n")
    names = _names(reg)
    assert _found(reg, "kiprono") == "Chepkoech arap Kiprono"
    assert _found(reg, "nwosu") == "Adaeze Nwosu"
    assert names.get("Harbour Lane Tenants Co-operative") == "organisation"
    assert names.get("Eastvale University Malaysia") == names.get("Coastal Survey Department Malaysia") \
        == "organisation"


def test_former_names_then_called_founded_as_or_the_former_and_a_university_named_for_a_bay(build):
    reg = build("Annual notice\n\nThe mill was built in 1931 by the Brackwater Farmers Milling Company, then "
                "called the "
                "Brackwater Growers Association, and sold in 1990. Forty nurses will train at the University of "
                "Marram Bay, the former Marram Bay Teachers College, from May. The Orvale Show Society, "
                "founded in 1902 as the Orvale Settlers Club, held its 90th show. The prizes were given by Mere Tane, "
                "the former Harbour Master. Film Board Tarsia (FBT), the agency for the screen sectors, known until "
                "2014 as "
                "the Tarsia Council for Film and the Arts (TCFA), opened its first call.\n")
    assert _found(reg, "brackwater growers association") == "Brackwater Farmers Milling Company"
    assert _found(reg, "marram bay teachers college") == "University of Marram Bay"
    assert _found(reg, "orvale settlers club") == "Orvale Show Society"
    assert "Harbour Master" not in _found_aliases(reg, "Mere Tane")
    assert _found(reg, "tcfa") == _found(reg, "tarsia council for film and the arts") == "Film Board Tarsia"


def test_a_clerics_title_before_a_name_and_a_monks_after_it_are_no_part_of_the_name(build):
    reg = build("Joint statement\n\nMoulavi Farook Ahamed Naleem, the imam, opened the meeting. Galkande Dhammaloka "
                "Thero, who chaired it, thanked the police. The next meeting will be chaired by Pallewela Sumedha "
                "Thero on Friday.\n")
    names = _names(reg)
    assert names.get("Farook Ahamed Naleem") == names.get("Galkande Dhammaloka") == "person"
    assert names.get("Pallewela Sumedha") == "person"


def test_signers_with_a_leading_apostrophe_or_an_abbreviated_title_over_their_posts(build):
    reg = build("Tariff decision\n7.1 The utility shall report each quarter.\n7.2 Any person aggrieved may apply for a "
                "review within 30 days.\nDr 'Masentle Lephoi\nChairperson of the Board\nAdv. Tšepiso Mokhathi\n"
                "Chief Executive\n")
    assert _found(reg, "lephoi") == "'Masentle Lephoi"
    assert _found(reg, "mokhathi") == "Tšepiso Mokhathi"


def test_an_irish_surnames_first_word_makes_a_name_a_persons(build):
    reg = build("Council notice\n\nThe motion was seconded by Gráinne Ní Dhomhnaill. The vote was close.\n")
    assert _names(reg).get("Gráinne Ní Dhomhnaill") == "person"


def test_a_persons_role_written_with_a_capital_before_the_name_is_no_part_of_it(build):
    reg = build("Stewards report\n\nJockey Darragh Mulcahy, whose licence expires in May, informed the Stewards. "
                "Farmer "
                "Tobias Obi said the crop failed. The Guardian Angel Trust paid for the feed.\n")
    names = _names(reg)
    assert names.get("Darragh Mulcahy") == names.get("Tobias Obi") == "person"
    assert names.get("Guardian Angel Trust") == "organisation"


def test_a_letters_signer_and_town_between_letters_is_a_person(build):
    reg = build("Letters to the editor\nPotholes on the coast road\nThe coast road has had the same potholes since the "
                "floods. Two tyres so far this winter.\nBronwyn Castellari, Oakridge\nSave the old cinema\nThe cinema "
                "closes in June unless the shire finds a buyer. It deserves better.\nDr Tomas Vaughan-Lee, secretary, "
                "Valley Film Society\nBus shelter\nThe shelter on Main Street will be rebuilt by March.\nCr Ewan "
                "Hale, Division 2, Valley Regional Council\nWinter show schedule\nThe show opens at nine each day.\n")
    assert _found(reg, "castellari") == "Bronwyn Castellari"
    assert _found(reg, "vaughan-lee") == "Tomas Vaughan-Lee"
    assert _names(reg).get("Ewan Hale") == "person"  # (a councillor's title, though his council follows the name)


def test_a_hassaniya_mint_a_french_mme_initials_for_a_full_name_and_nicknames_after_a_phrase(build):
    reg = build("Harbour bulletin\n\nThe board heard from Aïcha mint Brahim Fall that the dredging was late. "
                "Mme Odile Carrère-Vautrin, who chairs the users' committee, asked for a date. \"The dredger comes "
                "in May,\" said the harbour engineer, Ingrid van der Holst-Bakker, known to most skippers on the "
                "quay simply as Inka. Dr Ma. Teresa Quijano-Abad, the port's medical officer, who is known along "
                "the waterfront as Doc Tess, warned of fever cases.\nI.M. van der Holst-Bakker\nHarbour Master\n")
    names = _names(reg)
    assert _found(reg, "aicha mint brahim fall") == "Aïcha mint Brahim Fall"
    assert names.get("Odile Carrère-Vautrin") == "person"
    assert _found(reg, "inka") == _found(reg, "van der holst-bakker") == "Ingrid van der Holst-Bakker"
    assert _found(reg, "doc tess") == _found(reg, "quijano-abad") is not None


def test_an_honorific_that_is_also_a_given_name_is_a_title_where_the_text_uses_it_for_several_people(build):
    reg = build("Finding\n\nThe complaint was filed by Sri Vinay Kolar against Sri T. Anand Rao, the engineer. "
                "Rao denied it. The work went to Sri Balaji Motors. Sri Lanka was not involved.\nDon Ernesto Salas "
                "Rojas chaired the assembly; Don Ignacio Mora Vega seconded.\n")
    names = _names(reg)
    assert names.get("Vinay Kolar") == names.get("T. Anand Rao") == names.get("Ernesto Salas Rojas") == "person"
    assert names.get("Sri Lanka") == "state or government"
    assert names.get("Sri Balaji Motors") == "organisation"  # (a firm's name keeps it)
    alone = build("Show report\n\nDon Carver, a farmer, won the prize for his heifer. Carver thanked the judges.\n")
    assert _found(alone, "carver") == "Don Carver"  # one man called Don: his name


def test_a_country_in_brackets_after_a_persons_name_is_their_country_not_another_name(build):
    reg = build("Jury statement\n\nThe award went to the documentary Salt Roads. The jury thanks the festival staff.\n"
                "For the panel\nDr Amani Okoth-Ndeda (Tanzania), chair of the panel, critic\nLindiwe "
                "Dube-Mokoena (Botswana), sound designer\nThe Ndola Film Trust (NFT) paid for the prizes.\n")
    assert _names(reg).get("Lindiwe Dube-Mokoena") == "person"
    assert "Botswana" not in _found_aliases(reg, "dube-mokoena")
    assert "Tanzania" not in _found_aliases(reg, "okoth-ndeda")
    assert "Botswana" not in _names(reg)  # (named only as her country)
    assert _found(reg, "nft") == _found(reg, "ndola film trust") is not None  # (a short name in brackets is still one)


def test_a_former_name_after_founded_in_a_place_or_in_a_which_clause(build):
    reg = build("Season review\n\nThe season was the tenth for the Vardania Philharmonic (VP), which was founded in "
                "1990 as the Vardania Chamber Players; the present name dates from 2005. The island routes are run "
                "by Northsound Line Ltd. The company was founded in Eastholm in 1968 as Eastholm Motor Ferries; it "
                "has had its present name since 2011.\n")
    assert _found(reg, "vardania chamber players") == "Vardania Philharmonic"
    assert _found(reg, "eastholm motor ferries") == _found(reg, "northsound line") is not None
    assert "Eastholm Motor Ferries" not in _names(reg)


def test_a_conductors_and_chess_players_titles_are_not_part_of_their_names(build):
    reg = build("Concert and tournament notes\n\nThe gala was conducted by Maestra Rugun Teixeira Brandão. Maestra "
                "Brandão thanked the choir. The open section was won by GM Arkady Dumitrescu ahead of IM Bayu "
                "Sekarwati. "
                "WIM Sari Wulandari, who coaches the junior squad, finished fifth.\n")
    names = _names(reg)
    assert _found(reg, "brandao") == "Rugun Teixeira Brandão"
    assert names.get("Arkady Dumitrescu") == names.get("Bayu Sekarwati") == names.get("Sari Wulandari") == "person"


def test_a_batak_clan_name_after_boru_belongs_to_the_womans_name(build):
    reg = build("Synod resolutions\n\nThe Synod elected Tiara boru Panggabean as its treasurer. Ms Panggabean "
                "thanked the delegates.\n")
    assert _found(reg, "panggabean") == "Tiara boru Panggabean"


def test_ships_after_a_nordic_motorship_prefix_are_not_actors(build):
    reg = build("Annual report\n\nThe fleet is two ships. M/S Nordvik, our flagship, carried most of the traffic, "
                "while M/S Havtern ran the winter timetable for Skarvholm Shipping Ltd. The Board thanks the crews "
                "of M/S Nordvik.\n")
    names = _names(reg)
    assert not {"M/S Nordvik", "Nordvik", "M/S Havtern", "Havtern"} & set(names)
    assert "Skarvholm Shipping Ltd" in names


def test_a_short_name_made_of_the_first_syllables_of_the_long_name_it_stands_before(build):
    reg = build("Decision\n\nMarfed, the Maritime Federation of Vardania, backed the fine. Marfed said the port had "
                "waited long enough.\n")
    assert _found(reg, "marfed") == "Maritime Federation of Vardania"
    assert "Marfed" not in _names(reg)


def test_two_names_a_filing_defines_in_one_bracket_are_both_the_named_bodys(build):
    reg = build("Notice\n\nThe Vardania Securities Market Limited (\"the VSM\" or \"the Market\") advises that "
                "trading in Tamarind Foods Limited (\"Tamarind\" or \"the Issuer\") is suspended. The Market met "
                "the Issuer on Monday. The Market will decide by June.\n")
    assert _found(reg, "the market") == _found(reg, "vsm") == "Vardania Securities Market Limited"
    assert _found(reg, "the issuer") == _found(reg, "tamarind") == "Tamarind Foods Limited"
    assert not {"Market", "Issuer"} & set(_names(reg))


def test_a_board_signing_one_name_under_another_and_a_swedish_af_are_signers(build):
    reg = build("NORTHSOUND FERRIES OY\nThe Year in Review\nTo our owners\nFreight grew and the new berth opened on "
                "time. We carried more lorries than in any year before.\nEastholm, 3 March 2025\nKarin af "
                "Lindeberg\nManaging Director\nThe Board\nPer-Olof Nyqvist, Chair\nMaja Sundgren-Holm\nTobias "
                "Ekblad\n")
    assert _found(reg, "lindeberg") == "Karin af Lindeberg"
    assert _found(reg, "sundgren-holm") == "Maja Sundgren-Holm"
    assert _found(reg, "nyqvist") == "Per-Olof Nyqvist"


def test_mussammat_before_a_womans_name_is_her_title(build):
    reg = build("Finding\n\nThe complaint was filed by Mst. Razia Bano, a widow, against the district office. Mst. "
                "Bano was paid her pension in June.\n")
    assert _found(reg, "razia bano") == _found(reg, "bano") == "Razia Bano"


def test_a_former_names_translation_in_brackets_is_a_former_name_too(build):
    reg = build("Festival report\n\nThe festival is run by the Lakeside Arts Trust, which was registered in 2004 as "
                "the Kalai Thottam (Garden of Arts); the present name dates from 2015. The Trust thanked "
                "its sponsors.\n")
    assert _found(reg, "garden of arts") == _found(reg, "kalai thottam") == "Lakeside Arts Trust"
    assert "Garden of Arts" not in _names(reg)


def test_a_former_name_of_a_body_named_in_its_own_language_or_given_for_a_year(build):
    reg = build("Season report\n\nThe Coopérative Twiyungunye de Rushaka sold 410 tonnes this season. The cooperative "
                "was founded in 2003 as the Groupement des Planteurs de Rushaka (GPR) and took a new name in 2015.\n"
                "The Stiftung Nordlicht paid for the boat in May. The foundation was established in 1991 as the "
                "Leuchtturm Verein, and changed its name in 2008.\nThe files came from the Vardanian Customs "
                "Agency (VCA), which in 1981 was called the Border Revenue Office (Grenzzollamt, GZA).\n")
    assert _found(reg, "groupement des planteurs de rushaka") == "Coopérative Twiyungunye de Rushaka"
    assert _found(reg, "leuchtturm verein") == "Stiftung Nordlicht"
    assert _found(reg, "gza") == _found(reg, "border revenue office") == "Vardanian Customs Agency"


def test_a_name_written_with_an_okina_is_found_without_it(build):
    reg = build("Survey release\n\nThe survey was led by Leʻaupepe Tavita Sio, the government statistician. Sio said "
                "the figures were final.\n")
    assert _found(reg, "leaupepe sio") == _found(reg, "le'aupepe tavita sio") == "Leʻaupepe Tavita Sio"


def test_a_quoted_nickname_after_a_description_holding_a_place(build):
    reg = build("Release\n\nIn May the police questioned Olav Brekken, a Skarvik fisherman known on the quays as "
                "\"Radio-Olav\" because of the radio sets he mended. Brekken was released.\n")
    assert _found(reg, "radio-olav") == "Olav Brekken"
    assert "Radio-Olav" not in _names(reg)


def test_a_skippers_title_and_a_surname_after_a_particle_the_recogniser_found_apart(build):
    reg = build("Statement\n\nMestre Rui Carlos dos Anjos Pereira, known along the quay as \"o Ruivo\", has skippered "
                "the trawler for 26 years. Pereira denied the charge.\n")
    assert _found(reg, "pereira") == _found(reg, "o ruivo") == "Rui Carlos dos Anjos Pereira"


def test_former_names_registered_until_a_year_or_with_a_place_in_brackets_before_the_legal_form(build):
    reg = build("Notice\n\nVarrow Valley Buses Ltd, which traded as Pryde Brothers (Leominster) Ltd until 2014, "
                "will end two services in May. Kestrel Paving, a contractor registered as Brisk Quarry Stoneworks "
                "until 2019, won the depot contract.\n")
    assert _found(reg, "pryde brothers") == "Varrow Valley Buses Ltd"
    assert _found(reg, "brisk quarry stoneworks") == "Kestrel Paving"
    assert "Pryde Brothers" not in _names(reg) and "Brisk Quarry Stoneworks" not in _names(reg)


def test_a_nickname_typed_with_the_surname_finds_the_person(build):
    reg = build("Hearing note\n\nMr. Tamsin Varga, known to his neighbours as \"Tommo\", spoke first. Varga said the "
                "fence was his.\n")
    assert _found(reg, "tommo varga") == "Tamsin Varga"


def test_a_name_after_a_lower_case_honorific_or_a_bhutanese_one(build):
    reg = build("Deposits\n\nThe biggest gift came from doña Eulalia Quispe Mamani of the Comunidad Campesina de "
                "Sorapata, who brought 41 varieties. The audit named Aum Pelden Choden, a clerk. Choden said the land "
                "was her mother's.\n")
    assert _found(reg, "eulalia quispe") == "Eulalia Quispe Mamani"
    assert _found(reg, "pelden choden") == "Pelden Choden"


def test_a_term_a_filing_defines_for_a_body_then_a_former_name_of_it(build):
    reg = build("Award\n\nThis award concerns the sacking of Ravi a/l Kannan (\"the Claimant\") by Heron "
                "Coatings Sdn Bhd (\"the Company\") on 3 May 2024.\n1. The Company makes marine paint at its plant in "
                "Pasir Gudang. It was known as Tiong Hup Paints Sdn Bhd until 2018, when it was sold.\nThe Umuzi "
                "Growers Cooperative (\"Sow together\") sells maize.\n")
    assert _found(reg, "tiong hup paints") == "Heron Coatings Sdn Bhd"
    assert "Tiong Hup Paints Sdn Bhd" not in _names(reg)
    assert _found(reg, "sow together") is None  # a motto's translation in quotes is no name


def test_a_middle_initial_a_maa_particle_and_a_hyphened_rank(build):
    reg = build("Case note\n\nThe walk is led by Rev. Fr. Tobias Kisaka Wanjala, parish priest of Lugulu. Pilgrims "
                "may call Fr. Tobias K. Wanjala on the number below.\nIn August 2024 a sprayer at the Morendat farm, "
                "Samuel ole Tipape, was kept four nights on a ward in Gilgil when he had been ordered again into a "
                "sprayed greenhouse.\nThe bench said the case officer, Sub-Inspector Tariq Mehmood Bhatti, had logged "
                "the cheque only after the charge sheet was filed.\n")
    assert _found(reg, "wanjala") == "Tobias Kisaka Wanjala" and "Tobias K. Wanjala" not in _names(reg)
    assert _found(reg, "tipape") == "Samuel ole Tipape"
    assert _found(reg, "bhatti") == "Tariq Mehmood Bhatti"


def test_a_word_run_into_a_name_its_short_name_spells_without_and_a_titled_member_of_a_party(build):
    reg = build("Audit\n\n2. Through the Programme the Water and Drainage Corporation (WDC) hired Coral Aqua Systems "
                "Limited in June 2022 to build four plants.\nHon. Ambrister backed the motion, as did Hon. Sawyer of "
                "the Free Harbour Movement (FHM).\n")
    assert _found(reg, "wdc") == "Water and Drainage Corporation"
    assert _found(reg, "fhm") == "Free Harbour Movement"


def test_a_quoted_nickname_between_commas_with_whom_it_is_used_by(build):
    reg = build("Report\n\nThe shelter was set up by its founder, Marta Ulate Vindas, \"Doña Tita\" to everyone in "
                "Batán, who took in her first owl in 1999. Ulate still feeds them.\n")
    assert _found(reg, "doña tita") == "Marta Ulate Vindas"
    assert "Doña Tita" not in _names(reg)


def test_a_present_name_told_after_a_former_one_given_by_the_bodys_noun(build):
    reg = build("Appeal\n\nThe club was founded in 2004 as the Vereniging Smalspoor Oosthoek (Friends of the Oosthoek "
                "Tram) by retired drivers. It took its present name, Stichting Tramlijn Oosthoek (STO), in 2015, when "
                "it leased the depot.\n")
    assert _found(reg, "vereniging smalspoor oosthoek") == _found(reg, "friends of the oosthoek tram") \
        == "Stichting Tramlijn Oosthoek"


def test_a_partys_designation_or_a_referees_before_a_name_is_a_title(build):
    reg = build("Decision\n\nThe Tribunal heard the claim on 4 March. Claimant Obiechina, who is known in Enugu as "
                "\"Nnanyelugo\", says the levy was unlawful. Claimant Obiechina also asked for costs.\nReferee Wilson "
                "Tuquerres stopped the game.\n")
    assert _found(reg, "obiechina") == _found(reg, "nnanyelugo") == "Obiechina"
    assert _found(reg, "tuquerres") == "Wilson Tuquerres"


def test_a_former_name_after_a_description_and_a_former_names_gloss_for_a_body_named_by_its_noun(build):
    reg = build("Two aircraft operated by Kestrel Aerial Spraying (KAS), a private company known as Agrivol Norte "
                "until 2019, treated the fields. The Kestrel Housing Society (KHS) met on Friday. The chair noted that "
                "the society was founded in 1931 as the Tram Workers Housing Society Wiedikon "
                "(Trambahner-Wohngenossenschaft Wiedikon) by tram drivers.\n")
    assert _found(reg, "agrivol norte") == "Kestrel Aerial Spraying"
    assert _found(reg, "trambahner-wohngenossenschaft wiedikon") == "Kestrel Housing Society"


def test_two_signers_each_over_a_coordinators_or_a_chairs_post_close_a_report(build):
    reg = build("Annual report of the rescue team\n\nWe thank the police for their help on the mountain this "
                "year.\nIn an emergency, call 10177 and ask for the rescue desk.\nAnton de Villiers\nOperations "
                "Coordinator\nLerato Mokoena-Zulu\nChairperson\n")
    assert _names(reg).get("Anton de Villiers") == "person"


def test_a_fire_brigade_is_an_organisation_not_an_armed_group(build):
    reg = build("Twelve people were hurt. The club medical team gave first aid, and the Valdora Fire Brigade took five "
                "people to the hospital.\n")
    assert _names(reg).get("Valdora Fire Brigade") == "organisation"


def test_a_first_name_the_recogniser_read_as_a_place_opens_the_persons_name(build):
    reg = build("Grants awarded\n\nHugh Daniel MacKinnon, Creignish: $2,700 to record the old hymns\n")
    assert _found(reg, "mackinnon") == "Hugh Daniel MacKinnon"


def test_a_rulings_decision_in_capitals_is_no_actor(build):
    reg = build("Ruling\n\nThe application of Kalimbo Springs Corporation is hereby DENIED. The Board denied two other "
                "requests and granted one.\n")
    assert "DENIED" not in _names(reg) and "Kalimbo Springs Corporation" in _names(reg)


def test_a_traditional_leaders_and_a_chess_arbiters_titles_are_cut_from_names(build):
    reg = build("The heritage council met Inkosi Zanele Mqhayi of the amaGcaleka. Mqhayi asked that the site be "
                "listed.\nThe appeal was heard by IA Grace Nabukeera and two other arbiters. Nabukeera said the moves "
                "were agreed.\n")
    assert _found(reg, "mqhayi") == "Zanele Mqhayi"
    assert _found(reg, "nabukeera") == "Grace Nabukeera" and _names(reg)["Grace Nabukeera"] == "person"


def test_a_dispatch_or_a_messenger_is_a_newspaper_and_a_changed_corporate_names_old_name_is_a_former_name(build):
    reg = build("The Tyume Dispatch reported the decision. Manila Springs Water Corporation changed its corporate "
                "name from Pasig Fresh Bottlers, Inc. in 2021.\n")
    assert _names(reg).get("Tyume Dispatch") == "media"
    assert _found(reg, "pasig fresh bottlers") == "Manila Springs Water Corporation"


def test_a_trading_name_after_a_comma_and_titles_before_a_name(build):
    reg = build("Closure order\n\nTo: 3391027 Alberta Ltd., trading as Silver Lotus Noodle House, and its "
                "director.\nThe Senate referred the matter to a panel chaired by Assoc. Prof. Grace Nakato Mubiru of "
                "the Faculty of Law. Jockey Ravi Persad-Khan rode the filly in the third race.\n")
    assert _found(reg, "silver lotus noodle house") == "3391027 Alberta Ltd."
    assert _found(reg, "mubiru") == "Grace Nakato Mubiru" and "Assoc" not in _names(reg)
    assert _found(reg, "persad-khan") == "Ravi Persad-Khan"


def test_a_cue_word_used_as_an_adjective_in_a_description_gives_no_kind(build):
    reg = build("Harbour Board Notice 4/2027\n1. Saltmarsh Lines Limited has paid for the repairs to the east "
                "fender.\n2. The Board has allocated these berth windows from 1 March 2027:\n(a) Berth 2, Monday 0600 "
                "to Tuesday 1800, every week: Saltmarsh Lines Limited, weekly Suva–Lautoka–Savusavu general cargo "
                "service;\n(b) Berth 3, Wednesday 0800 to Thursday 1200, every week: Reef Pass Ferries, passenger "
                "service.\n")
    assert _names(reg).get("Saltmarsh Lines Limited") == "organisation"  # not a general's, nor a weekly paper's
    assert "Limited" not in _found_aliases(reg, "saltmarsh lines")  # a legal form is no person's surname


def test_titles_of_minutes_a_fire_service_a_chief_and_a_barrister_are_cut_from_names(build):
    reg = build("The motion carried 5 to 2. Members Roland Pelletier and Carla Menzies voted against, saying the site "
                "should stay open. Councillors Hemi Walker and Tom Bell abstained. Members of the Ngqeleni "
                "Livestock Theft Unit attended.\nThe report, signed by "
                "Fire Superintendent Hamdan Yusri bin Osman Jalil, found the fire accidental. We thank Kgosi "
                "Kagiso Mothibedi, who opened the show.\nThe Council was represented by Ciarán Ó Cathasaigh BL, "
                "instructed by Mulcahy Breen LLP.\n")
    names = _names(reg)
    assert names.get("Roland Pelletier") == "person" and names.get("Hemi Walker") == "person"
    assert names.get("Ngqeleni Livestock Theft Unit") == "organisation"  # "Members of the …" is no title
    assert _found(reg, "jalil") == "Hamdan Yusri bin Osman Jalil"
    assert _found(reg, "mothibedi") == "Kagiso Mothibedi"
    assert names.get("Ciarán Ó Cathasaigh") == "person"


def test_a_village_its_part_or_a_temple_named_by_its_first_word_is_a_place(build):
    reg = build("Under the programme we energised 14 sitios, among them Sitio Kalubihan and Sitio Tagpuan in "
                "Dimasalang, which had waited since 2016.\nThe rangers of Kampung Lubok Tangkai met the district "
                "officer, Encik Rahim Salleh.\n")
    assert set(_names(reg)) == {"Rahim Salleh"}
    temple = build("The monk Venerable Chhay Sokha founded Wat Preah Vihear Thom in a former warehouse on Pine Street "
                   "in 1986.\n")
    assert set(_names(temple)) == {"Chhay Sokha"}  # "Wat": a Buddhist temple



def test_a_hall_a_point_or_a_block_is_a_place_and_a_ceremony_or_a_card_is_no_actor(build):
    """Over the 400 reports of the fitted and read sets, no gold actor's name ends in these words, and the lists had
    named 18 of them: a venue, a headland, a plot of land or a building; an event; a document. Only as a name's last
    word: "the main hall of X" leaves X an actor."""
    places = build("Arts Festival Closing Report\nThe Brindlewood Choral Society held its autumn concert in Tolvey "
                   "Memorial Hall on Saturday, and Tolvey Memorial Hall was full. The conductor, Maren Oyelaran, "
                   "thanked the audience.\nKessock Point hosted the regatta, and the volunteers of Kessock Point "
                   "cleared the beach.\nThe Ostler Block was repaired. Rehearsals move to the Ostler Block until "
                   "March.\n")
    assert set(_names(places)) == {"Brindlewood Choral Society", "Maren Oyelaran"}
    things = build("Ombudsman Findings\nThe complainant, Mrs Halima Rind, showed her Computerised Resident Identity "
                   "Card at the counter. The clerk said the Computerised Resident Identity Card had expired.\nThe "
                   "Polytechnic held its Fourth Convocation Ceremony on 12 May. At the Convocation Ceremony, the "
                   "Rector, Dr Bello Aminu, addressed 900 graduands.\n")
    assert set(_names(things)) == {"Halima Rind", "Bello Aminu"}



def test_a_detective_s_abbreviated_rank_is_cut_from_the_name(build):
    reg = build("Police Bulletin\nAnyone with information is asked to contact the investigating officer, Det Sgt Lwazi "
                "Ntombela, at Qumbu police station. Det Insp Riaan Koekemoer leads the task team.\n")
    names = _names(reg)
    assert names.get("Lwazi Ntombela") == "person" and names.get("Riaan Koekemoer") == "person", names
    assert _found(reg, "ntombela") == "Lwazi Ntombela"


def test_a_lawyers_me_a_sesotho_ntate_and_a_dutch_drs_are_titles(build):
    reg = build("Rent Fixing Decision\nThe landlord was represented by Me Karim Benali. For the club, Me Anne-Sophie "
                "Goossens said the ruling was unfair.\nThe returning officer, Ntate Teboho Mphutlane, received the "
                "nomination of Ntate Lehlohonolo Sekoati on Monday.\n")
    names = _names(reg)
    for person in ("Karim Benali", "Anne-Sophie Goossens", "Teboho Mphutlane", "Lehlohonolo Sekoati"):
        assert names.get(person) == "person", (person, names)
    assert _found(reg, "benali") == "Karim Benali"
    dutch = build("Incident Review Summary\nThe review was led by drs. Maarten Koopmans, a hospital pharmacist.\n"
                  "Drs. Koopmans wrote the summary.\n")
    assert _found(dutch, "drs. koopmans") == "Maarten Koopmans"  # Dutch "drs.", a graduate's title

def test_a_lower_case_adjective_the_recogniser_read_into_a_name_is_cut(build):
    reg = build("The fair lost three exhibitors to the quarantine ordered last month by the national Department of "
                "Fisheries. Its inspectors visited every stall.\n")
    assert "Department of Fisheries" in _names(reg) and "national Department of Fisheries" not in _names(reg)


def test_a_former_name_with_its_own_short_name_in_brackets_is_an_alias(build):
    reg = build("Decision of the Ombudsman\n1. The Insurance Ombudsman Service (IOS), which operated as the Insurance "
                "Claims Bureau (ICB) until 2014, is an independent body. The IOS received the complaint on 3 May "
                "2025.\n")
    assert _found(reg, "insurance claims bureau") == "Insurance Ombudsman Service"
    assert set(_names(reg)) == {"Insurance Ombudsman Service"}


def test_a_signers_name_with_a_quoted_nickname_over_a_post_mid_report_is_a_person(build):
    reg = build("Message from the President\nThe season ended with two new trophies for the club.\nHarold \"Buzz\" "
                "Haumoana\nPresident\nTreasurer's report\nThe club ended the year with $4,210 in hand.\n")
    assert _found(reg, "haumoana") == "Harold Haumoana" and _found(reg, "buzz") == "Harold Haumoana"


def test_a_nickname_after_a_persons_age_and_home_is_the_persons(build):
    reg = build("Two miners died when the pit wall slid: Mr Desmond Kowlessar, 29, of Kurupung, known as \"Tall "
                "Boy\", and Mr Ramon Oliveira, 44, a Venezuelan national. Both were taken to the Kurupung District "
                "Hospital.\n")
    assert _found(reg, "tall boy") == "Desmond Kowlessar"
    assert "Tall Boy" not in _found_aliases(reg, "kurupung district hospital")


def test_a_farm_supply_company_named_x_agri_is_an_organisation(build):
    reg = build("The Society thanks its main sponsor, Moletsane Agri (formerly Ditsobotla Boere-Unie), for the "
                "trophies and the marquee.\n")
    assert _names(reg).get("Moletsane Agri") == "organisation"
    assert "Agri" not in _found_aliases(reg, "moletsane agri")


def test_a_police_force_named_in_its_own_language_is_a_body_not_a_newspaper(build):
    reg = build("After the crash the Guardia Rural Nacional (GRN) breathalysed the driver, who was sober.\nThe "
                "farmer told the GRN that his tractor had stalled on the rails before.\n")
    assert _names(reg).get("Guardia Rural Nacional") == "organisation"


def test_a_vessel_named_after_its_noun_and_said_who_operates_it_is_no_actor(build):
    reg = build("On 3 May the general cargo vessel Tasman Pioneer, operated by Rangitoto Coastal Lines Ltd, struck the "
                "north dolphin. No one was hurt.\n")
    assert set(_names(reg)) == {"Rangitoto Coastal Lines Ltd"}


def test_a_shilling_abbreviation_before_a_price_and_an_avenue_are_no_actors(build):
    reg = build("Market report\nThe average price was KShs 307.50 per kg, up from KShs 296.10 a week earlier.\n"
                "Lakeside Produce Brokers Limited\nNyerere Avenue, Kisumu\n")
    assert "KShs" not in _names(reg) and "Nyerere Avenue" not in _names(reg)


def test_a_quoted_nickname_after_of_with_lower_case_words_or_given_by_knew_him_simply_as_is_the_persons(build):
    reg = build("Harbour Board Annual Meeting\nThe meeting re-elected the board, with the exception of Torvald "
                "Haugsnes, known to everyone on the quay as \"Tobba\", who retired after twenty years. The ferry "
                "captain is Mr Baraka Otieno Njoroge, known to every passenger as \"Mzee wa Bahari\" for his forty "
                "crossings. One trustee, Mr Walter Brennan of Kilcullen, known across the county as \"Wally "
                "B\", spoke against the budget. The flanker Pieter-Hein van Rooyen, the 31-year-old captain of "
                "Okahandja Eagles RFC, known to supporters as \"Bokkie\", was sent off.\nMs Araceli Montenegro "
                "opened the first bakery in 1961. Everyone in Ayacucho called her \"la Panadera\".\n")
    assert _found(reg, "tobba") == "Torvald Haugsnes"
    assert _found(reg, "mzee wa bahari") == "Baraka Otieno Njoroge"
    assert _found(reg, "wally b") == "Walter Brennan"
    assert _found(reg, "bokkie") == "Pieter-Hein van Rooyen"
    assert _found(reg, "la panadera") == "Araceli Montenegro"


def test_a_line_naming_a_roles_holder_is_cited_and_its_person_listed_not_read_as_a_heading(build):
    reg = build("Flood Warning Bulletin No. 4\nThe river is expected to rise above the alert level at the bridge by "
                "Thursday.\nResidents of the low fields should move their animals to higher ground.\n"
                "Duty forecaster: Ana Maria dos Reis Nhaca\nIssued at 06:00 on 3 February\n"
                "Decision on the Landing Place\nThe harbour landing place will close for repairs in March.\n"
                "Before Administrative Judge Léonie Tremblay-Gagnon\nThe tenant asked for a rent reduction.\n"
                "Inspector of Police Marlies Wongsodikromo-Kasanpawiro\nHead of Public Relations\n")
    for person, query in (("Ana Maria dos Reis Nhaca", "ana maria dos reis nhaca"),
                          ("Léonie Tremblay-Gagnon", "judge tremblay-gagnon"),
                          ("Marlies Wongsodikromo-Kasanpawiro", "wongsodikromo kasanpawiro")):
        lookup = reg.lookup(query)
        assert lookup.actor and lookup.actor.name == person, (query, lookup)
        assert any(person in m.text for m in lookup.actor.mentions), lookup.actor.mentions  # the line is cited
    assert "Landing Place" not in " ".join(_names(reg))  # a heading naming a place stays a heading


def test_the_former_name_of_a_university_and_a_cooperative_that_began_as_another_body_are_former_names(build):
    reg = build("Annual Report of the Valley Water Board\nThe Board has signed an agreement with the University of "
                "Tamsby, the former Tamsby Institute of Mines, to train 40 young plant operators.\nThe Lantaw Electric "
                "Cooperative supplies the island. Our cooperative began in 1979 as the Lantaw Rural Power "
                "Association (LRPA), a diesel plant that ran six hours a night.\n")
    assert _found(reg, "tamsby institute of mines") == "University of Tamsby"
    assert _found(reg, "lantaw rural power association") == "Lantaw Electric Cooperative"
    assert "Tamsby Institute of Mines" not in _names(reg)


def test_thai_dutch_oshiwambo_and_spanish_professional_titles_are_cut_from_names(build):
    reg = build("Field Situation Report\nKhun Pranee Wongsuwan of the district office met the new arrivals, and "
                "Palad Somchai Rattanakorn signed the shelter register.\nThe concert was opened by Barones Mathilde "
                "de Spoelberch.\nTatekulu Festus Nghishililwa and Meekulu Aina Shikongo asked the council to keep "
                "the old name.\nThe herd was examined by MVZ Rodrigo Salcedo Ibarra and Blga. Paula Andrade Cueva.\n")
    names = _names(reg)
    for person in ("Pranee Wongsuwan", "Somchai Rattanakorn", "Mathilde de Spoelberch", "Festus Nghishililwa",
                   "Aina Shikongo", "Rodrigo Salcedo Ibarra", "Paula Andrade Cueva"):
        assert names.get(person) == "person", (person, names)
    assert _found(reg, "wongsuwan") == "Pranee Wongsuwan" and _found(reg, "ibarra") == "Rodrigo Salcedo Ibarra"


def test_a_nickname_given_by_whom_people_along_a_named_river_call_is_the_persons(build):
    reg = build("Drought Bulletin\nSenior hydrologist Tendai Mukarati, whom farmers along the Save call \"Baba "
                "Mvura\", warned that the dams were low.\n")
    assert _found(reg, "baba mvura") == "Tendai Mukarati"


def test_a_generational_suffix_stays_in_the_name_and_lookups_find_the_person_with_or_without_it(build):
    reg = build("Seed Bank Annual Report\nThe curator, Dr. Emiliano Pangilinan Jr., said the seeds were safe. "
                "Pangilinan thanked the farmers of Kiangan.\n")
    assert _names(reg).get("Emiliano Pangilinan Jr.") == "person", _names(reg)
    for query in ("pangilinan", "emiliano pangilinan", "emiliano pangilinan jr"):
        assert _found(reg, query) == "Emiliano Pangilinan Jr.", query
    # written without its stop, the name keeps it so
    reg = build("The assistant coach, Tamás Szabó Jr, told the panel he had seen nothing. Szabó left in May.\n")
    assert _names(reg).get("Tamás Szabó Jr") == "person", _names(reg)


def test_a_double_barrelled_surname_the_recogniser_cut_at_its_hyphen_is_one_name(build):
    reg = build("Season Announcement\nThe Polish conductor Agnieszka Kwiatkowska-Buś (38) will become the chief "
                "conductor on 1 September.\nKwiatkowska-Buś has conducted the orchestra twice.\n")
    assert _found(reg, "agnieszka kwiatkowska bus") == "Agnieszka Kwiatkowska-Buś"
    assert _found(reg, "kwiatkowska-bus") == "Agnieszka Kwiatkowska-Buś"


def test_a_capitalised_iberian_honorific_names_the_whole_person_after_it(build):
    reg = build("Notice to Members\nThe Board thanks Don Octavio de Jesús Zuluaga Mejía, who retired this month after "
                "twenty years.\nThe Board also welcomes Doña Rosalba Henao Quintero to the supervisory committee.\n")
    names = _names(reg)
    assert names.get("Octavio de Jesús Zuluaga Mejía") == "person", names
    assert names.get("Rosalba Henao Quintero") == "person", names
    assert _found(reg, "zuluaga mejia") == "Octavio de Jesús Zuluaga Mejía"


def test_a_name_after_a_post_glossed_in_brackets_is_a_person(build):
    reg = build("Season Announcement\nManaging director (intendant) Jan-Willem Vroman, in post since 2015, leaves "
                "on 31 May to run the Stadsschouwburg Brugge.\nThe chief conductor (chef-dirigent) Ilse Moerman will "
                "lead the tour.\n")
    names = _names(reg)
    assert names.get("Jan-Willem Vroman") == "person", names
    assert names.get("Ilse Moerman") == "person", names
    assert _found(reg, "vroman") == "Jan-Willem Vroman"


def test_a_role_opening_a_sentence_that_the_report_writes_in_lower_case_is_no_part_of_the_name(build):
    reg = build("Season Announcement\nTimpanist Joris Van Acker, who joined the orchestra in 1990, will retire in "
                "June.\nHis successor as principal timpanist is still to be chosen.\n")
    names = _names(reg)
    assert names.get("Joris Van Acker") == "person", names
    assert _found(reg, "timpanist joris van acker") == "Joris Van Acker"


def test_malagasy_and_french_titles_and_a_chartered_accountants_letters_are_cut_from_names(build):
    reg = build("Preliminary Statement\nThe mission was led by Ramatoa Fanja Rasoanaivo-Ravelo, with Andriamatoa Hery "
                "Randrianasolo as deputy.\nPasteur Mamy Rakotoarisoa spoke for the church list.\nThe accounts were "
                "examined by Ewan MacAulay CA, of MacAulay & Co in Portree.\n")
    names = _names(reg)
    for person in ("Fanja Rasoanaivo-Ravelo", "Hery Randrianasolo", "Mamy Rakotoarisoa", "Ewan MacAulay"):
        assert names.get(person) == "person", (person, names)
    assert _found(reg, "randrianasolo") == "Hery Randrianasolo"


def test_a_polish_sports_clubs_letters_open_its_name(build):
    reg = build("Disciplinary Ruling\nThe tournaments were reported by MKS Goniec Tomaszów, whose president is Jan "
                "Wiśniewski.\nThe club was fined.\n")
    names = _names(reg)
    assert names.get("MKS Goniec Tomaszów") == "organisation", names
    assert names.get("Jan Wiśniewski") == "person", names
    assert "MKS" not in names, names


def test_a_post_is_no_actor_and_the_name_after_a_spoken_title_is_a_person(build):
    reg = build("Closure Order\nOn 2025-08-14, Park Warden Élise D'Astous and technician Rowan Price found the "
                "carcass.\nAt noon the Zoo Ranger, Ms Aoife Brennan, closed the gate, and the Wildlife Warden was "
                "told.\n")
    names = _names(reg)
    assert names.get("Élise D'Astous") == "person", names
    assert names.get("Aoife Brennan") == "person", names
    assert not {"Park Warden", "Zoo Ranger", "Wildlife Warden"} & set(names), names
    assert _found(reg, "warden d'astous") == "Élise D'Astous"


def test_a_law_or_a_form_named_head_first_in_spanish_or_french_is_no_actor(build):
    reg = build("Seizure Release\nThe exporter, Pesquera Los Bajos S.A., was charged under the Código Orgánico de "
                "Pesca and the Ley de Aguas Marinas, and its Declaración Aduanera de Exportación was seized by the "
                "customs service.\nThe case also falls under the Décret Maritime of the partner state.\n")
    names = _names(reg)
    assert not {"Código Orgánico de Pesca", "Ley de Aguas Marinas", "Declaración Aduanera de Exportación",
                "Décret Maritime"} & set(names), names
    assert "Pesquera Los Bajos S.A." in names or "Pesquera Los Bajos" in names, names


def test_a_nickname_inside_a_name_with_particles_or_on_a_signature_line(build):
    reg = build("Rescue Report\nOur team doctor, Dr Willem \"Doc Wim\" van der Berg, treated the climber at the hut.\n"
                "The board approved the budget.\nSigned\nDesmond \"Snapper\" Cartwright\nChairman, Board of Trustees\n")
    names = _names(reg)
    assert names.get("Willem van der Berg") == "person", names
    assert names.get("Desmond Cartwright") == "person", names
    assert _found(reg, "doc wim") == "Willem van der Berg"
    assert _found(reg, "snapper") == "Desmond Cartwright"


def test_a_company_read_as_a_person_before_its_bracketed_legal_form_and_a_former_name_known_until(build):
    reg = build("Heritage Decision\n4.1 The owner, Mthembu Bulk Traders (Pty) Ltd, which was known as Kei River "
                "Traders (Pty) Ltd until 2019, objected to the listing.\n"
                "4.2 The school, St Anselm's Mission School, known until 1987 as the Qora Lower Primary School, "
                "supported it.\n"
                "4.3 The sponsor, Corvane Pharma B.V., a company based at the Delft Science Park, known until 2021 as "
                "Corvane Labs, paid for the survey.\n")
    names = _names(reg)
    assert names.get("Mthembu Bulk Traders (Pty) Ltd") == "organisation", names
    assert _found(reg, "Kei River Traders") == "Mthembu Bulk Traders (Pty) Ltd"
    assert _found(reg, "qora lower primary school") == "St Anselm's Mission School"
    assert _found(reg, "corvane labs") == "Corvane Pharma B.V."
    assert not {"St Anselm", "Mission School"} & set(names), names


def test_church_and_customary_titles_and_a_regnal_number_stay_out_of_the_surname(build):
    reg = build("Annual Statement\nDeacon Losa Kacaw, treasurer, presented the accounts. The complaint was made by "
                "Togbe Dzifa Agbemenu IV, chief of the area. Taita Rumaldo Yalanda Cuchillo, governor of the "
                "cabildo, spoke next. Matua Hone Parata and Whaea Mere Kopua opened the meeting with a prayer. "
                "Evangelist Ikal Sawmah led the hymns.\n")
    names = _names(reg)
    for name in ("Losa Kacaw", "Dzifa Agbemenu IV", "Rumaldo Yalanda Cuchillo", "Hone Parata", "Mere Kopua",
                 "Ikal Sawmah"):
        assert names.get(name) == "person", (name, names)
    assert _found(reg, "agbemenu") == "Dzifa Agbemenu IV"
    assert "IV" not in _found_aliases(reg, "agbemenu"), _found_aliases(reg, "agbemenu")


def test_a_name_in_its_own_language_with_two_lower_case_joiners_and_the_acronym_it_spells(build):
    reg = build("Bulletin\nThe bulletin went to the National Unit for Flood Risk Management (Unidad Nacional para la "
                "Gestión del Riesgo de Inundaciones, UNGRI) and to the mayor.\nThe UNGRI will meet on Friday.\n")
    assert _found(reg, "ungri") == _found(reg, "national unit for flood risk management") is not None
    assert len([a for a in reg.list() if "UNGRI" in [a.name, *a.aliases]]) == 1


def test_a_double_barrelled_surname_the_recogniser_reads_as_a_facility_or_a_body(build):
    reg = build("Concert Notice\nThe orchestra premiered a short work written by the composer Nandi Mahlangu-Zulu with "
                "a grant from the arts council.\nThe board thanked the conductor Lindiwe Nkosi-Dube for her work.\n")
    names = _names(reg)
    assert names.get("Nandi Mahlangu-Zulu") == "person", names
    assert names.get("Lindiwe Nkosi-Dube") == "person", names
    assert _found(reg, "mahlangu zulu") == "Nandi Mahlangu-Zulu"


def test_a_signature_line_with_the_name_in_another_script_is_a_signer_not_a_heading(build, tmp_path):
    text = ("Accounts\nWe examined the books of the congregation and found them in order.\n"
            "Elder Sawmah Ikal, Auditor\nElder Lin Mei-hua (林美華), Auditor\nApproved on behalf of the Session:\n"
            "Rev. Dongi Lafang, Moderator\n")
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    documents, sentences = read_report(path)
    assert "Elder Lin Mei-hua (林美華), Auditor" in [s.text for s in sentences]
    assert "Elder Lin Mei-hua (林美華), Auditor" not in documents[0].sections
    assert _found(build(text), "lin mei hua") == "Lin Mei-hua"


def test_a_party_named_by_a_letter_a_clause_numbered_in_capitals_and_a_firm_after_messrs(build):
    reg = build("Award\nThe claimant was represented by Messrs Tan, Subramaniam & Partners, and the company by Messrs "
                "Wong & Co.\nPatient B told the panel that Resident C had been moved twice.\nRESOLVES\nSEVENTH. The "
                "board shall publish this award.\nNINTH. The costs fall on the company.\n")
    names = _names(reg)
    assert names.get("Tan, Subramaniam & Partners") == "organisation", names
    assert names.get("Wong & Co") == "organisation" or names.get("Wong & Co.") == "organisation", names
    assert not {"Patient B", "Resident C", "SEVENTH", "NINTH", "Messrs Tan", "Subramaniam & Partners"} & set(names), \
        names


def test_a_name_in_brackets_after_a_name_is_the_persons_whole_even_where_the_recogniser_cut_it(build):
    reg = build("Library Report\nThe speaker was Hang Nguyen (Nguyễn Thị Hằng), a teacher at the branch school, who "
                "said the branch would reopen in March.\n")
    assert _found(reg, "Nguyễn Thị Hằng") == _found(reg, "hang nguyen") is not None
    assert "Thị Hằng" not in _names(reg), _names(reg)


def test_a_term_a_notice_defines_for_a_body_named_with_its_state_after_a_comma_is_the_bodys(build):
    reg = build("Suspension Notice\n1. The Nursing Council, Malawi (the Council) hereby suspends the licence of "
                "Meridian Care Limited.\n2. The Council inspected the premises on 3rd May.\n")
    assert "Council" not in _found_aliases(reg, "malawi"), _found_aliases(reg, "malawi")
    assert _found(reg, "the council") == _found(reg, "nursing council") is not None


def test_a_pharmacists_title_a_role_on_record_and_a_patronymic_before_the_only_name_found(build):
    text = ("Inspection Finding\nPremises: Harbour Medicals Pharmacy, 3 Wharf Road\nSuperintendent pharmacist on record: "
            "Pharm. Ibrahim Sorie Kamanda\nThe board inspected the premises in March. Its new deputy, Capt. Mariemou "
            "mint Cheikh, joined the inspection.\n")
    names = _names(build(text))
    assert names.get("Ibrahim Sorie Kamanda") == "person", names
    assert names.get("Mariemou mint Cheikh") == "person", names


def test_a_grandmothers_honorific_stays_out_of_the_name(build):
    names = _names(build("Synod Report\nThe bishop opened the session. Gogo Nomsa Dlamini-Khoza, the oldest member, "
                         "thanked the choir.\n"))
    assert names.get("Nomsa Dlamini-Khoza") == "person", names


def test_quebec_legal_forms_defined_parties_names_in_another_language_and_posts_beside_their_holders(build):
    text = ("Opposition Decision\nOpponent: Fromagerie Lac-Témis Lavoie inc.\n[1] Fromagerie Lac-Témis Lavoie inc. "
            "opposes the mark applied for by Prairie Curd Foods Ltd. (the Applicant).\n[2] The Applicant uses it on "
            "cheese made in a dairy licensed by the Northern Dairy "
            "Safety Agency (NDSA), known in French as the Agence nordique de salubrité laitière.\n[2] The inspection "
            "was led by Eng. Wilfred Otieno Kamau, Senior Dairy Safety Engineer, on 3 May at 0930 GMT.\n"
            "[3] The panel was the Associate Concertmaster, Rosa Bautista Lim; the Principal Flute, Dante Reyes "
            "Ocampo.\nPrincipal Oboe: Marco Antonio Dizon, of Iloilo City\n[4] Headstones will be recycled by "
            "Steenhouwerij Visser & Zn. of Dokkum.\nContraalmirante Tomás Ibáñez del Campo\n")
    reg = build(text)
    names = _names(reg)
    assert names.get("Fromagerie Lac-Témis Lavoie inc.") == "organisation" \
        or names.get("Fromagerie Lac-Témis Lavoie inc") == "organisation", names
    assert _found(reg, "Agence nordique de salubrité laitière") == _found(reg, "NDSA") is not None
    assert reg.lookup("Agence nordique de salubrité laitière").actor.name == "Northern Dairy Safety Agency"
    assert names.get("Tomás Ibáñez del Campo") == "person", names
    assert _found(reg, "the applicant") == _found(reg, "Prairie Curd Foods") is not None
    assert "Steenhouwerij Visser & Zn." in names, names
    assert not {"Senior Dairy Safety Engineer", "GMT", "Principal Oboe", "Principal Flute", "Associate Concertmaster",
                "Contraalmirante Tomás Ibáñez del Campo"} & set(names), names


def test_a_flemish_aldermans_and_a_dutch_engineers_titles(build):
    reg = build("Hackathon Results\nThe jury was chaired by schepen Sofie Verhaeghe, who handed out the prizes. The "
                "cemetery plan was drawn up by Ir. Auke Pieter van der Meulen of the municipality.\n")
    assert _found(reg, "schepen verhaeghe") == _found(reg, "Sofie Verhaeghe") is not None
    assert _found(reg, "ir. van der meulen") == _found(reg, "Auke Pieter van der Meulen") is not None


def test_a_company_with_a_comma_before_inc_posts_of_titles_alone_and_taxes_and_degrees(build):
    reg = build("Interception Notice\n1. Fumigation was done by Visayas Fumigation and Pest Services, Inc. at "
                "the consignee's cost, plus GST and a fee of 5,000 FCFA.\n2. The Principal Inspector signed the "
                "order. Arbitrator Lucía Ochoa Zuluaga, PhD, heard the claim. Prepared: Dipl.-Ing. Jan Hanka, "
                "Wjelan Partner GmbH\n")
    names = _names(reg)
    assert names.get("Visayas Fumigation and Pest Services, Inc.") == "organisation", names
    assert names.get("Lucía Ochoa Zuluaga") == "person", names
    assert names.get("Jan Hanka") == "person", names
    assert not {"GST", "FCFA", "PhD", "Principal Inspector", "Pest Services, Inc.", "Dipl"} & set(names), names


def test_spanish_ranks_and_south_asian_and_southern_african_titles_are_kept_out_of_names(build):
    reg = build("The fire service, under Capitán Rodrigo Ixcoy Tuyuc, kept two ambulances at the gate. The police, "
                "under Subcomisario Edwin Saquic Batz, closed the road. The works were certified by Er. Manisha "
                "Thapa Magar. Kgoshi Lesiba Mothapo opened the clinic.\n")
    names = _names(reg)
    assert {"Rodrigo Ixcoy Tuyuc", "Edwin Saquic Batz", "Manisha Thapa Magar", "Lesiba Mothapo"} <= set(names), names
    assert reg.lookup("subcomisario saquic batz").actor.name == "Edwin Saquic Batz"
    assert reg.lookup("kgoshi mothapo").actor.name == "Lesiba Mothapo"


def test_a_dutch_surname_opening_with_ten_is_whole(build):
    reg = build("The prize went to a dog bred by Mr Jelle ten Brink of Joure. Mr ten Brink has bred dogs for years.\n")
    assert "Jelle ten Brink" in _names(reg)
    assert reg.lookup("jelle ten brink").actor.name == "Jelle ten Brink"


def test_a_lawyers_a_pilgrims_and_a_colonels_abbreviated_titles_are_kept_out_of_names(build):
    reg = build("The appeal was lodged by Meester Anouk Verhoeven for the club. Adja Mariama Diouf chaired the water "
                "committee. Cnl. Rolando Mamani Quispe commanded the parade's security.\n")
    names = _names(reg)
    assert {"Anouk Verhoeven", "Mariama Diouf", "Rolando Mamani Quispe"} <= set(names), names
    assert reg.lookup("meester verhoeven").actor.name == "Anouk Verhoeven"


def test_honorifics_a_name_opens_with_are_kept_out_of_it(build):
    reg = build("The clinic's accountant, don Aurelio Paredes Quintana, signed the accounts. Padre Tomás Illanes "
                "opened the fair, and Si Abdellah Bennani welcomed the guests. The hostel's warden, Shree Gopal "
                "Prasad Adhikari, said the roof was fixed. The road crew's leader, El Hadji Moussa Diagne, will stay "
                "in the village until June.\n")
    names = _names(reg)
    assert {"Aurelio Paredes Quintana", "Tomás Illanes", "Abdellah Bennani", "Gopal Prasad Adhikari",
            "Moussa Diagne"} <= set(names), names
    assert reg.lookup("el hadji diagne").actor.name == "Moussa Diagne"
    assert reg.lookup("don aurelio paredes").actor.name == "Aurelio Paredes Quintana"


def test_a_name_whose_word_ends_in_an_apostrophe_is_whole(build):
    reg = build("The choir's soloists were Okoth Onyang' Adhiambo, from Homa Bay, and Wanjiru Kamau, from Nyeri. "
                "Onyang' Adhiambo sang first.\n")
    assert "Okoth Onyang' Adhiambo" in _names(reg)
    assert reg.lookup("okoth onyang adhiambo").actor.name == "Okoth Onyang' Adhiambo"


def test_a_double_surname_ending_in_a_title_word_is_a_persons(build):
    reg = build("Raymond Okanee came with his niece and partner, Shania Okanee-Bishop. At the hearing, Shania "
                "Okanee-Bishop said that the gate had been left open.\n")
    assert _names(reg).get("Shania Okanee-Bishop") == "person"


def test_a_foreign_body_name_cut_at_a_small_word_is_whole_before_its_acronym(build):
    reg = build("Two officials attended: Ibou Faye and an engineer from the Direction de la Gestion et de la "
                "Planification des Ressources en Bois (DGPRB).\nFlights are cancelled when the Ruritania Weather "
                "Agency (RWA, Kishōkyoku) issues a storm warning (bōfū keihō) for the islands.\n")
    assert reg.lookup("dgprb").actor.name == "Direction de la Gestion et de la Planification des Ressources en Bois"
    assert reg.lookup("rwa").actor.name == "Ruritania Weather Agency"


def test_regional_honorifics_and_a_posts_grade_are_kept_out_of_names(build):
    reg = build("Revenue Officer III Noel Bagasbas and Officer II Mary Ann Tolentino audited the shop. The survey "
                "was led by Obbo Gemechu Tafa Bulcha. The library is run by Thiru K. Arul Doss, and Dkt. Neema Juma "
                "Kiwelu chaired the jury.\nObbo Lemma Bekele Gudeta\nHead, Water Quality Unit\n")
    names = _names(reg)
    assert {"Noel Bagasbas", "Mary Ann Tolentino", "Gemechu Tafa Bulcha", "K. Arul Doss", "Neema Juma Kiwelu",
            "Lemma Bekele Gudeta"} <= set(names), names
    assert not {"Dkt", "III Noel", "II Mary Ann Tolentino"} & set(names), names


def test_titles_of_elders_and_chiefs_are_kept_out_of_names(build):
    reg = build("The meeting was chaired by Edson Byaruhanga Twinomujuni, who welcomed Kaumātua Hemi Tautahi and "
                "Cynghorydd Gwenllian Parry. Datu Ampoan Dalogdog spoke for the elders, and Magajia Hauwa Bello asked "
                "about the levy. Adi Litia Qionibaravi and Adi Mere Tuisawau said the hall was too small.\n")
    names = _names(reg)
    assert {"Hemi Tautahi", "Gwenllian Parry", "Ampoan Dalogdog", "Hauwa Bello", "Litia Qionibaravi",
            "Mere Tuisawau"} <= set(names), names
    assert names["Ampoan Dalogdog"] == "person"


def test_a_title_that_is_also_a_given_name_stays_a_name_before_one_person(build):
    reg = build("The award went to Adi Godrej, who thanked the jury.\n")
    assert "Adi Godrej" in _names(reg)


def test_a_company_of_a_town_named_in_two_languages_is_named_without_the_town(build):
    reg = build("The mill ships its flour to Bergmehl Handels GmbH of Meran (Merano), a bakery supplier.\n")
    assert "Bergmehl Handels GmbH" in _names(reg)


def test_a_given_name_before_a_double_barrelled_surname_read_as_a_body_is_kept():
    # (the recogniser reads such a surname alone as a body's name and leaves the given name out, as it did on a real
    # report; the rule is shown on its reading, which short texts do not reproduce)
    from index.actors.extract import _given_names_left_out, _Piece

    text = "The minutes of Éditions du Fleuve were read by its secretary, Mélanie Bouchard-Gagnon, on Monday."
    start = text.index("Bouchard")
    body = text.index("Éditions")
    pieces = [_Piece(body, body + len("Éditions du Fleuve"), "Éditions du Fleuve", "ORG"),
              _Piece(start, start + len("Bouchard-Gagnon"), "Bouchard-Gagnon", "ORG")]
    assert [(p.name, p.label) for p in _given_names_left_out(text, pieces)][-1] == ("Mélanie Bouchard-Gagnon", "PERSON")


def test_a_name_with_letters_unicode_does_not_decompose_is_found_as_typed():
    from index.text import match_key
    assert match_key("Áilu Iŋgá Sárá") == "ailu inga sara"


def test_a_city_the_recogniser_reads_as_a_persons_name_is_no_actor(build):
    reg = build("The festival committee thanked the visitors who came from Thessaloniki and Kraków. Buses from Belo "
                "Horizonte were late, and the Ribeira Sports Club sent two more on Friday.\n")
    names = _names(reg)
    assert "Ribeira Sports Club" in names, names
    assert not {"Belo Horizonte", "Thessaloniki", "Kraków"} & set(names), names


def test_a_dutch_given_name_is_no_chess_title(build):
    reg = build("Inspector Wim Bakker of the harbour police closed the quay at noon. In the club's last round WIM Ana "
                "Kovac drew with Lena Holt.\n")
    names = _names(reg)
    assert "Wim Bakker" in names, names
    assert "Ana Kovac" in names, names


def test_a_reference_number_is_no_persons_name(build):
    reg = build("Batch PLK-2022-07 failed the moisture test, the mill's quality officer, Tomas Ruland, wrote to the "
                "buyer.\n")
    names = _names(reg)
    assert "Tomas Ruland" in names, names
    assert not [n for n in names if any(c.isdigit() for c in n)], names


def test_a_city_after_a_publisher_and_before_its_editor_is_no_actor(build):
    reg = build("The cookbook will appear abroad:\n- German: Reiher Bücher, Hamburg, edited by Jonas Brandt, spring "
                "2026\n")
    names = _names(reg)
    assert "Hamburg" not in names, names



def test_a_tie_among_a_whole_names_labels_goes_to_the_reading_of_its_parts():
    # (an acronym whose long forms the recogniser read once as a state's name and once as a body's, and a part of
    # one as a body's again: a body, whichever reading came first; shown on such votes, which short texts do not
    # reproduce)
    from collections import Counter

    from index.actors.extract import _Draft, _label
    from index.actors.model import ORGANISATION

    draft = _Draft("KURO", labels=Counter({"GPE": 1, "ORG": 2}), full_labels=Counter({"GPE": 1, "ORG": 1}))
    assert _label(draft) == ORGANISATION


def test_church_local_and_professional_titles_are_kept_out_of_names(build):
    reg = build("The shelter was founded in 2004 by Apostle Kofi Mensah Adjei, then pastor of a chapel. Report signed "
                "by Eng. Agr. Paulo Henrique Da Silva Moraes. Profra. Lucía Ramírez Ortega chaired the board, and "
                "Kamnan Anan Kaewsri opened the meeting.\n")
    names = _names(reg)
    assert {"Kofi Mensah Adjei", "Paulo Henrique Da Silva Moraes", "Anan Kaewsri"} <= set(names), names
    assert "Kamnan" not in names, names
    assert reg.lookup("profra lucia ramirez ortega").found
    assert reg.lookup("kamnan anan kaewsri").found


def test_an_acronym_spelt_by_a_hyphened_names_parts_is_that_bodys(build):
    reg = build("The Centre de services scolaire des Monts-Verts-de-l'Estrie (CSSMVE) will close the school in June. "
                "Parents asked the CSSMVE to wait a year.\n")
    found = reg.lookup("cssmve")
    assert found.found and found.actor.name.startswith("Centre de services scolaire"), found


def test_a_short_name_before_its_long_form_with_a_plural_possessive_is_one_body(build):
    reg = build("The village unit of KOFAM (Kodai Orchard Farmers' Movement) has collected the claims. KOFAM says "
                "the damage is the worst in ten years.\n")
    found = reg.lookup("KOFAM")
    assert found.found and found.actor.name == "Kodai Orchard Farmers' Movement", found



def test_a_currency_mark_after_a_sum_and_welsh_place_names_are_no_actors(build):
    reg = build("The repair of the truck is estimated at $38,500.00 M.N. The company has paid the driver his full "
                "wage.\nLorries used Ffordd Cwm Teifi and Heol y Bont to reach Chwarel Pen-y-Graig.\n")
    names = _names(reg)
    assert not {"M.N.", "Ffordd Cwm Teifi", "Chwarel Pen-y-Graig"} & set(names), names


def test_a_contracts_ordinal_parties_are_no_political_parties(build):
    reg = build("First Party: Tamarind Loom Studio, a partnership of Qena.\nSecond Party: Delta Home Textiles Ltd, "
                "a company of Tanta.\nThe Second Party shall pay the First Party EGP 40,000 within thirty days.\n")
    names = _names(reg)
    assert not {"First Party", "Second Party"} & set(names), names
    assert "Delta Home Textiles Ltd" in names, names


def test_a_married_womans_or_widows_surname_after_de_is_part_of_her_name(build):
    reg = build("The workshop is now run by Rosa Elena Poma Limachi de Villca, who trained as a librarian. The family "
                "of the late weaver Doña Celia Apaza Vda. de Ticona lent her looms to the museum.\n")
    names = _names(reg)
    assert names.get("Rosa Elena Poma Limachi de Villca") == "person", names
    assert names.get("Celia Apaza Vda. de Ticona") == "person", names
    assert reg.lookup("rosa elena poma limachi").found
    assert reg.lookup("doña celia apaza").actor.name == "Celia Apaza Vda. de Ticona"


def test_arabic_teachers_and_pilgrims_titles_are_kept_out_of_names(build):
    reg = build("Counsel for the studio, Ustaza Samira Nabil Rostom, signed the settlement. The weaving by Hagga "
                "Zeinab Fathi Awad was sold in Cairo, and Ustaz Hany Magdy Soliman represented the buyer.\n")
    names = _names(reg)
    assert {"Samira Nabil Rostom", "Zeinab Fathi Awad", "Hany Magdy Soliman"} <= set(names), names
    assert reg.lookup("ustaz hany magdy soliman").found


def test_a_signer_over_a_superintendents_post_is_found(build):
    reg = build("Closure of the towpath\nThe towpath between the two locks stays closed until the embankment is "
                "repaired. Boaters may use the east channel.\nAurélie Bastien-Morel\nField Unit Superintendent, "
                "Upper Valley Waterways\nParks Office\n")
    found = reg.lookup("bastien-morel")
    assert found.found and found.actor.name == "Aurélie Bastien-Morel", found


def test_a_name_after_a_post_and_is_or_a_comma_is_a_persons(build):
    for text in ("The fair has been held every May since 2011. Its executive director is Wilmer Andrés Vence Oñate. "
                 "The board met twice.\n",
                 "The fair is run by a board of seven. Our treasurer, Wilmer Andrés Vence Oñate, signed the accounts.\n"):
        assert _names(build(text)).get("Wilmer Andrés Vence Oñate") == "person", text


def test_a_timelines_time_and_a_spanish_road_are_no_actors(build):
    reg = build("The studio kept a log of the night of the storm.\n02:15 Power failed across the village and the furnace "
                "fans stopped.\n04:05 Security Guard Ana Torres opened the east door.\nThe trucks left the depot on "
                "Camino a Lomas Coloradas at dawn and joined Carretera Austral near the bridge.\n")
    names = _names(reg)
    assert not [n for n in names if n[:1].isdigit() or n.startswith(("Camino", "Carretera"))], names
    assert reg.lookup("ana torres").found


def test_radio_stations_foreign_newspapers_and_news_agencies_are_media(build):
    reg = build("The warning was read on Tarrow Valley FM at noon. The Minamiura Shimbun said on Monday that the dam "
                "would be closed. So did the Lakeside Sanomat. The Ruritania News Agency sent it abroad.\n")
    outlets = ("Tarrow Valley FM", "Minamiura Shimbun", "Lakeside Sanomat", "Ruritania News Agency")
    names = _names(reg)
    assert {n: names.get(n) for n in outlets} == dict.fromkeys(outlets, "media"), names


def test_polish_legal_forms_and_a_coroners_councillors_and_caids_titles(build):
    reg = build("Inspected entity: Bounce Valley Sp. z o.o., ul. Lipowa 12, Gniezno\n4. Bounce Valley Sp. z o.o. runs "
                "the park. Kagawad Ma. Teresa Dumlao of Barangay Dayangdang helped the crowd.\nCoroner: Coroner "
                "Mereana Tipene-Hall\nThe closure was supervised by Caïd Hamid Alaoui, head of the district.\n")
    names = _names(reg)
    assert names.get("Bounce Valley Sp. z o.o.") == "organisation", names
    assert {"Ma. Teresa Dumlao", "Mereana Tipene-Hall", "Hamid Alaoui"} <= set(names), names
    firm = build("The work was done by Lipski i Wspólnicy sp. j., a family firm from Gniezno, which cast the bells.\n")
    assert "Lipski i Wspólnicy sp. j." in _names(firm)
    # (the Polish forms' words alone are no legal forms: a Burmese name ends in "Oo")
    assert _names(build("The deckhand, Kyaw Min Oo, was found alive on Tuesday.\n")).get("Kyaw Min Oo") == "person"


def test_a_kenyan_wa_an_and_inside_a_company_name_and_quebecs_ltee(build):
    reg = build("Later, Philip Otieno wa Kitheka, an engineer, inspected the intake for the county.\n"
                "The campaign was made by Trem Azul Comunicação e Propaganda Ltda. of Belo Horizonte.\n"
                "The transfers are carried out by Transport Beaulieu et Fils ltée, which also owns the crane.\n")
    names = _names(reg)
    assert names.get("Philip Otieno wa Kitheka") == "person", names  # "wa", of: the father's name is the name's
    assert names.get("Trem Azul Comunicação e Propaganda Ltda.") == "organisation", names  # Portuguese "e", and
    assert names.get("Transport Beaulieu et Fils ltée") == "organisation", names  # French "et", and a folded "ltée"
    assert reg.lookup("philip otieno").actor.name == "Philip Otieno wa Kitheka"


def test_names_in_chinese_or_japanese_script_do_not_break_the_build(build):
    # their match keys are empty: a rule reading a key's first word raised IndexError, and the index build failed
    reg = build("The operator, 有明海運 (Ariake Kaiun), formerly known as Kaiun, runs the ferry. The captain, 山田太郎, "
                "said the craft left at 08:10. 山田太郎 has 20 years at sea. Parts came from Zeltrix Ltd of Osaka.\n")
    names = _names(reg)
    assert "Zeltrix Ltd" in names and not [n for n in names if not n.isascii()], names


def test_a_hospital_named_for_a_royal_keeps_the_title_in_its_name(build):
    # the recogniser reads "Sofia Hospital" as a person after the title "Queen": a hospital named for her, whole
    for named_for in ("Queen Sofia", "King Tarek", "Princess Maria"):
        reg = build(f"She was taken by an ambulance of the Fire Services Department to {named_for} Hospital, where the "
                    "index and middle fingers of her right hand were amputated.\n")
        names = _names(reg)
        assert names.get(f"{named_for} Hospital") == "organisation", names
        assert not [n for n in names if n.endswith("Hospital") and n != f"{named_for} Hospital"], names


def test_a_person_after_any_label_when_a_post_follows_the_name(build):
    # "Responsible:" names no role, but "Director of Operations" after the name says a person holds it
    reg = build("6. Recommendations\n6.1 Fit guards on the two lathes and check them on every visit. Responsible: "
                "Odile Marchand-Vézina, Director of Operations. Deadline: 2026-05-01.\n6.2 Train the night staff. "
                "Responsible: Director of Operations.\nVenue: Board Room, Administration Block, Tallow Creek\n")
    names = _names(reg)
    assert names.get("Odile Marchand-Vézina") == "person", names
    assert reg.lookup("marchand-vezina").actor.name == "Odile Marchand-Vézina"
    assert "Board Room" not in names and "Director of Operations" not in names, names


def test_a_body_described_with_a_participle_and_a_law_is_no_law(build):
    # "a statutory body established under the Markets Act": the head is "body", not the act after it
    reg = build("Reports go to Tallow Creek Market Board, a statutory body established under the Markets Act, which "
                "licenses the stalls.\n")
    assert "Tallow Creek Market Board" in _names(reg)


def test_a_hyphened_name_between_commas_after_a_person_noun_is_a_person(build):
    # the recogniser finds no one in "coordinator, Precious Okoro-Keane,": the apposition says a person
    reg = build("The Leave campaign coordinator, Precious Okoro-Keane, said the result was closer than the union "
                "will admit. Okoro-Keane asked for a recount.\n")
    assert _names(reg).get("Precious Okoro-Keane") == "person", _names(reg)
    assert reg.lookup("okoro keane").actor.name == "Precious Okoro-Keane"


def test_a_former_name_after_x_of_an_unread_name_is_not_xs(build):
    # "the Panel of the <club the recogniser did not read> (VSE), which was called Y": Y was the club's name, not the
    # panel's
    reg = build("The appeal concerns the decision of the Safeguarding Panel of the Kecskeméti Homokpart Vívó "
                "Sportegyesület (Homokpart VSE), which was called Drót SC until 1994, when the wire factory that "
                "founded it withdrew its support. The panel heard four witnesses.\n")
    found = reg.lookup("drót sc")
    assert not (found.found and found.actor.name == "Safeguarding Panel"), found


def test_a_company_name_runs_over_a_place_to_its_spelt_out_legal_form(build):
    reg = build("The hall belongs to the town, which has leased it since 2009 to the Cooperativa de Servicios Públicos "
                "Florida Limitada (CSPF), a cooperative formed by former staff.\n")
    names = _names(reg)
    assert names.get("Cooperativa de Servicios Públicos Florida Limitada") == "organisation", names
    assert reg.lookup("cspf").actor.name == "Cooperativa de Servicios Públicos Florida Limitada"


def test_thai_police_ranks_and_a_teachers_title_are_cut_from_names(build):
    reg = build("Committee: Pol Col Somkid Rattanakorn (retired), chairman; Acharn Malee Srisuk; Mr Prasert Chaiyo\n"
                "The committee met on 3 March.\n")
    names = _names(reg)
    assert {"Somkid Rattanakorn", "Malee Srisuk", "Prasert Chaiyo"} <= set(names), names


def test_an_abbreviated_given_name_after_an_honorific_opens_the_name(build):
    # "Ms. Ma. Luisa R. Pacquing": the recogniser reads "Ma" as a person of its own and the rest as another
    names = _names(build("The notice was served on Ms. Ma. Luisa R. Pacquing, owner of the bar, on 3 March. Ms. "
                         "Pacquing did not reply.\n"))
    assert names.get("Ma. Luisa R. Pacquing") == "person" and "Ma" not in names, names


def test_a_signers_name_in_capitals_over_a_post_is_a_person_written_as_a_name(build):
    reg = build("ORDER\n1. The stall at the public market shall close until the drains are repaired.\nSO "
                "ORDERED.\nDone this 3rd day of May 2026 at Tarvik City.\nARMANDO R. DELGADO\nCity Mayor\nAttested "
                "by:\nENGR. LOURDES M. BAUTISTA-REYES\nCity Engineer\n")
    names = _names(reg)
    assert names.get("Armando R. Delgado") == "person", names  # (the recogniser found no one there)
    assert names.get("Lourdes M. Bautista-Reyes") == "person", names  # (in capitals before, its title cut)
    assert reg.lookup("mayor delgado").actor.name == "Armando R. Delgado"


def test_a_bilingual_label_names_its_person_and_a_units_head_signs(build):
    # "By / Par:" (a label in two languages) before the coroner's name, over the text: a person to find and cite
    reg = build("VERDICT OF CORONER'S JURY\nBy / Par: Dr. Anne-Sophie Lavoie-Roy, Coroner for Quebec\n1. The jury "
                "heard four witnesses over two days.\n2. The jury found that the death was an accident.\n")
    assert _names(reg).get("Anne-Sophie Lavoie-Roy") == "person", _names(reg)
    reg = build("ENFORCEMENT NOTICE\n1. The Company shall stop spraying until the residue tests are clear.\n2. The "
                "Company may appeal in writing within 21 days.\nJackson Mwangi Otieno\nHead, Licensing and "
                "Inspections\nFor: Managing Director\n")
    assert _names(reg).get("Jackson Mwangi Otieno") == "person", _names(reg)


def test_a_pilgrims_or_a_womans_honorific_is_a_title_not_part_of_the_name(build):
    # Maghrebi "Hajj" / "Hajja" (a pilgrim's title) and Moroccan "Lalla" (a woman's honorific) before a name
    reg = build("The audit was answered by the director general, Lalla Naïma Bennani, on 3 May. The cyclists' "
                "association chairman, Hajj Lahcen Amrani, told the court the bikes were never repaired. Hajja Itto "
                "Ouali runs the stall by the station.\n")
    names = _names(reg)
    assert names.get("Naïma Bennani") == "person" and names.get("Lahcen Amrani") == "person", names
    assert names.get("Itto Ouali") == "person", names
    assert reg.lookup("bennani").actor.name == "Naïma Bennani"


def test_a_companys_former_name_after_the_town_it_is_of_is_the_companys(build):
    # "X AS of <town>, known until 2018 as Y": the company's whole name (it ends in its legal form), then its town
    reg = build("The heating is serviced by Brekke Varme AS of Tarvik, known until 2018 as Tarvik Rør & Co. The firm "
                "sent a fitter on 2 May, two days after the leak.\n")
    names = _names(reg)
    assert "Tarvik Rør & Co" not in names, names
    assert reg.lookup("tarvik ror").actor.name == "Brekke Varme AS"


def test_an_irish_surname_of_one_letter_after_a_rank_is_read_with_the_given_name(build):
    # "Station Officer Diarmuid Ó Cathasaigh": the recogniser finds no one there, and "Ó" is one letter
    reg = build("Staff evacuated about 140 people from the building, and a crew from Ardmore Fire Station attended "
                "under Station Officer Diarmuid Ó Dubhda.\nStation Officer Ó Dubhda reported that the alarm did not "
                "sound.\n")
    assert _names(reg).get("Diarmuid Ó Dubhda") == "person", _names(reg)
    assert reg.lookup("station officer o dubhda").actor.name == "Diarmuid Ó Dubhda"
