"""The kiosk's identity: the flag as Qt draws it, the ministry's name in the
language on screen, and the display typeface, which must hold every letter
of Turkmen Latin and of Russian (a missing glyph would fall back to
another font in the middle of a heading)."""

from __future__ import annotations

import re

import pytest
from helpers.visitor import find, find_all, qml_eval, tap, wait_screen
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFontDatabase, QImage, QImageReader, QRawFont

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


def test_no_text_is_slanted_by_qt(qapp):
    """Qt draws italic from a font with no italic face by slanting the
    upright one, which a typographer spots at once. The kiosk packages no
    italic face, so no QML asks for italic (nor for a weight it lacks)."""
    faces = {name.removesuffix(".ttf").split("-")[1] for name in FONT_FILES}
    assert not any("Italic" in face for face in faces)
    for qml in paths.qml("Kiosk").glob("*.qml"):
        for number, line in enumerate(qml.read_text("utf-8").splitlines(), 1):
            assert not re.search(r"font\.italic\s*:\s*(?!false)", line), f"{qml.name}:{number}"
            assert not re.search(r"font\.weight\s*:", line), f"{qml.name}:{number}"


def _flag_image(height: int) -> QImage:
    image = icon_image("flag-tm", "000000", QSize(height * 3 // 2, height))
    assert not image.isNull()
    return image


def _near(image: QImage, x: float, y: float, colour: str) -> bool:
    got, want = QColor(image.pixel(round(x), round(y))), QColor(colour)
    return (
        max(
            abs(got.red() - want.red()),
            abs(got.green() - want.green()),
            abs(got.blue() - want.blue()),
        )
        <= 8
    )


def test_the_flag_is_in_its_own_proportions(qapp):
    # The flag of Turkmenistan is 2:3 (height to length), not flag-icons' 4:3
    # frame: the file says so, and Qt sizes it so unasked.
    svg = paths.resource("flag", "tm.svg").read_text("utf-8")
    box = [float(v) for v in re.search(r'viewBox="([^"]+)"', svg).group(1).split()]
    assert box[3] * 3 == pytest.approx(box[2] * 2)
    reader = QImageReader(str(paths.resource("flag", "tm.svg")))
    size = reader.size()
    assert size.height() * 3 == size.width() * 2
    # The green field runs to the fly's end, top to bottom.
    h = 480
    image = _flag_image(h)
    for y in (0.02 * h, 0.5 * h, 0.98 * h):
        assert _near(image, 1.5 * h - 2, y, "#00843d"), y


def test_the_carpet_stripe_and_the_crescent_are_in_their_places(qapp):
    # Measured from the hoist in heights, as the 2:3 construction gives them:
    # the carpet stripe from 0.18 to 0.45, the crescent and stars beside it
    # in the upper part (resources/flag/SOURCE.txt).
    h = 480
    image = _flag_image(h)
    low = 0.985 * h  # under the olive branches: the stripe's plain red
    assert _near(image, 0.17 * h, low, "#00843d")
    assert _near(image, 0.19 * h, low, "#d22630")
    assert _near(image, 0.44 * h, low, "#d22630")
    assert _near(image, 0.46 * h, low, "#00843d")
    assert _near(image, 380 / 480 * h, 90 / 480 * h, "#ffffff")  # the crescent
    # No white anywhere in the lower half of the field beyond the stripe.
    assert not any(
        _near(image, x, y, "#ffffff")
        for x in range(round(0.5 * h), round(1.5 * h), 16)
        for y in range(round(0.5 * h), h, 16)
    )
    assert paths.resource("flag", "LICENSE.txt").read_text("utf-8").startswith("The MIT License")


def test_the_letterhead_shows_the_flag_in_its_proportions(make_ui, qtbot):
    ui = make_ui(lang="tk")
    window = ui.window
    wait_screen(qtbot, window, "homeScreen")
    for flag in find_all(window, "flag"):
        assert flag.height() > 0
        assert flag.width() * 2 == pytest.approx(flag.height() * 3, abs=2)


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
