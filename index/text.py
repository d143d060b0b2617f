"""Text normalisation and tokens, shared by lexical search, actor matching and answer checks.

One place decides what "the same word" means: case, diacritics, curly apostrophes, hyphens
and possessives do not matter ("Al-Rami’s" ~ "al rami"; "Ma’ad" ~ "Maad").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# (and the ʻokina of Hawaiian, Samoan and Tongan, U+02BB, which reads as one inside a word: "Leʻaupepe" is "Leaupepe")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'", "`": "'", "\u00b4": "'",
                              "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2010": "-",
                              "\u2011": "-"})
_WORD = re.compile(r"[a-z0-9]+")

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves say says said tell
please does did according mentioned mention mentions
""".split())


# Letters Unicode does not decompose into a base letter and a mark ("Bjørvik" is typed "Bjorvik"; Sámi "Iŋgá" "Inga").
_UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d",
                               "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "œ": "oe", "Œ": "Oe", "ı": "i",
                               "ŋ": "n", "Ŋ": "N"})


def fold(text: str) -> str:
    """Lowercase, strip diacritics, straighten apostrophes and quotes, unify dashes."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).translate(_UNDECOMPOSED))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


_DOTTED_ABBREVIATION = re.compile(r"\b(?:[a-z]\.){2,}")


# Answering reads the same report sentences' words for every question (and a question's words
# several times): kept for a report's worth of sentences, so an answer pays for them once.
WORDS_CACHE_SIZE = 65536


def words(text: str) -> list[str]:
    """Folded words; possessive 's dropped, apostrophes inside names removed (Asa'ib -> asaib),
    abbreviations written with dots read as one word ("U.K.'s" -> "uk", as "UK")."""
    return list(_words(text))


@lru_cache(maxsize=WORDS_CACHE_SIZE)
def _words(text: str) -> tuple[str, ...]:
    text = _DOTTED_ABBREVIATION.sub(lambda m: m.group(0).replace(".", ""), fold(text))
    text = re.sub(r"(?<=[a-z])'s\b", "", text)
    text = re.sub(r"(?<=[a-z])'(?=[a-z])", "", text)
    return tuple(_WORD.findall(text))


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


# Irregular past forms the stemmer leaves alone: "led" must meet "leads", "met" must meet "meet".
_IRREGULAR = {"led": "lead", "met": "meet", "won": "win", "took": "take", "gave": "give", "held": "hold",
              "sent": "send", "fought": "fight", "built": "build", "made": "make", "began": "begin",
              "found": "find", "paid": "pay", "sought": "seek", "brought": "bring", "chose": "choose",
              "chosen": "choose", "grew": "grow", "grown": "grow", "spoke": "speak", "spoken": "speak",
              "told": "tell", "said": "say", "wrote": "write", "written": "write", "knew": "know",
              # (not "left", "rose", "saw", "found" as a noun's verb, "bore", "wound": other words as often)
              "went": "go", "gone": "go", "fled": "flee", "sold": "sell", "struck": "strike", "fell": "fall",
              "fallen": "fall", "risen": "rise", "lost": "lose", "kept": "keep", "stood": "stand", "came": "come",
              "ran": "run", "bought": "buy", "caught": "catch", "drove": "drive", "driven": "drive", "broke": "break",
              "broken": "break", "stole": "steal", "stolen": "steal", "shot": "shoot", "hid": "hide",
              "hidden": "hide", "seen": "see", "taken": "take", "given": "give", "became": "become", "felt": "feel",
              "heard": "hear", "meant": "mean", "taught": "teach", "thought": "think", "withdrew": "withdraw",
              "withdrawn": "withdraw", "swore": "swear", "sworn": "swear", "spent": "spend", "dealt": "deal",
              "flew": "fly", "flown": "fly", "threw": "throw", "thrown": "throw", "overthrew": "overthrow",
              "overthrown": "overthrow", "undertook": "undertake", "undertaken": "undertake", "froze": "freeze",
              "frozen": "freeze", "arose": "arise", "arisen": "arise", "begun": "begin", "sank": "sink",
              "sunk": "sink", "hung": "hang", "lent": "lend", "laid": "lay", "stuck": "stick", "tore": "tear",
              "torn": "tear", "wore": "wear", "worn": "wear"}


# British spellings folded into American ones before stemming, so a question typed either way meets a report
# written the other: "-ise"/"-isation" as "-ize"/"-ization", "-yse" as "-yze", "-our" as "-or", "-tre" as "-ter",
# and a few words no rule spells. (Words with no other spelling, "promise", "contour", fold on both sides alike.)
_BRITISH_ENDINGS = re.compile(r"(?<=\w{3})is(?=(?:ation|ations|ational|e|es|ed|ing|er|ers)$)"
                              r"|(?<=\w{2})ys(?=(?:e|es|ed|ing)$)"
                              r"|(?<=\w{3})our(?=(?:s|ed|ing|ite|ites|able|hood|hoods|less)?$)|(?<=\w{2})tre(?=s?$)")
_BRITISH_WORDS = {"defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
                  "programme": "program", "catalogue": "catalog", "dialogue": "dialog", "grey": "gray",
                  "aluminium": "aluminum", "plough": "plow", "mould": "mold", "sceptic": "skeptic"}
_AMERICAN = {"is": "iz", "ys": "yz", "our": "or", "tre": "ter"}


def american_spelling(word: str) -> str:
    """A folded word in American spelling ("organisation" -> "organization", "labour" -> "labor", "centres" ->
    "centers", "defences" -> "defenses")."""
    plural = word.endswith("s") and word[:-1] in _BRITISH_WORDS
    if (base := word[:-1] if plural else word) in _BRITISH_WORDS:
        return _BRITISH_WORDS[base] + ("s" if plural else "")
    return _BRITISH_ENDINGS.sub(lambda m: _AMERICAN[m.group()], word, count=1)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball's English stem, with irregular verbs and agent nouns ("leader" ~ "lead") folded in, of the word in
    American spelling."""
    word = _IRREGULAR.get(word, word)
    word = american_spelling(word)
    stemmed = _stemmer().stemWord(word)
    # Agent nouns: "leader(s)" asks about who leads, "fighters" about who fights.
    if stemmed.endswith("er") and len(stemmed) >= 6:
        stemmed = _stemmer().stemWord(stemmed[:-2])
    return stemmed


def terms(text: str) -> list[str]:
    """Stemmed content words: what lexical search and overlap checks compare."""
    return [stem(w) for w in _words(text) if w not in STOPWORDS]


def match_key(text: str) -> str:
    """The key names are compared by: folded words joined by single spaces ("al rami")."""
    return " ".join(words(text))
