"""What the X server and the window manager say about windows: xprop's and
xwininfo's output read into numbers, and a keyboard-grab probe."""

from __future__ import annotations

import re
from dataclasses import dataclass

SCREEN = (1280, 800)  # the test X server's screen


@dataclass(frozen=True)
class Seen:
    """The kiosk's window as the window manager and the X server see it."""

    window: int | None  # its viewable top-level window, if any
    states: frozenset[str]  # _NET_WM_STATE, without the prefix
    desktop: int | None
    current_desktop: int | None
    active: int | None
    topmost: int | None  # last in _NET_CLIENT_LIST_STACKING
    showing_desktop: bool
    geometry: tuple[int, int, int, int] | None  # x, y, width, height

    @property
    def on_screen(self) -> bool:
        """Mapped, fullscreen over the whole screen, on the current desktop,
        in front, stays on top, and has the focus."""
        return (
            self.window is not None
            and {"FULLSCREEN", "ABOVE"} <= self.states
            and self.desktop in (self.current_desktop, 0xFFFFFFFF)
            and self.active == self.window
            and self.topmost == self.window
            and not self.showing_desktop
            and self.geometry == (0, 0, *SCREEN)
        )


# Try to grab the keyboard as a client of its own (libX11 through ctypes):
# AlreadyGrabbed (1) means someone holds it; a successful grab ends with the
# connection.
GRAB_PROBE = """
import ctypes, ctypes.util
x = ctypes.CDLL(ctypes.util.find_library("X11"))
x.XOpenDisplay.restype = ctypes.c_void_p
x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x.XDefaultRootWindow.restype = ctypes.c_ulong
x.XGrabKeyboard.argtypes = [ctypes.c_void_p, ctypes.c_ulong] + [ctypes.c_int] * 3 + [ctypes.c_ulong]
x.XCloseDisplay.argtypes = [ctypes.c_void_p]
display = x.XOpenDisplay(None)
status = x.XGrabKeyboard(display, x.XDefaultRootWindow(display), 0, 1, 1, 0)
x.XCloseDisplay(display)
print({0: "free", 1: "held"}.get(status, status))
"""

ROOT_PROPS = (
    "_NET_CURRENT_DESKTOP",
    "_NET_ACTIVE_WINDOW",
    "_NET_CLIENT_LIST_STACKING",
    "_NET_SHOWING_DESKTOP",
)
WINDOW_PROPS = ("_NET_WM_STATE", "_NET_WM_DESKTOP")
_PROP = re.compile(r"^(\w+)\([A-Z_]+\)(?::\s*window id #|\s*=)\s*(.*)$")


def props(text: str) -> dict[str, list[str]]:
    """xprop's lines ``NAME(TYPE) = a, b`` or ``NAME(WINDOW): window id # 0x…``."""
    found: dict[str, list[str]] = {}
    for line in text.splitlines():
        match = _PROP.match(line.strip())
        if match:
            found[match[1]] = [v.strip() for v in match[2].split(",") if v.strip()]
    return found


def first_int(values: list[str] | None) -> int | None:
    if not values:
        return None
    try:
        return int(values[0], 0)
    except ValueError:
        return None


def geometry(text: str) -> tuple[int, int, int, int] | None:
    fields = dict(re.findall(r"^\s*(Absolute upper-left [XY]|Width|Height):\s*(-?\d+)", text, re.M))
    try:
        return (
            int(fields["Absolute upper-left X"]),
            int(fields["Absolute upper-left Y"]),
            int(fields["Width"]),
            int(fields["Height"]),
        )
    except KeyError:
        return None
