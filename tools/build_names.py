"""Build resources/content/names.yaml, every country's name by one rule (UN
usage), from the UN M49 table the map already packages and from CLDR.

    python tools/build_names.py            # write resources/content/names.yaml
    python tools/build_names.py --check    # exit 1 if the file is not what this makes

English and Russian: the UN Statistics Division's M49 names (the columns
"M49 English" and "M49 Russian" of resources/map/m49-taxonomy.csv; see
resources/map/SOURCE.txt), which are the UNTERM short names. Short, not
formal: "Russian Federation", not "the Russian Federation"; the formal names
("the People's Democratic Republic of Algeria") are for treaties, too long
for a list, and the UN lists its members by the short ones. Written as said:
the UN's sort form "Iran (Islamic Republic of)" becomes "Islamic Republic of
Iran" (the UN's own running-text form), "Saint Martin (French part)" becomes
"Saint Martin"; a straight apostrophe becomes ’; a Russian name starts with
a capital (it stands alone, in a list) and writes ё. A few source errors are
corrected by hand (tools/names_forms.py, each with the text it replaces).

Turkmen: CLDR's Turkmen name where CLDR's English name is the UN's (there
CLDR is not informal), else the Turkmen Ministry of Foreign Affairs' form of
the UN name (tools/names_forms.py TURKMEN; the tool stops if one is missing).

Every name is then held to the rule kiosk.content.names.informal_part
states (no "&", no abbreviation, no spaced dash, no brackets but the UN's
own), the same rule `kiosk validate` applies to a hand edit.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from babel import Locale  # noqa: E402
from names_forms import CORRECTIONS, TURKMEN  # noqa: E402

from kiosk.content.names import informal_part  # noqa: E402

SOURCE = ROOT / "resources" / "map" / "m49-taxonomy.csv"
M49_JSON = ROOT / "resources" / "map" / "m49.json"
OUT = ROOT / "resources" / "content" / "names.yaml"
LANGUAGES = ("tk", "ru", "en")
COLUMNS = {"en": "M49 English", "ru": "M49 Russian"}
ALPHA2 = "ISO 3166-1 Alpha 2-Codes"

# The UN's sort form: "Iran (Islamic Republic of)", "Netherlands (Kingdom of the)".
SORT_FORM = re.compile(r"^(?P<name>.+) \((?P<title>.+ of(?: the)?)\)$")
RU_SORT_FORM = re.compile(r"^(?P<name>.+) \((?P<title>.+)\)$")
# "Saint Martin (French part)": the island's half, which the name already tells.
PART = {
    "en": re.compile(r" \((?:French|Dutch) part\)$", re.I),
    "ru": re.compile(r" \((?:французская|нидерландская) часть\)$"),
}
# Russian writes ё in these names; the UN's Russian writes е.
YO = (("Объединенн", "Объединённ"), ("Соединенн", "Соединённ"), ("Теркс", "Тёркс"))

HEADER = """\
# Country names: every country and area of UN M49 (all the map can name, in
# map taps, region lists, chips and contacts), by one rule: UN usage.
#   English and Russian: the UN Statistics Division's M49 names, which are
#     the UNTERM short names ("Russian Federation", "Republic of Korea",
#     "United Kingdom of Great Britain and Northern Ireland"): short, not the
#     formal names of treaties ("the Russian Federation"), because the UN
#     lists its members by them and they fit a list. The UN's sort form is
#     written as said: "Iran (Islamic Republic of)" is "Islamic Republic of
#     Iran"; "(French part)" is left out. Russian writes ё.
#   Turkmen: the Turkmen Ministry of Foreign Affairs' form of the same UN
#     name where CLDR's Turkmen is informal ("Russiýa Federasiýasy", not
#     "Russiýa"); CLDR's Turkmen name where it is already the UN's.
#   sort: where a list puts a name the UN writes in its sort form ("Iran
#     (Islamic Republic of)"): under I, as the UN lists it. Never shown.
#   Never: "&", abbreviations ("St.", "о-ва", "ABŞ", "ОАЭ"), a city telling
#     two countries apart ("Congo - Kinshasa"), a second name in brackets
#     ("Myanmar (Burma)"). Brackets only where they are part of the UN name:
#     Cocos (Keeling) Islands, Falkland Islands (Malvinas).
# Made by tools/build_names.py from resources/map/m49-taxonomy.csv and CLDR
# (Babel): do not edit by hand, change the tool and run it; kiosk validate
# warns of a name that breaks the rule. A comment gives CLDR's names
# (tk | ru | en) where the entry differs from them.
names:
"""


class SourceError(Exception):
    """The source or a hand-checked form no longer fits (says which)."""


def un_names(source: Path) -> dict[str, dict[str, str]]:
    """The M49 English and Russian names by ISO code, as the CSV has them."""
    with source.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    names: dict[str, dict[str, str]] = {}
    for row in rows:
        code = row[ALPHA2].strip()
        if code and row["Deprecated"].strip() != "Y":
            names[code] = {lang: row[column].strip() for lang, column in COLUMNS.items()}
    return names


def corrected(code: str, lang: str, text: str) -> str | None:
    """The hand correction for this name, if any; stops if the source moved."""
    if (code, lang) not in CORRECTIONS:
        return None
    was, use, _why = CORRECTIONS[(code, lang)]
    if text != was:
        raise SourceError(
            f"{code}.{lang}: the source now says '{text}', not '{was}': "
            "check the correction in tools/names_forms.py"
        )
    return use


def written_as_said(code: str, source: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """The UN's English and Russian short names, as a list shows them, and
    the UN's sort form where the name had to be turned round (a list still
    puts the Plurinational State of Bolivia under B, as the UN does)."""
    names: dict[str, str] = {}
    sort: dict[str, str] = {}
    inverted = SORT_FORM.match(source["en"])
    for lang in ("en", "ru"):
        text = source[lang]
        if inverted:
            sort[lang] = spelled(lang, text)
        if (fixed := corrected(code, lang, text)) is not None:
            names[lang] = fixed
            continue
        if not text:
            raise SourceError(f"{code}.{lang}: no M49 name")
        text = PART[lang].sub("", text)
        if inverted:
            pattern = SORT_FORM if lang == "en" else RU_SORT_FORM
            if not (m := pattern.match(text)):
                raise SourceError(f"{code}.{lang}: '{text}' is not in the UN's sort form")
            text = f"{m['title']} {m['name']}"
        names[lang] = spelled(lang, text)
    return names, sort


def spelled(lang: str, text: str) -> str:
    """Typographic apostrophes; Russian with a capital first letter (a name
    stands alone, in a list) and ё."""
    text = text.replace("'", "’")
    if lang == "ru":
        text = text[:1].upper() + text[1:]
        for plain, yo in YO:
            text = text.replace(plain, yo)
    return text


Entry = tuple[str, dict[str, str], dict[str, str], dict[str, str]]


def build(source: Path = SOURCE) -> list[Entry]:
    """(code, names by language, sort forms, CLDR's names) for every M49 country."""
    countries = sorted(json.loads(M49_JSON.read_text("utf-8"))["countries"])
    un = un_names(source)
    cldr = {lang: Locale.parse(lang).territories for lang in LANGUAGES}
    problems: list[str] = []
    entries = []
    for code in countries:
        if code not in un:
            problems.append(f"{code}: not in {source.name}")
            continue
        try:
            names, sort = written_as_said(code, un[code])
        except SourceError as exc:
            problems.append(str(exc))
            continue
        cldr_names = {lang: cldr[lang].get(code, "") for lang in LANGUAGES}
        if code in TURKMEN:
            names["tk"] = TURKMEN[code]
        elif names["en"] == cldr_names["en"]:
            names["tk"] = cldr_names["tk"]
        else:
            problems.append(
                f"{code}.tk: the UN says '{names['en']}', CLDR '{cldr_names['en']}': "
                "give the Turkmen form in tools/names_forms.py TURKMEN"
            )
        for lang, name in names.items():
            if why := informal_part(name):
                problems.append(f"{code}.{lang}: '{name}' has {why}")
        if "tk" in names:
            entries.append((code, {lang: names[lang] for lang in LANGUAGES}, sort, cldr_names))
    if unused := set(TURKMEN) - set(countries):
        problems.append(f"TURKMEN names {', '.join(sorted(unused))}, which M49 does not list")
    if problems:
        raise SourceError("\n".join(problems))
    return entries


def render(entries: list[Entry]) -> str:
    lines = [HEADER]
    for code, names, sort, cldr in entries:
        note = ""
        if names != cldr:
            note = "  # CLDR: " + " | ".join(cldr[lang] or "-" for lang in LANGUAGES)
        lines.append(f"  {code}:{note}\n")
        lines.extend(f"    {lang}: {names[lang]}\n" for lang in LANGUAGES)
        if sort:
            lines.append("    sort:\n")
            lines.extend(f"      {lang}: {form}\n" for lang, form in sort.items())
    return "".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="the M49 taxonomy CSV")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    try:
        entries = build(args.source)
    except (OSError, SourceError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    text = render(entries)
    if args.check:
        current = args.output.read_text("utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date: run python tools/build_names.py")
            return 1
        return 0
    args.output.write_text(text, "utf-8")
    print(f"{args.output}: {len(entries)} countries and areas")
    return 0


if __name__ == "__main__":
    sys.exit(main())
