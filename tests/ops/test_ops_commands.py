"""kiosk set-pin, kiosk stats, kiosk install-desktop, and counts that survive SIGKILL."""

from __future__ import annotations

import contextlib
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
    done = kiosk("set-pin", stdin="7295\n7295\n")
    assert done.returncode == 0, done.stderr
    assert verify_pin("7295", load_settings().pin_hash)
    assert kiosk("set-pin", stdin="7295\n7296\n").returncode == 1
    assert kiosk("set-pin", stdin="12\n12\n").returncode == 1
    assert verify_pin("7295", load_settings().pin_hash)  # failures changed nothing
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
            # Read-only: the kiosk makes the file (its writer starts after the
            # first frame), and a test that made it first would test nothing.
            uri = f"{stats_path().as_uri()}?mode=ro"
            try:
                with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:
                    row = db.execute(
                        "SELECT SUM(n) FROM counts WHERE kind='screen' AND key='attract'"
                    ).fetchone()
            except sqlite3.OperationalError:  # not made yet
                return 0
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


def test_stats_on_a_locked_file_says_so_and_exits_1():
    UsageCounts().close()  # the file exists, as the kiosk made it
    holder = sqlite3.connect(stats_path(), isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")  # a lock that keeps readers out too
    holder.execute("BEGIN EXCLUSIVE")
    try:
        done = kiosk("stats")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.returncode == 1
    assert done.stderr.startswith(f"kiosk stats: {stats_path()} is locked by another program")
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("where", ["header", "pages"])
def test_stats_on_a_damaged_file_explains_it(where: str):
    counts = UsageCounts()
    for i in range(300):
        counts.count("section", f"topic-{i:03d}-{'x' * 40}")
    counts.close()
    path = stats_path()
    with path.open("r+b") as handle:
        if where == "header":
            handle.write(b"garbage" * 20)
        else:
            handle.seek(4096)
            handle.write(os.urandom(path.stat().st_size - 4096))
    before = path.read_bytes()
    done = kiosk("stats", "--csv")
    assert done.returncode == 1
    assert done.stderr.startswith(f"kiosk stats: {path} is damaged (")
    assert "the kiosk moves it aside (as usage.sqlite3.corrupt-DATE-TIME)" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert path.read_bytes() == before  # it only reads


def test_stats_mentions_a_damaged_file_kept_aside():
    counts = UsageCounts()
    counts.count("screen", "home")
    counts.close()
    aside = stats_path().with_name("usage.sqlite3.corrupt-20250101-120000")
    aside.write_bytes(b"damaged")
    done = kiosk("stats", "--csv")
    assert done.returncode == 0
    assert done.stdout.splitlines()[0] == "day,kind,key,count"  # the CSV stays as it was
    assert f"moved aside by the kiosk and is not included: {aside}" in done.stderr


def test_stats_on_a_symbolic_link_loop_or_to_nothing_says_which():
    """Not "does not exist yet": the file is there, and it is no file."""
    path = stats_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to(path.name)
    done = kiosk("stats")
    assert done.returncode == 1
    assert done.stderr.startswith(f"kiosk stats: {path} is damaged (it is a symbolic link loop")
    path.unlink()
    path.symlink_to("/nonexistent/usage.sqlite3")
    done = kiosk("stats")
    assert done.returncode == 1
    assert done.stderr.startswith(
        f"kiosk stats: cannot read {path}: it is a symbolic link to /nonexistent/usage.sqlite3, "
        "which does not exist"
    )
    assert "Traceback" not in done.stderr
