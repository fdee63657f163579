"""Dates in the content: how they are written, and what they say today.

A date is written ``YYYY-MM-DD`` (``2026-12-12``); a notice's window may
also be given to the minute, ``YYYY-MM-DD HH:MM``, in the kiosk's local time
(the clock of the PC it runs on; no time zone is written, none is read). The
composer keeps every scalar as the text typed, so YAML's own timestamp
guessing never applies: the rules are these, and they are checked here.

What a date says depends on the day it is read, so nothing here looks at a
clock: every function is given ``now`` (``kiosk validate --at``, the
kiosk's clock object). The dated checks (a motto whose year is over, a key
figure older than staff allow, a notice that has ended) are warnings made
at the moment they are asked for, by :func:`dated_problems`: the kiosk asks
again whenever its clock passes a boundary. Pure Python: no Qt here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from yaml.nodes import Node, ScalarNode

from kiosk.content.characters import printable
from kiosk.content.fields import kind_of
from kiosk.content.model import Content, Notice, Origin, Site
from kiosk.content.problems import Problem, Severity
from kiosk.content.yamlsource import line_of, refused

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MOMENT = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?")
# Years a content date may name: nothing the kiosk shows is older, and a
# year past this is a typing mistake (2205 for 2025).
FIRST_YEAR, LAST_YEAR = 1991, 2100

DAY_FORMAT = "YYYY-MM-DD"
MOMENT_FORMAT = "YYYY-MM-DD, or YYYY-MM-DD HH:MM in the kiosk's local time"
# Key figures older than this many days are warned about; staff set it in
# settings.yaml (figures_max_age_days), within these bounds.
FIGURE_AGE_DEFAULT, FIGURE_AGE_MIN, FIGURE_AGE_MAX = 365, 30, 3650


def _text_of(node: Node, path: str, problems: list[tuple[int, str]]) -> str | None:
    if refused(node):
        return None
    if not isinstance(node, ScalarNode):
        problems.append((line_of(node), f"{path}: expected a date, got {kind_of(node)}"))
        return None
    return node.value.strip()


def read_day(node: Node, path: str) -> tuple[dt.date | None, str | None]:
    """A ``YYYY-MM-DD`` date, or None and the sentence that says why not."""
    problems: list[tuple[int, str]] = []
    text = _text_of(node, path, problems)
    if text is None:
        return None, problems[0][1] if problems else None
    match = _DAY.fullmatch(text)
    day = _date(match) if match else None
    if day is None:
        return None, f"{path}: '{printable(text, 30)}' is not a date written {DAY_FORMAT}"
    if (problem := _year_problem(day, path)) is not None:
        return None, problem
    return day, None


def read_moment(node: Node, path: str, *, end: bool) -> tuple[dt.datetime | None, str | None]:
    """A notice's bound: a date (the start of that day; for an ``end``, the
    end of it, so ``valid_until: 2026-12-13`` includes the 13th) or a date
    and time to the minute (that minute)."""
    problems: list[tuple[int, str]] = []
    text = _text_of(node, path, problems)
    if text is None:
        return None, problems[0][1] if problems else None
    moment, problem = moment_from_text(text, end=end)
    return moment, f"{path}: {problem}" if problem is not None else None


def moment_from_text(text: str, *, end: bool = False) -> tuple[dt.datetime | None, str | None]:
    """``text`` as :func:`read_moment` reads it (also `kiosk validate --at`)."""
    match = _MOMENT.fullmatch(text)
    day = _date(match) if match else None
    if match is None or day is None:
        return None, f"'{printable(text, 30)}' is not a date or time written {MOMENT_FORMAT}"
    if (problem := _year_problem(day, "")) is not None:
        return None, problem
    if match[4] is None:
        start = dt.datetime.combine(day, dt.time())
        return (start + dt.timedelta(days=1) if end else start), None
    hour, minute = int(match[4]), int(match[5])
    if hour > 23 or minute > 59:
        return None, f"'{printable(text, 30)}' has no such time of day (00:00 to 23:59)"
    return dt.datetime.combine(day, dt.time(hour, minute)), None


def _date(match: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:  # 2026-02-30, month 13
        return None


def _year_problem(day: dt.date, path: str) -> str | None:
    if FIRST_YEAR <= day.year <= LAST_YEAR:
        return None
    where = f"{path}: " if path else ""
    return f"{where}the year {day.year} is not from {FIRST_YEAR} to {LAST_YEAR}"


def shown_moment(moment: dt.datetime) -> str:
    """For messages: ``2026-12-12`` at midnight, else ``2026-12-12 14:30``."""
    if moment.time() == dt.time():
        return moment.date().isoformat()
    return moment.strftime("%Y-%m-%d %H:%M")


def shown_end(moment: dt.datetime) -> str:
    """A notice's end as staff wrote it: a whole day is its last day."""
    if moment.time() == dt.time():
        return (moment.date() - dt.timedelta(days=1)).isoformat()
    return moment.strftime("%Y-%m-%d %H:%M")


# -- what the dates say on a given day ----------------------------------------


def motto_shown(site: Site, today: dt.date) -> bool:
    """The motto is its year's: shown from 1 January to 31 December of it
    only, never as if it were current in another year."""
    return site.motto_year == today.year


def current_notices(notices: Iterable[Notice], now: dt.datetime, most: int) -> tuple[Notice, ...]:
    """The notices shown at ``now``: at most ``most``, in the file's order."""
    return tuple(n for n in notices if n.current(now))[:most]


def next_change(content: Content | None, now: dt.datetime) -> dt.datetime:
    """The next moment what the dates say may change: the next midnight
    (today's date, the motto's year, a figure's age) or a notice's start or
    end, whichever comes first."""
    midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
    bounds = [midnight]
    if content is not None:
        bounds += [b for n in content.notices for b in (n.starts, n.ends) if now < b < midnight]
    return min(bounds)


def dated_problems(
    content: Content | None, now: dt.datetime, figure_max_age_days: int = FIGURE_AGE_DEFAULT
) -> list[Problem]:
    """Warnings about what has aged by ``now``, as ``kiosk validate`` prints
    them and the staff panel lists them."""
    if content is None:
        return []
    found: list[Problem] = []
    site, today = content.site, now.date()

    def warn(origin: Origin | None, message: str) -> None:
        if origin is not None:
            found.append(Problem(origin.file, origin.line, Severity.WARNING, message))

    year = site.motto_year
    if year is not None and year < today.year:
        warn(
            site.motto_origin,
            f"motto_year: {year} is over, so the motto is no longer shown (not since "
            f"1 January {year + 1}); write this year's motto and its year",
        )
    elif year is not None and year > today.year + 1:
        warn(
            site.motto_origin,
            f"motto_year: {year} is more than a year ahead; the motto is not shown before "
            f"1 January {year} (is the year right?)",
        )
    for index, figure in enumerate(site.figures):
        if figure.as_of is None:
            continue
        age = (today - figure.as_of).days
        if age < 0:
            warn(
                figure.origin,
                f"figures[{index}].as_of: {figure.as_of.isoformat()} is in the future; "
                "a figure is as of a day that has been",
            )
        elif age > figure_max_age_days:
            warn(
                figure.origin,
                f"figures[{index}].as_of: {figure.value} is as of {figure.as_of.isoformat()}, "
                f"{age:,} days ago, older than the {figure_max_age_days:,} days set "
                "(figures_max_age_days in settings.yaml); confirm it with the ministry, then "
                "write the figure and the date it holds for",
            )
    for notice in content.notices:
        if notice.ends <= now:
            warn(
                notice.origin,
                f"notice '{notice.id}': ended {shown_end(notice.ends)} (valid_until) and is no "
                "longer shown; remove it",
            )
    return found
