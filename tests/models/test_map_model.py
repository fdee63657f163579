"""MapModel, the map's Qt adapter, without a window: its size is known
before the shapes are read, the shapes are read only by ``load()``, and a
map file that cannot be read leaves an empty map and one log line."""

from __future__ import annotations

import logging

import pytest

from kiosk.content import LocalText, Region
from kiosk.models.map_model import MapModel
from kiosk.models.map_shapes import read_size, world_file

EUROPE = Region("europe", LocalText({"en": "Europe"}), LocalText({"en": "…"}), (),
                ("150",), ("FR", "DE", "MT"))


def test_the_aspect_is_known_before_the_shapes_are_read(qapp):
    width, height = read_size(world_file())
    model = MapModel((EUROPE,), "en")
    assert model.property("aspect") == pytest.approx(height / width)
    assert not model.loaded
    model.set_viewport(1000, 500)
    model.zoomIn()  # the camera works before the shapes are there
    assert model.property("zoom") > 1
    assert model.country_at(500, 250) == ""
    with pytest.raises(RuntimeError, match="load"):
        _ = model.geometry
    assert model.property("homeName") == ""


def test_load_reads_the_shapes_once_and_says_so(qapp, qtbot):
    model = MapModel((EUROPE,), "en")
    model.set_viewport(1000, 500)
    with qtbot.waitSignal(model.paintedChanged):
        model.load()
    assert model.loaded
    geometry = model.geometry
    model.load()
    assert model.geometry is geometry
    france = model.viewPointOf("FR")
    assert model.country_at(france.x(), france.y()) == "FR"
    model.tapAt(france.x(), france.y())
    assert model.property("selection") == "europe"
    assert model.property("homeName") == "Turkmenistan"
    assert model.index.row_of("DE") == 0  # its colour: the theme's first
    assert model.index.row_of("TM") == -1  # in none of this content's regions


@pytest.mark.parametrize("text", [None, "", "{}", '{"width": 10, "height": 5, "countries": {'])
def test_a_map_file_that_cannot_be_read_leaves_an_empty_map(qapp, tmp_path, caplog, text):
    broken = tmp_path / "world.json"
    if text is not None:
        broken.write_text(text, "utf-8")
    with caplog.at_level(logging.ERROR, logger="kiosk.models.map_model"):
        model = MapModel((EUROPE,), "en", map_file=broken)
        model.set_viewport(800, 400)
        model.load()
        model.load()  # said once, not at every opening of the map
    assert not model.loaded
    assert model.property("aspect") > 0
    assert model.country_at(400, 200) == ""
    model.reset()
    lines = [r.getMessage() for r in caplog.records]
    assert any(str(broken) in line and "the map stays empty" in line for line in lines)
    assert len([line for line in lines if "cannot read the map " in line]) == 1


def test_areas_drawn_without_a_code_take_the_colour_of_their_region(qapp):
    """Kosovo, Northern Cyprus, Somaliland and the Siachen Glacier have no
    ISO code; each is coloured by the region holding its M49 area, never
    grey in a coloured continent, and never listed or tapped as a country."""
    from kiosk import paths
    from kiosk.content import load_content

    content = load_content(paths.default_content_dir()).content
    model = MapModel(content.regions, "en")
    model.load()
    regions = sorted(model.index.of_areas(areas) for areas, _ in model.geometry.unassigned)
    assert regions == ["africa", "europe", "southern-asia", "western-asia"]
    africa = next(i for i, r in enumerate(content.regions) if r.id == "africa")
    assert model.index.row_of_areas(("002", "202", "014")) == africa
    assert model.index.of_areas(("999",)) == "" and model.index.row_of_areas(("999",)) == -1


def test_the_first_view_follows_the_size_until_a_finger_moves_the_map(qapp):
    """Rotated or resized, the map shows its first view (the land framed)
    anew; once a visitor has moved it, a new size keeps their view."""
    from kiosk import paths
    from kiosk.content import load_content

    regions = load_content(paths.default_content_dir()).content.regions
    model = MapModel(regions, "en")
    model.set_viewport(1200, 600)
    model.load()
    assert model.camera.view == model.camera.home()
    model.set_viewport(1000, 960)  # upright
    upright = model.camera.home()
    assert model.camera.view == upright and upright.zoom > 1.2
    model.panBy(40, 0)
    moved = model.camera.view
    model.set_viewport(1000, 950)
    assert model.camera.view.zoom == moved.zoom
    model.resetView()
    model.set_viewport(1200, 600)
    assert model.camera.view == model.camera.home()
