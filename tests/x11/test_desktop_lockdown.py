"""Kiosk mode on an ordinary desktop, under a real X server with openbox and
Debian's default keys: no window-manager shortcut takes the screen, and
whatever does take it (another program, the mouse) is taken back at once,
without a single warning from the kiosk."""

from __future__ import annotations

import re
import statistics
import time
import xml.etree.ElementTree as ET

import pytest
from helpers.xserver import OPENBOX_DEFAULTS, Kiosk, XSession, x_session

from kiosk.ops import reclaim

pytestmark = [pytest.mark.x11, pytest.mark.subprocess]

# The kiosk needs a fraction of a second (the times are printed); the margin
# is for a loaded machine.
BACK_WITHIN_S = 4.5  # under the kiosk's own 5 s "stuck" warning (reclaim.STUCK_S)
# Once back, it stays back: no flapping, and the next case starts calm.
HOLD_S = 1.2
TOOK_BACK = "took the screen back"
DESKTOPS = 4  # openbox's default

back_times: list[float] = []


@pytest.fixture(scope="module")
def desktop(tmp_path_factory):
    with x_session(tmp_path_factory.mktemp("desktop")) as x:
        kiosk = x.start_kiosk()  # kiosk mode: fullscreen, on top
        x.wait_on_screen(kiosk)
        x.wait_until(lambda: "holding the keyboard" in kiosk.output(), "keyboard grab")
        # What the window manager does to the window while the kiosk starts
        # is put right without a word in the log; the cases here need the log.
        # That grace runs from the reclaimer's start, after the first frame
        # (kiosk/process.py), which on a loaded machine comes seconds after
        # "kiosk started": counted from there, a first case was taken back
        # in time but silently, and failed. The reclaimer has started by the
        # time it holds the keyboard (at its first check).
        time.sleep(reclaim.GRACE_S)
        yield x, kiosk
        if back_times:
            print(
                f"\nscreen taken back in {statistics.median(back_times):.2f} s (median), "
                f"{max(back_times):.2f} s at most, {len(back_times)} cases"
            )
        assert kiosk.stop() == 0, kiosk.output()
        noise = [line for line in kiosk.output().splitlines() if not line.startswith("INFO ")]
        assert noise == [], "\n".join(noise)


def wait_taken_back(x: XSession, kiosk: Kiosk, before: int) -> None:
    """The log says the screen was taken back, and it is on screen; a
    failure shows what the kiosk logged meanwhile."""
    try:
        x.wait_until(lambda: TOOK_BACK in kiosk.output()[before:], "reclaim", BACK_WITHIN_S)
        x.wait_on_screen(kiosk, BACK_WITHIN_S)
    except AssertionError as failed:
        raise AssertionError(f"{failed}; the kiosk logged:\n{kiosk.output()[before:]}") from None


def assert_holds(x: XSession, kiosk: Kiosk, seconds: float, after: str) -> None:
    def on_screen() -> bool:
        seen = x.seen(kiosk)
        assert seen.on_screen, f"after {after} the kiosk lost the screen: {seen}"
        return True

    x.assert_stays(on_screen, f"the kiosk on the screen after {after}", seconds)


def openbox_default_keys() -> list[str]:
    """Every key binding in Debian's openbox rc.xml, in xdotool's spelling
    (W-d → super+d, C-A-Left → ctrl+alt+Left)."""
    names = {"W": "super", "C": "ctrl", "A": "alt", "S": "shift", "M": "meta", "H": "hyper"}
    keys = []
    for bind in ET.parse(OPENBOX_DEFAULTS).iter():
        if bind.tag.endswith("keybind") and " " not in bind.get("key", " "):
            *mods, key = bind.get("key").split("-")
            keys.append("+".join([*(names[m] for m in mods), key]))
    return keys


def test_no_default_openbox_shortcut_takes_the_screen(desktop):
    """The kiosk holds the keyboard: Super+D, Ctrl+Alt+arrows, Alt+Tab, the
    window menu, Alt+F4… come to the kiosk, not to openbox."""
    x, kiosk = desktop
    assert x.keyboard_grabbed()
    keys = openbox_default_keys()
    assert {"super+d", "ctrl+alt+Right", "ctrl+alt+Left", "alt+Tab", "alt+F4"} <= set(keys)
    before = len(kiosk.output())
    start_desktop = x.seen(kiosk).current_desktop
    for key in keys:
        x.run("xdotool", "key", key)
        assert_holds(x, kiosk, 0.2, after=key)
    assert_holds(x, kiosk, HOLD_S, after="the last key")
    assert x.seen(kiosk).current_desktop == start_desktop
    assert TOOK_BACK not in kiosk.output()[before:]  # never lost, so never taken back


def _desktop_beside(x: XSession, kiosk: Kiosk, step: int) -> str:
    return str((x.seen(kiosk).current_desktop + step) % DESKTOPS)


# What another program, or a visitor with a mouse, can do to the window; and
# what the kiosk's log then says it saw.
TAKERS = {
    "show the desktop": (lambda x, k, w: x.run("wmctrl", "-k", "on"), "off the screen"),
    "next desktop": (
        lambda x, k, w: x.run("wmctrl", "-s", _desktop_beside(x, k, 1)),
        "off the screen",
    ),
    "previous desktop": (
        lambda x, k, w: x.run("wmctrl", "-s", _desktop_beside(x, k, -1)),
        "off the screen",
    ),
    "send the kiosk to another desktop": (
        lambda x, k, w: x.run("wmctrl", "-i", "-r", w, "-t", _desktop_beside(x, k, 1)),
        "off the screen",
    ),
    "Alt + mouse wheel (openbox: next desktop)": (
        lambda x, k, w: x.run(
            "xdotool", "mousemove", "640", "400", "keydown", "alt", "click", "5", "keyup", "alt"
        ),
        "off the screen",
    ),
    "minimise": (lambda x, k, w: x.run("xdotool", "windowminimize", w), "minimised"),
    "unmap": (lambda x, k, w: x.run("xdotool", "windowunmap", w), "off the screen"),
    "leave fullscreen": (
        lambda x, k, w: x.run("wmctrl", "-i", "-r", w, "-b", "remove,fullscreen"),
        "left fullscreen",
    ),
}


@pytest.mark.parametrize("taker", TAKERS)
def test_the_kiosk_takes_the_screen_back(desktop, taker):
    x, kiosk = desktop
    take, seen_as = TAKERS[taker]
    assert_holds(x, kiosk, 0.1, after="the previous case")
    before = len(kiosk.output())
    start = time.monotonic()
    take(x, kiosk, str(x.wait_for_window(kiosk)))
    # The log proves that the screen was lost and taken back (once), and says what was seen.
    wait_taken_back(x, kiosk, before)
    back_times.append(time.monotonic() - start)
    print(f"{taker}: back in {back_times[-1]:.2f} s")
    assert_holds(x, kiosk, HOLD_S, after=taker)
    said = re.findall(rf".*{TOOK_BACK}.*", kiosk.output()[before:])
    assert seen_as in said[0], said
    assert len(said) == 1, said  # once per episode, not every check


def test_another_window_does_not_keep_the_focus(desktop):
    x, kiosk = desktop
    before = len(kiosk.output())
    other = x.spawn("xmessage", "-center", "a window of another program", log="xmessage.log")
    try:
        x.wait_until(
            lambda: x.run("xdotool", "search", "--onlyvisible", "--class", "Xmessage", check=False),
            "the other window",
        )
        wait_taken_back(x, kiosk, before)
        assert_holds(x, kiosk, HOLD_S, after="another window opened")
        assert "took the focus" in kiosk.output()[before:]
    finally:
        other.kill()
        other.wait()


def test_the_keyboard_is_held_again_after_the_screen_was_taken_back(desktop):
    x, kiosk = desktop
    # A calm spell first: the previous case ends as its other window is
    # killed, and a screen lost again within reclaim.CALM_S of being taken
    # back is one more round of a fight, which the kiosk answers after a
    # growing pause. This case is a first loss, as a visitor's would be.
    assert_holds(x, kiosk, reclaim.CALM_S + 0.5, after="the previous case")
    before = len(kiosk.output())
    x.run("xdotool", "windowminimize", str(x.wait_for_window(kiosk)))
    wait_taken_back(x, kiosk, before)
    assert_holds(x, kiosk, HOLD_S, after="minimise")
    before = len(kiosk.output())
    for key in ("super+d", "ctrl+alt+Right"):
        x.run("xdotool", "key", key)
        assert_holds(x, kiosk, 0.5, after=key)
    assert TOOK_BACK not in kiosk.output()[before:]
