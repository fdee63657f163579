"""The arcs the attract screen draws from Ashgabat to the partner regions.

Pure Python (no Qt): where each arc starts, bends and ends, in map units,
and how the whole map fits a picture of a given size. The picture
(kiosk/views/attract_map.py) paints the land once; QML draws each arc as a
small cached shape and only fades it in and out, which the software
renderer does cheaply.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kiosk.content.model import Region
from kiosk.models.map_regions import RegionPlaces
from kiosk.models.map_shapes import Point, Shape

# How far an arc bows away from the straight line, as a share of its length:
# enough to read as a route, not a loop.
LIFT = 0.22
# A region whose anchor is closer than this to Ashgabat (map units; the map
# is 2000 wide) gets no arc, only its dot: a stub of an arc reads as a smudge.
MIN_LENGTH = 40.0


@dataclass(frozen=True)
class Arc:
    """One arc, in map units: from home to a region's anchor, bent through
    ``control`` (a quadratic curve). ``row`` is the region's colour row."""

    region: str
    row: int
    start: Point
    control: Point
    end: Point

    @property
    def length(self) -> float:
        return math.dist(self.start, self.end)


def region_anchors(regions: Iterable[Region], countries: Mapping[str, Shape]) -> dict[str, Point]:
    """Each region's anchor: a point well inside its largest piece of land
    (where the map screen puts its label)."""
    places = RegionPlaces()
    places.place(regions, countries)
    return places.anchors


def arcs_from(home: Point, anchors: Mapping[str, Point], rows: Mapping[str, int]) -> list[Arc]:
    """An arc from ``home`` to each anchor, in the regions' row order. Each
    bows northwards (up on the map), so that arcs to the east and west read
    as one fan over Asia and Europe rather than a tangle."""
    arcs = []
    for region, end in sorted(anchors.items(), key=lambda item: rows.get(item[0], 0)):
        dx, dy = end[0] - home[0], end[1] - home[1]
        length = math.hypot(dx, dy)
        if length < MIN_LENGTH:
            continue
        # The normal of the chord that points up the map (y grows downwards).
        nx, ny = -dy / length, dx / length
        if ny > 0:
            nx, ny = -nx, -ny
        mid = ((home[0] + end[0]) / 2, (home[1] + end[1]) / 2)
        control = (mid[0] + nx * LIFT * length, mid[1] + ny * LIFT * length)
        arcs.append(Arc(region, rows.get(region, 0), home, control, end))
    return arcs


@dataclass(frozen=True)
class Fit:
    """The whole map fitted into a picture, its aspect kept, centred."""

    scale: float
    dx: float
    dy: float

    @classmethod
    def of(cls, world: tuple[float, float], view: tuple[float, float]) -> Fit:
        (ww, wh), (vw, vh) = world, view
        if ww <= 0 or wh <= 0 or vw <= 0 or vh <= 0:
            return cls(0.0, 0.0, 0.0)
        scale = min(vw / ww, vh / wh)
        return cls(scale, (vw - ww * scale) / 2, (vh - wh * scale) / 2)

    def point(self, p: Point) -> Point:
        return (p[0] * self.scale + self.dx, p[1] * self.scale + self.dy)


def arc_in_view(arc: Arc, fit: Fit, pad: float) -> dict[str, float]:
    """An arc placed in the picture: its box (``x``, ``y``, ``width``,
    ``height``, grown by ``pad`` for the stroke and the end dot) and its
    three points relative to that box, as QML's shapes take them."""
    points = [fit.point(p) for p in (arc.start, arc.control, arc.end)]
    # A quadratic curve stays inside the triangle of its points, so their
    # box holds the whole arc.
    left = min(x for x, _ in points) - pad
    top = min(y for _, y in points) - pad
    right = max(x for x, _ in points) + pad
    bottom = max(y for _, y in points) + pad
    (sx, sy), (cx, cy), (ex, ey) = ((x - left, y - top) for x, y in points)
    return {
        "x": left, "y": top, "width": right - left, "height": bottom - top,
        "startX": sx, "startY": sy, "controlX": cx, "controlY": cy, "endX": ex, "endY": ey,
    }  # fmt: skip
