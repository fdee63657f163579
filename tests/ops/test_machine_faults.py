"""The real kiosk on a faulty machine: read-only, full or missing folders,
broken settings files, a damaged or locked counts file, a content folder
that is not there yet. Each time the kiosk starts, keeps running, logs a
line naming the path, ends cleanly on SIGTERM and prints no traceback.

Permission faults run as uid 65534 (tests/helpers/cli.py: ``as_nobody``):
root may write anywhere. The full disks are small tmpfs mounts that only
the kiosk's process sees (``full_tmpfs``).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.cli import RunningKiosk, full_tmpfs, kiosk, owned_by_nobody, shared_folder

from kiosk import paths
from kiosk.ops.places import APP_NAME
from kiosk.ops.usage_db import SCHEMA

pytestmark = pytest.mark.subprocess

XDG = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


def runs_and_logs(kiosk: RunningKiosk, *texts: str) -> str:
    """Started, still running, each text logged; stopped by SIGTERM with
    status 0 and no traceback. Returns the log."""
    try:
        assert kiosk.wait_for("kiosk started"), kiosk.output
        for text in texts:
            assert kiosk.wait_for(text, timeout=30), f"{text!r} not logged:\n{kiosk.output}"
        assert kiosk.running(), kiosk.output
    finally:
        output = kiosk.stop()
    assert "Traceback" not in output, output
    assert kiosk.proc.returncode == 0, output
    return output


@pytest.fixture
def home() -> Iterator[Path]:
    """A home folder uid 65534 owns, in a folder it can reach; the XDG
    variables point into it (the test's own folders are root's, 0700)."""
    with shared_folder() as shared:
        folder = shared / "home"
        folder.mkdir()
        owned_by_nobody(folder)
        yield folder


def xdg_env(home: Path, **changes: str | None) -> dict[str, str | None]:
    env: dict[str, str | None] = {"HOME": str(home)}
    env.update({name: str(home / name.lower()) for name in XDG})
    env.update(changes)
    return env


def read_only_folder(path: Path, owner_nobody: bool = True) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    if owner_nobody:
        owned_by_nobody(path)
    path.chmod(0o555)
    return path


# -- folders that cannot be written ---------------------------------------------


def test_read_only_config_folder(home: Path):
    config = read_only_folder(home / "config" / APP_NAME)
    env = xdg_env(home, XDG_CONFIG_HOME=str(home / "config"))
    with RunningKiosk(env=env, as_nobody=True) as kiosk:
        runs_and_logs(kiosk, f"{config / 'settings.yaml'}: cannot save the settings")


def test_config_folder_that_cannot_be_made(home: Path):
    parent = read_only_folder(home / "config", owner_nobody=False)
    env = xdg_env(home, XDG_CONFIG_HOME=str(parent))
    with RunningKiosk(env=env, as_nobody=True) as kiosk:
        runs_and_logs(kiosk, f"{parent / APP_NAME}: cannot create this folder")


def test_read_only_data_folder(home: Path):
    data = read_only_folder(home / "data" / APP_NAME)
    env = xdg_env(home, XDG_DATA_HOME=str(home / "data"))
    with RunningKiosk(env=env, as_nobody=True) as kiosk:
        runs_and_logs(kiosk, f"{data / 'usage.sqlite3'}: usage counts cannot be saved now")


def test_read_only_data_folder_with_counts_in_it(home: Path):
    data = home / "data" / APP_NAME
    data.mkdir(parents=True)
    db = sqlite3.connect(data / "usage.sqlite3")
    db.execute(SCHEMA)
    db.close()
    owned_by_nobody(data / "usage.sqlite3")
    read_only_folder(data)
    env = xdg_env(home, XDG_DATA_HOME=str(home / "data"))
    with RunningKiosk(env=env, as_nobody=True) as kiosk:
        runs_and_logs(kiosk, f"{data / 'usage.sqlite3'}: usage counts cannot be saved now")


def test_read_only_home(home: Path):
    home.chmod(0o555)
    env = xdg_env(home, **dict.fromkeys(XDG))
    with RunningKiosk(env=env, as_nobody=True) as kiosk:
        runs_and_logs(kiosk, f"{home / '.config' / APP_NAME}: cannot create this folder")


@pytest.mark.parametrize("how", ["missing", "unset"])
def test_no_home(home: Path, how: str):
    missing = home.parent / "no-such-home"
    env = xdg_env(home, HOME=str(missing) if how == "missing" else None, **dict.fromkeys(XDG))
    expected = f"{missing}/.config/{APP_NAME}" if how == "missing" else f"/.config/{APP_NAME}"
    with RunningKiosk(env=env, as_nobody=True) as kiosk:
        runs_and_logs(kiosk, f"{expected}: cannot create this folder")


# -- a full disk ----------------------------------------------------------------


@pytest.mark.parametrize("fill", ["space", "inodes"])
def test_full_disk(tmp_path: Path, fill: str):
    """Config and data on a full file system, with a settings file and
    counts from an earlier run; staff then change a setting."""
    disk, seed = tmp_path / "disk", tmp_path / "seed"
    disk.mkdir()
    (seed / "config" / APP_NAME).mkdir(parents=True)
    (seed / "data" / APP_NAME).mkdir(parents=True)
    (seed / "config" / APP_NAME / "settings.yaml").write_text("idle_timeout: 60\n", "utf-8")
    db = sqlite3.connect(seed / "data" / APP_NAME / "usage.sqlite3")
    db.execute(SCHEMA)
    db.close()
    wrapper, env = full_tmpfs(disk, seed, fill)
    env.update(XDG_CONFIG_HOME=str(disk / "config"), XDG_DATA_HOME=str(disk / "data"))
    usage = disk / "data" / APP_NAME / "usage.sqlite3"
    with RunningKiosk(env=env, wrapper=wrapper) as kiosk:
        output = runs_and_logs(kiosk, f"{usage}: usage counts cannot be saved now")
    # The log file meets the full disk too: said once, on stderr, with its
    # path; never logging's traceback per record.
    assert "Logging error" not in output, output
    if fill == "space":
        log_file = disk / "data" / APP_NAME / "kiosk.log"
        assert output.count(f"{log_file}: cannot write the log file") <= 1, output


# -- broken settings files ------------------------------------------------------


def _alias_bomb() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def _make_fifo(path: Path) -> None:
    os.mkfifo(path)


def _make_folder(path: Path) -> None:
    path.mkdir()


def _make_huge(path: Path) -> None:
    with path.open("wb") as handle:  # 2 GiB, sparse: no disk needed
        handle.truncate(2 * 1024**3)


SETTINGS_FAULTS = {
    "fifo": _make_fifo,
    "folder": _make_folder,
    "huge": _make_huge,
    "alias-bomb": lambda p: p.write_text(_alias_bomb(), "utf-8"),
    "nested-500": lambda p: p.write_text("a: " + "[" * 500 + "]" * 500 + "\n", "utf-8"),
    "nested-500-block": lambda p: p.write_text(
        "".join("  " * i + "k:\n" for i in range(500)), "utf-8"
    ),
    "not-utf8": lambda p: p.write_bytes(b"idle_timeout: 60\ndefault_language: \xff\xfe\n"),
    "symlink-loop": lambda p: p.symlink_to(p.name),
}


@pytest.mark.parametrize("fault", SETTINGS_FAULTS)
def test_broken_settings_file(tmp_path: Path, fault: str):
    config = tmp_path / "xdg_config_home" / APP_NAME
    config.mkdir(parents=True, mode=0o700)
    settings = config / "settings.yaml"
    SETTINGS_FAULTS[fault](settings)
    with RunningKiosk() as kiosk:
        runs_and_logs(kiosk, f"{settings}")
    assert "using the defaults" in kiosk.output


# -- the counts file ------------------------------------------------------------


def _counts_file(tmp_path: Path) -> Path:
    data = tmp_path / "xdg_data_home" / APP_NAME
    data.mkdir(parents=True)
    path = data / "usage.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    db.execute(SCHEMA)
    # Enough rows for several pages.
    db.executemany(
        "INSERT INTO counts VALUES ('2025-01-01', 'section', ?, 1)",
        [(f"topic-{i:04d}-{'x' * 40}",) for i in range(400)],
    )
    db.close()
    return path


@pytest.mark.parametrize("where", ["header", "pages"])
def test_damaged_counts_file_is_moved_aside(tmp_path: Path, where: str):
    path = _counts_file(tmp_path)
    with path.open("r+b") as handle:
        if where == "header":
            handle.write(b"not a database, not at all" * 4)
        else:  # the first page (the schema) stays; every other page is garbage
            handle.seek(4096)
            handle.write(os.urandom(path.stat().st_size - 4096))
    with RunningKiosk() as kiosk:
        runs_and_logs(kiosk, f"{path} is damaged", "moved aside to")
    aside = list(path.parent.glob("usage.sqlite3.corrupt-*"))
    assert len(aside) == 1, aside
    assert str(aside[0]) in kiosk.output
    with sqlite3.connect(path) as db:  # a new, working file, with this run's counts
        assert db.execute("PRAGMA quick_check").fetchone() == ("ok",)
        assert db.execute("SELECT SUM(n) FROM counts WHERE kind = 'screen'").fetchone()[0] >= 1


def test_locked_counts_file(tmp_path: Path):
    """Another program holds the file for longer than 5 s from before the
    start: the kiosk starts, counts, and the counts arrive once it lets go."""
    path = _counts_file(tmp_path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # rollback journal: not even reading
    try:
        with RunningKiosk() as kiosk:
            started = time.monotonic()
            assert kiosk.wait_for("kiosk started"), kiosk.output
            assert kiosk.wait_for(f"{path}: usage counts cannot be saved now"), kiosk.output
            assert kiosk.wait_for("database is locked"), kiosk.output
            while time.monotonic() - started < 6:  # longer than SQLite's own 5 s wait
                assert kiosk.running(), kiosk.output
                time.sleep(0.2)
            assert "usage counts are saved again" not in kiosk.output
            holder.execute("COMMIT")
            assert kiosk.wait_for("usage counts are saved again"), kiosk.output
            screens = holder.execute("SELECT SUM(n) FROM counts WHERE kind = 'screen'")
            assert screens.fetchone()[0] >= 1
            runs_and_logs(kiosk)
    finally:
        if holder.in_transaction:
            holder.execute("ROLLBACK")
        holder.close()


# -- the content folder ---------------------------------------------------------


def test_content_folder_appears_later(tmp_path: Path):
    """`kiosk --content` on a USB stick that is not mounted yet: the calm
    screen, then the content by itself once the folder is there."""
    content = tmp_path / "media" / "usb" / "content"
    with RunningKiosk("--content", str(content)) as kiosk:
        assert kiosk.wait_for("kiosk started"), kiosk.output
        assert f"{content}:1: error: content folder: not found" in kiosk.output
        assert "showing 'temporarily unavailable'" in kiosk.output
        staging = tmp_path / "staging"
        shutil.copytree(paths.default_content_dir(), staging)
        content.parent.mkdir(parents=True)
        staging.rename(content)
        runs_and_logs(kiosk, f"content from {content} is on screen")


def test_content_mounted_over_an_empty_folder(tmp_path: Path):
    """A mount over an existing folder sends no inotify event: the kiosk
    notices it all the same."""
    if shutil.which("nsenter") is None:
        pytest.fail("nsenter is missing (Debian: util-linux)")
    content = tmp_path / "content"
    content.mkdir()
    stick = tmp_path / "stick"
    shutil.copytree(paths.default_content_dir(), stick)
    from helpers.cli import _unshare

    unshare = _unshare()
    with RunningKiosk("--content", str(content), wrapper=unshare) as kiosk:
        assert kiosk.wait_for("kiosk started"), kiosk.output
        assert kiosk.wait_for("showing 'temporarily unavailable'"), kiosk.output
        enter = ["nsenter", "--target", str(kiosk.proc.pid), "--mount"]
        if "--user" in unshare:
            enter += ["--user", "--preserve-credentials"]
        subprocess.run([*enter, "mount", "--bind", str(stick), str(content)], check=True)
        runs_and_logs(kiosk, f"content from {content} is on screen")


def test_set_pin_on_a_read_only_config_folder_says_so(home: Path):
    """Staff setting a PIN on a read-only config folder get one sentence
    with the path, not a traceback, and nothing pretends to be saved."""
    config = read_only_folder(home / "config" / APP_NAME)
    env = xdg_env(home, XDG_CONFIG_HOME=str(home / "config"))
    result = kiosk("set-pin", stdin="7295\n7295\n", env=env, as_nobody=True)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert f"{config / 'settings.yaml'}: cannot save the settings" in result.stderr
    assert "the PIN was not set" in result.stderr
    assert "staff PIN set" not in result.stdout
