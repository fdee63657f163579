"""The hand-checked part of names.yaml, for tools/build_names.py: the few
places where the UN's own table needs a correction, and the Turkmen forms.

Everything else comes from the UN M49 table (resources/map/m49-taxonomy.csv)
or from CLDR. Each correction names the text it replaces, so that when the
source changes the tool stops and a person looks again.
"""

from __future__ import annotations

# (code, language) -> (the source's text, the name to use, why).
CORRECTIONS: dict[tuple[str, str], tuple[str, str, str]] = {
    ("AX", "ru"): (
        "Аландских островов",
        "Аландские острова",
        "the source has the genitive case",
    ),
    ("AQ", "ru"): ("Антарктике", "Антарктида", "the source has the locative case"),
    ("CC", "ru"): (
        "Кокосовых (Килинг) островов",
        "Кокосовые (Килинг) острова",
        "the source has the genitive case",
    ),
    ("KY", "ru"): ("Кайман острова", "Каймановы острова", "the source's word order is broken"),
    ("FM", "ru"): (
        "Микронезия (Федеративные Штаты)",
        "Федеративные Штаты Микронезии",
        "Russian needs the genitive once the brackets are turned",
    ),
    ("NL", "ru"): (
        "Нидерланды (Королевство)",
        "Королевство Нидерландов",
        "Russian needs the genitive once the brackets are turned",
    ),
    ("TF", "ru"): (
        "Южные земли (французская заморская территория)",
        "Французские Южные территории",
        "the source's Russian is a description; this is its English name in Russian",
    ),
    # UN M49 does not list Taiwan (UNSD counts it under China); the taxonomy
    # does, with no M49 name. The UN's statistical form, without brackets.
    ("TW", "en"): ("", "Taiwan Province of China", "M49 has no name for it"),
    ("TW", "ru"): ("", "Провинция Китая Тайвань", "M49 has no name for it"),
}

# Turkmen, as Turkmenistan's Ministry of Foreign Affairs writes the UN's
# short name, for every country whose UN English name is not CLDR's English
# one (there CLDR's Turkmen is the informal form too: "Russiýa" for the
# Russian Federation, "Günorta Koreýa" for the Republic of Korea). The
# tool stops if such a country has no form here; every other country keeps
# CLDR's Turkmen name, which the same rule (no abbreviation, no "&", no
# spaced dash, no brackets) checks.
TURKMEN: dict[str, str] = {
    "AG": "Antigua we Barbuda",
    "BA": "Bosniýa we Gersegowina",
    "BL": "Sen-Bartelemi",
    "BN": "Bruneý-Darussalam",
    "BO": "Boliwiýa Köp milletli Döwleti",
    "BQ": "Bonaýre, Sint-Estatius we Saba",
    "CD": "Kongo Demokratik Respublikasy",
    "CG": "Kongo",
    "CV": "Kabo-Werde",
    "FK": "Folklend (Malwin) adalary",
    "FM": "Mikroneziýa Federatiw Ştatlary",
    "GB": "Beýik Britaniýanyň we Demirgazyk Irlandiýanyň Birleşen Patyşalygy",
    "GS": "Günorta Georgiýa we Günorta Sendwiç adalary",
    "HK": "Hytaý, Gonkong ýörite administratiw sebiti",
    "HM": "Herd adasy we Makdonald adalary",
    "IR": "Eýran Yslam Respublikasy",
    "KN": "Sent-Kits we Newis",
    "KP": "Koreýa Halk-Demokratik Respublikasy",
    "KR": "Koreýa Respublikasy",
    "LA": "Laos Halk-Demokratik Respublikasy",
    "LC": "Sent-Lýusiýa",
    "MD": "Moldowa Respublikasy",
    "MF": "Sen-Marten",
    "MM": "Mýanma",
    "MO": "Hytaý, Makao ýörite administratiw sebiti",
    "NL": "Niderlandlar Korolligi",
    "PM": "Sen-Pýer we Mikelon",
    "PN": "Pitkern",
    "PS": "Palestina Döwleti",
    "RU": "Russiýa Federasiýasy",
    "SH": "Keramatly Ýelena adasy",
    "SJ": "Swalbard we Ýan-Maýen adalary",
    "ST": "San-Tome we Prinsipi",
    "SX": "Sint-Marten",
    "SY": "Siriýa Arap Respublikasy",
    "TC": "Terks we Kaýkos adalary",
    "TF": "Fransuz günorta territoriýalary",
    "TT": "Trinidad we Tobago",
    "TW": "Hytaýyň Taýwan welaýaty",
    "TZ": "Tanzaniýa Birleşen Respublikasy",
    "UM": "Amerikanyň Birleşen Ştatlarynyň daşarky ownuk adalary",
    "US": "Amerikanyň Birleşen Ştatlary",
    "VA": "Mukaddes Tagt",
    "VC": "Sent-Winsent we Grenadinler",
    "VE": "Wenesuela Boliwar Respublikasy",
    "VI": "Amerikanyň Birleşen Ştatlarynyň Wirgin adalary",
    "VN": "Wýetnam",
    "WF": "Uollis we Futuna adalary",
    "PG": "Papua-Täze Gwineýa",
}
