"""The visitor's display choices: large text ("Aa") and high contrast.

They belong to one visit: the idle reset turns both off, so the next visitor
finds the kiosk as staff set it up. Turning one on is counted (anonymously),
so staff can see whether visitors use them.

Beside them, what the screen is (kiosk/models/display_geometry.py): its
millimetres per pixel, from which the floors for text and touch targets and
the upright reach band follow. Set once at start-up; not the visitor's.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.models import display_geometry as geometry

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

LARGE_TEXT_SCALE = 1.5


@QmlElement
@QmlUncreatable("the kiosk model owns the display choices")
class DisplayPrefs(QObject):
    aboutToChange = Signal()  # views note their reading position
    changed = Signal()
    counted = Signal(str, str)  # ("display", what was turned on)
    screenChanged = Signal()  # the screen's size in millimetres became known

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._large_text = False
        self._high_contrast = False
        self._mm_per_px = geometry.FALLBACK_MM_PER_PX

    def set_mm_per_px(self, mm_per_px: float) -> None:
        """The screen's millimetres per logical pixel (kiosk/app.py measures it)."""
        if mm_per_px > 0 and mm_per_px != self._mm_per_px:
            self._mm_per_px = mm_per_px
            self.screenChanged.emit()

    @Slot(float, result=float)
    def reachTop(self, height_px: float) -> float:
        """The highest row (pixels from the top of an upright window of
        ``height_px``) that a child or a seated visitor reaches."""
        return geometry.reach_band(height_px, self._mm_per_px)[0]

    @Slot(float, result=float)
    def reachBottom(self, height_px: float) -> float:
        return geometry.reach_band(height_px, self._mm_per_px)[1]

    def _set(self, attribute: str, on: bool, name: str) -> None:
        if on != getattr(self, attribute):
            self.aboutToChange.emit()
            setattr(self, attribute, on)
            self.changed.emit()
            if on:
                self.counted.emit("display", name)

    @Slot(bool)
    def setLargeText(self, on: bool) -> None:
        self._set("_large_text", on, "large-text")

    @Slot(bool)
    def setHighContrast(self, on: bool) -> None:
        self._set("_high_contrast", on, "high-contrast")

    @Slot()
    def toggleLargeText(self) -> None:
        self.setLargeText(not self._large_text)

    @Slot()
    def toggleHighContrast(self) -> None:
        self.setHighContrast(not self._high_contrast)

    @Slot()
    def reset(self) -> None:
        if self._large_text or self._high_contrast:
            self.aboutToChange.emit()
            self._large_text = self._high_contrast = False
            self.changed.emit()

    largeText = Property(bool, lambda self: self._large_text, notify=changed)
    highContrast = Property(bool, lambda self: self._high_contrast, notify=changed)
    mmPerPixel = Property(float, lambda self: self._mm_per_px, notify=screenChanged)
    # The least text scale against the 1080p design (body text >= 24 px and
    # a few mm) and the least touch target in pixels (9 mm): Theme.qml.
    textUnit = Property(
        float, lambda self: geometry.text_unit(self._mm_per_px), notify=screenChanged
    )
    touchFloor = Property(
        int, lambda self: geometry.touch_floor_px(self._mm_per_px), notify=screenChanged
    )
    textScale = Property(
        float, lambda self: LARGE_TEXT_SCALE if self._large_text else 1.0, notify=changed
    )
