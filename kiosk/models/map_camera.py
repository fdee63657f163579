"""The map's camera: zoom, pan and the limits that keep the world in view.

Positions are ``(x, y)`` tuples: in *view* pixels (the canvas, origin top
left) or in *map* units (tools/build_map.py's projection, 2000 across). The
camera shows the map at ``zoom`` (1: the whole world fits) around ``centre``.

While a finger pans or pinches, the canvas is not redrawn: it keeps the
picture of the last *painted* view, and QML only moves and scales it (see
``live``); once the hand rests, the view is painted again, crisp
(``settle``). Pure Python: no Qt here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from kiosk.models.map_shapes import Point

MIN_ZOOM, MAX_ZOOM = 1.0, 8.0
ZOOM_STEP = 1.6  # the + and - buttons


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
        self.clamp()

    def zoom_by(self, factor: float, x: float, y: float) -> bool:
        """Zoom about a point of the view (the pinch centre), which stays put.
        False for a factor that is no zoom (0, negative, NaN, infinite)."""
        if not (math.isfinite(factor) and factor > 0):
            return False
        before = self.to_map(x, y)
        self.zoom = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom * factor))
        scale = self.scale
        vw, vh = self.viewport
        self.centre = (before[0] - (x - vw / 2) / scale, before[1] - (y - vh / 2) / scale)
        self.clamp()
        return True

    def zoom_step(self, steps: int) -> None:
        """The + (1) and - (-1) buttons: about the middle of the view."""
        self.zoom_by(ZOOM_STEP**steps, self.viewport[0] / 2, self.viewport[1] / 2)

    def reset(self) -> None:
        self.zoom = 1.0
        self.centre = (self.world[0] / 2, self.world[1] / 2)
        self.clamp()

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
