"""A region's name off its land, as a callout: where the label stands and
where its leader line ends. Pure Python: no Qt here.

Turkmenistan's own region is named on the whole world's view. Where its
label finds no place on its land (Central Asia, small among large regions
at the world's zoom), it stands off the region as a callout, as near as
there is room, with a leader line to the region, as an atlas names a small
country (kiosk.models.map_regions.RegionPlaces.spots decides when). Only
that region: a callout for every region too small for its name would crowd
the map with lines.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kiosk.models.map_shapes import Box, Point

if TYPE_CHECKING:
    from kiosk.models.map_regions import Label

# The label stands at least CALLOUT_GAP line heights off the region's point
# its leader goes to, and at most CALLOUT_REACH label heights off its anchor.
CALLOUT_GAP = 1.0
CALLOUT_REACH = 6.0
CALLOUT_DIRECTIONS = 24
# A place above or below the region costs as much as this many steps
# further out beside it: a label over the land to the north or south of
# Central Asia (Russia, Southern Asia) seemed to name that land, while one
# beside it reads along its leader.
CALLOUT_VERTICAL_COST = 2.0
# The places tried, cheapest first: (cost, ring, angle).
_CALLOUT_TRIES = sorted(
    (ring + CALLOUT_VERTICAL_COST * round(abs(math.sin(angle)), 6), ring, angle)
    for ring in range(int(CALLOUT_REACH / CALLOUT_GAP))
    for angle in (2 * math.pi * step / CALLOUT_DIRECTIONS for step in range(CALLOUT_DIRECTIONS))
)
# The leader may end elsewhere on the region's land than its anchor: at the
# points of a grid this many a side over its frame, the nearest the label.
CALLOUT_ENDS = 7


def home_callout(
    forms: Sequence[Label],
    view: Box,
    keep_out: Sequence[Box],
    placed: Sequence[Box],
    *,
    home: Box | None,
    on_land: Callable[[Point], bool],
    edge_room: float,
) -> tuple[Label, Point, Point] | None:
    """The home region's callout: which of its ``forms`` (its name on one
    line, then on two) stands where, and where its leader ends. ``home`` is
    Turkmenistan's mark on screen, which no leader ends on; ``on_land``
    tells whether a point on screen is the region's land."""
    if not forms:
        return None
    # A callout's pill also holds its region's colour (MapLabels.qml): a
    # swatch and a gap, 3/4 of a one-line label's height.
    swatch = 0.75 * forms[0].height + 2
    forms = [replace(form, width=form.width + swatch) for form in forms]
    known: dict[Point, bool] = {}

    def on_land_once(point: Point) -> bool:  # each point looked up once
        if point not in known:
            known[point] = on_land(point)
        return known[point]

    def ends() -> list[Point]:
        return _grid(forms[0], home)

    # The cheaper of its forms (on one line where as cheap as on two): a name
    # on two lines beside the region reads better than one line across the
    # map at the end of a long leader.
    found = [
        (spot[2], n, form, spot)
        for n, form in enumerate(forms)
        if (spot := place_callout(
            form, view, keep_out, placed, ends, on_land_once, edge_room=edge_room
        ))
    ]  # fmt: skip
    if not found:
        return None
    _, _, form, (centre, end, _) = min(found, key=lambda f: f[:2])
    return form, centre, end


def _grid(label: Label, home: Box | None) -> list[Point]:
    """Points over the region's frame on screen (label.region), off
    Turkmenistan's mark: where a callout's leader may end. CALLOUT_ENDS a
    side."""
    frame = label.region
    points = [
        (
            frame.left + frame.width * (i + 0.5) / CALLOUT_ENDS,
            frame.top + frame.height * (j + 0.5) / CALLOUT_ENDS,
        )
        for i in range(CALLOUT_ENDS)
        for j in range(CALLOUT_ENDS)
    ]
    return [p for p in points if home is None or not home.contains(p)]


def place_callout(
    label: Label,
    view: Box,
    keep_out: Sequence[Box],
    placed: Sequence[Box],
    ends: Callable[[], Sequence[Point]] = tuple,
    on_land: Callable[[Point], bool] | None = None,
    *,
    edge_room: float = 8.0,
) -> tuple[Point, Point, float] | None:
    """Where a label stands off its region, as a callout: its centre, where
    on the region its leader line ends, and the place's cost (its distance
    off the anchor, in steps, more above or below it).

    The label stands whole inside ``view`` and ``edge_room`` from its edges
    and the ``keep_out`` boxes, on no ``placed`` label. Places are tried
    cheapest first: outwards from the anchor (label.x, label.y), and beside
    it before above or below it (CALLOUT_VERTICAL_COST); the first that has
    a leader wins. The leader goes to whichever of the anchor and
    ``ends()`` (other points over the region) is nearest the label, on the
    region's land (``on_land``), at least CALLOUT_GAP label heights long and
    over none of the boxes. None where there is no room within CALLOUT_REACH
    label heights. (Looking at the land under each place, to prefer the sea,
    cost 20 ms a placement: the map places its labels as it pans.)"""
    room = view.grown(-edge_room)
    blocked = [box.grown(edge_room) for box in keep_out] + list(placed)
    # The leader may pass nearer the buttons and Turkmenistan's mark than
    # a label may stand (the anchor itself can lie within edge_room of the
    # mark), never over them or over a label.
    crossed = [*keep_out, *placed]

    # Only a point on screen can be pointed at (zoomed on another region,
    # this one may lie partly or wholly off it).
    def on_screen(points: Iterable[Point]) -> list[Point]:
        return [
            (x, y)
            for x, y in points
            if room.left <= x <= room.right and room.top <= y <= room.bottom
        ]

    anchor = on_screen([(label.x, label.y)])
    others: list[Point] | None = None
    gap = CALLOUT_GAP * label.height / label.lines  # a line's height, on two lines too
    for cost, ring, angle in _CALLOUT_TRIES:
        reach = gap * (ring + 1)
        # The box's nearest edge ``reach`` from the anchor, along ``angle``.
        ux, uy = math.cos(angle), math.sin(angle)
        half_w, half_h = label.width / 2 + reach, label.height / 2 + reach
        scale = min(half_w / abs(ux) if ux else math.inf, half_h / abs(uy) if uy else math.inf)
        x = math.floor(label.x + ux * scale - label.width / 2 + 0.5) + label.width / 2
        y = math.floor(label.y + uy * scale - label.height / 2 + 0.5) + label.height / 2
        box = Box(
            x - label.width / 2, y - label.height / 2, x + label.width / 2, y + label.height / 2
        )
        inside = (
            room.left <= box.left
            and box.right <= room.right
            and room.top <= box.top
            and box.bottom <= room.bottom
        )
        if not inside or any(box.overlaps(other) for other in blocked):
            continue
        if others is None:
            others = on_screen(ends())
        # The shortest leader: it crosses the least of other regions' land
        # (to the anchor in Kazakhstan from a label south of Turkmenistan,
        # it ran across Southern Asia).
        nearest = sorted([*anchor, *others], key=lambda p: _distance(box, p))
        end = _leader_end(box, nearest, gap, crossed, on_land)
        if end is not None:
            return (x, y), end, cost
    return None


def _leader_end(
    box: Box,
    ends: Sequence[Point],
    gap: float,
    crossed: Sequence[Box],
    on_land: Callable[[Point], bool] | None = None,
) -> Point | None:
    """The first of ``ends`` a leader from ``box`` can go to: at least
    ``gap`` long, over none of the ``crossed`` boxes, and (``on_land``, asked
    last: it is the costly test) on the region's land."""
    for x, y in ends:
        near = _nearest_on(box, x, y)
        if math.hypot(near[0] - x, near[1] - y) < gap - 0.5:
            continue
        if any(_crosses(x, y, *near, other) for other in crossed):
            continue
        if on_land is None or on_land((x, y)):
            return x, y
    return None


def _distance(box: Box, point: Point) -> float:
    near = _nearest_on(box, *point)
    return math.hypot(near[0] - point[0], near[1] - point[1])


def _nearest_on(box: Box, x: float, y: float) -> Point:
    """The point of ``box`` nearest (x, y): where a leader line meets it."""
    return min(max(x, box.left), box.right), min(max(y, box.top), box.bottom)


def _crosses(x0: float, y0: float, x1: float, y1: float, box: Box) -> bool:
    """Whether the segment from (x0, y0) to (x1, y1) passes through the
    inside of ``box`` (Liang–Barsky clipping; touching an edge is not)."""
    low, high = 0.0, 1.0
    dx, dy = x1 - x0, y1 - y0
    for p, q in (
        (-dx, x0 - box.left),
        (dx, box.right - x0),
        (-dy, y0 - box.top),
        (dy, box.bottom - y0),
    ):
        if p == 0:
            if q <= 0:
                return False  # parallel to this edge and outside (or on) it
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low >= high:
            return False
    return True
