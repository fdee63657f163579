"""Kiosk mode on an ordinary desktop: hold the keyboard, take the screen back.

A window manager grabs its own shortcuts (switch desktop, show the desktop,
minimise, the window menu) before any key reaches the kiosk, so the guard
(kiosk/ops/guard.py) cannot refuse them. Under X11 the kiosk therefore holds
the keyboard while it has the screen: an active grab outranks the window
manager's, so its shortcuts come to the kiosk, where the guard refuses the
dangerous ones. What a grab cannot stop (another program, the mouse, a
moment without the grab) is the second line: the kiosk notices that its
window was hidden, minimised, unmapped, sent off the current desktop, taken
out of fullscreen or deactivated, and within a second shows itself again:
fullscreen, raised and active.

Qt tells us most of it by signal (visibility, window state, activation, and
exposure through QExposeEvent); a cheap periodic check catches whatever a
window manager does without telling (half a second, kiosk mode only). Each
episode is logged once, when the screen is back; another program that keeps
taking the screen is not fought in a tight loop (see Episodes).
"""

from __future__ import annotations

import enum
import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QWindow

log = logging.getLogger(__name__)

CHECK_MS = 500  # the safety net's period
SETTLE_MS = 50  # after a signal: let the window manager's burst of events arrive
# X11: after an unmap, show again only once the window manager has processed
# the withdrawal; mapped at once, the window manager may drop the fullscreen
# and stay-on-top states Qt sets for the new map (the check then puts them back).
REMAP_MS = 150
# Within an episode, how long an attempt waits for the window manager's answer
# before the next: 0.5, 1, 1.5, 2, 2 … s. A window manager slowed down by a
# busy machine is not interrupted by a request it has not yet had time for.
RETRY_STEP_S = 0.5
RETRY_CAP_S = 2.0
# X11: a map the kiosk asked for (a remap, or out of minimised) is waited for
# this long before the window is hidden and mapped again: hiding it earlier
# withdraws the window the window manager is taking in, and it starts over
# (seen: an openbox slowed down to 4 s per new window never got one shown).
MAP_PATIENCE_S = 10.0
GRACE_S = 3.0  # at start-up, how long the window may take to appear before it is checked
CALM_S = 1.0  # held this long, a lost screen is a new episode, not a fight
MAX_BACKOFF_S = 8.0
STUCK_S = 5.0  # not back after this long: a warning for staff, once per episode
LOG_BUDGET = 30  # lines about lost screens …
LOG_WINDOW_S = 3600.0  # … per hour
_STACKING = {"xcb", "windows", "cocoa"}  # Qt platforms where a window can raise itself


class Lost(enum.Enum):
    """What can happen to the kiosk's window, as staff read it in the log."""

    HIDDEN = "the window was hidden"
    MINIMISED = "the window was minimised"
    OFF_SCREEN = (
        "the window was taken off the screen (another desktop, the desktop shown, or unmapped)"
    )
    NOT_FULLSCREEN = "the window left fullscreen"
    INACTIVE = "another window took the focus"


def diagnose(window: QWindow, platform: str) -> Lost | None:
    """What is wrong with the window now, if anything (most serious first).

    On Wayland the compositor alone decides what is shown and what has the
    focus (and a client can neither raise nor activate itself), so only what
    the client itself controls is checked: shown, not minimised, fullscreen.
    """
    if not window.isVisible():
        return Lost.HIDDEN
    if window.windowStates() & QtCore.Qt.WindowState.WindowMinimized:
        return Lost.MINIMISED
    wayland = platform.startswith("wayland")
    if not wayland and not window.isExposed():
        return Lost.OFF_SCREEN
    if not window.windowStates() & QtCore.Qt.WindowState.WindowFullScreen:
        return Lost.NOT_FULLSCREEN
    if not wayland and not window.isActive():
        return Lost.INACTIVE
    return None


@dataclass
class _Episode:
    seen: Lost  # what was noticed first: the log names it
    started: float
    next_try: float
    tried_at: float | None = None  # the last attempt, if any
    attempts: int = 0
    warned: bool = False


class Episodes:
    """When to try again, and what staff read about it: bookkeeping, no Qt.

    An episode runs from the moment the screen is lost until the kiosk has
    it again. Within an episode, each attempt waits for the window manager's
    answer (``answered``: the window shown, activated, its state changed) or
    for a wait that grows mildly (0.5, 1, 1.5, 2 s, then every 2 s) before
    the next: a window manager slowed down by a busy machine may need more
    than a check's half second to carry out a request, and a new request
    (a remap above all) would start its work over. A fight is another
    matter: when the screen is lost again within a calm second of being
    taken back, the first attempt of each new episode waits longer (0.5, 1,
    2 … 8 s), so that the kiosk and another program do not flicker the
    screen between them. Each episode is one log line, within a budget per
    hour: a program that takes the screen every few seconds for months fills
    no disk.
    """

    def __init__(self, now: float) -> None:
        # While the kiosk starts, the window manager (or compositor) is still
        # settling its window: cage, for one, first makes it maximised, and
        # the kiosk asks for fullscreen again. Not worth a line in the log.
        self._settling_until = now + GRACE_S
        self._current: _Episode | None = None
        self._strikes = 0  # rounds of a fight: losses within a calm second of a hold
        self._held_since = now
        self._said: deque[float] = deque()  # when each line was logged, this hour
        self._unsaid = 0
        self._muted = False

    def lost(self, seen: Lost, now: float, may_act: bool = True) -> bool:
        """The screen is lost; True if the kiosk should try to take it back now
        (never while it ``may_act`` not: then the episode only begins)."""
        episode = self._current
        if episode is None:
            # Lost again before a calm second had passed: one more round of a
            # fight. What the window manager settles at start-up is none.
            fight = now - self._held_since < CALM_S and now >= self._settling_until
            self._strikes = self._strikes + 1 if fight else 0
            episode = self._current = _Episode(seen, now, next_try=now + self._backoff_s())
        if not episode.warned and now - episode.started >= STUCK_S:
            episode.warned = True
            self._say(
                logging.WARNING,
                now,
                "%s and the kiosk has not got the screen back for %.0f s (is another "
                "program taking it?); still trying",
                episode.seen.value,
                now - episode.started,
            )
        if not may_act or now < episode.next_try:
            return False
        episode.attempts += 1
        episode.tried_at = now
        episode.next_try = now + min(RETRY_CAP_S, RETRY_STEP_S * episode.attempts)
        return True

    def answered(self, now: float) -> None:
        """The window manager did something to the window since the last
        attempt: if the screen is still lost, the next attempt need not wait
        out its time (but comes no sooner than a check after the last)."""
        episode = self._current
        if episode is not None and episode.tried_at is not None:
            soonest = max(now, episode.tried_at + RETRY_STEP_S)
            episode.next_try = min(episode.next_try, soonest)

    def held(self, now: float) -> None:
        """The kiosk has the screen."""
        episode, self._current = self._current, None
        if episode is not None and episode.started < self._settling_until:
            self._held_since = now
            log.debug("%s while starting; taken back", episode.seen.value)
        elif episode is not None:
            self._held_since = now
            said = self._say(
                logging.INFO,
                now,
                "%s; took the screen back (%.1f s)",
                episode.seen.value,
                now - episode.started,
            )
            self._unsaid += not said
        elif self._muted and not self._budget_spent(now):
            self._unmute()

    def _backoff_s(self) -> float:
        if self._strikes == 0:
            return 0.0
        return min(MAX_BACKOFF_S, CHECK_MS / 1000 * 2 ** (self._strikes - 1))

    def _budget_spent(self, now: float) -> bool:
        while self._said and now - self._said[0] >= LOG_WINDOW_S:
            self._said.popleft()
        return len(self._said) >= LOG_BUDGET

    def _say(self, level: int, now: float, message: str, *args: object) -> bool:
        if self._budget_spent(now):
            if not self._muted:
                self._muted = True
                log.warning(
                    "the screen keeps being taken (%d lines about it this hour); the kiosk "
                    "keeps taking it back, and logs how often within the hour",
                    LOG_BUDGET,
                )
            return False
        if self._muted:
            self._unmute()
        self._said.append(now)
        log.log(level, message, *args)
        return True

    def _unmute(self) -> None:
        self._muted = False
        if self._unsaid:
            log.info(
                "the screen was taken and taken back %d more times (not logged one by one)",
                self._unsaid,
            )
        self._unsaid = 0


class ScreenReclaimer(QObject):
    """Keeps a kiosk-mode window on screen. Made only in kiosk mode; ``stop()``
    when the kiosk is leaving (staff exit, SIGTERM), so that nothing fights
    a window that is meant to go."""

    def __init__(
        self,
        window: QWindow,
        *,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
        platform: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._clock = clock
        self._platform = platform if platform is not None else QGuiApplication.platformName()
        self._stopped = False
        self._armed_at = clock() + GRACE_S
        self._episodes = Episodes(clock())
        self._keyboard_held = False  # only for the log: said once
        # What the kiosk's last attempt left (what its own requests did at
        # once): a change from it, seen in the window system's notices, is the
        # window manager's answer.
        self._left: Lost | None = None
        self._acting = False  # the kiosk's own requests echo as signals
        self._map_asked_at: float | None = None  # a map not yet shown by the WM
        self._periodic = self._timer(CHECK_MS, single=False)
        self._soon = self._timer(SETTLE_MS, single=True)
        self._remap = self._timer(REMAP_MS, single=True)
        self._periodic.timeout.connect(self.on_check)
        self._soon.timeout.connect(self.on_check)
        self._remap.timeout.connect(self.on_remap_due)
        for signal in self._window_signals():
            signal.connect(self.on_window_changed)
        window.installEventFilter(self)  # exposure comes only as an event
        self._periodic.start()

    def _window_signals(self) -> tuple:
        window = self._window
        return (window.visibilityChanged, window.windowStateChanged, window.activeChanged)

    def _timer(self, interval_ms: int, single: bool) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(interval_ms)
        timer.setSingleShot(single)
        return timer

    @Slot()
    def stop(self) -> None:
        """The kiosk is leaving: nothing is reclaimed from now on."""
        if self._stopped:
            return
        self._stopped = True
        for timer in (self._periodic, self._soon, self._remap):
            timer.stop()
        # Nothing reacts any more, also not to the window being torn down.
        for signal in self._window_signals():
            signal.disconnect(self.on_window_changed)
        self._window.removeEventFilter(self)
        if self._platform == "xcb":
            self._window.setKeyboardGrabEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose:
            self.on_window_changed()
        return False

    @Slot()
    def on_window_changed(self) -> None:
        # Any of the window's signals, whatever it carries (a slot may take
        # fewer arguments than its signal). Signals are direct calls, also
        # after the event loop has ended; only a timer acts, so nothing
        # happens while the kiosk is shutting down.
        if self._stopped or self._acting:
            return
        if self._left is not None and diagnose(self._window, self._platform) is not self._left:
            self._left = None
            self._episodes.answered(self._clock())
        self._soon.start()

    @Slot()
    def on_check(self) -> None:
        if self._stopped or self._remap.isActive():
            return  # a remap in progress: the window is hidden on purpose
        now = self._clock()
        if self._window.isExposed():
            self._map_asked_at = None
            if self._armed_at > now:
                self._armed_at = now  # shown by the window manager: kept on screen from now on
        lost = diagnose(self._window, self._platform)
        if lost is None:
            self._on_held(now)
        # Until then the window manager has not shown the window yet.
        elif self._episodes.lost(lost, now, may_act=now >= self._armed_at):
            self._acting = True
            try:
                self._take_back(lost, now)
            finally:
                self._acting = False
            self._left = diagnose(self._window, self._platform)

    def _on_held(self, now: float) -> None:
        self._armed_at = min(self._armed_at, now)
        if self._platform == "xcb":
            self._hold_keyboard()
        self._episodes.held(now)

    def _hold_keyboard(self) -> None:
        # X releases a grab whenever the window stops being viewable (and Qt
        # may make a new native window on a remap), and a grab fails while another
        # client holds one (a window manager's menu): so it is taken again at
        # every check, one round trip to the X server each.
        if self._window.setKeyboardGrabEnabled(True) and not self._keyboard_held:
            self._keyboard_held = True
            log.info("holding the keyboard: the desktop's shortcuts come to the kiosk")

    def _take_back(self, lost: Lost, now: float) -> None:
        window = self._window
        if lost is Lost.INACTIVE:
            self._to_front()
        elif lost is Lost.OFF_SCREEN and self._map_pending(now):
            # The window manager is still taking in the map the kiosk asked
            # for (slowly, on a busy machine): hiding the window now would
            # withdraw it, and the next map is a new native window (Qt makes
            # one because _show sets the stay-on-top flag again), which it
            # takes in from the start. Hidden every half second, it never
            # got one shown (openbox slowed down to 1-2 s per new window).
            pass
        elif lost is Lost.OFF_SCREEN and self._platform == "xcb":
            # Shown desktop, another desktop, or unmapped by another client:
            # the window manager keeps the window where it is, and Qt still
            # thinks it visible. Only a new map puts it on the current
            # desktop, in front, with the focus.
            self._map_asked_at = None  # this map is a new one
            window.hide()
            self._remap.start()
        else:
            self._show()

    @Slot()
    def on_remap_due(self) -> None:
        if self._stopped:
            return
        self._acting = True
        try:
            self._show()
        finally:
            self._acting = False
        self._left = diagnose(self._window, self._platform)

    def _map_pending(self, now: float) -> bool:
        asked = self._map_asked_at
        return asked is not None and now - asked < MAP_PATIENCE_S

    def _show(self) -> None:
        window = self._window
        if not window.isExposed() and self._map_asked_at is None:
            self._map_asked_at = self._clock()  # a map (or a new window) for the WM to show
        if self._platform == "xcb" and window.flags() & QtCore.Qt.WindowType.WindowStaysOnTopHint:
            # A window manager that lost track of the window (see REMAP_MS)
            # may have dropped "above"; Qt only sends it again on a change.
            window.setFlag(QtCore.Qt.WindowType.WindowStaysOnTopHint, False)
            window.setFlag(QtCore.Qt.WindowType.WindowStaysOnTopHint, True)
        window.showFullScreen()
        self._to_front()

    def _to_front(self) -> None:
        # Wayland: the compositor alone decides (and Qt warns). Platforms
        # without stacking of their own (offscreen, eglfs) warn on raise().
        if self._platform in _STACKING:
            self._window.raise_()
        if not self._platform.startswith("wayland"):
            self._window.requestActivate()
