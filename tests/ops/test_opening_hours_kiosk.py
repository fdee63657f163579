"""Opening hours in the running kiosk: the closed screen at closing time,
the display asleep after it (the session's command, run as a recording
stand-in), awake at opening time, and a wake tap that presses nothing."""

from __future__ import annotations

import datetime as dt
import logging
import time
from pathlib import Path

import pytest
from helpers.stand_ins import StandIns, session_env
from helpers.visitor import centre, find, find_all, tap, tap_at, wait_screen

from kiosk.models.clock import StartedClock
from kiosk.opening_hours import WEEKDAYS, OpeningHours, parse_day
from kiosk.ops.display_power import ASLEEP, BLACK, ON, DisplayPower
from kiosk.ops.opening import OpeningTimings
from kiosk.ops.settings import Settings, load_settings, settings_path
from kiosk.screens import Screen

# 2026-11-30 is a Monday.
MONDAY = dt.date(2026, 11, 30)
QUICK = OpeningTimings(check_s=0.1, sleep_after_s=0.5)


def moment(days: int, hhmm: str) -> dt.datetime:
    h, m = map(int, hhmm.split(":"))
    return dt.datetime.combine(MONDAY + dt.timedelta(days=days), dt.time(h, m))


def nine_to_six() -> OpeningHours:
    return OpeningHours(tuple(parse_day("09:00-18:00")[0] for _ in WEEKDAYS))


@pytest.fixture
def stand_ins(tmp_path: Path) -> StandIns:
    return StandIns(tmp_path / "bin")


@pytest.fixture
def no_dev(tmp_path: Path) -> Path:
    (tmp_path / "dev").mkdir()
    return tmp_path / "dev"


def visible(window, name: str) -> bool:
    return bool(find_all(window, name))


def test_closes_sleeps_and_opens_again(make_ui, qtbot, stand_ins, no_dev, caplog):
    stand_ins.add("xset")
    stand_ins.add("cec-ctl")  # present, but no CEC device: never asked
    power = DisplayPower(env=session_env(stand_ins, x11=True), dev=no_dev)
    clock = StartedClock(moment(0, "17:59"))
    ui = make_ui(
        lang="en",
        clock=clock,
        settings=Settings(opening_hours=nine_to_six()),
        display_power=power,
        opening_timings=QUICK,
    )
    window, model, opening = ui.window, ui.model, ui.ops.opening
    assert model.screen == Screen.Home and opening.is_open

    # What happened, and when: on a loaded machine the quiet spell may be
    # over before a test gets to look, so the order is recorded as it comes.
    timeline: list[tuple[float, str, object]] = []
    model.screenChanged.connect(
        lambda: timeline.append(
            (time.monotonic(), "screen", (model.screen, visible(window, "sleepCover")))
        )
    )
    power.stateChanged.connect(lambda: timeline.append((time.monotonic(), "power", power.state)))

    with caplog.at_level(logging.INFO):
        clock.set(moment(0, "18:00"))  # closing time
        screen = wait_screen(qtbot, window, "closedScreen")
        assert "Opens again: Tuesday,\u00a009:00" in [
            t["detail"] for t in model.closed.property("messages")
        ]
        # A quiet spell on the closed screen, then the display sleeps.
        qtbot.waitUntil(lambda: power.state == ASLEEP, timeout=10000)
    closed_at, covered = next(
        (t, what[1]) for t, kind, what in timeline if kind == "screen" and what[0] == Screen.Closed
    )
    assert not covered  # the closed screen comes first, awake
    asleep_at = next(t for t, kind, what in timeline if kind == "power" and what == ASLEEP)
    # A coarse timer may fire up to 5 % early.
    assert asleep_at - closed_at >= 0.95 * QUICK.sleep_after_s
    assert stand_ins.calls() == ["xset dpms force off"]
    assert visible(window, "sleepCover")
    assert "display sleep: xset dpms worked" in caplog.text
    assert opening.status() == {
        "open": False,
        "reopens_at": "2026-12-01T09:00",
        "display": "asleep",
        "display_method": "xset dpms",
    }
    assert screen.isVisible()

    clock.set(moment(1, "09:00"))  # opening time
    qtbot.waitUntil(lambda: model.screen == Screen.Attract, timeout=10000)
    qtbot.waitUntil(lambda: stand_ins.calls()[-1:] == ["xset dpms force on"], timeout=10000)
    assert power.state == ON and not visible(window, "sleepCover")
    assert opening.status()["open"] is True
    assert [c.split()[0] for c in stand_ins.calls()] == ["xset", "xset"]


def test_the_first_tap_on_a_sleeping_display_only_wakes_it(make_ui, qtbot, stand_ins, no_dev):
    # Nothing answers here (no command on PATH): the black screen stands in.
    power = DisplayPower(env=session_env(stand_ins, x11=True), dev=no_dev)
    ui = make_ui(lang="en", display_power=power, opening_timings=QUICK)
    window, model = ui.window, ui.model
    tile = find(window, "tile_neutrality")
    point = centre(tile)
    power.sleep()
    qtbot.waitUntil(lambda: power.state == BLACK and not power.busy, timeout=10000)
    assert visible(window, "sleepCover")

    tap_at(window, point, qtbot)  # wakes, and presses nothing
    qtbot.waitUntil(lambda: power.state == ON)
    qtbot.wait(300)
    assert model.screen == Screen.Home
    assert not visible(window, "sleepCover")

    tap_at(window, point, qtbot)  # the visitor's own tap
    wait_screen(qtbot, window, "sectionScreen")


def test_a_touch_out_of_hours_shows_the_closed_screen_then_it_sleeps_again(
    make_ui, qtbot, stand_ins, no_dev
):
    stand_ins.add("xset")
    power = DisplayPower(env=session_env(stand_ins, x11=True), dev=no_dev)
    ui = make_ui(
        lang="en",
        clock=StartedClock(moment(2, "22:30")),
        settings=Settings(opening_hours=nine_to_six()),
        display_power=power,
        opening_timings=QUICK,
    )
    window, model = ui.window, ui.model
    closed = wait_screen(qtbot, window, "closedScreen")
    qtbot.waitUntil(lambda: power.state == ASLEEP, timeout=10000)
    tap(window, closed, qtbot)
    qtbot.waitUntil(lambda: stand_ins.calls()[-1:] == ["xset dpms force on"], timeout=10000)
    assert model.screen == Screen.Closed and not visible(window, "sleepCover")
    qtbot.waitUntil(lambda: len(stand_ins.calls()) == 3 and power.state == ASLEEP, timeout=10000)
    assert model.screen == Screen.Closed


def test_broken_hours_keep_the_kiosk_open_and_say_why(make_ui, qtbot, caplog):
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    days = "".join(f"  {d}: 9 to 6\n" for d in WEEKDAYS)
    path.write_text("opening_hours:\n" + days, "utf-8")
    path.chmod(0o600)
    with caplog.at_level(logging.WARNING):
        settings = load_settings()
    assert f"{path}:2: opening_hours: mon: '9 to 6' is not a range" in caplog.text
    ui = make_ui(
        lang="en",
        clock=StartedClock(moment(0, "03:00")),
        settings=settings,
        opening_timings=QUICK,
    )
    qtbot.wait(500)
    assert ui.model.screen == Screen.Home and ui.ops.opening.is_open


def test_the_status_says_open_or_closed_and_the_display_state(make_ui, qtbot, stand_ins, no_dev):
    import time

    from kiosk.ops.health_status import liveness_status
    from kiosk.ops.restarts import Starts

    power = DisplayPower(env=session_env(stand_ins, x11=True), dev=no_dev)
    ui = make_ui(
        lang="en",
        clock=StartedClock(moment(5, "20:00")),
        settings=Settings(opening_hours=nine_to_six()),
        display_power=power,
        opening_timings=QUICK,
    )
    now = time.time()
    snapshot = liveness_status(
        started=now,
        starts=Starts(total=1, times=(now,)),
        last_frame=lambda: None,
        watchdog=False,
        problems=list,
        opening=ui.ops.opening.status,
    )
    qtbot.waitUntil(lambda: snapshot()["opening"]["display"] == BLACK, timeout=10000)
    assert snapshot()["opening"] == {
        "open": False,
        "reopens_at": "2026-12-06T09:00",
        "display": "black",
        "display_method": None,
    }


def test_a_wake_click_or_key_presses_nothing_either(make_ui, qtbot, stand_ins, no_dev):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    power = DisplayPower(env=session_env(stand_ins, x11=True), dev=no_dev)
    ui = make_ui(lang="en", display_power=power, opening_timings=QUICK)
    window, model = ui.window, ui.model
    point = centre(find(window, "tile_neutrality"))
    no_key = Qt.KeyboardModifier.NoModifier

    power.sleep()
    qtbot.waitUntil(lambda: power.state == BLACK and not power.busy, timeout=10000)
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, no_key, point)
    qtbot.waitUntil(lambda: power.state == ON)
    qtbot.wait(200)
    assert model.screen == Screen.Home

    power.sleep()
    qtbot.waitUntil(lambda: power.state == BLACK and not power.busy, timeout=10000)
    QTest.keyClick(window, Qt.Key.Key_Space, no_key)
    qtbot.waitUntil(lambda: power.state == ON)
    assert model.screen == Screen.Home

    # A wake press whose release never came: the next press, awake, counts.
    power.sleep()
    qtbot.waitUntil(lambda: power.state == BLACK and not power.busy, timeout=10000)
    QTest.mousePress(window, Qt.MouseButton.LeftButton, no_key, point)
    qtbot.waitUntil(lambda: power.state == ON)
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, no_key, point)
    wait_screen(qtbot, window, "sectionScreen")
