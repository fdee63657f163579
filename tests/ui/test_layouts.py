"""Every screen, in every language, at every supported size, with standard and
large text: no text cut, spilling out, running off the screen or lying over
other text or a control.

Sizes: 1920x1080 landscape, 1080x1920 portrait (a totem), 1280x800, and
3840x2160 (a 4K panel at 100 %). A 4K panel at 200 % is checked the same
way by tests/ui/test_high_dpi.py, in a Qt started at a device pixel ratio of 2.
"""

from __future__ import annotations

import pytest
from helpers.layout import layout_problems, settled_layout_problems
from helpers.visitor import find, find_all, open_screen, wait_screen, wait_shown
from PySide6.QtCore import QRectF

from kiosk import paths
from kiosk.content import load_content
from kiosk.ops.lockout import PinLockout, lockout_path
from kiosk.ops.pin import hash_pin
from kiosk.ops.settings import Settings

CONTENT = load_content(paths.default_content_dir()).content
SIZES = {
    "landscape": (1920, 1080),
    "portrait": (1080, 1920),
    "small": (1280, 800),
    "4k": (3840, 2160),
}
SCREENS = (
    ["home"]
    + [f"section/{s.id}" for s in CONTENT.sections]
    + ["contacts", "map"]
    + [f"map/{r.id}" for r in CONTENT.regions]
)

SCREEN_ITEMS = {
    "attract": "attractScreen",
    "home": "homeScreen",
    "section": "sectionScreen",
    "contacts": "contactsScreen",
    "map": "mapScreen",
}


def _open(ui, qtbot, screen: str) -> None:
    assert open_screen(ui.model, screen)
    wait_screen(qtbot, ui.window, SCREEN_ITEMS[screen.split("/")[0]])
    qtbot.wait(30)  # a frame: layouts settle (a new region on the same screen)


def _check_everything(ui, qtbot, large: bool) -> list[str]:
    problems: list[str] = []
    window = ui.window
    for lang in ui.model.language_codes:
        # The attract screen speaks every language at once; the visit it
        # starts is reset (default language, standard text) first.
        _open(ui, qtbot, "attract")
        ui.model.display.setLargeText(large)
        qtbot.wait(30)
        problems += [f"attract: {p}" for p in layout_problems(window.contentItem())]
        ui.model.setLanguage(lang)
        for screen in SCREENS:
            _open(ui, qtbot, screen)
            problems += [f"{lang} {screen}: {p}" for p in layout_problems(window.contentItem())]

        # The large QR of a phone number, over the contacts screen.
        _open(ui, qtbot, "contacts")
        ui.model.contacts.openEntry(0, 0)
        overlay = wait_shown(qtbot, window, "entryQrOverlay")
        problems += [f"{lang} QR overlay: {p}" for p in layout_problems(overlay)]
        ui.model.contacts.closeEntry()

        # The idle warning, over a section.
        _open(ui, qtbot, f"section/{CONTENT.sections[-1].id}")
        ui.ops.idle.on_quiet()
        overlay = wait_shown(qtbot, window, "idleOverlay")
        problems += [f"{lang} idle warning: {p}" for p in layout_problems(overlay)]
        ui.ops.idle.keepGoing()
        # Gone before the next check, as the other overlays are: a loaded CI
        # run found its Continue still over the attract screen.
        qtbot.waitUntil(lambda: not find_all(window, "idleOverlay"), timeout=10_000)

        # The keys explained (the help key), over the same section.
        ui.keypad.setHelpOpen(True)
        overlay = wait_shown(qtbot, window, "helpOverlay")
        problems += [f"{lang} keys help: {p}" for p in layout_problems(overlay)]
        ui.keypad.closeHelp()
        qtbot.waitUntil(lambda: not find_all(window, "helpOverlay"))

        # Staff screens: the PIN pad (opened as the gesture would, with a PIN
        # set) and the panel, which staff always see at the standard size.
        ui.ops.staff._pad = True
        ui.ops.staff.changed.emit()
        overlay = wait_shown(qtbot, window, "pinPad")
        problems += [f"{lang} PIN pad: {p}" for p in layout_problems(overlay)]
        ui.ops.staff.open_panel()
        overlay = wait_shown(qtbot, window, "staffPanel")
        # Its report (dated problems of the packaged content) wraps on first use.
        problems += [
            f"{lang} staff panel: {p}" for p in settled_layout_problems(qtbot, overlay)
        ]
        ui.ops.staff.closePanel()
        qtbot.waitUntil(lambda: not find_all(window, "staffPanel"))
    return list(dict.fromkeys(problems))  # a list that is cut is reported once per line


@pytest.mark.parametrize("large", [False, True], ids=["text", "large-text"])
@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_every_screen_fits(make_ui, qtbot, size: tuple[int, int], large: bool):
    # Screens open through the model, not by touch: on a loaded machine the
    # check could outlast the real idle countdown (its warning over a screen).
    ui = make_ui(lang="en", size=size, idle_timeout_s=3600)
    problems = _check_everything(ui, qtbot, large)
    assert not problems, "\n".join(problems[:40])


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_unavailable_screen_fits(make_ui, tmp_path, qtbot, size: tuple[int, int]):
    ui = make_ui(content_dir=tmp_path / "nothing-here", size=size, screen=None)
    wait_screen(qtbot, ui.window, "unavailableScreen")
    problems = layout_problems(ui.window.contentItem())
    ui.model.display.setLargeText(True)
    qtbot.wait(50)
    problems += [f"large text: {p}" for p in layout_problems(ui.window.contentItem())]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_the_locked_pin_pad_fits_with_large_text(make_ui, qtbot, monkeypatch, size):
    """The PIN pad at its tallest: locked, in seconds and then in minutes,
    with the large text a visitor may have left on."""
    now = [1_750_000_000.0]  # one clock for both of the lockout's, moved by hand

    def lockout(cls) -> PinLockout:
        return PinLockout(lockout_path(), wall=lambda: now[0], monotonic=lambda: now[0])

    monkeypatch.setattr(PinLockout, "default", classmethod(lockout))
    settings = Settings(pin_hash=hash_pin("2580"))
    ui = make_ui(lang="en", size=size, settings=settings, kiosk_mode=True)
    ui.model.display.setLargeText(True)
    staff = ui.ops.staff
    staff.cornerHeld()
    staff.cornerTapped()
    pad = wait_shown(qtbot, ui.window, "pinPad")
    screen = QRectF(0, 0, size[0], size[1])
    problems: list[str] = []
    for lock in ("seconds", "minutes"):
        for _ in range(5):
            for digit in "0000":
                staff.digit(digit)
            staff.submit()
        assert (staff.property("lockedSeconds") > 60) == (lock == "minutes")
        for lang in ui.model.language_codes:
            ui.model.setLanguage(lang)
            qtbot.wait(30)  # a frame: the card takes its new height
            card = find(ui.window, "pinCard")
            box = card.mapRectToScene(QRectF(0, 0, card.width(), card.height()))
            if not screen.contains(box):
                where = f"{box.top():.0f}..{box.bottom():.0f} of {size[1]} lines"
                problems.append(f"{lang}, locked for {lock}: the card is at {where}")
            problems += [f"{lang}, locked for {lock}: {p}" for p in layout_problems(pad)]
        now[0] += staff.property("lockedSeconds")
        staff.on_lock_tick()
    assert not problems, "\n".join(problems)
