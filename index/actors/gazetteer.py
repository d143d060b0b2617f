"""What the extractor knows before it reads a report: world states, their capitals and demonyms,
kind cues in appositives, and capitalised words that are never actors.

Deliberately general (no actor of the shipped report is listed here only for its sake); the
report-specific curation lives in the overrides file beside the report.
"""

from __future__ import annotations

from index.actors.model import ARMED_GROUP, MEDIA, ORGANISATION, PARTY, PERSON, STATE

# state -> (demonyms, capital). Demonyms denote the state where a text uses them alone
# ("the Iranian regime"); a capital does when it acts ("Tehran has pressed …").
STATES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "Iran": (("Iranian",), "Tehran"), "Iraq": (("Iraqi",), "Baghdad"), "Israel": (("Israeli",), "Jerusalem"),
    "United States": (("American", "U.S.", "US"), "Washington"), "Lebanon": (("Lebanese",), "Beirut"),
    "Yemen": (("Yemeni",), "Sanaa"), "Syria": (("Syrian",), "Damascus"), "Saudi Arabia": (("Saudi",), "Riyadh"),
    "Russia": (("Russian",), "Moscow"), "China": (("Chinese",), "Beijing"), "Turkey": (("Turkish",), "Ankara"),
    "Egypt": (("Egyptian",), "Cairo"), "Jordan": (("Jordanian",), "Amman"), "Qatar": (("Qatari",), "Doha"),
    "United Kingdom": (("British", "UK"), "London"), "France": (("French",), "Paris"),
    "Germany": (("German",), "Berlin"), "Afghanistan": (("Afghan",), "Kabul"), "Pakistan": (("Pakistani",), "Islamabad"),
    "Kuwait": (("Kuwaiti",), "Kuwait City"), "Bahrain": (("Bahraini",), "Manama"), "Oman": (("Omani",), "Muscat"),
    "United Arab Emirates": (("Emirati", "UAE"), "Abu Dhabi"),
}

# Words in a description that tell an actor's kind ("a powerful Iran-backed militia").
KIND_CUES: tuple[tuple[str, str], ...] = (
    ("representative", PERSON), ("leader", PERSON), ("member", PERSON), ("spokesman", PERSON),
    ("commander", PERSON), ("minister", PERSON), ("official", PERSON), ("head of", PERSON),
    ("militia", ARMED_GROUP), ("movement", ARMED_GROUP), ("group", ARMED_GROUP), ("faction", ARMED_GROUP),
    ("bloc", PARTY), ("party", PARTY), ("coalition", PARTY),
    ("government", STATE), ("regime", STATE), ("state", STATE),
    ("newspaper", MEDIA), ("news", MEDIA), ("times", MEDIA), ("agency", MEDIA),
    ("office", ORGANISATION), ("organization", ORGANISATION), ("organisation", ORGANISATION),
)

# The last word of a name that tells its kind ("Al-Sadiqoun Bloc", "Muslim Brotherhood").
NAME_CUES: dict[str, str] = {
    "bloc": PARTY, "party": PARTY, "coalition": PARTY, "alliance": PARTY,
    "brotherhood": ARMED_GROUP, "hezbollah": ARMED_GROUP, "brigades": ARMED_GROUP, "militia": ARMED_GROUP,
    "times": MEDIA, "post": MEDIA, "news": MEDIA, "update": MEDIA, "press": MEDIA, "journal": MEDIA,
    "office": ORGANISATION, "council": ORGANISATION, "ministry": ORGANISATION, "nations": ORGANISATION,
}

# Words that open sentences or name times: cut from the front of a capitalised run.
OPENERS = frozenset("""
a an the this that these those it its he she they his her their we our i you in on at for to of by
with from as while since amid after before during earlier later according similarly however although
but and or if when where why how what which who critics many some several both all
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday summer winter spring autumn
""".split())
# Capitalised words that qualify others ("Shia militias", "Prime Minister"): never actors alone.
NOT_ACTORS = OPENERS | frozenset("""
shia shiite sunni arab islamic muslim western eastern northern southern christian jewish kurdish
prime minister president king parliament
""".split())

# Honorific or name particles that begin personal names ("Abu Idris al-Sharafi").
PERSON_PARTICLES = frozenset({"abu", "umm", "ibn", "bin", "al", "el"})
