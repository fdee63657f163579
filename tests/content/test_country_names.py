"""Official country names: names.yaml over CLDR, everywhere a name shows,
and what `kiosk validate` says of a bad names file."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.content import load_content
from kiosk.content.names import informal_part
from kiosk.content.partners import m49_table, map_countries
from kiosk.i18n import country_name

CORPUS = Path(__file__).parent / "corpus" / "names"
TOOL = Path(__file__).resolve().parents[2] / "tools" / "build_names.py"
CONTENT = load_content(paths.default_content_dir()).content
OFFICIAL = CONTENT.official_names()


@pytest.mark.parametrize(
    ("code", "lang", "name"),
    [
        ("KR", "en", "Republic of Korea"),  # CLDR: South Korea
        ("KR", "tk", "Koreýa Respublikasy"),  # CLDR: Günorta Koreýa
        ("KR", "ru", "Республика Корея"),
        ("KP", "en", "Democratic People’s Republic of Korea"),  # CLDR: North Korea
        ("KP", "ru", "Корейская Народно-Демократическая Республика"),  # CLDR: КНДР
        ("PS", "en", "State of Palestine"),  # CLDR: Palestinian Territories
        ("PS", "ru", "Государство Палестина"),
        ("PS", "tk", "Palestina Döwleti"),
        ("KG", "ru", "Кыргызстан"),  # CLDR: Киргизия
        ("BA", "en", "Bosnia and Herzegovina"),  # CLDR: Bosnia & Herzegovina
        ("CD", "en", "Democratic Republic of the Congo"),  # CLDR: Congo - Kinshasa
        ("MM", "ru", "Мьянма"),  # CLDR: Мьянма (Бирма)
        ("SB", "ru", "Соломоновы Острова"),  # CLDR: Соломоновы о-ва
        ("TR", "en", "Türkiye"),  # CLDR's, unchanged
        ("FR", "tk", "Fransiýa"),
    ],
)
def test_the_official_name_is_shown(code: str, lang: str, name: str):
    assert country_name(lang, code, OFFICIAL) == name


def test_a_language_the_file_leaves_out_keeps_cldrs_name():
    assert country_name("tk", "KR", {"KR": {"en": "Republic of Korea"}}) == "Günorta Koreýa"
    assert country_name("en", "KR") == "South Korea"  # no names file at all


# What a ministry does not write: "&", abbreviations, a city to tell two
# countries apart, an old name in brackets, "territories" for a state.
NOT_OFFICIAL = re.compile(
    r"&|\bо-ва?\b|\bSt\.|\bU\.S\.|\bСв\.|\bСАР\b|\bAAS\b|\bABŞ\b|\bКНДР\b|\bОАЭ\b|\bСША\b"
    r"| - |Burma|Бирма|Birma|Palestinian Territories|Палестинские территории|territoriýasy$"
    r"|South Korea|Günorta Koreýa|Киргизия"
)


def test_no_country_of_any_region_has_a_name_a_ministry_would_send_back():
    """Every country M49 lists, in every language, as the screen shows it."""
    for code in sorted(m49_table().countries):
        for lang in ("tk", "ru", "en"):
            name = country_name(lang, code, OFFICIAL)
            assert not NOT_OFFICIAL.search(name), (code, lang, name)
            assert name != code, (code, lang)


def test_every_country_the_map_can_name_has_a_un_name_in_every_language():
    """No name falls back to CLDR: every M49 code (all the map draws, and
    the areas too small to draw that region lists still name) is in
    names.yaml in tk, ru and en, and each keeps the rule."""
    official = dict(OFFICIAL)
    codes = m49_table().countries
    assert map_countries() <= codes
    for code in sorted(codes):
        assert set(official.get(code, {})) == {"tk", "ru", "en"}, code
        for lang, name in official[code].items():
            assert informal_part(name) is None, (code, lang, name)


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("Bosnia & Herzegovina", "'&' for 'and'"),
        ("St. Lucia", "an abbreviation"),
        ("Аландские о-ва", "an abbreviation"),
        ("о-в Буве", "an abbreviation"),
        ("ABŞ-nyň Wirgin adalary", "an abbreviation in capitals"),
        ("ОАЭ", "an abbreviation in capitals"),
        ("Congo - Kinshasa", "a spaced dash (a city telling two countries apart)"),
        ("Папуа — Новая Гвинея", "a spaced dash (a city telling two countries apart)"),
        (
            "Myanmar (Burma)",
            "brackets (a second name, or a sort order: write the name as it is said)",
        ),
        (
            "Iran (Islamic Republic of)",
            "brackets (a second name, or a sort order: write the name as it is said)",
        ),
        (
            "Taiwan (Province of China",
            "brackets (a second name, or a sort order: write the name as it is said)",
        ),
        ("Côte d'Ivoire", "a straight quote (write ’)"),
    ],
)
def test_the_rule_names_what_is_informal(name: str, why: str):
    assert informal_part(name) == why


@pytest.mark.parametrize(
    "name",
    [
        "Cocos (Keeling) Islands",
        "Falkland Islands (Malvinas)",
        "Фолклендские (Мальвинские) острова",
        "Guinea-Bissau",
        "Папуа-Новая Гвинея",
        "Côte d’Ivoire",
        "China, Hong Kong Special Administrative Region",
        "Koreýa Halk-Demokratik Respublikasy",
    ],
)
def test_the_rule_lets_un_names_through(name: str):
    assert informal_part(name) is None


def test_a_name_the_un_turns_round_sorts_where_the_un_lists_it():
    from kiosk.content.country_names import country_sort_form

    sort_forms = CONTENT.sort_forms()
    assert country_sort_form("en", "VE", OFFICIAL, sort_forms) == (
        "Venezuela (Bolivarian Republic of)"
    )
    assert country_sort_form("ru", "NL", OFFICIAL, sort_forms) == "Нидерланды (Королевство)"
    assert country_sort_form("tk", "VE", OFFICIAL, sort_forms) == "Wenesuela Boliwar Respublikasy"
    assert country_sort_form("en", "FR", OFFICIAL, sort_forms) == "France"


def test_the_names_file_is_what_the_tool_makes():
    """names.yaml is generated from the UN M49 table and CLDR, never typed."""
    done = subprocess.run(
        [sys.executable, str(TOOL), "--check"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr


CASES = {
    "unknown_code.yaml": [
        (2, "error", "names.XK: no country or area 'XK' in UN M49 (the map's countries)"),
        (3, "error", "names.Korea: 'Korea' is not an ISO 3166-1 alpha-2 code"),
    ],
    "missing_language.yaml": [
        (3, "warning", "names.KR: no 'tk' name; CLDR's name is shown in that language"),
    ],
    "wrong_type.yaml": [
        (2, "error", "names.KR: expected names by language (tk, ru, en), got text"),
        (3, "error", "names.KP: expected names by language (tk, ru, en), got a list"),
    ],
    "bad_language.yaml": [
        (2, "error", "names.KR: unknown language code 'de' (known: tk, ru, en)"),
        (3, "error", "names.KG.ru: empty text"),
        (3, "warning", "names.KG: no 'ru' name; CLDR's name is shown in that language"),
    ],
    "bad_sort.yaml": [
        (4, "error", "names.VE.sort: expected sort forms by language (en: …), got a list"),
        (3, "warning", "names.VE: no 'tk' name; CLDR's name is shown in that language"),
        (3, "warning", "names.VE: no 'ru' name; CLDR's name is shown in that language"),
        (8, "error", "names.IR.sort: unknown language code 'de' (known: tk, ru, en)"),
        (6, "warning", "names.IR: no 'tk' name; CLDR's name is shown in that language"),
        (6, "warning", "names.IR: no 'ru' name; CLDR's name is shown in that language"),
    ],
    "informal.yaml": [
        (
            5,
            "warning",
            "names.KR.en: 'South Korea (ROK)' has an abbreviation in capitals; names follow "
            "UN usage (the file's header says how)",
        ),
        (
            9,
            "warning",
            "names.BA.en: 'Bosnia & Herzegovina' has '&' for 'and'; names follow UN usage "
            "(the file's header says how)",
        ),
    ],
    "list_not_mapping.yaml": [
        (
            2,
            "error",
            "names: expected country codes with their names (KR: {tk: …, ru: …, en: …}), "
            "got a list",
        ),
    ],
}
# What the kiosk shows after each: the valid entries, CLDR for the rest.
SHOWN = {
    "unknown_code.yaml": [("NO", "en", "Kingdom of Norway"), ("KR", "en", "South Korea")],
    "missing_language.yaml": [("KR", "tk", "Günorta Koreýa"), ("KR", "en", "Republic of Korea")],
    "wrong_type.yaml": [("KR", "en", "South Korea"), ("PS", "en", "State of Palestine")],
    "bad_language.yaml": [("KR", "tk", "Koreýa Respublikasy"), ("KG", "ru", "Киргизия")],
    "list_not_mapping.yaml": [("KR", "en", "South Korea")],
    "bad_sort.yaml": [("VE", "en", "Bolivarian Republic of Venezuela"), ("IR", "tk", "Eýran")],
    # Warned of, still shown: the staff's words, until they correct them
    # (set for lines: "и" keeps to the word after it, kiosk/content/line_setting.py).
    "informal.yaml": [("KR", "en", "South Korea (ROK)"), ("BA", "ru", "Босния и\u00a0Герцеговина")],
}


def test_every_names_corpus_file_has_a_case():
    assert {p.name for p in CORPUS.iterdir()} == set(CASES) == set(SHOWN)


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_names(name: str, content_copy: Path):
    target = content_copy / "names.yaml"
    shutil.copy(CORPUS / name, target)
    result = load_content(content_copy)
    got = [(p.line, p.severity.value, p.message) for p in result.problems]
    # Each file names a few countries: the count of the others is tested below.
    assert [g for g in got if "have no name here" not in g[2]] == CASES[name]
    assert all(p.file == str(target) for p in result.problems)
    assert result.content is not None  # the rest of the kiosk runs on
    official = result.content.official_names()
    for code, lang, shown in SHOWN[name]:
        assert country_name(lang, code, official) == shown


def test_validate_names_the_countries_a_names_file_leaves_to_cldr(content_copy: Path):
    """Hand-edited, names.yaml may lose a country: CLDR's name (informal
    perhaps) would show for it, so validate says which."""
    names = content_copy / "names.yaml"
    text = names.read_text("utf-8")
    for code in ("RU", "KR"):
        start = text.index(f"\n  {code}:")
        end = text.index("\n  ", text.index("\n    en:", start) + 1)
        text = text[:start] + text[end:]
    names.write_text(text, "utf-8")
    result = load_content(content_copy)
    line = text[: text.index("\n  AD:")].count("\n") + 2  # the first country's
    assert [(p.line, p.severity.value, p.message) for p in result.problems] == [
        (
            line,
            "warning",
            "names: 2 of the 249 countries and areas of UN M49 have no name here, so CLDR's is "
            "shown: KR, RU (tools/build_names.py writes all)",
        )
    ]
    assert country_name("en", "RU", result.content.official_names()) == "Russia"


def test_without_a_names_file_the_kiosk_uses_cldr(content_copy: Path):
    (content_copy / "names.yaml").unlink()
    result = load_content(content_copy)
    assert [(p.severity.value, p.message) for p in result.problems] == [
        (
            "warning",
            "no names.yaml: country names are CLDR's, some of them not as a foreign ministry "
            "writes them",
        )
    ]
    assert country_name("en", "KR", result.content.official_names()) == "South Korea"


def test_a_contacts_country_follows_the_names_file(content_copy: Path):
    """The contacts screen names its country as the map does: a CLDR or
    home-made form is a warning with its line, and CLDR's is traced back to
    the name to write."""
    contacts = content_copy / "contacts.yaml"
    text = contacts.read_text("utf-8")
    for old, new in (("ru: Туркменистан", "ru: Туркмения"), ("en: Turkmenistan", "en: Russia")):
        assert text.count(old) == 1
        text = text.replace(old, new)
    contacts.write_text(text, "utf-8")
    line = text[: text.index("country:")].count("\n") + 2  # its first language
    result = load_content(content_copy)
    got = [(p.file, p.line, p.severity.value, p.message) for p in result.problems]
    where = "organizations[0].entries[5].country"
    assert [g for g in got if "country" in g[3]] == [
        (
            str(contacts),
            line,
            "warning",
            f"{where}.ru: 'Туркмения' is not a country's name as names.yaml writes it",
        ),
        (
            str(contacts),
            line,
            "warning",
            f"{where}.en: 'Russia' is not a country's name as names.yaml writes it "
            "(write 'Russian Federation')",
        ),
    ]
    assert result.content is not None and result.content.contacts  # shown all the same


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        # A corrected name the source now writes otherwise: a person looks again.
        (
            ",Аландских островов,",
            ",Аланды,",
            "AX.ru: the source now says 'Аланды', not 'Аландских островов': "
            "check the correction in tools/names_forms.py",
        ),
        # The UN's name is not CLDR's: CLDR's Turkmen is informal too.
        (
            "the French Republic,France,",  # English Formal, M49 English
            "the French Republic,French Republic,",
            "FR.tk: the UN says 'French Republic', CLDR 'France': "
            "give the Turkmen form in tools/names_forms.py TURKMEN",
        ),
        # A name that breaks the rule stops the tool, whatever its source.
        (
            "the Republic of Chile,Chile,",
            "the Republic of Chile,Chile & Co.,",
            "CL.en: 'Chile & Co.' has '&' for 'and'",
        ),
    ],
)
def test_the_names_tool_stops_where_a_person_must_look(tmp_path: Path, old: str, new: str, says):
    csv = tmp_path / "m49.csv"
    text = (paths.resource("map", "m49-taxonomy.csv")).read_text("utf-8")
    assert text.count(old) == 1
    csv.write_text(text.replace(old, new), "utf-8")
    out = tmp_path / "names.yaml"
    done = subprocess.run(
        [sys.executable, str(TOOL), "--source", str(csv), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert says in done.stderr
    assert not out.exists()
