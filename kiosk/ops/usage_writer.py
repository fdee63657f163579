"""The thread that saves the usage counts: one transaction at a time, the
counts merged; retries, less and less often, while the file is locked or
the disk is full or the folder cannot be written; a damaged file moved
aside and a new one started with everything known so far."""

from __future__ import annotations

import logging
import sqlite3
import time
from contextlib import suppress

from kiosk.ops import usage_db
from kiosk.ops.stats import Notice, UsageCounts
from kiosk.ops.usage_db import CORRUPT, FULL, LOCKED, UNWRITABLE, Key

log = logging.getLogger(__name__)

BUSY_MS = 100  # SQLite's own wait for a lock, per try
FIRST_RETRY_S = 0.25
# The longest pause between tries: a lock is usually short; a read-only or
# full folder stays so until somebody acts.
MAX_RETRY_S = {LOCKED: 5.0, FULL: 30.0, UNWRITABLE: 60.0}
MAX_MOVED_ASIDE = 3  # a file that is damaged again at once is not moved again and again


class UsageWriter:
    """The writer thread's state: its connection, its retries."""

    def __init__(self, counts: UsageCounts) -> None:
        self.counts = counts
        self.path = counts.path
        self.db: sqlite3.Connection | None = None
        self.loaded = False  # the file's counts are in the mirror
        self.trouble: str | None = None  # what the last try ran into
        self.delay = 0.0
        self.retry_at = 0.0
        self.moved_aside = 0

    def run(self) -> None:
        """The thread: waits for counts, saves them, until the stop."""
        counts = self.counts
        going = True
        while going:
            counts.wait_for_work(self.retry_at, self.loaded)
            try:
                going = self._once()
            except Exception:  # a bug here must not end counting for the session
                log.exception("%s: unexpected error while saving usage counts", self.path)
                self._retry_later(UNWRITABLE)
                going = not counts.stopping
        self._close_db()

    def _once(self) -> bool:
        """One try at saving; False once the thread should end."""
        work = self.counts.take(self.loaded)
        if work is None:
            return False
        batch, stopping = work
        try:
            self._save(batch)
        except BaseException as exc:
            self.counts.give_back(batch)  # nothing it was given is dropped
            if not isinstance(exc, (sqlite3.Error, OSError)):
                raise
            self._trouble(exc)
        else:
            self.counts.saved()
            self._recovered()
        return not stopping  # at the stop, one last try only: the exit must not wait

    def _save(self, batch: dict[Key, int]) -> None:
        if self.db is None:
            self.db = usage_db.open_counts(self.path, BUSY_MS)
        if not self.loaded:
            rows = usage_db.read_rows(self.db)
            self.counts.merge_loaded(rows)
            self.loaded = True
            self.counts.tell()  # the panel can show the file's counts now
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
            self._close_db()  # open again from scratch next time (the folder may come back)
        first = self.trouble != kind
        self._retry_later(kind)
        if first:
            log.error(
                "%s: usage counts cannot be saved now (%s); they wait in memory "
                "and are saved when it works again",
                self.path,
                exc,
            )
        self.counts.set_waiting(Notice("usage-waiting", str(self.path), kind))

    def _start_afresh(self, exc: BaseException) -> None:
        """Damaged: kept aside with its -wal/-shm files, and a new file made."""
        self._close_db()
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
            self.counts.set_waiting(Notice("usage-waiting", str(self.path), CORRUPT))
            return
        self.moved_aside += 1
        log.error(
            "%s is damaged (%s); moved aside to %s and starting a new file", self.path, exc, aside
        )
        self.counts.everything_unsaved()
        self.retry_at = 0.0
        self.counts.set_corrupt(Notice("usage-corrupt", str(aside), str(exc)))

    def _retry_later(self, kind: str) -> None:
        self.delay = min(MAX_RETRY_S[kind], max(FIRST_RETRY_S, self.delay * 2))
        self.retry_at = time.monotonic() + self.delay
        self.trouble = kind

    def _recovered(self) -> None:
        if self.trouble is not None:
            log.info("%s: usage counts are saved again", self.path)
            self.counts.set_waiting(None)
        self.trouble = None
        self.delay = 0.0
        self.retry_at = 0.0

    def _close_db(self) -> None:
        if self.db is not None:
            # Closing a connection to a damaged or vanished file may complain.
            with suppress(sqlite3.Error):
                self.db.close()
            self.db = None
