"""The kiosk's clock: one object, handed by keyword to whatever needs the
time (kiosk.app makes it; a test hands in one of its own).

Times are the kiosk's local wall time, naive: content dates are written in
it (kiosk.content.dates) and a visitor reads the header's date in it.
Qt-free, so that anything can be given one.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The local wall time now, without a time zone."""


class SystemClock:
    """The PC's clock, as its time zone and daylight saving time say."""

    def now(self) -> dt.datetime:
        return dt.datetime.now()


class StartedClock:
    """A clock set to ``start`` when made, running on at the real pace from
    there: `kiosk shot --at` draws a screen as on that day (a notice before
    it goes up), and tests run the kiosk at a moment of their choosing and
    watch a notice's window open by itself. ``set`` moves it, as staff
    setting a PC's clock would."""

    def __init__(self, start: dt.datetime) -> None:
        self.set(start)

    def set(self, moment: dt.datetime) -> None:
        self._start, self._since = moment, time.monotonic()

    def now(self) -> dt.datetime:
        return self._start + dt.timedelta(seconds=time.monotonic() - self._since)
