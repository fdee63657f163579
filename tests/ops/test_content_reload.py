"""Content reload: validated off the UI thread, swapped in only at a reset."""

from __future__ import annotations

import logging
from pathlib import Path

from helpers.visitor import find, tap, wait_screen, wait_shown

from kiosk.screens import Screen

TITLE = "  en: Main objectives\n"


def edit_title(content: Path, new: str) -> None:
    path = content / "sections" / "02-objectives.yaml"
    text = path.read_text("utf-8")
    assert TITLE in text
    path.write_text(text.replace(TITLE, f"  en: {new}\n"), "utf-8")


def test_good_new_content_waits_for_the_next_reset(make_ui, content_copy, qtbot):
    ui = make_ui(content_dir=content_copy, lang="en")
    tap(ui.window, find(ui.window, "tile_objectives"), qtbot)
    wait_screen(qtbot, ui.window, "sectionScreen")

    edit_title(content_copy, "Main objectives of foreign policy")
    reloader = ui.ops.reloader
    qtbot.waitUntil(lambda: reloader.status == "pending", timeout=5000)
    # Never under a visitor's finger: the page being read does not change.
    assert find(ui.window, "readerTitle").property("text") == "Main objectives"

    ui.ops.reset()
    wait_screen(qtbot, ui.window, "attractScreen")
    tap(ui.window, find(ui.window, "attractScreen"), qtbot)
    wait_screen(qtbot, ui.window, "homeScreen")
    title = find(ui.window, "tileTitle_objectives").property("text")
    assert title == "Main objectives of foreign policy"
    assert reloader.status == "current"


def test_broken_new_content_leaves_the_current_in_place(make_ui, content_copy, qtbot, caplog):
    ui = make_ui(content_dir=content_copy, lang="en")
    (content_copy / "sections" / "02-objectives.yaml").write_text("id: [broken\n", "utf-8")
    reloader = ui.ops.reloader
    with caplog.at_level(logging.ERROR):
        qtbot.waitUntil(lambda: reloader.status == "rejected", timeout=5000)
    assert "02-objectives.yaml:2: error: YAML syntax" in "\n".join(reloader.report)
    assert "the current content stays" in caplog.text
    ui.ops.reset()
    wait_screen(qtbot, ui.window, "attractScreen")
    tap(ui.window, find(ui.window, "attractScreen"), qtbot)
    wait_screen(qtbot, ui.window, "homeScreen")
    assert find(ui.window, "tileTitle_objectives").property("text") == "Main objectives"
    # Staff see it in the panel.
    ui.ops.staff.open_panel()
    assert any("02-objectives.yaml" in line for line in ui.ops.panel.property("contentReport"))


def test_staff_reload_shows_good_content_at_once(make_ui, content_copy, qtbot):
    ui = make_ui(content_dir=content_copy, lang="en")
    ui.ops.reloader._debounce.setInterval(60_000)  # only the button, not the watcher
    edit_title(content_copy, "Objectives")
    ui.ops.staff.open_panel()
    wait_shown(qtbot, ui.window, "staffPanel")
    tap(ui.window, find(ui.window, "reloadContent"), qtbot)
    qtbot.waitUntil(lambda: ui.model.screen == Screen.Attract, timeout=5000)
    assert not ui.ops.staff.property("panelOpen")
    ui.model.wake()
    wait_screen(qtbot, ui.window, "homeScreen")
    assert find(ui.window, "tileTitle_objectives").property("text") == "Objectives"


def test_unavailable_kiosk_recovers_when_content_is_fixed(make_ui, content_copy, qtbot):
    site = content_copy / "site.yaml"
    good = site.read_text("utf-8")
    site.write_text("languages: [\n", "utf-8")
    ui = make_ui(content_dir=content_copy, lang="en", screen=None)
    wait_screen(qtbot, ui.window, "unavailableScreen")
    site.write_text(good, "utf-8")
    qtbot.waitUntil(lambda: ui.model.screen == Screen.Attract, timeout=5000)
    wait_screen(qtbot, ui.window, "attractScreen")


def test_a_folder_of_ten_thousand_section_files_is_watched_as_far_as_it_is_read(
    make_ui, content_copy, qtbot
):
    """Only the first 40 section files are read; looking at all 10,000 (one
    stat each, every second) would be work for nothing."""
    from kiosk.content.loader import MAX_SECTION_FILES

    ui = make_ui(content_dir=content_copy, lang="en")
    for i in range(9_999):
        (content_copy / "sections" / f"z{i:05}.yaml").write_text("id: x\n", "utf-8")
    (content_copy / "sections" / "00-extra.yml").write_text("id: x\n", "utf-8")
    reloader = ui.ops.reloader
    qtbot.waitUntil(lambda: reloader.status == "rejected", timeout=60_000)
    assert any("10008 section files; only the first 40 are read" in p for p in reloader.report)
    watched = [str(p) for p in reloader.watched]
    # The folder, sections/, the site, contacts, partners, names, notices and
    # source page files, the sections read, and the overlay's folder (not there).
    assert len(watched) == 8 + MAX_SECTION_FILES + 1, len(watched)
    assert str(content_copy / "source" / "page.txt") in watched
    # The files read are the ones looked at (.yml too): a change to one is seen.
    assert str(content_copy / "sections" / "00-extra.yml") in watched
    assert str(content_copy / "sections" / "z00000.yaml") in watched
