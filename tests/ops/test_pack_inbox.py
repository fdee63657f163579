"""The pack inbox without Qt: which files count as arrived packs, which are
tried, in which order, and what is remembered. The packs are real ones,
signed with a key the kiosk trusts, installed by kiosk.packs."""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers.packs import make_keys, pack

from kiosk.ops.pack_inbox import (
    INSTALLED,
    NOT_NEWER,
    PASSED_OVER,
    REFUSED,
    Arrivals,
    Memory,
    Watch,
    claimed_version,
    is_pack_name,
    packs_in,
)
from kiosk.packs.install import install_pack
from kiosk.packs.store import PackStore

Publish = Callable[..., Path]


def write(folder: Path, name: str, data: bytes = b"pack", mtime: int | None = None) -> Path:
    path = folder / name
    path.write_bytes(data)
    if mtime is not None:
        os.utime(path, (mtime, mtime))
    return path


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def publish(tmp_path: Path, content_copy: Path, data: Path) -> Publish:
    """``publish(folder, name, version, mtime=...)``: a real pack of the
    packaged content, signed by a key the kiosk in ``data`` trusts."""
    keys = make_keys(tmp_path / "keys")
    trusted = PackStore(data).trusted_keys
    trusted.mkdir(parents=True)
    shutil.copy(keys.public_path, trusted)
    made: dict[str, Path] = {}

    def publish(folder: Path, name: str, version: str, mtime: int | None = None) -> Path:
        if version not in made:
            made[version] = pack(content_copy, keys, tmp_path / f"v{version}.kpack", version)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / name
        shutil.copyfile(made[version], target)
        if mtime is not None:
            os.utime(target, (mtime, mtime))
        return target

    return publish


def flip_a_byte(path: Path) -> Path:
    raw = bytearray(path.read_bytes())
    raw[len(raw) * 2 // 3] ^= 0x01
    path.write_bytes(bytes(raw))
    return path


def make_watch(tmp_path: Path, data: Path, **options) -> Watch:
    if "inbox" not in options:
        options["inbox"] = tmp_path / "inbox"
        options["inbox"].mkdir(exist_ok=True)
    options.setdefault("usb_globs", ())
    return Watch(data_dir=data, **options)


def arrived(watch: Watch) -> list:
    """Two looks: a pack is whole when it stays the same."""
    watch.look()
    return watch.look()


def shown_version(data: Path) -> str | None:
    info = PackStore(data).current_info()
    return None if info is None else info.version


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


def test_the_newest_version_is_installed_and_the_older_passed_over(
    tmp_path: Path, data: Path, publish: Publish
) -> None:
    watch = make_watch(tmp_path, data)
    inbox = watch.inbox
    assert inbox is not None
    # Newest by version, whatever the names and times say.
    publish(inbox, "b.kpack", "2026.12.10", mtime=1_700_000_000)
    publish(inbox, "a.kpack", "2026.12.9", mtime=1_700_100_000)
    assert watch.look() == []
    found = watch.look()
    assert sorted(seen.path.name for seen in found) == ["a.kpack", "b.kpack"]
    assert watch.install_newest(found) == inbox / "b.kpack"
    assert shown_version(data) == "2026.12.10"
    assert watch.look() == []  # each tried once
    memory = json.loads((data / "pack-inbox.json").read_text("utf-8"))["tried"]
    assert memory[str(inbox / "b.kpack")]["outcome"] == INSTALLED
    assert memory[str(inbox / "a.kpack")]["outcome"] == PASSED_OVER


def test_a_pack_no_newer_than_the_one_shown_is_passed_over(
    tmp_path: Path, data: Path, publish: Publish, caplog
) -> None:
    watch = make_watch(tmp_path, data)
    inbox = watch.inbox
    assert inbox is not None
    publish(inbox, "5.kpack", "5")
    assert watch.install_newest(arrived(watch)) == inbox / "5.kpack"
    publish(inbox, "4.kpack", "4")
    with caplog.at_level(logging.INFO):
        assert watch.install_newest(arrived(watch)) is None
    assert "(version 4) is not newer than the content shown (5); passed over" in caplog.text
    assert PackStore(data).last_refusal() is None  # nothing for staff to worry about
    assert Memory.load(data).tried[str(inbox / "4.kpack")]["outcome"] == NOT_NEWER
    assert shown_version(data) == "5"


def test_a_tampered_pack_is_refused_and_remembered_until_it_changes(
    tmp_path: Path, data: Path, publish: Publish, caplog
) -> None:
    watch = make_watch(tmp_path, data)
    inbox = watch.inbox
    assert inbox is not None
    bad = flip_a_byte(publish(inbox, "2026-12.kpack", "2"))
    with caplog.at_level(logging.ERROR):
        assert watch.install_newest(arrived(watch)) is None
    refusal = PackStore(data).last_refusal()
    assert refusal is not None and refusal.pack == "2026-12.kpack"
    assert "damaged" in refusal.reason
    assert f"pack {bad} refused: {refusal.reason}" in caplog.text
    memory = Memory.load(data).tried[str(bad)]
    assert (memory["outcome"], memory["reason"]) == (REFUSED, refusal.reason)
    assert shown_version(data) is None

    # Not tried again: not at the next look, nor after a restart.
    assert watch.look() == []
    again = make_watch(tmp_path, data)
    assert arrived(again) == []

    # The ministry publishes it again, whole: tried, and installed.
    publish(inbox, "2026-12.kpack", "3")
    assert again.install_newest(arrived(again)) == bad
    assert shown_version(data) == "3"


def test_a_refused_newest_lets_an_older_one_in(tmp_path: Path, data: Path, publish: Publish):
    watch = make_watch(tmp_path, data)
    inbox = watch.inbox
    assert inbox is not None
    publish(inbox, "good.kpack", "2")
    flip_a_byte(publish(inbox, "tampered.kpack", "3"))
    write(inbox, "not-a-pack.kpack", b"PK\x03\x04 a zip file named .kpack by mistake")
    assert claimed_version(inbox / "not-a-pack.kpack") is None
    assert watch.install_newest(arrived(watch)) == inbox / "good.kpack"
    tried = Memory.load(data).tried
    assert tried[str(inbox / "tampered.kpack")]["outcome"] == REFUSED
    assert tried[str(inbox / "not-a-pack.kpack")]["outcome"] == PASSED_OVER


def test_a_file_that_is_no_pack_is_refused(tmp_path: Path, data: Path) -> None:
    watch = make_watch(tmp_path, data)
    inbox = watch.inbox
    assert inbox is not None
    write(inbox, "notes.kpack", b"minutes of the meeting")
    assert watch.install_newest(arrived(watch)) is None
    refusal = PackStore(data).last_refusal()
    assert refusal is not None and "not a kiosk content pack" in refusal.reason


def test_a_pack_changed_since_it_arrived_waits(tmp_path: Path, data: Path, publish: Publish):
    watch = make_watch(tmp_path, data)
    inbox = watch.inbox
    assert inbox is not None
    publish(inbox, "a.kpack", "2")
    found = arrived(watch)
    publish(inbox, "a.kpack", "3")  # between the look and the reset
    assert watch.install_newest(found) is None
    assert shown_version(data) is None
    assert watch.install_newest(arrived(watch)) == inbox / "a.kpack"
    assert shown_version(data) == "3"


def test_a_pack_replaced_while_it_is_read_is_tried_again(
    tmp_path: Path, data: Path, publish: Publish
) -> None:
    """Syncthing replaced the file while the install read it: the refusal
    was of a file that is no longer there."""

    def replaced_meanwhile(pack: Path, *, data_dir: Path) -> object:
        pack.write_bytes(b"the first bytes of the next pack")
        return install_pack(pack, data_dir=data_dir)

    watch = make_watch(tmp_path, data, install=replaced_meanwhile)
    inbox = watch.inbox
    assert inbox is not None
    publish(inbox, "a.kpack", "2")
    assert watch.install_newest(arrived(watch)) is None
    assert str(inbox / "a.kpack") not in Memory.load(data).tried
    assert [seen.path.name for seen in arrived(watch)] == ["a.kpack"]


def test_a_fault_of_the_machine_is_tried_again(
    tmp_path: Path, data: Path, publish: Publish, caplog
) -> None:
    watch = make_watch(tmp_path, data)
    inbox = watch.inbox
    assert inbox is not None
    publish(inbox, "a.kpack", "2")
    found = arrived(watch)
    store = PackStore(data)
    store.root.write_text("a file where the content folder should be")
    with caplog.at_level(logging.ERROR):
        assert watch.install_newest(found) is None
    assert "could not be installed: cannot install the pack" in caplog.text
    assert "it is tried again" in caplog.text
    assert str(inbox / "a.kpack") not in Memory.load(data).tried
    store.root.unlink()
    assert watch.install_newest(watch.look()) == inbox / "a.kpack"


def test_a_missing_inbox_is_logged_once_and_looked_at_again(
    tmp_path: Path, data: Path, publish: Publish, caplog
) -> None:
    inbox = tmp_path / "not-mounted-yet"
    watch = make_watch(tmp_path, data, inbox=inbox)
    with caplog.at_level(logging.INFO):
        for _ in range(3):
            assert watch.look() == []
        publish(inbox, "a.kpack", "2")
        assert arrived(watch)
    assert caplog.text.count("the pack inbox cannot be read (No such file or directory)") == 1
    assert f"pack inbox {inbox} can be read again" in caplog.text


def test_an_inbox_that_is_a_file_is_logged(tmp_path: Path, data: Path, caplog) -> None:
    inbox = write(tmp_path, "inbox", b"not a folder")
    watch = make_watch(tmp_path, data, inbox=inbox)
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


def test_a_memory_that_cannot_be_written_is_logged(
    tmp_path: Path, data: Path, publish: Publish, caplog
) -> None:
    watch = make_watch(tmp_path, data)
    inbox = watch.inbox
    assert inbox is not None
    publish(inbox, "a.kpack", "2")
    (data / "pack-inbox.json").mkdir()  # a folder where the file should be
    with caplog.at_level(logging.ERROR):
        assert watch.install_newest(arrived(watch)) == inbox / "a.kpack"
    assert f"{data / 'pack-inbox.json'}: cannot record what became of" in caplog.text


def test_only_a_stick_mounted_later_is_looked_into(
    tmp_path: Path, data: Path, publish: Publish
) -> None:
    media = tmp_path / "media" / "kiosk"
    publish(media / "LEFT-IN", "old.kpack", "2")
    watch = make_watch(tmp_path, data, inbox=None, usb_globs=(str(media / "*"),))
    assert watch.look() == []
    stick = media / "MINISTRY"
    publish(stick, "2026-12.kpack", "3")
    publish(stick / "deeper", "not-at-the-top.kpack", "4")
    assert [seen.path for seen in arrived(watch)] == [stick / "2026-12.kpack"]
    assert watch.install_newest(watch.look()) == stick / "2026-12.kpack"
    # Pulled out and put back: a new mount, but its pack was tried.
    shutil.move(stick, tmp_path / "away")
    watch.look()
    shutil.move(tmp_path / "away", stick)
    assert arrived(watch) == []
    assert shown_version(data) == "3"


def test_a_name_with_control_characters_is_logged_on_one_line(
    tmp_path: Path, data: Path, caplog
) -> None:
    """A stick's file name is whatever its maker chose: the log line quoting
    it stays one line, with no escape code for the terminal reading it."""
    watch = make_watch(tmp_path, data)
    assert watch.inbox is not None
    write(watch.inbox, "a\nFAKE: installed\x1b[2J.kpack", b"minutes of the meeting")
    with caplog.at_level(logging.INFO):
        assert watch.install_newest(arrived(watch)) is None
    refused = [r.getMessage() for r in caplog.records if "refused" in r.getMessage()]
    assert refused and all("\n" not in m and "\x1b" not in m for m in refused), refused
