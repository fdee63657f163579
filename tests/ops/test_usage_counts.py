"""Usage counts on the real UI: a tap never waits on SQLite, counts wait out
a lock and arrive afterwards, the staff panel reads them from memory, and a
damaged file is moved aside, started afresh and shown to staff."""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.visitor import find, find_all, shown, tap, wait_screen, wait_shown, walk

from kiosk.ops import usage_db
from kiosk.ops.stats import UsageCounts
from kiosk.ops.usage_db import SCHEMA

TOPICS = ("objectives", "neutrality", "partnerships", "central-asia", "energy-transit")


def make_counts_file(path: Path, journal: str = "wal") -> None:
    """A counts file from an earlier day, as the kiosk writes it."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute(f"PRAGMA journal_mode={journal}")
    db.execute(SCHEMA)
    db.executemany(
        "INSERT INTO counts VALUES ('2025-01-01', ?, ?, ?)",
        # Enough rows for several pages; listed after the ones the tests look for.
        [("section", "foundations", 7), *[("section", f"zz-old-{i:03d}", 1) for i in range(300)]],
    )
    db.close()


class Holder:
    """Another program that takes the counts file for itself (BEGIN
    EXCLUSIVE) until the test lets go."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path, isolation_level=None)

    def take(self) -> None:
        self.db.execute("BEGIN EXCLUSIVE")

    def let_go(self) -> None:
        if self.db.in_transaction:
            self.db.execute("COMMIT")


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[Holder]:
    holder = Holder(tmp_path / "usage.sqlite3")
    yield holder
    holder.let_go()
    holder.db.close()


def file_counts(path: Path) -> dict[tuple[str, str], int]:
    with sqlite3.connect(path) as db:
        query = "SELECT kind, key, SUM(n) FROM counts GROUP BY kind, key"
        return {(kind, key): n for kind, key, n in db.execute(query)}


def usage_lines(window) -> list[str]:
    usage = find(window, "usageList")
    return [
        item.property("text")
        for item in walk(usage)
        if item.inherits("QQuickText") and item.property("text")
    ]


@pytest.mark.parametrize("when", ["before-start", "while-running"])
def test_taps_never_wait_on_a_locked_file(make_ui, tmp_path, holder, qtbot, when):
    """Locked before the start (rollback journal: not even reading) or while
    the kiosk runs (its own WAL file: no writing)."""
    path = tmp_path / "usage.sqlite3"
    make_counts_file(path, journal="delete" if when == "before-start" else "wal")
    if when == "before-start":
        holder.take()
    stats = UsageCounts(path)
    ui = make_ui(lang="en", stats=stats)
    window = ui.window
    tap(window, find(window, "tile_foundations"), qtbot)
    wait_screen(qtbot, window, "sectionScreen")
    if when == "while-running":
        assert stats.flush(timeout_s=30)
        holder.take()
    # Ten counted taps while the file stays locked; SQLite's own wait for a
    # lock is 5 s, so a single tap that touched it would take that long.
    durations = []
    started = time.monotonic()
    for topic in TOPICS * 2:
        before = time.monotonic()
        tap(window, find(window, f"topic_{topic}"), qtbot)
        durations.append(time.monotonic() - before)
    assert max(durations) < 2.5, durations
    assert time.monotonic() - started < 4.5, durations
    assert stats.totals()[("section", "neutrality")] == 2
    assert stats.unsaved() >= 10  # none of it could be written yet

    # Locked for longer than 5 s in all: counting is not given up.
    qtbot.wait(max(0, round((5.5 - (time.monotonic() - started)) * 1000)))
    holder.let_go()
    assert stats.flush(timeout_s=30), "the counts did not reach the file"
    on_disk = file_counts(path)
    for topic in TOPICS:
        assert on_disk[("section", topic)] == 2
    assert on_disk[("section", "foundations")] == 7 + 1  # the earlier day's, and today's
    assert stats.totals() == dict(sorted(on_disk.items()))
    stats.close()


def test_the_panel_shows_counts_while_the_file_is_locked(make_ui, tmp_path, holder, qtbot):
    path = tmp_path / "usage.sqlite3"
    make_counts_file(path, journal="delete")
    holder.take()
    stats = UsageCounts(path)
    ui = make_ui(lang="en", stats=stats)
    window = ui.window
    tap(window, find(window, "tile_neutrality"), qtbot)
    ui.ops.staff.open_panel()
    wait_shown(qtbot, window, "staffPanel")
    # This session's counts, from memory, while the file cannot even be read.
    qtbot.waitUntil(lambda: "section neutrality: 1 / 1" in usage_lines(window), timeout=5000)
    qtbot.waitUntil(lambda: shown(find(window, "notice_usage-waiting")), timeout=10_000)
    assert "locked by another program" in find(window, "notice_usage-waiting").property("text")
    assert str(path) in find(window, "notice_usage-waiting").property("text")

    holder.let_go()
    # Once the file can be read, the panel shows what it held too, by itself.
    qtbot.waitUntil(lambda: "section foundations: 0 / 7" in usage_lines(window), timeout=30_000)
    qtbot.waitUntil(lambda: not find_all(window, "notice_"), timeout=30_000)
    stats.close()


@pytest.mark.parametrize("where", ["header", "pages"])
def test_a_damaged_file_is_moved_aside(make_ui, tmp_path, qtbot, caplog, where):
    path = tmp_path / "usage.sqlite3"
    make_counts_file(path)
    with path.open("r+b") as handle:
        if where == "header":
            handle.write(b"\x00garbage" * 64)
        else:  # the schema's page stays; the pages of counts are garbage
            handle.seek(4096)
            handle.write(os.urandom(path.stat().st_size - 4096))
    with caplog.at_level(logging.ERROR):
        stats = UsageCounts(path)
        ui = make_ui(lang="en", stats=stats)
        qtbot.waitUntil(lambda: bool(stats.notices()), timeout=10_000)
    aside = list(tmp_path.glob("usage.sqlite3.corrupt-*"))
    assert [p.name for p in aside if "-wal" not in p.name and "-shm" not in p.name]
    moved = next(p for p in aside if not p.name.endswith(("-wal", "-shm")))
    assert f"{path} is damaged" in caplog.text and str(moved) in caplog.text

    ui.ops.staff.open_panel()
    wait_shown(qtbot, ui.window, "staffPanel")
    notice = find(ui.window, "notice_usage-corrupt")
    assert shown(notice)
    assert str(moved) in notice.property("text")

    # A new file, working, and what this session counted is in it.
    tap(ui.window, find(ui.window, "staffClose"), qtbot)
    tap(ui.window, find(ui.window, "tile_objectives"), qtbot)
    assert stats.flush(timeout_s=30)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA quick_check").fetchone() == ("ok",)
    assert file_counts(path)[("section", "objectives")] == 1
    stats.close()


def test_a_folder_that_cannot_be_written_keeps_the_counts_in_memory(make_ui, tmp_path, qtbot):
    """Root may write anywhere, so the folder is a file here (the permission
    case runs as another user in test_machine_faults.py)."""
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("a file, not a folder")
    stats = UsageCounts(not_a_folder / "usage.sqlite3")
    ui = make_ui(lang="en", stats=stats)
    tap(ui.window, find(ui.window, "tile_objectives"), qtbot)
    ui.ops.staff.open_panel()
    wait_shown(qtbot, ui.window, "staffPanel")
    qtbot.waitUntil(lambda: shown(find(ui.window, "notice_usage-waiting")), timeout=10_000)
    qtbot.waitUntil(lambda: "section objectives: 1 / 1" in usage_lines(ui.window))
    stats.close(wait_s=0.5)


def test_the_counts_thread_never_runs_the_cycle_collector(tmp_path, holder):
    """A collection that starts in the counts' thread would destroy the UI
    thread's Qt objects there (a crash, seen in testing). With the collector
    set off by every allocation, none may start in that thread: not while
    saving, not while waiting out a lock, not at the stop."""
    path = tmp_path / "usage.sqlite3"
    make_counts_file(path)
    stats = UsageCounts(path)
    assert stats.flush(timeout_s=30)
    threads: set[str] = set()

    def note(phase: str, _info: dict) -> None:
        if phase == "start":
            threads.add(threading.current_thread().name)

    old = gc.get_threshold()
    gc.callbacks.append(note)
    gc.set_threshold(1)
    try:
        garbage: list[object] = []
        for i in range(400):
            stats.count("screen", f"screen-{i % 40}")
            garbage.append([i, [i]])  # the UI thread allocates, as it does all day
            if i % 50 == 0 and not 200 <= i <= 300:
                assert stats.flush(timeout_s=30)
            if i == 200:
                holder.take()  # the thread now waits and retries
            if i == 300:
                holder.let_go()
        assert stats.flush(timeout_s=30)
        stats.close()
    finally:
        gc.set_threshold(*old)
        gc.callbacks.remove(note)
    assert "usage-counts" not in threads, threads
    assert file_counts(path)[("screen", "screen-0")] == 10


def test_damage_found_while_running_loses_no_count(tmp_path, monkeypatch, caplog):
    """A write that finds the file damaged: moved aside, and the new file
    gets everything known, the earlier days' counts included."""
    path = tmp_path / "usage.sqlite3"
    make_counts_file(path)
    stats = UsageCounts(path)
    stats.count("screen", "home")
    assert stats.flush(timeout_s=30)
    real = usage_db.add_counts
    damaged = [True]

    def once_damaged(db, counts):
        if damaged.pop() if damaged else False:
            raise sqlite3.DatabaseError("database disk image is malformed")
        return real(db, counts)

    monkeypatch.setattr(usage_db, "add_counts", once_damaged)
    with caplog.at_level(logging.ERROR):
        stats.count("screen", "map")
        assert stats.flush(timeout_s=30)
    assert f"{path} is damaged (database disk image is malformed); moved aside" in caplog.text
    on_disk = file_counts(path)
    assert on_disk[("section", "foundations")] == 7
    assert on_disk[("screen", "home")] == 1 and on_disk[("screen", "map")] == 1
    assert sum(on_disk.values()) == 7 + 300 + 2
    assert [n.kind for n in stats.notices()] == ["usage-corrupt"]
    stats.close()


def test_a_counts_table_that_is_not_the_kiosks_is_moved_aside(tmp_path):
    path = tmp_path / "usage.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE counts (what TEXT, how_many INTEGER)")
    stats = UsageCounts(path)
    stats.count("screen", "home")
    assert stats.flush(timeout_s=30)
    assert file_counts(path) == {("screen", "home"): 1}
    assert len(list(tmp_path.glob("usage.sqlite3.corrupt-*"))) == 1
    stats.close()


def test_a_symbolic_link_loop_is_moved_aside_like_damage(tmp_path, caplog):
    """A loop never becomes a file by waiting: retried for ever, it would
    lose the session's counts at the exit."""
    path = tmp_path / "usage.sqlite3"
    path.symlink_to(path.name)
    with caplog.at_level(logging.ERROR):
        stats = UsageCounts(path)
        stats.count("screen", "home")
        assert stats.flush(timeout_s=30)
    assert f"{path} is damaged (it is a symbolic link loop, not a database file)" in caplog.text
    (aside,) = tmp_path.glob("usage.sqlite3.corrupt-*")
    assert aside.is_symlink()
    assert file_counts(path) == {("screen", "home"): 1}
    stats.close()


def test_unsubscribing_waits_for_the_writer_and_leaves_it_no_reference(tmp_path):
    """The staff panel's listener is a bound Qt signal. Were the writer thread
    left holding it after the panel unsubscribed, the panel could be destroyed
    from that thread (its last reference dropped there), which crashes."""
    import weakref

    counts = UsageCounts(tmp_path / "usage.sqlite3")
    inside, go_on = threading.Event(), threading.Event()

    class Listener:
        def __call__(self) -> None:
            inside.set()
            go_on.wait(5)

    listener = Listener()
    gone = weakref.ref(listener)
    counts.subscribe(listener)
    teller = threading.Thread(target=counts.tell)
    teller.start()
    assert inside.wait(5)

    unsubscribed = threading.Event()

    def unsubscribe(it: Listener) -> None:
        counts.unsubscribe(it)
        unsubscribed.set()

    staff = threading.Thread(target=unsubscribe, args=(listener,))
    staff.start()
    assert not unsubscribed.wait(0.3), "unsubscribe returned while the listener was being called"
    go_on.set()
    assert unsubscribed.wait(5)
    staff.join(5)
    del listener
    assert gone() is None, "the writer side still holds the listener"
    teller.join(5)
    counts.close()


def test_the_writer_waits_for_start_and_loses_nothing(tmp_path: Path):
    """The kiosk starts the writer after its first frame: until then the file
    is neither opened nor read, counting goes on in memory, and a kiosk
    stopped before the writer started still saves what it counted."""
    path = tmp_path / "usage.sqlite3"
    make_counts_file(path)
    counts = UsageCounts(path, start=False)
    counts.count("screen", "attract")
    time.sleep(0.3)  # a writer that had started would have read the file by now
    assert "usage-counts" not in {t.name for t in threading.enumerate()}
    assert ("section", "foundations") not in counts.totals()
    counts.start()
    counts.start()  # once only
    assert counts.flush(10)
    assert counts.totals()[("section", "foundations")] == 7
    assert counts.totals()[("screen", "attract")] == 1
    counts.close()

    never_started = UsageCounts(path, start=False)
    never_started.count("screen", "attract")
    never_started.close()
    with contextlib.closing(sqlite3.connect(path)) as db:
        n = db.execute("SELECT n FROM counts WHERE kind='screen' AND key='attract'").fetchone()[0]
    assert n == 2
