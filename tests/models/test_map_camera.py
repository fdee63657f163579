"""The map's camera, without a window: zoom, pan, the limits, and the
transform the canvas's texture follows. Pure Python (no QApplication)."""

from __future__ import annotations

import math

import pytest

from kiosk.models.map_camera import MAX_ZOOM, MIN_ZOOM, ZOOM_STEP, Live, MapCamera, View

WORLD = (2000.0, 1000.0)  # map units: twice as wide as high


def camera(viewport=(1000.0, 500.0)) -> MapCamera:
    cam = MapCamera(*WORLD)
    cam.set_viewport(*viewport)
    return cam


def test_at_zoom_1_the_whole_world_fits_centred():
    cam = camera((1000, 800))  # taller than the world's shape
    assert cam.base_scale() == pytest.approx(0.5)  # the width decides
    assert cam.centre == (1000, 500)
    assert cam.to_view(0, 500) == pytest.approx((0, 400))
    assert cam.to_view(2000, 500) == pytest.approx((1000, 400))


def test_view_and_map_points_go_both_ways():
    cam = camera()
    cam.zoom_by(3, 200, 100)
    cam.pan_by(-40, 25)
    for x, y in ((0, 0), (123.4, 56.7), (1000, 500)):
        assert cam.to_view(*cam.to_map(x, y)) == pytest.approx((x, y))


def test_zoom_keeps_the_point_under_the_fingers():
    cam = camera()
    under = cam.to_map(300, 200)
    assert cam.zoom_by(2.5, 300, 200)
    assert cam.zoom == pytest.approx(2.5)
    assert cam.to_map(300, 200) == pytest.approx(under)


@pytest.mark.parametrize("factor", [0, -2, math.nan, math.inf, -math.inf])
def test_a_factor_that_is_no_zoom_changes_nothing(factor):
    cam = camera()
    cam.zoom_by(2, 500, 250)
    before = cam.view
    assert not cam.zoom_by(factor, 100, 100)
    assert cam.view == before


def test_zoom_stays_between_its_limits():
    cam = camera()
    for _ in range(10):
        cam.zoom_step(1)
    assert cam.zoom == MAX_ZOOM
    cam.zoom_by(1000, 10, 10)
    assert cam.zoom == MAX_ZOOM
    for _ in range(10):
        cam.zoom_step(-1)
    assert cam.zoom == MIN_ZOOM
    cam.zoom_step(1)
    assert cam.zoom == pytest.approx(ZOOM_STEP)


def test_at_zoom_1_panning_moves_nothing():
    cam = camera()
    cam.pan_by(300, -200)
    assert cam.centre == (1000, 500)


def test_panning_stops_where_the_world_ends():
    cam = camera()
    cam.zoom_by(4, 500, 250)
    cam.pan_by(1e6, 1e6)  # far to the top left: the world's corner stays in the view's
    scale = cam.scale
    assert cam.centre == pytest.approx((500 / scale, 250 / scale))
    assert cam.to_view(0, 0) == pytest.approx((0, 0))
    cam.pan_by(-1e7, -1e7)
    assert cam.to_view(*WORLD) == pytest.approx((1000, 500))


def test_a_view_wider_than_the_world_keeps_it_centred_across():
    cam = camera((3000, 500))  # the height decides: the world is 1000 px wide here
    cam.zoom_by(2, 1500, 250)
    cam.pan_by(800, 0)
    assert cam.centre[0] == pytest.approx(1000)  # 2000 px of world in 3000 px of view
    cam.pan_by(0, 100)
    assert cam.centre[1] < 500  # across it is wider than the view: it pans


def test_pan_follows_the_finger():
    cam = camera()
    cam.zoom_by(4, 500, 250)
    under = cam.to_map(400, 200)
    cam.pan_by(30, -20)
    assert cam.to_view(*under) == pytest.approx((430, 180))


def test_reset_goes_back_to_the_whole_world():
    cam = camera()
    cam.zoom_by(5, 100, 100)
    cam.pan_by(50, 50)
    cam.reset()
    assert cam.view == View(1.0, 1000, 500)


def test_a_new_viewport_is_clamped_and_painted_at_once():
    cam = MapCamera(*WORLD)
    assert not cam.set_viewport(0, 300)  # before the first layout
    assert cam.set_viewport(800, 400)
    assert not cam.set_viewport(800, 400)
    cam.zoom_by(8, 0, 0)
    assert cam.set_viewport(1600, 800)
    assert cam.painted == cam.view
    assert cam.live() == Live(1.0, 0.0, 0.0)


def test_live_moves_the_painted_picture_onto_the_live_view():
    """What QML does to the texture: a map point drawn at p in the painted
    picture shows where the live view has it."""
    cam = camera()
    cam.zoom_by(2, 500, 250)
    assert cam.settle()
    assert not cam.settle()  # painted already
    painted = MapCamera(*WORLD)
    painted.set_viewport(*cam.viewport)
    painted.zoom, painted.centre = cam.zoom, cam.centre
    cam.zoom_by(1.7, 300, 120)
    cam.pan_by(-60, 35)
    live = cam.live()
    for point in ((900, 400), (1100, 550), (1000, 500)):
        px, py = painted.to_view(*point)
        assert (px * live.scale + live.dx, py * live.scale + live.dy) == pytest.approx(
            cam.to_view(*point)
        )
    assert cam.settle()
    assert cam.live() == Live(1.0, 0.0, 0.0)


# -- framing a region, and the move there ---------------------------------

from kiosk.models.map_camera import FRAME_MARGIN, MAX_FRAME_ZOOM, between  # noqa: E402
from kiosk.models.map_shapes import Box  # noqa: E402


def test_a_frame_holds_the_whole_box_with_a_margin_at_the_views_aspect():
    for viewport in ((1000, 500), (500, 1000), (1280, 480)):
        cam = camera(viewport)
        box = Box(1000, 300, 1600, 420)  # wide
        view = cam.framing(box)
        cam.show(view)
        seen = cam.visible()
        assert seen.left <= box.left and box.right <= seen.right
        assert seen.top <= box.top and box.bottom <= seen.bottom
        # The box's longer side (for this view) fills the view but for the margin.
        fill = max(box.width / seen.width, box.height / seen.height)
        assert fill == pytest.approx(1 - 2 * FRAME_MARGIN, abs=0.02)


def test_a_frame_is_clamped_like_any_view():
    cam = camera()
    tiny = cam.framing(Box(1000, 500, 1001, 501))
    assert tiny.zoom == MAX_FRAME_ZOOM  # a tiny box is not blown up to 8x
    corner = cam.framing(Box(0, 0, 100, 50))  # the world's corner: centred as far as it goes
    cam.show(corner)
    assert cam.to_view(0, 0) == pytest.approx((0, 0))
    world = cam.framing(Box(-500, -500, 2500, 1500))  # bigger than the world
    assert world == View(1.0, 1000, 500)


def test_the_move_starts_and_ends_where_it_should_and_zooms_evenly():
    start, end = View(1.0, 1000, 500), View(4.0, 1400, 300)
    assert between(start, end, 0) == start
    assert between(start, end, 1) == pytest.approx(end)
    half = between(start, end, 0.5)
    assert half.zoom == pytest.approx(2.0)  # equal ratios: 1, 2, 4
    # The point both views share stays put on screen all the way.
    cam = camera()
    fixed_x = (end.centre_x * end.zoom - start.centre_x * start.zoom) / (end.zoom - start.zoom)
    for t in (0.1, 0.5, 0.9):
        v = between(start, end, t)
        assert (fixed_x - v.centre_x) * v.zoom == pytest.approx(
            (fixed_x - start.centre_x) * start.zoom
        )
    pan = between(View(2.0, 800, 400), View(2.0, 1200, 400), 0.25)
    assert pan == pytest.approx(View(2.0, 900, 400))
    assert cam.view == View(1.0, 1000, 500)


def test_the_picture_painted_before_a_move_covers_both_ends():
    cam = camera()
    a, b = cam.framing(Box(200, 100, 400, 200)), cam.framing(Box(1500, 600, 1700, 700))
    cover = cam.covering(a, b)
    seen = cam.visible(cover)
    for view in (a, b):
        part = cam.visible(view)
        assert seen.left <= part.left + 1e-6 and part.right <= seen.right + 1e-6
        assert seen.top <= part.top + 1e-6 and part.bottom <= seen.bottom + 1e-6


def test_zoom_buttons_keep_their_place_on_screen():
    cam = camera()
    ashgabat = (1260.0, 210.0)
    before = cam.to_view(*ashgabat)
    cam.zoom_step_about(1, ashgabat)
    assert cam.zoom == pytest.approx(ZOOM_STEP)
    assert cam.to_view(*ashgabat) == pytest.approx(before)  # it stays under the eye
    cam.pan_by(900, 0)  # Ashgabat off to the right, out of view
    x, _ = cam.to_view(*ashgabat)
    assert x > cam.viewport[0]
    cam.zoom_step_about(1, ashgabat)
    x, y = cam.to_view(*ashgabat)
    assert 0 <= x <= cam.viewport[0] and 0 <= y <= cam.viewport[1]  # brought back in
