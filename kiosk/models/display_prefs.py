"""The visitor's display choices: large text ("Aa") and high contrast.

They belong to one visit: the idle reset turns both off, so the next visitor
finds the kiosk as staff set it up. Turning one on is counted (anonymously),
so staff can see whether visitors use them.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

LARGE_TEXT_SCALE = 1.5


@QmlElement
@QmlUncreatable("the kiosk model owns the display choices")
class DisplayPrefs(QObject):
    aboutToChange = Signal()  # views note their reading position
    changed = Signal()
    counted = Signal(str, str)  # ("display", what was turned on)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._large_text = False
        self._high_contrast = False

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
    textScale = Property(
        float, lambda self: LARGE_TEXT_SCALE if self._large_text else 1.0, notify=changed
    )
