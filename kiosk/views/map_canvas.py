"""The map's picture: countries filled by region, Turkmenistan always marked.

Drawn with QPainter at the model's *painted* view. While a finger pans or
pinches, QML only moves and scales this picture (a texture); once the hand
rests, the model settles and the picture is drawn again, crisp.

The colours are the theme's map roles (Theme.qml: mapSea, mapLand, …, in
both palettes), bound to the items' colour properties in QML; the regions'
colours too (mapRegions: the region in row i of the content has colour i).
"""

from __future__ import annotations

from contextlib import suppress

from PySide6 import QtCore
from PySide6.QtCore import Property, QPointF, QRectF, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtQml import QmlElement
from PySide6.QtQuick import QQuickPaintedItem, QQuickWindow

from kiosk.models.map_model import HOME_COUNTRY, MapModel

QML_IMPORT_NAME = "Kiosk.Views"
QML_IMPORT_MAJOR_VERSION = 1

FADED = 0.35  # other regions while one is selected


def _colour_property(role: str, notify: Signal) -> Property:
    """A colour the item paints with (bound to one of the theme's map roles)."""

    def get(self: _MapItem) -> QColor:
        return self._colours[role]

    def set_(self: _MapItem, colour: QColor) -> None:
        if colour != self._colours[role]:
            self._colours[role] = QColor(colour)
            if role == "sea":
                self.setFillColor(colour)  # opaque painting starts from it
            self.coloursChanged.emit()
            self.update()

    return Property(QColor, get, set_, notify=notify)


class _MapItem(QQuickPaintedItem):
    """A painted view of the map model's shapes."""

    modelChanged = Signal()
    coloursChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._model: MapModel | None = None
        self._colours = {
            role: QColor() for role in ("sea", "land", "border", "home", "homeEdge", "marker",
                                        "capital")
        }  # fmt: skip
        self._regions: list[QColor] = []  # by the region's row
        self.setAntialiasing(True)
        self.setOpaquePainting(True)

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

    def _get_regions(self) -> list[QColor]:
        return self._regions

    def _set_regions(self, colours: list) -> None:
        colours = [QColor(c) for c in colours]
        if colours != self._regions:
            self._regions = colours
            self.coloursChanged.emit()
            self.update()

    def region_colour(self, row: int) -> QColor:
        """Region ``row``'s colour; the land's for none. More regions than
        colours repeat a colour (`kiosk validate` says so)."""
        if row < 0 or not self._regions:
            return self._colours["land"]
        return self._regions[row % len(self._regions)]

    model = Property(MapModel, _get_model, _set_model, notify=modelChanged)
    regionColors = Property("QVariantList", _get_regions, _set_regions, notify=coloursChanged)
    seaColor = _colour_property("sea", coloursChanged)
    landColor = _colour_property("land", coloursChanged)  # countries in no region
    borderColor = _colour_property("border", coloursChanged)
    homeColor = _colour_property("home", coloursChanged)  # Turkmenistan
    homeBorderColor = _colour_property("homeEdge", coloursChanged)
    markerColor = _colour_property("marker", coloursChanged)  # Ashgabat's ring
    capitalColor = _colour_property("capital", coloursChanged)  # Ashgabat's dot


@QmlElement
class WorldMapCanvas(_MapItem):
    pictured = Signal()  # a picture painted (from paint: on the render thread, maybe)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._unpainted = False  # asked to paint while hidden: painted when shown
        self.visibleChanged.connect(self._shown_or_hidden)
        self._framed: QQuickWindow | None = None  # whose frames place the labels
        self.windowChanged.connect(self._in_window)

    def _attached(self, model: MapModel) -> None:
        model.selectionChanged.connect(self.update)
        # Queued: a camera move steps once its picture is painted (map_motion),
        # and the scene may not change while the scene graph syncs.
        self.pictured.connect(model.picture_painted, QtCore.Qt.ConnectionType.QueuedConnection)
        model.set_viewport(self.width(), self.height())
        model.labels.place_before_frames(self._ask_frame)

    def _ask_frame(self) -> None:
        # Raises RuntimeError once the item is gone (the labels then place at once).
        window = self.window()
        if window is not None:
            window.update()

    @Slot(QQuickWindow)
    def _in_window(self, window: QQuickWindow | None) -> None:
        # The labels are placed after the frame's polish pass, not in this
        # item's updatePolish: a new text size settles the layouts in several
        # rounds of that pass (the font, then the view's size, the buttons,
        # the camera's new frame), and each round that reached this item
        # placed every label again. afterAnimating comes once per frame,
        # after the pass and before the scene graph syncs (on the GUI thread
        # in every render loop), so the labels are placed once, for the
        # layout the frame shows.
        if self._framed is not None:
            with suppress(RuntimeError):  # that window is gone already
                self._framed.afterAnimating.disconnect(self._frame_polished)
        self._framed = window
        if window is not None:
            window.afterAnimating.connect(self._frame_polished)
            window.update()

    @Slot()
    def _frame_polished(self) -> None:
        if self._model is not None:
            self._model.labels.place_if_asked()

    def geometryChange(self, new: QRectF, old: QRectF) -> None:
        super().geometryChange(new, old)
        if self._model is not None:
            self._model.set_viewport(new.width(), new.height())

    @Slot()  # declared: a connected method that is no slot gets its own metaobject
    def _shown_or_hidden(self) -> None:
        # visibleChanged follows the item's effective visibility (its page's).
        if self.isVisible() and self._unpainted:
            self._unpainted = False
            self.update()

    def paint(self, painter: QPainter) -> None:
        # The map screen stays in the window when hidden (Page.keepInWindow),
        # and Qt still asks its canvas to paint when its size changes: a new
        # text size on any screen did (11 ms of a 30 ms frame). Hidden, it
        # paints nothing, and is painted when it shows, before it is seen
        # (the page's fade draws it at an opacity too faint to see first).
        if not self.isVisible():
            self._unpainted = True
            return
        model = self._model
        # Never the reason the map loads: it is loaded after the first frame,
        # or when the map screen opens (KioskModel.openMap).
        if model is None or self.width() <= 0 or not model.loaded:
            return
        geometry = model.geometry
        painted = model.camera.painted
        cx, cy = painted.centre_x, painted.centre_y
        scale = model.scale_for(painted.zoom)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(self.width() / 2, self.height() / 2)
        painter.scale(scale, scale)
        painter.translate(-cx, -cy)
        colours = self._colours
        border = QPen(colours["border"], 0.8)
        border.setCosmetic(True)  # the same hairline at every zoom
        painter.setPen(border)

        visible = QRectF(
            cx - self.width() / 2 / scale,
            cy - self.height() / 2 / scale,
            self.width() / scale,
            self.height() / scale,
        )
        selection = model.property("selection")

        regions = model.index
        chosen = regions.row.get(selection, -1)

        def fill(row: int) -> QBrush:
            colour = self.region_colour(row)
            if selection and row != chosen:
                colour = _fade(colour, colours["land"])
            return QBrush(colour)

        # Areas without a country's code, in the colour of the region holding them.
        for areas, path in geometry.unassigned:
            painter.setBrush(fill(regions.row_of_areas(areas)))
            painter.drawPath(path)
        for code, path in geometry.paths.items():
            if code == HOME_COUNTRY or not geometry.bounds[code].intersects(visible):
                continue
            painter.setBrush(fill(regions.row_of(code)))
            painter.drawPath(path)

        # Home, on top and always marked: the centre of the story.
        home = QPen(colours["homeEdge"], 1.6)
        home.setCosmetic(True)
        painter.setPen(home)
        painter.setBrush(colours["home"])
        painter.drawPath(geometry.paths[HOME_COUNTRY])
        capital = geometry.places.get("ashgabat")
        if capital is not None:
            radius = 5 / scale
            painter.setPen(QPen(QtCore.Qt.PenStyle.NoPen))
            painter.setBrush(colours["marker"])
            painter.drawEllipse(QPointF(capital), radius * 1.5, radius * 1.5)
            painter.setBrush(colours["capital"])
            painter.drawEllipse(QPointF(capital), radius, radius)
        self.pictured.emit()


def _fade(colour: QColor, land: QColor) -> QColor:
    """Towards the land grey: the chosen region stands out, the rest recedes."""
    r = colour.red() * FADED + land.red() * (1 - FADED)
    g = colour.green() * FADED + land.green() * (1 - FADED)
    b = colour.blue() * FADED + land.blue() * (1 - FADED)
    return QColor(int(r), int(g), int(b))
