"""A date is one thing to the eye: on every screen that shows one, in every
language, the date (and the closed screen's "Monday, 09:00") is joined by
no-break spaces, so that no Text item can break it across lines."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from helpers.visitor import open_screen, visible_texts, wait_screen

from kiosk.i18n import closed_texts, format_date

# "1 октября 2022", "1 oktýabr 2022", "1 October 2022", whatever the spaces.
DATE = re.compile(r"\d{1,2}\s+[^\W\d_]+\.?\s+\d{4}")
# "понедельник, 09:00"
DAY_TIME = re.compile(r"[^\W\d_]+,\s+\d{1,2}:\d{2}")


def breakable_dates(texts: list[str]) -> list[str]:
    """The dates (and days with times) in ``texts`` that hold a space a line
    may break at (anything but U+00A0)."""
    found = [m.group() for t in texts for p in (DATE, DAY_TIME) for m in p.finditer(t)]
    return [d for d in found if any(c.isspace() and c != "\u00a0" for c in d)]


def test_the_check_finds_a_breakable_date():
    assert breakable_dates(["as of 1 October 2022"]) == ["1 October 2022"]
    assert breakable_dates(["по состоянию на 1\u00a0октября 2022"]) == ["1\u00a0октября 2022"]
    assert breakable_dates(["Откроется: понедельник, 09:00"]) == ["понедельник, 09:00"]
    assert breakable_dates(["1\u00a0oktýabr\u00a02022", "Duşenbe,\u00a009:00"]) == []


@pytest.mark.parametrize("lang", ["tk", "ru", "en"])
def test_formatted_dates_and_reopening_times_never_break(lang):
    days = [dt.date(2022, m, d) for m in range(1, 13) for d in (1, 28)]
    assert not breakable_dates([format_date(lang, day) for day in days])
    for day in range(7):
        reopens = dt.datetime(2025, 11, 17 + day, 9, 0)
        texts = [t["detail"] for t in closed_texts(reopens)]
        assert all(DAY_TIME.search(t) for t in texts), texts
        assert not breakable_dates(texts)


@pytest.mark.parametrize("screen", ["attract", "home", "map", "map/central-asia", "map/europe"])
def test_no_date_on_screen_can_break(make_ui, qtbot, screen):
    """Every date a screen shows (header, figures' "as of", attract figures,
    map figures), in every language, at the narrowest screen."""
    ui = make_ui(lang="en", size=(1280, 800))
    dates = []
    for lang in ("tk", "ru", "en"):
        ui.model.setLanguage(lang)
        assert open_screen(ui.model, screen)
        wait_screen(qtbot, ui.window, screen.split("/")[0] + "Screen")
        texts = visible_texts(ui.window)
        dates += [m.group() for t in texts for m in DATE.finditer(t)]
        assert not breakable_dates(texts), (lang, screen)
    assert dates, f"{screen} shows no date: the test looks at nothing"


def test_the_closed_screen_s_reopening_cannot_break(make_ui, qtbot):
    ui = make_ui(lang="en", size=(1280, 800))
    ui.model.show_closed(dt.datetime(2025, 11, 17, 9, 0))
    wait_screen(qtbot, ui.window, "closedScreen")
    texts = visible_texts(ui.window)
    assert any(DAY_TIME.search(t) for t in texts), texts
    assert not breakable_dates(texts)
