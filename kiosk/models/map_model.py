"""The world map for QML: regions, the selection, and the camera.

A thin Qt adapter over plain Python with tests of its own: the camera
(map_camera), its moves (map_motion), the shapes (map_shapes), taps
(map_hits), regions' frames and labels (map_regions). The shapes are read by
an explicit ``load()``, after the first frame; the map's size, which the
layout needs at once, comes from the first bytes of the same file. The view
is kept here so that a language switch keeps it and a reset puts it back.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Property, QAbstractItemModel, QObject, QPointF, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content import Region
from kiosk.i18n import NO_OFFICIAL_NAMES, country_name, country_sort_form
from kiosk.models import map_hits
from kiosk.models.map_camera import MAX_ZOOM, MIN_ZOOM, MapCamera
from kiosk.models.map_geometry import MapGeometry, map_size
from kiosk.models.map_labels import RegionLabels
from kiosk.models.map_motion import CameraMove
from kiosk.models.map_regions import RegionPlaces
from kiosk.models.map_shapes import Box, Point, read_world, world_file
from kiosk.models.region_list import RegionIndex, RegionListModel, selection_info

log = logging.getLogger(__name__)

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

__all__ = ["HOME_COUNTRY", "MAX_ZOOM", "MIN_ZOOM", "MapGeometry", "MapModel"]

HOME_COUNTRY = "TM"
HIT_RADIUS_PX = 28  # small countries stay tappable: the nearest within this radius
SETTLE_MS = 120  # after a gesture, redraw crisp at the new zoom


@QmlElement
@QmlUncreatable("owned by KioskModel")
class MapModel(QObject):
    selectionChanged = Signal()
    viewChanged = Signal()  # the live view: zoom and centre
    paintedChanged = Signal()  # the view the canvas last drew (also sent once loaded)
    languageChanged = Signal()
    infoChanged = Signal()  # the panel's text: a new selection or a new language
    greyChanged = Signal()
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
        self._index = RegionIndex(regions)
        self._names = self._sort_forms = NO_OFFICIAL_NAMES  # the content's (set_regions)
        self._map_file = map_file or world_file()
        self._camera = MapCamera(*map_size(self._map_file))
        self._geometry: MapGeometry | None = None
        self._unreadable = False  # said once in the log; the map stays empty
        self._selection = ""
        self._country = ""  # the country tapped, within the selected region
        self._framed = False  # the camera frames the selection (and no finger moved it)
        self._places = RegionPlaces()  # frames, label anchors and sizes
        self._labels = RegionLabels(
            camera=self._camera, places=self._places, regions=regions, parent=self
        )
        self._grey = 0  # countries drawn in no region
        self._move = CameraMove(
            self._camera,
            on_painted=self.paintedChanged.emit,
            on_step=self._moved,
            on_done=self._move_done,
            parent=self,
        )
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
        self._place_regions()
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
        sort_forms: Mapping[str, Mapping[str, str]] = NO_OFFICIAL_NAMES,
    ) -> None:
        """New content: its regions, its country names and their sort forms."""
        self._regions.set_items(regions)
        self._index = RegionIndex(regions)
        self._labels.set_regions(regions)
        self._names, self._sort_forms = names, sort_forms
        self._place_regions()
        self.clearSelection()
        self.languageChanged.emit()  # the home name may have changed

    def country_name(self, code: str) -> str:
        """A country's name in the language on screen (official if given)."""
        return country_name(self._lang, code, self._names)

    def _place_regions(self) -> None:
        """Each region's frame and label anchor, and the countries in none."""
        if (geometry := self._geometry) is None:
            return
        countries = geometry.shapes.countries
        self._places.place(self._regions.items, countries, width=geometry.width, home=HOME_COUNTRY)
        grey = sum(1 for c in countries if c != HOME_COUNTRY and c not in self._index.of_country)
        if grey != self._grey:
            self._grey = grey
            self.greyChanged.emit()
        self._camera.set_home(self._places.land(), self._places.anchor_box())
        if self._selection and self._framed:  # chosen before the shapes were there
            self._frame_selection(animate=False)
        self.settle()  # the first view, if the camera shows it, is new
        self._update_labels()

    @property
    def index(self) -> RegionIndex:
        """Which region (and colour row) holds a country or an M49 area."""
        return self._index

    def frame_of(self, region_id: str) -> Box | None:
        return self._places.frames.get(region_id)

    def region_of(self, code: str) -> str:
        return self._index.of_country.get(code, "")

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._regions.set_language(lang)
        self.languageChanged.emit()
        self.infoChanged.emit()

    # -- selection -------------------------------------------------------------

    def knows(self, region_id: str) -> bool:
        """A region of the content's (a name typed on a command line may not be)."""
        return self._index.region(region_id) is not None

    @Slot(str)
    def selectRegion(self, region_id: str) -> None:
        """A region chosen (its legend key): the camera moves to frame it."""
        self._choose(region_id, country="")

    def _choose(self, region_id: str, *, country: str, animate: bool = True) -> None:
        if region_id and self._index.region(region_id) is None:
            log.warning("no region %r", region_id)
            return
        if country != self._country:
            self._country = country
            if region_id == self._selection:
                self.infoChanged.emit()
        if region_id == self._selection:
            return
        self._selection = region_id
        self.selectionChanged.emit()
        self.infoChanged.emit()
        if region_id:
            self.selected.emit(region_id)
            self._frame_selection(animate=animate)
        self._update_labels()  # the chosen region's first; none while the camera moves

    def _frame_selection(self, *, animate: bool) -> None:
        self._framed = True  # also before the shapes or the size are known: then
        if (frame := self._places.frames.get(self._selection)) is None:
            return
        end = self._camera.framing(frame)
        self._settle.stop()
        if animate:
            self._move.start(end)
        else:
            self._move.jump(end)

    def finish_move(self) -> None:
        """The camera straight at the end of its move (`kiosk shot`, tests)."""
        if self._move.running:
            self._move.jump(self._move.end)

    moving = property(lambda self: self._move.running)

    @Slot()
    def picture_painted(self) -> None:  # queued from the canvas's paint
        self._move.picture_painted()

    @Slot()
    def clearSelection(self) -> None:
        self._choose("", country="")

    # -- the view ----------------------------------------------------------------

    def set_viewport(self, width: float, height: float) -> None:
        if self._camera.set_viewport(width, height):
            if self._framed:  # a new size (a rotated totem): frame the region anew
                self._move.stop()
                self._frame_selection(animate=False)
            self.viewChanged.emit()
            self.paintedChanged.emit()
            self._update_labels()

    @property
    def camera(self) -> MapCamera:
        return self._camera

    def scale_for(self, zoom: float) -> float:
        return self._camera.scale_for(zoom)

    def _moved(self) -> None:  # a step of a camera move: only the picture moves
        self.viewChanged.emit()

    def _move_done(self) -> None:
        self.settle()
        self._update_labels()

    def _changed(self) -> None:
        """A finger or a button moved the camera: it stops any move, and the
        view is painted crisp once the hand rests."""
        self._move.stop()
        self._framed = False
        self.viewChanged.emit()
        self._update_labels()
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

    def zoom_anchor(self) -> Point:
        """What the + and - buttons zoom about: the chosen region (its
        frame's middle), else Ashgabat, the centre of the story."""
        if (frame := self._places.frames.get(self._selection)) is not None:
            return frame.centre
        if self._geometry is not None and "ashgabat" in self._geometry.shapes.places:
            return self._geometry.shapes.places["ashgabat"]
        return self._camera.centre

    @Slot()
    def zoomIn(self) -> None:
        self._camera.zoom_step_about(1, self.zoom_anchor())
        self._changed()

    @Slot()
    def zoomOut(self) -> None:
        self._camera.zoom_step_about(-1, self.zoom_anchor())
        self._changed()

    @Slot()
    def resetView(self) -> None:
        self._camera.reset()  # the first view: the land framed
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
            tappable=self._index.of_country,
        )

    @Slot(float, float)
    def tapAt(self, x: float, y: float) -> None:
        """A tap on the map: its country, named with its region; the sea (or
        a country in no region) clears the choice."""
        code = self.country_at(x, y)
        region = self.region_of(code)
        self._choose(region, country=code if region else "")

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
        region = self._index.region(self._selection)
        if region is None:
            return {}
        return selection_info(
            region,
            row=self._index.row[region.id],
            country=self._country,
            lang=self._lang,
            name_of=self.country_name,
            sort_form_of=lambda c: country_sort_form(self._lang, c, self._names, self._sort_forms),
        )

    regionList = Property(QAbstractItemModel, lambda self: self._regions, constant=True)
    selection = Property(str, lambda self: self._selection, notify=selectionChanged)
    selectionInfo = Property("QVariantMap", _selection_info, notify=infoChanged)
    # The map's height over its width (from world.json), known from the start:
    # the map screen lays itself out before the shapes are read.
    aspect = Property(float, lambda s: s._camera.world[1] / s._camera.world[0], constant=True)
    zoom = Property(float, lambda self: self._camera.zoom, notify=viewChanged)
    centreX = Property(float, lambda self: self._camera.centre[0], notify=viewChanged)
    centreY = Property(float, lambda self: self._camera.centre[1], notify=viewChanged)
    liveScale = Property(float, lambda self: self._live()[0], notify=viewChanged)
    liveX = Property(float, lambda self: self._live()[1], notify=viewChanged)
    liveY = Property(float, lambda self: self._live()[2], notify=viewChanged)
    labels = Property(RegionLabels, lambda self: self._labels, constant=True)
    # Countries drawn in no region (grey): the legend explains them when any.
    greyCount = Property(int, lambda self: self._grey, notify=greyChanged)
    # Names come from CLDR, which is loaded with the map (after the first frame).
    homeName = Property(
        str, lambda s: s.country_name(HOME_COUNTRY) if s._geometry else "", notify=languageChanged
    )

    def _update_labels(self) -> None:
        self._labels.update(self._selection, hidden=self._move.running)

    def reset(self) -> None:
        self._country = ""
        self._framed = False
        self._move.stop()
        self._selection = ""
        self.selectionChanged.emit()
        self.infoChanged.emit()
        self.resetView()
        self.settle()
