"""The region labels on the map, for QML: which show, and where.

The decision is kiosk.models.map_regions' (pure Python): a label shows at
or near its region's anchor (kiosk.models.map_anchors), whole in the view
and a margin off its edges and the map's buttons, on no other label, off
Turkmenistan's mark, and mostly over its own region's land (else hidden:
a label over a neighbour would seem to name it). QML tells
this object the labels' font and padding and where the buttons are, and
places the labels at ``spots``. Each label reserves the box of the widest of
its names in every language, so which labels show never changes with the
language. A name of several words may be broken onto two lines, where one
line does not fit ("Latin America / and the Caribbean"); it breaks where its
two lines come out most even (``twoLines``), and reserves the box of the
widest such pair in every language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Property, QObject, QRectF, Signal, Slot
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content.line_setting import unbroken_runs
from kiosk.content.model import Region
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
        self,
        *,
        camera: MapCamera,
        places: RegionPlaces,
        regions: Iterable[Region] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._camera, self._places = camera, places
        self._selection = ""
        self._spots: dict[str, list[float]] = {}
        self._names: dict[str, tuple[str, ...]] = {}  # every language's name, by region
        # The labels' font, padding, and height on one line and on two.
        self._style: tuple[QFont, float, float, float] | None = None
        # The names are measured when the labels are next placed: a new text
        # size sets the font, the padding and the heights one binding at a
        # time, and measuring every name at each cost a few ms thrice.
        self._measured = True
        # Placed only while the map is on screen: the map page lives on,
        # hidden, and a change of text size or language elsewhere would
        # otherwise place every label again for nobody (tens of ms).
        self._shown = True
        self._stale = False
        self._hidden = False
        # Placed once per frame, before it is drawn (see place_before_frames).
        self._ask_frame: Callable[[], None] | None = None
        self._asked = False
        self.set_regions(regions)

    def place_before_frames(self, ask_frame: Callable[[], None]) -> None:
        """Placements wait for the next frame (``ask_frame`` asks the map's
        window for one; the map item calls place_if_asked once the frame's
        polish pass is over, before it is drawn). A change of text size
        alone resizes the view twice, moves the buttons, changes the font
        and frames the camera again, in several rounds of that pass, and each
        asked for a placement of milliseconds. So each frame pays for one
        placement, and never shows labels placed for a layout that has
        already changed."""
        self._ask_frame = ask_frame

    def update(self, selection: str | None = None, *, hidden: bool = False) -> None:
        """Place the labels again (a new view, selection, size or region);
        ``hidden`` while the camera moves to a region (they return there)."""
        if selection is not None:
            self._selection = selection  # its label is placed first
        self._hidden = hidden
        if not self._shown:
            self._stale = True
            return
        self._asked = True
        if self._ask_frame is not None:
            try:
                self._ask_frame()
                return
            except RuntimeError:  # the map item is gone: place now, as before it came
                self._ask_frame = None
        self.place_if_asked()

    def place_if_asked(self) -> None:
        if not self._asked:
            return
        self._asked = False
        self._measure()
        spots = {} if self._hidden else self._places.spots(self._camera, self._selection)
        if spots != self._spots:
            self._spots = spots
            self.spotsChanged.emit()

    def set_regions(self, regions: Iterable[Region]) -> None:
        """New content: each region's name in every language it gives."""
        # As shown: a no-break space keeps "и\u00a0Карибский" together on two lines.
        self._names = {r.id: tuple(r.name.get(lang) for lang in r.name.values) for r in regions}
        self._measured = False
        if self._style is not None:  # else measured once QML gives the font
            self.update()

    @Slot(bool)
    def setShown(self, shown: bool) -> None:
        """The map is on screen (True) or hidden; placed when it shows."""
        self._shown = shown
        if shown and self._stale:
            self._stale = False
            self.update()

    @Slot(QFont, float, float, float)
    def setStyle(self, font: QFont, padding: float, height: float, two_line_height: float) -> None:
        """The labels' font as QML draws them, the padding around the text
        (left and right together) and the label's height with the name on
        one line and on two, in view pixels."""
        style = (QFont(font), padding, height, two_line_height)
        if style != self._style:
            self._style = style
            self._measured = False
            self.update()

    def _measure(self) -> None:
        """Each label's box: the widest of its names (a pixel's slack for
        the renderer's rounding); on two lines, the widest of their longer
        lines, for a region whose names break into two shorter lines."""
        if self._measured or self._style is None:
            return
        self._measured = True
        font, padding, height, two_line_height = self._style
        metrics = QFontMetricsF(font)
        sizes, two_line_sizes = {}, {}
        for region, names in self._names.items():
            if not names:
                continue
            one = max(metrics.horizontalAdvance(n) for n in names)
            two = max(_longer_line(metrics, _even_lines(metrics, n)) for n in names)
            sizes[region] = (one + padding + 2, height)
            if two < one:
                two_line_sizes[region] = (two + padding + 2, two_line_height)
        self._places.sizes = sizes
        self._places.two_line_sizes = two_line_sizes

    @Slot(str, result=str)
    def twoLines(self, name: str) -> str:
        """``name`` broken onto two lines as its label reserved room for."""
        if self._style is None:
            return name
        return "\n".join(_even_lines(QFontMetricsF(self._style[0]), name))

    def reserved(self, region_id: str, lines: int = 1) -> tuple[float, float] | None:
        """The box a label reserves on one line or two (view pixels), for tests."""
        self._measure()
        sizes = self._places.sizes if lines == 1 else self._places.two_line_sizes
        return sizes.get(region_id)

    @Slot(QRectF)
    def setKeepOut(self, rect: QRectF) -> None:
        """Where the map's buttons are (view pixels): no label goes there."""
        box = Box(rect.left(), rect.top(), rect.right(), rect.bottom())
        if self._places.keep_out != (box,):
            self._places.keep_out = (box,)
            self.update()

    # Region id → [x, y, lines, width] in view pixels, for the labels that fit now.
    spots = Property("QVariantMap", lambda self: self._spots, notify=spotsChanged)


def _even_lines(metrics: QFontMetricsF, name: str) -> tuple[str, ...]:
    """``name`` as two lines broken between words where the longer of them
    is shortest; a name of one word as it is."""
    words = unbroken_runs(name)  # "и\u00a0Тобаго" is one: never "и" at a line's end
    if len(words) < 2:
        return (name,)
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    return min(splits, key=lambda lines: _longer_line(metrics, lines))


def _longer_line(metrics: QFontMetricsF, lines: tuple[str, ...]) -> float:
    return max(metrics.horizontalAdvance(line) for line in lines)
