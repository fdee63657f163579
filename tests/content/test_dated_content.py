"""Dated content: the motto carries its year, each key figure the day it
holds for; what has aged by a given moment is a warning at its line, in
`kiosk validate` as in the staff panel (tests/ui/test_dated_screens.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from helpers.cli import kiosk
from helpers.dated import AT

from kiosk.content import load_content
from kiosk.content.dates import dated_problems, motto_shown

at = dt.datetime


def site_lines(content: Path) -> dict[str, int]:
    lines = (content / "site.yaml").read_text("utf-8").splitlines()
    return {
        "motto_year": next(i for i, x in enumerate(lines, 1) if x.startswith("motto_year:")),
        "as_of": next(i for i, x in enumerate(lines, 1) if x.strip().startswith("as_of:")),
    }


def edit_site(content: Path, old: str, new: str) -> None:
    site = content / "site.yaml"
    text = site.read_text("utf-8")
    assert old in text
    site.write_text(text.replace(old, new, 1), "utf-8")


def test_the_motto_is_shown_in_its_year_only(content_copy: Path):
    site = load_content(content_copy).content.site
    assert site.motto_year == 2025
    assert not motto_shown(site, dt.date(2024, 12, 31))
    assert motto_shown(site, dt.date(2025, 1, 1))
    assert motto_shown(site, dt.date(2025, 12, 31))
    assert not motto_shown(site, dt.date(2026, 1, 1))


def about(field: str, problems: list) -> list:
    return [p for p in problems if p.message.startswith(field)]


def test_a_motto_whose_year_is_over(content_copy: Path):
    content = load_content(content_copy).content
    line = site_lines(content_copy)["motto_year"]
    assert [(p.line, p.severity.value, p.message) for p in dated_problems(
        content, at(2026, 1, 1, 0, 0)
    )] == [
        (line, "warning", "motto_year: 2025 is over, so the motto is no longer shown (not since "
                          "1 January 2026); write this year's motto and its year"),
    ]  # fmt: skip
    assert dated_problems(content, at(2025, 12, 31, 23, 59, 59)) == []
    # Written for next year ahead of time: no problem; further ahead, a question.
    assert about("motto_year", dated_problems(content, at(2024, 6, 1))) == []
    ((problem,),) = [about("motto_year", dated_problems(content, at(2023, 12, 31)))]
    assert problem.message.startswith("motto_year: 2025 is more than a year ahead")


def test_a_figure_older_than_staff_allow(content_copy: Path):
    content = load_content(content_copy).content  # its figures are as of 2025-10-01
    line = site_lines(content_copy)["as_of"]
    assert dated_problems(content, at(2025, 10, 1)) == []
    # 365 days: not older (in 2026 the motto's year is over: another problem)
    assert about("figures", dated_problems(content, at(2026, 10, 1, 23, 59))) == []
    found = about("figures", dated_problems(content, at(2026, 10, 2)))
    assert [(p.line, p.message) for p in found][:1] == [
        (line, "figures[0].as_of: 155 is as of 2025-10-01, 366 days ago, older than the 365 "
               "days set (figures_max_age_days in settings.yaml); confirm it with the ministry, "
               "then write the figure and the date it holds for"),
    ]  # fmt: skip
    assert len(found) == 2  # both figures
    # Staff may allow more, or less.
    assert about("figures", dated_problems(content, at(2026, 10, 2), figure_max_age_days=400)) == []
    assert len(dated_problems(content, at(2025, 11, 15), figure_max_age_days=30)) == 2


def test_a_figure_as_of_a_day_to_come(content_copy: Path):
    content = load_content(content_copy).content
    ((first, _),) = [dated_problems(content, at(2025, 9, 30))]
    assert first.message == (
        "figures[0].as_of: 2025-10-01 is in the future; a figure is as of a day that has been"
    )


def test_a_notice_that_has_ended(content_copy: Path):
    (content_copy / "notices.yaml").write_text(
        "notices:\n  - id: closed\n    kind: closure\n    valid_from: 2025-11-10\n"
        "    valid_until: 2025-11-14\n    title: {tk: a, ru: b, en: c}\n",
        "utf-8",
    )
    content = load_content(content_copy).content
    assert dated_problems(content, at(2025, 11, 14, 23, 59)) == []  # its last day
    ((problem,),) = [dated_problems(content, at(2025, 11, 15))]
    assert (Path(problem.file).name, problem.line, problem.severity.value) == (
        "notices.yaml",
        5,
        "warning",
    )
    assert problem.message == (
        "notice 'closed': ended 2025-11-14 (valid_until) and is no longer shown; remove it"
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("motto_year: 2025", "", "motto_year: missing required field: the year the motto"),
        ("motto_year: 2025", "motto_year: 25", "motto_year: 25 is not from 1,991 to 2,100"),
        ("motto_year: 2025", "motto_year: '2025'", None),  # quoted: the same digits
        ("motto_year: 2025", "motto_year: 2025-01-01", "motto_year: expected a whole number"),
        ("motto_year: 2025", "motto_year: 2024", "motto_year: 2024, but motto.tk names 2025; "
                                                 "the motto is not shown until they agree"),
        ("as_of: 2025-10-01", "as_of: 2025-02-29", "figures[0].as_of: '2025-02-29' is not a "
                                                   "date written YYYY-MM-DD"),
        ("as_of: 2025-10-01", "as_of: 01.10.2025", "figures[0].as_of: '01.10.2025' is not a "
                                                   "date written YYYY-MM-DD"),
        ("as_of: 2025-10-01", "as_of: 2025-10-01 10:00", "figures[0].as_of: '2025-10-01 10:00' "
                                                         "is not a date written YYYY-MM-DD"),
        ("as_of: 2025-10-01", "as_of: 1990-10-01", "figures[0].as_of: the year 1990 is not "
                                                   "from 1991 to 2100"),
        ("    as_of: 2025-10-01\n", "", "figures[0].as_of: missing required field"),
    ],
)  # fmt: skip
def test_dates_written_wrong(content_copy: Path, old: str, new: str, message: str | None):
    edit_site(content_copy, old, new)
    result = load_content(content_copy)
    assert [p.message[: len(message)] for p in result.problems] == ([message] if message else [])
    site = result.content.site
    if "motto_year" in old and message:
        assert site.motto_year is None  # not known to be current: not shown
        assert not motto_shown(site, dt.date(2025, 6, 1))
        assert len(site.figures) == 2
    elif message:
        assert [f.value for f in site.figures] == [54]  # that figure is left out
        assert site.motto_year == 2025


def test_a_motto_without_a_year_in_its_text_needs_only_motto_year(content_copy: Path):
    for lang, text in (("tk", "Halkara parahatçylyk"), ("ru", "Год мира"), ("en", "Peace")):
        site = content_copy / "site.yaml"
        lines = site.read_text("utf-8").splitlines()
        start = lines.index("motto:")
        lines = [
            f"  {lang}: {text}" if i > start and line.startswith(f"  {lang}: ") else line
            for i, line in enumerate(lines)
        ]
        site.write_text("\n".join(lines) + "\n", "utf-8")
    result = load_content(content_copy)
    assert result.problems == ()
    assert result.content.site.motto_year == 2025


@pytest.mark.subprocess
def test_validate_reports_what_has_aged_by_the_day_asked(content_copy: Path):
    (content_copy / "notices.yaml").write_text(
        "notices:\n  - id: closed\n    kind: closure\n    valid_from: 2025-11-10\n"
        "    valid_until: 2025-11-14\n    title: {tk: a, ru: b, en: c}\n",
        "utf-8",
    )
    site, notices = content_copy / "site.yaml", content_copy / "notices.yaml"
    lines = site_lines(content_copy)
    done = kiosk("validate", "--content", str(content_copy), *AT)  # 2025-11-15 10:00
    assert done.returncode == 0
    assert done.stdout.splitlines() == [
        f"{notices}:5: warning: notice 'closed': ended 2025-11-14 (valid_until) and is no "
        "longer shown; remove it"
    ]
    assert "0 error(s), 1 warning(s)" in done.stderr
    done = kiosk("validate", "--content", str(content_copy), "--at", "2026-01-01", "--strict")
    assert done.returncode == 1  # warnings fail --strict
    assert [line.split(": warning: ")[0] for line in done.stdout.splitlines()] == [
        f"{site}:{lines['motto_year']}",
        f"{notices}:5",
    ]
    done = kiosk("validate", "--content", str(content_copy), "--at", "2025-11-12 10:00")
    assert done.stdout == ""


@pytest.mark.subprocess
def test_validate_reads_the_age_staff_allow(content_copy: Path, tmp_path: Path):
    """From the settings file the kiosk reads (conftest points XDG_CONFIG_HOME
    at the test's own folder), and writes none when there is none."""
    config = tmp_path / "xdg_config_home" / "tm-foreign-policy-kiosk"
    done = kiosk("validate", "--content", str(content_copy), *AT)  # figures 45 days old
    assert done.stdout == "", done.stdout
    assert not (config / "settings.yaml").exists()
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.yaml").write_text("figures_max_age_days: 30\n", "utf-8")
    done = kiosk("validate", "--content", str(content_copy), *AT)
    assert "figures[0].as_of: 155 is as of 2025-10-01, 45 days ago, older than the 30 days set" in (
        done.stdout
    )
    assert len(done.stdout.splitlines()) == 2
    (config / "settings.yaml").write_text("figures_max_age_days: 5000\n", "utf-8")
    done = kiosk("validate", "--content", str(content_copy), *AT)
    assert "figures_max_age_days: 5000 is not 30–3650 days; using 365" in done.stderr
    assert done.stdout == ""


@pytest.mark.subprocess
@pytest.mark.parametrize(
    ("given", "why"),
    [
        ("2025-02-30", "'2025-02-30' is not a date or time written YYYY-MM-DD"),
        ("yesterday", "'yesterday' is not a date or time written"),
        ("2025-11-15 25:00", "'2025-11-15 25:00' has no such time of day"),
    ],
)
def test_validate_at_a_wrong_date_says_why(given: str, why: str):
    done = kiosk("validate", "--at", given)
    assert done.returncode == 2
    assert f"kiosk validate: error: argument --at: {why}" in done.stderr
    assert "Traceback" not in done.stderr
