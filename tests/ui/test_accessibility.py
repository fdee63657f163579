"""What a screen reader is told, and what a finger needs.

The accessibility tree is read through QAccessible, as an assistive
technology would see it: every control on every screen has a name, in the
language on screen. Touch targets are large enough in both orientations, and
nothing depends on hover, a double tap or a long press.
"""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from helpers.layout import _is_control
from helpers.visitor import open_screen, qml_eval, seen, shown, wait_screen, walk, walk_shown
from PySide6.QtGui import QAccessible

from kiosk import paths

SCREENS = {
    "home": "homeScreen",
    "section/central-asia": "sectionScreen",
    "contacts": "contactsScreen",
    "map": "mapScreen",
    "map/europe": "mapScreen",
}
# Names that are the same in every language: the languages' own names (each
# written in itself, by design), numbers and the PIN pad's digits.
LANGUAGE_NAMES = {"Türkmençe", "Русский", "English"}
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
EMAIL_PARTS = ("ddd", "mfa", "gov", "tm")  # the e-mail address is Latin in every language


def accessible(item):
    return QAccessible.queryAccessibleInterface(item)


@pytest.fixture(autouse=True)
def _accessibility_on():
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(False)


def test_every_control_has_a_name_in_the_language_on_screen(make_ui, qtbot):
    """One window, as a visitor switches language (interfaces are cached per
    object, so a second window in the same process would be misleading)."""
    ui = make_ui(lang="en")
    window = ui.window
    missing: list[str] = []
    foreign: list[str] = []
    for lang, screen in ((lang, screen) for lang in ("tk", "ru", "en") for screen in SCREENS):
        item_name = SCREENS[screen]
        ui.model.setLanguage(lang)
        assert open_screen(ui.model, screen)
        wait_screen(qtbot, window, item_name)
        controls = [i for i in walk_shown(window.contentItem()) if _is_control(i) and seen(i)]
        assert len(controls) > 8, screen
        for control in controls:
            iface = accessible(control)
            name = iface.text(QAccessible.Text.Name) if iface is not None else ""
            role = iface.role() if iface is not None else None
            where = f"{lang} {screen}: {control.objectName() or control.metaObject().className()}"
            if not name.strip() or role not in (
                QAccessible.Role.Button,
                QAccessible.Role.StaticText,
            ):
                missing.append(f"{where} ({role}, {name!r})")
            elif lang == "ru" and name not in LANGUAGE_NAMES:
                words = [w for w in LATIN_WORD.findall(name) if w not in EMAIL_PARTS]
                if words:
                    foreign.append(f"{where}: {name!r}")
    assert not missing, missing
    assert not foreign, foreign


def test_english_names_are_not_left_in_turkmen(make_ui, qtbot):
    """Turkmen is Latin-script, so look for the English names themselves."""
    ui = make_ui(lang="en")
    english = _names(ui, qtbot)
    ui.model.setLanguage("tk")
    turkmen = _names(ui, qtbot)
    assert "Aragatnaşyk" in turkmen and "Contacts" in english
    shared = (english & turkmen) - LANGUAGE_NAMES - {"+", "−", "⟲", "✕", "Aa"}
    assert not {n for n in shared if LATIN_WORD.search(n) and "@" not in n}, shared


def _names(ui, qtbot) -> set[str]:
    """Accessible.name of every shown control, read from QML itself."""
    names: set[str] = set()
    for screen, item_name in SCREENS.items():
        assert open_screen(ui.model, screen)
        wait_screen(qtbot, ui.window, item_name)
        for control in walk_shown(ui.window.contentItem()):
            if _is_control(control) and seen(control):
                names.add(qml_eval(control, "Accessible.name"))
    return names


def test_toggles_tell_their_state(make_ui, qtbot):
    ui = make_ui(lang="en")
    button = next(i for i in walk(ui.window.contentItem()) if i.objectName() == "largeTextButton")
    iface = accessible(button)
    assert iface.state().checkable
    assert not iface.state().checked
    ui.model.display.setLargeText(True)
    assert accessible(button).state().checked


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_touch_targets_are_large_and_apart(make_ui, qtbot, size):
    """At least 64 px (about 9 mm on a 32-inch 1080p screen), and the
    language buttons 8 px apart, in both orientations."""
    ui = make_ui(lang="ru", size=size)
    window = ui.window
    small: list[str] = []
    for screen, item_name in SCREENS.items():
        assert open_screen(ui.model, screen)
        wait_screen(qtbot, window, item_name)
        for control in walk(window.contentItem()):
            too_small = control.width() < 64 or control.height() < 64
            if too_small and _is_control(control) and shown(control):
                small.append(f"{screen}: {control.objectName()} {control.size()}")
        langs = sorted(
            (i for i in walk(window.contentItem()) if i.objectName().startswith("lang_")),
            key=lambda b: b.x(),
        )
        for left, right in pairwise(langs):
            assert right.x() - (left.x() + left.width()) >= 8
    assert not small, small


def test_nothing_depends_on_hover_double_tap_or_long_press():
    """Only the hidden staff gesture holds a corner (StaffCorners.qml)."""
    found = []
    for path in paths.qml().rglob("*.qml"):
        text = path.read_text("utf-8")
        for needle in (
            "HoverHandler",
            "hoverEnabled",
            "onDoubleTapped",
            "onPressAndHold",
            "onLongPressed",
            "containsMouse",
            "onEntered",
            "onExited",
        ):
            staff_gesture = path.name == "StaffCorners.qml" and needle == "onLongPressed"
            if needle in text and not staff_gesture:
                found.append(f"{path.name}: {needle}")
    assert not found, found
