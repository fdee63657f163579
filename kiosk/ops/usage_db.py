"""The usage counts' SQLite file: opening and checking it, adding counts,
reading them back, and what to do when it is locked, full or damaged.

Only the counts' writer thread (kiosk.ops.stats) and ``kiosk stats`` open it;
never the UI thread. The schema is one table of per-day counts.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import time
from contextlib import suppress
from pathlib import Path
from urllib.parse import quote

Key = tuple[str, str, str]  # (day, kind, key)
Row = tuple[str, str, str, int]  # (day, kind, key, n)

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS counts (day TEXT NOT NULL, kind TEXT NOT NULL, "
    "key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (day, kind, key))"
)
# (name, place in the primary key) of each column of SCHEMA's table
_COLUMNS = [("day", 1), ("kind", 2), ("key", 3), ("n", 0)]
CORRUPT_SUFFIX = ".corrupt-"
# SQLite keeps these beside the file; a damaged file is moved with them.
COMPANIONS = ("-wal", "-shm", "-journal")

# What went wrong, as far as what to do next is concerned.
LOCKED, FULL, UNWRITABLE, CORRUPT, OTHER = "locked", "full", "unwritable", "corrupt", "other"

# SQLite's primary result codes (sqlite3.Error.sqlite_errorcode, Python 3.11+).
_CODES = {5: LOCKED, 6: LOCKED, 13: FULL, 8: UNWRITABLE, 14: UNWRITABLE, 10: UNWRITABLE}
_CODES.update({11: CORRUPT, 26: CORRUPT})
# The same, from the message, for Python 3.10.
_WORDS = (
    ("malformed", CORRUPT),
    ("not a database", CORRUPT),
    ("locked", LOCKED),
    ("busy", LOCKED),
    ("full", FULL),
    ("readonly", UNWRITABLE),
    ("read-only", UNWRITABLE),
    ("unable to open", UNWRITABLE),
    ("disk i/o", UNWRITABLE),
)


class CorruptDatabase(sqlite3.DatabaseError):
    """PRAGMA quick_check found damage; the message is what it found."""


def classify(exc: BaseException) -> str:
    if isinstance(exc, CorruptDatabase):
        return CORRUPT
    if isinstance(exc, OSError):
        return UNWRITABLE
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and (code & 0xFF) in _CODES:
        return _CODES[code & 0xFF]
    text = str(exc).lower()
    return next((kind for word, kind in _WORDS if word in text), OTHER)


def open_counts(path: Path, busy_ms: int) -> sqlite3.Connection:
    """Open (creating if needed) and check the file; raises sqlite3.Error,
    CorruptDatabase when the check finds damage."""
    _require_a_file(path, missing_ok=True)
    db = sqlite3.connect(path, isolation_level=None, timeout=busy_ms / 1000)
    try:
        _check(db)
        db.execute("PRAGMA journal_mode=WAL")  # a killed process loses nothing committed
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute(SCHEMA)
    except BaseException:
        db.close()
        raise
    return db


def open_for_reading(path: Path, busy_ms: int) -> sqlite3.Connection:
    """An existing file only (``kiosk stats`` never creates one), checked."""
    _require_a_file(path, missing_ok=False)
    db = sqlite3.connect(
        f"file:{quote(str(path))}?mode=rw", uri=True, isolation_level=None, timeout=busy_ms / 1000
    )
    try:
        _check(db)
    except BaseException:
        db.close()
        raise
    return db


def _require_a_file(path: Path, missing_ok: bool) -> None:
    """SQLite would block for ever reading a named pipe, and fail on a folder.
    A symbolic link loop is no file either, and never becomes one by waiting:
    it is damage, moved aside like the rest (a link to a missing file is not:
    it may name a share that is not mounted yet)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if missing_ok:
            return
        raise
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise CorruptDatabase("it is a symbolic link loop, not a database file") from exc
        raise
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file"
        raise CorruptDatabase(f"it is {kind}, not a database file")


def _check(db: sqlite3.Connection) -> None:
    found = [str(row[0]) for row in db.execute("PRAGMA quick_check(5)")]
    if found != ["ok"]:
        what = "; ".join(" ".join(found).split("\n")).strip("*; ") or "no answer"
        raise CorruptDatabase(what if len(what) <= 200 else what[:199] + "…")
    # A sound file whose counts table is not the kiosk's cannot take counts either.
    columns = [(row[1], row[5]) for row in db.execute("PRAGMA table_info(counts)")]
    if columns and columns != _COLUMNS:
        names = ", ".join(name for name, _pk in columns)
        raise CorruptDatabase(f"its counts table is not the kiosk's (columns: {names})")


def read_rows(db: sqlite3.Connection) -> list[Row]:
    exists = db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='counts'")
    if exists.fetchone() is None:
        return []
    query = "SELECT day, kind, key, n FROM counts ORDER BY day, kind, key"
    return [(str(d), str(k), str(key), int(n)) for d, k, key, n in db.execute(query)]


def add_counts(db: sqlite3.Connection, counts: dict[Key, int]) -> None:
    """All or nothing, in one transaction."""
    db.execute("BEGIN IMMEDIATE")
    try:
        db.executemany(
            "INSERT INTO counts (day, kind, key, n) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (day, kind, key) DO UPDATE SET n = n + excluded.n",
            [(day, kind, key, n) for (day, kind, key), n in counts.items()],
        )
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            # SQLite may have rolled back already (full disk, I/O error).
            with suppress(sqlite3.Error):
                db.execute("ROLLBACK")
        raise


def move_aside(path: Path) -> Path:
    """``usage.sqlite3`` and its -wal/-shm files become
    ``usage.sqlite3.corrupt-YYYYmmdd-HHMMSS`` (and its -wal/-shm): kept for
    whoever wants to look, out of the way of a new file. Raises OSError."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}{CORRUPT_SUFFIX}{stamp}")
    serial = 1
    while os.path.lexists(aside):
        serial += 1
        aside = path.with_name(f"{path.name}{CORRUPT_SUFFIX}{stamp}-{serial}")
    os.replace(path, aside)
    for suffix in COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if os.path.lexists(companion):
            os.replace(companion, aside.with_name(aside.name + suffix))
    return aside


def corrupt_copies(path: Path) -> list[Path]:
    """Damaged files moved aside so far, oldest first."""
    try:
        found = path.parent.glob(f"{path.name}{CORRUPT_SUFFIX}*")
        return sorted(p for p in found if not p.name.endswith(COMPANIONS))
    except OSError:
        return []
