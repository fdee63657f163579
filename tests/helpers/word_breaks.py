"""Where Qt breaks a Text item's lines: laid out again with QTextLayout in the
item's own font, width and wrap mode (what the screen shows), and every break
that falls inside a word reported ("Центральна / я Азия")."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtQuick import QQuickItem

from helpers.visitor import qml_eval, shown, walk

# A line may end after these (and after any space); a no-break space joins.
BREAK_AFTER = "-\u2010\u2013\u2014/"
# Russian short words, which print never leaves at a line's end: the
# one-letter ones, and the two-letter prepositions, conjunctions and "не".
LEADING = re.compile(r"[аАвВиИкКоОсСуУяЯ]|(?i:во|до|за|из|ко|на|не|но|об|от|по|со)")
DASHES = "\u2013\u2014"


def _wrap_mode(label: QQuickItem) -> int:
    return int(qml_eval(label, "wrapMode"))


def _breaks(label: QQuickItem) -> list[int]:
    """The text offsets at which the item's lines start, after the first."""
    text = label.property("text")
    layout = QTextLayout(text, label.property("font"))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode(_wrap_mode(label)))
    layout.setTextOption(option)
    layout.beginLayout()
    starts = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.width())
        starts.append(line.textStart())
    layout.endLayout()
    return starts[1:]


def inside_word(text: str, at: int) -> bool:
    before, after = text[at - 1], text[at] if at < len(text) else " "
    ok = (before.isspace() and before != "\u00a0") or before in BREAK_AFTER
    return not ok and not (after.isspace() and after != "\u00a0")


def _wrapped_texts(root: QQuickItem):
    """Each visible wrapped Text under ``root`` with something in it: the
    item, its text and the name a problem calls it by."""
    for item in walk(root):
        if not (item.inherits("QQuickText") and shown(item)):
            continue
        text, name = item.property("text"), item.objectName() or item.metaObject().className()
        if text and item.width() > 0 and _wrap_mode(item) != 0:
            yield item, text, name


def broken_words(root: QQuickItem) -> list[str]:
    """Every visible Text whose lines break inside a word, or (wrapped at
    word boundaries only) whose word runs out of its width."""
    problems = []
    for item, text, name in _wrapped_texts(root):
        for at in _breaks(item):
            if inside_word(text, at):
                problems.append(f"{name}: {text[:at]!r} / {text[at:]!r}")
        wide = item.property("contentWidth")
        if _wrap_mode(item) == 1 and wide > item.width() + 1:
            problems.append(f"{name}: {text!r} is {wide:.0f} px wide in {item.width():.0f}")
    return problems


def loose_words(root: QQuickItem) -> list[str]:
    """Every visible wrapped Text with a line that ends on a Russian short
    word ("… сотрудничество с" / "партнёрами"), or that starts with a dash
    ("2025" / "— Международный год")."""
    problems = []
    for item, text, name in _wrapped_texts(root):
        for at in _breaks(item):
            ending, next_line = text[:at].split(), text[at:].lstrip()
            if ending and LEADING.fullmatch(ending[-1]):
                problems.append(f"{name}: a line ends on {ending[-1]!r}: {text[:at]!r}")
            if next_line[:1] and next_line[:1] in DASHES:
                problems.append(f"{name}: a line starts with a dash: {next_line[:40]!r}")
    return problems
