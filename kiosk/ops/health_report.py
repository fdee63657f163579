"""The reports folder: what a kiosk tells the ministry about itself, written
every minute off the UI thread, for Syncthing (send-only) to carry home.

- ``status.json``: the status dict handed in (kiosk.ops.health_status makes
  one), written atomically (a temporary file, then os.replace) so a reader
  never sees half of it;
- ``usage-YYYY-MM-DD.csv``: each day's anonymous counts, as ``kiosk stats
  --csv`` prints them (kiosk.ops.usage_report reads them);
- ``log-tail.txt``: the last lines of kiosk.log (at most TAIL_LINES lines and
  TAIL_BYTES bytes).

The UI thread only takes the status snapshot (a few attributes read) and
hands it over; the writing, the reading of the counts file and of the log
happen in a thread of their own. A folder that cannot be written (missing
and not creatable, read-only, a full disk) is said once in the log, with the
path and the reason, and once more when writing works again; the kiosk runs
on, and each minute tries again.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot

from kiosk.files import write_atomically

log = logging.getLogger(__name__)

EVERY_S = 60
STATUS_FILE = "status.json"
USAGE_PREFIX, USAGE_SUFFIX = "usage-", ".csv"
TAIL_FILE = "log-tail.txt"
TAIL_LINES, TAIL_BYTES = 200, 64 * 1024
USAGE_HEADER = ("day", "kind", "key", "count")

Row = tuple[str, str, str, int]


# -- the files ------------------------------------------------------------


def write_status(folder: Path, status: dict[str, object]) -> Path:
    """``status`` as ``folder``/status.json, whole or not at all. Raises OSError."""
    text = json.dumps(status, ensure_ascii=False, indent=1, sort_keys=True, default=str)
    return write_atomically(folder / STATUS_FILE, text + "\n")


def write_usage_days(folder: Path, rows: Iterable[Row], *, recent: set[str]) -> list[Path]:
    """One CSV per day of ``rows``. A day in ``recent`` (today, yesterday:
    still being counted) is written every time; an older day only when its
    file is missing, so a year of counts costs a year of writes once."""
    days: dict[str, list[Row]] = {}
    for row in rows:
        days.setdefault(row[0], []).append(row)
    written = []
    for day, day_rows in sorted(days.items()):
        path = folder / f"{USAGE_PREFIX}{day}{USAGE_SUFFIX}"
        if day not in recent and path.exists():
            continue
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(USAGE_HEADER)
        writer.writerows(sorted(day_rows))
        if _holds(path, out.getvalue()):
            continue  # a quiet minute: no write, no fsync (an SD card lasts longer)
        written.append(write_atomically(path, out.getvalue()))
    return written


def _holds(path: Path, text: str) -> bool:
    try:
        return path.read_text("utf-8") == text
    except (OSError, UnicodeDecodeError):
        return False


def write_log_tail(folder: Path, log_file: Path | None) -> Path | None:
    """The last lines of ``log_file`` (bounded), or None when there is no log."""
    if log_file is None:
        return None
    try:
        with open(log_file, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - TAIL_BYTES))
            data = handle.read(TAIL_BYTES)
    except FileNotFoundError:
        return None
    lines = data.decode("utf-8", "replace").splitlines()
    if size > TAIL_BYTES and lines:
        lines = lines[1:]  # the first line read is most likely cut
    return write_atomically(folder / TAIL_FILE, "\n".join(lines[-TAIL_LINES:]) + "\n")



# -- the minute's report, in its thread -----------------------------------


class ReportWriter:
    """The thread that writes. It holds at most one report waiting: when the
    disk is slow (or a network folder hangs), a newer status replaces the
    one not yet written rather than queueing behind it."""

    def __init__(
        self,
        *,
        folder: Path,
        read_usage: Callable[[], list[Row]] | None,
        log_file: Path | None,
        today: Callable[[], set[str]],
        extra: Callable[[], dict[str, object]] | None = None,
    ) -> None:
        """``extra``: more of the status, read in this thread as each report
        is written (the content shown and its signer: files, not for the UI
        thread)."""
        self.folder = folder
        self._extra = extra
        self._read_usage = read_usage
        self._log_file = log_file
        self._today = today
        self._cond = threading.Condition()
        self._pending: dict[str, object] | None = None
        self._stopping = False
        self._failing: str | None = None
        self.written = 0  # reports written whole: for tests and the log
        self._thread = threading.Thread(target=self._run, name="health-report", daemon=True)
        self._thread.start()

    def submit(self, status: dict[str, object]) -> None:
        with self._cond:
            self._pending = status
            self._cond.notify()

    def stop(self, wait_s: float = 2.0) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify()
        self._thread.join(wait_s)

    @property
    def failing(self) -> str | None:
        """Why the folder cannot be written now; None when it can."""
        return self._failing

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._pending is None and not self._stopping:
                    self._cond.wait()
                if self._pending is None:
                    return
                status, self._pending = self._pending, None
            self._write(status)

    def _write(self, status: dict[str, object]) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if self._extra is not None:
                status = {**status, **self._extra()}
            write_status(self.folder, status)
            if self._read_usage is not None:
                write_usage_days(self.folder, self._read_usage(), recent=self._today())
            write_log_tail(self.folder, self._log_file)
        except OSError as exc:
            self._failed(exc)
            return
        except Exception as exc:  # the counts unreadable, say: the rest was written
            self._failed(exc)
            return
        self.written += 1
        if self._failing is not None:
            self._failing = None
            log.info("%s: health reports are written again", self.folder)

    def _failed(self, exc: BaseException) -> None:
        reason = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
        if self._failing == reason:
            return  # said already: not once a minute for months
        self._failing = reason
        log.error(
            "%s: cannot write the health report (%s); the kiosk runs on and tries again "
            "every minute",
            self.folder,
            reason,
        )


class HealthReports(QObject):
    """On the UI thread: every ``every_s`` seconds, ``status()`` (a snapshot
    of plain values, quick) goes to the ReportWriter's thread."""

    def __init__(
        self,
        *,
        status: Callable[[], dict[str, object]],
        writer: ReportWriter,
        parent: QObject,
        every_s: float = EVERY_S,
    ) -> None:
        super().__init__(parent)
        self._status = status
        self.writer = writer
        self._timer = QTimer(self)
        self._timer.setInterval(round(every_s * 1000))
        self._timer.timeout.connect(self.on_tick)

    def start(self) -> None:
        """The first report now, then one every interval."""
        self.on_tick()
        self._timer.start()

    def stop(self) -> None:
        """A last report (the kiosk stopping is worth knowing), then the thread ends."""
        self._timer.stop()
        self.on_tick()
        self.writer.stop()

    @Slot()
    def on_tick(self) -> None:
        self.writer.submit(self._status())
