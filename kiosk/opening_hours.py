"""Opening hours: when the kiosk is open, and when that next changes.

Pure Python, beside kiosk.screens: the models show it and ops reads it
from the settings. Clock-free: every question takes the moment it is about, as the
kiosk's local wall time (kiosk.models.clock), so that tests ask about any
moment (a DST night, midnight, a clock set back) without waiting for it.

Decisions, also for staff:
- A day is ``closed``, ``open`` (all day) or one or more ranges
  ``09:00-13:00, 14:00-18:00``; ``24:00`` ends a range at midnight.
- A range whose end is not after its start runs past midnight into the next
  day: ``fri: 20:00-02:00`` is open Friday 20:00 to Saturday 02:00, whatever
  Saturday says.
- Wall time is what counts: on a DST night a range follows the clock on the
  wall (a kiosk open 09:00-18:00 opens at 09:00 both before and after the
  change; a change at 02:30 on a night that skips 02:00-03:00 happens when
  the clock shows 03:00). The caller asks again as time goes by rather than
  trusting a timer for a moment the clock may jump over.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_MINUTES = 24 * 60
CLOSED, OPEN = "closed", "open"
# "9:00", "09:00", "24:00"; minutes are any two digits 00-59.
_TIME = re.compile(r"([01]?[0-9]|2[0-4]):([0-5][0-9])")


@dataclass(frozen=True, order=True)
class Span:
    """Open from ``start`` to ``end``, minutes after the day's midnight;
    ``end`` beyond 1440 runs into the next day."""

    start: int
    end: int

    def text(self) -> str:
        return f"{_hhmm(self.start)}-{_hhmm(self.end % DAY_MINUTES or self.end)}"


@dataclass(frozen=True)
class OpeningHours:
    """Each weekday's spans, Monday first (an empty tuple: closed that day)."""

    days: tuple[tuple[Span, ...], ...]

    @classmethod
    def always(cls) -> OpeningHours:
        return cls(tuple((Span(0, DAY_MINUTES),) for _ in WEEKDAYS))

    def is_open(self, moment: dt.datetime) -> bool:
        minute = moment.hour * 60 + moment.minute
        today = moment.weekday()
        if any(s.start <= minute < s.end for s in self.days[today]):
            return True
        # Yesterday's range running past midnight.
        yesterday = self.days[(today - 1) % 7]
        return any(minute < s.end - DAY_MINUTES for s in yesterday)

    def next_change(self, moment: dt.datetime) -> dt.datetime | None:
        """The first wall-clock moment after ``moment`` at which ``is_open``
        differs from now; None if it never does (open or closed every day)."""
        now_open = self.is_open(moment)
        midnight = dt.datetime.combine(moment.date(), dt.time())
        edges: list[dt.datetime] = []
        for offset in range(-1, 9):
            day = midnight + dt.timedelta(days=offset)
            for span in self.days[day.weekday()]:
                edges.append(day + dt.timedelta(minutes=span.start))
                edges.append(day + dt.timedelta(minutes=span.end))
        for edge in sorted(e for e in set(edges) if e > moment):
            if self.is_open(edge) != now_open:
                return edge
        return None

    def day_text(self, weekday: int) -> str:
        """One day as the settings file writes it (parse_day reads it back)."""
        spans = self.days[weekday]
        if not spans:
            return CLOSED
        if spans == (Span(0, DAY_MINUTES),):
            return OPEN
        return ", ".join(s.text() for s in spans)

    def as_setting(self) -> dict[str, str]:
        return {name: self.day_text(i) for i, name in enumerate(WEEKDAYS)}

    @property
    def never_open(self) -> bool:
        return not any(self.days)


def parse_day(text: str) -> tuple[tuple[Span, ...], str | None]:
    """``"09:00-13:00, 14:00-18:00"`` → its spans, or ``((), why)`` when the
    text is not a day's hours (the caller decides what stands in)."""
    words = text.strip().lower()
    if words == CLOSED:
        return (), None
    if words == OPEN:
        return (Span(0, DAY_MINUTES),), None
    spans: list[Span] = []
    for part in words.split(","):
        span, problem = _parse_range(part.strip())
        if span is None:
            return (), problem
        spans.append(span)
    return tuple(sorted(spans)), None


def _parse_range(text: str) -> tuple[Span | None, str | None]:
    example = "write e.g. 09:00-18:00, 09:00-13:00, 14:00-18:00, open or closed"
    start_text, dash, end_text = text.partition("-")
    if not dash:
        return None, f"{text[:30]!r} is not a range from-to; {example}"
    start, end = _minutes(start_text.strip()), _minutes(end_text.strip())
    if start is None or end is None:
        return None, f"{text[:30]!r} is not a range of times 00:00-24:00; {example}"
    if start == DAY_MINUTES:
        return None, f"{text[:30]!r} starts at 24:00; start at 00:00 instead"
    if end == start:
        return None, f"{text[:30]!r} is empty (write open for all day)"
    if end < start:
        end += DAY_MINUTES  # runs past midnight into the next day
    return Span(start, end), None


def _minutes(text: str) -> int | None:
    match = _TIME.fullmatch(text)
    if match is None:
        return None
    hours, minutes = int(match[1]), int(match[2])
    if hours == 24 and minutes:
        return None
    return hours * 60 + minutes


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
