"""`kiosk validate` and `kiosk shot` as a user runs them: in child processes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.cli import kiosk, start_kiosk
from helpers.dated import AT
from PySide6.QtGui import QImage

pytestmark = pytest.mark.subprocess

CORPUS = Path(__file__).parent / "content" / "corpus"


def test_validate_packaged_content():
    """Valid; in the motto's year, only the key figures' age is reported:
    the source page they come from is dated 1 October 2022."""
    done = kiosk("validate", *AT)
    assert done.returncode == 0, done.stdout + done.stderr
    # The installed kiosk's own copy (site-packages in CI, the source tree in
    # an editable install).
    places = [line.split(": warning: ")[0] for line in done.stdout.splitlines()]
    assert [place.rsplit("/", 1)[-1] for place in places] == ["site.yaml:34", "site.yaml:40"]
    assert all(place.endswith("resources/content/site.yaml:" + place[-2:]) for place in places)
    assert "155 is as of 2022-10-01, 1,141 days ago, older than the 365 days" in done.stdout
    assert "0 error(s), 2 warning(s), 8 section(s) and 1 contact card(s) usable" in done.stderr
    assert "tk: draft, ru: draft, en: source" in done.stderr


def test_validate_reports_file_line_and_exits_1(content_copy: Path):
    for name in ("unknown_key.yaml", "empty_text.yaml"):
        shutil.copy(CORPUS / "sections" / name, content_copy / "sections" / name)
    done = kiosk("validate", "--content", str(content_copy), *AT)
    assert done.returncode == 1
    sections = content_copy / "sections"
    assert done.stdout.splitlines() == [
        f"{sections / 'empty_text.yaml'}:10: error: body[1].bullets[1].ru: empty text",
        f"{sections / 'unknown_key.yaml'}:5: error: image: unknown key "
        "(allowed: id, order, title, summary, body, source, regions)",
    ]


def test_validate_strict_fails_on_warnings(content_copy: Path):
    shutil.copy(CORPUS / "sections" / "missing_language.yaml", content_copy / "sections")
    assert kiosk("validate", "--content", str(content_copy), *AT).returncode == 0
    strict = kiosk("validate", "--content", str(content_copy), "--strict", *AT)
    assert strict.returncode == 1
    assert ":7: warning: body[0].paragraph: no 'ru' text" in strict.stdout


@pytest.mark.parametrize(
    ("screen", "lang", "size"),
    [
        ("home", "tk", "1920x1080"),
        ("section/neutrality", "ru", "1280x800"),
        ("contacts", "en", "1920x1080"),
        ("map", "tk", "1920x1080"),
        ("map/africa", "ru", "1280x800"),
        ("closed", "ru", "1080x1920"),
    ],
)
def test_shot_writes_the_screen(screen: str, lang: str, size: str, tmp_path: Path):
    out = tmp_path / "shot.png"
    done = kiosk("shot", "--screen", screen, "--lang", lang, "--size", size, "-o", str(out))
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert f"{image.width()}x{image.height()}" == size
    # Not blank: the header's green (the flag's) and the page's light colours.
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 37)
        for y in range(0, image.height(), 41)
    }
    assert "#00853a" in colours and len(colours) > 5


# `kiosk shot`, with the threads left at its end printed (its main() returns
# once the picture is written, before the interpreter ends).
SHOT_AND_THREADS = """
import sys, threading
from kiosk.cli import main
code = main(["shot", *sys.argv[1:]])
print(sorted(thread.name for thread in threading.enumerate()))
sys.exit(code)
"""


@pytest.mark.parametrize("screen", ["home", "contacts", "map/europe"])
def test_shot_leaves_the_users_folders_untouched(screen: str, tmp_path: Path):
    """A picture needs no settings, usage counts, file watcher or PIN
    lockout: `kiosk shot` writes nothing into the user's folders (not even
    Qt's cache of compiled QML) and starts no thread of its own but the
    one that reads the content folder (a hung share must not hang it)."""
    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(home / name.lower())
    out = tmp_path / "shot.png"
    done = subprocess.run(
        [sys.executable, "-c", SHOT_AND_THREADS, "--screen", screen, "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 0
    assert sorted(p.relative_to(home) for p in home.rglob("*")) == []
    assert done.stdout.splitlines()[-1] == "['MainThread', 'content-folder']"


@pytest.mark.parametrize("screen", ["section/nope", "map/nowhere", "nowhere"])
def test_shot_of_unknown_screen_fails_clearly(tmp_path: Path, screen: str):
    """One line, naming the screen: no log line before it."""
    done = kiosk("shot", "--screen", screen, "-o", str(tmp_path / "x.png"))
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"kiosk shot: unknown screen '{screen}' (try attract, home, section/<id>, contacts, "
        "map, map/<region-id> or closed)"
    ]


def test_shot_with_the_keypad_focus(tmp_path: Path):
    """--focus draws the focus ring on that control; a name no control on
    the screen has is said plainly."""
    out = tmp_path / "focus.png"
    plain = tmp_path / "plain.png"
    at = ("--at", "2026-01-15")  # the same date drawn in both
    done = kiosk("shot", "--screen", "home", *at, "--focus", "contactsButton", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert kiosk("shot", "--screen", "home", *at, "-o", str(plain)).returncode == 0
    assert QImage(str(out)) != QImage(str(plain))  # the ring is drawn
    done = kiosk("shot", "--screen", "home", "--focus", "nosuch", "-o", str(tmp_path / "x.png"))
    assert done.returncode == 1
    assert "no control named 'nosuch' takes the focus on this screen" in done.stderr
    assert "Traceback" not in done.stderr


def test_bad_arguments_are_explained():
    done = kiosk("--size", "huge")
    assert done.returncode == 2
    assert "'huge' is not a size like 1920x1080" in done.stderr
    done = kiosk("--lang", "de")
    assert done.returncode == 2 and "invalid choice: 'de'" in done.stderr
    for bad in ("0x393", "big", "698x-1", "nanx5"):
        done = kiosk("shot", "--screen", "home", "-o", "x.png", "--physical-size", bad)
        assert done.returncode == 2
        assert f"'{bad}' is not a size in millimetres like 698x393" in done.stderr


def test_shot_at_a_physical_size(tmp_path: Path):
    # A 10-inch 1280x800 panel: 0.17 mm a pixel, so touch targets grow to 9 mm.
    out = tmp_path / "small.png"
    size = ("--size", "1280x800", "--physical-size", "217x136")
    done = kiosk("shot", "--screen", "home", *size, "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert QImage(str(out)).width() == 1280


def test_console_script_is_installed():
    script = shutil.which("kiosk", path=str(Path(sys.executable).parent))
    assert script, "pip install . provides the kiosk command"
    done = subprocess.run([script, "--help"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "validate" in done.stdout and "shot" in done.stdout


def test_kiosk_runs_and_stops_cleanly():
    """The real program, started as staff start it, stops on SIGTERM with no
    QML error, warning or traceback in its log."""
    proc, seen = start_kiosk("--lang", "ru")
    try:
        assert "kiosk started (windowed)" in seen, seen
        time.sleep(1)
        proc.send_signal(signal.SIGTERM)
        _, rest = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    log = seen + rest
    assert proc.returncode == 0, log
    assert "kiosk stopped" in log
    for bad in ("Traceback", "WARNING", "ERROR", "CRITICAL", "qml:"):
        assert bad not in log, log


def test_no_display_is_explained_not_a_crash():
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "--windowed"],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
        check=False,
    )
    assert done.returncode == 2
    assert "no display: neither DISPLAY nor WAYLAND_DISPLAY is set" in done.stderr
    assert "Traceback" not in done.stderr and "Aborted" not in done.stderr


def test_validate_names_a_missing_content_folder(tmp_path: Path):
    missing = tmp_path / "usb" / "content"
    done = kiosk("validate", "--content", str(missing))
    assert done.returncode == 1
    assert done.stdout == (
        f"{missing}:1: error: content folder: not found (a USB stick or share not mounted yet?)\n"
    )
    assert "usage:" not in done.stderr and "Traceback" not in done.stderr


def test_shot_of_a_missing_content_folder_fails_in_one_sentence(tmp_path: Path):
    """Not a picture of the 'unavailable' screen: that would hide a mistyped path."""
    missing = tmp_path / "nothing-here"
    out = tmp_path / "x.png"
    done = kiosk("shot", "--screen", "home", "--content", str(missing), "-o", str(out))
    assert done.returncode == 1
    assert done.stderr == (
        f"kiosk shot: content folder {missing}: "
        "not found (a USB stick or share not mounted yet?)\n"
    )
    assert not out.exists()


BROKEN = str(Path(__file__).parent / "content" / "corpus")  # no site.yaml: lines to print


@pytest.mark.parametrize(
    "command", [("validate", "--content", BROKEN), ("stats", "--csv"), ("install-desktop",)]
)
def test_a_full_disk_under_the_output_is_one_sentence(command: tuple[str, ...]):
    """`kiosk validate > report.txt` on a full disk: said, not a traceback."""
    if command[0] == "stats":
        from kiosk.ops.stats import UsageCounts

        counts = UsageCounts()
        counts.count("screen", "home")
        counts.close()
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "kiosk", *command],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            check=False,
        )
    assert done.returncode == 1
    assert f"kiosk {command[0]}: cannot write the output (No space left on device)" in done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


def test_output_into_a_closed_pipe_is_no_traceback():
    """`kiosk validate | head -1`: the reader goes after the first line."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "validate", "--content", BROKEN],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    proc.stdout.close()  # before it writes anything
    _, err = proc.communicate(timeout=60)
    assert b"Traceback" not in err and b"Exception ignored" not in err, err
    assert proc.returncode == 1
