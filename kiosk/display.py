"""Before Qt starts: is there a screen to show the kiosk on?

Without this, a missing display or a missing X11 library makes Qt abort with
a core dump and a message about "reinstalling the application". Staff get one
clear sentence instead.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# What Qt's X11 plugin needs beyond a usual desktop (Debian package names).
XCB_PACKAGES = "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0"
XCB_CURSOR = "libxcb-cursor.so.0"


def display_problem() -> str | None:
    """A sentence for staff when the kiosk cannot open a window, else None."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None  # Qt chooses on Windows/macOS; an explicit platform is the user's call
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not os.environ.get("DISPLAY"):
        return (
            "no display: neither DISPLAY nor WAYLAND_DISPLAY is set. Start the kiosk "
            "from the desktop session of the kiosk screen (or use `kiosk shot` to "
            "render pictures without one)."
        )
    missing = _xcb_missing()
    if missing:
        return (
            f"the X11 display cannot be used: {missing} is missing. "
            f"On Debian or Ubuntu: sudo apt install {XCB_PACKAGES}"
        )
    return None


def _xcb_missing() -> str | None:
    # Here, not at the top: only an X11 start needs ctypes (a Wayland one or
    # a chosen platform never gets here), and every start waits for imports.
    import ctypes

    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return None
    # Linked by the plugin: loading it resolves them all. libxcb-cursor is
    # opened by Qt at run time, by this very name, rather than linked.
    for library in (str(plugin), XCB_CURSOR):
        try:
            ctypes.CDLL(library)
        except OSError as exc:
            return str(exc).split(":")[0].rsplit("/", 1)[-1] if ":" in str(exc) else str(exc)
    return None
