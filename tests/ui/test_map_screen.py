"""The world map as a visitor uses it: taps, drags and pinches with touch."""

from __future__ import annotations

import pytest
from helpers.visitor import drag, find, pinch, tap, tap_at, visible_texts, wait_screen, walk
from PySide6.QtCore import QPoint, QPointF

from kiosk.models.map_anchors import project
from kiosk.models.map_model import MAX_ZOOM, MIN_ZOOM


def open_map(ui, qtbot):
    wait_screen(qtbot, ui.window, "homeScreen")
    tap(ui.window, find(ui.window, "mapButton"), qtbot)
    wait_screen(qtbot, ui.window, "mapScreen")
    qtbot.wait(150)  # the canvas has drawn once
    return ui.model.map


def screen_point(ui, map_point: QPointF) -> QPoint:
    viewport = find(ui.window, "mapViewport")
    return viewport.mapToScene(map_point).toPoint()


def panel_text(ui, name: str) -> str:
    """A text of the region panel, scrolled into view or not (the panel flicks)."""
    items = [i for i in walk(ui.window.contentItem()) if i.objectName() == name]
    assert len(items) == 1
    if items[0].inherits("QQuickText"):
        return items[0].property("text")
    # A list of chips (the countries): their texts, in order.
    chips = [i for i in walk(items[0]) if i.inherits("QQuickText") and i.isVisible()]
    return ", ".join(chip.property("text") for chip in chips)


def country_point(ui, code: str) -> QPoint:
    return screen_point(ui, ui.model.map.viewPointOf(code))


@pytest.mark.parametrize(
    ("code", "region", "name"),
    [
        ("KZ", "central-asia", "Kazakhstan"),
        ("FR", "europe", "France"),
        ("US", "northern-america", "United States of America"),
        ("BR", "latin-america", "Brazil"),
        ("ZA", "africa", "South Africa"),
        ("JP", "eastern-asia", "Japan"),
        # Each country in its own M49 region: North Korea is on the map,
        # French Guiana is South America's (not France's), Türkiye and the
        # South Caucasus are Western Asia's.
        ("KP", "eastern-asia", "Democratic People’s Republic of Korea"),
        ("GF", "latin-america", "French Guiana"),
        ("TR", "western-asia", "Türkiye"),
        ("AZ", "western-asia", "Azerbaijan"),
        ("TM", "central-asia", "Turkmenistan"),
    ],
)
def test_tapping_a_country_selects_its_region(ui, qtbot, code, region, name):
    map_model = open_map(ui, qtbot)
    tap_at(ui.window, country_point(ui, code), qtbot)
    qtbot.waitUntil(lambda: map_model.selection == region)
    listed = panel_text(ui, "regionCountries") + ", " + panel_text(ui, "regionTerritories")
    assert name in listed
    assert find(ui.window, "regionName").property("text") == map_model.selectionInfo["name"]


def test_the_sea_clears_the_selection(ui, qtbot):
    map_model = open_map(ui, qtbot)
    tap(ui.window, find(ui.window, "legend_africa"), qtbot)
    assert map_model.selection == "africa"
    qtbot.waitUntil(lambda: not map_model.moving)  # the camera frames Africa
    sea = map_model.to_view(QPointF(*project(-15.0, -25.0)))  # the South Atlantic
    viewport = find(ui.window, "mapViewport")
    assert 0 < sea.x() < viewport.width() and 0 < sea.y() < viewport.height()
    assert map_model.country_at(sea.x(), sea.y()) == ""
    tap_at(ui.window, screen_point(ui, sea), qtbot)
    qtbot.waitUntil(lambda: map_model.selection == "")
    tap(ui.window, find(ui.window, "legend_eastern-asia"), qtbot)
    tap(ui.window, find(ui.window, "regionClose"), qtbot)
    assert map_model.selection == ""


def test_small_countries_stay_tappable(ui, qtbot):
    map_model = open_map(ui, qtbot)
    for code, region in (
        ("SG", "eastern-asia"),
        ("BH", "western-asia"),
        ("MT", "europe"),
        ("MQ", "latin-america"),  # Martinique, drawn in France's shape until M49
    ):
        map_model.clearSelection()
        qtbot.waitUntil(lambda: not map_model.moving)  # the last choice's move is over
        tap(ui.window, find(ui.window, "zoomReset"), qtbot)  # the whole world again
        near = country_point(ui, code) + QPoint(6, -5)  # a fingertip is not a pin
        tap_at(ui.window, near, qtbot)
        qtbot.waitUntil(lambda region=region: map_model.selection == region)


def test_drag_pans_within_bounds(ui, qtbot):
    map_model = open_map(ui, qtbot)
    centre = screen_point(ui, QPointF(600, 300))
    # The first view frames the land; zoomed out all the way, the whole world.
    tap(ui.window, find(ui.window, "zoomOut"), qtbot)
    assert map_model.zoom == pytest.approx(MIN_ZOOM)
    drag(ui.window, centre, QPoint(300, 0), qtbot)
    assert map_model.centreX == pytest.approx(1000)  # at zoom 1 the whole world shows
    tap(ui.window, find(ui.window, "zoomIn"), qtbot)
    tap(ui.window, find(ui.window, "zoomIn"), qtbot)
    assert map_model.zoom == pytest.approx(1.6 * 1.6)
    x0 = map_model.centreX
    drag(ui.window, centre, QPoint(300, 0), qtbot)
    assert map_model.centreX < x0  # dragging right shows what lies west
    # A huge drag stops at the edge: the world still covers the view.
    drag(ui.window, centre, QPoint(5000, 3000), qtbot, steps=20)
    viewport = find(ui.window, "mapViewport")
    scale = map_model.scale_for(map_model.zoom)
    assert map_model.centreX == pytest.approx(viewport.width() / 2 / scale, abs=0.5)
    assert map_model.centreY == pytest.approx(viewport.height() / 2 / scale, abs=0.5)


def test_pinch_zooms_within_bounds(ui, qtbot):
    map_model = open_map(ui, qtbot)
    centre = country_point(ui, "KZ")
    pinch(ui.window, centre, 100, 300, qtbot)
    qtbot.waitUntil(lambda: map_model.zoom > 2)
    before = map_model.zoom
    pinch(ui.window, screen_point(ui, QPointF(600, 300)), 60, 1500, qtbot)
    assert before < map_model.zoom <= MAX_ZOOM
    pinch(ui.window, screen_point(ui, QPointF(600, 300)), 1200, 40, qtbot)
    pinch(ui.window, screen_point(ui, QPointF(600, 300)), 1200, 40, qtbot)
    assert map_model.zoom == pytest.approx(MIN_ZOOM)
    tap(ui.window, find(ui.window, "zoomIn"), qtbot)
    tap(ui.window, find(ui.window, "zoomReset"), qtbot)
    assert map_model.camera.view == map_model.camera.home()  # the land framed


def test_language_switch_keeps_selection_and_view(ui, qtbot):
    map_model = open_map(ui, qtbot)
    tap(ui.window, find(ui.window, "legend_europe"), qtbot)
    tap(ui.window, find(ui.window, "zoomIn"), qtbot)
    drag(ui.window, screen_point(ui, QPointF(900, 300)), QPoint(-120, 40), qtbot)
    view = (map_model.zoom, map_model.centreX, map_model.centreY)
    tap(ui.window, find(ui.window, "lang_tk"), qtbot)
    qtbot.waitUntil(lambda: ui.model.language == "tk")
    assert map_model.selection == "europe"
    assert (map_model.zoom, map_model.centreX, map_model.centreY) == view
    assert find(ui.window, "regionName").property("text") == "Ýewropa"
    assert "Fransiýa" in panel_text(ui, "regionCountries")
    tap(ui.window, find(ui.window, "lang_ru"), qtbot)
    qtbot.waitUntil(lambda: "Франция" in panel_text(ui, "regionCountries"))
    assert "Европа" in visible_texts(ui.window)


def test_countries_are_listed_in_the_alphabet_on_screen(ui, qtbot):
    """Turkmen: Özbegistan before Täjigistan (Ö comes right after O, not
    after Z as in code points), Ýemen after Yrak; then Russian."""
    map_model = open_map(ui, qtbot)
    tap(ui.window, find(ui.window, "lang_tk"), qtbot)
    qtbot.waitUntil(lambda: ui.model.language == "tk")
    tap(ui.window, find(ui.window, "legend_central-asia"), qtbot)
    assert panel_text(ui, "regionCountries") == (
        "Gazagystan, Gyrgyzystan, Özbegistan, Täjigistan, Türkmenistan"
    )
    tap(ui.window, find(ui.window, "regionClose"), qtbot)
    tap(ui.window, find(ui.window, "legend_western-asia"), qtbot)
    names = panel_text(ui, "regionCountries").split(", ")
    assert names.index("Ermenistan") < names.index("Gruziýa")
    assert names.index("Yrak") < names.index("Ysraýyl") < names.index("Ýemen")
    tap(ui.window, find(ui.window, "lang_ru"), qtbot)
    qtbot.waitUntil(lambda: ui.model.language == "ru")
    assert panel_text(ui, "regionCountries").startswith("Азербайджан, Армения, Бахрейн")
    assert map_model.selection == "western-asia"


def test_a_region_lists_its_states_then_its_territories_apart(ui, qtbot):
    """Territories are not states: Oceania's American Samoa and Guam stand
    under their own heading, after the states (Niue and the Cook Islands
    among these, as the UN counts them), in every language; a region with
    no territory shows no such heading."""
    map_model = open_map(ui, qtbot)
    tap_at(ui.window, country_point(ui, "AU"), qtbot)
    qtbot.waitUntil(lambda: map_model.selection == "oceania")
    states = panel_text(ui, "regionCountries").split(", ")
    territories = panel_text(ui, "regionTerritories").split(", ")
    assert {"Australia", "Cook Islands", "Niue", "Fiji"} <= set(states)
    assert {"American Samoa", "Guam", "New Caledonia", "Norfolk Island"} <= set(territories)
    assert not set(states) & set(territories)
    heading = find(ui.window, "regionTerritoriesHeading")
    assert heading.isVisible() and heading.property("text") == "Territories of the region"
    above = find(ui.window, "regionCountriesHeading").mapToScene(QPointF(0, 0)).y()
    assert heading.mapToScene(QPointF(0, 0)).y() > above  # states first
    tap(ui.window, find(ui.window, "lang_ru"), qtbot)
    qtbot.waitUntil(lambda: heading.property("text") == "Территории региона")
    assert "Американское Самоа" in panel_text(ui, "regionTerritories")
    assert "Американское Самоа" not in panel_text(ui, "regionCountries")
    tap(ui.window, find(ui.window, "regionClose"), qtbot)
    tap(ui.window, find(ui.window, "legend_southern-asia"), qtbot)
    qtbot.waitUntil(lambda: map_model.selection == "southern-asia")
    hidden = [i for i in walk(ui.window.contentItem()) if i.objectName() == heading.objectName()]
    assert len(hidden) == 1 and not hidden[0].isVisible()
    assert find(ui.window, "regionCountriesHeading").isVisible()


def test_a_name_the_un_turns_round_is_listed_where_the_un_lists_it(ui, qtbot):
    """The Plurinational State of Bolivia stands under B and the Bolivarian
    Republic of Venezuela under V (the UN's sort forms, names.yaml's sort:),
    in English and in Russian."""
    map_model = open_map(ui, qtbot)
    tap_at(ui.window, country_point(ui, "BR"), qtbot)
    qtbot.waitUntil(lambda: map_model.selection == "latin-america")
    names = panel_text(ui, "regionCountries").split(", ")
    assert names.index("Belize") < names.index("Plurinational State of Bolivia")
    assert names.index("Plurinational State of Bolivia") < names.index("Brazil")
    assert names.index("Uruguay") < names.index("Bolivarian Republic of Venezuela")
    tap(ui.window, find(ui.window, "lang_ru"), qtbot)
    qtbot.waitUntil(lambda: ui.model.language == "ru")
    names = panel_text(ui, "regionCountries").split(", ")
    assert names.index("Бразилия") < names.index("Боливарианская Республика Венесуэла")
    assert names.index("Боливарианская Республика Венесуэла") < names.index("Гаити")
    assert names.index("Многонациональное Государство Боливия") < names.index("Бразилия")


def test_reset_clears_selection_and_view(ui, qtbot):
    map_model = open_map(ui, qtbot)
    tap(ui.window, find(ui.window, "legend_africa"), qtbot)
    tap(ui.window, find(ui.window, "zoomIn"), qtbot)
    ui.ops.reset()
    assert map_model.selection == ""
    home = map_model.camera.home()  # the land framed (tests/models/test_map_anchors.py)
    assert (map_model.zoom, map_model.centreX, map_model.centreY) == pytest.approx(
        (home.zoom, home.centre_x, home.centre_y)
    )


def test_regions_are_counted(usage_counts, make_ui, qtbot):
    stats = usage_counts
    ui = make_ui(lang="en", stats=stats)
    open_map(ui, qtbot)
    tap(ui.window, find(ui.window, "legend_southern-asia"), qtbot)
    assert stats.totals()[("region", "southern-asia")] == 1
    assert stats.totals()[("screen", "map")] == 1


def test_the_map_is_framed_in_its_own_shape(make_ui, qtbot):
    """Where there is room (here 16:10), the frame's shape is the map's, read
    from world.json before the geometry loads (no number in the QML repeats
    it). At 1080p the key figures' room (the same in every language) makes
    it a little shorter, never below half the screen (test_map_room.py)."""
    import json

    from kiosk.models.map_shapes import world_file

    ui = make_ui(lang="en", size=(1920, 1200))
    world = json.loads(world_file().read_text("utf-8"))
    aspect = world["height"] / world["width"]
    assert ui.model.map.property("aspect") == pytest.approx(aspect)
    open_map(ui, qtbot)
    viewport = find(ui.window, "mapViewport")
    frame = viewport.parentItem()
    assert frame.height() == round(frame.width() * aspect)


def test_a_tapped_country_is_named_with_its_region_in_the_language_on_screen(ui, qtbot):
    map_model = open_map(ui, qtbot)
    tap_at(ui.window, country_point(ui, "DE"), qtbot)
    qtbot.waitUntil(lambda: map_model.selection == "europe")
    line = find(ui.window, "regionCountry")
    assert line.property("text") == "Germany\u00a0— Europe"  # the dash keeps to the country
    assert line.property("visible")
    tap(ui.window, find(ui.window, "lang_ru"), qtbot)
    qtbot.waitUntil(lambda: line.property("text") == "Германия\u00a0— Европа")
    tap(ui.window, find(ui.window, "lang_tk"), qtbot)
    qtbot.waitUntil(lambda: line.property("text") == "Germaniýa\u00a0— Ýewropa")
    # The legend names a region, not a country: the line goes.
    tap(ui.window, find(ui.window, "regionClose"), qtbot)
    tap(ui.window, find(ui.window, "legend_africa"), qtbot)
    qtbot.waitUntil(lambda: map_model.selection == "africa")
    (line,) = [i for i in walk(ui.window.contentItem()) if i.objectName() == "regionCountry"]
    assert line.property("text") == "" and not line.property("visible")


def test_choosing_a_region_moves_the_camera_smoothly_to_frame_it(ui, qtbot):
    map_model = open_map(ui, qtbot)
    zooms = []
    map_model.viewChanged.connect(lambda: zooms.append(map_model.zoom))
    tap(ui.window, find(ui.window, "legend_southern-asia"), qtbot)
    assert map_model.moving
    qtbot.waitUntil(lambda: not map_model.moving, timeout=5000)
    # Many small steps, in one direction: a move, not a jump.
    assert len(zooms) >= 5
    assert zooms == sorted(zooms)
    frame = map_model.frame_of("southern-asia")
    viewport = find(ui.window, "mapViewport")
    for corner in ((frame.left, frame.top), (frame.right, frame.bottom)):
        p = map_model.to_view(QPointF(*corner))
        assert -1 <= p.x() <= viewport.width() + 1 and -1 <= p.y() <= viewport.height() + 1
    assert map_model.zoom > 1.5
    # A finger takes over from a move at once.
    tap(ui.window, find(ui.window, "regionClose"), qtbot)
    tap(ui.window, find(ui.window, "legend_europe"), qtbot)
    assert map_model.moving
    drag(ui.window, screen_point(ui, QPointF(300, 200)), QPoint(40, 0), qtbot)
    assert not map_model.moving


def test_zoom_buttons_zoom_around_ashgabat_then_around_the_selection(ui, qtbot):
    map_model = open_map(ui, qtbot)
    ashgabat = map_model.geometry.shapes.places["ashgabat"]
    before = map_model.to_view(QPointF(*ashgabat))
    tap(ui.window, find(ui.window, "zoomIn"), qtbot)
    tap(ui.window, find(ui.window, "zoomIn"), qtbot)
    after = map_model.to_view(QPointF(*ashgabat))
    assert map_model.zoom > 2
    assert (after.x(), after.y()) == pytest.approx((before.x(), before.y()), abs=1.0)
    tap(ui.window, find(ui.window, "legend_latin-america"), qtbot)
    qtbot.waitUntil(lambda: not map_model.moving, timeout=5000)
    centre = map_model.frame_of("latin-america").centre
    before = map_model.to_view(QPointF(*centre))
    tap(ui.window, find(ui.window, "zoomIn"), qtbot)
    after = map_model.to_view(QPointF(*centre))
    assert (after.x(), after.y()) == pytest.approx((before.x(), before.y()), abs=1.0)


def test_region_labels_show_where_they_fit(ui, qtbot):
    map_model = open_map(ui, qtbot)
    qtbot.waitUntil(lambda: "europe" in map_model.labels.property("spots"))
    label = find(ui.window, "mapLabel_europe")
    assert label.property("visible") and label.property("width") > 0
    # Too small for its name at zoom 1, Turkmenistan's region is a callout
    # (a leader line's two ends follow its spot) ...
    assert len(map_model.labels.property("spots")["central-asia"]) == 6
    assert find(ui.window, "mapLabel_central-asia").property("callout")
    tap(ui.window, find(ui.window, "legend_central-asia"), qtbot)
    qtbot.waitUntil(lambda: not map_model.moving, timeout=5000)
    qtbot.waitUntil(lambda: find(ui.window, "mapLabel_central-asia").property("visible"))
    # ... and framed, it stands on its land.
    assert len(map_model.labels.property("spots")["central-asia"]) == 4
    assert not find(ui.window, "mapLabel_central-asia").property("callout")
    # Never under the zoom buttons.
    buttons = find(ui.window, "zoomButtons")
    box = buttons.mapRectToScene(buttons.boundingRect())
    for item in walk(ui.window.contentItem()):
        if item.objectName().startswith("mapLabel_") and item.property("visible"):
            assert not item.mapRectToScene(item.boundingRect()).intersects(box)


def test_the_home_key_is_a_key_not_a_button(ui, qtbot):
    open_map(ui, qtbot)
    key = find(ui.window, "homeKey")
    qtbot.waitUntil(lambda: key.property("name") == "Turkmenistan")
    assert key.property("height") >= 64


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_no_blank_under_a_region_name(make_ui, qtbot, size):
    """A long region name fits its size to the panel's width; its box is as
    tall as the lines it draws, so the region's text follows it at the
    panel's spacing (its implicit height came from a trial layout: a name on
    two lines stood in a box of four, a blank band under it)."""
    ui = make_ui(lang="en", screen="map", size=size)
    wait_screen(qtbot, ui.window, "mapScreen")
    for lang in ("tk", "ru", "en"):
        tap(ui.window, find(ui.window, f"lang_{lang}"), qtbot)
        qtbot.waitUntil(lambda lang=lang: ui.model.language == lang)
        for region in ("latin-america", "eastern-asia", "central-asia"):
            ui.model.map.selectRegion(region)
            name = find(ui.window, "regionName")
            qtbot.waitUntil(lambda name=name: name.property("text") != "")
            qtbot.wait(50)
            row, close = name.parentItem(), find(ui.window, "regionClose")
            spacing = row.parentItem().property("spacing")
            text = find(ui.window, "regionText")
            row_box = row.mapRectToScene(row.boundingRect())
            gap = text.mapRectToScene(text.boundingRect()).top() - row_box.bottom()
            tallest = max(name.property("contentHeight"), close.height())
            assert row_box.height() <= tallest + 1, (lang, region, row_box.height(), tallest)
            assert gap <= spacing + 1, (lang, region, gap)
