"""Anonymous usage counts per day, kept in SQLite in the data folder.

What is counted: screens shown, sections opened, languages chosen, map
regions, and how often large text or high contrast is turned on. Never who,
never when within the day, nothing that leaves the machine.

A tap never waits on SQLite: counting adds one to a dictionary on the UI
thread, and a writer thread of its own (kiosk.ops.usage_writer) saves the
counts, merged, in one transaction at a time. When the file is locked by
another program or the disk is full, the counts wait in memory and the
writer tries again, less and less often; nothing it was given is dropped
while the kiosk runs. A damaged file is moved aside and a new one started.
The staff panel reads the in-memory mirror (the file's counts, read once at
start by the writer, plus everything counted since), never the file.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.ops import places

if TYPE_CHECKING:  # sqlite3 comes with the writer thread, after the first frame
    from kiosk.ops.usage_db import Key, Row

log = logging.getLogger(__name__)

FILE_NAME = "usage.sqlite3"
KINDS = ("screen", "section", "language", "region", "display")
FLUSH_WAIT_S = 2.0  # at exit, at most this long for the last counts


def stats_path() -> Path:
    return places.data_dir() / FILE_NAME


@dataclass(frozen=True)
class Notice:
    """Something staff should know about the counts (the staff panel shows it)."""

    kind: str  # usage-waiting | usage-corrupt
    path: str
    detail: str


class UsageCounts:
    """Counts from the UI thread; the state the writer thread shares with it.

    One plain lock guards the counts; a second lock is the writer's doorbell
    (held while nobody rang)."""

    def __init__(self, path: Path | None = None, *, start: bool = True) -> None:
        """``start`` False: counting starts now, the writer thread (opening
        and reading the file) only at start(); the kiosk starts it after its
        first frame, which months of counts must not delay."""
        self.path = path or stats_path()
        self._lock = threading.Lock()
        # Held while the writer calls the listeners: once unsubscribe() has
        # returned, the writer thread holds no reference to the listener.
        self._telling = threading.Lock()
        self._bell = threading.Lock()
        self._bell.acquire()
        self._rung = False
        self._mirror: dict[Key, int] = {}  # the file's counts plus everything counted since
        self._unsaved: dict[Key, int] = {}  # counted, not yet in the file
        self._taken: dict[Key, int] = {}  # taken out of _unsaved by the writer, being saved
        self._stopping = False
        self._listeners: list[Callable[[], None]] = []
        self._waiting: Notice | None = None
        self._corrupt: Notice | None = None
        self._thread: threading.Thread | None = None
        if start:
            self.start()

    def start(self) -> None:
        """Start the writer thread (once; again is harmless)."""
        self._writer_thread()

    def _writer_thread(self) -> threading.Thread:
        from kiosk.ops.usage_writer import UsageWriter  # it needs this class

        with self._lock:
            if self._thread is None:
                writer = UsageWriter(self)
                self._thread = threading.Thread(target=writer.run, name="usage-counts", daemon=True)
                self._thread.start()
            return self._thread

    # -- the UI thread's side ----------------------------------------------

    def count(self, kind: str, key: str, day: dt.date | None = None) -> None:
        """Two dictionary increments: safe to call on every tap."""
        if kind not in KINDS:
            return
        item = ((day or dt.date.today()).isoformat(), kind, key)
        with self._lock:
            self._mirror[item] = self._mirror.get(item, 0) + 1
            self._unsaved[item] = self._unsaved.get(item, 0) + 1
            self._ring()

    def rows(self) -> list[Row]:
        with self._lock:
            return [(*item, n) for item, n in sorted(self._mirror.items())]

    def totals(self) -> dict[tuple[str, str], int]:
        sums: dict[tuple[str, str], int] = {}
        for _day, kind, key, n in self.rows():
            sums[(kind, key)] = sums.get((kind, key), 0) + n
        return dict(sorted(sums.items()))

    def unsaved(self) -> int:
        """How many counts are not in the file yet (some may be on their way)."""
        with self._lock:
            return sum(self._unsaved.values()) + sum(self._taken.values())

    def notices(self) -> list[Notice]:
        with self._lock:
            return [n for n in (self._corrupt, self._waiting) if n is not None]

    def subscribe(self, listener: Callable[[], None]) -> None:
        """``listener`` is called from the writer thread when the notices or
        the counts read at start change (a Qt signal relays it)."""
        with self._telling, self._lock:
            self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[], None]) -> None:
        """After this returns the listener is neither being called nor
        referenced by the writer thread. That matters when it is a bound Qt
        signal: a last reference dropped in the writer thread would destroy
        its QObject there, which crashes the kiosk."""
        with self._telling, self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def flush(self, timeout_s: float) -> bool:
        """Wait until everything counted so far is in the file (tests)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline and self._thread and self._thread.is_alive():
            with self._lock:
                if not self._unsaved and not self._taken:
                    return True
            time.sleep(0.02)
        with self._lock:
            return not self._unsaved and not self._taken

    def close(self, wait_s: float = FLUSH_WAIT_S) -> None:
        """Save what is left, waiting at most ``wait_s``: an exit never hangs."""
        # Stopped before the writer started: what was counted is still saved.
        thread = self._writer_thread()
        with self._lock:
            self._stopping = True
            self._ring()
        thread.join(wait_s)
        left = self.unsaved()
        if left:
            log.error("%s: %d count(s) could not be saved before the exit", self.path, left)

    def _ring(self) -> None:
        """Wake the writer; the caller holds ``_lock``."""
        if not self._rung:
            self._rung = True
            self._bell.release()

    # -- for the writer thread -----------------------------------------------

    @property
    def stopping(self) -> bool:
        return self._stopping

    def wait_for_work(self, retry_at: float, loaded: bool) -> None:
        """Until there are counts to save (not before ``retry_at``), the first
        read to do, or the stop."""
        lock, bell = self._lock, self._bell
        lock.acquire()
        while not self._stopping:
            now = time.monotonic()
            if now >= retry_at and (self._unsaved or not loaded):
                break
            lock.release()
            rung = bell.acquire(True, -1 if now >= retry_at else retry_at - now)
            lock.acquire()
            if rung:
                self._rung = False
        lock.release()

    def take(self, loaded: bool) -> tuple[dict[Key, int], bool] | None:
        """The counts to save now, and whether this is the last try; None
        when stopping with nothing left to do."""
        with self._lock:
            if self._stopping and not self._unsaved and loaded:
                return None
            self._taken, self._unsaved = self._unsaved, {}
            return self._taken, self._stopping

    def give_back(self, counts: dict[Key, int]) -> None:
        with self._lock:
            for item, n in counts.items():
                self._unsaved[item] = self._unsaved.get(item, 0) + n
            self._taken = {}

    def saved(self) -> None:
        with self._lock:
            self._taken = {}

    def merge_loaded(self, rows: list[Row]) -> None:
        with self._lock:
            for day, kind, key, n in rows:
                item = (day, kind, key)
                self._mirror[item] = self._mirror.get(item, 0) + n

    def everything_unsaved(self) -> None:
        """A new, empty file: everything known is written into it again."""
        with self._lock:
            self._unsaved = dict(self._mirror)

    def set_waiting(self, notice: Notice | None) -> None:
        with self._lock:
            changed, self._waiting = notice != self._waiting, notice
        if changed:
            self.tell()

    def set_corrupt(self, notice: Notice) -> None:
        """Kept for the session: staff should hear of it even after recovery."""
        with self._lock:
            self._corrupt = notice
        self.tell()

    def tell(self) -> None:
        with self._telling:
            with self._lock:
                listeners = tuple(self._listeners)
            for listener in listeners:
                try:
                    listener()
                except Exception:  # a listener's window has gone; counting goes on
                    log.debug("usage listener failed", exc_info=True)
            # Dropped while still held: see unsubscribe().
            listener = listeners = None
