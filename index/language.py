"""English language rules the answers share: names, numbers, dates, reasons and how names are
spelt. One home, so that retrieval, the answer composer and the verifier agree on what a name or
a date is. Nothing here is about any one report: what the report itself says (its names, its
words) is read from the report at index time.

States, their demonyms, capitals and other names live in the gazetteer
(`index.actors.gazetteer`, which builds on the lists here: `state_aliases`, `demonym_keys`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Callable

from index.text import STOPWORDS, fold, stem, words

# Name particles join the words of a name ("Abu Karim al-Nadawi", "Ludwig van Beethoven") and say
# nothing alone, so they are neither a name's surname nor a word that must match: retrieval and the
# verifier skip them among a name's words. The lists below serve narrower purposes and say why.
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "abd", "van", "von", "der", "den", "de", "da", "di",
                            "du", "del", "la", "le", "dos", "das", "bint", "ul", "ter"})
# The last words of a post's name: no personal or body's name ends in one ("Compliance Officer",
# "Foreign Minister"; "Canopy Witness" and "Lead Associates" are names, though their words are
# people's in the actors' KIND_CUES).
POST_ENDINGS = frozenset("officer arbiter secretary minister chair chairperson chairman chairwoman spokesperson "
                         "spokesman spokeswoman director".split())
# The posts a text's last line may name under its signer's name ("Chairperson", "Auditor-General"): a post's last
# word, or the last part of a hyphened one.
SIGNATURE_POSTS = POST_ENDINGS | frozenset("general ombudsman coroner registrar commissioner president governor mayor "
                                           "executive auditor manager treasurer clerk principal headteacher rector "
                                           "dean partner member coordinator superintendent inspector engineer "
                                           "administrator warden curator surveyor adviser advisor supervisor "
                                           "controller comptroller bursar archivist librarian head".split())
# (and "Head", as a unit's head signs: "Head, Licensing and Inspections", "Section Head")
# Those written in lower case inside a surname ("Ursula von der Leyen", "Maria de la Vega", "Anwar
# bin Ali", Welsh "Huw ap Gruffydd", Filipino "Ramil dela Rosa", Faroese "Jóannes við Á", Portuguese "Luís do
# Rosário", Swedish and Finland-Swedish "af": "Karin af Lindeberg", Maa "ole", son of: "Daniel ole Kisemei"; Kikuyu and
# Kamba "wa", of: "Njeri Wambui wa Kamau", as Swahili bodies' names have it, "Chama cha Wavuvi wa Pwani"): the surname
# is these and the last word.
SURNAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "do", "du", "la", "le", "dos", "das", "del",
                               "di", "bin", "ibn", "ter", "ten", "ap", "dela", "delos", "delas", "við", "af", "ole",
                               "wa"})
# Irish surnames' first words, capitalised ("Donal Ó Dálaigh", "Sorcha Ní Fhloinn", "Nuala Nic Craith",
# "Máire Uí Néill"; Scottish "Mhic"): inside a name they make it a person's, whatever a recogniser called it.
GAELIC_SURNAME_PREFIXES = frozenset({"Ó", "Ní", "Nic", "Mhic", "Uí", "Ua"})
# "y" between a Spanish name's two surnames ("Lucía Ferrer y Bastidas"): the person is "Ferrer" alone, the first.
SECOND_SURNAME_JOINER = "y"

# Given names written abbreviated before the rest of a name ("Md. Karim Hossain", "Mohd Hafiz"): part of the name,
# no title, and never a state's abbreviation ("Md." is Maryland's). (Not "Mst.", Mussammat, a woman's honorific as
# "Mrs" is: a title, cut from "Mst. Rina Begum".)
ABBREVIATED_GIVEN_NAMES = frozenset({"Md", "Mohd", "Muhd"})
# Written with their stop only: Filipino "Ma." (María: "Ma. Luisa Reyes"); without it "Ma" is a Burmese honorific.
DOTTED_GIVEN_NAMES = frozenset({"Ma"})
# Particles that do not tell two names apart when they are compared ("Fadil Wardani" is "Fadil
# al-Wardani", "the Guardian" is "Guardian"): matching actors' names drops only these, and abbreviated given names
# ("Karim Hossain" is "Md. Karim Hossain": MATCH_DROPPED_WORDS). Fewer than NAME_PARTICLES on purpose: a surname's
# own particles ("van Dijk", "de Vries", "bin Omar") are written each time the surname is, so they stay to tell
# names apart.
MATCH_DROPPED_PARTICLES = frozenset({"al", "el", "the"})
MATCH_DROPPED_WORDS = MATCH_DROPPED_PARTICLES | {name.lower() for name in ABBREVIATED_GIVEN_NAMES}
# Particles or honorific name words that mark a personal name ("Abu Karim al-Nadawi", "Umm Salma"):
# a name opening with one is a person's.
PERSON_PARTICLES = frozenset({"abu", "umm", "ibn", "bin", "bint", "al", "el"})
# "son of" / "daughter of" between a given name and the father's ("Mariam bint Abdullah Al-Zadjali",
# "Aziz binti Omar", Hassaniya "Salem Ould Baba", Malaysian Tamil "a/l" and "a/p", anak lelaki and anak perempuan:
# "Suresh a/l Kumaran", Iban "anak", child of: "Jalong anak Ubong", Kalenjin "arap", son of: "Kiptoo arap Rono";
# Hassaniya "mint", daughter of, beside "ould": "Salma mint Ahmed"; Batak "boru", a daughter of the clan, before a
# woman's clan name: "Tiara boru Panggabean"): one person's name, though a recogniser may read two.
PATRONYMIC_JOINERS = frozenset({"bin", "bint", "binti", "ibn", "ould", "mint", "a/l", "a/p", "anak", "arap", "boru"})
# Lower-case particles a name's words are joined by with hyphens (Persian and Urdu "-e-"/"-i-", Arabic "-ul-", "-ut-",
# "-al-", "-wal-": "Tanzeem-e-Sarhad", "Hizb-ut-Tahrir"), which a recogniser cuts at the first hyphen.
HYPHEN_NAME_JOINERS = frozenset({"e", "i", "ul", "ut", "us", "ur", "ud", "al", "el", "wal"})
# "son of"/"daughter of" words written lower case after a father's name in Turkic names ("Nurlan Bekov uulu").
PATRONYMICS = frozenset({"uulu", "kyzy", "ogly", "oglu", "qizi", "kizi", "ugli"})
# Patronymics, a middle name made from the father's given name ("Petrovich", "Ivanovna"): a capitalised word
# with one of these endings between two others makes them one person's name ("Given Patronymic Surname").
# (Ukrainian too; and Kazakh ones written as one word, "-uly" son of, "-kyzy"/"-qyzy" daughter of: "Ermekuly")
PATRONYMIC_ENDINGS = ("ovich", "evich", "ovna", "evna", "ichna", "ovych", "evych", "ivna", "uly", "kyzy", "qyzy")
# Korean given names are romanised as two syllables joined by a hyphen, the second in lower case ("Ha-eun",
# "Seung-woo"), after a one-syllable family name ("Yoon Ha-eun"): such a name's family name is its first word.
HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,6}")
FAMILY_NAME_MAX = 5  # letters of a one-syllable romanised family name ("Park", "Choi", "Hwang")

# Romance-language "of"/"of the" written lower case inside a body's or a place's name ("Corul Tinerilor din
# Valea Mare", "Flores del Cayambe", "Banco de la Nación"): the name runs on past them to the
# capitalised words after. ("do", Portuguese too, is left out: an English verb before a capitalised word.)
ROMANCE_NAME_JOINERS = frozenset({"de", "del", "della", "delle", "dei", "degli", "di", "da", "das", "dos", "du",
                                  "des", "din"})
# Articles that may follow such a joiner before the name goes on ("de la", "de los", "de las").
ROMANCE_ARTICLES = frozenset({"la", "las", "los", "le", "l"})
# Lower-case words that join the words of a body's name, in the languages bodies' names are written in ("Bank of
# England", "Mouvement pour la Justice et la Paix", "Fundación para el Agua", "Pusat Riset Air dan Tanah"; Greek "tou",
# "tis": "of the").
NAME_JOINERS = frozenset({"of", "for", "on", "and", "&", "do", "la", "le", "les", "los", "las", "el", "y", "e", "et",
                          "pour", "para", "für", "und", "tou", "tis", "dan"}) | ROMANCE_NAME_JOINERS

# "Ramoeletsi et al.": a cited work's first author and the others; the author is the name.
ET_AL = re.compile(r"\s+et\.?\s+al\.?$")

# A capital letter of a Latin script, accented or not ("Émile", "Łukasz", "Şükrü", "Ōta"): a regex class, where
# "[A-Z]" would leave out the names that open with an accented capital.
CAPITAL = "[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ]"
# An elided article written in lower case before a surname's capital ("Rosa d’Arcy-Lane", "Jean d'Ormesson",
# "Marie l’Étang"): part of the surname (upper-case "D'Souza", "O’Neill" are capitalised words already).
ELIDED_ARTICLE = r"(?:[dl][’'])"
# Courtesy titles before a person's name, as written ("Mrs Ruiz"): they say only that a person is named.
# (South Asian "Begum", "Smt."/"Shrimati" as "Mrs", and "Shri" as "Mr"; French "Mme", "Mlle": Madame, Mademoiselle)
COURTESY_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Begum", "Shri", "Smt", "Shrimati", "Mme", "Mlle"})
# Spanish and Portuguese honorifics, as reports from those countries keep them before English text's
# names ("Sra. Ana Mena", "Ing. Pablo Ruiz": señora, ingeniero, licenciado, doctora): like "Mrs" and "Dr".
IBERIAN_HONORIFICS = frozenset({"Sr", "Sra", "Srta", "Ing", "Lic", "Dra"})
# Amharic honorifics, which English texts from Ethiopia keep before a name ("Ato Mekdes Alemu", "W/ro Selam Bekele":
# Mr, Mrs, Miss); the name after one is a given name and the father's, and the given name is the one used alone.
AMHARIC_HONORIFICS = frozenset({"Ato", "W/ro", "Weizero", "Woizero", "Weyzero", "W/rt", "Weizerit"})
# Burmese honorifics, written before a Burmese name ("U Tin Maung Oo", "Daw Khin Sandar Win", "Ko", "Maung", "Ma";
# the Shan "Sai", "Nang"): a title, no word of the name. Also a letter, an English word or another language's
# surname ("Ma Ying-jeou"), so one only before BURMESE_NAME_WORDS or more capitalised words of a person's name.
BURMESE_HONORIFICS = frozenset({"U", "Daw", "Ko", "Maung", "Ma", "Sai", "Nang"})
# A Burmese name has two to four words after its honorific; a Chinese or Korean one after the surname "Ma" or
# "Ko" has one (or a hyphened one).
BURMESE_NAME_WORDS = 2
# Honorifics that are also given names: Indian "Sri" (as "Shri": Mr) and Spanish "Don" ("Sri Mulyani", "Don Carver"
# are names), Fijian "Adi" (a chiefly woman's title; "Adi Godrej" is a name), West African "Pa" (an elder), South Asian
# "Hafiz" (one who knows the Quran by heart) and "Faqir" (a Sufi's). A text that writes one before the names of
# TITLED_NAMES_MIN different people uses it as their title.
HONORIFIC_GIVEN_NAMES = frozenset({"Sri", "Don", "Adi", "Pa", "Hafiz", "Faqir"})
TITLED_NAMES_MIN = 2
# Words for a place of worship ending a name: "Sri" before one is part of its name ("Sri Kalyana Kovil", a Hindu
# temple; "Sri Pushparama Viharaya", a Buddhist one), not a person's title.
PLACES_OF_WORSHIP = frozenset({"temple", "kovil", "koil", "mandir", "devalaya", "devale", "vihara", "viharaya",
                               "gurdwara", "mosque", "masjid", "church", "chapel", "cathedral", "pagoda", "ashram",
                               "math", "mutt"})
# Oromo "Obbo" and "Aadde" (Mr, Mrs), Tamil "Thiru", "Thirumathi" and "Tmt." (Mr, Mrs), Swahili "Dkt." (Daktari, Dr)
# and "Bw." (Bwana, Mr).
REGIONAL_HONORIFICS = frozenset({"Obbo", "Aadde", "Thiru", "Thirumathi", "Tmt", "Dkt", "Bw"})
# Honorifics: the courtesy titles and "Dr", which likewise stands only before a person's name.
HONORIFICS = COURTESY_TITLES | {"Dr"} | IBERIAN_HONORIFICS | AMHARIC_HONORIFICS | REGIONAL_HONORIFICS
# Abbreviated first words of a title ("Assoc. Prof. A B", "Asst. Supt. A B"): no sentence ends at one, and they are cut
# from a name with the rest of the title.
TITLE_PREFIX_ABBREVIATIONS = frozenset({"Assoc", "Asst"})
# Honorifics after a name ("Keir Starmer MP", "A B QC"): cut from it.
# ("MS": a Member of the Senedd; "MLA": of a legislative assembly)
# ("CPA": a certified public accountant; "Thero", "Thera": a Theravada monk's, written after his name in Sri Lanka;
# "BL": a barrister-at-law, in Irish and Indian court papers; "CA": a chartered accountant, in Scottish and Canadian
# ones)
TRAILING_TITLES = frozenset({"mp", "mep", "msp", "ms", "mla", "qc", "kc", "bl", "jr", "sr", "phd", "rn", "md", "obe",
                             "mbe", "cbe", "kbe", "esq", "cpa", "ca", "thero", "thera"})
# …but a generational suffix is part of the name as people write and look it up ("Rodolfo Tumulak Jr."): an actor keeps
# it, with the name without it and the surname before it as aliases; a lookup may leave it out.
GENERATIONAL_SUFFIXES = frozenset({"jr", "sr"})
# …and so is a chief's or a monarch's regnal number ("Nana Osei Kwame Bediako III", "Togbe Kpeglo Adzorgenu IV"),
# whose surname is the word before it. Not "V" or "X": a South Indian name's initial may close it ("Anand V").
REGNAL_NUMBER = re.compile(r"I{2,3}|IV|VI{1,3}|IX|XI{1,3}")
# The same as a name's post-nominal letters are written, in capitals ("MP", "QC", "OBE"), for patterns.
POST_NOMINAL_LETTERS = "|".join(sorted(t.upper() for t in TRAILING_TITLES))
# The titles an author line opens with ("Dr Ana Ruiz and Li Wei", "Prof. Li Wei and Ana Ruiz"): the
# honorifics and the academic ones. A regex alternation, longest first, for the byline patterns.
BYLINE_TITLES = HONORIFICS | {"Prof", "Professor"}
BYLINE_TITLE = "(?:" + "|".join(sorted(BYLINE_TITLES, key=lambda t: (-len(t), t))) + ")"
# A byline: "By Ana Ruiz", "By Ana Ruiz and Li Wei, health correspondent", "By Ana de la Cruz, Harbour Times", and
# a paper's author line opening with a title ("Dr Ana Ruiz and Li Wei"). The writers' names are group "names" (a
# title may stand before each); after a comma, group "credit" is the writer's beat or their outlet.
_LINE_TITLE = rf"{BYLINE_TITLE}\.?\s+"
_IN_SURNAME = "|".join(sorted(SURNAME_PARTICLES))
BYLINE = re.compile(rf"^(?:By\s+|(?={_LINE_TITLE}.*\s(?:and|&)\s))(?P<names>(?:{_LINE_TITLE})?[A-Z][\w’'.-]+"
                    rf"(?:\s+(?:(?:and|&)\s+(?:{_LINE_TITLE})?|(?:(?:{_IN_SURNAME})\s+){{1,2}})?[A-Z][\w’'.-]+){{1,7}})"
                    r"(?:\s+in\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})?"  # ("By A B in Tacuarembó": where they write)
                    r"(?:(?:,|\s+\|)\s+(?P<credit>[^,|]+)(?:\s+\|\s+[^|]+)?)?$")  # ("By A B | Outlet | 9 May 2025")
# One writer's name in a byline's names: two to four capitalised words, a surname's particles among them.
BYLINE_NAME = re.compile(rf"(?:{_LINE_TITLE})?(?P<name>[A-Z][\w’'.-]+"
                         rf"(?:\s+(?:(?:{_IN_SURNAME})\s+){{0,2}}[A-Z][\w’'.-]+){{1,3}})")
# How a judge, a coroner or an envoy is styled before the courtesy title and name ("His Honour Mr Ian Ruiz",
# "Her Excellency Ms Ana Ruiz"): words of address, no part of the name. A regex with its trailing space.
STYLE_OF_ADDRESS = r"(?:Her|His)\s+(?:Honour|Honor|Excellency|Worship)\s+"

_NAME_WORD = r"[A-Z][\w’'\-.]*[\w’']|[A-Z]"
# A run of capitalised words, joined by particles, "of"/"for"/"on"/"the" inside institution names (not "and": "Bank
# and Trust" is two) and hyphens ("Institute for Soil, Forests" is two names; "Bank of England" is one).
NAME_SPAN = re.compile(
    rf"(?:{_NAME_WORD})(?:\s+(?:(?:of|for|on|the|al-|el-|bin|ibn|abu|van|von|de|da)\s+)*(?:{_NAME_WORD}))*")
# A capitalised word that does not open its sentence: a name as the text writes it.
CAPITALISED = re.compile(r"(?<![.!?]\s)(?<![.!?][\"”’]\s)(?<!^)(?<![\"“‘(]\b)\b[A-Z][\w’'\-]*")

# "NAME, the/a DESCRIPTION," — an appositive defines one side by the other.
APPOSITIVE = re.compile(
    r"(?P<name>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*|\s+(?:al-|el-|bin |abu )?[A-Z][\w’'\-]*)*),\s+"
    r"(?P<desc>(?:the|a|an|another|one of)\s+[^,.;“”]+|[a-z]+ of [^,.;“”]+)(?=[,.;])")
# A verb in what follows a name makes it a clause ("X, the minister, told …"), not a description of X.
CLAUSE_VERB = re.compile(r"\b(has|have|had|is|are|was|were|will|would|could|said|says|told)\b")
# A sentence that opens with a pronoun or a definite description ("He said …", "Its director, …",
# "The company, which …") goes on about what the sentence before named.
REFERS_BACK = re.compile(r"^(?:He|She|They|It|His|Her|Their|Its|These|This|Those|The [a-z]+)\b")

MONTHS = ("january february march april may june july august september october november december").split()
# Abbreviated months as news style writes them ("Oct. 25", "Sept. 3"); "May" is a month only
# beside a day number, since it is also a verb.
_MONTH_ABBREVIATIONS = "jan feb mar apr jun jul aug sep sept oct nov dec".split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
SEASONS = "spring summer autumn winter".split()
_DATE_TERMS = frozenset(stem(w) for w in MONTHS + _MONTH_ABBREVIATIONS + WEEKDAYS + SEASONS
                        + [day[:3] for day in WEEKDAYS])
_DAY_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)?")


def says_only_a_date(span_terms: frozenset[str] | set[str]) -> bool:
    """Whether a capitalised span's terms are a date's only ("February 2024", "March 3rd", "Fri", "Spring 2023"): no
    place, body or person."""
    return all(term in _DATE_TERMS or _DAY_NUMBER.fullmatch(term) for term in span_terms)


ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()
NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
thousand thousands million millions billion billions trillion dozen dozens half percent per cent
several few handful""".split())

# Numbers by value as people write them in words: a question's "3" is a report's "three".
NUMBER_NAMES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")

_YEAR = r"\b(1[6-9]\d\d|20\d\d)s?\b"
# (a day may be written as an ordinal: "May 3rd", "3rd May", "the 3rd of May")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DAY_MONTH = (rf"\b(?:{'|'.join(m.capitalize() for m in MONTHS)}|"
              rf"(?:{'|'.join(m.capitalize() for m in _MONTH_ABBREVIATIONS)})\.?)\s+{_DAY}\b"
              rf"|\b{_DAY}\s+(?:of\s+)?(?:{'|'.join(m.capitalize() for m in MONTHS)})\b"
              rf"|\b{_DAY}\s+(?:of\s+)?(?:{'|'.join(m.capitalize() for m in _MONTH_ABBREVIATIONS)})\b\.?"
              # ("back outside the governorate on the 17th if …"; not "on the 3rd floor")
              r"|\bon the \d{1,2}(?:st|nd|rd|th)\b(?=\s*(?:[,.;:!?)]|$|(?:of|at|if|and|or|when|unless|until|in)\b))")
DAY_MONTH = _DAY_MONTH  # "12 August", "Aug. 12", "12 Aug.": for datelines
# Months alone, without a day: not "May", which is also a verb.
_MONTHS_BUT_MAY = "|".join(m.capitalize() for m in MONTHS if m != "may")
_MONTH_ALONE = (rf"\b(?:(?:in|since|until|till|by|from|for|before|after|during|through|last|next|this|early|late|"
                # ("the first week of November", "between June and September", "from June to September")
                rf"between|to|(?:week|weeks|half|quarter|month) of|"
                rf"(?:end|start|beginning|middle) of)\s+|mid-?\s*)"  # ("his trial is set for February")
                rf"(?:{_MONTHS_BUT_MAY})\b"
                # "in May", "since May": after these, "May" is the month ("by May" may be a person's name)
                r"|\b(?:in|since|until|from|during|early|late|(?:end|start|beginning|middle) of)\s+May\b"
                # "at its November session", "the June elections": a month naming an occasion (not "the
                # March Hill community", a place named after one: a common noun must follow).
                rf"|\b(?:its|the|their|a|an|his|her|our|that)\s+(?:{_MONTHS_BUT_MAY})\s+(?-i:[a-z])")
_RELATIVE = (r"\b(?:yesterday|today|tonight|tomorrow|ago|earlier this|later this|next (?:week|month|year|season|quarter)|"
             r"last (?:week|month|year|weekend|night|decade)|this (?:week|month|year|weekend|morning)|"
             r"(?:on|last|next|this) (?:" + "|".join(WEEKDAYS) + r")|(?:" + "|".join(WEEKDAYS) + r")\b"
             r"|in the (?:coming|past|last) \w+|decades?|centur(?:y|ies)|since|"
             # "within 12 months of the accident", "in two weeks": when something is due
             r"(?:within|in) (?:the next )?(?:\d+|a|an|" + "|".join(sorted(NUMBER_WORDS)) + r") (?:days|weeks|months|years)|"
             + "|".join(SEASONS) + r")\b")
# "at 4 a.m.", "by 11:30 pm", "at noon": the answer to "what time".
# "at 06:15": a 24-hour time, after "at", "about" or the like (a bare "3:1" is a score or a ratio); and one
# written as police and armies write it, whatever comes before ("21.40 hrs", "0600 hours", "21h30"), or as French
# and Québec texts write it ("17 h 42").
# A 24-hour time of day, hours and minutes apart ("06:15", "21.40").
TIME_OF_DAY = r"[0-2]?\d[:.][0-5]\d"
_CLOCK = (r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b(?:noon|midnight)\b"
          r"|\b(?:at|about|around|approximately|until|from|by|before|after)\s+[0-2]?\d:[0-5]\d\b"  # ("at 2:47")
          rf"|\b(?:{TIME_OF_DAY}|[0-2]\d[0-5]\d)\s*(?:hrs|hours)\b|\b[0-2]?\d ?(?-i:h) ?[0-5]\d\b(?!\s*min)"
          # a bare 24-hour time with a two-digit hour ("depart Porvenir 19:30", "09:15-10:40"; not "3:1" or "1:50 000"),
          # and one with its time zone or "hs" (horas) after it ("13.15 WIB", "20:25 hs")
          r"|\b(?:[01]\d|2[0-3]):[0-5]\d\b(?![:.,]?\d)"
          # "at 7.15", "at about 2.40" (not a rate, "at 4.15 per cent", or a measure, "at 2.40 m"), "at 0351" as armies
          # and coastguards write it, "at nine o'clock"
          r"|\bat\s+(?:about\s+|around\s+)?(?:(?:[1-9]|[01]\d|2[0-3])\.[0-5]\d\b(?!\s*(?:%|per\b|percent|times|million|"
          r"billion|bn\b|[a-z]{0,5}(?:metres?|meters?|litres?|liters?|grams?|tonnes?|tons?|hectares?|acres?|miles?)\b"
          r"|(?:m|km|kg|g|ha|mm|cm|ml|l|m3|m²|m³)\b))|0\d[0-5]\d\b)"
          r"|\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o['’]clock\b"
          rf"|\b{TIME_OF_DAY}\s*(?:hs\b|(?-i:WIB|WITA|WIT|GMT|UTC|CET|CEST|EAT|WAT|CAT|IST|EST|PST|AEST|NZST)\b)")
DATE = re.compile(rf"{_YEAR}|{_DAY_MONTH}|{_MONTH_ALONE}|{_RELATIVE}|{_CLOCK}", re.IGNORECASE)
# A sentence that speaks of what is still to come: what "when will X happen" needs, beside its date.
FUTURE = re.compile(r"\b(?:will|would|shall|should|due|expect|expected|expects|expecting|scheduled|on schedule|"
                    r"pushed back|postponed|deferred|rescheduled|plans?|planned|intends?|aims?|"
                    r"wants?|hopes?|next|upcoming|coming|soon|later|starting|set to|is to|are to|going to|deadline|"
                    r"expires?|until|within)\b"
                    r"|\b(?:by|from|before|after) (?:the (?:end|start|beginning|middle) of |early |late |mid-?)?"
                    r"(?:\d|" + "|".join(m.capitalize() for m in MONTHS) + r")", re.IGNORECASE)
# Durations answer "how long": "three years", "for decades", "an hourlong wait", "a months-long strike". The
# "-long" words only after a unit of time: "along", "belong" and place names ("Geelong") are no duration.
# (seconds only in the plural: "a second hearing" is no length of time; "four nights in hospital" is one)
_TIME_UNITS = (r"(?:seconds|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|"
               r"centur(?:y|ies))")
# Words between a number and its unit that keep it a length of time: "fifteen working days", "90 calendar days", "two
# more years"; and the number in figures in brackets after the words, as legal texts write it ("ninety (90) days").
_UNIT_QUALIFIERS = r"(?:calendar|working|business|clear|consecutive|school|banking|full|more|additional|further|extra)"
DURATION = re.compile(
    r"\b(?:\d[\d,.]*|" + "|".join(sorted(NUMBER_WORDS)) + r"|a|an|several|many)(?:\s+\(\d[\d,.]*\))?[\s-]+"
    r"(?:" + _UNIT_QUALIFIERS + r"\s+)?" + _TIME_UNITS + r"\b"
    r"|\b(?:" + _TIME_UNITS + r"|life|night|season)-?long\b|\bfor (?:years|decades|months)\b",
    re.IGNORECASE)
# A length or a distance ("312 m long", "4.3 kilometres"): "how long is the bridge" asks one, and "how long" asks a
# duration far more often, so a length is half-evidence for it, as a date is. A bare "m" only before what it
# measures: "£12m" and "1.5m people" are millions.
LENGTH = re.compile(r"\b\d[\d,.]*\s*(?:(?:km|metres?|meters?|kilometres?|kilometers?|miles?|feet|ft|yards?|cm|mm)\b"
                    r"|m\b(?=[\s-]*(?:long|high|wide|deep|tall)\b))")
# A place told without a name ("taken to the foyer", "in the office", "aboard the launch"): half an answer to "where",
# since most sentences place something somewhere; a place's name is the whole answer.
LOCATIVE = re.compile(r"\b(?:in|at|on|into|inside|to|from|near|behind|beside|outside|under|onto|off|across|through|"
                      r"towards?|upstream|downstream|aboard)\s+(?:the|a|an|his|her|their|its|our|my|this|that)\s+[a-z]",
                      re.IGNORECASE)
# An age: what "how old is X" asks for. "Nildo, 52, said", "a nine-year-old girl", "aged between 35
# and 45", "in her forties", "She was 84.", "died at 84"; for a thing, how long ago it was made ("2450 BC", "the 14th
# century", "manufactured in 1981").
# Any other number in a sentence about X is not X's age.
_DECADES_OF_LIFE = r"(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
# The number words an age is said in ("a girl of seven"): NUMBER_WORDS without magnitudes and quantities.
_AGE_WORDS = sorted(NUMBER_WORDS - {"hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
                                     "billions", "trillion", "dozen", "dozens", "half", "percent", "per", "cent",
                                     "several", "few", "handful"})
_PERSONS_AGE = (
    r"\b[\w-]+-years?-old\b|\baged\s+(?:about\s+|around\s+|between\s+|under\s+|over\s+)?\d"
    r"|\bages? of\s+\d|\b(?:\d{1,3}|" + "|".join(_AGE_WORDS) + r")\s+years?\s+old\b|(?-i:[A-Z])[\w’'-]+,\s+\d{1,3},"
    r"|\b\d{1,3}\s+years?,?\s+(?:and\s+)?\d{1,2}\s+months?\s+old\b"  # "16 years and 7 months old"
    r"|\b(?:he|she|who) (?:was|is) \d{1,3}\b(?! (?:per|%|percent|[a-z]+s\b))|\bdied at \d{1,3}\b"
    # "known to all as "Maas Joe", is 84.", "persons under 16 years of age"
    r"|,\s+(?:is|was) \d{1,3}(?=\s*(?:[.;](?!\d)|$))|\b\d{1,3} years? of age\b"
    # "a girl of seven", "a man of 60"
    r"|\b(?:girl|boy|child|man|woman|baby|toddler|son|daughter)\s+of\s+(?:\d{1,3}|" + "|".join(_AGE_WORDS) + r")\b"
    rf"|\bin (?:his|her|their) (?:early |late |mid-?)?{_DECADES_OF_LIFE}\b")
_THINGS_AGE = (
    r"\b(?:BCE?|B\.C\.)(?!\w)|\b\d+(?:st|nd|rd|th) centur(?:y|ies)\b|\bmillenni(?:um|a)\b"
    r"|\b(?:built|made|manufactured|constructed|dat(?:es|ing|ed) (?:from|to|back to))\b[^.;]{0,30}\b(?:1\d|20)\d\d\b")
AGE = re.compile(_PERSONS_AGE + "|" + _THINGS_AGE, re.IGNORECASE)
# A thing's age ("built in 1926", "the 14th century"): a sentence holding one may say how old the asked thing is
# without naming it there ("it was built in 1926"), so the rule that a person's age answers only in a sentence
# mentioning whose it is (support.kind_evidence) leaves it alone.
THINGS_AGE = re.compile(_THINGS_AGE, re.IGNORECASE)
# A temperature: what "how cold was it" asks ("−24 °C", "40°C", "+4 °C", "-3,1 ºC", "42 degrees", "below zero").
TEMPERATURE = re.compile(r"\d\s?[°º]\s?[CF]?|\b\d[\d,.]*\s?(?:degrees?|deg)\b|\bdegrees (?:Celsius|Fahrenheit)\b"
                         r"|\b(?:below|above) (?:zero|freezing)\b", re.IGNORECASE)
# Fractions say how much as well as digits do: "cut its backlog by a third", "two-thirds of them".
_FRACTION = r"\b(?:a|one|two|three|four)[\s-](?:thirds?|quarters?|fifths?|tenths?)\b"
NUMBER = re.compile(r"\d[\d,.]*|" + _FRACTION + r"|\b(?:" + "|".join(sorted(NUMBER_WORDS)) + r")\b", re.IGNORECASE)
# A number that names rather than counts: a provision, a document's part, a room, a route ("Article 137 of Law 142",
# "section 254", "Rule 8.4", "paragraph 12", "Room 4", "Route 61", "No. 7"). It says which one, not how many or how
# much. Words that are also verbs or ordinary nouns ("the court rules 5-4", "exhibits 200 paintings", "Count 3",
# "Lot 12") only as a capitalised label; only nouns that are nothing but labels in any case.
REFERENCE_NUMBER = re.compile(
    r"\b(?:(?i:articles?|sections?|secs?\.|clauses?|paragraphs?|paras?\.|regulations?|regs?\.|chapters?|"
    r"annex(?:es)?|appendix|resolutions?)"
    r"|Arts?\.|Rules?|Schedules?|Exhibits?|Pages?|pp\.|Decrees?|Laws?|Acts?|Items?|Forms?|Rooms?|Gate|Platforms?|"
    r"Stalls?|Lots?|Plots?|Tables?|Figures?|Figs?\.|Cases?|Files?|Conditions?|Recommendations?|Grounds?|Allegations?|"
    r"Counts?|Standards?|Routes?|Flights?|Hulls?|Bus|Highway|Calle|Carrera|Nos?\.|Numbers?|N[°º])"
    r"\s*(?:No\.\s*|N[°º]\s*)?\d[\d./-]*(?:\([\dA-Za-z]{1,4}\))*")
# A numbered paragraph's or a list item's label before its text: "47. The Panel found …" (as UN and court reports
# number theirs), "5.3 The parties shall …" (as agreements and standards number their clauses), "(a) Light vehicles
# …", "12) Asks …", "(iv) The fee …". It labels the text, it is no part of the sentence (nor a count in it).
PARAGRAPH_LABEL = re.compile(r"(?:\d{1,3}\.|\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=\s+[A-Z])|\(?\d{1,3}\)"
                             r"|\((?:[a-z]|[ivx]{1,4})\)|[a-z]\))\s+(?=\S)")
# An amount of money: what "how much does it cost / did they pay" asks for. A sentence that holds
# only a count ("five companies") or a quantity ("100 tons") does not give a price.
# Currencies written as words after the sum ("4.2 million kroner", "3,000 won"): a word that is also
# an ordinary one ("won", "rand") counts only after a number (MONEY below).
_CURRENCY_WORDS = (r"dollars?|pounds?|euros?|rupees?|yuan|renminbi|yen|francs?|roubles?|rubles?|pesos?|kroner|krone|"
                   r"kronor|krona|won|rupiah|soles|zlotys?|baht|ringgit|dirhams?|dinars?|riyals?|rials?|liras?|shekels?|"
                   r"rand|naira|shillings?|kwacha|cedis?|reais|soums?|tenge|manats?|taka|ariary|forints?|koruna|"
                   r"hryvnias?|dong|đồng|kyats?|usd|eur|gbp|inr|tomans?|lekë|groszy|grosz|"
                   # The rest of the world's currencies by name, so a report from anywhere is read alike.
                   r"afghanis?|lek|leke|kwanzas?|bolivianos?|bolívares|bolivars?|pulas?|birr|riels?|colones|"
                   r"c[oó]rdobas?|dalasis?|denars?|escudos?|florins?|gourdes?|guaran[ií](?:es|s)?|kinas?|kunas?|"
                   r"lempiras?|leones?|leva|lilangeni|emalangeni|maloti|meticais|meticals?|nakfas?|ngultrum|"
                   r"ouguiyas?|pa['ʻ]?anga|quetzal(?:es|s)?|rufiyaa|somoni|t[oö]gr[oö]gs?|tugriks?|vatu|balboas?|"
                   # …and those that are also given names ("in 2019 Lei Jun said"): only as written in lower case.
                   r"(?-i:lei|leu|lev|lari|som|tala|loti|drams?|kips?)")
# Cheap to search: a sentence without any of these holds no sum of money (most sentences).
# (Searched in lower case: an IGNORECASE alternation costs three times as much.)
# ("¢": a cent sign, "50¢", and the Ghanaian cedi's as Ghana writes it, "GH¢5,000")
_CURRENCY_SIGNS = "$£€¥₹₦₱₩₺₴₽₫₭₮₪฿₲₵₡¢"
# Currencies' short signs written before the sum, in the capitals they are written in: "Nu 9.8 billion"
# (ngultrum), "Tk 500" (taka), "KSh 2,000" (Kenyan shilling), "E48,000" (lilangeni), "K2.5 million" (kwacha).
# Those that are also ordinary words or units ("Le", "KM", "MT", a single letter) count only before a sum
# written as money is (with its magnitude or its thousands grouped), as three-letter codes do.
# ("S/ 12.5 million": soles; "KShs", "UShs", "TShs": East African shillings as price lists write them)
_CURRENCY_ABBREVIATIONS = r"Nu|Tk|Rp|RM|KShs|Kshs|UShs|TShs|KSh|Ksh|USh|TSh|Bs|MK|ZK|Kč|Rf|Kz|Nfk|NLe|FCFA|CFA|GH|S/"
_CURRENCY_SHORT_SIGNS = r"Le|Br|Db|Ft|Af|KM|MT|Sh|Ar|[EKPQLGD]"
# The same, as words: a name the recogniser gives before a sum ("KShs" of "KShs 307.50") is the sum's currency.
CURRENCY_ABBREVIATIONS = frozenset(_CURRENCY_ABBREVIATIONS.split("|"))
# Currency marks written after the sum, as Mexican documents write pesos (moneda nacional): "$38,500.00 M.N.".
CURRENCIES_AFTER_SUMS = frozenset({"M.N.", "MN", "M.N"})
# Currencies' signs written after the sum, as much of Europe and Asia writes them ("812 400 zł", "1 200 000 Kč",
# "25 000 Ft", "4 500 kr", "15 000 đ"; and the signs above, "120 €"), in the case they are written in.
_CURRENCIES_WRITTEN_AFTER = r"zł|Kč|Ft|kr|kn|đ|лв|грн|руб|₸|FCFA"
# …and the ISO codes, written before any sum ("CHF 898", "PKR 150", "SRD 412.365,75") or after one ("35 PLN", "2 400
# CHF"); not those that are English words or other abbreviations beside a number ("ALL", "TOP", "SAR" for search and
# rescue, "MAD", "CUP", "PEN", "BOB", "COP").
_CURRENCY_CODES = (r"USD|EUR|GBP|CHF|JPY|CNY|INR|PLN|CZK|HUF|RON|BGN|HRK|RSD|SEK|NOK|DKK|ISK|UAH|RUB|KZT|TRY|"
                   r"AUD|NZD|CAD|MXN|BRL|ARS|CLP|UYU|PYG|VES|GTQ|HNL|NIO|CRC|DOP|JMD|TTD|BBD|XCD|SRD|GYD|BZD|HTG|"
                   r"ZAR|NGN|GHS|KES|UGX|TZS|RWF|ETB|XOF|XAF|TND|DZD|EGP|ZMW|MWK|MZN|BWP|NAD|AOA|MGA|MRU|SLE|GMD|"
                   r"GNF|CDF|BIF|DJF|SOS|SDG|SSP|LRD|CVE|SCR|MUR|SZL|LSL|ZWG|"
                   r"AED|QAR|KWD|BHD|OMR|JOD|ILS|IRR|IQD|PKR|BDT|LKR|NPR|MMK|THB|VND|KHR|LAK|MYR|SGD|IDR|PHP|"
                   r"KRW|TWD|HKD|MNT|FJD|PGK|WST|VUV|SBD|XPF|XCG|ANG|AWG|GEL|AMD|AZN|KGS|TJS|UZS|AFN|BTN|MVR|BND")
# Currencies' short names written without a stop before the sum: the Vanuatu vatu ("VT 66.90"), the Jordanian dinar
# ("JD140"), the Netherlands Antilles guilder ("NAf 85,-") and Zimbabwe Gold ("ZiG 48,000").
_UNSTOPPED_ABBREVIATIONS = r"VT|JD|NAf|ZiG"
# (the sum's thousands grouped by a space, a stop or a comma, and its cents: "41 287 316,42 zł", "487.500.000 đ")
_SUM_BEFORE_ITS_CURRENCY = (r"(?<![\d.,])(?:\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+)(?:[.,]\d{1,2})?"
                            r"(?:\s?(?:million|billion|trillion|bn|mln|mld))?"
                            # (a sign not before another sum, "in 2026 $4 million"; a code or an abbreviation after a
                            # space, not in "4CRC")
                            rf"(?-i:\s?[{re.escape(_CURRENCY_SIGNS)}](?!\s?\d)"
                            rf"|\s(?:{_CURRENCIES_WRITTEN_AFTER}|{_CURRENCY_CODES})(?![\w-]))")
# (An abbreviation may carry a stop: "Nu. 2.3 million", "Tk. 500".)
_CURRENCY = re.compile(rf"[{re.escape(_CURRENCY_SIGNS)}]|\br\s?\d|\brs\.?\s?\d|\b(?:usd|eur|gbp|inr)\d|\b(?:us|rs|"
                       + _CURRENCY_WORDS + r")\b|\b(?:" + _CURRENCY_ABBREVIATIONS.lower() + "|"
                       + _CURRENCY_SHORT_SIGNS.lower() + r")\.?\s?\d"
                       + r"|(?:\d|\bmln|\bmld|\bmillion|\bbillion|\bbn)\s?(?:" + _CURRENCIES_WRITTEN_AFTER.lower() + "|"
                       + _CURRENCY_CODES.lower() + r")\b|\b(?:" + _UNSTOPPED_ABBREVIATIONS.lower() + r")\s?\d")
# …and, in the text as written, a three-letter code before a number ("SEK 64,000"): only capitals.
_CURRENCY_CODE = re.compile(r"\b[A-Z]{3}\s?\d")
# A sum written as money is after a currency's code: with its magnitude or its thousands grouped ("18.2 billion",
# "64,000"), not "ISO 9001" or "COP 28".
_SUM_AFTER_A_CODE = r"\s?(?:\d[\d,.]*\s?(?:million|billion|trillion|bn)\b|\d{1,3}(?:[,\u00a0 ]\d{3})+\b)"  # "SEK 64 000"
MONEY = re.compile(
    # "R385 million": rand written before the sum, with its magnitude (a bare "R2" is often a road).
    rf"[{re.escape(_CURRENCY_SIGNS)}]\s?\d|\b(?:US|USD|EUR|GBP|Rs\.?|INR)\s?\d"
    r"|\bR\s?\d[\d,.]*\s?(?:million|billion|trillion|bn|m)\b|\bR\s?\d{1,3}(?:[ ,\u00a0]\d{3})+\b"  # "R780 000"
    # "KZT 18.2 billion", "SEK 64,000": a currency's three-letter code before a sum written as money is.
    r"|\b(?-i:[A-Z]{3}|" + _CURRENCY_SHORT_SIGNS + r")" + _SUM_AFTER_A_CODE +
    r"|\b(?-i:" + _CURRENCY_ABBREVIATIONS + r")\.?\s?\d" +
    # "CHF 898", "PKR 150": a currency's code before any sum; "VT 66.90", "JD140"
    r"|\b(?-i:" + _CURRENCY_CODES + "|" + _UNSTOPPED_ABBREVIATIONS + r")\s?\d" +
    # "Birr 1,296,000", "Baht 23,155.30 million": a currency's name before the sum, capitalised (not "won 3 games")
    r"|\b(?=(?-i:[A-Z]))(?!(?:won|rand)\b)(?:" + _CURRENCY_WORDS + r")\s?\d" +
    r"|(?:\d[\d,.]*|\b(?:" + "|".join(sorted(NUMBER_WORDS)) + r"))\s*(?:million|billion|trillion|bn|m|k)?\s*"
    # "84 million CFA francs", "2,000 Comorian francs", "5,000 Hong Kong dollars": a currency's country or zone between.
    r"(?-i:(?:[A-Z][A-Za-z]*\s+){0,2})"
    r"(?:" + _CURRENCY_WORDS + r")\b"
    + "|" + _SUM_BEFORE_ITS_CURRENCY, re.IGNORECASE)
# A sum as it follows a currency's code written in capitals ("KSh 15 million", "ZAR 2,500,000", "USD 40 bn"): the
# code before it is money, not a name ("ISO 9001" and "COP 28" are no sums, nor are they actors; "G7 2024" is
# told by neither).
SUM_AFTER_CODE = re.compile(r"^(?:" + _SUM_AFTER_A_CODE + r")\b")
# Abbreviations with a stop that stand before a number: a reference's sign ("No. 4", "Vol. 14", "pp. 88–112",
# "Art. 5") or a currency's ("Nu. 2.3 million", "Rs. 500"). A sentence does not end at one when a number follows
# (the sentence splitter rejoins such cuts).
ABBREVIATION_BEFORE_A_NUMBER = re.compile(
    r"(?<![\w.])(?:(?i:nos?|vols?|pp?|arts?|secs?|paras?|figs?|ch)|Rs|" + _CURRENCY_ABBREVIATIONS + r")\.$")
# A reason or purpose: "because", "due to", "in order to", "so that", "to repair the levees".
REASON = re.compile(
    r"\b(?:because|due to|owing to|as a result|result(?:s|ed)? (?:of|from)|in order to|so that|so as to|"
    r"thanks to|reasons?|blame[sd]?|caus\w+|led to|lead to|driven by|in response to|prompted|since|"
    r"after|as (?:they|it|he|she|we)|to (?:avoid|prevent|clear|stop|protect|make|ensure|allow|help|"
    r"keep|get|win|show)|why|explain\w*|aim\w*|its? (?:was|is) (?:his|her|their|its) )\b", re.IGNORECASE)
# Reported speech: what "what did X say/warn/call" asks for.
# The verbs that follow a speaker's name ("Ana Ruiz said", "the minister, Ana Ruiz, told"): the
# alternation, for patterns that look for a name before one.
SPEAKER_VERB_WORDS = ("said", "says", "told", "added", "announced", "warned", "argued", "insisted", "noted", "stressed",
                      "wrote", "stated", "claimed")
SPEAKER_VERBS = "|".join(SPEAKER_VERB_WORDS)
# Whose words a question asks for, as chat types it, all in lower case: "what did jane roe say
# about it" (a first and last name, or a title and a name; not "the minister", not "he").
SPOKEN_BY = re.compile(r"\bwhat (?:did|does|do|has|have|had|will|would) (?!(?:the|a|an|his|her|its|their|our|"
                       r"this|that|these|those|he|she|they|it|you|we|i)\b)(?P<who>[a-z][\w'’.-]*(?: [a-z][\w'’.-]*)"
                       r"{1,2}) (?:say|said|tell|told|think|write|wrote|announce|claim|argue|mean)\b")
SPEECH = re.compile(
    r"[“”\"]|\b(?:said|says|say|told|tells|warned|warns|called|calls|described|describes|urged|urges|"
    r"added|argued|claimed|wrote|stated|insisted|noted|announced|pledged|accused|according to|"
    r"reiterated|criticised|criticized|condemned|welcomed|replied|asked)\b", re.IGNORECASE)

# A capital letter in any of the alphabets names are written in, as a pattern that ignores case elsewhere.
_CAP = rf"(?-i:{CAPITAL})"
# A former name given ("X, formerly Y", "known until 2019 as Y", "renamed X in 2020", "traded as Y
# until", "a ferry that sailed as Y until 2016", "incorporated as Y"): what "what was X called before?" asks for.
FORMER_NAME = re.compile(
    r"\b(?:formerly|previously|originally|until (?:it|they|he|she) (?:was |were )?renamed|renam(?:ed|ing)|"
    r"changed (?:its|their|his|her|the [\w-]+['’]s) (?:corporate |legal |official )?name|"
    r"adopted (?:its|their) (?:current|present|new) name|(?:known|called|named|"
    r"registered) (?:until|before) |(?:traded|operated|ran|rode|sailed|flew|served|competed|played|known|called|"
    r"called itself|called themselves) as "
    r"[^,;]{1,80}? until|incorporated (?:in \d{4} )?as|(?:was called|called (?:itself|themselves)) [^,;]{1,80}? "
    r"(?:until|before)"
    # "which until 2019 traded as …", "until 2022 it operated as …", "which until last year traded as …", "(until March
    # 2023 trading as …)"
    r"|until (?:" + _CAP + r"[a-z]+ )?(?:\d{4}|last year|recently),? (?:it |they )?(?:traded|trading|operated|"
    r"operating|was known|was called|was registered|called itself) as"
    # "which traded until 2023 as …", "which until its conversion into a cooperative in 2009 was the …", "the name
    # under which the company traded until 2021", "…, the station's name until 2012"
    r"|(?:traded|trading|operated|operating|was known|was registered) until (?:" + _CAP + r"[a-z]+ )?\d{4} as"
    r"|until\b[^.;,]{0,60}?\d{4},? (?:it |they )?(?:was|were) (?:the )?" + _CAP +
    r"|the name under which\b[^.;]{1,40}? until|\bname until (?:" + _CAP + r"[a-z]+ )?\d{4}"
    # "which until 2019 was called …", "Until 1931 … the building was known as …"
    r"|until (?:\d{4}|last year|recently),? (?:it |they )?(?:was|were) (?:called|named) (?:the )?" + _CAP +
    r"|until \d{4}\b[^.;]{1,80}? (?:was|were) known as"
    # "Until 2019 this union was called the X", "until then it was known as X", "which until the re-designation of
    # 1998 was called X", "Until 2019 the estate was run as X"
    r"|until\b[^.;]{0,60}?\b(?:\d{4}|then),? [^.;]{0,40}?\b(?:was|were) (?:called|named|known as|registered as|run as) "
    r"(?:the )?" + _CAP +
    # "called X until 2023", "known as the X, Hong Kong until July 1997", "known as the X (…, XY) until it was granted"
    r"|\b(?:called|named|known as) (?:the )?" + _CAP + r"[^.;]{1,100}? until\b"
    # "the former Ministry of X", "the old X Incorporation"; "replaced the X in 2020", "X replaced Y"; "under her
    # maiden name"; "bore the name X"; "since its founding in 1954 as X"; "which operated as X", "which until 2021
    # carried on business as X"
    r"|\bthe (?:former|old) " + _CAP + r"|\breplac(?:ed|ing) (?:the )?" + _CAP + r"|\bmaiden name\b|\bbore the name\b"
    r"|\bfounding in \d{4} as\b|\b(?:which|that) (?:operated|traded) as (?:the )?" + _CAP +
    r"|\bcarried on business as\b"
    # "Until then it was X", "Until 2009 we were the X", "when we were X"; "raced as X until the end of the 2024
    # season", "contested elections as the X until 2023", "as the X until 1972"; "it traded until then as X"; "before
    # the dissolution it was known as X", "used to be called X", "what was then called X", "(ex-X)", "from its
    # predecessor, the X", "formed in 2019 from the X"
    r"|\b(?:until (?:then|\d{4})|when),? (?:it|we|they) (?:was|were) (?:the )?" + _CAP +
    r"|\bas (?:the )?" + _CAP + r"[^.;]{1,80}? until\b|\b(?:traded|operated) until (?:then|\d{4}) as\b"
    r"|\bbefore\b[^.;]{0,40}? (?:was|were) (?:called|named|known as) (?:the )?" + _CAP +
    r"|\bused to be (?:called|named|known as)\b|\bthen called\b|(?<=\()ex-" + _CAP + r"|\bpredecessor\b"
    r"|\b(?:formed|created) (?:in \d{4} )?from (?:the )?" + _CAP +
    # "by its former name, X"; "when the University was still X", "when we were still called X", "when the group
    # still went by the name X"
    r"|\b(?:its|their|his|her|the|[\w-]+['’]s) (?:former|old|previous|original) name\b"
    r"|\bwhen\b[^.;]{0,40}? (?:was|were) still (?:called |known as |named )?(?:the )?" + _CAP +
    r"|still went by the name"
    # "which many of you still remember as …", "founded in 2016 under the name …"
    r"|remember(?:ed)? (?:it |them )?as|under the name"
    # "founded in 2009 as the X and took its present name in 2016"; "was founded in 2011 as Varda Water LLC", "began
    # in 2013 as the X" (a name after "as", capitalised: not "founded in 2009 as a cooperative"), also where and by
    # whom: "founded in Tarvik in 1921 by A B as the X"
    r"|took (?:its|their) (?:present|current) name"
    # "The group called itself the X" (what it was called when it began), "they formed what they called the X", a
    # woman's birth name ("Born A B on …", "A C, née B")
    r"|called (?:itself|themselves) (?:the )?" + _CAP + r"|(?:formed|founded|set up|started) what (?:they|it|we) called"
    r"|\bborn " + _CAP + r"|\bn[ée]e\b"
    r"|(?i:founded|established|set up|formed|created|launched|registered|began|started|began life|opened)"
    r"(?: in " + _CAP + r"[\w’'-]+(?: " + _CAP + r"[\w’'-]+){0,2})?(?: in (?:\w+ )?\d{4})?(?: by [^,;.()]{1,60}?)?"
    r" as (?:the )?" + _CAP + r")",
    re.IGNORECASE)

# Another name someone or something goes by ("known in the trade as “X”", "nicknamed X", "popularly called X", "X,
# who goes by Y", "what his men call him"): what "what's his nickname?" and "what do people call X?" ask for.
NICKNAME = re.compile(
    r"\b(?:nicknamed|nicknames?|dubbed|alias|aka|a\.k\.a\.)\b|\b(?:known|knows?|knew)\b[^.;]{0,60}?\bas\b"
    r"|\b(?:goes|go|went) by\b|\bcall(?:s|ed)? (?:him|her|it|them|himself|herself|itself|themselves)\b"
    # "whom everyone in the ward calls …", "which the herders call …", "as the papers called him", "villagers call
    # its fighters “…”": a name others use, said by who uses it
    r"|\b(?:whom|which|as) (?:[\w'’-]+ ){1,6}call(?:s|ed)?\b"
    r"|\bcall(?:s|ed|ing)? (?!on\b|for\b|out\b|it\b)(?:[\w'’-]+ ){0,4}[“\"‘]"  # (not 'called on the council to "…"')
    # ("the low-water period, the “bajante” as it is known", '"X", as the period is known locally', 'he is simply
    # "X"', 'he used the name "X"')
    r"|\bas (?:[\w'’-]+ ){1,5}(?:is|was|are|were) (?:known|called)\b|\bsimply (?:as )?[“\"‘]"
    r"|\bused (?:the|a|another|a second) name\b"
    r"|\bunder the name\b|\b(?:referred to|remembered)\b[^.;]{0,40}?\bas\b"
    r"|\b(?:popularly|affectionately|fondly|locally|simply|universally) (?:called|known)\b"
    # … and a short name in quotes inside a person's name or in brackets after a name: 'Ripeka "Becky" Tawhiri',
    # 'Captain Ahmed ("Hamada")'
    r"|(?-i:[A-Z])[\w’'-]+\s+[“\"‘][^“”\"‘’]{1,30}[”\"’]\s+(?-i:[A-Z])|\(\s*[“\"‘][^“”\"‘’]{1,30}[”\"’]\s*\)",
    re.IGNORECASE)

# The words just before another name of someone named before them ("A B, whom fans call “X”", "known to all as X",
# "nicknamed X"): a sentence that says who X is, when X is the name asked about.
OTHER_NAME_BEFORE = re.compile(r"\b(?:known|know|knows|called|call|calls|nicknamed|dubbed|alias|aka|a\.k\.a\.)"
                               r"(?:\s+[\w’'-]+){0,5}?(?:\s+as)?\s*[“\"‘]?$", re.IGNORECASE)

# Contractions as people type them in chat, with or without the apostrophe ("whats the rate",
# "who's behind it", "didnt they say"): read as the words they stand for, so "whats" is not taken
# for a word the answer must hold and "what's the budget" reads as "what is the budget".
_CONTRACTIONS = {
    "whats": "what is", "whos": "who is", "wheres": "where is", "whens": "when is", "hows": "how is",
    "isnt": "is not", "arent": "are not", "wasnt": "was not", "werent": "were not", "dont": "do not",
    "doesnt": "does not", "didnt": "did not", "cant": "can not", "wont": "will not", "hasnt": "has not",
    "havent": "have not", "hadnt": "had not", "couldnt": "could not", "wouldnt": "would not",
    "shouldnt": "should not",
}
# Each written with or without its apostrophe: "what's", "whats", "didn’t", "didnt".
_CONTRACTION = re.compile(r"\b(?:" + "|".join(f"{k[:-1]}['’]?{k[-1]}" for k in _CONTRACTIONS) + r")\b",
                          re.IGNORECASE)


def expand_contractions(text: str) -> str:
    """"whats the budget" -> "what is the budget"; "Didn't" -> "Did not"."""
    def expand(match: re.Match[str]) -> str:
        found = match.group(0)
        words = _CONTRACTIONS[found.lower().replace("'", "").replace("’", "")]
        return words[0].upper() + words[1:] if found[0].isupper() else words
    return _CONTRACTION.sub(expand, text)


# The words a report names who leads something by ("Jane Roe, chief executive of X", "its chairman,
# Jane Roe", "led by Jane Roe"): what "who runs / leads / heads / chairs X" asks for.
LEADING_ROLES = frozenset("""chief executive head heads headed leader leads led leadership chair chairs chaired chairman
chairwoman chairperson president director administrator governor manager boss commander commandant""".split())
# Nouns for whoever leads a body, whatever the post is called ("the head of X", "their boss"): asked by LEADING_ROLES.
LEADER_NOUNS = frozenset({"head", "leader", "chief", "boss"})
# The posts of whoever speaks for a body: what "who speaks for X" asks for.
SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen"})
# A post as people ask for it and the words reports name its holder by ("who was the company's lawyer": "represented
# by its counsel, A B", "its solicitors, X & Partners"; "who was her doctor": "her GP, Dr A B"): a name beside any
# of them is the one asked for.
ROLE_WORDINGS = {
    "lawyer": ("counsel", "solicitor", "solicitors", "advocate", "attorney", "barrister", "represented"),
    "attorney": ("counsel", "solicitor", "advocate", "lawyer", "barrister", "represented"),
    "doctor": ("physician", "gp", "dr", "surgeon", "consultant", "medic"),
    "judge": ("justice", "magistrate"),
    "priest": ("vicar", "pastor", "reverend", "rev", "father", "fr", "rector", "imam"),
    "vet": ("veterinarian", "veterinary", "dr"),
}

# Nouns for people, by role, trade, kin or plight: "the name of the driver who was shot", "which deputy read
# the statement", "who is the party's spokesman" ask for a person's name, which a place or a body named
# beside those words is not ("a driver from <town>", "the teachers held by <group>"). Not the roles a body
# plays as often as a person (buyer, owner, client, contractor, member, host, trader, producer, miner: "a
# fuel trader in Bremen" is a company). With
# PERSON_NOUN_ENDINGS (is_person_noun) for the trades the list leaves out ("chairman", "economist",
# "gunwoman", "volunteer").
PERSON_NOUNS = frozenset("""person people man men woman women child children son daughter wife husband brother
sister father mother uncle aunt nephew niece cousin widow widower relative family boy girl teacher nurse doctor
driver pilot reporter editor photographer student pupil farmer worker employee shepherd landlord
resident villager tenant victim witness survivor hostage detainee prisoner suspect defendant accused inmate
refugee soldier officer constable sergeant corporal captain colonel general commander fighter militant rebel
attacker guard bodyguard sniper recruit conscript deserter leader chief boss founder cofounder chair chairperson
president premier minister secretary undersecretary deputy governor mayor councillor councilor senator mp
lawmaker legislator ambassador envoy consul delegate representative negotiator mediator spokesperson official
administrator coordinator director manager executive ceo cfo treasurer auditor inspector investigator prosecutor judge
magistrate lawyer attorney advocate counsel rapporteur ombudsman commissioner registrar clerk bishop priest
pastor imam cleric sheikh mullah monk chaplain elder chieftain king queen prince princess sultan emir candidate
campaigner protester organiser organizer analyst researcher expert observer interpreter translator informant
smuggler trafficker kidnapper killer assassin perpetrator culprit passenger hiker supervisor coach player
athlete crew sailor ranger warden porter mechanic banker accountant cashier patient midwife surgeon pharmacist
professor lecturer headmaster principal author writer poet singer actor presenter anchor guide cook
chef baby infant toddler teenager youth adult technician politician civilian guardian librarian physician practitioner
musician comedian historian custodian paediatrician pediatrician electrician statistician academician magician
veterinarian jockey skipper deckhand lady gentleman kid teen youngster visitor customer bartender barmaid waiter
waitress caretaker cleaner janitor lifeguard instructor trainer neighbour neighbor renter shopkeeper rider
pedestrian caller""".split())
# (from "lady" on: people in everyday roles that reports leave unnamed, "a customer", "the bartender", "a 17-year-old
# rider", and questions ask the name of: "what is the name of the bartender who served him")
# Word endings of nouns for people: "-man/-woman" (chairman, foreman, gunwoman), "-ist" (activist, economist),
# "-eer" (volunteer, engineer), "-master" (headmaster, concertmaster, harbourmaster); longer than the ending by
# PERSON_NOUN_STEM_LETTERS, so "list" is not read as one. Not "-ian": "Indian-funded", "Nigerian" name a people's
# things as often as a person.
PERSON_NOUN_ENDINGS = ("man", "men", "woman", "women", "person", "people", "ist", "ists", "eer", "eers", "master",
                       "masters")
PERSON_NOUN_STEM_LETTERS = 3
# Endings of English nouns for doers ("Moderator", "Trustee", "Presenter", "Applicant"): people's or firms' roles, so a
# word so ending names a person only where the context says a person is meant (a role's label before a name).
AGENT_NOUN_ENDINGS = ("er", "or", "ee", "ist", "ant", "ent")
# Endings of English abstract nouns ("Sanitation", "Development", "Security", "Tourism", "Fisheries"): a capitalised
# word so ending is a portfolio's or a remit's word, not a personal name.
COMMON_NOUN_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ity", "ism", "ness", "ship", "ture", "ries", "ics")


def lower_case_words(text: str) -> frozenset[str]:
    """The words a text writes in lower case somewhere: common words, not names ("mining", "police")."""
    return frozenset(re.findall(r"(?<![\w’'-])[a-z][a-z’'-]+", text))


def is_person_noun(word: str, by_ending: bool = True) -> bool:
    """Whether a noun (singular or plural, any case) names people by role, trade, kin or plight (`by_ending`: or has
    the ending of such a noun, "-er", "-ist", …, which firms' trades have too: "supplier", "operator")."""
    word = word.lower()
    forms = {word, word[:-2] if word.endswith(("ches", "shes", "sses", "xes")) else word.removesuffix("s")}
    if forms & PERSON_NOUNS:
        return True
    return by_ending and not forms & _NOT_PERSON_NOUNS and any(
        word.endswith(ending) and len(word) - len(ending) >= PERSON_NOUN_STEM_LETTERS for ending in PERSON_NOUN_ENDINGS)


# Words with a person noun's ending that name no person.
_NOT_PERSON_NOUNS = frozenset("""german roman human ottoman document specimen regimen abdomen acumen career veneer
checklist shortlist longlist playlist watchlist blacklist wishlist assist resist insist persist consist
desist""".split())

# Officers' titles people abbreviate and reports often spell out ("Chief Executive Jane Roe"): a
# question's "ceo" asks for the chief executive where the report never writes "CEO".
ROLE_ABBREVIATIONS = {"ceo": "chief executive", "cfo": "chief financial officer", "coo": "chief operating officer",
                      "cto": "chief technology officer", "pm": "prime minister"}
# Chat's short forms of ordinary words ("how many ppl were arrested", "what will the govt pay for"), as
# people type them in a channel and reports never print them. Only forms that are no other word.
CHAT_SHORT_FORMS = {"ppl": "people", "govt": "government", "thru": "through", "abt": "about", "info": "information",
                    "cuz": "because", "coz": "because", "yrs": "years", "approx": "approximately",
                    "dept": "department", "natl": "national", "intl": "international", "mgmt": "management",
                    "tv": "television"}
SHORT_FORMS = ROLE_ABBREVIATIONS | CHAT_SHORT_FORMS
_SHORT_FORM = re.compile(r"\b(?:" + "|".join(SHORT_FORMS) + r")\b", re.IGNORECASE)


def spell_out_short_forms(text: str, written: Callable[[str], bool]) -> str:
    """"who is the ceo" -> "who is the chief executive", "how many ppl" -> "how many people", unless the
    report itself `written`s the short form."""
    def spell(match: re.Match[str]) -> str:
        found = match.group(0).lower()
        return found if written(found) else SHORT_FORMS[found]
    return _SHORT_FORM.sub(spell, text)


# Words an acronym skips ("Bank of England" -> "BoE" -> "be", "Banco de la Nación" -> "bn", "Al Jazeera
# Network" -> "jn", "Corul Tinerilor din Valea Mare" -> "CTVM" -> "ctvm", "… des Ressources en Bois" -> "…RB"): joiners,
# articles and "in" (French, Spanish and Dutch "en"), in the languages bodies' names are written in.
ACRONYM_SKIPPED = NAME_JOINERS | {"the", "in", "en"} | MATCH_DROPPED_PARTICLES

# Upper-case abbreviations that are ordinary words, not names: a question holding "TV" or "GDP"
# does not name anything the report must mention (nor do the time zones a log's times are given in, "2130 GMT", a tax,
# "GST", a currency, "FCFA", or a degree, "PhD").
COMMON_ACRONYMS = frozenset("""tv gdp mp mps ceo cfo coo cto pm ai it id ok faq usd eur gbp am pm bbq diy hr pr
tba ngo ngos ev evs vip dna hq gps pc pcs atm sms iq ip vs agm egm gmt utc gst vat fcfa cfa phd msc bsc mba
llb""".split())


def name_key(text: str) -> str:
    """How names are compared: folded words, abbreviation dots dropped, particles kept.

    "U.S." = "US" = "us"; "U.N." = "UN"; "Al-Rami’s" = "al rami".
    """
    return " ".join(words(text))


def initialisms(text: str, longest: int = 5) -> set[str]:
    """The initials of every run of 2..`longest` consecutive content words of a text: what an
    acronym of it could be ("air quality index" -> "aqi"; "United Nations Ocean Science Summit"
    -> "un", "unos", ...). Stop words break a run, but "of", "and", "for" and "the" inside it are skipped."""
    from index.text import STOPWORDS

    found: set[str] = set()
    run: list[str] = []
    for word in words(text) + [""]:
        if word in {"of", "and", "for", "the"} and run:
            continue
        if not word or word in STOPWORDS or word.isdigit():
            for start in range(len(run)):
                for end in range(start + 2, min(len(run), start + longest) + 1):
                    found.add("".join(w[0] for w in run[start:end]))
            run = []
        else:
            run.append(word)
    return found


def name_spans(text: str) -> list[str]:
    """Capitalised spans of a text, its first word's included (a caller that wants names only drops it)."""
    return [m.group(0) for m in NAME_SPAN.finditer(text)]


# Words that tell one of a set from the others of its kind: ordinals ("the second report" is not "the first
# report", "the next round" not "the first round") and pairs or sets of opposites ("the permanent repair" is
# not "the temporary repairs", "the final report" not "the interim report", "net profit" not "gross profit").
# A sentence saying the asked thing's noun with another word of the same set speaks of another thing.
# (not "last": "the first walkout since 2004" says when the last one was)
_SETS_OF_A_KIND = (
    frozenset(ORDINALS) | {"next", "1st", "2nd", "3rd", "4th", "5th"},
    frozenset({"permanent", "temporary", "interim", "provisional"}),
    frozenset({"interim", "preliminary", "final"}),
    frozenset({"net", "gross"}),
    frozenset({"domestic", "foreign", "international"}),
    frozenset({"public", "private"}),
    frozenset({"minimum", "maximum"}),
    frozenset({"annual", "monthly", "weekly", "daily", "quarterly"}),
    frozenset({"urban", "rural"}),
    frozenset({"male", "female"}),
    frozenset({"northern", "southern", "eastern", "western"}),
    frozenset({"upper", "lower"}),
    frozenset({"senior", "junior"}),
)
_SET_WORDS = frozenset().union(*_SETS_OF_A_KIND)
_SET_WORD_BEFORE = re.compile(r"\b(" + "|".join(sorted(_SET_WORDS, key=len, reverse=True))
                              + r")\s+([a-z-]{3,})(?:\s+([a-z]{3,}))?")


def _set_word_pairs(text: str) -> dict[str, set[str]]:
    """Each word right after a word of _SETS_OF_A_KIND, or after the word after it ("first annual report"),
    and those set words. (A set word is no noun: "first annual report" is a first report, not a first "annual".)"""
    pairs: dict[str, set[str]] = {}
    for m in _SET_WORD_BEFORE.finditer(fold(text)):
        for word in filter(None, (m.group(2), m.group(3))):
            if word not in STOPWORDS and word not in _SET_WORDS:
                pairs.setdefault(stem(word), set()).add(m.group(1))
    return pairs


@lru_cache(maxsize=64)
def _asked_set_words(question: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """_set_word_pairs of a question, read once for all its candidate sentences."""
    return tuple((noun, frozenset(said)) for noun, said in _set_word_pairs(question).items())


def asks_one_of_a_set(question: str) -> bool:
    """Whether a question names one of a set by a word that tells it from the others ("the second report",
    "the next round", "the permanent repair")."""
    return bool(_asked_set_words(question))


def speaks_of_another(question: str, text: str) -> bool:
    """Whether a sentence speaks of another of a set than the one asked about: "when was the second report
    published" and "the first report was published in March", "what will the permanent repair cost" and "the
    temporary repairs cost £4,000" (the same noun, another word of the same set, and the asked one not written)."""
    asked = _asked_set_words(question)
    if not asked:
        return False
    said, written = _set_word_pairs(text), set(words(text))
    # (an asked word anywhere in the sentence may be said of the noun in other words: "and a second one in 2021")
    return any(noun in said and not said[noun] & asked_words and not asked_words & written
               and any(said[noun] & group for group in _SETS_OF_A_KIND if asked_words & group)
               for noun, asked_words in asked)


# How often something happens, as a sentence says it ("every Friday", "monthly", "twice a year", "each morning"):
# what "how often" asks, which a sentence may give without a digit.
FREQUENCY = re.compile(r"\b(?:every|each)\s+(?:\w+\s+)?(?:day|week|month|year|morning|evening|night|hour|quarter|"
                       r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)s?\b"
                       r"|\b(?:daily|weekly|fortnightly|monthly|quarterly|annually|yearly|hourly|nightly)\b"
                       r"|\bonce\s+(?:a|an|per|each|every)\b|\bper (?:day|week|month|year)\b"
                       # how many times, a year or in a stretch ("twice a year", "met only twice since January",
                       # "three times this year"); not a bare "once", which as often means "formerly"
                       r"|\b(?:twice|thrice|\w+ times)\b",
                       re.IGNORECASE)


# What happened to the people a count counts: "how many were wounded" asks for the wounded, which a sentence giving
# only the dead ("killing four soldiers") or the detained does not say. Each outcome's words, as `words` folds them.
# Not "casualties" (the dead and the wounded), "victims" nor "shot": either outcome.
OUTCOMES = {
    "hurt": frozenset("injured injuries injury injuring wounded wounding wounds hurt hospitalised hospitalized "
                      "hospital".split()),
    "dead": frozenset("killed killing kill kills dead died die dies death deaths fatalities fatality lives slain "
                      "murdered".split()),
    "held": frozenset("arrested arrests arrest detained detaining detention detainees custody jailed imprisoned "
                      "captured".split()),
    "taken": frozenset("kidnapped kidnapping abducted abduction abductions hostages hostage".split()),
    "fled": frozenset("displaced displacement fled flee fleeing evacuated evacuation homeless".split()),
    "missing": frozenset("missing disappeared unaccounted".split()),
}


def outcomes_in(text: str) -> frozenset[str]:
    """The outcomes (OUTCOMES) a text's words say happened to people."""
    found = set(words(text))
    return frozenset(outcome for outcome, said in OUTCOMES.items() if found & said)


def holds_money(text: str) -> bool:
    """Whether a text gives a sum of money ("310 million euros", "$4.5bn", "Rs 2,500")."""
    return (_CURRENCY.search(text.lower()) is not None or _CURRENCY_CODE.search(text) is not None) \
        and MONEY.search(text) is not None


# A question mark closing the sentence itself, not a quoted question inside reported speech
# ("… heard Trump ask, 'so he's going to do it?'" ends in a closing quote and still reports).
_ASKS = re.compile(r"\?\s*$")


def asks(sentence: str) -> bool:
    """Whether a report sentence is itself a question ("Will the Minister say how many homes were
    flooded?"): the report asking, as a parliament's written questions or an interview do, gives
    no answer, though it reads closest to a question about the same thing."""
    return _ASKS.search(sentence) is not None


# What people say to a bot that is not a question: asking how to use it, greeting it, thanking
# it, acknowledging an answer. A message of these words alone (and stopwords: "can you help me?",
# "thank you") names nothing the report could say; "what help did X get" has a content word.
HELP_WORDS = frozenset({"help", "usage", "commands", "command", "start"})
SMALL_TALK_WORDS = HELP_WORDS | frozenset("""hi hello hey hiya heya howdy yo greetings hallo hola
thanks thank thx ty cheers ta ok okay k kk cool great nice good morning afternoon evening night bye goodbye
""".split())


def _small_talk(text: str) -> list[str] | None:
    """The words of a text that asks nothing, or None when one of its words names something (or it is
    written in another language: its words are not English ones, whatever they ask)."""
    said = words(text)
    if any(w not in SMALL_TALK_WORDS and w not in STOPWORDS for w in said):
        return None  # a real question (the usual case) is told at once, without the language check
    return None if in_another_language(text) else said


def asks_nothing(text: str) -> bool:
    """Whether a text holds no word to look for in a report: "help", "/help", "hi", "thanks!",
    "ok", "who?" (but not "who is Roe?")."""
    return _small_talk(text) is not None


def asks_for_help(text: str) -> bool:
    """Whether a text asks nothing but how to use the bot ("help", "/help", "can you help me?")."""
    said = _small_talk(text)
    return bool(said) and any(w in HELP_WORDS for w in said)


# The report is English, and the bot reads questions by their English words: a question in another
# language finds none of them (and is taken to ask nothing) or finds a name only (and "the report does
# not say" misleads: it may say). Such a question is declined, saying why. Two cues, both cautious,
# since declining an English question is worse than answering a foreign one badly:
# - written mostly in another script than the Latin one, with no English word (a name in Arabic or
#   Chinese script inside an English question is still a question);
# - in Latin script, two or more of the commonest function words of one other language (articles,
#   question words, "is", "and"), one of them neither a name particle ("de la Vega" is a name) nor an English word
#   (German "was" and "also" are: "whose car was also towed" is English), and no English
#   function word besides. Small lists on purpose: only these words are frequent enough to cue a
#   language in one short question, and each is no English word ("in", "a", "was" are, and sit in a
#   list only to tell nothing either way: German "in" is not an English word in a German question).
OTHER_LANGUAGE_WORDS = {
    "spanish": frozenset("""que quien quienes cual cuales donde cuando como cuanto cuantos cuantas por porque
        el la los las un una unos unas es son fue fueron esta estan del al de en con para sobre y pero se su sus
        lo les hay dijo dice segun a no me""".split()),
    "french": frozenset("""qui que quoi quel quelle quels quelles ou quand comment pourquoi combien le la les un une
        des du de est sont etait ont avec pour dans sur et mais au aux ce cette ces son sa ses leur il elle ils
        elles selon dit a en""".split()),
    "german": frozenset("""wer wann wo wie warum welche welcher welches wieviel der die das den dem des ein eine
        einen einem einer ist sind war hat haben wurde wurden und oder mit fur von zu im auf uber sagt sagte
        laut nach bei vom zum zur nicht was in an so also am""".split()),
    "italian": frozenset("""chi che cosa quale quali dove quando come perche quanto quanti il lo la gli le un una
        uno di del della dei delle degli da con per su e ha hanno sono era secondo in a""".split()),
    "portuguese": frozenset("""quem que qual quais onde quando como porque quanto quantos o os um uma uns umas de
        do da dos das em na nas com para sobre e foi sao esta estao disse segundo seu sua as no nos""".split()),
}
# Fewest of one language's function words that make a Latin-script question that language's.
OTHER_LANGUAGE_MIN_WORDS = 2


def _latin(letter: str) -> bool:
    return unicodedata.name(letter, "").startswith("LATIN")


def in_another_language(text: str) -> bool:
    """Whether a question is written in another language than English (see OTHER_LANGUAGE_WORDS for
    the two cues): "Кто возглавляет офис?", "¿Quién dirige la oficina?", "Wer leitet das Büro?", but
    not "Who is محمد الحافي?" nor "What did de la Vega say?"."""
    said = words(text)
    letters = [c for c in text if c.isalpha()]
    other_script = sum(1 for c in letters if not _latin(c))
    if other_script * 2 > len(letters):
        return not any(w in STOPWORDS for w in said)
    for function_words in OTHER_LANGUAGE_WORDS.values():
        theirs = [w for w in said if w in function_words]
        if len(theirs) >= OTHER_LANGUAGE_MIN_WORDS \
                and any(w not in NAME_PARTICLES and w not in STOPWORDS for w in theirs) \
                and not any(w in STOPWORDS and w not in function_words for w in said):
            return True
    return False
