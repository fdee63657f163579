"""Work put off until after the first frame (the speech keys, the folder
watchers, the content's warm-up) never runs on a window that was closed in
between: a kiosk window closed right after its first frame crashed the
process when the speech keys were hooked onto the deleted window."""

from __future__ import annotations

from helpers.dated import TEST_NOW

import kiosk.app
from kiosk.app import build_ui
from kiosk.models.clock import StartedClock


def test_a_window_closed_right_after_its_first_frame_runs_none_of_the_put_off_work(
    qapp, qtbot, monkeypatch
):
    hooked: list[object] = []
    monkeypatch.setattr(kiosk.app, "follow_window", lambda window, *a, **k: hooked.append(window))
    ui = build_ui(None, "en", (1280, 800), screen="home", clock=StartedClock(TEST_NOW))
    # The first frame, as Main.qml marks it, and the window closed before
    # the event loop comes round to what waited for it.
    ui.window.setProperty("warm", True)
    ui.close()
    qtbot.wait(200)
    assert hooked == []
