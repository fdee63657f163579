"""systemd's watchdog: READY=1 after the first frame, WATCHDOG=1 while the UI
thread draws frames, none while it is blocked. A real datagram socket stands
where systemd's is ($NOTIFY_SOCKET), as a path and in the abstract namespace."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers.cli import RunningKiosk

from kiosk.ops.places import APP_NAME
from kiosk.ops.restarts import FILE_NAME as STARTS_FILE
from kiosk.ops.restarts import LOOP_STARTS, count_start, read_starts
from kiosk.ops.sd_notify import Notifier
from kiosk.ops.watchdog import Heartbeat

PING = b"WATCHDOG=1"


class NotifySocket:
    """The listening end, as systemd has it: a bound datagram socket."""

    def __init__(self, name: str, address: str | bytes) -> None:
        self.name = name  # as $NOTIFY_SOCKET spells it
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(address)

    def drain(self) -> list[bytes]:
        """Every datagram waiting now, without waiting for more."""
        got = []
        self.sock.setblocking(False)
        while True:
            try:
                got.append(self.sock.recv(4096))
            except BlockingIOError:
                return got

    def receive(self, until: Callable[[list[bytes]], bool], timeout: float = 60) -> list[bytes]:
        got: list[bytes] = []
        self.sock.settimeout(0.2)
        deadline = time.monotonic() + timeout
        while not until(got) and time.monotonic() < deadline:
            with contextlib.suppress(TimeoutError):
                got.append(self.sock.recv(4096))
        return got


@pytest.fixture(params=["path", "abstract"])
def notify_socket(request, tmp_path: Path) -> Iterator[NotifySocket]:
    if request.param == "path":
        path = tmp_path / "notify"
        listener = NotifySocket(str(path), str(path))
    else:
        name = f"kiosk-test-{uuid.uuid4().hex}"
        listener = NotifySocket(f"@{name}", b"\0" + name.encode())
    yield listener
    listener.sock.close()


def pings(got: list[bytes]) -> int:
    return sum(1 for message in got if message == PING)


# -- the real program ---------------------------------------------------------


@pytest.mark.subprocess
def test_the_running_kiosk_says_ready_then_pings(notify_socket: NotifySocket):
    env = {"NOTIFY_SOCKET": notify_socket.name, "WATCHDOG_USEC": "600000"}  # a ping every 0.2 s
    with RunningKiosk(env=env) as kiosk:
        got = notify_socket.receive(lambda got: pings(got) >= 5)
        assert kiosk.running(), kiosk.output
    assert got and got[0].startswith(b"READY=1"), (got, kiosk.output)
    assert pings(got) >= 5, (got, kiosk.output)


# -- the UI thread blocked ------------------------------------------------------


def test_pings_stop_while_the_ui_thread_is_blocked(ui, qtbot, notify_socket: NotifySocket):
    """The kiosk at rest on its home screen (nothing moves, nothing to draw)
    still pings: it is alive. Blocked, it sends nothing at all; free again,
    it pings again."""
    notifier = Notifier(notify_socket.name)
    heartbeat = Heartbeat(window=ui.window, notifier=notifier, interval_s=0.1)
    heartbeat.start()
    qtbot.waitUntil(lambda: heartbeat.pings >= 10, timeout=30_000)
    assert notify_socket.drain()[0].startswith(b"READY=1")

    time.sleep(1.5)  # the UI thread (this one) blocked for 15 intervals
    assert notify_socket.drain() == []

    qtbot.waitUntil(lambda: pings(notify_socket.drain()) >= 1, timeout=30_000)
    heartbeat.stop()
    notifier.close()


def test_no_ping_without_a_drawn_frame(ui, qtbot, notify_socket: NotifySocket):
    """A tick whose frame has not been swapped sends nothing: the render
    thread's progress counts, not only the UI thread's."""
    notifier = Notifier(notify_socket.name)
    heartbeat = Heartbeat(window=ui.window, notifier=notifier, interval_s=3600)
    heartbeat.start()
    notify_socket.drain()
    heartbeat.on_tick()  # start() counts the first frame: one ping, and a frame asked for
    assert notify_socket.drain() == [PING]
    ui.window.frameSwapped.disconnect(heartbeat.on_frame_swapped)  # frames no longer reach it
    qtbot.wait(300)
    heartbeat.on_tick()
    assert notify_socket.drain() == []
    ui.window.frameSwapped.connect(heartbeat.on_frame_swapped)
    qtbot.waitUntil(lambda: (heartbeat.on_tick(), pings(notify_socket.drain()))[1] > 0)
    heartbeat.stop()
    notifier.close()


def test_a_socket_that_has_gone_is_said_once(tmp_path: Path, caplog):
    notifier = Notifier(str(tmp_path / "gone"))
    for _ in range(5):
        assert not notifier.send("WATCHDOG=1")
    notifier.close()
    assert len([r for r in caplog.records if "sd_notify" in r.getMessage()]) == 1
    assert not Notifier("").enabled and not Notifier("").send("READY=1")


# -- restarts -------------------------------------------------------------------


def test_starts_are_counted_and_a_loop_is_said(tmp_path: Path, caplog):
    now = time.time()
    for i in range(LOOP_STARTS):
        starts = count_start(tmp_path, now + i)
        assert not starts.looping(now + i)
    starts = count_start(tmp_path, now + 60)
    assert starts.total == LOOP_STARTS + 1 and starts.looping(now + 60)
    assert "restart loop" in caplog.text
    # Later, the loop is over; the total is kept.
    assert not count_start(tmp_path, now + 3600).looping(now + 3600)
    assert read_starts(tmp_path / STARTS_FILE).total == LOOP_STARTS + 2


def test_a_damaged_start_count_starts_again(tmp_path: Path, caplog):
    (tmp_path / STARTS_FILE).write_text("{not json", "utf-8")
    assert count_start(tmp_path).total == 1
    assert f"{tmp_path / STARTS_FILE}: cannot read the start count" in caplog.text


@pytest.mark.subprocess
def test_a_restart_loop_is_in_the_log_and_the_status(tmp_path: Path):
    data = tmp_path / "data" / APP_NAME
    data.mkdir(parents=True)
    earlier = [time.time() - 60 * i for i in range(LOOP_STARTS, 0, -1)]
    (data / STARTS_FILE).write_text(json.dumps({"total": 40, "times": earlier}), "utf-8")
    with RunningKiosk(env={"XDG_DATA_HOME": str(tmp_path / "data")}) as kiosk:
        assert kiosk.wait_for("restart loop: 6 starts in the last 10 minutes"), kiosk.output
        assert kiosk.wait_for("health reports every minute"), kiosk.output
        status = data / "reports" / "status.json"
        deadline = time.monotonic() + 30
        while not status.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        report = json.loads(status.read_text("utf-8"))
    assert report["restart_loop"] is True and report["starts_total"] == 41, report
    assert os.listdir(data / "reports")  # and the day's counts, the log's tail


# -- the unit -------------------------------------------------------------------


def test_the_unit_lets_the_kiosk_under_cage_feed_the_watchdog():
    """cage is the unit's main process: without NotifyAccess=all systemd
    drops the kiosk's pings and kills a healthy kiosk every WatchdogSec."""
    unit = Path(__file__).parents[2] / "deploy" / "kiosk.service"
    settings = dict(
        line.split("=", 1)
        for line in unit.read_text("utf-8").splitlines()
        if "=" in line and not line.startswith("#")
    )
    assert settings["Type"] == "notify" and settings["NotifyAccess"] == "all"
    assert settings["ExecStart"].startswith("/usr/bin/cage ")
    assert 30 <= int(settings["WatchdogSec"]) <= 300
    assert settings["Restart"] == "always"
