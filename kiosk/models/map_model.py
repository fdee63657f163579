"""The world map for QML: regions, the selection, and the camera.

A thin Qt adapter: the camera's maths (kiosk.models.map_camera), the shapes
(kiosk.models.map_shapes) and the hit-testing (kiosk.models.map_hits) are
plain Python with tests of their own; here they get signals, properties and
slots. The shapes are read by an explicit ``load()``, after the first frame
(never at start-up, never by reading a property); the map's size, which the
layout needs at once, comes from the first bytes of the same file. The view
is kept here so that a language switch keeps it, a reset puts it back, and
tests can read it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    Property,
    QAbstractItemModel,
    QObject,
    QPointF,
    QRectF,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QPainterPath
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content import Region
from kiosk.i18n import NO_OFFICIAL_NAMES, country_name
from kiosk.models import map_hits
from kiosk.models.collation import sort_names
from kiosk.models.language_list import LanguageListModel
from kiosk.models.map_camera import MAX_ZOOM, MIN_ZOOM, MapCamera
from kiosk.models.map_shapes import Shape, WorldShapes, read_size, read_world, world_file

log = logging.getLogger(__name__)

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

__all__ = ["HOME_COUNTRY", "MAX_ZOOM", "MIN_ZOOM", "MapGeometry", "MapModel"]

HOME_COUNTRY = "TM"
HIT_RADIUS_PX = 28  # small countries stay tappable: the nearest within this radius
SETTLE_MS = 120  # after a gesture, redraw crisp at the new zoom
# Used only when the packaged map cannot be read (a broken installation,
# which the log names): the map area keeps a sensible shape, and stays empty.
FALLBACK_SIZE = (2.0, 1.0)


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


def _map_size(path: Path) -> tuple[float, float]:
    try:
        return read_size(path)
    except (OSError, ValueError) as exc:
        log.error("cannot read the map's size from %s (%s); the map stays empty", path, exc)
        return FALLBACK_SIZE


class RegionListModel(LanguageListModel[Region]):
    ROLES = {  # noqa: RUF012
        "regionId": lambda r, lang: r.id,
        "name": lambda r, lang: r.name.get(lang),
        "colour": lambda r, lang: r.colour,
    }


@QmlElement
@QmlUncreatable("owned by KioskModel")
class MapModel(QObject):
    selectionChanged = Signal()
    viewChanged = Signal()  # the live view: zoom and centre
    paintedChanged = Signal()  # the view the canvas last drew (also sent once loaded)
    languageChanged = Signal()
    infoChanged = Signal()  # the panel's text: a new selection or a new language
    selected = Signal(str)  # a region chosen by a visitor (for the usage counts)

    def __init__(
        self,
        regions: tuple[Region, ...],
        lang: str,
        parent: QObject | None = None,
        *,
        map_file: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self._regions = RegionListModel(regions, lang, self)
        self._region_of = {code: r.id for r in regions for code in r.countries}
        self._region_of_area = {area: r.id for r in regions for area in r.areas}
        self._names: Mapping[str, Mapping[str, str]] = NO_OFFICIAL_NAMES
        self._map_file = map_file or world_file()
        self._camera = MapCamera(*_map_size(self._map_file))
        self._geometry: MapGeometry | None = None
        self._unreadable = False  # said once in the log; the map stays empty
        self._selection = ""
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.settle)

    # -- data ----------------------------------------------------------------

    def load(self) -> None:
        """Read the shapes; called after the first frame (or when the map or
        the contacts screen opens first), so that start-up never waits for it.
        A map that cannot be read is logged once; the map stays empty."""
        if self._geometry is not None or self._unreadable:
            return
        try:
            shapes = read_world(self._map_file)
        except (OSError, ValueError) as exc:
            log.error("cannot read the map %s (%s); the map stays empty", self._map_file, exc)
            self._unreadable = True
            return
        self._geometry = MapGeometry.of(shapes)
        self.country_name(HOME_COUNTRY)  # CLDR, while we are loading anyway
        self.paintedChanged.emit()
        self.viewChanged.emit()
        self.languageChanged.emit()

    @property
    def loaded(self) -> bool:
        return self._geometry is not None

    @property
    def geometry(self) -> MapGeometry:
        """The loaded shapes as Qt paths (for the canvas; see ``loaded``)."""
        if self._geometry is None:
            raise RuntimeError("the map is not loaded: MapModel.load() comes first")
        return self._geometry

    @property
    def regions(self) -> tuple[Region, ...]:
        return self._regions.items

    def set_regions(
        self,
        regions: tuple[Region, ...],
        *,
        names: Mapping[str, Mapping[str, str]] = NO_OFFICIAL_NAMES,
    ) -> None:
        """New content: its regions, and its official country names."""
        self._regions.set_items(regions)
        self._region_of = {code: r.id for r in regions for code in r.countries}
        self._region_of_area = {area: r.id for r in regions for area in r.areas}
        self._names = names
        self.clearSelection()
        self.languageChanged.emit()  # the home name may have changed

    def country_name(self, code: str) -> str:
        """A country's name in the language on screen (official where the
        content gives one)."""
        return country_name(self._lang, code, self._names)

    def region_of(self, code: str) -> str:
        return self._region_of.get(code, "")

    def colour_of(self, code: str) -> str:
        region = self._region(self._region_of.get(code, ""))
        return region.colour if region else ""

    def region_of_areas(self, areas: tuple[str, ...]) -> str:
        """The region holding any of these M49 areas (an unclaimed area's)."""
        return next((self._region_of_area[a] for a in areas if a in self._region_of_area), "")

    def colour_of_areas(self, areas: tuple[str, ...]) -> str:
        region = self._region(self.region_of_areas(areas))
        return region.colour if region else ""

    def _region(self, region_id: str) -> Region | None:
        return next((r for r in self._regions.items if r.id == region_id), None)

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._regions.set_language(lang)
        self.languageChanged.emit()
        self.infoChanged.emit()

    # -- selection -------------------------------------------------------------

    @Slot(str)
    def selectRegion(self, region_id: str) -> None:
        if region_id == self._selection:
            return
        if region_id and self._region(region_id) is None:
            log.warning("no region %r", region_id)
            return
        self._selection = region_id
        self.selectionChanged.emit()
        self.infoChanged.emit()
        if region_id:
            self.selected.emit(region_id)

    @Slot()
    def clearSelection(self) -> None:
        self.selectRegion("")

    # -- the view ----------------------------------------------------------------

    def set_viewport(self, width: float, height: float) -> None:
        if self._camera.set_viewport(width, height):
            self.viewChanged.emit()
            self.paintedChanged.emit()

    def base_scale(self) -> float:
        return self._camera.base_scale()

    def scale_for(self, zoom: float) -> float:
        return self._camera.scale_for(zoom)

    def painted_view(self) -> tuple[float, float, float]:
        painted = self._camera.painted
        return painted.zoom, painted.centre_x, painted.centre_y

    def _changed(self) -> None:
        self.viewChanged.emit()
        self._settle.start()

    @Slot(float, float)
    def panBy(self, dx: float, dy: float) -> None:
        self._camera.pan_by(dx, dy)
        self._changed()

    @Slot(float, float, float)
    def zoomBy(self, factor: float, x: float, y: float) -> None:
        """Zoom about a point of the view (the pinch centre), which stays put."""
        if self._camera.zoom_by(factor, x, y):
            self._changed()

    @Slot()
    def zoomIn(self) -> None:
        self._camera.zoom_step(1)
        self._changed()

    @Slot()
    def zoomOut(self) -> None:
        self._camera.zoom_step(-1)
        self._changed()

    @Slot()
    def resetView(self) -> None:
        self._camera.reset()
        self._changed()

    @Slot()
    def settle(self) -> None:
        """Redraw crisp at the current view (the canvas follows paintedChanged)."""
        self._settle.stop()
        if self._camera.settle():
            self.paintedChanged.emit()
            self.viewChanged.emit()

    def to_map(self, x: float, y: float) -> QPointF:
        return QPointF(*self._camera.to_map(x, y))

    def to_view(self, point: QPointF) -> QPointF:
        return QPointF(*self._camera.to_view(point.x(), point.y()))

    # -- taps ------------------------------------------------------------------

    def country_at(self, x: float, y: float) -> str:
        """The country under a point of the view; a small one nearby counts too."""
        if self._geometry is None:
            return ""
        return map_hits.country_at(
            self._geometry.shapes.countries,
            self._camera.to_map(x, y),
            radius=HIT_RADIUS_PX / self._camera.scale,
            tappable=self._region_of,
        )

    @Slot(float, float)
    def tapAt(self, x: float, y: float) -> None:
        """A tap on the map: its country's region, or nothing (sea, home, …)."""
        self.selectRegion(self.region_of(self.country_at(x, y)))

    @Slot(str, result=QPointF)
    def viewPointOf(self, code: str) -> QPointF:
        """Where a country's largest part is on screen (for tests and labels)."""
        shape = self.geometry.shapes.countries[code]
        return QPointF(*self._camera.to_view(*map_hits.inside_point(shape)))

    # -- for QML ---------------------------------------------------------------

    def _live(self) -> tuple[float, float, float]:
        """The transform from the last painted picture to the live view, so
        that pan and zoom frames only move a texture."""
        if self._geometry is None:  # not loaded yet: nothing is drawn, nothing moves
            return 1.0, 0.0, 0.0
        live = self._camera.live()
        return live.scale, live.dx, live.dy

    def _selection_info(self) -> dict[str, object]:
        region = self._region(self._selection)
        if region is None:
            return {}
        lang = self._lang
        # In the alphabet of the language on screen (Çad before Daniýa).
        names = sort_names((self.country_name(c) for c in region.countries), lang)
        return {
            "id": region.id,
            "name": region.name.get(lang),
            "text": region.text.get(lang) if region.text else "",
            "colour": region.colour,
            "formats": [f.get(lang) for f in region.formats],
            "countries": names,
        }

    def _aspect(self) -> float:
        width, height = self._camera.world
        return height / width

    regionList = Property(QAbstractItemModel, lambda self: self._regions, constant=True)
    selection = Property(str, lambda self: self._selection, notify=selectionChanged)
    selectionInfo = Property("QVariantMap", _selection_info, notify=infoChanged)
    # The map's height over its width (from world.json), known from the start:
    # the map screen lays itself out before the shapes are read.
    aspect = Property(float, _aspect, constant=True)
    zoom = Property(float, lambda self: self._camera.zoom, notify=viewChanged)
    centreX = Property(float, lambda self: self._camera.centre[0], notify=viewChanged)
    centreY = Property(float, lambda self: self._camera.centre[1], notify=viewChanged)
    liveScale = Property(float, lambda self: self._live()[0], notify=viewChanged)
    liveX = Property(float, lambda self: self._live()[1], notify=viewChanged)
    liveY = Property(float, lambda self: self._live()[2], notify=viewChanged)
    # Names come from CLDR, which is loaded with the map (after the first frame).
    homeName = Property(
        str,
        lambda self: self.country_name(HOME_COUNTRY) if self._geometry else "",
        notify=languageChanged,
    )

    def reset(self) -> None:
        self._selection = ""
        self.selectionChanged.emit()
        self.infoChanged.emit()
        self.resetView()
        self.settle()
