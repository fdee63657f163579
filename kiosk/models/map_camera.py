"""The map's camera: zoom, pan and the limits that keep the world in view.

Positions are ``(x, y)`` tuples: in *view* pixels (the canvas, origin top
left) or in *map* units (tools/build_map.py's projection, 2000 across). The
camera shows the map at ``zoom`` (1: the whole world fits) around ``centre``.

While a finger pans or pinches, the canvas is not redrawn: it keeps the
picture of the last *painted* view, and QML only moves and scales it (see
``live``); once the hand rests, the view is painted again, crisp
(``settle``). Choosing a region moves the camera to *frame* it
(``framing``), in steps QML's animation drives (``between``); the picture
painted before such a move *covers* both ends (``covering``), so that no
frame of the move shows unpainted sea. Pure Python: no Qt here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from kiosk.models.map_shapes import Box, Point

MIN_ZOOM, MAX_ZOOM = 1.0, 8.0
ZOOM_STEP = 1.6  # the + and - buttons
# A framed region keeps this share of the view's width and height free
# around it on each side: its outline never touches the map's edge.
FRAME_MARGIN = 0.08
# A region is never framed closer than this: Central Asia, the smallest,
# keeps its neighbours around it (the visitor can still zoom further).
MAX_FRAME_ZOOM = 5.0
# The first view keeps this share of the view's width and height around the land.
HOME_MARGIN = 0.02


@dataclass(frozen=True)
class View:
    zoom: float
    centre_x: float
    centre_y: float


@dataclass(frozen=True)
class Live:
    """The transform from the painted picture to the live view: scale by
    ``scale`` about the picture's top left, then move by (``dx``, ``dy``)."""

    scale: float = 1.0
    dx: float = 0.0
    dy: float = 0.0


class MapCamera:
    def __init__(self, width: float, height: float) -> None:
        """``width`` and ``height``: the world's size in map units."""
        self.world = (width, height)
        self.viewport = (1.0, 1.0)
        self.zoom = 1.0
        self.centre: Point = (width / 2, height / 2)
        self.painted = self.view
        # The first view's land, and what of it must stay in view (see home()).
        self.land: Box | None = None
        self.keep: Box | None = None
        # The camera shows the first view, untouched: a new size or new land
        # frames it anew (a rotated totem); a finger or a move ends that.
        self.at_home = True

    @property
    def view(self) -> View:
        return View(self.zoom, *self.centre)

    def base_scale(self) -> float:
        """View pixels per map unit at zoom 1: the whole world fits."""
        (vw, vh), (w, h) = self.viewport, self.world
        return min(vw / w, vh / h)

    def scale_for(self, zoom: float) -> float:
        return self.base_scale() * zoom

    @property
    def scale(self) -> float:
        return self.scale_for(self.zoom)

    # -- changes -----------------------------------------------------------

    def set_viewport(self, width: float, height: float) -> bool:
        """A new canvas size; the view is clamped and painted anew. False if
        nothing changed (or the size is empty, as before the first layout)."""
        if not (width > 0 and height > 0) or (width, height) == self.viewport:
            return False
        self.viewport = (width, height)
        if self.at_home:
            self.reset()
        self.clamp()
        self.painted = self.view
        return True

    def clamp(self) -> None:
        """The map can't be lost: zoom 1–8, and the world always covers the
        view (or sits centred where it is smaller than the view)."""
        w, h = self.world
        self.zoom = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom))
        scale = self.scale
        half_w, half_h = self.viewport[0] / 2 / scale, self.viewport[1] / 2 / scale
        cx, cy = self.centre
        cx = w / 2 if half_w * 2 >= w else min(w - half_w, max(half_w, cx))
        cy = h / 2 if half_h * 2 >= h else min(h - half_h, max(half_h, cy))
        self.centre = (cx, cy)

    def pan_by(self, dx: float, dy: float) -> None:
        """A finger moved by (dx, dy) view pixels: the map follows it."""
        scale = self.scale
        self.centre = (self.centre[0] - dx / scale, self.centre[1] - dy / scale)
        self.at_home = False
        self.clamp()

    def zoom_by(self, factor: float, x: float, y: float) -> bool:
        """Zoom about a point of the view (the pinch centre), which stays put.
        False for a factor that is no zoom (0, negative, NaN, infinite)."""
        if not (math.isfinite(factor) and factor > 0):
            return False
        before = self.to_map(x, y)
        self.at_home = False
        self.zoom = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom * factor))
        scale = self.scale
        vw, vh = self.viewport
        self.centre = (before[0] - (x - vw / 2) / scale, before[1] - (y - vh / 2) / scale)
        self.clamp()
        return True

    def zoom_step(self, steps: int) -> None:
        """The + (1) and - (-1) buttons: about the middle of the view."""
        self.zoom_by(ZOOM_STEP**steps, self.viewport[0] / 2, self.viewport[1] / 2)

    def zoom_step_about(self, steps: int, anchor: Point) -> None:
        """The + and - buttons, about a place (the selection, or Ashgabat):
        where it is on screen it stays put; where it is off screen it is
        brought to the middle first, so that it is on screen afterwards."""
        x, y = self.to_view(*anchor)
        vw, vh = self.viewport
        if not (0 <= x <= vw and 0 <= y <= vh):
            self.centre = anchor
            self.clamp()
            x, y = self.to_view(*anchor)
        self.zoom_by(ZOOM_STEP**steps, x, y)

    def show(self, view: View) -> None:
        """Go to a view (a step of a camera move), clamped like any other."""
        self.at_home = False
        self.zoom, self.centre = view.zoom, (view.centre_x, view.centre_y)
        self.clamp()

    def clamped(self, zoom: float, centre: Point) -> View:
        """The view the camera would show for this zoom and centre."""
        saved = self.zoom, self.centre
        self.zoom, self.centre = zoom, centre
        self.clamp()
        view = self.view
        self.zoom, self.centre = saved
        return view

    def framing(self, box: Box) -> View:
        """The view that frames ``box`` (map units) at the viewport's aspect:
        the whole box, a margin around it, centred, clamped. A box wider than
        the view's shape is framed by its width, a taller one by its height."""
        (vw, vh), margin = self.viewport, 1 - 2 * FRAME_MARGIN
        width, height = max(box.width, 1e-6), max(box.height, 1e-6)
        scale = min(vw * margin / width, vh * margin / height)
        zoom = min(MAX_FRAME_ZOOM, max(MIN_ZOOM, scale / self.base_scale()))
        return self.clamped(zoom, box.centre)

    def visible(self, view: View | None = None) -> Box:
        """The part of the map a view shows (map units)."""
        view = view or self.view
        scale = self.scale_for(view.zoom)
        half_w, half_h = self.viewport[0] / 2 / scale, self.viewport[1] / 2 / scale
        return Box(
            view.centre_x - half_w, view.centre_y - half_h,
            view.centre_x + half_w, view.centre_y + half_h,
        )  # fmt: skip

    def covering(self, a: View, b: View) -> View:
        """A view that shows all of both views: painted once before a move
        from one to the other, it has every frame of the move in it."""
        one, two = self.visible(a), self.visible(b)
        both = Box(
            min(one.left, two.left), min(one.top, two.top),
            max(one.right, two.right), max(one.bottom, two.bottom),
        )  # fmt: skip
        vw, vh = self.viewport
        scale = min(vw / both.width, vh / both.height)
        return self.clamped(min(a.zoom, b.zoom, scale / self.base_scale()), both.centre)

    def set_home(self, land: Box | None, keep: Box | None) -> None:
        """The land the first view frames, and the part of it (every region's
        label anchor) that must stay in that view."""
        self.land, self.keep = land, keep
        if self.at_home:
            self.reset()

    def home(self) -> View:
        """The first view (and the reset's): the land framed, not the world's
        rectangle with its empty polar sea. Where the view is taller than the
        land (an upright screen), the land is enlarged towards filling the
        view's height, but never so far that a region's anchor leaves it:
        every region keeps its heart, and its label, on screen."""
        if self.land is None:
            return self.clamped(1.0, (self.world[0] / 2, self.world[1] / 2))
        land = self.land
        (vw, vh), margin = self.viewport, 1 - 2 * HOME_MARGIN
        fit = min(vw * margin / land.width, vh * margin / land.height)
        scale = vh * margin / land.height  # the land's height fills the view's
        if (keep := self.keep) is not None:
            scale = min(scale, vw * margin / keep.width, vh * margin / keep.height)
        scale = max(fit, scale)
        half_w, half_h = vw / 2 / scale, vh / 2 / scale
        cx, cy = land.centre
        if keep is not None:  # slide so that the anchors stay in view
            cx = min(max(cx, keep.right - half_w * margin), keep.left + half_w * margin)
            cy = min(max(cy, keep.bottom - half_h * margin), keep.top + half_h * margin)
        return self.clamped(scale / self.base_scale(), (cx, cy))

    def reset(self) -> None:
        """The first view (the reset button, the kiosk's reset)."""
        self.show(self.home())
        self.at_home = True

    def settle(self) -> bool:
        """The hand rests: paint the live view. False if it is painted already."""
        if self.painted == self.view:
            return False
        self.painted = self.view
        return True

    # -- between view and map ------------------------------------------------

    def to_map(self, x: float, y: float) -> Point:
        scale = self.scale
        vw, vh = self.viewport
        return ((x - vw / 2) / scale + self.centre[0], (y - vh / 2) / scale + self.centre[1])

    def to_view(self, x: float, y: float) -> Point:
        scale = self.scale
        vw, vh = self.viewport
        return ((x - self.centre[0]) * scale + vw / 2, (y - self.centre[1]) * scale + vh / 2)

    def live(self) -> Live:
        """How QML moves the painted picture to show the live view, so that
        pan and zoom frames only move a texture."""
        painted = self.painted
        scale, scale_painted = self.scale, self.scale_for(painted.zoom)
        k = scale / scale_painted
        vw, vh = self.viewport
        return Live(
            k,
            vw / 2 * (1 - k) + (painted.centre_x - self.centre[0]) * scale,
            vh / 2 * (1 - k) + (painted.centre_y - self.centre[1]) * scale,
        )


def between(start: View, end: View, t: float) -> View:
    """The view a fraction ``t`` (0–1, already eased) of the way from
    ``start`` to ``end``. The zoom changes by equal ratios (each step looks
    like the last, zooming in or out); the centre moves so that the point the
    two views share stays where it is on screen, as under a pinch: the move
    reads as one zoom towards the region, not a slide and a zoom."""
    t = min(1.0, max(0.0, t))
    ratio = end.zoom / start.zoom
    zoom = start.zoom * ratio**t
    if abs(math.log(ratio)) < 1e-4:  # (nearly) no zoom: a straight pan
        share = t
    else:  # how far the view's size has gone from start to end, 0–1
        share = (1 / zoom - 1 / start.zoom) / (1 / end.zoom - 1 / start.zoom)
    return View(
        zoom,
        start.centre_x + (end.centre_x - start.centre_x) * share,
        start.centre_y + (end.centre_y - start.centre_y) * share,
    )
