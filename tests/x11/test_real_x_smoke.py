"""The real kiosk under a real X server (Xvfb, openbox), drawn the way a
desktop PC draws it (OpenGL on Qt Quick's render thread): a visit with the
mouse, then SIGTERM. Any warning it prints fails the test; the offscreen
tests never see what only X11 shows (such as a RuntimeWarning from a slot
called on the render thread's behalf)."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from dataclasses import dataclass

import pytest
from helpers.visitor import centre, find, find_all, tap, wait_screen
from helpers.xserver import Kiosk, XSession, require_x_server, x_session

pytestmark = [pytest.mark.x11, pytest.mark.subprocess]

FULLSCREEN = (1280, 800)  # the Xvfb screen
WINDOWED = (1024, 640)


@dataclass
class Spots:
    """Where a visitor clicks, in window coordinates."""

    wake: tuple[int, int]  # anywhere on the attract screen
    tile: tuple[int, int]  # the first topic's tile on home
    section: str  # that topic's id
    back: tuple[int, int]  # Back, in the topic


def where_to_click(make_ui, qtbot, size: tuple[int, int]) -> Spots:
    """The same QML at the same size, laid out offscreen here (sizes are
    pixels, so the layout does not depend on the screen's DPI)."""
    ui = make_ui(lang="en", size=size, screen=None)
    wake = find(ui.window, "attractPrompt")  # "touch to begin"; any spot wakes it
    wake_at = centre(wake)
    tap(ui.window, wake, qtbot)
    wait_screen(qtbot, ui.window, "homeScreen")
    tile = find_all(ui.window, "tile_")[0]
    tile_at = centre(tile)
    tap(ui.window, tile, qtbot)
    wait_screen(qtbot, ui.window, "sectionScreen")
    back_at = centre(find(ui.window, "homeButton"))  # one level down: Home is the way back
    return Spots(
        wake=(wake_at.x(), wake_at.y()),
        tile=(tile_at.x(), tile_at.y()),
        section=tile.objectName().removeprefix("tile_"),
        back=(back_at.x(), back_at.y()),
    )


def counted(x: XSession, home: str) -> dict[tuple[str, str], int]:
    """The kiosk's own usage counts (`kiosk stats --csv`): proof of what a click did."""
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "stats", "--csv"],
        capture_output=True, text=True, env=x.kiosk_env(home), timeout=60, check=True,
    )  # fmt: skip
    rows = csv.DictReader(io.StringIO(done.stdout))
    return {(row["kind"], row["key"]): int(row["count"]) for row in rows}


def click(x: XSession, window: int, point: tuple[int, int]) -> None:
    x.run("xdotool", "mousemove", "--window", str(window), *map(str, point), "click", "1")


def assert_no_warnings(kiosk: Kiosk, log_file) -> None:
    """Every line the kiosk wrote is an INFO line of its log: no Qt or QML
    warning, no Python warning, no traceback."""
    noise = [line for line in kiosk.output().splitlines() if not line.startswith("INFO ")]
    assert noise == [], "\n".join(noise)
    logged = log_file.read_text("utf-8")
    assert not re.search(r" (WARNING|ERROR|CRITICAL) ", logged), logged


@pytest.mark.parametrize("mode", ["fullscreen", "windowed"])
def test_a_visit_under_a_real_x_server_prints_no_warning(tmp_path, make_ui, qtbot, mode):
    require_x_server()
    size = FULLSCREEN if mode == "fullscreen" else WINDOWED
    spots = where_to_click(make_ui, qtbot, size)
    args = ["--lang", "en"]
    if mode == "windowed":
        args += ["--windowed", "--size", "{}x{}".format(*size)]
    with x_session(tmp_path / "x") as x:
        kiosk = x.start_kiosk(*args)
        if mode == "fullscreen":
            x.wait_on_screen(kiosk)
        window = x.wait_for_window(kiosk)
        start = counted(x, "home")

        def wait_counted(kind: str, key: str, more: int = 1) -> None:
            want = start.get((kind, key), 0) + more
            x.wait_until(lambda: counted(x, "home").get((kind, key), 0) >= want, f"{kind} {key}")

        click(x, window, spots.wake)
        wait_counted("screen", "home")
        click(x, window, spots.tile)
        wait_counted("section", spots.section)
        click(x, window, spots.back)
        wait_counted("screen", "home", more=2)
        # Kiosk mode holds the keyboard (the desktop's shortcuts come to it);
        # a window does not.
        assert x.keyboard_grabbed() == (mode == "fullscreen")
        if mode == "windowed":
            assert_left_alone(x, kiosk)
        assert kiosk.stop() == 0
        log_file = x.folder / "home" / "xdg_data_home" / "tm-foreign-policy-kiosk" / "kiosk.log"
        assert_no_warnings(kiosk, log_file)


def assert_left_alone(x: XSession, kiosk: Kiosk) -> None:
    """A --windowed kiosk is an ordinary window: the desktop hides it, and
    minimised it stays minimised."""
    x.run("wmctrl", "-k", "on")  # what openbox's Super+D does
    x.wait_until(lambda: x.kiosk_window(kiosk) is None, "kiosk hidden by the desktop")
    x.assert_stays(lambda: x.kiosk_window(kiosk) is None, "kiosk left hidden", 1.0)
    x.run("wmctrl", "-k", "off")
    x.run("xdotool", "windowminimize", str(x.wait_for_window(kiosk)))
    x.wait_until(lambda: x.kiosk_window(kiosk) is None, "kiosk minimised")
    x.assert_stays(lambda: x.kiosk_window(kiosk) is None, "kiosk left minimised", 1.0)
    assert "took the screen back" not in kiosk.output()
