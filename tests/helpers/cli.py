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
