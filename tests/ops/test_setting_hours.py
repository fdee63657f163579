"""The opening_hours setting: read day by day, every bad value named by
FILE:LINE with what happens instead; a typo never closes the kiosk."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from kiosk.opening_hours import WEEKDAYS, OpeningHours
from kiosk.ops.settings import Settings, load_settings, save_settings, settings_path

WEEK = "".join(f"  {d}: 09:00-18:00\n" for d in WEEKDAYS[:5]) + "  sat: closed\n  sun: closed\n"
MONDAY_NOON = dt.datetime(2026, 11, 30, 12, 0)
SATURDAY_NOON = dt.datetime(2026, 12, 5, 12, 0)


def load(text: str, caplog) -> tuple[Settings, str]:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    path.chmod(0o600)  # as the kiosk writes it: no warning about others reading it
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        return load_settings(), str(path)


def test_a_week_of_hours_is_read(caplog):
    settings, _ = load("idle_timeout: 60\nopening_hours:\n" + WEEK, caplog)
    hours = settings.opening_hours
    assert hours is not None and caplog.text == ""
    assert hours.is_open(MONDAY_NOON) and not hours.is_open(SATURDAY_NOON)
    assert settings.idle_timeout == 60


def test_no_setting_means_always_open(caplog):
    assert load("idle_timeout: 60\n", caplog)[0].opening_hours is None
    assert load("opening_hours:\n", caplog)[0].opening_hours is None
    assert caplog.text == ""


@pytest.mark.parametrize(
    ("day_line", "message"),
    [
        ("  mon: 9-18\n", "mon: '9-18' is not a range of times 00:00-24:00"),
        ("  mon: 09:00-25:00\n", "mon: '09:00-25:00' is not a range of times"),
        ("  mon: 09:00\n", "mon: '09:00' is not a range from-to"),
        ("  mon: off\n", "mon: 'off' is not opening hours (e.g. 09:00-18:00, open or closed)"),
        ("  mon: [09:00-18:00]\n", "mon: 'a list' is not opening hours"),
        ("  mon: 10:00-10:00\n", "mon: '10:00-10:00' is empty"),
        ("  mon: !!str 09:00-18:00\n", "mon: open all day"),
    ],
)
def test_a_bad_day_is_named_and_stays_open(day_line, message, caplog):
    text = "opening_hours:\n" + day_line + WEEK.split("\n", 1)[1]
    settings, path = load(text, caplog)
    assert f"{path}:2: opening_hours: {message}" in caplog.text, caplog.text
    assert "open all day" in caplog.text
    assert settings.opening_hours is not None
    assert settings.opening_hours.is_open(dt.datetime(2026, 11, 30, 3, 0))  # Monday 03:00
    assert not settings.opening_hours.is_open(SATURDAY_NOON)  # the rest stands


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("opening_hours: 09:00-18:00\n", 1, "must be one line per weekday"),
        ("opening_hours:\n  - mon\n", 2, "must be one line per weekday"),
        ("opening_hours:\n  monday: closed\n" + WEEK, 2, "'monday' is not a weekday"),
        ("opening_hours:\n" + WEEK.replace("  wed: 09:00-18:00\n", ""), 1, "wed is not given"),
        ("opening_hours:\n" + WEEK + "  mon: closed\n", 9, "duplicate key 'mon'"),
    ],
)
def test_a_broken_setting_keeps_the_kiosk_open(text, line, message, caplog):
    settings, path = load(text, caplog)
    assert f"{path}:{line}: " in caplog.text and message in caplog.text, caplog.text
    hours = settings.opening_hours
    assert hours is None or hours.is_open(MONDAY_NOON)


def test_every_day_closed_is_kept_and_said(caplog):
    text = "opening_hours:\n" + "".join(f"  {d}: closed\n" for d in WEEKDAYS)
    settings, path = load(text, caplog)
    assert settings.opening_hours is not None and settings.opening_hours.never_open
    assert f"{path}:1: opening_hours: every day is closed" in caplog.text


def test_hours_are_saved_one_line_a_day_and_read_back(caplog):
    settings, _ = load("opening_hours:\n" + WEEK.replace("09:00-18:00", "22:00-02:00"), caplog)
    save_settings(settings)
    text = settings_path().read_text("utf-8")
    assert "  mon: 22:00-02:00\n" in text and "  sun: closed\n" in text
    again, _ = load(text, caplog)
    assert again == settings and caplog.text == ""
    assert again.opening_hours == OpeningHours(settings.opening_hours.days)
