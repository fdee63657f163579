"""Logging for the running kiosk: stderr and a rotating file in the data folder.

Staff look in kiosk.log, so every way the kiosk can die ends up there too
(`log_crashes`): an exception nobody caught, in the main thread or any other,
and a fatal signal (a segmentation fault in Qt, an abort after a Qt fatal
message), whose Python traceback faulthandler writes straight into the file.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import logging.handlers
import os
import sys
import threading
from pathlib import Path
from types import TracebackType

from kiosk.ops import places

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_FILE = "kiosk.log"
MAX_BYTES, BACKUPS = 1024 * 1024, 5

log = logging.getLogger(__name__)


def log_path() -> Path:
    return places.data_dir() / LOG_FILE


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Months of running fit in 5 × 1 MiB; returns the log file, if writable."""
    root = logging.getLogger()
    root.setLevel(level)
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(stderr)
    try:
        path = log_path()
        handler = KioskLogFile(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError as exc:
        log.error("no log file (%s); logging to stderr only", exc)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    return path


class KioskLogFile(logging.handlers.RotatingFileHandler):
    """kiosk.log, rotated; a crash dump follows it to the fresh file.

    A full or failing disk must not bury the journal under a "--- Logging
    error ---" traceback per record (logging's default): the first failure
    is said once on stderr, with the path and the reason, and every record
    still goes to stderr (systemd's journal). Each record tries the file
    again, so the log resumes by itself once there is room."""

    _failing: str | None = None  # the reason the file cannot be written now
    _failed = False  # the record being written failed

    def emit(self, record: logging.LogRecord) -> None:
        self._failed = False
        super().emit(record)
        if self._failing is not None and not self._failed:
            self._failing = None
            _say(f"{self.baseFilename}: writing the log file again")

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):
            super().handleError(record)
            return
        self._failed = True
        reason = error.strerror or str(error)
        if self._failing != reason:
            self._failing = reason
            _say(f"{self.baseFilename}: cannot write the log file ({reason}); stderr only")
        # A half-written stream would fail again at every record: start afresh.
        if self.stream is not None:
            with contextlib.suppress(OSError):
                self.stream.close()
            self.stream = None  # reopened (mode "a") at the next record

    def doRollover(self) -> None:
        super().doRollover()
        # faulthandler's descriptor still points at the file just renamed to
        # kiosk.log.1; a crash must land where staff look, in kiosk.log.
        _fault_file.follow_rotation(Path(self.baseFilename))


def _say(line: str) -> None:
    """One line for staff on stderr, outside logging (which is what failed)."""
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            print(f"ERROR kiosk.ops.logsetup: {line}", file=sys.stderr, flush=True)


def log_crashes(log_file: Path | None) -> None:
    """From now on an uncaught exception in any thread, and a fatal signal,
    leave their traceback in ``log_file`` (stderr when there is none).
    Call right after `setup_logging`, before anything else can fail."""
    sys.excepthook = _log_uncaught
    threading.excepthook = _log_uncaught_in_thread
    _fault_file.open(log_file)


def _log_uncaught(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    thread = threading.current_thread()
    where = "" if thread is threading.main_thread() else f" in thread {thread.name!r}"
    log.critical("unexpected error%s", where, exc_info=(kind, value, tb))


def _log_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return  # a thread that ends itself, as Python's own hook sees it
    name = args.thread.name if args.thread is not None else "unknown"
    log.critical(
        "unexpected error in thread %r; the thread has stopped",
        name,
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
    )


class _FaultFile:
    """The descriptor faulthandler writes a fatal signal's traceback to.

    It is our own, opened in append mode, never the logging handler's stream:
    the handler closes its stream at rotation and at logging.shutdown(), and
    a crash after that (Qt tearing down) must still find an open file, not a
    closed or reused descriptor. It stays open until the process ends."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.fd: int | None = None

    def open(self, path: Path | None) -> None:
        self.path = path
        self._enable()

    def follow_rotation(self, path: Path) -> None:
        if self.path is not None and path == self.path:
            self._enable()

    def _enable(self) -> None:
        old, self.fd = self.fd, None
        if self.path is not None:
            try:
                flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
                self.fd = os.open(self.path, flags, 0o644)
            except OSError as exc:
                log.error("%s: crash tracebacks go to stderr (%s)", self.path, exc)
        if self.fd is not None:
            faulthandler.enable(file=self.fd, all_threads=True)
        elif sys.stderr is not None:
            faulthandler.enable(file=sys.stderr, all_threads=True)
        if old is not None:  # only now: faulthandler no longer uses it
            os.close(old)


_fault_file = _FaultFile()
