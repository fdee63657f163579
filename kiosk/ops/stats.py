"""Anonymous usage counts per day, in SQLite in the data folder.

What is counted: screens shown, sections opened, languages chosen, map
regions, and how often large text or high contrast is turned on. Never who,
never when within the day, nothing that leaves the machine. Each count is
committed as it happens; WAL mode means a killed process loses nothing
already counted.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path

from kiosk.ops import places

log = logging.getLogger(__name__)

FILE_NAME = "usage.sqlite3"
KINDS = ("screen", "section", "language", "region", "display")


def stats_path() -> Path:
    return places.data_dir() / FILE_NAME


class UsageCounts:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or stats_path()
        self._db: sqlite3.Connection | None = None
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None)  # autocommit
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS counts (day TEXT NOT NULL, kind TEXT NOT NULL, "
                "key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (day, kind, key))"
            )
        except sqlite3.Error as exc:
            # Counting is never worth stopping the kiosk for.
            log.error("%s: usage counts are off (%s)", self.path, exc)
            self._db = None

    def count(self, kind: str, key: str, day: dt.date | None = None) -> None:
        if self._db is None or kind not in KINDS:
            return
        day_text = (day or dt.date.today()).isoformat()
        try:
            self._db.execute(
                "INSERT INTO counts (day, kind, key, n) VALUES (?, ?, ?, 1) "
                "ON CONFLICT (day, kind, key) DO UPDATE SET n = n + 1",
                (day_text, kind, key),
            )
        except sqlite3.Error as exc:
            log.error("%s: cannot count %s/%s (%s)", self.path, kind, key, exc)

    def rows(self) -> list[tuple[str, str, str, int]]:
        if self._db is None:
            return []
        return list(
            self._db.execute("SELECT day, kind, key, n FROM counts ORDER BY day, kind, key")
        )

    def totals(self) -> dict[tuple[str, str], int]:
        if self._db is None:
            return {}
        query = "SELECT kind, key, SUM(n) FROM counts GROUP BY kind, key ORDER BY kind, key"
        return {(kind, key): n for kind, key, n in self._db.execute(query)}

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
