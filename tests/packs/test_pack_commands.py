"""The pack commands as staff run them (the real program), and the kiosk
showing what was installed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from helpers.cli import RunningKiosk, kiosk
from helpers.packs import make_keys, pack
from helpers.visitor import find, tap, wait_screen

from kiosk.ops.content_place import pack_store
from kiosk.packs.install import install_pack

pytestmark = pytest.mark.subprocess

TITLE = "  en: Main objectives\n"


def edit_title(content: Path, new: str) -> None:
    path = content / "sections" / "02-objectives.yaml"
    text = path.read_text("utf-8")
    assert TITLE in text
    path.write_text(text.replace(TITLE, f"  en: {new}\n"), "utf-8")


def _one_sentence(result) -> str:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_keys_pack_install_status_rollback(content_copy, tmp_path) -> None:
    keys = tmp_path / "keys"
    made = kiosk("keys", "new", str(keys), "--name", "Ministry of Foreign Affairs")
    assert made.returncode == 0, made.stderr
    secret, public = keys / "pack-signing.key", keys / "pack-signing.pub"
    assert os.stat(secret).st_mode & 0o777 == 0o600
    again = kiosk("keys", "new", str(keys))
    assert "already there" in _one_sentence(again)

    first = tmp_path / "first.kpack"
    packed = kiosk(
        "pack",
        "--content",
        str(content_copy),
        "--key",
        str(secret),
        "-o",
        str(first),
        "--version",
        "2026.11.1",
    )
    assert packed.returncode == 0, packed.stderr
    edit_title(content_copy, "Objectives, second pack")
    second = tmp_path / "second.kpack"
    assert (
        kiosk(
            "pack",
            "--content",
            str(content_copy),
            "--key",
            str(secret),
            "-o",
            str(second),
            "--version",
            "2026.11.2",
        ).returncode
        == 0
    )

    untrusted = kiosk("install", str(first))
    assert "trusts no signing key" in _one_sentence(untrusted)
    for path in (first, second):
        done = kiosk("install", str(path), "--trust", str(public))
        assert done.returncode == 0, done.stderr
    assert "older than the installed 2026.11.2" in _one_sentence(
        kiosk("install", str(first), "--trust", str(public))
    )

    status = json.loads(kiosk("status", "--json").stdout)
    assert status["content"]["pack"]["version"] == "2026.11.2"
    assert status["content"]["pack"]["signer"] == "Ministry of Foreign Affairs"
    assert status["content"]["previous"]["version"] == "2026.11.1"
    assert status["content"]["errors"] == 0 and status["content"]["usable"]
    assert "older than" in status["last_refused"]["reason"]
    assert status["kiosk"]["running"] is False
    text = kiosk("status")
    assert text.returncode == 0 and "pack 2026.11.2, signed by Ministry" in text.stdout

    back = kiosk("rollback")
    assert back.returncode == 0 and "2026.11.1" in back.stdout
    assert json.loads(kiosk("status", "--json").stdout)["content"]["pack"]["version"] == "2026.11.1"
    # validate reads what the kiosk shows: the installed pack
    assert "content/current" in kiosk("validate").stderr


def test_a_bad_pack_or_key_is_one_sentence(content_copy, tmp_path) -> None:
    keys = make_keys(tmp_path / "keys")
    path = pack(content_copy, keys, tmp_path / "a.kpack")
    data = bytearray(path.read_bytes())
    data[-10] ^= 1
    path.write_bytes(bytes(data))
    sentence = _one_sentence(kiosk("install", str(path), "--trust", str(keys.public_path)))
    assert sentence.startswith(f"kiosk install: {path}: the pack is damaged")
    assert "not an Ed25519 public key" in _one_sentence(
        kiosk("install", str(path), "--trust", str(keys.secret_path))
    )
    assert "secret key" in _one_sentence(
        kiosk(
            "pack",
            "--content",
            str(content_copy),
            "--key",
            str(keys.public_path),
            "-o",
            str(tmp_path / "b.kpack"),
        )
    )
    assert (
        "not a version"
        in kiosk(
            "pack",
            "--content",
            str(content_copy),
            "--key",
            str(keys.secret_path),
            "-o",
            "x.kpack",
            "--version",
            "1.0-beta",
        ).stderr
    )
    assert "no previous content" in _one_sentence(kiosk("rollback"))


def test_a_data_folder_that_cannot_be_written(content_copy, tmp_path) -> None:
    keys = make_keys(tmp_path / "keys")
    path = pack(content_copy, keys, tmp_path / "a.kpack")
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    result = kiosk(
        "install", str(path), "--trust", str(keys.public_path), env={"XDG_DATA_HOME": str(blocked)}
    )
    sentence = _one_sentence(result)
    assert sentence.startswith("kiosk install: cannot install the pack: ")
    assert "Not a directory" in sentence


def test_status_of_a_running_kiosk(tmp_path) -> None:
    with RunningKiosk() as running:
        assert running.wait_for("kiosk started"), running.output[-2000:]
        status = json.loads(kiosk("status", "--json").stdout)
    assert status["kiosk"]["running"] is True
    assert status["kiosk"]["pid"] == running.proc.pid
    assert isinstance(status["kiosk"]["uptime_s"], int)
    assert status["content"]["pack"] is None and status["content"]["usable"]


def test_the_kiosk_started_after_an_install_shows_the_pack(make_ui, content_copy, tmp_path):
    keys = make_keys(tmp_path / "keys")
    edit_title(content_copy, "Objectives, from the pack")
    store = pack_store()  # the test's own data folder (tests/conftest.py)
    install_pack(
        pack(content_copy, keys, tmp_path / "a.kpack"),
        data_dir=store.data_dir,
        trusted=[keys.public_path],
    )
    ui = make_ui(lang="en")
    assert find(ui.window, "tileTitle_objectives").property("text") == "Objectives, from the pack"
    assert ui.ops.reloader.folder == store.current()


def test_a_pack_installed_under_a_running_kiosk_shows_at_the_next_reset(
    make_ui, content_copy, tmp_path, qtbot
):
    keys = make_keys(tmp_path / "keys")
    store = pack_store()
    install_pack(
        pack(content_copy, keys, tmp_path / "1.kpack", "1"),
        data_dir=store.data_dir,
        trusted=[keys.public_path],
    )
    ui = make_ui(lang="en")
    tap(ui.window, find(ui.window, "tile_objectives"), qtbot)
    wait_screen(qtbot, ui.window, "sectionScreen")

    edit_title(content_copy, "Objectives, second pack")
    install_pack(
        pack(content_copy, keys, tmp_path / "2.kpack", "2"),
        data_dir=store.data_dir,
        trusted=[keys.public_path],
    )
    reloader = ui.ops.reloader
    qtbot.waitUntil(lambda: reloader.status == "pending", timeout=10000)
    assert find(ui.window, "readerTitle").property("text") == "Main objectives"
    ui.ops.reset()
    wait_screen(qtbot, ui.window, "attractScreen")
    tap(ui.window, find(ui.window, "attractScreen"), qtbot)
    wait_screen(qtbot, ui.window, "homeScreen")
    assert find(ui.window, "tileTitle_objectives").property("text") == "Objectives, second pack"


@pytest.mark.parametrize("fill", ["space", "inodes"])
def test_a_full_disk_is_one_sentence_and_keeps_the_content(content_copy, tmp_path, fill):
    """The data folder on a full tmpfs (only the child process sees it),
    with a pack installed before it filled up."""
    import subprocess
    import sys

    from helpers.cli import UNMEASURED, full_tmpfs

    keys = make_keys(tmp_path / "keys")
    disk, seed = tmp_path / "disk", tmp_path / "seed"
    disk.mkdir()
    first = pack(content_copy, keys, tmp_path / "1.kpack", "1")
    install_pack(first, data_dir=seed / "tm-foreign-policy-kiosk", trusted=[keys.public_path])
    second = pack(content_copy, keys, tmp_path / "2.kpack", "2")
    wrapper, env = full_tmpfs(disk, seed, fill)
    kiosk_cmd = f"{sys.executable} -m kiosk"
    script = (
        f"{kiosk_cmd} install {second} --trust {keys.public_path}; echo rc=$?; "
        f"{kiosk_cmd} status --json"
    )
    done = subprocess.run(
        [*wrapper, "sh", "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, **env, **UNMEASURED, XDG_DATA_HOME=str(disk)),
        check=False,
    )
    assert "Traceback" not in done.stderr
    (sentence,) = [line for line in done.stderr.splitlines() if line.startswith("kiosk install")]
    assert "not enough space" in sentence or "No space left on device" in sentence, sentence
    assert "rc=1" in done.stdout
    status = json.loads(done.stdout.split("rc=1", 1)[1])
    assert status["content"]["pack"]["version"] == "1" and status["content"]["usable"]


def test_status_knows_the_last_reset(make_ui, qtbot) -> None:
    from kiosk.ops.run_state import read_run_state

    ui = make_ui(lang="en")
    assert read_run_state().last_reset is None
    ui.ops.reset()
    state = read_run_state()
    assert state.last_reset is not None and state.pid == os.getpid()


def test_the_health_report_and_kiosk_status_say_the_same(content_copy, tmp_path) -> None:
    """status.json, sent home every minute, names the content shown and its
    signer, the last refused pack and the last reset, as `kiosk status` does;
    and `kiosk status --json` carries what the running kiosk last reported
    (its liveness), so both say one status."""
    from kiosk.ops.health_report import STATUS_FILE, ReportWriter
    from kiosk.ops.health_run import _content_part, reports_folder
    from kiosk.ops.settings import load_settings

    keys = make_keys(tmp_path / "keys")
    store = pack_store()
    install_pack(
        pack(content_copy, keys, tmp_path / "a.kpack", version="3.1"),
        data_dir=store.data_dir,
        trusted=[keys.public_path],
    )
    folder = reports_folder(load_settings())
    writer = ReportWriter(
        folder=folder, read_usage=None, log_file=None, today=set, extra=_content_part
    )
    writer.submit({"uptime_s": 42, "last_frame_at": "2026-11-29T22:00:00+00:00"})
    writer.stop(wait_s=10)
    sent = json.loads((folder / STATUS_FILE).read_text("utf-8"))
    assert sent["uptime_s"] == 42
    assert sent["content"]["pack"]["version"] == "3.1"
    assert sent["content"]["pack"]["signer"] == "Ministry of Foreign Affairs"
    assert "last_reset" in sent and "last_refused" in sent

    status = json.loads(kiosk("status", "--json").stdout)
    assert status["content"]["pack"]["version"] == "3.1"
    assert status["health"]["last_frame_at"] == "2026-11-29T22:00:00+00:00"
    assert status["health"]["content"]["pack"]["signer"] == status["content"]["pack"]["signer"]
    text = kiosk("status").stdout
    assert "last frame:   2026-11-29T22:00:00+00:00" in text, text
