"""The ``opening_hours`` setting, read day by day.

    opening_hours:
      mon: 09:00-18:00
      tue: 09:00-13:00, 14:00-18:00
      sun: closed

A typo must never send a kiosk dark: whatever is wrong is named (its line,
the day, why) and that day stays open all day; a setting that is not a
mapping at all leaves the kiosk open all week. A day left out is open all
day too, and said so.
"""

from __future__ import annotations

from yaml.nodes import MappingNode, Node, ScalarNode

from kiosk.content.yamlsource import line_of, refused
from kiosk.opening_hours import DAY_MINUTES, WEEKDAYS, OpeningHours, Span, parse_day

_STR_TAG = "tag:yaml.org,2002:str"
_NULL_TAG = "tag:yaml.org,2002:null"
ALL_DAY = (Span(0, DAY_MINUTES),)
FIELD = "opening_hours"

# (line, message): each logged as FILE:LINE: opening_hours: message.
Problems = list[tuple[int, str]]


def read_opening_hours(node: Node, key_line: int) -> tuple[OpeningHours | None, Problems]:
    """None (open all the time) for an empty setting. ``key_line``: the
    line of ``opening_hours:``, named for what is about the whole week."""
    if isinstance(node, ScalarNode) and node.tag == _NULL_TAG:
        return None, []
    if not isinstance(node, MappingNode):
        return None, [
            (line_of(node), "must be one line per weekday (mon: 09:00-18:00 …); open all week")
        ]
    days: dict[int, tuple[Span, ...]] = {}
    problems: Problems = []
    for key_node, value_node in node.value:
        name = key_node.value if isinstance(key_node, ScalarNode) else None
        if not isinstance(name, str) or name.lower() not in WEEKDAYS:
            shown = name[:20] if isinstance(name, str) else "(not a name)"
            problems.append(
                (line_of(key_node), f"{shown!r} is not a weekday ({', '.join(WEEKDAYS)}); ignored")
            )
            continue
        weekday = WEEKDAYS.index(name.lower())
        if weekday in days:
            continue  # a duplicate key: read_yaml names it; the first one counts
        days[weekday] = ALL_DAY
        if refused(value_node):  # its reason is logged already, with the line
            problems.append((line_of(value_node), f"{name}: open all day"))
            continue
        if not (isinstance(value_node, ScalarNode) and value_node.tag == _STR_TAG):
            shown = value_node.value[:20] if isinstance(value_node, ScalarNode) else "a list"
            problems.append(
                (
                    line_of(value_node),
                    f"{name}: {shown!r} is not opening hours "
                    "(e.g. 09:00-18:00, open or closed); open all day",
                )
            )
            continue
        spans, problem = parse_day(value_node.value)
        if problem is not None:
            problems.append((line_of(value_node), f"{name}: {problem}; open all day"))
            continue
        days[weekday] = spans
    for weekday, name in enumerate(WEEKDAYS):
        if weekday not in days:
            problems.append((key_line, f"{name} is not given; open all day"))
    hours = OpeningHours(tuple(days.get(i, ALL_DAY) for i in range(len(WEEKDAYS))))
    if hours.never_open:
        problems.append(
            (key_line, "every day is closed: the kiosk shows the closed screen all the time")
        )
    return hours, problems
