"""The records in the kiosk's data folder (the installed pack's, the last
refusal) are read by the running kiosk and `kiosk status`: whatever is
found there, a FIFO, a record nested a million deep, control characters,
is an answer at once and never a hang or a traceback."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from helpers.packs import make_keys, pack

from kiosk.ops.content_place import pack_store
from kiosk.ops.status import gather, lines
from kiosk.packs.install import PackRefused, install_pack
from kiosk.packs.store import PackStore


def _answers(call, timeout_s: float = 20.0):
    """``call()``'s answer; fails (instead of hanging the run) if it blocks."""
    box: list = []
    worker = threading.Thread(target=lambda: box.append(call()), daemon=True)
    worker.start()
    worker.join(timeout_s)
    assert not worker.is_alive(), "blocked"
    return box[0]


@pytest.fixture
def store(content_copy: Path, tmp_path: Path) -> PackStore:
    keys = make_keys(tmp_path / "keys")
    data = pack_store().data_dir  # the test's own (tests/conftest.py): kiosk status reads it
    install_pack(
        pack(content_copy, keys, tmp_path / "a.kpack", "5"),
        data_dir=data,
        trusted=[keys.public_path],
    )
    return PackStore(data)


def test_a_fifo_as_the_last_refusal(store: PackStore) -> None:
    os.mkfifo(store.root / "last-refused.json")
    assert _answers(store.last_refusal) is None


def test_a_fifo_as_the_installed_record(store: PackStore) -> None:
    record = store.current() / ".kpack" / "installed.json"
    record.unlink()
    os.mkfifo(record)
    assert "installed.json: not a file" in _answers(store.current_info).damaged


@pytest.mark.parametrize("name", ["last-refused.json", "installed.json", "manifest.json"])
def test_a_record_nested_a_million_deep(store: PackStore, name: str) -> None:
    deep = "[" * 1_000_000 + "]" * 1_000_000
    if name == "last-refused.json":
        (store.root / name).write_text(deep, "utf-8")
        assert store.last_refusal() is None
    else:
        path = store.current() / ".kpack" / name
        path.unlink()
        path.write_text(deep, "utf-8")
        assert f"{name}: not a valid record" in store.current_info().damaged


def test_a_refusal_record_with_control_characters_is_shown_printable(store: PackStore) -> None:
    record = {"when": "2026-11-29T22:00:00Z", "pack": "a\x1b[2J.kpack", "reason": "x\ny\x9b"}
    (store.root / "last-refused.json").write_text(json.dumps(record), "utf-8")
    refusal = store.last_refusal()
    shown = f"{refusal.when}{refusal.pack}{refusal.reason}"
    assert all(ch.isprintable() for ch in shown), shown


@pytest.mark.parametrize("name", ["installed.json", "manifest.json"])
def test_a_damaged_record_keeps_the_version_and_says_so(
    store: PackStore, content_copy: Path, tmp_path: Path, name: str
) -> None:
    """The version is the folder's: an older pack still needs --downgrade,
    and `kiosk status` says the record is damaged, not "no pack"."""
    (store.current() / ".kpack" / name).write_text("{not json", "utf-8")
    info = store.current_info()
    assert info is not None and info.version == "5" and name in info.damaged
    line = dict(lines(gather()))["content"]
    assert "pack 5, ITS RECORD IS DAMAGED" in line
    keys = make_keys(tmp_path / "other-keys")
    older = pack(content_copy, keys, tmp_path / "4.kpack", "4")
    with pytest.raises(PackRefused, match="older than the installed 5"):
        install_pack(older, data_dir=store.data_dir, trusted=[keys.public_path])


@pytest.mark.parametrize("kind", ["fifo", "deep", "hand-made"])
def test_a_damaged_run_state_note_is_no_note(kind: str) -> None:
    """`kiosk status` reads the running kiosk's note: whatever is there, it answers."""
    from kiosk.ops.places import data_dir
    from kiosk.ops.run_state import FILE_NAME, read_run_state

    note = data_dir() / FILE_NAME
    if kind == "fifo":
        os.mkfifo(note)
    elif kind == "deep":
        note.write_text("[" * 1_000_000 + "]" * 1_000_000, "utf-8")
    else:
        note.write_text(json.dumps({"pid": 1, "started": "yesterday\x1b[2J"}), "utf-8")
    assert _answers(read_run_state) is None
    assert _answers(gather)["kiosk"]["last_reset"] is None


def test_a_damaged_inbox_memory_starts_anew(tmp_path: Path) -> None:
    from kiosk.ops.pack_inbox import MEMORY_FILE, Memory

    (tmp_path / MEMORY_FILE).write_text("[" * 1_000_000 + "]" * 1_000_000, "utf-8")
    assert Memory.load(tmp_path).tried == {}
    (tmp_path / MEMORY_FILE).unlink()
    os.mkfifo(tmp_path / MEMORY_FILE)
    assert _answers(lambda: Memory.load(tmp_path)).tried == {}


def test_the_last_few_refusals_are_kept(store: PackStore, tmp_path: Path) -> None:
    """A second refused pack does not hide the first from staff, and a good
    pack installed after them hides neither."""
    for n in range(7):
        store.record_refusal(tmp_path / f"{n}.kpack", f"reason {n}")
    refusals = store.refusals()
    assert [r.pack for r in refusals] == ["6.kpack", "5.kpack", "4.kpack", "3.kpack", "2.kpack"]
    assert store.last_refusal().reason == "reason 6"
    status = gather()
    assert [r["pack"] for r in status["refused_before"]] == [
        "5.kpack",
        "4.kpack",
        "3.kpack",
        "2.kpack",
    ]
    assert sum(label == "refused" for label, _ in lines(status)) == 4
