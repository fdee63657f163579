"""Short wrapped texts (a topic's name on a tile, a heading) with their lines
evened out, for QML (``TextBalance.width``, which EvenText.qml uses).

Qt breaks a line as late as it can, so a name one word too long for its
tile leaves that word alone on the second line ("Нейтралитет, диалог и /
мир"). A designer evens the lines out ("Нейтралитет, / диалог и мир"): the
same number of lines, in the narrowest width that still holds them. QML
keeps the item's width (the layout around it does not move) and pads the
text in to that width.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption
from PySide6.QtQml import QmlElement, QmlSingleton

QML_IMPORT_NAME = "Kiosk.Views"
QML_IMPORT_MAJOR_VERSION = 1

# Steps of the search for the narrowest width: each halves what is left of
# the interval between half the width and the whole (a pixel or less on the
# widest heading after 11).
STEPS = 11
# Room for the renderer's rounding: a width computed to the last fraction of
# a pixel broke one word earlier on screen.
SLACK = 1.0
# Where a line may break between words: any white space but a no-break one
# (the content's no-break spaces: kiosk/content/line_setting.py).
_BREAKING_SPACE = re.compile(r"[^\S\u00a0\u202f\u2007]+")


def line_count(text: str, font: QFont, width: float) -> int:
    """How many lines ``text`` takes in ``font`` at ``width``, broken as KText
    breaks it: between words, or inside a word wider than the line."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setUseDesignMetrics(True)  # as QML lays out text (Text.QtRendering)
    layout.setTextOption(option)
    layout.beginLayout()
    count = 0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        count += 1
    layout.endLayout()
    return count


def even_width(text: str, font: QFont, width: float) -> float:
    """The narrowest width, at most ``width``, at least half of it and never
    less than its longest word, that breaks ``text`` into as many lines as
    ``width`` does; ``width`` itself for a text on one line."""
    if width <= 0 or not text.strip():
        return width
    lines = line_count(text, font, width)
    if lines < 2:
        return width
    # Never narrower than the longest word: it would break inside it.
    metrics = QFontMetricsF(font)
    longest = max(metrics.horizontalAdvance(word) for word in _BREAKING_SPACE.split(text) if word)
    if longest + SLACK >= width:
        return width
    narrow, wide = max(width / 2, longest + SLACK), width
    if line_count(text, font, narrow) == lines:
        return min(width, narrow + SLACK)
    for _ in range(STEPS):
        middle = (narrow + wide) / 2
        if line_count(text, font, middle) == lines:
            wide = middle
        else:
            narrow = middle
    return min(width, wide + SLACK)


@QmlElement
@QmlSingleton
class TextBalance(QObject):
    """``TextBalance.width(text, font, width)`` from QML."""

    @Slot(str, QFont, float, result=float)
    def width(self, text: str, font: QFont, width: float) -> float:
        return even_width(text, font, width)
