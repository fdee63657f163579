"""The PIN lockout on disk: it escalates, survives a restart and a power cut,
and a broken, strange or unwritable state file never opens the pad."""

from __future__ import annotations

import errno
import json
import logging
import os
import stat
import tempfile
from pathlib import Path

import pytest

from kiosk.ops.lockout import FILE_NAME, ROUND_LOCKS_S, TRIES_PER_ROUND, PinLockout, lockout_path

YEAR_S = 365 * 24 * 3600


class Clocks:
    """A wall clock and a monotonic clock that tests move by hand."""

    def __init__(self) -> None:
        self.wall = 1_750_000_000.0  # June 2025
        self.mono = 500.0

    def advance(self, seconds: float) -> None:
        self.wall += seconds
        self.mono += seconds

    def lockout(self, path: Path | None = None) -> PinLockout:
        """As a kiosk (re)started now would read it."""
        return PinLockout(
            path if path is not None else lockout_path(),
            wall=lambda: self.wall,
            monotonic=lambda: self.mono,
        )

    def reboot(self) -> None:
        self.mono = 3.0  # a new boot: the monotonic clock starts again


def fail(lockout: PinLockout, times: int = 1) -> int:
    locked = 0
    for _ in range(times):
        assert not lockout.remaining()
        lockout.attempt()
        locked = lockout.failed()
    return locked


@pytest.fixture
def clocks() -> Clocks:
    return Clocks()


def test_each_failed_round_locks_for_longer(clocks):
    lockout = clocks.lockout()
    assert fail(lockout, TRIES_PER_ROUND - 1) == 0 and not lockout.remaining()
    expected = [60, 300, 900, 3600, 3600]
    assert list(ROUND_LOCKS_S) == expected[:4]
    for round_no, length in enumerate(expected, start=1):
        if round_no > 1:
            fail(lockout, TRIES_PER_ROUND - 1)
        lockout.attempt()
        assert lockout.failed() == length
        assert lockout.remaining() == length and lockout.rounds == round_no
        clocks.advance(length - 1)
        assert lockout.remaining() == 1
        clocks.advance(1)
        assert lockout.remaining() == 0


def test_the_right_pin_starts_again_from_nothing(clocks):
    lockout = clocks.lockout()
    fail(lockout, TRIES_PER_ROUND)  # one lock round,
    clocks.advance(60)
    fail(lockout, TRIES_PER_ROUND - 1)  # then four more wrong PINs
    assert (lockout.wrong, lockout.rounds) == (4, 1)
    lockout.attempt()
    lockout.succeeded()
    assert (lockout.wrong, lockout.rounds, lockout.remaining()) == (0, 0, 0)
    assert clocks.lockout().rounds == 0  # and so it is on disk
    assert fail(clocks.lockout(), TRIES_PER_ROUND) == 60  # the first round again


def test_wrong_pins_and_the_lock_survive_a_restart(clocks):
    fail(clocks.lockout(), 3)
    restarted = clocks.lockout()
    assert restarted.wrong == 3
    assert fail(restarted, 2) == 60
    clocks.advance(20)
    clocks.reboot()
    after_power_cut = clocks.lockout()
    assert after_power_cut.remaining() == 40
    clocks.advance(40)
    assert after_power_cut.remaining() == 0
    # The escalation survives too: the next round is five minutes.
    assert fail(clocks.lockout(), TRIES_PER_ROUND) == 300


def test_a_power_cut_during_the_check_counts_the_try(clocks):
    """The try is on disk before the PIN is checked: pulling the plug while
    it is checked (and before the pad answers) gains nothing."""
    lockout = clocks.lockout()
    fail(lockout, TRIES_PER_ROUND - 1)
    lockout.attempt()  # the fifth try; the power goes before the answer
    clocks.reboot()
    assert clocks.lockout().remaining() == 60


def test_a_clock_set_back_cannot_stretch_the_lock(clocks):
    lockout = clocks.lockout()
    fail(lockout, TRIES_PER_ROUND)
    clocks.wall -= YEAR_S  # the clock is set back a year
    assert lockout.remaining() == 60
    clocks.advance(59)
    assert lockout.remaining() == 1
    clocks.advance(1)
    assert lockout.remaining() == 0


def test_a_clock_set_back_before_a_restart_cannot_stretch_it_either(clocks):
    fail(clocks.lockout(), TRIES_PER_ROUND)
    clocks.wall -= YEAR_S
    clocks.reboot()
    lockout = clocks.lockout()
    assert lockout.remaining() == 60
    clocks.advance(60)
    assert lockout.remaining() == 0
    clocks.reboot()
    assert clocks.lockout().remaining() == 0  # the re-anchored end was saved


@pytest.mark.parametrize("restart", [False, True], ids=["running", "restarted"])
def test_a_clock_set_back_after_a_lock_ended_does_not_lock_again(clocks, restart: bool):
    lockout = clocks.lockout()
    fail(lockout, TRIES_PER_ROUND)
    clocks.advance(61)
    if restart:
        clocks.reboot()
        lockout = clocks.lockout()
    assert lockout.remaining() == 0
    clocks.wall -= 7 * 24 * 3600  # then the clock is set back a week
    assert lockout.remaining() == 0
    clocks.reboot()
    assert clocks.lockout().remaining() == 0
    assert clocks.lockout().rounds == 1  # the escalation is not forgotten


def test_a_clock_set_forward_does_not_shorten_a_running_lock(clocks):
    lockout = clocks.lockout()
    fail(lockout, TRIES_PER_ROUND)
    clocks.wall += YEAR_S
    assert lockout.remaining() == 60
    clocks.mono += 60
    assert lockout.remaining() == 0


def test_the_state_file_is_private_and_replaced_whole(clocks):
    lockout = clocks.lockout()
    fail(lockout, TRIES_PER_ROUND)
    path = lockout_path()
    assert path is not None and path.name == FILE_NAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = json.loads(path.read_text("utf-8"))
    assert data["rounds"] == 1 and data["wrong"] == 0
    assert data["locked_until"].endswith("+00:00")  # wall-clock UTC: survives a reboot
    assert [p.name for p in path.parent.iterdir() if "lockout" in p.name] == [FILE_NAME]


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _loop(path: Path) -> None:
    path.symlink_to(path)


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda p: p.write_bytes(b"\x00\xff garbage"), id="binary"),
        pytest.param(lambda p: p.write_text("{not json", "utf-8"), id="not-json"),
        pytest.param(lambda p: p.write_text("", "utf-8"), id="empty"),
        pytest.param(lambda p: p.write_text("[]", "utf-8"), id="a-list"),
        pytest.param(lambda p: p.write_text('{"wrong": 0}', "utf-8"), id="missing-fields"),
        pytest.param(
            lambda p: p.write_text('{"wrong": -4, "rounds": 0, "locked_until": null}', "utf-8"),
            id="negative",
        ),
        pytest.param(
            lambda p: p.write_text('{"wrong": true, "rounds": 0, "locked_until": null}', "utf-8"),
            id="bool",
        ),
        pytest.param(
            lambda p: p.write_text('{"wrong": 0, "rounds": 1, "locked_until": "soon"}', "utf-8"),
            id="bad-time",
        ),
        pytest.param(
            lambda p: p.write_text(
                '{"wrong": 0, "rounds": 1, "locked_until": "2025-06-15T10:00:00"}', "utf-8"
            ),
            id="no-time-zone",
        ),
        pytest.param(lambda p: p.write_text(" " * 100_000, "utf-8"), id="huge"),
        pytest.param(lambda p: p.mkdir(), id="a-folder"),
        pytest.param(_fifo, id="a-fifo"),
        pytest.param(_loop, id="a-symlink-loop"),
    ],
)
def test_an_unreadable_state_file_locks_the_pad_and_is_logged(clocks, spoil, caplog):
    path = lockout_path()
    assert path is not None
    spoil(path)
    with caplog.at_level(logging.ERROR):
        lockout = clocks.lockout()
    assert lockout.remaining() == 60  # one lock round, never an open pad
    assert f"{path}: PIN lockout state unreadable" in caplog.text
    clocks.advance(60)
    assert lockout.remaining() == 0
    assert fail(lockout, TRIES_PER_ROUND) == 300  # it counted as a round


def test_a_full_disk_keeps_the_lockout_in_memory(clocks, monkeypatch, caplog):
    def disk_full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    lockout = clocks.lockout()
    monkeypatch.setattr(tempfile, "mkstemp", disk_full)
    with caplog.at_level(logging.ERROR):
        assert fail(lockout, TRIES_PER_ROUND) == 60
    assert lockout.remaining() == 60
    assert f"{lockout_path()}: cannot save the PIN lockout" in caplog.text
    assert "No space left on device" in caplog.text


def test_a_data_folder_that_is_a_file_locks_first_then_counts_in_memory(clocks, tmp_path, caplog):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", "utf-8")
    path = blocker / FILE_NAME  # neither readable nor writable
    with caplog.at_level(logging.ERROR):
        lockout = clocks.lockout(path)
        assert lockout.remaining() == 60
        clocks.advance(60)
        assert fail(lockout, TRIES_PER_ROUND) == 300
    assert f"{path}: PIN lockout state unreadable" in caplog.text
    assert f"{path}: cannot save the PIN lockout" in caplog.text


def test_no_data_folder_at_all_keeps_the_lockout_in_memory(clocks):
    lockout = PinLockout(None, wall=lambda: clocks.wall, monotonic=lambda: clocks.mono)
    assert fail(lockout, TRIES_PER_ROUND) == 60
    assert lockout.remaining() == 60
