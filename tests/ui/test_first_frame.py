"""The kiosk starts on the attract screen, and only that is made before its
first frame: the header and the other screens follow in the background
(Main.qml, Deferred.qml), and anything a visitor asks for sooner is made at
once. Starting faster must change nothing a visitor sees."""

from __future__ import annotations

from helpers.visitor import tap, wait_screen, walk, walk_made
from PySide6.QtCore import QPointF

from kiosk.app import build_ui

LATER = {"header", "homeScreen", "sectionScreen", "mapScreen", "contactsScreen", "idleOverlay"}


def names(window) -> set[str]:
    return {item.objectName() for item in walk_made(window.contentItem())}


def test_only_the_attract_screen_is_made_before_the_first_frame(qapp, qtbot):
    ui = build_ui(None, "en", (1920, 1080))  # as the kiosk starts: no screen asked for
    try:
        made = names(ui.window)
        assert "attractScreen" in made
        assert not made & LATER, made & LATER
        ui.window.show()
        # Once it is on screen, the rest is made without anybody asking.
        qtbot.waitUntil(lambda: names(ui.window) >= LATER, timeout=10_000)
        tap(ui.window, wait_screen(qtbot, ui.window, "attractScreen"), qtbot)
        wait_screen(qtbot, ui.window, "homeScreen")
    finally:
        ui.close()


def test_a_visitor_faster_than_the_background_gets_home_at_once(qapp, qtbot):
    """A touch before home has been made in the background (here: before any
    frame at all) makes it there and then, with its header."""
    ui = build_ui(None, "en", (1920, 1080))
    try:
        ui.model.wake()  # what a tap on the attract screen does
        made = names(ui.window)
        assert {"homeScreen", "header"} <= made
        assert not made & {"sectionScreen", "mapScreen", "contactsScreen"}
        ui.window.show()
        home = wait_screen(qtbot, ui.window, "homeScreen")
        header = next(i for i in walk(ui.window.contentItem()) if i.objectName() == "header")
        assert header.isVisible() and header.height() > 0
        # The screen sits under the header, as it always did.
        assert home.mapToScene(QPointF(0, 0)).y() >= header.height() - 1
    finally:
        ui.close()
