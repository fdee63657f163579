"""The hidden gesture, the PIN pad and its lockout, and the staff panel."""

from __future__ import annotations

from helpers.visitor import find, press, release, tap, wait_screen, wait_shown
from PySide6.QtTest import QTest

from kiosk.ops.pin import hash_pin
from kiosk.ops.settings import Settings, load_settings
from kiosk.ops.staff import LOCKOUT_S

PIN = "2580"


def gesture(ui, qtbot) -> None:
    """Hold the top-left corner for 3 seconds, then tap the bottom-right one."""
    window = ui.window
    point = press(window, find(window, "staffCornerHold"))
    qtbot.wait(3300)
    release(window, point)
    qtbot.wait(50)
    tap(window, find(window, "staffCornerTap"), qtbot)


def enter(ui, qtbot, digits: str) -> None:
    for d in digits:
        tap(ui.window, find(ui.window, f"pinKey_{d}"), qtbot)
    tap(ui.window, find(ui.window, "pinOk"), qtbot)


def test_gesture_pin_and_panel(make_ui, qtbot):
    ui = make_ui(lang="en", settings=Settings(pin_hash=hash_pin(PIN)), kiosk_mode=True)
    staff = ui.ops.staff
    gesture(ui, qtbot)
    qtbot.waitUntil(lambda: staff.property("padOpen"))
    wait_shown(qtbot, ui.window, "pinPad")
    enter(ui, qtbot, "1111")
    assert staff.property("message") == "wrong" and not staff.property("panelOpen")
    enter(ui, qtbot, PIN)
    qtbot.waitUntil(lambda: staff.property("panelOpen"))
    wait_shown(qtbot, ui.window, "staffPanel")

    # Changes are saved at once.
    tap(ui.window, find(ui.window, "staffLang_ru"), qtbot)
    tap(ui.window, find(ui.window, "idlePlus"), qtbot)
    saved = load_settings()
    assert (saved.default_language, saved.idle_timeout) == ("ru", 120)
    assert ui.ops.idle.timeout_s == 120
    assert "120" in find(ui.window, "idleValue").property("text")

    # Exit is the staff's way out of kiosk mode.
    quits: list[bool] = []
    ui.ops.panel._quit = lambda: quits.append(True)
    tap(ui.window, find(ui.window, "staffExit"), qtbot)
    assert quits == [True]
    tap(ui.window, find(ui.window, "staffClose"), qtbot)
    qtbot.waitUntil(lambda: not staff.property("panelOpen"))
    # The next reset uses the staff's default language.
    ui.ops.reset()
    assert ui.model.language == "ru"


def test_a_quick_touch_in_the_corners_does_nothing(make_ui, qtbot):
    ui = make_ui(lang="en", settings=Settings(pin_hash=hash_pin(PIN)), kiosk_mode=True)
    tap(ui.window, find(ui.window, "staffCornerHold"), qtbot)
    tap(ui.window, find(ui.window, "staffCornerTap"), qtbot)
    qtbot.wait(50)
    assert not ui.ops.staff.property("padOpen")


def test_five_wrong_pins_lock_the_pad_for_a_minute(make_ui, qtbot):
    now = [1000.0]
    ui = make_ui(lang="en", settings=Settings(pin_hash=hash_pin(PIN)), kiosk_mode=True)
    staff = ui.ops.staff
    staff._clock = lambda: now[0]
    staff.cornerHeld()
    staff.cornerTapped()
    assert staff.property("padOpen")
    wait_shown(qtbot, ui.window, "pinPad")
    for _ in range(5):
        enter(ui, qtbot, "0000")
    assert staff.property("lockedSeconds") == LOCKOUT_S
    assert "Too many wrong PINs" in find(ui.window, "pinMessage").property("text")
    enter(ui, qtbot, PIN)  # even the right PIN is refused while locked
    assert not staff.property("panelOpen")
    now[0] += LOCKOUT_S + 1
    staff.on_lock_tick()
    enter(ui, qtbot, PIN)
    assert staff.property("panelOpen")


def test_no_pin_means_no_staff_access_in_kiosk_mode(make_ui, qtbot):
    ui = make_ui(lang="en", settings=Settings(), kiosk_mode=True)
    ui.ops.staff.cornerHeld()
    ui.ops.staff.cornerTapped()
    assert not ui.ops.staff.property("padOpen") and not ui.ops.staff.property("panelOpen")


def test_a_desktop_window_without_pin_opens_the_panel(make_ui, qtbot):
    ui = make_ui(lang="en", settings=Settings(), kiosk_mode=False)
    ui.ops.staff.cornerHeld()
    ui.ops.staff.cornerTapped()
    assert ui.ops.staff.property("panelOpen")


def test_a_reset_closes_staff_screens(make_ui, qtbot):
    ui = make_ui(lang="en", settings=Settings(pin_hash=hash_pin(PIN)), kiosk_mode=True)
    ui.ops.staff.cornerHeld()
    ui.ops.staff.cornerTapped()
    QTest.qWait(10)
    ui.ops.reset()
    assert not ui.ops.staff.property("padOpen")
    wait_screen(qtbot, ui.window, "attractScreen")
