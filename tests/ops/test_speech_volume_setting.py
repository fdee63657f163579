"""speech_volume: the staff's volume for speech mode (0-100), each problem
named by FILE:LINE and field; the rest of the file still counts; the value
is where every visit's speech starts."""

from __future__ import annotations

import logging

import pytest

from kiosk.ops.settings import Settings, load_settings, save_settings, settings_path
from kiosk.speech.voices import VOLUME_DEFAULT


@pytest.mark.parametrize(("text", "volume"), [("0", 0), ("35", 35), ("100", 100)])
def test_good_values(text: str, volume: int) -> None:
    settings_path().write_text(f"speech_volume: {text}\n", "utf-8")
    assert load_settings().speech_volume == volume


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("101", "101 is not 0–100 per cent"),
        ("-5", "-5 is not a plain number of per cent"),
        ("50.5", "50.5 is not a plain number of per cent"),
        ("007", "007 is not a plain number of per cent"),
        ("'50'", "'50' is quoted text; write a plain number of per cent"),
        ("[50]", "must be a number of per cent, not a list or mapping"),
        ("loud", "loud is not a plain number of per cent"),
        ("null", "null is not a plain number of per cent"),
    ],
)
def test_wrong_values_are_named(text: str, message: str, caplog) -> None:
    path = settings_path()
    path.write_text(f"idle_timeout: 120\nspeech_volume: {text}\n", "utf-8")
    with caplog.at_level(logging.ERROR):
        settings = load_settings()
    assert f"{path}:2: speech_volume: {message}" in caplog.text
    assert caplog.text.rstrip().endswith(f"; using {VOLUME_DEFAULT}")
    assert settings.speech_volume == VOLUME_DEFAULT
    assert settings.idle_timeout == 120  # the rest of the file still counts


def test_saved_read_back_and_used(make_ui) -> None:
    save_settings(Settings(speech_volume=30))
    settings = load_settings()
    assert settings.speech_volume == 30
    ui = make_ui(lang="en", settings=settings, speech_program=None)
    mode = ui.model.speech
    assert mode.volume == 30 and mode.default_volume == 30
