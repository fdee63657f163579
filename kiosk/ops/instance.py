"""One kiosk per account: a second one started on the same data folder
(a desktop autostart beside the systemd unit, a double click) is refused.

The lock is the operating system's own lock on an open file (flock on Linux
and macOS, msvcrt.locking on Windows), not a PID file: the system drops it the
moment the process ends, however it ends (SIGKILL, a segfault, a power cut),
so there is never a stale lock to guess about, and a reused PID or a clock
cannot fool it. The file only carries the holder's PID, for the message.

A lock that cannot be had at all (a read-only data folder, a file system
without locks) never stops the kiosk: it is logged and the kiosk runs.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from kiosk.ops import places

log = logging.getLogger(__name__)

LOCK_FILE = "kiosk.lock"
# sysexits' EX_TEMPFAIL, "try again later": under systemd (Restart=always,
# RestartPreventExitStatus=0) the unit tries again until the other kiosk is gone.
ALREADY_RUNNING = 75
PID_WAIT_S = 1.0  # the other kiosk may have locked but not yet written its PID

_held: list[int] = []  # the locked descriptor, open for the life of the process


def lock_path() -> Path:
    return places.data_dir() / LOCK_FILE


def claim_single_instance() -> bool:
    """True if this is the only kiosk for this account (or the lock cannot
    be had and the kiosk runs anyway); False if another kiosk holds it."""
    try:
        path = lock_path()
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
    except OSError as exc:
        log.error("cannot create the single-instance lock (%s); starting anyway", exc)
        return True
    try:
        _lock(fd)
    except BlockingIOError:
        pid = _read_pid(fd)
        os.close(fd)
        log.error(
            "another kiosk is already running for this account (pid %s); not starting a second one",
            pid or "unknown",
        )
        return False
    except OSError as exc:
        os.close(fd)
        log.error("%s: cannot lock (%s); starting without the single-instance lock", path, exc)
        return True
    _held.append(fd)
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\n".encode())
    except OSError as exc:  # the lock holds; only the PID in the message is lost
        log.warning("%s: cannot write the PID (%s)", path, exc)
    return True


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        # One byte far past the PID, so that a second kiosk can still read it.
        os.lseek(fd, 1 << 20, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            raise BlockingIOError(str(exc)) from exc

    def _pread(fd: int) -> bytes:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 32)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _pread(fd: int) -> bytes:
        return os.pread(fd, 32, 0)


def running_pid() -> int | None:
    """The PID of the kiosk running for this account, if one runs (for
    `kiosk status`): its lock is held. Nothing is created or locked."""
    try:
        fd = os.open(places.data_location() / LOCK_FILE, os.O_RDONLY)
    except OSError:
        return None
    try:
        _lock(fd)
    except BlockingIOError:
        return _read_pid(fd)
    except OSError:
        return None
    finally:
        os.close(fd)  # a lock this look took goes with it
    return None


def _read_pid(fd: int) -> int | None:
    deadline = time.monotonic() + PID_WAIT_S
    while True:
        try:
            text = _pread(fd).decode("ascii", "replace").strip()
        except OSError:
            return None
        if text.isdigit():
            return int(text)
        if time.monotonic() > deadline:
            return None
        time.sleep(0.05)
