"""notices.yaml: time-boxed notices in three languages, each problem named by
file, line and field; what the notices do together is checked too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.content import load_content
from kiosk.content.dates import current_notices, next_change
from kiosk.content.notices import MAX_SHOWN

TEXTS = "{tk: Ýapyk, ru: Закрыто, en: Closed}"


def notice(
    nid: str = "closed",
    kind: str = "closure",
    start: str = "2026-12-12",
    until: str = "2026-12-13",
    extra: str = "",
) -> str:
    """One notice, seven lines (eight with ``extra``)."""
    return (
        f"  - id: {nid}\n"
        f"    kind: {kind}\n"
        f"    valid_from: {start}\n"
        f"    valid_until: {until}\n"
        f"    title: {TEXTS}\n"
        f"    text: {TEXTS}\n"
        f"{extra}"
    )


def problems_of(content: Path, *notices: str) -> list[tuple[int, str, str]]:
    target = content / "notices.yaml"
    target.write_text("notices:\n" + "".join(notices), "utf-8")
    result = load_content(content)
    assert all(p.file == str(target) for p in result.problems), result.problems
    return [(p.line, p.severity.value, p.message) for p in result.problems]


def test_the_packaged_file_holds_no_notice_and_no_problem():
    result = load_content(paths.default_content_dir())
    assert result.content.notices == ()
    assert not [p for p in result.problems if p.file.endswith("notices.yaml")]


def test_the_commented_example_is_valid(content_copy: Path):
    """Uncommented as the file says, the example is a valid notice."""
    lines = (content_copy / "notices.yaml").read_text("utf-8").splitlines()
    start = lines.index("# notices:")
    example = [line[2:] for line in lines[start:] if line.startswith("#")]
    (content_copy / "notices.yaml").write_text("\n".join(example) + "\n", "utf-8")
    result = load_content(content_copy)
    assert result.problems == ()
    (only,) = result.content.notices
    assert (only.kind, only.starts, only.ends) == (
        "closure",
        dt.datetime(2026, 12, 10),
        dt.datetime(2026, 12, 13),  # the whole of the last day
    )
    assert set(only.title.values) == set(only.text.values) == {"tk", "ru", "en"}


def test_no_file_or_an_empty_list_is_no_problem(content_copy: Path):
    (content_copy / "notices.yaml").unlink()
    assert load_content(content_copy).problems == ()
    for text in ("notices: []\n", "notices:\n", "# only a comment\nnotices:\n"):
        (content_copy / "notices.yaml").write_text(text, "utf-8")
        result = load_content(content_copy)
        assert result.problems == () and result.content.notices == (), text


def test_dates_and_minutes(content_copy: Path):
    problems_of(
        content_copy,
        notice("a", start="2026-12-12", until="2026-12-12"),
        notice("b", kind="event", start="2026-12-12 09:30", until="2026-12-12T17:00"),
    )
    a, b = load_content(content_copy).content.notices
    # A day: from its midnight to the next; a minute: from it, until it.
    assert (a.starts, a.ends) == (dt.datetime(2026, 12, 12), dt.datetime(2026, 12, 13))
    assert (b.starts, b.ends) == (dt.datetime(2026, 12, 12, 9, 30), dt.datetime(2026, 12, 12, 17))
    assert not b.current(dt.datetime(2026, 12, 12, 9, 29, 59))
    assert b.current(dt.datetime(2026, 12, 12, 9, 30))
    assert b.current(dt.datetime(2026, 12, 12, 16, 59, 59))
    assert not b.current(dt.datetime(2026, 12, 12, 17))


BAD_DATES = {
    "2026-02-30": "'2026-02-30' is not a date or time written YYYY-MM-DD",
    "2026-13-01": "'2026-13-01' is not a date or time written YYYY-MM-DD",
    "12.12.2026": "'12.12.2026' is not a date or time written YYYY-MM-DD",
    "12/12/2026": "'12/12/2026' is not a date or time written YYYY-MM-DD",
    "2026-12-1": "'2026-12-1' is not a date or time written YYYY-MM-DD",
    "tomorrow": "'tomorrow' is not a date or time written YYYY-MM-DD",
    '"2026-12-12 10:00:30"': "'2026-12-12 10:00:30' is not a date or time written",
    "2026-12-12 10:00+05:00": "'2026-12-12 10:00+05:00' is not a date or time written",
    "2026-12-12 24:00": "'2026-12-12 24:00' has no such time of day (00:00 to 23:59)",
    "2026-12-12 10:60": "'2026-12-12 10:60' has no such time of day",
    "3026-12-12": "the year 3026 is not from 1991 to 2100",
    "[2026-12-12]": "expected a date, got a list",
    "~": "'~' is not a date or time written",
}


@pytest.mark.parametrize("bad", BAD_DATES)
@pytest.mark.parametrize(("field", "line"), [("valid_from", 4), ("valid_until", 5)])
def test_a_bad_date_is_named_with_its_line(content_copy: Path, bad: str, field: str, line: int):
    start, until = ("2026-12-12", "2026-12-13")
    if field == "valid_from":
        start = bad
    else:
        until = bad
    ((at, severity, message),) = problems_of(content_copy, notice(start=start, until=until))
    assert (at, severity) == (line, "error")
    assert message.startswith(f"notices[0].{field}: {BAD_DATES[bad]}"), message
    assert load_content(content_copy).content.notices == ()  # left out, nothing else


def test_an_end_before_its_start(content_copy: Path):
    assert problems_of(
        content_copy,
        notice("a", start="2026-12-13", until="2026-12-12"),
        notice("b", start="2026-12-12 10:00", until="2026-12-12 10:00"),
        notice("c", start="2026-12-12 10:00", until="2026-12-12 09:00"),
    ) == [
        (5, "error", "notices[0].valid_until: 2026-12-12 is before valid_from 2026-12-13: the "
                     "notice would never show"),
        (11, "error", "notices[1].valid_until: 2026-12-12 10:00 is before valid_from "
                      "2026-12-12 10:00: the notice would never show"),
        (17, "error", "notices[2].valid_until: 2026-12-12 09:00 is before valid_from "
                      "2026-12-12 10:00: the notice would never show"),
    ]  # fmt: skip


def test_fields_kinds_ids_and_languages(content_copy: Path):
    found = problems_of(
        content_copy,
        notice("a", kind="party"),
        notice("b", extra="    colour: red\n"),
        "  - id: c\n    kind: event\n    valid_from: 2026-12-12\n    valid_until: 2026-12-13\n",
        notice("d").replace(TEXTS, "{ru: Закрыто, en: Closed}", 1),
        notice("a", kind="event"),
        notice("Bad Id"),
        notice("e").replace(TEXTS, "{tk: Ýapyk, ru: Закрыто, en: Closed, de: Zu}", 1),
        notice("f").replace(TEXTS, "{tk: '', ru: Закрыто, en: Closed}", 1),
    )
    assert found == [
        (3, "error", "notices[0].kind: unknown kind 'party' (known: closure, holiday, event)"),
        (14, "error", "notices[1].colour: unknown key (allowed: id, kind, valid_from, "
                      "valid_until, title, text)"),
        (15, "error", "notices[2].title: missing required field"),
        (23, "warning", "notices[3].title: no 'tk' text; English is shown instead"),
        (31, "error", "notices[5].id: 'Bad Id' must be lower-case letters, digits and '-' "
                      "(at most 48)"),
        (41, "error", "notices[6].title: unknown language code 'de' (known: tk, ru, en)"),
        (47, "error", "notices[7].title.tk: empty text"),
    ]  # fmt: skip
    # What is left: 'd', whose Turkmen is the English, and the second 'a'
    # (the first, of an unknown kind, was refused; the id is free again).
    notices = load_content(content_copy).content.notices
    assert [(n.id, n.kind) for n in notices] == [("d", "closure"), ("a", "event")]
    assert notices[0].title.get("tk") == "Closed"


def test_a_duplicate_id(content_copy: Path):
    assert problems_of(content_copy, notice("a"), notice("a", kind="event")) == [
        (8, "error", "notices[1].id: duplicate id 'a' (first at line 2)"),
    ]


def test_a_notice_too_long_for_its_place(content_copy: Path):
    long_title = "{tk: " + "a " * 50 + ", ru: b, en: c}"
    long_word = "{tk: " + "Türkmenistanyň" * 2 + ", ru: b, en: c}"
    found = problems_of(
        content_copy,
        notice("a").replace(TEXTS, long_title, 1),
        notice("b").replace(TEXTS, long_word, 1),
    )
    assert found == [
        (6, "error", "notices[0].title.tk: text is 99 characters; the limit for what is shown "
                     "here is 60"),
        (12, "warning", "notices[1].title.tk: the word 'TürkmenistanyňTürkmenis…' (28 "
                        "characters) is longer than the 18 that fit on one line where it is "
                        "shown; the screen breaks it inside the word"),
    ]  # fmt: skip


def test_the_same_kind_twice_at_once(content_copy: Path):
    found = problems_of(
        content_copy,
        notice("a", start="2026-12-10", until="2026-12-12"),
        notice("b", start="2026-12-12", until="2026-12-14"),  # overlaps a on the 12th
        notice("c", start="2026-12-13", until="2026-12-14", kind="holiday"),  # another kind
        notice("d", start="2026-12-15", until="2026-12-16"),  # after a and b
        notice("e", start="2026-12-16 18:00", until="2026-12-17", kind="event"),
        notice("f", start="2026-12-16 17:00", until="2026-12-16 18:00", kind="event"),  # touches
    )
    assert found == [
        (11, "warning", "notice 'b': shows at the same time as 'a', also a closure, from "
                        "2026-12-12; visitors see both: merge them or correct the dates"),
    ]  # fmt: skip


def test_more_notices_at_once_than_the_screens_show(content_copy: Path):
    assert MAX_SHOWN == 2
    found = problems_of(
        content_copy,
        notice("a", start="2026-12-10", until="2026-12-20"),
        notice("b", start="2026-12-11", until="2026-12-20", kind="holiday"),
        notice("c", start="2026-12-05", until="2026-12-12", kind="event"),
        notice("d", start="2026-12-21", until="2026-12-22", kind="event"),
    )
    assert found == [
        (17, "warning", "notice 'c': at 2026-12-11, 'a', 'b' show already; the screens show "
                        "at most 2 notices at once, so this one waits until one of them ends"),
    ]  # fmt: skip
    notices = load_content(content_copy).content.notices
    shown = current_notices(notices, dt.datetime(2026, 12, 11, 12), MAX_SHOWN)
    assert [n.id for n in shown] == ["a", "b"]
    shown = current_notices(notices, dt.datetime(2026, 12, 10, 12), MAX_SHOWN)
    assert [n.id for n in shown] == ["a", "c"]


def test_a_window_of_more_than_a_year_is_questioned(content_copy: Path):
    assert problems_of(content_copy, notice(start="2026-12-12", until="2027-12-13")) == [
        (5, "warning", "notices[0].valid_until: the notice shows for 367 days, more than a "
                       "year: is the year right?"),
    ]  # fmt: skip


def test_the_next_moment_anything_changes(content_copy: Path):
    problems_of(
        content_copy,
        notice("a", start="2026-12-12 09:30", until="2026-12-12 17:00"),
        notice("b", kind="event", start="2026-12-20", until="2026-12-21"),
    )
    content = load_content(content_copy).content
    at = dt.datetime
    # The next midnight, unless a notice starts or ends before it.
    assert next_change(content, at(2026, 12, 1, 15, 0)) == at(2026, 12, 2)
    assert next_change(content, at(2026, 12, 12, 8, 0)) == at(2026, 12, 12, 9, 30)
    assert next_change(content, at(2026, 12, 12, 9, 30)) == at(2026, 12, 12, 17)
    assert next_change(content, at(2026, 12, 12, 17, 0)) == at(2026, 12, 13)
    assert next_change(None, at(2026, 12, 31, 23, 59, 59)) == at(2027, 1, 1)


def test_notices_are_read_with_the_site_languages(content_copy: Path):
    """A site in English only asks notices for English only."""
    site = content_copy / "site.yaml"
    text = site.read_text("utf-8").replace("languages: [tk, ru, en]", "languages: [en]")
    site.write_text(text.replace("  tk: draft\n  ru: draft\n", ""), "utf-8")
    target = content_copy / "notices.yaml"
    target.write_text("notices:\n" + notice("a").replace(TEXTS, "{en: Closed}"), "utf-8")
    result = load_content(content_copy)
    assert result.problems == ()
    assert [n.id for n in result.content.notices] == ["a"]
