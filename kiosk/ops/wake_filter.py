"""The first touch on a sleeping display only wakes the kiosk.

Installed on the window after every other filter (so it sees each event
first): while the display is asleep or black, a press (touch, mouse, key,
pen) wakes it, and the whole press is swallowed with every move up to its
release. Nothing under the finger is pressed, and a button's release never
arrives without its press. The next touch is the visitor's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent

_T = QEvent.Type
_PRESSES = frozenset(
    {_T.TouchBegin, _T.MouseButtonPress, _T.MouseButtonDblClick, _T.KeyPress, _T.TabletPress}
)
_ENDS = frozenset(
    {_T.TouchEnd, _T.TouchCancel, _T.MouseButtonRelease, _T.KeyRelease, _T.TabletRelease}
)
# Everything else a press brings with it before it ends.
_DURING = frozenset(
    {_T.TouchUpdate, _T.MouseMove, _T.Wheel, _T.TabletMove, _T.ShortcutOverride, _T.Shortcut}
)


def _repeat(event: QEvent) -> bool:
    """A held key's repeats belong to the press that woke the kiosk."""
    return isinstance(event, QKeyEvent) and event.isAutoRepeat()


class WakeFilter(QObject):
    """``asleep``: is the display asleep or black now; ``on_wake``: wake it."""

    def __init__(
        self,
        *,
        asleep: Callable[[], bool],
        on_wake: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._asleep = asleep
        self._on_wake = on_wake
        self._swallowing = False

    @property
    def swallowing(self) -> bool:
        return self._swallowing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._swallowing and kind in _PRESSES and not self._asleep() and not _repeat(event):
            # A new press while awake: the wake press's end went missing
            # (the window lost the pointer): this one is the visitor's.
            self._swallowing = False
        if self._swallowing:
            if kind in _ENDS:
                self._swallowing = False
            if kind in _ENDS or kind in _PRESSES or kind in _DURING:
                event.accept()  # handled: Qt makes no mouse press out of the touch
                return True
            return False
        if kind in _PRESSES and self._asleep():
            self._swallowing = True
            event.accept()
            self._on_wake()
            return True
        return False
