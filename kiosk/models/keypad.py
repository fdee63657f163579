"""The keypad and keyboard way through the kiosk: which key does what, and
whether a visitor is using keys now.

One table (``key_actions``) says what every key a keyboard or an EZ Access
keypad sends does; nothing else in the kiosk reads key codes for navigation.
EZ Access keypads (Trace Center) send ordinary key codes, so the table names
the codes those keypads are set to send: arrows for up and down, Return or
Enter (or the Select key) for select, Escape or Backspace for back, F1 (or
Help, or "?") for help. Space, + and - are not here: speech uses them.

``Keypad`` is the state QML binds to: ``keysInUse`` shows the focus ring
(a touch visitor never sees it; a touch or the idle reset clears it), and
``helpOpen`` the help overlay. Moving the focus is the window's business
(kiosk/views/keypad_focus.py); overlays tell it here when they open and close.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from PySide6 import QtCore
from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1


class Action(StrEnum):
    NEXT = "next"  # the next control in reading order
    PREVIOUS = "previous"
    DOWN = "down"  # the next control, but a focused text scrolls on first
    UP = "up"
    SELECT = "select"  # what a tap on the focused control does
    BACK = "back"  # close the overlay on top, else back a screen
    HELP = "help"  # the keys explained, in the language on screen


@cache
def key_actions() -> dict[tuple[int, bool], Action]:
    """(Qt key, with Shift) -> what it does. Made at the first key, not at
    import: the first frame does not wait for PySide's Qt namespace."""
    key = QtCore.Qt.Key
    table: dict[int, Action] = {
        key.Key_Tab: Action.NEXT,
        key.Key_Backtab: Action.PREVIOUS,  # Shift+Tab arrives as Backtab
        # EZ Access up and down; left and right go the same way, so a
        # keypad with four arrows has no dead key.
        key.Key_Down: Action.DOWN,
        key.Key_Right: Action.DOWN,
        key.Key_Up: Action.UP,
        key.Key_Left: Action.UP,
        # EZ Access select (Space is speech's pause key, never select).
        key.Key_Return: Action.SELECT,
        key.Key_Enter: Action.SELECT,  # the number pad's Enter
        key.Key_Select: Action.SELECT,
        # EZ Access back.
        key.Key_Escape: Action.BACK,
        key.Key_Backspace: Action.BACK,
        key.Key_Back: Action.BACK,
        # EZ Access help.
        key.Key_F1: Action.HELP,
        key.Key_Help: Action.HELP,
        key.Key_Question: Action.HELP,
    }
    rows = {(int(code), False): action for code, action in table.items()}
    # With Shift: Tab is Backtab already, "?" is Shift+/ on most layouts;
    # the others do the same with Shift held as without.
    rows.update({(int(code), True): action for code, action in table.items()})
    rows[(int(key.Key_Tab), True)] = Action.PREVIOUS
    return rows


def _key_labels() -> dict[int, str]:
    """What is printed on each key (the same in every language)."""
    key = QtCore.Qt.Key
    return {
        int(key.Key_Tab): "Tab",
        int(key.Key_Backtab): "Shift+Tab",
        int(key.Key_Down): "\u2193",
        int(key.Key_Right): "\u2192",
        int(key.Key_Up): "\u2191",
        int(key.Key_Left): "\u2190",
        int(key.Key_Return): "Enter",
        int(key.Key_Enter): "Enter",
        int(key.Key_Select): "Select",
        int(key.Key_Escape): "Esc",
        int(key.Key_Backspace): "Backspace",
        int(key.Key_Back): "Back",
        int(key.Key_F1): "F1",
        int(key.Key_Help): "Help",
        int(key.Key_Question): "?",
    }


def help_keys() -> list[dict[str, str]]:
    """For the help overlay: each action, and the keys that do it, as the
    table says (``keys``: their labels, in the table's order)."""
    labels = _key_labels()
    rows = []
    for action in Action:
        names: list[str] = []
        for (code, shift), does in key_actions().items():
            label = labels.get(code, "")
            if does is action and not shift and label and label not in names:
                names.append(label)
        rows.append({"action": action.value, "keys": "  ".join(names)})
    # Listen's own keys (kiosk/models/speech_keys.py), on one row: they act
    # only while speech mode is on, and the help must fit 1280x800 large.
    rows.append({"action": "listen", "keys": "Space  +  \u2212"})
    return rows


def action_for(key: int, modifiers: int) -> Action | None:
    """What ``key`` does with ``modifiers`` held (None: not a navigation key,
    or held with Ctrl, Alt or Meta, which are never the visitor's)."""
    mods = QtCore.Qt.KeyboardModifier
    held = int(modifiers)
    if held & (mods.ControlModifier.value | mods.AltModifier.value | mods.MetaModifier.value):
        return None
    shift = bool(held & mods.ShiftModifier.value)
    return key_actions().get((int(key), shift))


@QmlElement
@QmlUncreatable("made by the application (kiosk/app.py)")
class Keypad(QObject):
    keysInUseChanged = Signal()
    helpOpenChanged = Signal()
    # An overlay came up or went away (the window's focus follows it).
    overlayOpened = Signal(QObject)
    overlayClosed = Signal(QObject)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys_in_use = False
        self._help_open = False

    def _get_keys_in_use(self) -> bool:
        return self._keys_in_use

    def set_keys_in_use(self, on: bool) -> None:
        if on != self._keys_in_use:
            self._keys_in_use = on
            self.keysInUseChanged.emit()

    def _get_help_open(self) -> bool:
        return self._help_open

    @Slot(bool)
    def setHelpOpen(self, on: bool) -> None:
        if on != self._help_open:
            self._help_open = on
            self.helpOpenChanged.emit()

    @Slot()
    def closeHelp(self) -> None:
        self.setHelpOpen(False)

    @Slot(QObject)
    def overlayShown(self, overlay: QObject) -> None:
        """An overlay is up: it takes the focus, and keys stay inside it."""
        self.overlayOpened.emit(overlay)

    @Slot(QObject)
    def overlayHidden(self, overlay: QObject) -> None:
        """It went away: the focus goes back where it was."""
        self.overlayClosed.emit(overlay)

    @Slot()
    def on_reset(self) -> None:
        """The idle reset: the next visitor starts by touch, help closed."""
        self.set_keys_in_use(False)
        self.setHelpOpen(False)

    keysInUse = Property(bool, _get_keys_in_use, notify=keysInUseChanged)
    # [{action, keys}] for the help overlay, from the key table.
    helpKeys = Property("QVariantList", lambda self: help_keys(), constant=True)
    helpOpen = Property(bool, _get_help_open, notify=helpOpenChanged)
