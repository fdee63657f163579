"""Reading the reports folders Syncthing delivers: one folder per kiosk, each
with status.json and usage-YYYY-MM-DD.csv files (kiosk.ops.health_report).

Everything a kiosk wrote is suspect: a file cut short by a sync, a field of
the wrong type, a number that is no number. Each such fault becomes a
Problem naming the file and the field (or line), and the rest is read.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import stat
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

MAX_BYTES = 1024 * 1024  # a day's counts are a few hundred bytes; status.json a few KiB
MAX_COUNT = 10_000_000
MAX_PROBLEMS_PER_KIOSK = 20
STATUS_FILE = "status.json"
_USAGE_NAME = re.compile(r"usage-(\d{4}-\d{2}-\d{2})\.csv")
HEADER = "day,kind,key,count"
VISIT_KIND, VISIT_KEY = "screen", "attract"  # each visit ends back on the attract screen


@dataclass(frozen=True)
class Problem:
    path: str  # relative to the reports folder: kiosk-07/status.json
    where: str  # the field or line
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.where}: {self.message}"


@dataclass
class Kiosk:
    name: str  # its folder's name
    mission: str
    last_seen: dt.datetime | None = None  # status.json's written_at (or its file's time)
    seen_from_file_time: bool = False
    restart_loop: bool = False
    starts_24h: int | None = None
    version: str | None = None
    problem_count: int = 0  # what the kiosk itself reports (content, machine)
    days: int = 0  # days of counts
    visits: int = 0
    visits_by_day: dict[dt.date, int] = field(default_factory=dict)


@dataclass
class Fleet:
    kiosks: list[Kiosk] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    more_problems: int = 0  # not listed, beyond MAX_PROBLEMS_PER_KIOSK per kiosk
    topics: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    languages: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def missions(self) -> dict[str, list[Kiosk]]:
        by: dict[str, list[Kiosk]] = defaultdict(list)
        for kiosk in self.kiosks:
            by[kiosk.mission].append(kiosk)
        return dict(by)


class _Problems:
    def __init__(self, fleet: Fleet) -> None:
        self.fleet = fleet
        self.count = 0

    def add(self, path: str, where: str, message: str) -> None:
        self.count += 1
        if self.count <= MAX_PROBLEMS_PER_KIOSK:
            self.fleet.problems.append(Problem(path, where, message))
        else:
            self.fleet.more_problems += 1


def read_fleet(folder: Path) -> Fleet:
    """Every kiosk folder under ``folder`` (dot folders, Syncthing's own, and
    loose files are not kiosks). Raises OSError only for ``folder`` itself."""
    fleet = Fleet()
    names = sorted(
        entry.name
        for entry in os.scandir(folder)
        if not entry.name.startswith(".") and entry.is_dir(follow_symlinks=False)
    )
    for name in names:
        fleet.kiosks.append(_read_kiosk(folder / name, name, fleet))
    return fleet


def _read_kiosk(folder: Path, name: str, fleet: Fleet) -> Kiosk:
    problems = _Problems(fleet)
    kiosk = Kiosk(name=name, mission=name)
    _read_status(folder, kiosk, problems)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        problems.add(name, "folder", f"cannot be listed ({exc.strerror or exc})")
        return kiosk
    for entry in entries:
        match = _USAGE_NAME.fullmatch(entry.name)
        if match is not None:
            _read_usage(entry.path, f"{name}/{entry.name}", match[1], kiosk, fleet, problems)
    return kiosk


def _text(path: Path | str, shown: str, problems: _Problems) -> str | None:
    """The file's text, or None with a problem said (not a file, too large,
    unreadable, not UTF-8). One open, one fstat, one read: a year of a
    fleet's counts is some 15,000 files. O_NONBLOCK: a FIFO named like a
    report is refused, never waited on."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        return None
    except OSError as exc:
        problems.add(shown, "file", f"cannot be read ({exc.strerror or exc})")
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            problems.add(shown, "file", "not a regular file")
            return None
        if info.st_size > MAX_BYTES:
            problems.add(shown, "file", f"{info.st_size} bytes, more than {MAX_BYTES}")
            return None
        data = os.read(fd, MAX_BYTES + 1)
    except OSError as exc:
        problems.add(shown, "file", f"cannot be read ({exc.strerror or exc})")
        return None
    finally:
        os.close(fd)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.add(shown, f"byte {exc.start}", "not UTF-8 text")
        return None


def _read_status(folder: Path, kiosk: Kiosk, problems: _Problems) -> None:
    shown = f"{kiosk.name}/{STATUS_FILE}"
    path = folder / STATUS_FILE
    text = _text(path, shown, problems)
    if text is None:
        if not path.exists():
            problems.add(shown, "file", "missing: the kiosk has never reported its status")
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        problems.add(
            shown, f"line {exc.lineno}", f"not JSON ({exc.msg}); last seen from the file's time"
        )
        _seen_from_file(path, kiosk)
        return
    if not isinstance(data, dict):
        problems.add(shown, "file", "not a JSON object")
        _seen_from_file(path, kiosk)
        return
    mission = data.get("mission")
    if isinstance(mission, str) and mission.strip():
        kiosk.mission = mission.strip()[:80]
    elif mission is not None:
        problems.add(shown, "mission", "not a text; the folder's name is used")
    written = data.get("written_at")
    kiosk.last_seen = _datetime(written)
    if kiosk.last_seen is None:
        problems.add(
            shown,
            "written_at",
            f"{str(written)[:40]!r} is not a date and time with its "
            "offset; last seen from the file's time",
        )
        _seen_from_file(path, kiosk)
    loop = data.get("restart_loop", False)
    if isinstance(loop, bool):
        kiosk.restart_loop = loop
    else:
        problems.add(shown, "restart_loop", "not true or false")
    kiosk.starts_24h = _count(data, "starts_last_24_h", shown, problems)
    kiosk.problem_count = _count(data, "problem_count", shown, problems) or 0
    version = data.get("version")
    kiosk.version = version[:40] if isinstance(version, str) else None


def _count(data: dict, key: str, shown: str, problems: _Problems) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        problems.add(shown, key, f"{str(value)[:20]!r} is not a count")
        return None
    return value


def _datetime(value: object) -> dt.datetime | None:
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _seen_from_file(path: Path, kiosk: Kiosk) -> None:
    try:
        kiosk.last_seen = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.timezone.utc)
        kiosk.seen_from_file_time = True
    except OSError:
        pass


def _read_usage(
    path: str, shown: str, day_text: str, kiosk: Kiosk, fleet: Fleet, problems: _Problems
) -> None:
    try:
        day = dt.date.fromisoformat(day_text)
    except ValueError:
        problems.add(shown, "file name", f"{day_text} is not a day")
        return
    text = _text(path, shown, problems)
    if text is None:
        return
    lines = text.splitlines()
    if not lines or lines[0].strip() != HEADER:
        problems.add(shown, "line 1", f"the header is not {HEADER}")
        return
    visits = 0
    topics, languages = fleet.topics, fleet.languages
    for number, line in enumerate(lines[1:], start=2):
        parts = line.split(",")
        if len(parts) != 4:
            if line.strip():
                problems.add(shown, f"line {number}", "not four fields (day,kind,key,count)")
            continue
        row_day, kind, key, count = parts
        if row_day != day_text:
            problems.add(shown, f"line {number}: day", f"{row_day[:20]!r}, not {day_text}")
            continue
        if not count.isdigit() or len(count) > 8:
            problems.add(shown, f"line {number}: count", f"{count[:20]!r} is not a count")
            continue
        n = int(count)
        if kind == VISIT_KIND and key == VISIT_KEY:
            visits += n
        elif kind == "section":
            topics[key[:60]] += n
        elif kind == "language":
            languages[key[:20]] += n
    kiosk.days += 1
    kiosk.visits += visits
    kiosk.visits_by_day[day] = kiosk.visits_by_day.get(day, 0) + visits
