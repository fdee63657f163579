"""`kiosk fleet report REPORTS_DIR -o report.html`: read every kiosk's
reports folder, draw the charts, write the page (whole or not at all)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from kiosk.files import write_atomically
from kiosk.fleet import charts
from kiosk.fleet.page import LANGUAGE_NAMES, Charts, render
from kiosk.fleet.reading import Fleet, read_fleet

PERIOD_DAYS = 366  # a year of counts, up to the day the report is made
TOP_TOPICS = 12
MAX_PANELS = 30  # visits charts: the 29 largest missions, then the others together


class NotWritten(Exception):
    """The report could not be made; the message says why, in one sentence."""


@dataclass(frozen=True)
class Made:
    path: Path
    fleet: Fleet


def make_report(folder: Path, output: Path, at: dt.datetime | None = None) -> Made:
    at = at or dt.datetime.now(dt.timezone.utc)
    if at.tzinfo is None:
        at = at.astimezone()
    try:
        fleet = read_fleet(folder)
    except OSError as exc:
        raise NotWritten(f"cannot read {folder} ({exc.strerror or exc})") from exc
    html = build_page(fleet, at)
    try:
        write_atomically(output, html)
    except OSError as exc:
        raise NotWritten(f"cannot write {output} ({exc.strerror or exc})") from exc
    return Made(output, fleet)


def build_page(fleet: Fleet, at: dt.datetime) -> str:
    from kiosk.review.style import font_faces

    end = at.date()
    start = end - dt.timedelta(days=PERIOD_DAYS - 1)
    by_mission: dict[str, dict[dt.date, int]] = defaultdict(lambda: defaultdict(int))
    kiosks_of: dict[str, int] = defaultdict(int)
    for kiosk in fleet.kiosks:
        kiosks_of[kiosk.mission] += 1
        days = by_mission[kiosk.mission]
        for day, n in kiosk.visits_by_day.items():
            if start <= day <= end:
                days[day] += n
    seen = [day for days in by_mission.values() for day in days]
    first, last = (min(seen), max(seen)) if seen else (None, None)
    axis = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)] if seen else []
    ranked = sorted(by_mission.items(), key=lambda item: -sum(item[1].values()))
    if len(ranked) > MAX_PANELS:
        # A page, not a wall: the smallest missions share the last panel.
        rest: dict[dt.date, int] = defaultdict(int)
        for _mission, days in ranked[MAX_PANELS - 1 :]:
            for day, n in days.items():
                rest[day] += n
        others = len(ranked) - MAX_PANELS + 1
        kiosks_of[f"{others} other missions"] = sum(
            kiosks_of[mission] for mission, _ in ranked[MAX_PANELS - 1 :]
        )
        ranked = [*ranked[: MAX_PANELS - 1], (f"{others} other missions", rest)]
    series = []
    for mission, days in ranked:
        total = sum(days.values())
        count = kiosks_of[mission]
        subtitle = f"{count} kiosk{'s' if count != 1 else ''} · {total:,} visits"
        series.append((mission, subtitle, axis, [days.get(day, 0) for day in axis]))
    visits_total = sum(sum(days.values()) for days in by_mission.values())
    recent = end - dt.timedelta(days=29)
    visits_30 = sum(n for days in by_mission.values() for d, n in days.items() if d >= recent)
    topics = sorted(fleet.topics.items(), key=lambda item: -item[1])[:TOP_TOPICS]
    titles = _topic_titles()
    languages = sorted(fleet.languages.items(), key=lambda item: -item[1])
    drawn = Charts(
        visits=charts.visits_by_mission(series) if series else "<p>No visits counted.</p>",
        topics=charts.bars(
            [titles.get(key) or _topic_name(key) for key, _ in topics],
            [n for _, n in topics],
            title="Topics read",
        )
        if topics
        else "<p>No topic opened.</p>",
        languages=charts.bars(
            [LANGUAGE_NAMES.get(key, key) for key, _ in languages],
            [n for _, n in languages],
            title="Languages chosen",
            colour=charts.DEEP,
        )
        if languages
        else "<p>No language chosen.</p>",
    )
    return render(
        fleet,
        drawn,
        at=at,
        first=first,
        last=last,
        visits_total=visits_total,
        visits_30=visits_30,
        font_faces=font_faces(),
    )


def _topic_titles() -> dict[str, str]:
    """The packaged topics' English titles by id (the kiosks show the
    packaged content unless a mission changed it)."""
    from kiosk.content import load_content
    from kiosk.paths import default_content_dir

    content = load_content(default_content_dir()).content
    if content is None:
        return {}
    return {s.id: s.title.values.get("en", "") for s in content.sections}


def _topic_name(key: str) -> str:
    """A topic's id as a title, for topics the packaged content lacks
    ("central-asia": "Central asia")."""
    words = key.replace("-", " ").replace("_", " ").strip()
    return (words[:1].upper() + words[1:])[:40] or key
