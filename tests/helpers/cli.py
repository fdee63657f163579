"""Running the installed program as a user does: `python -m kiosk …`."""

from __future__ import annotations

import os
import subprocess
import sys


def kiosk(*args: str, stdin: str = "", timeout: int = 60) -> subprocess.CompletedProcess[str]:
    """Offscreen, with the test's XDG folders (tests/conftest.py sets them)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )


def start_kiosk(*args: str, timeout: float = 30) -> tuple[subprocess.Popen[str], str]:
    """The real program in a child process, once it says it has started.
    Returns the process and the log lines read so far."""
    import time

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--windowed", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    deadline = time.monotonic() + timeout
    seen = ""
    while "kiosk started" not in seen and time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        seen += line
    return proc, seen
