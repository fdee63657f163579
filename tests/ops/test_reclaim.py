"""Kiosk mode takes the screen back: what it notices, what it does, how
often it tries, and what it logs. Offscreen, Qt's own window states; a real
window manager does the same to it in tests/x11/test_desktop_lockdown.py."""

from __future__ import annotations

import itertools
import logging
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QWindow

from kiosk.ops import reclaim
from kiosk.ops.reclaim import Episodes, Lost, ScreenReclaimer, diagnose

FULLSCREEN = Qt.WindowState.WindowFullScreen
MINIMISED = Qt.WindowState.WindowMinimized


class Clock:
    """Time that only a test moves on."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class LaterClock:
    """Real time, which a test can move past the kiosk's start-up."""

    def __init__(self) -> None:
        self.ahead = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.ahead


def started(window: QWindow, clock=None) -> ScreenReclaimer:
    """A reclaimer for a window that is on screen, past the start-up (when
    the window manager may still settle the window, quietly)."""
    clock = clock or LaterClock()
    reclaimer = ScreenReclaimer(window, parent=window, clock=clock)
    reclaimer.on_check()  # shown: kept on screen from now on
    if isinstance(clock, LaterClock):
        clock.ahead += reclaim.GRACE_S
    else:
        clock.now += reclaim.GRACE_S
    return reclaimer


def on_screen(window: QWindow) -> bool:
    return diagnose(window, "offscreen") is None


@pytest.fixture
def kiosk_window(make_ui, qtbot):
    ui = make_ui(lang="en", kiosk_mode=True)
    ui.window.showFullScreen()
    ui.window.requestActivate()
    qtbot.waitUntil(lambda: on_screen(ui.window))
    return ui.window


@pytest.fixture
def other_window(qtbot):
    """A window of another program, which takes the focus."""
    window = QWindow()
    yield window
    window.destroy()


def lose_by(how: str, window: QWindow, other: QWindow) -> None:
    if how == "minimised":
        window.showMinimized()
    elif how == "hidden":
        window.hide()
    elif how == "left fullscreen":
        window.showNormal()
    else:
        other.show()
        other.requestActivate()


@pytest.mark.parametrize(
    ("how", "said"),
    [
        ("minimised", "the window was minimised; took the screen back"),
        ("hidden", "the window was hidden; took the screen back"),
        ("left fullscreen", "the window left fullscreen; took the screen back"),
        ("deactivated", "another window took the focus; took the screen back"),
    ],
)
def test_the_screen_is_taken_back(kiosk_window, other_window, qtbot, caplog, how, said):
    caplog.set_level(logging.INFO, logger=reclaim.__name__)
    started(kiosk_window)
    lose_by(how, kiosk_window, other_window)
    qtbot.waitUntil(lambda: not on_screen(kiosk_window), timeout=1000)
    qtbot.waitUntil(lambda: on_screen(kiosk_window), timeout=3000)
    qtbot.wait(reclaim.CHECK_MS * 2)  # a few more checks: it stays, and says so once
    assert on_screen(kiosk_window)
    assert kiosk_window.windowStates() == FULLSCREEN
    lines = [r.getMessage() for r in caplog.records if "screen back" in r.getMessage()]
    assert len(lines) == 1 and lines[0].startswith(said), lines
    assert caplog.records[-1].levelno == logging.INFO


def test_nothing_is_taken_back_once_the_kiosk_is_leaving(kiosk_window, qtbot, caplog):
    """Staff exit and SIGTERM stop it (kiosk.process.run: aboutToQuit)."""
    caplog.set_level(logging.INFO, logger=reclaim.__name__)
    reclaimer = started(kiosk_window)
    reclaimer.stop()
    kiosk_window.showMinimized()
    qtbot.wait(reclaim.CHECK_MS * 2 + 200)
    reclaimer.on_check()
    assert kiosk_window.windowStates() & MINIMISED
    assert not caplog.records


def test_a_window_still_appearing_is_given_time(kiosk_window, qtbot):
    clock = Clock()
    kiosk_window.hide()
    qtbot.waitUntil(lambda: not kiosk_window.isExposed())
    reclaimer = ScreenReclaimer(kiosk_window, parent=kiosk_window, clock=clock)
    reclaimer.on_check()
    assert not kiosk_window.isVisible()  # the window manager may be slow to show it
    clock.now += reclaim.GRACE_S
    reclaimer.on_check()
    assert kiosk_window.isVisible() and kiosk_window.windowStates() & FULLSCREEN


def test_what_the_window_manager_settles_at_start_up_is_put_right_quietly(kiosk_window, caplog):
    """cage, for one, first makes the window maximised: the kiosk asks for
    fullscreen again, and says nothing about it (only a debug line)."""
    caplog.set_level(logging.DEBUG, logger=reclaim.__name__)
    clock = Clock()
    reclaimer = ScreenReclaimer(kiosk_window, parent=kiosk_window, clock=clock)
    reclaimer.on_check()
    kiosk_window.showMaximized()
    clock.now += 0.1
    reclaimer.on_check()
    reclaimer.on_check()
    assert kiosk_window.windowStates() == FULLSCREEN
    assert [r.levelno for r in caplog.records] == [logging.DEBUG]
    # Later the same is an episode for the log.
    clock.now += reclaim.GRACE_S
    kiosk_window.showMaximized()
    reclaimer.on_check()
    reclaimer.on_check()
    assert kiosk_window.windowStates() == FULLSCREEN
    assert "left fullscreen; took the screen back" in caplog.records[-1].getMessage()
    assert caplog.records[-1].levelno == logging.INFO


def test_a_program_that_keeps_taking_the_screen_is_not_fought_in_a_loop(kiosk_window, caplog):
    """Every half second something minimises the kiosk; the kiosk keeps
    trying, less and less often, and says once that it is stuck."""
    caplog.set_level(logging.INFO, logger=reclaim.__name__)
    clock = Clock()
    reclaimer = started(kiosk_window, clock)
    attempts = []
    for tick in range(120):  # one minute
        clock.now += 0.5
        kiosk_window.showMinimized()
        reclaimer.on_check()
        if not kiosk_window.windowStates() & MINIMISED:
            attempts.append(tick / 2)
        clock.now += 0.001
        reclaimer.on_check()  # the kiosk has it, for a moment
    gaps = [b - a for a, b in itertools.pairwise(attempts)]
    assert 6 <= len(attempts) <= 16, attempts  # not 120, and not given up
    assert gaps == sorted(gaps) and max(gaps) <= reclaim.MAX_BACKOFF_S + 0.5, gaps
    # The other program stops; the kiosk gets the screen back at its next
    # attempt, and once it has had it for a calm second, the next loss is
    # answered at once again.
    clock.now += reclaim.MAX_BACKOFF_S
    reclaimer.on_check()
    assert on_screen(kiosk_window)
    reclaimer.on_check()
    clock.now += reclaim.CALM_S
    reclaimer.on_check()
    kiosk_window.showMinimized()
    reclaimer.on_check()
    assert not kiosk_window.windowStates() & MINIMISED


class StubbornScreen(QWindow):
    """A window that another program keeps from going fullscreen (until it stops)."""

    held_by_another = True

    def showFullScreen(self) -> None:
        if not self.held_by_another:
            super().showFullScreen()


@pytest.fixture
def stubborn_window():
    window = StubbornScreen()
    yield window
    # As the kiosk does when it leaves (app.run): the reclaimer lets go of the
    # window before the window goes. The window and its reclaimer refer to
    # each other, so the cycle collector frees them, at a moment of its
    # choosing: a reclaimer still connected then is called while it is torn
    # down ("Slot 'ScreenReclaimer::' not found").
    for reclaimer in window.findChildren(ScreenReclaimer):
        reclaimer.stop()
    window.destroy()


def test_logged_once_per_episode_with_a_warning_when_stuck(stubborn_window, qtbot, caplog):
    caplog.set_level(logging.INFO, logger=reclaim.__name__)
    clock = Clock()
    window = stubborn_window
    window.held_by_another = False
    window.showFullScreen()
    window.requestActivate()
    qtbot.waitUntil(lambda: on_screen(window))
    reclaimer = started(window, clock)
    window.held_by_another = True
    window.showMinimized()
    for _ in range(40):  # 20 s of checks, every half second
        reclaimer.on_check()
        clock.now += 0.5
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1, warnings
    assert "the window was minimised" in warnings[0].getMessage()
    assert not [r for r in caplog.records if r.levelno == logging.INFO]
    window.held_by_another = False
    for _ in range(2 * int(reclaim.MAX_BACKOFF_S) + 2):
        reclaimer.on_check()
        clock.now += 0.5
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert len(lines) == 1 and "minimised; took the screen back" in lines[0], lines


def attempts_while_lost(reclaimer, window, clock, seconds: float, step: float = 0.1):
    """When the kiosk asked (window.asked: each showFullScreen), checking every ``step``."""
    times = []
    end = clock.now + seconds
    while clock.now < end:
        asked = window.asked
        reclaimer.on_check()
        if window.asked > asked:
            times.append(round(clock.now, 2))
        clock.now += step
    return times


class CountedScreen(StubbornScreen):
    """A window manager that has not answered yet: it counts the kiosk's requests."""

    asked = 0

    def showFullScreen(self) -> None:
        self.asked += 1
        super().showFullScreen()


@pytest.fixture
def lost_window(qtbot):
    """On screen past the start-up, then minimised by another program, which
    keeps it so until the test lets go (``held_by_another = False``)."""
    window = CountedScreen()
    window.held_by_another = False
    window.showFullScreen()
    window.requestActivate()
    qtbot.waitUntil(lambda: on_screen(window))
    clock = Clock()
    reclaimer = started(window, clock)
    clock.now += reclaim.CALM_S
    reclaimer.on_check()  # held: what follows is one episode, no fight
    window.held_by_another = True
    window.asked = 0
    window.showMinimized()
    yield window, reclaimer, clock
    reclaimer.stop()
    window.destroy()


def test_a_window_manager_that_has_not_answered_is_given_more_time(lost_window, caplog):
    """Within one episode, each request waits a little longer for the window
    manager than the last (0.5, 1, 1.5, 2 s, then every 2 s): one slowed
    down by a busy machine is not interrupted by requests it has no time for."""
    caplog.set_level(logging.INFO, logger=reclaim.__name__)
    window, reclaimer, clock = lost_window
    lost_at = clock.now
    times = attempts_while_lost(reclaimer, window, clock, seconds=10)
    gaps = [round(b - a, 1) for a, b in itertools.pairwise(times)]
    assert times[0] == lost_at  # the first at once
    assert gaps == [0.5, 1.0, 1.5, 2.0, 2.0, 2.0], gaps
    # The window manager carries out a request at last: back, said once.
    window.held_by_another = False
    attempts_while_lost(reclaimer, window, clock, seconds=reclaim.RETRY_CAP_S + 0.2)
    assert on_screen(window)
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert len(lines) == 1 and "minimised; took the screen back" in lines[0], lines


def test_an_answer_that_leaves_the_screen_lost_is_followed_up_soon(lost_window, qtbot):
    """The window manager answers (here: the window shown again, then
    minimised again by the other program): the next request does not wait
    out its time, only for the next check."""
    window, reclaimer, clock = lost_window
    times = attempts_while_lost(reclaimer, window, clock, seconds=1.7)
    assert len(times) == 3  # 0, 0.5, 1.5: the next would wait 1.5 s
    clock.now += 0.2
    window.showNormal()  # an answer, though not the one asked for
    window.showMinimized()
    qtbot.waitUntil(lambda: not reclaimer._soon.isActive(), timeout=2000)
    later = attempts_while_lost(reclaimer, window, clock, seconds=1.0)
    assert later and later[0] - times[-1] <= 0.5 + 0.3, (times, later)


def test_episodes_wait_longer_only_without_an_answer():
    episodes = Episodes(now=0.0)
    now = 100.0
    tries = [now] if episodes.lost(Lost.MINIMISED, now) else []
    for _ in range(60):  # 6 s, a check every 0.1 s
        now = round(now + 0.1, 1)
        if episodes.lost(Lost.MINIMISED, now):
            tries.append(now)
    assert tries == [100.0, 100.5, 101.5, 103.0, 105.0], tries
    episodes.answered(now + 0.1)  # 106.1: the last attempt was 1.1 s ago
    assert episodes.lost(Lost.MINIMISED, now + 0.1)
    episodes.answered(now + 0.2)  # too soon after that attempt: not before a check's time
    assert not episodes.lost(Lost.MINIMISED, now + 0.2)
    assert episodes.lost(Lost.MINIMISED, now + 0.6)


class XWindow(QWindow):
    """What the X11 path of the reclaimer sees of a window under a window
    manager that takes its time: shown (visible) is not yet exposed until
    the window manager maps it (``map_now``); each hide withdraws it."""

    def __init__(self) -> None:
        super().__init__()
        self.mapped = False
        self.hidden = 0

    def isExposed(self) -> bool:
        return self.mapped and self.isVisible()

    def isActive(self) -> bool:
        return self.isExposed()

    def hide(self) -> None:
        self.hidden += 1
        self.mapped = False
        super().hide()

    def map_now(self) -> None:
        self.mapped = True
        self.requestUpdate()

    # What the offscreen platform would warn about, or cannot do.
    def raise_(self) -> None:
        pass

    def requestActivate(self) -> None:
        pass

    def setKeyboardGrabEnabled(self, grab: bool) -> bool:
        return True


@pytest.mark.parametrize("how", ["unmapped", "minimised"])
def test_a_map_the_window_manager_has_not_shown_yet_is_not_withdrawn(qtbot, caplog, how):
    """X11: a window taken off the screen is hidden and shown again (a new
    map); one minimised is shown again (a map too). While the window manager
    has not yet shown that map, the window is not hidden again (which would
    make it start over), however slow it is, up to MAP_PATIENCE_S."""
    caplog.set_level(logging.INFO, logger=reclaim.__name__)
    window = XWindow()
    window.showFullScreen()
    window.map_now()
    clock = Clock()
    reclaimer = ScreenReclaimer(window, parent=window, clock=clock, platform="xcb")
    try:
        reclaimer.on_check()
        clock.now += reclaim.GRACE_S + reclaim.CALM_S
        reclaimer.on_check()
        assert reclaimer._episodes._current is None
        if how == "unmapped":  # by another client: Qt still thinks it visible
            window.mapped = False
        else:
            window.showMinimized()
            window.mapped = False
        reclaimer.on_check()
        qtbot.waitUntil(lambda: window.isVisible() and not reclaimer._remap.isActive())
        hidden = window.hidden
        assert hidden == (1 if how == "unmapped" else 0)
        slow_s = reclaim.STUCK_S - 0.5  # the window manager takes this long
        end = clock.now + slow_s
        while clock.now < end:
            clock.now += 0.1
            reclaimer.on_check()
            assert window.hidden == hidden, f"hidden again {clock.now - end + slow_s:.1f} s on"
            assert not reclaimer._remap.isActive()
        window.map_now()
        reclaimer.on_check()
        assert diagnose(window, "xcb") is None
        lines = [r.getMessage() for r in caplog.records if "screen back" in r.getMessage()]
        assert len(lines) == 1, lines
    finally:
        reclaimer.stop()
        window.destroy()


def test_a_map_the_window_manager_never_shows_is_asked_for_again(qtbot):
    """Patience has an end: a map still not shown after MAP_PATIENCE_S is
    withdrawn and asked for again."""
    window = XWindow()
    window.showFullScreen()
    window.map_now()
    clock = Clock()
    reclaimer = ScreenReclaimer(window, parent=window, clock=clock, platform="xcb")
    try:
        reclaimer.on_check()
        clock.now += reclaim.GRACE_S + reclaim.CALM_S
        reclaimer.on_check()
        window.mapped = False  # unmapped by another client
        reclaimer.on_check()
        qtbot.waitUntil(lambda: window.isVisible() and not reclaimer._remap.isActive())
        assert window.hidden == 1
        end = clock.now + reclaim.MAP_PATIENCE_S + reclaim.RETRY_CAP_S + 0.1
        while clock.now < end and window.hidden == 1:
            clock.now += 0.1
            reclaimer.on_check()
        assert window.hidden == 2
    finally:
        reclaimer.stop()
        window.destroy()


def test_on_wayland_only_what_the_kiosk_controls_is_checked(kiosk_window, other_window, qtbot):
    """A Wayland client can neither raise nor activate itself: the
    compositor (cage, on a kiosk PC) decides."""
    other_window.show()
    other_window.requestActivate()
    qtbot.waitUntil(lambda: not kiosk_window.isActive())
    assert diagnose(kiosk_window, "wayland") is None
    assert diagnose(kiosk_window, "xcb") is Lost.INACTIVE
    kiosk_window.showNormal()
    assert diagnose(kiosk_window, "wayland") is Lost.NOT_FULLSCREEN


def test_a_screen_taken_every_few_seconds_for_hours_fills_no_log(caplog):
    """Each time answered at once (a calm second between is no fight), but
    the log gets at most its hourly budget of lines, then a count."""
    caplog.set_level(logging.INFO, logger=reclaim.__name__)
    episodes = Episodes(now=0.0)
    now = 0.0
    hours = 3
    for _ in range(hours * 3600 // 5):
        now += 5
        assert episodes.lost(Lost.MINIMISED, now)
        episodes.held(now + 0.2)
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) <= hours * (reclaim.LOG_BUDGET + 2), len(messages)
    counts = [m for m in messages if "more times (not logged one by one)" in m]
    assert len(counts) == hours - 1, counts
    assert sum("keeps being taken" in m for m in messages) == hours
