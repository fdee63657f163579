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
episode is logged once, when the screen is back. Another program that keeps
taking the screen is not fought in a tight loop: attempts back off.
"""

from __future__ import annotations

import enum
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QWindow

log = logging.getLogger(__name__)

CHECK_MS = 500  # the safety net's period
SETTLE_MS = 50  # after a signal: let the window manager's burst of events arrive
# X11: after an unmap, show again only once the window manager has processed
# the withdrawal; mapped at once, the window manager may drop the fullscreen
# and stay-on-top states Qt sets for the new map (the check then puts them back).
REMAP_MS = 150
GRACE_S = 3.0  # at start-up, how long the window may take to appear before it is checked
CALM_S = 1.0  # held this long, a lost screen is a new episode, not a fight
MAX_BACKOFF_S = 8.0
STUCK_S = 5.0  # not back after this long: a warning for staff, once per episode


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
    if window.windowStates() & Qt.WindowState.WindowMinimized:
        return Lost.MINIMISED
    wayland = platform.startswith("wayland")
    if not wayland and not window.isExposed():
        return Lost.OFF_SCREEN
    if not window.windowStates() & Qt.WindowState.WindowFullScreen:
        return Lost.NOT_FULLSCREEN
    if not wayland and not window.isActive():
        return Lost.INACTIVE
    return None


@dataclass
class _Episode:
    seen: Lost  # what was noticed first: the log names it
    started: float
    next_try: float
    warned: bool = False


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
        self._episode: _Episode | None = None
        self._strikes = 0  # attempts since the screen was last held calmly
        self._held_since = clock()
        self._keyboard_held = False  # only for the log: said once
        self._periodic = self._timer(CHECK_MS, single=False)
        self._soon = self._timer(SETTLE_MS, single=True)
        self._remap = self._timer(REMAP_MS, single=True)
        self._periodic.timeout.connect(self.on_check)
        self._soon.timeout.connect(self.on_check)
        self._remap.timeout.connect(self.on_remap_due)
        window.visibilityChanged.connect(self.on_window_changed)
        window.windowStateChanged.connect(self.on_window_changed)
        window.activeChanged.connect(self.on_window_changed)
        window.installEventFilter(self)  # exposure comes only as an event
        self._periodic.start()

    def _timer(self, interval_ms: int, single: bool) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(interval_ms)
        timer.setSingleShot(single)
        return timer

    def stop(self) -> None:
        """The kiosk is leaving: nothing is reclaimed from now on."""
        self._stopped = True
        for timer in (self._periodic, self._soon, self._remap):
            timer.stop()
        if self._platform == "xcb":
            self._window.setKeyboardGrabEnabled(False)

    @property
    def stopped(self) -> bool:
        return self._stopped

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose:
            self.on_window_changed()
        return False

    def on_window_changed(self, *_args) -> None:
        # Signals are direct calls, also after the event loop has ended; only
        # a timer acts, so nothing happens while the kiosk is shutting down.
        if not self._stopped:
            self._soon.start()

    def on_check(self) -> None:
        if self._stopped or self._remap.isActive():
            return  # a remap in progress: the window is hidden on purpose
        now = self._clock()
        lost = diagnose(self._window, self._platform)
        if lost is None:
            self._on_held(now)
            return
        if now < self._armed_at:
            return  # still starting: the window manager has not shown it yet
        episode = self._episode
        if episode is None:
            if now - self._held_since >= CALM_S:
                self._strikes = 0
            episode = self._episode = _Episode(lost, now, next_try=now + self._backoff_s())
        if now >= episode.next_try:
            self._strikes += 1
            self._take_back(lost)
            episode.next_try = now + self._backoff_s()
        if not episode.warned and now - episode.started >= STUCK_S:
            episode.warned = True
            log.warning(
                "%s and the kiosk has not got the screen back for %.0f s (is another "
                "program taking it?); still trying",
                episode.seen.value,
                now - episode.started,
            )

    def _on_held(self, now: float) -> None:
        if self._armed_at > now:
            self._armed_at = now  # shown: from now on it is kept on screen
        if self._platform == "xcb":
            self._hold_keyboard()
        episode, self._episode = self._episode, None
        if episode is None:
            return
        self._held_since = now
        log.info(
            "%s; took the screen back (%.1f s)", episode.seen.value, now - episode.started
        )

    def _hold_keyboard(self) -> None:
        # X releases a grab whenever the window stops being viewable (and the
        # window is a new one after a remap), and a grab fails while another
        # client holds one (a window manager's menu): so it is taken again at
        # every check, one round trip to the X server each.
        if self._window.setKeyboardGrabEnabled(True) and not self._keyboard_held:
            self._keyboard_held = True
            log.info("holding the keyboard: the desktop's shortcuts come to the kiosk")

    def _backoff_s(self) -> float:
        """None at first; then doubling from the check period, so a program
        that keeps taking the screen meets a few attempts a minute, not a
        flickering loop."""
        if self._strikes == 0:
            return 0.0
        return min(MAX_BACKOFF_S, CHECK_MS / 1000 * 2 ** (self._strikes - 1))

    def _take_back(self, lost: Lost) -> None:
        window = self._window
        if lost is Lost.INACTIVE:
            window.raise_()
            window.requestActivate()
        elif lost is Lost.OFF_SCREEN and self._platform == "xcb":
            # Shown desktop, another desktop, or unmapped by another client:
            # the window manager keeps the window where it is, and Qt still
            # thinks it visible. Only a new map puts it on the current
            # desktop, in front, with the focus.
            window.hide()
            self._remap.start()
        else:
            self._show()

    def on_remap_due(self) -> None:
        if not self._stopped:
            self._show()

    def _show(self) -> None:
        window = self._window
        if self._platform == "xcb" and window.flags() & Qt.WindowType.WindowStaysOnTopHint:
            # A window manager that lost track of the window (see REMAP_MS)
            # may have dropped "above"; Qt only sends it again on a change.
            window.setFlag(Qt.WindowType.WindowStaysOnTopHint, False)
            window.setFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        window.showFullScreen()
        if not self._platform.startswith("wayland"):
            window.raise_()
            window.requestActivate()
