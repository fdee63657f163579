"""``kiosk stats``: the usage counts read straight from the file, with a
sentence, never a traceback, when it cannot be read.

It only reads. A damaged file is not moved aside here: a running kiosk may
have it open, and it moves the file aside itself the next time it opens it
(at its next start, or at once when a write finds the damage).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kiosk.ops import usage_db
from kiosk.ops.stats import stats_path
from kiosk.ops.usage_db import CORRUPT, FULL, LOCKED, Row

WAIT_S = 3  # a kiosk's own writes take milliseconds; a longer lock is somebody else's


class UsageUnreadable(Exception):
    """The counts cannot be read; the message says why, for staff."""


@dataclass(frozen=True)
class UsageReport:
    rows: list[Row]
    notes: list[str]  # worth knowing, but the counts were read


def read_report(path: Path | None = None, wait_s: float = WAIT_S) -> UsageReport:
    path = path or stats_path()
    notes = [
        f"a damaged counts file was moved aside by the kiosk and is not included: {copy}"
        for copy in usage_db.corrupt_copies(path)
    ]
    try:
        if not os.path.lexists(path):
            return UsageReport([], [*notes, f"{path} does not exist yet"])
        if (missing := _missing_target(path)) is not None:
            raise UsageUnreadable(missing)
        db = usage_db.open_for_reading(path, busy_ms=round(wait_s * 1000))
        try:
            rows = usage_db.read_rows(db)
        finally:
            db.close()
    except (sqlite3.Error, OSError) as exc:
        raise UsageUnreadable(_explain(path, exc, wait_s)) from exc
    return UsageReport(rows, notes)


def _missing_target(path: Path) -> str | None:
    """Why ``path``, a symbolic link to a missing file, cannot be read; None
    for anything else (a loop is damage, said by usage_db)."""
    try:
        os.stat(path)
    except FileNotFoundError:
        target = os.readlink(path) if os.path.islink(path) else "?"
        return f"cannot read {path}: it is a symbolic link to {target}, which does not exist"
    except OSError:
        return None
    return None


def _explain(path: Path, exc: BaseException, wait_s: float) -> str:
    kind = usage_db.classify(exc)
    if kind == LOCKED:
        return f"{path} is locked by another program (waited {wait_s:g} s); try again in a moment"
    if kind == CORRUPT:
        return (
            f"{path} is damaged ({exc}). Nothing was changed; the kiosk moves it aside "
            f"(as {path.name}{usage_db.CORRUPT_SUFFIX}DATE-TIME) and starts a new file when "
            "it next starts or its next write finds the damage"
        )
    if kind == FULL:
        return f"cannot read {path}: the disk is full ({exc})"
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return f"cannot read {path} ({reason})"
