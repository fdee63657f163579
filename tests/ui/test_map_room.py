"""The map keeps at least half of the window's height in every mode: large
text, every language, landscape, upright and small screens. When the key
figures would squeeze it they move to the end of the legend, and they stay
whole wherever they are."""

from __future__ import annotations

import pytest
from helpers.layout import settled_layout_problems
from helpers.visitor import find, open_screen, visible_rect, wait_screen, walk
from PySide6.QtCore import QPointF

SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920), "small": (1280, 800)}


@pytest.mark.parametrize("large", [False, True], ids=["text", "large-text"])
@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_the_map_keeps_half_the_screen(make_ui, qtbot, size, large):
    ui = make_ui(lang="en", size=size)
    ui.model.display.setLargeText(large)
    half = size[1] / 2 - 0.5  # scene coordinates round
    for lang in ui.model.language_codes:
        ui.model.setLanguage(lang)
        assert open_screen(ui.model, "map")
        wait_screen(qtbot, ui.window, "mapScreen")
        frame = find(ui.window, "mapFrame")
        qtbot.waitUntil(lambda f=frame: visible_rect(f).height() >= half, timeout=10_000)
        # One set of figures is named: under the map (shown), or at the end of
        # the legend (shown when the legend is scrolled to it).
        for name in ("mapFigure_0", "mapFigure_1", "homeKey"):
            named = [i for i in walk(ui.window.contentItem()) if i.objectName() == name]
            assert len(named) == 1, f"{lang}: {name}"
            assert named[0].isVisible() and named[0].opacity() == 1, f"{lang}: {name}"
        problems = settled_layout_problems(qtbot, find(ui.window, "mapScreen"))
        assert not problems, f"{lang}: " + "\n".join(problems)
        _check_figures_level(ui, lang)


def _check_figures_level(ui, lang: str) -> None:
    """Figures side by side stand level, at the top of their labels: centred
    on labels of five and six lines (Russian), 155 and 54 stood at two
    heights. And each figure's number and label stand in it: in a RowLayout,
    on a map opened as the screen was being made in the background, they
    stayed 1,000 px below their figure, off the screen."""
    def top(item) -> float:
        return item.mapToScene(QPointF(0, 0)).y()

    named = {i.objectName(): i for i in walk(ui.window.contentItem())}
    figures = [named[f"mapFigure_{n}"] for n in (0, 1)]
    if abs(top(figures[0]) - top(figures[1])) >= 1:
        return  # one under the other
    for figure in figures:
        value, label = figure.childItems()
        assert abs(top(value) - top(figure)) < 1, (lang, top(value), top(figure))
        assert abs(top(label) - top(figure)) < 1, (lang, top(label), top(figure))


@pytest.mark.parametrize("large", [False, True], ids=["text", "large-text"])
@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_the_zoom_buttons_are_one_round_shape(make_ui, qtbot, size, large):
    """+, − and the whole-world button: one size, round, at least a finger's
    size, whatever the text size (with large text they had grown into three
    shapes: "+" and "−" taller than wide, the reset icon wider than tall)."""
    ui = make_ui(lang="en", size=size)
    ui.model.display.setLargeText(large)
    assert open_screen(ui.model, "map")
    wait_screen(qtbot, ui.window, "mapScreen")
    qtbot.wait(200)
    boxes = [visible_rect(find(ui.window, n)) for n in ("zoomIn", "zoomOut", "zoomReset")]
    sides = {(round(b.width()), round(b.height())) for b in boxes}
    assert len(sides) == 1, sides
    ((width, height),) = sides
    assert width == height
    touch = find(ui.window, "zoomIn").property("implicitHeight")
    assert width >= touch
    for name in ("zoomIn", "zoomOut", "zoomReset"):
        button = find(ui.window, name)
        assert button.property("radius") == pytest.approx(button.width() / 2)
