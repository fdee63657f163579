"""A visitor with a keyboard or an EZ Access keypad, and no touch at all:
every screen and overlay by keys, the focus order, the ring, no traps."""

from __future__ import annotations

import re

import pytest
from helpers.contrast import contrast
from helpers.visitor import find, find_all, qml_eval, tap, visible_rect, wait_screen
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from kiosk import paths
from kiosk.content import load_content
from kiosk.models.keypad import Action, action_for, help_keys, key_actions
from kiosk.screens import Screen, parse_screen_name

CONTENT = load_content(paths.default_content_dir()).content
TILES = [f"tile_{s.id}" for s in CONTENT.sections]
TOPICS = [f"topic_{s.id}" for s in CONTENT.sections]
REGIONS = [f"legend_{r.id}" for r in CONTENT.regions]
CHROME = ["lang_tk", "lang_ru", "lang_en", "largeTextButton", "contrastButton", "listenButton"]
THEME = paths.qml("Kiosk", "Theme.qml").read_text("utf-8")
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def ring_colours(palette: str) -> tuple[QColor, QColor]:
    block = re.search(rf"property Palette {palette}: Palette \{{(.*?)\n    \}}", THEME, re.DOTALL)
    assert block
    found = dict(re.findall(r'(focusOuter|focusInner): "(#[0-9A-Fa-f]{6})"', block.group(1)))
    return QColor(found["focusOuter"]), QColor(found["focusInner"])


def press(ui, qtbot, key: Qt.Key, modifier=NO_MODIFIER) -> None:
    QTest.keyClick(ui.window, key, modifier)
    qtbot.wait(10)


def focused(ui) -> str:
    item = ui.window.activeFocusItem()
    return item.objectName() if item is not None else ""


def wait_focus(ui, qtbot, name: str) -> None:
    qtbot.waitUntil(lambda: focused(ui) == name, timeout=10_000)


def tab_stops(ui, qtbot, key: Qt.Key = Qt.Key.Key_Tab) -> list[str]:
    """Tab (or Shift+Tab) from the focused control until it comes back:
    the screen's stops in order, starting with the focused one."""
    start = focused(ui)
    stops = [start]
    for _ in range(60):
        press(ui, qtbot, key)
        name = focused(ui)
        if name == start:
            return stops
        assert name not in stops, f"the focus went round without coming back: {[*stops, name]}"
        stops.append(name)
    raise AssertionError(f"Tab never came back to {start}: {stops}")


def assert_ring(ui, name: str, palette: str) -> None:
    """The ring is on the focused control, whole, and in the palette's two
    colours (read from the window's pixels, both bands)."""
    outer = find(ui.window, "focusRingOuter")
    find(ui.window, "focusRingInner")  # shown too
    scene = outer.mapRectToScene(QRectF(0, 0, outer.width(), outer.height()))
    assert visible_rect(outer) == scene, f"the ring on {name} is clipped"
    assert scene.width() > 0 and scene.height() > 0
    band = qml_eval(outer, "border.width")
    assert band >= 3
    want_outer, want_inner = ring_colours(palette)
    x = round(scene.center().x())
    # Read again until the screen is at rest: on a loaded machine the first
    # look can come while the page still fades in (a cyan ring at 0.9 of its
    # colour). A ring of the wrong colour stays wrong, and fails.
    for _ in range(100):
        image = ui.window.grabWindow()
        wrong = []
        for y_outer, y_inner in (
            (scene.top() + band / 2, scene.top() + 1.5 * band),
            (scene.bottom() - band / 2, scene.bottom() - 1.5 * band),
        ):
            got_outer = image.pixelColor(QPoint(x, int(y_outer)))
            got_inner = image.pixelColor(QPoint(x, int(y_inner)))
            if got_outer != want_outer:
                wrong.append(f"{name}: outer band {got_outer.name()} at y={y_outer}")
            if got_inner != want_inner:
                wrong.append(f"{name}: inner band {got_inner.name()} at y={y_inner}")
        if not wrong:
            return
        QTest.qWait(50)
    raise AssertionError("; ".join(wrong))


def rotated(stops: list[str], first: str) -> list[str]:
    i = stops.index(first)
    return stops[i:] + stops[:i]


# -- the table ---------------------------------------------------------------


def test_one_table_maps_the_keyboard_and_the_ez_access_keys():
    key = Qt.Key
    expected = {
        key.Key_Tab: Action.NEXT,
        key.Key_Backtab: Action.PREVIOUS,
        key.Key_Down: Action.DOWN,
        key.Key_Right: Action.DOWN,
        key.Key_Up: Action.UP,
        key.Key_Left: Action.UP,
        key.Key_Return: Action.SELECT,
        key.Key_Enter: Action.SELECT,
        key.Key_Escape: Action.BACK,
        key.Key_Backspace: Action.BACK,
        key.Key_F1: Action.HELP,
        key.Key_Help: Action.HELP,
    }
    for code, action in expected.items():
        assert action_for(code, NO_MODIFIER.value) is action, code
    shift = Qt.KeyboardModifier.ShiftModifier.value
    assert action_for(key.Key_Tab, shift) is Action.PREVIOUS
    assert action_for(key.Key_Question, shift) is Action.HELP  # "?" is Shift+/
    # Speech's keys, and anything with Ctrl or Alt, are not navigation.
    for code in (key.Key_Space, key.Key_Plus, key.Key_Minus, key.Key_A):
        assert action_for(code, NO_MODIFIER.value) is None, code
    for modifier in (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier):
        assert action_for(key.Key_Tab, modifier.value) is None
        assert action_for(key.Key_F4, modifier.value) is None
    # Every action has a key, and the help names them all.
    assert {action for action in key_actions().values()} == set(Action)
    assert [row["action"] for row in help_keys()] == [*(a.value for a in Action), "listen"]
    assert all(row["keys"] for row in help_keys())


def test_the_ring_stands_out_on_every_ground_in_both_palettes():
    """Two bands: on each ground a control or the ring may lie on, one of
    them is at least 3:1, and the two are 3:1 against each other."""
    grounds = ("page", "surface", "bar", "barInk", "selected", "accentSoft", "barPressed")
    for name in ("standard", "contrast"):
        block = re.search(rf"property Palette {name}: Palette \{{(.*?)\n    \}}", THEME, re.DOTALL)
        roles = dict(re.findall(r'(\w+): "(#[0-9A-Fa-f]{6})"', block.group(1)))
        outer, inner = ring_colours(name)
        assert contrast(outer, inner) >= 3
        for ground in grounds:
            colour = QColor(roles[ground])
            best = max(contrast(outer, colour), contrast(inner, colour))
            assert best >= 3, f"{name}: the ring on {ground} is {best:.2f}:1"


# -- the way through ---------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "palette"), [((1920, 1080), "standard"), ((1080, 1920), "contrast")]
)
def test_a_keyboard_visitor_goes_through_every_screen(make_ui, qtbot, size, palette):
    ui = make_ui(lang="en", size=size, screen=None, kiosk_mode=True)
    window, model = ui.window, ui.model
    if palette == "contrast":
        model.display.setHighContrast(True)
    wait_screen(qtbot, window, "attractScreen")
    assert not find_all(window, "focusRingOuter")

    # The attract screen: the first key lands on the first Start.
    press(ui, qtbot, Qt.Key.Key_Down)
    wait_focus(ui, qtbot, "start_tk")
    press(ui, qtbot, Qt.Key.Key_Right)
    wait_focus(ui, qtbot, "start_ru")
    press(ui, qtbot, Qt.Key.Key_Right)
    wait_focus(ui, qtbot, "start_en")
    assert_ring(ui, "start_en", palette)
    press(ui, qtbot, Qt.Key.Key_Return)

    # Home: the content in reading order, then the chrome; and back again.
    wait_screen(qtbot, window, "homeScreen")
    wait_focus(ui, qtbot, "mapButton")
    home = ["mapButton", "contactsButton", *TILES, *CHROME]
    assert rotated(tab_stops(ui, qtbot), "mapButton") == home
    backwards = tab_stops(ui, qtbot, Qt.Key.Key_Backtab)
    assert rotated(list(reversed(backwards)), "mapButton") == home
    assert_ring(ui, "mapButton", palette)

    # A topic: it opens on its text; the arrows read on, then move on.
    for _ in range(3):
        press(ui, qtbot, Qt.Key.Key_Tab)
    wait_focus(ui, qtbot, TILES[1])
    assert_ring(ui, TILES[1], palette)
    press(ui, qtbot, Qt.Key.Key_Enter)
    wait_screen(qtbot, window, "sectionScreen")
    wait_focus(ui, qtbot, "readerList")
    assert_ring(ui, "readerList", palette)
    section = tab_stops(ui, qtbot)
    assert rotated(section, TOPICS[0]) == [
        *TOPICS,
        "readerList",
        "nextTopicButton",
        "homeButton",
        *CHROME,
    ]
    reader = find(window, "readerList")
    assert reader.property("contentHeight") > reader.height()  # a topic longer than the screen
    for _ in range(40):  # Up reads back to the top (Tab round left it at the end)
        if reader.property("atYBeginning"):
            break
        press(ui, qtbot, Qt.Key.Key_Up)
        assert focused(ui) == "readerList"
    top = reader.property("contentY")
    press(ui, qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: reader.property("contentY") > top)
    assert focused(ui) == "readerList"
    for _ in range(40):  # at the end, Down moves on
        if focused(ui) != "readerList":
            break
        press(ui, qtbot, Qt.Key.Key_Down)
    wait_focus(ui, qtbot, "nextTopicButton")
    assert_ring(ui, "nextTopicButton", palette)  # scrolled into view, whole

    # The map from a topic that links to it: Back is there too.
    model.openSection("world-regions")
    wait_screen(qtbot, window, "sectionScreen")
    wait_focus(ui, qtbot, "readerList")
    for _ in range(60):
        if focused(ui).startswith("seeOnMap_"):
            break
        press(ui, qtbot, Qt.Key.Key_Tab)
    link = focused(ui)
    assert link.startswith("seeOnMap_")
    assert_ring(ui, link, palette)
    press(ui, qtbot, Qt.Key.Key_Return)
    wait_screen(qtbot, window, "mapScreen")
    assert model.map.property("selection") == link.removeprefix("seeOnMap_")
    # The chosen region's text first, then its Close (✕): closed, the
    # legend is back and the focus goes to its first region.
    wait_focus(ui, qtbot, "regionDetails")
    assert_ring(ui, "regionDetails", palette)
    press(ui, qtbot, Qt.Key.Key_Tab)
    wait_focus(ui, qtbot, "regionClose")
    press(ui, qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.map.property("selection") == "")
    wait_focus(ui, qtbot, REGIONS[0])

    # The map: the regions in the legend's order; Enter chooses one.
    stops = tab_stops(ui, qtbot)
    assert stops[: len(REGIONS)] == REGIONS
    assert {"backButton", "homeButton", "zoomIn", "zoomOut", "zoomReset"} <= set(stops)
    press(ui, qtbot, Qt.Key.Key_Down)
    wait_focus(ui, qtbot, REGIONS[1])
    assert_ring(ui, REGIONS[1], palette)
    press(ui, qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.map.property("selection") == REGIONS[1].removeprefix("legend_"))
    wait_focus(ui, qtbot, "regionDetails")  # the legend gave way to the region

    # Escape: back where the visitor came from (the map came from a topic).
    press(ui, qtbot, Qt.Key.Key_Escape)
    wait_screen(qtbot, window, "sectionScreen")
    assert window.isVisible()
    press(ui, qtbot, Qt.Key.Key_Escape)
    wait_screen(qtbot, window, "homeScreen")

    # Contacts: every entry; a phone's QR takes the focus and gives it back.
    model.openContacts()
    wait_screen(qtbot, window, "contactsScreen")
    qtbot.waitUntil(lambda: focused(ui).startswith("entry_"), timeout=10_000)
    entries = [n for n in tab_stops(ui, qtbot) if n.startswith("entry_")]
    assert len(entries) == sum(len(org.entries) for org in CONTENT.contacts)
    phone = next(n for n in entries if n.endswith("_phone"))
    for _ in range(len(entries) + 10):
        if focused(ui) == phone:
            break
        press(ui, qtbot, Qt.Key.Key_Tab)
    assert_ring(ui, phone, palette)
    press(ui, qtbot, Qt.Key.Key_Return)
    wait_focus(ui, qtbot, "entryQrClose")
    assert tab_stops(ui, qtbot) == ["entryQrClose"]  # no way behind the overlay
    assert tab_stops(ui, qtbot, Qt.Key.Key_Up) == ["entryQrClose"]
    press(ui, qtbot, Qt.Key.Key_Escape)
    wait_focus(ui, qtbot, phone)
    assert not model.contacts.property("focusOpen")
    press(ui, qtbot, Qt.Key.Key_Return)
    wait_focus(ui, qtbot, "entryQrClose")
    press(ui, qtbot, Qt.Key.Key_Return)  # Close, pressed
    wait_focus(ui, qtbot, phone)

    # Help: over anything, in the language on screen; help again closes it.
    press(ui, qtbot, Qt.Key.Key_F1)
    wait_focus(ui, qtbot, "helpClose")
    assert find(window, "helpTitle").property("text") == "Using the keys"
    assert tab_stops(ui, qtbot) == ["helpClose"]
    press(ui, qtbot, Qt.Key.Key_F1)
    wait_focus(ui, qtbot, phone)
    qtbot.waitUntil(lambda: not find_all(window, "helpOverlay"))

    # A language switch keeps the focus on the same control.
    for _ in range(40):
        if focused(ui) == "lang_ru":
            break
        press(ui, qtbot, Qt.Key.Key_Tab)
    press(ui, qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.language == "ru")
    qtbot.wait(100)
    assert focused(ui) == "lang_ru"
    press(ui, qtbot, Qt.Key.Key_Tab)
    wait_focus(ui, qtbot, "lang_en")
    press(ui, qtbot, Qt.Key.Key_Backtab)
    wait_focus(ui, qtbot, "lang_ru")
    press(ui, qtbot, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: find(window, "helpTitle").property("text") != "Using the keys")
    press(ui, qtbot, Qt.Key.Key_Escape)
    wait_focus(ui, qtbot, "lang_ru")
    assert model.screen == Screen.Contacts

    # Home, by keys; then a touch hides the ring (the focus stays).
    for _ in range(40):
        if focused(ui) == "homeButton":
            break
        press(ui, qtbot, Qt.Key.Key_Backtab)
    press(ui, qtbot, Qt.Key.Key_Return)
    wait_screen(qtbot, window, "homeScreen")
    qtbot.waitUntil(lambda: bool(find_all(window, "focusRingOuter")), timeout=10_000)
    tap(window, find(window, "motto"), qtbot)
    qtbot.waitUntil(lambda: not find_all(window, "focusRingOuter"))
    assert not ui.keypad.keysInUse


def test_a_new_tile_after_a_language_switch_keeps_the_focus(make_ui, qtbot):
    ui = make_ui(lang="en")
    wait_screen(qtbot, ui.window, "homeScreen")
    press(ui, qtbot, Qt.Key.Key_Tab)
    wait_focus(ui, qtbot, "mapButton")
    for _ in range(4):
        press(ui, qtbot, Qt.Key.Key_Tab)
    wait_focus(ui, qtbot, TILES[2])
    for lang in ("tk", "ru", "en"):
        ui.model.setLanguage(lang)
        wait_focus(ui, qtbot, TILES[2])


def test_the_idle_overlay_takes_the_focus_and_the_reset_clears_it(make_ui, qtbot):
    # Quiet for 1.5 s and the warning shows. On a loaded machine a shorter
    # wait (0.6 s) ran out between the screen's first frame and the test's
    # first Tab: the warning took that key (any key continues), and no entry
    # ever had the focus.
    ui = make_ui(lang="en", screen="contacts", idle_timeout_s=1.5, warning_s=4)
    window, idle = ui.window, ui.ops.idle
    wait_screen(qtbot, window, "contactsScreen")

    def tabbed_to_an_entry() -> bool:
        if not focused(ui).startswith("entry_"):
            press(ui, qtbot, Qt.Key.Key_Tab)  # (or continues, if the warning came first)
        return focused(ui).startswith("entry_")

    qtbot.waitUntil(tabbed_to_an_entry, timeout=10_000)
    first = focused(ui)

    # Any key continues, and does nothing else (as a tap on the overlay):
    # not Tab, and not Escape, which would otherwise go back a screen.
    for key in (Qt.Key.Key_Tab, Qt.Key.Key_Escape, Qt.Key.Key_Return):
        qtbot.waitUntil(lambda: idle.property("warning"), timeout=10_000)
        wait_focus(ui, qtbot, "idleContinue")
        press(ui, qtbot, key)
        qtbot.waitUntil(lambda: not idle.property("warning"))
        wait_focus(ui, qtbot, first)
        assert ui.model.screen == Screen.Contacts
        assert not ui.model.contacts.property("focusOpen")

    # Quiet again: the countdown runs out and the kiosk resets.
    qtbot.waitUntil(lambda: ui.model.screen == Screen.Attract, timeout=15_000)
    wait_screen(qtbot, window, "attractScreen")
    assert not ui.keypad.keysInUse and not ui.keypad.helpOpen
    wait_focus(ui, qtbot, "start_tk")
    assert not find_all(window, "focusRingOuter")  # unseen until a key
    press(ui, qtbot, Qt.Key.Key_Return)
    wait_screen(qtbot, window, "homeScreen")
    assert ui.model.language == "tk"


def test_the_staff_pin_pad_keeps_the_keys_and_gives_them_back(make_ui, qtbot):
    ui = make_ui(lang="en")
    wait_screen(qtbot, ui.window, "homeScreen")
    press(ui, qtbot, Qt.Key.Key_Tab)
    wait_focus(ui, qtbot, "mapButton")
    ui.ops.staff._pad = True  # as the staff gesture opens it, with a PIN set
    ui.ops.staff.changed.emit()
    wait_focus(ui, qtbot, "pinKey_1")
    pad = [f"pinKey_{d}" for d in "123456789"] + ["pinErase", "pinKey_0", "pinOk", "pinCancel"]
    assert tab_stops(ui, qtbot) == pad
    press(ui, qtbot, Qt.Key.Key_Escape)  # Cancel
    qtbot.waitUntil(lambda: not ui.ops.staff.property("padOpen"))
    wait_focus(ui, qtbot, "mapButton")


@pytest.mark.parametrize("size", [(1080, 1920), (1280, 800)], ids=["portrait", "small"])
def test_every_stop_is_scrolled_whole_into_view(make_ui, qtbot, size):
    """Large text makes the lists scroll: each control Tab reaches is whole
    on screen when it has the focus, its ring unclipped."""
    ui = make_ui(lang="ru", size=size, large_text=True)
    window = ui.window
    screen_rect = QRectF(0, 0, *size)
    for screen, item in (
        ("home", "homeScreen"),
        (f"section/{CONTENT.sections[-2].id}", "sectionScreen"),
        ("map", "mapScreen"),
        ("contacts", "contactsScreen"),
    ):
        assert ui.model.open(parse_screen_name(screen))
        wait_screen(qtbot, window, item)
        press(ui, qtbot, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: focused(ui) != "", timeout=10_000)
        for name in tab_stops(ui, qtbot):
            for _ in range(80):
                if focused(ui) == name:
                    break
                press(ui, qtbot, Qt.Key.Key_Tab)
            ring = find(window, "focusRingOuter")
            whole = ring.mapRectToScene(QRectF(0, 0, ring.width(), ring.height()))
            assert visible_rect(ring) == whole, f"{screen}: {name} is not whole in view"
            assert screen_rect.contains(whole), f"{screen}: {name} lies off the screen"


def test_tab_reaches_contact_cards_the_list_has_not_made_yet(make_ui, qtbot, content_copy):
    """Cards far down the list are made only as it scrolls: the focus
    scrolls the list on to them, and Shift+Tab back, rather than skip them."""
    import yaml

    path = content_copy / "contacts.yaml"
    data = yaml.safe_load(path.read_text("utf-8"))
    first = data["organizations"][0]
    for n in range(2, 7):
        copy = dict(first, id=f"mfa{n}")
        copy["name"] = {lang: f"{name} {n}" for lang, name in first["name"].items()}
        data["organizations"].append(copy)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    ui = make_ui(content_copy, lang="en", screen="contacts", size=(1280, 800), large_text=True)
    wait_screen(qtbot, ui.window, "contactsScreen")
    press(ui, qtbot, Qt.Key.Key_Tab)
    wait_focus(ui, qtbot, "entry_mfa_phone")
    seen = [focused(ui)]
    for _ in range(80):
        press(ui, qtbot, Qt.Key.Key_Tab)
        seen.append(focused(ui))
        if seen[-1] == "entry_mfa6_address":
            break
    cards = ["mfa", *(f"mfa{n}" for n in range(2, 7))]
    assert [n for n in seen if n.endswith("_phone")] == [f"entry_{c}_phone" for c in cards]
    assert_ring(ui, "entry_mfa6_address", "standard")
    for _ in range(80):
        press(ui, qtbot, Qt.Key.Key_Backtab)
        if focused(ui) == "entry_mfa_phone":
            break
    assert focused(ui) == "entry_mfa_phone"
    assert_ring(ui, "entry_mfa_phone", "standard")


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_the_last_control_of_a_topic_is_not_under_the_fade(make_ui, qtbot, size):
    """Reached by keys, Next topic is scrolled to the reader's very end: no
    "more below" fade is left lying over it. (The list's height is an
    estimate that grows as its rows are made: the end moves as it scrolls.)"""
    ui = make_ui(lang="en", size=size, screen="section/neutrality")
    window = ui.window
    wait_screen(qtbot, window, "sectionScreen")
    target = ui.focus.find_stop(lambda item: item.objectName() == "nextTopicButton")
    ui.focus.focus(target, Qt.FocusReason.TabFocusReason)
    qtbot.wait(50)
    assert find(window, "readerList").property("atYEnd")
    assert not find_all(window, "readerFade")
