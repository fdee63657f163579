"""Every way the kiosk can die ends up in kiosk.log, where staff look.

Each test runs the real program, `kiosk.cli.main(["--windowed"])`, in a child
process. The fault is brought in by the test's own few lines of Python before
main() starts, never by anything in the product: a timer that fires once the
kiosk's event loop runs (its first action after "kiosk started"), or a
module replaced by a broken one.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.ops.logsetup import log_path

pytestmark = pytest.mark.subprocess

# The running kiosk's first event: the crash happens in its event loop.
ONCE_RUNNING = """
import faulthandler, logging, sys, threading
from PySide6.QtCore import QCoreApplication, QTimer, qFatal
from kiosk.app import get_app
from kiosk.cli import main

app = get_app()  # the kiosk's own application, which main() then uses
def fault():
{fault}
QTimer.singleShot(0, fault)
sys.exit(main(["--windowed"]))
"""


def run_kiosk(
    code: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        check=False,
    )


def crash_once_running(fault: str) -> tuple[subprocess.CompletedProcess[str], str]:
    done = run_kiosk(ONCE_RUNNING.format(fault=textwrap.indent(textwrap.dedent(fault), "    ")))
    return done, log_path().read_text("utf-8")


def test_a_segfault_leaves_its_traceback_in_the_log():
    done, log = crash_once_running("faulthandler._sigsegv()")
    assert done.returncode == -signal.SIGSEGV, done.stderr
    assert "kiosk started" in log
    dump = log[log.index("Fatal Python error: Segmentation fault") :]
    assert 'File "<string>"' in dump and "in fault" in dump  # where it happened
    assert "in run" in dump  # inside the kiosk's event loop


def test_a_segfault_after_the_log_rotated_goes_into_the_new_kiosk_log():
    """faulthandler writes to a descriptor; after a rotation it must point at
    the fresh kiosk.log, not at kiosk.log.1."""
    done, log = crash_once_running(
        """
        for n in range(1300):  # a little over 1 MiB: one rotation
            logging.getLogger("test").info("filler %d %s", n, "x" * 800)
        faulthandler._sigsegv()
        """
    )
    assert done.returncode == -signal.SIGSEGV, done.stderr
    rotated = log_path().with_name("kiosk.log.1")
    assert rotated.exists()
    assert "Fatal Python error: Segmentation fault" in log
    assert "Fatal Python error" not in rotated.read_text("utf-8")


def test_a_qt_fatal_message_is_logged_before_qt_aborts():
    done, log = crash_once_running("qFatal('a test of a Qt fatal message')")
    assert done.returncode == -signal.SIGABRT, done.stderr
    assert "a test of a Qt fatal message" in log
    assert "CRITICAL qt: fatal Qt error, the kiosk stops" in log
    assert "Fatal Python error: Aborted" in log
    assert log.index("fatal Qt error") < log.index("Fatal Python error: Aborted")


def test_a_real_qt_fatal_at_start_is_logged():
    """No injection at all: a platform plugin that does not exist makes Qt
    itself call qFatal while the application is created."""
    done = run_kiosk(
        "import sys; from kiosk.cli import main; sys.exit(main(['--windowed']))",
        env={"QT_QPA_PLATFORM": "no-such-platform"},
    )
    log = log_path().read_text("utf-8")
    assert done.returncode == -signal.SIGABRT, done.stderr
    assert 'Could not find the Qt platform plugin "no-such-platform"' in log
    assert "CRITICAL qt: fatal Qt error, the kiosk stops: This application failed to start" in log
    assert "Fatal Python error: Aborted" in log


def test_an_exception_in_a_worker_thread_is_logged_with_its_name():
    done, log = crash_once_running(
        """
        def work():
            raise RuntimeError("a bug in a worker thread")

        worker = threading.Thread(target=work, name="test-worker")
        worker.start()
        worker.join()
        QTimer.singleShot(100, lambda: QCoreApplication.exit(0))  # still running: stop it
        """
    )
    assert done.returncode == 0, done.stderr
    assert "CRITICAL kiosk.ops.logsetup: unexpected error in thread 'test-worker'" in log
    assert "RuntimeError: a bug in a worker thread" in log
    assert "kiosk stopped" in log


def test_an_exception_in_a_slot_is_logged_and_the_kiosk_goes_on():
    done, log = crash_once_running(
        """
        QTimer.singleShot(200, lambda: QCoreApplication.exit(0))
        raise RuntimeError("a bug in a slot")
        """
    )
    assert done.returncode == 0, done.stderr
    assert "unexpected error; back to the attract screen" in log
    assert "RuntimeError: a bug in a slot" in log
    assert "kiosk stopped" in log


START = """
import sys
{prepare}
from kiosk.cli import main
sys.exit(main(["--windowed"]))
"""


@pytest.mark.parametrize(
    ("prepare", "expected"),
    [
        pytest.param(
            "sys.modules['kiosk.app'] = None  # as if the install were broken",
            "ModuleNotFoundError: import of kiosk.app halted",
            id="import-error",
        ),
        pytest.param(
            """
import kiosk.app
def broken(*args, **kwargs):
    raise RuntimeError("a bug while building the UI")
kiosk.app.KioskModel = broken
""",
            "RuntimeError: a bug while building the UI",
            id="exception-in-build-ui",
        ),
    ],
)
def test_an_exception_at_start_is_logged_with_its_traceback(prepare: str, expected: str):
    done = run_kiosk(START.format(prepare=prepare))
    log = log_path().read_text("utf-8")
    assert done.returncode == 1, done.stderr
    assert "CRITICAL kiosk: the kiosk stopped on an unexpected error" in log
    assert "Traceback (most recent call last)" in log
    assert expected in log


def test_a_broken_qml_file_at_start_is_logged(tmp_path: Path):
    # A copy of the QML module whose Main.qml is cut short, on the import path
    # the kiosk uses (kiosk.paths.qml()).
    imports = tmp_path / "qml"
    shutil.copytree(paths.qml(), imports)
    broken = imports / "Kiosk" / "Main.qml"
    broken.write_text("import QtQuick\nWindow {\n", "utf-8")
    prepare = f"""
import pathlib
import kiosk.paths
kiosk.paths.qml = lambda *parts: pathlib.Path({str(imports)!r}).joinpath(*parts)
"""
    done = run_kiosk(START.format(prepare=prepare))
    log = log_path().read_text("utf-8")
    assert done.returncode == 2, done.stderr
    assert f"{broken}:3" in log  # the QML error, with its file and line
    assert "CRITICAL kiosk.process: the QML UI failed to load" in log


def test_a_sigterm_just_before_the_event_loop_runs_still_stops_the_kiosk():
    """systemd may stop the kiosk the moment it has started: a SIGTERM that
    comes after the handler is installed but before app.exec() runs must not
    be lost (QCoreApplication.exit() does nothing without a running loop)."""
    prepare = """
import os, signal
import kiosk.process
install = kiosk.process._quit_on_signals
def install_then_stop(app):
    install(app)
    os.kill(os.getpid(), signal.SIGTERM)  # handled before the next line of run()
kiosk.process._quit_on_signals = install_then_stop
"""
    done = run_kiosk(START.format(prepare=prepare), timeout=30)
    assert done.returncode == 0, done.stderr
    assert "kiosk stopped" in log_path().read_text("utf-8")
