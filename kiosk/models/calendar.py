"""Time passing, for the screens: today's date, the motto of this year only,
and the notices whose window is open, each changing by itself at its moment.

One single-shot timer is armed for the next moment anything dated can
change (the next midnight, or a notice's start or end:
kiosk.content.dates.next_change), never a poll every second. A wall clock
can also jump (NTP setting a PC's clock after boot, staff correcting it),
which a timer measuring elapsed time does not notice; so the timer is never
armed for longer than LOOK_AGAIN_MS, and every reset looks again too.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.content import Content
from kiosk.content.dates import next_change
from kiosk.models.clock import Clock

# A jump of the wall clock is noticed within this long (ms).
LOOK_AGAIN_MS = 5 * 60 * 1000


class Calendar(QObject):
    # The clock has reached a moment at which what is dated may change.
    passed = Signal()

    def __init__(self, *, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._content: Content | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # A coarse timer may fire 5 % early or late: at a boundary, that is
        # seconds of a notice shown after its end. Set as a property (0 is
        # Qt::PreciseTimer): the first frame does not wait for PySide to make
        # its Qt namespace (tests/test_first_frame_imports.py).
        self._timer.setProperty("timerType", 0)
        self._timer.timeout.connect(self.on_timeout)

    def now(self) -> dt.datetime:
        return self.clock.now()

    def watch(self, content: Content | None) -> None:
        """The content whose dates count from now on."""
        self._content = content
        self._arm()

    @property
    def interval_ms(self) -> int:
        """How long until the timer looks again (for tests and the log)."""
        return self._timer.interval() if self._timer.isActive() else -1

    def look(self) -> None:
        """Look at the clock now (a reset, a wall clock that may have jumped)."""
        self._arm()
        self.passed.emit()

    @Slot()
    def on_timeout(self) -> None:
        self.look()

    def _arm(self) -> None:
        now = self.clock.now()
        until = (next_change(self._content, now) - now).total_seconds() * 1000
        # One millisecond past the moment: at the moment itself, it has come.
        self._timer.start(max(1, min(LOOK_AGAIN_MS, math.ceil(until) + 1)))

    def stop(self) -> None:
        self._timer.stop()
