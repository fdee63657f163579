"""The focus, moved by keys: the window's side of the keypad way through.

Every control a finger can use is a Tab stop (``activeFocusOnTab`` in QML)
and has an ``Accessible.onPressAction`` that does what a tap does. This
filter reads each key press through the one key table
(kiosk/models/keypad.py) and

- moves the focus from stop to stop in the item tree's order (which the
  QML keeps in reading order), never onto an item that cannot be seen, and
  within the overlay on top while one is open (no way behind it, and Tab
  wraps around inside it);
- scrolls every list the focused control lies in so that it is whole on
  screen; a focused list of text (the reader) is scrolled by the arrows a
  page at a time before they move on;
- selects as a tap does (the control's accessible press action, the one a
  screen reader uses);
- goes back: the overlay on top closes (its ``dismiss()``), else Back;
- opens and closes the help overlay.

A new screen puts the focus on its first control, an overlay takes the
focus and gives it back when it closes, and a language switch keeps it on
the same control (found again by objectName). A touch hides the ring; the
idle reset also puts the focus on the attract screen's first Start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QMetaObject, QObject, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.models.keypad import Action, Keypad, action_for
from kiosk.models.kiosk_model import KioskModel
from kiosk.screens import Screen
from kiosk.views.focus_items import (
    alive,
    inside,
    press,
    scroll_page,
    scroll_to,
    shown,
    tab_stops,
    within_named,
)

log = logging.getLogger(__name__)

# Each screen's item, by the model's screen number (kiosk/screens.py names).
_SCREEN_ITEMS = {
    "Attract": "attractScreen",
    "Home": "homeScreen",
    "Section": "sectionScreen",
    "Map": "mapScreen",
    "Contacts": "contactsScreen",
    "Closed": "closedScreen",
    "Unavailable": "unavailableScreen",
}
# Where a visit by keys begins on a screen, when not at its first stop: the
# attract screen's Start buttons, not the display controls above them.
# A topic opens on its text; the map on its list of regions.
_FIRST_STOPS = {
    "attractScreen": ("attractStarts",),
    "sectionScreen": ("readerList",),
    "mapScreen": ("legend", "regionDetails"),  # the chosen region's text, if one is
}
_PATIENCE = 240  # frames a new screen or overlay may take to show its first stop
_TOUCH = {QEvent.Type.TouchBegin, QEvent.Type.MouseButtonPress}


class KeypadFocus(QObject):
    """The event filter on the kiosk's window (installed by kiosk/app.py)."""

    def __init__(
        self,
        *,
        window: QQuickWindow,
        keypad: Keypad,
        kiosk: KioskModel,
        on_activity: Callable[[], None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._on_activity = on_activity
        self._keypad = keypad
        self._kiosk = kiosk
        # Open overlays, the top one last, each with where the focus was.
        self._overlays: list[tuple[QQuickItem, QQuickItem | None]] = []
        self._kept_name = ""  # the focused control's name across a language switch
        self._pending: Callable[[], bool] | None = None  # done on a later frame
        self._patience = 0
        self._nowhere = False  # no stop was found to keep the focus on (till the next key)
        keypad.overlayOpened.connect(self.on_overlay_opened)
        keypad.overlayClosed.connect(self.on_overlay_closed)
        kiosk.screenChanged.connect(self.on_screen_changed)
        kiosk.languageAboutToChange.connect(self.on_language_about_to_change)
        kiosk.languageChanged.connect(self.on_language_changed)
        kiosk.resetDone.connect(self.on_reset)
        window.frameSwapped.connect(self.on_frame)

    # -- events -----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _TOUCH:
            self._keypad.set_keys_in_use(False)
            return False
        if kind != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        action = action_for(event.key(), event.modifiers().value)
        if action is None:
            return False
        self._keypad.set_keys_in_use(True)
        self._nowhere = False
        # Activity (the idle countdown starts again): a key that ended the
        # idle warning that way has done its work, as a tap on it does.
        warned = self._overlays[-1][0] if self._overlays else None
        self._on_activity()
        if warned is not None and not any(o is warned for o, _ in self._overlays):
            return True
        try:
            self.act(action)
        except Exception:  # a fault here must not end the kiosk: the key is lost, once
            log.exception("keypad: %s failed", action)
        return True

    def act(self, action: Action) -> None:
        if action is Action.HELP:
            self._keypad.setHelpOpen(not self._keypad.helpOpen)
        elif action is Action.BACK:
            self._back()
        elif action is Action.SELECT:
            self._select()
        elif action in (Action.DOWN, Action.UP):
            self._move(forward=action is Action.DOWN, scroll=True)
        else:
            self._move(forward=action is Action.NEXT)

    # -- moving -----------------------------------------------------------

    def _scope(self) -> QQuickItem:
        return self._overlays[-1][0] if self._overlays else self._window.contentItem()

    def _focused(self) -> QQuickItem | None:
        item = self._window.activeFocusItem()
        if item is None or item is self._window.contentItem():
            return None
        if not shown(item) or not inside(item, self._scope()):
            return None
        return item

    def _move(self, *, forward: bool, scroll: bool = False) -> None:
        current = self._focused()
        if scroll and current is not None and scroll_page(current, forward):
            return
        if current is None:  # the first key: where the screen (or overlay) begins
            target = self.start_item() or self.step(None, forward=forward)
        else:
            target = self.step(current, forward=forward)
        if target is not None:
            self.focus(target, QtCore.Qt.FocusReason.TabFocusReason)

    def step(self, current: QQuickItem | None, *, forward: bool) -> QQuickItem | None:
        """The next (or previous) Tab stop after ``current`` that a visitor
        can see, within the overlay on top; around the end to the start."""
        stops = self.stops()
        if not stops:
            return None
        if current is None or current not in stops:
            return stops[0] if forward else stops[-1]
        return stops[(stops.index(current) + (1 if forward else -1)) % len(stops)]

    def stops(self) -> list[QQuickItem]:
        """The Tab stops now, within the overlay on top."""
        scope = self._scope()
        return [item for item in tab_stops(scope) if shown(item)]

    @staticmethod
    def first_in(root: QQuickItem) -> QQuickItem | None:
        """The first Tab stop inside ``root`` in reading order."""
        return next((item for item in tab_stops(root) if shown(item)), None)

    def focus(self, item: QQuickItem, reason: QtCore.Qt.FocusReason) -> None:
        item.forceActiveFocus(reason)
        # A list is a focus scope: focused, it hands the focus on to the
        # control inside it that had it last (the reader to its Next topic).
        # The list itself is the stop: that control lets go first.
        inner = self._window.activeFocusItem()
        if inner is not None and inner is not item and inside(inner, item):
            inner.setFocus(False)
            item.forceActiveFocus(reason)
        self.reveal(item)

    def reveal(self, item: QQuickItem) -> None:
        """Scroll every list ``item`` lies in until it is whole in view
        (its top first, if it is taller than the list)."""
        node = item.parentItem()
        while node is not None:
            if node.inherits("QQuickFlickable"):
                scroll_to(node, item)
            node = node.parentItem()

    # -- select, back -----------------------------------------------------

    def _select(self) -> None:
        item = self._focused()
        if item is None:
            self._move(forward=True)  # nothing focused yet: the first control
            return
        press(item)

    def _back(self) -> None:
        if self._overlays:
            QMetaObject.invokeMethod(self._overlays[-1][0], "dismiss")
        elif self._keypad.helpOpen:
            self._keypad.closeHelp()
        else:
            self._kiosk.goBack()

    # -- screens, overlays, languages, reset -------------------------------

    @Slot()
    def on_frame(self) -> None:
        try:
            if self._pending is None:
                self._keep_in_sight()
                return
            self._patience -= 1
            if self._pending() or self._patience <= 0:
                self._pending = None
            else:
                self._window.update()  # in case nothing else asks for a frame
        except Exception:  # never a traceback on screen: the focus stays where it is
            self._pending = None
            log.exception("keypad: the focus could not follow the screen")

    def _keep_in_sight(self) -> None:
        """The focused control went away (a chosen region hides the legend,
        a list was rebuilt): the focus goes where the screen begins, never
        nowhere nor onto something unseen."""
        if self._nowhere or not self._keypad.keysInUse or self._focused() is not None:
            return
        target = self.start_item()
        if target is None:
            self._nowhere = True  # a screen without a stop: not looked for at every frame
        else:
            self.focus(target, QtCore.Qt.FocusReason.OtherFocusReason)

    def _later(self, work: Callable[[], bool]) -> None:
        """Done at the next frames until it succeeds (a new screen is
        made and shown a few frames after the change), or given up."""
        self._pending = work
        self._patience = _PATIENCE
        self._window.update()

    @Slot()
    def on_screen_changed(self) -> None:
        self._nowhere = False
        if not self._keypad.keysInUse:
            self._pending = None  # (the reset's focus on Start is set after this)
            return
        name = _SCREEN_ITEMS.get(Screen(self._kiosk.screen).name, "")
        self._later(lambda: self._focus_first(name))

    def start_item(self) -> QQuickItem | None:
        """Where keys begin: the overlay's first control, else the screen's."""
        if self._overlays:
            return self.first_in(self._overlays[-1][0])
        return self._screen_first(_SCREEN_ITEMS.get(Screen(self._kiosk.screen).name, ""))

    def _screen_first(self, screen_name: str) -> QQuickItem | None:
        """The screen's first Tab stop that shows, found by names (an item
        handed over by a QML property may be deleted with its wrapper)."""
        if not screen_name:
            return None
        # A screen may name where a visit by keys begins (the attract
        # screen: its Start buttons, not the display controls above them).
        for first in (*_FIRST_STOPS.get(screen_name, ()), screen_name):
            found = self.find_stop(lambda item, name=first: within_named(item, name))
            if found is not None:
                return found
        return None

    def find_stop(self, wanted: Callable[[QQuickItem], bool]) -> QQuickItem | None:
        """The first Tab stop on screen that is ``wanted``."""
        stops = tab_stops(self._window.contentItem())
        return next((item for item in stops if wanted(item) and shown(item)), None)

    def _focus_first(self, screen_name: str) -> bool:
        if self._overlays:
            return True  # the overlay has it; it gives it back on closing
        target = self._screen_first(screen_name)
        if target is None:
            return False
        self.focus(target, QtCore.Qt.FocusReason.OtherFocusReason)
        return True

    @Slot(QObject)
    def on_overlay_opened(self, overlay: QObject) -> None:
        if not isinstance(overlay, QQuickItem):
            return
        self._overlays = [(o, f) for o, f in self._overlays if o is not overlay]
        self._overlays.append((overlay, self._window.activeFocusItem()))
        self._later(lambda: self._focus_overlay(overlay))

    def _focus_overlay(self, overlay: QQuickItem) -> bool:
        """Into the overlay, once it shows (it fades in)."""
        if not self._overlays or self._overlays[-1][0] is not overlay:
            return True
        target = self.first_in(overlay)
        if target is None:
            return False
        self.focus(target, QtCore.Qt.FocusReason.PopupFocusReason)
        return True

    @Slot(QObject)
    def on_overlay_closed(self, overlay: QObject) -> None:
        kept = [f for o, f in self._overlays if o is overlay]
        self._overlays = [(o, f) for o, f in self._overlays if o is not overlay]
        if not kept or kept[0] is None:
            return
        back = kept[0]
        # It may have gone meanwhile (a list rebuilt under the overlay).
        if alive(back) and shown(back) and inside(back, self._scope()):
            self.focus(back, QtCore.Qt.FocusReason.PopupFocusReason)

    @Slot()
    def on_language_about_to_change(self) -> None:
        item = self._focused()
        self._kept_name = item.objectName() if item is not None else ""

    @Slot()
    def on_language_changed(self) -> None:
        name = self._kept_name
        item = self._focused()
        if not name or (item is not None and item.objectName() == name):
            return
        self._later(lambda: self._refocus(name))

    def _refocus(self, name: str) -> bool:
        scope = self._scope()
        item = self.find_stop(lambda i: i.objectName() == name and inside(i, scope))
        if item is not None:
            self.focus(item, QtCore.Qt.FocusReason.OtherFocusReason)
        return True

    @Slot()
    def on_reset(self) -> None:
        """The next visitor: no ring, help closed, and the focus (unseen)
        on the attract screen's first Start, where a key press begins."""
        self._keypad.on_reset()
        self._overlays.clear()
        self._later(lambda: self._focus_first("attractScreen"))
