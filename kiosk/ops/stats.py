"""Anonymous usage counts per day, kept in SQLite in the data folder.

What is counted: screens shown, sections opened, languages chosen, map
regions, and how often large text or high contrast is turned on. Never who,
never when within the day, nothing that leaves the machine.

A tap never waits on SQLite: counting adds one to a dictionary on the UI
thread, and a writer thread of its own saves the counts, merged, in one
transaction at a time. When the file is locked by another program or the
disk is full, the counts wait in memory and the writer tries again, less
and less often; nothing it was given is dropped while the kiosk runs. A
damaged file is moved aside and a new one started. The staff panel reads
the in-memory mirror (the file's counts, read once at start by the writer,
plus everything counted since), never the file.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from kiosk.ops import places, usage_db
from kiosk.ops.usage_db import CORRUPT, FULL, LOCKED, UNWRITABLE, Key, Row
from kiosk.ops.workers import no_collection_here

log = logging.getLogger(__name__)

FILE_NAME = "usage.sqlite3"
KINDS = ("screen", "section", "language", "region", "display")

BUSY_MS = 100  # SQLite's own wait for a lock, per try, in the writer thread
FLUSH_WAIT_S = 2.0  # at exit, at most this long for the last counts
FIRST_RETRY_S = 0.25
# The longest pause between tries: a lock is usually short; a read-only or
# full folder stays so until somebody acts.
MAX_RETRY_S = {LOCKED: 5.0, FULL: 30.0, UNWRITABLE: 60.0}
MAX_MOVED_ASIDE = 3  # a file that is damaged again at once is not moved again and again


def stats_path() -> Path:
    return places.data_dir() / FILE_NAME


@dataclass(frozen=True)
class Notice:
    """Something staff should know about the counts (the staff panel shows it)."""

    kind: str  # usage-waiting | usage-corrupt
    path: str
    detail: str


class UsageCounts:
    """Counts from the UI thread, saved by a thread of its own."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or stats_path()
        self._cond = threading.Condition()
        self._mirror: dict[Key, int] = {}  # the file's counts plus everything counted since
        self._unsaved: dict[Key, int] = {}  # counted, not yet in the file
        self._listeners: list[Callable[[], None]] = []
        self._waiting: Notice | None = None
        self._corrupt: Notice | None = None
        self._stopping = False
        self._busy = False  # the writer holds counts it took out of _unsaved
        self._thread = threading.Thread(target=self._run, name="usage-counts", daemon=True)
        self._thread.start()

    # -- the UI thread's side ----------------------------------------------

    def count(self, kind: str, key: str, day: dt.date | None = None) -> None:
        """One dictionary increment: safe to call on every tap."""
        if kind not in KINDS:
            return
        item = ((day or dt.date.today()).isoformat(), kind, key)
        with self._cond:
            self._mirror[item] = self._mirror.get(item, 0) + 1
            self._unsaved[item] = self._unsaved.get(item, 0) + 1
            self._cond.notify()

    def rows(self) -> list[Row]:
        with self._cond:
            return [(*item, n) for item, n in sorted(self._mirror.items())]

    def totals(self) -> dict[tuple[str, str], int]:
        sums: dict[tuple[str, str], int] = {}
        for _day, kind, key, n in self.rows():
            sums[(kind, key)] = sums.get((kind, key), 0) + n
        return dict(sorted(sums.items()))

    def unsaved(self) -> int:
        with self._cond:
            return sum(self._unsaved.values())

    def notices(self) -> list[Notice]:
        with self._cond:
            return [n for n in (self._corrupt, self._waiting) if n is not None]

    def subscribe(self, listener: Callable[[], None]) -> None:
        """``listener`` is called from the writer thread when the notices or
        the counts read at start change (a Qt signal relays it)."""
        with self._cond:
            self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[], None]) -> None:
        with self._cond:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def close(self, wait_s: float = FLUSH_WAIT_S) -> None:
        """Save what is left, waiting at most ``wait_s``: an exit never hangs."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        self._thread.join(wait_s)
        left = self.unsaved()
        if left:
            log.error("%s: %d count(s) could not be saved before the exit", self.path, left)

    def flush(self, timeout_s: float) -> bool:
        """Wait until everything counted so far is in the file (tests, exit)."""
        deadline = time.monotonic() + timeout_s
        with self._cond:
            while self._unsaved or self._busy:
                left = deadline - time.monotonic()
                if left <= 0 or not self._thread.is_alive():
                    return False
                self._cond.wait(min(left, 0.05))
            return True

    # -- the writer thread -------------------------------------------------

    def _run(self) -> None:
        writer = _Writer(self)
        try:
            writer.run()
        finally:
            writer.close()

    def _take(self, retry_at: float, loaded: bool) -> tuple[dict[Key, int], bool] | None:
        """Wait for work: counts to save (not before ``retry_at``), or the
        first read. Returns (counts, stopping), or None when there is nothing
        more to do."""
        with self._cond:
            while True:
                if self._stopping:
                    if not self._unsaved and loaded:
                        return None
                    break
                now = time.monotonic()
                if now >= retry_at and (self._unsaved or not loaded):
                    break
                self._cond.wait(None if now >= retry_at else retry_at - now)
            counts, self._unsaved = self._unsaved, {}
            self._busy = True
            return counts, self._stopping

    def _give_back(self, counts: dict[Key, int]) -> None:
        with self._cond:
            for item, n in counts.items():
                self._unsaved[item] = self._unsaved.get(item, 0) + n
            self._busy = False
            self._cond.notify_all()

    def _saved(self) -> None:
        with self._cond:
            self._busy = False
            self._cond.notify_all()

    def _merge_loaded(self, rows: list[Row]) -> None:
        with self._cond:
            for day, kind, key, n in rows:
                item = (day, kind, key)
                self._mirror[item] = self._mirror.get(item, 0) + n

    def _everything_unsaved(self) -> None:
        """A new, empty file: everything known is written into it again."""
        with self._cond:
            self._unsaved = dict(self._mirror)

    def _set_waiting(self, notice: Notice | None) -> None:
        with self._cond:
            changed, self._waiting = notice != self._waiting, notice
        if changed:
            self._tell()

    def _set_corrupt(self, notice: Notice) -> None:
        """Kept for the session: staff should hear of it even after recovery."""
        with self._cond:
            self._corrupt = notice
        self._tell()

    def _tell(self) -> None:
        with self._cond:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener()
            except Exception:  # a listener's window has gone; counting goes on
                log.debug("usage listener failed", exc_info=True)


class _Writer:
    """The state of the writer thread: its connection, its retries."""

    def __init__(self, counts: UsageCounts) -> None:
        self.counts = counts
        self.path = counts.path
        self.db: sqlite3.Connection | None = None
        self.loaded = False
        self.trouble: str | None = None  # what the last try ran into
        self.delay = 0.0
        self.retry_at = 0.0
        self.moved_aside = 0

    def run(self) -> None:
        while (work := self.counts._take(self.retry_at, self.loaded)) is not None:
            batch, stopping = work
            with no_collection_here():
                try:
                    self._save(batch)
                except (sqlite3.Error, OSError) as exc:
                    self.counts._give_back(batch)
                    self._trouble(exc)
                except Exception:  # a bug here must not end counting for the session
                    self.counts._give_back(batch)
                    log.exception("%s: unexpected error while saving usage counts", self.path)
                    self._retry_later(UNWRITABLE)
                else:
                    self.counts._saved()
                    self._recovered()
            if stopping:
                return  # one last try only: the exit must not wait

    def _save(self, batch: dict[Key, int]) -> None:
        if self.db is None:
            self.db = usage_db.open_counts(self.path, BUSY_MS)
        if not self.loaded:
            rows = usage_db.read_rows(self.db)
            self.counts._merge_loaded(rows)
            self.loaded = True
            self.counts._tell()  # the panel can show the file's counts now
        if batch:
            usage_db.add_counts(self.db, batch)

    def _trouble(self, exc: BaseException) -> None:
        kind = usage_db.classify(exc)
        if kind == CORRUPT and self.moved_aside < MAX_MOVED_ASIDE:
            self._start_afresh(exc)
            return
        if kind not in MAX_RETRY_S:
            kind = UNWRITABLE
        if kind != LOCKED:
            self.close()  # open again from scratch next time (the folder may come back)
        first = self.trouble != kind
        self._retry_later(kind)
        if first:
            unsaved = self.counts.unsaved()
            log.error(
                "%s: usage counts cannot be saved now (%s); %d count(s) wait in memory "
                "and are saved when it works again",
                self.path,
                exc,
                unsaved,
            )
        self.counts._set_waiting(Notice("usage-waiting", str(self.path), kind))

    def _start_afresh(self, exc: BaseException) -> None:
        """Damaged: kept aside with its -wal/-shm files, and a new file made."""
        self.close()
        try:
            aside = usage_db.move_aside(self.path)
        except OSError as move_error:
            self.moved_aside = MAX_MOVED_ASIDE  # cannot move it: just retry later
            log.error(
                "%s is damaged (%s) and cannot be moved aside (%s)",
                self.path,
                exc,
                move_error.strerror or move_error,
            )
            self._retry_later(UNWRITABLE)
            self.counts._set_waiting(Notice("usage-waiting", str(self.path), CORRUPT))
            return
        self.moved_aside += 1
        log.error(
            "%s is damaged (%s); moved aside to %s and starting a new file",
            self.path,
            exc,
            aside,
        )
        self.counts._everything_unsaved()
        self.retry_at = 0.0
        self.counts._set_corrupt(Notice("usage-corrupt", str(aside), str(exc)))

    def _retry_later(self, kind: str) -> None:
        self.delay = min(MAX_RETRY_S[kind], max(FIRST_RETRY_S, self.delay * 2))
        self.retry_at = time.monotonic() + self.delay
        self.trouble = kind

    def _recovered(self) -> None:
        if self.trouble is not None:
            log.info("%s: usage counts are saved again", self.path)
            self.counts._set_waiting(None)
        self.trouble = None
        self.delay = 0.0
        self.retry_at = 0.0

    def close(self) -> None:
        if self.db is not None:
            # Closing a connection to a damaged or vanished file may complain.
            with suppress(sqlite3.Error):
                self.db.close()
            self.db = None
