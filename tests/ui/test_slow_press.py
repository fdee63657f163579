"""A slow press is a tap: a visitor who holds a button or a tile for a
second and a half (a tremor, a stiff hand, a child) gets what a quick tap
gets. By default a TapHandler takes a press held 0.8 s for a long press and
its release for nothing; only the staff corners use a long press."""

from __future__ import annotations

import re

from helpers.visitor import find, press, release, wait_screen

from kiosk import paths

QML = paths.qml("Kiosk")
HOLD_MS = 1500


def _press_slowly(ui, qtbot, name: str) -> None:
    point = press(ui.window, find(ui.window, name))
    qtbot.wait(HOLD_MS)
    release(ui.window, point)


def test_a_slow_press_on_a_button_a_tile_and_a_legend_key_still_acts(make_ui, qtbot):
    ui = make_ui(lang="en")
    _press_slowly(ui, qtbot, "lang_ru")
    qtbot.waitUntil(lambda: ui.model.language == "ru")
    _press_slowly(ui, qtbot, "tile_neutrality")
    wait_screen(qtbot, ui.window, "sectionScreen")
    _press_slowly(ui, qtbot, "homeButton")
    wait_screen(qtbot, ui.window, "homeScreen")
    _press_slowly(ui, qtbot, "mapButton")
    wait_screen(qtbot, ui.window, "mapScreen")
    _press_slowly(ui, qtbot, "legend_europe")
    qtbot.waitUntil(lambda: ui.model.map.property("selection") == "europe")


def test_every_visitor_tap_handler_takes_a_slow_press():
    """Each TapHandler that acts on a tap says so; the staff corners alone
    keep a long press (theirs is three seconds, on purpose)."""
    missing = []
    for path in sorted(QML.glob("*.qml")):
        if path.name == "StaffCorners.qml":
            continue
        text = path.read_text("utf-8")
        for handler in re.finditer(r"TapHandler \{(?:[^{}]|\{[^{}]*\})*\}", text):
            body = handler.group()
            if "onTapped" in body and "longPressThreshold: 0" not in body:
                line = text.count("\n", 0, handler.start()) + 1
                missing.append(f"{path.name}:{line}")
    assert missing == [], missing
