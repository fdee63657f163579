"""Before Qt starts: the libraries Qt's X11 plugin needs are checked, and a
missing one is named (kiosk/display.py; the whole command in test_cli.py)."""

from __future__ import annotations

import pytest

from kiosk import display


def test_the_x11_plugin_and_what_it_opens_at_run_time_are_found():
    # CI installs them (.ci/run): tests/x11 runs the kiosk on a real X server.
    assert display._xcb_missing() is None


def test_a_library_qt_opens_by_name_at_run_time_is_named_when_missing(
    monkeypatch: pytest.MonkeyPatch,
):
    # libxcb-cursor is not linked by the plugin: Qt opens it by this name.
    monkeypatch.setattr(display, "XCB_CURSOR", "libxcb-cursor-not-installed.so.0")
    assert display._xcb_missing() == "libxcb-cursor-not-installed.so.0"


def test_no_x11_check_when_a_platform_is_chosen_or_wayland_runs(monkeypatch):
    """An X11 start alone pays for the check (and for ctypes)."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr(display, "_xcb_missing", lambda: pytest.fail("checked"))
    assert display.display_problem() is None
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert display.display_problem() is None
