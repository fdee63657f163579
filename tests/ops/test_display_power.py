"""Putting the display to sleep and waking it: the session's own command
first, HDMI-CEC where a device is, a black screen where nothing answers.
The commands are recording stand-ins first (alone) on PATH."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from helpers.stand_ins import WLR_LISTING, StandIns, session_env

from kiosk.ops.display_power import ASLEEP, BLACK, ON, DisplayPower


@pytest.fixture
def stand_ins(tmp_path: Path) -> StandIns:
    return StandIns(tmp_path / "bin")


@pytest.fixture
def no_cec(tmp_path: Path) -> Path:
    (tmp_path / "dev").mkdir()
    return tmp_path / "dev"


@pytest.fixture
def cec_dev(tmp_path: Path) -> Path:
    dev = tmp_path / "cecdev"
    dev.mkdir()
    (dev / "cec0").touch()
    return dev


def settle(qtbot, power: DisplayPower, state: str) -> None:
    qtbot.waitUntil(lambda: power.state == state and not power.busy, timeout=15000)


def test_x11_sleeps_with_dpms_and_wakes_with_it(qtbot, stand_ins, no_cec, caplog):
    for name in ("xset", "wlr-randr", "cec-ctl"):
        stand_ins.add(name)
    power = DisplayPower(env=session_env(stand_ins, x11=True), dev=no_cec)
    with caplog.at_level(logging.INFO):
        power.sleep()
        settle(qtbot, power, ASLEEP)
    assert stand_ins.calls() == ["xset dpms force off"]
    assert power.method == "xset dpms"
    assert "display sleep: xset dpms worked" in caplog.text
    power.wake()
    qtbot.waitUntil(lambda: len(stand_ins.calls()) == 2 and not power.busy, timeout=15000)
    assert power.state == ON
    assert stand_ins.calls()[-1] == "xset dpms force on"


def test_wayland_turns_every_output_off_and_on(qtbot, stand_ins, no_cec):
    stand_ins.add("xset")
    stand_ins.add("wlr-randr", stdout=WLR_LISTING)
    # XWayland sets DISPLAY too: the session is Wayland all the same.
    env = session_env(stand_ins, x11=True, wayland=True)
    power = DisplayPower(env=env, dev=no_cec)
    power.sleep()
    settle(qtbot, power, ASLEEP)
    assert stand_ins.calls() == [
        "wlr-randr ",
        "wlr-randr --output HDMI-A-1 --off",
        "wlr-randr --output DP-2 --off",
    ]
    power.wake()
    qtbot.waitUntil(lambda: len(stand_ins.calls()) == 6 and not power.busy, timeout=15000)
    assert stand_ins.calls()[-2:] == [
        "wlr-randr --output HDMI-A-1 --on",
        "wlr-randr --output DP-2 --on",
    ]


def test_cec_answers_where_the_session_command_fails(qtbot, stand_ins, cec_dev, caplog):
    stand_ins.add("xset", exit_code=1)
    stand_ins.add("cec-ctl")
    power = DisplayPower(env=session_env(stand_ins, x11=True), dev=cec_dev)
    with caplog.at_level(logging.INFO):
        power.sleep()
        settle(qtbot, power, ASLEEP)
    device = cec_dev / "cec0"
    assert stand_ins.calls() == [
        "xset dpms force off",
        f"cec-ctl -d {device} --playback --to 0 --standby",
    ]
    assert "display sleep: xset dpms did not answer (exit status 1)" in caplog.text
    power.wake()
    qtbot.waitUntil(lambda: len(stand_ins.calls()) == 3 and not power.busy, timeout=15000)
    assert stand_ins.calls()[-1] == f"cec-ctl -d {device} --playback --to 0 --image-view-on"


def test_cec_ctl_without_a_device_is_not_asked(qtbot, stand_ins, no_cec, caplog):
    stand_ins.add("cec-ctl")
    power = DisplayPower(env=session_env(stand_ins, x11=True), dev=no_cec)
    with caplog.at_level(logging.INFO):
        power.sleep()
        settle(qtbot, power, BLACK)
    assert stand_ins.calls() == []
    assert "no command answered; the kiosk shows a black screen" in caplog.text
    power.wake()
    assert power.state == ON and stand_ins.calls() == []


def test_a_hung_command_is_killed_and_the_next_is_tried(qtbot, stand_ins, cec_dev):
    stand_ins.add("xset", hang=True)
    stand_ins.add("cec-ctl")
    power = DisplayPower(env=session_env(stand_ins, x11=True), dev=cec_dev, timeout_ms=1500)
    power.sleep()
    settle(qtbot, power, ASLEEP)
    assert power.method == f"cec-ctl {cec_dev / 'cec0'}"
    assert [c.split()[0] for c in stand_ins.calls()] == ["xset", "cec-ctl"]


def test_what_failed_is_logged_once_not_every_night(qtbot, stand_ins, no_cec, caplog):
    stand_ins.add("xset", exit_code=2)
    power = DisplayPower(env=session_env(stand_ins, x11=True), dev=no_cec)
    with caplog.at_level(logging.INFO):
        for _ in range(3):
            power.sleep()
            settle(qtbot, power, BLACK)
            power.wake()
    assert len(stand_ins.calls()) == 3
    assert caplog.text.count("xset dpms did not answer") == 1
    assert caplog.text.count("black screen") == 1
