"""A kiosk started from a terminal outlives the terminal.

Staff try the kiosk from a terminal window, then close it: the kernel sends
SIGHUP to the kiosk and every later write to its stderr fails. Neither may
end the kiosk (it would leave the desktop showing, and say nothing in
kiosk.log); SIGTERM still stops it cleanly.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import subprocess
import sys
import termios
import time

import pytest

from kiosk.ops.logsetup import log_path

pytestmark = pytest.mark.subprocess


def _read_until(fd: int, text: bytes, timeout: float) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while text not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    return seen


def _log_says(text: str, timeout: float, times: int = 1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log_path().exists() and log_path().read_text("utf-8").count(text) >= times:
            return True
        time.sleep(0.1)
    return False


def test_closing_the_terminal_does_not_end_the_kiosk():
    master, slave = pty.openpty()

    def own_terminal() -> None:
        # A session of its own with the pty as its controlling terminal, as
        # a shell in a terminal window gives a program it starts.
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--windowed"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        preexec_fn=own_terminal,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    os.close(slave)
    try:
        started = _read_until(master, b"kiosk started", 60)
        assert b"kiosk started" in started, started.decode("utf-8", "replace")
        os.close(master)  # the terminal window is closed: SIGHUP, and no stderr
        master = -1
        assert _log_says("SIGHUP", 30), log_path().read_text("utf-8")
        # Another one, logged to the dead terminal too (a write that fails).
        proc.send_signal(signal.SIGHUP)
        assert _log_says("SIGHUP", 30, times=2), log_path().read_text("utf-8")
        assert proc.poll() is None, f"the kiosk ended: {proc.returncode}"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
    finally:
        if master >= 0:
            os.close(master)
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    log = log_path().read_text("utf-8")
    assert "kiosk stopped" in log
    assert "Traceback" not in log
