"""The window's doorman: reports activity, and in kiosk mode keeps visitors
from closing, escaping or revealing the desktop. (Under X11 the kiosk holds
the keyboard, kiosk/ops/reclaim.py, so the window manager's shortcuts arrive
here too instead of at the window manager.)"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QCursor, QGuiApplication, QKeyEvent, QKeySequence

log = logging.getLogger(__name__)

_ACTIVITY = {
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.KeyPress,
}
_BLOCKED_SEQUENCES = (
    QKeySequence.StandardKey.Quit,
    QKeySequence.StandardKey.Close,
    QKeySequence.StandardKey.FullScreen,
)


@cache
def _blocked_keys() -> tuple[frozenset[int], frozenset[int]]:
    """What a visitor with a keyboard might try: quit, close, leave
    fullscreen (alone, and with Ctrl). Named outright (not every platform
    theme maps Quit to Ctrl+Q), and the platform's own standard keys
    (_BLOCKED_SEQUENCES) on top. Escape is not among them: it is the
    keypad's Back (kiosk/models/keypad.py), and leaves nothing in kiosk
    mode, where the window has no frame and refuses to close. Made at the
    first key, not at import: the first frame does not wait for PySide's Qt
    namespace (kiosk/app.py)."""
    Qt = QtCore.Qt
    return (
        frozenset({Qt.Key.Key_F11, Qt.Key.Key_F4}),
        frozenset({Qt.Key.Key_Q, Qt.Key.Key_W}),
    )


class WindowGuard(QObject):
    def __init__(
        self, *, on_activity: Callable[[], None], locked: bool, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._on_activity = on_activity
        self.locked = locked
        self._cursor_hidden = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            self._on_activity()
        if not self.locked:
            return False
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and self._blocked(event):
            return True
        if kind == QEvent.Type.TouchBegin and not self._cursor_hidden:
            # Used by touch: the pointer would only sit in the middle of the text.
            QGuiApplication.setOverrideCursor(QCursor(QtCore.Qt.CursorShape.BlankCursor))
            self._cursor_hidden = True
        elif kind == QEvent.Type.MouseMove and self._cursor_hidden and self._real_mouse(event):
            QGuiApplication.restoreOverrideCursor()
            self._cursor_hidden = False
        return False

    @staticmethod
    def _blocked(event: QEvent) -> bool:
        assert isinstance(event, QKeyEvent)
        alone, with_ctrl = _blocked_keys()
        if event.key() in alone:
            return True
        ctrl = event.modifiers() & QtCore.Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in with_ctrl:
            return True
        return any(event.matches(sequence) for sequence in _BLOCKED_SEQUENCES)

    @staticmethod
    def _real_mouse(event: QEvent) -> bool:
        device = getattr(event, "pointingDevice", lambda: None)()
        return device is None or device.type() == device.DeviceType.Mouse
