"""Liveness for systemd's watchdog: ``WATCHDOG=1`` only while the UI thread
runs its event loop AND frames still reach the screen.

Why a UI-thread timer that asks for a frame, rather than a ping per
frameSwapped: a kiosk at rest renders nothing (nothing on screen changes),
yet it is alive if its UI thread answers, so frames alone cannot be the
signal. And frameSwapped alone can lie: Qt Quick's threaded render loop
emits it from the render thread, which can go on drawing an Animator while
the UI thread is frozen. So each tick of a timer on the UI thread pings
only if the frame it asked for at the previous tick has been swapped since
(the swap reaches this object queued, on the UI thread), then asks for the
next one (``QQuickWindow.update()``: one frame per tick, nothing a visitor
sees). A frozen UI thread runs no tick and receives no swap: the pings stop
and systemd restarts the kiosk after ``WatchdogSec=``. A render thread
stuck in a driver swaps nothing: the pings stop too.

A window that is not exposed (minimised on a desktop) draws nothing by
design; there a responsive UI thread is enough.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtQuick import QQuickWindow

from kiosk.ops.sd_notify import Notifier, watchdog_interval_s

log = logging.getLogger(__name__)

# Without $WATCHDOG_USEC (no systemd watchdog) the heartbeat still runs: its
# last frame time goes into status.json.
DEFAULT_INTERVAL_S = 10.0


class Heartbeat(QObject):
    """Made on the UI thread, a child of the window; start() after the first
    frame. ``last_frame`` is the wall-clock time of the last frame seen
    (time.time()), for the health report."""

    def __init__(
        self,
        *,
        window: QQuickWindow,
        notifier: Notifier,
        interval_s: float | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._notifier = notifier
        self._swapped = False
        self.last_frame: float | None = None
        self.pings = 0
        self._stalled = False  # said once when frames stop, once when they come back
        self._timer = QTimer(self)
        interval = interval_s if interval_s is not None else watchdog_interval_s(DEFAULT_INTERVAL_S)
        self._timer.setInterval(max(50, round(interval * 1000)))
        self._timer.timeout.connect(self.on_tick)
        # Auto connection: from the render thread it is queued to this (UI) thread.
        window.frameSwapped.connect(self.on_frame_swapped)

    @property
    def notifier_enabled(self) -> bool:
        """Is systemd listening ($NOTIFY_SOCKET set)?"""
        return self._notifier.enabled

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        """The first frame is on screen: say READY=1 and start pinging."""
        self._swapped = True
        self.last_frame = time.time()
        self._notifier.send("READY=1\nSTATUS=showing the kiosk")
        if self._notifier.enabled:
            log.info(
                "systemd watchdog: a ping every %.1f s while frames are drawn",
                self.interval_ms / 1000,
            )
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._notifier.send("STOPPING=1")

    @Slot()
    def on_frame_swapped(self) -> None:
        self._swapped = True
        self.last_frame = time.time()

    @Slot()
    def on_tick(self) -> None:
        if self._swapped or not self._window.isExposed():
            if self._stalled:
                self._stalled = False
                log.info("frames are drawn again; watchdog pings resume")
            if self._notifier.send("WATCHDOG=1"):
                self.pings += 1
        elif not self._stalled:
            self._stalled = True
            log.warning(
                "no frame drawn for %.1f s; the watchdog is not told the kiosk is alive",
                self.interval_ms / 1000,
            )
        self._swapped = False
        self._window.update()  # the frame the next tick looks for
