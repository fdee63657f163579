"""The screen as a visitor meets it: millimetres per pixel, and what follows.

Sizes in the QML are written in pixels of a 1920x1080 screen and scaled to
the window. That alone makes text follow the pixel count: at 1280x800 a
card's text would be 16 px. Two floors come from the physical screen
instead: body text never below 24 px (the size the design's 1080p body
text may shrink to) and never below a few millimetres, and a touch target
never below 9 mm. And on an upright totem the controls go where a hand
reaches, which is a height above the floor, in millimetres.

Qt-free: kiosk/models/display_prefs.py puts it on the QML side, and
kiosk/app.py measures the screen (or takes the size it is told).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# What a screen reports is believed only if it looks like a screen: EDID
# data is often missing (0 mm), a placeholder (a projector's 160x90 mm, a
# virtual screen's 1 mm) or swapped. Between 40 and 400 pixels per inch, and
# the reported shape within 10 % of the pixels' shape.
MIN_DPI = 40.0
MAX_DPI = 400.0
SHAPE_TOLERANCE = 0.10
# When nothing believable is known: the screens the design was drawn for, a
# 32-inch 16:9 landscape panel (708 mm wide) and a 55-inch 16:9 totem
# upright (1210 mm tall), their long side spread over the window's.
LANDSCAPE_LONG_MM = 708.0
UPRIGHT_LONG_MM = 1210.0
FALLBACK_MM_PER_PX = LANDSCAPE_LONG_MM / 1920

DESIGN_BODY_PX = 28  # Theme.bodySize at 1080p
BODY_FLOOR_PX = 24  # body text never smaller, at any size
BODY_FLOOR_MM = 4.5  # nor smaller than this on the glass (an em at arm's length)
TOUCH_FLOOR_MM = 9.0  # a fingertip, with room to spare

# Upright reach (ISO 21542 / ADA side reach, shared by children and
# wheelchair users): controls between 380 and 1220 mm above the floor. The
# kiosk assumes an upright screen is mounted with its bottom edge this high
# (a 55-inch 16:9 panel upright is about 1210 mm tall, so its top is at
# about 1910 mm).
REACH_LOW_MM = 380.0
REACH_HIGH_MM = 1220.0
MOUNT_BOTTOM_MM = 700.0


@dataclass(frozen=True)
class Measured:
    """What the screen says of itself: its size in pixels and millimetres."""

    width_px: int
    height_px: int
    width_mm: float
    height_mm: float


def believable(measured: Measured) -> bool:
    """True if the reported physical size can be a real screen of these pixels."""
    m = measured
    if min(m.width_px, m.height_px, m.width_mm, m.height_mm) <= 0:
        return False
    if not all(math.isfinite(v) for v in (m.width_mm, m.height_mm)):
        return False
    dpi_x = m.width_px / (m.width_mm / 25.4)
    dpi_y = m.height_px / (m.height_mm / 25.4)
    if not (MIN_DPI <= dpi_x <= MAX_DPI and MIN_DPI <= dpi_y <= MAX_DPI):
        return False
    shape_px = m.width_px / m.height_px
    shape_mm = m.width_mm / m.height_mm
    return abs(shape_mm / shape_px - 1.0) <= SHAPE_TOLERANCE


def assumed_mm_per_px(width_px: int, height_px: int) -> float:
    """Millimetres per pixel of the screen the design assumes for this shape."""
    long_mm = UPRIGHT_LONG_MM if height_px > width_px else LANDSCAPE_LONG_MM
    return long_mm / max(width_px, height_px, 1)


def mm_per_px(measured: Measured) -> float:
    """Millimetres per (logical) pixel: the screen's own if believable, else
    what the design assumes for a screen of its shape."""
    if not believable(measured):
        return assumed_mm_per_px(measured.width_px, measured.height_px)
    return (measured.width_mm / measured.width_px + measured.height_mm / measured.height_px) / 2


def text_unit(mm_px: float) -> float:
    """The least scale for text against the 1080p design: body text at least
    BODY_FLOOR_PX and BODY_FLOOR_MM. Never more than the design's own size
    (a large-pixel screen is read from further away, and has the pixels)."""
    by_pixels = BODY_FLOOR_PX / DESIGN_BODY_PX
    by_mm = BODY_FLOOR_MM / (DESIGN_BODY_PX * mm_px)
    return min(1.0, max(by_pixels, by_mm))


def touch_floor_px(mm_px: float) -> int:
    """The least touch target, in pixels: TOUCH_FLOOR_MM on this screen."""
    return math.ceil(TOUCH_FLOOR_MM / mm_px)


def reach_band(height_px: float, mm_px: float) -> tuple[float, float]:
    """The rows of an upright window (pixels from its top) a standing child
    or a seated visitor reaches, with the bottom edge at MOUNT_BOTTOM_MM.
    Clipped to the window."""
    above_bottom = lambda mm: (mm - MOUNT_BOTTOM_MM) / mm_px  # noqa: E731
    top = max(0.0, height_px - above_bottom(REACH_HIGH_MM))
    bottom = min(height_px, height_px - above_bottom(REACH_LOW_MM))
    return top, bottom


def parse_physical_size(text: str) -> tuple[float, float] | None:
    """``"698x393"`` (millimetres) as (698.0, 393.0); None if not a size."""
    parts = text.lower().replace("mm", "").split("x")
    if len(parts) != 2:
        return None
    try:
        w, h = (float(p) for p in parts)
    except ValueError:
        return None
    if not (math.isfinite(w) and math.isfinite(h)) or w <= 0 or h <= 0:
        return None
    return w, h
