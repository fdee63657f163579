"""The camera's move: once its covering picture is painted, it steps at once
to where its clock has got to, rather than a whole tick later."""

from __future__ import annotations

import time

from kiosk.models.map_camera import MapCamera, View
from kiosk.models.map_motion import MOVE_MS, CameraMove


def _move(qtbot) -> tuple[MapCamera, CameraMove, list[str], list[View]]:
    camera = MapCamera(2000, 1000)
    camera.set_viewport(800, 400)
    said: list[str] = []
    views: list[View] = []
    move = CameraMove(
        camera,
        on_painted=lambda: said.append("painted"),
        on_step=lambda: views.append(camera.view),
        on_done=lambda: said.append("done"),
    )
    return camera, move, said, views


def test_the_painted_picture_is_followed_at_once_by_the_step_its_clock_reached(qtbot):
    camera, move, said, views = _move(qtbot)
    start, end = camera.view, View(3.0, 1200.0, 400.0)
    move.start(end)
    assert said == ["painted"] and move.running
    assert camera.painted == camera.covering(start, end)
    # The paint holds the UI thread (no event is handled, no tick comes).
    time.sleep(0.15)
    steps = len(views)
    move.picture_painted()
    assert len(views) == steps + 1  # a step now, not at the next tick
    assert start.zoom < views[-1].zoom < end.zoom
    # Another paint during the move (a settle, a new colour) moves nothing.
    qtbot.wait(50)
    shown = camera.view
    move.picture_painted()
    assert camera.view == shown
    qtbot.waitUntil(lambda: not move.running, timeout=MOVE_MS + 2000)
    assert camera.view == end and said == ["painted", "done"]
    zooms = [v.zoom for v in views]
    assert len(set(zooms)) >= 5 and zooms == sorted(zooms)  # steps, one way


def test_a_move_never_painted_runs_on_its_clock(qtbot):
    camera, move, said, _ = _move(qtbot)
    end = View(2.0, 900.0, 450.0)
    began = time.monotonic()
    move.start(end)
    qtbot.waitUntil(lambda: said[-1] == "done", timeout=MOVE_MS + 2000)
    assert time.monotonic() - began >= MOVE_MS / 1000 * 0.9
    assert camera.view == end and not move.running


def test_a_paint_after_a_finger_took_over_moves_nothing(qtbot):
    camera, move, said, _ = _move(qtbot)
    start = camera.view
    move.start(View(3.0, 1200.0, 400.0))
    move.stop()
    time.sleep(0.05)
    move.picture_painted()
    qtbot.wait(100)
    assert camera.view == start and not move.running and said == ["painted"]
