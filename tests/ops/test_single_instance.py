"""One kiosk per account: a second one is refused with one clear sentence; a
lock left by a killed kiosk stops nobody; no lock at all never stops the kiosk."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from helpers.cli import kiosk, start_kiosk

from kiosk.ops.instance import ALREADY_RUNNING, lock_path
from kiosk.ops.logsetup import log_path

pytestmark = pytest.mark.subprocess

REFUSED = "another kiosk is already running for this account (pid {}); not starting a second one"


def stop(proc: subprocess.Popen[str]) -> str:
    """SIGTERM, as systemd stops it; returns the rest of its stderr."""
    try:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        _, rest = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    return rest


def test_a_second_kiosk_is_refused_and_the_first_goes_on():
    first, seen = start_kiosk()
    try:
        assert "kiosk started" in seen, seen
        second = kiosk()  # the fullscreen kiosk, as the systemd unit starts it
        assert second.returncode == ALREADY_RUNNING
        sentence = REFUSED.format(first.pid)
        assert sentence in second.stderr
        assert "kiosk started" not in second.stderr and "Traceback" not in second.stderr
        assert sentence in log_path().read_text("utf-8")
        assert first.poll() is None  # the first kiosk keeps running
    finally:
        rest = stop(first)
    assert first.returncode == 0, rest


def test_the_lock_of_a_killed_kiosk_stops_nobody():
    first, seen = start_kiosk()
    assert "kiosk started" in seen, seen
    first.send_signal(signal.SIGKILL)
    first.communicate(timeout=30)
    assert lock_path().read_text().strip() == str(first.pid)  # the file stays behind
    again, seen = start_kiosk()
    try:
        assert "kiosk started" in seen, seen
        assert lock_path().read_text().strip() == str(again.pid)
    finally:
        rest = stop(again)
    assert again.returncode == 0, rest


def test_two_kiosks_started_at_once_make_one_kiosk():
    with ThreadPoolExecutor(2) as pool:
        started = list(pool.map(lambda _: start_kiosk(), range(2)))
    try:
        running = [proc for proc, seen in started if "kiosk started" in seen]
        refused = [(proc, seen) for proc, seen in started if "kiosk started" not in seen]
        assert len(running) == 1 and len(refused) == 1, started
        proc, seen = refused[0]
        assert proc.wait(timeout=30) == ALREADY_RUNNING
        assert REFUSED.format(running[0].pid) in seen + proc.stderr.read()
        assert running[0].poll() is None
    finally:
        for proc, _ in started:
            stop(proc)


def test_a_lock_that_cannot_be_made_does_not_stop_the_kiosk():
    lock_path().mkdir()  # where the lock file should be, a folder
    proc, seen = start_kiosk()
    try:
        assert "kiosk started" in seen, seen
        assert "cannot create the single-instance lock ([Errno 21] Is a directory: " in seen
        assert str(lock_path()) in seen
    finally:
        rest = stop(proc)
    assert proc.returncode == 0, rest


NOBODY = ["--reuid=65534", "--regid=65534", "--clear-groups"]
# Reading and searching every folder, so that the interpreter and the installed
# kiosk are found wherever the venv lives (a root-only /root included), while
# writing stays refused wherever the permissions refuse it.
READ_ANYWHERE = ["--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search"]


def unprivileged_prefix() -> list[str]:
    """How to run a command as a user that file permissions apply to."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    assert setpriv, "setpriv (util-linux) runs the test as an unprivileged user"
    errors = []
    for prefix in ([setpriv, *NOBODY], [setpriv, *NOBODY, *READ_ANYWHERE]):
        # The same interpreter with its own standard library, not one it
        # falls back to because it cannot read its own.
        check = subprocess.run(
            [*prefix, sys.executable, "-c", "import sys, kiosk.cli; print(sys.base_prefix)"],
            capture_output=True,
            text=True,
            check=False,
        )
        if check.returncode == 0 and check.stdout.strip() == sys.base_prefix:
            return prefix
        errors.append(check.stdout + check.stderr)
    raise AssertionError(f"cannot run {sys.executable} as user 65534: {errors}")


@pytest.fixture
def unprivileged() -> Iterator[tuple[list[str], Path]]:
    """A command prefix that runs as a user without root's power over file
    permissions, and a home folder of its own that it can reach."""
    home = Path(tempfile.mkdtemp(prefix="kiosk-unprivileged-"))
    home.chmod(0o755)
    prefix = unprivileged_prefix()
    if prefix:
        os.chown(home, 65534, 65534)
    try:
        yield prefix, home
    finally:
        for folder, _, _ in os.walk(home):
            Path(folder).chmod(0o755)  # so that it can be removed
        shutil.rmtree(home)


def test_a_read_only_data_folder_does_not_stop_the_kiosk(unprivileged):
    prefix, home = unprivileged
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(home / var.lower())
    data = home / "xdg_data_home" / "tm-foreign-policy-kiosk"
    data.mkdir(parents=True)
    if prefix:
        for folder in (home / "xdg_data_home", data):
            os.chown(folder, 65534, 65534)
    data.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)  # 0550: read-only
    proc = subprocess.Popen(
        [*prefix, sys.executable, "-m", "kiosk", "--windowed"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=home,
    )
    seen = ""
    try:
        while "kiosk started" not in seen:
            line = proc.stderr.readline()
            if not line:
                break
            seen += line
        assert "kiosk started" in seen, seen
        assert "cannot create the single-instance lock" in seen and str(data) in seen
    finally:
        rest = stop(proc)
    assert proc.returncode == 0, seen + rest
