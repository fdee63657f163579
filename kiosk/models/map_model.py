"""The partner map's state: regions, the selection, and the view (zoom, pan).

Geometry is loaded once, the first time it is needed (never at start-up):
one QPainterPath per country in map units. The view is kept here so that a
language switch keeps it, a reset puts it back, and tests can read it.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass

from PySide6.QtCore import Property, QObject, QPointF, QRectF, QTimer, Signal, Slot
from PySide6.QtGui import QPainterPath, QPolygonF
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk import paths
from kiosk.content import Region
from kiosk.i18n import country_name
from kiosk.models.language_list import LanguageListModel

log = logging.getLogger(__name__)

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

HOME_COUNTRY = "TM"
MIN_ZOOM, MAX_ZOOM = 1.0, 8.0
ZOOM_STEP = 1.6
HIT_RADIUS_PX = 28  # small countries stay tappable: the nearest within this radius
SETTLE_MS = 120  # after a gesture, redraw crisp at the new zoom


@dataclass
class MapGeometry:
    width: float
    height: float
    paths: dict[str, QPainterPath]
    bounds: dict[str, QRectF]
    unassigned: list[QPainterPath]
    places: dict[str, QPointF]


def _path(svg: str) -> QPainterPath:
    """Our own tiny subset of SVG: "Mx,y x,y …Z" rings (tools/build_map.py)."""
    path = QPainterPath()
    for ring in svg.split("Z"):
        ring = ring.strip().lstrip("M")
        if ring:
            points = [QPointF(*map(float, pair.split(","))) for pair in ring.split(" ")]
            path.addPolygon(QPolygonF(points))
            path.closeSubpath()
    return path


def load_geometry() -> MapGeometry:
    data = json.loads(paths.resource("map", "world.json").read_text("utf-8"))
    shapes = {code: _path(svg) for code, svg in data["countries"].items()}
    return MapGeometry(
        width=data["width"],
        height=data["height"],
        paths=shapes,
        bounds={code: p.boundingRect() for code, p in shapes.items()},
        unassigned=[_path(svg) for svg in data["unassigned"]],
        places={name: QPointF(*xy) for name, xy in data["places"].items()},
    )


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
    paintedChanged = Signal()  # the view the canvas last drew
    languageChanged = Signal()
    infoChanged = Signal()  # the panel's text: a new selection or a new language
    selected = Signal(str)  # a region chosen by a visitor (for the usage counts)

    def __init__(self, regions: tuple[Region, ...], lang: str, parent: QObject | None = None):
        super().__init__(parent)
        self._lang = lang
        self._regions = RegionListModel(regions, lang, self)
        self._region_of = {code: r.id for r in regions for code in r.countries}
        self._geometry: MapGeometry | None = None
        self._selection = ""
        self._viewport = (1.0, 1.0)
        self._zoom = 1.0
        self._centre = (0.0, 0.0)
        self._painted = (1.0, 0.0, 0.0)  # zoom, centre x, centre y at the last paint
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.settle)

    # -- data ----------------------------------------------------------------

    @property
    def geometry(self) -> MapGeometry:
        if self._geometry is None:
            self._geometry = load_geometry()
            self._centre = (self._geometry.width / 2, self._geometry.height / 2)
            self._clamp()
            self._painted = (self._zoom, *self._centre)
            country_name(self._lang, HOME_COUNTRY)  # CLDR, while we are loading anyway
            self.paintedChanged.emit()
            self.viewChanged.emit()
            self.languageChanged.emit()
        return self._geometry

    def load(self) -> None:
        """Called after the first frame, so the map screen opens at once."""
        _ = self.geometry

    @property
    def loaded(self) -> bool:
        return self._geometry is not None

    @property
    def regions(self) -> tuple[Region, ...]:
        return self._regions.items

    def set_regions(self, regions: tuple[Region, ...]) -> None:
        self._regions.set_items(regions)
        self._region_of = {code: r.id for r in regions for code in r.countries}
        self.clearSelection()

    def region_of(self, code: str) -> str:
        return self._region_of.get(code, "")

    def colour_of(self, code: str) -> str:
        region = self._region(self._region_of.get(code, ""))
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
        if width > 0 and height > 0 and (width, height) != self._viewport:
            self._viewport = (width, height)
            if self._geometry is None:
                return  # nothing to fit yet; start-up never loads the map
            self._clamp()
            self._painted = (self._zoom, *self._centre)
            self.viewChanged.emit()
            self.paintedChanged.emit()

    def base_scale(self) -> float:
        g = self.geometry
        return min(self._viewport[0] / g.width, self._viewport[1] / g.height)

    def scale_for(self, zoom: float) -> float:
        return self.base_scale() * zoom

    def painted_view(self) -> tuple[float, float, float]:
        return self._painted

    def _clamp(self) -> None:
        """The map can't be lost: zoom 1–8, and the world always covers the
        view (or sits centred where it is smaller than the view)."""
        g = self.geometry
        self._zoom = min(MAX_ZOOM, max(MIN_ZOOM, self._zoom))
        scale = self.scale_for(self._zoom)
        cx, cy = self._centre
        half_w, half_h = self._viewport[0] / 2 / scale, self._viewport[1] / 2 / scale
        cx = g.width / 2 if half_w * 2 >= g.width else min(g.width - half_w, max(half_w, cx))
        cy = g.height / 2 if half_h * 2 >= g.height else min(g.height - half_h, max(half_h, cy))
        self._centre = (cx, cy)

    def _changed(self) -> None:
        self._clamp()
        self.viewChanged.emit()
        self._settle.start()

    @Slot(float, float)
    def panBy(self, dx: float, dy: float) -> None:
        scale = self.scale_for(self._zoom)
        self._centre = (self._centre[0] - dx / scale, self._centre[1] - dy / scale)
        self._changed()

    @Slot(float, float, float)
    def zoomBy(self, factor: float, x: float, y: float) -> None:
        """Zoom about a point of the view (the pinch centre), which stays put."""
        if factor <= 0 or not math.isfinite(factor):
            return
        before = self.to_map(x, y)
        self._zoom = min(MAX_ZOOM, max(MIN_ZOOM, self._zoom * factor))
        scale = self.scale_for(self._zoom)
        vw, vh = self._viewport
        self._centre = (before.x() - (x - vw / 2) / scale, before.y() - (y - vh / 2) / scale)
        self._changed()

    @Slot()
    def zoomIn(self) -> None:
        self.zoomBy(ZOOM_STEP, self._viewport[0] / 2, self._viewport[1] / 2)

    @Slot()
    def zoomOut(self) -> None:
        self.zoomBy(1 / ZOOM_STEP, self._viewport[0] / 2, self._viewport[1] / 2)

    @Slot()
    def resetView(self) -> None:
        g = self.geometry
        self._zoom = 1.0
        self._centre = (g.width / 2, g.height / 2)
        self._changed()

    @Slot()
    def settle(self) -> None:
        """Redraw crisp at the current view (the canvas follows paintedChanged)."""
        self._settle.stop()
        if self._painted != (self._zoom, *self._centre):
            self._painted = (self._zoom, *self._centre)
            self.paintedChanged.emit()
            self.viewChanged.emit()

    def to_map(self, x: float, y: float) -> QPointF:
        scale = self.scale_for(self._zoom)
        vw, vh = self._viewport
        return QPointF(
            (x - vw / 2) / scale + self._centre[0], (y - vh / 2) / scale + self._centre[1]
        )

    def to_view(self, point: QPointF) -> QPointF:
        scale = self.scale_for(self._zoom)
        vw, vh = self._viewport
        return QPointF(
            (point.x() - self._centre[0]) * scale + vw / 2,
            (point.y() - self._centre[1]) * scale + vh / 2,
        )

    # -- taps ------------------------------------------------------------------

    def country_at(self, x: float, y: float) -> str:
        """The country under a point of the view; a small one nearby counts too."""
        g = self.geometry
        point = self.to_map(x, y)
        for code, bounds in g.bounds.items():
            if bounds.contains(point) and g.paths[code].contains(point):
                return code
        radius = HIT_RADIUS_PX / self.scale_for(self._zoom)
        best, best_distance = "", radius
        for code, bounds in g.bounds.items():
            if code not in self._region_of:
                continue
            grown = bounds.adjusted(-radius, -radius, radius, radius)
            if grown.contains(point):
                centre = bounds.center()
                distance = math.hypot(centre.x() - point.x(), centre.y() - point.y())
                small = max(bounds.width(), bounds.height()) < 2 * radius
                if small and distance < best_distance:
                    best, best_distance = code, distance
        return best

    @Slot(float, float)
    def tapAt(self, x: float, y: float) -> None:
        """A tap on the map: its country's region, or nothing (sea, home, …)."""
        self.selectRegion(self.region_of(self.country_at(x, y)))

    @Slot(str, result=QPointF)
    def viewPointOf(self, code: str) -> QPointF:
        """Where a country's largest part is on screen (for tests and labels)."""
        path = self.geometry.paths[code]
        polygons = path.toFillPolygons()
        largest = max(polygons, key=lambda p: p.boundingRect().width() * p.boundingRect().height())
        centre = largest.boundingRect().center()
        if not path.contains(centre):  # a crescent: any inside point will do
            centre = next((QPointF(p) for p in largest if path.contains(QPointF(p))), centre)
        return self.to_view(centre)

    # -- for QML ---------------------------------------------------------------

    def _live(self) -> tuple[float, float, float]:
        """The transform from the last painted picture to the live view, so
        that pan and zoom frames only move a texture."""
        if self._geometry is None:  # not loaded yet: nothing is drawn, nothing moves
            return 1.0, 0.0, 0.0
        zp, cxp, cyp = self._painted
        scale, scale_p = self.scale_for(self._zoom), self.scale_for(zp)
        k = scale / scale_p
        vw, vh = self._viewport
        dx = vw / 2 * (1 - k) + (cxp - self._centre[0]) * scale
        dy = vh / 2 * (1 - k) + (cyp - self._centre[1]) * scale
        return k, dx, dy

    def _selection_info(self) -> dict[str, object]:
        region = self._region(self._selection)
        if region is None:
            return {}
        lang = self._lang
        names = sorted((country_name(lang, c) for c in region.countries), key=str.casefold)
        return {
            "id": region.id,
            "name": region.name.get(lang),
            "text": region.text.get(lang),
            "colour": region.colour,
            "formats": [f.get(lang) for f in region.formats],
            "countries": names,
        }

    regionList = Property(QObject, lambda self: self._regions, constant=True)
    selection = Property(str, lambda self: self._selection, notify=selectionChanged)
    selectionInfo = Property("QVariantMap", _selection_info, notify=infoChanged)
    zoom = Property(float, lambda self: self._zoom, notify=viewChanged)
    centreX = Property(float, lambda self: self._centre[0], notify=viewChanged)
    centreY = Property(float, lambda self: self._centre[1], notify=viewChanged)
    liveScale = Property(float, lambda self: self._live()[0], notify=viewChanged)
    liveX = Property(float, lambda self: self._live()[1], notify=viewChanged)
    liveY = Property(float, lambda self: self._live()[2], notify=viewChanged)
    # Names come from CLDR, which is loaded with the map (after the first frame).
    homeName = Property(
        str,
        lambda self: country_name(self._lang, HOME_COUNTRY) if self._geometry else "",
        notify=languageChanged,
    )

    def reset(self) -> None:
        self._selection = ""
        self.selectionChanged.emit()
        self.infoChanged.emit()
        if self._geometry is not None:
            self.resetView()
            self.settle()
