"""Partner regions: the packaged ones, and what `kiosk validate` says of bad ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.content import load_content
from kiosk.content.partners import map_countries
from kiosk.i18n import country_name

CORPUS = Path(__file__).parent / "corpus" / "partners"
REGIONS = load_content(paths.default_content_dir()).content.regions


def test_the_seeds_regions_with_their_dialogue_formats():
    assert [r.id for r in REGIONS] == [
        "central-asia",
        "europe",
        "russia",
        "china",
        "asia-pacific",
        "middle-east",
        "africa",
        "north-america",
        "latin-america",
    ]
    formats = {r.id: [f.get("en") for f in r.formats] for r in REGIONS}
    assert formats["europe"] == ["Central Asia – European Union"]
    assert formats["russia"] == ["Central Asia – Russia"]
    assert formats["north-america"] == ["Central Asia – United States"]
    assert formats["china"] == ["Central Asia – China"]
    assert formats["asia-pacific"] == [
        "Central Asia – India",
        "Central Asia – Japan",
        "Central Asia – Republic of Korea",
    ]
    owner = {code: r.id for r in REGIONS for code in r.countries}
    assert owner["KZ"] == "central-asia" and owner["FR"] == "europe" and owner["NO"] == "europe"
    assert "TM" not in owner  # home is drawn on its own, always marked


def test_every_country_is_on_the_map_and_named_in_every_language():
    known = map_countries()
    for region in REGIONS:
        for code in region.countries:
            assert code in known
            for lang in ("tk", "ru", "en"):
                assert country_name(lang, code) != code


CASES = {
    "unknown_code.yaml": [
        (6, "regions[0].countries[2]: the map has no country 'XX'"),
        (6, "regions[0].countries[3]: the map has no country 'QQ'"),
    ],
    "two_regions.yaml": [
        (13, "regions[1].countries[1]: 'FR' is already in region 'europe' (line 6)")
    ],
    "missing_language.yaml": [(6, "regions[0].text: no 'ru' text; English is shown instead")],
    "bad_colour.yaml": [(3, "regions[0].colour: 'blue' is not a colour like \"#7FA6D6\"")],
    "norway.yaml": [],
}


def test_every_partners_corpus_file_has_a_case():
    assert {p.name for p in CORPUS.iterdir()} == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_partners(name: str, content_copy: Path):
    target = content_copy / "partners.yaml"
    shutil.copy(CORPUS / name, target)
    result = load_content(content_copy)
    got = [(p.file, p.line, p.message) for p in result.problems]
    assert [(line, message) for _, line, message in got] == CASES[name]
    assert all(file == str(target) for file, _, _ in got)
    assert result.content is not None  # the rest of the kiosk runs on
    if name == "norway.yaml":
        assert result.content.regions[0].countries == ("NO", "SE", "FI")
