"""How light each part of the screen is, and how often it changes: WCAG
2.3.1's flashes, measured on grabs of the window.

A flash is a pair of opposite changes in relative luminance of 10 % or more.
Each grab is cut into tiles of about the area WCAG counts (a quarter of 10
degrees of vision: some 1/24 of a 1080p screen seen from a metre), and each
tile's mean relative luminance is followed over time.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

COLUMNS, ROWS = 6, 4  # tiles
PER_TILE = 8  # pixels a tile is averaged down to, each way
CHANGE = 0.10  # a change in relative luminance that counts


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


_LINEAR = [_linear(i) for i in range(256)]


def tile_luminance(image: QImage) -> list[float]:
    """Each tile's mean relative luminance (WCAG's formula)."""
    small = image.scaled(
        COLUMNS * PER_TILE,
        ROWS * PER_TILE,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,  # each pixel the mean of its area
    ).convertToFormat(QImage.Format.Format_RGB32)
    tiles = []
    for row in range(ROWS):
        for column in range(COLUMNS):
            total = 0.0
            for y in range(row * PER_TILE, (row + 1) * PER_TILE):
                for x in range(column * PER_TILE, (column + 1) * PER_TILE):
                    pixel = small.pixel(x, y)
                    r, g, b = (pixel >> 16) & 255, (pixel >> 8) & 255, pixel & 255
                    total += 0.2126 * _LINEAR[r] + 0.7152 * _LINEAR[g] + 0.0722 * _LINEAR[b]
            tiles.append(total / PER_TILE**2)
    return tiles


def changes(series: list[tuple[float, float]]) -> list[float]:
    """The moments a value turned by CHANGE or more from its last extreme
    (each such turn is half a flash)."""
    moments: list[float] = []
    if not series:
        return moments
    low = high = series[0][1]
    direction = 0  # 1: rising, -1: falling, 0: no change counted yet
    for when, value in series:
        low, high = min(low, value), max(high, value)
        if direction >= 0 and high - value >= CHANGE:
            moments.append(when)
            direction, low = -1, value  # now falling: follow the lowest point
        elif direction <= 0 and value - low >= CHANGE:
            moments.append(when)
            direction, high = 1, value  # now rising: follow the highest point
    return moments


def most_in_a_second(moments: list[float]) -> int:
    window: deque[float] = deque()
    most = 0
    for when in moments:
        window.append(when)
        while window[0] < when - 1.0:
            window.popleft()
        most = max(most, len(window))
    return most
