"""Kiosk mode: the window refuses to close, and the escape keys do nothing;
the keypad's navigation keys (Escape among them) still reach the kiosk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.screens import Screen

KEYS = [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
]
# The keypad's (kiosk/models/keypad.py): never refused.
NAVIGATION = [
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Escape,
    Qt.Key.Key_Backspace,
    Qt.Key.Key_F1,
]


def test_kiosk_mode_refuses_close_requests(make_ui, qtbot):
    ui = make_ui(lang="en", kiosk_mode=True)
    ui.window.close()  # what Alt+F4 or a close button asks of the window
    qtbot.wait(50)
    assert ui.window.isVisible()


def test_a_desktop_window_closes_normally(make_ui, qtbot):
    ui = make_ui(lang="en", kiosk_mode=False)
    ui.window.close()
    qtbot.waitUntil(lambda: not ui.window.isVisible())


@pytest.mark.parametrize(("key", "modifier"), KEYS)
def test_escape_keys_do_nothing_in_kiosk_mode(make_ui, qtbot, key, modifier):
    ui = make_ui(lang="en", kiosk_mode=True)
    QTest.keyClick(ui.window, key, modifier)
    qtbot.wait(20)
    assert ui.window.isVisible()
    assert ui.model.screen == Screen.Home


def test_guard_blocks_exactly_those_keys(make_ui, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    from kiosk.ops.guard import WindowGuard

    guard = WindowGuard(on_activity=lambda: None, locked=True)
    for key, modifier in KEYS:
        event = QKeyEvent(QEvent.Type.KeyPress, key, modifier)
        assert guard.eventFilter(None, event), key
    harmless = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
    assert not guard.eventFilter(None, harmless)
    for key in NAVIGATION:
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
        assert not guard.eventFilter(None, event), key
    unlocked = WindowGuard(on_activity=lambda: None, locked=False)
    assert not unlocked.eventFilter(None, QKeyEvent(QEvent.Type.KeyPress, *KEYS[0]))


def test_navigation_keys_reach_the_kiosk_in_kiosk_mode(make_ui, qtbot):
    """Escape is Back, F1 help, Tab and Return move and press: in kiosk mode
    as on the desktop (the blocked keys above still do nothing)."""
    from helpers.visitor import wait_screen

    ui = make_ui(lang="en", kiosk_mode=True)
    ui.model.openSection("neutrality")
    wait_screen(qtbot, ui.window, "sectionScreen")
    QTest.keyClick(ui.window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: ui.keypad.helpOpen)
    QTest.keyClick(ui.window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not ui.keypad.helpOpen)
    QTest.keyClick(ui.window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: ui.model.screen == Screen.Home)
    QTest.keyClick(ui.window, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: ui.window.activeFocusItem() is not None
                    and ui.window.activeFocusItem().objectName() == "mapButton")
    QTest.keyClick(ui.window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.model.screen == Screen.Map)
    for key, modifier in KEYS:
        QTest.keyClick(ui.window, key, modifier)
    qtbot.wait(20)
    assert ui.window.isVisible() and ui.model.screen == Screen.Map


def test_pointer_hides_while_the_screen_is_used_by_touch(make_ui, qtbot):
    from helpers.visitor import find, tap
    from PySide6.QtGui import QGuiApplication

    ui = make_ui(lang="en", kiosk_mode=True)
    assert QGuiApplication.overrideCursor() is None
    tap(ui.window, find(ui.window, "lang_ru"), qtbot)
    try:
        cursor = QGuiApplication.overrideCursor()
        assert cursor is not None and cursor.shape() == Qt.CursorShape.BlankCursor
        QTest.mouseMove(ui.window)  # a real mouse shows it again
        qtbot.waitUntil(lambda: QGuiApplication.overrideCursor() is None)
    finally:
        while QGuiApplication.overrideCursor() is not None:
            QGuiApplication.restoreOverrideCursor()
