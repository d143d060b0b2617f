"""What a question asks for: the kind of answer it expects, and the thing that answer is about.

"How many people were arrested?" asks for a number *of people*; a sentence that gives the city's
population holds a number, but not the one asked for. So besides the kind, a question yields its
`asked` terms: the words naming what is counted, dated or named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.language import (CAPITALISED, LEADER_NOUNS, LEADING_ROLES, NUMBER_WORDS, ROLE_WORDINGS, SPOKESPEOPLE,
                            is_person_noun, outcomes_in)
from index.text import STOPWORDS, fold, terms, words

NUMBER, TIME, DURATION, NAME, PLACE, ENTITY, REASON, SPEECH, YESNO, DEFINITION, FORMER_NAME, NICKNAME, OTHER = (
    "number", "time", "duration", "name", "place", "entity", "reason", "speech", "yesno", "definition",
    "former name", "nickname", "other")
KINDS = (NUMBER, TIME, DURATION, NAME, PLACE, ENTITY, REASON, SPEECH, YESNO, DEFINITION, FORMER_NAME, NICKNAME, OTHER)
# "Who is X" asks for a description when X is a short name ("who is the president of X" asks a name).
DEFINED_WORDS = 3
# Kinds whose answer is a specific thing a sentence holds or lacks (a number, a date, a name).
TYPED_KINDS = frozenset({NUMBER, TIME, DURATION, NAME, PLACE, ENTITY, DEFINITION, FORMER_NAME, NICKNAME})

# "What does a bottle cost?", "what did the club pay for him?": the price verb is the question's own
# verb, with no reporting or finding verb before it, and a price's object or the end after it. (Not "what did they
# pay for before the move?": "for" with nothing after it, "what" is what was paid for.)
_PRICE_VERB_Q = (r"\bwhat (?:does|did|do|will|would|could|can) (?:(?!\b(?:say|says|said|find|found|think|happen|"
                 r"mean|know)\b)[\w'’-]+ ){1,6}(?:cost|pay|charge|earn|spend)(?=\s*(?:\?|$|,)|\s+(?:for|at|to|in|per|"
                 r"each|on|them|him|her|it|a|an)\b)"
                 r"(?!\s+for\s*(?:[?,]|$|(?:before|after|when|until|if|once|while|because|so|and|but)\b))")
# "What is it worth?", "what was the painting worth?": a number question, and a price question.
_WORTH_Q = r"\bwhat (?:is|was|are|were) (?:\w+ ){1,4}worth\b"
# "How old is X?", "at what age …": a number question that only an age answers.
_AGE_WORDS_Q = r"\bhow old\b|\b(?:what|which) age\b|\bhow many years old\b"
# "What was X called before?", "what was the company's original name?": a name it had before.
_FORMER_NAME_Q = re.compile(r"\b(?:called|named|known) (?:as )?before\b"
                            # "what was the school's name before 2021", "what name did the firm use before"
                            r"|\b(?:sur)?names? (?:(?!who |which |that )[\w'’-]+ ){0,5}?before\b"
                            # ("called when it started", "named when it was first registered")
                            r"|\b(?:called|named) (?:when (?:it|they) (?:first )?(?:started|began|(?:was|were) (?:first )?"
                            r"(?:founded|set up|formed|registered|incorporated|established|created|launched))"
                            r"|at first|at the start|in the beginning)\b"
                            r"|\b(?:original|previous|former|old|earlier|maiden|birth) names?\b"
                            r"|\bused? to be (?:called|named|known)\b"
                            r"|\b(?:origina\w*ly|initially|formerly|previously) (?:called|named|known)\b"
                            r"|\bcalled (?:formerly|previously|"
                            r"originally)\b|\bwhat (?:was|were) .{1,60} (?:called|named|known as) (?:until|before) "
                            r"(?:\d{4}|it|they|the)\b")
# "What's his nickname?", "what do people in the village call her?", "what is the manager known as?", "what name
# does she go by?": another name someone or something goes by.
_NICKNAME_Q = re.compile(r"\bnick ?names?\b|\bwhat (?:do|does) (?:[\w'’-]+ ){1,5}call\b"
                         r"|\bwhat did (?:[\w'’-]+ ){1,5}call (?:him|her|them|it)\b"
                         r"|\bwhat (?:is|was|are|were) (?:[\w'’-]+ ){1,4}(?:known|referred to) as\b"
                         r"|\bwhat name (?:do|does|did) (?:[\w'’-]+ ){1,4}(?:go by|use)\b")
_DURATION_Q = re.compile(r"\bhow long\b(?! ago)|\bfor how long\b")
_TIME_Q = re.compile(
    r"^\s*when\b|\bwhen (did|was|were|will|would|do|does|is|are|has|have|had|could|can|should)\b"
    r"|\b(what|which) (year|month|day|date|time|week|decade|season|century)\b|\b(?:since|until|till|from) when\b"
    r"|\bby when\b|\bhow long ago\b|\bon what (date|day)\b|\bin what (year|month)\b|\bwhat dates?\b")
_NUMBER_Q = re.compile(
    r"\bhow (many|much|large|big|old|tall|far|high|heavy|fast|often|few)\b"
    r"|" + _AGE_WORDS_Q +
    r"|\bwhat (number|percentage|percent|proportion|fraction|amount|share|portion|sum|figure|level|rate)\b|\bwhat %"
    r"|\b(number|percentage|proportion|share|amount) of\b"
    # "What does a bottle cost?", "what did the club pay for him?" (not "what did X say the cost of …")
    r"|" + _PRICE_VERB_Q +
    # "What is the annual budget of X": a quantity noun the question asks the value of.
    r"|^\s*what (is|was|are|were) (the |its |their |his |her )?(\w+ )?(budget|cost|price|population|size|salary|"
    r"revenue|death toll|toll|total|value|turnout|income|wage|speed|weight|height|length|distance|area|capacity|"
    r"fees?|fines?)\b"
    r"|" + _WORTH_Q)
# "Who is Marta Kessler?", "what is Veltrax": a description of a named thing, not a name. Chat puts a
# filler word after the question word ("what exactly is the JCC", "who actually is Kessler").
_DEFINITION_Q = re.compile(r"^\s*(who|what)(?:\s+(?:exactly|actually|really|precisely))?(?:'s| is| was| are| were)"
                           r"\s+(?:the\s+)?([a-z][\w' .-]{1,40}?)\s*\??\s*$")
# "What does KPA stand for?", "what is KPA short for": what the short name is, a definition of it.
_STANDS_FOR_Q = re.compile(r"^\s*what\s+(?:does|do|did)\s+(?:the\s+)?([a-z][\w'.&-]{1,15})\s+stands?\s+for\b"
                           r"|^\s*what\s+(?:is|was)\s+(?:the\s+)?([a-z][\w'.&-]{1,15})\s+short\s+for\b")
# "Who is Acme's chief executive?" asks the name of a role the possessor has, like "who is the chief
# executive of Acme", not a description of a thing called "Acme's chief executive".
_POSSESSED = re.compile(r"\w['’]s\s+[a-z]")
# "Who is the fisheries minister?", "who was the driver", "who is their coordinator": a person's name in a role, not a
# description of one (unlike "who is Varek", a name; a surname may end like a role noun, "Goldman", so only after
# "the" or a possessive).
_THE_ROLE = re.compile(r"^\s*who(?:\s+(?:exactly|actually|really|precisely))?(?:'s| is| was| are| were)"
                       r"\s+(?:the|their|its|his|her|our)\s")  # ("who is their field coordinator")
# "What's the envoy's name?" asks a name, not what "the envoy's name" is.
# (and "what is the captains name", "the company name"; not "what is a code name")
_POSSESSED_NAME = re.compile(r"^(?!an?\s).*?(?:['’]s?)?\s+names?$")
_RELATION = re.compile(r"\b(of|in|at|for|on|from|with|behind|to|by)\b")
_NAME_Q = re.compile(r"\b(who|whom|whose)\b|\bnames? (of|the)\b|\bwhat is the name\b|\bwhat name\b|\bnamed\b"
                     r"|\w['’]s names?\b|\bthe [a-z-]+ names?\b(?!\s+of\b)")
_PLACE_Q = re.compile(r"\bwhere\b|\b(which|what) (city|country|countries|town|place|region|province|state|area|"
                      r"capital|village|district|neighbourhood|neighborhood|camp|site)\b")
_REASON_Q = re.compile(r"\bwhy\b|\bwhat (caused|causes|led to|leads to|prompted|drove|drives|explains)\b"
                       r"|\bfor what reason\b|\bwhat (?:is the )?reasons?\b|\bwhat (was|is) behind\b")
_SPEECH_Q = re.compile(r"\bwhat (did|does|do|has|have|had|will|would) .{1,60}\b(say|said|tell|told|warn|call|"
                       r"claim|argue|describe|announce|pledge|promise|write|think|accuse|ask|reply|answer|"
                       r"threaten|mean|see)\b|\bhow did .{1,60}\b(describe|react|respond|defend|characteri[sz]e)\b"
                       r"|\b(position|view|stance|reaction|response) (on|to|of)\b")
_ENTITY_Q = re.compile(r"\bwhich\b|\bwhat (kind|sort|type) of\b")
_YESNO_Q = re.compile(r"^\s*(is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|shall|may|might|"
                      r"must)\b")
# "Which city", "what kind of group": the word after which/what names the kind of answer, not
# something the answer must contain.
_TYPE_WORD = re.compile(r"\b(?:which|what)\s+(?:kind|sort|type)?\s*(?:of\s+)?([a-z]+)"
                        # (the second noun of two before the verb is the head: "which ranger posts did they shut")
                        r"(?:\s+([a-z]+)(?=\s+(?:did|do|does|was|were|is|are|has|have|had|will|would|can|could)\b))?")
# What a number question counts: the words after "how many" up to the verb ("how many early
# deaths did India have" -> early, deaths).
_COUNTED = re.compile(r"\bhow (?:many|much)\s+((?:[a-z'-]+\s+){0,3}?[a-z'-]+)(?=\s+(?:did|do|does|are|is|was|were|"
                      r"has|have|had|can|could|will|would|should|live|lives|died|in|of|on|at|for|per|a|the|$))"
                      r"|\b(?:number|percentage|proportion|share|amount) of\s+((?:[a-z'-]+\s*){1,3})")

# The words of a time question that ask for the time rather than say what happened.
_TIME_WORDS = re.compile(r"\b(?:when|what|which|year|month|day|date|time|week|decade|season|century|since|until|"
                         r"long|ago|exactly|first|last)\b")

# "Halden Freight's", "the union's" before the role a name question asks about.
_POSSESSOR = r"(?:the |a |an )?(?:(?!(?:of|in|at|for|on|from|with|by|to)\b)[\w-]+ ){0,3}?[\w-]+'s "
# Whose name a name question asks: "the names of the two suspended engineers" -> suspended, engineers;
# "who was the candidate that X defeated" -> candidate. A name beside those words is the one asked
# for; a name elsewhere in the sentence may be anyone's.
# ("the name of the 67-year-old woman": an age before the noun)
_NAMED = re.compile(r"\bnames? of (?:the |a |an |his |her |its |their )?(?:\d[\d,]*[\s-]+)?((?:[a-z'-]+\s*){1,3})"
                    # "what's the ambassador's name", "the two officers' names"
                    r"|\b((?:[a-z'-]+\s+){0,2}?[a-z'-]+?)['’]s? names?\b"
                    # (typed without the apostrophe: "the captains name"; not "the full name of X")
                    r"|\bthe ((?:[a-z-]+\s+)?[a-z-]+?)s? names?\b(?!\s+of\b)"
                    r"|^\s*(?:who|whom) (?:is|was|are|were) (?:" + _POSSESSOR + r"|the |a |an |its |their |his |her )"
                    r"((?:[a-z'-]+\s+){0,2}?[a-z'-]+)(?=\s+(?:of|that|who|whom|at|for|in|on|with|behind)\b|\s*\?|\s*$)")

# "year old", "year-old": the words that make an age a person's ("the 16 year old who was hurt").
_OF_AN_AGE = re.compile(r"\byears?[\s-]olds?\b")

# A number question that asks for an amount of money ("how much does it cost", "how much did they
# pay", "what is the budget"): only a sentence holding a sum of money answers it.
_MONEY_Q = re.compile(
    r"\bhow (?:much|big|large|high)\b.*\b(costs?|costing|worth|pay|pays|paid|paying|spend|spends|spent|spending|donate[sd]?|donating|"
    r"money|funds?|funding|funded|budget|price[sd]?|charge[sd]?|earn|earns|earned|owe[sd]?|raise[sd]?|invest|"
    r"invests|invested|salary|fees?|fined?)\b"
    r"|^\s*what (is|was|are|were) (the |its |their |his |her )?(\w+ )?(budget|cost|price|salary|fees?|fines?)\b"
    r"|" + _WORTH_Q + r"|" + _PRICE_VERB_Q)
# "Who speaks for X?": the name of its spokesperson, by whatever word the report gives the post.
_SPEAKS_FOR_Q = re.compile(r"^\s*who\s+(?:speaks|spoke|talks|talked)\s+(?:for|on behalf of)\b")
# "Who runs X?", "who heads it", "who's their boss": the name of whoever leads it, as a report names
# a leader (LEADING_ROLES), not any name in a sentence about X.
_LEADER_Q = re.compile(r"^\s*who\s+(?:runs|leads|heads|chairs|manages|directs|commands)\b"
                       r"|\bwho(?:'s| is| was)\s+(?:in charge of|the boss of|(?:their|its|his|her) boss)\b")
_AGE_Q = re.compile(_AGE_WORDS_Q)
# "How cold was it", "how hot does the firebox get", "what temperature was the fish kept at": a number question that
# only a temperature answers ("-24 °C", "40 degrees"), not the sentence about the cold or the fridge.
# (not "what does the machine measure the temperature of", nor a light's "colour temperature")
_TEMPERATURE_Q = re.compile(r"\bhow (?:cold|hot|warm|chilly)\b|\bcore temp\b|\bwhat (?:(?:is|was|are|were|did) )?"
                            r"(?:the |its |their )?(?:(?!colou?r\b)\w+ )?temperatures?\b(?! of\b)")
# "How old is the coach?", "how old was the girl who rented them the canoe": whose age is asked (not "how old was he",
# whose words are none; nor a question asking two things, whose other part may name someone else).
_WHOSE_AGE = re.compile(r"^\s*how old (?:is|was|are|were) (?P<whose>.+?)(?=\s+(?:when|who|whom|that|which|now|today|"
                        r"actually|really|at|in|on|and|or|but)\b|\s*[?,.]|\s*$)")
# "When will the court rule?", "when is the hotel due to open?": a time still to come.
_FUTURE_Q = re.compile(r"\bwhen (?:will|shall|would)\b|\bwhen (?:is|are) .{1,60}\b(?:due|expected|scheduled|set|"
                       r"planned|supposed|going)\b|\bhow soon\b|\bby when\b")
# "How many weapons were seized?" counts things: "84 million francs in cash" beside "weapons" is no count of them.
_COUNT_Q = re.compile(r"\bhow many\b")
# "By how much did prices fall?", "how big a pay rise do they want?" ask a change, which a percentage or a fraction
# gives as well as a sum.
_CHANGE_Q = re.compile(r"\bby how much\b|\bhow (?:much|big|large|high) (?:of )?an? (?:[a-z]+ )?"
                       r"(?:rise|raise|increase|hike|cut|drop|fall|decrease|reduction)\b")
# Words naming money itself ("how much money did it lose"): any sum answers, whatever it is beside.
_MONEY_NOUNS = frozenset({"money", "cash"})
# Questions about the document itself are answered from its metadata line ("The post … appeared
# first on …"), which ingest keeps citable for exactly this.
_ABOUT_DOCUMENT = re.compile(
    r"\b(publish\w*|publication|appear\w*|title\w*|headline|author|wrote|written|outlet|source)\b.{0,40}"
    r"\b(article|report|post|story|piece|text|this|it)\b|\b(article|report|post|story|piece)\b.{0,40}"
    r"\b(publish\w*|appear\w*|title\w*|headline|author|written|wrote|outlet|called|named)\b")
# Two questions in one: "who is X, and when can his company start?"
# (and a second part led by a preposition: "who won the contract and for how much", "… and from when")
_PART_PREPOSITION = r"(?:(?:from|since|until|till|by|for|in|at|to|on)\s+)?"
# A question word, as typed too ("whats", "when's").
_QUESTION_WORD = r"(?:who|whom|what|when|where|which|why|how)(?:['’]?s)?"
# The words a second question opens with after "and"/"or": a question word or an auxiliary ("… and has anyone been
# arrested", "… and can they reach their land").
_PART_OPENER = rf"{_QUESTION_WORD}|did|does|do|is|are|was|were|has|have|had|can|could|will|would|should"
_COMPOUND = re.compile(r"\b(and|or)\s+" + _PART_PREPOSITION + rf"({_PART_OPENER})\b|\?.+\?|,\s*and\b")
# A question, a comma, and a second question opened by a question word: "how does the deal work, when do the raises
# start" (not "According to X, what …", one question after words that frame it).
_COMMA_PART = re.compile(rf"^\s*(?:{_PART_OPENER})\b[^,]*(,\s*)(?={_QUESTION_WORD}\b)", re.IGNORECASE)


def asks_two(text: str) -> bool:
    """Whether a (folded) question asks two things."""
    return bool(_COMPOUND.search(text) or _COMMA_PART.search(text))


@dataclass(frozen=True)
class QuestionShape:
    kind: str  # one of KINDS
    numbers: frozenset[str]  # digit groups in the question ("2024")
    about_document: bool  # asks for the document's title, publisher or source
    type_words: frozenset[str]  # "city" in "which city": what is asked for, not what to match
    asked: frozenset[str]  # stemmed terms of what is counted or dated ("arrested", "people")
    compound: bool  # two questions in one
    money: bool = False  # a number question asking for a sum of money
    age: bool = False  # a number question asking how old someone or something is
    future: bool = False  # a time question about what is still to come
    count: bool = False  # "how many …": a count of things, which a sum of money is not
    person: bool = False  # a name question asking for a person's name ("the name of the driver", "which deputy")
    outcomes: frozenset[str] = frozenset()  # what happened to those a count counts (index.language.OUTCOMES)
    frequency: bool = False  # "how often": "every Friday" answers it as well as a number
    whose: frozenset[str] = frozenset()  # "how old is the coach": stemmed terms of whose age is asked
    temperature: bool = False  # "how cold was it": a number question only a temperature answers

    @property
    def typed(self) -> bool:
        return self.kind in TYPED_KINDS


def shape_of(question: str) -> QuestionShape:
    text = fold(question).strip()
    stands_for = _STANDS_FOR_Q.match(text)  # "what does KPA stand for": a definition of the short name
    asks_temperature = bool(_TEMPERATURE_Q.search(text))
    if _FORMER_NAME_Q.search(text):
        kind = FORMER_NAME
    elif _NICKNAME_Q.search(text):
        kind = NICKNAME
    elif _DURATION_Q.search(text):
        kind = DURATION
    elif _TIME_Q.search(text):
        kind = TIME
    elif asks_temperature or _NUMBER_Q.search(text):
        kind = NUMBER
    elif _REASON_Q.search(text):
        kind = REASON
    elif stands_for:
        kind = DEFINITION
    elif (definition := _DEFINITION_Q.match(text)) and len(definition.group(2).split()) <= DEFINED_WORDS \
            and not _RELATION.search(definition.group(2)) \
            and not (definition.group(1) == "who" and _POSSESSED.search(definition.group(2))) \
            and not (definition.group(1) == "who" and _THE_ROLE.match(text) and is_person_noun(definition.group(2).split()[-1])) \
            and not _POSSESSED_NAME.search(definition.group(2)):
        kind = DEFINITION
    elif _NAME_Q.search(text):
        kind = NAME
    elif _PLACE_Q.search(text):
        kind = PLACE
    elif _SPEECH_Q.search(text):
        kind = SPEECH
    elif _ENTITY_Q.search(text):
        kind = ENTITY
    elif _YESNO_Q.search(text):
        kind = YESNO
    else:
        kind = OTHER
    type_words = set()
    type_nouns = []  # "deputy" of "which deputy": who or what is asked for, as typed
    for match in _TYPE_WORD.finditer(text):
        type_words.update(terms(text[match.start():match.end(1)]))
        type_nouns.append(match.group(2) or match.group(1))
    asked: set[str] = set()
    if kind == DEFINITION:
        asked.update(terms(stands_for.group(1) or stands_for.group(2)) if stands_for else terms(definition.group(2)))
    money = kind == NUMBER and bool(_MONEY_Q.search(text)) and not _CHANGE_Q.search(text)
    if kind == NUMBER:
        for match in _COUNTED.finditer(text):
            asked.update(t for t in terms(match.group(1) or match.group(2) or "")
                         if t not in STOPWORDS and not (money and t in _MONEY_NOUNS))
    if kind == TIME:
        # What happened when: the question's words but the ones asking for a time and the names
        # ("When was St Brendan's founded?" asks when it was founded, not when it is mentioned).
        names = {t for word in CAPITALISED.findall(question) for t in terms(word)}
        asked.update(t for t in terms(_TIME_WORDS.sub(" ", text))
                     if not t.isdigit() and t not in NUMBER_WORDS and t not in names)
    if kind == NAME and _LEADER_Q.search(text):
        asked.update(t for role in LEADING_ROLES for t in terms(role))
    if kind == NAME:
        # "who was the company's lawyer": a name beside "counsel" or "represented by" too
        asked.update(t for word in words(text) if word.rstrip("s") in ROLE_WORDINGS
                     for wording in ROLE_WORDINGS[word.rstrip("s")] for t in terms(wording))
    speaks_for = kind == NAME and bool(_SPEAKS_FOR_Q.search(text))
    if speaks_for:
        asked.update(t for role in SPOKESPEOPLE for t in terms(role))
    # A name or "which …" question asking for a person's name (PERSON_NOUNS): only a person's name answers it.
    person = (kind == ENTITY and any(map(is_person_noun, type_nouns))) or speaks_for
    if kind == NAME:
        for match in _NAMED.finditer(text):
            # "the name of Ana's son" asks for the son's name: the possessor is who the question is about.
            named = re.split(r"['’]s\s+", next((group for group in match.groups() if group), ""))[-1]
            named_words = words(named)
            asked.update(t for t in terms(named) if t not in STOPWORDS and t not in NUMBER_WORDS and not t.isdigit())
            # ("the name of the 16 year old": someone of an age is a person)
            person = person or any(map(is_person_noun, named_words)) or bool(_OF_AN_AGE.search(named))
            if named_words[-1:] and named_words[-1] in LEADER_NOUNS:
                # "who is the head of X": whoever leads it, by whatever word the report gives the post ("its
                # director, A B"), and a person
                asked.update(t for role in LEADING_ROLES for t in terms(role))
                person = True
    return QuestionShape(kind, frozenset(re.findall(r"\d+", text)), bool(_ABOUT_DOCUMENT.search(text)),
                         frozenset(type_words), frozenset(asked), asks_two(text), money,
                         kind == NUMBER and bool(_AGE_Q.search(text)),
                         kind == TIME and bool(_FUTURE_Q.search(text)),
                         kind == NUMBER and bool(_COUNT_Q.search(text)) and not money, person,
                         outcomes_in(text) if kind == NUMBER else frozenset(), kind == NUMBER and "how often" in text,
                         frozenset(terms(whose["whose"])) if kind == NUMBER and (whose := _WHOSE_AGE.match(text))
                         and not asks_two(text) else frozenset(),
                         kind == NUMBER and asks_temperature and not asks_two(text))


# A part of a two-part question with fewer content words than this asks about the other part's
# subject ("…, and why?"): it is read together with that part.
PART_MIN_TERMS = 2
_PART_SPLIT = re.compile(r",?\s*\b(?:and|or)\s+(?=" + _PART_PREPOSITION + rf"(?:{_PART_OPENER})\b)|,\s*and\s+"
                         r"|\?\s+(?=\S)", re.IGNORECASE)


def split_parts(question: str) -> tuple[str, str] | None:
    """A two-part question's two parts as typed, or None for a question that asks one thing."""
    cuts = []  # the first place a second question starts
    if (match := _PART_SPLIT.search(question)) and _COMPOUND.search(fold(question).strip()):  # as shape_of reads "and"
        cuts.append(match.span())
    if match := _COMMA_PART.search(question):
        cuts.append(match.span(1))
    if not cuts:
        return None
    cut = min(cuts)
    first, second = question[:cut[0]].strip(), question[cut[1]:].strip()
    return (first, second) if terms(first) and second else None


def question_parts(question: str) -> list[str]:
    """The questions a two-part question asks, each to be answered on its own ("Who is Peter Lund,
    and when can his company start?" -> "Who is Peter Lund", "when can his company start? Peter
    Lund"): a second part borrows the first's names, and a part too short to stand alone ("and
    why?") the whole first part. One question gives itself."""
    split = split_parts(question)
    if split is None:
        return [question]
    first, second = split
    if len(terms(second)) < PART_MIN_TERMS:
        second = f"{second} {first}"
    else:
        names = [w for w in first.split()[1:] if w[:1].isupper()]
        second = " ".join([second, *names])
    return [first, second]
