"""Settings on disk and the staff PIN hash."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kiosk.ops.pin import hash_pin, is_valid_pin, verify_pin
from kiosk.ops.settings import Settings, load_settings, save_settings, settings_path


def test_first_run_creates_the_file_with_defaults(tmp_path: Path):
    path = settings_path()
    assert str(path).startswith(str(tmp_path))  # tests never touch the real config
    assert not path.exists()
    assert load_settings() == Settings()
    assert path.exists()
    assert load_settings() == Settings()


def test_changes_are_saved_and_read_back():
    save_settings(Settings(default_language="ru", idle_timeout=120, pin_hash=hash_pin("2468")))
    settings = load_settings()
    assert (settings.default_language, settings.idle_timeout) == ("ru", 120)
    assert verify_pin("2468", settings.pin_hash)


@pytest.mark.parametrize(
    ("text", "expected_log"),
    [
        ("idle_timeout: [oops\n", ":2: YAML syntax"),  # where YAML gave up
        ("- just\n- a list\n", "settings must be a mapping"),
        ("idle_timeout: 5\n", "idle_timeout: 5 is not 30–600 seconds"),
        ("default_language: de\n", "default_language: unknown language 'de'"),
        ("pin_hash: 1234\n", "pin_hash: not a scrypt hash"),
        ("colour: red\n", "unknown setting 'colour'"),
    ],
)
def test_a_bad_settings_file_gives_a_logged_error_and_defaults(text, expected_log, caplog):
    path = settings_path()
    path.write_text(text, "utf-8")
    with caplog.at_level(logging.ERROR):
        settings = load_settings()
    assert settings == Settings()
    assert expected_log in caplog.text
    assert str(path) in caplog.text


def test_an_unreadable_file_is_kept_aside_when_staff_save(caplog):
    path = settings_path()
    path.write_bytes(b"\xff\xfe\x00 binary")
    with caplog.at_level(logging.ERROR):
        assert load_settings() == Settings()
    assert "cannot read the settings" in caplog.text
    save_settings(Settings(idle_timeout=60))
    assert load_settings().idle_timeout == 60
    kept = list(path.parent.glob("settings.yaml.broken-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"\xff\xfe")


def test_pin_is_stored_only_as_a_salted_scrypt_hash():
    first, second = hash_pin("1234"), hash_pin("1234")
    assert first != second  # salted
    assert first.startswith("scrypt$") and "1234" not in first
    assert verify_pin("1234", first) and verify_pin("1234", second)
    assert not verify_pin("1235", first)
    assert not verify_pin("1234", "scrypt$broken")
    assert not verify_pin("1234", "md5$x$y$z$a$b")


@pytest.mark.parametrize(
    ("pin", "ok"),
    [
        ("1234", True),
        ("12345678", True),
        ("123", False),
        ("123456789", False),
        ("12a4", False),
        ("", False),
    ],
)
def test_pin_format(pin: str, ok: bool):
    assert is_valid_pin(pin) is ok
