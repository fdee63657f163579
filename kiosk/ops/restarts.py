"""Every start of the kiosk, counted in the data folder with its time, so
that a restart loop is seen rather than hidden by ``Restart=always``.

``starts.json`` holds the total and the times of the last starts. More than
LOOP_STARTS starts within LOOP_WINDOW_S is a restart loop: said in the log
at start, and in status.json (kiosk.ops.health_report) while it lasts.
A file that cannot be read starts the count again; one that cannot be
written costs one log line. Neither stops the kiosk.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from dataclasses import dataclass
from pathlib import Path

from kiosk.files import write_atomically

log = logging.getLogger(__name__)

FILE_NAME = "starts.json"
KEEP = 50  # start times kept: enough to see a loop and its history
LOOP_STARTS, LOOP_WINDOW_S = 5, 600  # more than 5 starts in 10 minutes
MAX_BYTES = 64 * 1024


@dataclass(frozen=True)
class Starts:
    total: int
    times: tuple[float, ...]  # the last KEEP starts, oldest first (time.time())

    def within(self, seconds: float, now: float) -> int:
        return sum(1 for t in self.times if now - seconds <= t <= now)

    def looping(self, now: float) -> bool:
        return self.within(LOOP_WINDOW_S, now) > LOOP_STARTS

    def as_status(self, now: float) -> dict[str, object]:
        return {
            "starts_total": self.total,
            "starts_last_10_min": self.within(LOOP_WINDOW_S, now),
            "starts_last_24_h": self.within(86400, now),
            "restart_loop": self.looping(now),
            "last_starts": [_iso(t) for t in self.times[-10:]],
        }


def _iso(t: float) -> str:
    return dt.datetime.fromtimestamp(t).astimezone().isoformat(timespec="seconds")


def read_starts(path: Path) -> Starts:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValueError(f"{path.stat().st_size} bytes")
        data = json.loads(path.read_text(encoding="utf-8"))
        total = data["total"]
        times = data["times"]
        if not (isinstance(total, int) and total >= 0 and isinstance(times, list)):
            raise ValueError("total or times of the wrong type")
        kept = tuple(float(t) for t in times if isinstance(t, (int, float)))
        return Starts(total, kept[-KEEP:])
    except FileNotFoundError:
        return Starts(0, ())
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.error("%s: cannot read the start count (%s); counting again from 0", path, exc)
        return Starts(0, ())


def count_start(folder: Path, now: float | None = None) -> Starts:
    """This start, added and saved; a restart loop is logged."""
    now = time.time() if now is None else now
    path = folder / FILE_NAME
    before = read_starts(path)
    starts = Starts(before.total + 1, (*before.times, now)[-KEEP:])
    try:
        write_atomically(path, json.dumps({"total": starts.total, "times": starts.times}))
    except OSError as exc:
        log.error("%s: cannot save the start count (%s)", path, exc.strerror or exc)
    recent = starts.within(LOOP_WINDOW_S, now)
    if starts.looping(now):
        log.error(
            "restart loop: %d starts in the last %d minutes (start %d in all); "
            "see the errors before each start",
            recent,
            LOOP_WINDOW_S // 60,
            starts.total,
        )
    else:
        log.info("start %d (%d in the last %d minutes)", starts.total, recent, LOOP_WINDOW_S // 60)
    return starts
