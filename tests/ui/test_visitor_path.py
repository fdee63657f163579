"""A visitor's path through the real QML UI, with touch events only."""

from __future__ import annotations

import re

import pytest
from helpers.visitor import (
    find,
    find_all,
    flick,
    flick_deep,
    tap,
    top_row,
    visible_texts,
    wait_screen,
)

from kiosk import paths
from kiosk.content import LANGUAGE_NAMES, LocalText, Paragraph, load_content
from kiosk.screens import Screen

CONTENT = load_content(paths.default_content_dir()).content


def english_strings() -> set[str]:
    """Every English string the kiosk could show: content and UI sources."""
    texts: set[str] = set()

    def add(text: LocalText) -> None:
        texts.add(text.get("en"))

    add(CONTENT.site.title)
    add(CONTENT.site.motto)
    for figure in CONTENT.site.figures:
        add(figure.label)
    for section in CONTENT.sections:
        add(section.title)
        add(section.summary)
        for block in section.body:
            for text in (block.text,) if isinstance(block, Paragraph) else block.items:
                add(text)
    for region in CONTENT.regions:
        add(region.name)
        if region.text is not None:
            add(region.text)
        for text in region.formats:
            add(text)
    for org in CONTENT.contacts:
        add(org.name)
        for entry in org.entries:
            if entry.address is not None:
                add(entry.address.street)
                add(entry.address.city)
                add(entry.address.country)
    ts = paths.translation("kiosk_ru.ts").read_text("utf-8")
    texts.update(re.findall(r"<source>(.*?)</source>", ts))
    return texts


def assert_no_english(window, lang: str) -> None:
    shown = [t for t in visible_texts(window) if t not in LANGUAGE_NAMES.values()]
    leftovers = sorted(set(shown) & english_strings())
    assert not leftovers, f"English visible in {lang} mode: {leftovers}"
    if lang == "ru":
        # Russian mode shows no Latin-script word at all (language names aside).
        # (An e-mail address is the one thing that stays as it is.)
        latin = [t for t in shown if re.search(r"[A-Za-z]{3,}", t) and "@" not in t]
        assert not latin, f"Latin text visible in ru mode: {latin}"


def test_tap_tile_flick_back_home(ui, qtbot):
    window = ui.window
    wait_screen(qtbot, window, "homeScreen")
    assert len(find_all(window, "tile_")) == len(CONTENT.sections)

    tap(window, find(window, "tile_central-asia"), qtbot)
    wait_screen(qtbot, window, "sectionScreen")
    assert find(window, "readerTitle").property("text") == "Neighbors and Central Asia"

    reader = find(window, "readerList")
    assert reader.property("contentY") <= reader.property("originY") + 1
    flick(window, reader, -500, qtbot)
    qtbot.waitUntil(lambda: not reader.property("moving"), timeout=5000)
    assert reader.property("contentY") > reader.property("originY") + 200

    # One level below home, Home is the one way back (Back would do the same).
    assert not find_all(window, "backButton")
    tap(window, find(window, "homeButton"), qtbot)
    wait_screen(qtbot, window, "homeScreen")

    tap(window, find(window, "tile_objectives"), qtbot)
    wait_screen(qtbot, window, "sectionScreen")
    # A topic in the side list opens in place; Home leaves the reader.
    tap(window, find(window, "topic_energy-transit"), qtbot)
    qtbot.waitUntil(lambda: find(window, "readerTitle").property("text") == "Energy and transit")
    tap(window, find(window, "homeButton"), qtbot)
    wait_screen(qtbot, window, "homeScreen")


def test_language_switch_in_section_keeps_place(make_ui, long_content, qtbot):
    ui = make_ui(content_dir=long_content, lang="en")
    window = ui.window
    tap(window, find(window, "tile_long-read"), qtbot)
    wait_screen(qtbot, window, "sectionScreen")
    reader, first = flick_deep(window, qtbot)

    for lang, title in (
        ("ru", "Нейтралитет, диалог и\u00a0мир"),
        ("tk", "Bitaraplyk, dialog we parahatçylyk"),
    ):
        tap(window, find(window, f"lang_{lang}"), qtbot)
        qtbot.waitUntil(lambda lang=lang: ui.model.language == lang)
        assert ui.model.screen == Screen.Section
        assert ui.model.reader.sectionId == "long-read"
        assert ui.model.reader.title == title
        # The rows above re-flow over the next frames (slower on a loaded
        # machine); the place is held until they settle.
        qtbot.waitUntil(lambda: not reader.property("holding"), timeout=5000)
        # In tenths of a row (top_row): one tenth either way is a pixel or two
        # across a rounding step, and 0.8 - 0.7 is 0.10000000000000009 in
        # floating point, which abs=0.1 failed.
        assert top_row(reader) == pytest.approx(first, abs=0.11), f"place lost in {lang}"
        assert_no_english(window, lang)


def test_no_english_left_in_ru_or_tk(make_ui, qtbot):
    ui = make_ui(lang="en")
    window = ui.window
    for section in CONTENT.sections:
        for lang in ("ru", "tk"):
            ui.model.setLanguage("en")
            ui.model.openSection(section.id)
            tap(window, find(window, f"lang_{lang}"), qtbot)
            wait_screen(qtbot, window, "sectionScreen")
            assert_no_english(window, lang)
    tap(window, find(window, "homeButton"), qtbot)
    wait_screen(qtbot, window, "homeScreen")
    for lang in ("tk", "ru"):
        tap(window, find(window, f"lang_{lang}"), qtbot)
        qtbot.waitUntil(lambda lang=lang: ui.model.language == lang)
        assert_no_english(window, lang)
    tap(window, find(window, "mapButton"), qtbot)
    wait_screen(qtbot, window, "mapScreen")
    for lang in ("tk", "ru"):
        tap(window, find(window, f"lang_{lang}"), qtbot)
        qtbot.waitUntil(lambda lang=lang: ui.model.language == lang)
        assert_no_english(window, lang)
        tap(window, find(window, "legend_northern-america"), qtbot)
        assert_no_english(window, lang)
        tap(window, find(window, "regionClose"), qtbot)
    tap(window, find(window, "homeButton"), qtbot)
    wait_screen(qtbot, window, "homeScreen")
    tap(window, find(window, "contactsButton"), qtbot)
    wait_screen(qtbot, window, "contactsScreen")
    for lang in ("tk", "ru"):
        tap(window, find(window, f"lang_{lang}"), qtbot)
        qtbot.waitUntil(lambda lang=lang: ui.model.language == lang)
        qtbot.wait(50)  # the cards' entries are laid out again
        assert_no_english(window, lang)
        tap(window, find(window, "entry_mfa_phone"), qtbot)
        qtbot.waitUntil(lambda: find(window, "entryQrOverlay").opacity() == 1)
        assert_no_english(window, lang)
        tap(window, find(window, "entryQrClose"), qtbot)
        qtbot.waitUntil(lambda: not find_all(window, "entryQrOverlay"))
