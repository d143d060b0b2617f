"""What a question asks for, as the composer reads it."""

from __future__ import annotations

import pytest

from bot.answers.question import DEFINITION, FORMER_NAME, NAME, NICKNAME, NUMBER, shape_of
from bot.answers.support import kind_evidence, with_parts
from index.language import NICKNAME as NICKNAME_PATTERN, expand_contractions, holds_money, speaks_of_another
from index.text import terms


@pytest.mark.parametrize("question", [
    "How much did the new terminal cost?",
    "How much will the city pay the contractor?",
    "how much money does the charity raise each year?",
    "What is the annual budget of the agency?",
    "What does a ticket on the ferry cost?",
    "what did the club pay for the striker?",
    "what is the painting worth?",
    "what is the maximum fine",  # (read as "what is X?", a description, before)
    "what are the quota fees per tonne",
])
def test_questions_about_a_price_ask_for_money(question):
    shape = shape_of(question)
    assert shape.kind == NUMBER and shape.money


@pytest.mark.parametrize("question", [
    "how cold was it outside that night",
    "how hot does the kiln's firebox get",
    "what temperature was the raw fish kept at",
    "what was the water temperature in the harbour",
])
def test_questions_about_how_cold_or_hot_ask_for_a_temperature(question):
    shape = shape_of(question)
    assert shape.kind == NUMBER and shape.temperature


@pytest.mark.parametrize("question", [
    "How much cargo can the ship carry?",
    "How many people live in the city?",
    "When did the terminal open?",
    "By how much did ticket prices rise?",  # a change: a percentage answers it as well as a sum
    "how big a pay rise r the nurses asking for",  # so is the size of a rise
    "How much of a cut in fees did the council agree?",
    "What did the inspector find was wrong with the cost estimates?",
    "What does the mayor say will happen to the cost of parking?",
    "what did the mill agree to pay for before the move",  # what is paid for, not how much
    "what will the insurer pay for?",
])
def test_other_questions_do_not_ask_for_money(question):
    assert not shape_of(question).money


def test_money_itself_is_not_what_a_sum_must_stand_beside():
    assert shape_of("How much money did the charity lose last year?").asked == frozenset()


@pytest.mark.parametrize("text, money", [
    ("The terminal cost 310 million euros to build.", True),
    ("It was sold for $4.5 billion.", True),
    ("Farmers were paid Rs 2,500 an acre.", True),
    ("Twelve cranes unload 40 ships a week.", False),
    ("The ship can carry 100 metric tons of cargo.", False),
    ("The dollar fell against the euro.", False),
    ("The utility spent 4.2 million kroner on its network.", True),
    ("The contract is worth R412 million over five years.", True),
    ("Each rider earns 3,000 won per delivery.", True),
    ("The party won 52 percent of the vote.", False),
    ("The R2 road was closed for 3 days.", False),
    ("Growers will be paid Rs14 a kilo.", True),
    ("The party declared spending of MNT 12.3 billion.", True),
    ("The regulator fined it SEK 75,000.", True),
    # Thousands grouped with a space, as South Africa and much of Europe write them.
    ("The cattle, valued at about R780 000, were stolen.", True),
    ("The regulator fined it SEK 75 000.", True),
    ("At least ₦12.5 billion was moved.", True),
    ("The plant is certified to ISO 9001.", False),
    ("Delegates met at COP 28 in Dubai.", False),
    # Every currency is read alike, by its name or the short sign it is written with.
    ("The audit covered spending of Nu 9.8 billion.", True),
    ("A reward of E50,000 is offered.", True),
    ("The grant of K2.5 million was cut.", True),
    ("Traders paid 5,000 gourdes at each checkpoint.", True),
    ("The festival was fined 10,000 lei.", True),
    ("In 2,500 cases the court ruled for the tenant.", False),
    ("The bus turned off at KM 12 on the highway.", False),
    ("In 2019 Lei Wang founded the firm.", False),
    ("Police seized 84 million CFA francs in cash.", True),  # the currency's zone between sum and name
    ("The re-run will cost NLe 1.4 million.", True),
    ("Its budget was cut to S/ 12.5 million.", True),  # Peruvian soles
    # The currency written after the sum, as much of Europe and Asia writes it.
    ("The city paid 812 400 zł in damages.", True),
    ("Arrears stood at 41 287 316,42 zł at the end of the year.", True),
    ("The fine totals 487.500.000 đồng.", True),
    ("Tickets cost 12,50 € at the door.", True),
    ("The clinic charges a fee of 35 PLN.", True),
    ("The dike was raised to 300 ft along the bay.", False),
    ("Two SAR helicopters and 40 SAR volunteers searched the coast.", False),
    ("The amateur station 4CRC relayed the call.", False),
    # A cent sign, and the Ghanaian cedi's as Ghana writes it.
    ("The officer was paid GH¢5,000 by the aspirant.", True),
    ("The building fund stands at GH¢ 1,350,000.", True),
    ("Each cup costs 50¢ at the canteen.", True),
    # A currency's code before any sum, its name before the sum, and a few short names written without a stop.
    ("The breeder was billed CHF 898 in all.", True),
    ("Each household pays PKR 150 a month.", True),
    ("The foundation held SRD 412.365,75 at the end of the year.", True),
    ("The tribunal ordered the lessee to pay Birr 1,296,000.", True),
    ("The winning bids came to Baht 23,155.30 million.", True),
    ("The utility asked for VT 66.90 per kWh.", True),
    ("A teacher earns JD450 a month.", True),
    ("The district returned 727 500 FCFA to the region.", True),
    ("Households pay 60 lekë per cubic metre.", True),
    ("The team won 3 games in a row.", False),
    ("The plant was certified to ISO 9001 in May.", False),
])
def test_a_sum_of_money_is_told_from_a_count(text, money):
    assert holds_money(text) is money


# A name answers only when it belongs to what is asked, a date fully only then: the sentence about
# the subject that names someone else, or dates something else, is the report not saying.
NAME_SENTENCES = [
    ("Who is the chief executive of Halden Freight?",
     "“We will pay,” said Ingrid Solvang, Halden Freight’s chief executive, on Monday.", 1.0),
    ("What are the names of the two dismissed pilots?",
     "The airline’s director, Ewan Rattray, said he was “appalled by what happened” and that two pilots had been "
     "dismissed.", 0.0),
    ("Who was the candidate that Okello defeated?",
     "The Unity Party won the seat in 2022, when Okello defeated the Reform candidate by 900 votes.", 0.0),
    # The names a colon announces are the ones the words before it speak of; a clock time's colon
    # announces nothing.
    ("Who are the two main buyers of the ore?",
     "Two buyers took 80 per cent of the ore in 2025: Halvik Metals of Norway and Brenna Steel Inc.", 1.0),
    ("Who were the two climbers who went missing?",
     "Contact with the climbers was lost at 18:32, when Mr Olsen's phone went dead.", 0.0),
    # A post by the words reports name its holder with: a lawyer by "counsel" or "represented by", a doctor by "GP".
    ("Who was the company's lawyer at the hearing?",
     "The company was represented by its counsel, Ines Marto of Marto & Vale.", 1.0),
    ("who was her family doctor", "The discharge summary went to her GP, Dr Ona Tierney.", 1.0),
    ("Who was the company's lawyer at the hearing?", "The hearing was chaired by Ines Marto.", 0.0),
    # "Who is Halden Freight's chief executive" asks as "who is the chief executive of Halden Freight".
    ("Who is Halden Freight's chief executive?",
     "“We will pay,” said Ingrid Solvang, Halden Freight’s chief executive, on Monday.", 1.0),
]
# A number question is not answered by a date's day or year (nor by a paragraph's number: no sentence holds it,
# tests/index/test_segment.py).
NUMBER_SENTENCES = [
    ("How many officers died at the border post?", "On 17 Sept. the rebels attacked the border post at Kani.", 0.0),
    ("How many soldiers does the force keep at its base?", "The force opened a base at Tumba on 2 May 2027.", 0.0),
    ("How many soldiers does the force keep at its base?", "The force keeps 300 soldiers at its base.", 1.0),
    # …nor, when it asks "how many", by a sum of money beside what it counts.
    ("How many rifles were seized?", "Police seized rifles and 12 million francs in cash.", 0.0),
    ("How many rifles were seized?", "Police seized 40 rifles and 12 million francs in cash.", 1.0),
    # …nor by the number of a provision, a room or a route, which says which one, not how many.
    ("how much will each household get back", "Households get the refund provided for in Article 137 of Law 142.",
     0.0),
    ("how many people were in the ward", "The patients were moved to Room 4 under Rule 8.2.", 0.0),
    ("how many counts did he face", "He faced fourteen counts of theft under section 254.", 1.0),
    # A sum with its currency after it answers "how much", and is no count of what a "how many" asks.
    ("how much did the city pay in damages", "The city paid 812 400 zł in damages to the owners.", 1.0),
    ("how many flats were repaired", "Repairs to the flats cost 1 204 880 zł.", 0.0),
    # "How cold was it" is answered by a temperature, not by the sentence about the cold.
    ("how cold was it outside that night", "The weather station recorded −24 °C at 3:00.", 1.0),
    ("how cold was it outside that night", "The cold set the door alarm off several times a night.", 0.0),
]
DATE_SENTENCES = [
    # When something is due: "within 18 months", "in two weeks".
    ("When is the safety review due?", "The inspectorate plans to release the safety review within 18 months.", 1.0),
    ("When was the Brackwater Clinic founded?",
     "The Brackwater Clinic, founded in 1968 by two nurses, treats 9,000 patients a year.", 1.0),
    # A day before an abbreviated month is a date ("27 Feb.", "3 Sept.").
    ("When was the grain barge boarded?", "Late in the evening of 27 Feb., armed men boarded a grain barge.", 1.0),
    # A date in a sentence that does not say what is asked about is half-evidence: the word match
    # cannot see a paraphrased event ("began" for "start").
    ("When was the Brackwater Clinic founded?",
     "The clinic treated 9,000 patients last year, against 7,000 at the Ormond Hospital.", 0.5),
    ("When was the Brackwater Clinic founded?", "The clinic treats 9,000 patients a year.", 0.0),
    # A time still to come is told only by a sentence that speaks of the future.
    ("When will the tribunal rule on the appeal?", "The tribunal heard the appeal in March 2024.", 0.0),
    ("When will the tribunal rule on the appeal?", "The tribunal is expected to rule on the appeal in May 2027.", 1.0),
    ("When is the new bridge due to open?",
     "The bridge, which the city wants to open in June 2028, will cost more.", 1.0),
    # A time as police and armies write it is a time; a duration in hours is not.
    ("When did the patrol reach the checkpoint?", "The patrol reached the checkpoint at 21.40 hrs.", 1.0),
    ("When did the patrol reach the checkpoint?", "The patrol reached the checkpoint after 100 hours.", 0.0),
    # …and a time of day with a one-digit hour.
    ("what time did the fire door open", "The door log shows that the fire door was opened at 2:47.", 1.0),
    # "in May" is the month (a verb elsewhere); a day may be an ordinal; "mid-March" is a time.
    ("When is the bridge survey due?",
     "The survey is carried out by a county engineer, and the results are due in May.", 1.0),
    ("When did the patrol reach the checkpoint?", "The patrol reached the checkpoint on the 3rd of May.", 1.0),
    ("When did the dockers' strike begin?", "The dockers' strike began in mid-March.", 1.0),
    ("When did the dockers' strike begin?", "The dockers may strike again, the union said.", 0.0),
    # A month alone after "for", "before", "after" is a time too ("her hearing is set for October").
    ("When is the poacher's hearing?", "She denies the charges; her hearing is set for October.", 1.0),
    ("When will the depot reopen?", "The depot will not reopen before September, the mayor said.", 1.0),
    ("When will the depot reopen?", "The depot will reopen after May resigns, the union said.", 0.0),  # a person
    # A month naming an occasion is a time; a place named after a month is not.
    ("When will the assembly debate the audit?", "The assembly will debate the audit at its November session.", 1.0),
    ("When will the assembly debate the audit?", "The assembly will debate the audit in the August Hill hall.", 0.0),
]


# "How old is X" is answered by X's age, not by another number in a sentence about X.
AGE_SENTENCES = [
    ("how old is halvard moen?", "Halvard Moen, 61, has run the yard since 1998.", 1.0),
    ("how old is halvard moen?", "Halvard Moen has run the yard for fourteen years.", 0.0),
    ("At what age did Moen join the yard?", "Moen joined the yard aged 19.", 1.0),
    ("how old is the boy who is still in hospital", "One of them, a boy of nine, is still in hospital in Tarsa.", 1.0),
    # a person's age beside someone else is not the asked one's
    ("how old is the coach", "The complaint was made by the mother of a cadet aged 14.", 0.0),
    ("how old is sela vaka", "Six people were taken to hospital, among them a 9-year-old child.", 0.0),
    ("how old was the girl who rented them the canoe", "They rented the canoe from a 17-year-old girl.", 1.0),
    ("how old was the boy at the time of the fight", "The boy was 16 years and 7 months old at the time of the fight.",
     1.0),
]

# "What is X" is answered by "X is a …" and by "X is <a value>"; not by a sentence that only names X.
DEFINITION_SENTENCES = [
    ("What is the high today?", "The high today is nine degrees.", 1.0),
    ("What is the Harbour Levy?", "The Harbour Levy is a charge on every cruise passenger.", 1.0),
    ("What is the Harbour Levy?", "The council will debate the Harbour Levy on Monday.", 0.0),
    # a nickname the sentence gives someone says who it is
    ("who is tiro", "\"We lost two weeks,\" said the union's chairman, Anton Vesk, who is known along the quay as "
     "\"Tiro\".", 1.0),
    ("who is uncle mako",
     "Next on the air is the harbourmaster, Makoa Kealoha, who many of you will know as Uncle Mako.", 1.0),
    ("who is papa rua", "Papa Rua said the ship was late.", 0.0),
]


# "How long" is answered by a length of time; a length ("how long is the runway") or a date is half of one.
DURATION_SENTENCES = [
    ("how long did the strike last", "The strike lasted three weeks.", 1.0),
    ("how long is the runway", "Runway 29 is 2,100 metres long.", 0.5),
    ("how long is the runway", "The runway was resurfaced by Nordvei.", 0.0),
    ("how long is the walk", "The guides walked along the ridge to the hut.", 0.0),  # "along" is no length of time
    ("how long did the dog hold on", "The dog held on for about 48 seconds before it was called off.", 1.0),
    ("how long was he kept in hospital", "He spent four nights in hospital.", 1.0),
    ("how long did the hearing take", "A second hearing was ordered.", 0.0),  # "a second" is no length of time
    # A unit's qualifier, and the number in figures in brackets after the words, as legal texts write it.
    ("how long is the licence suspended", "The licence is suspended for ninety (90) calendar days.", 1.0),
    ("how long do they have to reply", "Complaints are answered within fifteen working days.", 1.0),
    ("how long must the staff be kept", "The buyer shall keep all staff for eighteen (18) months.", 1.0),
]

# "Where" is answered by a place's name, half by a place without one ("to the foyer"); a date's capitalised words
# ("February 2024", "Friday") are none.
PLACE_SENTENCES = [
    ("where was the fire extinguisher", "The extinguisher had been taken to the foyer the week before.", 0.5),
    ("where was the fire extinguisher", "The extinguisher had not been checked for years.", 0.0),
    ("where was the fire extinguisher", "The extinguisher had been taken to the Riverside Hall.", 1.0),
    ("where was the fire extinguisher", "The extinguisher was last serviced in February 2024.", 0.0),
    ("where did the crew sleep", "The crew slept aboard on Friday.", 0.0),
    ("where did the crew meet", "The crew met on Wed 4 June.", 0.0),  # a weekday written short
]


@pytest.mark.parametrize("question, sentence, expected", NAME_SENTENCES + DATE_SENTENCES + AGE_SENTENCES
                         + DEFINITION_SENTENCES + NUMBER_SENTENCES + PLACE_SENTENCES + DURATION_SENTENCES)
def test_a_name_or_date_counts_only_beside_what_is_asked(question, sentence, expected):
    from bot.answers.support import kind_evidence
    from index.language import name_spans
    from index.text import terms

    shape = shape_of(question)
    spans = [frozenset(terms(span)) for span in name_spans(sentence)]
    assert kind_evidence(sentence, shape, set(terms(question)), spans) == expected, (shape, spans)


@pytest.mark.parametrize("question, parts", [
    ("Who is Dana Okoro, and when can her company start drilling?",
     ["Who is Dana Okoro", "when can her company start drilling? Dana Okoro"]),
    ("What fee did the port set for tankers, and why?",
     ["What fee did the port set for tankers", "why? What fee did the port set for tankers"]),
    # (a second part led by a preposition, as people type it)
    ("who won the dredging contract and for how much",
     ["who won the dredging contract", "for how much who won the dredging contract"]),
    # (a second part opened by an auxiliary or a typed "whats"; a second question after a comma; a short first part)
    ("how badly was the driver hurt and has anyone been arrested",
     ["how badly was the driver hurt", "has anyone been arrested"]),
    ("how big is the new depot and whats it going to cost",
     ["how big is the new depot", "whats it going to cost"]),
    ("how does the pay deal work, when do the raises start",
     ["how does the pay deal work", "when do the raises start"]),
    ("what was the vote and who objected", ["what was the vote", "who objected what was the vote"]),
    ("How many people live in Lagos?", ["How many people live in Lagos?"]),
    ("Is the mine open?", ["Is the mine open?"]),
    ("Who paid for the dredging and the new quay?", ["Who paid for the dredging and the new quay?"]),
    ("According to the mayor, what did the council promise?",
     ["According to the mayor, what did the council promise?"]),
])
def test_a_two_part_question_is_asked_part_by_part(question, parts):
    from bot.answers.question import question_parts

    assert question_parts(question) == parts


@pytest.mark.parametrize("question", [
    "what was the company called before?",
    "What was Halden Freight's former name?",
    "whats the agency's original name",
    "what was the museum called before 1960?",
    "what did the club use to be called",
    "what was the school's name before 2021",
    "what name did the ferry company use before the merger",
    "what surname did she use before",
])
def test_a_question_about_a_former_name_asks_for_one(question):
    assert shape_of(question).kind == FORMER_NAME


def test_a_name_asked_of_someone_before_someone_else_is_no_former_name():
    assert shape_of("what is the name of the man who spoke before the mayor").kind != FORMER_NAME


@pytest.mark.parametrize("question", [
    "whats his nickname",
    "what do people in the trade call the foundry boss",
    "what was the old coach's nickname and why",
    "what is the ferry's skipper known as",
    "what name does the poet go by",
    "what did folks on the quay call him",
])
def test_a_question_about_a_nickname_asks_for_one(question):
    assert shape_of(question).kind == NICKNAME


@pytest.mark.parametrize("question", [
    "what did the mayor call the ruling",
    "what did the union's lawyer call the dismissals",
])
def test_what_someone_called_a_thing_is_no_nickname_question(question):
    # (what they said of it: a characterisation in their words, not another name it goes by)
    assert shape_of(question).kind != NICKNAME


@pytest.mark.parametrize("sentence, gives", [
    ("The foreman, known throughout the trade as “Big Staszek”, signed the order.", True),
    ("Ana Ruiz, nicknamed La Roja, won the race.", True),
    ("His crew call him Captain Hamada.", True),
    ("The skipper, who goes by Tam, was not on board.", True),
    ("The chapel is popularly called the Fishermen's Church.", True),
    ("The ferry was run by Olek Marsz, whom everyone on the quay calls “Tiko”.", True),
    ("The herds graze up the Tarn valley, which the herders call Ulaan-tsav.", True),
    ("The Iron Mayor, as the local papers called Piet Brand, signed the permit.", True),
    ("Villagers call its members “the night men”.", True),
    ("Members know her as “Auntie Bea”.", True),
    ("She has published two books of verse under the name Rasa.", True),
    ("He is referred to by his crew as “Bosun”.", True),
    ("He is remembered by his pupils as Sir Tam.", True),
    ("The foreman signed the order on Monday.", False),
    ("She called the police at 4:45 p.m.", False),
    ("The lone bull elephant that villagers call “Raja Tusk” broke three houses.", True),
    ("To two generations of pupils he was simply “Master Tavo”.", True),
    ("On the radio network he used a second name, “Brother Jo”.", True),
    ("The “dry gap”, as the low-water season is known locally, lasted a month.", True),
    ("The union called on the council to “stop the cuts”.", False),
])
def test_a_nickname_is_told_in_a_sentence(sentence, gives):
    assert bool(NICKNAME_PATTERN.search(sentence)) == gives


@pytest.mark.parametrize("sentence, gives", [
    ("Halden Freight, formerly Nordkyst Shipping, runs six ferries.", True),
    ("The agency, known until 2019 as the Coastal Survey Office, has 40 staff.", True),
    ("The team rode as Velo Norte until a change of sponsor in 2024.", True),
    ("The firm was incorporated in 2017 as Ajax Digital Ltd and renamed in 2020.", True),
    ("Halden, which traded as Nordkyst B.V. until 2022, runs six ferries.", True),
    ("Halden, which until 2021 traded as Nordkyst Lines, runs six ferries.", True),
    ("Until 2020 it operated as the Vardo Harbour Watch.", True),
    ("The militia, which called itself the Grey Herons until a split in 2023, took the road.", True),
    ("The union, which some members still remember as the Dockers' Circle, signed the pay deal.", True),
    ("The cooperative was registered until 2024 as the Ostrava Growers' Union.", True),
    ("The club was founded in 2011 under the name Tarn Athletic.", True),
    ("Built in Spain in 2001, she sailed as Mar Azul until 2015, when the line bought her.", True),
    ("The choir was set up in 1998 as the Ribe Singers' Guild and took its present name when it moved.", True),
    ("The festival began in 2013 as the Lakeshore Film Week.", True),
    ("The distillery was founded in Tarvik in 1921 as Vik Spirits & Sons.", True),  # where, then when
    ("The bakery was founded in Ostrava in 1952 by Anna Berg as Berg & Daughters (Berg a dcery).", True),  # and by whom
    ("It was founded in March 2011 by three teachers as a reading club.", False),
    ("The co-op, which until last year traded as Fjord Fresh, buys from 40 boats.", True),
    ("The co-op, which until 2019 was called Nordvik Fishers, buys from 40 boats.", True),
    ("Until 1931 the upper floors held a dance hall, and the building was known as Rechabite Hall.", True),
    ("Older members still call it by its former name, Sorensen Yard.", True),
    ("The papers date from when the college was still the Kestrel School of Agriculture.", True),
    ("Halden Freight, which traded until 2023 as Nordkyst Lines, runs six ferries.", True),
    ("The agency, which until May 2024 traded as Vik Staffing, employs 40 men.", True),
    ("Voting ran on a platform of Vox Tarnia (until March 2023 trading as E-Vote Tarn) under a contract.", True),
    ("The bakery, trading until 2019 as Berg & Daughters, was sold in May.", True),
    ("The shop is trading as usual until Friday.", False),
    ("Until then it was Halden Works.", True),
    ("Until 2009 we were the Tarn Growers' Circle.", True),
    ("Until 2019 this union was called the Independent Teachers' Union of Vik.", True),
    ("The team raced as Tarn Port Cycling Club until the end of the 2024 season.", True),
    ("The fighters used to be called the Ridge Defence Brigade.", True),
    ("Name of ship: Vik Star (ex-Nordkyst Bay)", True),
    ("The ministry took over the functions of the former Ministry of Fisheries.", True),
    ("The board replaced the Vik Water Board in 2020.", True),
    ("The firm was founded in 2019 as Ōtautahi Launch Systems.", True),  # a capital with a macron
    ("An ex-minister spoke at the meeting.", False),
    ("When it was dark the crew left the quay.", False),
    ("The co-op, which until its merger with a rival in 2009 was the Vik Fishers' Union, buys from 40 boats.", True),
    ("The yard was built for Larsen & Co, the name under which the firm traded until 2019.", True),
    ("It is still registered as Vik Radio NPC, the station's name until 2012.", True),
    ("The signs bearing the Trust's former name were taken down in May.", True),
    ("In 2022 the new owner changed the company's name from Nordkyst Lines.", True),
    ("He served until 2019 as the head of the board.", False),
    ("Until 2020 the fare was three euros.", False),
    ("The group operated as a charity for a decade.", False),
    ("The club started in 1990 as a youth team.", False),
    ("The mayor was still in office then.", False),
    ("Halden Freight runs six ferries and is known as a reliable carrier.", False),
    ("The museum was founded in 1910 and reopened in 2018.", False),
])
def test_a_former_name_is_told_in_a_sentence(sentence, gives):
    from bot.answers.support import kind_evidence

    assert kind_evidence(sentence, shape_of("what was it called before?"), set(), []) == (1.0 if gives else 0.0)


# "Who runs X" asks for the name a report gives a leader by, not any name in a sentence about X.
@pytest.mark.parametrize("sentence, expected", [
    ("Halden Freight’s chief executive, Ingrid Solvang, said the company would appeal.", 1.0),
    ("Ingrid Solvang, the chair of Halden Freight, said the company would appeal.", 1.0),
    ("Halden Freight is owned by investors from Bergen and Tromsø, including Ola Berg.", 0.0),
])
def test_who_runs_a_body_is_answered_by_its_leader(sentence, expected):
    from bot.answers.support import kind_evidence
    from index.language import name_spans
    from index.text import terms

    question = "who runs halden freight?"
    spans = [frozenset(terms(span)) for span in name_spans(sentence)]
    assert kind_evidence(sentence, shape_of(question), set(terms(question)), spans) == expected


@pytest.mark.parametrize("question, plain", [
    ("what exactly is the JCC?", "what is the JCC?"),
    ("who actually is Marta Kessler", "who is Marta Kessler"),
    ("What really was the Tolvar accord?", "What was the Tolvar accord?"),
])
def test_a_filler_word_after_the_question_word_still_asks_for_a_description(question, plain):
    from bot.answers.question import DEFINITION

    shape = shape_of(question)
    assert shape.kind == DEFINITION and shape.asked == shape_of(plain).asked


@pytest.mark.parametrize("question, role", [
    ("who is Halden Freight's chief executive?", "who is the chief executive of Halden Freight?"),
    ("Who was the union’s leader", "Who was the leader of the union"),
])
def test_who_is_the_role_of_a_possessor_asks_a_name_not_a_description(question, role):
    from bot.answers.question import NAME

    shape = shape_of(question)
    assert shape.kind == NAME and shape.asked == shape_of(role).asked


@pytest.mark.parametrize("question", ["what reason did the council give for closing the pool?",
                                      "What reasons has the club given for the move"])
def test_what_reason_asks_why(question):
    from bot.answers.question import REASON

    assert shape_of(question).kind == REASON


@pytest.mark.parametrize("question, whose", [
    ("how old is the coach", {"coach"}),
    ("how old was the girl who rented them the canoe", {"girl"}),
    ("how old was he when he died", set()),  # a pronoun: whose is the sentence's to say
    ("who died and how old was he", set()),  # two questions: the other part names him
])
def test_how_old_knows_whose_age_it_asks(question, whose):
    assert shape_of(question).whose == frozenset(whose)


@pytest.mark.parametrize("question, person", [
    ("what was the name of the driver who was shot", True),
    ("what's the foreman's name?", True),  # a trade the noun list leaves out, by its ending
    ("what's the envoy's name", True),
    ("which deputy read out the statement?", True),
    ("who is the biggest buyer of wool", False),  # a firm buys as often as a person
    ("which indian-funded project is late", False),
    ("who is the brigade's spokesman", True),
    ("What's the name of Ana Ruiz's son?", True),
    ("what is the name of the operation", False),
    ("what are the names of the 14 nurses", True),  # a count between the article and the noun
    ("what are the names of the 3 vessels", False),
    ("which company runs the port", False),
    ("who runs the port", False),  # a body may run it: a leader's post is asked, not a person's name
    ("whats the name of the bartender who served him", True),  # everyday roles reports leave unnamed
    ("what are the names of the visitors who fell ill", True),
    ("what is the name of the 67-year-old woman", True),  # an age before the noun
    ("whats the name of the 16 year old who was hurt", True),  # someone of an age
    ("what is the name of the 2024 report", False),
])
def test_a_name_question_about_a_person_asks_for_a_persons_name(question, person):
    assert shape_of(question).person is person


@pytest.mark.parametrize("question, kind, person", [
    ("who is the fisheries minister", "name", True),  # a person in a post
    ("who was the driver", "name", True),
    ("who is varek", "definition", False),  # a name: who that is
    ("who is goldman", "definition", False),  # a surname ending like a role noun, no "the"
    ("who is the head of the port police", "name", True),
])
def test_who_is_the_role_asks_a_persons_name_and_who_is_a_name_a_description(question, kind, person):
    shape = shape_of(question)
    assert (shape.kind, shape.person) == (kind, person)


def test_the_head_of_a_body_is_asked_by_whatever_post_leads_it():
    assert {"director", "command", "chairman"} <= shape_of("who is the head of the port police").asked
    assert "director" not in shape_of("who is the chief executive").asked


@pytest.mark.parametrize("question, outcomes", [
    ("how many guards were hurt in the raid?", {"hurt"}),
    ("how many people died", {"dead"}),
    ("how many were killed or injured", {"dead", "hurt"}),
    ("how many villagers were abducted", {"taken"}),
    ("how many casualties were there", set()),  # the dead and the wounded: either
])
def test_a_count_knows_what_happened_to_those_it_counts(question, outcomes):
    assert shape_of(question).outcomes == outcomes


@pytest.mark.parametrize("question, text, clash", [
    ("when did the inspectors issue their second report", "The inspectors' first report came out in June.", True),
    ("when did the inspectors issue their first report", "The inspectors' first report came out in June.", False),
    ("when is the next hearing", "The first hearing was held on 3 May.", True),
    ("who won the second round", "In the first round, Ana Ruiz led; in the second round she won.", False),
    ("when was the second clinic opened", "The first clinic opened in 2019 and a second one in 2021.", False),
    ("what happened on the first day", "Police arrived at noon.", False),
    ("when was the last walkout at the mine", "It is the first walkout at the mine since 2004.", False),  # says when the last was
    # Opposites tell one thing from another as ordinals do.
    ("how much will the permanent repair of the jetty cost", "Temporary repairs to the jetty cost £40,000.", True),
    ("how much will the permanent repair of the jetty cost", "A permanent repair is costed at £2 million.", False),
    ("when is the final report due", "The interim report was published on 2 May.", True),
    ("what was the net profit", "Gross profit rose to 12 million and net profit to 4 million.", False),
    ("how many rural schools closed", "Nine urban schools closed in March.", True),
    ("how many rural schools closed", "Nine schools closed in March.", False),  # which ones it does not say
])
def test_a_sentence_about_another_of_a_series_is_told_apart(question, text, clash):
    assert speaks_of_another(question, text) is clash


@pytest.mark.parametrize("question", [
    "what was the cooperative called when it started",
    "what was the party called at first",
    "what was the co-op called when it was first registered",
    "what was the trust called when it was incorporated",
])
def test_what_a_body_was_called_at_its_start_asks_its_former_name(question):
    assert shape_of(question).kind == FORMER_NAME


def test_what_a_body_was_called_when_something_else_happened_asks_no_former_name():
    assert shape_of("what was the co-op called when the inspectors came").kind != FORMER_NAME


def test_how_often_is_answered_by_a_frequency_without_a_digit():
    shape = shape_of("how often does the committee meet")
    assert kind_evidence("4.2 The committee shall meet every Tuesday at the port.", shape, set(), []) == 1.0
    # How many times in a stretch answers it too.
    shape = shape_of("how often has the board met this year")
    assert kind_evidence("The board has met only twice since January.", shape, set(), []) == 1.0
    assert kind_evidence("The board met in Hollin in January.", shape, set(), []) < 1.0


@pytest.mark.parametrize("question, needs", [
    ("how many people live in the valley", True),
    ("when was the dam built", True),
    ("what is the name of the pilot", True),
    # Two questions in one: the sentence may answer the other part (each part, asked alone, needs its kind).
    ("how many people live in the valley, and when was the dam built", False),
    ("which ship came first and when did it dock", False),
])
def test_only_a_single_question_needs_its_kind_of_answer_in_the_sentence(question, needs):
    from bot.answers.support import needs_kind

    assert needs_kind(shape_of(question)) is needs


@pytest.mark.parametrize("text, former", [
    ("The firm was founded in 2011 as Varda Water Company LLC.", True),
    ("The network was founded in May 2017 as the Valley Growers Council.", True),
    ("The cooperative was founded in 2019 as a savings club.", False),  # what it was, not a name
    ("The group called itself the Dunmore Weavers' Circle.", True),
    ("In 2019 some farmers formed what they called the Valley Watch Committee.", True),
    ("Born Mira Castel on 2 March 1951, she married in 1970.", True),
    ("The firm was born in a garage in 1998.", False),
])
def test_founded_as_a_name_gives_a_former_name(text, former):
    assert (kind_evidence(text, shape_of("what was the company called when it started"), set(), []) == 1.0) is former


def test_a_clause_number_is_no_count():
    from index.segment import split_sentences  # the label is cut from the sentence that is cited

    clause = "4.2 The dispute over the quarry shall go to the district court."
    [(start, end)] = split_sentences(clause)
    assert kind_evidence(clause[start:end], shape_of("how much stone does the quarry yield a year"), set(), []) == 0.0


def test_who_speaks_for_a_body_asks_its_spokespersons_name():
    shape = shape_of("who speaks for the council")
    assert shape.person and {"spokesperson", "spokeswoman"} <= shape.asked


def test_how_big_a_fine_asks_for_money():
    assert shape_of("how big a fine did the landlord get?").money


def test_the_possessor_is_not_whose_name_is_asked():
    assert shape_of("What's the name of Ana Ruiz's son?").asked == shape_of("what is the name of the son").asked


def test_a_two_part_question_keeps_the_whole_questions_answer_beside_a_part_answered_alone():
    # The whole question's best sentence cleared the threshold; asked alone, one part found another sentence:
    # both are cited, the whole question's first (not the part's alone), never more than the limit.
    assert with_parts(["first, on 3 May"], ["a second statement"], 2) == ["first, on 3 May", "a second statement"]
    assert with_parts(["a", "b"], ["a"], 2) == ["a"]
    assert with_parts(["a"], ["b", "c"], 2) == ["a", "b"]
    assert with_parts(["a", "b"], [], 2) == ["a", "b"]  # no part answered: the whole question's answer stands


def test_a_role_after_a_possessive_or_a_name_typed_without_its_apostrophe_asks_a_persons_name():
    for question in ("who is their field coordinator", "whats the captains name"):
        shape = shape_of(expand_contractions(question))
        assert shape.kind == NAME and shape.person, question
    assert shape_of("what is the company name").kind == NAME
    assert shape_of("what is a code name").kind == DEFINITION


def test_the_head_noun_of_which_says_whether_a_person_is_asked():
    assert not shape_of("which ranger posts did they shut").person
    assert shape_of("which deputy voted against the bill").person


def test_an_age_in_words_and_a_former_name_asked_with_originally():
    assert kind_evidence("The mare came to the stud farm in 2012, which puts her at roughly fourteen years old.",
                         shape_of("how old is the mare"), set(), []) > 0
    assert shape_of("what was the choir originaly called").kind == FORMER_NAME
    assert shape_of("what was his wife's maiden name").kind == FORMER_NAME


@pytest.mark.parametrize("question, asked", [
    ("what does kpa stand for", "kpa"),
    ("What does the HPX stand for?", "hpx"),
    ("what is afad short for", "afad"),
])
def test_what_a_short_name_stands_for_asks_its_definition(question, asked):
    shape = shape_of(question)
    assert shape.kind == DEFINITION and shape.asked == frozenset(terms(asked))


@pytest.mark.parametrize("sentence, defines", [
    ("The Khanasor Guard (Kurdish: Hêza Parastina, HPG) patrols the road.", True),
    ("The Kivu Port Authority (KPA) raised its fees.", True),
    ("The KPA raised its fees again in May.", False),
])
def test_a_short_name_in_brackets_after_what_it_stands_for_defines_it(sentence, defines):
    question = f"what does {'hpg' if 'HPG' in sentence else 'kpa'} stand for"
    assert kind_evidence(sentence, shape_of(question), set(terms(question)), []) == (1.0 if defines else 0.0)
