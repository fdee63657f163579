"""The hidden gesture, the PIN pad and its lockout, and the staff panel."""

from __future__ import annotations

import pytest
from helpers.cli import kiosk
from helpers.layout import layout_problems
from helpers.visitor import find, press, release, tap, wait_screen, wait_shown
from PySide6.QtTest import QTest

from kiosk.ops import staff as staff_module
from kiosk.ops.lockout import PinLockout, lockout_path
from kiosk.ops.pin import hash_pin, verify_pin
from kiosk.ops.settings import Settings, load_settings, save_settings, settings_path

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


class Clocks:
    """Wall and monotonic time that the test moves by hand."""

    def __init__(self) -> None:
        self.wall, self.mono = 1_750_000_000.0, 100.0

    def advance(self, seconds: float) -> None:
        self.wall += seconds
        self.mono += seconds

    def lockout(self) -> PinLockout:
        return PinLockout(lockout_path(), wall=lambda: self.wall, monotonic=lambda: self.mono)


@pytest.fixture
def clocks(monkeypatch) -> Clocks:
    """Every kiosk the test builds reads its lockout at start on these clocks."""
    clocks = Clocks()
    monkeypatch.setattr(PinLockout, "default", classmethod(lambda cls: clocks.lockout()))
    return clocks


def open_pad(ui, qtbot) -> None:
    ui.ops.staff.cornerHeld()
    ui.ops.staff.cornerTapped()
    assert ui.ops.staff.property("padOpen")
    wait_shown(qtbot, ui.window, "pinPad")


def test_five_wrong_pins_lock_the_pad_for_a_minute(make_ui, qtbot, clocks):
    ui = make_ui(lang="en", settings=Settings(pin_hash=hash_pin(PIN)), kiosk_mode=True)
    staff = ui.ops.staff
    open_pad(ui, qtbot)
    for _ in range(5):
        enter(ui, qtbot, "0000")
    assert staff.property("lockedSeconds") == 60
    assert text_of(ui, "pinMessage") == "Too many wrong PINs. Try again in 60 seconds."
    # The keys cannot be used, and do not look as if they could.
    for name in ("pinKey_1", "pinOk", "pinErase"):
        key = find(ui.window, name)
        assert not key.isEnabled() and key.opacity() < 0.5, name
    enter(ui, qtbot, PIN)  # even the right PIN is refused while locked
    assert not staff.property("panelOpen")
    clocks.advance(60)
    staff.on_lock_tick()
    assert text_of(ui, "pinMessage") == "Enter the staff PIN."
    qtbot.waitUntil(lambda: find(ui.window, "pinOk").opacity() == 1)
    enter(ui, qtbot, PIN)
    assert staff.property("panelOpen")


def text_of(ui, name: str) -> str:
    return find(ui.window, name).property("text")


def test_each_round_locks_longer_and_shows_minutes(make_ui, qtbot, clocks):
    ui = make_ui(lang="en", settings=Settings(pin_hash=hash_pin(PIN)), kiosk_mode=True)
    staff = ui.ops.staff
    open_pad(ui, qtbot)
    for minutes in (1, 5, 15, 60, 60):
        for _ in range(5):
            enter(ui, qtbot, "0000")
        assert staff.property("lockedSeconds") == minutes * 60
        if minutes > 1:
            shown = f"Too many wrong PINs. Try again in {minutes} minutes."
            qtbot.waitUntil(lambda shown=shown: text_of(ui, "pinMessage") == shown)
            clocks.advance(minutes * 60 - 61)
            staff.on_lock_tick()  # 61 s left: still the next whole minute
            qtbot.waitUntil(lambda: text_of(ui, "pinMessage").endswith("in 2 minutes."))
            clocks.advance(1)
            staff.on_lock_tick()
            qtbot.waitUntil(lambda: text_of(ui, "pinMessage").endswith("in 60 seconds."))
            clocks.advance(60)
        else:
            clocks.advance(60)
        staff.on_lock_tick()
        assert staff.property("lockedSeconds") == 0
    enter(ui, qtbot, PIN)
    assert staff.property("panelOpen")
    assert (staff.lockout.rounds, staff.lockout.wrong) == (0, 0)  # the right PIN resets it


def test_the_lock_survives_a_restart_and_speaks_the_language(make_ui, qtbot, clocks):
    settings = Settings(pin_hash=hash_pin(PIN))
    first = make_ui(lang="ru", settings=settings, kiosk_mode=True)
    open_pad(first, qtbot)
    for _ in range(5):
        enter(first, qtbot, "0000")
    clocks.advance(60)
    first.ops.staff.on_lock_tick()
    for _ in range(5):
        enter(first, qtbot, "0000")
    first.close()

    clocks.advance(30)  # the power is cut, and back half a minute later:
    clocks.mono = 7.0  # a new boot, a new monotonic clock
    again = make_ui(lang="ru", settings=settings, kiosk_mode=True)
    staff = again.ops.staff
    assert staff.lockout.rounds == 2  # read from the data folder at start
    open_pad(again, qtbot)
    assert staff.property("lockedSeconds") == 270
    qtbot.waitUntil(lambda: "Повторите через 5 минут." in text_of(again, "pinMessage"))
    # The longer words fit the pad, at the smallest screen and with large text too.
    for size, large in (((1920, 1080), False), ((1280, 800), True)):
        again.window.resize(*size)
        again.model.display.setLargeText(large)
        qtbot.waitUntil(lambda size=size: again.window.contentItem().width() == size[0])
        qtbot.wait(50)
        assert not layout_problems(find(again.window, "pinPad"))
    enter(again, qtbot, PIN)
    assert not staff.property("panelOpen")


def test_a_pin_being_checked_already_counts(make_ui, qtbot, monkeypatch, clocks):
    """The try is on disk before the answer: the plug pulled mid-check gains nothing."""
    ui = make_ui(lang="en", settings=Settings(pin_hash=hash_pin(PIN)), kiosk_mode=True)
    open_pad(ui, qtbot)
    seen: list[int] = []

    def check(pin: str, stored: str) -> bool:
        seen.append(clocks.lockout().wrong)  # what a kiosk started now would read
        return verify_pin(pin, stored)

    monkeypatch.setattr(staff_module, "verify_pin", check)
    enter(ui, qtbot, "0000")
    enter(ui, qtbot, PIN)
    assert seen == [1, 2]
    assert clocks.lockout().wrong == 0


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


def test_a_pin_changed_with_set_pin_while_the_kiosk_runs_holds_at_once(make_ui, qtbot):
    """Staff change the PIN because somebody learnt the old one: the old one
    must stop working now, not at the next restart, and a change made in the
    panel afterwards must not write the old PIN's hash back."""
    save_settings(Settings(pin_hash=hash_pin(PIN)))
    ui = make_ui(lang="en", settings=load_settings(), kiosk_mode=True)
    new_pin = "7295"
    done = kiosk("set-pin", stdin=f"{new_pin}\n{new_pin}\n")
    assert done.returncode == 0, done.stderr

    staff = ui.ops.staff
    gesture(ui, qtbot)
    qtbot.waitUntil(lambda: staff.property("padOpen"))
    enter(ui, qtbot, PIN)
    assert staff.property("message") == "wrong" and not staff.property("panelOpen")
    enter(ui, qtbot, new_pin)
    qtbot.waitUntil(lambda: staff.property("panelOpen"))
    wait_shown(qtbot, ui.window, "staffPanel")

    # A second set-pin, then a change in the panel: the file keeps the newest PIN.
    newest = "8361"
    assert kiosk("set-pin", stdin=f"{newest}\n{newest}\n").returncode == 0
    tap(ui.window, find(ui.window, "idlePlus"), qtbot)
    saved = load_settings()
    assert saved.idle_timeout == 120
    assert verify_pin(newest, saved.pin_hash)


def test_a_settings_file_that_cannot_be_read_later_keeps_the_known_pin(make_ui, qtbot):
    save_settings(Settings(pin_hash=hash_pin(PIN)))
    ui = make_ui(lang="en", settings=load_settings(), kiosk_mode=True)
    settings_path().write_text("pin_hash: [broken\n", "utf-8")
    staff = ui.ops.staff
    gesture(ui, qtbot)
    qtbot.waitUntil(lambda: staff.property("padOpen"))
    enter(ui, qtbot, PIN)
    qtbot.waitUntil(lambda: staff.property("panelOpen"))
