"""The opening-hours model: open or not at a moment, and the next change,
over midnight, overnight ranges, closed days, DST nights and clock jumps."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.models.clock import StartedClock
from kiosk.opening_hours import WEEKDAYS, OpeningHours, Span, parse_day


def hours(**days: str) -> OpeningHours:
    parsed = []
    for name in WEEKDAYS:
        spans, problem = parse_day(days.get(name, "09:00-18:00"))
        assert problem is None, problem
        parsed.append(spans)
    return OpeningHours(tuple(parsed))


# 2026-11-30 is a Monday.
MON = dt.date(2026, 11, 30)


def at(day_offset: int, hhmm: str) -> dt.datetime:
    h, m = map(int, hhmm.split(":"))
    return dt.datetime.combine(MON + dt.timedelta(days=day_offset), dt.time(h, m))


def test_open_within_hours_and_closed_outside() -> None:
    week = hours()
    assert not week.is_open(at(0, "08:59"))
    assert week.is_open(at(0, "09:00"))
    assert week.is_open(at(0, "17:59"))
    assert not week.is_open(at(0, "18:00"))
    assert week.next_change(at(0, "12:00")) == at(0, "18:00")
    assert week.next_change(at(0, "18:00")) == at(1, "09:00")


def test_several_ranges_a_day() -> None:
    week = hours(mon="09:00-13:00, 14:00-18:00")
    assert week.is_open(at(0, "12:59"))
    assert not week.is_open(at(0, "13:30"))
    assert week.next_change(at(0, "13:00")) == at(0, "14:00")


def test_overnight_range_runs_into_the_next_day() -> None:
    week = hours(fri="20:00-02:00", sat="closed")
    assert week.is_open(at(4, "23:59"))
    assert week.is_open(at(5, "00:00"))
    assert week.is_open(at(5, "01:59"))
    assert not week.is_open(at(5, "02:00"))
    assert week.next_change(at(4, "21:00")) == at(5, "02:00")
    assert week.next_change(at(5, "03:00")) == at(6, "09:00")  # Sunday opens at 09:00
    assert hours(fri="20:00-02:00").day_text(4) == "20:00-02:00"


def test_midnight_to_midnight_joins_days() -> None:
    week = hours(mon="18:00-24:00", tue="00:00-06:00")
    assert week.is_open(at(0, "23:59")) and week.is_open(at(1, "00:00"))
    # The change is when it really closes, not at midnight between two open spans.
    assert week.next_change(at(0, "20:00")) == at(1, "06:00")
    assert week.day_text(0) == "18:00-24:00"


def test_a_closed_day_is_skipped() -> None:
    week = hours(sat="closed", sun="closed")
    assert not week.is_open(at(5, "12:00"))
    assert week.next_change(at(4, "18:30")) == at(7, "09:00")


def test_all_days_closed_never_changes() -> None:
    week = hours(**{d: "closed" for d in WEEKDAYS})
    assert week.never_open
    assert not week.is_open(at(0, "12:00"))
    assert week.next_change(at(0, "12:00")) is None


def test_always_open_never_changes() -> None:
    week = OpeningHours.always()
    assert week.is_open(at(3, "03:00"))
    assert week.next_change(at(3, "03:00")) is None
    assert week.as_setting() == {d: "open" for d in WEEKDAYS}


def test_dst_nights_follow_the_wall_clock() -> None:
    # Europe: 2027-03-28 02:00 -> 03:00 and 2026-10-25 03:00 -> 02:00 (Sundays).
    week = hours(sun="02:30-18:00")
    spring = dt.datetime(2027, 3, 28, 1, 59)
    assert not week.is_open(spring)
    assert week.next_change(spring) == dt.datetime(2027, 3, 28, 2, 30)
    # The wall clock jumps from 01:59 to 03:00: past the change, it is open.
    assert week.is_open(dt.datetime(2027, 3, 28, 3, 0))
    # Autumn: 02:00-03:00 happens twice; open both times, closed at 18:00 once.
    assert week.is_open(dt.datetime(2026, 10, 25, 2, 45))
    assert week.next_change(dt.datetime(2026, 10, 25, 2, 45)) == dt.datetime(2026, 10, 25, 18, 0)


def test_the_clock_jumping_is_answered_from_the_new_time() -> None:
    week = hours()
    clock = StartedClock(at(0, "10:00"))
    assert week.is_open(clock.now())
    clock.set(at(0, "22:00"))  # staff set the PC's clock forward
    assert not week.is_open(clock.now())
    assert week.next_change(clock.now()) == at(1, "09:00")
    clock.set(at(0, "08:00"))  # and back
    assert week.next_change(clock.now()) == at(0, "09:00")


@pytest.mark.parametrize(
    "text",
    [
        "9-17",
        "09:00",
        "25:00-26:00",
        "09:60-10:00",
        "24:00-02:00",
        "10:00-10:00",
        "24:30-01:00",
        "09:00-18:00,",
        "nine to five",
        "09:00-18:00, x",
        "-",
        "",
    ],
)
def test_bad_day_texts_are_refused_with_a_reason(text: str) -> None:
    spans, problem = parse_day(text)
    assert spans == () and problem


def test_day_texts_read_back() -> None:
    for text in ("closed", "open", "09:00-13:00, 14:00-18:00", "00:00-24:00", "22:15-06:45"):
        spans, problem = parse_day(text)
        assert problem is None
        week = OpeningHours(tuple(spans for _ in WEEKDAYS))
        expected = "open" if text == "00:00-24:00" else text
        assert week.day_text(0) == expected
    assert parse_day(" Closed ") == ((), None)
    assert parse_day("9:05-17:00") == ((Span(545, 1020),), None)


def test_the_reopening_day_is_written_as_within_a_sentence():
    """After "Açylýan wagty:" the weekday is in the middle of a sentence:
    Turkmen writes it small there ("sişenbe"; "Sişenbe" heads a list)."""
    from kiosk.i18n import closed_texts

    tuesday = dt.datetime(2026, 12, 1, 9, 0)
    details = {t["lang"]: t["detail"] for t in closed_texts(tuesday)}
    assert details == {
        "tk": "Açylýan wagty: sişenbe,\u00a009:00",
        "ru": "Откроется: вторник,\u00a009:00",
        "en": "Opens again: Tuesday,\u00a009:00",
    }
