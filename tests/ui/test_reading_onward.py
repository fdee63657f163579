"""The ways onward from a topic's end, tapped as a visitor taps them: "Next
topic" round every topic, and "See on the map" with the region chosen."""

from __future__ import annotations

from helpers.visitor import find, find_all, flick, open_screen, tap, wait_screen


def _to_the_end(ui, qtbot):
    """A visitor flicks the topic up until its end shows."""
    reader = find(ui.window, "readerList")
    for _ in range(30):
        if reader.property("atYEnd"):
            break
        flick(ui.window, reader, -400, qtbot)
    qtbot.waitUntil(lambda: not reader.property("moving"), timeout=5000)
    assert reader.property("atYEnd")


def test_next_topic_goes_round_every_topic(ui, qtbot):
    sections = [s.id for s in ui.model.content.sections]
    assert open_screen(ui.model, f"section/{sections[0]}")
    wait_screen(qtbot, ui.window, "sectionScreen")
    for following in [*sections[1:], sections[0]]:
        _to_the_end(ui, qtbot)
        title = find(ui.window, "nextTopicTitle").property("text")
        expected = next(s for s in ui.model.content.sections if s.id == following)
        assert title == expected.title.get("en")
        tap(ui.window, find(ui.window, "nextTopicButton"), qtbot)
        qtbot.waitUntil(lambda following=following: ui.model.reader.sectionId == following)
    # Moving between topics replaces the page: Back still leads home.
    ui.model.goBack()
    wait_screen(qtbot, ui.window, "homeScreen")


def test_see_on_the_map_opens_the_map_with_the_region_chosen(ui, qtbot):
    assert open_screen(ui.model, "section/world-regions")
    wait_screen(qtbot, ui.window, "sectionScreen")
    _to_the_end(ui, qtbot)
    links = [item.objectName() for item in find_all(ui.window, "seeOnMap_")]
    assert links == [
        "seeOnMap_western-asia", "seeOnMap_africa", "seeOnMap_northern-america",
        "seeOnMap_latin-america",
    ]
    assert find(ui.window, "seeOnMap_africa").property("text") == "Africa"
    tap(ui.window, find(ui.window, "seeOnMap_africa"), qtbot)
    wait_screen(qtbot, ui.window, "mapScreen")
    assert ui.model.map.property("selection") == "africa"
    # Back returns to the topic it came from (wherever the chrome puts Back).
    ui.model.goBack()
    wait_screen(qtbot, ui.window, "sectionScreen")
    assert ui.model.reader.sectionId == "world-regions"


def test_a_topic_naming_no_region_offers_no_map(ui, qtbot):
    assert open_screen(ui.model, "section/neutrality")
    wait_screen(qtbot, ui.window, "sectionScreen")
    _to_the_end(ui, qtbot)
    assert not find_all(ui.window, "seeOnMap_")
    assert not find_all(ui.window, "mapLinks")
    find(ui.window, "nextTopicButton")


def test_the_objectives_are_three_numbered_panels(ui, qtbot):
    assert open_screen(ui.model, "section/objectives")
    wait_screen(qtbot, ui.window, "sectionScreen")
    panels = find_all(ui.window, "numberedPanel_")
    assert [p.objectName() for p in panels] == [f"numberedPanel_{n}" for n in (1, 2, 3)]
