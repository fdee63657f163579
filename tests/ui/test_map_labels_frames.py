"""The map's region labels are placed once a frame, for the layout that frame
shows: a new text size settles the layouts in several rounds before one
frame is drawn, and a placement costs milliseconds."""

from __future__ import annotations

import pytest
from helpers.visitor import drag, find, open_screen, tap, wait_screen
from PySide6.QtCore import QPoint, QPointF

from kiosk.models.map_labels import RegionLabels
from kiosk.models.map_regions import RegionPlaces


@pytest.mark.parametrize("screen", ["map", "map/europe"])
def test_a_new_text_size_places_the_labels_once_for_the_frame_it_shows(
    ui, qtbot, monkeypatch, screen
):
    assert open_screen(ui.model, screen)
    wait_screen(qtbot, ui.window, "mapScreen")
    map_model = ui.model.map
    qtbot.waitUntil(lambda: map_model.loaded and not map_model.moving, timeout=10_000)
    qtbot.waitUntil(lambda: "europe" in map_model.labels.property("spots"), timeout=10_000)
    qtbot.wait(200)

    placed: list[int] = []  # placements, each frame's count appended when it is drawn
    frames: list[int] = []
    measured: list[int] = []  # the names measured anew: font, padding, heights at once
    measures: list[int] = []
    spots, measure = RegionPlaces.spots, RegionLabels._measure

    def counted(places, *args, **kwargs):
        placed.append(1)
        return spots(places, *args, **kwargs)

    def measure_counted(labels):
        fresh = not labels._measured
        measure(labels)
        measured.extend([1] if fresh and labels._measured else [])

    monkeypatch.setattr(RegionPlaces, "spots", counted)
    monkeypatch.setattr(RegionLabels, "_measure", measure_counted)

    def drawn() -> None:
        frames.append(len(placed))
        measures.append(len(measured))
        placed.clear()
        measured.clear()

    ui.window.frameSwapped.connect(drawn)
    try:
        for _ in range(2):  # larger, then back
            tap(ui.window, find(ui.window, "largeTextButton"), qtbot)
            qtbot.wait(400)
    finally:
        ui.window.frameSwapped.disconnect(drawn)
        monkeypatch.undo()
    assert sum(frames) >= 2, frames  # placed for each new size ...
    assert max(frames) == 1, frames  # ... once in a frame
    assert sum(measures) == 2 and max(measures) == 1, measures  # the names: once a size
    # ... for the layout as it stands: placed afresh now, nothing moves.
    fresh = map_model._places.spots(map_model.camera, map_model.selection)
    assert fresh == map_model.labels.property("spots")


def test_labels_stand_where_the_last_layout_puts_them_after_quick_hands(ui, qtbot):
    """Taps in quick succession, each changing what the labels depend on
    (text size, language, zoom, the chosen region, a drag), never leave a
    label placed for a layout that has gone: once the hands rest, the labels
    are those a placement now would give, and each stands on its spot."""
    assert open_screen(ui.model, "map")
    wait_screen(qtbot, ui.window, "mapScreen")
    map_model = ui.model.map
    qtbot.waitUntil(lambda: "europe" in map_model.labels.property("spots"), timeout=10_000)
    window = ui.window
    for name in (
        "largeTextButton",
        "lang_ru",
        "zoomIn",
        "legend_europe",
        "largeTextButton",
        "lang_tk",
        "zoomOut",
        "regionClose",
        "largeTextButton",
        "legend_southern-asia",
        "lang_en",
    ):
        tap(window, find(window, name), qtbot)  # 60 ms a tap: frames in between
    drag(
        window,
        find(window, "mapViewport").mapToScene(QPointF(300, 200)).toPoint(),
        QPoint(-60, 20),
        qtbot,
    )
    qtbot.waitUntil(lambda: not map_model.moving, timeout=5000)
    qtbot.wait(400)  # the crisp redraw after the gesture, and its placement
    spots = map_model.labels.property("spots")
    assert spots == map_model._places.spots(map_model.camera, map_model.selection)
    viewport = find(window, "mapViewport")
    for region, spot in spots.items():
        label = find(window, f"mapLabel_{region}")
        assert label.property("visible"), region
        box = label.mapRectToItem(viewport, label.boundingRect())
        assert abs(box.center().y() - spot[1]) <= 1, region
        assert spot[0] - spot[3] / 2 - 1 <= box.left() and box.right() <= spot[0] + spot[3] / 2 + 1
