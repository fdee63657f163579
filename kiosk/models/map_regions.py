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
from functools import partial

from kiosk.content.model import Region
from kiosk.models.map_anchors import MAP_WIDTH, hand_anchors
from kiosk.models.map_callout import home_callout
from kiosk.models.map_camera import MapCamera
from kiosk.models.map_hits import contains, inside_point
from kiosk.models.map_land import FOREIGN, OWN, LandIndex, land_under
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
    return _union([core, *(box for _, box in rings if box.overlaps(near))])


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
            if not inside or any(box.overlaps(other) for other in (*keep_out, *placed)):
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
                land=partial(
                    land_under, region_id=region_id, land=self.land_index, to_map=camera.to_map
                ),
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
            region_at = self.land_index.region_at
            found = home_callout(
                home_forms,
                view,
                keep_out,
                placed,
                home=self.home_box(camera),
                on_land=lambda point: region_at(camera.to_map(*point)) == self.home_region,
                edge_room=EDGE_ROOM,
            )
            if found is not None:
                form, (x, y), end = found
                spots[form.key] = [x, y, form.lines, form.width, *end]
        return spots
