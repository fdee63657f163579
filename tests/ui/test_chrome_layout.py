"""The chrome (the header, and upright the bottom bar) as a visitor meets it:
no control moves under the finger when the language changes, on any screen,
at any size, with standard and large text; upright, every control lies
where a child or a seated visitor reaches; one way home one level down."""

from __future__ import annotations

import pytest
from helpers.visitor import find, find_all, open_screen, qml_eval, tap, wait_screen
from PySide6.QtCore import QRectF

from kiosk.models import display_geometry as geometry

SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920), "small": (1280, 800)}
# Every control of the chrome, by objectName prefix, and the bars themselves.
CHROME = ("homeButton", "backButton", "lang_", "largeTextButton", "contrastButton")
BARS = ("header", "navBar")
SCREENS = {
    "home": "homeScreen",
    "section/neutrality": "sectionScreen",
    "map": "mapScreen",
    "map/europe": "mapScreen",
    "contacts": "contactsScreen",
}


def _rects(window, prefixes) -> dict[str, QRectF]:
    rects = {}
    for prefix in prefixes:
        for item in find_all(window, prefix):
            rects[item.objectName()] = item.mapRectToScene(
                QRectF(0, 0, item.width(), item.height())
            )
    return rects


def _settled_rects(qtbot, window, prefixes) -> dict[str, QRectF]:
    """The rectangles once two looks 50 ms apart agree: layouts are polished
    a frame after a change, and a tapped button's pressed scale takes 120 ms
    to go back (two looks within one frame would agree on its middle)."""
    last = _rects(window, prefixes)
    for _ in range(200):  # 10 s
        qtbot.wait(50)
        now = _rects(window, prefixes)
        if now == last and now:
            return now
        last = now
    raise AssertionError(f"the chrome did not settle: {sorted(now)}")


def _open(ui, qtbot, screen: str) -> None:
    """As a visitor comes to it: from home."""
    ui.model.goHome()
    assert open_screen(ui.model, screen)
    wait_screen(qtbot, ui.window, SCREENS[screen])


def _section_from_the_map(ui, qtbot) -> None:
    """Two levels down: Back (to the map) beside Home."""
    _open(ui, qtbot, "map")
    ui.model.openSection("world-regions")
    wait_screen(qtbot, ui.window, "sectionScreen")


def _moved(before: dict[str, QRectF], after: dict[str, QRectF]) -> list[str]:
    problems = []
    for name in sorted(set(before) | set(after)):
        if before.get(name) != after.get(name):
            problems.append(f"{name}: {before.get(name)} -> {after.get(name)}")
    return problems


@pytest.mark.parametrize("large", [False, True], ids=["standard", "large"])
@pytest.mark.parametrize("size", SIZES)
def test_no_control_moves_when_the_language_changes(make_ui, qtbot, size, large):
    ui = make_ui(lang="tk", size=SIZES[size])
    ui.model.display.setLargeText(large)
    window = ui.window
    problems: list[str] = []
    openers = {name: (lambda n=name: _open(ui, qtbot, n)) for name in SCREENS}
    openers["section from the map"] = lambda: _section_from_the_map(ui, qtbot)
    for name, opener in openers.items():
        opener()
        ui.model.setLanguage("tk")
        before = _settled_rects(qtbot, window, CHROME + BARS)
        assert ("homeButton" in before) == (name != "home"), name
        assert ("backButton" in before) == (name == "section from the map"), name
        # Tapped, as a visitor switches: each language, then back again.
        for lang in ("ru", "en", "tk", "en", "ru", "tk"):
            tap(window, find(window, f"lang_{lang}"), qtbot)
            qtbot.waitUntil(lambda lang=lang: ui.model.language == lang)
            after = _settled_rects(qtbot, window, CHROME + BARS)
            problems += [f"{name}, {lang}: {p}" for p in _moved(before, after)]
    assert not problems, "\n".join(problems)


def test_one_level_down_has_one_way_home_two_levels_down_has_back(ui, qtbot):
    window = ui.window
    openers = {
        "sectionScreen": lambda: ui.model.openSection("neutrality"),
        "mapScreen": ui.model.openMap,
        "contactsScreen": ui.model.openContacts,
    }
    for screen, opener in openers.items():
        ui.model.goHome()
        wait_screen(qtbot, window, "homeScreen")
        assert not find_all(window, "homeButton")  # at home, no way home
        opener()  # from home, as a visitor opens it
        wait_screen(qtbot, window, screen)
        assert find(window, "homeButton")
        assert not find_all(window, "backButton"), f"{screen}: Back beside Home"
    # A topic opened from the map: Back returns to the map, Home goes home.
    ui.model.goHome()
    wait_screen(qtbot, window, "homeScreen")
    ui.model.openMap()
    wait_screen(qtbot, window, "mapScreen")
    ui.model.openSection("world-regions")
    wait_screen(qtbot, window, "sectionScreen")
    tap(window, find(window, "backButton"), qtbot)
    wait_screen(qtbot, window, "mapScreen")
    assert not find_all(window, "backButton")
    tap(window, find(window, "homeButton"), qtbot)
    wait_screen(qtbot, window, "homeScreen")


@pytest.mark.parametrize(
    "physical", [None, (680.0, 1209.0), (572.0, 1016.0)], ids=["assumed", "55in", "46in"]
)
def test_upright_every_control_is_within_reach(make_ui, qtbot, physical):
    size = SIZES["portrait"]
    ui = make_ui(lang="ru", size=size, physical_size=physical)
    window = ui.window
    mm_px = ui.model.display.property("mmPerPixel")
    top = ui.model.display.reachTop(size[1])
    bottom = ui.model.display.reachBottom(size[1])
    # The band is what the mounting height makes it: 380-1220 mm above the
    # floor with the screen's bottom edge at 700 mm.
    assert top == pytest.approx(size[1] - (1220 - 700) / mm_px)
    assert bottom == size[1]
    assert 0 < top < size[1] / 2 + 200
    problems: list[str] = []
    for large in (False, True):
        ui.model.display.setLargeText(large)
        for screen in SCREENS:
            _open(ui, qtbot, screen)
            rects = _settled_rects(qtbot, window, CHROME)
            names = set(rects)
            assert {"lang_tk", "lang_ru", "lang_en", "largeTextButton", "contrastButton"} <= names
            if screen != "home":
                assert "homeButton" in names
            for name, rect in rects.items():
                if rect.top() < top or rect.bottom() > bottom:
                    problems.append(
                        f"{screen}, large={large}: {name} spans y {rect.top():.0f}-"
                        f"{rect.bottom():.0f}, reach is {top:.0f}-{bottom:.0f}"
                    )
    assert not problems, "\n".join(problems)


def test_reach_band_in_millimetres():
    # A 55-inch totem upright: 1210 mm over 1920 px; the band starts 520 mm
    # (1220 - 700) above the bottom edge.
    mm_px = 1210 / 1920
    top, bottom = geometry.reach_band(1920, mm_px)
    assert top == pytest.approx(1920 - 520 / mm_px)
    assert bottom == 1920
    assert geometry.reach_band(100, 10.0) == (48.0, 100)
    # A screen shorter than the band: all of it is within reach.
    assert geometry.reach_band(500, 1.0) == (0.0, 500)


def test_a_narrow_landscape_header_keeps_one_row_with_icons_that_keep_their_names(make_ui, qtbot):
    ui = make_ui(lang="ru", size=SIZES["small"], screen="map")
    window = ui.window
    wait_screen(qtbot, window, "mapScreen")
    home = find(window, "homeButton")
    assert qml_eval(home, "Accessible.name") == "Главная"
    header = find(window, "header")
    # Home, the languages and the letterhead share one row: the header is
    # no taller than the letterhead's three lines and the band.
    assert header.height() < 0.16 * window.height()
    assert home.height() >= 64 * 800 / 1080


@pytest.mark.parametrize("lang", ["tk", "ru", "en"])
def test_with_large_text_the_1080p_header_keeps_one_row(make_ui, qtbot, lang):
    """Aa at 1920x1080: the letterhead and every control on one row, in
    every language, so the screen below keeps its room (two rows took
    about 287 px)."""
    ui = make_ui(lang=lang, size=SIZES["landscape"])
    ui.model.display.setLargeText(True)
    window = ui.window
    for screen in SCREENS:
        _open(ui, qtbot, screen)
        rects = _settled_rects(qtbot, window, (*CHROME, "letterhead", "header"))
        header, letterhead = rects["header"], rects["letterhead"]
        assert header.height() <= 0.2 * window.height(), (screen, header)
        for name, rect in rects.items():
            if name in ("header", "letterhead"):
                continue
            # Beside the letterhead, not under it.
            assert rect.top() < letterhead.bottom() and rect.bottom() > letterhead.top(), (
                screen,
                name,
                rect,
                letterhead,
            )
            assert rect.left() >= letterhead.right() - 1, (screen, name)


@pytest.mark.parametrize("lang", ["tk", "ru", "en"])
def test_upright_the_attract_screens_controls_are_within_reach(make_ui, qtbot, lang):
    """The three ways in, Aa and ◐ on the attract screen: within a hand's
    reach on an upright totem (they once stood at the very top)."""
    size = SIZES["portrait"]
    ui = make_ui(lang=lang, size=size, screen="attract")
    wait_screen(qtbot, ui.window, "attractScreen")
    top = ui.model.display.reachTop(size[1])
    rects = _settled_rects(qtbot, ui.window, ("start_", "largeTextButton", "contrastButton"))
    names = set(rects)
    assert {"start_tk", "start_ru", "start_en", "largeTextButton", "contrastButton"} <= names
    out = {
        n: (r.top(), r.bottom()) for n, r in rects.items() if r.top() < top or r.bottom() > size[1]
    }
    assert not out, (top, out)


@pytest.mark.parametrize("size", SIZES)
def test_aa_stays_under_the_finger_that_taps_it(make_ui, qtbot, size):
    """Large text may put the chrome's controls on two rows (1920x1080):
    Aa stays on the top row, under the finger, so a second tap undoes it."""
    ui = make_ui(lang="ru", size=SIZES[size])
    window = ui.window
    for screen in ("home", "section/neutrality", "map"):
        _open(ui, qtbot, screen)
        for large in (True, False):
            button = _settled_rects(qtbot, window, ("largeTextButton",))["largeTextButton"]
            tap(window, find(window, "largeTextButton"), qtbot)
            qtbot.waitUntil(lambda large=large: ui.model.display.property("largeText") == large)
            now = _settled_rects(qtbot, window, ("largeTextButton",))["largeTextButton"]
            assert now.contains(button.center()), (screen, large, button, now)
