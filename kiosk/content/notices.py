"""Time-boxed notices, read from notices.yaml: a consular closure, a national
holiday, an event, each in every language, shown on home and on the attract
screen from ``valid_from`` to ``valid_until`` only.

A notice that cannot be read is left out with an error naming its field; the
others still show. What the notices do together is checked too: two notices
of the same kind at the same time (two closures overlapping contradict each
other, or one repeats the other), and more notices at once than the screens
show. Whether a notice has ended depends on the day it is read: that is
kiosk.content.dates.dated_problems. Pure Python: no Qt here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from yaml.nodes import Node, SequenceNode

from kiosk.content.characters import printable
from kiosk.content.dates import read_moment, shown_end, shown_moment
from kiosk.content.fields import Fields, Fit, kind_of, parse_id, parse_plain_text, parse_text
from kiosk.content.model import NOTICE_KINDS, Notice, Origin
from kiosk.content.problems import ProblemLog
from kiosk.content.yamlsource import line_of, refused

MAX_NOTICES = 40  # in the file: a year of closures, holidays and events
# Shown at once on home and on the attract screen, which do not scroll: two
# with the longest texts fit there at every size, with large text
# (tests/ui/test_notices_layout.py).
MAX_SHOWN = 2
# Longer than this is almost always a typing mistake in a year.
LONGEST_DAYS = 366


def parse_notices(root: Node, log: ProblemLog, languages: Sequence[str]) -> list[Notice]:
    fields = Fields(root, "", log, required=("notices",))
    if not fields.ok:
        return []
    node = fields.values["notices"]
    if refused(node):
        return []
    if not isinstance(node, SequenceNode):
        # `notices:` with nothing after it is the empty file staff start from.
        if kind_of(node) == "nothing (null)":
            return []
        log.error(line_of(node), f"notices: expected a list, got {kind_of(node)}")
        return []
    children = node.value
    if len(children) > MAX_NOTICES:
        log.error(
            line_of(children[MAX_NOTICES]),
            f"notices: {len(children)} notices; the limit is {MAX_NOTICES}, so only the "
            f"first {MAX_NOTICES} are used",
        )
        children = children[:MAX_NOTICES]
    notices: list[Notice] = []
    first_line: dict[str, int] = {}
    for i, child in enumerate(children):
        notice = _parse_notice(child, f"notices[{i}]", log, languages)
        if notice is None:
            continue
        if notice.id in first_line:
            log.error(
                line_of(child),
                f"notices[{i}].id: duplicate id '{notice.id}' (first at line "
                f"{first_line[notice.id]})",
            )
            continue
        first_line[notice.id] = line_of(child)
        notices.append(notice)
    _check_together(notices, log)
    return notices


def _parse_notice(
    node: Node, path: str, log: ProblemLog, languages: Sequence[str]
) -> Notice | None:
    fields = Fields(
        node,
        path,
        log,
        required=("id", "kind", "valid_from", "valid_until", "title"),
        optional=("text",),
    )
    if not fields.ok:
        return None
    notice_id = parse_id(fields.values["id"], fields.sub("id"), log)
    kind_node = fields.values["kind"]
    kind = parse_plain_text(kind_node, fields.sub("kind"), log)
    if kind is not None and kind not in NOTICE_KINDS:
        log.error(
            line_of(kind_node),
            f"{fields.sub('kind')}: unknown kind '{printable(kind, 30)}' "
            f"(known: {', '.join(NOTICE_KINDS)})",
        )
        kind = None
    starts = _moment(fields, "valid_from", log, end=False)
    ends = _moment(fields, "valid_until", log, end=True)
    title = parse_text(
        fields.values["title"], fields.sub("title"), log, languages, fit=Fit.NOTICE_TITLE
    )
    text = None
    if (text_node := fields.get("text")) is not None:
        text = parse_text(text_node, fields.sub("text"), log, languages, fit=Fit.NOTICE_TEXT)
        if text is None:
            return None
    if None in (notice_id, kind, starts, ends, title):
        return None
    assert starts is not None and ends is not None  # for the type checker
    until_node = fields.values["valid_until"]
    if ends <= starts:
        log.error(
            line_of(until_node),
            f"{fields.sub('valid_until')}: {shown_end(ends)} is before valid_from "
            f"{shown_moment(starts)}: the notice would never show",
        )
        return None
    if ends - starts > dt.timedelta(days=LONGEST_DAYS):
        log.warning(
            line_of(until_node),
            f"{fields.sub('valid_until')}: the notice shows for {(ends - starts).days} days, "
            "more than a year: is the year right?",
        )
    origin = Origin(log.file, line_of(until_node), fields.sub("valid_until"))
    return Notice(notice_id, kind, starts, ends, title, text, origin)  # type: ignore[arg-type]


def _moment(fields: Fields, name: str, log: ProblemLog, *, end: bool) -> dt.datetime | None:
    node = fields.values[name]
    moment, problem = read_moment(node, fields.sub(name), end=end)
    if problem is not None:
        log.error(line_of(node), problem)
    return moment


def _check_together(notices: list[Notice], log: ProblemLog) -> None:
    """Overlaps that matter: the same kind twice at once, and more notices
    at once than the screens show (the later ones in the file wait)."""
    for i, later in enumerate(notices):
        line = later.origin.line if later.origin else 1
        for earlier in notices[:i]:
            if earlier.kind == later.kind and _overlap(earlier, later):
                start = max(earlier.starts, later.starts)
                log.warning(
                    line,
                    f"notice '{later.id}': shows at the same time as '{earlier.id}', also a "
                    f"{later.kind}, from {shown_moment(start)}; visitors see both: merge "
                    "them or correct the dates",
                )
        # Notices are shown in the file's order: at the moment a notice
        # starts, or the moment an earlier one does while it shows, count.
        for moment in sorted({later.starts, *(e.starts for e in notices[:i])}):
            if not later.current(moment):
                continue
            before = [e for e in notices[:i] if e.current(moment)]
            if len(before) >= MAX_SHOWN:
                log.warning(
                    line,
                    f"notice '{later.id}': at {shown_moment(moment)}, "
                    f"{', '.join(repr(e.id) for e in before)} show already; the screens show "
                    f"at most {MAX_SHOWN} notices at once, so this one waits until one of "
                    "them ends",
                )
                break


def _overlap(a: Notice, b: Notice) -> bool:
    return a.starts < b.ends and b.starts < a.ends
