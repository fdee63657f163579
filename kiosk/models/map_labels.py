"""The region labels on the map, for QML: which show, and where.

The decision is kiosk.models.map_regions' (pure Python): a label shows
inside its region's largest piece, whole in the view, on no other label and
off the map's buttons. QML tells this object each label's size and where the
buttons are, and places the labels at ``spots``.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, QRectF, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.models.map_camera import MapCamera
from kiosk.models.map_regions import RegionPlaces
from kiosk.models.map_shapes import Box

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("owned by MapModel")
class RegionLabels(QObject):
    spotsChanged = Signal()

    def __init__(
        self, *, camera: MapCamera, places: RegionPlaces, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._camera, self._places = camera, places
        self._selection = ""
        self._spots: dict[str, list[float]] = {}

    def update(self, selection: str | None = None, *, hidden: bool = False) -> None:
        """Place the labels again (a new view, selection, size or region);
        ``hidden`` while the camera moves to a region (they return there)."""
        if selection is not None:
            self._selection = selection  # its label is placed first
        spots = {} if hidden else self._places.spots(self._camera, self._selection)
        if spots != self._spots:
            self._spots = spots
            self.spotsChanged.emit()

    @Slot(str, float, float)
    def setSize(self, region_id: str, width: float, height: float) -> None:
        """A label's size as QML draws it (text, padding), in view pixels."""
        if self._places.sizes.get(region_id) != (width, height):
            self._places.sizes[region_id] = (width, height)
            self.update()

    @Slot(QRectF)
    def setKeepOut(self, rect: QRectF) -> None:
        """Where the map's buttons are (view pixels): no label goes there."""
        box = Box(rect.left(), rect.top(), rect.right(), rect.bottom())
        if self._places.keep_out != (box,):
            self._places.keep_out = (box,)
            self.update()

    # Region id → [x, y] in view pixels, for the labels that fit now.
    spots = Property("QVariantMap", lambda self: self._spots, notify=spotsChanged)
