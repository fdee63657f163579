"""The map's picture: countries filled by region, Turkmenistan always marked.

Drawn with QPainter at the model's *painted* view. While a finger pans or
pinches, QML only moves and scales this picture (a texture); once the hand
rests, the model settles and the picture is drawn again, crisp.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtQml import QmlElement
from PySide6.QtQuick import QQuickPaintedItem

from kiosk.models.map_model import HOME_COUNTRY, MapModel

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

SEA = QColor("#E3EBEF")
LAND = QColor("#D3D8D4")  # countries outside any partner region
BORDER = QColor("#FFFFFF")
HOME = QColor("#0B5D3B")
HOME_EDGE = QColor("#06402A")
FADED = 0.35  # other regions while one is selected


class _MapItem(QQuickPaintedItem):
    """A painted view of the map model's shapes (the map, the inset)."""

    modelChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._model: MapModel | None = None
        self.setAntialiasing(True)
        self.setOpaquePainting(True)
        self.setFillColor(SEA)

    def _get_model(self) -> MapModel | None:
        return self._model

    def _set_model(self, model: MapModel | None) -> None:
        if model is self._model:
            return
        self._model = model
        if model is not None:
            model.paintedChanged.connect(self.update)  # also sent once loaded
            self._attached(model)
        self.modelChanged.emit()
        self.update()

    def _attached(self, model: MapModel) -> None:
        """What a subclass does when it gets its model."""

    model = Property(MapModel, _get_model, _set_model, notify=modelChanged)


@QmlElement
class WorldMapCanvas(_MapItem):
    def _attached(self, model: MapModel) -> None:
        model.selectionChanged.connect(self.update)
        model.set_viewport(self.width(), self.height())

    def geometryChange(self, new: QRectF, old: QRectF) -> None:
        super().geometryChange(new, old)
        if self._model is not None:
            self._model.set_viewport(new.width(), new.height())

    def paint(self, painter: QPainter) -> None:
        model = self._model
        # Never the reason the map loads: it is loaded after the first frame,
        # or when the map screen opens (KioskModel.openMap).
        if model is None or self.width() <= 0 or not model.loaded:
            return
        geometry = model.geometry
        zoom, cx, cy = model.painted_view()
        scale = model.scale_for(zoom)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(self.width() / 2, self.height() / 2)
        painter.scale(scale, scale)
        painter.translate(-cx, -cy)
        border = QPen(BORDER, 0.8)
        border.setCosmetic(True)  # the same hairline at every zoom
        painter.setPen(border)

        visible = QRectF(
            cx - self.width() / 2 / scale,
            cy - self.height() / 2 / scale,
            self.width() / scale,
            self.height() / scale,
        )
        selection = model.property("selection")
        painter.setBrush(LAND)
        for path in geometry.unassigned:
            painter.drawPath(path)
        for code, path in geometry.paths.items():
            if code == HOME_COUNTRY or not geometry.bounds[code].intersects(visible):
                continue
            colour = model.colour_of(code)
            fill = QColor(colour) if colour else LAND
            if selection and model.region_of(code) != selection:
                fill = _fade(fill)
            painter.setBrush(QBrush(fill))
            painter.drawPath(path)

        # Home, on top and always marked: the centre of the story.
        home = QPen(HOME_EDGE, 1.6)
        home.setCosmetic(True)
        painter.setPen(home)
        painter.setBrush(HOME)
        painter.drawPath(geometry.paths[HOME_COUNTRY])
        capital = geometry.places.get("ashgabat")
        if capital is not None:
            radius = 5 / scale
            painter.setPen(QPen(Qt.PenStyle.NoPen))
            painter.setBrush(QColor("#FFFFFF"))
            painter.drawEllipse(QPointF(capital), radius * 1.5, radius * 1.5)
            painter.setBrush(HOME)
            painter.drawEllipse(QPointF(capital), radius, radius)


def _fade(colour: QColor) -> QColor:
    """Towards the land grey: the chosen region stands out, the rest recedes."""
    r = colour.red() * FADED + LAND.red() * (1 - FADED)
    g = colour.green() * FADED + LAND.green() * (1 - FADED)
    b = colour.blue() * FADED + LAND.blue() * (1 - FADED)
    return QColor(int(r), int(g), int(b))


@QmlElement
class MapInset(_MapItem):
    """A small fixed view of the map around a place (Ashgabat on the address
    card): the same shapes as the partner map, no gestures."""

    SPAN = 150.0  # map units across the inset (Turkmenistan and its neighbours)

    def paint(self, painter: QPainter) -> None:
        model = self._model
        if model is None or not model.loaded or self.width() <= 0:
            return
        geometry = model.geometry
        place = geometry.places["ashgabat"]
        scale = self.width() / self.SPAN
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(self.width() / 2, self.height() / 2)
        painter.scale(scale, scale)
        painter.translate(-place.x(), -place.y())
        border = QPen(BORDER, 1.0)
        border.setCosmetic(True)
        painter.setPen(border)
        painter.setBrush(LAND)
        for code, path in geometry.paths.items():
            if code != HOME_COUNTRY:
                painter.drawPath(path)
        home = QPen(HOME_EDGE, 1.5)
        home.setCosmetic(True)
        painter.setPen(home)
        painter.setBrush(QColor("#5E9C80"))
        painter.drawPath(geometry.paths[HOME_COUNTRY])
        radius = 6 / scale
        painter.setPen(QPen(QColor("#FFFFFF"), 2.5 / scale))
        painter.setBrush(HOME)
        painter.drawEllipse(QPointF(place), radius * 1.4, radius * 1.4)
