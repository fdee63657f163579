"""Which country a finger is on, and the map file's shapes and size, without
a window. Pure Python, except the last test, which holds the hit-test
against the Qt paths the canvas paints."""

from __future__ import annotations

import json
import random

import pytest

from kiosk.models import map_hits
from kiosk.models.map_shapes import Box, Shape, parse_rings, read_size, read_world, world_file

SQUARE = ((0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0))
HOLE = ((3.0, 3.0), (7.0, 3.0), (7.0, 7.0), (3.0, 7.0))


def square_at(x: float, y: float, size: float) -> tuple[tuple[float, float], ...]:
    return ((x, y), (x + size, y), (x + size, y + size), (x, y + size))


def test_rings_are_read_from_the_maps_path_syntax():
    rings = parse_rings("M0,0 10,0 10,10 0,10Z M3,3 7,3 7,7Z M1,1 2,2Z")
    assert rings == (SQUARE, ((3, 3), (7, 3), (7, 7)))  # a two-point sliver is no ring
    assert Shape.of(rings).box == Box(0, 0, 10, 10)
    assert Shape.of(()).box.contains((0, 0)) is False


def test_a_ring_inside_another_is_a_hole():
    ring_with_hole = Shape.of((SQUARE, HOLE))
    assert map_hits.contains(ring_with_hole, (1, 1))
    assert not map_hits.contains(ring_with_hole, (5, 5))  # Lesotho is not South Africa
    assert map_hits.contains(Shape.of((HOLE,)), (5, 5))
    assert not map_hits.contains(ring_with_hole, (11, 5))


def test_a_point_on_a_vertex_is_counted_once():
    diamond = Shape.of((((5.0, 0.0), (10.0, 5.0), (5.0, 10.0), (0.0, 5.0)),))
    assert map_hits.contains(diamond, (5, 5))
    assert map_hits.contains(diamond, (2, 5))  # the ray passes the vertex at (10, 5)
    assert not map_hits.contains(diamond, (-1, 5))


def test_the_country_under_the_finger_wins():
    countries = {"AA": Shape.of((SQUARE,)), "BB": Shape.of((square_at(20, 0, 10),))}
    assert map_hits.country_at(countries, (25, 5), radius=30, tappable={"AA", "BB"}) == "BB"
    assert map_hits.country_at(countries, (5, 5), radius=0, tappable=()) == "AA"


def test_a_small_country_near_the_finger_counts():
    countries = {
        "BIG": Shape.of((square_at(0, 0, 100),)),
        "ISLE": Shape.of((square_at(120, 50, 2),)),
        "ROCK": Shape.of((square_at(140, 50, 2),)),
    }
    tappable = {"BIG", "ISLE", "ROCK"}
    assert map_hits.country_at(countries, (125, 48), radius=8, tappable=tappable) == "ISLE"
    assert map_hits.country_at(countries, (136, 51), radius=8, tappable=tappable) == "ROCK"
    assert map_hits.country_at(countries, (130, 20), radius=8, tappable=tappable) == ""  # sea
    # Only a small one: the sea beside a large country stays sea.
    assert map_hits.country_at(countries, (103, 50), radius=8, tappable=tappable) == ""
    # Only a tappable one (a country in no partner region is not).
    assert map_hits.country_at(countries, (125, 48), radius=8, tappable={"ROCK"}) == ""


def test_inside_point_is_inside_even_for_a_ring_around_a_hole():
    ring_with_hole = Shape.of((SQUARE, HOLE))
    point = map_hits.inside_point(ring_with_hole)
    assert map_hits.contains(ring_with_hole, point)
    crescent = Shape.of(
        (((0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0), (0.0, 8.0), (8.0, 8.0),
          (8.0, 2.0), (0.0, 2.0)),)
    )  # a C open to the left: its box's centre is outside it
    assert not map_hits.contains(crescent, (5, 5))
    assert map_hits.contains(crescent, map_hits.inside_point(crescent))
    islands = Shape.of((square_at(0, 0, 1), square_at(50, 50, 10)))
    assert map_hits.inside_point(islands) == (55, 55)  # the largest part


def test_the_size_comes_from_the_first_bytes_of_the_packaged_map():
    data = json.loads(world_file().read_text("utf-8"))
    assert read_size(world_file()) == (data["width"], data["height"])
    assert world_file().read_text("utf-8").index('"countries"') < 1024
    shapes = read_world(world_file())
    assert (shapes.width, shapes.height) == (data["width"], data["height"])
    assert set(shapes.countries) == set(data["countries"])
    assert shapes.aspect == pytest.approx(data["height"] / data["width"])


def test_a_map_without_its_size_up_front_is_read_whole(tmp_path):
    moved = tmp_path / "moved.json"
    moved.write_text(json.dumps({"countries": {}, "width": 300, "height": 100.5}), "utf-8")
    assert read_size(moved) == (300, 100.5)
    for name, text in {
        "empty.json": "",
        "no-size.json": '{"source": "x", "countries": {}}',
        "zero.json": '{"width": 0, "height": 10, "countries": {}}',
        "words.json": '{"width": "wide", "height": 10, "countries": {}}',
    }.items():
        (tmp_path / name).write_text(text, "utf-8")
        with pytest.raises(ValueError):
            read_size(tmp_path / name)
    with pytest.raises(OSError):
        read_size(tmp_path / "missing.json")
    (tmp_path / "no-map.json").write_text('{"width": 1, "height": 1, "countries": 5}', "utf-8")
    with pytest.raises(ValueError):
        read_world(tmp_path / "no-map.json")


def test_hits_agree_with_the_painted_shapes():
    """A tap lands in the country the canvas painted there: the hit-test and
    Qt's fill of the same rings agree at thousands of points."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainterPath, QPolygonF

    shapes = read_world(world_file())
    rng = random.Random(12)
    for code in ("RU", "ZA", "IT", "ID", "CA", "GR", "TM"):
        shape = shapes.countries[code]
        path = QPainterPath()
        for ring in shape.rings:
            path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
            path.closeSubpath()
        box = shape.box.grown(2)
        for _ in range(600):
            point = (rng.uniform(box.left, box.right), rng.uniform(box.top, box.bottom))
            assert map_hits.contains(shape, point) == path.contains(QPointF(*point)), (code, point)
