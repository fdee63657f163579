"""The region labels' anchors, placed by hand, on the packaged map: each on
its region's land, well away from Turkmenistan, and the first view frames the
land with every anchor in it, in every orientation."""

from __future__ import annotations

import math

import pytest

from kiosk import paths
from kiosk.content import load_content
from kiosk.models.map_anchors import ANCHORS, MAP_WIDTH, project
from kiosk.models.map_camera import MapCamera
from kiosk.models.map_hits import contains
from kiosk.models.map_regions import RegionPlaces
from kiosk.models.map_shapes import Box, read_world, world_file

# An anchor keeps this far from Turkmenistan's outline, in map units (about
# 6 degrees of latitude): even framed at the closest zoom, a label centred on
# it (half a label's height) never reaches Turkmenistan or Ashgabat's mark.
HOME_CLEARANCE = 30.0
# The view sizes the map gets: landscape 1080p, upright, 1280x800, large text.
VIEWPORTS = [(1268, 620), (1000, 956), (790, 450), (1268, 540), (1000, 960)]


@pytest.fixture(scope="module")
def world():
    return read_world(world_file())


@pytest.fixture(scope="module")
def regions():
    return load_content(paths.default_content_dir()).content.regions


@pytest.fixture(scope="module")
def places(world, regions):
    placed = RegionPlaces()
    placed.place(regions, world.countries, width=world.width, home="TM")
    return placed


def test_the_projection_is_the_map_builders(world):
    """tools/build_map.py projected Ashgabat into world.json: the same point."""
    assert world.width == MAP_WIDTH
    x, y = project(58.38, 37.95, world.width)
    assert (x, y) == pytest.approx(world.places["ashgabat"], abs=0.06)


def test_every_region_has_an_anchor_placed_by_hand(regions, places):
    assert {r.id for r in regions} == set(ANCHORS)
    for region_id, (lon, lat) in ANCHORS.items():
        assert places.anchors[region_id] == pytest.approx(project(lon, lat))


def test_each_anchor_is_on_its_regions_land(world, regions, places):
    for region in regions:
        anchor = places.anchors[region.id]
        assert any(
            contains(world.countries[c], anchor) for c in region.countries if c in world.countries
        ), region.id


def _distance_to_box(point: tuple[float, float], box: Box) -> float:
    dx = max(box.left - point[0], 0.0, point[0] - box.right)
    dy = max(box.top - point[1], 0.0, point[1] - box.bottom)
    return math.hypot(dx, dy)


def test_no_anchor_is_near_turkmenistan(world, places):
    home = world.countries["TM"].box
    for region_id, anchor in places.anchors.items():
        assert _distance_to_box(anchor, home) >= HOME_CLEARANCE, region_id


def test_a_wrong_anchor_falls_back_to_the_regions_own_land(world, regions):
    """An anchor off its region's land (a typo in the data) is not used."""
    from kiosk.models import map_regions

    europe = next(r for r in regions if r.id == "europe")
    shapes = [world.countries[c] for c in europe.countries if c in world.countries]
    sahara = project(10.0, 24.0)
    point = map_regions.label_anchor("europe", shapes, {"europe": sahara})
    assert point != sahara
    assert any(contains(s, point) for s in shapes)


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_the_first_view_frames_the_land_with_every_anchor(world, places, viewport):
    camera = MapCamera(world.width, world.height)
    camera.set_viewport(*viewport)
    whole_world_scale = camera.scale  # zoom 1: the world's rectangle fits
    camera.set_home(places.land(), places.anchor_box())
    camera.reset()
    seen = camera.visible()
    for region_id, anchor in places.anchors.items():
        assert seen.contains(anchor), (viewport, region_id)
    land = places.land()
    assert camera.scale > whole_world_scale * 1.05, "the land, not the world's rectangle"
    if viewport[0] / viewport[1] > land.width / land.height:  # wider than the land
        # Landscape: all the land in view, north to south.
        assert seen.top <= land.top + 1 and land.bottom - 1 <= seen.bottom
    else:  # upright: the land takes more of the view's height than the world's strip did
        land_height_px = land.height * camera.scale
        assert land_height_px >= 0.55 * viewport[1], land_height_px
