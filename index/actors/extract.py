"""Find the actors a report names: a trained entity recogniser for the names, the report's own
words for their kinds, aliases and merges.

1. Names: spaCy's en_core_web_sm entities (PERSON, ORG, GPE, NORP, FAC), read sentence by sentence
   (index.actors.ner). Each entity is cleaned: a leading "the" and a possessive dropped, a title cut
   off into the actor's `title` ("Prime Minister", "Cmdr.", "MP"), lists split ("Orrin, Pellmark
   Robotics"), and two pieces the recogniser left side by side joined ("Liberal" + "Democrat").
2. Evidence per name, from the parse and the words around each mention: an appositive ("X, a
   powerful militia"), the noun before it ("the fact-checking website X"), a title, a news credit
   ("DENVER (AP) —"), "X (Y)"/"known as Y"/"formerly Y" aliases, whether it acts (a subject or
   object, "X's foreign ministry", "the X government") or is only a place ("in X"), or names a
   thing ("its X lander", "the X Act").
3. Merges: acronyms into the long form whose initials they are, surnames into the one person
   they fit, "the X government"/a capital that acts/a metonym into the state, a name that is
   another actor's name with a known prefix ("Trade Council" -> "EU Trade Council").
   A surname two people share goes to neither.
4. Kinds: the state gazetteer and polity evidence, then the report's words (appositive, noun
   before, title, the name's own last or first word), then the recogniser's label (most votes).
5. Drops: places only located, peoples ("Bretons"), adjectives ("Peruvian officials"), things.

Rules stay only where they beat the recogniser alone on the development corpus (see the actors
docs for the figures). Mentions and relations are read afterwards (index.actors.mentions,
index.actors.relations), once the overrides file has had its say.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

import numpy as np
from rapidfuzz.distance import Levenshtein

from index.actors.gazetteer import (ADJECTIVE_CUES, ADJECTIVE_TITLES, ARMED_ADJECTIVES, ARMED_HEADS, CIVIL_GROUPS,
                                    CONTINGENT_NOUNS, CRAFT_NOUNS,
                                    FIRST_WORD_CUES, GOVERNMENT_WORDS, INTERNATIONAL_BODIES, KIND_CUES, KIN_NOUNS,
                                    COMMITTEE_WORDS, LEGAL_FORMS, LEGISLATORS_TITLES, LEGISLATURE_WORDS, LOCAL_GOVERNMENT_UNITS, LOCATIVES, MEDIA_CONTEXT, MEDIA_NAMES,
                                    NAME_CUES, NATIONAL_BODY_NAMES, NOT_ACTOR_HEADS, NUMBERED_FORMATIONS, OF_JOINERS, OPENERS,
                                    ORGANISATION_WORDS, PARTY_MEMBERS, PERSON_ONLY_TITLES, PLACE_FIRST_WORDS, PLACING_WORDS,
                                    PLURAL_TITLES, PLACE_NAME_ENDINGS, PLACE_WORDS, POLITY_NOUNS, STREET_ENDINGS,
                                    POSSESSIVE_NAME_HEADS, POST_ENDINGS, RANKING_ORDINALS, RANKING_WORDS, SAINT_WORDS,
                                    RANK_PHRASES, SELF_RULE_WORDS, STATES, STORM_WORDS, TITLE_FOLLOWERS, TITLE_LEADERS, TITLE_WORDS,
                                    VESSEL_PREFIXES, WORLD_REGIONS, WRITTEN_LEGAL_FORMS, FOREIGN_HEAD_NOUNS,
                                    WHOLE_ONLY_LEGAL_FORMS,
                                    is_place_name, is_title_word, name_heads, state_of, without_trailing_legal_forms)
from index.actors.keep import FEATURES, keeps, shipped_model
from index.actors.mentions import POSSESSIVE_PRONOUNS, ROLE, ROLE_AFTER_OWNER, ROLE_APPOSITIVE, AliasTable, tokenize
from index.actors.model import ARMED_GROUP, MEDIA, ORGANISATION, PARTY, PERSON, STATE, Actor
from index.actors.relations import compound_of, is_adjective
from index.ingest import is_footer
from index.language import (ABBREVIATED_GIVEN_NAMES, ACRONYM_SKIPPED, AMHARIC_HONORIFICS, BURMESE_HONORIFICS,
                            CURRENCIES_AFTER_SUMS, CURRENCY_ABBREVIATIONS,
                            HONORIFIC_GIVEN_NAMES, PLACES_OF_WORSHIP, TITLED_NAMES_MIN,
                            BURMESE_NAME_WORDS, BYLINE, BYLINE_NAME, BYLINE_TITLE, CAPITAL, CLAUSE_VERB,
                            AGENT_NOUN_ENDINGS, COMMON_ACRONYMS, COMMON_NOUN_ENDINGS, COURTESY_TITLES, DAY_MONTH,
                            DOTTED_GIVEN_NAMES, ELIDED_ARTICLE, PATRONYMIC_ENDINGS, ET_AL, FAMILY_NAME_MAX, HONORIFICS,
                            GAELIC_SURNAME_PREFIXES, HYPHENATED_GIVEN_NAME, HYPHEN_NAME_JOINERS, LEADER_NOUNS,
                            GENERATIONAL_SUFFIXES, MATCH_DROPPED_PARTICLES, REGNAL_NUMBER,
                            MATCH_DROPPED_WORDS, MONTHS, NAME_JOINERS, ORDINALS, PATRONYMICS, PATRONYMIC_JOINERS,
                            TIME_OF_DAY,
                            PERSON_PARTICLES, POST_NOMINAL_LETTERS, ROMANCE_ARTICLES, ROMANCE_NAME_JOINERS,
                            SECOND_SURNAME_JOINER, SIGNATURE_POSTS, SPEAKER_VERBS, STYLE_OF_ADDRESS, SUM_AFTER_CODE,
                            SURNAME_PARTICLES, TRAILING_TITLES, WEEKDAYS, is_person_noun, lower_case_words)
from index.records import Document, Sentence
from index.text import fold, match_key, words

# The recogniser's labels that may name an actor (FAC: "the White House" standing for a government).
_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
# Labels voted for by each mention, and the kind each means when nothing in the text says more.
_LABEL_KIND = {"PERSON": PERSON, "ORG": ORGANISATION, "GPE": STATE, "NORP": PARTY, "FAC": None}

# An appositive runs to the next comma, semicolon, quote or sentence end, or to a relative clause ("X, a criminal
# group which the police (PNC) say …"); "U.S." does not end it.
_APPOSITIVE = re.compile(r"^,\s+(?P<desc>(?:(?:[A-Z]\.){2,}|[^,.;“”\"()—])+?)\s*"
                         r"(?=[,;“”\"—]|\.(?:\s|$)|$|\s(?:who|whom|whose|which|that|where)\s)")
_COPULA = re.compile(r"^\s+(?:is|was)\s+(?P<desc>(?:a|an|the|one of)\s(?:(?:[A-Z]\.){2,}|[^,.;“”\"()])+?)"
                     r"\s*(?=[,;“”\"]|\.(?:\s|$)|$)")
# A verb with an object ("the attacks damaged a gas field"): a clause, not a description.
_VERB_OBJECT = re.compile(r"(?<!-)\b\w+ed\s+(?:a|an|the|its|their|his|her)\s")
_DETERMINER = re.compile(r"^(?:a|an|the|another|one of the|one of)\s", re.IGNORECASE)
# "X (SNC)", "X, known as Y", "X, formerly Y": the next name is another name of X.
_PAREN_ALIAS = re.compile(r"^\s*\(\s*(?:the\s+)?$")
# "X, known as Y", "X (formerly Y)", "X (XY), formerly the Y": Y is another name of X.
# ("X plc (“the Company”, known as Y until …)": past the word a filing defines for it)
_KNOWN_AS = re.compile(rf"^\)?(?:[\s,]+\(?(?i:{'|'.join(sorted(LEGAL_FORMS))})\)?\.?)*(?:\s*\([A-Z][A-Za-z.&]{{1,9}}\))?"
                       r"(?:\s*\(\s*[“\"](?:the\s+)?[A-Z][a-z]+[”\"],)?"
                       r",?\s+\(?(?:(?:also |better |commonly |widely |locally |formerly |previously )?(?:known|called)"
                       r"(?: (?:formally|officially|legally|locally|also))? as"
                       r"|(?:formerly|previously) named|formerly|previously)\s+(?:the\s+)?$")
# "X, the state audit tribunal known as Y", "X, a grain trader, which the filing refers to throughout as Y",
# "X, which farmers refer to simply as Y", "A B, who most of you know as Y": a name given after the description that
# follows X, if any (words of its own, none placing it in another: not "a member of the group known as Y").
_DESCRIPTION_WORDS = r"(?:the|a|an)\s+(?:(?!(?:of|in|at|for|with|from|by|and)\s)[a-z][\w-]*\s+){0,4}[a-z][\w-]*"
_DESCRIBED_KNOWN_AS = re.compile(rf"^,\s+(?:{_DESCRIPTION_WORDS}\s+(?:known|called|referred\s+to)"
                                 rf"|(?:{_DESCRIPTION_WORDS},\s+)?(?:which|who)\s+(?:[a-z]+\s+){{1,5}}?"
                                 r"(?:refers?\s+to|calls|knows?)"
                                 r"(?:\s+simply|\s+throughout)?)\s+as\s+(?:the\s+)?$")
# "X, known by its Romanian acronym XY", "X, known by its initials XY": XY is X's short name (a language's name
# between "its" and "acronym" is a piece of its own, so the gap between the two names is not looked at).
_KNOWN_BY_ACRONYM = re.compile(r"^,?\s+(?:known|referred to)"
                               r"(?: (?:on|in|at|among) [a-z]+| everywhere| widely| locally)?"
                               r" by (?:its|their) (?:[A-Z][a-z]+ )?"  # ("known everywhere by its French acronym, X")
                               r"(?:acronym|initials|abbreviation),?\s+([A-Z][A-Za-z.&-]{1,11})\b")
# "X Limited (“the XY” or “the Market”)", "A B (“the Claimant” or “Mr B”)", "X Sdn Bhd (“the Company”)": the names a
# filing defines for what it names, in quotes in a bracket, one or two.
_DEFINED_TERMS = re.compile(r"^\s*\(\s*[“\"](?:the\s+)?(?P<first>[A-Z][^“”\"()]{0,40}?)[”\"](?:\s+(?:or|and)\s+"
                            r"[“\"](?:the\s+)?(?P<second>[A-Z][^“”\"()]{0,40}?)[”\"])?\s*\)")
# "Prairie Curd Foods Ltd. (the Applicant)": one capitalised word after "the" in a bracket, unquoted, as Canadian and
# Commonwealth decisions define their parties (a word the recogniser seldom takes for a name there).
_UNQUOTED_DEFINED_TERM = re.compile(r"^\s*\(\s*the\s+(?P<first>[A-Z][a-z]{2,})\s*\)")
# A defined term that reads as a name: capitalised words, "of"/"and"/"for"/"the" between ("the Company", "Roe Mart").
_DEFINED_NAME = re.compile(r"[A-Z][\w’'.&-]*(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w’'.&-]*)*")
# "X, the XY, now has": a short name in apposition (in another language's initials too), not one of a list.
_APPOSED_SHORT_NAME = re.compile(r"^,\s+the\s+([A-Z]{2,8}),(?!\s+(?:and|or)\b)")
# "X, the Y, or XY": a short name after "or" at the end of a run of names.
# "X (Państwowa Inspekcja Górnicza, PIG)", "X (Unidad Nacional para la Gestión del Riesgo de Desastres, UNGRD)": X's
# name in its own language and the short name that one spells, in brackets.
_TRANSLATED_WORDS_MAX = 7  # words after the first of a name in title case
# A name in sentence case runs longer ("Agence nationale de sécurité du médicament et des produits de santé", 11 words).
_TRANSLATED_SENTENCE_CASE_MAX = 13
# Where a compound is the whole name ("Bundeskriminalamt", "Sjöfartsverket"): one word of at least this many letters,
# longer than a place's or a seat's name in such a bracket ("Kisumu West, ODM", "(Laisamis, UPP)").
_COMPOUND_NAME_MIN = 12
_TRANSLATED_WITH_ACRONYM = re.compile(
    rf"^\s*\((?P<other>{CAPITAL}[\w’'-]+"
    rf"(?:\s+(?:[a-z]{{1,4}}\s+){{0,2}}{CAPITAL}[\w’'-]+){{1,{_TRANSLATED_WORDS_MAX}}}"
    # (or in sentence case, as Slavic and Romance languages write names: "Horská stráž Fatry, HSF", when the short
    # name spells it)
    rf"|(?P<sentence_case>{CAPITAL}[\w’'-]+(?:\s+[^\W\d_][\w’'-]*){{1,{_TRANSLATED_SENTENCE_CASE_MAX}}})"
    # (or with commas or a dash between its words, when the short name is in capitals and spells it: "Ministerio de
    # Agricultura, Pesca y Alimentación, MAPA", "Fonds Wetenschappelijk Onderzoek – Vlaanderen, FWO"; not a list of
    # places)
    rf"|(?P<punctuated>{CAPITAL}[\w’'-]+(?:(?:,?\s+(?:[a-z]{{1,4}}\s+){{0,2}}(?:[dlDL][’'])?|\s+[–—]\s+)"
    rf"{CAPITAL}[\w’'-]+){{1,{_TRANSLATED_SENTENCE_CASE_MAX}}})"
    rf"|(?P<compound>{CAPITAL}[^\W\d_]{{{_COMPOUND_NAME_MIN - 1},}})),"
    r"\s+(?P<short>[A-Z][A-Za-z.&]{1,9})\)")
_OR_ACRONYM = re.compile(r"^,\s+or\s+([A-Z][A-Za-z.&-]{1,11})\b")


def _translation_spelt(name: str, translated: re.Match[str]) -> bool:
    """Whether a bracket after a body's name (_TRANSLATED_WITH_ACRONYM) gives its name in another language and short
    name: a title-case name or a compound as it stands; one in sentence case or with commas between its words when
    the short name spells it (in capitals for the latter: not "(Malakal, Ngerkebesang, Idid)", a list of places)."""
    spelt = _spells_loosely(_NAME_WORDS_SPELT.findall(translated["other"]), _acronym_key(translated["short"]) or "")
    if translated["sentence_case"]:
        # (not after "the Appeals Board of the Rowing Federation of Tarsia": the bracket may name either)
        return " of the " not in name and spelt
    if translated["punctuated"]:
        return translated["short"].isupper() and spelt
    return True


# "X, which traded as Y until 2020", "X of Perth, which until 2019 traded as Y": Y is a name X went by before.
_TRADED_AS = re.compile(r"^(?:\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?,?\s+which\s+(?P<until>(?:until|till|before)\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?"
                        r"(?:[a-z]+ed|ran|rode|went|was\s+(?:known|called|named))\s+as\s+(?:the\s+)?$")
# (past a short name: "Y (YB) until")
_UNTIL = re.compile(r"^(?:\s*\([A-Z][A-Za-z.&]{1,9}\))?\s+(?:until|till|before)\b")
# "X, known until 1998 as Y": the same, in an apposition.
_KNOWN_UNTIL = re.compile(r"^,\s+known(?P<until>\s+(?:until|till|before)\s+(?:[A-Z][a-z]+\s+)?\d{4})"
                          r"\s+as\s+(?:the\s+)?$")
# "X was known until 2023 as Y", "X was known as Y until 2009": Y is a name X went by before.
_WAS_KNOWN_AS = re.compile(r"^\s+(?:was|were)\s+(?:known|called|named)"
                           r"(?P<until>\s+(?:until|till|before)\s+(?:[A-Z][a-z]+\s+)?\d{4})?\s+as\s+(?:the\s+)?$")
_COMPOUND = re.compile(r"^-(backed|led|allied|aligned|funded|based|sponsored|affiliated|linked)\b", re.IGNORECASE)
_POSSESSIVE_TOKENS = {"’s", "'s", "’", "'"}
_OWNED_BEFORE = re.compile(r"(?:’s|'s)\s+(?:[\w-]+\s+){0,3}?([a-z]+),\s+$")
# "(NPHA)", "(U.N.)" right after a name, and the words an acronym skips.
# "(DG ECHO)", "(TBŞ)": another language's capitals too
_BRACKETED_ACRONYM = re.compile(rf"^\s*\(\s*({CAPITAL}(?:{CAPITAL}|[a-z.&-]){{1,11}}(?:\s[A-Z]{{2,8}})?)\s*\)")
_ACRONYM_SKIPS = {"and", "of", "for", "the", "&"}
# "(Bundespolizeiamt, BPA)", "(Fővárosi Rendőrség)": a body's name in another language in brackets, maybe its
# acronym; or in full after its short name, a plural's possessive in it too ("KOFAM (Kodai Orchard Farmers' Movement)").
_BRACKETED_NAMES = re.compile(r"^\s*\(\s*(?P<name>[^\W\d_][^\W\d_’'-]*[a-zà-ÿ][^\W\d_’'-]*[’']?"
                              r"(?:\s+[^\W\d_][^\W\d_’'-]*[’']?){0,4})(?:\s*,\s*(?P<short>[A-Z][A-Za-z.&-]{1,11}))?\s*\)")
# "(Kisumu West, ODM": a member's seat before the short name of their party, as parliamentary records give them.
_SEAT_BEFORE_SHORT = re.compile(r"\(\s*[^()]{1,60},\s*$")
# "(Croatian People's Bloc, HNB)": a name in a bracket, then its short name.
_SHORT_CLOSING_BRACKET = re.compile(r"^\s*,\s*([A-Z][A-Za-z.&]{1,9})\s*[,)]")
# "(BLN, Northern Freedom Brigade)": a short name, then the name in English; "(Tavrian: Fronti Mbrojtja e Portit,
# FMP)": the name in another language, maybe its short name. Both are other names of the name before.
_BRACKETED_SHORT_AND_GLOSS = re.compile(r"^\s*\(\s*(?P<short>[A-Z][A-Za-z.&-]{1,11}),\s+(?P<name>[A-Z][\w’'-]*"
                                        r"(?:\s+(?:(?:of|for|the|and|de|del|la|e|i)\s+)*[A-Z][\w’'-]*){1,7})\s*\)")
# …and a short name the name before spells, then anything ("(RWA, Kishōkyoku)", "(RWA, its Japanese name)").
_BRACKETED_SHORT_FIRST = re.compile(r"^\s*\(\s*(?P<short>[A-Z][A-Za-z.&-]{1,11}),\s")
# ("(Mongolian: <name in its script>, <name in Latin letters>; abbreviated XY)": two spellings, and the short name)
_BRACKETED_LANGUAGE_NAME = re.compile(r"^\s*\(\s*[A-Z][a-z]+:\s+(?P<name>[^\W\d_][^,();:]{2,80}?)"
                                      r"(?:\s*,\s*(?P<other>[^\W\d_][^,();:\s]*(?:\s+[^,();:\s]+)+?))?"
                                      r"(?:\s*[,;]\s*(?:abbreviated\s+(?:as\s+)?)?(?P<short>[^\W\d_][\w.&-]{1,11}))?\s*\)")
_BARE_ACRONYM = re.compile(r"^\s([A-Z]{2,6})(?=,|\s+(?:which|who|said|says|has|have|is|was)\b)")
MAX_ACRONYM_WORDS = 8  # the longest spelt-out name looked for before a bracketed acronym
# A dateline run into the words after it: capitals, then a dash.
_DATELINE_OPENING = re.compile(r"^[A-Z][A-Z.'\- ]{3,}\s[\u2014\u2013-]\s")
_DATELINE_AFTER = re.compile(r"^\s*(?:\(|—|–|-\s|,[^—–\n]{1,40}?\s[—–]\s)")  # "OSLO, 3 May —"
_CREDIT = re.compile(r"^\s*\)\s*(?:—|–|-)")  # "DENVER (AP) —": AP is the news agency
# "She writes a weekly column for the Lantern", "a columnist at X": what publishes columns is the press.
_COLUMN_FOR = re.compile(r"\b(?:(?:column|columns|op-ed|op-eds|editorials)\s+(?:for|in)|columnist\s+(?:for|at|with))"
                         r"\s+(?:the\s+)?$")
_POSSESSIVE_DETERMINERS = {"its", "their", "his", "her", "our", "my", "your"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "agent", "dobj", "dative", "attr"}
_VERB_AFTER = re.compile(r"^\s+(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|"
                         r"[a-z]+ed)\b")
_NOT_SUBJECT_BEFORE = LOCATIVES | frozenset("of to for with by between via through against on about over".split())
# Fewer letters than this and a capitalised word is no acronym ("A", "I").
_ACRONYM_MIN = 2
_ACRONYM_MAX = 8
# A surname spelt one letter differently is the same person's only from this length on ("Kovalsky").
_VARIANT_MIN = 6
# Plural nouns that begin names with a possessive ("People’s Defence Front", "Women’s Institute"):
# any other possessive inside an entity ends the name ("Microsoft’s Bing" is Microsoft's product).
_PLURAL_OWNERS = {"people", "women", "men", "children", "workers", "farmers", "veterans", "citizens", "nations",
                  "peoples", "students", "teachers", "doctors", "journalists", "writers", "voters", "taxpayers"}
# Verbs whose subject acts as a polity when it is a place ("Colorado sued", "the city council voted").
_POLITY_VERBS = {"say", "argue", "sue", "announce", "order", "ban", "vote", "pass", "approve", "reject", "accuse",
                 "urge", "demand", "pledge", "sign", "deny", "refuse", "agree", "decide", "lead", "join", "declare",
                 "recognise", "recognize", "impose", "condemn", "protest", "appeal", "rule", "veto", "ratify"}
# Lower-case particles inside personal names ("Ursula von der Leyen", "Luiz Inácio Lula da Silva").
# Words that make an alliance or coalition a political one.
_POLITICAL_WORDS = PARTY_MEMBERS | {"democratic", "national", "people", "peoples", "progressive", "popular",
                                    "patriotic", "front", "left", "right", "reform", "freedom"}
# Posts a body fills, after its name ("the Water Board coordinator", "the Harbour Authority spokesperson").
_POST_NOUNS = frozenset("coordinator spokesperson spokesman spokeswoman director chair chairperson chairman chairwoman "
                        "head president secretary representative commander chief manager".split())
# Jobs people hold "at" an employer, beside the kind cues and titles ("an economist at X").
ROLE_NOUNS = frozenset("student fellow staff employee work worked working studie studied teache".split())
_AGENT_ENDINGS = ("er", "ist", "or", "ian")
_STAKE_NOUNS = {"share", "shares", "stake", "stakes", "holding", "holdings", "investment", "investments", "interest",
                "interests", "confidence"}  # "banker", "analyst", "professor", "librarian"
# Heads of things that are also agencies' names, when the agency acts under its own acronym.
_AGENCY_HEADS = {"programme", "program", "mission"}  # ("the Joint Support mission (JSM) said": a mission sent)
# Words that make a "movement" a political party rather than an armed one.
_PARTY_WORDS = PARTY_MEMBERS | {"democratic"}
# The last word of a name that is a people's government when a demonym comes first.
_SELF_RULE = {"authority", "government", "administration"}
_HONORIFIC_WORDS = frozenset(h.lower() for h in HONORIFICS)
# The words a state's formal name opens with ("the Union of Myanmar", "the Kingdom of Tonga").
_FORMAL_STATE_WORDS = ("Union", "Republic", "Kingdom", "Federation", "Commonwealth", "Sultanate", "Principality")
# A kind's noun and the words before it ahead of a name ("the opposition party X", "the weekly newspaper X"); no
# joining word is one ("the government of X").
_DESCRIPTOR_WORDS = 3
_DESCRIPTOR_STOPS = SURNAME_PARTICLES | ROMANCE_NAME_JOINERS | {"of", "for", "and", "on", "the", "in", "to", "al", "el"}
_TOWN_WORDS = 3  # "of Winnipeg", "of Des Moines", "of Salt Lake City"
_TRAILING_JOINERS = {"of", "and", "for", "the", "in", "on", "at", "&"}

# A word of a name, also after an elided article ("l’Eau"), not the first letter of "A/S" or "S.A.";
# the words that join a name's words, in English and the languages that write names with them.
_NAME_WORD = rf"(?:[dlDL][’'])?{CAPITAL}[\w’'&-]*(?![/.]\w)"
# … and one that may hold two words joined by a slash ("the Authority for the Oil/Gas Sector (AOGS)"), a
# body's remit; not "A/S", a legal form's letters.
_SLASHED_NAME_WORD = rf"(?:[dlDL][’'])?{CAPITAL}[\w’'&-]*(?:/{CAPITAL}[\w’'&-]+)?(?![/.]\w)"
_NAME_JOINERS = "|".join(sorted(NAME_JOINERS, key=lambda w: (-len(w), w)))
_NAME_JOIN = rf"(?:{_NAME_JOINERS})"
# Nouns for a name a person or group goes by besides their own ("known by his call sign", "by the nickname").
_NICKNAME_NOUNS = r"(?:alias|nickname|nom de guerre|pseudonym|war name|call\s*sign|code\s*name|teknonym)"
# How widely a name is used, before "known" ("better known as", "locally called").
_KNOWN_ADVERB = r"(?:also |better |commonly |widely |locally |popularly )?"
# The words that give a nickname or a nom de guerre in quotes: "known as", "known on the street as", "known in the
# trade as", "alias", "nicknamed", "which residents call simply", "whom miners knew as", "who uses the alias", "who
# fights under the name".
_ALIAS_CUE = (r"(?:(?:(?:(?:who|which) )?(?:became|is|was|are|were|has been|had been) )?"  # "who became known as",
              # "X, is known in the valley as"
              rf"{_KNOWN_ADVERB}(?:known|called|referred to)"
              r"(?: (?!until\b|till\b|before\b)[\w’'][\w’',-]*){0,8}? as"  # "known to her 12,000 listeners as",
              # "known to everyone in the foundation as", "known since his years as a radio host as"
              rf"|(?:(?:who|which) (?:is|was|are|were) )?{_KNOWN_ADVERB}known"
              r"(?: (?!until\b|till\b|before\b)[^\W\d][\w’'-]*){0,4}?"
              r" by (?:his|her|their|its|the) "
              # "known in the hills by his nom de guerre", "known by his call sign"
              rf"(?:name|{_NICKNAME_NOUNS})"
              r"|alias|nicknamed|dubbed|(?:also |sometimes |often )?called"  # "X, called “Zizì”, owns two boats"
              # "whom everyone on the coast calls"
              # "who has run the ferry since 2001 and is known to everyone on the island as"
              r"|who [^,;.“”\"]{1,80}? and (?:is|was) known(?: [\w’'-]+){0,5}? as"
              # ("whom everyone in Tosh calls", "whom farmers along the Tokwe call")
              r"|(?:who|whom|which) (?:(?:in|at|on|along|across|around)(?: the)? [A-Z][\w’'-]+ |[a-z]+ ){1,5}?"
              r"(?:call|calls|called|knew|know|knows|refers? to)"
              r"(?: simply| throughout)?(?: as)?"  # "which the filing refers to throughout as"
              r"|(?:who|which) (?:also )?(?:[a-z]+s|used|went|fought|wrote) (?:by |under )?(?:the )?"
              r"(?:name|alias|nickname|nom de guerre|pseudonym))")
# Inside a quoted other name, the quotes bound it, so a short lower-case word may join its words as another language's
# do ("Mzee wa Fimbo", "Kariuki wa Mugumo"), and a word may open with a lower-case prefix ("Taata w'Amashomero",
# "uTitshala"): at most this many letters.
_QUOTED_JOIN_LETTERS = 3
_QUOTED_JOIN = rf"[a-z]{{1,{_QUOTED_JOIN_LETTERS}}}"
_QUOTED_PREFIX = r"(?:[a-z][’']?)?"
# A quoted other name, whole: "the Duke of Tromsø", "Cell 9", "Captain Matagi", "el Gato", "o Makris" (a leading
# "the" is no part of it; another language's article is).
_QUOTED_OTHER_NAME = (rf"(?:[“\"‘]|(?<![\w’'])')(?:the\s+)?(?P<alias>(?:(?:al|el|la|le|il|lo|los|las|les|o|der|die|das)[-\s])?"
                      rf"{_QUOTED_PREFIX}(?:{CAPITAL}|[0-9])[\w’'-]*"
                      rf"(?:\s+(?:{_NAME_JOIN}\s+|the\s+|{_QUOTED_JOIN}\s+)*"
                      rf"{_QUOTED_PREFIX}(?:{CAPITAL}|[0-9])[\w’'-]*){{0,4}})"
                      r"(?:[”\"’]|'(?!\w))")  # (or in straight single quotes: 'El Toro')
# The cue and the quoted name after it ("known as “Cell 9”"), which the patterns below find after different owners.
_CUED_QUOTED_NAME = _ALIAS_CUE + r",?\s+" + _QUOTED_OTHER_NAME  # ("known by his nom de guerre, “X”")
# A second quoted name after the first ("“Mabhena” and “Skhova”").
_SECOND_QUOTED_NAME = re.compile(r"^\s+(?:and|or)\s+" + _QUOTED_OTHER_NAME)
# What a quoted other name means, quoted in brackets after it ("“Şahin Dağ” (“the Mountain Falcon”)"): a name too.
# ("(the “Iron Lady”)" too)
_QUOTED_GLOSS = re.compile(r"^\s*\(\s*(?:the\s+)?" + _QUOTED_OTHER_NAME.replace("(?P<alias>", "(?P<gloss>") + r"\s*\)")
# Another language's article opening a quoted name ("o Makris"): people use the name without it too.
_OPENING_ARTICLE = re.compile(r"^(?:al|el|la|le|il|lo|los|las|les|o|der|die|das)\s+(?=[A-Z])")


def _with_gloss(text: str, alias_end: int, aliases: list[str]) -> list[str]:
    """The other names a quoted name gives: itself, without a lower-case article that opens it ("Makris" of "o
    Makris"), its meaning quoted in brackets after it (_QUOTED_GLOSS), and a second quoted name after "and"/"or"
    ("also known as “Mabhena” and “Skhova”")."""
    found = [*aliases, *(bare for alias in aliases if (bare := _OPENING_ARTICLE.sub("", alias)) != alias)]
    if gloss := _QUOTED_GLOSS.match(text[alias_end:]):
        found.append(gloss["gloss"])
    if second := _SECOND_QUOTED_NAME.match(text[alias_end:]):
        found.append(second["alias"])
    return found
# "X, known as “Ti Roro”", "X, known in Westmoor as “the Lake Boys”", "X (DMI), known as “Block 7”", "X, the
# police unit known as “La Cueva”", "X, alias “Fantom”", "X, which residents call “the Sea Wolves”", "X, who
# uses the alias “Commander Ruru”": a nickname or a nom de guerre in quotes is another name of X, whole (the
# recogniser may take part of it, or none, for a name).
_QUOTED_ALIAS = re.compile(r"^\)?(?:\s*\([A-Z][A-Za-z.&]{1,9}\)|\s*\([^()]{1,40}\))?"  # ("(independent)", a party)
                           r"(?:,\s+\d{1,3}(?=,))?"  # ("X, 41, known to his associates as": past the age)
                           # "X, the police unit known as", "X, a Skarvik fisherman known on the quays as" (a
                           # capitalised word before a lower-case one: a place's, not a name the nickname may be of)
                           r"(?:,\s+(?:the|a|an)\s+(?:(?:[a-z0-9][\w’'-]*|[A-Z][\w’'-]*(?=\s+[a-z]))\s+){1,5}|,?\s+"
                           # "X, treasurer, better known as"
                           r"|,\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3},\s+(?=(?:[a-z]+\s+)?known\b))"
                           + _CUED_QUOTED_NAME)


# An unquoted other name after a cue that gives one ("X, better known as the Grey Y", "X, a.k.a. Y", "X, alias Y",
# "X, nicknamed the Y by the press", "X, known to his men as Y", "X, who goes by Y"), running to a comma, a full stop,
# a bracket or a word that says to whom or where it is used; not to "until"/"before" (a former name: _KNOWN_UNTIL).
# The name given first is the one the actor is listed by.
_OTHER_NAME_RUN = rf"{_NAME_WORD}(?:\s+(?:{_NAME_JOIN}\s+|(?:al|el)-?)*{_NAME_WORD}){{0,4}}"
_NAME_RUN_END = (r"(?=\s*(?:[,;:.)”]|\([A-Z]{2,8}\)|$)|\s+(?:by|in|on|among|to|since|after|for|from|at|and)\s"
                 r"|\s+\([“\"‘])")  # (a gloss in brackets after it: 'Y ("father of Z")')
_PAST_SHORT_NAME = r"^\)?(?:\s*\([A-Z][A-Za-z.&]{1,9}\))?"  # ("X (XY), which …": past its short name)
# Who or where a name is used, between "known" and "as": "to his men", "to most skippers on the quay simply", "across
# the district" (lower-case words, a place's name; not "for", "until", "since": a reason or a time).
_KNOWN_AMONG = (r"(?: (?:to|among|in|across|around|throughout|along|at|on)"
                r"(?: (?!(?:as|for|until|till|before|since|after)\b)(?:[a-z][\w’'-]*|[A-Z][\w’'-]+)){1,6}?)?"
                r"(?: simply)?")
_UNQUOTED_ALIAS = re.compile(_PAST_SHORT_NAME + rf",?\s+(?:{_KNOWN_ADVERB}(?:known|referred to)"
                             rf"{_KNOWN_AMONG} as"
                             r"|a\.k\.a\.?|aka|alias|nicknamed|dubbed|(?:who|which) (?:goes|go|went) by"
                             r"|(?:which|whom) (?:[a-z]+ ){0,3}?(?:call|calls|know|knows) (?:it |them )?by (?:its|their)"
                             r" (?:former|old|previous|earlier) name,?"  # "X, which older crews still call by its former name, Y"
                             # ("whom everyone in X calls")
                             r"|(?:who|whom|which) (?:(?:in|at) [A-Z][\w’'-]+ |[a-z]+ ){1,4}?(?:call|calls|called)"
                             # "A B, who is known in the upper valley by the teknonym Y"
                             rf"|(?:(?:who|which) (?:is|was) )?{_KNOWN_ADVERB}known"
                             rf"(?: (?:in|among|to|at) [^,;.]{{1,40}}?)? by (?:the|his|her|its) {_NICKNAME_NOUNS})"
                             rf"\s+(?:the\s+)?(?P<alias>{_OTHER_NAME_RUN}){_NAME_RUN_END}")
# "A B (Chinese name C D)", "A B (real name C D)", "A B (birth name: C D)": another name of the person, in brackets.
_BRACKETED_OTHER_NAME = re.compile(r"^\s*\((?:(?:[A-Z][a-z]+|real|birth|legal|full|given|formal)\s+)?name:?\s+"
                                   rf"(?P<alias>{_OTHER_NAME_RUN})\)")
# "X, now called Y", "X, renamed Y in 2020", "X, which has since been renamed Y", "X, which changed its name to Y":
# Y is the name the body goes by now, X a former one; "X, which changed its name from Y", "X changed its corporate
# name from Y": Y the former one.
_NOW_NAMED = re.compile(_PAST_SHORT_NAME + r",?\s+(?:(?:which|that|who) (?:was |were |has |have |had )?(?:since |later |been |since been )*)?"
                        r"(?:now (?:called|known as|named)|renamed(?: as)?|changed (?:its|their) name to"
                        r"|(?<=which )(?:[\w-]+ ){1,10}?to become|(?<=which )(?:later |then )?became|took the name"
                        r"|now(?=\s+the\s+[A-Z][^,;.()]{3,80}\([A-Z]{2,8}\)))"  # "X (XY), now the Y (YZ), …"
                        rf"\s+(?:the\s+)?(?P<name>{_OTHER_NAME_RUN}){_NAME_RUN_END}")
_NAME_CHANGED_FROM = re.compile(_PAST_SHORT_NAME + r",?\s+(?:(?:which|that|who) (?:has |had )?)?changed (?:its|their) "
                                r"(?:[a-z]+ )?name from"
                                rf"\s+(?:the\s+)?(?P<name>{_OTHER_NAME_RUN}){_NAME_RUN_END}")
# A sentence that opens with a person's name and their nickname ("A B, or “Baba O” as he is known, …", "A B —
# “La Jefa” to her staff — …", "A B, a.k.a. …"): the recogniser may miss the name; the nickname says it is a person's.
_NICKNAMED_OPENING = re.compile(rf"^({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?=,?\s+or\s+[“\"][^”\"]{{1,40}}[”\"]\s+as\s+"
                                r"(?:he|she)\s+(?:is|was)\s+(?:[a-z]+\s+)?(?:known|called)"
                                r"|\s*[—–]\s*[“\"][^”\"]{1,40}[”\"]\s+(?:to|for|among)\s"
                                r"|,\s+(?:a\.k\.a\.?|aka|alias|nicknamed|who goes by)\s)")
# "…, or “Baba O” as he is known": the quoted name is the person's before it.
_AS_KNOWN_AFTER = re.compile(r"^,?\s+or\s+" + _QUOTED_OTHER_NAME + r"\s+as\s+(?:he|she|they|it)\s+(?:is|was|are|were)"
                             r"\s+(?:[a-z]+\s+)?(?:known|called)")
# "A B — “La Jefa” to her staff —": a quoted name between dashes right after a person's name.
_DASHED_NICKNAME = re.compile(r"^\s*[—–]\s*" + _QUOTED_OTHER_NAME + r"\s+(?:to|for|among)\s[^—–]{1,60}[—–]")
# "A B, “Doña Chela” to everyone in the village, took …": a quoted name between commas, with whom it is used by.
_NICKNAME_AMONG = re.compile(r"^,\s+" + _QUOTED_OTHER_NAME + r"\s+(?:to|among)\s+(?:everyone|everybody|all|friends|"
                             r"colleagues|neighbours|neighbors|locals|residents|members|fans|staff|villagers)\b"
                             r"[^,;.]{0,40},")


@dataclass
class _Piece:
    """One cleaned entity mention in a sentence."""

    start: int
    end: int
    name: str
    label: str
    title: str | None = None


@dataclass
class _Draft:
    name: str
    kind: str | None = None  # settled by the gazetteer (states) or by strong evidence
    forms: Counter = field(default_factory=Counter)  # surface forms seen, for the canonical name and aliases
    labels: Counter = field(default_factory=Counter)  # the recogniser's votes
    full_labels: Counter = field(default_factory=Counter)  # … for the mentions of two words or more
    description: str | None = None
    description_id: str | None = None
    title: str | None = None
    title_id: str | None = None
    cue_kind: str | None = None  # the noun before a mention: "the website X"
    seen: int = 0
    acting: int = 0  # mentions as subject or object, or owning a polity noun
    located: int = 0  # mentions after "in", "near", …
    placed: int = 0  # … of those, not after "at" an employer ("an economist at X")
    origin: int = 0  # mentions after "from" and a compass word ("gold from eastern X"): for a state, a place
    modifier: int = 0  # mentions right before a lower-case noun ("Peruvian officials", "Kremlin-friendly")
    thing: int = 0  # mentions naming a thing: "its X", "the X mission"
    craft: bool = False  # named once after a craft's noun ("the vessel X"): a craft wherever else it is named
    polity: int = 0  # "the X government", "X's foreign ministry"
    media_context: int = 0
    person_context: int = 0
    plural: int = 0  # mentions tagged as a plural noun ("Bretons", "the Hendersons")
    shared: bool = False  # a surname two people share: alias of neither
    routed: int = 0  # mentions as where one travels to or from ("flights to X", "flown on to X")
    spots: list = field(default_factory=list)  # (sentence number, offset) of each mention, in reading order


def build_actors(documents: list[Document], sentences: list[Sentence], judge: Judge | None = None,
                 nlp=None) -> list[Actor]:
    """Candidate actors of the report (names, kinds, aliases, descriptions), before overrides and mentions.

    `judge(evidence, rule_drops, name)` says whether a candidate is kept (default: the fitted keep model,
    or the drop rule alone when no model is shipped); the fitting command passes its own, and its
    `nlp` (anything with spaCy's `pipe`: one that parses each report once however often it is read)."""
    if nlp is None:
        from index.actors.ner import load_pipeline

        nlp = load_pipeline()
    drafts: dict[str, _Draft] = {}
    known_as: list[tuple[str, str]] = []
    # names the report gives as former names or nicknames ("formerly X", "alias “X”"): never the canonical one
    formers: set[str] = set()
    terms: set[str] = set()  # acronyms the report spells out in lower case: "the loan-to-value ratio (LTV)"
    births: list[str] = []  # names given as a person's name at birth ("Born Ana Ruiz", "née Ruiz")
    vessels: set[str] = set()  # ships' names, without their prefix ("Sea Lark" of "MV Sea Lark"): vehicles
    recent: list[tuple[str, str, list[_Piece]]] = []  # the document's sentences read so far: (document, text, pieces)

    def draft(name: str) -> _Draft:
        key = _key(name)
        if not key:  # a name written only in another script than the Latin: its match key is empty, nobody could
            return _Draft(name)  # look it up, and an empty key broke the rules that read a key's first word
        if key not in drafts:
            drafts[key] = _Draft(name)
        return drafts[key]

    kept = [s for s in sentences if not is_footer(s.text)]  # "The post … appeared first on …": the publisher
    named = _states_named(kept)
    common = lower_case_words(" ".join(s.text for s in kept))
    # (the whole report's: "Sri A B" in one sentence, "Sri C D" in another)
    honorifics = _honorifics_used_in("\n".join(s.text for s in kept))
    for number, (sentence, doc) in enumerate(zip(kept, nlp.pipe([s.text for s in kept]))):
        doc.user_data[_HONORIFICS_IN_USE] = honorifics
        text = sentence.text
        if number and re.fullmatch(r"[A-Z]{2,4}\.?", text) and _CLOCK_BEFORE.search(kept[number - 1].text):
            continue  # "… at 8:30 a.m." + "EET": a time zone the sentence splitter cut off
        if _lettered_heading(sentence):
            continue
        pieces = _pieces(doc, common)
        if number and pieces and pieces[0].start == 0 and kept[number - 1].document == sentence.document \
                and (cut := re.search(r"(?:^|\s)([A-Z][a-z]{1,4})\.$", kept[number - 1].text)) \
                and cut[1].lower() in TITLE_WORDS | _HONORIFIC_WORDS and len(pieces[0].name.split()) >= 2:
            # "… its president, Eng." + "Anselme Ngorou, defended …": a title the sentence splitter cut off
            pieces[0] = _Piece(pieces[0].start, pieces[0].end, pieces[0].name, "PERSON", pieces[0].title or cut[1] + ".")
        portfolio_end = None  # where the last portfolio named in a title ended
        candidates = {row.start("name") for row in _TALLY_LINE.finditer(text) if _name_shaped(row["name"])}
        byline, speaker = BYLINE.match(text), _BRACKETED_SPEAKER.match(text)
        for n, piece in enumerate(pieces):
            before, after = text[:piece.start], text[piece.end:]
            if _portfolio(piece, before) or (portfolio_end is not None and piece.label != "PERSON"
                                             and re.fullmatch(r",?\s+(?:and\s+)?|,\s+", text[portfolio_end:piece.start])):
                portfolio_end = piece.end  # "the Director of Seed Certification": a post, not an actor
                continue
            portfolio_end = None
            if _dateline(piece, before, after) or _in_title(piece, after, pieces[n + 1:n + 2], text):
                continue
            if _CURRENCY_CODE.fullmatch(piece.name) and SUM_AFTER_CODE.match(after):
                continue  # "KSh 15 million": a currency's code, money
            if _decision_in_capitals(piece.name, common):
                continue  # "the application is PARTIALLY GRANTED": a ruling's decision, not a body
            if _court_part(piece, pieces[:n], text):
                continue  # "the High Court, Commercial Division, Ndola Registry": where in the court, not another body
            if vessel := _vessel(piece, before):
                vessels.add(_key(vessel))  # a ship, here and wherever the text names it without its prefix
                continue
            span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
            root = span.root if span is not None else None
            following = _next_word(after)
            if (m := _DEMONYM_BODY.fullmatch(piece.name)) and (state := state_of(m[1], capitals=False)) \
                    and m[2].split()[-1] in POLITY_NOUNS and not _located_before_article(before):
                d = draft(state)  # "the Belizean ministry said": the state acting (its body unnamed)
                d.kind = STATE
                d.forms[piece.name] += 1
                d.polity += 1
                d.seen += 1
                continue
            # "Ana Ruiz (Harbour Party): 9,115": a results table's candidate and the side they stood for, no other name
            # (_tallied made the candidate a person)
            bracketed = "" if piece.start in candidates else after  # what a bracket after the name may give as its
            # other names
            if n and piece.label == "PERSON" and _affiliation(pieces[n - 1], piece, text):
                piece.label = "ORG"  # "Ana Ruiz (Steppe Invest) asked": whom she speaks for, a body or a party
            if piece.label == "ORG" and n + 1 < len(pieces) and _name_shaped(piece.name) \
                    and _affiliation(piece, pieces[n + 1], text):
                piece.label = "PERSON"  # … and she is a person, whatever the recogniser said
            state = state_of(piece.name)
            if state and n and _countried(pieces[n - 1], piece, text):
                continue  # "A B (Botswana)": the person's country, not the state as an actor
            if piece.label == "NORP" and not state and _named_person(piece.name, before, after):
                piece.label = "PERSON"  # "One of them, Ana Brel, found it": a name the recogniser took for a people
            if piece.label == "NORP" or (state and piece.name in STATES[state].demonyms and piece.label != "GPE"):
                _demonym(piece, after, following, draft, state, before)
                continue
            if state and piece.name in STATES[state].capitals and not (state in named and _acts(root, after, before)):
                # "in Baghdad", "Lima has banned diesel" are the city; "Moscow has warned" the state
                state, piece.label = None, "GPE"
            d = draft(state or piece.name)
            if state:
                d.kind = STATE
            d.forms[piece.name] += 1
            d.spots.append((number, piece.start))
            if m := _COMPOUND.match(after):  # "Russia-backed": a form mentions are found by, not an acting one
                d.forms[f"{piece.name}-{m.group(1)}"] += 1
            d.labels[piece.label] += 1
            if len(piece.name.split()) > 1:
                d.full_labels[piece.label] += 1  # a full name's label outweighs a surname's
            d.seen += 1
            if following in GOVERNMENT_WORDS and (state or piece.label in ("GPE", "NORP")):
                d.polity += 1
                d.forms[f"{piece.name} {following}"] += 1
            if piece.label == "ORG" and (m := _BARE_ACRONYM.match(after)) and _acronym_key(m.group(1)) \
                    and words(piece.name)[-1:] and words(piece.name)[-1] in OF_JOINERS | ORGANISATION_WORDS:
                d.forms[m.group(1)] += 1  # "the Harbour Pilots’ Union HPL, which …": its short name …
                d.forms[f"{piece.name} {m.group(1)}"] += 1  # … and the fullest form the text gives
                known_as.append((piece.name, m.group(1)))
            if piece.label == "ORG" and (m := _BRACKETED_NAMES.match(bracketed)) \
                    and not (_name_shaped(piece.name) and _speaks_for(piece.name, m["name"])) and (
                    m["short"] is None or _acronym_key(m["short"])) and not state_of(m["name"]) \
                    and m["name"].split()[0].rstrip(".’'").lower() not in TITLE_WORDS \
                    and all((w[0].isupper() and w.lower() not in OPENERS) or (0 < i < len(m["name"].split()) - 1
                                                                          and w in _NAME_JOIN_WORDS)
                            for i, w in enumerate(m["name"].split())):
                # "Austria’s Federal Police Office (Bundespolizeiamt, BPA)": its own-language name, its short name
                # ("the National Elections Board (Junta Nacional de Elecciones, JNE)": with its "de")
                known_as.extend((piece.name, other) for other in (m["name"], m["short"]) if other)
                if not _spelt_by(piece.name, m["name"]):  # ("INFAM (Indian Farmers Movement)": its name in full)
                    formers.add(_key(m["name"]))  # (listed by the name the text writes it by)
            if piece.label == "ORG" and re.search(r"\(\s*$", before) and (m := _SHORT_CLOSING_BRACKET.match(bracketed)) \
                    and _acronym_key(m.group(1)) and set(words(piece.name)) & (_PARTY_NAME_WORDS | _BODY_HEADS):
                d.forms[m.group(1)] += 1  # "Ana Ruiz (Croatian People's Bloc, HNB)": its short name, in any language
                # (not "(Kisumu West, ODM)": a member's seat, then the party's short name)
                known_as.append((piece.name, m.group(1)))
            if (m := _BRACKETED_SHORT_AND_GLOSS.match(bracketed)) and _acronym_key(m["short"]):
                d.forms[m["short"]] += 1  # "the Brigada Libertad del Norte (BLN, Northern Freedom Brigade)"
                known_as.extend([(piece.name, m["short"]), (piece.name, m["name"])])
                formers.add(_key(m["name"]))  # (listed by the name the short form spells)
            elif piece.label == "ORG" and (m := _BRACKETED_SHORT_FIRST.match(bracketed)) \
                    and _acronym_key(m["short"]) and _spelt_by(m["short"], piece.name):
                d.forms[m["short"]] += 1  # "the Ruritania Weather Agency (RWA, Kishōkyoku)": the short name its
                known_as.append((piece.name, m["short"]))  # words spell, whatever the bracket says after it
            if (m := _BRACKETED_LANGUAGE_NAME.match(bracketed)) and (m["short"] is None or _acronym_key(m["short"])):
                # "the Harbour Defence Front (Tavrian: Fronti Mbrojtja e Portit, FMP)"
                known_as.extend((piece.name, other) for other in (m["name"], m["other"], m["short"]) if other)
                formers.update(_key(other) for other in (m["name"], m["other"]) if other)
            if (m := _BRACKETED_ACRONYM.match(bracketed)) and (_acronym_key(m.group(1)) or piece.label == "ORG") \
                    and not (piece.label == "PERSON" and _speaks_for(piece.name, m.group(1), piece.title is not None)):
                # (but "Councillor Ana Ruiz (BCB)": the party she sits for, not her initials)
                d.forms[m.group(1)] += 1  # "the Southern Regional Fisheries Commission (SRFC)"
                known_as.append((piece.name, m.group(1)))  # "… Energy (Ardex)": named so elsewhere too
            company_home = bool(state and n + 1 < len(pieces) and re.fullmatch(r"(?:’s|'s)\s+", text[piece.end:pieces[n + 1].start])
                                and (_company_core(_key(pieces[n + 1].name))[1] or pieces[n + 1].label == "ORG"))
            # "Italy’s Valdoro Energia SpA", "Uruguay’s Ministry of Livestock": the body acts, the state is its home
            # (and so in "Harbourline Capital of Singapore", "the Museum of Chile": a named body's home after "of")
            company_home = company_home or bool(state and n > 0 and pieces[n - 1].label == "ORG"
                                                and _HOME_AFTER_BODY.fullmatch(text[pieces[n - 1].end:piece.start]))
            d.origin += company_home or bool(_RANKED_AFTER.match(after))  # "Chile’s second-largest export": a place
            d.routed += bool(_ROUTE_BEFORE.search(before) or _ROUTE_AFTER.match(after))
            d.acting += _acts(root, after, before) and not _PLACE_LIST.search(before) and not company_home
            # A named body's home is no polity use either: "Portugal’s Maritime Authority" is the Authority acting,
            # not Portugal (an unnamed one, "Portugal’s maritime ministry", stays the state acting).
            d.polity += not company_home and (_polity_use(root, after) or _polity_verb(root))
            channel = piece.label == "ORG" and bool(_WORK_THROUGH.search(before))
            d.located += not channel and _located(root, before) or (n > 0 and pieces[n - 1].label in ("GPE", "NORP")
                                                    and not state_of(pieces[n - 1].name, capitals=False)
                                                    and text[pieces[n - 1].end:piece.start] == ", ")
            region = _place_word(following) or _place_word(_LISTED_BEFORE_NOUN.match(after)[1]
                                                            if _LISTED_BEFORE_NOUN.match(after) else "")
            region = region or bool(_PLACE_LIST.search(before))  # "The worst-hit provinces are Est, Upland and …"
            d.placed += (not channel and _placed(before, after)) or region  # "the Est and Upland regions"
            # ("joint work through Interpol": a body one works through is no place)
            d.origin += bool(re.search(r"\bfrom\s+(?:north|south|east|west|central)[a-z-]*\s+$", before)) \
                or _comes_from(root)
            d.located += region
            d.modifier += (_modifier(root) and not (piece.label == "ORG" and " " in piece.name
                                                    and root.head.lower_ in _POST_NOUNS)) \
                or bool(re.match(r"^-[a-z]+ed\b", after) and not _COMPOUND.match(after))
            # ("the Logistics Cluster coordinator": a body's post, so the body acts through it)
            d.plural += root is not None and root.tag_ in ("NNPS", "NNS")
            d.thing += _names_thing(before, following) or _thing_called(before)
            d.craft = d.craft or bool(_CRAFT_BEFORE.search(before))
            d.media_context += bool(_CREDIT.match(after) and before.rstrip().endswith("(")) \
                or bool(byline and _outlet_credit(byline) and piece.start == byline.start("credit")) \
                or bool(speaker and speaker["outlet"] and piece.start == speaker.start("outlet")
                        and speaker["label"].lower() == "question") \
                or bool(re.search(r"\btold\s+(?:the\s+)?$", before) and " of " not in piece.name) \
                or (piece.label != "ORG" and any(re.search(p, before, re.IGNORECASE) for p in MEDIA_CONTEXT)) \
                or bool(_COLUMN_FOR.search(before))
            if _SEAT_BEFORE.search(before):  # "the member for X": a constituency, a place
                d.placed += 1
                d.located += 1
            else:
                d.person_context += _person_before(before) or _role_holder_after(after) or bool(_PERSON_AFTER.match(after)) \
                    or (piece.label == "PERSON" and bool(_CREDIT_LINE.match(text))
                        and bool(_CREDIT_NAME_BEFORE.search(before))) \
                    or (bool(re.match(r"^,\s+who\s+(?:was|is|had|has)\b", after)) and _name_shaped(piece.name))
            if (m := _ROLE_HOLDER_BEFORE.search(before)) and _role_kind(m["role"]) == ORGANISATION:
                d.cue_kind = d.cue_kind or ORGANISATION
            if piece.label == "PERSON" and _POST_OF_BEFORE.search(before):
                d.cue_kind = d.cue_kind or ORGANISATION  # "the managing director of Acme Real Estate": a body
            if (m := _OWNED_BEFORE.search(before)) and KIND_CUES.get(m.group(1)) == ORGANISATION:
                d.cue_kind = d.cue_kind or ORGANISATION  # "Vela’s Danish-owned insurer, Merlin,": a body
            if piece.label == "ORG" and _acronym_key(piece.name) and (seat := _SEAT_BEFORE_SHORT.search(before)) \
                    and re.match(r"\s*\)", after) and d.cue_kind in (None, ORGANISATION) \
                    and _after_member(text, seat.start() + 1, [
                        p for p in pieces[:n] if p.title and p.title.split()[0].rstrip(".").lower() in LEGISLATORS_TITLES]):
                d.cue_kind = PARTY  # "Hon. A B (Kisumu West, ODM)": the party a legislator sits for (not "Dr A B
                # (Kisumu, KMRI)", an employer in its town)
            if (_PARTY_BEFORE.search(before) or _PARTY_AFTER.match(after)) \
                    and words(piece.name)[-1:] and words(piece.name)[-1] not in _CHAMBERS \
                    and d.cue_kind in (None, ARMED_GROUP, ORGANISATION) and not state:
                d.cue_kind = PARTY  # "ran for the regional movement X", "the ruling X", "X (XB) coalition"
            elif (cue := _cue_before(before)) and d.cue_kind is None:
                d.cue_kind = cue
            elif (_ARMED_AFTER.match(after) or _ARMED_LEADER_BEFORE.search(before)) and not state \
                    and (piece.label != "PERSON" or len(piece.name.split()) == 1) \
                    and d.cue_kind in (None, ORGANISATION):
                d.cue_kind = ARMED_GROUP  # "Al-Shabaab militants have carried out attacks", "JNIM fighters"
            elif piece.label in ("GPE", "PERSON") and _cue_before(before, ORGANISATION) and d.cue_kind is None:
                d.cue_kind = ORGANISATION  # "the water company Tervalia": what the recogniser took for a place
            if piece.title and d.title is None:
                d.title, d.title_id = piece.title, sentence.id
            if d.description is None and (desc := _description(before, _BRACKET_START.sub("", after, count=1))
                                          or (piece.label == "PERSON" and _role_before(before))):
                # (past a short name in brackets: "X (XB), the jihadist coalition that …")
                d.description, d.description_id = desc, sentence.id
            if n + 1 < len(pieces):
                gap = text[piece.end:pieces[n + 1].start]
                nxt = pieces[n + 1]
                short = _OR_ACRONYM.match(text[nxt.end:])
                short = short if short and any(_spells_loosely(_NAME_WORDS_SPELT.findall(name), acronym)
                                               for name in (piece.name, nxt.name)
                                               if (acronym := _acronym_key(short.group(1)))) else None
                if re.fullmatch(r",\s+the\s+", gap) and nxt.label == "ORG" \
                        and re.match(r"^\s*(?:,|\.|$)", text[nxt.end:]) and _clipped_from(piece.name, nxt.name):
                    known_as.append((nxt.name, piece.name))  # "Marfed, the Maritime Federation of Vardania,": its
                    formers.add(_key(piece.name))  # short name, listed by the long one the text spells out
                elif re.fullmatch(r",\s+the\s+", gap) and nxt.label == "ORG" \
                        and all(w[:1].isupper() for w in nxt.name.split()) and re.match(r"^\s*(?:,|\.|$)",
                                                                                      text[nxt.end:]) \
                        and (short or not _LIST_GOES_ON.match(text[nxt.end:])):
                    known_as.append((piece.name, nxt.name))  # "Gavi, the Vaccine Alliance,": another name (after a
                    # short name in brackets: _OTHER_NAME_AFTER_SHORT)
                    if short:  # "X, the Y, or XY,": a third, the short name one of them spells, not a list's last
                        known_as.append((piece.name, short.group(1)))
                # (not the language a bracket gives a name in: "X (Tavrian: …)"; nor a dateline's credited outlet,
                # "TACNA, Peru (Cordillera Press) –"; nor a post, "A B (Treasurer)")
                elif (_PAREN_ALIAS.match(gap) and not text.startswith(":", nxt.end) and piece.start not in candidates
                      and not _BRACKETED_OTHER_NAME.match(text[piece.end:])  # (not "Chinese" of "(Chinese name Y)")
                      and not _affiliation(piece, nxt, text) and not _CREDIT.match(text[nxt.end:])
                      and not set(words(nxt.name)[-1:]) & _POSTS_AND_TITLES) \
                        or _KNOWN_AS.match(gap) or _DESCRIBED_KNOWN_AS.match(gap) or any(
                        (was := pattern.match(gap)) and (was["until"] or _UNTIL.match(text[pieces[n + 1].end:]))
                        for pattern in (_TRADED_AS, _WAS_KNOWN_AS, _KNOWN_UNTIL)):
                    # (what "which traded as" or "known until 2022 as" follows may be a name inside the description
                    # of the one it is of: "X, a company based at the Y Park, known until 2022 as Z")
                    described = _TRADED_AS.match(gap) or _KNOWN_UNTIL.match(gap)
                    owner = _description_owner(text, pieces, piece).name if described \
                        else _named_head(text, pieces, n)
                    known_as.append((owner, pieces[n + 1].name))
                    if described or _WAS_KNOWN_AS.match(gap) or _UNTIL.match(text[pieces[n + 1].end:]):
                        formers.add(_key(pieces[n + 1].name))  # (a name it was "known as" until …: a former one)
                    elif _DESCRIBED_KNOWN_AS.match(gap):
                        formers.add(_key(pieces[n + 1].name))  # (the name given first is the one it is listed by)
            if (other := _OTHER_NAME_AFTER_SHORT.match(text[piece.end:])) \
                    and not _LIST_GOES_ON.match(text[piece.end + other.end():]):
                known_as.append((piece.name, other["other"]))  # "X (XY), the People's Alliance of the South, …"
                formers.add(_key(other["other"]))  # (X is the name its short form spells: the one it is listed by)
            if short := _KNOWN_BY_ACRONYM.match(text[piece.end:]):
                known_as.append((piece.name, short.group(1)))
            if piece.label == "ORG" and (unquoted := _UNQUOTED_DEFINED_TERM.match(text[piece.end:])) \
                    and not any(p.start == piece.end + unquoted.start("first") for p in pieces):
                known_as.append((piece.name, unquoted["first"]))  # (one the recogniser found is _PAREN_ALIAS's)
                formers.add(_key(unquoted["first"]))
            if piece.label in ("ORG", "PERSON") and (defined := _DEFINED_TERMS.match(text[piece.end:])):
                # (one term alone only when it reads as a name: not a motto's translation, "(“Let us work together”)")
                terms_defined = [term for term in (defined["first"], defined["second"]) if term] \
                    if defined["second"] or _DEFINED_NAME.fullmatch(defined["first"]) else []
                known_as.extend((piece.name, term) for term in terms_defined)
                formers.update(_key(term) for term in terms_defined)  # (listed by the name it defines)
            if piece.label == "ORG" and (translated := _TRANSLATED_WITH_ACRONYM.match(text[piece.end:])) \
                    and _translation_spelt(piece.name, translated):
                known_as.extend([(piece.name, translated["other"]), (piece.name, translated["short"])])
                formers.add(_key(translated["other"]))  # (the name the text gives first is the one it is listed by)
            if (short := _APPOSED_SHORT_NAME.match(text[piece.end:])) and piece.label == "ORG" and " " in piece.name \
                    and not state_of(short.group(1)) and short.group(1) not in COMMON_ACRONYMS:
                known_as.append((piece.name, short.group(1)))  # "The State Emergency Service, the DSNS, now has …"
            if piece.label == "PERSON" and (other := _BRACKETED_OTHER_NAME.match(text[piece.end:])):
                known_as.append((piece.name, other["alias"]))  # "A B (Chinese name C D)"
                formers.add(_key(other["alias"]))
            if piece.label == "PERSON" and (inner := _INNER_NICKNAME.search(text, piece.start, piece.end)):
                known_as.append((piece.name, inner["alias"]))  # 'Robert "Bud" Kessler'
                formers.add(_key(inner["alias"]))  # (a nickname, never the name)
                if surname := text[inner.end():piece.end].strip():  # …and "Bud Kessler", as people call him
                    known_as.append((piece.name, f'{inner["alias"]} {surname}'))
                    formers.add(_key(f'{inner["alias"]} {surname}'))
            if unquoted := _UNQUOTED_ALIAS.match(text[piece.end:]):
                alias = _without_full_stop(unquoted["alias"])
                known_as.append((_named_head(text, pieces, n), alias))  # "X, better known as the Grey Y"
                formers.add(_key(alias))  # the name given first is the one it is listed by
            if now := _NOW_NAMED.match(text[piece.end:]):
                known_as.append((piece.name, _without_full_stop(now["name"])))
                formers.add(_key(piece.name))  # "X, now called Y": X is a former name
            if changed := _NAME_CHANGED_FROM.match(text[piece.end:]):
                known_as.append((piece.name, _without_full_stop(changed["name"])))
                formers.add(_key(_without_full_stop(changed["name"])))
            if (quoted := _AS_KNOWN_AFTER.match(text[piece.end:]) or _DASHED_NICKNAME.match(text[piece.end:])
                    or _NICKNAME_AMONG.match(text[piece.end:])) \
                    and piece.label in ("PERSON", "ORG"):
                known_as.append((piece.name, quoted["alias"]))  # "A B, or “Baba O” as he is known"
                formers.add(_key(quoted["alias"]))
            quoted = _QUOTED_ALIAS.match(text[piece.end:])
            # ("A B, 34, of X, known as “N”", "A B of X, known as “N”": A B's, not X's; of the post's holder when
            # the name ends a description: "A B, the head of the village council of C, who is known as “D”"; "the
            # exception of A B, known as “N”": a person's name of two words after "of" is no place)
            holder = _post_holder(text, pieces, piece) if quoted else piece
            owner = quoted and (_person_of(text, pieces, piece) or (holder if holder is not piece else None) or (
                piece if piece.label == "PERSON" and len(piece.name.split()) >= 2
                and _PLACE_BEFORE.search(text[:piece.start]) else None))
            if quoted and (owner or not (piece.label != "ORG" and _place_of_someone(text, pieces, piece))):
                start, end = piece.end + quoted.start("alias"), piece.end + quoted.end("alias")
                inside = _with_gloss(text, piece.end + quoted.end(),
                                     [quoted["alias"], *(p.name for p in pieces if start <= p.start and p.end <= end)])
                # ("Ti Roro", and "Roro" if only that was seen)
                known_as.extend(((owner or piece).name, alias) for alias in inside)
                formers.update(_key(alias) for alias in inside)  # a nickname, never the name
        for name, alias in [*_who_aliases(text, pieces), *_quoted_nicknames(text, pieces),
                            *_known_as_opening(text, pieces)]:
            if (name, alias) not in known_as:
                known_as.append((name, alias))
                formers.add(_key(alias))
        known_as.extend(_former_names_far(text, pieces))
        if recent and recent[-1][0] != sentence.document:
            recent.clear()
        for name, former in [*_noun_formers(text, pieces, recent), *_renamed_after(text, recent)]:
            known_as.append((name, former))
            formers.add(_key(former))
        for name, alias in _named_by_pronoun(text, recent):
            known_as.append((name, alias))
            formers.add(_key(alias))  # (listed by the name it gives first)
        recent.append((sentence.document, text, pieces))
        births.extend(p.name for p in pieces if p.label == "PERSON" and _BORN.search(text[:p.start]))
        terms.update(_term_acronyms(text))
        formers.update(_key(former) for _, former, _ in _other_names(text))  # ("X, known in French as Y": X's)
        for match in re.finditer(rf"\b([A-Z][\w.’'-]*)\s+({'|'.join(sorted(GOVERNMENT_WORDS))})\b", text):
            state = state_of(match.group(1), capitals=False)
            if state:  # "the Peruvian government", "the Bolivian regime": the state itself
                d = draft(state)
                d.kind = STATE
                d.forms[f"{match.group(1)} {match.group(2)}"] += 1
                d.polity += 1
        for match in re.finditer(r"\b(Government|Administration|State)\s+of\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+(?:[A-Z]|d[’'][A-Z])[\w’'-]*)?)",
                                 text):
            state = state_of(match.group(2), capitals=False)
            # ("the State of Honduras" too, as a court or a commission names the respondent state; only a state
            # the gazetteer knows: "State of Emergency" is none, "State of Texas" a state's state)
            one_word = re.fullmatch(r"[A-Z][a-z’'-]+", match.group(2)) and match.group(2).lower() not in OPENERS \
                and match.group(1) != "State"
            if state or one_word:  # "the Government of Ruritania announced": the state itself
                d = draft(state or match.group(2))
                d.kind = STATE
                d.forms[match.group(2)] += 1
                d.forms[match.group()] += 1
                d.polity += 1
                d.seen += 1
                _fold(drafts, _key(match.group()), _key(d.name))  # the recogniser's "Government of X" body
        # A state's formal name ("the Union of Ruritania", "the Republic of Chile") is the state, when the gazetteer
        # knows the state and no other capitalised word runs on ("the Republic of Chile Navy" is its navy; "Union of
        # Journalists" no state).
        for match in re.finditer(rf"\b(?:{'|'.join(_FORMAL_STATE_WORDS)})\s+of\s+(?:the\s+)?"
                                 r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)(?!\s+(?:of\s+)?[A-Z])", text):
            if state := state_of(match.group(1), capitals=False):
                d = draft(state)
                d.kind = STATE
                d.forms[match.group()] += 1
                d.polity += 1
                _fold(drafts, _key(match.group()), _key(d.name))
    for heading in dict.fromkeys(s.section for s in kept if s.section):
        known_as.extend(_spelt_in_heading(heading))  # "Tarsia Energy Transition Institute (TETI), Velmora"
    acronyms = {letters: d.name for d in drafts.values() if (letters := _acronym_key(d.name))}
    for heading in dict.fromkeys(h for document in documents for h in document.sections):
        # "Coastal Union of Net and Trawl Workers" over a text that calls it "CUNTW" and never spells it out: the
        # heading is the acronym's long form when its words' initials spell it (three words at least)
        if _HEADING_BODY.fullmatch(heading) and len(heading.split()) >= 3 \
                and (short := acronyms.get(_initials(_key(heading)))) is not None:
            known_as.append((short, heading))
    for heading in dict.fromkeys(h for document in documents for h in document.sections):
        # A heading that is a body's whole name the text then calls by its head noun ("Eastgate Children's Hospital
        # Trust" over "… the Trust said"): that body (_merge_head_nouns folds the noun into it)
        if _HEADING_BODY.fullmatch(heading) and (noun := heading.split()[-1].lower()) in _BODY_HEAD_NOUNS \
                and noun in drafts and len(heading.split()) >= 2:
            d = draft(heading)
            d.forms[heading] += 1
            d.full_labels["ORG"] += 1
    for publisher in {d.publisher for d in documents if d.publisher}:
        d = draft(publisher)
        d.kind = MEDIA
        d.forms[publisher] += 1
        d.seen += 1
        d.acting += 1

    folded: dict[str, str] = {}  # a folded draft's key -> the draft it went into

    def home(key: str) -> str:
        while key not in drafts and key in folded:
            key = folded[key]
        if key not in drafts:  # "LRBOF", so far only a form of "Lindi Route Bus Owners' Forum (LRBOF)"
            holders = [k for k, o in drafts.items() if any(_key(form) == key for form in o.forms)]
            if not holders and " " not in key:  # "Khamsing", the given name of one person named in full
                holders = [k for k, o in drafts.items() if k.split()[0] == key and len(k.split()) >= 2
                           and _label(o) == PERSON]
            key = holders[0] if len(holders) == 1 else key
        return key

    for birth in births:  # "Born Ana Ruiz on 2 May 1950, she …": the one other person of that given name
        given = _key(birth).split()[0]
        owners = {k for k, o in drafts.items() if k != _key(birth) and k.split()[0] == given and len(k.split()) >= 2
                  and _label(o) == PERSON and not o.kind}
        if len(owners) == 1:
            known_as.append((drafts[owners.pop()].name, birth))
            formers.add(_key(birth))
    for name, alias in known_as:  # "X (XH), … formerly known as Y": Y goes where XH went
        source, target = home(_key(alias)), home(_key(name))
        if source != target and source in drafts and target in drafts:
            _fold(drafts, source, target)
            folded[source] = target
        elif source not in drafts and target in drafts:
            drafts[target].forms[alias] += 1  # a former name the recogniser did not take for a name
    _merge_plurals(drafts)
    for key in list(drafts):  # "Daeyang Motors" is "Daeyang Motors Co., Ltd.", by its name or another name it was
        # given ("X, which was known until 2022 as Y SA", and "the former Y" elsewhere)
        for form in [drafts[key].name, *drafts[key].forms] if key in drafts else []:
            if (bare := _without_legal_form(form)) and (short := home(_key(bare))) in drafts and short != key:
                _fold(drafts, short, key)
                folded[short] = key
    _merge_acronyms(drafts)
    _merge_named_acronyms(drafts)
    _merge_prefixed(drafts)
    _merge_middle_initials(drafts)
    _merge_partial_names(drafts)
    _merge_company_names(drafts)
    _merge_state_offices(drafts)
    _merge_head_nouns(drafts)
    actors = []
    used: dict[int, set[str]] = {}
    judge = judge or shipped_judge
    lone = _lone_capitalised([s.text for s in kept])
    report_text = "\n".join(s.text for s in kept)
    for d in drafts.values():
        if not d.forms or (_acronym_key(d.name) in terms and all(_acronym_key(f) for f in d.forms)) \
                or all(_key(f) in COMMON_ACRONYMS for f in d.forms) \
                or all(_key(f) in vessels for f in d.forms) \
                or all(_key(f).removeprefix("the ") in _ORGANS for f in d.forms):
            continue
        kind = d.kind or _kind_of(d)
        name = _canonical(d, formers)
        if kind == PERSON:
            name = _with_generational_suffix(name, report_text)
        rule = _dropped(d)
        if not judge(evidence(d, rule, kind), rule, name):
            continue
        # (a title alone is no description: "X: Judge" says less than the sentence that gives it, "The panel's
        # chair, Judge X, announced …", which stands in its place)
        description, description_id = (d.description, d.description_id) if d.description \
            else (None, d.title_id) if d.title not in HONORIFICS | BURMESE_HONORIFICS \
            else (None, None)  # "Mrs" says nothing: the sentence that says most about X
        actors.append(Actor(name=name, kind=kind, aliases=_aliases(name, kind, d, lone),
                            description=description, description_id=description_id, title=d.title))
        used[id(actors[-1])] = {_key(form) for form in d.forms}
    return _unshared(actors, used)


# "Born Ana Ruiz on 2 May 1950, she …", "Ana Lopez, née Ruiz,": a person's name at birth, a former name.
_BORN = re.compile(r"(?:^|[,;(]\s*)(?:[Bb]orn|née|nee)\s+$")

# "the loan-to-value ratio (LTV)": a term spelt out in lower-case words before its acronym.
_TERM_BEFORE_ACRONYM = re.compile(r"((?:\b[a-z][a-z-]*\s+){1,6})\(([A-Z]{2,6})\)")


# What follows the second of two names in a list ("the Government, the FAS, the Red Cross and …"), not an
# apposition ("Gavi, the Vaccine Alliance, said"): another name, or "and"/"or".
_LIST_GOES_ON = re.compile(r",\s+(?:the\s+)?[A-Z]|,?\s+(?:and|or)\s")


# A name's short form in brackets, then another name of it in apposition, maybe quoted ("Narodni Savez Juga (NSJ),
# the People's Alliance of the South, which …", "Siyum Qalat Tarva (SQT), or Tarva Guardians Council,"), which the
# recogniser may not see as a name at all.
_OTHER_NAME_AFTER_SHORT = re.compile(rf"^\s*\([A-Z][A-Za-z.&-]{{1,11}}\),\s+(?:the|or(?:\s+the)?)\s+[“\"]?"
                                     rf"(?P<other>{_NAME_WORD}"
                                     rf"(?:\s+(?:of\s+(?:the\s+)?)?{_NAME_WORD}){{0,5}})[”\"]?(?=\s*[,.]|$)")


def _spelt_in_heading(heading: str) -> list[tuple[str, str]]:
    """(acronym, name) for every acronym a heading spells out ("Indus Energy Transition Institute (IETI),
    Islamabad"): headings are no sentences, so the name is only another form of the acronym the text uses."""
    pairs = []
    for m in _BEFORE_ACRONYM.finditer(heading):
        acronym, tokens = _acronym_key(m.group(2)), m.group(1).split()
        for i in range(len(tokens) - 1):
            name = " ".join(tokens[i:])
            if acronym and tokens[i].lower() not in OPENERS | {"the"} and _initials(_key(name)) == acronym:
                pairs.append((m.group(2), name))
                break
    return pairs


def _term_acronyms(text: str) -> set[str]:
    """Acronyms the sentence gives for lower-case terms (a ratio, a method), which are no actors."""
    found = set()
    for m in _TERM_BEFORE_ACRONYM.finditer(text):
        acronym = m.group(2).lower()
        letters = [w[0] for w in re.split(r"[\s-]+", m.group(1)) if w]
        if acronym in "".join(letters):
            found.add(acronym)
    return found


def _unshared(actors: list[Actor], used: dict[int, set[str]] | None = None) -> list[Actor]:
    """An alias two actors would share ("Henderson" for Paul and Laura Henderson) is neither's: a lookup of
    it then offers both; unless the text used it for one of them only (`used`: the keys of the forms each
    actor was named by), which keeps it ("Ashdown said" of Simon Ashdown, not of his father)."""
    used = used or {}
    owners = Counter(_key(form) for a in actors for form in {_key(n) for n in (a.name, *a.aliases)})
    users = Counter(key for a in actors for key in used.get(id(a), ()))
    for actor in actors:
        actor.aliases = [a for a in actor.aliases if owners[_key(a)] == 1
                         or (users[_key(a)] == 1 and _key(a) in used.get(id(actor), ()))]
    return actors


def _states_named(sentences: list[Sentence]) -> set[str]:
    """The gazetteer states a report names by name, demonym or other name (not by capital alone):
    only then does a capital that acts stand for its state."""
    text = "\n".join(s.text for s in sentences)
    found = set()
    for state, (demonyms, _capital, other_names, _spellings) in STATES.items():
        if any(re.search(rf"(?<![\w.]){re.escape(n)}(?!\w)", text) for n in (state, *demonyms, *other_names)):
            found.add(state)
    return found


def _key(name: str) -> str:
    key = match_key(name)
    return key[4:] if key.startswith("the ") else key


# --- entity pieces -----------------------------------------------------------------------------

# "(Pty) Ltd", "(Pvt.) Ltd.", "(Private) Limited": the South African, Pakistani and Indian private company
_BRACKETED_FORM = r"\((?:Pty|Pvt|Private)\.?\)"  # "(Pty)" of "(Pty) Ltd"
_BRACKETED_LEGAL_FORM = re.compile(rf"\s+{_BRACKETED_FORM}\s+(?:Ltd\b\.?|Limited\b)")


def _lone_place_word(doc, i: int) -> bool:
    """Whether token i is a place entity of its own, one word long, that no gazetteer knows as a state."""
    return doc[i].ent_type_ == "GPE" and doc[i].ent_iob_ == "B" and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I") \
        and not state_of(doc[i].text)


# Capitalised words at most between a company's name as the recogniser read it and its legal form ("Cooperativa X" +
# "Florida" + "Limitada"): a place in the name, one or two words.
_WORDS_BEFORE_LEGAL_FORM = 2


def _written_legal_form(token) -> bool:
    """A legal form written after a company's name, capitalised and of two letters or more ("ASA", "Ltda.",
    "Limitada")."""
    bare = token.text.rstrip(".")
    return token.text[:1].isupper() and len(bare) >= 2 and bare.lower() in LEGAL_FORMS


def _pieces(doc, common: frozenset[str] | None = None) -> list[_Piece]:
    """The entities of a parsed sentence, cleaned, split into names and rejoined where the
    recogniser cut one name in two. (`common`: the words the report writes in lower case, lower_case_words; the
    sentence's own when not given.)"""
    if common is None:
        common = lower_case_words(doc.text)
    pieces: list[_Piece] = []
    taken = 0  # tokens before this are in a piece already (a name extended over the next entity)
    for ent in doc.ents:
        if ent.label_ not in _LABELS or ent.start < taken:
            continue
        start, end = ent.start, ent.end
        # "Copy: Acme Council": a line's label the recogniser ran into the name (no name holds a colon)
        start = next((i + 1 for i in range(end - 2, start - 1, -1) if doc[i].text == ":"), start)
        # "Ana Ruiz" + a line break + "Chairperson": no name runs over a line's end
        end = next((i for i in range(start + 1, end) if doc[i].is_space and "\n" in doc[i].text), end)
        # "Marsh-Tenby $" + "2,400": the currency of the sum after it (a numbered paragraph's number before a name is
        # cut with the sentence's label, index.segment)
        while end - start > 1 and doc[end - 1].is_currency:
            end -= 1
        # "Tenants Co-" + "operative": the recogniser stopped inside a hyphened word; the name ends with the word
        while end < len(doc) and doc[end - 1].text == "-" and not doc[end - 1].whitespace_ and doc[end].is_alpha:
            end += 1
        # "Acme Buses (Pty) Ltd": a company's legal form in a bracket and after it is part of its name (and makes a
        # name the recogniser read as a person's a company's: "Gcuwa Wholesale Traders" + "(Pty) Ltd")
        company = ent.label_ in ("ORG", "PERSON") and _BRACKETED_LEGAL_FORM.match(doc.text[ent.end_char:])
        if company:
            while end < len(doc) and doc[end].idx < ent.end_char + company.end():
                end += 1
        # "Ursula von der" + "Leyen", "Harakat Ansar al-Sahil" + "wal-Jibal": a name runs on past
        # a lower-case particle.
        while end < len(doc):
            if doc[end - 1].lower_ in SURNAME_PARTICLES:
                particles = end  # "Marieke van" + "der" + "Berg"
                while particles < len(doc) and doc[particles].is_lower and doc[particles].lower_ in SURNAME_PARTICLES:
                    particles += 1
                if particles < len(doc) and doc[particles].is_title:
                    end = particles + 1
                    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ \
                            and not doc[end - 1].whitespace_ and doc[end + 1].is_title:
                        end += 2  # "van der Veen" + "-Holtrop": a double surname
                    continue
            tail = re.match(r"^\s+(?:wal|wa|al|el|bin|ibn|bint|abu)-[A-Z][\w’']*", doc.text[doc[end - 1].idx
                                                                                    + len(doc[end - 1].text):])
            if not tail:
                break
            stop = doc[end - 1].idx + len(doc[end - 1].text) + tail.end()
            while end < len(doc) and doc[end].idx < stop:
                end += 1
        # "Lucía Ferrer" + "y Bastidas", "Ramil" + "dela Rosa": a person's name runs on past a second surname's "y" or
        # a surname's particle the recogniser left out, to the capitalised word after it.
        label = "ORG" if company else ent.label_
        if label == "PERSON":
            end = _past_surname_particles(doc, end)
            # "Marcelino Yupanqui" + "Huaman": a last surname right after the name, read alone as a place no
            # gazetteer has
            if end - start >= 2 and end < len(doc) and _lone_place_word(doc, end) and doc[end].is_title \
                    and doc[end - 1].whitespace_:
                end += 1
        elif ent.label_ == "ORG" and end - start == 2 and end + 1 < len(doc) \
                and doc[end].lower_ == SECOND_SURNAME_JOINER and doc[end + 1].ent_iob_ == "B" \
                and doc[end + 1].ent_type_ == "PERSON" and (end + 2 == len(doc) or doc[end + 2].ent_iob_ != "I"):
            # "Clara Vidal" (a body, said the recogniser) + "y" + "Montes" (a person): one person; "Movimiento Río"
            # + "y" + "Monte": one body, as its first word says
            end += 2
            label = "ORG" if fold(doc[start].text) in FIRST_WORD_CUES else "PERSON"
        # "Corul Tinerilor" + "din Valea Mare", "Flores" + "del Cayambe": a body's or a place's name runs on past a
        # Romance "of (the)" to the capitalised words after it.
        if ent.label_ != "PERSON" or end - start > 1:
            joined = _past_romance_joiner(doc, end)
            if joined > end and label == "PERSON" and doc[end].lower_ not in SURNAME_PARTICLES:
                label = "ORG"  # a person's name runs on past a surname's particles only ("de", "del"; not "din")
            end = joined
        # "Nurlan Bekov" + "uulu": a Turkic patronymic word written after the father's name is the name's.
        if ent.label_ == "PERSON" and end < len(doc) and doc[end].lower_ in PATRONYMICS and doc[end].is_lower:
            end += 1
        # "Foreign Minister Marta Inés" + "Quintero de Salas": surnames the recogniser left out after a titled name.
        # (also after an abbreviated title read as two tokens, "Col" + "."; and a last surname the recogniser took
        # alone for a body: "Col. Juan Pablo" + "Arango" + "Mejía")
        if ent.label_ == "PERSON" and start >= 1 and (_is_title(doc[start - 1]) or (
                doc[start - 1].text == "." and start >= 2 and _is_title(doc[start - 2]))):
            more = end
            while more < len(doc) and doc[more].is_lower and doc[more].lower_ in SURNAME_PARTICLES:
                more += 1
            while more < len(doc) and doc[more].is_title and doc[more].pos_ == "PROPN" and (
                    doc[more].ent_type_ == "" or doc[more].ent_type_ == "ORG" and end > ent.end
                    and doc[more].ent_iob_ == "B"
                    and (more + 1 == len(doc) or doc[more + 1].ent_iob_ != "I")) \
                    and doc[more].lower_ not in OPENERS and not _is_title(doc[more]) and not state_of(doc[more].text):
                more += 1
                end = more
                while more < len(doc) and doc[more].is_lower and doc[more].lower_ in SURNAME_PARTICLES:
                    more += 1
        # "Estate Women’s" + "Circle": a plural owner's possessive inside a body's name the recogniser cut.
        if ent.label_ == "ORG" and end - start >= 2 and end < len(doc) and doc[end - 1].text in _POSSESSIVE_TOKENS \
                and doc[end - 2].lower_ in _PLURAL_OWNERS and doc[end].is_title and doc[end].ent_type_ != "PERSON":
            while end < len(doc) and doc[end].is_title and doc[end].ent_type_ not in ("PERSON", "DATE"):
                end += 1
        # "Cooperativa de Servicios Públicos" + "Florida" + "Limitada": a company's name runs on to its legal form over
        # capitalised words the recogniser read as a place (the legal form closes the name).
        if ent.label_ == "ORG":
            over = end
            while over < end + _WORDS_BEFORE_LEGAL_FORM and over < len(doc) and doc[over].is_title \
                    and doc[over].text.rstrip(".").lower() not in LEGAL_FORMS:
                over += 1
            if end < over < len(doc) and _written_legal_form(doc[over]) \
                    and (over + 1 == len(doc) or doc[over].whitespace_ or doc[over + 1].text != "-"):
                end = over  # (not the "Co" of "Credit Co-operative")
        # "Brattvik Seafood" + "ASA": a legal form the recogniser left out is the company's; also after a comma, as
        # written ("Alvor Mineração" + ", Lda", "Vega Tintas" + ", S.A.").
        while end < len(doc) and ent.label_ in ("ORG", "PERSON"):
            if _written_legal_form(doc[end]):
                end += 1
            elif doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].text in WRITTEN_LEGAL_FORMS:
                end += 2
            else:
                break
        # "International Coordinating Group" + "on Vaccine Supply": a body's remit the recogniser left out.
        if ent.label_ == "ORG" and end + 1 < len(doc) and doc[end - 1].lower_ in _BODY_WORDS | {"group"} \
                and doc[end].lower_ in ("on", "for", "of") and doc[end + 1].is_title \
                and doc[end + 1].ent_type_ in ("", "ORG") and doc[end + 1].lower_ not in OPENERS:
            remit = end + 1
            while remit < len(doc) and doc[remit].is_title and doc[remit].ent_type_ in ("", "ORG"):
                remit += 1
            end = remit
        if ent.label_ == "ORG":
            end = _state_reported_on(doc, end)
        end = _portfolio_listed(doc, start, end) if ent.label_ == "ORG" else end
        taken = end
        # "PT Karya Baru": a legal form written before the company's name.
        if start >= 1 and len(doc[start - 1].text) >= 2 and doc[start - 1].text.isupper() \
                and doc[start - 1].lower_ in LEGAL_FORMS:
            start -= 1
            while end < len(doc) and doc[end].is_title and doc[end].ent_type_ in ("", ent.label_):
                end += 1  # "PT Karya Baru" + "Sentosa": the company's name runs to its last capitalised word
            taken = end
        # "Judge Amancio" + "Benítez Roa", "runner Meseret" + "Tadesse Worku": a first name the recogniser
        # left out, after a title or a lower-case word (so not a sentence's capitalised first word).
        # (also after an abbreviated title, "Hon." + "Tevite" + "Tōnga Mateaki", and as a sentence's first word
        # when the recogniser read the name from its second: "Thabang" + "Moeketsi Ralebitso was …"; and a first
        # name it read alone as a place no gazetteer has: "Hugh" + "Daniel MacDonald")
        if ent.label_ == "PERSON" and start >= 1 and doc[start - 1].is_title and not _is_title(doc[start - 1]) \
                and doc[start - 1].lower_ not in OPENERS and doc[start - 1].lower_ not in KIND_CUES \
                and doc[start - 1].lower_ not in _BODY_WORDS and doc[start - 1].lower_ not in ORGANISATION_WORDS \
                and (doc[start - 1].ent_type_ == "" or _lone_place_word(doc, start - 1)) \
                and (start == 1 and doc[0].pos_ == "PROPN" and end - start >= 2 and not state_of(doc[0].text)
                     or start >= 2 and (_is_title(doc[start - 2]) or (
                         doc[start - 2].is_lower and doc[start - 2].pos_ == "NOUN" and not doc[start - 2].is_stop)
                         or (start >= 3 and doc[start - 2].text == "." and _is_title(doc[start - 3])))):
            start -= 1
            while pieces and pieces[-1].end > doc[start].idx:
                pieces.pop()  # the first name's piece, as a place
        # "'Malineo Sekhesa": a name written with a leading apostrophe (Sesotho), not an opening quote (no closing
        # one after it).
        if ent.label_ in ("PERSON", "ORG") and start >= 1 and doc[start - 1].text in ("'", "’") \
                and not doc[start - 1].whitespace_ and (start == 1 or doc[start - 2].whitespace_) \
                and not _CLOSING_QUOTE.search(doc.text[doc[end - 1].idx + len(doc[end - 1].text):]):
            apostrophe = doc[start - 1].idx
        else:
            apostrophe = None
        # "Hon." before the name: an abbreviated title the recogniser took for a name of its own
        if ent.label_ == "PERSON" and end - start == 1 and _is_title(doc[start]) and end < len(doc) \
                and (doc[end].text == "." or doc[end].is_title):
            continue
        # "the trade union OS" + "KOVO": a capitals-only word of the name the recogniser left out.
        if ent.label_ == "ORG" and start >= 2 and doc[start - 1].is_upper and doc[start - 1].is_alpha \
                and 2 <= len(doc[start - 1].text) <= 5 and doc[start - 1].ent_type_ == "" \
                and doc[start - 1].lower_ not in LEGAL_FORMS and not state_of(doc[start - 1].text) \
                and doc[start - 2].is_lower and doc[start - 2].is_alpha:
            start -= 1
        # "Tamkeen for" + "Legal Aid and Human Rights": a body's own word and "for" the recogniser left out.
        if ent.label_ == "ORG" and start >= 3 and doc[start - 1].lower_ == "for" and doc[start - 2].is_title \
                and doc[start - 2].pos_ == "PROPN" and doc[start - 2].ent_type_ == "" and doc[start - 3].is_lower \
                and doc[start - 2].lower_ not in OPENERS and not _is_title(doc[start - 2]) \
                and not state_of(doc[start - 2].text):
            start -= 2
        # "the Alliance for Automotive Innovation": a body's head noun and "for" the recogniser left out.
        if start >= 2 and doc[start - 1].lower_ in ("for", "of", "on") and doc[start - 2].is_title \
                and doc[start - 2].lower_ in OF_JOINERS:
            start -= 2
        # "Court: Intellectual" + "Property High Court": a body's first word the recogniser left out after a
        # label's colon or a lower-case word (not a sentence's first word, a title, a month or a place).
        if ent.label_ == "ORG" and start >= 2 and doc[end - 1].lower_ in OF_JOINERS and doc[start - 1].is_title \
                and doc[start - 1].is_alpha and doc[start - 1].ent_type_ == "" and doc[start - 1].lower_ not in OPENERS \
                and not _is_title(doc[start - 1]) and not state_of(doc[start - 1].text) \
                and (doc[start - 2].text == ":" or (doc[start - 2].is_lower and doc[start - 2].is_alpha)):
            start -= 1
        # "Arab and Foreign Liaison Office": a capitalised word and "and" the recogniser left out.
        if ent.label_ == "ORG" and start >= 2 and doc[start - 1].lower_ == "and" and doc[start - 2].is_title \
                and doc[start - 2].ent_type_ in ("", "NORP") and doc[start - 2].i > 0:
            start -= 2
        # "Queen" + "Sofia Hospital", a person said the recogniser: a hospital named for someone, with the
        # capitalised words before it.
        if ent.label_ == "PERSON" and doc[end - 1].lower_ in POSSESSIVE_NAME_HEADS:
            while start >= 1 and doc[start - 1].is_title and doc[start - 1].lower_ not in OPENERS \
                    and doc[start - 1].ent_type_ in ("", "PERSON"):
                start -= 1
            label = "ORG"
        # "Northern Nurses" + "and Carers Union (NNCU)": the acronym spells both.
        spelt = _acronym_start(doc, start, end) if label == "ORG" else None
        if spelt is not None:
            start = spelt
            while pieces and pieces[-1].end > doc[start].idx:
                pieces.pop()
        for n, piece in enumerate(_clean(doc, start, end, label, one_name=spelt is not None)):
            if n == 0 and apostrophe is not None and piece.start == apostrophe + 1:
                piece = _Piece(apostrophe, piece.end, doc.text[apostrophe:piece.end], piece.label, piece.title)
            if pieces and n == 0 and _adjacent(doc, pieces[-1], piece):  # not the parts _clean split
                last = pieces.pop()
                piece = _Piece(last.start, piece.end, doc.text[last.start:piece.end], "ORG", last.title)
            pieces.append(piece)
    # "Brennmoor Carriers" + "of" + "Bergen" (two entities): the second is the company's home town.
    pieces = _of_state(doc.text, _name_parts(doc.text, pieces))
    pieces = [p for n, p in enumerate(pieces) if not (n and _town_after(doc, pieces[n - 1], p))]
    pieces = [p for p in pieces if not _unit(p.name, doc.text[:p.start], doc.text[p.end:])]
    # "Media contact: Ana Ruiz, …", "Press enquiries: …": a line's label, not an actor.
    pieces = [p for p in pieces if not (p.start == 0 and _LINE_LABEL.match(doc.text[p.end:]))]
    # "Principal Oboe: Marco Antonio Dizon, of Iloilo City": a results list's post, which the recogniser read as
    # a person's name, labels the person named after it.
    # Likewise one after "the" and before its holder's name, read as a person's or a body's without a body's word:
    # "the Principal Flute, Dante Reyes Ocampo", "the Principal Cello, Rosa Bautista Lim".
    pieces = [p for n, p in enumerate(pieces) if not (
        n + 1 < len(pieces) and pieces[n + 1].label == "PERSON"
        and (p.label == "PERSON" and p.start == 0 and re.fullmatch(r"\s*:\s*", doc.text[p.end:pieces[n + 1].start])
             or (p.label == "PERSON" or p.label == "ORG" and not any(_body_word(w) for w in words(p.name)))
             and _POST_BEFORE_HOLDER.search(doc.text[:p.start]) and doc.text[p.end:pieces[n + 1].start] == ", "))]
    if _PLACE_LABEL.match(doc.text):
        pieces = [p for p in pieces if p.title]  # (but "Venue: residence of Hon. A B")
    pieces = _signed(doc, _titled_line(doc.text, _role_labelled(doc.text, _bracket_speaker(doc.text, _speaker_labelled(
        doc.text, pieces))), common))
    if (label := re.match(r"^[A-Z][\w ]{0,30}?(?:contacts?|enquiries|inquiries)\s*:", doc.text, re.IGNORECASE)):
        pieces = [_Piece(p.start, p.end, p.name, "PERSON", p.title) if p.start >= label.end() and _name_shaped(p.name)
                  else p for p in pieces]  # "Media contact: Acme Press Office, Ana Ruiz": the person
    pieces = _post_offices(doc.text, _bylined(doc.text, _credited(doc.text, _kin_named(doc.text,
                                                                                       _reporters(doc.text, pieces)))))
    pieces = _in_place_bracketed(doc.text, _run_on_to_acronym(doc.text, pieces))
    pieces = _only_nicknamed(doc.text, pieces)
    pieces = _spelt_in_lower_case(doc.text, _with_missed(doc.text, _with_missed(doc.text, pieces, _SELF_NAMED, "ORG"),
                                                         _ARMED_APPOSED, "ORG"))
    pieces = _hyphen_surnamed(pieces)
    pieces = _inner_nicknamed(doc.text, _with_missed(doc.text, _with_missed(doc.text, pieces, _SIGNED_WITH_POST,
                                                                            "PERSON"), _OPENING_WHO, "PERSON"))
    pieces = _with_missed(doc.text, pieces, _OPENING_NAME_POSTED, "PERSON", lambda name: _signer_shaped(name) and not (
        name.split()[0].lower() in OPENERS or is_person_noun(name.split()[0].lower())))  # (not "In X", "Engineer X")
    pieces = _with_missed(doc.text, pieces, _TITLED_NAME, "PERSON", _signer_shaped)
    pieces = _with_missed(doc.text, pieces, _TITLED_SURNAME, "PERSON", lambda name: not (
        _body_word(name.lower()) or name.lower() in KIND_CUES or state_of(name)))  # (not "Mayor Council,")
    pieces = _messrs_firms(doc.text, _saints_institutions(doc.text, _honorific_named(doc.text, pieces)))
    pieces = _bracketed_whole(doc.text, pieces)
    pieces = _nicknamed_opening(doc.text, pieces)
    pieces = _described(doc.text, _owned_bodies(doc.text, _brands(doc.text, _gazetteer_states(doc.text, _named_formerly(doc.text, _former_spans(doc.text, _acronymed(
        doc.text, _people_named(doc.text, common, _siblings(doc.text, common, _joined_by_and(
            doc.text, _the_and_bodies(doc.text, pieces)))))))))))
    pieces = _state_suffixed(doc.text, pieces)
    pieces = _bodies_before_short_names(doc.text, _legal_named(doc.text, _listed_remit(doc.text, _given_names_left_out(
        doc.text, _first_name_after_title(doc.text, _second_surnames(doc.text, _retired_titled(
        doc.text, _abbreviated_given_named(doc.text, pieces))))))))
    pieces = _clubs_named(doc.text, _people_before_posts(doc.text, _people_after_person_nouns(doc.text, pieces)))
    pieces = _numbered_locals(doc.text, _patronymic_named(doc.text, _patronymics_joined(doc.text, _foreign_joined(doc.text,
                                                                                  _hyphen_joined(doc.text, pieces)))))
    pieces = [p for p in _without_seats(doc.text, pieces)
              if not _unit(p.name, doc.text[:p.start], doc.text[p.end:])]  # also what rules added
    pieces = _possessive_places(doc.text, _heads_named(doc.text, _numbered(doc.text, pieces)))
    pieces = [p for p in _overlaps_joined(doc.text, pieces) if not _title_only(p.name)]
    pieces = [p for p in _posts_of_bodies(_posts_before_holders(doc.text, pieces)) if not _post_opening(p, doc.text[:p.start], doc.text[p.end:])]
    pieces = _without_inner_nickname(_tallied(doc.text, _defined_by_acronym(
        doc.text, _through_inner_nickname(doc.text, pieces))))
    # "Tábor, Czech Republic, 3 May 2027 —": where the story was filed, not actors.
    if m := _DATELINE_PLACES.match(doc.text) or _DATELINE_COUNTRY.match(doc.text):
        pieces = [p for p in pieces if p.end > m.end(1)]
    return [_legal_form_stop(doc.text, _without_honorific(doc, _without_lower_case_role(_without_trailing_title(
        _without_figure_or_quote(doc.text, part)), common))) for p in pieces for part in _lines_apart(doc.text, p)]


def _without_lower_case_role(piece: _Piece, common: frozenset[str] | set[str]) -> _Piece:
    """"Concertmaster A B" opening a sentence, where the report writes "the sole concertmaster" elsewhere: a person's
    name without the role before it (a doer's noun the report writes in lower case is no given name), kept as the
    title."""
    first, _, rest = piece.name.partition(" ")
    if piece.label != "PERSON" or piece.title or not first[:1].isupper() or len(rest.split()) < 2 \
            or first.lower() not in common \
            or not (is_person_noun(first) or first.lower().endswith(AGENT_NOUN_ENDINGS)) \
            or not _signer_shaped(rest):  # (not "Volunteer Fire Brigade": a body's name)
        return piece
    return _Piece(piece.end - len(rest), piece.end, rest, piece.label, first)


def _without_honorific(doc, piece: _Piece) -> _Piece:
    """"Sri A B" found by a rule rather than the recogniser (_clean cuts the recogniser's: _is_title), where the
    report uses "Sri" as a title (_honorifics_in_use): a person's name without it."""
    first, _, rest = piece.name.partition(" ")
    if piece.label != "PERSON" or not rest or first.rstrip(".") not in _honorifics_in_use(doc) \
            or (token := doc.char_span(piece.start, piece.start + len(first), alignment_mode="expand")) is None \
            or _body_named_after(token[0]):
        return piece
    start = piece.end - len(rest)
    return _Piece(start, piece.end, rest, piece.label, piece.title or first.rstrip("."))


def _without_trailing_title(piece: _Piece) -> _Piece:
    """"A B Thero", "A B QC" found by a rule rather than the recogniser (_clean cuts the recogniser's): a person's name
    without the title after it."""
    words_ = piece.name.split()
    if piece.label != "PERSON" or len(words_) < 3 or words_[-1].rstrip(".").lower() not in TRAILING_TITLES:
        return piece
    end = piece.start + piece.name.rindex(words_[-2]) + len(words_[-2])
    return _Piece(piece.start, end, piece.name[:end - piece.start], piece.label, piece.title)


def _lines_apart(text: str, piece: _Piece) -> list[_Piece]:
    """A name the recogniser ran across a line break ("Raman" + "\n" + "Vice-chair" of a signature block): each line's
    part, but a post alone."""
    if "\n" not in piece.name:
        return [piece]
    parts, at = [], piece.start
    for line in text[piece.start:piece.end].split("\n"):
        name = line.strip()
        if name and name[:1].isupper() and not _title_only(name):
            start = at + line.index(name)
            parts.append(_Piece(start, start + len(name), name, piece.label, piece.title if not parts else None))
        at += len(line) + 1
    return parts


_TRAILING_FIGURE = re.compile(r"\s+\d[\d.,]*%?$")


def _without_figure_or_quote(text: str, piece: _Piece) -> _Piece:
    """"Volkova" of "Ms Volkova 12.5 per cent": a figure after a person's name, read into it, is no part of it; nor
    is the straight single quote that opens a quoted name ("'Small Boss'"; but Sesotho writes one before some given
    names, "'Mamello", with no quote closing them)."""
    if piece.label == "PERSON" and (figure := _TRAILING_FIGURE.search(piece.name)):
        return _Piece(piece.start, piece.end - len(figure.group()), piece.name[:figure.start()], piece.label, piece.title)
    if piece.name.startswith("'") and len(piece.name) > 1 and piece.name[1].isupper() and text[piece.end:].startswith("'"):
        return _Piece(piece.start + 1, piece.end, piece.name[1:], piece.label, piece.title)  # "'Small Boss'": a quote
    return piece


# A legal form's own stop mid-sentence, which the recogniser leaves out of the name ("Aguaclara Ltda." + " without
# any tender"): the words after it go on in lower case or after a comma.
_STOP_MID_SENTENCE = re.compile(r"^\.(?=,|\s+[a-z(])")


def _legal_form_stop(text: str, piece: _Piece) -> _Piece:
    """"… planned by Acme Gold Ltd.": the full stop that ends the sentence is no part of the legal form's name
    ("Acme Gold Ltd"); mid-sentence, the stop the text writes after the form is ("Acme Gold Ltda. without …": the name
    as the report writes it; lookups ignore the dot either way)."""
    last = piece.name.split()[-1] if piece.name.split() else ""
    if last.endswith(".") and "." not in last[:-1] and last[:-1].lower() in LEGAL_FORMS and not text[piece.end:].strip():
        return _Piece(piece.start, piece.end - 1, piece.name[:-1], piece.label, piece.title)
    if last.isalpha() and last.lower() in LEGAL_FORMS and not last.isupper() \
            and _STOP_MID_SENTENCE.match(text[piece.end:]):
        return _Piece(piece.start, piece.end + 1, piece.name + ".", piece.label, piece.title)
    return piece


# "… Forestry" + "and Land Directorate (NFLD)": one body, as the short name in brackets after it says
# (whatever language the short name is in, so its letters need not spell the English words).
_AND_TO_BRACKET = re.compile(rf"^\s+(?:and|&|y|e|et|und)\s+(?:{_NAME_JOIN}\s+)*{_NAME_WORD}"
                             rf"(?:\s+(?:(?:the|{_NAME_JOINERS})\s+)*{_NAME_WORD})*(?=\s*\([A-Z][A-Za-z.&-]{{1,11}}\))")


# "Kisauni Cargo Clearing" + "and Forwarding", "X Printing" + "& Publishing": a company's second trade.
_TRADE_AND = re.compile(r"^\s+(?:and|&)\s+([A-Z][a-z]+)(?![\w’'-])")
# "Ministry of Fisheries" + "and Coastal Affairs": a body's portfolio runs on over "and" (a few
# capitalised words, none a body's own head noun).
# After a listed portfolio, its last item may take "the" ("Department of Agriculture, Food" + "and the Marine"); after
# a single one, "and the" joins another body ("Ministry of Health and the Red Cross").
_PORTFOLIO_AND = re.compile(r"^\s+(?:and|&)\s+(?P<the>the\s+)?(?P<portfolio>(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)"
                            r"(?=\s*[,.;:()]|\s+[a-z]|$)")
# "Ministry of Police" + ", National Security and Correctional Services": a portfolio listed with commas,
# its last item after "and" (the recogniser cut the name at the first comma).
_PORTFOLIO_LIST = re.compile(r"^(?:,\s+(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*){1,4},?\s+(?:and|&)\s+"
                             r"(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*(?=\s*[,.;:()]|\s+[a-z]|$)")
_PORTFOLIO_BODY = re.compile(rf"\b(?i:{'|'.join(sorted(OF_JOINERS))})\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'-]*"
                             r"(?:,?\s+[A-Z][\w’'-]*)*$")  # (cut at its second comma: "… of Alcohol, Tobacco")


_LISTED_REST_LABELS = ("ORG", "WORK_OF_ART", "PRODUCT")

# The last words of a body of experts or an inquiry named for the state it reports on ("Panel of Experts on
# Ruritania", "Commission of Inquiry on Ruritania"); after other bodies "on <state>" is what they act on ("the Security
# Council" + "on Iran": sanctions on it).
_REPORTING_BODY_ENDS = frozenset({"experts", "inquiry"})
# Most words of a state's name ("the Democratic Republic of the Congo").
_STATE_NAME_WORDS = 6


def _state_reported_on(doc, end: int) -> int:
    """Where a body's name ending at token `end` ends when "on <state>" names the state it reports on."""
    if not (end + 1 < len(doc) and end >= 2 and doc[end - 1].lower_ in _REPORTING_BODY_ENDS
            and doc[end - 2].lower_ == "of" and doc[end].lower_ == "on"):
        return end
    first = end + 1 + (doc[end + 1].lower_ == "the")
    for last in range(min(len(doc), first + _STATE_NAME_WORDS), first, -1):
        if state_of(doc[first:last].text, capitals=False):
            return last
    return end



def _portfolio_listed(doc, start: int, end: int) -> int:
    """Where a body's name ending at token `end` ends when its portfolio is a list the recogniser cut at the
    first comma ("Ministry of Police" + ", National Security and Correctional Services"): the rest reads as
    one name across its "and", or as none (not "the Ministry of Health, Oxfam and Christian Aid", bodies
    the recogniser names one by one)."""
    name_end = doc[end - 1].idx + len(doc[end - 1].text)
    m = _PORTFOLIO_LIST.match(doc.text[name_end:])
    if not m or not _PORTFOLIO_BODY.search(doc.text[doc[start].idx:name_end]) or re.search(r"\b[A-Z]{2,}\b", m.group()) \
            or any(w in OF_JOINERS or w in NAME_CUES or w in ORGANISATION_WORDS or state_of(w) for w in words(m.group())):
        return end
    stop = name_end + m.end()
    inside = [e for e in doc.ents if name_end <= e.start_char < stop]
    # (the list's rest may read as a title or a product's name: "Firearms and Explosives"; not a person or a place)
    if any(e.end_char > stop or e.label_ not in _LISTED_REST_LABELS for e in inside) or len(inside) > 1 \
            or any(" and " not in e.text and " & " not in e.text for e in inside):
        return end
    while end < len(doc) and doc[end].idx < stop:
        end += 1
    return end


# Lower-case words a person's name runs on past: surname particles, patronymic joiners and a second surname's "y".
_PERSON_NAME_JOINERS = SURNAME_PARTICLES | PATRONYMIC_JOINERS | {SECOND_SURNAME_JOINER}


def _past_surname_particles(doc, end: int) -> int:
    """Where a person's name ending at token `end` ends when lower-case particles ("y", "dela", "de la", "binti") and
    a capitalised name word follow."""
    more = end
    while more < len(doc) and doc[more].is_lower and doc[more].lower_ in _PERSON_NAME_JOINERS:
        more += 1
    if end < more < len(doc) and doc[more].is_title and doc[more].pos_ == "PROPN" and doc[more].lower_ not in OPENERS:
        more += 1
        # ("Rui Carlos dos" + "Anjos Pereira": the rest of the name, which the recogniser found as a person apart)
        while more < len(doc) and doc[more - 1].ent_type_ == "PERSON" and doc[more].ent_iob_ == "I":
            more += 1
        return more
    return end


def _past_romance_joiner(doc, end: int) -> int:
    """Where a name ending at token `end` ends when "din", "del", "de la", … and capitalised words follow."""
    joiner = end
    if joiner < len(doc) and doc[joiner].is_lower and doc[joiner].lower_ in ROMANCE_NAME_JOINERS:
        joiner += 1
        if joiner < len(doc) and doc[joiner].is_lower and doc[joiner].lower_ in ROMANCE_ARTICLES:
            joiner += 1
        more = joiner
        while more < len(doc) and doc[more].is_title and doc[more].lower_ not in OPENERS and doc[more].ent_type_ != "DATE":
            more += 1
        if more > joiner:
            return more
    return end


def _in_place_bracketed(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """"the Association of Net Fishers" + "in" + "Ruritania" + "(ANFR)": a body named with the place
    it works in, as the short name in brackets after the place says (the place is no actor there)."""
    found: list[_Piece] = []
    joined_to = -1  # where the last place joined to a body's name ended
    for piece in pieces:
        if piece.start < joined_to:
            continue  # the second place of "… Mission to Moldova and Ukraine (EUBAM)", in the name already
        gap = text[found[-1].end:piece.start] if found else ""
        if found and piece.label == "GPE" and found[-1].label == "ORG" \
                and (re.fullmatch(r"\s+(?:in|of|for|to)\s+(?:the\s+)?", gap)
                     or re.fullmatch(r"\s+", gap) and re.search(r"\s(?:in|of|for|to)$", found[-1].name)) \
                and (places := _MORE_PLACES_TO_BRACKET.match(text[piece.end:])):
            # (the recogniser may end the body's name with its "to": "… Assistance Mission to" + "Moldova")
            last = found.pop()
            joined_to = piece.end + places.end()
            piece = _Piece(last.start, joined_to, text[last.start:joined_to], "ORG", last.title)
        elif piece.label == "ORG" and (m := _IN_PLACE_ACRONYM.match(text[piece.end:])) \
                and m["short"][0] == piece.name[0] \
                and m["short"].replace(".", "").endswith("".join(w[0] for w in m["place"].split())):
            # "the Organization for Security and Co-operation" + "in Europe" + "(OSCE)": a place the recogniser
            # did not take for one (a continent, a region), which the short name's last letters spell
            piece = _Piece(piece.start, piece.end + m.end("place"), text[piece.start:piece.end + m.end("place")],
                           "ORG", piece.title)
        elif piece.label == "ORG" and (m := _IN_STATE_TRANSLATED.match(text[piece.end:])) and state_of(m["place"]):
            # "the Association of Gold Traders" + "in Ruritania" + "(Vereniging …, VGR)": a state the recogniser
            # did not take for one, before the body's name in the state's language
            joined_to = piece.end + m.end("place")
            piece = _Piece(piece.start, joined_to, text[piece.start:joined_to], "ORG", piece.title)
        found.append(piece)
    return found


# The rest of a place before a body's bracketed short name: "-Bissau" of "Guinea-Bissau" (which the recogniser
# cuts at the hyphen), "and Ukraine" of "… to Moldova and Ukraine (EUBAM)"; or before its name in another language
# and the short name that one spells ("the Association of Rice Traders in Guyana (Vereniging van …, VRH)").
_MORE_PLACES_TO_BRACKET = re.compile(r"(?:-[A-Z][\w’'-]*)?(?:\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w’'-]*(?:-[A-Z][\w’'-]*)?)?"
                                     r"(?=\s*\(\s*(?:[A-Z][A-Za-z.&-]{1,11}(?:\s[A-Z]{2,8})?"
                                     rf"|{CAPITAL}[^()]{{3,80}},\s+[A-Z][A-Za-z.&]{{1,9}})\s*\))")
_IN_STATE_TRANSLATED = re.compile(r"^\s+in\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
                                  rf"(?=\s*\(\s*{CAPITAL}[^()]{{3,80}},\s+[A-Z][A-Za-z.&]{{1,9}}\s*\))")
_IN_PLACE_ACRONYM = re.compile(r"^\s+(?:in|of|for)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
                               r"(?=\s*\(\s*(?P<short>[A-Z][A-Za-z.&-]{1,11})\s*\))")


# "the Tarn" + "and" + "Dale Walkers Association": after "the", one capitalised word and "and" run on into the
# body's name the recogniser found after them (a district's, a trade's: "the Fen and Marsh Drainage Board"). Not a
# state's name or an acronym ("the US and EU Councils"), nor a longer name ("the United Nations and African Union":
# two bodies), nor a person's after a title.
_THE_BEFORE = re.compile(r"(?:^|\s)the\s+$", re.IGNORECASE)
_AND_BETWEEN = re.compile(r"\s+and\s+")


def _the_and_bodies(text: str, pieces: list[_Piece]) -> list[_Piece]:
    found: list[_Piece] = []
    for piece in pieces:
        before = found[-1] if found else None
        if before is not None and piece.label == "ORG" and before.label in ("PERSON", "ORG", "GPE", "LOC", "NORP") \
                and _AND_BETWEEN.fullmatch(text[before.end:piece.start]) and _THE_BEFORE.search(text[:before.start]) \
                and " " not in before.name and not before.title and not state_of(before.name) \
                and before.name[:1].isupper() and not before.name.isupper() \
                and words(piece.name)[-1:] and _body_word(words(piece.name)[-1]):
            found[-1] = _Piece(before.start, piece.end, text[before.start:piece.end], "ORG", None)
            continue
        found.append(piece)
    return found


def _joined_by_and(text: str, pieces: list[_Piece]) -> list[_Piece]:
    found = list(pieces)
    for piece in pieces:
        # (a company the recogniser took for a person, "Dunmore Salvage", by the trade its name ends in)
        trade_named = bool(words(piece.name)[-1:]) and words(piece.name)[-1] in ORGANISATION_WORDS
        if piece not in found or not (piece.label == "ORG" or piece.label == "PERSON" and trade_named):
            continue
        if piece.label == "ORG" and (m := _AND_TO_BRACKET.match(text[piece.end:])):
            end = piece.end + m.end()
        elif (m := _TRADE_AND.match(text[piece.end:])) and m[1].lower() in ORGANISATION_WORDS and trade_named:
            end = piece.end + m.end()  # "X Clearing" + "and Forwarding": a company's two trades
        elif piece.label == "ORG" and (m := _PORTFOLIO_AND.match(text[piece.end:])) \
                and _PORTFOLIO_BODY.search(piece.name) and (not m["the"] or "," in piece.name) \
                and not any(w in OF_JOINERS or w in NAME_CUES or w in ORGANISATION_WORDS
                            for w in words(m["portfolio"])):
            end = piece.end + m.end("portfolio")
        else:
            continue
        inside = [p for p in found if p is not piece and piece.end <= p.start < end]
        if any(p.end > end or p.label in ("PERSON", "GPE") for p in inside):
            continue
        found = [p for p in found if p is not piece and p not in inside] + [
            _Piece(piece.start, end, text[piece.start:end], "ORG", piece.title)]
    return sorted(found, key=lambda p: p.start)


# "Tsehay" + "Gebremeskel" + "Ayana": one or two capitalised words the recogniser left between two
# parts of one person's name.
_NAME_GAP = re.compile(r"\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+")


def _name_parts(text: str, pieces: list[_Piece]) -> list[_Piece]:
    found: list[_Piece] = []
    for piece in pieces:
        if found and " " not in found[-1].name and found[-1].label != "NORP" \
                and piece.label in ("PERSON", "GPE", "ORG") and not found[-1].label == piece.label == "GPE" \
                and len(piece.name.split()) <= 2 and not state_of(found[-1].name) and not state_of(piece.name) \
                and (gap := text[found[-1].end:piece.start].split()) and all(w in SURNAME_PARTICLES for w in gap) \
                and text[found[-1].end:piece.start].startswith(" ") and found[-1].name[:1].isupper():
            last = found.pop()  # "Lucas" + "van der" + "Heijden": a given name and a surname with its particles
            found.append(_Piece(last.start, piece.end, text[last.start:piece.end], "PERSON", last.title))
            continue
        if found and found[-1].label == piece.label == "PERSON" \
                and (m := _NAME_GAP.fullmatch(text[found[-1].end:piece.start])) \
                and not any(w.lower() in TITLE_WORDS or w.lower() in OPENERS or state_of(w) for w in m.group(1).split()):
            last = found.pop()
            piece = _Piece(last.start, piece.end, text[last.start:piece.end], "PERSON", last.title)
        found.append(piece)
    return found


_DATELINE_PLACES = re.compile(r"^([^\W\d_][\w’'.-]*(?:\s[^\W\d_][\w’'.-]*){0,3}(?:,\s+[^\W\d_][\w’'.-]*(?:\s[^\W\d_]"
                              rf"[\w’'.-]*){{0,3}})?),\s+(?:{DAY_MONTH})(?:,?\s+\d{{4}})?"
                              r"\s*(?:\([^)]*\)\s*)?[—–-]\s")
# "LEIDEN, the Netherlands –": a dateline's city in capitals and its country, no date.
_DATELINE_COUNTRY = re.compile(r"^([A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,2},\s+(?:the\s+)?"
                               r"[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,3})\s+[—–-]\s")
_LINE_LABEL = re.compile(r"^\s+(?:contacts?|enquiries|inquiries)\s*:", re.IGNORECASE)
# "Venue: Session Hall, Third Floor, City Hall Annex, Hill Road": a line that says where, naming places only.
_PLACE_LABEL = re.compile(r"^(?:Venue|Location|Address|Place of (?:meeting|hearing|sitting))\s*:")

# "the" before a post its holder's name follows ("the Principal Cello, A B"); not a place's ("the MEC for Transport in
# the Eastern Cape, A B").
_POST_BEFORE_HOLDER = re.compile(r"(?<!\bin\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bat\s)(?<!\bfrom\s)(?<!\bto\s)(?<!\bon\s)"
                                 r"\bthe\s+$")
# A transcript's speaker in capitals, maybe with whom they speak for: "KAVYA RAO, HARBOUR FM: …", "DANIEL OKETCH: …".
_SPEAKER_LABEL = re.compile(r"^([A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+){1,3})(?:,\s+([A-Z][A-Z0-9 ’'&.-]{1,40}))?:\s")


# A capitalised title before a name, maybe abbreviated ("Colonel", "Hon."), not an adjective's ("Acting").
_SPOKEN_TITLE = (rf"(?:{'|'.join(sorted((w.capitalize() for w in TITLE_WORDS - ADJECTIVE_TITLES), key=len, reverse=True))})"
                 r"\.?")
# A name after a label: two to four capitalised words, a surname's particles between them.
# (an Irish surname's first word, "Ó", may be one letter: "Diarmuid Ó Cathasaigh")
_LABELLED_NAME = (rf"{CAPITAL}[\w’'-]+(?:\s+(?:(?:{'|'.join(sorted(SURNAME_PARTICLES | GAELIC_SURNAME_PREFIXES))})\s+)*"
                  rf"{CAPITAL}[\w’'-]+){{1,3}}")
# "Chair: Ana Ruiz, lawyer.", "Reporting judge: Magistrate A B C D", "Minutes taken by: A B", "Press contact: A B,
# media officer.", "Trustees: A B, C D": a minute's, a decision's or a release's line that names the holder of a role
# (or who did a thing, "… by") after it and a colon (the recogniser often finds no one there).
_ROLE_LABEL = re.compile(r"^\s*(?P<label>(?:[A-Za-z][\w’'-]*(?:\s+/)?\s+){0,5}?[A-Za-z][\w’'-]*)\s*:\s+"
                         rf"(?:{STYLE_OF_ADDRESS})?"  # "Coroner: His Honour Mr A B"
                         rf"(?P<titles>(?:(?:{'|'.join(sorted(HONORIFICS))}|{_SPOKEN_TITLE})\.?\s+)*)"
                         rf"(?P<name>{_LABELLED_NAME})(?=\s*(?:[,.;(]|$))")
# A further name after a plural label's first ("Trustees: A B, C D and E F").
_FURTHER_LABELLED = re.compile(rf",?\s+(?:and\s+)?(?P<name>{_LABELLED_NAME})(?=\s*(?:[,.;(]|\s+and\s|$))")


# A court's label for who hears a case ("Before: Regional Magistrate A B", "Coram: A B"): a person's role, as "Chair:"
# is.
_BENCH_LABELS = frozenset({"before", "coram"})


def _labels_a_person(label: str) -> bool:
    """Whether a line's label names a person's role: a person's noun, a post or a doer's noun last ("Chair", "Reporting
    judge", "Trustees", "Moderator"; or before "on record", "in charge"), a head "of" something ("Deputy Head of
    Mission"), a contact, a doer ("Minutes taken by") or a bench ("Before")."""
    tokens = label.lower().split()
    if len(tokens) >= 3 and tokens[-2] in ("on", "in"):
        tokens = tokens[:-2]  # "Superintendent pharmacist on record", "Engineer in charge": the role before
    last = tokens[-1]
    if tokens == [last] and last in _BENCH_LABELS:
        return True
    return any(KIND_CUES.get(w) == PERSON or is_person_noun(w) or w in POST_ENDINGS or w in SIGNATURE_POSTS
               or w in TITLE_WORDS or w.endswith(AGENT_NOUN_ENDINGS) for w in (last, last.removesuffix("s"))) \
        or last in ("by", "contact") or ("of" in tokens and bool(set(tokens) & LEADER_NOUNS))


# A post after a name and its comma, up to the next comma or the end ("…, Director of Operations.").
_POST_AFTER_COMMA = re.compile(r",\s+(?P<post>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}?)\s*(?:[,.;]|$)")


def _post_after(text: str, end: int) -> bool:
    """Whether a person's post follows the name ending at `end` after a comma ("Responsible: A B, Director of
    Operations", "Enquiries: A B, Press Officer"): the label is then a person's, whatever its word."""
    m = _POST_AFTER_COMMA.match(text, end)
    if not m:
        return False
    head = m["post"].split(" of ")[0].lower().split()[-1]  # (not by its ending: "Third Floor" is no doer)
    return KIND_CUES.get(head) == PERSON or is_person_noun(head, by_ending=False) or head in POST_ENDINGS \
        or head in SIGNATURE_POSTS or head in TITLE_WORDS


def _role_label(text: str) -> re.Match | None:
    """A role label and the person it names (_ROLE_LABEL), a surname's particles in the name too ("Duty hydrologist:
    Ana dos Santos"), or None."""
    m = _ROLE_LABEL.match(text)
    if not m or m["label"].isupper() \
            or not (any(_labels_a_person(part) for part in m["label"].split("/")) or _post_after(text, m.end("name"))) \
            or not _name_shaped(m["name"], particles=True) or m["name"].split()[0].lower() in OPENERS:
        return None
    return m


# A title of a person named on a line of their own, maybe after an adjective or two and with what it is of ("Regional
# Magistrate", "Inspector of Police", "Rev. Fr.", "Professor Dr").
_LINE_TITLE = rf"(?:[A-Z][a-z]+\s+){{0,2}}?{_SPOKEN_TITLE}(?:\s+of\s+[A-Z][a-z]+)?"
# A line that names a titled person alone, maybe after a bench's "Before" and with a post after a comma, as a ruling's
# bench or a signature has them: "Before Administrative Judge A B", "Inspector of Police A B", "Rev. Fr. A B C".
_TITLED_PERSON_LINE = re.compile(rf"^(?:(?:Before|Coram):?\s+)?(?P<titles>{_LINE_TITLE}(?:\s+{_LINE_TITLE})*)\s+"
                                 rf"(?P<name>{_LABELLED_NAME})(?:,\s+[^.!?:;]*[^\s.!?:;,])?$")


def _titled_person_line(text: str, common: frozenset[str] | set[str]) -> re.Match | None:
    """A line naming a titled person alone (_TITLED_PERSON_LINE) whose name has a person's name's shape and no word
    the text writes in lower case (`common`: "Captain Cook Landing Place" is a place's), or None."""
    m = _TITLED_PERSON_LINE.match(text) if "\n" not in text else None  # (a signer's name over a post: _signed's)
    return m if m and _name_shaped(m["name"], particles=True) \
        and not ({w.lower() for w in m["name"].split()} - SURNAME_PARTICLES) & common else None


def names_a_role_holder(line: str, common: frozenset[str] | set[str]) -> bool:
    """Whether a line that has a heading's shape names the holder of a role, not a section: "Duty hydrologist: A B",
    "Media contact: A B", "Before: Regional Magistrate A B", "Inspector of Police A B" (`common`: the words the text
    writes in lower case). The index reads it as a paragraph, so its sentence is cited and its person is found (a
    heading is neither)."""
    return bool(_role_label(line) or _titled_person_line(line, common))


def _titled_line(text: str, pieces: list[_Piece], common: frozenset[str] | set[str]) -> list[_Piece]:
    """The person a line naming a titled person alone names (_TITLED_PERSON_LINE), whole, with their titles, in place
    of what the recogniser made of the line."""
    m = _titled_person_line(text, common)
    if not m or any(p.label == "PERSON" and (p.start, p.end) == m.span("name") for p in pieces):
        return pieces
    after = [p for p in pieces if p.start >= m.end("name")]
    return [_Piece(m.start("name"), m.end("name"), m["name"], "PERSON", m["titles"]), *after]


def _role_labelled(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """The person (or, after a plural label, the people) a role label names, whole, in place of what the recogniser
    made of the line's start."""
    m = _role_label(text)
    if not m:
        return pieces  # ("PRESENTER: The Valley Haulage Workers union says": a transcript's speaker, then speech)
    named = [_Piece(m.start("name"), m.end("name"), m["name"], "PERSON", m["titles"].strip() or None)]
    if m["label"].endswith("s"):  # "Trustees:": a list of names
        while (more := _FURTHER_LABELLED.match(text, named[-1].end)) and _name_shaped(more["name"]):
            named.append(_Piece(more.start("name"), more.end("name"), more["name"], "PERSON"))
    end = named[-1].end
    after = [p for p in pieces if p.start >= end]  # what the recogniser made of the label and names goes
    return [*named, *after]


# A speaker named in brackets after the role they speak in, or a titled speaker with a bracket before the colon,
# as parliamentary records and transcripts write them: "THE SPEAKER (Hon. Moses Langat): …", "PRESENTER (Grace
# Wanjiku): …", "Hon. (Dr.) Otieno Were (Kisumu West, ODM): …"; a press conference's "Question (A B, Outlet): …".
_BRACKETED_SPEAKER = re.compile(
    rf"^(?:(?P<label>(?:THE\s+)?[A-Z][A-Z-]+(?:\s+[A-Z][A-Z-]+){{0,3}}|Question)\s*\(\s*(?P<title>(?:{_SPOKEN_TITLE}\s+)*)"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})(?:\s*,\s*(?P<outlet>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}))?\s*\)"
    rf"|(?P<title2>{_SPOKEN_TITLE}\s+(?:\(\s*{_SPOKEN_TITLE}\s*\)\s+)?)"
    r"(?P<name2>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\s*\([^()]{1,60}\))\s*:\s")


def _bracket_speaker(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """The person a bracketed speaker label names (_BRACKETED_SPEAKER), whole, in place of what the recogniser made
    of it (a body, or nothing when a second title in brackets stands before the name)."""
    m = _BRACKETED_SPEAKER.match(text)
    group = "name" if m and m["name"] else "name2"
    if not m or not _name_shaped(m[group]):
        return pieces
    start, end = m.span(group)
    title = (m["title"] or m["title2"] or "").strip() or None
    kept = [p for p in pieces if (p.end <= start or p.start >= end)
            and not (group == "name" and p.end <= text.rfind("(", 0, start))]  # ("QUESTION (A B):": a role, no name)
    if m["outlet"]:  # "QUESTION (A B, Coastal Echo):": whom the speaker speaks for, a body
        kept = [p for p in kept if p.end <= m.start("outlet") or p.start >= m.end("outlet")] \
            + [_Piece(m.start("outlet"), m.end("outlet"), m["outlet"], "ORG")]
    return sorted([_Piece(start, end, m[group], "PERSON", title)] + kept, key=lambda p: p.start)


def _speaker_labelled(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """The person a transcript's capitalised speaker label names (what the recogniser took for a body)."""
    m = _SPEAKER_LABEL.match(text)
    if not m or any(w in ORGANISATION_WORDS or w in KIND_CUES or w in OF_JOINERS or w in TITLE_WORDS or state_of(w)
                    for w in words(m[1])):
        return pieces
    start, end = m.span(1)
    colon = m.end() - 2  # a name does not run on past the label's colon ("HARBOUR FM: The Alliance")
    kept = [p if not p.start < colon < p.end else _Piece(p.start, colon, text[p.start:colon], p.label, p.title)
            for p in pieces if p.start >= end or p.end <= start]
    # (whom the speaker speaks for, between the comma and the colon, is a body: "HARBOUR SENTINEL")
    kept = [p for p in kept if not (end <= p.start and p.end <= colon)]
    outlet = [_Piece(m.start(2), m.end(2), m[2], "ORG")] if m[2] else []
    return sorted([_Piece(start, end, m[1], "PERSON")] + outlet + kept, key=lambda p: p.start)


# "the FIDE Fair Play Commission", "the Nordic Salmon Council": a body's name, capitalised words and a
# body's head noun after "the", which the recogniser may miss or cut to the head noun alone.
_NAMED_BODY = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w’'&-]*\s+){1,4}([A-Z][a-z]+))\b")


# "Military Tribunal No" + ". 4 of 2026": a body named with its number (and year), which the recogniser cut at
# the number's sign.
_NUMBER_AFTER_SIGN = re.compile(r"^\.?\s+\d+(?:/\d+)?(?:\s+of\s+\d{4})?\b")


_ORDINAL_BEFORE = re.compile(r"(?<![\w-])(\d+(?:st|nd|rd|th))\s+$")


def _numbered(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """Bodies named with "No." and a number, and armed formations with their ordinal, whole."""
    found = []
    for p in pieces:
        if p.label == "ORG" and re.search(r"\bNos?\.?$", p.name) and (m := _NUMBER_AFTER_SIGN.match(text[p.end:])):
            p = _Piece(p.start, p.end + m.end(), text[p.start:p.end + m.end()], p.label, p.title)
        if p.label == "ORG" and p.name.split()[-1].lower() in NUMBERED_FORMATIONS \
                and (m := _ORDINAL_BEFORE.search(text[:p.start])):
            p = _Piece(m.start(1), p.end, text[m.start(1):p.end], p.label, p.title)  # "the 31st" + "Infantry Brigade"
        found.append(p)
    return found


_POSSESSIVE_WORD = re.compile(r"(?:’s|'s|’)\s")


def _heads_named(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """Bodies named "the <capitalised words> <head noun>" taken whole, in place of a piece within them."""
    found = list(pieces)
    for m in _NAMED_BODY.finditer(text):
        start, end = m.span(1)
        if NAME_CUES.get(m[2].lower()) != ORGANISATION or any(w.lower() in OPENERS for w in m[1].split()[:-1]):
            continue
        inside = [p for p in found if p.start < end and start < p.end]
        if any(p.start < start or p.end > end or p.label != "ORG" for p in inside):
            continue  # the recogniser read it otherwise: a person's or a place's name in it
        if len(inside) >= 2 and _POSSESSIVE_WORD.search(text, inside[0].end, inside[-1].start):
            continue  # "the Senate’s Public Finance Committee": a body of a body, two names
        found = [p for p in found if p not in inside] + [_Piece(start, end, m[1], "ORG")]
    return sorted(found, key=lambda p: p.start)


# "Lorne" + "’s Cove": a place named for someone, which the recogniser reads as two people (or as a
# place and a title).
_POSSESSIVE_PLACE = re.compile(r"[’']s ([A-Z][a-z]+)\b")


def _possessive_places(text: str, pieces: list[_Piece]) -> list[_Piece]:
    found: list[_Piece] = []
    joined_until = -1
    for piece in pieces:
        if piece.start < joined_until:
            continue  # the place word, joined to the name before it
        m = _POSSESSIVE_PLACE.match(text, piece.end)
        if " " not in piece.name and m and m[1].lower() in PLACE_WORDS:
            piece = _Piece(piece.start, m.end(1), text[piece.start:m.end(1)], "GPE")
            joined_until = piece.end
        found.append(piece)
    return found


_VESSEL_BEFORE = re.compile(rf"(?<![\w’'-])(?:{'|'.join(sorted(VESSEL_PREFIXES))})\s+$")


def _vessel(piece: _Piece, before: str) -> str | None:
    """The ship a mention names without its prefix ("Sea Lark" of "MV Sea Lark", "Tui" after "the patrol
    vessel RFNS "), or None when it names no ship."""
    prefix, _, rest = piece.name.partition(" ")
    if prefix in VESSEL_PREFIXES and rest:
        return rest
    return piece.name if _VESSEL_BEFORE.search(before) else None


_CLOSING_QUOTE = re.compile(r"[’'](?!s\b)(?=[\s,.;:!?)]|$)")  # "… it,' she said": a quote's close, not "Kenya’s"


def _title_only(name: str) -> bool:
    """"Money Laundering Reporting Officer", "International Arbiter", "the Treasurer", "Associate Concertmaster" (a
    title's leader before a person's noun), "Principal Inspector" (titles and posts only) alone: a post's name, not its
    holder's ("Office of the Prime Minister" is a body; no gold list names an actor by titles alone)."""
    tokens = name.split()
    if len(tokens) == 2 and tokens[0] == "Yang" and tokens[1].lower() in TITLE_WORDS:
        return True  # "the Yang Berhormat is right": the Malay style for a member, alone
    return (len(tokens) >= 2 and (tokens[-1].lower() in _POST_LAST_WORDS
                                  or _post_named(name, frozenset())
                                  or all(t.lower().rstrip(".") in _POST_NAME_WORDS for t in tokens))
            and not any(t.lower() in ("of", "for") for t in tokens)) \
        or (len(tokens) == 1 and tokens[0].lower().rsplit("-", 1)[-1] in _LONE_POSTS)  # (and "Vice-chair")


# A post's last word ("Catchment Manager", "Deputy Registrar", "Zoo Ranger", "Chief Wildlife Warden"); not "General",
# "Executive" (a "Consulate General", a "Northern Ireland Executive" are bodies), nor "Dean" (a surname as well).
_POST_LAST_WORDS = POST_ENDINGS | (SIGNATURE_POSTS - {"general", "executive", "dean"}) | {"ranger", "warden"}
# The words of a name that is a post's and no one's: titles, their leaders and the posts a signature names.
_POST_NAME_WORDS = TITLE_WORDS | TITLE_LEADERS | SIGNATURE_POSTS
# Posts a text may write alone for their holder ("The Treasurer replied"); not the offices that are institutions in
# their own right, which a text names as a body ("the Ombudsman found", "the Registrar").
_LONE_POSTS = SIGNATURE_POSTS - {"ombudsman", "registrar", "auditor", "coroner", "commissioner", "general"}


def _town_after(doc, company: _Piece, piece: _Piece) -> bool:
    if doc.text[company.end:piece.start] != " of ":
        return False
    head, town = doc.char_span(company.start, company.end, alignment_mode="expand"), \
        doc.char_span(piece.start, piece.end, alignment_mode="expand")
    return head is not None and town is not None and _home_town(head[-1], list(town))


def _acronym_start(doc, start: int, end: int) -> int | None:
    """Where a name starts when the acronym in brackets after it spells it, and words before it
    the recogniser left out ("Northern Ports and Harbours Authority (NPHA)"); None when there is
    no such acronym or it spells something else."""
    found = _BRACKETED_ACRONYM.match(doc.text[doc[end - 1].idx + len(doc[end - 1].text):])
    acronym = _acronym_key(found.group(1)) if found else None
    if acronym is None:
        return None
    for earlier in range(start, max(-1, start - MAX_ACRONYM_WORDS), -1):
        token = doc[earlier]
        if earlier < start and not (token.is_title or token.lower_ in _ACRONYM_SKIPS):
            break
        initials = "".join(t.lower_[0] for t in doc[earlier:end] if t.lower_ not in _ACRONYM_SKIPS and t.is_alpha)
        # One letter more or less than the words give: "NAPCO", North Atlantic and Pacific Carriers Organisation.
        if (earlier == start or token.lower_ not in _ACRONYM_SKIPS) and len(acronym) >= 3 \
                and abs(len(acronym) - len(initials)) <= 1 \
                and (acronym.startswith(initials) or initials.startswith(acronym)):
            return earlier
    return None


_BRAND = re.compile(r"(?<![\w’'-])(?!Mc|Mac)([A-Z][a-z]+(?:[A-Z][a-z]*)+)(?![\w-])")


def _brands(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """Names written in camel case ("DuckDuckGo", "NovaReach") that the recogniser missed:
    companies and products, never a person's name (taken as organisations, checked like any other)."""
    found = list(pieces)
    for m in _BRAND.finditer(text):
        if not any(p.start < m.end(1) and m.start(1) < p.end for p in found):
            found.append(_Piece(m.start(1), m.end(1), m.group(1), "ORG"))
    return sorted(found, key=lambda p: p.start)


_DESCRIBED = re.compile(rf"(?:^|(?<=[\s(“]))(?:The\s+)?({CAPITAL}[\w’'-]+(?:\s+(?:(?:of|for|on|and)\s+)?(?:al-|el-)?"
                        rf"{CAPITAL}[\w’'-]+){{0,4}})(?:\s*\([A-Z][A-Za-z.&]{{1,9}}\))?,\s+(?=(?:a|an|the)\s)")


# A personal name the recogniser may miss or cut short (names from languages it saw little of):
# two or more capitalised words, maybe joined by lower-case particles ("Tomás de la Fuente Orrego").
# (on one line: no name runs over a line's end, "Dr A B" over "Registrar")
_NAME_RUN = (rf"{CAPITAL}[\w’'-]+(?:[^\S\n]+(?:(?:{'|'.join(sorted(SURNAME_PARTICLES))}|e|y)[^\S\n]+)*"
             rf"(?:Mac|Mc|Ní|Nic|Ó|O’|Ua|Bin|Ibn|Abu|Al|El)?[^\S\n]*{ELIDED_ARTICLE}?{CAPITAL}[\w’'-]+){{1,4}}")
# A letter's signature line: "Bronwen Tudur-Hughes, Secretary, Llanrhos Traders", "Dr Emyr ap Ifan, retired
# engineer, Abergele", "Huw Rhys MS, Plaid Cymru": a name (after a title, before post-nominal letters), a comma,
# the signer's role or place, no verb and no final stop.
# A post's last word as a signature writes it, capitalised ("Chairperson", "Member", "Auditor-General"'s "General").
_SIGNATURE_POST_WORD = rf"(?:{'|'.join(sorted(w.capitalize() for w in SIGNATURE_POSTS))})"
# A post as a line or a phrase opens with it: up to three capitalised words, then the post ("Deputy Executive
# Director").
_POST_OPENING = rf"(?:[A-Z][a-z]+[\s-]+){{0,3}}{_SIGNATURE_POST_WORD}"
# A post after a name and its comma ("…, Director", "…, General Manager of X"): the name is a person's.
_POST_AFTER_NAME = re.compile(rf"^,\s+{_POST_OPENING}\b")
# The line under a signer's name opening with a post ("Ana Ruiz" / "Chairperson of the Board", "Member").
_POST_LINE_BELOW = rf"[^\S\n]*\n\s*{_POST_OPENING}\b"
_SIGNATURE_REST = r"(?:\s+[A-Z]{2,4})?,\s+[^.!?;:]*[^\s.!?;:,]$"
_SIGNATURE = re.compile(rf"^(?:[A-Z][a-z]{{1,11}}\.?\s+)?(?P<name>{_NAME_RUN}){_SIGNATURE_REST}")
# (the same where the word before the name is no title: "Jonah Talasasa Pitakaka, Director, …" is one name)
_UNTITLED_SIGNATURE = re.compile(rf"^(?P<name>{_NAME_RUN}){_SIGNATURE_REST}")

_SIGNER_TITLE = rf"(?:(?P<title>{'|'.join(sorted(HONORIFICS))})\.?\s+)?"
_SIGNER_ALONE = re.compile(rf"^{_SIGNER_TITLE}(?P<name>{_NAME_RUN})$")
# …or the name's line over its post's, read as one block ("Ana Ruiz" / "Chairperson of the Board", "Member").
_SIGNER_OVER_POST = re.compile(rf"^{_SIGNER_TITLE}(?P<name>{_NAME_RUN}){_POST_LINE_BELOW}")


# …with the surname first in capitals ("HABIMANA Jean de la Croix" / "President", as French-speaking Africa writes a
# name): the person is "Jean de la Croix Habimana", as the text names them elsewhere.
_SURNAME_FIRST_OVER_POST = re.compile(rf"^(?P<surname>{CAPITAL}{{3,}}(?:-{CAPITAL}{{2,}})?)\s+(?P<given>{_NAME_RUN})"
                                      rf"{_POST_LINE_BELOW}")


# A name in capitals on its own line over a post's line ("RAMON A. CRUZ" / "City Mayor"), maybe after a title
# abbreviated in capitals ("ATTY.", "ENGR.").
_CAPITALS_SIGNER_OVER_POST = re.compile(r"^(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ’'-]*\.?(?:[^\S\n]+[A-ZÀ-Þ][A-ZÀ-Þ’'-]*\.?){1,5})"
                                        rf"[^\S\n]*\n\s*(?i:{_POST_OPENING})\b")  # (the post in capitals too)
# A word of a name in capitals: a word of two letters or more, an initial with its stop.
_CAPITALS_NAME_WORD = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ’'-]+|[A-Z]\.")


def _capitals_signer(line: str) -> tuple[str | None, str] | None:
    """(title, name) of a signer's name written in capitals ("ATTY. RAMON A. CRUZ JR." -> ("Atty.",
    "Ramon A. Cruz Jr.")), each word as a name writes it; None if it is no person's name shape (two full
    words at least, no body's, place's or state's word, not a post alone)."""
    written = re.sub(r"[^\W\d_]+", lambda w: w.group().capitalize(), line)
    tokens = written.split()
    title = tokens.pop(0) if len(tokens) > 2 and is_title_word(tokens[0]) else None
    name = " ".join(tokens)
    full = [t for t in tokens if len(t.rstrip(".")) > 1 and t.rstrip(".") not in DOTTED_GIVEN_NAMES
            and t.rstrip(".").lower() not in GENERATIONAL_SUFFIXES]
    if len(full) < 2 or not all(_CAPITALS_NAME_WORD.fullmatch(t) or w.rstrip(".") in DOTTED_GIVEN_NAMES
                                or w.rstrip(".").lower() in GENERATIONAL_SUFFIXES
                                for t, w in zip(line.split()[bool(title):], tokens)) \
            or _title_only(name) or state_of(name) \
            or any(_body_word(w) or w in PLACE_WORDS or w in OF_JOINERS or w in NAME_CUES
                   or (w in OPENERS and w not in MONTHS and w not in WEEKDAYS) for w in words(name)):
        return None  # (nor "FOR THE RECTOR" over "VICE-RECTOR": a line's words that are no name's; "MAY", "JUNE"
        # may be given names)
    return title, name


def _signed(doc, pieces: list[_Piece]) -> list[_Piece]:
    """The signer of a signature line, whole, in place of what the recogniser made of the line's start."""
    m = _SIGNATURE.match(doc.text)
    if m and m.start("name") > 0 and not _is_title(doc[0]) and len(doc[0].text) > 2 and doc[1].text != "." \
            and not is_person_noun(doc[0].lower_):
        # (not after "Me", "Sr", "Fr.": abbreviated titles; nor "Engineer": a profession written as a title)
        m = _UNTITLED_SIGNATURE.match(doc.text)
    if not m and (alone := _SIGNER_ALONE.match(doc.text)) and _signer_shaped(alone["name"]) \
            and any(p.label == "PERSON" and p.start == alone.start("name") for p in pieces):
        # A signature block's line of a name alone ("Astrid Berg Lunde" over her post): the whole line is the name
        return [_Piece(alone.start("name"), alone.end("name"), alone["name"], "PERSON", alone["title"])]
    if not m and (first := _SURNAME_FIRST_OVER_POST.match(doc.text)):
        surname = "-".join(part.capitalize() for part in first["surname"].split("-"))
        if _signer_shaped(name := f'{first["given"]} {surname}'):
            return [_Piece(0, first.end("given"), name, "PERSON"), *(p for p in pieces if p.start > first.end("given"))]
    if not m and (caps := _CAPITALS_SIGNER_OVER_POST.match(doc.text)) and (signer := _capitals_signer(caps["name"])):
        # "MA. ELENA R. SANTOS" over "Port Health Officer II": a signer's name in capitals, as written
        # under many official orders (the recogniser finds no one there); the name as a name is written
        title, name = signer
        return [_Piece(caps.start("name"), caps.end("name"), name, "PERSON", title),
                *(p for p in pieces if p.start > caps.end("name"))]
    if not m and (over := _SIGNER_OVER_POST.match(doc.text)) and _signer_shaped(over["name"]):
        # (whatever the recogniser made of the name's line; the post's body after it is an actor of its own)
        return [_Piece(over.start("name"), over.end("name"), over["name"], "PERSON", over["title"]),
                *(p for p in pieces if p.start > over.end("name"))]
    if m and m["name"].split()[-1].lower() in TRAILING_TITLES:  # "Huw Rhys MS": post-nominal letters
        m = _SIGNATURE.match(doc.text[:m.end("name") - len(m["name"].split()[-1]) - 1] + doc.text[m.end("name"):])
    if not m or m["name"].split()[0].lower() in OPENERS or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc) or not _signer_shaped(m["name"]) \
            or (m.start("name") > 0 and not _is_title(doc[0])) or state_of(m["name"]) \
            or any(_body_word(w) or w in PLACE_WORDS for w in words(m["name"])):
        return pieces
    start, end = m.span("name")
    name = signer[1] if m["name"].isupper() and (signer := _capitals_signer(m["name"])) else m["name"]
    posted = bool(_POST_AFTER_NAME.match(doc.text[end:]))  # ("A B, Director, C Office": a name over a post)
    if any(p.start < end and p.end > start and (p.label in ("GPE", "NORP") or (
            p.label == "ORG" and p.start <= start and not (posted and (p.start, p.end) == (start, end))))
           for p in pieces):
        return pieces  # "Port Louis, Mauritius": the recogniser's place or body (not a part it took for one)
    title = doc.text[:start].strip() or None
    # After the name, the signer's post is no actor ("Chair of Governors"), and a name the recogniser took for a
    # person's is the signer's place ("…, retired teacher, Llanrhos Uchaf"): one person signs.
    rest = [p if p.label != "PERSON" else _Piece(p.start, p.end, p.name, "GPE", p.title) for p in pieces
            if p.start >= end and words(p.name)[:1] and words(p.name)[0] not in _POST_WORDS]
    return [_Piece(start, end, name, "PERSON", title), *rest]


# A title and a first name the recogniser left out before the surnames it found ("Colonel Ana" + "Kovač Lukić").
_TITLE_FIRST_NAME = re.compile(
    rf"(?<![\w’'-]){_SPOKEN_TITLE}\s+(?P<first>[A-Z][^\W\d_]+)\s+$")


# Words that are no first or given name before a surname: titles, the words that follow them, sentence openers.
_NOT_GIVEN_NAMES = TITLE_WORDS | TITLE_FOLLOWERS | OPENERS


def _title_or_titles(word: str) -> bool:
    """A title, or titles ("Commissioners", "Heads"): `word` in lower case."""
    return word in TITLE_WORDS or word.removesuffix("s") in TITLE_WORDS


# "Justice (retd) A B", "Brig. (R) A B", "Col (Retired) A B": a post held before, its title then a bracket; the
# recogniser takes the title and the bracket for a body or a place and cuts the name after them.
_RETIRED_TITLED = re.compile(rf"\b(?P<title>[A-Z][a-z]+\.?\s+\((?i:retd|rtd|retired|r)\.?\))\s+(?P<name>{_NAME_RUN})")


def _retired_titled(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """A person named after a title and "(retd)": one person, the title and its bracket their title."""
    found = list(pieces)
    for m in _RETIRED_TITLED.finditer(text):
        if m["title"].split()[0].rstrip(".").lower() not in TITLE_WORDS:
            continue
        found = [p for p in found if p.end <= m.start() or p.start >= m.end("name")]
        found.append(_Piece(m.start("name"), m.end("name"), m["name"], "PERSON", m["title"]))
    return sorted(found, key=lambda p: p.start)


# A word right after a person's name that the recogniser left out: a second surname ("Lucía Farías Núñez"), then
# a verb or a stop.
_NEXT_NAME_WORD = re.compile(rf"^ (?P<word>{CAPITAL}[^\W\d_]+(?:-{CAPITAL}[^\W\d_]+)?)(?=\s+[a-z]|[,;:.]|$)")


def _second_surnames(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """A person's name with the surname the recogniser cut off after it, where the word could be nothing else: no
    month, weekday, title, body's or place's word, state or people; and with a married surname after "de"
    (_married_surname), whatever the recogniser made of it."""
    found: list[_Piece] = []
    for n, piece in enumerate(pieces):
        if found and found[-1].start <= piece.start and piece.end <= found[-1].end:
            continue  # the recogniser's piece of a married surname, now in the name before it
        if piece.label == "PERSON" and 2 <= len(piece.name.split()) <= 3 \
                and (m := _NEXT_NAME_WORD.match(text[piece.end:])) \
                and not (n + 1 < len(pieces) and pieces[n + 1].start < piece.end + m.end()) \
                and _could_be_surname(f"{piece.name.split()[-1]} {m['word']}", m["word"]):
            piece = _Piece(piece.start, piece.end + m.end(), f"{piece.name} {m['word']}", "PERSON", piece.title)
        if piece.label == "PERSON" and len(piece.name.split()) >= 2:
            piece = _married_surname(text, piece) or piece
        found.append(piece)
    return found


def _could_be_surname(last_two: str, word: str) -> bool:
    """Whether a word after a person's name could be a surname of theirs: "Farías Núñez" has a name's shape, and the
    word is no month, weekday, sentence opener or state."""
    return _name_shaped(last_two) and (lower := word.lower()) not in OPENERS and lower not in MONTHS \
        and lower not in WEEKDAYS and not state_of(word)


# A Spanish-speaking woman's married surname after her own, "de" and her husband's ("Ana Ruiz Soto de Vega"), or a
# widow's ("Ana Ruiz Vda. de Vega", viuda de): part of her name, which the recogniser ends after her given names,
# before "de" or at "Vda".
_MARRIED_SURNAME = re.compile(rf"(?P<own>(?:\s+{CAPITAL}[^\W\d_]+){{0,2}})(?:\s+Vda\.?|\s+[Vv]iuda)?\s+de\s+"
                              rf"(?P<word>{CAPITAL}[^\W\d_]+(?:-{CAPITAL}[^\W\d_]+)?)(?=\s+[a-z]|[,;:.)]|$)")
_WIDOW = " Vda"


def _married_surname(text: str, piece: _Piece) -> _Piece | None:
    """The person's piece with the married surname after it (_MARRIED_SURNAME), or None: none there, or the word is
    a month, a place or a state ("Ana Ruiz de Sevilla" is where she is from)."""
    start = piece.end - len(_WIDOW) if piece.name.endswith(_WIDOW) else piece.end
    m = _MARRIED_SURNAME.match(text, start)
    if not m or not _could_be_surname(f"{piece.name.split()[-1]} {m['word']}", m["word"]) \
            or is_place_name(m["word"]) \
            or not all(_could_be_surname(f"{piece.name.split()[-1]} {own}", own) for own in m["own"].split()):
        return None
    return _Piece(piece.start, m.end(), " ".join(text[piece.start:m.end()].split()), "PERSON", piece.title)


_ABBREVIATED_GIVEN = re.compile(rf"\b(?:(?:{'|'.join(sorted(ABBREVIATED_GIVEN_NAMES))})\.?"
                                rf"|(?:{'|'.join(sorted(DOTTED_GIVEN_NAMES))})\.)\s+{_NAME_RUN}")


def _abbreviated_given_named(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """A name opening with an abbreviated given name ("Md. Karim Hossain"), whole: a person, whatever the recogniser
    made of its parts (it reads "Md." as a state)."""
    found = pieces
    for given, rest in zip(pieces, pieces[1:]):
        if given.name in ABBREVIATED_GIVEN_NAMES | DOTTED_GIVEN_NAMES and rest.label == "PERSON" \
                and re.fullmatch(r"\.?\s+", text[given.end:rest.start]):
            # "Ms. Ma." + "Luisa R. Pacquing": the abbreviated given name, read as a person of its own, and the person
            # after it (a middle initial the pattern below does not take) are one
            found = _in_place_of(found, _Piece(given.start, rest.end, text[given.start:rest.end], "PERSON",
                                               given.title or rest.title))
    for m in _ABBREVIATED_GIVEN.finditer(text):
        if all(m.start() <= p.start and p.end <= m.end() or p.end <= m.start() or p.start >= m.end() for p in found) \
                and not any(p.label == "PERSON" and (p.start, p.end) == m.span() for p in found):
            found = _in_place_of(found, _Piece(m.start(), m.end(), m.group(), "PERSON"))
    return found


# A nickname quoted inside a person's name: 'Robert "Bud" Kessler', "Ana ‘La Roja’ Ruiz".
_INNER_NICKNAME = re.compile(r"\s[“\"‘'](?P<alias>[^“”\"‘’']{2,30})[”\"’']\s")


# A word of a personal name: a capital, a letter, then letters, apostrophes or hyphens.
_PERSONAL_WORD = rf"{CAPITAL}[^\W\d_][\w’'-]*"
# The surname after a quoted nickname the recogniser cut a name at ('Mr Kelvin' + '"Kel" Dorant'): the nickname
# and one or two capitalised words, then no further capital.
_NICKNAME_AND_SURNAME = re.compile(rf"^\s[“\"](?P<alias>[^“”\"]{{2,30}})[”\"]\s"
                                   rf"(?P<surname>{_PERSONAL_WORD}(?:\s{_PERSONAL_WORD})?)"
                                   rf"(?![\w’'-]|\s{CAPITAL})")


def _through_inner_nickname(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """A person's name the recogniser ended before a nickname quoted inside it, run on through the surname after
    the nickname (which _without_inner_nickname then takes out of the name)."""
    found: list[_Piece] = []
    for piece in pieces:
        if found and found[-1].end > piece.start:
            continue  # (the surname, taken into the name before it)
        if piece.label == "PERSON" and (m := _NICKNAME_AND_SURNAME.match(text[piece.end:])) \
                and _signer_shaped(piece.name.split()[-1] + " " + m["surname"]):
            end = piece.end + m.end()
            piece = _Piece(piece.start, end, text[piece.start:end], "PERSON", piece.title)
        found.append(piece)
    return found


def _without_inner_nickname(pieces: list[_Piece]) -> list[_Piece]:
    """A person's name without the nickname quoted inside it (the nickname is another name of theirs: see where
    _INNER_NICKNAME is read when actors are drafted). The piece keeps its span, so its name is no longer the span's
    text, as a piece's name after a title is cut is not."""
    return [_Piece(p.start, p.end, _INNER_NICKNAME.sub(" ", p.name), p.label, p.title)
            if p.label == "PERSON" and _INNER_NICKNAME.search(p.name) else p for p in pieces]


def _first_name_after_title(text: str, pieces: list[_Piece]) -> list[_Piece]:
    found = []
    for piece in pieces:
        m = _TITLE_FIRST_NAME.search(text[:piece.start])
        # The first name read as a place or a body of its own ("Congresswoman Ana" (a place) + "Kovač Lukić"):
        # a name word, so the title's; else only where it read the surnames as a body's name ("President
        # Director A B": there the word is the title's second).
        misread = [p for p in found if m and (p.start, p.end) == (m.start("first"), m.end("first"))
                   and p.label in ("GPE", "LOC", "NORP", "ORG")]
        if m and (piece.label == "ORG" or (misread and piece.label == "PERSON")) \
                and _signer_shaped(first := m["first"] + " " + piece.name) \
                and len(piece.name.split()) <= 2 and m["first"].lower() not in _NOT_GIVEN_NAMES \
                and m["first"].lower() not in KIND_CUES and not state_of(m["first"]) \
                and not any(p.end > m.start("first") and p.start < piece.start and p not in misread for p in pieces):
            found = [p for p in found if p not in misread]
            piece = _Piece(m.start("first"), piece.end, first, "PERSON", text[m.start():m.start("first")].strip())
        found.append(piece)
    return found


# A given name the recogniser left out before the rest of a person's name ("the Chief Prosecutor, Wilmer
# Adalberto" + "Choto Menjívar"), or read with a title as a body ("Judge Rosa Imelda" + "Funes Guardado"): one or
# two capitalised words right before it, after a comma, a verb in the past, "is"/"was" ("Its commander is
# Fabianus" + "Tolla Rumi") or a title ("Hon.")
# (not the end of a post's name, "Justice of Appeal", "Councillor for Housing"; nor "against Grandmaster"), and no
# title or honorific ("Commissioners", "Daw").
_GIVEN_NAMES_BEFORE = re.compile(rf"(?<![\w’'.-])(?P<given>{CAPITAL}[^\W\d_A-Z]+(?:\s+{CAPITAL}[^\W\d_A-Z]+){{0,2}})"
                                 r"\s$")
# Words after which a capitalised word names a place, not a person ("in Tenzin", "from Gorkha").
_PLACE_PREPOSITIONS = LOCATIVES | PLACING_WORDS | {"to", "for", "by"}
_MOST_NAME_WORDS = 4  # "Wilmer Adalberto Choto Menjívar": two given names and two surnames
# A double-barrelled surname, two capitalised words joined by a hyphen ("Bouchard-Gagnon"): read alone as a body,
# it is a person's surname still when a given name stands right before it.
_DOUBLE_BARRELLED = re.compile(rf"{CAPITAL}[^\W\d_A-Z]+-{CAPITAL}[^\W\d_A-Z]+")


def _given_names_left_out(text: str, pieces: list[_Piece]) -> list[_Piece]:
    found: list[_Piece] = []
    for piece in pieces:
        before = found[-1] if found else None
        # (a lone surname may be read as a place or a body: "director Ana María Ruiz" + "Salcedo")
        surname_misread = piece.label != "PERSON" and " " not in piece.name and not state_of(piece.name)
        if (piece.label == "PERSON" or surname_misread) and len(piece.name.split()) < _MOST_NAME_WORDS:
            titles = _leading_titles(before.name.split()) if before else 0
            if before and text[before.end:piece.start] == " " and titles < len(before.name.split()) \
                    and ((before.label == "PERSON" and (before.title or piece.label == "PERSON"))
                         or (before.label == "ORG" and titles)):
                # "Judge" + "Rosa Imelda", or "Rosa Imelda" with its title cut off: a title says the
                # words after it are a person's; and "Rosa Imelda" + "Quintero Vélez": two people's names
                # with a space between are one name (a list puts a comma or "and" between two people)
                given = before.name.split()[titles:]
                start = before.end - len(" ".join(given))
                if len(given) + len(piece.name.split()) <= _MOST_NAME_WORDS \
                        and _signer_shaped(" ".join(given) + " " + piece.name):
                    found[-1] = _Piece(start, piece.end, text[start:piece.end], "PERSON",
                                       " ".join(before.name.split()[:titles]) or before.title)
                    continue
            m = _GIVEN_NAMES_BEFORE.search(text[:piece.start])
            # (the recogniser may have read the given name as a place or a body: "Hon." + "Marisol" + "Tane Ruka")
            lone = bool(m) and before is not None and before.label != "PERSON" \
                and (before.start, before.end) == (m.start("given"), m.end("given"))
            preceding = text[:m.start("given")].split() if m else []
            if m and (lone or not (before and before.end > m.start("given"))) \
                    and (not surname_misread or len(m["given"].split()) >= 2
                         or _DOUBLE_BARRELLED.fullmatch(piece.name)) \
                    and (re.search(r"(?:,|\b[a-z]+ed|\b(?:is|was))\s+$", text[:m.start("given")])
                         or (preceding and _title_or_titles(preceding[-1].rstrip(".").lower()))
                         # (four capitalised words mid-sentence: "executive director Ana María Ruiz Salcedo";
                         # a given name read as a place after a post: "ward chair Tenzin" + "Norbu Lama")
                         or ((surname_misread or lone) and preceding and preceding[-1].islower()
                             and preceding[-1] not in _PLACE_PREPOSITIONS)) \
                    and len(m["given"].split()) + len(piece.name.split()) <= _MOST_NAME_WORDS \
                    and not any(w in BURMESE_HONORIFICS or _title_or_titles(w.lower()) or w.lower() in _NOT_GIVEN_NAMES
                                or w.lower() in KIND_CUES or state_of(w) for w in m["given"].split()) \
                    and _signer_shaped(m["given"] + " " + piece.name):
                if lone:
                    found.pop()
                piece = _Piece(m.start("given"), piece.end, text[m.start("given"):piece.end], "PERSON", piece.title)
        found.append(piece)
    return found


# A person noun in lower case right before a name ("field inspectors A B and C D", "economist A B"), or an age
# ("51-year-old A B"): the names are people's, though the recogniser read them as bodies. The post may be glossed in
# the place's own language in brackets between them ("managing director (intendant) A B").
_POST_GLOSS = r"(?:[^\S\n]+\([a-z][\w’'-]*(?:[^\S\n][a-z][\w’'-]*){0,2}\))?"
# (… or with a comma or "is" between: "his sister, A B", "Its executive director is A B"; not after a role a body holds
# as well, "a partner, Acme Power Investment", "One member, Acme Traders")
_PERSON_NOUN_BEFORE = re.compile(r"\b(?:(?P<noun>[a-z][a-z-]+)" + _POST_GLOSS + r"(?P<between>,|\s+(?:is|was))?"
                                 r"|\d{1,3}-year-old)\s+$")
_ROLES_BODIES_HOLD = frozenset("partner member investor tenant shareholder stakeholder sponsor donor lender landlord "
                               "licensee".split())


# Letters that open a sports club's name in many languages ("FK Partizan", "NK Osijek", "FC Basel", "CD Olimpia"; Polish
# "KS", "MKS", "LKS", "UKS": a sports club, a town's, a village's, a school pupils')
_CLUB_PREFIXES = frozenset({"FK", "FC", "NK", "SK", "HNK", "KF", "AFC", "CF", "CD", "KS", "MKS", "LKS", "UKS"})


_CLUB_PREFIX_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_CLUB_PREFIXES))})\s$")


def _clubs_named(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """A name opening with a club's letters is the club's, though the recogniser read a person's (or left the letters
    out: "FK" + "Sloga Kovin")."""
    found = []
    for p in pieces:
        if p.label in ("PERSON", "ORG") and (m := _CLUB_PREFIX_BEFORE.search(text[:p.start])):
            p = _Piece(m.start(), p.end, text[m.start():p.end], "ORG", None)
        elif p.label == "PERSON" and p.name.split()[0] in _CLUB_PREFIXES and len(p.name.split()) > 1:
            p = _Piece(p.start, p.end, p.name, "ORG", None)
        found.append(p)
    return found


def _names_people(noun: str | None) -> bool:
    """A noun (singular or plural) that only ever names people, not by its ending alone: not one of the trades firms
    ply too ("supplier", "operator", "contractor"). (None: an age, said of a person.)"""
    return noun is None or is_person_noun(noun, by_ending=False) or bool({noun, noun.removesuffix("s")} & _PERSON_NOUNS)


def _names_a_person(before: re.Match[str]) -> bool:
    """Whether a person noun before a name (_PERSON_NOUN_BEFORE) says the name is a person's: a noun that only ever
    names people, and, with a comma or "is" between them, not a role a body may hold as well (_ROLES_BODIES_HOLD)."""
    return _names_people(before["noun"]) and not (before["between"] and before["noun"] is not None
                                                  and before["noun"].removesuffix("s") in _ROLES_BODIES_HOLD)


def _people_after_person_nouns(text: str, pieces: list[_Piece]) -> list[_Piece]:
    found: list[_Piece] = []
    for piece in pieces:
        before = found[-1] if found else None
        if piece.label == "ORG" and _signer_shaped(piece.name) and not piece.title \
                and ((m := _PERSON_NOUN_BEFORE.search(text[:piece.start])) and _names_a_person(m)
                     or before is not None and before.label == "PERSON" and before.start < piece.start
                     and _BEFORE_CONJUNCTION.fullmatch(text[before.end:piece.start])  # (", ", " and ")
                     and (m := _PERSON_NOUN_BEFORE.search(text[:before.start])) and _names_a_person(m)):
            piece = _Piece(piece.start, piece.end, piece.name, "PERSON", piece.title)
        found.append(piece)
    # … and names the recogniser found nothing of, or only a part of: "from farmer A B-C of D", "managing director
    # (intendant) A-B C" where it found "C"
    for m in [*_PERSON_NOUN_NAME.finditer(text), *_PERSON_NOUN_COMMA_NAME.finditer(text)]:
        inside = [p for p in found if p.start < m.end("name") and m.start("name") < p.end]
        if m.re is _PERSON_NOUN_COMMA_NAME and (inside or m["noun"] in _ROLES_BODIES_HOLD):
            continue  # (between commas, only a name the recogniser found nothing of: its pieces there hold titles)
        if _names_people(m["noun"]) and _signer_shaped(m["name"]) \
                and all(m.start("name") <= p.start and p.end <= m.end("name") and len(p.name) < len(m["name"])
                        and p.label == "PERSON" for p in inside):
            found = [p for p in found if p not in inside]
            found.append(_Piece(m.start("name"), m.end("name"), m["name"], "PERSON"))
    return sorted(found, key=lambda p: p.start)


# A lower-case word and a name right after it ("farmer A B"): a person's name after a person noun (_names_people).
_PERSON_NOUN_NAME = re.compile(rf"(?<![\w’'-])(?P<noun>[a-z][a-z-]+){_POST_GLOSS}[^\S\n]+(?P<name>{_NAME_RUN})"
                               r"(?![\w’'-])")


# … and between commas after it ("the campaign coordinator, A B-C, said"): a name in apposition to a person noun.
_PERSON_NOUN_COMMA_NAME = re.compile(rf"(?<![\w’'-])(?P<noun>[a-z][a-z-]+){_POST_GLOSS},[^\S\n]+(?P<name>{_NAME_RUN}),")


# A name and the post its holder has in brackets after it, in lower case or as a title ("A B C (site manager)", "A B
# (Treasurer)"), which the recogniser took for a place or a body.
_NAME_BEFORE_POST = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME_RUN})[^\S\n]+\("
                               rf"(?P<before>(?:[a-z][\w-]*[^\S\n]+){{0,3}})(?P<post>[A-Za-z][a-z-]+)[,;)]")


# A remit's opening word before capitalised words ("… for Coastal Affairs (Ombudsman)"): a body's or a post's words.
_REMIT_BEFORE = re.compile(r"\b(?:of|for|the|and|&)\s+$")


def _people_before_posts(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """The pieces, with each name a post in brackets follows (_NAME_BEFORE_POST) a person's, in place of what the
    recogniser made of it (not a remit's words: "the Commissioner for Coastal Affairs (Ombudsman)")."""
    found = list(pieces)
    for m in _NAME_BEFORE_POST.finditer(text):
        post = m["post"].lower()
        if not (_names_people(post) or post in POST_ENDINGS or post in SIGNATURE_POSTS) \
                or (m["post"][0].isupper() and m["before"]) or not _signer_shaped(m["name"]) \
                or _REMIT_BEFORE.search(text, 0, m.start("name")):
            continue  # (a post in capitals is a title, the bracket's first word: "(Treasurer)")
        inside = [p for p in found if p.start < m.end("name") and m.start("name") < p.end]
        if all(p.label != "PERSON" and m.start("name") <= p.start and p.end <= m.end("name") for p in inside):
            found = [p for p in found if p not in inside] + [
                _Piece(m.start("name"), m.end("name"), m["name"], "PERSON")]
    return sorted(found, key=lambda p: p.start)


# "McKenzie", "MacLeod", "FitzGerald": a surname with a capital inside after its prefix.
_PREFIXED_SURNAME = re.compile(r"(?:Mc|Mac|Fitz)[A-Z][a-z]+")


# An elided article or an apostrophed prefix before a surname's capital ("d’Arcy", "O'Neill", "D'Souza"): the
# surname's shape is the rest's.
_APOSTROPHED_PREFIX = re.compile(rf"^(?:{ELIDED_ARTICLE}|[A-Z][’'](?={CAPITAL}))")


def _signer_shaped(name: str) -> bool:
    """Two to four capitalised words (hyphenated or not) and a surname's particles: a personal name's shape."""
    tokens = [_APOSTROPHED_PREFIX.sub("", t) for t in name.split()
              if t not in SURNAME_PARTICLES and t not in GAELIC_SURNAME_PREFIXES]
    return 2 <= len(tokens) <= 4 and all(re.fullmatch(r"[^\W\d_][^\W\d_’']*(?:-[^\W\d_][^\W\d_’']*)*", t)
                                         and all(p[:1].isupper() and p[1:].islower() or _PREFIXED_SURNAME.fullmatch(p)
                                                 for p in t.split("-"))
                                         for t in tokens) \
        and not any(w in ORGANISATION_WORDS or w in NAME_CUES or w in OF_JOINERS or w in LEGAL_FORMS
                    for w in words(name)) \
        and not any(all(w in TITLE_WORDS for w in parts) for parts in map(words, name.split()) if parts)
    # (a title is a word of its own or a hyphened one all of titles, "Major-General"; "Okanee-Bishop" is a surname)


# …after an honorific ("Dr Lucía Beatriz Orrantia") or as the holder of a role ("Its director general,
# Moussa Traoré-Kéré, told"; "the Undersecretary for Forestry, Tomás de la Fuente Orrego, said").
# Honours and pilgrim titles stand only before a person's name ("Sir", "Dato Sri", "Alhaji"), as "Dr" does.
_PERSON_NOUNS = {w for w, kind in KIND_CUES.items() if kind == PERSON} | {"partner", "specialist", "expert", "consultant",
                                                                          "manager", "engineer", "banker", "investor"}
_NAME_HONOURS = ("Sir", "Dame", "Datuk", "Dato", "Datin", "Tun", "Tunku", "Tengku", "Haji", "Hajah", "Alhaji",
                 "Honourable", "Honorable", "Maître", "Maitre")  # a legislator's; an advocate's in French usage
_HONORIFIC_NAME = re.compile(  # "Dato’ A B", "Her Worship A B"
    rf"(?:\b(?:{'|'.join(sorted(HONORIFICS | set(_NAME_HONOURS)))})[.’']?\s+|{STYLE_OF_ADDRESS})"
    rf"(?P<name>{_NAME_RUN})")
# The indefinite article and the words after it that open a role ("a soldier", "A spokesman for").
_ROLE_ARTICLE = re.compile(r"[Aa]n?\s+(?P<words>(?:[a-z][\w-]*\s+)?[a-z][\w-]*)")
_TITLE_ALTERNATIVES = f"(?i:{'|'.join(sorted(TITLE_WORDS, key=len, reverse=True))})"
_ROLE_HOLDER_NAME = re.compile(
    # ("the party's provincial president in X, A B,"; capitals before a title only: "the agency's Regional Wildlife
    # Officer for X, A B.", not "the Senneterre food bank, X,")
    rf"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)|’s|'s)\s+"
    rf"(?:(?:[a-z]+\s+)??(?:{ROLE}|{_TITLE_ALTERNATIVES}\b[^,;:“”\"]{{0,60}}?)"
    rf"|(?:[A-Z][a-z]+\s+){{1,2}}{_TITLE_ALTERNATIVES}\b[^,;:“”\"]{{0,60}}?)"
    rf",\s+(?P<name>{_NAME_RUN})(?=,|\.?$|\.\s|\s+(?:{SPEAKER_VERBS})\b)")

# …or before an age ("installed Kofi Mensah Boadu, a 51-year-old trader, as chief", "A B, aged 62,"), a personal name's
# shape (_signer_shaped): an age is said of a person.
_AGED_NAME = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME_RUN}),\s+(?:(?:a|an)\s+\d{{1,3}}-year-old|aged\s+\d{{1,3}}\b"
                        r"|\d{1,3},\s+(?:of|from|a|an|the|who|had|has|was|is)\b)")  # ("A B C, 41, of X, had come …")

# …or after a person's job at a body ("A partner at Ashdown Lane, Tunde Olaleye, said").
_JOB_AT_NAME = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{'|'.join(sorted(_PERSON_NOUNS))})\s+(?:at|of|with|from)\s+"
    rf"(?:the\s+)?(?:[A-Z][\w’'&-]*\s+(?:(?:of|for|and|&)\s+)?){{0,4}}[A-Z][\w’'&-]*,\s+(?P<name>{_NAME_RUN})"
    rf"(?=,|\s+(?:{SPEAKER_VERBS})\b)")

# The titles as written before a name, capitalised ("Minister", "Adv"), longest first: a regex alternation.
_CAPITALISED_TITLES = "|".join(sorted((w.capitalize() for w in TITLE_WORDS), key=len, reverse=True))
# …and after a title with its portfolio, before "said", another verb in the past, an auxiliary or a comma ("Minister
# of Ports and Inland Waters Tomas Ekwueme said", "Commissioner of Police A van der B, …", "Minister of Fisheries A
# B C had said"): the recogniser often reads the whole run as a body, or nothing at all.
# Which of the run's capitalised words are the name is _portfolio_holder's choice.
_PORTFOLIO_NAME = re.compile(
    rf"(?P<title>\b(?:(?:{_CAPITALISED_TITLES})\s+)+"
    rf"(?:of|for)\s+(?:the\s+)?)"
    rf"(?P<run>[A-Z][\w’'-]*(?:,?[^\S\n]+(?:(?:and|of|for|&|{'|'.join(sorted(SURNAME_PARTICLES))})[^\S\n]+)*"
    rf"[A-Z][\w’'-]*)+)"
    rf"(?=\s+(?:{SPEAKER_VERBS}|had|has|have|was|is|will|would|[a-z]+ed)\b|[,:]|[^\S\n]*$)", re.MULTILINE)
# The most capitalised words of a name after a portfolio (two given names and two surnames, "A B C D"): two at least, as
# before, and more only where _portfolio_holder finds the post ending before them.
_PORTFOLIO_HOLDER_MOST_WORDS = 4

# …or after a rank or a title no body's name opens with ("Corporal Musa Kanneh was convicted", "Counsellor A
# B"), when the recogniser found nothing there: the titles are cut off (see _leading_titles), the rest is a person's.
_RANKED_NAME = re.compile(
    rf"(?<![\w’'-])(?:(?:{'|'.join(sorted((w.capitalize() for w in TITLE_LEADERS), key=len, reverse=True))})\s+)?"
    rf"{_SPOKEN_TITLE}\s+(?:[A-Z][\w’'-]+\s+){{1,3}}[A-Z][\w’'-]+")

# Post-nominal letters in capitals after a name ("MP", "QC", "OBE"; "PhD").
_POST_NOMINAL_END = re.compile(rf"\s+(?:{POST_NOMINAL_LETTERS}|PhD)$")

# A first name and the surname the recogniser took alone (for a body) before a verb of speech:
# "Ana Rivo-Sande said" when only "Rivo-Sande" was found.
_SPEAKER = re.compile(rf"(?<![\w’'-])(?P<first>[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)\s+(?P<rest>[A-Z][\w’'-]+)"
                      rf"(?=\s+(?:{SPEAKER_VERBS})\b)")


_BEFORE_CONJUNCTION = re.compile(r"(?:\s+(?:and|&)|,(?:\s+and)?)\s+$")


_NAME_RUN_WHOLE = re.compile(_NAME_RUN)


def _portfolio_holder(text: str, m: re.Match[str], common: frozenset[str]) -> tuple[int, int] | None:
    """Where the name starts and ends in a title's portfolio run (_PORTFOLIO_NAME): its last two capitalised words
    (the particles between them too, "A van der B"), and one or two words before them also when they are no common
    words of the report's and the portfolio's last word is one ("Fisheries A B C", where the report writes "fisheries"
    in lower case): a word the report only ever capitalises is read as a name, a portfolio's as English."""
    capitals = list(re.finditer(r"[A-Z][\w’'-]*", m["run"]))
    first = len(capitals) - 2
    if first < 1 or not re.fullmatch(r"\s+", m["run"][capitals[first - 1].end():capitals[first].start()]):
        return None  # no post before the two words, or they end a list of portfolios ("Trade, Industry and Coastal
        # Affairs")
    longer = first
    while len(capitals) - longer < _PORTFOLIO_HOLDER_MOST_WORDS and longer >= 2:
        word = capitals[longer - 1]
        if not re.fullmatch(r"\s+", m["run"][capitals[longer - 2].end():word.start()]) \
                or _commonly_written(word[0], common):
            break  # ("and Rural Affairs A B": the portfolio's last word after "and" or a comma is no name)
        longer -= 1
        if _commonly_written(capitals[longer - 1][0], common):
            first = longer  # the post ends right before: "Health A B C D"
            break
    start = m.start("run") + capitals[first].start()
    name = text[start:m.end("run")]
    if not _NAME_RUN_WHOLE.fullmatch(name) or not _signer_shaped(name):
        return None  # ("A B of Tarsia", "Harbour Division Command": a body's or a place's words)
    return start, m.end("run")



# A word of a decision written in capitals ("DENIED", "GRANTED", "DISMISSED"): a past participle, this long at least
# (not an acronym that ends in "ED").
_DECISION_WORD = re.compile(r"[A-Z]{3,}ED")


def _decision_in_capitals(name: str, common: frozenset[str]) -> bool:
    """Whether a name is a ruling's decision written in capitals ("DENIED", "PARTIALLY GRANTED"): words all in
    capitals, one of them a past participle the report writes in lower case too."""
    capitals = name.split()
    return all(w.isupper() for w in capitals) \
        and any(_DECISION_WORD.fullmatch(w) and w.lower() in common for w in capitals)


def _commonly_written(word: str, common: frozenset[str]) -> bool:
    """Whether a capitalised word is a common word: the report writes it in lower case, a body's or a post's word,
    or an English noun by its ending ("Sanitation", "Development")."""
    folded = word.lower()
    return folded in common or folded.removesuffix("s") in common or _body_word(folded) or folded in TITLE_WORDS \
        or folded in KIND_CUES or folded.endswith(COMMON_NOUN_ENDINGS) or bool(state_of(word))


def _people_named(text: str, common: frozenset[str], pieces: list[_Piece]) -> list[_Piece]:
    """Names the text marks as people's (see _HONORIFIC_NAME), in place of what the recogniser made
    of them ("Mac Giolla" for "Eoin Mac Giolla", "Moussa Traoré-Kéré" as a facility). (`common`: the report's words
    in lower case, for _portfolio_holder.)"""
    found = list(pieces)
    for pattern in (_HONORIFIC_NAME, _ROLE_HOLDER_NAME, _PORTFOLIO_NAME, _JOB_AT_NAME, _AGED_NAME):
        for m in pattern.finditer(text):
            if pattern is _AGED_NAME and (not _signer_shaped(m["name"]) or set(words(m["name"])) & OPENERS):
                continue  # ("On Thursday, a 67-year-old man died": a time, not a name)
            holder = _portfolio_holder(text, m, common) if pattern is _PORTFOLIO_NAME else m.span("name")
            if holder is None:
                continue
            if pattern is _PORTFOLIO_NAME and any(
                    p.label == "PERSON" and (re.fullmatch(r",\s+", text[p.end:m.start()])
                                             or re.fullmatch(r",\s+(?:[A-Z][\w’'.-]*\s+){0,2}", text[m.end():p.start]))
                    for p in found):
                continue  # "A B, Minister for the Andes and Southern Cone, …", "the Minister for Coastal Works, Hon. A
                # B,": the post of a person named beside it (a title or a given name between), no name in it
            start, end = holder
            end = start + len(_POST_NOMINAL_END.sub("", text[start:end]))  # "Mr A B MP": no part of the name
            titles = []
            while len(text[start:end].split()) > 1 and \
                    ((first := text[start:end].split()[0]).rstrip(".").lower() in TITLE_WORDS | _HONORIFIC_WORDS
                     or (titles or pattern is _HONORIFIC_NAME) and first.lower() in TITLE_FOLLOWERS
                     or _leads_a_title(text[start:end].split()) or _rank_phrase_opening(text[start:end].split())):
                titles.append(first)  # "the health minister, Dr Helen Marsh,": Dr is no part of the name
                start += len(first) + len(text[start + len(first):end]) - len(text[start + len(first):end].lstrip())
            if pattern is _ROLE_HOLDER_NAME and not _signer_shaped(text[start:end]) and (
                    m.group()[0] in "Aa" or text.startswith(".", m.end())):
                continue  # ("a guard, Private A B,", "…’s deputy, Acting Director Prof. Dr A B": a personal name's
                # shape after a role one of many hold, or before a stop that may be an abbreviation's)
            if pattern is _ROLE_HOLDER_NAME and (article := _ROLE_ARTICLE.match(m.group())) \
                    and not any(_names_people(w) for w in article.group("words").split()):
                continue  # ("a consulting firm, A B,", "a supplier, A B C,": one of many bodies)
            inside = [p for p in found if p.start < end and start < p.end]
            for p in inside:  # "X University’s Department of Y and Dr Z": the recogniser ran two names into one
                if p.start < m.start() and p.end <= end and (conj := _BEFORE_CONJUNCTION.search(text, p.start, m.start())):
                    found[found.index(p)] = _Piece(p.start, conj.start(), text[p.start:conj.start()], p.label, p.title)
            inside = [p for p in found if p.start < end and start < p.end]
            if any((p.start < start and not (pattern is _PORTFOLIO_NAME and p.start >= m.start()
                                              and p.label != "PERSON")) or p.end > end for p in inside):
                continue  # a name that runs on past the marked one: the recogniser's is longer (not one that opens
                # in the post before it: "Labour A B" of "Minister of Labour A B said")
            title = next((p.title for p in inside if p.title), None) or " ".join(
                t for t in titles if t.rstrip(".") not in HONORIFICS) or None
            if pattern is _PORTFOLIO_NAME:
                title = text[m.start():start].strip()  # "Minister of Ports and Inland Waters"
            found = [p for p in found if p not in inside] + [_Piece(start, end, text[start:end], "PERSON", title)]
    for m in _RANKED_NAME.finditer(text):
        titles = _leading_titles(m.group().split())
        ranked = _POST_NOMINAL_END.sub("", m.group())  # "Hon A B MP": the member's letters are no part of the name
        name = " ".join(ranked.split()[titles:])
        end = m.start() + len(ranked)
        if not titles or len(name.split()) < 2 or not _signer_shaped(name) \
                or any(p.start < m.end() and m.start() < p.end for p in found):
            continue
        found.append(_Piece(end - len(name), end, name, "PERSON", " ".join(m.group().split()[:titles])))
    for m in _SPEAKER.finditer(text):
        first = m["first"].lower()
        inside = [p for p in found if p.start < m.end() and m.start() < p.end]
        if len(inside) == 1 and inside[0].start == m.start("rest") and inside[0].end == m.end("rest") \
                and inside[0].label == "ORG" and first not in OPENERS and first not in TITLE_WORDS \
                and first not in KIND_CUES and not state_of(m["first"]) and m["rest"].lower() not in ORGANISATION_WORDS:
            found = [p for p in found if p is not inside[0]] + [_Piece(m.start(), m.end(), m.group(), "PERSON")]
    return sorted(found, key=lambda p: p.start)


# "the court’s Constitutional Chamber", "the ministry’s Fisheries Department": a body inside a body
# the text names by a lower-case noun (the recogniser often misses it).
_OWNED_BODY_HEADS = ("chamber", "division", "tribunal", "court", "department", "ministry", "committee", "commission",
                     "agency", "bureau", "directorate", "inspectorate")
_STATE_BODY_HEADS = ("office", "service", "authority", "police", "council", "board", "institute", "bank")
_OWNED_BODY = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+[a-z]+(?:’s|'s|’)\s+((?:[A-Z][\w-]+\s+){{1,3}}?"
                         rf"(?:{'|'.join(h.capitalize() for h in _OWNED_BODY_HEADS)}))\b(?!\s+(?:of|for|on)\b)")


# "Taiwan’s Fisheries Agency said", "Ruritania’s National Statistics Office": a state's named body the recogniser
# missed (it found the state alone); the body acts, the state is its home.
_STATE_OWNED_BODY = re.compile(rf"(?<![\w’'-])(?:{'|'.join(sorted(map(re.escape, STATES), key=len, reverse=True))})"
                               rf"(?:’s|'s|’)\s+((?:[A-Z][\w-]+\s+){{0,3}}"
                               rf"(?:{'|'.join(h.capitalize() for h in _OWNED_BODY_HEADS + _STATE_BODY_HEADS)}))\b"
                               rf"(?!\s+(?:of|for|on)\b|[’'-])")


def _overlaps_joined(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """Two pieces rules left overlapping ("District Court" + "Court of Rotterdam") are one name over both."""
    found: list[_Piece] = []
    for p in sorted(pieces, key=lambda p: (p.start, -p.end)):
        if found and p.start < found[-1].end:
            last = found[-1]
            if _committee_of_house(text[last.start:last.end], text[p.start:p.end]):
                continue  # "Public Expenditure Committee" + "Committee of the National Assembly": the committee
            if p.end > last.end:
                label = "ORG" if "ORG" in (last.label, p.label) else \
                    last.label if last.end - last.start >= p.end - p.start else p.label
                found[-1] = _Piece(last.start, p.end, text[last.start:p.end], label, last.title)
            continue
        found.append(p)
    return found


# "the Secretary of State for Trade, Industry and Coastal Affairs", "a Minister of State for Home Affairs": a post,
# whose "State for …" the recogniser reads as a body.
_OF_STATE_POST = re.compile(r"\b(?:Secretary|Minister|Ministers|Secretaries)\s+of\s+$")


def _post_opening(piece: _Piece, before: str, after: str) -> bool:
    """"National" of "The National Commander thanked …": the first word of a post, which the recogniser took for a
    body's name; and "State for Home Affairs" of "Minister of State for Home Affairs"."""
    if piece.name.split()[0] == "State" and _OF_STATE_POST.search(before):
        return True
    following = re.match(r"\s+([A-Z][a-z]+)\b", after)
    return piece.name.lower() in SELF_RULE_WORDS and bool(following) and following[1].lower() in TITLE_WORDS


def _posts_before_holders(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """"National Superintendent of Police" + "Sipho Mavuso": a post written before its holder's name is the
    holder's title, not a body (the recogniser reads it as one and the holder's title is its last words)."""
    found: list[_Piece] = []
    for p in pieces:
        last = found[-1] if found else None
        if last and last.label == "ORG" and p.label == "PERSON" and p.title and text[last.end:p.start] == " " \
                and last.name.endswith(p.title) and words(_before_of_text(last.name))[-1:] and words(_before_of_text(last.name))[-1] in TITLE_WORDS:
            found[-1] = _Piece(p.start, p.end, p.name, p.label, last.name)
            continue
        found.append(p)
    return found


# "Secretary General of the X Secretariat", "Heads of the X Commission": a post, or the people holding it, of a body
# the recogniser read as the body's name; the body is the name after "of".
_POST_OF = re.compile(r"^(?P<post>(?:[A-Z][a-z]+[\s-]){1,3})of\s+(?:the\s+)?(?=[A-Z][\w’'-]*\s+[A-Z])")


def _posts_of_bodies(pieces: list[_Piece]) -> list[_Piece]:
    found = []
    for p in pieces:
        m = _POST_OF.match(p.name) if p.label == "ORG" else None
        if m and all(_title_or_titles(w.lower()) or KIND_CUES.get(w.lower().removesuffix("s")) == PERSON
                     for w in re.split(r"[\s-]+", m["post"].strip())):
            p = _Piece(p.start + m.end(), p.end, p.name[m.end():], p.label)
        found.append(p)
    return found


# How many lower-case words a name may hold beyond its acronym's letters ("pour la", "en", "against"): the
# joiners of Romance and English bodies' names, so a long form is looked for within its acronym's length plus these.
_SPELT_JOINERS_MAX = 4
# The most letters an acronym takes from its long form's first word ("FUN" of "Fundación" in "FUNDAC").
_OPENING_SYLLABLE_MAX = 4


def _spells_loosely(name_words: list[str], acronym: str) -> bool:
    """Whether a name's words spell an acronym as Schwartz and Hearst's rule for abbreviation definitions reads
    it, by word initials: every capitalised word gives its first letter, a lower-case word its first letter or none
    ("mission" gives "m", "pour" none)."""
    if not name_words:
        return not acronym
    word, rest = name_words[0], name_words[1:]
    if "-" in word.strip("-") and _spells_loosely([part for part in word.split("-") if part] + rest, acronym):
        return True  # a hyphened word's parts may each give a letter: "Monts-Verts-de-l'Estrie" gives "mve"
    initial = _spelling_letters(word) or fold(word)[:1]
    uses_it = bool(acronym) and acronym[0] == initial and _spells_loosely(rest, acronym[1:])
    return uses_it or (not word[:1].isupper() and _spells_loosely(rest, acronym))


# The fewest letters a clipped name takes from the long name's first word ("Mar" of "Maritime" in "Marfed"): one
# letter a word is an acronym's spelling (_spells_loosely), not a clipping.
_CLIPPING_MIN = 2


def _clipped_from(short: str, name: str) -> bool:
    """Whether a one-word name in title case is the first letters of another's words run together, in order, from
    its first word and at least one more ("Marfed" of "Maritime Federation of Vardania", "Ofbreg" of "Office of
    Broadcast Regulation"): a body's clipped short name. Later words may give no letters ("of", "Recovery" in
    "Agrifund" of "Agricultural Recovery Fund")."""
    if not re.fullmatch(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?", short) or " " not in name:
        return False
    letters, tokens = fold(short).lower(), [fold(w).lower() for w in re.findall(r"[^\W\d_]+", name)]

    def spelt(at: int, word: int) -> bool:  # letters[at:] from the words from `word` on, each a prefix or none
        if at == len(letters):
            return True
        return any(letters[at:at + n] == tokens[w][:n] and spelt(at + n, w + 1)
                   for w in range(word, len(tokens)) for n in range(1, len(tokens[w]) + 1))

    first = tokens[0]
    return any(len(letters) > n and letters[:n] == first[:n] and spelt(n, 1)
               for n in range(_CLIPPING_MIN, len(first) + 1))


def _spelling_start(words_before: list[str], acronym: str) -> int | None:
    """Which of the words before an acronym its long form starts at: the nearest capitalised word from which
    the words spell it loosely (the shortest long form)."""
    lowest = max(0, len(words_before) - len(acronym) - _SPELT_JOINERS_MAX)
    for at in range(len(words_before) - 2, lowest - 1, -1):
        first = fold(words_before[at])
        if words_before[at][:1].isupper() and first not in OPENERS | {"the"} \
                and (_spells_loosely(words_before[at:], acronym)
                     # a syllable of the first word, as Spanish and Portuguese acronyms take it ("Fundación para el
                     # Agua Andina (FUNAA)")
                     or any(first[:n] == acronym[:n] and _spells_loosely(words_before[at + 1:], acronym[n:])
                            for n in range(2, _OPENING_SYLLABLE_MAX + 1))):
            return at
    return None


# Words that make a bracketed name a party's ("Bloc", "Party", "List"; with _BODY_HEADS, a body's: "Alliance", "Union").
_PARTY_NAME_WORDS = frozenset({w for w, kind in KIND_CUES.items() if kind == PARTY}) | {"list"}
# A short name after a name in brackets, maybe before more ("(Bosnian Civic Bloc, BCB)", "(Green River Council,
# GRC, formerly …)"): it spells the name in the bracket, or the one before it in another language.
_SHORT_AFTER_NAME_IN_BRACKETS = re.compile(r"\((?P<name>[^()]{3,80}?),\s*(?P<short>[A-Z][A-Za-z.&]{1,9})\s*[,)]")


def _party_after_member(text: str, low: int, high: int, pieces: list[_Piece]) -> bool:
    """Whether text[low:high], in a bracket before a short name, is the name of whom the person right before the
    bracket sits or speaks for: capitalised words (joiners between them), two or more, one a party's or a body's
    word, after a person's name (not the seat a member holds, "(Kisumu West, ODM)", before the party's short name)."""
    name = text[low:high].strip()
    return bool(re.fullmatch(rf"{_NAME_WORD}(?:\s+(?:{_NAME_JOIN}\s+)*{_NAME_WORD})+", name)) \
        and bool(set(words(name)) & (_PARTY_NAME_WORDS | _BODY_HEADS)) \
        and _after_member(text, low, pieces)  # not a seat: "(Kisumu West, ODM)"


def _after_member(text: str, bracket_inside: int, pieces: list[_Piece]) -> bool:
    """Whether the bracket whose inside starts at `bracket_inside` comes right after a person's name."""
    return any(p.label == "PERSON" and re.fullmatch(r"\s*\(\s*", text[p.end:bracket_inside]) for p in pieces)


def _defined_by_acronym(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """A body's name that the text defines by its acronym in brackets, whole, where the recogniser found none of it,
    a part ("Koma" of "Alliance Unie pour la Justice en Koma (AUJK)", its first words as a person's) or a post's
    body ("Public Prosecutions" of "the Director of Public Prosecutions (DPP)"); also the name in the bracket
    before the acronym ("Ana Ruiz (Bosnian Civic Bloc, BCB)", the party she sits for), or the one before the bracket
    that the acronym after its translation spells ("Consejo Comunitario del Río Verde (Green River Community
    Council, CCRV)"). Not where its name runs on before the long form ("Lopez Foundation" of "Ana Lopez Foundation
    (LF)") or is the long form (a person's, "(AMLO)")."""
    defined = [(m.group(1), [(0, m.start())], None) for m in _BRACKETED_SHORT.finditer(text)]  # "… mission (RFS)"
    defined += [(m["short"], [(m.start() + 1, m.end("name")), (0, m.start())], (m.start() + 1, m.end("name")))
                for m in _SHORT_AFTER_NAME_IN_BRACKETS.finditer(text)]
    found = list(pieces)
    for short, places, bracketed in defined:
        acronym = _acronym_key(short)
        if not acronym or acronym in COMMON_ACRONYMS:
            continue
        if bracketed and _after_member(text, bracketed[0], found) \
                and not _party_after_member(text, bracketed[0], bracketed[1], found):
            # "Hon. A B (Kisumu West, ODM)": the member's seat, a place, then the party they sit for
            at_short = text.index(short, bracketed[1])
            found = [p for p in found if not (bracketed[0] <= p.start and p.end <= bracketed[1]) and p.name != short]
            found = sorted(found + [_Piece(at_short, at_short + len(short), short, "ORG")], key=lambda p: p.start)
            continue
        for low, high in places:
            spans = [w for w in _NAME_WORDS_SPELT.finditer(text, low, high)][-(len(acronym) + _SPELT_JOINERS_MAX):]
            if spans and not text[spans[-1].end():high].strip() \
                    and (at := _spelling_start([w.group() for w in spans], acronym)) is not None:
                break  # (the acronym must follow the long form's last word)
            if bracketed and (low, high) == bracketed and _party_after_member(text, low, high, found):
                spans, at = list(_NAME_WORDS_SPELT.finditer(text, low, high)), 0
                break  # "Ana Ruiz (Croatian People's Bloc, HNB)": the party she sits for, its short name in Croatian
        else:
            continue
        start, end = spans[at].start(), spans[-1].end()
        overlapping = [p for p in found if p.start < end and start < p.end]
        named_alone = any(p.name == short for p in found) or set(words(text[start:end])) & _BODY_HEADS \
            or (bracketed and any(bracketed[0] <= p.start and p.end <= bracketed[1] for p in found))  # its translation
        if any(p.start < start for p in overlapping) \
                or any((p.start, p.end) == (start, end) for p in overlapping) or not (overlapping or named_alone):
            continue
        found = [p for p in found if p not in overlapping] + [_Piece(start, end, text[start:end], "ORG")]
    return sorted(found, key=lambda p: p.start)


def _committee_of_house(first: str, second: str) -> bool:
    """"Public Expenditure Committee" + "Committee of the National Assembly": a named committee and the house it sits in."""
    head, rest = first.split()[-1].lower(), second.split()
    return len(first.split()) >= 2 and head in COMMITTEE_WORDS and rest[0].lower() == head \
        and [w.lower() for w in rest[1:3]] == ["of", "the"] and rest[-1].lower() in LEGISLATURE_WORDS


def _numbered_locals(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """"the Transit Workers Union Local 1300": a union's local is named by its number, which the recogniser leaves out."""
    found = []
    for p in pieces:
        if p.label == "ORG" and p.name.split()[-1] == "Local" and (m := re.match(r"\s+\d{1,5}\b", text[p.end:])):
            p = _Piece(p.start, p.end + m.end(), text[p.start:p.end + m.end()], p.label, p.title)
        found.append(p)
    return found


def _owned_bodies(text: str, pieces: list[_Piece]) -> list[_Piece]:
    return _with_missed(text, _with_missed(text, pieces, _OWNED_BODY, "ORG"), _STATE_OWNED_BODY, "ORG")


# A bracketed acronym after a body's name written as French and Spanish write them, the first word capitalised and
# the rest not, maybe with commas ("the Commission des normes, de l'équité et du travail (CNET)"): the words back to a
# capitalised one whose initials spell the acronym (joiners, articles and an elided "l'" aside) are its name.
_LOWER_CASE_SPELT = re.compile(r"\(([A-Z]{3,8})\)")
_SPELT_WORDS = 16  # words looked back over, at most: a long French body's name


_NAME_WORDS_SPELT = re.compile(r"[^\W\d_][\w’'-]*")


def _spelling_letters(word: str) -> str:
    """The letter a word gives its name's acronym ("" for a joiner): "équité" and "l'équité" give "e"."""
    key = re.sub(r"^[dl][’']", "", fold(word))
    return "" if key in ACRONYM_SKIPPED else key[:1]


def _spelt_in_lower_case(text: str, pieces: list[_Piece]) -> list[_Piece]:
    found = list(pieces)
    for m in _LOWER_CASE_SPELT.finditer(text):
        acronym = m.group(1).lower()
        spans = list(_NAME_WORDS_SPELT.finditer(text[:m.start()]))[-_SPELT_WORDS:]
        if not spans or text[spans[-1].end():m.start()].strip():
            continue  # the acronym must follow the name's last word
        letters = ""
        for word in reversed(spans):
            letters = _spelling_letters(word.group()) + letters
            if len(letters) > len(acronym) or not acronym.endswith(letters):
                break
            if letters == acronym and word.group()[0].isupper():
                start, end = word.start(), spans[-1].end()
                inside = [p for p in found if p.start < end and start < p.end]
                lower = any(w.group()[0].islower() and fold(w.group()) not in ACRONYM_SKIPPED
                            for w in spans if start <= w.start())
                if lower and not any(p.start < start or p.end > end for p in inside):
                    found = [p for p in found if p not in inside] + [_Piece(start, end, text[start:end], "ORG")]
                break
    return sorted(found, key=lambda p: p.start)


# "one of the deminers, known by his call sign “Lys”, …", "a man known only as “El Gato”", "a critic who
# posts under the name “X”": a person the text names only by a nom de guerre or a pseudonym.
_ONLY_NICKNAMED = re.compile(r"(?:\b(?:his|her)\s+(?:call\s*sign|nom de guerre|code\s*name|war name)"
                             r"|\b(?:a|an)\s+(?:man|woman|person|figure)\s+(?:known|referred to)\s+(?:only\s+)?as"
                             # ("a critic who posts under the name “X”": a pseudonym, the person's only name)
                             r"|\bwho\s+(?:writes|posts|blogs|publishes|goes)\s+(?:online\s+)?(?:under|by)\s+the\s+"
                             r"(?:name|pseudonym|handle))\s+[“\"]"
                             rf"((?:(?:El|La|Le|Al)\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})[”\"]")
# "an armed group, the Frente X del Y", "a militia known as Z": the name after an armed group's noun in apposition,
# which the recogniser may miss (another language's words).
_ARMED_APPOSED = re.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:armed\s+group|militia|gang|cartel|rebel\s+group|"
                            r"insurgent\s+group|criminal\s+group|paramilitary\s+group)"
                            r"(?:,\s+(?:the\s+)?|\s+(?:calling\s+itself|known\s+as|called|named)\s+(?:the\s+)?)"
                            rf"({_NAME_WORD}(?:\s+(?:{_NAME_JOIN}\s+)*{_NAME_WORD}){{0,5}})(?=\s*[,.;:)]|\s*$)")
# One word of a personal name as written: capitalised, maybe hyphened ("Ruiz-Peña").
_PERSONAL_NAME_WORD = rf"{CAPITAL}[^\W\d_A-Z]+(?:-{CAPITAL}[^\W\d_A-Z]+)?"
# A post's or a title's word: no name ends in one ("A B (Treasurer)", "Chair").
_POSTS_AND_TITLES = SIGNATURE_POSTS | TITLE_WORDS
# "For the Board: Ana Ruiz-Peña, Chairman.": a line that signs with a name and the post after it (the post may be a
# title, which the recogniser does not take for a person's), or a text's last two lines, the name over the post
# ("A B" + "Auditor-General").
# ("Adv. A B" + "Chief Executive": a title before the name, as written, no part of it)
_SIGNED_WITH_POST = re.compile(rf"(?:^|:\s+)(?:(?:{_CAPITALISED_TITLES})\.?\s+)?"
                               rf"({_PERSONAL_NAME_WORD}(?:\s+{_PERSONAL_NAME_WORD}){{1,3}})"
                               rf"(?:,\s+(?:[A-Z][a-z]+\s+){{0,3}}"
                               rf"(?:{'|'.join(sorted(w.capitalize() for w in POST_ENDINGS))})"
                               rf"|[^\S\n]*\n\s*{_POST_OPENING})\.?\s*$")
# "Juha-Matti Lehtola, General Manager of the plant, has been appointed …": a sentence opening with a personal name
# and the post its holder has, a person though the recogniser missed the name.
_OPENING_NAME_POSTED = re.compile(rf"^({_PERSONAL_NAME_WORD}(?:\s+{_PERSONAL_NAME_WORD}){{1,3}})"
                                  rf"(?=,\s+{_POST_OPENING}\b)")
# "Ana Ruiz, who chairs the tenants' committee, said …": a sentence opening with two or three capitalised words and
# ", who": a person, though the recogniser missed the name; "Ruiz, whom …": one word is enough before "whom", which
# only a person is.
_OPENING_TITLES = "|".join(sorted(TITLE_WORDS | {h.lower() for h in HONORIFICS}))
_OPENING_WHO = re.compile(rf"^(?!(?i:{_OPENING_TITLES})\b)"  # (not "Dr Ruiz, who …": a titled person, found so)
                          rf"({_PERSONAL_NAME_WORD}(?:\s+{_PERSONAL_NAME_WORD}){{1,2}}(?=,\s+who\s+[a-z])"
                          rf"|{_PERSONAL_NAME_WORD}(?=,\s+whom\s+[a-z]))")
# "Sister Tovo, who is known …", "Cllr Pryce said": a title and a surname alone the recogniser missed, a person.
_TITLED_SURNAME = re.compile(rf"(?:^|(?<=[\s(“]))(?:{_SPOKEN_TITLE}|Sister\.?)\s+"  # (not "General Motors",
                             # "Supreme Court": titles that open names are no spoken titles)
                             rf"({_PERSONAL_NAME_WORD})(?=,\s|\s+(?:{SPEAKER_VERBS})\b)")
# "Park Warden Ana D'Souza and …": a spoken title and a whole name after it, which the recogniser may read as the
# title alone ("Park Warden", a person) and leave the name out.
_TITLED_NAME = re.compile(rf"(?:^|(?<=[\s(“]))(?P<title>{_SPOKEN_TITLE})\s+(?P<name>{_LABELLED_NAME})(?![\w’'-])")
# "doña Eulalia Quispe Mamani", "don Tomás Choque", "Don Octavio de Jesús Zuluaga Mejía": the Spanish and Portuguese
# honorifics, in lower case or capitalised inside a sentence, before a person's given name and surnames (which the
# recogniser may miss whole, or keep only the surnames of).
_HONORIFIC_NAMED = re.compile(
    rf"(?<![\w’'-])(?<!^)(?:[Dd]on|[Dd]oña|[Dd]ona)\s+({_PERSONAL_NAME_WORD}(?:\s+(?:(?:"
    + "|".join(sorted(SURNAME_PARTICLES | {SECOND_SURNAME_JOINER})) + rf")\s+){{0,2}}{_PERSONAL_NAME_WORD}){{1,3}})")
# A space inside one line: a name's words are on one line (a signature's name is not its post's).
_SPACE = r"[^\S\n]"
# 'Hon. Rolando “Boy” Pedrosa', 'Marlon “Scientist” Phillip, 31,': a name with a nickname quoted inside it, after a
# title or before an age, which the recogniser may miss whole or keep a fragment of ("Khan" read as a place).
# 'Dr Pieter "Doc Piet" van der Merwe' (a surname's particles), 'Kendrick "Bonefish" Albury' on a signature's line
# above the post.
_INNER_NICKNAMED = re.compile(rf"(?:^|(?<=[\s(“:;]))(?:(?P<title>{_SPOKEN_TITLE})\s+)?"
                              rf"(?P<name>{_PERSONAL_WORD}(?:{_SPACE}{_PERSONAL_WORD})?"
                              rf"{_SPACE}[“\"][^“”\"]{{2,30}}[”\"]"
                              rf"{_SPACE}(?:(?:{'|'.join(sorted(SURNAME_PARTICLES))}){_SPACE}){{0,2}}{_PERSONAL_WORD}"
                              rf"(?:{_SPACE}{_PERSONAL_WORD})?)(?=[,;.)]|\s+[a-z]|{_SPACE}*\n|$)")
_AGE_AFTER = re.compile(r"^,\s+\d{1,3},")


def _hyphen_surnamed(pieces: list[_Piece]) -> list[_Piece]:
    """The pieces, with a personal name whose surname is a hyphenated double one ("Lindiwe Mahlangu-Dube", "Urška
    Vidmar-Hrovat") a person's where the recogniser read it as a facility's (a building's, a road's) or a body's, as it
    often does such names: no word of a place or a body in it."""
    return [_Piece(p.start, p.end, p.name, "PERSON", p.title)
            if p.label in ("FAC", "ORG") and len(p.name.split()) >= 2 and "-" in p.name.split()[-1]
            and _signer_shaped(p.name) and not any(w in PLACE_WORDS or w in PLACE_NAME_ENDINGS for w in words(p.name))
            else p for p in pieces]


def _inner_nicknamed(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """The pieces, with each name that has a nickname quoted inside it (_INNER_NICKNAMED) one person's piece in place
    of the fragments the recogniser found in it: after a title, before an age, or with a personal name's shape around
    the nickname ('Alasdair "Ally" Gemmell', 'Walter "el Flaco" Rodríguez')."""
    found = list(pieces)
    for m in _INNER_NICKNAMED.finditer(text):
        if not m["title"] and not _AGE_AFTER.match(text[m.end("name"):]) \
                and not _signer_shaped(_INNER_NICKNAME.sub(" ", m["name"])):
            continue
        start, end = m.span("name")
        if any(p.start < end and start < p.end and (p.start < start or p.end > end) for p in found):
            continue  # (inside a longer name the recogniser found)
        found = [p for p in found if not (start <= p.start and p.end <= end)]
        found.append(_Piece(start, end, m["name"], "PERSON"))
    return sorted(found, key=lambda p: p.start)


# "women who call themselves the Mothers of Y", "a network that calls itself Z": the name a group gives itself.
_SELF_NAMED = re.compile(rf"\b(?:call|calls|called|calling)\s+(?:themselves|itself)\s+(?:the\s+)?[“\"]?"
                         rf"({_NAME_WORD}(?:\s+(?:{_NAME_JOIN}\s+)*{_NAME_WORD}){{0,5}})")


def _named_head(text: str, pieces: list[_Piece], n: int) -> str:
    """The name another name given after piece n belongs to: the piece, or the body a place after "in"/"of"/"for"
    ends ("the United Nations Interim Force in Lebanon, known as UNIFIL"), or the body before a comma and its state's
    name whose words the other name takes ("the Pharmacy Council, Ghana (the Council)")."""
    piece = pieces[n]
    if piece.label == "GPE" and n and text[pieces[n - 1].end:piece.start].strip() in ("in", "of", "for"):
        return pieces[n - 1].name
    if (piece.label == "GPE" or state_of(piece.name)) and n and pieces[n - 1].label == "ORG" \
            and text[pieces[n - 1].end:piece.start] == ", " \
            and n + 1 < len(pieces) and set(words(pieces[n + 1].name)) <= set(words(pieces[n - 1].name)):
        return pieces[n - 1].name  # "the Pharmacy Council, Ghana (the Council)": the body its state's name closes
    return piece.name


def _only_nicknamed(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """A person the text names only by a nom de guerre (_ONLY_NICKNAMED), in place of what the recogniser made of the
    name (often a place: "El Gato")."""
    for m in _ONLY_NICKNAMED.finditer(text):
        pieces = _in_place_of(pieces, _Piece(m.start(1), m.end(1), m[1], "PERSON"))
    return pieces


def _in_place_of(pieces: list[_Piece], new: _Piece) -> list[_Piece]:
    """The pieces with `new` in place of those it overlaps, in text order."""
    return sorted([p for p in pieces if not (p.start < new.end and new.start < p.end)] + [new], key=lambda p: p.start)


def _nicknamed_opening(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """The person a sentence opens with when a nickname follows the name (_NICKNAMED_OPENING) and the recogniser
    missed it or took it for something else's name (not a sentence opener, nor a state)."""
    m = _NICKNAMED_OPENING.match(text)
    if not m or m[1].split()[0].lower() in OPENERS or state_of(m[1]) \
            or any(p.label == "PERSON" and p.start < m.end(1) and m.start(1) < p.end for p in pieces):
        return pieces  # (a person the recogniser found keeps its piece, and the title the stages cut from it)
    return _in_place_of(pieces, _Piece(m.start(1), m.end(1), m[1], "PERSON"))


# "Lan Nguyen (Nguyễn Thị" + "Lan)": a person's name in brackets after their name (in their own language's order or
# script) that the recogniser cut: the words between the bracket's opening and the name it found are the name's.
_CUT_IN_BRACKET = re.compile(rf"^\s*\(\s*(?P<words>(?:{CAPITAL}[^\W\d_]*\s+){{1,3}})$")


def _bracketed_whole(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """The pieces, with a person's piece in brackets right after another person's (_CUT_IN_BRACKET) run back to the
    bracket's opening: the other name whole, which the person's then takes as an alias ("A B (C D)")."""
    found = list(pieces)
    for n in range(1, len(found)):
        before, piece = found[n - 1], found[n]
        cut = _CUT_IN_BRACKET.match(text[before.end:piece.start])
        if before.label == piece.label == "PERSON" and cut and re.match(r"\s*\)", text[piece.end:]):
            start = before.end + cut.start("words")
            found[n] = _Piece(start, piece.end, text[start:piece.end], "PERSON", piece.title)
    return found


# "St Joseph's UP School", "St Monica's Girls' Secondary School", "Saint Luke's Hospital": an institution named for a
# saint, which the recogniser reads as the saint (a person) and the rest apart, or misses.
_SAINTS_INSTITUTION = re.compile(rf"(?<![\w’'-])((?i:{'|'.join(sorted(SAINT_WORDS))})\.?\s+{CAPITAL}[\w-]+[’']s"
                                 rf"(?:{_SPACE}+[A-Z][\w’'-]*){{1,5}})")
# The head nouns such an institution's name ends in ("School", "Institute", "Hospital"; not "Church" or "Hall": the gold
# lists give those as places).
_INSTITUTION_HEADS = ORGANISATION_WORDS | POSSESSIVE_NAME_HEADS


def _saints_institutions(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """The pieces, with each institution named for a saint (_SAINTS_INSTITUTION, its last word one of
    _INSTITUTION_HEADS) one body's piece in place of what the recogniser made of it."""
    for m in _SAINTS_INSTITUTION.finditer(text):
        name = m[1]
        while name.split()[-1].lower() not in _INSTITUTION_HEADS and len(name.split()) > 2:
            name = name.rsplit(None, 1)[0]  # "St Paul's Technical Institute Principal": to its head noun
        if name.split()[-1].lower() in _INSTITUTION_HEADS:
            pieces = _in_place_of(pieces, _Piece(m.start(1), m.start(1) + len(name), name, "ORG"))
    return pieces


# "Messrs Khoo, Ravindran & Partners", "Messrs Jeya, Lim & Co": "Messrs" before a firm's name, as lawyers and
# accountants are named in Malaysia, India, Nigeria or Ghana; the partners' names and the firm's word after "&" are one
# firm's name, which the recogniser splits into people.
_MESSRS_FIRM = re.compile(r"(?<![\w’'-])Messrs\.?\s+((?:[A-Z][\w’'-]+,?\s+){1,4}(?:&|and)\s+"
                          r"(?:Co\b\.?|Company|Partners|Associates|Sons)(?![\w’'-]))")


def _messrs_firms(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """The pieces, with each firm named after "Messrs" (_MESSRS_FIRM) one body's piece in place of what the recogniser
    made of it."""
    for m in _MESSRS_FIRM.finditer(text):
        pieces = _in_place_of(pieces, _Piece(m.start(1), m.end(1), m[1], "ORG"))
    return pieces


def _honorific_named(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """The person an Iberian honorific names (_HONORIFIC_NAMED), whole, in place of the parts of the name the
    recogniser found inside it ("Zuluaga Mejía" of "Don Octavio de Jesús Zuluaga Mejía") or with the honorific taken
    into it ("don Aurelio Paredes"); not where it found a name running past it."""
    found = list(pieces)
    for m in _HONORIFIC_NAMED.finditer(text):
        start, end = m.span(1)
        if not any(p.start < end and start < p.end and (p.start < m.start() or p.end > end) for p in found):
            found = _in_place_of(found, _Piece(start, end, m.group(1), "PERSON"))
    return sorted(found, key=lambda p: p.start)


def _with_missed(text: str, pieces: list[_Piece], pattern: re.Pattern[str], label: str,
                 fits: Callable[[str], bool] = lambda name: True) -> list[_Piece]:
    """The pieces, and the names `pattern` finds (its `name` group, or else its group 1) where no piece is, as `label`
    (those that `fits`), with the pattern's `title` group, where it has one, as their title."""
    name = "name" if "name" in pattern.groupindex else 1
    found = list(pieces)
    for m in pattern.finditer(text):
        if not any(p.start < m.end(name) and m.start(name) < p.end for p in found) and fits(m.group(name)):
            title = m.group("title") if "title" in pattern.groupindex else None
            found.append(_Piece(m.start(name), m.end(name), m.group(name), label, title))
    return sorted(found, key=lambda p: p.start)


def _described(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """A name the recogniser missed but the text describes: "Naim Qassem, the secretary-general of …"
    (a person when the description says so, else an organisation)."""
    found = list(pieces)
    for m in _DESCRIBED.finditer(text):
        name = m.group(1)
        overlapping = [p for p in found if p.start < m.end(1) and m.start(1) < p.end]
        # (or read a word of a personal name as a place: "Ioana" of "Ioana-Maria Șerban, the vice-president")
        misread = bool(overlapping) and _name_shaped(name) and all(
            m.start(1) <= p.start and p.end <= m.end(1) and p.label in ("GPE", "LOC", "FAC") for p in overlapping)
        if (overlapping and not misread) or name.split()[0].lower() in OPENERS or name.split()[0].lower() in TITLE_WORDS:
            continue
        desc = _description("", re.sub(r"^\s*\([^)]*\)", "", text[m.end(1):]))
        kind = _description_kind(desc) if desc else None
        if kind is None and any(p.label == "ORG" and re.fullmatch(r"the\s+", text[m.end():p.start]) for p in found):
            kind = ORGANISATION  # "Northwind, the Coastal Power Cooperative": a body's other name
        if kind and (kind == PERSON or not misread):
            found = _in_place_of(found, _Piece(m.start(1), m.end(1), name, "PERSON" if kind == PERSON else "ORG"))
    return found


# A legal form in any spelling ("AS", "A/S", "a.s.", "s.r.o.").
_LEGAL_FORM_WORD = "(?i:" + "|".join(r"[./]?".join(map(re.escape, form)) + r"\.?"
                                     for form in sorted(LEGAL_FORMS, key=len, reverse=True)) + r")(?![\w/])"

# ("the Superintendency of the Environment (SMA)": "of", "for" and "on" may take "the"; not "and the", which
# joins two bodies: "the Ministry of Education and the State Commission … (SC)")
_BEFORE_ACRONYM = re.compile(rf"(?:^|(?<=[\s(“]))({_NAME_WORD}"
                             rf"(?:\s+(?:(?:of|for|on)\s+the\s+|{_NAME_JOIN}\s+)*{_SLASHED_NAME_WORD}){{1,7}})"
                             r"\s*\(([A-Z][A-Za-z.&]{1,9})(?:,\s+[^()]{1,80}?)?\)")  # "(BLN, Northern Freedom Brigade)"


# A former or other name: capitalised words ("of the", "for the" between them), maybe a company's lower-case words
# before its legal form
# ("Nordic Ore A/S", "Přerovské strojírny a.s."), which may be two ("Osaka Kogyo Co., Ltd.").
# (a firm named for its partners, "Pellow, Crane & Lowe", with the commas in the name)
_PARTNERS = rf"{_NAME_WORD}(?:,\s+{_NAME_WORD}){{1,3}},?\s+&\s+{_NAME_WORD}"
# ("… as the Council for Film and the Arts": "and the" joins a body's remit as "for the" does)
_FORMER_NAME = (rf"((?:{_PARTNERS}|{_NAME_WORD}(?:\s+(?:(?:of|for|on|and)\s+(?:the|a|an)\s+|{_NAME_JOIN}\s+)*"
                rf"{_NAME_WORD}){{0,5}})"
                # (a place in brackets before the legal form: "Pryde Brothers (Leominster) Ltd", as British firms write;
                # "(K) Ltd": Kenya's)
                rf"(?:\s+\((?!{_LEGAL_FORM_WORD}\))[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]+)?\)\s+{_LEGAL_FORM_WORD})?"
                # (a legal form's word before a noun is none: "… and became a limited company"; nor is the word "as",
                # Norway's "AS" in lower case: "X, which trades as Y and was known as Z")
                rf"(?:\s+(?:[^\W\d_A-Z][\w-]*\s+){{0,3}}?(?!as\b){_LEGAL_FORM_WORD}(?!\s+[^\W\d_A-Z]))?"
                rf"(?:\.,?\s+(?=[A-Z]){_LEGAL_FORM_WORD}(?=[\s,;)]|$))?)")
# "… formerly known as Y" closing a description of the name before ("X (XH), the Tunisian wind-farm
# builder formerly known as Y"); and a name the recogniser missed right before ", formerly Y".
# ("previously known to the army as Y": to whom is no part of it)
_FORMERLY_NAMED = r"(?:formerly|previously)\s+(?:known\s+(?:to\s+(?:the\s+)?[a-z]+\s+)?as\s+|called\s+|named\s+)"
_FORMERLY = re.compile(rf"\b(?:{_FORMERLY_NAMED}|(?:formerly|previously)\s+)(?:the\s+)?" + _FORMER_NAME)
# "X, known until 2011 as Y", "X, known until its listing in June 2023 as Y", "X, which was known as Y until it
# changed its name", "X, which was called Y until its merger", "X, called Y until 2019", "X, a group that until
# last year called itself Y", "X was known as Y until 2020", "X, which many voters still remember as Y", "X, a club that
# until 2023 was registered as Y", "X was founded in 2016 under the name Y", "X operated until 2021 as Y", "X started
# around 2017 as the Y, a gang …" (a description after it: "started in 2010 as the Press Secretary" is a post): Y is a
# former name; and "X, which in
# English we call Y": another name, never the name it is listed by either.
# "which many of you will remember as", "which locals still call": a name people knew it by.
_REMEMBERED_AS = (r"(?:we|people|(?:many|most)(?:\s+of\s+(?:you|them|us)|\s+[a-z]+)?|locals|residents)\s+"
                  r"(?:still\s+)?(?:will\s+|would\s+)?(?:call|remember\s+as|know\s+as)")
# A former name's own short name in brackets, between it and what says it is a former one ("… as the Y (YB) until").
_SHORT_NAME = r"(?:\s+\([A-Z][A-Za-z.&]{1,11}\))?"
_KNOWN_UNTIL = re.compile(r"\b(?:(?:known|called|named|registered)\s+(?:until|till|before)\s+"
                          r"(?:(?:[^,;.()\d]{1,50}?\s+)?\d{4}"
                          r"(?:\s+[a-z][^,;.()\d]{0,40}?)?"  # ("known until the 2018 merger of districts as Y")
                          r"|last\s+year)\s+as\s+"  # ("known until last year as the “Y”")
                          rf"(?:the\s+)?[“\"]?{_FORMER_NAME}"
                          r"|which\s+was\s+(?:(?:known|called|named)\s+as|called|named)\s+(?:the\s+)?"
                          rf"{_FORMER_NAME}(?={_SHORT_NAME}\s+(?:until|till|before|when)\b)"  # ("… when it began")
                          # "X, then called the Y, …", "X, founded in 1902 as the Y, …", "X, the former Y" (a body's:
                          # _former_names_far keeps "the former" to bodies' names)
                          rf"|(?<=,\s)(?:then\s+(?:called|named|known\s+as)"
                          rf"|(?:founded|established|formed|registered|incorporated)\s+in\s+\d{{4}}\s+as)"
                          rf"\s+(?:the\s+)?{_FORMER_NAME}"
                          rf"|(?<=,\s)the\s+former\s+{_FORMER_NAME}"
                          # "X, a contractor registered as Y until 2021"
                          rf"|\b(?:registered|incorporated)\s+as\s+(?:the\s+)?{_FORMER_NAME}"
                          rf"(?={_SHORT_NAME},?\s+(?:until|till|before)\s+(?:\d{{4}}|it|its|the)\b)"
                          # ("X, the valley's governing body, known as the Y until the name was changed", "X, a
                          # private company known as Y until 2019")
                          rf"|(?<=,\s)(?:an?\s+(?:[a-z][\w-]*\s+){{1,3}}?)?(?:called|named|known\s+as)\s+(?:the\s+)?"
                          rf"{_FORMER_NAME}"
                          rf"(?={_SHORT_NAME}\s+(?:until|till|before)\s+(?:\d{{4}}|it|its|the)\b)"
                          rf"|\b(?:which|that)\s+(?:(?:until|till)\s+[^,;.()]{{1,40}}?\s+)?called\s+itself\s+(?:the\s+)?"
                          rf"{_FORMER_NAME}"
                          # "the X bloc, which until 2023 was called the Y", "X, which in 1979 was called the Y"
                          rf"|\bwhich\s+(?:until|till|in)\s+[^,;.()]{{1,30}}?\s+was\s+(?:called|named|known\s+as)"
                          rf"\s+(?:the\s+)?"
                          rf"{_FORMER_NAME}"
                          rf"|(?:(?<=\bwas\s)|(?<=\bwere\s))(?:(?:known|called|named)\s+as|called|named)\s+(?:the\s+)?"
                          rf"{_FORMER_NAME}(?={_SHORT_NAME},?\s+(?:until|till|before)\b)"
                          rf"|\bwhich\s+(?:in\s+[A-Z][a-z]+\s+)?{_REMEMBERED_AS}\s+(?:simply\s+)?(?:the\s+)?{_FORMER_NAME}"
                          rf"|\b(?:which|that)\s+(?:until\s+[^,;.()]{{1,30}}?\s+)?was\s+registered\s+"
                          rf"(?:in\s+\d{{4}}\s+)?as\s+"
                          rf"(?:the\s+)?{_FORMER_NAME}"
                          # "X, which until 2019 went by the name Y", "X …, when the charity still went by the
                          # name Y"
                          rf"|\b(?:(?:which|that)\s+(?:until\s+[^,;.()]{{1,30}}?\s+)?|when\s+(?:it|the\s+[a-z]+)\s+"
                          rf"(?:still\s+)?)went\s+by\s+the\s+name\s+"
                          rf"(?:of\s+)?(?:the\s+)?{_FORMER_NAME}"
                          rf"|\b(?:formed|founded|created|established|set\s+up)\s+(?:in\s+\d{{4}}\s+)?under\s+the\s+name\s+"
                          rf"(?:of\s+)?(?:the\s+)?{_FORMER_NAME}"
                          # "X, which worked until 2023 under the name Y"
                          rf"|\b(?:which|that)\s+(?:[a-z]+ed|ran|went)\s+(?:until|till|before)\s+[^,;.()]{{1,30}}?\s+under\s+the\s+"
                          rf"name\s+(?:of\s+)?(?:the\s+)?{_FORMER_NAME}"

                          # "X, which trades as Y", "X, carrying on business as Y": the name it does business under
                          rf"|\b(?:which|that)\s+(?:trades|operates)\s+as\s+(?:the\s+)?{_FORMER_NAME}"
                          rf"|(?<=,\s)(?:carrying\s+on\s+business|doing\s+business|trading)\s+as\s+(?:the\s+)?"
                          rf"{_FORMER_NAME}"
                          # "X, a trucking firm that traded as Y until 2020"
                          rf"|\b(?:which|that)\s+(?:operated|traded|existed|competed)\s+as\s+(?:the\s+)?{_FORMER_NAME}"
                          rf"(?={_SHORT_NAME},?\s+(?:until|till|before)\b)"
                          # "X, a soy company that until 2021 traded as Y"
                          rf"|\b(?:which|that)\s+until\s+\d{{4}}\s+(?:operated|traded|existed|competed)\s+as\s+(?:the\s+)?"
                          rf"{_FORMER_NAME}"
                          # "X operated until 2021 as Y", "X started around 2017 as the Y, a gang that …"
                          rf"|\b(?:operated|traded|existed|competed)\s+(?:until|till|before)\s+(?:[^,;.()\d]{{1,50}}?\s+)?"
                          rf"\d{{4}}\s+as\s+(?:the\s+)?{_FORMER_NAME}"
                          rf"|\b(?:started|began|emerged)\s+(?:(?:around|about|in)\s+)?(?:[A-Z][a-z]+\s+)?\d{{4}}\s+as\s+"
                          rf"(?:the\s+)?{_FORMER_NAME}(?=,\s+(?:a|an)\s))")
# "X, known in Greenlandic as Y", "X (known locally as Y)": Y is another name of X, in another language, and may be
# written as that language writes names, its first word capitalised ("known in French as the Agence nordique de
# salubrité laitière", to the clause's end).
_KNOWN_IN = re.compile(r"\b(?:known|called)\s+(?:locally\s+)?in\s+[A-Z][^\W\d_]+\s+as\s+(?:the\s+)?"
                       rf"(?:(?P<sentence_case>{_NAME_WORD}(?:\s+[^\W\d_][\w’'-]*){{1,7}}?)"
                       r"(?=\s*(?:[,;)]|\.(?:\s|$)|$))|" + _FORMER_NAME + ")")


# Where a body was founded, before the year: "founded in Eastholm in 1968 as Y" (a place's capitalised words).
_FOUNDED_WHERE = r"(?:\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})?"
# "X was founded in 1984 as Y", "X was registered in 2022 as Y", "X, which was founded in 1990 as the Y", "X traded as
# Y until 2021": right after a name (not "the university was …": a body by its noun, which _NOUN_FORMERLY reads).
_FOUNDED_AS = re.compile(r"(?<=[\w)]),?\s+(?:(?:which\s+)?(?:was|were)\s+"
                         rf"(?:founded|established|registered|incorporated|created){_FOUNDED_WHERE}\s+in\s+"
                         rf"\d{{4}}\s+as\s+(?:the\s+)?{_FORMER_NAME}"
                         rf"|(?:traded|operated)\s+as\s+(?:the\s+)?{_FORMER_NAME}(?=,?\s+(?:until|till|before)\b))")


# "Until 2004, X was known as Y": a former name, the time first.
_UNTIL_FIRST_KNOWN = re.compile(r"^(?:Until|Till|Before)\s+[^,;.]{1,30}?,?\s+(?:the\s+)?[A-Z][^,;.]{0,60}?\s+"
                                r"(?P<cue>(?:was|were)\s+(?:known\s+as|called|named)\s+)(?:the\s+)?" + _FORMER_NAME)


def _former_matches(text: str) -> list[tuple[int, str, int]]:
    """(where the wording starts, former name, where the name starts) for every former name the text gives."""
    found = [(m.start(), m.group(1), m.start(1)) for m in _FORMERLY.finditer(text)]
    found += [(m.start("cue"), m.group(2), m.start(2)) for m in _UNTIL_FIRST_KNOWN.finditer(text)]
    found += [(m.start(), m.group(1) or m.group(2), m.start(1) if m.group(1) else m.start(2))
              for m in _FOUNDED_AS.finditer(text)
              if re.search(r"[A-Z][\w’'-]*(?:\s*\([A-Z][A-Za-z.&]{1,9}\))?,?$", text[:m.start()])]  # ("X (XY) was …")
    for m in _KNOWN_UNTIL.finditer(text):
        group = next(n for n in range(1, m.re.groups + 1) if m.group(n))  # (one name a wording)
        found.append((m.start(), m.group(group), m.start(group)))
    # …and each one's translation and short name in brackets after it (not a legal form in brackets: "Y (Pty) Ltd")
    found += [(at, gloss, gloss_start) for at, name, start in found
              for gloss, gloss_start in _former_glosses(text, start + len(name))]
    return sorted((at, _without_full_stop(name), start) for at, name, start in found)


def _without_full_stop(name: str) -> str:
    """"Nordic Ore A/S" of "… A/S." at a sentence's end (not the last dot of "a.s.")."""
    return name[:-1] if name.endswith(".") and "." not in name.split()[-1][:-1] else name


# A former name's translation or short form in brackets right after it ("registered as the Y (Z)", "called the Y (Z in
# its own language, ZS)"): a former name too. The name opens with a capital; another language's may go on in lower case.
_FORMER_GLOSS = re.compile(rf"\s*\(\s*(?:the\s+)?({_NAME_WORD}(?:\s+[^\W\d_][\w’'-]*){{0,5}}?)"
                           r"(?:,\s+([A-Z][A-Za-z.&]{1,9}))?\s*\)")


def _former_glosses(text: str, name_end: int) -> list[tuple[str, int]]:
    """(name, where it starts) of a former name's translation and short form in brackets right after it, ending at
    name_end (_FORMER_GLOSS; not a legal form in brackets: "Y (Pty) Ltd")."""
    gloss = _FORMER_GLOSS.match(text, name_end)
    return [(gloss[n], gloss.start(n)) for n in (1, 2)
            if gloss and gloss[n] and not set(_key(gloss[n]).split()) <= LEGAL_FORMS]


# (a sentence's pieces, its former names far from their owners and the names never listed all read these: the
# patterns run once a sentence)
@lru_cache(maxsize=256)
def _other_names(text: str) -> tuple[tuple[int, str, int], ...]:
    """Former names, and names in another language ("known in Greenlandic as Y"), as _former_matches."""
    return tuple(sorted(_former_matches(text) + [(m.start(), _without_full_stop(m[name]), m.start(name))
                                                 for m in _KNOWN_IN.finditer(text)
                                                 for name in ["sentence_case" if m["sentence_case"] else 2]]))


_FORMER_GAP_LIMIT = 120  # characters of description between a name and its former name, at most
# A short name in capitals the recogniser did not take for a name where it says what a body did ("The KRTA operated …").
_BARE_SHORT_NAME = re.compile(r"\b[A-Z][A-Z&]{2,7}\b")
_NAMED_FORMERLY = re.compile(rf"(?:^|(?<=[\s(“]))({_NAME_WORD}(?:\s+(?:{_NAME_JOIN}\s+)*{_NAME_WORD}){{0,5}}),\s+"
                             r"(?:(?:formerly|previously)\s+(?:known as\s+|called\s+)?"
                             # "X, an investigative NGO known …", "X, a Piraeus company known …"
                             r"|(?:an?\s+(?:[a-z][\w-]*|[A-Z]{2,5}|[A-Z][a-z]+)"
                             r"(?:\s+(?:[a-z][\w-]*|[A-Z]{2,5})){0,5}\s+)?"
                             r"(?:known|called|named)\s+(?:until|till|before)\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+as\s+"
                             r"|(?P<which>which\s+(?:[a-z]+ed|ran|rode|went)\s+as\s+))"  # "X, which traded as Y until"
                             r"(?:the\s+)?$")


def _former_spans(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """A former or other name the recogniser cut short ("Nordic Ore" of "Nordic Ore A/S", "Ganadera
    Sur" of "Ganadera Sur del Norte SA"): the whole name the wording gives, one piece."""
    found = list(pieces)
    for _, name, start in _other_names(text):
        end = start + len(name)
        inside = [p for p in found if p.start < end and start < p.end]
        if not inside or any(p.start < start or p.end > end for p in inside) or (inside[0].start, inside[-1].end) == (start, end):
            continue
        label = "ORG" if re.search(rf"\s{_LEGAL_FORM_WORD}$", name) or any(p.label == "ORG" for p in inside) \
            else inside[0].label
        found = [p for p in found if p not in inside] + [_Piece(start, end, name, label)]
    return sorted(found, key=lambda p: p.start)


# "The company, which operated as Y until 2018, …", "The company traded as Y until 2018", "The foundation, called the Y
# until 2019, …", "The firm, which was incorporated in 2017 as Y and renamed X in 2020, …", "The union was founded in
# 1989 as Y", "The Trust, registered in 1987 as Y, …", "The group, which called itself Y …", "The network was
# previously known as Y": a former name of a body the sentence names only by its noun.
_NOUN_FORMERLY = re.compile(
    r"(?:(?:^|(?<=[.;]\s))(?:The|Its|Our|Her|His|Their)"  # ("Our cooperative began in 1979 as Y")
    r"|(?P<until>^(?:Until|Till|Before)|(?<=;\s)(?:until|till|before))\s+[^,;.]{1,30}?,?\s+the"
    r"|(?<=,\s)the|(?<=\bthat\s)the"
    r"|(?<=\bsince\s)the|(?<=\bafter\s)the"
    r"|(?<=\bstarted\s)the|(?<=\bfounded\s)the|(?<=\blaunched\s)the)"
    # ("The credit union, which was called Y until …": a noun of two words, the last its head)
    r"\s+(?P<noun>[A-Za-z][a-z-]+|[a-z]+\s+[a-z-]+(?=\s*,))\s*,?\s+(?:"  # ("The Front": a name's last word;
    # "According to the ruling, the group called itself Y until 2020")
    rf"(?:which\s+)?(?:[a-z]+ed|ran|rode|went|was\s+(?:known|called|named))\s+as\s+(?:the\s+)?(?P<a>{_FORMER_NAME[1:-1]})"
    r"(?(until)|(?=,?\s+(?:until|till|before)\b))"  # ("until May 2018 the company traded as Y")
    r"|(?:which\s+)?(?:was\s+)?(?:incorporated|founded|registered|established|created|launched|set\s+up|began|started)"
    rf"(?:{_FOUNDED_WHERE}\s+in\s+\d{{4}})?"
    rf"\s+as\s+(?:the\s+)?(?P<b>{_FORMER_NAME[1:-1]})"
    rf"|(?:which\s+was\s+)?(?:known|called|named)\s+(?:until|till|before)\s+(?:[A-Z][a-z]+\s+)?\d{{4}}\s+as\s+(?:the\s+)?"
    rf"(?P<c>{_FORMER_NAME[1:-1]})"
    rf"|(?:which\s+was\s+)?(?:called|named|known\s+as)\s+(?:the\s+)?(?P<d>{_FORMER_NAME[1:-1]})"
    r"(?=,?\s+(?:until|till|before)\s+(?:\d{4}|it|its|the|last)\b)"  # ("… until it was sold in 2019")
    # ("… since the museum, then called the Y, moved …": its name at the time)
    rf"|then\s+(?:called|named|known\s+as)\s+(?:the\s+)?(?P<j>{_FORMER_NAME[1:-1]})"
    rf"|(?:which\s+)?called\s+itself\s+(?:the\s+)?(?P<e>{_FORMER_NAME[1:-1]})"
    rf"|which\s+{_REMEMBERED_AS}\s+(?:the\s+)?(?P<g>{_FORMER_NAME[1:-1]})"
    rf"|(?:was|were)\s+{_FORMERLY_NAMED}(?:the\s+)?(?P<f>{_FORMER_NAME[1:-1]})"
    # "… after the company changed its name from Y in 2015", "She started the clinic in 1999 under the name Y"
    rf"|changed\s+its\s+name\s+from\s+(?:the\s+)?(?P<h>{_FORMER_NAME[1:-1]})"
    # ("The agency had been registered in 2019 under the name Y")
    rf"|(?:(?:was|had\s+been)\s+(?:registered|founded|established|incorporated|set\s+up)\s+)?(?:in\s+\d{{4}}\s+)?"
    rf"under\s+the\s+name\s+(?:of\s+)?(?:the\s+)?(?P<i>{_FORMER_NAME[1:-1]}))")
# "A B, aged 34, of C, who is said to lead the D and who uses the alias “Commander E”": "who" gives a person's
# nickname, a clause or two after the name; so does "A B, born 1970, manager of C, referred to in the wiretaps by the
# nickname “E”" (a word that says a nickname follows).
_WHO_ALIAS = re.compile(r"\b(?=whom?\s)" + _CUED_QUOTED_NAME)
# …or unquoted after "whom … call(s)", "whom … know(s)/knew as" ("A B, whom most of us know as Kochu, was …", "whom
# all of Tarsia knew as Mang C"): one to three capitalised words, then a comma or a stop.
_WHO_UNQUOTED_ALIAS = re.compile(r"\bwhom\s+(?:(?:in|at|on|of|across|along)\s+[A-Z][\w’'-]+\s+|[a-z]+\s+){1,5}?"
                                 r"(?:call|calls|called|knew\s+as|know\s+as|knows\s+as)\s+"
                                 rf"(?P<alias>{CAPITAL}[\w’'-]+(?:\s+{CAPITAL}[\w’'-]+){{0,2}})(?=[,.;])")
# …or unquoted after "who is known … as" ("A B, the port's medical officer, who is known along the waterfront as
# Doc C."): past a description, which _UNQUOTED_ALIAS does not cross.
_WHO_KNOWN_AS = re.compile(rf"\bwho\s+(?:is|was)\s+{_KNOWN_ADVERB}known{_KNOWN_AMONG}\s+as\s+"
                           rf"(?P<alias>{CAPITAL}[\w’'-]+(?:\s+{CAPITAL}[\w’'-]+){{0,2}})(?=[,.;])")
_DESCRIBED_NICKNAME = re.compile(r"(?<=,\s)(?:known|referred\s+to)\b[^,;.“”\"]{0,60}?\sby\s+(?:the|his|her)\s+"
                                 rf"{_NICKNAME_NOUNS},?\s+" + _QUOTED_OTHER_NAME)


# The sentence's subject, a name the recogniser missed, right before ", who"/", whom" ("Khamsing, whom villagers call").
_SUBJECT_NAME_BEFORE_WHO = re.compile(r"^\s*([A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){0,2}),\s+$")


# "A B, of Vaitele, who", "A B, of Paradise, St Andrew, who": a place (and its district) someone is of, before the
# words that give the person's nickname; the nickname is not the place's. (A district after the place only in a person's
# description: "A trader from Velmora, A B, known as …" names A B.)
_PLACE_BEFORE = re.compile(r"\b(?:of|in|from|at|near)\s+$")
# "A B, 34, of X", "A B of X": what a person is of, right after their name or age, is where they live or the body they
# are of, whatever the recogniser called it.
_PERSON_OF = re.compile(r"(?:,\s+\d{1,3},)?\s+(?:of|from)\s+(?:the\s+)?")
_DISTRICT_BEFORE = re.compile(r"\b(?:of|in|from|at|near)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s+$")
# What stands between a person's name and the place in their description: an age, a description (", 47, a farmer ").
_DESCRIBED_THEN = re.compile(r",\s+(?:\d{1,3},\s+)?(?:(?:a|an|the)\s+[^;:()“”\"]{0,80})?")


def _person_of(text: str, pieces: list[_Piece], piece: _Piece) -> _Piece | None:
    """The person a name is the home or the body of ("A B, 34, of Mahdia", "A B of the Harbour Union"), or None."""
    people = [p for p in pieces if p.label == "PERSON" and p.end <= piece.start]
    return people[-1] if people and _PERSON_OF.fullmatch(text[people[-1].end:piece.start]) else None


def _place_of_someone(text: str, pieces: list[_Piece], piece: _Piece) -> bool:
    """Whether a name is a place someone is of or from (_PLACE_BEFORE), or its district within the description of the
    person named right before ("A B, 47, a farmer of Paradise, St C": _DISTRICT_BEFORE)."""
    before = text[:piece.start]
    if _PLACE_BEFORE.search(before):
        return True
    if not (district := _DISTRICT_BEFORE.search(before)):
        return False
    people = [p for p in pieces if p.label == "PERSON" and p.end <= district.start()]
    return bool(people) and bool(_DESCRIBED_THEN.fullmatch(text[people[-1].end:district.start()])) \
        and not CLAUSE_VERB.search(text[people[-1].end:district.start()])


def _who_aliases(text: str, pieces: list[_Piece]) -> list[tuple[str, str]]:
    """(person, nickname) for each nickname "who"/"whom" gives (see _WHO_ALIAS): the person is the last name
    before it that is a person's (the recogniser's, or a body's it gave a personal name's shape), not a place
    after "of"/"in"; names the recogniser found inside the nickname ("E" of "Commander E") go with it."""
    pairs = []
    for m in [*_WHO_ALIAS.finditer(text), *_DESCRIBED_NICKNAME.finditer(text), *_WHO_UNQUOTED_ALIAS.finditer(text),
              *_WHO_KNOWN_AS.finditer(text)]:
        people = [p for p in pieces if p.end <= m.start()
                  and (p.label == "PERSON" or (p.label == "ORG" and _name_shaped(p.name)))
                  and not _place_of_someone(text, pieces, p)]
        if not people and (subject := _SUBJECT_NAME_BEFORE_WHO.match(text[:m.start()])) \
                and subject[1].lower() not in OPENERS and not state_of(subject[1]):
            people = [_Piece(subject.start(1), subject.end(1), subject[1], "PERSON")]  # "Khamsing, whom villagers call"
        if people:
            start, end = m.span("alias")
            pairs.extend((people[-1].name, alias) for alias in _with_gloss(
                text, m.end(), [m["alias"], *(p.name for p in pieces if start <= p.start and p.end <= end)]))
    return pairs


# "Known to everyone in the town as “Bigga”, McLean has asked …": a nickname of the name right after it.
_KNOWN_AS_OPENING = re.compile(r"^(?:Known|Called|Nicknamed)\b[^.;:,“”\"]{0,60}?\sas\s+" + _QUOTED_OTHER_NAME + r",\s+")


def _known_as_opening(text: str, pieces: list[_Piece]) -> list[tuple[str, str]]:
    """(name, nickname) for a sentence opening with the nickname of the person or body named after it."""
    if not (m := _KNOWN_AS_OPENING.match(text)):
        return []
    return [(p.name, m["alias"]) for p in pieces if p.start >= m.end() and p.label in ("PERSON", "ORG")
            and re.fullmatch(r"(?:[A-Z][\w.]*\s+){0,3}", text[m.end():p.start])][:1]  # (past a title: "Councillor")


# "A B (“Ti-Jo” to everyone at the mill)", "A B (“Ti-Jo”)": a quoted name in brackets right after a person's name
# is what people call the person; and "villagers began calling B “the Iron Lady”", "the press dubbed B “Mr Fix”":
# the name that a verb of calling puts before a quoted name.
_BRACKETED_NICKNAME = re.compile(r"^\s*\(\s*" + _QUOTED_OTHER_NAME + r"(?:\s+(?:to|for|among|in|on)\s[^()]{1,60})?\s*\)")
_CALLING_BEFORE = re.compile(r"\b(?:call|calls|calling|called|dub|dubs|dubbing|dubbed|nickname|nicknamed|nicknaming)\s+$")
_QUOTED_AFTER = re.compile(r"^\s+" + _QUOTED_OTHER_NAME)


def _quoted_nicknames(text: str, pieces: list[_Piece]) -> list[tuple[str, str]]:
    """(person, nickname) for the nicknames a person's name is given in brackets or after a verb of calling
    (see _BRACKETED_NICKNAME)."""
    pairs = []
    for p in pieces:
        after = text[p.end:]
        m = _BRACKETED_NICKNAME.match(after) if p.label == "PERSON" or (p.label == "ORG" and _name_shaped(p.name)) \
            else None
        if m is None and p.label in ("PERSON", "ORG") and _CALLING_BEFORE.search(text[:p.start]):
            m = _QUOTED_AFTER.match(after)
        if m is not None and _key(m["alias"]) != _key(p.name):
            owner = _post_holder(text, pieces, p)
            pairs.extend((owner.name, alias) for alias in _with_gloss(text, p.end + m.end(), [m["alias"]]))
    return pairs


# "A B, the head of the village council of C, who is known as “D”": the post's holder, whose description holds C; so
# is a person's before a post written with capitals ("Mrs A B, President of the C Committee, known as “D”").
_POST_OF_BETWEEN = re.compile(r",\s+(?:(?:the|a|an)\s+[a-z0-9][^,;:()“”\"]{0,80}?"
                              r"|(?P<post>[A-Z][a-z-]+(?:\s+[A-Z][a-z-]+){0,2}))\s+(?:of|in|from|for)\s+(?:the\s+)?")


def _post_holder(text: str, pieces: list[_Piece], piece: _Piece) -> _Piece:
    """The name whose description a name ends ("A B, the head of the village council of C": A B for C), else it."""
    held = [n for n, p in enumerate(pieces)
            if p.end < piece.start and (between := _POST_OF_BETWEEN.fullmatch(text[p.end:piece.start]))
            and (not between["post"] or p.label == "PERSON"
                 and between["post"].split()[-1].lower() in _POSTS_AND_TITLES)]
    if not held:
        return piece
    n = held[-1]
    while n and pieces[n].label not in ("PERSON", "ORG") and not text[pieces[n - 1].end:pieces[n].start].strip():
        n -= 1  # "Marcelino Yupanqui" + "Huaman" (a surname the recogniser read as a place)
    return pieces[n] if pieces[n].label in ("PERSON", "ORG") \
        and _name_shaped(pieces[n].name, particles=pieces[n].label == "PERSON") else piece


# "The gang, known around the market as “the Stonemen”, …", "The Front, which …, and which farmers call simply “the
# Conseil”, …": a nickname of a body the sentence names only by its noun.
_NOUN_NICKNAMED = re.compile(r"(?:^|(?<=[.;]\s))The\s+(?P<noun>[A-Za-z][a-z-]+)\s*,\s+(?:[^.;“”\"]{0,120}?,\s+(?:and\s+)?)?"
                             + _CUED_QUOTED_NAME)
# "The signs bearing the Trust's former name, Y, came down": a former name of a body named by its noun's possessive.
_NOUN_POSSESSED_FORMER = re.compile(r"\b[Tt]he\s+(?P<noun>[A-Z][a-z-]+)[’']s\s+"
                                    r"(?:former|old|previous|original|earlier)\s+name,?\s+(?:was\s+)?(?:the\s+)?"
                                    rf"(?P<a>{_FORMER_NAME[1:-1]})")
_RENAMED = re.compile(rf"^,?\s+(?:and|but)\s+(?:was\s+)?renamed\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})")
_RECENT_SENTENCES = 3  # how far back "The company" is looked for
# Nouns a text calls a company or a club by ("The company, which was called Y until 2022", "The club was known as Y
# until 2011").
_COMPANY_NOUNS = frozenset({"company", "firm", "group", "operator", "miner", "developer", "insurer", "lender", "bank",
                            "club"})


# How a text says that a name is a body of some noun: "the team, Sporting Ravella", "a foundation known as
# the X", "X is a Finnish logistics company", "X, a church-linked charity", "X Oyj (“X” or “the company”)".
_NOUN_THEN_NAME = re.compile(r"^,?\s+(?:(?:known\s+as|called|named)\s+)?(?:the\s+)?$")
# (its short name may stand between: "X (XY), a network of …")
_SHORT_NAME_BETWEEN = r"(?:\s*\([^()]{1,12}\))?"
_NAME_THEN_NOUN = re.compile(rf"^{_SHORT_NAME_BETWEEN}(?:,\s+|\s+(?:is|was)\s+)(?:a|an|the|its)\s+[^,;.()“”\"]{{0,50}}$"
                             r"|^\s*\([^)]*$")


def _said_of(text: str, piece: _Piece, at: int, noun: str) -> bool:
    """Whether the noun at `at` is said of the piece's name (see _NOUN_THEN_NAME, _NAME_THEN_NOUN), or is the
    name's own last word ("the Front" of the "Highland Resistance Front")."""
    if len(piece.name.split()) > 1 and piece.name.split()[-1].lower() == noun.lower():
        return True
    if at >= piece.end:
        return bool(_NAME_THEN_NOUN.match(text[piece.end:at]))
    return bool(_NOUN_THEN_NAME.match(text[at + len(noun):piece.start]))


# The verbs that give the name people use for someone ("know him as", "called her", "remember him as"), and what
# may stand before the name after "him"/"her".
_KNOWING_VERBS = "know|knows|knew|known|call|calls|called|remember|remembers|remembered"
_SIMPLY_AS = r"(?:\s+(?:simply|only|affectionately|fondly))?(?:\s+as)?"
# "She is known across her constituency by her pet name, Lipa.", "He is known locally as “the Doctor”.", "In the
# village she is better known as “Auntie”": a nickname of the person the sentence before named last.
_PRONOUN_NICKNAMED = re.compile(r"^(?:(?:He|She|(?:In|On|At|Among|Around|Across)\s+[^,;.]{1,40}?,?\s+(?:he|she))"
                                rf"\s+(?:is|was|has\s+been)\s+{_KNOWN_ADVERB}(?:known|called)\b[^.;:]{{0,60}}?\s"
                                r"(?:as|by\s+(?:his|her)\s+(?:pet\s+name|nickname|nom\s+de\s+guerre|alias|call\s+sign),?)"
                                # "Members know her as “Auntie Moli”.", "Known across the region as “X”, he is …"
                                # "Fans and the local press call her “X”", "Residents have long called her “X”"
                                # "Co-workers knew him as “X”", "Generations of students knew him simply as
                                # “X”", "Everyone in Tacuarembó called him “X”", "The valley still remembers her
                                # as “X”"
                                rf"|{CAPITAL}[^\W\d_]+(?:-[a-z]+)?\s+(?:[^\W\d_]+\s+){{0,5}}?"
                                r"(?:(?:have|has|had)\s+(?:long\s+|always\s+)?)?"
                                rf"(?:{_KNOWING_VERBS})\s+(?:her|him){_SIMPLY_AS}"
                                # "Her pupils call her “Ma Lay”.", "Everyone on the island knows him as Tata Pepe."
                                rf"|(?:Her|His|Everyone|Everybody)\s+(?:[\w’'-]+\s+){{1,3}}?(?:{_KNOWING_VERBS})\s+"
                                rf"(?:her|him){_SIMPLY_AS}"
                                r"|(?:Known|Called|Nicknamed)\b[^.;:,]{0,60}?\sas(?=\s+[^,]{1,40},\s+(?:he|she)\s))"
                                # (quoted, the whole quote: "Mama wa Mugumo", "el Vasco")
                                rf"\s+(?:{_QUOTED_OTHER_NAME}|[“\"‘']?(?:the\s+)?(?P<bare>{_OTHER_NAME_RUN}))")


# "Until 2020 it was registered as Y.", "It was called Y until 2019.", "It traded as Y until 2019", "Until 2015 it
# operated under the name Y": a former name of "it", the body the sentence before opened with (or the one body it
# named: "The buyer was X Ltd, based in Y.").
_IT_FORMERLY = re.compile(r"^(?:(?:Until|Till|Before)\s+[^,;.]{1,30}?,?\s+it|It)\s+(?:(?:was|had\s+been)\s+"
                          r"(?:(?:registered|founded|incorporated|established|known|called|named)"
                          r"(?:\s+in\s+\d{4})?\s+as"
                          r"|called|named)"
                          r"|(?:traded|operated)\s+(?:as|under\s+the\s+name(?:\s+of)?))\s+(?:the\s+)?" + _FORMER_NAME)


def _named_by_pronoun(text: str, recent: list[tuple[str, str, list[_Piece]]]) -> list[tuple[str, str]]:
    """(name, nickname) for a sentence that gives a nickname of "he" or "she" (_PRONOUN_NICKNAMED): the last person
    the sentence before in the same document named; and (name, former name) for one that gives a former name of "it"
    (_IT_FORMERLY): the body that sentence opens with."""
    if not recent:
        return []
    if m := _IT_FORMERLY.match(text):
        # (the recogniser may have called the body a person: "it" says it is none)
        bodies = [p for p in recent[-1][2][:1] if p.label in ("ORG", "PERSON")
                  and re.fullmatch(r"(?:The\s+)?", recent[-1][1][:p.start])]
        if not bodies and (noun := re.match(r"(?:The|Its)\s+([a-z]+)\b", recent[-1][1])):
            # "The hospital is run by … . It was known as Y until 2016.": the last body named before whose name
            # ends in that noun
            bodies = _bodies_ending_in(recent, noun.group(1))[:1]
        if not bodies:
            named = [p for p in recent[-1][2] if p.label == "ORG" and not state_of(p.name)]
            bodies = named if len(named) == 1 else []
        return [(bodies[0].name, _without_full_stop(m.group(1)))] if bodies else []
    if not (m := _PRONOUN_NICKNAMED.match(text)):
        return []
    people = []
    for _, earlier, its_pieces in recent[::-1][:_RECENT_SENTENCES]:
        people = [p for p in its_pieces if p.label == "PERSON"  # (not a place read as a person: "a lifter from X")
                  and not _place_of_someone(earlier, its_pieces, p)]
        if people or not re.match(r"(?:He|She)\s", earlier):
            break  # (past a sentence that names no one only when it goes on about "he": "He took the name X.")
    return [(people[-1].name, _without_full_stop(m["alias"] or m["bare"]))] if people else []


def _bodies_ending_in(recent: list[tuple[str, str, list[_Piece]]], noun: str) -> list[_Piece]:
    """The bodies named in the document so far whose name ends in a noun ("the Front", "the hospital"), the last
    first: before a legal form too ("… Society Limited"), not after "of" ("the Senate of X University" is a senate)."""
    return [p for _, _, its_pieces in recent[::-1] for p in its_pieces[::-1]
            if p.label == "ORG" and len(p.name.split()) > 1 and " of " not in p.name
            and (without_trailing_legal_forms(p.name.lower().split())[-1] == noun.lower()
                 # ("the foundation" of "Stiftung Nordlicht": its head noun first, in its own language)
                 or fold(p.name.split()[0]).lower() in FOREIGN_HEAD_NOUNS.get(noun.lower(), ()))]


def _former_group(m: re.Match) -> str:
    """The group of a match of _NOUN_FORMERLY (or of the patterns read with it) that holds the former name: one
    wording a match, each with its own group."""
    return next(g for g in m.re.groupindex if g not in ("noun", "until") and m[g])


def _former_names(text: str, m: re.Match) -> list[str]:
    """The former name a match of _NOUN_FORMERLY (or of the patterns read with it) gives, with its translation and
    short form in brackets after it."""
    group = _former_group(m)
    return [_without_full_stop(m[group]), *(gloss for gloss, _ in _former_glosses(text, m.end(group)))]


# "It took its present name, X (XY), in 2016", "In 2016 the society was renamed X": the name the body took after the
# former one the sentence before gave it by its noun ("The society was founded in 2009 as the Y (Z)").
_PRESENT_NAME = re.compile(r"^(?:In\s+\d{4},?\s+)?(?:It|[Tt]he\s+[a-z]+)\s+(?:(?:took|adopted|assumed)\s+its\s+"
                           r"(?:present|current)\s+name,?|was\s+renamed)\s+(?:the\s+)?(?P<name>"
                           rf"{_NAME_WORD}(?:\s+(?:{_NAME_JOIN}\s+)*{_NAME_WORD}){{0,5}})")


def _renamed_after(text: str, recent: list[tuple[str, str, list[_Piece]]]) -> list[tuple[str, str]]:
    """(present name, former name) for a sentence that gives the present name of a body (_PRESENT_NAME) the sentence
    before gave a former name of by its noun (_NOUN_FORMERLY), with that former name's bracketed gloss."""
    if not recent or not (m := _PRESENT_NAME.match(text)):
        return []
    earlier = recent[-1][1]
    pairs = []
    for former in _NOUN_FORMERLY.finditer(earlier):
        pairs.extend((m["name"], name) for name in _former_names(earlier, former))
    return pairs


def _noun_formers(text: str, pieces: list[_Piece], recent: list[tuple[str, str, list[_Piece]]]) -> list[tuple[str, str]]:
    """(name, former name) for a former name of a body named only by its noun ("The company, which operated as
    Y until 2018"): the body is one the text renames ("… and renamed X"), else the name nearest that noun in this
    sentence or the last of the three before that the noun is said of (see _said_of), else the last body named
    before in the document whose name ends in the noun ("the Front" of "the Highland Resistance Front")."""
    pairs = []
    for m in [*_NOUN_FORMERLY.finditer(text), *_NOUN_NICKNAMED.finditer(text), *_NOUN_POSSESSED_FORMER.finditer(text)]:
        noun = m["noun"].split()[-1]  # (the head of "credit union")
        if noun.lower() in TITLE_WORDS or KIND_CUES.get(noun.lower()) in (PERSON, STATE):
            continue
        formers = _former_names(text, m)
        former = formers[0]
        if renamed := _RENAMED.match(text[m.end(_former_group(m)):]):
            pairs.extend((_without_full_stop(renamed["name"]), name) for name in formers)
            continue
        for earlier, its_pieces in [(text[:m.start()], pieces)] + [(t, p) for _, t, p in recent[::-1][:_RECENT_SENTENCES]]:
            nouns = [w.start() for w in re.finditer(rf"\b{re.escape(noun)}\b(?![’']s?\b)", earlier)]  # "the team’s
            # general manager" says nothing of the team
            heads = [p for p in its_pieces if p.end <= len(earlier) and p.label in ("ORG", "PERSON")
                     and not state_of(p.name) and _key(p.name) != _key(former)
                     and any(_said_of(earlier, p, at, noun) for at in nouns)]
            if heads:
                pairs.extend((heads[-1].name, name) for name in formers)
                break
        else:  # "The Front": the last body named earlier in the document whose name ends in that noun
            named = _bodies_ending_in(recent, noun)
            if not named and noun.lower() in _COMPANY_NOUNS:
                # "X Products locked out … . The company, known until 2020 as Y": when no body was called a company,
                # the last body named in this sentence or the three before that is no public body's (a ministry, a
                # council, a court: OF_JOINERS)
                for earlier, its_pieces in [(text[:m.start()], pieces)] + [(t, p) for _, t, p in
                                                                          recent[::-1][:_RECENT_SENTENCES]]:
                    named = [p for p in its_pieces[::-1]
                             if p.end <= len(earlier) and p.label == "ORG" and _key(p.name) != _key(former)
                             and not state_of(p.name) and not set(_key(p.name).split()) & OF_JOINERS
                             and not set(words(p.name)[-1:]) & _POSTS_AND_TITLES]  # (nor a post: "Chair")
                    # (in the nearest sentence naming any, the last named with a company's legal form: "X Ltd applied
                    # to build in the townland of Y. The company was incorporated as Z": Z was X's name, not Y's)
                    named = [p for p in named if set(words(p.name)[-1:]) & LEGAL_FORMS][:1] or named[:1]
                    if named:
                        break
            if named:
                pairs.extend((named[0].name, name) for name in formers)
            elif noun[:1].isupper() and noun.lower() in _BODY_HEAD_NOUNS:
                # "The Trust, registered in 1987 as Y": the body the report calls the Trust, named in full perhaps
                # only in a heading (_merge_head_nouns)
                pairs.extend((noun, name) for name in formers)
    return pairs


# A company named with its legal form as written (gazetteer.WRITTEN_LEGAL_FORMS and WHOLE_ONLY_LEGAL_FORMS).
# (with "and" or "&" between its words, or "and" in a legal form's language: "Tsogt Drill and Blast LLC", "Mensah Ofori &
# Partners Ltd", Polish "Nowak i Wspólnicy sp. j.", Portuguese "Costa e Filhos Ltda.")
_AND_WORDS = "and|&|i|e|y|et|und|en"  # English, Polish, Portuguese and Italian, Spanish, French, German, Dutch
_WRITTEN_LEGAL_FORM = "|".join(re.escape(f) for f in sorted(WRITTEN_LEGAL_FORMS + WHOLE_ONLY_LEGAL_FORMS, key=len,
                                                             reverse=True))
# (and "Visayas Fumigation and Pest Services, Inc.": a comma before "Inc.", "Ltd.", "LLC", "Corp." as American and
# Philippine companies write it)
_LEGAL_NAMED = re.compile(rf"(?<![\w’'.&/-])((?:(?!(?:{_WRITTEN_LEGAL_FORM})\s){CAPITAL}[\w&-]*\s+"
                          rf"(?:(?:{_AND_WORDS})\s+(?=[A-Z]))?){{0,3}}"
                          rf"(?!(?:{_WRITTEN_LEGAL_FORM})[\s,]){CAPITAL}[\w&-]*"
                          rf"(?:\s+|,\s+(?=(?:Inc|Ltd|LLC|Corp)\b))(?:{_WRITTEN_LEGAL_FORM}))(?![\w’'/-])")


def _legal_named(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """A company's name with its legal form, whole, in place of the parts the recogniser made of it
    ("Torrenova" as a people and no "SpA"): opening words, titles, months and states are no part of it."""
    found = list(pieces)
    for m in _LEGAL_NAMED.finditer(text):
        start, end = m.span(1)
        tokens = m.group(1).split()
        while len(tokens) > 2 and (tokens[0].lower() in OPENERS | TITLE_WORDS | {"the"} or state_of(tokens[0])):
            start = end - len(text[start + len(tokens[0]):end].lstrip())  # past the word and its spaces
            tokens = tokens[1:]
        if tokens[0].lower() in OPENERS | TITLE_WORDS | {"the"} or state_of(tokens[0]):
            continue
        name = _without_full_stop(text[start:end]) if end == len(text) else text[start:end]
        end = start + len(name)
        inside = [p for p in found if p.start < end and start < p.end]
        if any(p.start < start or p.end > end for p in inside) \
                or any((p.start, p.end) == (start, end) and p.label != "PERSON" for p in inside):
            continue  # the recogniser's name is longer, or the same (but a legal form says no person's)
        found = [p for p in found if p not in inside] + [_Piece(start, end, name, "ORG")]
    return sorted(found, key=lambda p: p.start)


# "Sport Club" + "do Recife": a body's name runs on over another language's "of".
_FOREIGN_OF = re.compile(r"^\s+(?:de|do|da|dos|das|del|della|di|du|des)\s+(?:la\s+|las\s+|los\s+|l[’'])?"
                         r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?![\w’'-])")


def _foreign_joined(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """A body's name the recogniser cut before "de"/"do" ("Sport Club" of "Sport Club do Recife") taken whole,
    and a "facility" whose words name a body ("Universidad del Litoral Sur") a body."""
    found = []
    skip_to = -1
    for n, p in enumerate(pieces):
        if p.start < skip_to:
            continue
        tokens = words(p.name)
        if p.label == "FAC" and tokens and (tokens[0] in FIRST_WORD_CUES or set(tokens) & (ORGANISATION_WORDS | OF_JOINERS)):
            p = _Piece(p.start, p.end, p.name, "ORG", p.title)
        if p.label == "ORG" and (m := _FOREIGN_OF.match(text[p.end:])):
            end = p.end + m.end()
            if all(q.label != "ORG" for q in pieces[n + 1:] if q.start < end):
                p = _Piece(p.start, end, text[p.start:end], "ORG", p.title)
                skip_to = end
        found.append(p)
    return found


# "Tanzeem" + "-e-Sarhad", "Jaish" + "-e-Kashmir": the rest of a name whose words a lower-case particle joins with
# hyphens (HYPHEN_NAME_JOINERS), after where the recogniser cut it.
_HYPHEN_JOINED_REST = rf"(?:-(?:{'|'.join(sorted(HYPHEN_NAME_JOINERS))})-[A-Z][^\W\d_]*)+"
_HYPHEN_JOINED = re.compile(rf"^{_HYPHEN_JOINED_REST}")
# The second part of a double-barrelled surname after where the recogniser cut a person's name ("Agnieszka
# Wróblewska" + "-Kuś"): a hyphen, then one capitalised word and no further hyphen. (Not after a place's or a body's
# name: "Djibouti-Ambouli" is an airport, "NL-Alert" a system.)
_HYPHENED_SURNAME_REST = re.compile(rf"^-{CAPITAL}[^\W\d_]+(?![\w’'-])")
# A name's word closed by an apostrophe, as Luo names are written ("Ochieng'", "Onyang'"), and the name's next word
# on the same line, where the recogniser cut the name at the apostrophe: not after an "s", where the apostrophe is a
# plural's possessive ("the Joneses' Farm").
_APOSTROPHE_CLOSED_REST = re.compile(rf"^['’][^\S\n]+{CAPITAL}[^\W\d_]+(?![\w’'-])")
# …and such a name before the acronym its parts spell ("Tanzeem-e-Sarhad (TeS)"), which the recogniser may miss.
_HYPHEN_JOINED_ACRONYMED = re.compile(rf"(?<![\w’'-])([A-Z][^\W\d_]+{_HYPHEN_JOINED_REST})\s*\(([A-Z][A-Za-z]{{1,5}})\)")


def _hyphen_joined(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """A name the recogniser cut before a hyphen-joined particle, taken whole ("Tanzeem-e-Sarhad"), or missed
    though its acronym follows (a body's name, then)."""
    found = []
    inside: set[int] = set()
    for p in pieces:
        m = _HYPHEN_JOINED.match(text[p.end:])
        if not m and p.label == "PERSON":
            m = _HYPHENED_SURNAME_REST.match(text[p.end:])  # "Agnieszka Wróblewska" + "-Kuś"
        rest = None
        if not m and p.label == "PERSON" and not p.name.endswith("s"):
            rest = _APOSTROPHE_CLOSED_REST.match(text[p.end:])  # "Okoth Onyang" + "' Adhiambo"
        if m:
            end = p.end + m.end()
            if not any(q.start < end and q.end > p.end for q in pieces if q is not p):
                p = _Piece(p.start, end, text[p.start:end], p.label, p.title)
        elif rest:  # (the word after the apostrophe may have been read as a name of its own: it is this one's)
            end = p.end + rest.end()
            if not any(q.start < end and q.end > end for q in pieces if q is not p):
                inside.update(id(q) for q in pieces if q is not p and p.end <= q.start and q.end <= end)
                p = _Piece(p.start, end, text[p.start:end], p.label, p.title)
        found.append(p)
    found = [p for p in found if id(p) not in inside]
    for m in _HYPHEN_JOINED_ACRONYMED.finditer(text):
        start, end = m.span(1)
        if "".join(part[0] for part in m.group(1).split("-")).lower() == m.group(2).lower() \
                and not any(q.start < end and start < q.end for q in found):
            found.append(_Piece(start, end, m.group(1), "ORG"))
    return sorted(found, key=lambda p: p.start)


# A relative clause on a name, up to the wording that gives its former name (its short name may stand between).
# ", a developer listed on the ": a description opening with its article, between a name and a name inside it.
# (", a Piraeus firm": the description may open with a capitalised word)
_DESCRIPTION_BETWEEN = re.compile(r",\s+(?:a|an)\s+(?:[a-z][^,;:()“”\"]{0,80}\s+)?(?:the\s+)?")
_WHICH_CLAUSE = re.compile(rf"^{_SHORT_NAME_BETWEEN},\s+which\s+[^;:()“”\"]{{0,120}}$")
# "A B (Ripley and Thornbury)": a member's seat after their name, two places in brackets; or any seat in square
# brackets, as a hansard writes them ("Tuan A B [Sungai Merah] asked …").
_BRACKETED_SEAT = re.compile(r"\s*(?:\((?P<seat>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:and|&)\s+[A-Z][\w’'-]*"
                             r"(?:\s+[A-Z][\w’'-]*)*)\)|\[(?P<square>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\])")


def _without_seats(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """The names inside a member's seat in brackets after their name are places, no actors nor other names (but a
    body's words say a body: "(Labour Party and Co-operative Party)")."""
    seats = [(p.end + m.start(seat), p.end + m.end(seat)) for p in pieces
             if p.label == "PERSON" and (m := _BRACKETED_SEAT.match(text[p.end:]))
             and (seat := "seat" if m["seat"] else "square")
             and not any(w in NAME_CUES or w in KIND_CUES for w in words(m[seat]))]
    return [p for p in pieces if not any(start <= p.start and p.end <= end for start, end in seats)]


# The capitalised words a sentence opens with ("Castle Homes was known until 2021 as Y").
_OPENING_NAME = re.compile(rf"^(?:The\s+)?({_NAME_WORD}(?:\s+(?:{_NAME_JOIN}\s+)*{_NAME_WORD}){{0,5}})")
# "X …, was formerly called Y": the former name of the sentence's subject, the name opening it.
_SUBJECT_START = re.compile(r"^(?:The\s+)?$")
_WAS_BEFORE = re.compile(r"\b(?:was|were)\s+$")
# (after the subject's founding: "X was established in 2017 and was known until 2020 as Y")
_AND_WAS = re.compile(r"[”\"’]?(?:\s+(?:was|were)\s+(?:founded|established|registered|incorporated|created|formed)"
                      r"(?:\s+in\s+\d{4})?)?\s+and\s+(?:was|were|had\s+been)\s+")


# "… of the Homokpart Egyesület": capitalised words after a name's "of", another name.
_OF_UNREAD_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _former_names_far(text: str, pieces: list[_Piece]) -> list[tuple[str, str]]:
    """(name, former name) pairs a description may stand between ("X (XH), the Tunisian wind-farm
    builder formerly known as Y"; the recogniser may not see Y as a name at all): the name is the
    last one before that is not a people's adjective ("Tunisian")."""
    pairs = []
    for at, former, _ in _other_names(text):
        if former.split()[0].lower() in TITLE_WORDS:
            continue  # "X, formerly Assistant Director General of Y": a job, not a name
        if text.startswith("the former", at) and not _body_word(name_heads(former.lower().split())[-1]):
            continue  # "A B, the former Harbour Master": a post; "X, the former Y College", "X, the former University
            # of the North": a body's name
        # "X (XY), which split from Z in 2019 and was known until 2023 as Y": the "which" clause's name, not Z
        if owners := [p for p in pieces if p.end <= at and _WHICH_CLAUSE.match(text[p.end:at])]:
            pairs.append((_description_owner(text, pieces, owners[-1]).name, former))
            continue
        # not a place inside the description ("X, a company based at the Y Park, known until 2022 as Z")
        placed = [p for p in pieces
                  if p.end <= at and re.search(r"\b(?:at|in|near|based)\s+(?:the\s+)?$", text[:p.start])]
        if placed and re.fullmatch(r"\s*\(?", text[placed[-1].end:at]) and not state_of(placed[-1].name):
            continue  # "depots in Ridgeton (formerly Oldtown)": a town's old name
        heads = [p for p in pieces if p.end <= at and p.label != "NORP" and p not in placed
                 and not re.match(r"-[a-z]|[’']s?\s", text[p.end:])]  # nor the place of "a Durrës-based NGO", nor
        # an owner inside the description ("X, the Territory's governing body, known as Y until …": X's)
        if not heads and placed and placed[-1].label == "ORG" and re.fullmatch(r",\s+", text[placed[-1].end:at]):
            heads = placed[-1:]  # "complaints from parents at X School, known until 2019 as Y": no other name to own it
        if not heads and (bare := [m for m in _BARE_SHORT_NAME.finditer(text, 0, at)
                                   if m.group().lower() not in COMMON_ACRONYMS]):
            heads = [_Piece(bare[-1].start(), bare[-1].end(), bare[-1].group(), "ORG")]  # "The KRTA operated until …"
        if not heads and (opening := _OPENING_NAME.match(text)) and re.fullmatch(r"\s+(?:was|were)\s+",
                                                                                  text[opening.end(1):at]):
            heads = [_Piece(opening.start(1), opening.end(1), opening.group(1), "ORG")]  # "Castle Homes was known until
            # 2021 as Y": the subject the recogniser missed
        if heads and _OF_UNREAD_NAME.match(text, heads[-1].end) \
                and heads[-1].name.split()[-1].lower().rstrip(".") not in LEGAL_FORMS:
            continue  # "the Panel of the Homokpart Egyesület (HE), which was called Y": the name after "of" (which
            # the recogniser did not read) was, not the panel (but "Brekke Varme AS of Tarvik, known until 2018 as Y":
            # a company's whole name, and the town it is of)
        if heads and at - heads[-1].end <= _FORMER_GAP_LIMIT \
                and (not CLAUSE_VERB.search(text[heads[-1].end:at]) or _AND_WAS.fullmatch(text[heads[-1].end:at])):
            pairs.append((_description_owner(text, pieces, heads[-1]).name, former))  # (or "… calls itself X and was
            # known until 2020 as Y")
        elif heads and _SUBJECT_START.match(text[:heads[0].start]) and _WAS_BEFORE.search(text[:at]) \
                and not CLAUSE_VERB.search(text[heads[0].end:at - len(_WAS_BEFORE.search(text[:at])[0])]):
            pairs.append((heads[0].name, former))  # "The FCN, known in X as …, was formerly called Y": the subject's
    return pairs


def _description_owner(text: str, pieces: list[_Piece], piece: _Piece) -> _Piece:
    """The name whose description or bracket a name sits in ("X, a developer listed on the Y, which traded as Z",
    "X (Tengeri or the Company), formerly Z": X), else it."""
    described = [p for p in pieces if p.end < piece.start and _DESCRIPTION_BETWEEN.fullmatch(text[p.end:piece.start])]
    if described:
        return described[-1]
    if (bracket := text.rfind("(", 0, piece.start)) != -1 and ")" not in text[bracket:piece.start]:
        # (a body's bracket holds its other names; a person's, the party or body they speak for)
        return next((p for p in reversed(pieces) if p.end <= bracket and not text[p.end:bracket].strip()
                     and p.label != "PERSON"), piece)
    return piece


def _named_formerly(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """"Costa Brava Foods, formerly Conservas Lumen": a name the recogniser missed, of the former
    name's kind (a company's former name is a company's)."""
    found = list(pieces)
    for former in pieces:
        m = _NAMED_FORMERLY.search(text[:former.start])
        if not m or m.group(1).split()[0].lower() in OPENERS | {"the"} \
                or (m["which"] and not _UNTIL.match(text[former.end:])):
            continue
        inside = [p for p in found if p.start < m.end(1) and m.start(1) < p.end]
        if any(p.start < m.start(1) or p.end > m.end(1) or p.label == "ORG" for p in inside) \
                or (inside and not m.group(1).endswith(inside[-1].name)):
            continue  # the recogniser's name, or a longer one; only a last word it took for a person's is replaced
        label = former.label if former.label in ("ORG", "PERSON") else "ORG"
        found = [p for p in found if p not in inside] + [_Piece(m.start(1), m.end(1), m.group(1), label)]
    return sorted(found, key=lambda p: p.start)


def _name_span(m: re.Match[str]) -> tuple[int, int]:
    """Where a match's first group names something, its opening "The"/"But"/… left out."""
    start, end = m.span(1)
    first = m.group(1).split()[0]
    return (start + len(first) + 1 if first.lower() in OPENERS | {"the"} else start), end


# "the International Federation of Miners, Quarry, Cement and Allied Workers (IFM)": a body's name that lists
# its trades with commas, up to an acronym spelling its first words, in brackets or as an appositive
# ("the Salt, Oil and Allied Workers union, the SOAW, said"), which may be hyphened after an owner's ("AL-OVRM").
_LISTED_NAME = re.compile(rf"(?=(?<![\w’'-])({_NAME_WORD}(?:\s+(?:(?:of|for|the)\s+)*{_NAME_WORD})*"
                          rf"(?:,\s+{_NAME_WORD}(?:\s+{_NAME_WORD})*)+,?\s+(?:and|&)\s+{_NAME_WORD}"
                          rf"(?:\s+{_NAME_WORD})*)"
                          r"(?:\s*\((?P<bracketed>[A-Z]{3,8}|[A-Z]{1,5}-[A-Z]{2,6})\)[^\w]|(?P<head>\s+[a-z]+)?,\s+the\s+(?P<apposed>[A-Z]{3,8})\b))")


def _listed_remit(text: str, pieces: list[_Piece]) -> list[_Piece]:
    found = list(pieces)
    for m in _LISTED_NAME.finditer(text):
        start, end = m.span(1)
        initials = _initials(_key(m.group(1)))
        if not initials.startswith((m["bracketed"] or m["apposed"]).replace("-", "").lower()) \
                or m.group(1).split()[0].lower() in OPENERS:
            continue
        article = 4 if text[max(0, start - 4):start] in ("The ", "the ") else 0  # "The Fish" is cut too
        reach = max(end, m.end("head"))  # the recogniser's piece may hold the lower-case head: "… Workers union"
        inside = [p for p in found if p.start < end and start - article < p.end]
        if any(p.start < start - article or p.end > reach or (p.label == "PERSON" and " " in p.name) for p in inside):
            continue  # (a one-word "person" is the recogniser's reading of a listed trade)
        found = [p for p in found if p not in inside] + [_Piece(start, end, m.group(1), "ORG")]
    return sorted(found, key=lambda p: p.start)


# (capitalised too: "Mohammed Bin Salman", "Salem Ould Baba")
_PATRONYMIC_GAP = re.compile(rf"\s+(?:{'|'.join(sorted(PATRONYMIC_JOINERS))})\s+", re.IGNORECASE)


# "Pavel Andreyevich Lutsenko": a given name, a patronymic and a surname (the small recogniser misses or splits them).
_PATRONYMIC_NAME = re.compile(rf"\b({CAPITAL}[a-z]+\s+[A-Z][a-z]+(?:{'|'.join(PATRONYMIC_ENDINGS)})"
                                     rf"\s+{CAPITAL}[\w’'-]+)\b")


# "Salma mint Ahmed Vall", "Jalong anak Ubong": capitalised words either side of a patronymic joiner written in lower
# case are one person's name, where the recogniser found none of it or read the parts as a people and a body.
_JOINED_BY_PATRONYMIC = re.compile(rf"\b(?:{_TITLE_ALTERNATIVES}\.?[^\S\n]+)*"
                                   rf"({_PERSONAL_WORD}(?:[^\S\n]+{_PERSONAL_WORD})?[^\S\n]+"
                                   rf"(?:{'|'.join(sorted(map(re.escape, PATRONYMIC_JOINERS)))})"
                                   rf"[^\S\n]+{_PERSONAL_WORD}(?:[^\S\n]+{_PERSONAL_WORD}){{0,2}})\b")


# "Choi Seung-woo": a one-syllable family name and a hyphenated given name (language.HYPHENATED_GIVEN_NAME).
_FAMILY_NAME_FIRST = re.compile(rf"\b([A-Z][a-z]{{1,{FAMILY_NAME_MAX - 1}}}\s+{HYPHENATED_GIVEN_NAME.pattern})\b(?!-)")


def _patronymic_named(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """A person's name with a patronymic in the middle (_PATRONYMIC_NAME) or joined by one (_JOINED_BY_PATRONYMIC),
    or a romanised Korean name (_FAMILY_NAME_FIRST), is one person's piece, in place of what the recogniser found
    inside it ("Irina" as a place and "Sergeyevna Volkova", a body, or nothing)."""
    found = list(pieces)
    for m in [*_PATRONYMIC_NAME.finditer(text),
              *(m for m in [*_FAMILY_NAME_FIRST.finditer(text), *_JOINED_BY_PATRONYMIC.finditer(text)]
                if m[1].split()[0].lower() not in OPENERS)]:
        inside = [p for p in found if p.start < m.end(1) and m.start(1) < p.end]
        if any(p.start < m.start(1) and p.label == "PERSON" or p.end > m.end(1) for p in inside):
            continue  # (a longer name the recogniser found already)
        if m.re is _JOINED_BY_PATRONYMIC and any(p.label == "PERSON" and p.start < m.start(1) + _PATRONYMIC_GAP.search(
                m[1]).start() for p in inside):
            continue  # (a person's name it found: _patronymics_joined joins it, past a title: "Datuk Seri A bin B"; but
            # "Fatimetou mint" + "Bekaye", the given name not found, is joined here)
        title = next((p.title for p in inside if p.title), None)
        found = _in_place_of(found, _Piece(m.start(1), m.end(1), m[1], "PERSON", title))
    return found


def _patronymics_joined(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """"Maryam" + "bint" + "Salim Al-Harthy": two names the recogniser found either side of a
    patronymic joiner (or of a joiner and the name it opens) are one person's; so is a lone given name it
    took for a body's ("Salem" + "Ould Sidi Baba") before a person's name."""
    found: list[_Piece] = []
    for piece in pieces:
        gap = text[found[-1].end:piece.start] if found else ""
        # (the father's name alone may be read as a place: "Devi" + "a/p" + "Krishnan")
        if found and (piece.label == "PERSON" or _PATRONYMIC_GAP.fullmatch(gap) and " " not in piece.name
                      and found[-1].label == "PERSON" and not state_of(piece.name)) \
                and (found[-1].label == "PERSON" or " " not in found[-1].name.strip()) \
                and (_PATRONYMIC_GAP.fullmatch(gap)
                     or (text[found[-1].end:piece.start].isspace() and piece.name.split()[0].lower() in PATRONYMIC_JOINERS)):
            last = found.pop()
            piece = _Piece(last.start, piece.end, text[last.start:piece.end], "PERSON", last.title or piece.title)
        found.append(piece)
    for n, piece in enumerate(found):  # "Siti Aisyah" + "binti Mohd Rashid", the father's name not found at all, or
        # "Nurul Ain binti Mohd" + "Yusof", cut inside it
        if piece.label != "PERSON":
            continue
        joined = set(piece.name.lower().split()) & PATRONYMIC_JOINERS
        after = text[piece.end:]
        run = _PATRONYMIC_RUN.match(after) or (_FATHERS_NAME_REST.match(after) if joined else None)
        if run and not any(p.start < piece.end + run.end() and p.end > piece.end for p in found):
            end = piece.end + run.end()
            found[n] = _Piece(piece.start, end, text[piece.start:end], "PERSON", piece.title)
    return found


# (on the name's line: "A bin B C" over "Chairman of the Board" takes no post)
_FATHERS_NAME_REST = re.compile(rf"^[^\S\n]+{_PERSONAL_WORD}(?:[^\S\n]+{_PERSONAL_WORD})?(?=[,;.)]|\s+[a-z]|$)")
_PATRONYMIC_RUN = re.compile(rf"^[^\S\n]+(?:{'|'.join(sorted(PATRONYMIC_JOINERS))})[^\S\n]+{_PERSONAL_WORD}"
                             rf"(?:[^\S\n]+{_PERSONAL_WORD}){{0,2}}(?=[\s,;.)]|$)")


# Words a body's name holds before "the" ("Bank for the Poor", "Friends of the Earth", "Save the Children"): not where
# the recogniser ran another word into a name. The joiners of names, and a few words a name's verb or phrase opens with.
_JOINS_A_BODYS_NAME = NAME_JOINERS | {"to", "in", "at", "save", "against", "with", "from"}


def _acronymed(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """A name the recogniser missed or cut short but the text gives an acronym for: "the Filipino
    Dock Workers’ League (FDWL)" (only "Filipino", a people, was found). A name that has its
    own acronym in brackets is a body's. Its owner or member before it is not part of it
    ("Jelani’s Barisan Rakyat Pesisir (BRP)", "Datuk Aminah Yusof of Parti Bersatu Kota (Bersatu)")."""
    found = list(pieces)
    for m in _BEFORE_ACRONYM.finditer(text):
        span_start, end = _name_span(m)
        start = _past_owner(text, span_start, end, found)
        short = m.group(2)
        acronym = _acronym_key(short)
        spelt_at = _spelt_from(text, start, end, acronym) if acronym else _holding_short_name(text, start, end, short)
        if spelt_at is None and acronym and (whole := _spelt_from(text, span_start, end, acronym)) is not None:
            spelt_at = whole  # "Moody’s Investors Service (MIS)": what looked like an owner is part of the name
        if spelt_at is None and acronym:  # "the Central Licensing Authority for the Gas Sector (CLA)"
            spelt_at = _spelt_before_remit(text, start, end, acronym)
        if spelt_at is None and not acronym:
            continue  # a short name that is none of the name's words
        start = start if spelt_at is None else spelt_at  # (an acronym of another language's words spells none)
        if member := _member_before(text[span_start:start]):  # the recogniser's lump of both, or neither found
            person = _Piece(span_start + member[0], span_start + member[1],
                            text[span_start + member[0]:span_start + member[1]], "PERSON", member[2])
            lumps = [p for p in found if p.start <= person.start and p.end > person.end]
            if not any((p.start, p.end) == (person.start, person.end) for p in found):
                found = [p for p in found if p not in lumps] + [person]
        inside = [p for p in found if p.start < end and start < p.end]
        if spelt_at is not None and len(inside) == 1 and inside[0].start < start and inside[0].end == end \
                and (joined := re.search(r"\s+(?:and|&)\s+(?:the\s+)?$", text[inside[0].start:start])):
            # "the Ministry of Education and Science and the State Commission for … (SC)" read as one name: two bodies
            lump = inside[0]
            first_end = lump.start + joined.start()
            found = [p for p in found if p is not lump] + [_Piece(lump.start, first_end, text[lump.start:first_end],
                                                                   lump.label, lump.title)]
            inside = []
        if spelt_at is not None and len(inside) == 1 and inside[0].start < start and inside[0].end == end \
                and len(gap := text[inside[0].start:start].split()) >= 2 and gap[-1] == "the" \
                and gap[-2].lower() not in _JOINS_A_BODYS_NAME:
            # "Under the Programme the Water Corporation (WC) engaged …": the recogniser ran a word before the name into
            # it, and the short name spells the name alone
            found = [p for p in found if p is not inside[0]]
            inside = []
        if any(p.end > end or (p.label not in ("NORP", "GPE") and (spelt_at is None or p.start < start)) for p in inside):
            continue  # the recogniser has it (or a part of it it named better)
        found = [p for p in found if p not in inside] + [_Piece(start, end, text[start:end], "ORG")]
    return sorted(found, key=lambda p: p.start)


# What a body's name runs on with after its head, before an acronym in another language's word order: places
# and subjects, each after "in"/"for"/"of"/"on"/"to" ("… Mission" + "for the Ballot in Northern Tarvia").
_REMIT_RUN = re.compile(rf"(?:\s+(?:in|for|of|on|to)\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD})*)+")
_BRACKETED_SHORT = re.compile(r"\s*\(([A-Z][A-Za-z]{2,9})\)")
# The rest of a body's name after one or two small words in lower case ("en Bois", "de la Forêt") on one line.
_CUT_AT_JOINER = re.compile(rf"(?:[^\S\n]+[a-z]{{1,4}}){{1,2}}(?:[^\S\n]+{CAPITAL}[\w’'-]*)+")


def _run_on_to_acronym(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """A body's name the recogniser ended before the places and subjects it runs on with, up to its acronym in
    brackets ("the United Nations Mission" of "… Mission for the Ballot in Northern Tarvia (MINUBAT)", "the
    National Office for the Recovery of Farming Activities" of "… in Kolda (ONRAK)"): whole, with
    no place among its parts taken for the acronym's owner. Not when the body's name alone spells the acronym."""
    found = list(pieces)
    for m in _BRACKETED_SHORT.finditer(text):
        if not _acronym_key(m.group(1)):
            continue  # ("… GmbH of Meran (Merano)": a place's name in another language, no body's acronym)
        bodies = [p for p in found if p.end <= m.start() and p.label == "ORG"]
        cut = next((b for b in reversed(bodies) if _CUT_AT_JOINER.fullmatch(text[b.end:m.start()])), None)
        if cut is not None and m.group(1).lower() != _initials(_key(cut.name)) \
                and m.group(1).lower() == _initials(_key(text[cut.start:m.start()])):
            # "Direction … des Ressources" + "en Bois (DGPRB)": one name, cut at a small word of its language (the
            # rest may have been read as a name of its own)
            found = [p for p in found if not (cut.start <= p.start and p.end <= m.start())] + [
                _Piece(cut.start, m.start(), text[cut.start:m.start()], "ORG", cut.title)]
            continue
        if not bodies or not _REMIT_RUN.fullmatch(text[bodies[-1].end:m.start()]):
            continue
        body = bodies[-1]
        acronym, whole = m.group(1).lower(), text[body.start:m.start()]
        if acronym in (_initials(_key(body.name)), "".join(w[0] for w in _key(body.name).split())):
            continue  # "the Ministry of Health in Kenya (MOH)": the body's own name spells it
        inside = [p for p in found if body.end <= p.start and p.end <= m.start()]
        if any(p.label not in ("GPE", "LOC") for p in inside):
            continue
        found = [p for p in found if p is not body and p not in inside] + [
            _Piece(body.start, m.start(), whole, "ORG", body.title)]
    return sorted(found, key=lambda p: p.start)


def _holding_short_name(text: str, start: int, end: int, short: str) -> int | None:
    """Where a body's name holding its short name starts ("Parti Harapan Pesisir (Harapan)": one of its
    words), past a member named before it with "of"; None if the short name is none of its words."""
    span = text[start:end]
    if short.lower() not in _key(span).split() or len(span.split()) < 2:
        return None
    for joined in re.finditer(r"\s+of\s+(?:the\s+)?", span):
        if _member_before(span[:joined.end()]) and short.lower() in _key(span[joined.end():]).split():
            return start + joined.end()
    return start


def _past_owner(text: str, start: int, end: int, pieces: list[_Piece]) -> int:
    """Where a body's name starts in a span of capitalised words that opens with its owner or its
    member: "Jelani’s Barisan Rakyat Pesisir", "Datuk Kamarul Hisham of Parti Harapan Pesisir" (a
    possessive, or a person the recogniser found followed by "of")."""
    if owner := re.search(r"^.*[’']s\s+(?=[A-Z])", text[start:end]):
        start += owner.end()
    for piece in pieces:
        if piece.label == "PERSON" and start <= piece.start and piece.end < end \
                and (joined := re.match(r"\s+of\s+(?:the\s+)?", text[piece.end:end])):
            start = piece.end + joined.end()
    return start


def _member_before(before: str) -> tuple[int, int, str | None] | None:
    """The person in "Datuk Aminah Yusof of " (a name's shape, maybe after a title, then "of"): where
    the name starts and ends in `before`, and its title; None if it is no person's name."""
    m = re.fullmatch(r"((?:([A-Z][a-z]{1,8}\.?)\s+)?)(.+?)\s+of\s+(?:the\s+)?", before)
    if m is None:
        return None
    title = m[2] if m[2] and m[2].rstrip(".").lower() in TITLE_WORDS | _HONORIFIC_WORDS else None
    name_start = m.start(3) if title else m.start(1)
    name = before[name_start:m.end(3)]
    return (name_start, m.end(3), title) if _name_shaped(name) else None


def _spelt_from(text: str, start: int, end: int, acronym: str) -> int | None:
    """Where the words whose initials spell `acronym` start, the span's whole or its last words
    ("Limbong’s Barisan Rakyat Borneo (BRB)": from "Barisan"); None if no such words."""
    for word in re.finditer(r"\S+", text[start:end]):
        words_ = text[start + word.start():end]  # (a hyphened word gives one letter or each of its parts one)
        if acronym in (_initials(_key(words_)), _initials(_key(words_.replace("-", "")))) and word.group()[:1].isupper() \
                and word.group().lower() not in ACRONYM_SKIPPED:
            return start + word.start()
    return None


def _spelt_before_remit(text: str, start: int, end: int, acronym: str) -> int | None:
    """Where a body's name starts whose acronym spells only its words before its remit ("… Authority for the
    Gas Sector (CLA)": the words up to "for", "of" or "on"); None if none do."""
    remit = re.search(r"\s+(?:of|for|on)\s+", text[start:end])
    return _spelt_from(text, start, start + remit.start(), acronym) if remit else None


# "the Indonesian Forum for the Environment (WALHI)", "Germany’s Federal Commissioner for Data Protection and
# Freedom of Information (BfDI)", "… Humanitarian Aid Operations (DG ECHO)": a body's whole name before its short
# name in brackets, whatever language the short name is in, when the words name a body ("the" only after "of",
# "for", "on": "the Ministry of Health and the Drug Council (DC)" are two bodies).
_BODY_BEFORE_SHORT = re.compile(r"(?:^|(?<=[\s(“]))((?:[A-Z][\w&-]*)"
                                r"(?:\s+(?:(?:(?:of|for|on)(?:\s+the)?|and|&)\s+)*[A-Z][\w&-]*){1,9})"
                                r"\s*\((?=[A-Za-z ]*[A-Z][A-Za-z ]*[A-Z])([A-Z][A-Za-z]{1,7}(?:\s[A-Z]{2,8})?)\)")
_BODY_HEADS = OF_JOINERS | ORGANISATION_WORDS | {"commissioner", "ombudsman", "directorate", "directorate-general",
                                                  "inspectorate", "secretariat", "network", "service", "watch"}


# A body's part, named before "of" and its body ("the X Department of the Y", "the Appeals Panel of the Y"): committees,
# departments, units, panels, boards.
_PARTS_OF_BODIES = COMMITTEE_WORDS | {"department", "division", "unit", "directorate", "section", "bureau", "branch",
                                      "panel", "board", "council", "commission"}


# A spoken title right before a word ("Hon. ", "Dr "): what follows is a person's name.
_TITLE_BEFORE = re.compile(rf"(?:^|(?<=\s)){_SPOKEN_TITLE}\s+$")


def _bodies_before_short_names(text: str, pieces: list[_Piece]) -> list[_Piece]:
    found = list(pieces)
    for m in _BODY_BEFORE_SHORT.finditer(text):
        start, end = _name_span(m)
        if (compound := re.match(r"\S+?(?=-[a-z])", text[start:end])) and _COMPOUND.match(text[start + compound.end():]):
            start = re.search(r"\s+", text[start:end]).end() + start  # "Lagos-based": where it is, not its name
        # ("the Audit Committee of the Nursing Council (NC)", "the Fraud Department of the Revenue Agency (RA)": the
        # short name spells the council's name alone, so the committee is a body of its own, named before it; not
        # "the Office of the X (X's initials)", X's office)
        whole = start  # (where the name the acronym follows starts, its unit's too)
        # (nor "Hon. Roe of the Free Party (FP)": a titled person's surname, "of" the party the short name spells)
        if (owned := list(re.finditer(r"\s+of(?:\s+the)?\s+", text[start:end]))) \
                and ((before_of := text[start:start + owned[-1].start()].split())[-1].lower() in _PARTS_OF_BODIES
                     or (_TITLE_BEFORE.search(text[:start]) and len(before_of) == 1)) \
                and (short := _acronym_key(m.group(2))) \
                and _initials(_key(text[start + owned[-1].end():end])) == short != _initials(_key(text[start:end])):
            start += owned[-1].end()
        name = text[start:end]
        if not (set(words(name)) & _BODY_HEADS or set(name.lower().split()) & _BODY_HEADS) or state_of(name):
            continue
        inside = [p for p in found if p.start < end and start < p.end]
        if any(p.start < whole or p.end > end
               or ((p.label == "PERSON" or _name_shaped(p.name)) and re.match(r"\s+of\b", text[p.end:])) for p in inside) \
                or any((p.start, p.end) == (start, end) for p in inside):
            continue  # the recogniser's name runs on, or is this one; or a person "of the" body is named first
        found = [p for p in found if p not in inside] + [_Piece(start, end, name, "ORG")]
    return sorted(found, key=lambda p: p.start)


_STATE_NAMES = re.compile(r"(?<![\w.])(?:the\s+)?(" + "|".join(
    sorted((re.escape(n) for state, entry in STATES.items() for n in (state, *entry.other_names)), key=len,
           reverse=True)) + r")(?![\w’'-])")


def _state_suffixed(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """"Eastvale University" + "Malaysia": a body named with its state after its head noun, no "of" between (a
    national branch or campus of a wider body, "the Wesleyan Church Sri Lanka"); the state ends the body's name. Not
    before a possessive or another capitalised word, where the state may open a phrase of its own."""
    joined: list[_Piece] = []
    for piece in pieces:
        if joined and (body := joined[-1]).label == "ORG" and text[body.end:piece.start] == " " \
                and state_of(piece.name) and _body_word(body.name.split()[-1].lower()) \
                and not re.match(r"[’']s\b|\s+[A-Z]", text[piece.end:]):
            joined[-1] = _Piece(body.start, piece.end, text[body.start:piece.end], "ORG", body.title)
            continue
        joined.append(piece)
    return joined


def _gazetteer_states(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """States the recogniser missed ("the collapse of the Soviet Union"), found by their names."""
    return _with_missed(text, pieces, _STATE_NAMES, "GPE")


_SIBLING_AFTER = re.compile(r"^,\s+(?:and\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})(?=\s*(?:,|\band\b|:|\.|$))")
_SIBLING_BEFORE = re.compile(r"(?:^|[:—,]\s+|\s)([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}),\s+(?:and\s+)?$")


def _leading_titles(words_: list[str]) -> int:
    """How many of the first words are titles ("Deputy Superintendent" of "Deputy Superintendent A B")."""
    n = 0  # (a rank of titles joined by a hyphen, "Major-General", is one)
    while n < len(words_):
        if phrase := _rank_phrase_opening(words_[n:]):
            n += phrase  # "El Hadji A B": a title of words that are no titles alone
        elif is_title_word(words_[n]) \
                or "-" in words_[n] and all(part in TITLE_WORDS for part in words_[n].lower().split("-")) \
                or _leads_a_title(words_[n:]):
            n += 1
        else:
            break
    return n


def _rank_phrase_opening(words_: list[str]) -> int:
    """How many words a rank of several words (RANK_PHRASES) opening the words takes, before a name; 0 for none."""
    return next((len(p) for p in RANK_PHRASES if len(words_) > len(p)
                 and tuple(w.lower() for w in words_[:len(p)]) == p), 0)


def _leads_a_title(words_: list[str]) -> bool:
    """The first word is a title's leader before a title, other leaders between ("Acting" of "Acting Appeal Judge")."""
    n = 0
    while n < len(words_) and words_[n].lower() in TITLE_LEADERS:
        n += 1
    return 0 < n < len(words_) and words_[n].rstrip(".").lower() in TITLE_WORDS


_POST_OF_PLACE = re.compile(rf"\b(?i:{'|'.join(sorted(TITLE_WORDS))})\s+of\s+$")


def _siblings(text: str, common: frozenset[str] | set[str], pieces: list[_Piece]) -> list[_Piece]:
    """Names listed beside a company or a person the recogniser found ("Orrin, Halcyon Orbital
    Works, Pellmark"): the recogniser misses some members of a list; they share its label. Not a post after a
    person's name ("A B, Senior Dairy Safety Engineer"): a person's noun last, after a title's leader or words the
    report writes in lower case (`common`; not "A B, Mary Cook")."""
    found = list(pieces)
    queue = [p for p in pieces if p.label in ("ORG", "PERSON")]
    while queue:
        piece = queue.pop()
        candidates = []
        if m := _SIBLING_AFTER.match(text[piece.end:]):
            candidates.append((piece.end + m.start(1), piece.end + m.end(1)))
        if m := _SIBLING_BEFORE.search(text[:piece.start]):
            candidates.append((m.start(1), m.end(1)))
        for start, end in candidates:
            name = text[start:end]
            if start == 0 and len(name.split()) == 1:
                continue  # a capitalised first word of the sentence
            if any(p.start < end and start < p.end for p in found) or state_of(name) \
                    or any(w.lower() in OPENERS for w in name.split()) \
                    or KIND_CUES.get(name.split()[-1].lower()) == PERSON \
                    or (KIND_CUES.get(name.split()[0].lower()) == PERSON and name.split()[0].lower() not in TITLE_WORDS) \
                    or _POST_OF_PLACE.search(text[:start]) or _post_named(name, common) \
                    or (piece.label == "PERSON" and end <= piece.start and _POST_BEFORE_HOLDER.search(text[:start])):
                continue  # (nor a post beside a name, "A B, Political Correspondent", "A B, Director Finance", "the
                # Principal Flute, A B", nor the place of one: "the Prefect of Upper Vale, A B")
            label, title = piece.label, None
            if (titles := _leading_titles(name.split())) and len(name.split()) - titles >= 2 \
                    and _signer_shaped(rest := " ".join(name.split()[titles:])):
                # "Issued by: Deputy Superintendent A B, Media Liaison Officer, …": a titled person
                label, title, start = "PERSON", " ".join(name.split()[:titles]), end - len(rest)
                name = rest
            elif name.split()[0].lower() in TITLE_WORDS:
                continue
            sibling = _Piece(start, end, name, label, title)
            found.append(sibling)
            queue.append(sibling)
    return sorted(found, key=lambda p: p.start)


def _post_named(name: str, common: frozenset[str] | set[str]) -> bool:
    """A post written in capitals: a person's noun last, after a title's leader or words the report writes in lower
    case ("Senior Dairy Safety Engineer", "Water Quality Technician")."""
    tokens = name.lower().split()
    return len(tokens) >= 2 and is_person_noun(tokens[-1]) and (
        tokens[0] in TITLE_LEADERS or any(t in common for t in tokens[:-1]))


# "CHF 20,000", "EUR 5 million": a currency code before an amount (the recogniser may take the amount in);
# "JD450", "BZ$40": a short code written onto it.
_AMOUNT = r"\d[\d,.]*(?:\s?(?:million|billion|bn|m))?"
# ("Tk 40,000", "KSh 12 million", "Rs. 500": a currency's short name in mixed case, with its amount)
_CURRENCY = re.compile(rf"^(?:[A-Z]{{3}}(?:\s?{_AMOUNT})?|[A-Z]{{1,2}}[a-z]{{1,2}}\.?\s?{_AMOUNT})$")
_CURRENCY_GLUED = re.compile(r"^[A-Z]{1,3}\$?\d[\d,.]*$")
_AMOUNT_AFTER = re.compile(r"^\s?\d")
# "14:05 CET", "09.30 GMT": a time zone after a clock time; "3100 BC", "AD 79": an era beside a year.
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*$")
_ERAS = {"BC", "BCE", "AD", "CE"}
_MEASURES = {"MW", "GW", "TW", "kW", "KW", "MWh", "GWh", "TWh", "kWh", "MWp", "GWp", "MVA", "kV", "KV", "Mt", "Gt"}
# The words that open a list's steps ("Second, the ministry should …"), capitalised as they open them.
_LIST_STEPS = {o.capitalize() for o in ORDINALS} | {"Finally", "Lastly"}
# A company's own boards, named without the company: organs of an actor, not actors.
_ORGANS = {"board of directors", "supervisory board", "management board", "executive board", "board of management",
           "board of trustees", "board of governors", "general meeting", "annual general meeting"}


# "OSLO, 3 May 2024 (Nordic Wire) –": the news agency a dateline credits, whatever the recogniser made of it.
# (a place written in capitals with its accents: "ÑUBLE, Chile")
_DATELINE_CREDIT = re.compile(rf"^{CAPITAL}(?:{CAPITAL}|[ .'-]){{2,}},?(?:\s+[^()\n]{{1,40}}?)?\s+"
                              r"\(([A-Z][\w&.'’ -]{1,60}?)\)\s*[—–-]\s")


# "(Reporting by Ana Ruiz in Lima and Li Wei in Quito; Editing by Tom Hale)": a wire story's credit line.
_CREDIT_LINE = re.compile(r"^\(?\s*(?:(?:Additional\s+)?[Rr]eporting|Writing|Editing|[Ww]ritten|[Ee]dited)\s+by\s")
_CREDIT_NAME_BEFORE = re.compile(r"(?:\bby|\band|,|;)\s+$")
_CREDITED_NAME = re.compile(rf"(?:\bby|\band|,)\s+(?P<name>{_NAME_RUN})")


def _reporters(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """The writers and editors a credit line names are people, whatever the recogniser made of them."""
    if not _CREDIT_LINE.match(text):
        return pieces
    found = [_Piece(p.start, p.end, p.name, "PERSON", p.title) if len(p.name.split()) >= 2
             and _CREDIT_NAME_BEFORE.search(text[:p.start]) else p for p in pieces]
    for m in _CREDITED_NAME.finditer(text):
        if not any(p.start < m.end("name") and m.start("name") < p.end for p in found):
            found.append(_Piece(m.start("name"), m.end("name"), m["name"], "PERSON"))
    return sorted(found, key=lambda p: p.start)


# "her three daughters, Meena, Parvati and Selvi": given names listed after a word for kin.
_KIN_WORDS = ("daughters?|sons?|children|grandchildren|grandsons?|granddaughters?|wife|husband|widow|widower|"
              "brothers?|sisters?|nephews?|nieces?|cousins?|parents|mother|father")
_KIN_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
_KIN_LIST = re.compile(rf"\b(?:her|his|their)\s+(?:[a-z]+\s+)?(?:{_KIN_WORDS})[,:]?\s+"
                       rf"(?P<names>{_KIN_NAME}(?:,\s+{_KIN_NAME})*(?:,?\s+and\s+{_KIN_NAME})?)")


def _kin_named(text: str, pieces: list[_Piece]) -> list[_Piece]:
    found = list(pieces)
    for m in _KIN_LIST.finditer(text):
        for name in re.finditer(_KIN_NAME, m["names"]):
            start, end = m.start("names") + name.start(), m.start("names") + name.end()
            if name.group().split()[0].lower() in OPENERS | TITLE_WORDS:
                continue
            inside = [p for p in found if p.start < end and start < p.end]
            if any(p.start < start or p.end > end for p in inside):
                continue
            found = [p for p in found if p not in inside] + [_Piece(start, end, name.group(), "PERSON")]
    return sorted(found, key=lambda p: p.start)


def _bylined(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """The writers a byline names, people whatever the recogniser made of them (or missed), and the outlet they write
    for where the byline names one ("By Ana Ruiz, Harbour Times"; not a beat: "health correspondent", "Political
    Correspondent")."""
    if not (m := BYLINE.match(text)):
        return pieces
    found = [p for p in pieces if p.end <= m.start("names") or p.start >= m.end("names")]
    for name in BYLINE_NAME.finditer(text, m.start("names"), m.end("names")):
        found.append(_Piece(name.start("name"), name.end("name"), name["name"], "PERSON"))
    if m["credit"]:  # a beat names no actor; an outlet is one
        found = [p for p in found if p.end <= m.start("credit")]
    if _outlet_credit(m):
        found.append(_Piece(m.start("credit"), m.end("credit"), m["credit"], "ORG"))
    return sorted(found, key=lambda p: p.start)


def _outlet_credit(byline: re.Match[str]) -> bool:
    """Whether what follows a byline's names is the outlet they write for: capitalised words whose last is no word for
    a person's job (a beat: "Political Correspondent", "Staff Writer")."""
    credit = byline["credit"]
    last = credit.split()[-1].lower() if credit else ""
    return bool(credit) and all(w[:1].isupper() for w in credit.split()) \
        and PERSON not in (KIND_CUES.get(last), KIND_CUES.get(last.removesuffix("s")))


# "the President’s Office", "the Chief Minister’s Office", "the Lakeside Magistrate’s Court": the staff of
# a post, a body that speaks.
_POST_OFFICE = re.compile(rf"(?<![\w’'-])((?:[A-Z][\w-]+\s+){{0,3}}(?:{_CAPITALISED_TITLES})(?:’|')s\s+"
                          r"(?:Office|Court))\b")


def _post_offices(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """The office of a post, which the recogniser often misses or cuts at the possessive."""
    found = list(pieces)
    for m in _POST_OFFICE.finditer(text):
        start, end = _name_span(m)
        inside = [p for p in found if p.start < end and start < p.end]
        if any(p.start < start or p.end > end for p in inside):
            continue
        found = [p for p in found if p not in inside] + [_Piece(start, end, text[start:end], "ORG")]
    return sorted(found, key=lambda p: p.start)


def _credited(text: str, pieces: list[_Piece]) -> list[_Piece]:
    m = _DATELINE_CREDIT.match(text)
    if not m or any(p.start < m.end(1) and m.start(1) < p.end for p in pieces):
        return pieces
    return sorted(pieces + [_Piece(m.start(1), m.end(1), m.group(1), "ORG")], key=lambda p: p.start)


def _of_state(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """"the Agency for Water Safety" + "of" + "Ruritania": a body named for its remit takes its
    state into its name (unlike "the X Foundation of Denmark", a body's home)."""
    found = []
    for piece in pieces:
        if found and piece.label == "GPE" and state_of(piece.name, capitals=False) and found[-1].label == "ORG" \
                and text[found[-1].end:piece.start] == " of " and re.search(r"\s(?:for|of)\s", found[-1].name) \
                and not re.match(r"^\s+[A-Z]", text[piece.end:]):
            last = found.pop()
            piece = _Piece(last.start, piece.end, text[last.start:piece.end], "ORG", last.title)
        elif found and found[-1].label == "ORG" and len(piece.name.split()) <= _TOWN_WORDS \
                and not re.match(r"^\s+[A-Z]", text[piece.end:]) and words(found[-1].name)[-1:] and (
                    (text[found[-1].end:piece.start] == " to " and piece.label == "GPE"
                     and set(words(found[-1].name)) & _POSTED_BODIES)
                    or (text[found[-1].end:piece.start] == " of " and words(found[-1].name)[-1] in _TOWN_NAMED_BODIES)):
            # "the Delegation of the European Union" + "to" + "Chile": a mission named for where it is posted;
            # "the Fishers' Cooperative" + "of" + "Valdora": a cooperative named with its town
            last = found.pop()
            piece = _Piece(last.start, piece.end, text[last.start:piece.end], "ORG", last.title)
        found.append(piece)
    for n, piece in enumerate(found):  # "the Fishers' Cooperative of" + "Valdora", a town the recogniser left out
        if piece.label == "ORG" and words(piece.name)[-1:] and words(piece.name)[-1] in _TOWN_NAMED_BODIES \
                and (town := _TOWN_AFTER.match(text[piece.end:])) \
                and not any(p.start < piece.end + town.end() and p.end > piece.end for p in found):
            end = piece.end + town.end()
            found[n] = _Piece(piece.start, end, text[piece.start:end], "ORG", piece.title)
    return found


_TOWN_AFTER = re.compile(r"^ of (?:[A-Z][\w’'-]+)(?: [A-Z][\w’'-]+){0,2}(?![\w’'-]| [A-Z])")


# Bodies a sender posts to a state, named for it ("the Delegation of the European Union to Chile").
_POSTED_BODIES = frozenset({"delegation", "mission", "embassy", "representation"})
# Bodies whose name ends with their town ("the Fishers' Cooperative of Valdora").
_TOWN_NAMED_BODIES = frozenset({"cooperative", "co-operative", "coop", "co-op"})


def _unit(name: str, before: str, after: str) -> bool:
    """An abbreviation that is a unit of the number beside it (a currency, a time zone, an era), not
    an actor the recogniser took it for."""
    if (_CURRENCY.match(name) and (" " in name or _AMOUNT_AFTER.match(after))) or _CURRENCY_GLUED.match(name) \
            or (name.rstrip(".") in CURRENCY_ABBREVIATIONS and _AMOUNT_AFTER.match(after)):
        return True
    if name in CURRENCIES_AFTER_SUMS and re.search(r"\d\s*$", before):
        return True  # "$14,600.00 M.N.": Mexican pesos (moneda nacional), written after the sum
    if name.isupper() and len(name) <= 4 and _CLOCK_BEFORE.search(before):
        return True
    if name in _MEASURES and re.search(r"(?:\d|[a-z]\s+\()\s*$", before):
        return True  # "321 MW", "megawatts (MW)"
    if name in _LIST_STEPS and re.match(r"^\s*,", after) and not before.strip():
        return True  # "Second, the ministry should …": a list's step
    return name in _ERAS and bool(re.search(r"\d\s*$", before) or _AMOUNT_AFTER.match(after))


def _adjacent(doc, left: _Piece, right: _Piece) -> bool:
    """"Liberal" + "Democrat", "People" + "’s Herald": one name the recogniser cut at a space or apostrophe."""
    gap = doc.text[left.end:right.start]
    if left.label == "ORG" and right.label == "PERSON" and " " not in right.name and gap == " ":
        return True  # "Ashby" + "Morrow"
    if left.label in ("PERSON", "GPE") or right.label in ("PERSON", "GPE"):
        return False
    return gap == " " or (gap in ("’s ", "'s ") and left.label != "GPE" and not _two_bodies(left.name, right.name)
                                                 and not state_of(left.name))  # "Moldova" (taken for a body) + "’s Bureau …"


_ACRONYM_OWNER = re.compile(r"[A-Z]{2,6}")


def _two_bodies(owner: str, owned: str) -> bool:
    """"African Union" + "’s Peace and Security Council": a body and a body of its, two actors (unlike
    "People" + "’s Herald", one name): the owner's name ends in a body's head noun, and so does the other's."""
    if _ACRONYM_OWNER.fullmatch(owner):  # "CPF" + "’s Media Relations Unit": a body's short name
        return any(_body_word(w) or KIND_CUES.get(w) == ORGANISATION for w in words(_before_of_text(owned)))
    return (_body_word(words(owner)[-1:][0] if words(owner) else "") or words(owner)[-1:] == [owner.lower()]
            and owner.lower() in LEGISLATURE_WORDS) \
        and any(_body_word(w) for w in words(_before_of_text(owned)))  # (also "Senate" + "’s … Committee")


def _before_of_text(name: str) -> str:
    return re.split(r"\s+of\s+", name, maxsplit=1)[0]


# The grades of a post written after it in Roman numerals ("Gaming Regulatory Officer II A B"), which the recogniser
# may read as the name's first word; no personal name opens with one.
_POST_GRADES = frozenset({"II", "III", "IV", "VI", "VII", "VIII"})


# A time of day as a timeline's line opens with it (language.TIME_OF_DAY): no part of the name the recogniser ran it into.
_CLOCK_TIME = re.compile(TIME_OF_DAY)


def _clean(doc, start: int, end: int, label: str, one_name: bool = False) -> list[_Piece]:
    """The names in an entity's tokens: cleaned, titles cut off, lists split (unless `one_name`:
    the acronym after it spells it whole)."""
    tokens = list(doc[start:end])
    determined = doc[start].lower_ == "the" or (start > 0 and doc[start - 1].lower_ == "the")
    # "the Coastal Waters and Fisheries Board (CWFB)": one short name in brackets names the whole,
    # so the "and" inside does not join two names.
    one_name = one_name or "(" in [t.text for t in tokens[1:]] or bool(
        _BRACKETED_ACRONYM.match(doc.text[tokens[-1].idx + len(tokens[-1].text):]))
    bracket = next((n for n, t in enumerate(tokens[1:], start=1) if t.text == "("
                    and not _BRACKETED_LEGAL_FORM.match(doc.text[tokens[n - 1].idx + len(tokens[n - 1].text):])), None)
    if bracket:  # "World Health Organization (WHO": the name ends at the bracket (not at "(Pty) Ltd")
        tokens = tokens[:bracket]
    while tokens and ((tokens[0].text == "Dear" and len(tokens) > 1)  # "Dear Shareholders,": a letter's salutation
                      or (len(tokens) > 1 and _CLOCK_TIME.fullmatch(tokens[0].text))  # a timeline's "05:10 A B …"
                      or (tokens[0].lower_ in ("the", "a", "an", "its", "their")
                       and not (tokens[0].text == "The" and label == "ORG"
                                and any(t.is_alpha for t in doc[:tokens[0].i]))) or tokens[0].is_punct
                      or (tokens[0].i == 0 and tokens[0].pos_ == "ADJ" and len(tokens) > 2)
                      or (tokens[0].is_lower and tokens[0].pos_ in ("ADJ", "PROPN") and len(tokens) > 1
                          and tokens[1].is_title and tokens[0].lower_ not in _NAME_JOIN_WORDS)):
        tokens.pop(0)  # "the", and "Key" in "Key Trade Council members said" (a line's "The" after a bullet too), and
        # a lower-case adjective the recogniser read into the name ("the national Department of Agriculture")
    descriptor = 0  # "the opposition party Alliance for Progress": the noun that says the kind, not the name
    while descriptor < min(len(tokens) - 1, _DESCRIPTOR_WORDS) and tokens[descriptor].is_lower \
            and tokens[descriptor].is_alpha and tokens[descriptor].lower_ not in _DESCRIPTOR_STOPS:
        descriptor += 1
    if label == "ORG" and descriptor and tokens[descriptor].is_title and tokens[descriptor - 1].lower_ in KIND_CUES:
        tokens = tokens[descriptor:]
    # The recogniser sometimes ends a name on a joining word ("Brenning Shipping Lines of" before "Bergen").
    if len(tokens) >= 3 and (tokens[-1].lower_ in ("cent", "percent", "%")) \
            and (cut := next((n for n, t in enumerate(tokens) if t.like_num), 0)):
        tokens = tokens[:cut]  # "Ana Ruiz 51.8 per cent": the recogniser ran the name into a share
    if label == "ORG" and (cut := next((n for n, t in enumerate(tokens[1:], start=1) if t.like_num), 0)) \
            and any(t.lower_.rstrip(".") in LEGAL_FORMS for t in tokens[1:cut]):
        # "Acme Rail Ltd of Singapore for Tk 1,412": a company's name ran on past its legal form into words and a
        # number (a sum, a year); it ends at its legal form
        tokens = tokens[:next(n for n, t in enumerate(tokens) if n and t.lower_.rstrip(".") in LEGAL_FORMS) + 1]
    while tokens and (tokens[-1].text in _POSSESSIVE_TOKENS or tokens[-1].is_punct
                      or (tokens[-1].is_lower and tokens[-1].lower_ in _TRAILING_JOINERS)):
        tokens.pop()
    for n, t in enumerate(tokens[1:-1], start=1):  # "Aarvik University’s Department of Soils": two bodies
        if t.text in _POSSESSIVE_TOKENS and label == "ORG" and tokens[n - 1].lower_ in _BODY_WORDS \
                and tokens[n + 1].is_title and (_body_of(tokens, n + 1) or tokens[-1].lower_ in _BODY_WORDS):
            return [_Piece(part[0].idx, part[-1].idx + len(part[-1].text),
                           doc.text[part[0].idx:part[-1].idx + len(part[-1].text)], "ORG")
                    for part in (tokens[:n], tokens[n + 1:])]
    for n, t in enumerate(tokens[1:-1], start=1):  # "Ashby’s March 3", "Microsoft’s Bing": the owner is the name
        if t.text in _POSSESSIVE_TOKENS and (tokens[n + 1].like_num or tokens[n + 1].ent_type_ in ("DATE", "TIME")
                                             or not tokens[n + 1].is_title
                                             or not (tokens[n - 1].lower_ in _PLURAL_OWNERS
                                                     or tokens[n - 1].lower_.endswith("men")  # "Linesmen’s"
                                                     or tokens[n - 1].tag_ in ("NNS", "NNPS")
                                                     or tokens[-1].lower_ in NAME_CUES
                                                     or tokens[-1].lower_ in ORGANISATION_WORDS
                                                     or tokens[-1].lower_ in OF_JOINERS
                                                     or tokens[-1].lower_ in POSSESSIVE_NAME_HEADS
                                                     or _body_of(tokens, n + 1)
                                                     # "Court of Queen’s Bench": a title's, inside the name
                                                     or (n >= 2 and tokens[n - 2].lower_ == "of"
                                                         and tokens[n - 1].lower_ in TITLE_WORDS))):
            tokens = tokens[:n]
            break
    if not tokens:
        return []
    if len(tokens) >= 2 and (al := ET_AL.search(doc.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)])):
        # "Ramoeletsi et al.": a citation's first author (a person, whatever the recogniser said)
        tokens = [t for t in tokens if t.idx < tokens[0].idx + al.start()]
        label = "PERSON"
        if not tokens:
            return []
    if label == "ORG" and len(tokens) >= 3 and tokens[-2].lower_ in ARMED_HEADS and tokens[-1].is_title \
            and not _body_word(tokens[-1].lower_) and tokens[-1].lower_ not in NAME_CUES \
            and not state_of(tokens[-1].text, capitals=False):
        tokens = tokens[:-1]  # "Royal Air Force Hercules": the aircraft the force flies; the force is the actor
    if len(tokens) >= 3 and tokens[1].text in _POSSESSIVE_TOKENS and state_of(tokens[0].text) \
            and tokens[2].is_title and label == "ORG":
        tokens = tokens[2:]  # "Norway’s Forestry Agency": the agency (of that state)
    if label == "ORG" and (seat := _state_named_after(tokens)):
        # "Ministry of Culture and Tourism of the Republic of Chile": the ministry, and its state
        body, state = tokens[:seat[0]], tokens[seat[1]:]
        return [*_clean(doc, body[0].i, body[-1].i + 1, label, one_name),
                _Piece(state[0].idx, state[-1].idx + len(state[-1].text),
                       doc.text[state[0].idx:state[-1].idx + len(state[-1].text)], "GPE")]
    if label == "ORG" and not one_name and (town := _town_after_remit(tokens)):
        tokens = tokens[:town]  # "Institute of Emergency Medicine in Chisinau": the institute (the town is where)
    if label == "ORG" and (home := _home_town_at(tokens)):
        tokens = tokens[:home]  # "Larchwood Minerals of Winnipeg": the company is "Larchwood Minerals"
    # "Moldova Peter Hask" (an envoy to Moldova): a state glued to a person's name.
    # Not "the Ruritanian Federal Court": a person's name takes no article, a body's name with its state does.
    if len(tokens) >= 3 and not determined and state_of(tokens[0].text, capitals=False) \
            and all(t.is_title for t in tokens[1:]) and tokens[-1].lower_ not in FIRST_WORD_CUES \
            and tokens[-1].lower_ not in NAME_CUES and tokens[-1].lower_ not in ORGANISATION_WORDS \
            and tokens[-1].lower_ not in NOT_ACTOR_HEADS and tokens[-1].lower_.rstrip(".") not in LEGAL_FORMS \
            and " ".join(t.lower_ for t in tokens[1:]) not in NATIONAL_BODY_NAMES:
        # (but "Chile Ports Limited" is a company named for its state: a legal form ends no person's name)
        tokens, label = tokens[1:], "PERSON"
    if label == "GPE" and len(tokens) >= 2 and NAME_CUES.get(tokens[-1].lower_) in (ARMED_GROUP, ORGANISATION) \
            and any(state_of(t.text, capitals=False) or NAME_CUES.get(t.lower_) == STATE for t in tokens[:-1]):
        label = "ORG"  # "the Republic of Fiji Navy": a state's body, not the state (but "West Bank" is a place)
    # Titles: inside the entity ("Prime Minister Anil Varghese") and right before it; not the
    # "Supreme" of "Supreme Court" nor the "General" of "General Assembly".
    title = []
    # "Groom Mrs Ada Obi", "Skipper Mr Tam Lau": an honorific inside the name opens it; what stands before it is the
    # person's role (no name holds a "Mrs" after its first word)
    inner = next((n for n in range(1, len(tokens) - 1) if tokens[n].text.rstrip(".") in HONORIFICS), None)
    if inner and all(t.is_title and not _body_word(t.lower_) for t in tokens[:inner]) \
            and all(t.is_title for t in tokens[inner + 1:]):
        tokens, label = tokens[inner:], "PERSON"
    if label == "ORG" and len(tokens) >= 3 and any(t.text in GAELIC_SURNAME_PREFIXES for t in tokens[1:-1]) \
            and all(t.is_title for t in tokens) and not any(_body_word(t.lower_) for t in tokens):
        label = "PERSON"  # "Sorcha Ní Fhloinn": an Irish surname's first word inside the name
    if len(tokens) >= 5 and "".join(t.text for t in tokens[:3]) in AMHARIC_HONORIFICS:
        title, tokens, label = tokens[:3], tokens[3:], "PERSON"  # "W/ro Selam Bekele": one honorific, three tokens
    if len(tokens) >= 2 and (tokens[0].text.rstrip(".") in HONORIFICS or _burmese_honorific(tokens[0]) or (
            tokens[0].lower_.rstrip(".") in PERSON_ONLY_TITLES and not any(_body_word(t.lower_) for t in tokens))):
        label = "PERSON"  # "Mr Okoro", "Cllr Pryce", whatever the recogniser called it: only a person is a Mr
    while label == "PERSON" and len(tokens) >= 2 and tokens[0].text in _POST_GRADES:
        title.append(tokens.pop(0))  # "Officer III Noel Bagasbas": the grade of the post before the name
    # (nor the "Foreign" of "Foreign Policy Association of Chile": a body's head noun before its "of")
    named_body = label != "PERSON" and any(_body_word(t.lower_) for t in _before_of(tokens)[1:])
    # (a person's name ends before "of": "Ms Lena Dufresne of Dufresne & Partners" is Ms Dufresne, of a firm)
    while len(tokens) > 2 - (label == "PERSON") and _is_title(tokens[0]) and not named_body and \
            (label == "PERSON" or tokens[0].lower_.rstrip(".") not in ADJECTIVE_TITLES) and \
            (last := (_before_of(tokens) if label == "PERSON" else tokens)[-1].lower_) not in NAME_CUES \
            and last not in ORGANISATION_WORDS and not (label != "PERSON" and last in _NAMED_FOR_SOMEONE_ENDINGS):
        title.append(tokens.pop(0))
    if label == "PERSON" and not title and len(tokens) >= 3 and all(t.is_title or t.text == "-" for t in tokens) \
            and is_person_noun(tokens[0].lower_, by_ending=False):
        title.append(tokens.pop(0))  # "Farmer A B", "Jockey A B-C": the person's role, written with a capital before
    while title and len(tokens) > 2 and tokens[0].text == "-" and not title[-1].whitespace_ and _is_title(tokens[1]):
        title.extend((tokens.pop(0), tokens.pop(0)))  # "Inspector-General A B": one hyphened title
    if title and tokens and (tokens[0].text == "-" or tokens[0].is_lower):
        return []  # "Inspector-General of Customs": a post, not cut inside its hyphened title
    if label == "ORG" and len(tokens) == 2 and all(t.lower_ in TITLE_LEADERS for t in title) \
            and _is_title(tokens[0]) and not named_body \
            and tokens[0].lower_.rstrip(".") not in ADJECTIVE_TITLES and _personal_words(tokens[1:]):
        title.append(tokens.pop(0))  # "Corporal Kanneh struck", "Appeal Judges Lunde": a rank before a surname
    if label == "ORG" and title and any(t.lower_.rstrip(".") in TITLE_WORDS - ADJECTIVE_TITLES for t in title) \
            and _personal_words(tokens):
        label = "PERSON"  # "Corporal Musa Kanneh", whatever the recogniser called it: a rank is a person's
    while len(tokens) > 1 and tokens[-1].lower_.rstrip(".") in TRAILING_TITLES:
        tokens.pop()
        if not any(_body_word(t.lower_) for t in tokens):
            label = "PERSON"  # "A B Thero", whatever the recogniser called it (not "the Tide Bank MD")
    if len(tokens) == 1 and title and _is_title(tokens[0]):
        return []  # "Dato Sri" without its name: titles only
    outside = []
    i = start - 1
    if i > 0 and doc[i].text in ("'", "’") and not doc[i].whitespace_ and doc[i - 1].whitespace_:
        i -= 1  # "Dr. 'Mathabo Ntšekhe": past a leading apostrophe of the name
    while i >= 0 and (_is_title(doc[i]) or (doc[i].text == "-" and i > 0 and doc[i - 1].is_title and outside)):
        outside.insert(0, doc[i])  # "Prime Minister", "Director-General"
        i -= 1
    while outside and outside[0].text == "-":
        outside.pop(0)
    words_ = re.sub(r"\s*([-/])\s*", r"\1", " ".join(t.text for t in outside + title)) or None
    if label == "ORG" and outside and outside[-1].text.rstrip(".") in HONORIFICS \
            and not any(_body_word(t.lower_) or not (t.is_title or t.lower_ in SURNAME_PARTICLES) for t in tokens):
        label = "PERSON"  # "Dr. Ana Lupu", whatever the recogniser called it: only a person is a Dr
    if label == "PERSON" and not words_ and i >= 0 and doc[i].text.rstrip(".") in COURTESY_TITLES:
        words_ = doc[i].text
    if (label == "PERSON" or words_) and (of := next((n for n, t in enumerate(tokens) if t.lower_ == "of"), 0)) >= 2 \
            and not any(_body_word(t.lower_) or not t.is_title for t in tokens[:of]):
        # "Deputy Mary Le Gros of St Aubin": her seat, however the recogniser labelled the whole (but "Joan of
        # Arc" is one name, and "Acme Ltd of Perth" was cut above); "Ms A B of Dufresne & Partners": her firm
        employer = [t for t in tokens[of + 1:] if t.lower_ != "the"]
        if employer and employer[0].is_title and any(t.lower_ in ORGANISATION_WORDS or _body_word(t.lower_)
                                                     or t.lower_.rstrip(".") in LEGAL_FORMS for t in employer):
            firm = doc.text[employer[0].idx:employer[-1].idx + len(employer[-1].text)]
            employer = [_Piece(employer[0].idx, employer[0].idx + len(firm), firm, "ORG")]
        else:
            employer = []
        tokens, label = tokens[:of], "PERSON"
    else:
        employer = []
    pieces = []
    for part in [tokens] if one_name else _split_list(tokens):
        text = doc.text[part[0].idx:part[-1].idx + len(part[-1].text)]
        pieces.append(_Piece(part[0].idx, part[0].idx + len(text), text, label, words_))
    return pieces + employer


def _personal_words(tokens) -> bool:
    """Capitalised words that may be a personal name: no body's or place's word, no state."""
    return bool(tokens) and all(t.is_title and t.is_alpha and not _body_word(t.lower_) and t.lower_ not in NAME_CUES
                                and t.lower_ not in ORGANISATION_WORDS and not state_of(t.text) for t in tokens)


def _before_of(tokens) -> list:
    """A name's tokens before its first "of" (all of them without one)."""
    return next((tokens[:n] for n, t in enumerate(tokens) if t.lower_ == "of"), tokens)


# The head nouns of bodies' names ("… University", "Department of …").
_BODY_WORDS = OF_JOINERS | {w for w, kind in NAME_CUES.items() if kind == ORGANISATION}


def _body_of(tokens, at: int) -> bool:
    """"Ministry of Fisheries and Irrigation", "Supreme Court of Justice" after "Kenya’s": a body's
    head noun (after capitalised words) and its "of"."""
    for k in range(at, len(tokens) - 1):
        if tokens[k + 1].lower_ in ("of", "for", "on"):
            return tokens[k].lower_ in OF_JOINERS
        if not tokens[k].is_title:
            return False
    return False


def _state_named_after(tokens) -> tuple[int, int] | None:
    """(where "of" starts, where the state's own name starts) when a body named with its own "of" or "for"
    ends in its state's formal name ("… of the Republic of Chile", "… of the Kingdom of Tonga")."""
    for n in range(2, len(tokens) - 3):
        if tokens[n].lower_ != "of" or not any(t.lower_ in ("of", "for", "on") for t in tokens[1:n]):
            continue
        at = n + 1 + (tokens[n + 1].lower_ == "the")
        if at + 2 < len(tokens) and NAME_CUES.get(tokens[at].lower_) == STATE and tokens[at + 1].lower_ == "of" \
                and state_of(" ".join(t.text for t in tokens[at + 2:]), capitals=False):
            return n, at + 2
    return None


def _town_after_remit(tokens) -> int | None:
    """Where " in <town>" starts after a body named with its own "of" or "for" ("Institute of Emergency
    Medicine in Chisinau"); not " in <state>" ("Peacekeeping Force in Cyprus", a mission named for where it
    serves) nor " in <region>" ("… Co-operation in Europe")."""
    at = next((n for n, t in enumerate(tokens) if t.lower_ == "in"), None)
    if at is None or at < 3 or not any(t.lower_ in ("of", "for") for t in tokens[1:at]):
        return None
    town = tokens[at + 1:]
    if not 1 <= len(town) <= _TOWN_WORDS or not all(t.is_title and not _body_word(t.lower_) for t in town) \
            or state_of(" ".join(t.text for t in town), capitals=False) or town[-1].lower_ in WORLD_REGIONS:
        return None
    return at


def _home_town_at(tokens) -> int | None:
    """Where "of <town>" starts after a company named by a plural noun or its legal form ("… Minerals of
    Winnipeg", "… Shipping Lines of Bergen", "… Pty Ltd of Perth"), unlike a body's name that runs on ("Bank of Canada", "Friends of the Earth")."""
    joins = [n for n, t in enumerate(tokens) if t.lower_ == "of"]
    if len(joins) != 1 or joins[0] < 2 or not _home_town(tokens[joins[0] - 1], tokens[joins[0] + 1:]):
        return None
    return joins[0]


def _home_town(head, town) -> bool:
    """Whether `town` (tokens after "of") is where the company whose name ends in `head` is based: after a
    plural noun or a legal form ("Harbour Lift Pty Ltd of Perth": the name ends at its legal form)."""
    if (head.tag_ != "NNPS" and head.lower_.rstrip(".") not in LEGAL_FORMS) or head.lower_ in OF_JOINERS or head.lower_ in PARTY_MEMBERS \
            or head.lower_.removesuffix("s") in TITLE_WORDS:  # "Joint Chiefs of Staff": posts, not a firm
        return False
    return 1 <= len(town) <= _TOWN_WORDS and all(t.is_title and t.lower_ not in OF_JOINERS
                                                 and t.lower_ not in ORGANISATION_WORDS for t in town)


# The last words of a building's or a place's name, which may open with a title and a name it was named after
# ("Queen Sofia Hospital", "King Tarek Airport"): the title stays in the name.
_NAMED_FOR_SOMEONE_ENDINGS = POSSESSIVE_NAME_HEADS | PLACE_WORDS | PLACE_NAME_ENDINGS


def _is_title(token) -> bool:
    """A capitalised title word ("President", "Cmdr.", "Lt.") before a name."""
    word = token.text.rstrip(".").lower()
    if token.text.rstrip(".") in _honorifics_in_use(token.doc) and not _body_named_after(token):
        return True  # ("Sri" also follows "Tan" in a Malay title, "Tan Sri")
    if word in TITLE_FOLLOWERS:
        return token.text[:1].isupper() and token.i > 0 and _is_title(token.doc[token.i - 1])
    if word in TITLE_LEADERS:
        return token.text[:1].isupper() and token.i + 1 < len(token.doc) and _is_title(token.doc[token.i + 1])
    if word in PLURAL_TITLES:
        return token.text[:1].isupper() and token.i + 1 < len(token.doc) and token.doc[token.i + 1].is_title \
            and not _is_title(token.doc[token.i + 1])
    if _in_rank_phrase(token):
        return True
    return token.text[:1].isupper() and is_title_word(token.text) or _burmese_honorific(token)


def _body_named_after(token) -> bool:
    """Whether an honorific opens the name of a firm, a place of worship or a state, which keep it: the capitalised
    words after it end in a plural or a body's word ("Sri Lakshmi Traders", "Sri Balaji Motors") or a place of
    worship's ("Sri Kalyana Kovil"), or the honorific and the next word are a state's name ("Sri Lanka")."""
    end = token.i + 1
    while end < len(token.doc) and (token.doc[end].is_title or re.fullmatch(r"[A-Z]\.?", token.doc[end].text)):
        end += 1
    last = token.doc[end - 1]
    return end > token.i + 1 and (last.tag_ in ("NNS", "NNPS") or _body_word(last.lower_)
                                  or last.lower_ in ORGANISATION_WORDS or last.lower_ in PLACES_OF_WORSHIP
                                  or bool(state_of(f"{token.text} {token.doc[token.i + 1].text}")))


# An honorific that is also a given name (language.HONORIFIC_GIVEN_NAMES) and the name after it.
_HONORIFIC_BEFORE_NAME = re.compile(rf"(?<![\w’'-])(?P<honorific>{'|'.join(sorted(HONORIFIC_GIVEN_NAMES))})\.?"
                                    rf"[^\S\n]+(?P<name>{CAPITAL}[\w’'-]*\.?(?:[^\S\n]+{CAPITAL}[\w’'-]*\.?)*)")


def _honorifics_used_in(text: str) -> frozenset[str]:
    """The honorifics that are also given names which a text writes as titles: before the names of TITLED_NAMES_MIN
    or more different people ("Sri T. Anand Rao", "Sri Vinay Kolar"), not counting a state's or a place of
    worship's own name ("Sri Lanka", "Sri Kalyana Kovil")."""
    named: dict[str, set[str]] = {}
    for m in _HONORIFIC_BEFORE_NAME.finditer(text):
        if not state_of(f"{m['honorific']} {m['name']}") and not state_of(f"{m['honorific']} {m['name'].split()[0]}") \
                and m["name"].split()[-1].lower() not in PLACES_OF_WORSHIP:
            named.setdefault(m["honorific"], set()).add(m["name"].split()[0].rstrip("."))
    return frozenset(h for h, names in named.items() if len(names) >= TITLED_NAMES_MIN)


# Where a sentence's parse keeps the honorifics its whole report uses as titles (set by extract: one parse a sentence).
_HONORIFICS_IN_USE = "honorifics_in_use"


def _honorifics_in_use(doc) -> frozenset[str]:
    """The honorifics the parsed text's report uses as titles (_honorifics_used_in), or its own text's."""
    if _HONORIFICS_IN_USE not in doc.user_data:
        doc.user_data[_HONORIFICS_IN_USE] = _honorifics_used_in(doc.text)
    return doc.user_data[_HONORIFICS_IN_USE]


def _in_rank_phrase(token) -> bool:
    """A word of a rank of several words ("Private First Class") written whole and capitalised before a name."""
    doc, word = token.doc, token.lower_
    for phrase in RANK_PHRASES:
        for k in (k for k, w in enumerate(phrase) if w == word):
            first = token.i - k
            run = doc[first:first + len(phrase) + 1] if first >= 0 else []
            if len(run) == len(phrase) + 1 and [t.lower_ for t in run[:-1]] == list(phrase) \
                    and all(t.text[:1].isupper() for t in run):
                return True
    return False


def _burmese_honorific(token) -> bool:
    """"U" of "U Kyaw Zin Htet", "Daw" of "Daw Thida Myint": a Burmese honorific opening a name of two or more
    capitalised words (not a word inside a name, nor "Ma" of "Ma Ying-jeou")."""
    doc, at = token.doc, token.i
    after = doc[at + 1:at + 1 + BURMESE_NAME_WORDS]
    return token.text in BURMESE_HONORIFICS and len(after) == BURMESE_NAME_WORDS \
        and not (at > 0 and doc[at - 1].is_title and doc[at - 1].pos_ == "PROPN") \
        and all(t.is_title and t.is_alpha and not _body_word(t.lower_) and t.lower_ not in NAME_CUES
                and t.lower_ not in ORGANISATION_WORDS for t in after)


def _split_list(tokens) -> list[list]:
    """"Orrin, Pellmark Robotics" and "United Nations and African Union" are two names;
    "Institute for Soil, Forests and Water" and "Arab and Foreign Liaison Office" one."""
    if any(t.is_lower and t.lower_ not in ("and", "&") and not t.is_punct for t in tokens) \
            or tokens[-1].lower_ in NOT_ACTOR_HEADS:
        return [tokens]  # "X of A, B and C", "the X and Y Act": one name with a list inside
    parts, current = [], []
    for t in tokens:
        if t.text in (",", ";"):
            parts.append(current)
            current = []
        elif t.lower_ == "and":
            if len(current) >= 2:
                parts.append(current)
                current = []
            else:
                current.append(t)
        else:
            current.append(t)
    parts.append(current)
    parts = [p for p in parts if p]
    while len(parts) > 1 and all(t.lower_.replace(".", "") in LEGAL_FORMS for t in parts[-1]):
        parts[-2:] = [parts[-2] + parts[-1]]  # "Daeyang Motors Co., Ltd.": the legal form is the name's
    if any(p[-1].lower_ == "and" for p in parts) or (len(parts) > 1 and "and" in [t.lower_ for t in parts[-1][:1]]):
        return [tokens]
    if len(parts) > 1 and any(len(p) < 2 and "and" in [t.lower_ for t in tokens] for p in parts[1:]):
        return [tokens]  # "Arab and Foreign Liaison Office" kept whole by the first rule's twin
    if len(parts) == 2 and [t.lower_ for t in tokens].count("and") == 1 and "," not in [t.text for t in tokens] \
            and _body_word(parts[1][-1].lower_) and not _body_word(parts[0][-1].lower_) \
            and not state_of(parts[1][0].text, capitals=False) and not any(state_of(" ".join(t.text for t in p))
                                                                              for p in parts):
        return [tokens]  # "Tarsia Power and Water Procurement Company": one body's remit (not "… and African Union")
    return parts


def _body_word(word: str) -> bool:
    # (a state body's head noun too: "Provincial Education and Sports Service" is one body's remit)
    return word in ORGANISATION_WORDS or word in OF_JOINERS or word in NAME_CUES or word in LEGAL_FORMS \
        or word in _STATE_BODY_HEADS


def _named_person(name: str, before: str, after: str) -> bool:
    """A people's word is plural or one word ("Kurds", "Druze"); two or three capitalised words set
    off by commas, or described as a person ("by Ana Brel, a retired nurse"), none a party word and the last
    not plural, are a person's name."""
    tokens = name.split()
    return 2 <= len(tokens) <= 3 and all(t[:1].isupper() and t[1:].islower() for t in tokens) \
        and not tokens[-1].endswith("s") and not any(t.lower() in PARTY_MEMBERS for t in tokens) \
        and not any(state_of(t) for t in tokens) and (
            (before.rstrip().endswith(",") and after.startswith(","))
            or ((desc := _description(before, after)) is not None and _description_kind(desc) == PERSON))


# A currency's code as a recogniser may take it for a body's short name ("MK", "KSh", "USD").
_CURRENCY_CODE = re.compile(r"[A-Z][A-Za-z]?[A-Z]{0,2}")
# The parts a court sits in, named after it with a comma ("High Court, Chancery Division", "Court of Appeal, Civil
# Division", "… , Ndola Registry").
_COURT_PARTS = frozenset({"division", "registry", "bench", "chamber"})
_COURTS = frozenset({"court", "tribunal"})


def _court_part(piece: _Piece, earlier: list[_Piece], text: str) -> bool:
    """Whether a piece names a part of the court named right before it, after a comma (or of a part of it)."""
    if piece.name.split()[-1].lower() not in _COURT_PARTS or not earlier \
            or not re.fullmatch(r",\s+(?:the\s+)?", text[earlier[-1].end:piece.start]):
        return False
    last = earlier[-1].name.split()
    return any(w.lower() in _COURTS for w in last) or last[-1].lower() in _COURT_PARTS \
        and _court_part(earlier[-1], earlier[:-1], text)


_LETTERED = re.compile(r"([A-Z])\.\s+[A-Z][^.!?:;]*")


def _lettered_heading(sentence: Sentence) -> bool:
    """"D. Findings (summary)" under the section "C. Background": the next lettered heading, which
    the splitter read as a sentence (its bracket), not a name with an initial."""
    line, section = _LETTERED.fullmatch(sentence.text.strip()), _LETTERED.match(sentence.section or "")
    return bool(line and section and ord(line[1]) == ord(section[1]) + 1)


def _dateline(piece: _Piece, before: str, after: str) -> bool:
    """"WASHINGTON —", "DENVER (AP) —": where the story was filed, not an actor; also when the
    recogniser ran it on into the sentence's first word ("TOLEDO — Trains")."""
    if before.strip():
        return False
    return (piece.name.isupper() and len(piece.name) > 3 and bool(_DATELINE_AFTER.match(after)
                                                                   or _DATELINE_CREDIT.match(piece.name + after))) \
        or bool(_DATELINE_OPENING.match(piece.name))


_POST_WORDS = TITLE_WORDS | {w for w, kind in KIND_CUES.items() if kind == PERSON}
_TITLE_OF = re.compile(rf"\b(?:{'|'.join(sorted((w.capitalize() for w in _POST_WORDS), key=len, reverse=True))})"
                       r"\s+(?:of|for)\s+(?:the\s+)?$")


def _portfolio(piece: _Piece, before: str) -> bool:
    """"the Director of Seed Certification", "the Minister for the Coast": what a post is over,
    not an actor; a body after the title stays one ("Chair of the Harbour Board", "President of Chile")."""
    if piece.label == "GPE" or not _TITLE_OF.search(before):
        return False
    tokens = words(piece.name)
    return bool(tokens) and not state_of(piece.name) and not any(
        t in OF_JOINERS or t in ORGANISATION_WORDS or t in NAME_CUES or t in LEGAL_FORMS for t in tokens)


def _in_title(piece: _Piece, after: str, following: list[_Piece], text: str) -> bool:
    """"Agriculture" in "Agriculture Secretary Dana Orwell": a department inside a title
    (an acronym or a brand, "NASA Administrator …", stays an actor)."""
    if piece.label != "ORG" or " " in piece.name or piece.name.isupper() or re.search(r"[a-z][A-Z]", piece.name):
        return False
    if not following or following[0].label != "PERSON":
        return False
    between = text[piece.end:following[0].start].split()
    return bool(between) and all(w.rstrip(".").lower() in TITLE_WORDS and w[:1].isupper() for w in between)


def _next_word(after: str) -> str:
    """The lower-case word right after a name, skipping "(ABC)" and a possessive."""
    m = re.match(r"^(?:[’']s?)?\s*(?:\([^)]{1,12}\)\s*)?([a-z][a-z-]*)", after)
    return m.group(1) if m else ""


# "Ruritanian ministry", "Ruritanian foreign ministry": a demonym and lower-case words, the recogniser's organisation.
_DEMONYM_BODY = re.compile(r"([A-Z][\w’'-]+)\s+((?:[a-z]+\s+){0,2}[a-z]+)")


_THE_END = re.compile(r"\bthe\s*$")  # "at the ": a locative before an article


def _located_before_article(before: str) -> bool:
    """A locative right before "the" ("at the Danish embassy in Rome"): the body that follows is a place."""
    return _located_text(_THE_END.sub("", before))
# A state named just after a body's name, as its home: "Harbourline Capital of Singapore".
_HOME_AFTER_BODY = re.compile(r"\s+of\s+(?:the\s+)?")


# --- evidence ----------------------------------------------------------------------------------

# "Nigeria’s fastest-growing lenders", "Chile’s second-largest export": what a place has the most of, not it acting.
_RANKED_AFTER = re.compile(rf"^[’']s?\s+(?:(?:{'|'.join(sorted(RANKING_ORDINALS))})[-\s])?"
                           rf"(?:{'|'.join(sorted(RANKING_WORDS))}|most-\w+)\b")


def _acts(root, after: str, before: str) -> bool:
    """A subject or object of a verb (or joined to one by "and"), or a possessor: an actor acting."""
    if root is None:
        return bool(_VERB_AFTER.match(after))
    token = root
    while token.dep_ in ("conj", "appos") and token.head is not token:
        token = token.head
    if token.dep_ in _SUBJECT_DEPS:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "by":
        return True
    if re.match(r"^[’']s?\s", after) and not _located_text(before) and not _RANKED_AFTER.match(after):
        return True  # "Ankara’s influence", "Washington's move" (not "Chile’s second-largest export": a place's)
    # "visitors from X and Y were fewer": the verb is the phrase's head noun's, not the object's.
    return bool(_VERB_AFTER.match(after)) and not _located_text(before) and token.dep_ != "pobj"


# Where one goes or comes from ("flew to X", "departed X", "flights from X"), and "the border with X": places.
_ROUTE_BEFORE = re.compile(r"\b(?:fl(?:ew|own|y|ies|ying|ights?)|travel(?:s|led|ling|ed|ing)?|sail(?:s|ed|ing)?|drove|driven|"
                           r"return(?:s|ed|ing)?|depart(?:s|ed|ing|ures?)?|arriv(?:e|es|ed|ing|als?)|routes?|trips?|"
                           r"journeys?)\s+(?:(?:[a-z]+\s+){0,3}?(?:to|from|into|on\s+to)\s+"
                           r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s+|\s+and\s+(?:then\s+(?:on\s+)?to\s+)?))*)?(?:the\s+)?$"
                           r"|\bborders?\s+with\s+(?:the\s+)?$", re.IGNORECASE)


_ROUTE_AFTER = re.compile(r"^(?:,?\s+(?:and|or)?\s*[A-Z][\w’'-]*)*\s+(?:routes?|flights?|crossings?|ferry|ferries)\b")


def _located_text(before: str) -> bool:
    last = before.split()[-1:]
    return bool(last) and (last[0].lower() in LOCATIVES or bool(_ROUTE_BEFORE.search(before)))


def _located(root, before: str) -> bool:
    """Named as where something is: "in Gaza", "near Tyre", "Tarija, Bolivia"."""
    if root is not None and root.dep_ == "pobj" and root.head.lower_ in LOCATIVES:
        return True
    if root is not None and (first := _first_conjunct(root)) is not root and first.dep_ == "pobj" \
            and first.head.lower_ in LOCATIVES:
        return True  # "in northern X and the Y Republic"
    if root is not None and root.dep_ in ("appos", "conj") and root.head.ent_type_ == "GPE" and root.head.i < root.i \
            and _located(root.head, ""):
        return True
    if root is not None and root.dep_ == "appos" and root.head.ent_type_ == "GPE" and root.head.i < root.i \
            and not state_of(root.head.text):
        return True  # "towns such as Tarija, Bolivia" (not "Ghana, Togo and Benin")
    return _located_text(before)


# Who sits for a constituency: "the MP for X", "the assemblywoman for X".
_SEAT_BEFORE = re.compile(r"\b(?:MPs?|MLAs?|members?|assembly(?:man|woman|member)|assembly(?:men|women|members)|"
                          r"council(?:l)?ors?|senators?|representatives?|candidates?)\s+for\s+(?:the\s+)?$",
                          re.IGNORECASE)


def _place_word(word: str) -> bool:
    """"province", "rivers": a noun for a kind of place."""
    return word in PLACE_WORDS or (word.endswith("s") and word[:-1] in PLACE_WORDS)


# "X and Y rivers", "X, Y and Z provinces": the noun after a list of names.
_LISTED_BEFORE_NOUN = re.compile(r"^(?:,?\s+(?:and|or)?\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)+\s+([a-z]+)\b")
# "The most affected provinces are X, Y and Z": names listed after a plural noun for places.
_PLACE_LIST = re.compile(rf"\b(?:{'|'.join(sorted(w + 's' for w in PLACE_WORDS))})\s+(?:are|were|include|included|including|"
                         r"such\s+as|like)\s+(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s+(?:and\s+)?|\s+and\s+))*$")


# Lower-case nouns for a country's divisions or settlements, before "of X" (not "the Department of X").
_DIVISION_NOUNS = frozenset("department commune canton prefecture municipality communit community".split())


def _placed(before: str, after: str) -> bool:
    """After "in", "near", …; or after "at" unless a person's job comes first ("an analyst at X",
    "a professor at the X") or a place after ("at X in Lyon"): there X is an employer, not a place."""
    if m := re.search(r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,?\s+)+(?:and|or)\s+$", before):
        return _placed(before[:m.start()], after)  # "in Ambora and Tesy": the list is where the first is
    last = re.sub(r"\bthe\s*$", "", before).split()[-2:]
    if len(last) == 2 and last[1] == "of" and (re.sub(r"s$", "", last[0].lower()) in PLACE_WORDS
                                               or re.sub(r"(?:ie)?s$", "", last[0]) in _DIVISION_NOUNS):
        return True  # "the districts of X and Y", "the departments of X and Y", "the community of X"
    if not last or last[-1].lower() not in LOCATIVES:
        return False
    if last[-1].lower() == "in" and len(last) == 2 and last[0].lower() in _STAKE_NOUNS:
        return False  # "shares in X", "a stake in X": what is owned of a company
    if last[-1].lower() != "at":
        return True
    if re.match(r"^,?\s+in\s+(?:the\s+)?[A-Z]", after):
        return False
    role = [w[:-1] if w.endswith("s") else w for w in words(last[0])[-1:]] if len(last) == 2 else []
    return not (role and (KIND_CUES.get(role[0]) == PERSON or role[0] in TITLE_WORDS or role[0] in ROLE_NOUNS
                          or role[0].endswith(_AGENT_ENDINGS)))


def _first_conjunct(token):
    """The first of a list a token stands in ("X and Y": X for Y), whose role the list shares."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def _comes_from(root) -> bool:
    """"visitors from X and Y", "judges from X": where people or goods come from, not X acting."""
    if root is None:
        return False
    token = _first_conjunct(root)
    return token.dep_ == "pobj" and token.head.lower_ == "from" and token.head.head.pos_ == "NOUN" \
        and not _sent_from(token)


def _sent_from(token) -> bool:
    """"troops from Nigeria, Senegal and Ghana": the states that sent them (a polity's act)."""
    return token.dep_ == "pobj" and token.head.lower_ == "from" and token.head.head.lemma_.lower() in CONTINGENT_NOUNS


def _polity_verb(root) -> bool:
    """"Colorado sued", "a group led by Colorado": a place doing what governments do."""
    if root is None:
        return False
    token = _first_conjunct(root)
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_ in _POLITY_VERBS or _sent_from(token):
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.head.lemma_ in _POLITY_VERBS


def _modifier(root) -> bool:
    """A name used as a noun's modifier: "TRAX contracts", "Peruvian officials", "Kremlin-friendly"."""
    return root is not None and root.dep_ in ("compound", "amod", "nmod", "npadvmod") and root.head.i > root.i \
        and root.head.pos_ in ("NOUN", "ADJ") and root.head.is_lower


def _polity_use(root, after: str) -> bool:
    """"Russia's foreign ministry", "Bavaria’s state premier", "the Quebec government": a polity."""
    m = re.match(r"^[’']s?\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b", after)
    if m and m.group(1) in POLITY_NOUNS:
        return True
    if root is not None and root.dep_ in ("poss", "compound") and root.head.lower_ in POLITY_NOUNS \
            and root.head.i > root.i:
        return True
    return False


def _names_thing(before: str, following: str) -> bool:
    """"its Skylark", "the X mission", "the X Act": a thing or an event, not an actor."""
    last = before.split()[-1:]
    return (bool(last) and last[0].lower() in _POSSESSIVE_DETERMINERS) or following in NOT_ACTOR_HEADS


# "a plan, known as X", "the phase 2 trial, called X": the name of a thing.
_CALLED_BEFORE = re.compile(r"\b([a-z]+),?\s+(?:(?:also\s+)?known\s+as|called|named|dubbed)\s+(?:the\s+)?$")
_THING_APPOSED = re.compile(r"\b(?:its|their|his|her|our|the|a|an)\s+(?:(?!(?:that|this|these|those|which|who)\s)[a-z-]+\s+){0,2}"
                            r"([a-z]+),\s+(?:the\s+)?(?:[A-Z]{2,4}\s+)?$")  # "its patrol vessel, the PB Marlowe"
# (not "the orders that day, A B": a time, and the person after it)
# "the vessel X", "its trawler X": a craft's name right after the craft's noun (not "a rover NASA built": the
# maker after a craft the text just named).
_CRAFT_BEFORE = re.compile(rf"\b(?:its|their|his|her|our|the)\s+(?:[a-z-]+\s+){{0,2}}"
                           rf"(?:{'|'.join(sorted(CRAFT_NOUNS))})\s+$")
# A description that says who runs or owns a craft ("the vessel X, operated by Y"): no description of an actor.
_WHO_WORKS_IT = re.compile(r"(?:operated|owned|chartered|managed|run|built|crewed)\s+(?:by|for)\b")


def _thing_called(before: str) -> bool:
    """"a plan, known as X", "its patrol vessel, the X": the name of a thing the noun before says it is."""
    return bool(((m := _CALLED_BEFORE.search(before)) or (m := _THING_APPOSED.search(before)))
                and m.group(1) in NOT_ACTOR_HEADS)


# "joint work through X", "cooperating via X": a body, not a route.
_WORK_THROUGH = re.compile(r"\b(?:work|works|worked|working|cooperation|co-operation|cooperating|co-operating|contact|"
                           r"channels?)\s+(?:[a-z]+\s+){0,2}(?:through|via)\s+(?:the\s+)?$")
# "the managing director of X", "a member of the X": X is the body the post is in.
_POST_OF_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(w for w, kind in KIND_CUES.items() if kind == PERSON))})\s+of\s+"
                             r"(?:the\s+)?$")


_PERSON_BEFORE = re.compile(r"\b(?:(?:led|headed|founded|chaired|commanded) by|leader|spokesman|spokeswoman|"
                            r"spokesperson|cleric|commander|chief|founder|lawmaker|envoy|economist|professor|"
                            r"researcher|rival|analyst|director|executive|administrator)\s+$")


_KIN_BEFORE = re.compile(rf"\b(?:her|his|their)\s+(?:[a-z]+\s+)?(?:{_KIN_WORDS})[,:]?\s+"
                         rf"(?:{_KIN_NAME},?\s+(?:and\s+)?)*$")


# "Its chairman, Sutrisno, said"; "the council’s executive secretary, Bakhtiyor Yusupov": a role
# someone holds in an organisation, then the one who holds it.
_ROLE_HOLDER_BEFORE = re.compile(rf"(?:\b(?:{'|'.join(POSSESSIVE_PRONOUNS)})|’s|'s)\s+{ROLE_APPOSITIVE}$")


# "Ingeborg Dahl, Tennmark’s chief executive, said": the same, the role after the name.
_ROLE_HOLDER_AFTER = re.compile(rf"^,\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*{ROLE_AFTER_OWNER}")


# What closes a bracket after a person's name that gives whom they speak for: the bracket, maybe after a place or
# a constituency ("(Union X, Lac-Noir)").
# "), known as the KNXY", ") (KNXY)": a short name right after a bracket.
_SHORT_NAME_AFTER_BRACKET = re.compile(r"^\)\s*(?:,\s*(?:also\s+)?(?:known|referred\s+to)\s+as\s+(?:the\s+)?|\(\s*)"
                                       r"(?P<short>[A-Z][A-Za-z]{1,7})\b")
_AFFILIATION_CLOSE = re.compile(r"^\s*(?:,\s*[^(),]{1,60}){0,3}\)")  # ("(Una Alliance, UA, formerly …)")


_TALLY_LINE = re.compile(r"^(?P<name>[^()\n:]{2,60}?)\s*\((?P<side>[^()\n]{1,60})\)\s*:\s*\d", re.MULTILINE)


def _tallied(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """A results table's lines ("Ana Ruiz (Harbour Party): 9,115"): a candidate of a person's name shape is a person
    (the recogniser misses some or calls them a body), and what the bracket names is the side they stood for, a body
    (not "Harbour Party", a person)."""
    found = list(pieces)
    for row in _TALLY_LINE.finditer(text):
        start, end = row.span("name")
        if not _name_shaped(row["name"]):
            continue  # ("Arrivals (Port of Mombasa): 12,000", "Coastal Authority (CoA): 12 boats": no candidate)
        if all(start <= p.start and p.end <= end for p in found if p.start < end and start < p.end):
            found = _in_place_of(found, _Piece(start, end, row["name"], "PERSON"))  # (or only its surname found)
        side = [p for p in found if row.start("side") <= p.start and p.end <= row.end("side")]
        if side and len(row["side"].split()) >= 2:  # the side's whole name, of which the recogniser found a word
            found = _in_place_of(found, _Piece(row.start("side"), row.end("side"), row["side"], "ORG"))
        found = [_Piece(p.start, p.end, p.name, "ORG", p.title) if p.label == "PERSON" and row.start("side") <= p.start
                 and p.end <= row.end("side") else p for p in found]
    return found


def _affiliation(person: _Piece, bracketed: _Piece, text: str) -> bool:
    """"Marta Solvik (Eastgate Capital) asked", "Lucien Berthiaume (Union Avenir Nordique, Lac-Noir)": a name of
    two words or more in a bracket right after a person's, sharing none of its words, is the body or party the person
    speaks for, not another name of theirs (a nickname is quoted, a full name shares a word); so is a state, the
    person's country (_countried)."""
    if _countried(person, bracketed, text):
        return True
    if (short := _SHORT_NAME_AFTER_BRACKET.match(text[bracketed.end:])) and (acronym := _acronym_key(short["short"])) \
            and _spells_loosely(_NAME_WORDS_SPELT.findall(person.name), acronym):
        return False  # "The Komite Nasional X Y (National X Committee), known as the KNXY": a body, the bracket its
        # name in another language (the short name after spells the name before)
    return (person.label == "PERSON" or (person.label == "ORG" and _name_shaped(person.name))) \
        and bool(re.fullmatch(r"\s*\(\s*", text[person.end:bracketed.start])) \
        and _speaks_for(person.name, bracketed.name, person.title is not None) \
        and bool(_AFFILIATION_CLOSE.match(text[bracketed.end:]))


def _countried(person: _Piece, bracketed: _Piece, text: str) -> bool:
    """"Lindiwe Dube (Botswana), sound designer", "Dr Amani Okoth (Tanzania), chair of the panel": a state alone in a
    bracket right after a person's name is the person's country, neither another name of theirs nor an actor in the text
    (not after a name the recogniser took for a place: "Gulu (Uganda)" is a town's; nor a short name: "Philippine Red
    Cross (PRC)" is no China)."""
    return person.label in ("PERSON", "ORG") and _name_shaped(person.name) \
        and not state_of(person.name) and bool(state_of(bracketed.name, capitals=False)) \
        and not bracketed.name.isupper() \
        and bool(re.fullmatch(r"\s*\(\s*", text[person.end:bracketed.start])) \
        and text[bracketed.end:].lstrip().startswith(")")


def _speaks_for(person: str, bracketed: str, titled: bool = False) -> bool:
    """Whether a name in a bracket after a person's is whom they speak for (see _affiliation), by its words: two or
    more, none of the person's; or, after a titled name, an acronym the name does not spell ("Councillor Ana Ruiz
    (BCB)"; "Statistics Poland (GUS)", which the recogniser may call a person, has no title)."""
    if titled and (acronym := _acronym_key(bracketed)) and " " not in bracketed:
        return not _spells_loosely(_NAME_WORDS_SPELT.findall(person), acronym)
    return len(bracketed.split()) >= 2 and not set(words(person)) & set(words(bracketed))


# A surname with a prefix written capitalised inside it ("MacLeod", "McAra", "O’Neill", "FitzGerald").
_PREFIXED_SURNAME = re.compile(r"(?:Mac|Mc|O[’']|Fitz)[A-Z][a-z]+")


def _name_shaped(name: str, particles: bool = False) -> bool:
    """Two to four capitalised words (or words joined by hyphens: "Darko-Asante"), none of which is a body's, a place's
    or a title's word: a personal name's shape ("X, who was head of …" then says it is a person's; a body may be a
    "who" too). With `particles`, a surname's particles may stand between them ("Jan-Hendrik du Toit"): where the
    recogniser has said it is a person's name already."""
    tokens = name.split()
    if particles and len(tokens) > 2:
        tokens = tokens[:1] + [t for t in tokens[1:-1] if t not in SURNAME_PARTICLES] + tokens[-1:]
    return 2 <= len(tokens) <= 4 and all(t[:1].isupper() and t[1:].islower()  # "Seung-woo", "Darko-Asante"
                                         or all(part[:1].isupper() and part[1:].islower()
                                                for part in t.split("-"))
                                         or _PREFIXED_SURNAME.fullmatch(t)  # "MacLeod", "O'Neill"
                                         for t in tokens) and not any(
        w in ORGANISATION_WORDS or w in NAME_CUES or w in OF_JOINERS or w in PLACE_WORDS or w in TITLE_WORDS
        or w in LEGAL_FORMS or w in KIND_CUES for w in words(name))


def _person_before(before: str) -> bool:
    if _PERSON_BEFORE.search(before) or _KIN_BEFORE.search(before):
        return True
    if (m := _PRONOUN_ROLE_BEFORE.search(before)) and (head := _description_head(m["role"])) \
            and (KIND_CUES.get(head) == PERSON or head in TITLE_WORDS):
        return True  # (a person's post: not "If it fails to meet its obligations, X can …")
    return bool((m := _ROLE_HOLDER_BEFORE.search(before)) and _role_kind(m["role"]) == PERSON)


# "… had asked her labour secretary, Marcus Vale, to meet": a role held for a person or a body, then its holder.
_PRONOUN_ROLE_BEFORE = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+{ROLE_APPOSITIVE}$")
# "Ana Ruiz, 51, a former …", "Ruiz’s uncle": an age after a name, a relative of its owner: a person.
_PERSON_AFTER = re.compile(r"^(?:,\s+(?:aged\s+)?(?:1[6-9]|[2-9]\d|10\d),\s|(?:’s|'s)\s+(?:late\s+|elder\s+|younger\s+|"
                           rf"eldest\s+|youngest\s+)?(?:{'|'.join(sorted(KIN_NOUNS))})\b)")


def _role_kind(role: str) -> str:
    """"the bank’s insurer, X": a role a company fills is no person's ("insurer", "auditor's unit")."""
    head = _description_head(role)
    if head in _BODY_WORDS and head not in KIND_CUES:
        return ORGANISATION  # "the EU’s aid department, DG AID": a body
    return KIND_CUES.get(head, PERSON) if head else PERSON


# "…, said Ada Brun, Oxfam’s Regional Director.": a capitalised role whose last word is a title.
_TITLE_HOLDER_AFTER = re.compile(rf"^,\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*(?:’s|'s)\s+"
                                 rf"(?:[A-Z][\w-]*\s+){{0,3}}(?i:{'|'.join(sorted(TITLE_WORDS | set(KIND_CUES), key=len, reverse=True))})"
                                 rf"\s*(?:[,;.]|$)")


def _role_holder_after(after: str) -> bool:
    if (match := _TITLE_HOLDER_AFTER.match(after)) and KIND_CUES.get(words(match.group())[-1], PERSON) == PERSON:
        return True
    return bool((match := _ROLE_HOLDER_AFTER.match(after)) and not CLAUSE_VERB.search(match["role"]))


# What one runs for or is the candidate of in an election, what rules or opposes: a party.
_PARTY_BEFORE = re.compile(r"(?:\b(?:ran|runs|running|stood|stands|standing)\s+for|\bcandidates?\s+(?:of|for)"
                           r"|\b(?:candidates?|rivals?),\s+(?:[A-Za-z][\w.’'-]*\s+){1,6}of"
                           r"|\b[Tt]he\s+(?:ruling|governing|opposition))\s+(?:the\s+)?(?:(?:ruling|governing|opposition|"
                           r"regional|national|local|new|main)\s+)?(?:movement\s+|alliance\s+|coalition\s+|party\s+)?$")
_BRACKET_START = re.compile(r"^\s*\([^()]{1,15}\)(?=,)")
_ARMED_AFTER = re.compile(r"^\s+(?:militants|fighters|gunmen|insurgents|rebels|jihadists|militiamen)\b")
_PARTY_AFTER = re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?(?:party|coalition|bloc)\b")
_CHAMBERS = frozenset("senate assembly parliament council congress house presidency office mayoralty governorship "
                      "seat seats court".split())


# "the militia X", "a pro-military militia, the X", "a self-defence group calling itself X": the noun before a name.
# (Apposed or "calling itself", only an armed group's noun: "a domestic observer coalition, the X Network" is no party
# nor "its leader on the council, Tomas Ferro" a body.)
_CUE_BEFORE = re.compile(r"\b(?i:the|a|an)\s+(?:[\w-]+\s+){0,3}?([a-z]+)"
                         r"(?:(?P<apposed>,\s+(?:the\s+)?|\s+(?:calling itself|known as|called|named)\s+(?:the\s+)?)"
                         r"|\s+)$")
# "an insurgency led by X": the movement waging one is an armed group (unlike its leader, a person).
_ARMED_LEADER_BEFORE = re.compile(r"\b(?:insurgency|insurrection|rebellion|jihad)\s+(?:led|waged|fought)\s+by\s+"
                                  r"(?:the\s+)?$")


def _cue_before(before: str, wanted: str | None = None) -> str | None:
    """The kind the noun right before a name tells: "the fact-checking website X", "the militia X"."""
    m = _CUE_BEFORE.search(before)
    if not m:
        return None
    previous = words(before[:m.start(1)])[-1:]
    if m.group(1) == "group" and previous and _civil_group(previous[0]):
        return None  # "the engineering group X": a company, told by its name or the recogniser
    if m.group(1) == "group" and m["apposed"] and previous and previous[0] in ("a", "an", "the"):
        return None  # "a group calling itself X": a hacking crew as well as a militia
    kind = KIND_CUES.get(m.group(1))
    if kind in (ORGANISATION, PARTY) and previous and previous[0] in ARMED_ADJECTIVES:
        kind = ARMED_GROUP  # "a militant outfit, X", "the armed organisation X"
    if m["apposed"] and kind != ARMED_GROUP:
        return None
    if wanted:
        return kind if kind == wanted else None
    return kind if kind in (MEDIA, ARMED_GROUP, PARTY) else None


# Capitalised words and the joiners between them: a name ("State Emergency Service of Ruritania").
_CAPITALISED_NAME = re.compile(rf"{_NAME_WORD}(?:\s+(?:{_NAME_JOIN}\s+)*{_NAME_WORD})+")


# "signed by the Dean, Dr A B, the next morning": when, not what the name is.
_WHEN_PHRASE = re.compile(r"(?i:the|that|this|a|an)\s+(?:[a-z]+\s+){0,2}(?:day|days|week|weeks|month|months|year|years|"
                          r"morning|afternoon|evening|night|weekend|time)")


def _description(before: str, after: str) -> str | None:
    """The description right after a name: ", a well-armed Russia-backed militia", " is a militant group".
    Not the clause after an opening phrase: "According to the Harbour Gazette, the storm closed …"."""
    match = _APPOSITIVE.match(after)
    # Nor the subject after an opening place phrase: "In Lima, the fisheries minister said …".
    if match and not re.search(r"\baccording to\s+(?:the\s+)?$", before, re.IGNORECASE) \
            and not re.fullmatch(rf"\s*(?i:{'|'.join(sorted(LOCATIVES))})\s+(?:the\s+)?", before) \
            and not _OPENING_PHRASE.fullmatch(before):
        # "the shipping firm on whose board …": the description ends where a relative clause begins.
        desc = re.split(r"\s+(?:(?:on|in|of|for|with|at|by)\s+)?(?:who|whom|whose|which|that|where)\b",
                        match.group("desc").strip())[0]
        first = words(desc)[:1]
        if (_DETERMINER.match(desc) or (first and first[0] in KIND_CUES) or re.match(r"^\w+ed by\s", desc)) \
                and not CLAUSE_VERB.search(desc) and not _VERB_OBJECT.search(desc) \
                and not desc.lower().startswith(("known as", "formerly", "who ", "which ")) \
                and not (_CAPITALISED_NAME.fullmatch(desc) and _description_kind(desc) != PERSON) \
                and not _WHEN_PHRASE.fullmatch(desc):
            return desc  # (not "A B, State Emergency Service of X;": the body a person is from, by its name)
    match = _COPULA.match(after)
    return match.group("desc").strip() if match else None


# "… by the khokim of Termez, Mr Jasur Rakhimov": a person's role given before the name.
_ROLE_BEFORE = re.compile(r"(?:^|[,;:(]\s*|\b(?:by|with|to|from|and|said|says|which|when|where|while|as)\s+)(?P<desc>[Tt]he\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}"
                          r"[a-z][\w-]*)\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*),\s+"
                          r"(?:[A-Z][a-z]{1,8}\.?\s+)?$")


def _role_before(before: str) -> str | None:
    """The role a person is given right before their name ("the khokim of Termez, Mr Jasur
    Rakhimov"): their description, as one given after the name is; not a place ("the capital of …")."""
    m = _ROLE_BEFORE.search(before)
    if m is None or words(m["role"])[-1:] and words(m["role"])[-1] in PLACE_WORDS:
        return None
    return m["desc"]


# "After talks in X, the board agreed …": a sentence opening with a phrase of a preposition and a few
# words, no verb, ends it at the comma; what follows is the sentence, not a description of X.
_OPENING_PHRASE = re.compile(r"\s*(?:After|Before|During|Following|Since|Until|Despite|Under|Within|Across|Throughout|"
                             r"Outside|Inside|Near|From|On|At|In|With|Without|Amid|Beyond)\s+"
                             r"(?:[\w’'-]+\s+){0,5}(?:in|at|near|from|to|of|on)\s+(?:the\s+)?")


def _description_kind(description: str) -> str | None:
    """The kind a description's head noun tells: "a member of …" is a person, "a … militia" a group."""
    tokens = words(description)
    cut = _head_end(tokens)
    owned = [m for m in re.finditer(r"(?:’s|'s|s’)\s", description) if len(words(description[:m.start()])) < cut]
    if owned and words(description[owned[-1].end():]):
        return _description_kind(description[owned[-1].end():])  # "the organisation’s research lead": a lead
    if cut and tokens[cut - 1] in TITLE_WORDS:
        return PERSON  # "an airline training captain": the last noun, not the airline
    # "a weekly general cargo service": a cue that is also an adjective, before a word that is no cue nor names a
    # person, says nothing of the kind (but "a weekly newspaper", "the chief executive")
    for i in range(cut - 2, -1, -1):  # from the head back: "weekly general cargo service", both adjectives
        if tokens[i] in ADJECTIVE_CUES and tokens[i + 1] not in KIND_CUES and not is_person_noun(tokens[i + 1]):
            tokens[i] = ""
    head = [w for w in tokens[:cut] if w in KIND_CUES]
    noun = cut - 1 if cut >= 3 and tokens[cut - 1].endswith("ed") else cut  # "a … councillor elected for X"
    if noun and tokens[0] in ("a", "an") and is_person_noun(tokens[noun - 1]) \
            and (not head or tokens[noun - 1] not in KIND_CUES):
        return PERSON  # "a retired nurse and a cousin of X", "a lawyer for the family", "a former airline pilot" (the
        # head noun, not the airline before it)
    if not head and cut < len(tokens):
        return None  # "the youth wing of the Labour party": what it is of is not what it is
    cue = head[-1] if head else next((w for w in tokens if w in KIND_CUES), None)
    if cue is None:
        noun = cut - 1 if cut >= 3 and tokens[cut - 1].endswith("ed") else cut  # "the … force created in 2020"
        if noun >= 2 and tokens[noun - 1] == "force" and tokens[noun - 2] not in _UNARMED_FORCES:
            return ARMED_GROUP  # "the civilian auxiliary force created in 2020" (not a task or police force)
        return None
    kind = KIND_CUES[cue]
    if kind in (ORGANISATION, PARTY) and ARMED_ADJECTIVES & set(tokens[:cut]):
        return ARMED_GROUP  # "the jihadist coalition that …", "a militant organisation"
    if cue in ("alliance", "coalition") and not set(tokens) & _POLITICAL_WORDS:
        return None  # "the Vaccine Alliance", "the ruling coalition": the name says more
    at = tokens.index(cue)
    if cue == "group" and at and _civil_group(tokens[at - 1]):
        return ORGANISATION  # "a rights group", "a Washington-based industry group"
    if cue == "group" and at and tokens[at - 1] in ("opposition", "political", "parliamentary"):
        return PARTY  # "the largest opposition group with four councillors"
    return kind


_UNARMED_FORCES = frozenset("task police labour labor work peacekeeping driving market".split())


def _civil_group(word: str) -> bool:
    """Whether the word before "group" makes it a civil body: "a rights group", "a Washington-based
    group", "the engineering group" (a trade: the words companies are named by, or an -ing noun)."""
    return word in CIVIL_GROUPS or word in ORGANISATION_WORDS or word.endswith(("based", "ing"))


def _demonym(piece: _Piece, after: str, following: str, draft, state: str | None, before: str = "") -> None:
    """A people or nationality word: the state when it is followed by a government word ("the
    Iraqi government", "the Danish foreign ministry"); a party when it is a political family used
    as a noun ("Democrats"); otherwise nothing (peoples and adjectives are not actors)."""
    last = words(piece.name)[-1:] if words(piece.name) else []
    if state:  # a form its mentions are found by ("Russian-backed"); it does not make the state an actor
        d = draft(state)
        d.kind = STATE
        d.forms[piece.name] += 1
        if m := _COMPOUND.match(after):
            d.forms[f"{piece.name}-{m.group(1)}"] += 1
    if state and following in GOVERNMENT_WORDS:
        return  # counted by the government-word scan
    if state and (m := re.match(r"^\s+((?:[a-z]+\s+)?(ministry|embassy|foreign office))\b", after)) \
            and not _located_before_article(before):  # "at the Danish embassy in Rome": a place
        d = draft(state)  # "the Danish foreign ministry": Denmark acting
        d.kind = STATE
        d.forms[f"{piece.name} {m.group(1)}"] += 1
        d.polity += 1
        return
    if not state and following in GOVERNMENT_WORDS and not re.search(r"(?:an|ese|ish|i)$", piece.name):
        d = draft(piece.name)  # "the Bavaria government": a polity the recogniser took for a people
        d.forms[piece.name] += 1
        d.forms[f"{piece.name} {following}"] += 1
        d.labels["GPE"] += 1
        d.seen += 1
        d.polity += 1
        return
    if last and last[0] in PARTY_MEMBERS and (last[0].endswith("s") or len(words(piece.name)) > 1):
        d = draft(piece.name)
        d.forms[piece.name] += 1
        d.labels["NORP"] += 1
        d.seen += 1
        d.kind = PARTY


# --- merges ------------------------------------------------------------------------------------

def _fold(drafts: dict[str, _Draft], source: str, target: str) -> None:
    """Merge one draft into another: forms and counts add up; the target keeps what it knows."""
    if source == target or source not in drafts or target not in drafts:
        return
    into, other = drafts[target], drafts.pop(source)
    into.forms.update(other.forms)
    into.labels.update(other.labels)
    into.full_labels.update(other.full_labels)
    # (not a state's kind for a person nicknamed after one: "Mr A B, known as “Peru”")
    into.kind = into.kind or (other.kind if other.kind != STATE or not into.labels
                              or into.labels.most_common(1)[0][0] != "PERSON" else None)
    for name in ("seen", "routed", "acting", "located", "placed", "origin", "modifier", "thing", "polity", "media_context", "person_context"):
        setattr(into, name, getattr(into, name) + getattr(other, name))
    if into.description is None:
        into.description, into.description_id = other.description, other.description_id
    if into.title is None:
        into.title, into.title_id = other.title, other.title_id
    into.cue_kind = into.cue_kind or other.cue_kind
    into.spots = sorted(into.spots + other.spots)


def _merge_plurals(drafts: dict[str, _Draft]) -> None:
    """"Zarqi" and "Zarqis" are one actor."""
    for key in sorted(drafts, key=len):
        if key in drafts and key + "s" in drafts and drafts[key].kind != STATE:
            _fold(drafts, key, key + "s")
    for key in list(drafts):  # "the Liberals" are the Liberal Party
        if key in drafts and key.endswith("s") and key[:-1] in PARTY_MEMBERS:
            parties = [k for k in drafts if k != key and k.split()[0] == key[:-1] and len(k.split()) > 1
                       and k.split()[-1] in ("party", "parties")]
            if len(parties) == 1:
                _fold(drafts, key, parties[0])


def _initials(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in ACRONYM_SKIPPED)


def _spelt_by(short: str, name: str) -> bool:
    """Whether a short name in capitals is made of the name's letters, in order, from its first ("KCYM" of "Kerala
    Catholic Youth Movement", "INFAM" of "Indian Farmers Movement"): the name in full, not one in another language."""
    acronym, letters = _acronym_key(short), "".join(_key(name).split())
    if not acronym or not letters or acronym[0] != letters[0]:
        return False
    rest = iter(letters)
    return all(c in rest for c in acronym)


# An acronym in mixed case, one word ("TeS" of "Tanzeem-e-Sarhad", "LeT"): capitals, each followed by at most
# one small letter ("McCain", "DeSantis" are names).
_MIXED_CASE_ACRONYM = re.compile(r"(?:[A-Z][a-z]?){2,4}")


def _acronym_key(name: str) -> str | None:
    letters = re.sub(r"[.\s&]", "", name)
    if _ACRONYM_MIN <= len(letters) <= _ACRONYM_MAX and letters.isalpha() and (
            letters.isupper() or (letters == name and _MIXED_CASE_ACRONYM.fullmatch(letters)
                                  and sum(c.isupper() for c in letters) >= 2)):
        return letters.lower()
    return None


def _merge_acronyms(drafts: dict[str, _Draft]) -> None:
    """"SNC", "U.N." and "UN" into the one long form the text spells out whose initials they are."""
    for key in list(drafts):
        d = drafts.get(key)
        acronym = _acronym_key(d.name) if d else None
        if not acronym:
            continue
        owners = [k for k, o in drafts.items() if k != key and len(k.split()) >= 2 and _initials(k) == acronym]
        if not owners:  # "the Filipino Seafarers’ Welfare League (KMSL)": an acronym of another language
            owners = [k for k, o in drafts.items() if k != key and len(k.split()) >= 2
                      and any(_acronym_key(form) == acronym for form in o.forms)]
        if not owners:
            owners = [k for k, o in drafts.items() if k != key and _acronym_key(o.name) == acronym]
        if not owners:  # "LVG" of "Lumbo Valley Gold Ltd": a company's initials without its legal form
            owners = [k for k in drafts if k != key and len(k.split()) >= 2 and (core := _company_core(k))[1]
                      and _initials(" ".join(core[0])) == acronym]
        if not owners:  # "Alliance Unie pour la Justice en Koma" of "AUJK": its joiners spell nothing
            owners = [k for k, o in drafts.items() if k != key and len(k.split()) >= 2
                      and _spells_loosely(_NAME_WORDS_SPELT.findall(o.name), acronym)]
        if len(owners) == 1:
            _fold(drafts, key, owners[0])
        elif not owners:
            for long, shorts in INTERNATIONAL_BODIES.items():  # "the EU" alone: named as the European Union
                if acronym in {_acronym_key(x) for x in shorts}:
                    d.forms[long] += 0


def _merge_named_acronyms(drafts: dict[str, _Draft]) -> None:
    """"Nama PWP" into "Nama Power and Water Procurement Company": a name's first words and the initials of the rest
    (its trailing company word may go unspelt)."""
    for key in list(drafts):
        d = drafts.get(key)
        tokens = key.split()
        if d is None or len(tokens) < 2 or not (acronym := _acronym_key(d.name.split()[-1])):
            continue
        head = tokens[:-1]
        owners = [k for k in drafts if k != key and k.split()[:len(head)] == head and len(k.split()) > len(head) + 1
                  and acronym in {_initials(" ".join(rest := k.split()[len(head):])),
                                  _initials(" ".join(w for w in rest if w not in ORGANISATION_WORDS))}]
        if len(owners) == 1:
            _fold(drafts, key, owners[0])


def _merge_prefixed(drafts: dict[str, _Draft]) -> None:
    """"Trade Council" into "EU Trade Council", "Trade Office" into "Danish Trade Office":
    a name that is another's with an actor's or a state's name in front; "High Court" into "High Court of
    Ruritania": … or with its state's after "of"; "Courier" into "Lakeside Evening Courier": a newspaper by the last word
    of its name."""
    for key in sorted(drafts, key=lambda k: len(k.split())):
        d = drafts.get(key)
        masthead = NAME_CUES.get(key) == MEDIA  # "the Courier": the one "… Courier" the report names
        if d is None or d.kind or (len(key.split()) < 2 and not masthead):
            continue
        owners = []
        for full in drafts:
            if full != key and full.endswith(" " + key):
                prefix = full[:-len(key) - 1]
                # (one word of an acronym's length: "EU", or a given name before a surname of two words, "Helen" of
                # "Helen Le Sueur"; not "Board of" of "Board of X Limited")
                if prefix in drafts or state_of(drafts[full].name.split()[0]) or masthead \
                        or (" " not in prefix and _acronym_key(prefix.upper())):
                    owners.append(full)
            elif full.startswith(key + " of ") \
                    and (state_of(drafts[full].name[len(d.name) + len(" of "):].removeprefix("the "), capitals=False)
                         or key.split()[0] in OF_JOINERS or key.split()[-1] in OF_JOINERS):
                # ("Inter-Andean Court" of "… Court of Human Rights", "Council of Elders" of "… of South Tarsia")
                owners.append(full)
        if len(owners) == 1:
            _fold(drafts, key, owners[0])


def _merge_state_offices(drafts: dict[str, _Draft]) -> None:
    """"UNICEF Kenya", "Oxfam Peru": a body's name and a state's, its office in that state, is the body."""
    owners: dict[str, set[str]] = {}
    for key, o in drafts.items():
        for form in (o.name, *o.forms):
            owners.setdefault(_key(form), set()).add(key)
    for key in list(drafts):
        d = drafts.get(key)
        if d is None or d.kind or d.title:
            continue
        tokens = d.name.split()
        for cut in (1, 2, 3):
            if len(tokens) > cut and state_of(" ".join(tokens[-cut:]), capitals=False):
                homes = [k for k in owners.get(_key(" ".join(tokens[:-cut])), ()) if k != key and k in drafts]
                if len(homes) == 1 and drafts[homes[0]].kind != STATE and _label(drafts[homes[0]]) != PERSON:
                    _fold(drafts, key, homes[0])
                break


# A line that is a name alone: capitalised words, "of"/"for"/"and" between ("Eastgate Children's Hospital Trust").
_HEADING_BODY = re.compile(r"(?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|on)\s+(?:the\s+)?|and\s+)?)+[A-Z][\w’'.-]*")
# The head nouns a report writes capitalised for a body it names in full ("the Trust", "the Company", "the Commission").
_BODY_HEAD_NOUNS = frozenset(_OWNED_BODY_HEADS + _STATE_BODY_HEADS) | {
    w for w, kind in KIND_CUES.items() if kind == ORGANISATION} | {"trust", "foundation", "society", "union", "fund"}


def _merge_head_nouns(drafts: dict[str, _Draft]) -> None:
    """"The Trust, registered in 1987 …", "the Company": a body's head noun written capitalised is the one body the
    report names in full with that last word ("Eastgate Children's Hospital Trust", perhaps only in its title); with
    two such bodies, neither."""
    for key in [k for k in drafts if " " not in k and k in _BODY_HEAD_NOUNS]:
        owners = [k for k, o in drafts.items() if k != key and len(k.split()) >= 2 and k.split()[-1] == key
                  and _label(o) != PERSON and o.kind != STATE]
        if len(owners) == 1:
            _fold(drafts, key, owners[0])


def _merge_middle_initials(drafts: dict[str, _Draft]) -> None:
    """Fold a person's name written with a middle initial into the one person named with that middle name in full
    ("Ana M. Ruiz" into "Ana Mercedes Ruiz"): the other words the same, in order; two such people, neither."""
    people = {k: k.split() for k, d in drafts.items() if len(k.split()) >= 3 and not d.kind and _label(d) == PERSON}
    for short, parts in people.items():
        initials = [n for n, w in enumerate(parts[1:-1], start=1) if len(w) == 1]
        if not initials or short not in drafts:
            continue
        fits = [k for k, full in people.items() if k != short and k in drafts and len(full) == len(parts)
                and all(w == f or (n in initials and len(f) > 1 and f[0] == w)
                        for n, (w, f) in enumerate(zip(parts, full)))]
        if len(fits) == 1:
            _fold(drafts, short, fits[0])


def _merge_partial_names(drafts: dict[str, _Draft]) -> None:
    """Fold a surname or given name used alone into the one person it belongs to ("Nadawi", "Oyelaran"),
    a company's first word into its full name ("Corvane"); a surname two people share is neither's."""
    def stripped(key: str) -> tuple[str, ...]:
        kept = tuple(w for w in key.split() if w not in MATCH_DROPPED_WORDS)
        return kept[1:] if len(kept) > 2 and kept[0] in LEGAL_FORMS else kept  # "PT Karya Baru": "Karya Baru"

    people = [k for k, d in drafts.items() if len(stripped(k)) >= 2 and not d.kind and (
        _label(d) == PERSON or (d.description and _description_kind(d.description) == PERSON))]
    for short in sorted(drafts, key=lambda k: len(k.split())):
        part = stripped(short)
        d = drafts.get(short)
        if d is None or not part or d.kind or part[-1] in NAME_CUES or " ".join(part) in MEDIA_NAMES:
            continue
        if d.description and _description_kind(d.description) not in (None, PERSON):
            continue  # described as something else: not a shorter form of a person's name
        if len(part) >= 2 and (opened := _opening_initials(d.name, part)):
            # "P. Ravel" for "Paul Ravel", "J. R. Okafor" and "H.M. van Dijk" for "Hanna van Dijk": one person fits
            letters, rest = opened
            initialled = [full for full in people if full in drafts and full != short
                          and len(given := stripped(full)[:-len(rest)]) >= 1 and stripped(full)[-len(rest):] == rest
                          and all(len(w) > 1 for w in given)
                          and all(w[0] == letter for w, letter in zip(given, letters))]
            if len(initialled) == 1:
                _fold(drafts, short, initialled[0])
                continue
        owners = [full for full in people if full in drafts and full != short and len(stripped(full)) > len(part)
                  and (stripped(full)[-len(part):] == part or stripped(full)[:len(part)] == part)]
        surname_owners = [o for o in owners if stripped(o)[-len(part):] == part]
        if len(part) == 1 and not surname_owners and not d.title and not d.person_context:
            # "Valdoro" of "Valdoro Energia SpA": a company written with its legal form, opening with the word
            firms = [k for k in drafts if k != short and not drafts[k].kind and _company_core(k)[1]
                     and len(_company_core(k)[0]) >= 2 and _company_core(k)[0][0] == part[0]]
            if not firms and not owners:  # "Hinoki" of "Hinoki Rubber Industries": a name ending in a trade word
                firms = [k for k in drafts if k != short and not drafts[k].kind and len(k.split()) >= 2
                         and k.split()[0] == part[0] and k.split()[-1] in ORGANISATION_WORDS
                         and _trade_words(drafts[k].name, _company_core(k)[0])]
            if len(firms) == 1:
                _fold(drafts, short, firms[0])
                continue
        owners = surname_owners or owners
        if not owners and len(part) == 1 and _label(d) == PERSON:
            # "Khumalwane said" of a "Mthunzi Khumalwane" the recogniser once took for a body: a person's name's shape
            owners = [full for full, o in drafts.items() if full != short and not o.kind and not o.description
                      and not o.thing  # ("its Sky Heron lander": a thing's name, not a person's)
                      and _label(o) != PERSON and len(stripped(full)) == 2 and stripped(full)[-1] == part[0]
                      and _name_shaped(o.name)]
            if len(owners) == 1:  # the surname's votes say what the full name is: a person's, not the body it read
                drafts[owners[0]].full_labels.pop("ORG", None)
                drafts[owners[0]].full_labels["PERSON"] += d.labels["PERSON"]
        if not owners and (len(part) == 1 or part[0] in SURNAME_PARTICLES):
            # "Ortega" for "Lucas Ortega Ruiz", "de la Vega" for "Ana de la Vega Ruiz": a first surname of two
            owners = [full for full in people if full in drafts and full != short
                      and len(stripped(full)) >= len(part) + 2
                      and any(stripped(full)[i:i + len(part)] == part
                              for i in range(1, len(stripped(full)) - len(part)))]
        if not owners and len(part) == 1 and len(part[0]) >= _VARIANT_MIN:  # "Kovalsky" for "Kovalskiy"
            owners = [full for full in people if full in drafts and len(stripped(full)) >= 2
                      and Levenshtein.distance(stripped(full)[-1], part[0]) == 1]
        if len(owners) == 1:
            _fold(drafts, short, owners[0])
        elif len(owners) > 1 and len(part) == 1 and (named := _named_last(d, [drafts[o] for o in owners])):
            _fold(drafts, short, _key(named.name))  # "Harcourt said" each time after "Simon Harcourt, the chairman"
        elif len(owners) > 1 and len(part) == 1:
            d.shared = True  # "Henderson" when the text names two Hendersons
        elif not owners and len(part) == 1 and _label(d) == ORGANISATION:
            firms = [k for k, o in drafts.items() if k != short and len(k.split()) >= 2 and not o.kind
                     and k.split()[0] == part[0] and _label(o) == ORGANISATION]
            if len(firms) == 1:
                _fold(drafts, short, firms[0])


def _opening_initials(name: str, part: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
    """The initials a person's name opens with and the words after them ("J. R. Okafor": "jr", (okafor,); "H.M. van
    Dijk", whose key writes "hm": "hm", (van, dijk)); None when it opens with a word."""
    count = next((i for i, word in enumerate(part) if len(word) > 1), len(part))
    if not count and re.search(r"(?<!\w)" + r"\.\s*".join(map(re.escape, part[0].upper())) + r"\.", name):
        count = 1  # (initials written together: one word of the key)
    letters = "".join(part[:count])
    return (letters, part[count:]) if count and part[count:] else None


def _named_last(d: _Draft, owners: list[_Draft]) -> _Draft | None:
    """The one person a surname used alone means each time it is so used: the person of that surname named
    in full last before each of its uses (when any is), always the same one; else None."""
    meant = set()
    for spot in d.spots:
        last = max(((s, o.name) for o in owners for s in o.spots if s < spot), default=None)
        if last is not None:
            meant.add(last[1])
            # "Carla Menon and Ravi Menon spoke. Menon said": both named in the sentence before, neither is meant
            meant.update(o.name for o in owners for s in o.spots if s < spot and s[0] == last[0][0])
    if len(meant) != 1:
        return None
    return next(o for o in owners if o.name in meant)


def _company_core(key: str) -> tuple[tuple[str, ...], bool]:
    """A company's name without its legal forms, and whether it had one: "pt karya baru tbk" ->
    (karya, baru), True."""
    tokens = key.split()
    legal = False
    if len(tokens) > 2 and tokens[0] in LEGAL_FORMS:
        tokens, legal = tokens[1:], True
    core = without_trailing_legal_forms(tokens)
    legal = legal or len(core) < len(tokens)
    return tuple(t for t in core if t not in ("&", "and")), legal


def _trade_words(name: str, core: tuple[str, ...]) -> bool:
    """Whether a longer name is a company's, its added words saying what it does ("Drilling
    Services"): not a public body ("Ministry of Water and Irrigation") nor another body attached to
    the shorter name ("Members’ Trust", "Youth League")."""
    return not re.search(r"\w[’']", name) and not any(w in OF_JOINERS or w in NAME_CUES for w in core)


def _merge_company_names(drafts: dict[str, _Draft]) -> None:
    """"Marrow & Sons" into "Marrow & Sons Drilling Services", "Karya Baru" into "PT Karya Baru
    Sentosa", "Vela Marine" into "Pescados Vela Marine SA": a shorter name of the one company
    (a name with a legal form, or ending in a trade word) that opens with it, or, when the company is
    named with its legal form, ends with it."""
    companies = {}
    for key, o in drafts.items():
        core, legal = _company_core(key)
        if not o.kind and (legal or set(core) & ORGANISATION_WORDS) and key.split()[-1] not in NOT_ACTOR_HEADS:
            companies[key] = (core, legal)
    for short in sorted(drafts, key=lambda k: len(k.split())):
        d = drafts.get(short)
        part = _company_core(short)[0]
        form_first = len(part) == 2 and part[0] in LEGAL_FORMS  # "PT Denok": a legal form and one word
        part = part[1:] if form_first else part
        if d is None or d.kind or d.title or d.person_context or len(part) < (1 if form_first else 2):
            continue
        owners = [k for k, (core, legal) in companies.items() if k != short and k in drafts and len(core) > len(part)
                  and ((core[:len(part)] == part and _trade_words(drafts[k].name, core)
                        and (not form_first or k.split()[0] == short.split()[0]))  # "PT Sinar Pantai International"
                       or (legal and core[-len(part):] == part and not form_first))]
        if len(owners) == 1 and _company_core(owners[0])[0][-len(part) - 1] in ("of", "for"):
            # "the Board of X Limited" authorised it: X's board, which speaks for X (its counts go to X, not its name)
            boards = set(drafts[owners[0]].forms)
            _fold(drafts, owners[0], short)
            for form in boards:
                del drafts[short].forms[form]
        elif len(owners) == 1:
            _fold(drafts, short, owners[0])


# --- decisions ---------------------------------------------------------------------------------

def _label(d: _Draft) -> str | None:
    """The kind the recogniser's votes give."""
    votes = _label_votes(d.full_labels or d.labels)
    ranked = votes.most_common()
    if len(ranked) >= 2 and ranked[0][1] == ranked[1][1] and d.full_labels:
        # A tie among the whole name's labels ("X Authority of the Republic of Y" once a body's, once a state's):
        # every reading of its parts decides, not which came first.
        ranked = (votes + _label_votes(d.labels)).most_common()
    return ranked[0][0] if ranked else None


def _label_votes(labels: Counter) -> Counter:
    votes = Counter()
    for label, n in labels.items():
        if _LABEL_KIND.get(label):
            votes[_LABEL_KIND[label]] += n
    return votes


def _vouched(d: _Draft) -> bool:
    tokens = words(d.name)
    return bool(d.description or d.title or d.cue_kind or (tokens and (
        tokens[-1] in NAME_CUES or tokens[-1] in ORGANISATION_WORDS or tokens[-1] in PARTY_MEMBERS
        or tokens[0] in FIRST_WORD_CUES)) or d.media_context or d.kind)


# A law's, a decree's or a form's head noun opening its name in Spanish, Portuguese and French, as "Act" ends an English
# one's ("Ley de Aguas", "Código Orgánico Integral Penal", "Declaración Aduanera de Exportación").
_THING_OPENINGS = frozenset({"código", "codigo", "ley", "lei", "loi", "decreto", "décret", "decret", "reglamento",
                             "regulamento", "declaración", "declaracion", "resolución", "resolucion", "portaria"})
# What a description says a product is ("Corvexa, the brand name for tenolazide", "X, a video-doorbell app").
_PRODUCT_HEADS = frozenset("brand product products medicine medication medicines vaccine device app software "
                           "doorbell camera".split())
# What a description's head noun says a thing is when it is no actor: a law, an event, a place, a building, a product.
_NOT_ACTOR_DESCRIPTION_HEADS = NOT_ACTOR_HEADS | PLACE_WORDS | PLACE_NAME_ENDINGS | _PRODUCT_HEADS
# Bodies that judge or review, named by their noun alone ("The Panel does not doubt …"): no name.
_BENCH_NOUNS = frozenset("panel tribunal jury bench chamber secretariat presidency registry".split())


_YEAR = re.compile(r"(?:1[89]|2[01])\d\d")  # a year written after an event's name: its edition


def _post_word(word: str) -> bool:
    """A person's noun or a title, as a name's last word: hyphened, one whose every part is ("Major-General") or
    a doer's noun before a title ("Auditor-General"), not a double surname ending in a title's word
    ("Diaz-Cardinal")."""
    parts = words(word)
    if not parts or not (KIND_CUES.get(parts[-1]) == PERSON or parts[-1] in TITLE_WORDS):
        return False
    return all(KIND_CUES.get(part) == PERSON or part in TITLE_WORDS or is_person_noun(part)
               or part.endswith(AGENT_NOUN_ENDINGS) for part in parts[:-1])


def _dropped(d: _Draft) -> bool:
    """What the recogniser named but is no actor: a place, a people, a thing, a shared surname."""
    if d.kind == STATE:
        # A state named only as a place ("in Bolivia", "Tarija, Bolivia") or an adjective ("a Russia adviser").
        return not d.polity and not d.acting and (d.located + d.modifier + d.origin >= d.seen or not d.seen)
    tokens = words(d.name)
    if len(tokens) == 2 and tokens[0] in ORDINALS and tokens[1] in ("party", "parties"):
        return True  # "the First Party", "the Second Party": a contract's or a settlement's side, named by its order
    if d.kind in (MEDIA, PARTY):
        return False
    if d.shared:
        return True
    if not tokens or d.name.islower():
        return True  # "parliament": a name is written with a capital
    last = d.name.split()[-1]
    if len(tokens) > 1 and last.isalpha() and last.islower() and tokens[-1] not in _NAME_JOIN_WORDS \
            and tokens[-1] not in LEGAL_FORMS and KIND_CUES.get(tokens[-1]) != PARTY and tokens[-1] not in PARTY_MEMBERS \
            and not any(_spells_loosely(_NAME_WORDS_SPELT.findall(d.name), acronym)
                        for form in d.forms if (acronym := _acronym_key(form))):
        return True  # "the Western Isles council": a description ending in a common noun (not "… plc", "… party",
        # nor "Office national des forêts", which its acronym ONF spells)
    body = next((tokens[n - 1] for n in range(1, len(tokens)) if tokens[n] in ("of", "for", "on")), None)
    if tokens[-1] in NOT_ACTOR_HEADS and body not in OF_JOINERS and not (
            tokens[-1] in _AGENCY_HEADS and d.acting * 2 >= d.seen and any(_acronym_key(form) for form in d.forms)) \
            and not (tokens[-1] in ("programme", "program") and tokens[:2] == ["united", "nations"]):
        # but "the World Seed Programme (WSP) said": an agency that acts, named by its acronym; a United Nations
        # programme (an agency whatever it does in the text); and "the Authority for Public Services Regulation": a
        # body whose remit ends in a thing's word
        return True
    if len(tokens) > 1 and _YEAR.fullmatch(tokens[-1]) and tokens[-2] in NOT_ACTOR_HEADS:
        return True  # "the Men's Championship 2026": an event's edition
    numbered = next((n for n in range(1, len(tokens))
                     if all(t.isdigit() or t in ("of", "no") for t in tokens[n:])), None)
    if numbered and tokens[numbered - 1] in NOT_ACTOR_HEADS:
        return True  # "the Labour Relations Act 66 of 1995", "Decree No 12 of 2020": a law and its number
    head = next((tokens[n - 1] for n in range(1, len(tokens)) if tokens[n] == "of"), None)
    if head in NOT_ACTOR_HEADS and not any(_acronym_key(form) for form in d.forms):
        return True  # "the Runway Excursion of X Airlines", "the Treaty of Y": a thing or an event of someone's
    if len(tokens) > 1 and tokens[0] in _THING_OPENINGS:
        return True  # "Código Orgánico Integral Penal", "Ley de Aguas": a law or a form, named head first
    if len(tokens) > 1 and STORM_WORDS & set(tokens[:2]):
        return True  # "Cyclone Gita", "Tropical Storm Bess": a storm, whatever the recogniser called it
    if len(tokens) == 1 and tokens[0] in ORDINALS:
        return True  # "SEVENTH", "NINTH": a resolution's numbered clause, in capitals
    if len(tokens) == 2 and len(tokens[1]) == 1 and (is_person_noun(tokens[0]) or tokens[0] in TITLE_WORDS):
        return True  # "Patient A", "Resident B", "Ms C": someone a ruling names by a letter to keep them anonymous
    if len(tokens) == 2 and tokens[0] in SAINT_WORDS and not d.acting:
        return True  # "St Aubin", "Saint Ouen": a parish or town (but "the Parish of St Aubin" is a body)
    if (tokens[-1] in PLACE_WORDS or tokens[-1] in PLACE_NAME_ENDINGS) and d.name.split()[-1].lower() == tokens[-1] \
            and not any(_acronym_key(form) for form in d.forms) and not (head and _body_word(head)):
        return True  # a place; but "Sahel Liberation Front (SLF)" is a body with an acronym, "A Oosterhout-Dam" a
        # person, "University of Marram Bay" a body named for its place
    if len(tokens) == 1 and tokens[0].endswith(STREET_ENDINGS) and not any(_acronym_key(form) for form in d.forms):
        return True  # "Wilhelminastraat", "Lindengasse": a street, written as one word
    if len(tokens) > 1 and tokens[0] in PLACE_FIRST_WORDS and not (d.kind or d.cue_kind) \
            and not any(_body_word(w) or w in POSSESSIVE_NAME_HEADS for w in tokens) \
            and not any(_acronym_key(form) for form in d.forms):
        return True  # "Rua das Flores", "Wadi Halfa": a place (not "Lake Basin Commission", "the party Lago Y")
    if len(tokens) == 1 and (tokens[0] in KIND_CUES or tokens[0] in OF_JOINERS or tokens[0] in TITLE_WORDS
                             or tokens[0] in _BENCH_NOUNS or tokens[0] in TRAILING_TITLES):  # (", RN,": a nurse's letters)
        return True  # "Army", "State", "Court": a common noun written with a capital, not a name
    described_body = bool(d.description) and _description_kind(d.description) not in (None, PERSON)
    if len(tokens) > 1 and _label(d) != PERSON and _post_word(d.name.split()[-1]) \
            and not set(tokens) & {"of", "for", "on"} and not described_body:  # "Forest Ledger, an NGO": a body
        return True  # "the Regional Ombudsman", "Chief Harbour Inspector": a post, not its holder
    if len(tokens) > 1 and not d.acting and not d.title and KIND_CUES.get(tokens[-1]) == PERSON \
            and tokens[-1] not in TITLE_WORDS and tokens[-1].endswith(("er", "or")) and not set(tokens) & {"of", "for", "on"}:
        return True  # "Public Information Officer" in a contact line, whatever the recogniser called it
    if d.description and (_description_head(d.description) in _NOT_ACTOR_DESCRIPTION_HEADS
                          or re.search(r"\b(?:brand|trade)\s+name\b", d.description)):
        return True  # "Hanami, the Japanese cherry blossom season"
    if (d.thing * 2 > d.seen or d.craft) and not d.title \
            and not (d.description and not _WHO_WORKS_IT.match(d.description)):
        return True  # "its Skylark", "the X mission", "the vessel X" (also "…, operated by Y"): a thing
    label = _label(d)
    if label is None:
        return True  # only ever a facility or a landmark
    if label == PERSON and any(c.isdigit() for c in d.name):
        return True  # "Batch PLK-2022-07", "Lot 14/23": a reference number, where a person's name holds no figures
    if (label == PERSON or (label == ORGANISATION and len(tokens) > 1)) and is_place_name(d.name) \
            and not (d.title or d.description or d.person_context):
        return not (d.polity or d.cue_kind)  # "Porto Alegre", "Tamil Nadu" read as a person's or a body's name
    vouched = _vouched(d)
    if label == STATE:
        # A place whose government the text names is a polity ("Delhi's chief minister", "the
        # Bavaria government"); any other is a place, however often it is the subject ("Rift Valley").
        # A town's or a province's "description" is the clause after its name ("Acme Press, Springfield,
        # translated by A B", "the band from Riverton, organised by …"), no evidence of a government.
        described = d.description and not is_place_name(d.name)
        return not (d.polity or described or d.cue_kind or d.title
                    or (d.acting and len(tokens) >= 3 and tokens[0] in LOCAL_GOVERNMENT_UNITS and tokens[1] == "of"))
        # (but "The City of Greater X welcomed it": a local government by its name, acting)
    if len(tokens) == 1 and d.plural * 2 > d.seen and not vouched and tokens[-1] not in PARTY_MEMBERS:
        return True  # "Basques", "Muscovites", "the Hendersons": a people or a family
    if d.modifier * 2 > d.seen and not vouched and d.acting * 3 < d.seen:
        return True  # mostly a modifier: "TRAX contracts", "Republican president"
    if len(tokens) == 1 and d.seen == 1 and not d.acting and not vouched and not d.person_context and label == PERSON:
        return True  # one bare word, once, doing nothing: no evidence it is anyone
    if d.routed >= d.seen and not vouched and not d.person_context and not d.polity and not d.acting \
            and not set(tokens) & (ORGANISATION_WORDS | set(NAME_CUES) | OF_JOINERS | LEGAL_FORMS):
        return True  # only ever where flights and journeys go: "flights to Barra, Tiree and Campbeltown"
    if d.located >= d.seen >= 2 and not vouched and not d.person_context and not d.polity \
            and not set(tokens) & (ORGANISATION_WORDS | set(NAME_CUES) | OF_JOINERS | LEGAL_FORMS):
        return True  # named only as where things are ("in X" each time), whatever the parse says it does
    if d.placed and (d.placed + d.modifier) * 2 >= d.seen and not d.acting and not vouched \
            and not d.person_context and not set(tokens) & (ORGANISATION_WORDS | set(NAME_CUES) | OF_JOINERS | LEGAL_FORMS):
        return True  # "the mill in X", "the X quarry": a place the recogniser took for a name
    return False


# Whether a candidate is kept: (its evidence, the drop rule's verdict, its name) -> keep.
Judge = Callable[[np.ndarray, bool, str], bool]
_KIND_FEATURES = {PERSON: "person_kind", ORGANISATION: "organisation_kind", STATE: "state_kind",
                  PARTY: "party_kind", ARMED_GROUP: "armed_kind", MEDIA: "media_kind"}
# Lower-case words a name may hold ("Ursula von der Leyen", "Bank of the North"): not a sign of a non-name.
_NAME_JOIN_WORDS = NAME_JOINERS | SURNAME_PARTICLES | PATRONYMICS | MATCH_DROPPED_PARTICLES
_MAX_WORDS = 6  # names longer than this count as this long: few are, and a long tail would dominate the scale
_NER_LABELS = {"PERSON": "person_label", "ORG": "org_label", "GPE": "gpe_label", "NORP": "norp_label",
               "FAC": "fac_label"}


def evidence(d: _Draft, rule_drops: bool, kind: str) -> np.ndarray:
    """A candidate's evidence, in keep.FEATURES order: its counters as shares of its mentions, its
    labels' shares, its name's shape and what the gazetteer and the text say of it."""
    seen = max(d.seen, 1)
    tokens = words(d.name)
    labelled = max(sum(d.labels.values()), 1)
    values = {"rule_drop": float(rule_drops), "log_seen": float(np.log1p(d.seen)),
              "acting_share": d.acting / seen, "located_share": d.located / seen, "placed_share": d.placed / seen,
              "origin_share": d.origin / seen, "modifier_share": d.modifier / seen, "plural_share": d.plural / seen,
              "thing_share": d.thing / seen, "media_share": d.media_context / seen,
              "person_context_share": d.person_context / seen, "polity_share": d.polity / seen,
              "routed_share": d.routed / seen,
              "full_label_share": sum(d.full_labels.values()) / labelled,
              "words": float(min(len(tokens), _MAX_WORDS)),
              "acronym": float(bool(_acronym_key(d.name))),
              "acronym_form": float(any(_acronym_key(form) for form in d.forms)),
              "has_title": float(bool(d.title)), "has_description": float(bool(d.description)),
              "has_cue": float(bool(d.cue_kind)), "vouched": float(_vouched(d)), "kind_settled": float(bool(d.kind)),
              "place_head": float(bool(tokens) and tokens[-1] in PLACE_WORDS),
              "body_head": float(bool(tokens) and (tokens[-1] in ORGANISATION_WORDS or tokens[-1] in NAME_CUES)),
              "thing_head": float(any(head in NOT_ACTOR_HEADS for head in name_heads(tokens))),
              "log_forms": float(np.log(max(len(d.forms), 1))),
              "digit": float(any(c.isdigit() for c in d.name)),
              "title_first": float(bool(tokens) and (tokens[0] in TITLE_WORDS or tokens[0] in _HONORIFIC_WORDS)),
              "short_word": float(len(tokens) == 1 and len(tokens[0]) <= 3 and not _acronym_key(d.name)),
              "lower_word": float(any(w[:1].islower() and w not in _NAME_JOIN_WORDS for w in d.name.split()[1:]))}
    for label, feature in _NER_LABELS.items():
        values[feature] = d.labels[label] / labelled
    for k, feature in _KIND_FEATURES.items():
        values[feature] = float(kind == k)
    return np.array([min(values[f], 1.0) if f.endswith("_share") else values[f] for f in FEATURES])


def shipped_judge(row: np.ndarray, rule_drops: bool, name: str) -> bool:
    """What the drop rule keeps, less what the fitted model finds too weakly vouched for. The model never
    brings back what the rule drops: allowed to, it listed the rule's things, posts and lower-case nouns
    again ("… Restoration Scheme", "Humanitarian Coordinator", "navy"), long names weighing for them."""
    return keeps(shipped_model(), row, rule_drops)


# Words that end a description's head ("a charity known until 2020 as …": a charity).
_DESCRIPTION_CUTS = frozenset("of in with for from to at on by who that which known called named formerly under "
                              "throughout across near between since within".split())
# Past participles not ending in "-ed", which close a description's head noun as "based" does ("the only station
# heard throughout the valley", "a clinic run by the diocese").
_IRREGULAR_PARTICIPLES = frozenset("heard run set made known held built owned led kept sold seen given taken "
                                   "written chosen grown".split())


def _head_end(tokens: list[str]) -> int:
    """Where a description's head ends: at its first _DESCRIPTION_CUTS word, else at its end."""
    return next((n for n, w in enumerate(tokens) if w in _DESCRIPTION_CUTS), len(tokens))


def _description_head(description: str) -> str | None:
    """The head noun of a description: the last word before "of", "in", "who" …"""
    tokens = words(description)
    cut = _head_end(tokens)
    if cut >= 2 and (tokens[cut - 1].endswith("ed") or tokens[cut - 1] in _IRREGULAR_PARTICIPLES) \
            and tokens[cut - 2] not in ("a", "an", "the"):
        cut -= 1  # "a tool used to …", "a firm based in …": the noun before the participle
    if cut and tokens[cut - 1] in _PARTITIVES and cut < len(tokens) and tokens[cut] == "of":
        return _description_head(" ".join(tokens[cut + 1:]))  # "the first version of the programme": a programme
    return tokens[cut - 1] if cut else None


# What an agency called "the X Administration" runs, as a state's agencies are named.
_ADMINISTERED_REMITS = frozenset("police tax customs revenue prison prisons penitentiary port ports maritime aviation "
                                 "forest forestry water road roads railway railways highway highways".split())


# Nouns that say what part or form of a thing a description names ("the first version of the scheme").
_PARTITIVES = frozenset("version versions edition editions phase phases stage stages round rounds instalment".split())


def _kind_of(d: _Draft) -> str:
    if d.title and any(w.rstrip(".") in HONORIFICS or w.lower().rstrip(".") in PERSON_ONLY_TITLES
                       for w in d.title.split()):
        return PERSON  # "Cr A B, Division 2, Valley Council": a title only a person has, whatever the description
    if d.description and (kind := _description_kind(d.description)) \
            and not (kind == PERSON and set(words(d.name)) & (OF_JOINERS | ORGANISATION_WORDS)):
        return kind  # (not "The Ministry of X was an observer": a body's name says it is none)
    first_last = words(d.name)
    if len(first_last) >= 2 and re.search(r"(?:an|ese|ish|i)$", first_last[0]) and first_last[-1] in _SELF_RULE \
            and set(first_last[1:-1]) <= SELF_RULE_WORDS:  # not "the Belgian Data Protection Authority": an agency
        return STATE  # "the Sami Parliament": a people's own government
    if d.title:
        return PERSON
    if d.cue_kind == ARMED_GROUP and any(_company_core(_key(form))[1] for form in d.forms):
        return ORGANISATION  # "the Norwegian group Nordfisk ASA": a business group, as its legal form says
    if d.cue_kind:
        return d.cue_kind
    tokens = words(d.name)
    if tokens and tokens[-1] in ("alliance", "coalition") and not set(tokens) & _POLITICAL_WORDS:
        return ORGANISATION  # "the Vaccine Alliance", "a Maritime Alliance"; not "the National Democratic Alliance"
    if len(tokens) == 2 and tokens[-1] == "administration" and tokens[0] in _ADMINISTERED_REMITS:
        return ORGANISATION  # "the Prisons Administration", "the Tax Administration": an agency (not "the Lee Administration")
    if len(tokens) >= 3 and tokens[-1] == "administration":
        return ORGANISATION  # "the Food and Drug Administration": an agency named for its remit, not a government
    if any(word == "fire" and head in ("brigade", "brigades") for word, head in zip(tokens, tokens[1:])):
        return ORGANISATION  # "the Lakeside Fire Brigade", "the Volunteer Fire Brigade of X": firefighters, not armed
    if len(tokens) >= 2 and tokens[-1] == "force" and tokens[-2] in _ARMED_FORCE_WORDS:
        return ARMED_GROUP  # "the Tarsia Defence Force", "the Air Force" (not a task force or a peacekeeping force)
    if len(tokens) > 1 and tokens[-1] == "council" and tokens[-2] in LOCAL_GOVERNMENT_UNITS:
        return STATE  # "Oakdale County Council": a local government
    if len(tokens) > 1 and tokens[0] in LEGAL_FORMS:
        return ORGANISATION  # "PT Karya Baru": a legal form before the name
    if tokens and tokens[-1] in ("movement", "movements", "congress") and set(tokens) & _PARTY_WORDS:
        return PARTY  # "the Social Democratic Movement", "the Riverside Democratic Congress" (not the US Congress)
    if tokens and tokens[-1] == "congress" and "people" in tokens and "national" not in tokens:
        return PARTY  # "the All Ruritanian People's Congress" (a "National People's Congress" is a legislature)
    head = next((tokens[n - 1] for n in range(1, len(tokens)) if tokens[n] in ("of", "for", "on")), None)
    if head in ("alliance", "coalition") and not set(tokens) & _POLITICAL_WORDS:
        return ORGANISATION  # "the Alliance of Coastal Towns"
    if NAME_CUES.get(head) == STATE and NAME_CUES.get(tokens[-1], STATE) != STATE:
        return NAME_CUES[tokens[-1]]  # "the Republic of Fiji Navy": the state's navy, not the state
    if head in NAME_CUES or head in ORGANISATION_WORDS:
        return NAME_CUES.get(head) or ORGANISATION  # "Ministry of Trade and Labour": the head, not the last word
    if tokens and tokens[-1] == "network" and not set(tokens) & _MEDIA_WORDS:
        return ORGANISATION  # "the Civic Ballot Watch Network": a network of people, not a broadcaster
    if tokens[-2:] in (["news", "agency"], ["press", "agency"]):
        return MEDIA  # "the Ruritania News Agency": a wire service, though "agency" ends a government body's name too
    if len(tokens) >= 2 and tokens[-2] == "broadcasting" and tokens[-1] in _BROADCASTER_HEADS:
        return MEDIA  # "the Ruritania Broadcasting Corporation" (not "the Broadcasting Authority", its regulator)
    if len(tokens) >= 3 and tokens[-1] in LEGAL_FORMS and NAME_CUES.get(tokens[-2]) == MEDIA:
        return MEDIA  # "Valley Community Radio NPC": a broadcaster with its legal form
    if tokens[-2:] == ["first", "nation"] or tokens[-1:] == ["panchayat"]:
        return STATE  # "Red Cedar First Nation", "Mannar Grama Panchayat": a people's or a village's own government
    if tokens and tokens[-1] in NAME_CUES:
        return NAME_CUES[tokens[-1]]
    if len(tokens) > 1 and tokens[0] in FIRST_WORD_CUES:
        return FIRST_WORD_CUES[tokens[0]]
    if " ".join(tokens) in MEDIA_NAMES or d.media_context:
        return MEDIA
    if tokens and (tokens[-1] in ORGANISATION_WORDS or (len(tokens) > 1 and tokens[-1] in LEGAL_FORMS)):
        return ORGANISATION  # "… Holdings", "… SA": a legal form is a company's
    if tokens and tokens[-1] in PARTY_MEMBERS:
        return PARTY  # "Democrats", "the Liberal Democrat leader"
    if len(d.name.split()) == 1 and re.search(r"[a-z][A-Z]", d.name):
        return ORGANISATION  # "SkyForge", "NovaReach": a brand's shape, not a person's name
    if len(tokens) >= 2 and d.plural * 2 >= d.seen and tokens[-1].endswith("s"):
        return ORGANISATION  # "Brenning Shipping Lines", "Keller Industries": a plural head is not one person
    for form in d.forms:  # nothing in the name says; its name in another language may ("(BLN, Northern Freedom Brigade)")
        other = words(form)
        if len(other) >= 2 and other != tokens and NAME_CUES.get(other[-1]) in (ARMED_GROUP, PARTY):
            return NAME_CUES[other[-1]]
    label = _label(d)
    if label == PERSON and not d.person_context and len(d.name.split()) >= 2 and not d.name.isupper() \
            and any(re.fullmatch(r"[A-Z]{3,}", w) and not re.fullmatch(r"[IVXLC]+", w) for w in d.name.split()):
        return ORGANISATION  # "Tarsia PWP", "OCHA Mali": an acronym in a name is a body's, not a person's (a name
        # all in capitals is a name written so: "KAVYA RAO" as a transcript labels its speaker)
    if label == PERSON and (d.person_context or len(tokens) >= 2 or _person_shaped(d)):
        return PERSON
    if label == STATE:
        return STATE
    if label == PARTY:
        return PARTY
    if d.person_context and (len(tokens) <= 3 or _name_shaped(d.name)):
        return PERSON  # (four words in a personal name's shape: "Ana Maia Guterres Ruiz")
    return label or ORGANISATION


_MEDIA_WORDS = frozenset("news media broadcasting broadcast television tv radio cable".split())
# What a broadcaster's name ends in after "Broadcasting"; a regulator's ends in "Authority", "Commission", "Council".
_BROADCASTER_HEADS = frozenset("corporation company service services network system house".split())
_ARMED_FORCE_WORDS = frozenset("defence defense air naval marine self-defence self-defense border".split())


def _person_shaped(d: _Draft) -> bool:
    tokens = d.name.split()
    return bool(tokens) and (tokens[0].lower() in PERSON_PARTICLES or any(re.match(r"(?i)(al|el)-", t)
                                                                          for t in tokens[1:]))


def _canonical(d: _Draft, formers: frozenset[str] | set[str] = frozenset()) -> str:
    """The state's own name; else the fullest form the report uses (not a former name), the most
    frequent of those."""
    if d.kind == STATE and d.name in STATES:
        return d.name
    current = [f for f in d.forms if _key(f) not in formers] or list(d.forms)  # "IETI" over its former name
    forms = [f for f in current if not (f.split()[-1].lower() in GOVERNMENT_WORDS and len(f.split()) > 1)
             and not (f.split()[0].lower() in GOVERNMENT_WORDS and " of " in f)  # "Government of X": X
             and not _acronym_key(f)] or current
    # (the words after its opening initials first: "Mesfin Habte-Mariam" over "M. H. Mariam"; then all its words)
    best = sorted(forms, key=lambda f: (_initialled(f, opening=True) - len(f.split()), -len(f.split()), _initialled(f),
                                        -d.forms[f], f))[0]
    if f"{best}s" in d.forms:  # "Zarqis" over "Zarqi"
        best += "s"
    return best


def _initialled(name: str, opening: bool = False) -> int:
    """How many initials a name's words are (with `opening`, the words it opens with: not "S.A." after a company's
    name): "Paul Ravel" is fuller than "P. Ravel" or "P.J. Ravel", however often each is used."""
    count = 0
    for word in name.split():
        if re.fullmatch(rf"(?:{CAPITAL}\.)+|{CAPITAL}", word):
            count += len(word.replace(".", ""))
        elif opening:
            break
    return count


def _without_legal_form(name: str) -> str | None:
    """"Tennmark Kraft" for "Tennmark Kraft AS", "Kliprand Holdings" for "Kliprand Holdings (Pty) Ltd"."""
    tokens = name.split()
    cut = len(tokens)
    while cut > 1 and words(tokens[cut - 1]) and (set(words(tokens[cut - 1])) <= LEGAL_FORMS
                                                  or "".join(words(tokens[cut - 1])) in LEGAL_FORMS  # "A/S"
                                                  or re.fullmatch(_BRACKETED_FORM, tokens[cut - 1])):
        cut -= 1
    while cut > 1 and tokens[cut - 1] in ("&", "and"):
        cut -= 1  # "Smith & Co": "Smith"
    return " ".join(tokens[:cut]).rstrip(",") if cut < len(tokens) else None


# Punctuation around a word that is no part of it.
_EDGE_PUNCTUATION = ".,;:!?()[]\"“”‘’'"


def _lone_capitalised(texts: list[str]) -> set[str]:
    """Capitalised words the texts write with no capitalised word beside them but a title ("Roldán said …", "Mr
    Lim asked …")."""
    lone = set()
    for text in texts:
        written = text.split()
        tokens = [t.strip(_EDGE_PUNCTUATION) for t in written]
        for n, token in enumerate(tokens):
            # (a neighbour counts unless a comma or a colon stands between: "Roldán, 58," is alone)
            beside = [m for m in (n - 1, n + 1) if 0 <= m < len(tokens) and tokens[m][:1].isupper()
                      and not written[min(n, m)].endswith((",", ";", ":"))
                      and not (m == n - 1 and tokens[m].rstrip(".").lower() in TITLE_WORDS)]
            if token[:1].isupper() and not beside:
                lone.add(token)
    return lone



_GENERATIONAL_SUFFIX = "|".join(sorted(GENERATIONAL_SUFFIXES))


def _with_generational_suffix(name: str, text: str) -> str:
    """A person's name with the generational suffix the text writes after it ("Rodolfo Tumulak Jr.", "A B, Sr."): part
    of the name as people write it and as lists give it (the recogniser's and the rules' names are cut before it, with
    the post-nominal letters, and merge with the surname alone)."""
    if len(name.split()) < 2:
        return name
    m = re.search(rf"(?<![\w’'-]){re.escape(name)},?\s+(?i:({_GENERATIONAL_SUFFIX}))\b(\.?)", text)
    return f"{name} {m[1].capitalize()}{m[2]}" if m else name  # (with its stop where the text writes one)


def _aliases(name: str, kind: str, d: _Draft, lone: frozenset[str] | set[str] = frozenset()) -> list[str]:
    aliases = set(d.forms)
    tokens = name.split()
    if kind == PERSON and len(tokens) >= 3 and tokens[-1].rstrip(".").lower() in GENERATIONAL_SUFFIXES:
        tokens = tokens[:-1]  # "Rodolfo Tumulak Jr.": also "Rodolfo Tumulak", and the surname is Tumulak
        aliases.add(" ".join(tokens))
    if kind == PERSON and len(tokens) >= 3 and REGNAL_NUMBER.fullmatch(tokens[-1]):
        tokens = tokens[:-1]  # "Kpeglo Adzorgenu IV": also "Kpeglo Adzorgenu", and the surname is Adzorgenu
        aliases.add(" ".join(tokens))
    if kind == PERSON and len(tokens) >= 3 and tokens[-1] in PATRONYMICS:
        tokens = tokens[:-1]  # "Nurlan Bekov uulu" is Bekov
    if kind == PERSON and len(tokens) == 2 and HYPHENATED_GIVEN_NAME.fullmatch(tokens[1]) \
            and len(tokens[0]) <= FAMILY_NAME_MAX:
        tokens = tokens[::-1]  # "Yoon Ha-eun": the family name first, so "Yoon" is the one used alone
    if kind == PERSON and len(tokens) >= 2:
        surname = tokens[-1]
        aliases.add(surname)
        particles = len(tokens) - 1
        while particles > 1 and tokens[particles - 1] in SURNAME_PARTICLES:
            particles -= 1
        if particles < len(tokens) - 1:
            aliases.add(" ".join(tokens[particles:]))  # "van der Meer", "de la Vega"
        if re.match(r"(?i)(al|el)-", surname):
            aliases.add(surname.split("-", 1)[1])
        if SECOND_SURNAME_JOINER in tokens[2:-1]:  # "Lucía Ferrer y Bastidas": "Ferrer", as Spanish usage shortens it
            aliases.add(tokens[tokens.index(SECOND_SURNAME_JOINER, 2) - 1])
        # "Marcela Roldán Vives" … "Roldán said": a first of two surnames, as the report writes it alone
        aliases.update(t for t in tokens[1:-1] if t in lone and t.lower() not in SURNAME_PARTICLES)
        if len(tokens) == 3 and all(len(t) <= FAMILY_NAME_MAX for t in tokens) and tokens[0] in lone:
            aliases.add(tokens[0])  # "Lim Kok Wah" … "Mr Lim asked": a family name written first
        if tokens[0].lower() in PERSON_PARTICLES and len(tokens) >= 3:
            aliases.add(" ".join(tokens[:2]))  # "Abu Karim"
    if kind != PERSON and (bare := _without_legal_form(name)):
        aliases.add(bare)
    if kind != PERSON and len(tokens) >= 3 and tokens[-1] in KIND_CUES and tokens[-2][:1].isupper():
        # "Alianza Austral party": "Alianza Austral", the name before its kind (not "Communist" alone, an adjective)
        aliases.add(" ".join(tokens[:-1]))
    if name.startswith("The "):
        aliases.add(name[4:])
    aliases.discard(name)
    return sorted(a for a in aliases if _key(a) != _key(name) or a != name)


def lead_sentence(actor: Actor, texts: dict[str, str]) -> str | None:
    """For an actor the report never describes, the sentence that says most about it: the first
    where it is the subject ("Peru has moved to cap …"), else the first that opens with it
    ("Peru’s mining sector …"), else its first mention."""
    table = AliasTable([actor])
    opening = None
    for sentence_id in actor.mentions:
        text = texts[sentence_id]
        tokens = tokenize(text)
        for hit in table.scan(text, tokens):
            if compound_of(text, hit) or is_adjective(actor, tuple(t.word for t in tokens[hit.first:hit.last]),
                                                      text[hit.end:]):
                continue  # "Russia-backed", "Peruvian officials": not the actor itself
            before = text[:hit.start].split()[-1:]
            if _VERB_AFTER.match(text[hit.end:]) and not (before and before[0].lower() in _NOT_SUBJECT_BEFORE):
                return sentence_id
            if opening is None and re.fullmatch(r"(?:The\s+)?", text[:hit.start]):
                opening = sentence_id
    return opening or (actor.mentions[0] if actor.mentions else None)
