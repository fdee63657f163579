"""Where a region is on the map: the box a camera move frames, and where its
label goes. Pure Python: no Qt here.

A region's *frame* is not the box around all its shapes: the map is cut at
the antimeridian (its edges are 168.5°W), so Chukotka's tip, the Aleutians'
west end or French Polynesia lie at the map's other edge, and a box around
everything would be the whole world. The frame holds the region's *core*
(every ring with a real share of its land) and what lies near that core;
small shapes far from it (a few islands, an edge's sliver) are left out of
the frame, though never out of the map.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from kiosk.content.model import Region
from kiosk.models.map_anchors import MAP_WIDTH, hand_anchors
from kiosk.models.map_camera import MapCamera
from kiosk.models.map_hits import contains, inside_point
from kiosk.models.map_land import LandIndex
from kiosk.models.map_shapes import Box, Point, Ring, Shape

# A ring with at least this share of the region's land is in its core.
CORE_SHARE = 0.01
# Near the core: within this share of the core's larger side.
NEAR = 0.12
# Turkmenistan's mark keeps this much room (view pixels) free of labels.
HOME_ROOM = 10.0
# The first view keeps the anchors this share of the land's width inside
# its edges: room for half a label on either side.
ANCHOR_ROOM = 0.1
# A label keeps this much room (view pixels) from the view's edges and from
# every control: a label pressed against a button or cut by the edge looks
# like a fault, and a finger meant for the button lands on the label.
EDGE_ROOM = 8.0
# A label stands with at least this share of its centre line over its own
# region's land, and at most FOREIGN_SHARE over other regions' land: slid
# off its anchor over a neighbour, it would seem to name the neighbour.
# Better hidden than misleading. (The sea under the rest misleads no one.)
LAND_SHARE = 0.5
FOREIGN_SHARE = 0.25
# What lies under a point of a label's centre line.
OWN, SEA, FOREIGN = 1, 0, -1
# Points along a label's centre line looked at for that share.
LAND_SAMPLES = 13
# Turkmenistan's own region is named at every zoom. Where its label finds no
# place on its land (Central Asia, small among large regions at the whole
# world's zoom), it stands off the region as a callout: as near as there is
# room, at least CALLOUT_GAP label heights from its anchor and at most
# CALLOUT_REACH, with a leader line to the anchor, as an atlas names a small
# country. Only that region: a callout for every region too small for its
# name would crowd the map with lines.
CALLOUT_GAP = 1.0
CALLOUT_REACH = 6.0
CALLOUT_DIRECTIONS = 24
# Beside the anchor first, then ever more above or below it.
_CALLOUT_ANGLES = sorted(
    (2 * math.pi * step / CALLOUT_DIRECTIONS for step in range(CALLOUT_DIRECTIONS)),
    key=lambda angle: round(abs(math.sin(angle)), 6),
)
# Where the line to the anchor is barred, the leader may end elsewhere on the
# region's land: points of a grid this many a side over its frame.
CALLOUT_ENDS = 7


def ring_area(ring: Ring) -> float:
    """The area inside a ring (shoelace; map units squared)."""
    total = 0.0
    x0, y0 = ring[-1]
    for x1, y1 in ring:
        total += x0 * y1 - x1 * y0
        x0, y0 = x1, y1
    return abs(total) / 2


def _union(boxes: Iterable[Box]) -> Box:
    boxes = list(boxes)
    return Box(
        min(b.left for b in boxes),
        min(b.top for b in boxes),
        max(b.right for b in boxes),
        max(b.bottom for b in boxes),
    )


def _overlaps(a: Box, b: Box) -> bool:
    return a.left <= b.right and b.left <= a.right and a.top <= b.bottom and b.top <= a.bottom


def region_frame(shapes: Iterable[Shape]) -> Box | None:
    """The box a camera move to this region frames (see the module's
    docstring); None for a region with nothing drawn."""
    rings = [(ring_area(ring), Box.around((ring,))) for shape in shapes for ring in shape.rings]
    if not rings:
        return None
    total = sum(area for area, _ in rings)
    largest = max(area for area, _ in rings)
    core = _union(box for area, box in rings if area >= CORE_SHARE * total or area == largest)
    near = core.grown(NEAR * max(core.width, core.height))
    return _union([core, *(box for _, box in rings if _overlaps(box, near))])


def largest_shape(shapes: Iterable[Shape]) -> Shape | None:
    """The region's largest single piece of land (Russia's mainland for
    Europe, Australia for Oceania), as a shape of its own."""
    best: tuple[float, Ring] | None = None
    for shape in shapes:
        for ring in shape.rings:
            area = ring_area(ring)
            if best is None or area > best[0]:
                best = (area, ring)
    return Shape.of((best[1],)) if best else None


def label_anchor(region_id: str, shapes: Sequence[Shape], hand: dict[str, Point]) -> Point | None:
    """Where a region's label goes: its anchor placed by hand
    (kiosk.models.map_anchors) when that lies on the region's land, else a
    point well inside its largest piece (a region new content adds)."""
    if (point := hand.get(region_id)) is not None and any(contains(s, point) for s in shapes):
        return point
    shape = largest_shape(shapes)
    return inside_point(shape) if shape else None


@dataclass(frozen=True)
class Label:
    """A label to place: its anchor on screen, the box it reserves (the
    widest of its names in every language, so which labels show never
    depends on the language), the on-screen box of its region's frame, and
    whether its region is the chosen one. A label wider or taller than its
    region on screen is not shown (it would lie over the neighbours, and seem
    to name them); the chosen region's label always is, where there is room,
    since the camera frames that region."""

    key: str
    x: float
    y: float
    width: float
    height: float
    region: Box
    chosen: bool = False
    lines: int = 1  # the name on one line, or broken onto two
    # What lies under each point along a box's centre line: OWN, SEA or
    # FOREIGN land (None: land not known, every place counts as its own).
    land: Callable[[Box], Sequence[int]] | None = field(default=None, compare=False)


def label_box(label: Label, dx: float = 0.0, dy: float = 0.0) -> Box:
    """The label centred on its anchor, moved by (dx, dy) (view pixels)."""
    x, y = label.x + dx, label.y + dy
    return Box(x - label.width / 2, y - label.height / 2, x + label.width / 2, y + label.height / 2)


def _nudges(label: Label, view: Box) -> list[tuple[float, float]]:
    """Where a label may stand, best first: on its anchor, just below or
    above it, or beside it (its near end by the anchor); each also slid into
    the view where it crosses the view's edge. Only places that keep the
    anchor under the label or touching its edge: it still names that spot of
    the region's land."""
    step = label.height * 1.1
    side = label.width / 2 - label.height
    reach_x, reach_y = label.width / 2 - label.height / 2, label.height / 2 + step

    found: list[tuple[float, float]] = []
    for dx, dy in ((0.0, 0.0), (0.0, step), (0.0, -step), (side, 0.0), (-side, 0.0)):
        box = label_box(label, dx, dy)
        into_x = max(view.left - box.left, 0.0) - max(box.right - view.right, 0.0)
        into_y = max(view.top - box.top, 0.0) - max(box.bottom - view.bottom, 0.0)
        for spot in ((dx, dy), (dx + into_x, dy + into_y)):
            if abs(spot[0]) <= reach_x and abs(spot[1]) <= reach_y and spot not in found:
                found.append(spot)
    return found


def _fit(label: Label, box: Box) -> tuple[bool, bool, float, float]:
    """How well a box stands on its region: whether it stands well (at
    least LAND_SHARE of its centre line over its own land, at most
    FOREIGN_SHARE over other regions'); then, to choose among places that
    do not (the chosen label must show), whether its middle is over its own
    land, the share of its own land and how nearly that land is centred
    under it, so that it overhangs evenly on both sides rather than on one."""
    if label.land is None:
        return True, True, 1.0, 0.0
    under = label.land(box)
    where = [i / max(len(under) - 1, 1) for i, what in enumerate(under) if what == OWN]
    if not where:
        return False, False, 0.0, -1.0
    share = round(len(where) / len(under), 2)
    foreign = under.count(FOREIGN) / len(under)
    good = share >= LAND_SHARE and foreign <= FOREIGN_SHARE
    middle = under[len(under) // 2] == OWN
    return good, middle, share, -abs(sum(where) / len(where) - 0.5)


def _spread(label: Label, view: Box) -> list[tuple[float, float]]:
    """Places over the region's frame on screen, nearest the anchor first:
    where a label goes when no place by its anchor stands on the region's
    land. The chosen label looks at a fine grid (a label's height apart: it
    must show); the others at a coarse one (at most about 7 by 7 places),
    so that placing every label stays cheap while the map pans."""
    area = Box(
        max(label.region.left, view.left),
        max(label.region.top, view.top),
        min(label.region.right, view.right),
        min(label.region.bottom, view.bottom),
    )
    if area.width <= 0 or area.height <= 0:
        return []
    step_x = step_y = max(label.height, 1.0)
    if not label.chosen:
        step_x = max(step_x, label.width / 4, area.width / 6)
        step_y = max(step_y, area.height / 6)
    spots = [
        (area.left + i * step_x - label.x, area.top + j * step_y - label.y)
        for i in range(int(area.width // step_x) + 1)
        for j in range(int(area.height // step_y) + 1)
    ]
    return sorted(spots, key=lambda d: math.hypot(*d))


def place_labels(labels: Sequence[Label], view: Box, keep_out: Sequence[Box]) -> dict[str, Point]:
    """Each label in one form only: see place_label_forms."""
    shown = place_label_forms([(label,) for label in labels], view, keep_out)
    return {key: point for key, (point, _) in shown.items()}


def place_label_forms(
    forms: Sequence[Sequence[Label]], view: Box, keep_out: Sequence[Box]
) -> dict[str, tuple[Point, Label]]:
    """Which labels show, where their centres are and in which of their
    forms (a name on one line, then on two), the labels in the order given
    (the first wins a place): each one whole inside ``view`` and EDGE_ROOM
    from its edges and from the ``keep_out`` boxes (the map's buttons,
    Turkmenistan's mark), on no label placed before it, mostly over its own
    region's land and little over others' (LAND_SHARE, FOREIGN_SHARE), and
    (but for the chosen region's) no larger than its region on screen. A
    label that finds no such place by its anchor looks over the rest of its
    region; if none is found, it waits for a zoom at which it fits. The
    chosen region's label always shows where there is room: at worst with
    its middle and the most of its own land under it."""
    room = view.grown(-EDGE_ROOM)
    keep_out = [box.grown(EDGE_ROOM) for box in keep_out]
    placed: list[Box] = []
    shown: dict[str, tuple[Point, Label]] = {}
    for label, last in ((f, f is fs[-1]) for fs in forms for f in fs):
        too_big = not label.chosen and (
            label.width > label.region.width or label.height > label.region.height
        )
        if too_big or label.key in shown:
            continue
        spots = _nudges(label, room) + _spread(label, room)
        best: tuple[tuple[bool, bool, float, float], Box, tuple[float, float]] | None = None
        for dx, dy in spots:
            # Judged as QML draws it: its corner on whole pixels (a point on
            # a coast came out on the other side of it half a pixel away).
            box = label_box(label, dx, dy)
            dx += math.floor(box.left + 0.5) - box.left
            dy += math.floor(box.top + 0.5) - box.top
            box = label_box(label, dx, dy)
            inside = (
                room.left <= box.left
                and box.right <= room.right
                and room.top <= box.top
                and box.bottom <= room.bottom
            )
            if not inside or any(_overlaps(box, other) for other in (*keep_out, *placed)):
                continue
            fit = _fit(label, box)
            if best is None or fit > best[0]:
                best = (fit, box, (dx, dy))
            if fit[0]:
                break
        # The chosen label shows even where it stands badly, but only in its
        # last form: a name on two lines may stand well where one did not.
        if best is not None and (best[0][0] or (label.chosen and last)):
            _, box, (dx, dy) = best
            placed.append(box)
            shown[label.key] = ((label.x + dx, label.y + dy), label)
    return shown


def place_callout(
    label: Label,
    view: Box,
    keep_out: Sequence[Box],
    placed: Sequence[Box],
    ends: Callable[[], Sequence[Point]] = tuple,
    on_land: Callable[[Point], bool] | None = None,
) -> tuple[Point, Point, float] | None:
    """Where a label stands off its region, as a callout: its centre, where
    on the region its leader line ends, and how far off the anchor it is.

    The label stands whole inside ``view`` and EDGE_ROOM from its edges and
    the ``keep_out`` boxes, on no ``placed`` label. Places are tried
    outwards from the anchor (label.x, label.y), beside it before above or
    below it at each distance (a short, level leader reads best); the first
    that has a leader wins. The leader goes to whichever of the anchor and
    ``ends()`` (other points over the region) is nearest the label, on the
    region's land (``on_land``), at least CALLOUT_GAP label heights long and
    over none of the boxes. None where there is no room within CALLOUT_REACH
    label heights. (Looking at the land under each place, to prefer the sea,
    cost 20 ms a placement: the map places its labels as it pans.)"""
    room = view.grown(-EDGE_ROOM)
    blocked = [box.grown(EDGE_ROOM) for box in keep_out] + list(placed)
    # The leader may pass nearer the buttons and Turkmenistan's mark than
    # a label may stand (the anchor itself can lie within EDGE_ROOM of the
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
    for ring in range(int(CALLOUT_REACH / CALLOUT_GAP)):
        reach = gap * (ring + 1)
        for angle in _CALLOUT_ANGLES:
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
            if not inside or any(_overlaps(box, other) for other in blocked):
                continue
            if others is None:
                others = on_screen(ends())
            # The shortest leader: it crosses the least of other regions' land
            # (to the anchor in Kazakhstan from a label south of Turkmenistan,
            # it ran across Southern Asia).
            nearest = sorted([*anchor, *others], key=lambda p: _distance(box, p))
            end = _leader_end(box, nearest, gap, crossed, on_land)
            if end is not None:
                return (x, y), end, reach
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


@dataclass
class RegionPlaces:
    """Where each region is: its frame and label anchor (map units), the
    labels' sizes and the boxes they keep off (view pixels, from QML), and
    Turkmenistan's box (map units), which no label covers."""

    frames: dict[str, Box] = field(default_factory=dict)
    anchors: dict[str, Point] = field(default_factory=dict)
    shapes: dict[str, list[Shape]] = field(default_factory=dict)  # each region's land
    land_index: LandIndex = field(default_factory=lambda: LandIndex({}))
    sizes: dict[str, tuple[float, float]] = field(default_factory=dict)
    # The same, with the name broken onto two lines (regions whose names
    # have more than one word): tried where the one-line label does not fit.
    two_line_sizes: dict[str, tuple[float, float]] = field(default_factory=dict)
    keep_out: tuple[Box, ...] = ()
    home: Box | None = None
    home_region: str = ""  # the region Turkmenistan is in: named at every zoom

    def place(
        self,
        regions: Iterable[Region],
        countries: Mapping[str, Shape],
        *,
        width: float = MAP_WIDTH,
        home: str = "",
    ) -> None:
        """Frames and anchors on a map ``width`` units across; ``home``: the
        country whose mark no label covers."""
        regions = list(regions)
        self.frames, self.anchors, self.shapes = {}, {}, {}
        hand = hand_anchors(width)
        for region in regions:
            shapes = [countries[c] for c in region.countries if c in countries]
            self.shapes[region.id] = shapes
            if (frame := region_frame(shapes)) is not None:
                self.frames[region.id] = frame
            if (anchor := label_anchor(region.id, shapes, hand)) is not None:
                self.anchors[region.id] = anchor
        self.land_index = LandIndex(self.shapes)
        self.home = countries[home].box if home in countries else None
        self.home_region = next((r.id for r in regions if home in r.countries), "")

    def land(self) -> Box | None:
        """The box around every region's frame: what the first view shows."""
        return _union(self.frames.values()) if self.frames else None

    def anchor_box(self) -> Box | None:
        """The box around every label's anchor, with room for their labels:
        what the first view keeps in sight."""
        if not self.anchors or (land := self.land()) is None:
            return None
        xs, ys = zip(*self.anchors.values(), strict=True)
        return Box(min(xs), min(ys), max(xs), max(ys)).grown(ANCHOR_ROOM * land.width)

    def home_box(self, camera: MapCamera) -> Box | None:
        """Turkmenistan and Ashgabat's mark on screen, with room around them."""
        if self.home is None:
            return None
        left, top = camera.to_view(self.home.left, self.home.top)
        right, bottom = camera.to_view(self.home.right, self.home.bottom)
        return Box(left, top, right, bottom).grown(HOME_ROOM)

    def spots(self, camera: MapCamera, selection: str) -> dict[str, list[float]]:
        """Region id → [x, y, lines, width] on screen, for the labels that
        fit the live view (the name on one line, or on two where that fits
        and one line does not; as wide as the box it reserved, in every
        language): the chosen region's first, then the largest regions'.
        Turkmenistan's region, where it fits nowhere on its land and no
        region is chosen, is a callout: [x, y, lines, width, x, y of where its
        leader line ends on the region] (place_callout)."""

        def area(region_id: str) -> float:
            box = self.frames[region_id]
            return box.width * box.height

        labels: list[tuple[Label, ...]] = []
        for region_id in sorted(
            set(self.anchors) & set(self.frames) & set(self.sizes),
            key=lambda r: (r != selection, -area(r), r),
        ):
            width, height = self.sizes[region_id]
            x, y = camera.to_view(*self.anchors[region_id])
            frame = self.frames[region_id]
            left, top = camera.to_view(frame.left, frame.top)
            right, bottom = camera.to_view(frame.right, frame.bottom)
            on_screen = Box(left, top, right, bottom)
            label = Label(
                region_id,
                x,
                y,
                width,
                height,
                on_screen,
                chosen=region_id == selection,
                land=self._land_share(camera, region_id),
            )
            labels.append((label,))
            if (two := self.two_line_sizes.get(region_id)) is not None:
                labels[-1] += (replace(label, width=two[0], height=two[1], lines=2),)
        keep_out = (*self.keep_out, *filter(None, [self.home_box(camera)]))
        view = Box(0.0, 0.0, *camera.viewport)
        shown = place_label_forms(labels, view, keep_out)
        spots = {key: [x, y, label.lines, label.width] for key, ((x, y), label) in shown.items()}
        home_forms = next((f for f in labels if f[0].key == self.home_region), ())
        # Only with no region chosen: framed on another region, the callout
        # stood in that region (on Pakistan, on Xinjiang) and seemed to name it.
        if home_forms and not selection and self.home_region not in spots:
            placed = [
                label_box(label, x - label.x, y - label.y) for (x, y), label in shown.values()
            ]

            def ends(form: Label = home_forms[0]) -> list[Point]:
                return self._land_points(camera, form)

            # A callout's pill also holds its region's colour (MapLabels.qml):
            # a swatch and a gap, 3/4 of a one-line label's height.
            swatch = 0.75 * home_forms[0].height + 2
            home_forms = tuple(replace(f, width=f.width + swatch) for f in home_forms)
            on_land = self._on_land(camera, self.home_region)
            # The nearer of its forms (on one line where as near as on two):
            # a name on two lines beside the region reads better than one
            # line across the map at the end of a long leader.
            found = [
                (spot[2], n, form, spot)
                for n, form in enumerate(home_forms)
                if (spot := place_callout(form, view, keep_out, placed, ends, on_land))
            ]
            if found:
                _, _, form, ((x, y), end, _) = min(found, key=lambda f: f[:2])
                spots[form.key] = [x, y, form.lines, form.width, *end]
        return spots

    def _land_points(self, camera: MapCamera, label: Label) -> list[Point]:
        """Points over the region's frame on screen, off Turkmenistan's mark,
        nearest its anchor first: where a callout's leader may end when the
        line to the anchor is barred (those on the region's land: see
        _on_land). A grid over the frame, CALLOUT_ENDS points a side."""
        frame = label.region
        home = self.home_box(camera)
        points = [
            (
                frame.left + frame.width * (i + 0.5) / CALLOUT_ENDS,
                frame.top + frame.height * (j + 0.5) / CALLOUT_ENDS,
            )
            for i in range(CALLOUT_ENDS)
            for j in range(CALLOUT_ENDS)
        ]
        if home is not None:
            points = [
                (x, y)
                for x, y in points
                if not (home.left <= x <= home.right and home.top <= y <= home.bottom)
            ]
        return sorted(points, key=lambda p: math.hypot(p[0] - label.x, p[1] - label.y))

    def _on_land(self, camera: MapCamera, region_id: str) -> Callable[[Point], bool]:
        """Whether a point on screen is on the region's own land (each point
        looked up once)."""
        known: dict[Point, bool] = {}

        def on_land(point: Point) -> bool:
            if point not in known:
                known[point] = self.land_index.region_at(camera.to_map(*point)) == region_id
            return known[point]

        return on_land

    def _land_share(self, camera: MapCamera, region_id: str) -> Callable[[Box], list[int]]:
        """What lies under each point of a label box's centre line (view
        pixels): the region's own land, the sea or another region's land."""

        def under(box: Box) -> list[int]:
            return land_under(box, region_id, self.land_index, camera.to_map)

        return under


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
