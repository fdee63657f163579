"""Which country a finger is on, in map units. Pure Python: no Qt here.

A point is in a country when a ray from it crosses the country's rings an odd
number of times (even-odd, as the canvas fills them: a ring inside another is
a hole). Each country's bounding box is tried first, so that a tap looks at
the points of only the few countries around it.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping

from kiosk.models.map_shapes import Box, Point, Ring, Shape


def ring_crossings(ring: Ring, point: Point) -> int:
    """How often a ray from ``point`` to the right crosses ``ring``'s edges."""
    x, y = point
    crossings = 0
    x0, y0 = ring[-1]
    for x1, y1 in ring:
        # Half-open in y: a vertex on the ray is counted once, never twice.
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            crossings += 1
        x0, y0 = x1, y1
    return crossings


def contains(shape: Shape, point: Point) -> bool:
    if not shape.box.contains(point):
        return False
    return sum(ring_crossings(ring, point) for ring in shape.rings) % 2 == 1


def country_at(
    countries: Mapping[str, Shape],
    point: Point,
    radius: float,
    tappable: Collection[str],
) -> str:
    """The country under ``point``; else the nearest *small* tappable one
    whose box is within ``radius`` of it (Singapore, Malta, Bahrain: smaller
    than a fingertip at most zooms). "" for the sea."""
    for code, shape in countries.items():
        if contains(shape, point):
            return code
    best, best_distance = "", radius
    for code, shape in countries.items():
        if code not in tappable or not shape.box.grown(radius).contains(point):
            continue
        small = max(shape.box.width, shape.box.height) < 2 * radius
        distance = math.dist(shape.box.centre, point)
        if small and distance < best_distance:
            best, best_distance = code, distance
    return best


def inside_point(shape: Shape) -> Point:
    """A point well inside the shape's largest ring (for labels, and for the
    tests' fingers): the centre of its box if that is inside the shape, else
    the middle of the widest inside stretch of the line through that centre
    (a crescent, a ring around a hole)."""
    largest = max(shape.rings, key=_area_of_box)
    centre = Box.around((largest,)).centre
    if contains(shape, centre):
        return centre
    y = centre[1]
    xs = sorted(
        x0 + (y - y0) * (x1 - x0) / (y1 - y0)
        for ring in shape.rings
        for (x0, y0), (x1, y1) in zip((ring[-1], *ring[:-1]), ring, strict=True)
        if (y0 > y) != (y1 > y)
    )
    # Crossings pair up: inside between the 1st and 2nd, the 3rd and 4th, …
    spans = [(xs[i], xs[i + 1]) for i in range(0, len(xs) - 1, 2)]
    if not spans:
        return centre
    left, right = max(spans, key=lambda span: span[1] - span[0])
    return ((left + right) / 2, y)


def _area_of_box(ring: Ring) -> float:
    box = Box.around((ring,))
    return box.width * box.height
