"""kiosk set-pin, kiosk stats, kiosk install-desktop, and counts that survive SIGKILL."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from helpers.cli import kiosk, start_kiosk

from kiosk.ops.pin import verify_pin
from kiosk.ops.settings import load_settings
from kiosk.ops.stats import UsageCounts, stats_path

pytestmark = pytest.mark.subprocess


def test_set_pin_from_a_script():
    done = kiosk("set-pin", stdin="4321\n4321\n")
    assert done.returncode == 0, done.stderr
    assert verify_pin("4321", load_settings().pin_hash)
    assert kiosk("set-pin", stdin="4321\n4322\n").returncode == 1
    assert kiosk("set-pin", stdin="12\n12\n").returncode == 1
    assert verify_pin("4321", load_settings().pin_hash)  # failures changed nothing
    assert kiosk("set-pin", "--clear").returncode == 0
    assert load_settings().pin_hash is None


def test_stats_prints_the_counts():
    counts = UsageCounts()
    counts.count("screen", "home")
    counts.count("screen", "home")
    counts.count("section", "neutrality")
    counts.close()
    done = kiosk("stats", "--csv")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "day,kind,key,count"
    assert any(line.endswith(",screen,home,2") for line in lines)
    assert any(line.endswith(",section,neutrality,1") for line in lines)
    table = kiosk("stats").stdout
    assert "neutrality" in table and "home" in table


def test_desktop_entry_passes_desktop_file_validate(tmp_path: Path):
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        if os.environ.get("CI"):
            pytest.fail("desktop-file-validate is missing: .ci/run installs desktop-file-utils")
        pytest.skip("desktop-file-validate not installed (Debian: desktop-file-utils)")
    done = kiosk("install-desktop", "--autostart")
    assert done.returncode == 0, done.stderr
    entry = Path(done.stdout.splitlines()[0])
    assert entry.name == "tm-foreign-policy-kiosk.desktop"
    assert str(entry).startswith(str(tmp_path))
    check = subprocess.run([validate, str(entry)], capture_output=True, text=True, check=False)
    assert check.returncode == 0 and check.stdout == "", check.stdout + check.stderr
    text = entry.read_text("utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert "kiosk" in exec_line
    assert Path(done.stdout.splitlines()[1]).is_file()  # the icon
    assert (tmp_path / "xdg_config_home" / "autostart" / entry.name).is_file()


def test_counts_survive_a_sigkill():
    """A real kiosk counts its screens as they are shown; SIGKILL loses none."""
    proc, seen = start_kiosk()
    try:
        assert "kiosk started" in seen, seen

        # The attract screen was counted when it was shown at start.
        def counted() -> int:
            with sqlite3.connect(stats_path()) as db:
                row = db.execute(
                    "SELECT SUM(n) FROM counts WHERE kind='screen' AND key='attract'"
                ).fetchone()
            return row[0] or 0

        # Counts are written by their own thread, a moment after they happen.
        deadline = time.monotonic() + 30
        while (before := counted()) < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    assert before >= 1
    assert counted() == before
