"""What the attract screen draws and counts, without Qt's views: the arcs
from Ashgabat, the whole map fitted to a picture, the figures' counts and
the three ways in."""

from __future__ import annotations

import math

import pytest

from kiosk import paths
from kiosk.content import load_content
from kiosk.i18n import format_date
from kiosk.models.attract_arcs import (
    LIFT,
    MIN_LENGTH,
    Arc,
    Fit,
    arc_in_view,
    arcs_from,
    region_anchors,
)
from kiosk.models.attract_texts import (
    AS_OF,
    COUNT_STEPS,
    START_LABELS,
    START_NAMES,
    attract_texts,
    count_steps,
)
from kiosk.models.map_shapes import read_world, world_file

HOME = (1300.0, 300.0)


def test_each_arc_bows_north_by_a_share_of_its_length():
    anchors = {"east": (1700.0, 300.0), "west": (300.0, 500.0), "south": (1300.0, 800.0)}
    arcs = arcs_from(HOME, anchors, {"east": 2, "west": 0, "south": 1})
    assert [a.region for a in arcs] == ["west", "south", "east"]  # the legend's order
    for arc in arcs:
        mid = ((arc.start[0] + arc.end[0]) / 2, (arc.start[1] + arc.end[1]) / 2)
        lift = math.dist(mid, arc.control)
        assert lift == pytest.approx(LIFT * arc.length)
        # North is up: the bend lies above the chord (or level with it for a
        # chord that runs due north or south, which bows sideways).
        assert arc.control[1] <= mid[1] + 1e-9


def test_a_region_next_to_home_gets_no_arc():
    near = (HOME[0] + MIN_LENGTH / 2, HOME[1])
    far = (HOME[0] + 3 * MIN_LENGTH, HOME[1])
    arcs = arcs_from(HOME, {"near": near, "far": far}, {"near": 0, "far": 1})
    assert [a.region for a in arcs] == ["far"]


def test_the_whole_map_fits_the_picture_keeping_its_shape():
    fit = Fit.of((2000.0, 1000.0), (1000.0, 800.0))
    assert fit.scale == 0.5 and fit.dx == 0 and fit.dy == 150
    assert fit.point((2000.0, 1000.0)) == (1000.0, 650.0)
    assert Fit.of((2000.0, 1000.0), (0.0, 0.0)).scale == 0  # not laid out yet


def test_an_arc_in_the_picture_lies_inside_its_own_box():
    arc = Arc("r", 0, (100.0, 100.0), (150.0, 20.0), (300.0, 120.0))
    placed = arc_in_view(arc, Fit(1.0, 10.0, 5.0), pad=8.0)
    assert (placed["x"], placed["y"]) == (110.0 - 8, 25.0 - 8)
    start = (placed["startX"], placed["startY"])
    control = (placed["controlX"], placed["controlY"])
    end = (placed["endX"], placed["endY"])
    for t in (0, 0.25, 0.5, 0.75, 1):  # points of the quadratic curve
        x, y = (
            (1 - t) ** 2 * s + 2 * (1 - t) * t * c + t * t * e
            for s, c, e in zip(start, control, end, strict=True)
        )
        assert 8 <= x <= placed["width"] - 8 and 8 <= y <= placed["height"] - 8


def test_every_packaged_region_has_an_anchor_on_land():
    content = load_content(paths.default_content_dir()).content
    world = read_world(world_file())
    anchors = region_anchors(content.regions, world.countries)
    assert set(anchors) == {r.id for r in content.regions}


@pytest.mark.parametrize("value", [0, 1, 7, 54, 155, 1_234_567])
def test_a_count_rises_from_nought_to_the_figure_in_few_steps(value: int):
    steps = count_steps(value)
    assert steps[0] == 0 and steps[-1] == value
    assert steps == sorted(set(steps))
    assert len(steps) <= COUNT_STEPS + 1


def test_the_attract_texts_give_three_ways_in_and_the_figures_per_language():
    content = load_content(paths.default_content_dir()).content
    texts = attract_texts(content, ("tk", "ru", "en"), motto_shown=False, notices=())
    assert [s["lang"] for s in texts["starts"]] == ["tk", "ru", "en"]
    assert [s["label"] for s in texts["starts"]] == ["Başla", "Начать", "Start"]
    assert [s["language"] for s in texts["starts"]] == ["Türkmençe", "Русский", "English"]
    assert [s["name"] for s in texts["starts"]] == [START_NAMES[c] for c in ("tk", "ru", "en")]
    assert START_LABELS == {"tk": "Başla", "ru": "Начать", "en": "Start"}
    first = texts["figures"][0]
    assert first["steps"]["en"][-1] == "155" and first["steps"]["ru"][0] == "0"
    assert len(first["labels"]) == 3


def test_each_figure_is_dated_in_every_language_in_the_wording_given():
    content = load_content(paths.default_content_dir()).content
    wording = {"tk": "%1 ýagdaýyna görä", "ru": "по состоянию на %1"}
    texts = attract_texts(content, ("tk", "ru", "en"), False, (), as_of=wording)
    for figure, source in zip(texts["figures"], content.site.figures, strict=True):
        day = {lang: format_date(lang, source.as_of) for lang in ("tk", "ru", "en")}
        assert figure["asOf"] == [
            f"{day['tk']} ýagdaýyna görä",
            f"по состоянию на {day['ru']}",
            f"as of {day['en']}",  # no wording given: the source's
        ]
    assert AS_OF == ("HeroBand", "as of %1")  # home's own message


def test_numbers_are_written_as_each_language_writes_them():
    content = load_content(paths.default_content_dir()).content
    from dataclasses import replace

    big = replace(content.site.figures[0], value=12_345)
    site = replace(content.site, figures=(big,))
    texts = attract_texts(replace(content, site=site), ("tk", "ru", "en"), False, ())
    last = {lang: steps[-1] for lang, steps in texts["figures"][0]["steps"].items()}
    assert last["en"] == "12,345"
    assert last["ru"].replace("\u00a0", " ") == "12 345"


def test_no_content_no_ways_in():
    texts = attract_texts(None, ("tk", "ru", "en"), False, ())
    assert texts["starts"] == [] and texts["figures"] == []
