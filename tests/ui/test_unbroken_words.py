"""Headings and labels never break inside a word ("Центральна / я Азия" beside
the map at 1280x800): each visible Text's lines, laid out again by Qt, break
at spaces and hyphens only, and no word runs out of its item. Nor, as print
would not, does a line end on a Russian short word ("с" / "партнёрами"), or
start with a dash."""

from __future__ import annotations

import pytest
from helpers.visitor import open_screen, wait_screen
from helpers.word_breaks import broken_words, inside_word, loose_words
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtQml import QQmlComponent

SIZES = {"1280x800": (1280, 800), "1080x1920": (1080, 1920), "1920x1080": (1920, 1080)}


def test_the_check_tells_a_break_inside_a_word():
    assert inside_word("Центральная Азия", 10)
    assert not inside_word("Центральная Азия", 12)
    assert not inside_word("Латинская Америка и Карибский бассейн", 10)
    assert not inside_word("Asia-Pacific", 5)
    assert inside_word("1\u00a0October 2022", 2)


def test_the_check_tells_a_loose_word(make_ui):
    """A caption broken after "с", and one whose next line starts with a
    dash, are found; set for lines (with no-break spaces) they are not."""
    ui = make_ui(lang="ru", size=(1920, 1080))
    component = QQmlComponent(ui.engine)
    component.setData(b"import QtQuick\nText { width: 200; wrapMode: Text.Wrap }", QUrl())
    label = component.create()
    label.setParentItem(ui.window.contentItem())
    font = QFont("Noto Sans")
    font.setPixelSize(20)
    label.setProperty("font", font)
    found = {}
    metrics = QFontMetricsF(font)
    for text, first_line in (
        ("Сотрудничество с партнёрами", "Сотрудничество с"),
        ("Международный год — мир", "Международный год"),
    ):
        label.setProperty("text", text)
        label.setWidth(metrics.horizontalAdvance(first_line) + 4)  # the rest wraps
        found[text] = loose_words(label)
    assert found == {
        "Сотрудничество с партнёрами": [
            "QQuickText: a line ends on 'с': 'Сотрудничество с '"
        ],
        "Международный год — мир": ["QQuickText: a line starts with a dash: '— мир'"],
    }
    for text in ("Сотрудничество с\u00a0партнёрами", "Международный год\u00a0— мир"):
        label.setProperty("text", text)
        assert loose_words(label) == [], text
    label.deleteLater()


def test_a_heading_measures_words_joined_by_no_break_spaces_as_one(make_ui, qtbot):
    """A heading that keeps its words whole (KText.wordsWhole) measures the
    run "и\u00a0Юго-Восточная" as one word: a run wider than its line never
    runs out of its item, though each of its words would fit (it breaks
    inside, as a word too long for its line does)."""
    ui = make_ui(lang="ru", size=(1920, 1080))
    component = QQmlComponent(ui.engine)
    component.setData(b"import Kiosk\nKText { wordsWhole: true }", QUrl())
    heading = component.create()
    assert heading is not None, component.errorString()
    heading.setParentItem(ui.window.contentItem())
    metrics = QFontMetricsF(heading.property("font"))
    words = ["Восточная", "Юго\u2011Восточная"]  # a no-break hyphen: no break inside
    heading.setWidth(max(metrics.horizontalAdvance(w) for w in words) + 8)
    heading.setProperty("text", "\u00a0".join(words))
    qtbot.waitUntil(lambda: heading.property("contentWidth") > 0)
    assert heading.property("contentWidth") <= heading.width() + 1
    assert heading.property("keepWords") is False  # it breaks inside rather than run out
    heading.deleteLater()


@pytest.mark.parametrize("large", [False, True], ids=["text", "large-text"])
@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_no_word_breaks_on_the_map_s_regions(make_ui, qtbot, size, large):
    ui = make_ui(lang="en", size=size)
    ui.model.display.setLargeText(large)
    problems = []
    for lang in ("tk", "ru", "en"):
        ui.model.setLanguage(lang)
        for region in ui.model.content.regions:
            assert open_screen(ui.model, f"map/{region.id}")
            wait_screen(qtbot, ui.window, "mapScreen")
            qtbot.waitUntil(lambda r=region: ui.model.map.selectionInfo.get("id") == r.id)
            shown = ui.window.contentItem()
            found = broken_words(shown) + loose_words(shown)
            problems += [f"{lang} {region.id}: {p}" for p in found]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("large", [False, True], ids=["text", "large-text"])
@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_no_word_breaks_on_the_other_screens(make_ui, qtbot, size, large):
    ui = make_ui(lang="en", size=size)
    ui.model.display.setLargeText(large)
    sections = [f"section/{s.id}" for s in ui.model.content.sections]
    problems = []
    for lang in ("tk", "ru", "en"):
        ui.model.setLanguage(lang)
        for screen in ("attract", "home", "contacts", "map", *sections):
            assert open_screen(ui.model, screen)
            wait_screen(qtbot, ui.window, screen.split("/")[0] + "Screen")
            shown = ui.window.contentItem()
            problems += [f"{lang} {screen}: {p}" for p in broken_words(shown) + loose_words(shown)]
    assert not problems, "\n".join(problems)
