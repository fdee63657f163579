"""The camera's move starts its clock once its picture is painted."""

from __future__ import annotations

import time

from kiosk.models.map_camera import MapCamera, View
from kiosk.models.map_motion import MOVE_MS, PAINT_WAIT_MS, CameraMove


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


def test_no_step_moves_the_camera_before_the_picture_is_painted(qtbot):
    camera, move, said, views = _move(qtbot)
    start = camera.view
    end = View(3.0, 1200.0, 400.0)
    move.start(end)
    # The covering picture is asked for, and shown at the start view.
    assert said == ["painted"] and move.running
    assert camera.painted == camera.covering(start, end)
    qtbot.wait(PAINT_WAIT_MS // 2)
    assert camera.view == start and set(views) == {start}
    move.picture_painted()  # the canvas has painted it: the clock runs
    qtbot.waitUntil(lambda: not move.running, timeout=MOVE_MS + 2000)
    assert camera.view == end and said == ["painted", "done"]
    zooms = [v.zoom for v in views]
    assert len(set(zooms)) >= 5 and zooms == sorted(zooms)  # steps, one way


def test_a_canvas_that_never_paints_does_not_hold_the_move_back(qtbot):
    camera, move, said, _ = _move(qtbot)
    end = View(2.0, 900.0, 450.0)
    began = time.monotonic()
    move.start(end)
    qtbot.waitUntil(lambda: said[-1] == "done", timeout=PAINT_WAIT_MS + MOVE_MS + 2000)
    assert time.monotonic() - began >= (PAINT_WAIT_MS + MOVE_MS) / 1000 * 0.9
    assert camera.view == end and not move.running


def test_a_finger_or_a_jump_ends_a_move_still_waiting_for_its_picture(qtbot):
    camera, move, said, views = _move(qtbot)
    start = camera.view
    move.start(View(3.0, 1200.0, 400.0))
    move.stop()
    assert not move.running
    move.picture_painted()  # a paint after the finger took over starts nothing
    qtbot.wait(PAINT_WAIT_MS * 2)
    assert camera.view == start and said == ["painted"]
    move.start(View(3.0, 1200.0, 400.0))
    move.jump(View(2.0, 900.0, 450.0))
    assert not move.running and camera.view == View(2.0, 900.0, 450.0)
    qtbot.wait(PAINT_WAIT_MS * 2)
    assert camera.view == View(2.0, 900.0, 450.0) and said[-1] == "done"
    assert len(views) == 2  # the two starts showed their pictures; nothing moved after
