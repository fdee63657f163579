"""The attract screen's world: the land painted once, in one quiet tone,
with Turkmenistan and Ashgabat marked, and where the arcs go.

The whole map is fitted into the item (no camera: it never pans or zooms).
The picture is painted only when the map is loaded or the item changes size
or colour; the motion on top of it is QML fading small cached shapes.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import Property, QPointF, QRectF, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtQml import QmlElement
from PySide6.QtQuick import QQuickPaintedItem

from kiosk.models.attract_arcs import Arc, Fit, arc_in_view, arcs_from, region_anchors
from kiosk.models.map_model import HOME_COUNTRY, MapModel

QML_IMPORT_NAME = "Kiosk.Views"
QML_IMPORT_MAJOR_VERSION = 1

# Around each arc's box: room for the stroke and the dot at its end (at 4K,
# where QML draws them twice as large).
ARC_PAD = 32.0


def _colour(name: str, notify: Signal) -> Property:
    """A colour the picture paints with (bound to a Theme role in QML). The
    colour QML gives is kept as it is: copying it into a new QColor would
    make PySide build its Qt namespace before the first frame."""

    def get(self: AttractWorld) -> QColor | None:
        return self._colours.get(name)  # None until QML sets it

    def set_(self: AttractWorld, colour: QColor) -> None:
        # (Compared only with a colour: QColor against None would also
        # build that namespace.)
        if name not in self._colours or colour != self._colours[name]:
            self._colours[name] = colour
            self.coloursChanged.emit()
            self.update()

    return Property(QColor, get, set_, notify=notify)


@QmlElement
class AttractWorld(QQuickPaintedItem):
    modelChanged = Signal()
    coloursChanged = Signal()
    arcsChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # Drawn on the attract screen's colour: the item's fill stays Qt's
        # default, transparent.
        self.setAntialiasing(True)
        self._model: MapModel | None = None
        self._colours: dict[str, QColor] = {}
        self._arcs: list[Arc] = []
        self._arcs_of: object = None  # the geometry and regions the arcs were made from

    def _get_model(self) -> MapModel | None:
        return self._model

    def _set_model(self, model: MapModel | None) -> None:
        if model is self._model:
            return
        self._model = model
        if model is not None:
            # Sent once the shapes are loaded (and when the map screen's
            # camera settles, which changes nothing here: the arcs are kept).
            model.paintedChanged.connect(self._find_arcs)
            model.languageChanged.connect(self._find_arcs)  # new content's regions too
            self._find_arcs()
        self.modelChanged.emit()
        self.update()

    model = Property(MapModel, _get_model, _set_model, notify=modelChanged)

    @Slot()
    def _find_arcs(self) -> None:
        model = self._model
        if model is None or not model.loaded:
            return
        geometry = model.geometry
        key = (id(geometry), model.regions)
        if key == self._arcs_of:
            return
        self._arcs_of = key
        self.update()
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

    landColor = _colour("land", coloursChanged)
    homeColor = _colour("home", coloursChanged)  # Turkmenistan
    homeBorderColor = _colour("homeEdge", coloursChanged)

    def paint(self, painter: QPainter) -> None:
        model = self._model
        if model is None or not model.loaded or self.width() <= 0 or len(self._colours) < 3:
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
