"""Which region's land lies under a point of the map, fast enough to ask
thousands of times while the map pans (the region labels look at their
centre lines at every place they might stand). Pure Python: no Qt here.

A coarse grid over the map lists, per cell, the rings whose box touches it
(by country), so that a point is tested against the few rings near it
rather than every coast of two hundred countries: a ring whose box does
not hold the point cannot change whether it is inside. A ring's edges are
sorted into thin horizontal bands, so that a point is tested against the
few edges level with it rather than Russia's thousands (placing the labels
for a new text size asks thousands of points: this was most of its cost).
The test is kiosk.models.map_hits' (even-odd, as the canvas fills), edge
for edge.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from kiosk.models.map_shapes import Box, Point, Ring, Shape

# What lies under a point of a label's centre line (land_under).
OWN, SEA, FOREIGN = 1, 0, -1
# Points along a label's centre line looked at.
LAND_SAMPLES = 13
# Grid cells this many map units square (the map is 2000 units across): a
# cell holds a handful of countries, and Russia's box spans a few hundred.
CELL = 25.0
# A ring's edges are sorted into bands this many map units high: a band of
# Russia's coast holds a few dozen of its edges.
BAND = 4.0


class LandIndex:
    """Region id by point, over the countries of every region."""

    def __init__(self, regions: Mapping[str, Iterable[Shape]]) -> None:
        # Per cell, each country with a ring whose box touches the cell, and
        # only those rings: a ring whose box does not hold a point is crossed
        # an even number of times by the point's ray, and leaves the count's
        # parity as it is (Canada's and Indonesia's hundreds of islands).
        self._cells: dict[tuple[int, int], list[_Country]] = {}
        for region_id, shapes in regions.items():
            for shape in shapes:
                rings: dict[tuple[int, int], list[_Edges]] = {}
                for ring in shape.rings:
                    edges = _Edges(ring)
                    for cell in _cells_of(edges.box):
                        rings.setdefault(cell, []).append(edges)
                for cell, edges_in_cell in rings.items():
                    self._cells.setdefault(cell, []).append(
                        _Country(region_id, shape.box, edges_in_cell)
                    )

    def region_at(self, point: Point) -> str | None:
        """The region whose land is under ``point``; None for the sea."""
        x, y = point
        for country in self._cells.get((int(x // CELL), int(y // CELL)), ()):
            box = country.box
            if not (box.left <= x <= box.right and box.top <= y <= box.bottom):
                continue
            crossings = 0
            for edges in country.rings:
                held = edges.box
                if held.left <= x <= held.right and held.top <= y <= held.bottom:
                    crossings += edges.crossings(x, y)
            if crossings % 2:
                return country.region
        return None


def _cells_of(box: Box) -> Iterable[tuple[int, int]]:
    for i in range(int(box.left // CELL), int(box.right // CELL) + 1):
        for j in range(int(box.top // CELL), int(box.bottom // CELL) + 1):
            yield i, j


@dataclass(frozen=True)
class _Country:
    region: str
    box: Box
    rings: list[_Edges]


class _Edges:
    """A ring's edges by band: the ray to the right of a point crosses only
    edges that span its height, and those all lie in the point's band."""

    __slots__ = ("_bands", "_first", "box")

    def __init__(self, ring: Ring) -> None:
        self.box = Box.around((ring,))
        self._first = int(self.box.top // BAND)
        self._bands: list[list[tuple[float, float, float, float]]] = [
            [] for _ in range(int(self.box.bottom // BAND) - self._first + 1)
        ]
        x0, y0 = ring[-1]
        for x1, y1 in ring:
            if y0 != y1:  # a level edge never crosses a level ray
                low, high = (y0, y1) if y0 < y1 else (y1, y0)
                for band in range(int(low // BAND), int(high // BAND) + 1):
                    self._bands[band - self._first].append((x0, y0, x1, y1))
            x0, y0 = x1, y1

    def crossings(self, x: float, y: float) -> int:
        """How often the ray from (x, y) to the right crosses the ring (``y``
        within its box): map_hits.ring_crossings, over the edges level with it."""
        crossings = 0
        for x0, y0, x1, y1 in self._bands[int(y // BAND) - self._first]:
            # Half-open in y: a vertex on the ray is counted once, never twice.
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                crossings += 1
        return crossings


def land_under(
    box: Box, region_id: str, land: LandIndex, to_map: Callable[[float, float], Point]
) -> list[int]:
    """What lies under each of LAND_SAMPLES points along ``box``'s centre
    line (view pixels), from one rounded end to the other: OWN (the land of
    ``region_id``), FOREIGN (another region's) or SEA."""
    y = (box.top + box.bottom) / 2
    inset = min(box.height / 2, box.width / 2)
    left, right = box.left + inset, box.right - inset
    found = []
    for i in range(LAND_SAMPLES):
        region = land.region_at(to_map(left + (right - left) * i / (LAND_SAMPLES - 1), y))
        found.append(SEA if region is None else OWN if region == region_id else FOREIGN)
    return found
