"""The map screen stays in the window when hidden; its canvas paints only
when seen, and is whole the moment it shows again."""

from __future__ import annotations

from helpers.visitor import find, tap, wait_screen, walk
from PySide6.QtCore import QRectF


def _canvas(ui):
    (canvas,) = [i for i in walk(ui.window.contentItem()) if i.objectName() == "mapCanvas"]
    return canvas


# How far a pixel may be from a region's colour, per channel, and still be
# that region. The fade's last frames draw the page at 0.99999; the software
# renderer does not draw it again for 1.0, which qFuzzyCompare calls the same
# opacity, so the pixels stay a unit off in each channel until that part of
# the window is drawn for another reason (seen in 3 runs of 24 on a loaded
# machine). A map not painted, or a page not faded in, is far further off.
SHADE = 2


def _region_pixels(ui, canvas) -> int:
    """Pixels of the map's viewport painted in a region's colour (sampled)."""
    colours = [c.getRgb()[:3] for c in canvas.property("regionColors")]
    box = canvas.mapRectToScene(QRectF(0, 0, canvas.width(), canvas.height())).toRect()
    image = ui.window.grabWindow()

    def in_a_region(x: int, y: int) -> bool:
        pixel = image.pixelColor(x, y).getRgb()[:3]
        return any(
            all(abs(p - c) <= SHADE for p, c in zip(pixel, rgb, strict=True)) for rgb in colours
        )

    return sum(
        in_a_region(x, y)
        for x in range(box.left() + 2, box.right() - 2, 4)
        for y in range(box.top() + 2, box.bottom() - 2, 4)
    )


def test_a_new_text_size_elsewhere_paints_the_hidden_map_when_it_shows(ui, qtbot):
    wait_screen(qtbot, ui.window, "homeScreen")
    tap(ui.window, find(ui.window, "mapButton"), qtbot)
    wait_screen(qtbot, ui.window, "mapScreen")
    canvas = _canvas(ui)
    qtbot.waitUntil(lambda: _region_pixels(ui, canvas) > 500)
    tap(ui.window, find(ui.window, "homeButton"), qtbot)
    wait_screen(qtbot, ui.window, "homeScreen")
    paints: list[int] = []
    canvas.pictured.connect(lambda: paints.append(1))
    # Large text on home resizes the hidden map's canvas: nothing is painted.
    tap(ui.window, find(ui.window, "largeTextButton"), qtbot)
    qtbot.waitUntil(lambda: ui.model.display.property("textScale") > 1)
    qtbot.wait(300)
    assert paints == []
    # Shown, it is painted at its new size, whole from the first frame seen:
    # painted before any frame shows the map page at a visible opacity.
    (page,) = [i for i in walk(ui.window.contentItem()) if i.objectName() == "mapScreen"]
    frames: list[tuple[float, int]] = []
    ui.window.frameSwapped.connect(lambda: frames.append((page.opacity(), len(paints))))
    tap(ui.window, find(ui.window, "mapButton"), qtbot)
    wait_screen(qtbot, ui.window, "mapScreen")
    seen = [painted for opacity, painted in frames if opacity > 0.02]
    assert seen and all(seen), frames
    assert _region_pixels(ui, canvas) > 500
    assert (canvas.width(), canvas.height()) == (
        find(ui.window, "mapViewport").width(),
        find(ui.window, "mapViewport").height(),
    )
