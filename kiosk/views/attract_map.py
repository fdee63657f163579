"""The attract screen's world: the land painted once, in one quiet tone,
with Turkmenistan and Ashgabat marked, and where the arcs go.

The whole map is fitted into the item (no camera: it never pans or zooms).
The picture is painted only when the map is loaded or the item changes size
or colour; the motion on top of it is QML fading small cached shapes.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import Property, QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtQml import QmlElement

from kiosk.models.attract_arcs import Arc, Fit, arc_in_view, arcs_from, region_anchors
from kiosk.models.map_model import HOME_COUNTRY, MapModel
from kiosk.views.map_canvas import _MapItem

QML_IMPORT_NAME = "Kiosk.Views"
QML_IMPORT_MAJOR_VERSION = 1

ARC_PAD = 12.0  # around each arc's box: the stroke and the dot at its end (px)


@QmlElement
class AttractWorld(_MapItem):
    arcsChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpaquePainting(False)  # drawn on the attract screen's colour
        self.setFillColor(QColor(0, 0, 0, 0))
        self._arcs: list[Arc] = []
        self._arcs_of: object = None  # the geometry the arcs were made from

    def _attached(self, model: MapModel) -> None:
        # Sent once the shapes are loaded (and when the map screen's camera
        # settles, which changes nothing here: the arcs are kept).
        model.paintedChanged.connect(self._find_arcs)
        model.languageChanged.connect(self._find_arcs)  # new content's regions too
        self._find_arcs()

    def _find_arcs(self) -> None:
        model = self._model
        if model is None or not model.loaded:
            return
        geometry = model.geometry
        key = (id(geometry), model.regions)
        if key == self._arcs_of:
            return
        self._arcs_of = key
        anchors = region_anchors(model.regions, geometry.shapes.countries)
        home = geometry.shapes.places.get("ashgabat")
        self._arcs = arcs_from(home, anchors, model.index.row) if home else []
        self.arcsChanged.emit()

    def geometryChange(self, new: QRectF, old: QRectF) -> None:
        super().geometryChange(new, old)
        if new.size() != old.size():
            self.arcsChanged.emit()

    def _fit(self) -> Fit:
        if self._model is None:
            return Fit(0.0, 0.0, 0.0)
        return Fit.of(self._model.camera.world, (self.width(), self.height()))

    def _get_arcs(self) -> list[dict[str, object]]:
        """Each arc in the item's pixels, with its region and colour row."""
        fit = self._fit()
        if fit.scale <= 0:
            return []
        return [
            {"region": a.region, "row": a.row, **arc_in_view(a, fit, ARC_PAD)} for a in self._arcs
        ]

    def _get_home(self) -> QPointF:
        """Ashgabat in the item's pixels (where every arc starts)."""
        model = self._model
        if model is None or not model.loaded:
            return QPointF(-1, -1)
        place = model.geometry.shapes.places.get("ashgabat")
        return QPointF(*self._fit().point(place)) if place else QPointF(-1, -1)

    arcs = Property("QVariantList", _get_arcs, notify=arcsChanged)
    home = Property(QPointF, _get_home, notify=arcsChanged)

    def paint(self, painter: QPainter) -> None:
        model = self._model
        if model is None or not model.loaded or self.width() <= 0:
            return
        fit = self._fit()
        geometry = model.geometry
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(fit.dx, fit.dy)
        painter.scale(fit.scale, fit.scale)
        colours = self._colours
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(colours["land"])
        for _, path in geometry.unassigned:
            painter.drawPath(path)
        for code, path in geometry.paths.items():
            if code != HOME_COUNTRY:
                painter.drawPath(path)
        edge = QPen(colours["homeEdge"], 1.5)
        edge.setCosmetic(True)
        painter.setPen(edge)
        painter.setBrush(colours["home"])
        painter.drawPath(geometry.paths[HOME_COUNTRY])
