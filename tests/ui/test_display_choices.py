"""Large text ("Aa") and high contrast: a visitor reaches both from every
screen with a tap, the whole UI follows, and the idle reset undoes both."""

from __future__ import annotations

import pytest
from helpers.visitor import (
    find,
    flick_deep,
    flick_to_end,
    qml_eval,
    shown,
    shown_named,
    tap,
    top_row,
    wait_screen,
    walk,
)
from PySide6.QtGui import QColor
from shiboken6 import isValid

SCREENS = {
    "home": "homeScreen",
    "section/neutrality": "sectionScreen",
    "contacts": "contactsScreen",
    "map": "mapScreen",
    "map/africa": "mapScreen",
}


def _least_growth(size: int) -> float:
    """Half again as large; a display heading (48 px and up at standard
    size: a topic's title) is large already and grows by a fifth (Theme.qml,
    headingPt), so that the text under it keeps its room."""
    return 1.2 if size >= 48 else 1.5


@pytest.mark.parametrize("screen", SCREENS)
def test_aa_makes_every_text_at_least_half_again_as_large(make_ui, qtbot, screen: str):
    ui = make_ui(lang="ru", screen=screen)
    window = ui.window
    wait_screen(qtbot, window, SCREENS[screen])
    items = {
        id(i): i
        for i in walk(window.contentItem())
        if i.inherits("QQuickText") and i.property("text") and shown(i)
    }
    before = {key: item.property("font").pixelSize() for key, item in items.items()}

    tap(window, find(window, "largeTextButton"), qtbot)
    qtbot.waitUntil(lambda: ui.model.display.property("largeText"))
    qtbot.wait(50)

    assert find(window, "largeTextButton").property("checked")
    # (Reader rows that scrolled out of view with the larger text are gone.)
    items = {key: item for key, item in items.items() if isValid(item) and shown(item)}
    assert len(items) > 10
    small = [
        f"{item.property('text')[:30]!r}: {before[key]} -> {item.property('font').pixelSize()}"
        for key, item in items.items()
        if item.property("text") != "Aa"  # the button's own sign keeps its size
        and item.property("font").pixelSize() < _least_growth(before[key]) * before[key]
    ]
    assert not small, small

    tap(window, find(window, "largeTextButton"), qtbot)
    qtbot.waitUntil(lambda: not ui.model.display.property("largeText"))
    qtbot.wait(50)
    assert all(
        item.property("font").pixelSize() == before[key]
        for key, item in items.items()
        if isValid(item)
    )


@pytest.mark.parametrize("screen", SCREENS)
def test_contrast_button_switches_the_palette(make_ui, qtbot, screen: str):
    ui = make_ui(lang="tk", screen=screen)
    window = ui.window
    wait_screen(qtbot, window, SCREENS[screen])
    assert window.color() == QColor("#F4F2EC")

    tap(window, find(window, "contrastButton"), qtbot)
    qtbot.waitUntil(lambda: window.color() == QColor("#000000"))
    assert find(window, "contrastButton").property("checked")
    assert find(window, "header").property("color") == QColor("#000000")
    if screen.startswith("map"):  # the map paints in the theme's map roles too
        assert find(window, "mapCanvas").property("seaColor") == QColor("#000000")

    tap(window, find(window, "contrastButton"), qtbot)
    qtbot.waitUntil(lambda: window.color() == QColor("#F4F2EC"))
    if screen.startswith("map"):
        assert find(window, "mapCanvas").property("seaColor") == QColor("#E3EBEF")


def test_choosing_on_the_attract_screen_starts_the_visit(make_ui, qtbot):
    ui = make_ui(lang="en", screen=None)
    window = ui.window
    wait_screen(qtbot, window, "attractScreen")
    tap(window, find(window, "largeTextButton"), qtbot)
    wait_screen(qtbot, window, "homeScreen")
    assert ui.model.display.property("largeText")
    tap(window, find(window, "contrastButton"), qtbot)
    qtbot.waitUntil(lambda: ui.model.display.property("highContrast"))


def test_reachable_on_the_unavailable_screen(make_ui, tmp_path, qtbot):
    ui = make_ui(content_dir=tmp_path / "nothing", screen=None)
    window = ui.window
    wait_screen(qtbot, window, "unavailableScreen")
    tap(window, find(window, "contrastButton"), qtbot)
    qtbot.waitUntil(lambda: window.color() == QColor("#000000"))


def test_idle_reset_turns_both_off(make_ui, qtbot):
    ui = make_ui(lang="ru", screen="contacts")
    window = ui.window
    wait_screen(qtbot, window, "contactsScreen")
    tap(window, find(window, "largeTextButton"), qtbot)
    tap(window, find(window, "contrastButton"), qtbot)
    qtbot.waitUntil(lambda: window.color() == QColor("#000000"))

    ui.ops.idle.timedOut.emit()  # the countdown ran out

    wait_screen(qtbot, window, "attractScreen")
    assert not ui.model.display.property("largeText")
    assert not ui.model.display.property("highContrast")
    assert window.color() == QColor("#F4F2EC")
    tap(window, find(window, "attractScreen"), qtbot)
    wait_screen(qtbot, window, "homeScreen")
    assert not find(window, "largeTextButton").property("checked")


def test_staff_see_the_panel_at_the_standard_size(make_ui, qtbot):
    ui = make_ui(lang="en")
    ui.model.display.setLargeText(True)
    ui.model.display.setHighContrast(True)
    ui.ops.staff.open_panel()
    assert not ui.model.display.property("largeText")
    assert not ui.model.display.property("highContrast")


def test_choices_are_counted(usage_counts, make_ui, qtbot):
    ui = make_ui(lang="en", stats=usage_counts)
    counted: list[tuple[str, str]] = []
    ui.model.counted.connect(lambda kind, key: counted.append((kind, key)))
    tap(ui.window, find(ui.window, "largeTextButton"), qtbot)
    tap(ui.window, find(ui.window, "contrastButton"), qtbot)
    tap(ui.window, find(ui.window, "largeTextButton"), qtbot)  # off: not a use
    assert counted == [("display", "large-text"), ("display", "high-contrast")]
    assert ("display", "large-text") in ui.ops.stats.totals()


def test_the_reader_keeps_its_place_when_text_grows(make_ui, long_content, qtbot):
    ui = make_ui(content_dir=long_content, lang="en", screen="section/long-read")
    window = ui.window
    wait_screen(qtbot, window, "sectionScreen")
    reader, first = flick_deep(window, qtbot)

    tap(window, find(window, "largeTextButton"), qtbot)
    qtbot.waitUntil(lambda: ui.model.display.property("largeText"))
    qtbot.wait(100)
    assert top_row(reader) == pytest.approx(first, abs=0.11)  # a tenth (test_visitor_path)

    tap(window, find(window, "largeTextButton"), qtbot)
    qtbot.wait(100)
    assert top_row(reader) == pytest.approx(first, abs=0.11)  # a tenth (test_visitor_path)

    # A row exactly at the top edge (the case the ListView alone gets wrong).
    qtbot.wait(400)  # the reader has settled
    qml_eval(reader, "positionViewAtIndex(10, ListView.Beginning), contentY")
    assert top_row(reader) == (10, 0.0)
    tap(window, find(window, "largeTextButton"), qtbot)
    qtbot.wait(100)
    assert top_row(reader) == (10, 0.0)



def test_with_large_text_home_says_there_are_more_topics_below(make_ui, qtbot):
    """Large text at 1080p leaves two rows of tiles in view, of four: the
    last row in view fades out and a bar beside them shows how much more
    there is, until the visitor has flicked to the last tile."""
    ui = make_ui(lang="ru")
    window = ui.window
    assert not shown_named(window, "tilesScrollBar")  # every tile in view
    assert not shown_named(window, "tilesMoreBelow")
    tap(window, find(window, "largeTextButton"), qtbot)
    qtbot.waitUntil(lambda: shown_named(window, "tilesMoreBelow"))
    assert shown_named(window, "tilesScrollBar")
    flick_to_end(window, find(window, "tileGrid"), qtbot)
    assert not shown_named(window, "tilesMoreBelow")
