"""The world map's shapes, read from ``resources/map/world.json``.

tools/build_map.py writes that file already projected and simplified: each
country is a few rings of points in map units, in our own tiny subset of SVG
path syntax (``"Mx,y x,y …Z Mx,y …Z"``). Here they become plain tuples, for
the hit-testing (kiosk.models.map_hits) and for the canvas, which turns them
into Qt paths. Pure Python: no Qt here.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

log = logging.getLogger(__name__)

Point = tuple[float, float]
Ring = tuple[Point, ...]

# tools/build_map.py writes the size before the shapes, so that it can be read
# from the file's first bytes (the map's aspect is needed before the first
# frame; the shapes only after it).
HEADER_BYTES = 4096
_SHAPES_START = re.compile(r',\s*"countries"\s*:')


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in map units (y grows downwards)."""

    left: float
    top: float
    right: float
    bottom: float

    @classmethod
    def around(cls, rings: tuple[Ring, ...]) -> Box:
        if not rings:  # a shape without rings: nowhere, never hit
            return cls(0.0, 0.0, -1.0, -1.0)
        columns = [tuple(zip(*ring, strict=True)) for ring in rings]
        return cls(
            min(min(xs) for xs, _ in columns),
            min(min(ys) for _, ys in columns),
            max(max(xs) for xs, _ in columns),
            max(max(ys) for _, ys in columns),
        )

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def centre(self) -> Point:
        return ((self.left + self.right) / 2, (self.top + self.bottom) / 2)

    def contains(self, point: Point) -> bool:
        x, y = point
        return self.left <= x <= self.right and self.top <= y <= self.bottom

    def grown(self, by: float) -> Box:
        return Box(self.left - by, self.top - by, self.right + by, self.bottom + by)

    def overlaps(self, other: Box) -> bool:
        """Whether the two boxes share a point (touching edges count)."""
        return (
            self.left <= other.right
            and other.left <= self.right
            and self.top <= other.bottom
            and other.top <= self.bottom
        )


@dataclass(frozen=True)
class Shape:
    """One country (or disputed area): its rings, filled even-odd, so that a
    ring inside another is a hole (Lesotho in South Africa)."""

    rings: tuple[Ring, ...]
    box: Box

    @classmethod
    def of(cls, rings: tuple[Ring, ...]) -> Shape:
        return cls(rings, Box.around(rings))


@dataclass(frozen=True)
class Unclaimed:
    """An area drawn without a country's code (Kosovo, Somaliland): coloured
    by the region that holds its M49 areas, never tapped or listed."""

    areas: tuple[str, ...]  # UN M49 codes, the largest first: ("002", "202", "014")
    shape: Shape


@dataclass(frozen=True)
class WorldShapes:
    width: float
    height: float
    countries: Mapping[str, Shape]  # by ISO 3166-1 alpha-2 code
    unassigned: tuple[Unclaimed, ...]  # drawn, never tappable
    places: Mapping[str, Point]  # "ashgabat"

    @property
    def aspect(self) -> float:
        return self.height / self.width


def parse_rings(svg: str) -> tuple[Ring, ...]:
    """``"Mx,y x,y …Z Mx,y …Z"`` → rings of (x, y) points."""
    rings = []
    for part in svg.split("Z"):
        numbers = part.replace("M", " ").replace(",", " ").split()
        if len(numbers) >= 6:  # three points at least
            values = iter(map(float, numbers))
            rings.append(tuple(zip(values, values, strict=False)))
    return tuple(rings)


def world_file() -> Path:
    from kiosk import paths  # here: the camera and hit tests never need it

    return paths.resource("map", "world.json")


@cache
def read_world(path: Path) -> WorldShapes:
    """Every shape of the map (about 25,000 points: some milliseconds).
    Raises OSError or ValueError for a file that cannot be read or is no map.
    Kept once read: the shapes are immutable, and every window may share them."""
    data = json.loads(path.read_text("utf-8"))
    try:
        countries = {
            str(code): Shape.of(parse_rings(svg)) for code, svg in data["countries"].items()
        }
        return WorldShapes(
            width=float(data["width"]),
            height=float(data["height"]),
            countries=MappingProxyType(countries),
            unassigned=tuple(
                Unclaimed(tuple(map(str, area["m49"])), Shape.of(parse_rings(area["path"])))
                for area in data["unassigned"]
            ),
            places=MappingProxyType(
                {str(name): (float(x), float(y)) for name, (x, y) in data["places"].items()}
            ),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"not a map of the kiosk's kind ({exc!r})") from exc


@cache
def read_size(path: Path) -> tuple[float, float]:
    """The map's width and height in map units, from the file's first bytes
    (a whole read when they are not there). Raises OSError or ValueError."""
    with path.open("rb") as file:
        head = file.read(HEADER_BYTES).decode("utf-8", errors="ignore")
    if (start := _SHAPES_START.search(head)) is not None:
        with_size = json.loads(head[: start.start()] + "}")
        if "width" in with_size and "height" in with_size:
            return _size(with_size)
    log.warning("%s: the map's size is not at its start; reading the whole file", path)
    return _size(json.loads(path.read_text("utf-8")))


def _size(data: dict) -> tuple[float, float]:
    try:
        width, height = float(data["width"]), float(data["height"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"no width and height ({exc!r})") from exc
    if not (width > 0 and height > 0):
        raise ValueError(f"a map of {width} x {height} units")
    return width, height
