"""The staff panel's opening hours: each weekday open or closed, from and
to in half-hour steps. Saved at once with the other staff settings, and in
force at once.

One range a day here: a day with several ranges (written in the settings
file) shows its first opening and last closing, and becomes that one range
when staff change it. Ranges past midnight are written in the file only;
here a day ends at 24:00 at the latest.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.i18n import locale_for
from kiosk.opening_hours import DAY_MINUTES, WEEKDAYS, OpeningHours, Span
from kiosk.ops.opening import OpeningTimes

QML_IMPORT_NAME = "Kiosk.Ops"
QML_IMPORT_MAJOR_VERSION = 1

STEP = 30  # minutes
# A day staff open for the first time, and the week before any hours are set.
NEW_DAY = Span(9 * 60, 18 * 60)


@QmlElement
@QmlUncreatable("made by kiosk.app")
class OpeningHoursPanel(QObject):
    changed = Signal()

    def __init__(
        self,
        *,
        opening: OpeningTimes,
        save: Callable[[OpeningHours | None], None],
        language: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        """``save``: the staff panel's, which keeps the hours with the other
        settings; ``language``: the staff's, for the weekdays' names."""
        super().__init__(parent)
        self._opening = opening
        self._save = save
        self._language = language

    def _week(self) -> list[tuple[Span, ...]]:
        hours = self._opening.hours or OpeningHours.always()
        return list(hours.days)

    def _set(self, week: list[tuple[Span, ...]] | None) -> None:
        hours = None if week is None else OpeningHours(tuple(week))
        self._opening.set_hours(hours)
        self._save(hours)
        self.changed.emit()

    @Slot(int)
    def toggleDay(self, day: int) -> None:
        if day not in range(len(WEEKDAYS)):
            return
        week = self._week()
        week[day] = () if week[day] else (NEW_DAY,)
        self._set(week)

    @Slot(int, int)
    def shiftOpening(self, day: int, steps: int) -> None:
        self._shift(day, steps, opening=True)

    @Slot(int, int)
    def shiftClosing(self, day: int, steps: int) -> None:
        self._shift(day, steps, opening=False)

    @Slot()
    def refresh(self) -> None:
        """Staff open the hours: the weekdays named in today's language."""
        self.changed.emit()

    @Slot()
    def setAlwaysOpen(self) -> None:
        self._set(None)

    def _shift(self, day: int, steps: int, *, opening: bool) -> None:
        if day not in range(len(WEEKDAYS)) or steps not in (-1, 1):
            return
        week = self._week()
        if not week[day]:
            return
        start, end = week[day][0].start, min(week[day][-1].end, DAY_MINUTES)
        if opening:
            start = max(0, min(_step(start, steps), end - STEP))
        else:
            end = min(DAY_MINUTES, max(_step(end, steps), start + STEP))
        week[day] = (Span(start, end),)
        self._set(week)

    def _days(self) -> list[dict[str, object]]:
        locale = locale_for(self._language())
        rows: list[dict[str, object]] = []
        for day, spans in enumerate(self._week()):
            rows.append(
                {
                    "code": WEEKDAYS[day],
                    "name": locale.standaloneDayName(day + 1),
                    "open": bool(spans),
                    "from": _hhmm(spans[0].start) if spans else "",
                    "to": _hhmm(spans[-1].end % DAY_MINUTES or DAY_MINUTES) if spans else "",
                    "ranges": len(spans),
                }
            )
        return rows

    days = Property("QVariantList", _days, notify=changed)
    alwaysOpen = Property(bool, lambda self: self._opening.hours is None, notify=changed)


def _step(minutes: int, steps: int) -> int:
    """One half hour on, or back, to the half-hour grid (09:10 → 09:30 or 09:00)."""
    if steps > 0:
        return (minutes // STEP + 1) * STEP
    return (minutes - 1) // STEP * STEP


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
