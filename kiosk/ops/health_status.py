"""The liveness part of status.json: who this kiosk is, how long it has run,
when it last drew a frame, how often it has started, what is wrong.

Plain values only (the report is written in another thread), read quickly on
the UI thread. `kiosk status` (content version, signer, today's counts …)
adds its own fields beside these.
"""

from __future__ import annotations

import datetime as dt
import socket
import time
from collections.abc import Callable
from importlib import metadata

from kiosk.ops.restarts import Starts

SCHEMA = 1
DIST = "tm-foreign-policy-kiosk"


def _version() -> str:
    try:
        return metadata.version(DIST)
    except metadata.PackageNotFoundError:
        return "unknown"


def liveness_status(
    *,
    started: float,
    starts: Starts,
    last_frame: Callable[[], float | None],
    watchdog: bool,
    problems: Callable[[], list[str]],
    mission: str | None = None,
    opening: Callable[[], dict[str, object]] | None = None,
) -> Callable[[], dict[str, object]]:
    """A function that takes the snapshot (each minute, on the UI thread).
    ``opening``: open or closed and what the display does
    (kiosk.ops.opening.OpeningTimes.status); None before the window is up."""
    version, host = _version(), socket.gethostname()

    def snapshot() -> dict[str, object]:
        now = time.time()
        frame = last_frame()
        lines = problems()
        return {
            "schema": SCHEMA,
            "kiosk": host,
            "mission": mission,
            "version": version,
            "written_at": _iso(now),
            "started_at": _iso(started),
            "uptime_s": round(now - started),
            "last_frame_at": _iso(frame) if frame is not None else None,
            "watchdog": watchdog,
            **starts.as_status(now),
            "problems": lines[:50],
            "problem_count": len(lines),
            "opening": opening() if opening is not None else None,
        }

    return snapshot


def _iso(t: float) -> str:
    return dt.datetime.fromtimestamp(t).astimezone().isoformat(timespec="seconds")
