"""The pack inbox without Qt: which files count as arrived packs, which are
tried, and what is remembered. The installs here are the test's own
stand-ins for kiosk.packs.install (the real one runs in
tests/integration/test_syncthing_delivery.py)."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from kiosk.ops.pack_inbox import (
    INSTALLED,
    PASSED_OVER,
    REFUSED,
    Arrivals,
    Memory,
    Refusal,
    Watch,
    is_pack_name,
    packs_in,
)


class Refused(Exception):
    pass


class Installs:
    """Records the packs it is asked to install; refuses those whose bytes say so."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def __call__(self, pack: Path) -> None:
        self.asked.append(pack.name)
        if pack.read_bytes().startswith(b"bad"):
            raise Refused(f"{pack.name} is not signed by a key this kiosk trusts")


def write(folder: Path, name: str, data: bytes = b"pack", mtime: int | None = None) -> Path:
    path = folder / name
    path.write_bytes(data)
    if mtime is not None:
        os.utime(path, (mtime, mtime))
    return path


def make_watch(tmp_path: Path, installs: Installs, **options) -> Watch:
    if "inbox" not in options:
        options["inbox"] = tmp_path / "inbox"
        options["inbox"].mkdir(exist_ok=True)
    options.setdefault("usb_globs", ())
    return Watch(data_dir=tmp_path / "data", install=installs, refused_error=Refused, **options)


@pytest.mark.parametrize(
    ("name", "is_pack"),
    [
        ("2026-11.kpack", True),
        ("ministry v3.kpack", True),
        (".syncthing.2026-11.kpack.tmp", False),
        ("~syncthing~2026-11.kpack.tmp", False),
        (".2026-11.kpack.Ab12Cd", False),  # rsync's partial file
        (".hidden.kpack", False),
        ("2026-11.kpack.part", False),
        ("2026-11.kpack~", False),
        (".kpack", False),
        ("notes.txt", False),
        ("2026-11.KPACK.zip", False),
    ],
)
def test_only_finished_visible_packs_count(name: str, is_pack: bool) -> None:
    assert is_pack_name(name) is is_pack


def test_links_folders_and_other_files_are_not_packs(tmp_path: Path) -> None:
    write(tmp_path, "real.kpack")
    (tmp_path / "folder.kpack").mkdir()
    (tmp_path / "link.kpack").symlink_to(tmp_path / "real.kpack")
    os.mkfifo(tmp_path / "pipe.kpack")
    write(tmp_path, ".syncthing.next.kpack.tmp")
    assert [seen.path.name for seen in packs_in(tmp_path)] == ["real.kpack"]


def test_a_pack_arrives_when_it_stays_the_same(tmp_path: Path) -> None:
    arrivals = Arrivals()
    pack = write(tmp_path, "a.kpack", b"half")
    assert arrivals.update(packs_in(tmp_path)) == []  # first seen: maybe still written
    pack.write_bytes(b"half and the rest")  # it grew
    assert arrivals.update(packs_in(tmp_path)) == []
    [whole] = arrivals.update(packs_in(tmp_path))
    assert whole.path == pack and whole.size == len(b"half and the rest")


def test_an_empty_file_has_not_arrived(tmp_path: Path) -> None:
    arrivals = Arrivals()
    write(tmp_path, "a.kpack", b"")
    arrivals.update(packs_in(tmp_path))
    assert arrivals.update(packs_in(tmp_path)) == []


def test_a_file_renamed_over_is_a_new_arrival(tmp_path: Path) -> None:
    """Syncthing's way: .syncthing.x.tmp renamed over x.kpack (a new inode)."""
    arrivals = Arrivals()
    write(tmp_path, "a.kpack", b"one", mtime=1_700_000_000)
    arrivals.update(packs_in(tmp_path))
    assert arrivals.update(packs_in(tmp_path))
    write(tmp_path, ".syncthing.a.kpack.tmp", b"two", mtime=1_700_000_000)
    os.replace(tmp_path / ".syncthing.a.kpack.tmp", tmp_path / "a.kpack")  # same size and time
    assert arrivals.update(packs_in(tmp_path)) == []
    assert arrivals.update(packs_in(tmp_path))


def test_the_newest_is_installed_and_the_older_passed_over(tmp_path: Path) -> None:
    installs = Installs()
    watch = make_watch(tmp_path, installs)
    inbox = watch.inbox
    assert inbox is not None
    write(inbox, "old.kpack", mtime=1_700_000_000)
    write(inbox, "new.kpack", mtime=1_700_100_000)
    assert watch.look() == []
    arrived = watch.look()
    assert sorted(seen.path.name for seen in arrived) == ["new.kpack", "old.kpack"]
    outcome = watch.install_newest(arrived)
    assert outcome.installed == inbox / "new.kpack"
    assert installs.asked == ["new.kpack"]
    assert watch.look() == []  # each tried once
    memory = json.loads((tmp_path / "data" / "pack-inbox.json").read_text("utf-8"))["tried"]
    assert memory[str(inbox / "new.kpack")]["outcome"] == INSTALLED
    assert memory[str(inbox / "old.kpack")]["outcome"] == PASSED_OVER


def test_a_refused_pack_is_remembered_until_it_changes(tmp_path: Path, caplog) -> None:
    installs = Installs()
    watch = make_watch(tmp_path, installs)
    inbox = watch.inbox
    assert inbox is not None
    bad = write(inbox, "2026-12.kpack", b"bad bytes")
    watch.look()
    with caplog.at_level(logging.ERROR):
        outcome = watch.install_newest(watch.look())
    assert outcome.installed is None
    reason = "2026-12.kpack is not signed by a key this kiosk trusts"
    assert outcome.refused == ((bad, reason),)
    assert f"pack {bad} refused: {reason}" in caplog.text
    refusal = Refusal.read(tmp_path / "data")
    assert refusal is not None and (refusal.pack, refusal.reason) == (str(bad), reason)
    memory = Memory.load(tmp_path / "data").tried[str(bad)]
    assert (memory["outcome"], memory["reason"]) == (REFUSED, reason)

    # Not tried again: not at the next look, nor after a restart.
    assert watch.look() == []
    again = make_watch(tmp_path, installs)
    again.look()
    assert again.look() == []
    assert installs.asked == ["2026-12.kpack"]

    # The ministry publishes it again, fixed: tried, and installed.
    bad.write_bytes(b"good bytes")
    again.look()
    assert again.install_newest(again.look()).installed == bad
    assert installs.asked == ["2026-12.kpack", "2026-12.kpack"]


def test_a_refused_newest_lets_an_older_one_in(tmp_path: Path) -> None:
    installs = Installs()
    watch = make_watch(tmp_path, installs)
    inbox = watch.inbox
    assert inbox is not None
    write(inbox, "good.kpack", b"good", mtime=1_700_000_000)
    write(inbox, "tampered.kpack", b"bad", mtime=1_700_100_000)
    watch.look()
    outcome = watch.install_newest(watch.look())
    assert installs.asked == ["tampered.kpack", "good.kpack"]
    assert outcome.installed == inbox / "good.kpack"


def test_a_pack_changed_since_it_arrived_waits(tmp_path: Path) -> None:
    installs = Installs()
    watch = make_watch(tmp_path, installs)
    inbox = watch.inbox
    assert inbox is not None
    pack = write(inbox, "a.kpack", b"first")
    watch.look()
    arrived = watch.look()
    pack.write_bytes(b"second, longer")  # between the look and the reset
    assert watch.install_newest(arrived).installed is None
    assert installs.asked == []
    watch.look()
    assert watch.install_newest(watch.look()).installed == pack


def test_a_pack_changed_while_refused_is_tried_again(tmp_path: Path) -> None:
    """Syncthing replaced the file while the install read it: the refusal
    was of a file that is no longer there."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()

    def replaced_meanwhile(pack: Path) -> None:
        pack.write_bytes(b"the new file, complete")
        raise Refused("the pack is truncated")

    watch = make_watch(tmp_path, Installs(), inbox=inbox)
    watch._install = replaced_meanwhile
    write(inbox, "a.kpack", b"old")
    watch.look()
    assert watch.install_newest(watch.look()).refused
    assert Refusal.read(tmp_path / "data") is None
    watch.look()
    assert [seen.path.name for seen in watch.look()] == ["a.kpack"]


def test_a_fault_of_the_machine_is_not_a_refusal(tmp_path: Path, caplog) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()

    def stick_pulled(pack: Path) -> None:
        raise OSError(5, "Input/output error")

    watch = make_watch(tmp_path, Installs(), inbox=inbox)
    watch._install = stick_pulled
    write(inbox, "a.kpack")
    watch.look()
    with caplog.at_level(logging.ERROR):
        assert watch.install_newest(watch.look()).installed is None
    assert "could not be installed" in caplog.text and "tried again" in caplog.text
    assert Refusal.read(tmp_path / "data") is None
    assert watch.look()  # still waiting


def test_a_missing_inbox_is_logged_once_and_looked_at_again(tmp_path: Path, caplog) -> None:
    inbox = tmp_path / "not-mounted-yet"
    watch = make_watch(tmp_path, Installs(), inbox=inbox)
    with caplog.at_level(logging.INFO):
        for _ in range(3):
            assert watch.look() == []
        inbox.mkdir()
        write(inbox, "a.kpack")
        watch.look()
        assert watch.look()
    assert caplog.text.count("the pack inbox cannot be read (No such file or directory)") == 1
    assert f"pack inbox {inbox} can be read again" in caplog.text


def test_an_inbox_that_is_a_file_is_logged(tmp_path: Path, caplog) -> None:
    inbox = write(tmp_path, "inbox", b"not a folder")
    watch = make_watch(tmp_path, Installs(), inbox=inbox)
    with caplog.at_level(logging.ERROR):
        assert watch.look() == []
    assert f"{inbox}: the pack inbox cannot be read (Not a directory)" in caplog.text


@pytest.mark.parametrize(
    "stored",
    ["{not json", '["a list"]', '{"tried": 3}', "\udcff".encode("utf-8", "surrogateescape")],
    ids=["broken", "list", "wrong-type", "not-utf8"],
)
def test_a_damaged_memory_starts_anew(tmp_path: Path, stored, caplog) -> None:
    data = tmp_path / "data"
    data.mkdir()
    path = data / "pack-inbox.json"
    (path.write_bytes if isinstance(stored, bytes) else path.write_text)(stored)
    with caplog.at_level(logging.ERROR):
        memory = Memory.load(data)
    assert memory.tried == {}
    assert str(path) in caplog.text


def test_a_memory_that_cannot_be_written_is_logged(tmp_path: Path, caplog) -> None:
    installs = Installs()
    watch = make_watch(tmp_path, installs)
    (tmp_path / "data").write_text("a file where the data folder should be")
    inbox = watch.inbox
    assert inbox is not None
    write(inbox, "a.kpack", b"bad")
    watch.look()
    with caplog.at_level(logging.ERROR):
        watch.install_newest(watch.look())
    assert "cannot record what became of" in caplog.text
    assert "cannot record the refused pack" in caplog.text


def test_only_a_stick_mounted_later_is_looked_into(tmp_path: Path) -> None:
    installs = Installs()
    media = tmp_path / "media" / "kiosk"
    media.mkdir(parents=True)
    there = media / "LEFT-IN"
    there.mkdir()
    write(there, "old.kpack")
    watch = make_watch(tmp_path, installs, inbox=None, usb_globs=(str(media / "*"),))
    assert watch.look() == []
    stick = media / "MINISTRY"
    stick.mkdir()
    write(stick, "2026-12.kpack")
    (stick / "deeper").mkdir()
    write(stick / "deeper", "not-at-the-top.kpack")
    watch.look()
    assert [seen.path for seen in watch.look()] == [stick / "2026-12.kpack"]
    # Unmounted: gone; mounted again: a new stick, but its pack was tried.
    watch.install_newest(watch.look())
    (stick / "2026-12.kpack").rename(tmp_path / "away.kpack")
    watch.look()
    (tmp_path / "away.kpack").rename(stick / "2026-12.kpack")
    watch.look()
    assert watch.look() == []
    assert installs.asked == ["2026-12.kpack"]
