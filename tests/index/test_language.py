"""Names as people type them: other spellings of the report's names are not unknown names."""

from __future__ import annotations

import pytest

from bot.service import ReportService
from index.language import NUMBER, holds_money, initialisms, is_person_noun, name_key
from index.text import stem
from tests.helpers import FakeEmbedder, write_config

# Written for these tests: a short report naming states, an organisation by its full name, and a
# person whose name has spelling variants.
REPORT = """Moscow and the West

The U.S. Embassy said on Oct. 25, 2019 that the United Nations would send observers to the region.
Russia rejected the plan, and its foreign ministry called it a provocation.
President Volodymyr Zelenskiy met the Iran-backed delegation in the capital.
The state broadcaster showed the meeting on television.
The talks were chaired by Darmanto, the mediator, and watched by Kessel observers.
The observers' AGM elected a new board.
Three envoys left before the vote.
"""


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    folder = tmp_path_factory.mktemp("language")
    report = folder / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    settings = write_config(folder, sources=(report,), fake_model=True, overrides=None)
    from index.build import build_index

    build_index(settings, embedder=FakeEmbedder())
    return ReportService.open(settings, embedder=FakeEmbedder()).live.retriever


@pytest.mark.parametrize("a, b", [("U.S.", "US"), ("U.N.", "UN"), ("People’s Daily", "People's Daily"),
                                  ("Al-Hafi’s", "al hafi")])
def test_abbreviations_and_apostrophes_compare_equal(a, b):
    assert name_key(a) == name_key(b)


def test_initialisms_cover_acronyms_of_runs_of_words():
    assert {"un", "aqi"} <= initialisms("the United Nations measured the air quality index")


@pytest.mark.parametrize("question", [
    "What did the US embassy say?",  # "U.S." in the report
    "When will the UN send observers?",  # "United Nations" in the report
    "What did Washington announce?",  # the capital of a state the report names
    "How did the Americans react?",  # a demonym of that state
    "What did Moscow call the plan?",  # Russia's capital, for Russia
    "Who met Zelensky?",  # a spelling variant of "Zelenskiy"
    "Was the meeting on TV?",  # a common abbreviation, not a name
    "Who backed the Iran-backed delegation?",  # a capitalised word inside a hyphenated compound
    "why did the 3 envoys leave",  # a number the report writes in words
])
def test_other_spellings_of_the_reports_names_are_not_unknown(retriever, question):
    assert retriever.unknown_names(question) == set()


@pytest.mark.parametrize("question, unknown", [
    ("What did Angela Merkel say about the plan?", {"Angela Merkel"}),
    ("What happened in 2031?", {"2031"}),
    ("what did the 4 envoys want", {"4"}),  # the report writes no "four" either
])
def test_names_and_numbers_the_report_never_mentions_are_unknown(retriever, question, unknown):
    assert retriever.unknown_names(question) == unknown


@pytest.mark.parametrize("text, number", [("Vacancies fell by a third.", "a third"),
                                          ("Two-thirds of the staff left.", "Two-thirds"),
                                          ("She began her third term.", None)])
def test_fractions_are_numbers_and_ordinals_are_not(text, number):
    found = NUMBER.search(text)
    assert (found.group(0) if found else None) == number


def test_a_sentence_opening_with_a_definite_description_goes_on_about_the_one_before(retriever):
    # "The state broadcaster showed the meeting": the meeting of the sentence before, with its names.
    texts = [s.text for s in retriever.bundle.sentences]
    row = next(i for i, t in enumerate(texts) if t.startswith("The state broadcaster"))
    from index.text import terms

    assert retriever.mentions(row, frozenset(terms("Zelenskiy")))
    assert not retriever.mentions(row, frozenset(terms("Russia")))  # two sentences back: not carried


@pytest.mark.parametrize("typed, read", [("whats the interest rate today", "what is the interest rate today"),
                                         ("Who’s behind the strike?", "Who is behind the strike?"),
                                         ("why didnt they vote", "why did not they vote"),
                                         ("Cantor said it", "Cantor said it")])
def test_contractions_read_as_the_words_they_stand_for(typed, read):
    from index.language import expand_contractions

    assert expand_contractions(typed) == read


@pytest.mark.parametrize("question, unknown", [
    ("what did jane roe say about the plan", {"jane roe"}),  # typed in lower case, never in the report
    ("what did president olu adebayo say", {"president olu adebayo"}),
    ("what did volodymyr zelenskiy say", set()),  # the report's own person, in lower case
    ("what did the foreign ministry say", set()),  # not a name
    ("what did the mayor of springfield say about it", {"the mayor of springfield"}),  # an office of a place never named
    ("what did the president of russia say", set()),  # the report's own state
    ("how many observers came in '19", set()),  # the report's 2019, as chat types it
    ("how many observers came in '17", {"17"}),
    ("what did the mexican navy say", {"mexican"}),  # a people typed in lower case whose state is not named
    ("did the russian ministry comment", set()),  # the report names Russia
    ("what is the plan called in spanish", set()),  # a language
    ("how many observers went to beirut", {"beirut"}),
])
def test_a_lower_case_name_whose_words_are_asked_for_is_known_or_not(retriever, question, unknown):
    assert retriever.unknown_names(question) == unknown


@pytest.mark.parametrize("question, names", [
    ("what did zelenskiy say about the plan", [{"zelenskiy"}]),  # the report's name, typed in lower case
    ("who runs the united nations observers", [{"unit", "nation"}]),
    ("what did the state broadcaster show", []),  # words the report also writes in lower case
])
def test_a_name_typed_in_lower_case_is_a_name_of_the_question(retriever, question, names):
    assert [set(n) for n in retriever.question_names(question)] == names


@pytest.mark.parametrize("text, age", [
    ("Tavita, 47, told reporters outside the courthouse.", True),
    ("A ferryman and his six-year-old son were rescued.", True),
    ("The bones are those of a woman aged between 20 and 30.", True),
    ("He is in his late sixties.", True),
    ("She was 84.", True),
    ("The aircraft was manufactured in 1981.", True),
    ("She was 3 per cent ahead in the polls.", False),
    ("Pollen cores put the hearth between 3100 and 2900 BC.", True),
    ("For eleven years the growers have waited for a road.", False),  # a number, not an age
    ("He took bronze at the coastal regatta three years ago.", False),
    ("In 2019, 27 weavers signed up to the cooperative.", False),
    ("Mrs Vale, who is 82, gave evidence for the owners.", True),
    ("The bandmaster, known to all as \"Uncle Sol\", is 84.", True),
    ("Riders must be over 16 years of age.", True),
    ("The area accepted for seed, after the cut, is 3.5 hectares.", False),
    ("Core inflation, which strips out food, was 5.8 percent.", False),
])
def test_an_age_is_told_from_other_numbers(text, age):
    from index.language import AGE

    assert bool(AGE.search(text)) is age


@pytest.mark.parametrize("text, reference", [
    ("the refund provided for in Article 137 of Law 142", ["Article 137", "Law 142"]),
    ("charged under section 254 and Rule 8.4", ["section 254", "Rule 8.4"]),
    ("the ruling in Law N° 17.288", ["Law N° 17.288"]),
    ("moved to Room 4, then to No. 7", ["Room 4", "No. 7"]),
    ("the clerks will count 20 ballots", []),  # a label's word used as a verb, before a count
    ("The museum exhibits 200 paintings.", []),
    ("The court rules 5-4 on the appeal.", []),
])
def test_a_number_that_names_a_provision_or_a_room_is_told_from_a_count(text, reference):
    from index.language import REFERENCE_NUMBER

    assert [m.group(0) for m in REFERENCE_NUMBER.finditer(text)] == reference


@pytest.mark.parametrize("text, length", [
    ("The runway is 2,100 metres long.", True),
    ("The bridge is 312 m long and 9 m wide.", True),
    ("The works cost £12m.", False),  # millions, not metres
    ("About 1.5m people use the line.", False),
])
def test_a_length_is_told_from_a_sum_in_millions(text, length):
    from index.language import LENGTH

    assert bool(LENGTH.search(text)) is length


@pytest.mark.parametrize("text, time", [
    ("The alarm sounded at 4 a.m. on the pier.", True),
    ("The patrol left base at 0600 hours.", True),
    ("The fire was reported at 21h30.", True),
    ("His death was pronounced at 17 h 42 by the physician.", True),  # as French and Québec texts write it
    ("The chair opened the meeting at 19 h 05.", True),
    ("The crew had worked 100 hours that month.", False),  # a duration, not a time of day
    ("The crossing took 2 h 45 min.", False),
    # A bare 24-hour time with a two-digit hour, as timetables and logs write it, or with its time zone after it.
    ("Last boat: depart Holm 19:30", True),
    ("06:17 He came back and lit the torch.", True),
    ("The reactor was restarted at 13.15 WIB after checks.", True),
    ("The flood front reaches the camp, 20.25 hs.", True),
    ("The home side won 3:1 after extra time.", False),  # a score
    ("The map's scale is 1:50 000.", False),  # a scale
    ("Output rose 12.15 per cent.", False),
    # After "at": a stop between hours and minutes, or a four-digit time with its leading zero; and "o'clock".
    ("The free bus leaves the site at 7.15 each morning.", True),
    ("The vessel struck the reef at 0342.", True),
    ("We walk from the market at two o'clock.", True),
    ("The spill was estimated at 1.15 megalitres.", False),
    ("Rates were held at 4.15 per cent.", False),
])
def test_a_time_of_day_is_read_as_a_time(text, time):
    from index.language import DATE

    assert bool(DATE.search(text)) is time


@pytest.mark.parametrize("text, duration", [
    ("The spectators left about four minutes after the alarm.", True),
    ("The strike has gone on for decades.", True),
    ("It was an hourlong wait for the ferry.", True),
    ("A months-long dispute ended in March.", True),
    ("She gave him a lifelong ban.", True),
    ("The usher guided people along the left aisle.", False),  # "along" is no length of time
    ("The boats belong to the co-operative.", False),
    ("The team flew in from Geelong.", False),
])
def test_a_duration_is_told_from_words_ending_in_long(text, duration):
    from index.language import DURATION

    assert bool(DURATION.search(text)) is duration


@pytest.mark.parametrize("question, written, read", [
    ("who is the ceo?", set(), "who is the chief executive?"),
    ("What did the CFO say?", set(), "What did the chief financial officer say?"),
    ("who is the ceo?", {"ceo"}, "who is the ceo?"),  # the report writes "CEO": keep the question's word
    ("what is a ceolith?", set(), "what is a ceolith?"),
    ("how many ppl did the police arrest", set(), "how many people did the police arrest"),
    ("what will the Govt pay for", set(), "what will the government pay for"),
    ("who went on tv to announce it", set(), "who went on television to announce it"),
    ("did they ask for more info", {"info"}, "did they ask for more info"),  # the report writes "info"
])
def test_a_short_form_reads_as_the_report_spells_it(question, written, read):
    from index.language import spell_out_short_forms

    assert spell_out_short_forms(question, written.__contains__) == read


def test_a_sentence_that_asks_is_told_from_one_that_reports_a_question():
    from index.language import asks

    assert asks("Will the Minister say how many homes were flooded?")
    assert not asks("I then heard him ask, quote, 'so he's going to do the investigation?'")
    assert not asks("Asked why, she said: “Why not?” and left.")
    assert not asks("Eleven boats were damaged.")


@pytest.mark.parametrize("text", ["help", "/help", "Help!", "hi", "hello there", "thanks!", "thank you", "ok",
                                  "can you help me?", ""])
def test_a_message_of_greetings_thanks_or_help_asks_nothing(text):
    from index.language import asks_nothing

    assert asks_nothing(text)


@pytest.mark.parametrize("text", ["What help did the ministry give?", "Who is Roe?", "hello Roe", "2024?"])
def test_a_question_with_a_word_to_look_for_asks_something(text):
    from index.language import asks_nothing

    assert not asks_nothing(text)


def test_help_is_told_apart_from_greetings_and_thanks():
    from index.language import asks_for_help

    assert asks_for_help("/help") and asks_for_help("can you help me?")
    assert not asks_for_help("thanks") and not asks_for_help("hi") and not asks_for_help("")


@pytest.mark.parametrize("text, other", [
    ("Кто возглавляет офис?", True), ("Привет", True), ("من هو يوسف الرامي؟", True),
    ("¿Cuándo abrió la oficina?", True), ("Chi guida l'ufficio a Port Verity?", True),
    ("Quem lidera o escritório do Falak?", True), ("Wer ist Yusuf al-Rami?", True),
    ("Who is يوسف الرامي?", False), ("Who leads 港口管理局?", False), ("De la Cruz?", False),
    ("Salma al-Sadr role?", False), ("Did anyone die in the flood?", False), ("", False), ("👍", False),
    ("whose car was also towed", False),
])
def test_questions_in_another_language_are_told_from_english_ones_naming_foreign_things(text, other):
    from index.language import asks_nothing, in_another_language

    assert in_another_language(text) is other
    if other:  # not taken for a message that asks nothing: it asks, in another language
        assert not asks_nothing(text)


# Written for this test: a letters page whose writer is named only in the signature line under
# her letter, a line that is not a sentence.
LETTERS = """Letters to the editor

Keep the village library open

Sir, The council wants to close our library in March. It is the only warm place for many of us.

Rhian Powell MS, Green Alliance

Buses first

Sir, The new timetable leaves the valley without a bus after six. Nobody asked us about it.

Tomos Price, Llanfor
"""


def test_a_name_the_report_writes_only_in_a_signature_or_heading_is_not_unknown(tmp_path):
    report = tmp_path / "letters.txt"
    report.write_text(LETTERS, encoding="utf-8")
    settings = write_config(tmp_path, sources=(report,), fake_model=True, overrides=None)
    from index.build import build_index

    build_index(settings, embedder=FakeEmbedder())
    retriever = ReportService.open(settings, embedder=FakeEmbedder()).live.retriever
    assert retriever.unknown_names("what does the green alliance MS want the council to do?") == set()
    assert retriever.unknown_names("What did Rhian Powell write about?") == set()
    assert retriever.unknown_names("What did the Labour MS say?") == {"Labour MS"}


@pytest.mark.parametrize("word", ["driver", "teachers", "gunmen", "foreman", "economists", "technician",
                                  "volunteer", "witnesses", "children", "spokeswoman"])
def test_nouns_for_people_are_told(word):
    assert is_person_noun(word)


@pytest.mark.parametrize("word", ["operation", "company", "village", "career", "checklist", "human", "german",
                                  "asian", "list", "indian", "buyer"])
def test_nouns_for_things_are_not_nouns_for_people(word):
    assert not is_person_noun(word)


def test_people_are_told_by_the_full_names_the_registry_gives_them(retriever):
    from index.actors.model import Actor
    from index.retrieve import Retriever

    class Registry:  # the registry's reading of the report above, a people's name kept as a person by mistake
        def list(self):
            return [Actor("Volodymyr Zelenskiy", "person", ["Zelenskiy"]), Actor("Russia", "person"),
                    Actor("United Nations", "organisation", ["U.N."])]

    spans = Retriever(retriever.bundle, retriever.embedder, Registry()).person_spans
    assert [{"presid", "volodymyr", "zelenskiy"}] == [s for row in spans for s in row if "zelenskiy" in s]
    assert not [s for row in spans for s in row if "russia" in s or "nation" in s]


def test_a_common_acronym_typed_in_lower_case_is_no_name(retriever):
    # "AGM" is only ever written in capitals in the report, but it is an ordinary word, not a name
    assert retriever.question_names("how many delegates came to the agm") == []
    assert retriever.question_names("what did zelenskiy say") != []


def test_a_person_known_by_one_name_is_told_by_a_title_or_a_description(retriever):
    from index.actors.model import Actor
    from index.retrieve import Retriever

    class Registry:  # one name with a description (a person known by one name); one alone (a nickname, a people)
        def list(self):
            return [Actor("Darmanto", "person", description="the mediator"), Actor("Kessel", "person")]

    spans = Retriever(retriever.bundle, retriever.embedder, Registry()).person_spans
    assert [{"darmanto"}] == [s for row in spans for s in row if "darmanto" in s]
    assert not [s for row in spans for s in row if "kessel" in s]


@pytest.mark.parametrize("past, present", [
    ("fled", "flee"), ("sold", "sells"), ("struck", "strike"), ("went", "go"), ("bought", "buying"),
    ("withdrew", "withdrawing"), ("stolen", "steal"), ("shot", "shooting"),
])
def test_irregular_past_forms_meet_their_verb(past, present):
    assert stem(past) == stem(present)


@pytest.mark.parametrize("british, american", [
    ("organisation", "organizations"), ("criticised", "criticized"), ("analysed", "analyze"), ("labour", "labor"),
    ("neighbourhoods", "neighborhood"), ("centres", "center"), ("metre", "meters"), ("defence", "defense"),
    ("licences", "license"), ("programme", "programs"), ("favourite", "favorite"),
])
def test_british_and_american_spellings_meet(british, american):
    assert stem(british) == stem(american)


@pytest.mark.parametrize("one, other", [("promise", "premise"), ("hour", "or"), ("four", "for"), ("crisis", "cris")])
def test_words_without_another_spelling_stay_apart(one, other):
    assert stem(one) != stem(other)


@pytest.mark.parametrize("text", ["The trust banked Nu. 3.4 million from pilgrims.",
                                  "Each stall paid Tk. 1,500 a day."])
def test_a_currency_abbreviation_written_with_a_stop_gives_a_sum_of_money(text):
    assert holds_money(text)


@pytest.mark.parametrize("text, date", [
    # A month after "between", "to" or "the first week of" is a date; "on the 17th" is a day of the month.
    ("Nesting peaks between June and September.", True),
    ("The floods came down the river in the first week of November.", True),
    ("Dredging is limited to March to June.", True),
    ("We will be back outside the hall on the 17th if nothing changes.", True),
    ("The office is on the 3rd floor.", False),
    ("Tom and June went home.", False),
])
def test_a_month_or_a_day_alone_is_read_as_a_date(text, date):
    from index.language import DATE

    assert bool(DATE.search(text)) is date


@pytest.mark.parametrize("text, future", [
    ("The plant remains on schedule to begin operation in the first quarter of 2027.", True),
    ("The shelter has been pushed back to 2028.", True),
    ("We expect the lease at the district meeting on 10 November.", True),
    ("The shelter was built in 2019.", False),
])
def test_a_sentence_about_what_is_still_to_come_is_told(text, future):
    from index.language import FUTURE

    assert bool(FUTURE.search(text)) is future
