"""What the staff panel says about the machine: settings that cannot be
saved (the change lasts for the session), counts that wait or a damaged
counts file, a content folder that has gone; in every language, fitting
every screen."""

from __future__ import annotations

import logging

import pytest
from helpers.layout import layout_problems
from helpers.visitor import find, find_all, shown, tap, wait_shown, walk

from kiosk.ops.settings import Settings, load_settings
from kiosk.ops.stats import Notice, UsageCounts


def test_a_setting_that_cannot_be_saved_lasts_for_the_session(
    make_ui, tmp_path, monkeypatch, qtbot, caplog
):
    # Root may write anywhere: the config folder is a file here instead (the
    # permission case runs as another user in test_machine_faults.py).
    blocker = tmp_path / "config-is-a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    ui = make_ui(lang="en", settings=Settings(), kiosk_mode=False)
    ui.ops.staff.open_panel()
    wait_shown(qtbot, ui.window, "staffPanel")
    assert not find_all(ui.window, "notice_")
    with caplog.at_level(logging.ERROR):
        tap(ui.window, find(ui.window, "idlePlus"), qtbot)
        tap(ui.window, find(ui.window, "staffLang_ru"), qtbot)
    # In memory, and at work, for this session.
    assert ui.ops.idle.timeout_s == 120
    assert "120" in find(ui.window, "idleValue").property("text")
    assert ui.ops.panel.property("defaultLanguage") == "ru"
    path = blocker / "tm-foreign-policy-kiosk" / "settings.yaml"
    assert f"{path}: cannot save the settings" in caplog.text
    assert "the change lasts until the kiosk restarts" in caplog.text
    qtbot.waitUntil(lambda: shown(find(ui.window, "notice_settings-unsaved")))
    text = find(ui.window, "notice_settings-unsaved").property("text")
    assert str(path) in text and "Changes last until the kiosk restarts." in text
    # Once it can be saved again, the notice goes.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    tap(ui.window, find(ui.window, "idleMinus"), qtbot)
    qtbot.waitUntil(lambda: not find_all(ui.window, "notice_"))
    assert load_settings().idle_timeout == 90


SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920), "small": (1280, 800)}
LONG = "/home/kiosk-staff/.local/share/tm-foreign-policy-kiosk"


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_every_notice_fits_the_panel(make_ui, tmp_path, qtbot, size):
    # No writer: its first save would clear the "waiting" notice set here.
    stats = UsageCounts(tmp_path / "usage.sqlite3", start=False)
    ui = make_ui(lang="en", size=size, stats=stats)
    stats.set_corrupt(Notice("usage-corrupt", f"{LONG}/usage.sqlite3.corrupt-20250101-120000", ""))
    stats.set_waiting(Notice("usage-waiting", f"{LONG}/usage.sqlite3", "locked"))
    ui.ops.panel._unsaved = (f"{LONG}/settings.yaml", "Read-only file system")
    ui.ops.reloader.folder_missing = True
    ui.ops.staff.open_panel()
    problems: list[str] = []
    for lang in ui.model.language_codes:
        ui.model.setLanguage(lang)
        overlay = wait_shown(qtbot, ui.window, "staffPanel")
        qtbot.waitUntil(lambda: len(find_all(ui.window, "notice_")) == 4)
        qtbot.wait(30)  # a frame: the layout settles
        problems += [f"{lang}: {p}" for p in layout_problems(overlay)]
    assert not problems, "\n".join(problems)
    stats.close()


def usage_rows_missing(panel, qtbot, counted: int) -> list[str]:
    (usage,) = [i for i in walk(panel) if i.objectName() == "usageList"]

    def drawn() -> int:
        return sum(t.inherits("QQuickText") and t.height() > 0 for t in walk(usage))

    try:
        qtbot.waitUntil(lambda: drawn() == counted)
    except qtbot.TimeoutError:
        return [f"{drawn()} of {counted} usage rows drawn"]
    return []


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_notices_content_problems_and_counts_fit_together(
    make_ui, content_copy, tmp_path, qtbot, size
):
    """Every notice, a content report and a day's counts at once: the
    panel's buttons stay on the screen and every line can be reached."""
    for path in sorted((content_copy / "sections").glob("*.yaml")):
        # A word too long for the reader, in each section.
        text = path.read_text("utf-8").replace("\n  en: ", "\n  en: Intergovernmentalpartners ", 1)
        path.write_text(text, "utf-8")
    # No writer: its first save would clear the "waiting" notice set here.
    stats = UsageCounts(tmp_path / "usage.sqlite3", start=False)
    ui = make_ui(content_dir=content_copy, lang="en", size=size, stats=stats)
    stats.set_corrupt(Notice("usage-corrupt", f"{LONG}/usage.sqlite3.corrupt-20250101-120000", ""))
    stats.set_waiting(Notice("usage-waiting", f"{LONG}/usage.sqlite3", "locked"))
    for n in range(12):  # a busy day: rows enough to scroll
        stats.count("section", f"topic-{n}")
    ui.ops.panel._unsaved = (f"{LONG}/settings.yaml", "Read-only file system")
    ui.ops.reloader.folder_missing = True
    ui.ops.staff.open_panel()
    problems: list[str] = []
    for lang in ui.model.language_codes:
        ui.model.setLanguage(lang)
        overlay = wait_shown(qtbot, ui.window, "staffPanel")
        qtbot.waitUntil(lambda: len(find_all(ui.window, "notice_")) == 4)
        qtbot.waitUntil(lambda: len(ui.ops.panel.property("usage")) >= 5)
        qtbot.wait(30)  # a frame: the layout settles
        problems += [f"{lang}: {p}" for p in layout_problems(overlay)]
        # Every count is drawn, none squeezed away (below the fold is fine:
        # layout_problems has checked that the panel scrolls to it).
        ui.ops.panel.refresh()  # with the language just counted
        counted = len(ui.ops.panel.property("usage"))
        problems += [f"{lang}: {p}" for p in usage_rows_missing(overlay, qtbot, counted)]
    assert len(ui.ops.panel.property("contentReport")) >= 8
    assert not problems, "\n".join(dict.fromkeys(problems))
    stats.close()
