"""deploy/openbox-rc.xml, the README's openbox configuration for a kiosk on
an ordinary desktop: with it, none of openbox's default shortcuts, mouse
actions or menus does anything (with Debian's defaults, each of them does).
Checked on another program's window, so that the kiosk's own defences
(the keyboard grab, taking the screen back) play no part."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from helpers.xserver import OPENBOX_DEFAULTS, XSession, x_session

pytestmark = pytest.mark.x11

KIOSK_CONFIG = Path(__file__).resolve().parents[2] / "deploy" / "openbox-rc.xml"


def other_program(x: XSession) -> str:
    """A window of another program, with the focus; its id."""

    def shown() -> list[str]:
        found = x.run("xdotool", "search", "--onlyvisible", "--class", "Xmessage", check=False)
        return found.split()

    if not shown():
        x.spawn("xmessage", "-center", "another program", log="xmessage.log")
        x.wait_until(lambda: bool(shown()), "the other program's window")
    return shown()[0]


def desktop(x: XSession) -> tuple[frozenset[str], str]:
    """What a visitor sees: the windows on screen (menus too), and the root
    window's desktop properties."""
    windows = x.run("xdotool", "search", "--onlyvisible", "--name", "", check=False).split()
    props = x.run("xprop", "-root", "_NET_CURRENT_DESKTOP", "_NET_SHOWING_DESKTOP")
    return frozenset(windows), props


def key(keys: str) -> Callable[[XSession, str], object]:
    return lambda x, window: x.run("xdotool", "key", keys)


# What a visitor can try on openbox's defaults.
TRIES: dict[str, Callable[[XSession, str], object]] = {
    "super+d (show the desktop)": key("super+d"),
    "ctrl+alt+Right (next desktop)": key("ctrl+alt+Right"),
    "alt+F4 (close)": key("alt+F4"),
    "alt+space (window menu)": key("alt+space"),
    "right click on the desktop (a menu with a terminal)": lambda x, window: x.run(
        "xdotool", "mousemove", "3", "3", "click", "3"
    ),
    "alt + mouse wheel on a window (next desktop)": lambda x, window: x.run(
        *("xdotool", "mousemove", "--window", window, "5", "5"),
        *("keydown", "alt", "click", "5", "keyup", "alt"),
    ),
}
UNDO = (("xdotool", "key", "Escape"), ("wmctrl", "-k", "off"), ("wmctrl", "-s", "0"))


def what_works(x: XSession) -> set[str]:
    """Each try on a plain desktop; those that changed what is on screen."""
    works = set()
    for name, attempt in TRIES.items():
        window = other_program(x)
        before = desktop(x)
        attempt(x, window)
        # openbox acts within milliseconds (with its defaults, every try shows)
        if x.within(lambda before=before: desktop(x) != before, 0.5):
            works.add(name)
            for undo in UNDO:
                x.run(*undo, check=False)
    return works


@pytest.mark.parametrize(
    ("config", "expected"),
    [(OPENBOX_DEFAULTS, set(TRIES)), (KIOSK_CONFIG, set())],
    ids=["Debian's defaults", "deploy/openbox-rc.xml"],
)
def test_the_kiosk_configuration_leaves_nothing_to_try(tmp_path, config, expected):
    with x_session(tmp_path, window_manager=False) as x:
        x.start_window_manager(config)
        assert what_works(x) == expected
