"""Staff set the opening hours in the staff panel: a day closed, from and
to in half-hour steps, saved to the settings file at once and in force at
once."""

from __future__ import annotations

import datetime as dt

from helpers.visitor import find, tap, wait_screen, wait_shown

from kiosk.models.clock import StartedClock
from kiosk.ops.opening import OpeningTimings
from kiosk.ops.settings import Settings, load_settings, settings_path
from kiosk.screens import Screen

# 2026-11-30 is a Monday.
MONDAY_EVENING = dt.datetime(2026, 11, 30, 19, 0)
QUICK = OpeningTimings(check_s=0.1, sleep_after_s=600)


def open_hours(ui, qtbot):
    ui.ops.staff.open_panel()
    wait_shown(qtbot, ui.window, "staffPanel")
    tap(ui.window, find(ui.window, "openingHoursButton"), qtbot)
    find(ui.window, "openingHoursView")


def time_of(ui, name: str) -> str:
    return find(ui.window, f"{name}_time").property("text")


def test_staff_set_the_hours_and_they_are_saved(make_ui, qtbot):
    ui = make_ui(
        lang="en", clock=StartedClock(MONDAY_EVENING), settings=Settings(), opening_timings=QUICK
    )
    window = ui.window
    open_hours(ui, qtbot)
    assert find(window, "hoursAlwaysOpen").property("checked")

    # Sunday closed: the other days stay open all day, as they were.
    tap(window, find(window, "dayOpen_sun"), qtbot)
    saved = load_settings().opening_hours
    assert saved is not None and saved.day_text(6) == "closed" and saved.day_text(0) == "open"
    assert (time_of(ui, "dayFrom_mon"), time_of(ui, "dayTo_mon")) == ("00:00", "24:00")
    assert not find(window, "hoursAlwaysOpen").property("checked")

    # Monday closed, then open again: 09:00-18:00, so closed at 19:00.
    tap(window, find(window, "dayOpen_mon"), qtbot)
    tap(window, find(window, "dayOpen_mon"), qtbot)
    assert (time_of(ui, "dayFrom_mon"), time_of(ui, "dayTo_mon")) == ("09:00", "18:00")
    qtbot.waitUntil(lambda: ui.model.screen == Screen.Closed, timeout=5000)

    # Open until 19:30 and from 08:30, in half-hour steps: open again now.
    for _ in range(3):
        tap(window, find(window, "dayTo_mon_later"), qtbot)
    tap(window, find(window, "dayFrom_mon_earlier"), qtbot)
    assert (time_of(ui, "dayFrom_mon"), time_of(ui, "dayTo_mon")) == ("08:30", "19:30")
    text = settings_path().read_text("utf-8")
    assert "  mon: 08:30-19:30\n" in text and "  sun: closed\n" in text
    qtbot.waitUntil(lambda: ui.model.screen == Screen.Attract, timeout=5000)

    tap(window, find(window, "hoursDone"), qtbot)
    tap(window, find(window, "staffClose"), qtbot)
    wait_screen(qtbot, window, "attractScreen")


def test_always_open_removes_the_hours(make_ui, qtbot):
    ui = make_ui(
        lang="en", clock=StartedClock(MONDAY_EVENING), settings=Settings(), opening_timings=QUICK
    )
    open_hours(ui, qtbot)
    tap(ui.window, find(ui.window, "dayOpen_mon"), qtbot)
    qtbot.waitUntil(lambda: ui.model.screen == Screen.Closed, timeout=5000)
    tap(ui.window, find(ui.window, "hoursAlwaysOpen"), qtbot)
    assert load_settings().opening_hours is None
    qtbot.waitUntil(lambda: ui.model.screen == Screen.Attract, timeout=5000)
