"""What time does on screen, with the kiosk's clock handed in (a StartedClock
set to a moment of the test's choosing, running at the real pace; a
HeldClock, held there until the test has looked, when the moment is only
seconds away): a notice
appears and goes by itself at its window's bounds, the motto only in its
year, today's date at midnight; one timer armed for the next of those
moments, not a poll; the staff panel lists what has aged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers.dated import HeldClock, notice_yaml, write_notices
from helpers.layout import layout_problems
from helpers.visitor import find, find_all, open_screen, shown, wait_screen, wait_shown, walk
from PySide6.QtCore import QPointF

from kiosk.models.calendar import LOOK_AGAIN_MS
from kiosk.models.clock import StartedClock

at = dt.datetime
TEXT = {
    "tk": "Dynç alyş güni sebäpli. Ertir açyk.",
    "ru": "В связи с праздничным днём. Открыт завтра.",
    "en": "Closed for a public holiday. Open again tomorrow.",
}


def top(item) -> float:
    return item.mapToScene(QPointF(0, 0)).y()


def notice_shown(ui, nid: str) -> bool:
    return any(shown(i) for i in find_all(ui.window, f"homeNotice_{nid}"))


def attract_notice_shown(ui, nid: str) -> bool:
    return any(shown(i) for i in find_all(ui.window, f"attractNotice_{nid}"))


def test_a_notice_appears_by_itself_when_its_window_opens(make_ui, qtbot, content_copy: Path):
    write_notices(
        content_copy, notice_yaml("closed", "2025-11-15 10:01", "2025-11-15 12:00", text=TEXT)
    )
    clock = HeldClock(at(2025, 11, 15, 10, 0, 58, 500_000))
    ui = make_ui(content_dir=content_copy, lang="en", clock=clock)
    assert not notice_shown(ui, "closed")
    # One timer, for the moment the window opens (not a poll every second).
    assert 1000 <= ui.model.calendar.interval_ms <= 1600, ui.model.calendar.interval_ms
    clock.run()
    qtbot.waitUntil(lambda: notice_shown(ui, "closed"), timeout=15_000)
    assert clock.now() >= at(2025, 11, 15, 10, 1)
    title = find(ui.window, "homeNoticeTitle_closed")
    assert title.property("text") == "The consular section is closed"
    assert find(ui.window, "homeNoticeText_closed").property("text") == TEXT["en"]
    ui.model.setLanguage("tk")
    assert title.property("text") == "Konsullyk bölümi ýapyk"
    # Its end is further off than a look at the clock now and then.
    assert ui.model.calendar.interval_ms == LOOK_AGAIN_MS


def test_a_notice_goes_by_itself_when_its_window_closes(make_ui, qtbot, content_copy: Path):
    write_notices(content_copy, notice_yaml("closed", "2025-11-15", "2025-11-15"))
    clock = HeldClock(at(2025, 11, 15, 23, 59, 58, 500_000))
    ui = make_ui(content_dir=content_copy, lang="ru", clock=clock)
    assert notice_shown(ui, "closed")
    assert find(ui.window, "homeNoticeTitle_closed").property("text") == (
        "Консульский отдел закрыт"
    )
    assert not find_all(ui.window, "homeNoticeText_")  # no text: only the title
    date = find(ui.window, "dateText")
    assert date.property("text") == "15\u00a0ноября\u00a02025"
    clock.run()
    qtbot.waitUntil(lambda: not notice_shown(ui, "closed"), timeout=15_000)
    # The same moment: the last day ended at midnight, and the date turned.
    assert date.property("text") == "16\u00a0ноября\u00a02025"
    assert clock.now() >= at(2025, 11, 16)
    # Then nothing until the next midnight but a look now and then.
    assert ui.model.calendar.interval_ms == LOOK_AGAIN_MS


def test_the_attract_screen_shows_a_notice_in_every_language(make_ui, qtbot, content_copy):
    write_notices(
        content_copy,
        notice_yaml("closed", "2025-11-15 10:01", "2025-11-15 12:00"),
        notice_yaml("fair", "2025-11-14", "2025-11-16", kind="event", title={
            "tk": "Sergi: Türkmenistanyň daşary syýasaty",
            "ru": "Выставка: внешняя политика Туркменистана",
            "en": "Exhibition: the foreign policy of Turkmenistan",
        }),
    )  # fmt: skip
    clock = HeldClock(at(2025, 11, 15, 10, 0, 58, 500_000))
    ui = make_ui(content_dir=content_copy, lang="en", clock=clock, screen="attract")
    wait_screen(qtbot, ui.window, "attractScreen")
    assert attract_notice_shown(ui, "fair") and not attract_notice_shown(ui, "closed")
    notice = find(ui.window, "attractNotice_fair")
    assert notice.property("modelData")["titles"] == [
        "Sergi: Türkmenistanyň daşary syýasaty",
        "Выставка: внешняя политика Туркменистана",
        "Exhibition: the foreign policy of Turkmenistan",
    ]
    clock.run()
    qtbot.waitUntil(lambda: attract_notice_shown(ui, "closed"), timeout=15_000)
    # In the file's order, under the motto, above the invitation (once laid
    # out); the topics take turns below them only where there is room.

    def in_place() -> bool:
        fair, closed = (find(ui.window, f"attractNotice_{n}") for n in ("fair", "closed"))
        motto, prompt = find(ui.window, "attractMotto"), find(ui.window, "attractPrompt")
        return (
            top(motto) + motto.height() < top(closed)
            and top(closed) + closed.height() <= top(fair)
            and top(fair) + fair.height() < top(prompt)
        )

    qtbot.waitUntil(in_place)
    assert layout_problems(ui.window.contentItem()) == []


def test_the_motto_is_shown_in_its_year_only(make_ui, qtbot, content_copy: Path):
    clock = HeldClock(at(2025, 12, 31, 23, 59, 58, 500_000))
    ui = make_ui(content_dir=content_copy, lang="en", clock=clock, screen="attract")
    motto = find(ui.window, "attractMotto")
    assert len(find_all(ui.window, "attractMotto")) == 1 and motto.height() > 0
    assert ui.model.attract["motto"][2] == "2025\u00a0— International Year of Peace and Trust"
    clock.run()
    qtbot.waitUntil(lambda: ui.model.attract["motto"] == [], timeout=15_000)
    assert ui.model.motto == ""
    assert open_screen(ui.model, "home")
    wait_screen(qtbot, ui.window, "homeScreen")
    assert not find_all(ui.window, "motto")  # home's band shows the figures alone
    assert find(ui.window, "dateText").property("text") == "1\u00a0January\u00a02026"
    assert [find(ui.window, f"figureValue_{i}").property("text") for i in (0, 1)] == [
        "155",
        "54",
    ]


def test_a_year_before_the_mottos_shows_none_either(make_ui, qtbot, content_copy: Path):
    ui = make_ui(content_dir=content_copy, lang="en", clock=StartedClock(at(2024, 6, 1)))
    assert ui.model.motto == ""
    assert not find_all(ui.window, "motto")


def test_each_figure_says_the_day_it_holds_for(ui, qtbot):
    """The packaged figures, as of the source page's date, in every language."""
    for lang, shown_as in (
        ("en", "as of 1\u00a0October\u00a02022"),
        ("ru", "по состоянию на\u00a01\u00a0октября\u00a02022"),  # "на" keeps to its date
        ("tk", "1\u00a0oktýabr\u00a02022 ýagdaýyna görä"),
    ):
        ui.model.setLanguage(lang)
        for i in (0, 1):
            qtbot.waitUntil(
                lambda i=i, s=shown_as: find(ui.window, f"figureAsOf_{i}").property("text") == s
            )


def test_a_reset_looks_at_the_clock_again(make_ui, qtbot, content_copy: Path):
    """A wall clock set while the kiosk runs (NTP after boot, staff) is not
    what a timer measures: the next reset looks again."""
    write_notices(content_copy, notice_yaml("closed", "2025-11-20", "2025-11-21"))
    clock = StartedClock(at(2025, 11, 15, 10, 0))
    ui = make_ui(content_dir=content_copy, lang="en", clock=clock)
    assert not notice_shown(ui, "closed")
    clock.set(at(2025, 11, 20, 9, 0))
    ui.ops.reset()
    assert open_screen(ui.model, "home")
    wait_screen(qtbot, ui.window, "homeScreen")
    qtbot.waitUntil(lambda: notice_shown(ui, "closed"))
    assert find(ui.window, "dateText").property("text") == "20\u00a0November\u00a02025"


def test_the_staff_panel_lists_what_has_aged(make_ui, qtbot, content_copy: Path):
    write_notices(content_copy, notice_yaml("closed", "2025-12-30", "2025-12-31"))
    clock = HeldClock(at(2025, 12, 31, 23, 59, 58, 500_000))
    ui = make_ui(content_dir=content_copy, lang="en", clock=clock)
    ui.ops.staff.open_panel()
    wait_shown(qtbot, ui.window, "staffPanel")
    assert not any("motto_year" in line for line in ui.ops.panel.property("contentReport"))
    clock.run()

    def aged() -> list[str]:
        report = ui.ops.panel.property("contentReport")
        return [line.split(": warning: ")[1] for line in report if ": warning: " in line]

    # At midnight, by itself, with the panel open.
    qtbot.waitUntil(lambda: len(aged()) == 2, timeout=15_000)
    assert aged()[0].startswith("motto_year: 2025 is over")
    assert aged()[1].startswith("notice 'closed': ended 2025-12-31 (valid_until)")
    # On screen, in the panel's report (it scrolls: it may be below the fold).
    (report,) = [i for i in walk(ui.window.contentItem()) if i.objectName() == "contentReport"]

    def listed() -> bool:
        texts = [i.property("text") or "" for i in walk(report) if i.inherits("QQuickText")]
        return any("motto_year: 2025 is over" in t for t in texts)

    qtbot.waitUntil(listed)
