"""The settings file: each problem named by FILE:LINE and field, numbers by
the project's rules, files that are not settings at all, and how the file
is written (0600 in a 0700 folder, atomically, one temporary file per
process)."""

from __future__ import annotations

import base64
import logging
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.ops.settings import (
    IDLE_DEFAULT,
    Settings,
    SettingsNotSaved,
    load_settings,
    save_settings,
    settings_path,
)


def load_text(text: str, caplog) -> tuple[Settings, Path]:
    path = settings_path()
    path.write_text(text, "utf-8")
    with caplog.at_level(logging.ERROR):
        return load_settings(), path


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        # Numbers: plain decimal digits, in range; none of YAML 1.1's other forms.
        ("idle_timeout: 0120\n", 1, "idle_timeout: 0120 is not a plain number of seconds"),
        ("idle_timeout: 1:30\n", 1, "idle_timeout: 1:30 is not a plain number of seconds"),
        ("idle_timeout: 0x78\n", 1, "idle_timeout: 0x78 is not a plain number of seconds"),
        ("idle_timeout: 1_20\n", 1, "idle_timeout: 1_20 is not a plain number of seconds"),
        ("idle_timeout: +120\n", 1, "idle_timeout: +120 is not a plain number of seconds"),
        ("idle_timeout: " + "9" * 4000 + "\n", 1, f"idle_timeout: {'9' * 20} is not a plain"),
        (
            "idle_timeout: !!int ten\n",
            1,
            "idle_timeout: YAML tags such as '!!int' are not used in the kiosk's files",
        ),
        ("idle_timeout: '120'\n", 1, "idle_timeout: '120' is quoted text; write a plain number"),
        ("idle_timeout: 120.0\n", 1, "idle_timeout: 120.0 is not a plain number of seconds"),
        ("idle_timeout: [120]\n", 1, "idle_timeout: must be a number of seconds, not a list"),
        ("idle_timeout: 20\n", 1, "idle_timeout: 20 is not 30–600 seconds; using 90"),
        ("idle_timeout: 601\n", 1, "idle_timeout: 601 is not 30–600 seconds"),
        ("# note\n\nidle_timeout: true\n", 3, "idle_timeout: true is not a plain number"),
        ("idle_timeout: ~\n", 1, "idle_timeout: ~ is not a plain number"),
        # The age of key figures staff allow, in days: the same rules.
        ("figures_max_age_days: 29\n", 1, "figures_max_age_days: 29 is not 30–3650 days; using"),
        ("figures_max_age_days: 3651\n", 1, "figures_max_age_days: 3651 is not 30–3650 days"),
        ("figures_max_age_days: 1y\n", 1, "figures_max_age_days: 1y is not a plain number of days"),
        ("figures_max_age_days: '90'\n", 1, "figures_max_age_days: '90' is quoted text; write a"),
        ("figures_max_age_days: 0365\n", 1, "figures_max_age_days: 0365 is not a plain number"),
        ("figures_max_age_days: {}\n", 1, "figures_max_age_days: must be a number of days, not"),
        # Languages and the PIN hash.
        ("default_language: de\n", 1, "default_language: unknown language 'de' (use tk, ru, en)"),
        ("default_language:\n  - en\n", 2, "default_language: unknown language 'a list or"),
        ("pin_hash: [scrypt]\n", 1, "pin_hash: not a scrypt hash (set the PIN with `kiosk"),
        # Where the health reports go, and the mission named in them.
        ("reports_folder: reports\n", 1, "reports_folder: 'reports' is not a full path"),
        ("reports_folder: [/srv]\n", 1, "reports_folder: must be a folder's full path"),
        ("mission: [a]\n", 1, "mission: must be a name, not a list or mapping"),
        ("mission: '" + "x" * 81 + "'\n", 1, "mission: must be a name of 1–80 printable"),
        ('mission: "a\\tb"\n', 1, "mission: must be a name of 1–80 printable characters"),
        # The file as a whole.
        ("idle_timeout: 60\ncolour: red\n", 2, "unknown setting 'colour'; ignored"),
        ("? [a, b]\n: 1\n", 1, "unknown setting '(not a name)'"),
        ("idle_timeout: 60\nidle_timeout: 120\n", 2, "duplicate key 'idle_timeout'"),
        ("- a list\n", 1, "settings must be a mapping"),
        ("idle_timeout: [60\n", 2, "YAML syntax"),
        ("default_language: en\n\tidle_timeout: 60\n", 2, "YAML syntax: a tab in column 1"),
    ],
)
def test_each_problem_names_the_file_line_and_field(text, line, message, caplog):
    settings, path = load_text(text, caplog)
    assert f"{path}:{line}: {message}" in caplog.text, caplog.text
    assert settings.idle_timeout in (IDLE_DEFAULT, 60)  # the first of two duplicates counts


def test_the_age_of_key_figures_staff_allow(caplog):
    settings, _ = load_text("figures_max_age_days: 730\n", caplog)
    assert settings == Settings(figures_max_age_days=730)
    assert Settings().figures_max_age_days == 365
    settings, _ = load_text("figures_max_age_days: 10\nidle_timeout: 60\n", caplog)
    assert settings == Settings(idle_timeout=60)


def test_the_reports_folder_and_the_mission(caplog):
    settings, _ = load_text("reports_folder: /srv/reports\nmission: Embassy in Vienna\n", caplog)
    assert settings == Settings(reports_folder="/srv/reports", mission="Embassy in Vienna")
    assert caplog.text == ""


def test_what_is_right_is_kept_beside_what_is_wrong(caplog):
    settings, _ = load_text("default_language: ru\nidle_timeout: 5\n", caplog)
    assert settings == Settings(default_language="ru", idle_timeout=IDLE_DEFAULT)


def test_a_refused_value_costs_its_setting_only(caplog):
    """A tag or an escaped control character is refused where it stands:
    the PIN hash beside it stays, and so does staff access."""
    from kiosk.ops.pin import hash_pin

    stored = hash_pin("7295", salt=b"0123456789abcdef")
    text = f'idle_timeout: !!int 120\ndefault_language: "r\\u202eu"\npin_hash: {stored}\n'
    settings, path = load_text(text, caplog)
    assert settings == Settings(pin_hash=stored)
    assert f"{path}:1: idle_timeout: YAML tags such as '!!int'" in caplog.text
    assert f"{path}:2: default_language: bidirectional control U+202E" in caplog.text
    assert "cannot read the settings" not in caplog.text


def test_a_pin_typed_into_the_file_is_never_logged(caplog):
    _, _ = load_text("pin_hash: 'my pin is 7391'\n", caplog)
    assert "pin_hash: not a scrypt hash" in caplog.text
    assert "7391" not in caplog.text


def _with_parameters(stored: str, n: str, r: str, p: str) -> str:
    scheme, _, _, _, salt, digest = stored.split("$")
    return "$".join((scheme, n, r, p, salt, digest))


@pytest.mark.parametrize(
    ("n", "r", "p"),
    [
        ("16384", "8", "2000"),  # p multiplies the time, not the memory: over a minute
        ("16384", "64", "1"),
        ("1073741824", "8", "1"),
        ("16383", "8", "1"),  # N is a power of two
        ("016384", "8", "1"),
        ("16384", "8", "-1"),
        ("9" * 400, "8", "1"),
    ],
)
def test_a_hash_too_costly_or_malformed_to_check_is_refused_when_read(n, r, p, caplog):
    """Checked when the file is read, not when staff tap OK on the PIN pad:
    the PIN is checked on the UI thread, and `scrypt$16384$8$2000$…` would
    freeze the screen for a minute. No such hash matches any PIN either."""
    from kiosk.ops.pin import hash_pin, verify_pin

    stored = _with_parameters(hash_pin("7295"), n, r, p)
    settings, path = load_text(f"pin_hash: {stored}\n", caplog)
    assert settings.pin_hash is None
    assert f"{path}:1: pin_hash: not a scrypt hash the kiosk checks" in caplog.text
    assert stored not in caplog.text
    started = time.monotonic()
    assert not verify_pin("7295", stored)
    assert time.monotonic() - started < 5  # not a minute


@pytest.mark.parametrize(
    "change",
    [
        lambda salt, digest: (salt, digest + "!"),  # not base64
        lambda salt, digest: ("", digest),  # no salt
        lambda salt, digest: (salt, base64.b64encode(b"x" * 4096).decode()),  # a huge digest
    ],
)
def test_a_hash_with_a_broken_salt_or_digest_is_refused(change, caplog):
    from kiosk.ops.pin import hash_pin

    scheme, n, r, p, salt, digest = hash_pin("7295").split("$")
    stored = "$".join((scheme, n, r, p, *change(salt, digest)))
    settings, path = load_text(f"pin_hash: {stored}\n", caplog)
    assert settings.pin_hash is None
    assert f"{path}:1: pin_hash: not a scrypt hash" in caplog.text


def test_a_hash_made_with_a_little_more_cost_is_kept(caplog):
    """A stronger hash made elsewhere (twice the time) still opens the panel."""
    import hashlib

    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(b"7295", salt=salt, n=2**14, r=8, p=2, dklen=32)
    b64 = base64.b64encode
    stored = f"scrypt${2**14}$8$2${b64(salt).decode()}${b64(digest).decode()}"
    settings, _ = load_text(f"pin_hash: {stored}\n", caplog)
    assert settings.pin_hash == stored

    from kiosk.ops.pin import verify_pin

    assert verify_pin("7295", stored) and not verify_pin("7296", stored)


def _alias_bomb() -> str:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def _fill(path: Path, kind: str) -> None:
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "huge":
        with path.open("wb") as handle:
            handle.truncate(2 * 1024**3)  # sparse
    elif kind == "loop":
        path.symlink_to(path.name)
    elif kind == "alias-bomb":
        path.write_text(_alias_bomb(), "utf-8")
    elif kind == "nested":
        path.write_text("a: " + "[" * 500 + "]" * 500 + "\n", "utf-8")
    elif kind == "not-utf8":
        path.write_bytes(b"default_language: \xe9n\n")
    elif kind == "empty":
        path.write_bytes(b"")


READER = """
import logging, sys
logging.basicConfig(level=logging.ERROR, stream=sys.stderr, format="%(message)s")
from kiosk.ops.settings import load_settings
print(repr(load_settings()))
"""


@pytest.mark.parametrize(
    "kind", ["fifo", "folder", "huge", "loop", "alias-bomb", "nested", "not-utf8", "empty"]
)
def test_a_file_that_is_no_settings_file_gives_the_defaults_at_once(kind):
    """In a child process: a FIFO read would block for ever, a bomb would
    fill the memory, and neither must take the test run with it."""
    path = settings_path()
    _fill(path, kind)
    done = subprocess.run(
        [sys.executable, "-c", READER], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == repr(Settings())
    assert str(path) in done.stderr
    assert "using the defaults" in done.stderr
    assert "Traceback" not in done.stderr


def test_saved_owner_only_in_an_owner_only_folder():
    path = settings_path()
    save_settings(Settings(idle_timeout=120))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert load_settings().idle_timeout == 120


def test_a_file_and_folder_open_to_others_are_closed(caplog):
    path = settings_path()
    save_settings(Settings())
    path.chmod(0o644)
    path.parent.chmod(0o755)
    with caplog.at_level(logging.WARNING):
        load_settings()  # the file holds the PIN hash: closed at once, not at the next save
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        save_settings(Settings(idle_timeout=60))
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert f"{path}: settings file was open to others (644); now 600" in caplog.text
    assert f"{path.parent}: settings folder was open to others (755); now 700" in caplog.text


def test_a_failed_save_leaves_the_old_file_and_no_temporary_file(monkeypatch):
    path = settings_path()
    save_settings(Settings(idle_timeout=60))
    before = path.read_bytes()

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(SettingsNotSaved) as caught:
        save_settings(Settings(idle_timeout=120))
    monkeypatch.undo()
    assert str(path) in str(caught.value) and "No space left on device" in str(caught.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.yaml"]


def test_a_folder_that_cannot_be_made_is_no_crash(tmp_path, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the config folder should be")
    path = blocker / "kiosk" / "settings.yaml"
    with caplog.at_level(logging.ERROR):
        assert load_settings(path) == Settings()
    assert f"{path}: cannot save the settings" in caplog.text
    with pytest.raises(SettingsNotSaved):
        save_settings(Settings(idle_timeout=60), path)


SAVER = """
import sys
from kiosk.ops.settings import Settings, save_settings
for i in range(200):
    save_settings(Settings(idle_timeout=30 + (i % 10) * 30))
"""


def test_two_processes_saving_at_once_do_not_trip_over_each_other():
    """Each writes a temporary file of its own (once, both used
    settings.yaml.tmp and one crashed)."""
    save_settings(Settings())
    procs = [
        subprocess.Popen([sys.executable, "-c", SAVER], stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    errors = [proc.communicate(timeout=120)[1] for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0], errors
    assert load_settings().idle_timeout in range(30, 301, 30)
    assert sorted(p.name for p in settings_path().parent.iterdir()) == ["settings.yaml"]
