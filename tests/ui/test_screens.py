"""What each screen shows, and how it behaves when the content is not perfect."""

from __future__ import annotations

import logging
import shutil
from itertools import pairwise
from pathlib import Path

from helpers.visitor import (
    find,
    find_all,
    press,
    qml_eval,
    release,
    tap,
    visible_texts,
    wait_screen,
    walk,
)
from PySide6.QtCore import QDate

from kiosk.i18n import format_date
from kiosk.screens import Screen, ScreenRequest

CORPUS = Path(__file__).parent.parent / "content" / "corpus"
NAMES = ["Türkmençe", "Русский", "English"]


def test_qml_names_the_screens_with_the_python_enum(ui, qtbot):
    """Screens.Home in QML is Screen.Home in Python: one enum, no strings."""
    header = find(ui.window, "header")
    for screen in Screen:
        assert qml_eval(header, f"Screens.{screen.name}") == screen
    assert qml_eval(header, "kiosk.screen === Screens.Home")
    assert ui.model.open(ScreenRequest(Screen.Map, "europe"))
    assert qml_eval(header, "kiosk.screen === Screens.Map")
    wait_screen(qtbot, ui.window, "mapScreen")


def test_opening_what_is_not_there_says_so(ui):
    assert not ui.model.open(ScreenRequest(Screen.Section, "no-such-section"))
    assert not ui.model.open(ScreenRequest(Screen.Map, "no-such-region"))
    assert not ui.model.open(ScreenRequest(Screen.Unavailable))  # only bad content shows it
    assert ui.model.open(ScreenRequest(Screen.Contacts))


def test_language_switcher_on_every_screen_in_seed_order(ui, qtbot):
    window = ui.window
    for screen in ("homeScreen", "sectionScreen"):
        if screen == "sectionScreen":
            tap(window, find(window, "tile_objectives"), qtbot)
        wait_screen(qtbot, window, screen)
        buttons = sorted(find_all(window, "lang_"), key=lambda b: b.mapToScene(b.position()).x())
        assert [b.property("text") for b in buttons] == NAMES
        assert [b.property("checked") for b in buttons] == [False, False, True]


def test_home_shows_motto_figures_and_a_tile_per_section(ui, qtbot):
    window = ui.window
    wait_screen(qtbot, window, "homeScreen")
    # Set for lines: the dash keeps to the year (kiosk/content/line_setting.py).
    motto = "2025\u00a0— International Year of Peace and Trust"
    assert find(window, "motto").property("text") == motto
    assert [find(window, f"figureValue_{i}").property("text") for i in (0, 1)] == ["155", "54"]
    assert len(find_all(window, "tile_")) == 8
    ui.model.setLanguage("ru")
    motto = "2025\u00a0— Международный год мира и\u00a0доверия"
    assert find(window, "motto").property("text") == motto
    assert find(window, "topicsHeading").property("text") == "Выберите тему"


def test_date_follows_the_language(ui, qtbot):
    """The kiosk's clock's date (tests run it from TEST_NOW)."""
    for lang in ("tk", "ru", "en"):
        ui.model.setLanguage(lang)
        shown = find(ui.window, "dateText").property("text")
        assert shown == format_date(lang, QDate(2025, 11, 15))
    assert format_date("ru", QDate(2026, 11, 28)) == "28\u00a0ноября\u00a02026"
    assert format_date("tk", QDate(2026, 11, 28)) == "28\u00a0noýabr\u00a02026"


def test_tiles_show_a_pressed_state(ui, qtbot):
    window = ui.window
    wait_screen(qtbot, window, "homeScreen")
    tile = find(window, "tile_objectives")
    idle = tile.property("color")
    point = press(window, tile)
    qtbot.waitUntil(lambda: tile.property("color") != idle)
    release(window, point)
    wait_screen(qtbot, window, "sectionScreen")


def test_buttons_show_a_pressed_state(ui, qtbot):
    window = ui.window
    button = find(window, "lang_tk")
    idle = button.property("color")
    point = press(window, button)
    qtbot.waitUntil(lambda: button.property("pressed"))
    qtbot.waitUntil(lambda: button.property("color") != idle)  # after a 120 ms fade
    release(window, point)
    qtbot.waitUntil(lambda: ui.model.language == "tk")


def test_touch_targets_and_text_sizes_at_1080p(ui, qtbot):
    window = ui.window
    for screen in ("homeScreen", "sectionScreen", "contactsScreen", "mapScreen"):
        if screen == "sectionScreen":
            tap(window, find(window, "tile_central-asia"), qtbot)
        if screen == "contactsScreen":
            ui.model.openContacts()
        if screen == "mapScreen":
            ui.model.openMap()
        wait_screen(qtbot, window, screen)
        targets = [
            i
            for p in (
                "lang_",
                "tile_",
                "topic_",
                "homeButton",
                "backButton",
                "contacts",
                "entry_",
                "legend_",
                "zoom",
                "mapButton",
            )
            for i in find_all(window, p)
        ]
        assert targets
        for item in targets:
            assert item.width() >= 64 and item.height() >= 64, item.objectName()
        langs = sorted(find_all(window, "lang_"), key=lambda b: b.x())
        for left, right in pairwise(langs):
            assert right.x() - (left.x() + left.width()) >= 8
        sizes = {
            i.property("font").pixelSize()
            for i in walk(window.contentItem())
            if i.inherits("QQuickText") and i.property("text") and i.isVisible()
        }
        assert min(sizes) >= 24, sizes


def test_all_text_is_plain_text(ui, qtbot):
    tap(ui.window, find(ui.window, "tile_foundations"), qtbot)
    texts = [i for i in walk(ui.window.contentItem()) if i.inherits("QQuickText")]
    assert texts
    for item in texts:
        assert qml_eval(item, "textFormat === Text.PlainText"), item.property("text")


def test_html_and_script_are_shown_literally(make_ui, content_copy: Path, qtbot):
    title = '<b>Bold</b> <a href="https://example.org">link</a> <script>alert(1)</script>'
    section = content_copy / "sections" / "99-html.yaml"
    section.write_text(
        "id: html\norder: 99\n"
        f"title: {{tk: '{title}', ru: '{title}', en: '{title}'}}\n"
        "summary: {tk: '<i>x</i>', ru: '<i>x</i>', en: '<i>x</i>'}\n"
        "body:\n  - paragraph: {tk: '<img src=x>', ru: '<img src=x>', en: '<img src=x>'}\n",
        "utf-8",
    )
    ui = make_ui(content_dir=content_copy, lang="en")
    tap(ui.window, find(ui.window, "tile_html"), qtbot)
    wait_screen(qtbot, ui.window, "sectionScreen")
    heading = find(ui.window, "readerTitle")
    assert heading.property("text") == title
    assert qml_eval(heading, "textFormat === Text.PlainText")
    assert heading.property("hoveredLink") == ""
    assert "<img src=x>" in visible_texts(ui.window)


def test_broken_section_is_left_out_and_logged(make_ui, content_copy: Path, qtbot, caplog):
    shutil.copy(CORPUS / "sections" / "empty_text.yaml", content_copy / "sections")
    with caplog.at_level(logging.ERROR, logger="kiosk.app"):
        ui = make_ui(content_dir=content_copy, lang="en")
    wait_screen(qtbot, ui.window, "homeScreen")
    assert len(find_all(ui.window, "tile_")) == 8
    assert "empty_text.yaml:10: error: body[1].bullets[1].ru: empty text" in caplog.text


def test_missing_translation_shows_english_for_that_field(make_ui, content_copy, qtbot):
    shutil.copy(CORPUS / "sections" / "missing_language.yaml", content_copy / "sections")
    ui = make_ui(content_dir=content_copy, lang="ru")
    ui.model.openSection("missinglang")
    wait_screen(qtbot, ui.window, "sectionScreen")
    assert "c" in visible_texts(ui.window)  # the English paragraph


def test_unusable_content_shows_a_calm_trilingual_screen(make_ui, content_copy, qtbot):
    (content_copy / "site.yaml").write_bytes(b"\x00\x01 not yaml")
    ui = make_ui(content_dir=content_copy, lang="ru")
    window = ui.window
    wait_screen(qtbot, window, "unavailableScreen")
    texts = visible_texts(window)
    for title in (
        "Maglumat wagtlaýyn elýeterli däl",
        "Информация временно недоступна",
        "Information temporarily unavailable",
    ):
        assert title in texts
    assert not any("Traceback" in t or "Error" in t for t in texts)
    assert not find_all(window, "header")
    # Nothing a visitor does leads anywhere else, or to a blank screen.
    tap(window, find(window, "unavailable_en"), qtbot)
    ui.model.goHome()
    ui.model.openSection("foundations")
    assert ui.model.screen == Screen.Unavailable


def test_a_section_opens_at_its_top_whatever_the_window_does(make_ui, qtbot):
    ui = make_ui(lang="ru", screen="section/neutrality")
    wait_screen(qtbot, ui.window, "sectionScreen")
    reader = find(ui.window, "readerList")
    assert reader.property("contentY") == reader.property("originY")
    for size in ((1280, 800), (1920, 1080)):
        ui.window.resize(*size)  # the headline re-wraps and changes height
        qtbot.waitUntil(lambda size=size: ui.window.width() == size[0])
        qtbot.wait(50)
        assert reader.property("contentY") == reader.property("originY")
    # Back and forth: another section opens at its top too.
    ui.model.openSection("objectives")
    qtbot.wait(50)
    assert reader.property("contentY") == reader.property("originY")


def test_the_screens_need_no_operations(qapp, qtbot):
    """Main.qml given the kiosk model alone (what a picture needs): every
    screen works, and no idle overlay, staff corner, PIN pad or staff panel
    is made, since there is no idle monitor or staff access to drive them."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtQml import QQmlApplicationEngine

    from kiosk import paths
    from kiosk.content import load_content
    from kiosk.i18n import UiTranslator
    from kiosk.models.kiosk_model import KioskModel
    from kiosk.views.icons import PROVIDER_ID, IconProvider

    engine = QQmlApplicationEngine()
    engine.addImageProvider(PROVIDER_ID, IconProvider())
    translator = UiTranslator(engine)
    model = KioskModel(load_content(paths.default_content_dir()).content, translator, "en")
    assert model.open(ScreenRequest(Screen.Section, "neutrality"))
    engine.setInitialProperties({"kiosk": model, "lockedDown": False})
    engine.addImportPath(str(paths.qml()))
    engine.loadFromModule("Kiosk", "Main")
    window = engine.rootObjects()[0]
    try:
        window.resize(1920, 1080)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.contentItem().width() == 1920)
        wait_screen(qtbot, window, "sectionScreen")
        names = {item.objectName() for item in walk(window.contentItem())}
        assert "readerTitle" in names
        ops = {"idleOverlay", "staffCornerHold", "staffCornerTap", "pinPad", "staffPanel"}
        assert not names & ops
    finally:
        window.close()
        engine.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        translator.remove()
