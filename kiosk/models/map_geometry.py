"""The map's shapes as Qt paths, for the canvas to paint (map units)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath

from kiosk.models.map_shapes import Shape, WorldShapes, read_size

log = logging.getLogger(__name__)

# Used only when the packaged map cannot be read (a broken installation,
# which the log names): the map area keeps a sensible shape, and stays empty.
FALLBACK_SIZE = (2.0, 1.0)


def map_size(path: Path) -> tuple[float, float]:
    try:
        return read_size(path)
    except (OSError, ValueError) as exc:
        log.error("cannot read the map's size from %s (%s); the map stays empty", path, exc)
        return FALLBACK_SIZE


@dataclass
class MapGeometry:
    """The shapes as Qt paths, for the canvas to paint (map units)."""

    width: float
    height: float
    shapes: WorldShapes
    paths: dict[str, QPainterPath]
    bounds: dict[str, QRectF]
    unassigned: list[tuple[tuple[str, ...], QPainterPath]]  # M49 areas, shape
    places: dict[str, QPointF]

    @classmethod
    def of(cls, shapes: WorldShapes) -> MapGeometry:
        paths = {code: _painter_path(shape) for code, shape in shapes.countries.items()}
        return cls(
            width=shapes.width,
            height=shapes.height,
            shapes=shapes,
            paths=paths,
            bounds={code: path.boundingRect() for code, path in paths.items()},
            unassigned=[(area.areas, _painter_path(area.shape)) for area in shapes.unassigned],
            places={name: QPointF(*xy) for name, xy in shapes.places.items()},
        )


def _painter_path(shape: Shape) -> QPainterPath:
    path = QPainterPath()  # odd-even fill, as map_hits counts: inner rings are holes
    for ring in shape.rings:
        path.moveTo(*ring[0])
        for x, y in ring[1:]:
            path.lineTo(x, y)
        path.closeSubpath()
    return path
