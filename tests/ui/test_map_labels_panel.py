"""The map's region labels and region panel as a visitor sees them, at every
size, in every language, with and without large text: labels never depend on
the language, never cover one another, Turkmenistan's mark, the zoom buttons
or the legend; the chosen region is labelled, emphasised; upright, the panel
shows the region's name, the country line and three lines of text; the legend
says there is more with a scroll bar, dimming no key."""

from __future__ import annotations

import itertools

import pytest
from helpers.visitor import find, open_screen, shown, visible_rect, wait_screen, walk
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF

from kiosk.models.map_hits import contains

SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920), "small": (1280, 800)}
# A country in each region: tapped, it names itself and its region.
COUNTRY_OF_EACH_REGION = ("KZ", "DE", "IN", "CN", "SA", "NG", "US", "BR", "AU")


def open_map(ui, qtbot):
    assert open_screen(ui.model, "map")
    wait_screen(qtbot, ui.window, "mapScreen")
    map_model = ui.model.map
    qtbot.waitUntil(lambda: map_model.loaded, timeout=10_000)
    qtbot.waitUntil(lambda: map_model.labels.reserved("europe") is not None, timeout=10_000)
    return map_model


def shown_labels(ui) -> dict[str, QRectF]:
    return {
        item.objectName().removeprefix("mapLabel_"): visible_rect(item)
        for item in walk(ui.window.contentItem())
        if item.objectName().startswith("mapLabel_") and shown(item)
    }


def home_rect(ui) -> QRectF:
    """Turkmenistan's box (with Ashgabat's mark in it), in the scene."""
    map_model = ui.model.map
    box = map_model.geometry.shapes.countries["TM"].box
    viewport = find(ui.window, "mapViewport")
    top_left = map_model.to_view(QPointF(box.left, box.top))
    bottom_right = map_model.to_view(QPointF(box.right, box.bottom))
    return viewport.mapRectToScene(QRectF(top_left, bottom_right))


# Room a label keeps from the map's edges and from the zoom buttons (px).
MARGIN = 8
SAMPLES = 13  # points along a label's centre line looked at


def land_under(ui, region: str, rect: QRectF) -> list[str]:
    """What lies under each point along the label's centre line (scene), as
    drawn: "own" region's land, "foreign" (another region's) or "sea"."""
    map_model = ui.model.map
    viewport = find(ui.window, "mapViewport")
    countries = map_model.geometry.shapes.countries
    region_of = {c: r.id for r in map_model.regions for c in r.countries}
    inset = rect.height() / 2
    left, right, y = rect.left() + inset, rect.right() - inset, rect.center().y()
    found = []
    for i in range(SAMPLES):
        point = viewport.mapFromScene(QPointF(left + (right - left) * i / (SAMPLES - 1), y))
        on_map = map_model.to_map(point.x(), point.y())
        code = next(
            (c for c, s in countries.items() if contains(s, (on_map.x(), on_map.y()))), None
        )
        found.append(
            "sea" if code is None else "own" if region_of.get(code) == region else "foreign"
        )
    return found


def check_labels(ui, where: str) -> dict[str, QRectF]:
    labels = shown_labels(ui)
    viewport = visible_rect(find(ui.window, "mapViewport"))
    room = viewport.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
    buttons = visible_rect(find(ui.window, "zoomButtons"))
    keep_off = {
        "Turkmenistan": home_rect(ui),
        "zoom buttons": buttons.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN),
        "region panel": visible_rect(find(ui.window, "regionPanel")),
    }
    selection = ui.model.map.selection
    for name, rect in labels.items():
        # Whole on the map (a label the map's edge clips is not shown whole).
        drawn = find(ui.window, "mapLabel_" + name)
        assert rect.height() >= drawn.height() - 1 and rect.width() >= drawn.width() - 1, (
            where,
            name,
        )
        # A margin off the map's edges: drawn at whole pixels, a label may
        # stand up to a pixel nearer than the model placed it.
        assert room.adjusted(-1, -1, 1, 1).contains(rect), (where, name, rect, viewport)
        for what, other in keep_off.items():
            assert not rect.intersects(other.adjusted(1, 1, -1, -1)), (where, name, what)
        if drawn.property("callout"):
            check_callout(ui, name, rect, labels)
            continue
        # Over its own region's land, little over a neighbour's; the
        # chosen region's label, wider than its land, has its middle on it.
        # The pill is drawn as wide as its name, inside the box the model
        # judged (at least half its centre line on its own land): a short
        # name's pill by a coast may have less of its land under it and the
        # sea for the rest, which names no one.
        under = land_under(ui, name, rect)
        own, foreign = under.count("own"), under.count("foreign")
        well = own * 4 >= len(under) and foreign * 4 <= len(under)
        middle = name == selection and under[len(under) // 2] == "own"
        assert well or middle, (where, name, " ".join(under))
        for other_name, other in labels.items():
            if other_name != name:
                assert not rect.intersects(other), (where, name, other_name)
    return labels


def check_callout(ui, name: str, rect: QRectF, labels: dict[str, QRectF]) -> None:
    """A label off its region: only Turkmenistan's region's, and its leader
    line runs from a dot on the region's own land to the label's edge,
    crossing no other label."""
    assert name == "central-asia" and not ui.model.map.selection, name
    # Its pill shows the region's colour, as the legend's key does.
    assert shown(find(ui.window, "mapLabelSwatch_" + name)), name
    dot = visible_rect(find(ui.window, "mapLeaderDot_" + name))
    leader = find(ui.window, "mapLeader_" + name)
    assert shown(leader) and leader.width() >= 20, name  # a line that can be seen
    assert land_under(ui, name, QRectF(dot.center(), dot.center()))[0] == "own", name
    # Where the line meets the label: on its edge, the nearest point to the dot.
    x = min(max(dot.center().x(), rect.left()), rect.right())
    y = min(max(dot.center().y(), rect.top()), rect.bottom())
    for i in range(21):
        point = dot.center() + (QPointF(x, y) - dot.center()) * (i / 20)
        for other_name, other in labels.items():
            assert other_name == name or not other.contains(point), (name, other_name)


@pytest.mark.parametrize("large", [False, True], ids=["text", "large-text"])
@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_which_labels_show_never_depends_on_the_language(make_ui, qtbot, size, large):
    ui = make_ui(lang="en", size=size)
    ui.model.display.setLargeText(large)
    map_model = open_map(ui, qtbot)
    seen: dict[tuple[float, float], dict[str, set[str]]] = {}
    reserved = {}
    for lang in ("en", "ru", "tk"):
        ui.model.setLanguage(lang)
        qtbot.wait(50)
        # Compared at one map size: the key figures under the map wrap
        # differently by language, and can change the map's height.
        by_size = seen.setdefault(map_model.camera.viewport, {})
        by_size[lang] = set(check_labels(ui, f"{size} {lang}"))
        # Turkmenistan's own region is named at the world's zoom, whatever
        # the size (a callout where its name does not fit on its land).
        assert "central-asia" in by_size[lang], (size, lang)
        reserved[lang] = {r.id: map_model.labels.reserved(r.id) for r in map_model.regions}
    assert reserved["en"] == reserved["ru"] == reserved["tk"]
    # The map's size is the same in every language (the figures under it
    # keep the same room): the labels are compared on one map.
    assert len(seen) == 1, list(seen)
    for by_lang in seen.values():
        assert len({frozenset(labels) for labels in by_lang.values()}) == 1, seen
        assert all(len(labels) >= 3 for labels in by_lang.values()), seen
    # The box each label reserves holds its name in every language, on one
    # line or on the two it shows on.
    for item in walk(ui.window.contentItem()):
        if item.objectName().startswith("mapLabel_"):
            region = item.objectName().removeprefix("mapLabel_")
            reserved = map_model.labels.reserved(region, item.property("lines"))
            assert reserved is not None, region
            assert item.width() <= reserved[0] + 0.5, region
            assert item.height() <= reserved[1] + 0.5, region


def test_a_long_name_goes_onto_two_lines_where_one_does_not_fit(make_ui, qtbot):
    """Upright with large text, "North America" on one line is wider
    than its region's land at the world's zoom; on two it stands there."""
    ui = make_ui(lang="en", size=SIZES["portrait"])
    ui.model.display.setLargeText(True)
    map_model = open_map(ui, qtbot)
    one, two = (map_model.labels.reserved("northern-america", n) for n in (1, 2))
    assert two[0] < one[0] and two[1] > one[1]
    for lang, lines in (("en", ["North", "America"]), ("ru", ["Северная", "Америка"])):
        ui.model.setLanguage(lang)
        qtbot.waitUntil(lambda: "northern-america" in shown_labels(ui))
        label = find(ui.window, "mapLabel_northern-america")
        assert label.property("lines") == 2
        text = next(i for i in walk(label) if i.inherits("QQuickText"))
        assert text.property("text").split("\n") == lines and text.property("lineCount") == 2
        # One name: its lines at the font's own spacing (the reading text's
        # 1.15 set its two words apart like two labels), and the pill no
        # taller than the model reserved for it.
        metrics = QFontMetricsF(text.property("font"))
        assert text.property("contentHeight") <= 2 * metrics.lineSpacing() * 1.05
        assert label.height() <= two[1] + 0.5
        # With as much room round its lines as a one-line pill has round its
        # line: the tails of the second line clear the edge.
        europe = find(ui.window, "mapLabel_europe")
        assert label.height() - 2 * metrics.height() >= europe.height() - metrics.height() - 1
        check_labels(ui, lang)
    # Europe's one-word name stays on one line.
    assert find(ui.window, "mapLabel_europe").property("lines") == 1


@pytest.mark.parametrize("large", [False, True], ids=["text", "large-text"])
@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_the_chosen_region_is_labelled_and_emphasised(make_ui, qtbot, size, large):
    ui = make_ui(lang="ru", size=size)
    ui.model.display.setLargeText(large)
    map_model = open_map(ui, qtbot)
    for region in [r.id for r in map_model.regions]:
        map_model.selectRegion(region)
        qtbot.waitUntil(lambda: not map_model.moving, timeout=10_000)
        qtbot.waitUntil(lambda r=region: r in shown_labels(ui), timeout=5_000)
        labels = check_labels(ui, f"{size} {region}")
        chosen = find(ui.window, "mapLabel_" + region)
        others = [find(ui.window, "mapLabel_" + r) for r in labels if r != region]
        colour = chosen.property("color")
        assert all(o.property("color") != colour for o in others), region


@pytest.mark.parametrize("large", [False, True], ids=["text", "large-text"])
@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_the_region_panel_shows_the_name_the_country_and_three_lines(make_ui, qtbot, size, large):
    ui = make_ui(lang="en", size=size)
    ui.model.display.setLargeText(large)
    map_model = open_map(ui, qtbot)
    for lang, code in itertools.product(("tk", "ru", "en"), COUNTRY_OF_EACH_REGION):
        ui.model.setLanguage(lang)
        region = map_model.region_of(code)
        map_model.tapAt(*_view_point(map_model, code))
        qtbot.waitUntil(lambda r=region: map_model.selection == r, timeout=5_000)
        details = find(ui.window, "regionDetails")
        qtbot.waitUntil(lambda d=details: shown(d), timeout=5_000)
        room = visible_rect(details)
        for name in ("regionName", "regionCountry"):
            item = find(ui.window, name)
            rect = visible_rect(item)
            assert rect.height() >= item.height() - 1, (size, lang, code, name)
            assert room.contains(rect), (size, lang, code, name)
        # Below the country line, room for three lines of body text (the
        # region's text, or its formats and countries when it has none).
        country = find(ui.window, "regionCountry")
        line = country.property("contentHeight") / max(1, country.property("lineCount"))
        below = room.bottom() - visible_rect(country).bottom()
        assert below >= 3 * line + 10, (size, lang, code, below, line)
        text = next(i for i in walk(details) if i.objectName() == "regionText")
        if text.property("text"):
            lines = text.property("lineCount")
            seen = visible_rect(text).height()
            assert seen >= min(3, lines) * line - 2, (size, lang, code, seen, line)
        map_model.clearSelection()


def _view_point(map_model, code: str) -> tuple[float, float]:
    point = map_model.viewPointOf(code)
    return point.x(), point.y()


def test_the_legend_says_there_is_more_with_a_scroll_bar_not_a_fade(make_ui, qtbot):
    ui = make_ui(lang="ru", size=(1080, 1920))
    open_map(ui, qtbot)
    legend = find(ui.window, "legend")
    qtbot.waitUntil(lambda: legend.property("contentHeight") > legend.height() + 1)
    bar = find(ui.window, "legendScrollBar")
    assert shown(bar)
    panel = find(ui.window, "regionPanel")
    # Nothing drawn over the keys: no fade, no gradient in the panel.
    for item in walk(panel):
        if item.inherits("QQuickRectangle") and shown(item):
            gradient = item.property("gradient")
            assert gradient is None or gradient.isNull() or gradient.isUndefined(), item
            assert item.property("color").alpha() in (0, 255), item  # no veil over the keys
    # Every key shown is drawn at full strength.
    for item in walk(legend):
        if item.objectName().startswith("legend_") and shown(item):
            node = item
            while node is not None:
                assert node.opacity() == 1, item.objectName()
                node = node.parentItem()


def test_labels_are_placed_only_while_the_map_shows(make_ui, qtbot):
    """The map page lives on, hidden, while a visitor reads elsewhere: a
    change of text size or language there places no label for nobody (it
    cost tens of ms a tap); the map places them again when it shows."""
    ui = make_ui(lang="en", size=(1920, 1080))
    assert open_screen(ui.model, "map")
    wait_screen(qtbot, ui.window, "mapScreen")
    labels = ui.model.map.labels
    before = dict(labels.property("spots"))
    assert before
    ui.model.goHome()
    wait_screen(qtbot, ui.window, "homeScreen")
    placed: list[int] = []
    labels.spotsChanged.connect(lambda: placed.append(1))
    ui.model.display.setLargeText(True)
    ui.model.setLanguage("ru")
    qtbot.wait(200)
    assert not placed
    assert open_screen(ui.model, "map")
    wait_screen(qtbot, ui.window, "mapScreen")
    qtbot.waitUntil(lambda: bool(placed), timeout=10_000)  # placed anew for the larger labels
    assert labels.property("spots") != before
