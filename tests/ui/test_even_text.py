"""Short wrapped texts come out with their lines even (EvenText.qml, over
kiosk/views/text_balance.py): a topic's name on a tile or a heading does not
leave one word alone on its last line when the lines could share the words."""

from __future__ import annotations

import pytest
from helpers.visitor import find, wait_screen, walk
from PySide6.QtGui import QFont, QFontMetricsF

from kiosk import paths
from kiosk.content import load_content
from kiosk.views.text_balance import even_width, line_count

CONTENT = load_content(paths.default_content_dir()).content

NEUTRALITY = "Нейтралитет, диалог и мир"


def _font() -> QFont:
    font = QFont("Noto Sans")
    font.setPixelSize(40)
    return font


def test_the_lines_even_out_on_as_many_lines(qapp):
    font = _font()
    metrics = QFontMetricsF(font)
    # Wide enough for "Нейтралитет, диалог и", not for "мир" too.
    width = metrics.horizontalAdvance("Нейтралитет, диалог и") + 10
    assert line_count(NEUTRALITY, font, width) == 2
    even = even_width(NEUTRALITY, font, width)
    assert line_count(NEUTRALITY, font, even) == 2
    # "Нейтралитет," / "диалог и мир": as wide as the wider of the two.
    lines = ("Нейтралитет,", "диалог и мир")
    assert even <= max(metrics.horizontalAdvance(line) for line in lines) + 2
    # One line stays as it is.
    assert even_width("мир", font, width) == width


def test_a_word_is_never_broken_to_even_the_lines(qapp):
    font = _font()
    word = QFontMetricsF(font).horizontalAdvance("Дружественные")
    for width in (word + 2, word + 40, word * 1.5):
        even = even_width("Дружественные связи с миром", font, width)
        assert even >= word, width


def _topic_names(ui, root):
    """The texts under ``root`` that give a topic's name (tiles, the title)."""
    names = {section.title.get(ui.model.language) for section in CONTENT.sections}  # as shown
    for item in walk(root):
        if item.inherits("QQuickText") and item.property("text") in names and item.isVisible():
            yield item


@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080)], ids=["portrait", "landscape"])
def test_topic_names_and_the_title_wrap_evenly(make_ui, qtbot, size):
    ui = make_ui(lang="ru", size=size)
    ui.model.display.setLargeText(True)
    ui.model.openSection("world-regions")
    wait_screen(qtbot, ui.window, "sectionScreen")
    qtbot.wait(50)
    wrapped = 0
    for item in _topic_names(ui, find(ui.window, "sectionScreen")):
        text, font, width = item.property("text"), item.property("font"), item.width()
        lines = item.property("lineCount")
        # As many lines as the whole width gives them ...
        assert lines == line_count(text, font, width), text
        if lines < 2:
            continue
        # ... and as even as they can be: the widest line no wider than the
        # narrowest room that holds them ("Нейтралитет, / диалог и мир", not
        # "Нейтралитет, диалог и / мир").
        assert item.property("contentWidth") <= even_width(text, font, width) + 0.5, text
        wrapped += 1
    assert wrapped >= 3  # upright and wide, several topics' names take two lines
