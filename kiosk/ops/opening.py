"""Opening hours at run time: the closed screen outside them, then the
display asleep; awake again at opening time or at a touch.

The schedule (kiosk.opening_hours) is asked again every few seconds from
the kiosk's clock, not trusted to a timer set for the next change: a clock
set back or forward, a DST night or a suspended PC all come right at the
next look.

Out of hours a touch wakes the display to the closed screen, which says
when the kiosk opens again; visitors cannot browse then (staff set the
hours; the kiosk keeps them). After a quiet spell the display sleeps again.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.opening_hours import OpeningHours
from kiosk.ops.display_power import ON, DisplayPower
from kiosk.ops.protocols import KioskState
from kiosk.screens import Screen

QML_IMPORT_NAME = "Kiosk.Ops"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpeningTimings:
    check_s: float = 15  # how often the clock is asked
    sleep_after_s: float = 60  # the closed screen shows this long before the display sleeps


@QmlElement
@QmlUncreatable("made by kiosk.app")
class OpeningTimes(QObject):
    changed = Signal()

    def __init__(
        self,
        *,
        hours: OpeningHours | None,
        kiosk: KioskState,
        power: DisplayPower,
        timings: OpeningTimings = OpeningTimings(),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._hours = hours
        self._kiosk = kiosk
        self._power = power
        self._open = True
        self._reopens: dt.datetime | None = None
        self._check = QTimer(self)
        self._check.setInterval(round(timings.check_s * 1000))
        self._check.timeout.connect(self.on_check)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(round(timings.sleep_after_s * 1000))
        self._quiet.timeout.connect(self.on_quiet)
        power.stateChanged.connect(self.changed)
        if hours is not None:
            self._check.start()
            # As soon as the event loop runs: after the screen the kiosk
            # starts on is set up, the closed one replaces it out of hours.
            QTimer.singleShot(0, self, self.on_check)

    @property
    def is_open(self) -> bool:
        return self._open

    @property
    def hours(self) -> OpeningHours | None:
        return self._hours

    def set_hours(self, hours: OpeningHours | None) -> None:
        """Staff changed them: they count from now."""
        self._hours = hours
        if hours is None:
            self._check.stop()
        else:
            self._check.start()
        self.on_check()

    @Slot()
    def on_check(self) -> None:
        now = self._kiosk.now()
        is_open = self._hours is None or self._hours.is_open(now)
        if is_open:
            if not self._open:
                log.info("opening time: the kiosk is open")
                self._open = True
                self._quiet.stop()
                self._power.wake()
                self._kiosk.show_open()
                self.changed.emit()
            return
        reopens = self._hours.next_change(now) if self._hours else None
        # Staff may have put new content up meanwhile (it opens on the attract screen).
        elsewhere = self._kiosk.screen != Screen.Closed
        if self._open or reopens != self._reopens or elsewhere:
            if self._open:
                log.info("closing time: the kiosk is closed until %s", reopens or "further notice")
            self._open, self._reopens = False, reopens
            self._kiosk.show_closed(reopens)
            if self._power.state == ON:
                self._quiet.start()
            self.changed.emit()

    @Slot()
    def on_quiet(self) -> None:
        if not self._open:
            self._power.sleep()

    def wake(self) -> None:
        """A touch on the sleeping display (kiosk.ops.wake_filter)."""
        self._power.wake()
        if not self._open:
            self._quiet.start()

    def activity(self) -> None:
        """A touch on the awake closed screen: it stays lit a while longer."""
        if not self._open and self._power.state == ON:
            self._quiet.start()

    def stop(self) -> None:
        self._check.stop()
        self._quiet.stop()
        self._power.stop()

    def status(self) -> dict[str, object]:
        """For status.json: open or closed, and what the display does."""
        return {
            "open": self._open,
            "reopens_at": self._reopens.isoformat(timespec="minutes") if self._reopens else None,
            "display": self._power.state,
            "display_method": self._power.method,
        }

    isOpen = Property(bool, lambda self: self._open, notify=changed)
    # The display is asleep or black: the window draws nothing but black.
    dark = Property(bool, lambda self: self._power.state != ON, notify=changed)
