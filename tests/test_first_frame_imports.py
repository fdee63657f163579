"""What the kiosk's first frame does not need is not imported before it: every
start waits for its imports (bench/startup.py). The real program is run with
Python's own import log (-X importtime), which writes each import to stderr
as it happens, in order with the kiosk's "first frame on screen" log line."""

from __future__ import annotations

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
