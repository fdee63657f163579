"""Both palettes meet WCAG AA: every text role on every background role it is
drawn on, computed from Theme.qml; and every text actually on screen, in
both palettes, computed from the colours the running UI draws with."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers.contrast import contrast, text_contrasts
from helpers.visitor import find, open_screen, tap, wait_screen, wait_shown, walk_made
from PySide6.QtGui import QColor

import kiosk
from kiosk import paths

THEME = paths.qml("Kiosk", "Theme.qml").read_text("utf-8")


def palette(name: str) -> dict[str, QColor]:
    block = re.search(
        rf"property Palette {name}: Palette \{{(.*?)\n    \}}", THEME, flags=re.DOTALL
    )
    assert block, f"no {name} palette in Theme.qml"
    colours = dict(re.findall(r'(\w+): "(#[0-9A-Fa-f]{6,8})"', block.group(1)))
    return {role: QColor(value) for role, value in colours.items()}


PALETTES = {"standard": palette("standard"), "contrast": palette("contrast")}
ROLES = set(re.findall(r"required property color (\w+)", THEME))  # Theme's Palette component

# (text role, background role) as the QML draws them.
PAIRS = [
    ("ink", "page"),
    ("ink", "surface"),
    ("ink", "accentSoft"),  # a pressed tile or topic
    ("inkMuted", "page"),
    ("inkMuted", "surface"),
    ("inkMuted", "accentSoft"),
    ("accent", "page"),
    ("accent", "surface"),
    ("accent", "accentSoft"),  # a pressed button
    ("barInk", "bar"),  # the header, the attract screen
    ("barInkMuted", "bar"),
    ("barInk", "barPressed"),
    ("bar", "barInk"),  # the chosen language, the attract invitation
    ("selectedInk", "selected"),  # the open topic, a checked button
]


# Shapes on the map that must stand out from what they are drawn on (WCAG
# 1.4.11, non-text contrast 3:1): Turkmenistan on the land and on the sea,
# Ashgabat's dot in its ring.
MAP_PAIRS = [
    ("mapHome", "mapLand"),
    ("mapHome", "mapSea"),
    ("mapCapital", "mapMarker"),
]


def test_both_palettes_name_the_same_roles():
    assert PALETTES["standard"].keys() == PALETTES["contrast"].keys() == ROLES
    assert {"mapSea", "mapLand", "mapHome"} <= ROLES


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize(("shape", "background"), MAP_PAIRS)
def test_the_map_marks_home_in_both_palettes(name: str, shape: str, background: str):
    colours = PALETTES[name]
    ratio = contrast(colours[shape], colours[background])
    assert ratio >= 3, f"{name}: {shape} on {background}: {ratio:.2f}:1"


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize(("text", "background"), PAIRS)
def test_text_roles_meet_aa(name: str, text: str, background: str):
    colours = PALETTES[name]
    ratio = contrast(colours[text], colours[background])
    assert ratio >= 4.5, f"{name}: {text} on {background}: {ratio:.2f}:1"


def test_high_contrast_is_higher_still():
    """The high-contrast palette is for low vision: AAA (7:1) for all text,
    and every edge visible (3:1 for outlines, WCAG 1.4.11)."""
    colours = PALETTES["contrast"]
    for text, background in PAIRS:
        assert contrast(colours[text], colours[background]) >= 7, (text, background)
    for background in ("page", "surface"):
        assert contrast(colours["line"], colours[background]) >= 3


def test_qml_takes_every_colour_from_the_theme():
    """No colour is written anywhere else, so the checks above cover the UI."""
    written = {
        f"{path.relative_to(paths.qml())}: {colour}"
        for path in paths.qml().rglob("*.qml")
        if path.name != "Theme.qml"
        for colour in re.findall(r'"#[0-9A-Fa-f]{3,8}"', path.read_text("utf-8"))
    }
    assert not written, written


def test_python_writes_no_colour_either():
    """The painted items (the map, its inset) draw with colours bound from
    the theme's roles, not their own (the regions' colours are content).
    The fleet report is a page of its own for the ministry's desk, printed
    and read in a browser, not the kiosk's screen: its palette is its own."""
    package = Path(kiosk.__file__).parent
    colour = re.compile(r'"#[0-9A-Fa-f]{3,8}"|QColor\("|Qt\.GlobalColor\.|Qt\.(white|black)\b')
    written = {
        f"{path.relative_to(package)}: {match.group(0)}"
        for path in package.rglob("*.py")
        if path.relative_to(package).parts[0] != "fleet"
        for match in colour.finditer(path.read_text("utf-8"))
    }
    assert not written, written


SCREENS = ["home", "section/neutrality", "contacts", "map", "map/europe", "attract"]


def _colours_settled(qtbot, window) -> None:
    """Until two looks some frames apart find the same colours: the buttons'
    colour transitions (120 ms) move only with frames, and a loaded machine
    may draw few of them in a fixed wait."""
    last: list[object] = [None]

    def same() -> bool:
        now = text_contrasts(window.contentItem(), window.color())
        window.update()
        qtbot.wait(150)
        settled = now == last[0]
        last[0] = now
        return settled

    qtbot.waitUntil(same, timeout=10_000)


@pytest.mark.parametrize("high_contrast", [False, True], ids=["standard", "high-contrast"])
def test_every_text_on_screen_meets_aa(make_ui, qtbot, high_contrast: bool):
    ui = make_ui(lang="ru")
    window = ui.window
    low: list[str] = []

    def check(where: str, root) -> None:
        for text, ratio in text_contrasts(root, window.color()):
            if ratio < 4.5:
                low.append(f"{where}: {text[:40]!r} {ratio:.2f}:1")

    for screen in SCREENS:
        assert open_screen(ui.model, screen)
        ui.model.display.setHighContrast(high_contrast)  # the attract screen resets it
        wait_screen(qtbot, window, f"{screen.split('/')[0]}Screen")
        _colours_settled(qtbot, window)
        check(screen, window.contentItem())

    # Overlays: the QR of a number, the idle warning, the PIN pad.
    assert open_screen(ui.model, "contacts")
    wait_screen(qtbot, window, "contactsScreen")
    tap(window, find(window, "entry_mfa_phone"), qtbot)
    check("QR overlay", wait_shown(qtbot, window, "entryQrOverlay"))
    ui.model.contacts.closeEntry()
    ui.ops.idle.on_quiet()
    check("idle warning", wait_shown(qtbot, window, "idleOverlay"))
    ui.ops.idle.keepGoing()

    assert window.color() == (QColor("#000000") if high_contrast else QColor("#F4F2EC"))
    assert not low, "\n".join(low)
    assert len([i for i in walk_made(window.contentItem()) if i.inherits("QQuickText")]) > 50
