"""The regions' colours stay apart for colour-blind visitors, in both
palettes, as the map actually draws them, and stand out from what they are
drawn on. The measures and why: tests/helpers/map_palette.py (which
tools/palette_search.py searches with, too).
"""

from __future__ import annotations

import itertools

import pytest
import yaml
from helpers.colour_vision import ciede2000, difference, hex_rgb, lab, simulate
from helpers.map_palette import (
    AGAINST_BACKGROUND,
    BACKGROUNDS,
    BETWEEN_REGIONS,
    CHOSEN_APART,
    GROUNDS,
    HUES,
    MAX_CHROMA,
    NON_TEXT_CONTRAST,
    VISIONS,
    chroma_of,
    contrast_ratio,
    faded,
    hue_of,
)
from helpers.map_palette import theme_palette as palette_of
from helpers.visitor import find, open_screen, tap, wait_shown
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter

from kiosk import paths
from kiosk.content.partners import MAP_COLOURS
from kiosk.models.map_hits import inside_point
from kiosk.models.map_regions import largest_shape
from kiosk.views.map_canvas import FADED

THEME = paths.qml("Kiosk", "Theme.qml").read_text("utf-8")  # as installed
PARTNERS = paths.resource("content", "partners.yaml")


def theme_palette(name: str) -> tuple[list[str], dict[str, str]]:
    return palette_of(name, THEME)


def test_ciede2000_matches_sharmas_published_pairs():
    """Sharma, Wu and Dalal (2005), table 1: pairs 1, 2, 7, 17 and 21."""
    for one, two, expected in (
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 3.1571, -77.2803), (50.0, 0.0, -82.7485), 2.8615),
        ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ):
        assert ciede2000(one, two) == pytest.approx(expected, abs=1e-4)


def test_the_simulation_loses_what_each_deficiency_loses():
    red, green, blue, yellow = (hex_rgb(c) for c in ("#D03030", "#3A9A3A", "#3050D0", "#E0D040"))
    assert difference(red, green, "normal") > 40
    for vision in ("protan", "deutan"):  # red and green: nearly one colour
        assert difference(red, green, vision) < difference(red, green, "normal") / 2
    assert difference(red, green, "tritan") > 30
    assert difference(blue, green, "tritan") < difference(blue, green, "normal") / 2
    assert difference(blue, yellow, "protan") > 40


@pytest.mark.parametrize("name", ["standard", "contrast"])
def test_theme_region_colours_stay_apart(name):
    regions, roles = theme_palette(name)
    assert len(regions) == MAP_COLOURS  # `kiosk validate` warns past this many
    worst = min(
        (difference(hex_rgb(a), hex_rgb(b), vision), a, b, vision)
        for a, b in itertools.combinations(regions, 2)
        for vision in VISIONS
    )
    assert worst[0] >= BETWEEN_REGIONS, worst
    for role in BACKGROUNDS:
        for colour, vision in itertools.product(regions, VISIONS):
            apart = difference(hex_rgb(colour), hex_rgb(roles[role]), vision)
            assert apart >= AGAINST_BACKGROUND, (role, colour, vision, apart)


def drawn_region_colours(ui) -> dict[str, str]:
    """Each region's colour as the canvas paints it: its paint() into an
    image, read inside the region's largest piece of land."""
    canvas = find(ui.window, "mapCanvas")
    image = QImage(int(canvas.width()), int(canvas.height()), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    canvas.paint(painter)
    painter.end()
    map_model = ui.model.map
    shapes = map_model.geometry.shapes.countries
    colours = {}
    for region in map_model.regions:
        piece = largest_shape(shapes[c] for c in region.countries if c in shapes)
        point = map_model.to_view(QPointF(*inside_point(piece)))
        x, y = round(point.x()), round(point.y())
        if image.valid(x, y):  # a region the camera has left out of view is not read
            colours[region.id] = image.pixelColor(x, y).name()
    return colours


@pytest.fixture(params=["standard", "contrast"])
def palette_on_map(request, ui, qtbot) -> str:
    """The map shown and drawn, in the palette the test is named for (high
    contrast chosen as a visitor does, with ◐)."""
    name = request.param
    open_screen(ui.model, "map")
    wait_shown(qtbot, ui.window, "mapCanvas")
    qtbot.waitUntil(lambda: ui.model.map.loaded)
    if name == "contrast":
        tap(ui.window, find(ui.window, "contrastButton"), qtbot)
        qtbot.waitUntil(lambda: ui.model.display.property("highContrast"))
    return name


def test_the_map_draws_the_theme_colours_and_they_stay_apart(ui, palette_on_map):
    name = palette_on_map
    drawn = drawn_region_colours(ui)
    regions, _ = theme_palette(name)
    assert len(drawn) == len(ui.model.map.regions)  # the whole world is in view
    assert list(drawn.values()) == [c.lower() for c in regions[: len(drawn)]]
    for a, b in itertools.combinations(drawn.values(), 2):
        for vision in VISIONS:
            assert difference(hex_rgb(a), hex_rgb(b), vision) >= BETWEEN_REGIONS, (a, b, vision)


def test_contrast_ratio_matches_wcag():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("name", ["standard", "contrast"])
def test_region_colours_stand_out_from_what_they_are_drawn_on(name):
    """Each region's fill against the sea (the map), and its legend swatch
    against the panel (surface) and the page: at least 3:1, so that a region
    is seen as a shape, not a faint tint (the old pale green of Western Asia
    was 1.2:1 on white)."""
    regions, roles = theme_palette(name)
    for colour in regions:
        for role in GROUNDS:
            ratio = contrast_ratio(colour, roles[role])
            assert ratio >= NON_TEXT_CONTRAST, (name, colour, role, round(ratio, 2))


def test_the_hue_families_do_not_overlap():
    ranges = sorted(family.hues for family in HUES.values())
    assert all(low < high for low, high in ranges)
    assert all(one[1] < two[0] for one, two in itertools.pairwise(ranges)), ranges


@pytest.mark.parametrize("name", ["standard", "contrast"])
def test_each_region_has_a_hue_family_of_its_own_and_none_is_loud(name):
    """One blue, one green, ...: a visitor names every region's colour
    differently (the old palette had two blues, two purples and three
    reds), each region keeps its family in both palettes, and no colour is
    a saturated primary (the old Northern America was pure #0000FF)."""
    regions, _ = theme_palette(name)
    ids = [r["id"] for r in yaml.safe_load(PARTNERS.read_text("utf-8"))["regions"]]
    for region, colour in zip(ids, regions, strict=False):
        family = HUES[region]
        assert family.holds(colour), (name, region, colour, family, round(hue_of(colour)))
        assert chroma_of(colour) <= MAX_CHROMA, (name, region, colour, round(chroma_of(colour)))
        if name == "standard":
            assert lab(simulate(hex_rgb(colour), "normal"))[0] >= family.darkest, (region, colour)


@pytest.mark.parametrize("name", ["standard", "contrast"])
def test_a_chosen_region_stands_out_from_the_others_faded(name):
    """While a region is chosen the others fade towards the land: the chosen
    one must not look like one of them (a pale chosen rose read as one with
    a dark brick faded; in high contrast a chosen plum was a faded blue)."""
    regions, roles = theme_palette(name)
    for chosen, other in itertools.permutations(regions, 2):
        dimmed = faded(other, roles["mapLand"], FADED)
        for vision in VISIONS:
            apart = difference(hex_rgb(chosen), hex_rgb(dimmed), vision)
            assert apart >= CHOSEN_APART, (name, chosen, other, dimmed, vision, round(apart, 1))


def test_the_map_paints_the_chosen_region_apart_from_the_faded_ones(ui, palette_on_map):
    map_model = ui.model.map
    for region in map_model.regions:
        map_model.selectRegion(region.id)
        drawn = drawn_region_colours(ui)
        chosen = drawn.pop(region.id)
        assert drawn, region.id  # some other region is in view to compare with
        for other, vision in itertools.product(drawn.values(), VISIONS):
            apart = difference(hex_rgb(chosen), hex_rgb(other), vision)
            assert apart >= CHOSEN_APART, (region.id, chosen, other, vision, round(apart, 1))
