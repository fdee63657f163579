"""The reports folder: status.json written whole, each day's counts, the
log's last lines (bounded); a folder that cannot be written is said once and
the kiosk runs on."""

from __future__ import annotations

import csv
import json
import logging
import sqlite3
import time
from pathlib import Path

import pytest
from helpers.cli import RunningKiosk, full_tmpfs
from PySide6.QtCore import QObject

from kiosk.ops.health_report import (
    TAIL_BYTES,
    TAIL_LINES,
    HealthReports,
    ReportWriter,
    write_status,
    write_usage_days,
)
from kiosk.ops.health_run import HealthRun
from kiosk.ops.places import APP_NAME
from kiosk.ops.restarts import Starts
from kiosk.ops.settings import Settings
from kiosk.ops.usage_db import SCHEMA

ROWS = [
    ("2026-11-27", "screen", "home", 4),
    ("2026-11-28", "screen", "home", 7),
    ("2026-11-28", "language", "ru", 3),
]


def wait_for(condition, timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def test_status_is_replaced_whole(tmp_path: Path):
    write_status(tmp_path, {"kiosk": "a", "uptime_s": 1})
    write_status(tmp_path, {"kiosk": "a", "uptime_s": 2})
    assert json.loads((tmp_path / "status.json").read_text("utf-8"))["uptime_s"] == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["status.json"]  # no temporary left


def test_each_day_of_counts_is_a_csv_and_old_days_are_written_once(tmp_path: Path):
    write_usage_days(tmp_path, ROWS, recent={"2026-11-28"})
    with open(tmp_path / "usage-2026-11-28.csv", encoding="utf-8") as handle:
        assert list(csv.reader(handle)) == [
            ["day", "kind", "key", "count"],
            ["2026-11-28", "language", "ru", "3"],
            ["2026-11-28", "screen", "home", "7"],
        ]
    old = tmp_path / "usage-2026-11-27.csv"
    old.write_text("kept\n", "utf-8")
    written = write_usage_days(
        tmp_path, [*ROWS, ("2026-11-28", "screen", "map", 1)], recent={"2026-11-28"}
    )
    assert old.read_text("utf-8") == "kept\n" and [p.name for p in written] == [
        "usage-2026-11-28.csv"
    ]
    # A minute with no new count writes nothing.
    assert (
        write_usage_days(
            tmp_path, [*ROWS, ("2026-11-28", "screen", "map", 1)], recent={"2026-11-28"}
        )
        == []
    )


def test_the_log_tail_is_bounded(tmp_path: Path, qapp):
    log_file = tmp_path / "kiosk.log"
    log_file.write_text("".join(f"line {i} " + "x" * 500 + "\n" for i in range(5000)), "utf-8")
    writer = ReportWriter(
        folder=tmp_path / "reports", read_usage=lambda: ROWS, log_file=log_file, today=set
    )
    try:
        writer.submit({"kiosk": "a"})
        assert wait_for(lambda: writer.written == 1)
    finally:
        writer.stop()
    tail = (tmp_path / "reports" / "log-tail.txt").read_text("utf-8").splitlines()
    assert 0 < len(tail) <= TAIL_LINES and tail[-1].startswith("line 4999 ")
    assert (tmp_path / "reports" / "log-tail.txt").stat().st_size <= TAIL_BYTES
    assert {p.name for p in (tmp_path / "reports").iterdir()} == {
        "status.json",
        "log-tail.txt",
        "usage-2026-11-27.csv",
        "usage-2026-11-28.csv",
    }


def test_an_unwritable_folder_is_said_once_and_the_reports_resume(tmp_path: Path, qtbot, caplog):
    """A reports folder that cannot be made (a file is where its parent
    should be): one log line for many minutes of failing, the UI thread's
    timer runs on, and once the folder can be made the reports come."""
    blocker = tmp_path / "share"
    blocker.write_text("not a folder", "utf-8")
    writer = ReportWriter(folder=blocker / "reports", read_usage=None, log_file=None, today=set)
    parent = QObject()
    reports = HealthReports(
        status=lambda: {"at": time.time()}, writer=writer, parent=parent, every_s=0.05
    )
    with caplog.at_level(logging.INFO, logger="kiosk.ops.health_report"):
        reports.start()
        qtbot.waitUntil(lambda: writer.failing is not None, timeout=30_000)
        qtbot.wait(500)  # ten minutes' worth of tries
        said = [r for r in caplog.records if "cannot write the health report" in r.getMessage()]
        assert len(said) == 1, caplog.text
        assert str(blocker / "reports") in said[0].getMessage()
        blocker.unlink()
        blocker.mkdir()
        qtbot.waitUntil(lambda: writer.written > 0, timeout=30_000)
        reports.stop()
    assert "health reports are written again" in caplog.text
    assert (blocker / "reports" / "status.json").exists()


@pytest.mark.subprocess
@pytest.mark.parametrize("fill", ["space", "inodes"])
def test_a_full_disk_is_said_once_and_the_kiosk_runs_on(tmp_path: Path, fill: str):
    disk, seed = tmp_path / "disk", tmp_path / "seed"
    disk.mkdir()
    (seed / "reports").mkdir(parents=True)
    (seed / "config" / APP_NAME).mkdir(parents=True)
    reports = disk / "reports"
    (seed / "config" / APP_NAME / "settings.yaml").write_text(
        f"reports_folder: {reports}\n", "utf-8"
    )
    wrapper, env = full_tmpfs(disk, seed, fill)
    env["XDG_CONFIG_HOME"] = str(disk / "config")
    data = tmp_path / "data"
    env["XDG_DATA_HOME"] = str(data)
    db = data / APP_NAME / "usage.sqlite3"
    db.parent.mkdir(parents=True)
    connection = sqlite3.connect(db)
    connection.execute(SCHEMA)
    connection.execute("INSERT INTO counts VALUES ('2026-01-02', 'screen', 'home', 3)")
    connection.commit()
    connection.close()
    with RunningKiosk(env=env, wrapper=wrapper) as kiosk:
        assert kiosk.wait_for(f"{reports}: cannot write the health report"), kiosk.output
        assert kiosk.wait_for("first frame on screen"), kiosk.output
        assert kiosk.running(), kiosk.output
        output = kiosk.stop()
    assert output.count("cannot write the health report") == 1, output
    assert "Traceback" not in output, output
    assert kiosk.proc.returncode == 0, output


def test_a_restart_loop_is_reported_before_the_first_frame(tmp_path: Path):
    """A kiosk that crashes while starting never reaches the minute's report:
    in a restart loop its status is written at once."""
    now = time.time()
    looping = Starts(total=9, times=tuple(now - 30 * i for i in range(8, -1, -1)))
    assert looping.looping(now)
    folder = tmp_path / "reports"
    health = HealthRun(
        settings=Settings(reports_folder=str(folder), mission="Mission A"),
        stats_file=tmp_path / "usage.sqlite3",
        log_file=None,
        started=now,
        starts=looping,
        watchdog=False,
    )
    try:
        assert wait_for(lambda: (folder / "status.json").exists())
    finally:
        health.stop()
    status = json.loads((folder / "status.json").read_text("utf-8"))
    assert status["restart_loop"] is True and status["mission"] == "Mission A"
    assert status["last_frame_at"] is None
    # A start that is no loop writes nothing before its first frame.
    calm = HealthRun(
        settings=Settings(reports_folder=str(tmp_path / "calm")),
        stats_file=tmp_path / "usage.sqlite3",
        log_file=None,
        started=now,
        starts=Starts(total=1, times=(now,)),
        watchdog=False,
    )
    calm.stop()
    assert not (tmp_path / "calm").exists()
