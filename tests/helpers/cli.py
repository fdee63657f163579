"""Running the installed program as a user does: `python -m kiosk …`.

``kiosk(...)`` runs a command to its end; ``start_kiosk(...)`` and
:class:`RunningKiosk` start the real kiosk (offscreen) and read what it logs.
Options for faulty machines:

- ``env``: variables to set, or to remove with ``None`` (``HOME=None``);
- ``as_nobody``: run as uid/gid 65534, so that permissions hold as for the
  staff account (tests run as root, and root writes anywhere). See
  :func:`nobody_prefix` for what it can and cannot show;
- ``wrapper``: a command the kiosk runs under (``private_tmpfs(...)`` mounts a
  small, full file system that only the kiosk sees).
"""

from __future__ import annotations

import functools
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

NOBODY = 65534
# Coverage's .pth hook measures every child Python that inherits this
# variable (pyproject.toml, [tool.coverage.run]); empty, it measures nothing.
# A child running as another user is not measured: it could not write its
# data beside the test run's.
UNMEASURED = {"COVERAGE_PROCESS_CONFIG": ""}


def _environment(
    env: Mapping[str, str | None] | None, as_nobody: bool = False
) -> dict[str, str]:
    """Offscreen, with the test's XDG folders (tests/conftest.py sets them)."""
    merged = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(UNMEASURED if as_nobody else {}))
    for name, value in (env or {}).items():
        if value is None:
            merged.pop(name, None)
        else:
            merged[name] = value
    return merged


def _command(args: Sequence[str], as_nobody: bool, wrapper: Sequence[str]) -> list[str]:
    prefix = nobody_prefix() if as_nobody else []
    return [*wrapper, *prefix, sys.executable, "-m", "kiosk", *args]


def kiosk(
    *args: str,
    stdin: str = "",
    timeout: int = 60,
    env: Mapping[str, str | None] | None = None,
    as_nobody: bool = False,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        _command(args, as_nobody, ()),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=_environment(env, as_nobody),
        check=False,
    )


def start_kiosk(
    *args: str,
    timeout: float = 30,
    env: Mapping[str, str | None] | None = None,
    as_nobody: bool = False,
) -> tuple[subprocess.Popen[str], str]:
    """The real program in a child process, once it says it has started.
    Returns the process and the log lines read so far."""
    proc = subprocess.Popen(
        _command(("--windowed", *args), as_nobody, ()),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=_environment(env, as_nobody),
    )
    deadline = time.monotonic() + timeout
    seen = ""
    while "kiosk started" not in seen and time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        seen += line
    return proc, seen


class RunningKiosk:
    """``kiosk --windowed`` in a child process, its stderr read as it comes.

    Read here, in the test's own thread, not in a reader thread: a Python
    thread that allocates can set off the cycle collector, which would then
    destroy Qt objects left over from earlier tests in the wrong thread."""

    def __init__(
        self,
        *args: str,
        env: Mapping[str, str | None] | None = None,
        as_nobody: bool = False,
        wrapper: Sequence[str] = (),
    ) -> None:
        self.proc = subprocess.Popen(
            _command(("--windowed", *args), as_nobody, wrapper),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=_environment(env, as_nobody),
        )
        assert self.proc.stderr is not None
        self._stderr = self.proc.stderr.fileno()
        os.set_blocking(self._stderr, False)
        self._data = bytearray()
        self._closed = False

    def _pump(self, wait_s: float) -> None:
        """Take what the kiosk has written, waiting up to ``wait_s`` for it."""
        if self._closed:
            return
        ready, _, _ = select.select([self._stderr], [], [], wait_s)
        while ready:
            try:
                chunk = os.read(self._stderr, 65536)
            except BlockingIOError:
                return
            if not chunk:
                self._closed = True
                return
            self._data += chunk

    @property
    def output(self) -> str:
        self._pump(0)
        return self._data.decode("utf-8", "replace")

    def running(self) -> bool:
        return self.proc.poll() is None

    def wait_for(self, text: str, timeout: float = 60) -> bool:
        """True once ``text`` is in the log; False if the kiosk ended or time ran out."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._pump(0.05)
            if text in self._data.decode("utf-8", "replace"):
                return True
            if self._closed:
                return False
        return False

    def stop(self, timeout: float = 20) -> str:
        """SIGTERM, as systemd stops it; everything it logged."""
        if self.running():
            self.proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while not self._closed and time.monotonic() < deadline:
            self._pump(0.1)
        try:
            self.proc.wait(max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)
        self._pump(0)
        if self.proc.stderr is not None:
            self.proc.stderr.close()
        return self._data.decode("utf-8", "replace")

    def __enter__(self) -> RunningKiosk:
        return self

    def __exit__(self, *_exc: object) -> None:
        if not self.proc.stderr.closed:
            self.stop()


# -- as another user -----------------------------------------------------------


@functools.cache
def nobody_prefix() -> list[str]:
    """``setpriv`` (util-linux) to uid/gid 65534 without supplementary groups.

    Where the interpreter or the virtual environment lies in a folder only
    root may enter (pyenv under /root, a venv in a 0700 mktemp folder, as in
    CI), the process keeps one capability, CAP_DAC_READ_SEARCH: it may read
    any file and enter any folder, but writing is checked as for anybody
    else. The faults tested with it are folders and files that cannot be
    written; a test of an unreadable file must not rely on it."""
    if shutil.which("setpriv") is None:
        pytest.fail("setpriv is missing (Debian: util-linux)")
    plain = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    reading = [*plain, "--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search"]
    # The same interpreter must answer (a shared libpython can silently be
    # replaced by the system's when its own cannot be read).
    probe = [sys.executable, "-c", "import sys, kiosk.cli; print(sys.version)"]
    for prefix in (plain, reading):
        done = subprocess.run(
            [*prefix, *probe],
            capture_output=True,
            text=True,
            cwd="/",
            env=dict(os.environ, **UNMEASURED),
            check=False,
        )
        if done.returncode == 0 and done.stdout.strip() == sys.version:
            return prefix
    pytest.fail(f"cannot run the kiosk as uid {NOBODY}: {done.stderr.strip()[-500:]}")


@contextmanager
def shared_folder() -> Iterator[Path]:
    """A folder that uid 65534 can enter (pytest's tmp_path is 0700), removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="kiosk-test-"))
    try:
        folder.chmod(0o755)
        yield folder
    finally:
        # The tests make folders read-only; make them writable again to remove them.
        for root, dirs, _files in os.walk(folder):
            for name in dirs:
                os.chmod(os.path.join(root, name), 0o755)
        shutil.rmtree(folder, ignore_errors=True)


def owned_by_nobody(*paths: Path) -> None:
    for path in paths:
        os.chown(path, NOBODY, NOBODY)


# -- a full file system ----------------------------------------------------------


@functools.cache
def _unshare() -> list[str]:
    """How this machine lets a process mount a tmpfs of its own: a private
    mount namespace as root, else inside a user namespace as well."""
    if shutil.which("unshare") is None:
        pytest.fail("unshare is missing (Debian: util-linux)")
    with tempfile.TemporaryDirectory() as where:
        tried = []
        for prefix in (
            ["unshare", "--mount", "--propagation", "private"],
            ["unshare", "--user", "--map-root-user", "--mount", "--propagation", "private"],
        ):
            done = subprocess.run(
                [*prefix, "mount", "-t", "tmpfs", "-o", "size=64k", "probe", where],
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode == 0:
                return prefix
            tried.append(f"{' '.join(prefix)}: {done.stderr.strip()}")
    pytest.fail("cannot mount a small tmpfs for the full-disk tests:\n" + "\n".join(tried))


FULL_SCRIPT = r"""
set -e
mnt=$1; seed=$2; fill=$3; shift 3
mount -t tmpfs -o "$TMPFS_OPTIONS" kiosk-full "$mnt"
cp -a "$seed/." "$mnt/"
set +e
if [ "$fill" = space ]; then
    cat /dev/zero > "$mnt/filler" 2>/dev/null
else
    i=0
    while touch "$mnt/filler-$i" 2>/dev/null; do i=$((i + 1)); done
fi
set -e
exec "$@"
"""


def full_tmpfs(mount_point: Path, seed: Path, fill: str) -> tuple[list[str], dict[str, str]]:
    """A wrapper for RunningKiosk: in a mount namespace of the kiosk's own, a
    1 MiB tmpfs at ``mount_point`` gets the files of ``seed`` and is then
    filled up: ``fill="space"`` leaves no byte free (new empty files can
    still be made), ``fill="inodes"`` leaves no file or folder to be made.
    Returns the wrapper and the environment it needs."""
    assert fill in ("space", "inodes")
    wrapper = [*_unshare(), "sh", "-c", FULL_SCRIPT, "full", str(mount_point), str(seed), fill]
    return wrapper, {"TMPFS_OPTIONS": "size=1m,nr_inodes=64,mode=0755"}
