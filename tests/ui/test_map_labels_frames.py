"""The map's region labels are placed once a frame, for the layout that frame
shows: a new text size settles the layouts in several rounds before one
frame is drawn, and a placement costs milliseconds."""

from __future__ import annotations

import pytest
from helpers.visitor import find, open_screen, tap, wait_screen

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
    spots = RegionPlaces.spots

    def counted(places, *args, **kwargs):
        placed.append(1)
        return spots(places, *args, **kwargs)

    monkeypatch.setattr(RegionPlaces, "spots", counted)

    def drawn() -> None:
        frames.append(len(placed))
        placed.clear()

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
    # ... for the layout as it stands: placed afresh now, nothing moves.
    fresh = map_model._places.spots(map_model.camera, map_model.selection)
    assert fresh == map_model.labels.property("spots")
