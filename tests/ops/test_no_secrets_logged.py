"""Nothing secret is ever logged: neither the PIN nor any wrong PIN typed,
nor any part of the stored hash, in kiosk.log, on stderr or on stdout."""

from __future__ import annotations

import logging
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from helpers.cli import kiosk, start_kiosk
from helpers.visitor import find, tap, wait_shown

from kiosk.ops.lockout import PinLockout, lockout_path
from kiosk.ops.logsetup import setup_logging
from kiosk.ops.pin import verify_pin
from kiosk.ops.settings import load_settings, settings_path

# Eight digits: a chance match with a time stamp, PID or path is out of the question.
PIN = "73914826"
WRONG = ["73914827", "15935728", "46820173", "90817263", "28463917", "61740395"]


def pieces(secret: str, size: int = 8) -> set[str]:
    """Every run of ``size`` characters: a hash leaked in part is leaked."""
    return {secret[i : i + size] for i in range(len(secret) - size + 1)}


def enter(ui, qtbot, digits: str) -> None:
    for d in digits:
        tap(ui.window, find(ui.window, f"pinKey_{d}"), qtbot)
    tap(ui.window, find(ui.window, "pinOk"), qtbot)


@pytest.mark.subprocess
def test_a_whole_pin_session_leaves_no_secret_anywhere(make_ui, qtbot, capfd):
    seen: list[str] = []

    # Staff set the PIN, mistyping it first, then trying a weak one.
    for typed in (f"{PIN}\n{WRONG[0]}\n", "12345678\n12345678\n", f"{PIN}\n{PIN}\n"):
        done = kiosk("set-pin", stdin=typed)
        seen += [done.stdout, done.stderr]
    settings = load_settings()
    assert verify_pin(PIN, settings.pin_hash)
    stored = settings.pin_hash

    # The real kiosk starts and stops with that PIN set.
    proc, started = start_kiosk()
    try:
        assert "kiosk started" in started, started
    finally:
        proc.send_signal(signal.SIGTERM)
        _, rest = proc.communicate(timeout=30)
    seen += [started, rest]

    # A session at the PIN pad: five wrong PINs, the lock, the right PIN.
    wall, mono = [1_750_000_000.0], [100.0]
    clocks = {"wall": lambda: wall[0], "monotonic": lambda: mono[0]}
    with logging_to_kiosk_log() as log_file:
        # Someone once pasted the PIN itself into the settings file, where
        # the hash belongs: the kiosk says so without repeating it.
        good = settings_path().read_text("utf-8")
        for pasted in (f"pin_hash: {PIN}\n", f"pin_hash: 'plain {PIN}'\n", f"pin_hash: [{PIN}]\n"):
            settings_path().write_text(pasted, "utf-8")
            assert load_settings().pin_hash is None
        settings_path().write_text(good, "utf-8")

        ui = make_ui(lang="en", settings=load_settings(), kiosk_mode=True)
        staff = ui.ops.staff
        staff.lockout = PinLockout(lockout_path(), **clocks)
        staff.cornerHeld()
        staff.cornerTapped()
        wait_shown(qtbot, ui.window, "pinPad")
        for wrong in WRONG[1:]:
            enter(ui, qtbot, wrong)
        assert staff.property("lockedSeconds") == 60
        wall[0] += 60
        mono[0] += 60
        staff.on_lock_tick()
        enter(ui, qtbot, WRONG[0])
        enter(ui, qtbot, PIN)
        assert staff.property("panelOpen")
        log = log_file.read_text("utf-8")

    captured = capfd.readouterr()
    seen += [log, captured.out, captured.err, lockout_path().read_text("utf-8")]
    everything = "\n".join(seen)
    # The test did see the session it checks.
    for expected in ("wrong staff PIN (5 of 5); PIN pad locked", "staff PIN accepted"):
        assert expected in log
    assert "pin_hash: not a scrypt hash" in everything
    assert "kiosk set-pin: the two PINs differ" in everything
    salt, digest = stored.split("$")[-2:]
    secrets = {PIN, *WRONG, *pieces(salt), *pieces(digest), *pieces(stored)}
    leaked = sorted(s for s in secrets if s in everything)
    assert not leaked, leaked


@contextmanager
def logging_to_kiosk_log() -> Iterator[Path]:
    """The running kiosk's logging (kiosk.log and stderr) at every level, for
    the length of a block; then the test's own logging again."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    path = setup_logging(logging.DEBUG)
    assert path is not None
    try:
        yield path
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
