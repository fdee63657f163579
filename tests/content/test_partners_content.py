"""The map's regions: the packaged ones (UN M49 groupings, every country in
one), and what `kiosk validate` says of bad ones."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.content import load_content
from kiosk.content.partners import m49_table, map_countries

CORPUS = Path(__file__).parent / "corpus" / "partners"
CONTENT = load_content(paths.default_content_dir()).content
REGIONS = CONTENT.regions
OWNER = {code: r.id for r in REGIONS for code in r.countries}


def test_a_region_keeps_its_states_apart_from_its_territories():
    """States are the UN's (members, the two observer states, the Cook
    Islands and Niue: 197); every other M49 area is a territory, listed apart."""
    states = {c for r in REGIONS for c in r.states}
    territories = {c for r in REGIONS for c in r.territories}
    assert len(states) == 197 and "TM" in states
    assert {"PS", "VA", "CK", "NU", "RU", "GB", "KP", "SS"} <= states
    assert {"AX", "BM", "BV", "HK", "MO", "TW", "EH", "GF", "GL", "PR", "SJ"} <= territories
    for region in REGIONS:
        assert set(region.states) | region.territories == set(region.countries), region.id
        assert not set(region.states) & region.territories, region.id


def test_the_regions_are_m49_groupings():
    assert {r.id: r.areas for r in REGIONS} == {
        "central-asia": ("143",),
        "europe": ("150",),
        "southern-asia": ("034",),
        "eastern-asia": ("030", "035"),
        "western-asia": ("145",),
        "africa": ("002",),
        "northern-america": ("021",),
        "latin-america": ("419",),
        "oceania": ("009",),
    }
    table = m49_table()
    for region in REGIONS:
        assert set(region.countries) == set().union(
            *(table.areas[a].countries for a in region.areas)
        )


@pytest.mark.parametrize(
    ("code", "region"),
    [
        ("KZ", "central-asia"),
        ("TM", "central-asia"),
        ("AZ", "western-asia"),  # M49 puts the South Caucasus in Western Asia
        ("GE", "western-asia"),
        ("AM", "western-asia"),
        ("TR", "western-asia"),
        ("CY", "western-asia"),
        ("PS", "western-asia"),
        ("RU", "europe"),
        ("FR", "europe"),
        ("NO", "europe"),
        ("SJ", "europe"),
        ("KP", "eastern-asia"),  # North Korea is on the map like every country
        ("KR", "eastern-asia"),
        ("AF", "southern-asia"),
        ("IR", "southern-asia"),
        ("GF", "latin-america"),  # French Guiana by its own region, not France's
        ("GP", "latin-america"),
        ("RE", "africa"),
        ("YT", "africa"),
        ("GL", "northern-america"),
        ("TK", "oceania"),
        ("TV", "oceania"),  # too small for the map, still a country of its region
    ],
)
def test_each_country_is_in_its_own_m49_region(code: str, region: str):
    assert OWNER[code] == region


def test_every_country_on_the_map_has_a_region():
    assert map_countries() - set(OWNER) == set()
    assert set(OWNER) == m49_table().countries - {"AQ"}  # Antarctica: in no M49 region


def test_partnership_is_claimed_only_where_the_source_claims_it():
    """The "+1" dialogues are the seven the source names; no region text ties an
    organisation the source does not tie to it (CIS to Russia, OSCE to
    Europe), and no text calls the countries partners."""
    # As written: the claims are the words (the screen sets them for lines).
    formats = {f.values["en"] for r in REGIONS for f in r.formats}
    assert formats == {
        "Central Asia – European Union",
        "Central Asia – Russia",
        "Central Asia – United States",
        "Central Asia – China",
        "Central Asia – India",
        "Central Asia – Japan",
        "Central Asia – Republic of Korea",
    }
    for region in REGIONS:
        for lang in ("tk", "ru", "en"):
            words = " ".join(
                [region.name.values[lang], region.text.values[lang] if region.text else ""]
            ).casefold()
            for term in ("partner", "партнёр", "партнер", "hyzmatdaş ýurt"):
                assert f"{term} countr" not in words and term not in region.name.values[lang]
            for organisation in ("osce", "cis", "обсе", "снг", "ýhhg", "gda"):
                assert not re.search(rf"\b{organisation}\b", words), (region.id, organisation)
            for organisation in (
                "commonwealth of independent", "содружеств", "arkalaşyg",
                "security and cooperation", "безопасности и сотрудничеству", "howpsuzlyk",
            ):  # fmt: skip
                assert organisation not in words, (region.id, organisation)


GREY = "regions: {} countries on the map are in no region and stay grey: "
CASES = {
    "unknown_code.yaml": [
        (5, "error", "regions[0].m49[1]: 999 is no UN M49 region or sub-region (known: 002, "),
        (5, "error", "regions[0].m49[2]: 'Asia' is not a UN M49 area code like \"143\""),
        (5, "error", "regions[0].m49[3]: '1430' is not a UN M49 area code like \"143\""),
        (2, "warning", GREY.format(239) + "AD, AE, AF, AG, AI, AL, AM, AO, AR, AS and 229 more"),
    ],
    "two_regions.yaml": [
        (
            9,
            "error",
            "regions[1].m49[0]: Asia (142) overlaps region 'central-asia' (line 4): "
            "KG, KZ, TJ, TM, UZ stay there",
        ),
        (
            9,
            "error",
            "regions[1].m49[1]: Eastern Asia (030) overlaps an earlier area of this region "
            "(line 9): CN, HK, JP, KP, KR, MN, MO, TW stay there",
        ),
        (2, "warning", GREY.format(193)),
    ],
    "missing_language.yaml": [
        (5, "warning", "regions[0].text: no 'ru' text; English is shown instead"),
        (2, "warning", GREY.format(239)),
    ],
    "old_colour.yaml": [
        (4, "warning", "regions[0].colour: no longer read: the map colours its regions from"),
        (8, "warning", "regions[1].colour: no longer read: the map colours its regions from"),
        (3, "warning", GREY.format(189)),
    ],
    "unpadded_codes.yaml": [(4, "warning", GREY.format(202))],
    "typed_countries.yaml": [
        (5, "error", "regions[0].countries: unknown key (allowed: id, name, m49, text, "),
        (3, "error", "regions[0].m49: missing required field"),
        (3, "warning", GREY.format(239)),
    ],
    "repeated_area.yaml": [
        (
            4,
            "error",
            "regions[0].m49[1]: Asia (142) overlaps an earlier area of this region (line 4): "
            "KG, KZ, TJ, TM, UZ stay there",
        ),
        (2, "warning", GREY.format(193)),
    ],
}


def test_every_partners_corpus_file_has_a_case():
    assert {p.name for p in CORPUS.iterdir()} == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_partners(name: str, content_copy: Path):
    target = content_copy / "partners.yaml"
    shutil.copy(CORPUS / name, target)
    result = load_content(content_copy)
    # The packaged topics' links to regions this file lacks are warnings on
    # the topics (tests/content/test_section_links.py); nothing else is.
    others = [p for p in result.problems if p.file != str(target)]
    assert all(p.severity.value == "warning" and "so no link" in p.message for p in others)
    got = [(p.line, p.severity.value, p.message) for p in result.problems if p not in others]
    assert len(got) == len(CASES[name]), got
    for (line, severity, message), expected in zip(got, CASES[name], strict=True):
        assert (line, severity) == expected[:2], message
        assert message.startswith(expected[2]), message
    assert result.content is not None  # the rest of the kiosk runs on
    if name == "unpadded_codes.yaml":
        assert result.content.regions[0].areas == ("034", "021", "009")
