"""What the kiosk's first frame does not need is not imported, or made, before
it: every start waits for it (bench/startup.py). The real program is run with
Python's own import log (-X importtime), which writes each import to stderr
as it happens, in order with the kiosk's "first frame on screen" log line."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from helpers.cli import UNMEASURED, RunningKiosk

pytestmark = pytest.mark.subprocess

# Each is needed later, or by another command, never by the first frame.
NOT_BEFORE_THE_FIRST_FRAME = {
    "babel": "CLDR country names: the map, made after the first frame",
    "segno": "QR codes: the contact cards, made after the first frame",
    "sqlite3": "the usage counts' writer thread, started after the first frame",
    "hashlib": "the PIN: hashed or checked only on the PIN pad",
    "ctypes": "the X11 libraries check: not with a platform chosen (offscreen here)",
    "kiosk.ops.usage_writer": "the usage counts' writer thread",
    "kiosk.ops.usage_report": "kiosk stats",
    "kiosk.ops.desktop": "kiosk install-desktop",
    "kiosk.shot": "kiosk shot",
    "kiosk.ops.health_report": "the health reports, written from the first frame on",
    "kiosk.fleet.report": "kiosk fleet report",
    "matplotlib": "kiosk fleet report's charts",
    # An installed pack is read as a folder (its `current` link): no key,
    # signature or unpacking code at the start.
    "cryptography": "content packs: kiosk pack and kiosk install",
    "kiosk.packs.install": "kiosk install",
    "kiosk.packs.verify": "kiosk install",
}


def imports_before_the_first_frame() -> list[str]:
    # Coverage's own imports (sqlite3 among them) would hide the kiosk's.
    env = {"PYTHONPROFILEIMPORTTIME": "1", **UNMEASURED}
    with RunningKiosk(env=env) as kiosk:
        assert kiosk.wait_for("first frame on screen"), kiosk.output[-3000:]
        log = kiosk.output
    before = log[: log.index("first frame on screen")]
    return [
        line.rsplit("|", 1)[1].strip()
        for line in before.splitlines()
        if line.startswith("import time:") and "|" in line
    ]


def test_what_the_first_frame_does_not_need_waits_until_after_it():
    imported = imports_before_the_first_frame()
    assert "kiosk.app" in imported and "yaml" in imported  # the log is read right
    early = {
        name: why
        for name, why in NOT_BEFORE_THE_FIRST_FRAME.items()
        if any(m == name or m.startswith(f"{name}.") for m in imported)
    }
    assert not early, f"imported before the first frame: {early}"


# The kiosk's own start (kiosk.cli.main, as `python -m kiosk` runs it), asked
# at its first frame whether PySide has made its Qt namespace class yet.
_ASK_AT_THE_FIRST_FRAME = """
import logging, os, sys
import PySide6.QtCore as QtCore

class FirstFrame(logging.Handler):
    def emit(self, record):
        if record.getMessage() == "first frame on screen":
            print("Qt namespace made:", "Qt" in vars(QtCore), flush=True)
            os._exit(0)

logging.getLogger("kiosk").addHandler(FirstFrame())
if os.environ.get("LATE_FIRST_FRAME"):
    # A busy machine: the window comes 1.5 s after the kiosk's timers start,
    # longer than any of them waits for its first tick.
    import time
    import kiosk.app
    _load = kiosk.app._load_qml
    def _late(*args, **kwargs):
        time.sleep(1.5)
        return _load(*args, **kwargs)
    kiosk.app._load_qml = _late
sys.argv = ["kiosk", *sys.argv[1:]]
from kiosk.cli import main
main()
"""


@pytest.mark.parametrize(
    ("mode", "late"),
    [(["--windowed"], ""), ([], ""), (["--windowed"], "1")],
    ids=["windowed", "kiosk-mode", "late-first-frame"],
)
def test_the_first_frame_does_not_wait_for_pysides_qt_namespace(mode: list[str], late: str):
    """PySide makes the 110 enums of Qt's namespace into Python enums at its
    first use (12 ms): nothing before the first frame uses it (kiosk/app.py,
    after_first_frame), in a window or in kiosk mode, and also when a busy
    machine makes the first frame late: the kiosk's timers (the content
    folder's watch among them) start only after it."""
    done = subprocess.run(
        [sys.executable, "-c", _ASK_AT_THE_FIRST_FRAME, *mode],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", LATE_FIRST_FRAME=late),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "Qt namespace made: False" in done.stdout, done.stdout + done.stderr[-3000:]
