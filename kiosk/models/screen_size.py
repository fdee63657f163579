"""The size of a pixel on the glass, from what the screen says of itself."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow

from kiosk.models.display_geometry import Measured, assumed_mm_per_px, mm_per_px


def screen_mm_per_px(
    window: QQuickWindow, size: tuple[int, int], physical_size: tuple[float, float] | None
) -> float:
    """Millimetres per logical pixel: from ``physical_size`` (the window's
    size on the glass, as staff or a test give it) if given; else from what
    the window's screen reports, if believable; else the design's assumed
    panel for the window's shape. The offscreen platform (pictures, tests)
    reports a made-up 100 dpi screen, which says nothing of any kiosk."""
    if physical_size is not None:
        return mm_per_px(Measured(size[0], size[1], *physical_size))
    screen = window.screen()
    if screen is None or QGuiApplication.platformName() == "offscreen":
        return assumed_mm_per_px(*size)
    pixels, glass = screen.geometry(), screen.physicalSize()
    return mm_per_px(Measured(pixels.width(), pixels.height(), glass.width(), glass.height()))
