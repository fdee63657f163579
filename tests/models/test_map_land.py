"""The land index answers as the exact test over every country does."""

from __future__ import annotations

from kiosk import paths
from kiosk.content import load_content
from kiosk.models.map_hits import contains
from kiosk.models.map_land import LandIndex
from kiosk.models.map_shapes import read_world, world_file


def test_the_index_finds_the_same_region_as_every_country_tried_in_turn():
    world = read_world(world_file())
    regions = load_content(paths.default_content_dir()).content.regions
    shapes = {
        r.id: [world.countries[c] for c in r.countries if c in world.countries] for r in regions
    }
    index = LandIndex(shapes)
    found = set()
    # A grid of points a little off round numbers (on no cell's edge), and
    # every region's country box corners just inside.
    points = [(x * 7.3 + 0.11, y * 7.3 + 0.13) for x in range(275) for y in range(130)]
    for region_shapes in shapes.values():
        for shape in region_shapes:
            box = shape.box.grown(-1e-6)
            points += [(box.left, box.top), (box.right, box.bottom)]
    for point in points:
        expected = next(
            (r for r, ss in shapes.items() if any(contains(s, point) for s in ss)), None
        )
        assert index.region_at(point) == expected, point
        found.add(expected)
    assert found >= {None, *shapes}  # every region and the sea were seen
    assert LandIndex({}).region_at((10.0, 10.0)) is None
