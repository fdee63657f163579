"""The kiosk's identity: the flag as Qt draws it, the ministry's name in the
language on screen, and the display typeface, which must hold every letter
of Turkmen Latin and of Russian (a missing glyph would fall back to
another font in the middle of a heading)."""

from __future__ import annotations

import re

from helpers.visitor import find, find_all, qml_eval, tap, wait_screen
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFontDatabase, QRawFont

from kiosk import paths
from kiosk.app import FONT_FILES, load_fonts
from kiosk.content import load_content
from kiosk.views.icons import icon_image

CONTENT = load_content(paths.default_content_dir()).content
THEME = paths.qml("Kiosk", "Theme.qml").read_text("utf-8")
DISPLAY_FONT = "NotoSerifDisplay-Bold.ttf"
TURKMEN = "AÄBÇDEFGHIJŽKLMNŇOÖPRSŞTUÜWYÝZaäbçdefghijžklmnňoöprsştuüwyýz"
RUSSIAN = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"


def test_the_display_font_has_every_turkmen_and_russian_letter(qapp):
    font = QRawFont(str(paths.resource("fonts", DISPLAY_FONT)), 40)
    assert font.isValid()
    assert font.familyName() == re.search(r'displayFont: "([^"]+)"', THEME).group(1)
    site = CONTENT.site
    headings = "".join(
        text.get(lang) for text in (site.title, site.ministry) for lang in site.languages
    )
    headings += "".join(s.title.get(lang) for s in CONTENT.sections for lang in site.languages)
    wanted = sorted(set(TURKMEN + RUSSIAN + headings) - set(" «»—-–,.:;!?()0123456789'\""))
    # (By code point: PySide reads a one-letter str as some other number.)
    missing = [c for c in wanted if not font.supportsCharacter(ord(c))]
    assert not missing


def test_the_display_font_is_packaged_and_loaded(qapp):
    assert DISPLAY_FONT in FONT_FILES
    load_fonts(qapp)
    assert "Noto Serif Display" in QFontDatabase.families()
    licence = paths.resource("fonts", "OFL.txt").read_text("utf-8")
    assert "Noto Serif Display" in licence.splitlines()[0]


def test_qt_draws_the_flag(qapp):
    # QtSvg renders SVG Tiny: the flag-icons drawing must come out as the
    # flag, not as a blank or a black box. Sampled where its parts are.
    image = icon_image("flag-tm", "000000", QSize(640, 480))
    assert not image.isNull()

    def near(x: int, y: int, colour: str) -> bool:
        got, want = QColor(image.pixel(x, y)), QColor(colour)
        return (
            max(
                abs(got.red() - want.red()),
                abs(got.green() - want.green()),
                abs(got.blue() - want.blue()),
            )
            <= 8
        )

    assert near(500, 400, "#00843d")  # the green field
    assert near(150, 40, "#d22630") or near(150, 470, "#d22630")  # the carpet stripe
    assert near(380, 90, "#ffffff")  # the crescent
    assert paths.resource("flag", "LICENSE.txt").read_text("utf-8").startswith("The MIT License")


def test_the_header_names_the_ministry_in_the_language_on_screen(make_ui, qtbot):
    ui = make_ui(lang="tk")
    window = ui.window
    wait_screen(qtbot, window, "homeScreen")
    assert qml_eval(find(window, "flag"), "status === Image.Ready")
    for lang in ("ru", "en", "tk"):
        tap(window, find(window, f"lang_{lang}"), qtbot)
        qtbot.waitUntil(
            lambda lang=lang: (
                find(window, "ministryName").property("text") == CONTENT.site.ministry.get(lang)
            )
        )
        # The letterhead in the body face (the serif's hairlines vanish at its
        # size); the screens' large headings in the serif.
        assert find(window, "siteTitle").property("font").family() == "Noto Sans"
    tap(window, find(window, "tile_objectives"), qtbot)
    wait_screen(qtbot, window, "sectionScreen")
    assert find(window, "readerTitle").property("font").family() == "Noto Serif Display"


def test_without_the_ministrys_name_the_letterhead_keeps_one_height(make_ui, content_copy, qtbot):
    site = content_copy / "site.yaml"
    text = site.read_text("utf-8")
    site.write_text(text[: text.index("# The ministry's full name")], "utf-8")
    ui = make_ui(content_dir=content_copy, lang="tk")
    window = ui.window
    heights = set()
    for lang in ("ru", "en", "tk"):
        tap(window, find(window, f"lang_{lang}"), qtbot)
        qtbot.waitUntil(lambda lang=lang: ui.model.language == lang)
        qtbot.wait(30)
        assert not find_all(window, "ministryName")
        heights.add(find(window, "header").height())
    assert len(heights) == 1


def test_a_bad_ministry_field_is_named(content_copy):
    site = content_copy / "site.yaml"
    text = site.read_text("utf-8")
    site.write_text(text.replace("  ru: Министерство иностранных дел Туркменистана\n", ""), "utf-8")
    result = load_content(content_copy)
    assert result.content is not None  # the kiosk runs on what is valid
    problems = [str(p) for p in result.problems if "ministry" in str(p)]
    assert problems and all("site.yaml:" in p for p in problems), problems
