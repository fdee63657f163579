"""WCAG 2 contrast: relative luminance and contrast ratio, and the colours a
shown Text item is really drawn in and on."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtQuick import QQuickItem

from helpers.visitor import shown, walk


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def background_of(item: QQuickItem, window_colour: QColor) -> QColor:
    """The opaque fill the item is drawn on: its nearest ancestor Rectangle
    with a solid colour, else the window's colour."""
    node = item.parentItem()
    while node is not None:
        if node.inherits("QQuickRectangle"):
            colour = node.property("color")
            if colour.alpha() == 255:
                return colour
        node = node.parentItem()
    return window_colour


def text_contrasts(root: QQuickItem, window_colour: QColor) -> list[tuple[str, float]]:
    """(text, ratio) for every shown text under ``root``."""
    found = []
    for item in walk(root):
        if item.inherits("QQuickText") and item.property("text") and shown(item):
            ratio = contrast(item.property("color"), background_of(item, window_colour))
            found.append((item.property("text"), ratio))
    return found
