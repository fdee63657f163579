"""`kiosk validate` as staff run it, on folders holding what should not be
there: one line per problem naming the file (and line), exit 1, and never a
traceback. Permission cases run as another user (root reads everything)."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers.cli import UNMEASURED
from helpers.dated import AT, make_current
from test_content_corpus import CORPUS, SECTION_CASES, SITE_CASES

from kiosk import paths

pytestmark = pytest.mark.subprocess

NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float
    max_rss_mib: float


@pytest.fixture
def shared() -> Iterator[Path]:
    """A folder another user can reach: pytest's tmp_path lies in root's
    0700 folder. Everything in it is made removable again afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="kiosk-validate-"))
    folder.chmod(0o755)
    yield folder
    for root, dirs, _ in os.walk(folder):
        for name in dirs:
            os.chmod(os.path.join(root, name), 0o755, follow_symlinks=False)
    shutil.rmtree(folder)


@pytest.fixture
def content(shared: Path) -> Path:
    target = shared / "content"
    shutil.copytree(paths.default_content_dir(), target)
    return make_current(target)


# The child's own peak memory, which it writes at its exit: wait4's ru_maxrss
# would start at this test process's own (Linux hands a child its parent's
# high-water mark at fork and keeps it across exec), and a test worker that
# has run many kiosks is larger than any limit worth checking.
_PEAK = """
import atexit, os, runpy, sys
def peak():
    with open("/proc/self/status") as status, open(os.environ["KIOSK_TEST_PEAK"], "w") as out:
        out.write(next(line for line in status if line.startswith("VmHWM:")).split()[1])
atexit.register(peak)
sys.argv = ["kiosk", *sys.argv[1:]]
runpy.run_module("kiosk", run_name="__main__", alter_sys=True)
"""


def validate(folder: Path, *args: str, other_user: bool = False, timeout: float = 60) -> Run:
    """The real program in a child process, as on TEST_NOW; its exit code,
    output, time and peak memory (its own VmHWM; see _PEAK)."""
    command = [sys.executable, "-c", _PEAK, "validate", "--content", str(folder), *AT, *args]
    if other_user and os.geteuid() == 0:
        command = NOBODY + command
    peak = Path(tempfile.mkdtemp(prefix="kiosk-peak-")) / "kib"
    peak.parent.chmod(0o777)  # the other user writes it too
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        KIOSK_TEST_PEAK=str(peak),
        **(UNMEASURED if other_user else {}),
    )
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        # The folder's parent is readable: the child may start in it.
        child = subprocess.Popen(command, stdout=out, stderr=err, env=env, cwd=folder.parent)
        watchdog = threading.Timer(timeout, child.kill)
        watchdog.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)
        finally:
            watchdog.cancel()
        child.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        return Run(
            child.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            seconds,
            _peak_kib(peak, usage.ru_maxrss) / 1024,
        )


def _peak_kib(peak: Path, fallback: int) -> int:
    try:
        return int(peak.read_text()) if peak.exists() else fallback
    finally:
        shutil.rmtree(peak.parent, ignore_errors=True)


@pytest.fixture(scope="module", autouse=True)
def _other_user_can_run_the_kiosk() -> None:
    """The permission cases need a venv another user can read (CI makes its
    venv in a 0700 temporary folder: .ci/run opens it)."""
    if os.geteuid() != 0:
        return
    check = subprocess.run(
        [*NOBODY, sys.executable, "-c", "import kiosk.content"],
        capture_output=True,
        text=True,
        cwd="/",
        env=dict(os.environ, **UNMEASURED),
        check=False,
    )
    assert check.returncode == 0, (
        f"uid 65534 cannot run {sys.executable} (make the venv world-readable): "
        + check.stderr[-500:]
    )


def _unix_socket(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()  # the socket file stays


@dataclass(frozen=True)
class Case:
    make: Callable[[Path], None]  # breaks the content folder
    lines: Callable[[Path], list[str]]  # expected stdout lines, given the folder
    code: int = 1
    other_user: bool = False


def _sections(folder: Path) -> Path:
    return folder / "sections"


CASES = {
    "fifo named x.yaml": Case(
        lambda f: os.mkfifo(_sections(f) / "zz-pipe.yaml"),
        lambda f: [f"{_sections(f) / 'zz-pipe.yaml'}:1: error: cannot read file: "
                   "it is a FIFO (named pipe), not a file"],
    ),
    "folder named x.yaml": Case(
        lambda f: (_sections(f) / "zz-folder.yaml").mkdir(),
        lambda f: [f"{_sections(f) / 'zz-folder.yaml'}:1: error: cannot read file: "
                   "it is a folder, not a file"],
    ),
    "symbolic link loop": Case(
        lambda f: os.symlink("zz-loop.yaml", _sections(f) / "zz-loop.yaml"),
        lambda f: [f"{_sections(f) / 'zz-loop.yaml'}:1: error: cannot read file: "
                   "symbolic link loop"],
    ),
    "symbolic link to nothing": Case(
        lambda f: os.symlink("nowhere.yaml", _sections(f) / "zz-gone.yml"),
        lambda f: [f"{_sections(f) / 'zz-gone.yml'}:1: error: cannot read file: "
                   "symbolic link to a missing file"],
    ),
    "character device": Case(
        lambda f: os.symlink("/dev/zero", _sections(f) / "zz-zero.yaml"),
        lambda f: [f"{_sections(f) / 'zz-zero.yaml'}:1: error: cannot read file: "
                   "it is a character device, not a file"],
    ),
    "socket": Case(
        lambda f: _unix_socket(_sections(f) / "zz-socket.yaml"),
        lambda f: [f"{_sections(f) / 'zz-socket.yaml'}:1: error: cannot read file: "
                   "it is a socket, not a file"],
    ),
    "site.yaml is a folder": Case(
        lambda f: ((f / "site.yaml").unlink(), (f / "site.yaml").mkdir()),
        lambda f: [f"{f / 'site.yaml'}:1: error: cannot read file: it is a folder, not a file"],
    ),
    "site.yaml is a FIFO": Case(
        lambda f: ((f / "site.yaml").unlink(), os.mkfifo(f / "site.yaml")),
        lambda f: [f"{f / 'site.yaml'}:1: error: cannot read file: "
                   "it is a FIFO (named pipe), not a file"],
    ),
    "site.yaml is missing": Case(
        lambda f: (f / "site.yaml").unlink(),
        lambda f: [f"{f / 'site.yaml'}:1: error: missing site file (looked in {f})"],
    ),
    "site.yaml cannot be read": Case(
        lambda f: (f / "site.yaml").chmod(0),
        lambda f: [f"{f / 'site.yaml'}:1: error: cannot read file: permission denied"],
        other_user=True,
    ),
    "sections cannot be listed": Case(
        lambda f: _sections(f).chmod(0o311),
        lambda f: [
            f"{_sections(f)}:1: error: cannot list the sections folder: permission denied",
            f"{_sections(f)}:1: error: no usable section: the kiosk shows "
            "'temporarily unavailable'",
        ],
        other_user=True,
    ),
    "sections cannot be entered": Case(
        lambda f: _sections(f).chmod(0o644),
        lambda f: [
            *(f"{p}:1: error: cannot read file: permission denied"
              for p in sorted(_sections(f).iterdir())),
            f"{_sections(f)}:1: error: no usable section: the kiosk shows "
            "'temporarily unavailable'",
        ],
        other_user=True,
    ),
    "content folder cannot be entered": Case(
        lambda f: f.chmod(0o644),
        lambda f: [f"{f}:1: error: content folder: cannot enter it: permission denied"],
        other_user=True,
    ),
    "no contacts.yaml": Case(
        lambda f: (f / "contacts.yaml").unlink(),
        lambda f: [f"{f / 'contacts.yaml'}:1: warning: "
                   "no contacts.yaml: the kiosk shows no Contacts button"],
        code=0,
    ),
    "partners.yaml is a folder": Case(
        lambda f: ((f / "partners.yaml").unlink(), (f / "partners.yaml").mkdir()),
        lambda f: [f"{f / 'partners.yaml'}:1: error: cannot read file: "
                   "it is a folder, not a file"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", CASES)
def test_validate_names_what_is_wrong(content: Path, name: str):
    case = CASES[name]
    case.make(content)
    expected = case.lines(content)
    if case.other_user:
        # Nothing hides the fault from a user who may read everything.
        assert "permission denied" not in validate(content).out
    run = validate(content, other_user=case.other_user)
    assert "Traceback" not in run.out + run.err, run.err
    assert run.code == case.code, run.out + run.err
    assert run.out.splitlines() == expected, run.out + run.err


def test_a_sparse_2_gib_file_is_refused_before_reading(content: Path):
    huge = content / "sections" / "zz-huge.yaml"
    with huge.open("wb") as handle:
        handle.truncate(2 * 1024**3)
    run = validate(content)
    assert "Traceback" not in run.out + run.err
    assert run.code == 1
    assert run.out.splitlines() == [
        f"{huge}:1: error: file is 2.0 GiB; the limit is 256 KiB (262,144 bytes)"
    ]
    # Reading it took 10 s and 2 GB once; refusing it takes what validate takes.
    assert run.max_rss_mib < 300, run.max_rss_mib
    assert run.seconds < 30, run.seconds


def test_strict_fails_on_a_missing_optional_file(content: Path):
    (content / "partners.yaml").unlink()
    run = validate(content, "--strict")
    assert run.code == 1
    assert run.out.splitlines() == [
        f"{content / 'partners.yaml'}:1: warning: "
        "no partners.yaml: the kiosk shows no world map"
    ]


@pytest.mark.parametrize("half", [0, 1])
def test_every_broken_section_in_the_corpus(content: Path, half: int):
    # In two halves: a folder of more than 40 section files is an error itself.
    names = sorted(SECTION_CASES)[half::2]
    for name in names:
        shutil.copy(CORPUS / "sections" / name, content / "sections" / name)
    run = validate(content)
    assert "Traceback" not in run.out + run.err, run.err
    assert run.code == 1
    lines = run.out.splitlines()
    for name in names:
        line, severity, fragment = SECTION_CASES[name]
        prefix = f"{content / 'sections' / name}:{line}: {severity}: "
        assert any(x.startswith(prefix) and fragment in x for x in lines), (name, lines)
    usable = 8 + sum(SECTION_CASES[name][1] == "warning" for name in names)
    assert f"{usable} section(s)" in run.err  # the packaged ones, and only those


def test_every_broken_site_file_in_the_corpus(content: Path):
    for name, (line, fragment, usable) in SITE_CASES.items():
        shutil.copy(CORPUS / "site" / name, content / "site.yaml")
        run = validate(content)
        assert "Traceback" not in run.out + run.err, (name, run.err)
        assert run.code == 1, name
        assert any(
            x.startswith(f"{content / 'site.yaml'}:{line}: error: ") and fragment in x
            for x in run.out.splitlines()
        ), (name, run.out)
        assert ("8 section(s)" in run.err) == usable, (name, run.err)


def test_the_content_folder_must_be_a_folder(shared: Path):
    file = shared / "content"
    file.write_text("x")
    run = validate(file)
    assert "Traceback" not in run.err
    assert run.code == 1
    assert f"{file}:1: error: content folder: it is a file, not a folder" in run.out
    assert stat.S_ISREG(file.stat().st_mode)
