"""`kiosk say`: the real program renders what speech mode reads on a screen
into one WAV, for every screen and language; and refuses, with one
sentence and status 1, when espeak-ng, its voice or the file is missing."""

from __future__ import annotations

import re
import shutil
import subprocess
import wave
from pathlib import Path

import pytest
from helpers.cli import kiosk

from kiosk.app import build_view
from kiosk.say import _first_frame, read_screen
from kiosk.speech.voices import VOLUME_DEFAULT, say_arguments

pytestmark = pytest.mark.subprocess

SCREENS = ("attract", "home", "section/neutrality", "contacts", "map", "map/europe", "closed")
ESPEAK = shutil.which("espeak-ng") or "espeak-ng"


def seconds(path: Path) -> float:
    with wave.open(str(path)) as wav:
        assert wav.getnchannels() == 1 and wav.getsampwidth() == 2
        return wav.getnframes() / wav.getframerate()


@pytest.mark.parametrize("lang", ["tk", "ru", "en"])
def test_every_screen_is_said(lang, tmp_path):
    lengths = {}
    for screen in SCREENS:
        out = tmp_path / f"{screen.replace('/', '-')}.wav"
        done = kiosk("say", "--screen", screen, "--lang", lang, "-o", str(out))
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == str(out)
        lengths[screen] = seconds(out)
        assert lengths[screen] > 3, screen  # at least the opening sentence
        assert out.stat().st_mode & 0o644 == 0o644  # an ordinary file, not mkstemp's 0600
    # A topic is read whole: far longer than its screen's controls alone.
    assert lengths["section/neutrality"] > lengths["home"] > lengths["closed"]
    assert not list(tmp_path.glob(".say-*"))  # no temporary file left


def test_the_wav_is_what_speech_mode_reads(qapp, qtbot, tmp_path):
    """The Turkmen contacts screen, byte for byte: the WAV is espeak-ng's
    Turkmen voice saying what speech mode reads there (the numbers in their
    groups, in Turkmen words)."""
    out = tmp_path / "contacts.wav"
    done = kiosk("say", "--screen", "contacts", "--lang", "tk", "-o", str(out))
    assert done.returncode == 0, done.stderr
    view = build_view(None, "tk", (1920, 1080), screen="contacts")
    try:
        _first_frame(view.window)
        texts = read_screen(view.window, view.model)
    finally:
        view.close()
    text = ". ".join(texts)
    assert "dokuz ýüz togsan üç, on iki, kyrk dört, elli alty, togsan iki" in text
    assert not re.search(r"\d", text)
    expected = tmp_path / "expected.wav"
    subprocess.run(
        [ESPEAK, *say_arguments("tk", VOLUME_DEFAULT, wav=expected)],
        input=text.encode(),
        check=True,
    )
    assert out.read_bytes() == expected.read_bytes()


def without_voice(folder: Path, voice_file: str) -> Path:
    """An espeak-ng data folder like the installed one, less one voice."""
    version = subprocess.run([ESPEAK, "--version"], capture_output=True, text=True).stdout
    data = Path(version.split("Data at:")[1].strip())
    copy = folder / "espeak-ng-data"
    copy.mkdir(parents=True)
    for entry in data.iterdir():
        if entry.name != "lang":
            (copy / entry.name).symlink_to(entry)
    shutil.copytree(data / "lang", copy / "lang")
    (copy / "lang" / voice_file).unlink()
    return folder


def test_refusals(tmp_path):
    out = tmp_path / "x.wav"
    refusals = {
        "no program": (["--screen", "home", "-o", str(out)], {"PATH": str(tmp_path)}),
        "no voice": (
            ["--screen", "home", "--lang", "tk", "-o", str(out)],
            {"ESPEAK_DATA_PATH": str(without_voice(tmp_path / "data", "trk/tk"))},
        ),
        "no folder": (["--screen", "home", "-o", str(tmp_path / "none" / "x.wav")], {}),
        "no screen": (["--screen", "nowhere", "-o", str(out)], {}),
        "no region": (["--screen", "map/nowhere", "-o", str(out)], {}),
    }
    said = {}
    for name, (args, env) in refusals.items():
        done = kiosk("say", *args, env=env)
        assert done.returncode == 1, (name, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("kiosk say: "), (name, done.stderr)
        assert "Traceback" not in done.stderr
        said[name] = lines[0]
    assert "espeak-ng is not installed" in said["no program"]
    assert "no voice tk" in said["no voice"]
    assert f"cannot write {tmp_path / 'none' / 'x.wav'}" in said["no folder"]
    assert "unknown screen 'nowhere'" in said["no screen"]
    assert "unknown screen 'map/nowhere'" in said["no region"]
    assert not out.exists()
