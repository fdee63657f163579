"""Home, topics and contacts read well: every topic on the 1080p home screen
without scrolling, a topic list that does not move when one is chosen, the
contact card's QR code above the fold, reading lines of at most about 75
characters.
"""

from __future__ import annotations

import pytest
from helpers.visitor import (
    find,
    find_all,
    open_screen,
    qml_eval,
    visible_rect,
    wait_screen,
)
from PySide6.QtCore import QRectF

SIZES = {
    "landscape": (1920, 1080),
    "portrait": (1080, 1920),
    "small": (1280, 800),
}


def _settle(ui, qtbot) -> None:
    """Two frames drawn: layouts are polished before a frame, so what is
    measured next is what the visitor sees (a fixed wait is not enough on a
    loaded machine)."""
    for _ in range(2):
        with qtbot.waitSignal(ui.window.frameSwapped, timeout=10_000):
            ui.window.update()


def _whole(item) -> bool:
    """Wholly visible: not cut by anything that clips it, nor by the window."""
    box = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    seen = visible_rect(item)
    return abs(seen.width() - box.width()) < 1.5 and abs(seen.height() - box.height()) < 1.5


def test_every_topic_shows_on_home_without_scrolling(make_ui, qtbot):
    """At 1080p with the motto and both key figures, in every language: all
    tiles whole on screen, and the tile list has nothing to scroll. (On a
    small panel, 1280x800, text keeps its physical floor and the tiles may
    scroll: test_with_large_text_tiles_scroll_but_are_never_cut.)"""
    ui = make_ui(lang="en", size=(1920, 1080))
    assert ui.model.motto, "the test runs in the motto's year"
    for lang in ui.model.language_codes:
        ui.model.setLanguage(lang)
        _settle(ui, qtbot)
        grid = find(ui.window, "tileGrid")
        tiles = find_all(ui.window, "tile_")
        assert len(tiles) == grid.property("contentItem").childItems()[0].property("count")
        for tile in tiles:
            qtbot.waitUntil(lambda tile=tile: _whole(tile), timeout=5000)
        assert not grid.property("interactive"), f"{lang}: the tiles scroll"
        assert not find(ui.window, "homePage").property("interactive")


@pytest.mark.parametrize(
    ("size", "large"), [((1920, 1080), True), ((1280, 800), False)], ids=["large-text", "1280x800"]
)
def test_with_large_text_tiles_scroll_but_are_never_cut(make_ui, qtbot, size, large):
    ui = make_ui(lang="tk", size=size)
    ui.model.display.setLargeText(large)
    _settle(ui, qtbot)
    grid = find(ui.window, "tileGrid")
    content = grid.property("contentItem")
    for tile in find_all(ui.window, "tile_"):
        scene = tile.mapRectToScene(QRectF(0, 0, tile.width(), tile.height()))
        box = content.mapRectFromScene(scene)
        assert box.top() >= -1 and box.bottom() <= grid.property("contentHeight") + 1
        assert tile.height() >= tile.implicitHeight() - 1, "a tile shorter than its text"


def _boxes(window) -> dict[str, tuple[float, float, float, float]]:
    boxes = {}
    for topic in find_all(window, "topic_"):
        box = topic.mapRectToScene(QRectF(0, 0, topic.width(), topic.height()))
        boxes[topic.objectName()] = (box.x(), box.y(), box.width(), box.height())
    return boxes


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_choosing_a_topic_moves_no_other_topic(make_ui, qtbot, size):
    """The chosen topic looks chosen without changing its text's size or
    weight: a long title that wrapped differently once shifted the list."""
    ui = make_ui(lang="en", size=size)
    sections = [s.id for s in ui.model.content.sections]
    for lang in ui.model.language_codes:
        ui.model.setLanguage(lang)
        seen = None
        for section in sections:
            assert open_screen(ui.model, f"section/{section}")
            wait_screen(qtbot, ui.window, "sectionScreen")
            _settle(ui, qtbot)
            topics = find(ui.window, "topicList")
            topics.setProperty("contentY", 0)
            boxes = _boxes(ui.window)
            if seen is None:
                seen = boxes
            assert boxes == seen, f"{lang}: choosing {section} moved the topics"


@pytest.mark.parametrize("large", [False, True], ids=["text", "large-text"])
@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_the_card_qr_code_shows_without_scrolling(make_ui, qtbot, size, large):
    """The QR code that saves the card, and what it is for, are in the first
    screenful at every size, in every language (upright it was half below
    the fold, under the entries)."""
    ui = make_ui(lang="en", size=size)
    ui.model.display.setLargeText(large)
    for lang in ui.model.language_codes:
        ui.model.setLanguage(lang)
        assert open_screen(ui.model, "contacts")
        wait_screen(qtbot, ui.window, "contactsScreen")
        cards = find(ui.window, "cardList")
        assert cards.property("contentY") == cards.property("originY")
        for name in ("cardQr_mfa", "cardQrCaption", "contactsTitle"):
            item = find(ui.window, name)
            qtbot.waitUntil(lambda item=item: _whole(item), timeout=5000)
        ui.model.goHome()


def _line_lengths(label) -> list[int]:
    """The characters on each line of a Text item, laid out again by Qt with
    its font and width (what the screen shows, wrapped the same way)."""
    from PySide6.QtGui import QTextLayout, QTextOption

    text = label.property("text")
    layout = QTextLayout(text, label.property("font"))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lengths = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.width())
        lengths.append(len(text[line.textStart() : line.textStart() + line.textLength()].rstrip()))
    layout.endLayout()
    return lengths


@pytest.mark.parametrize("large", [False, True], ids=["text", "large-text"])
@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_reading_lines_hold_about_75_characters(make_ui, qtbot, size, large):
    """Every line of every topic, in every language: at most about 75
    characters (counted on the lines as Qt breaks them), and on a wide
    screen not much fewer (the column is not simply narrow)."""
    ui = make_ui(lang="en", size=size)
    ui.model.display.setLargeText(large)
    longest: dict[str, int] = {}
    for lang in ui.model.language_codes:
        ui.model.setLanguage(lang)
        for section in ui.model.content.sections:
            assert open_screen(ui.model, f"section/{section.id}")
            wait_screen(qtbot, ui.window, "sectionScreen")
            _settle(ui, qtbot)
            reader = find(ui.window, "readerList")
            for row in range(reader.property("count")):
                qml_eval(reader, f"positionViewAtIndex({row}, ListView.Contain), true")
                item = qml_eval(reader, f"itemAtIndex({row})")
                label = [c for c in item.childItems() if c.inherits("QQuickText")][-1]
                lines = _line_lengths(label)
                assert max(lines) <= 77, f"{lang} {section.id} row {row}: {lines}"
                longest[lang] = max(longest.get(lang, 0), *lines)
    if size == (1920, 1080) and not large:
        assert all(n >= 62 for n in longest.values()), longest


def test_the_layout_check_reports_a_picture_too_small_or_cut(make_ui, qtbot):
    """The check can fail: a QR code drawn smaller than a phone reads, and
    one pushed partly off the screen, are both reported."""
    from helpers.layout import layout_problems

    ui = make_ui(lang="en", size=(1920, 1080))
    assert open_screen(ui.model, "contacts")
    wait_screen(qtbot, ui.window, "contactsScreen")
    qr = find(ui.window, "cardQr_mfa")
    assert not [p for p in layout_problems(ui.window.contentItem()) if "QQuickImage" in p]
    qr.setWidth(120)
    assert any("too small (120x" in p for p in layout_problems(ui.window.contentItem()))
    qr.setWidth(3000)  # out at both sides of the list, and off the screen
    problems = layout_problems(ui.window.contentItem())
    assert any("QQuickImage" in p and ("cut" in p or "off the screen" in p) for p in problems)


@pytest.mark.parametrize("large", [False, True], ids=["text", "large-text"])
@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_the_reading_column_starts_at_one_place_for_every_topic(make_ui, qtbot, size, large):
    """The eye goes back to the column's left edge: it stays put from topic to
    topic, in one language at one size (only the column's width follows the
    topic's own text)."""
    ui = make_ui(lang="en", size=size)
    ui.model.display.setLargeText(large)
    for lang in ui.model.language_codes:
        ui.model.setLanguage(lang)
        lefts: dict[str, float] = {}
        for section in ui.model.content.sections:
            assert open_screen(ui.model, f"section/{section.id}")
            wait_screen(qtbot, ui.window, "sectionScreen")
            _settle(ui, qtbot)
            reader = find(ui.window, "readerList")
            lefts[section.id] = round(reader.mapRectToScene(QRectF(0, 0, 1, 1)).left(), 1)
            # The column is still within its panel, whoever's text it holds.
            panel = reader.parentItem().mapRectToScene(
                QRectF(0, 0, reader.parentItem().width(), reader.parentItem().height())
            )
            column = reader.mapRectToScene(QRectF(0, 0, reader.width(), reader.height()))
            assert panel.contains(column), (lang, section.id)
        assert len(set(lefts.values())) == 1, (lang, lefts)


def _body_lines_above_the_fade(window) -> int:
    """Lines of a topic's body wholly on screen above the reader's fade, as
    the topic opens (its title and summary scroll with it)."""
    reader = find(window, "readerList")
    fade = find(window, "readerFade")
    fade_top = fade.mapRectToScene(QRectF(0, 0, 1, 1)).top()
    top = reader.mapRectToScene(QRectF(0, 0, 1, 1)).top()
    lines = 0
    for row in range(reader.property("count")):
        item = qml_eval(reader, f"itemAtIndex({row})")
        if item is None:
            break
        for label in (c for c in item.childItems() if c.inherits("QQuickText")):
            count = label.property("lineCount") or 1
            box = label.mapRectToScene(QRectF(0, 0, label.width(), label.height()))
            pitch = box.height() / count
            lines += sum(
                1
                for k in range(count)
                if box.top() + k * pitch >= top - 0.5 and box.top() + (k + 1) * pitch <= fade_top
            )
    return lines


@pytest.mark.parametrize("lang", ["tk", "ru", "en"])
def test_with_large_text_a_topic_opens_on_its_first_lines(make_ui, qtbot, lang):
    """At 1080p with large text, a topic opens with at least three lines of
    its body above the fade, under its title and summary: a visitor sees
    where the reading starts, not a page of heading."""
    ui = make_ui(lang=lang, size=(1920, 1080))
    ui.model.display.setLargeText(True)
    shown = {}
    for section in ui.model.content.sections:
        assert open_screen(ui.model, f"section/{section.id}")
        wait_screen(qtbot, ui.window, "sectionScreen")
        _settle(ui, qtbot)
        shown[section.id] = _body_lines_above_the_fade(ui.window)
    assert min(shown.values()) >= 3, shown
