"""The keys of speech mode, on the window (before any QML item sees them):

| key | while speech mode is on |
| --- | --- |
| Space | pause; again: resume (the sentence or paragraph starts again) |
| + (or =), volume up key | louder |
| -, volume down key | softer |
| Down / Right | the next paragraph, while a topic is being read |
| Up / Left | the previous paragraph, while a topic is being read |

Off, every key goes on to the QML as if this filter were not there (the
keyboard way through the screens moves the focus; speech mode only
follows it). A key this filter takes is still activity for the idle reset.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from kiosk.models.speech_mode import SpeechMode

_LOUDER = (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_VolumeUp)
_SOFTER = (Qt.Key.Key_Minus, Qt.Key.Key_VolumeDown)
_NEXT = (Qt.Key.Key_Down, Qt.Key.Key_Right)
_PREVIOUS = (Qt.Key.Key_Up, Qt.Key.Key_Left)
_PAUSE = (
    Qt.Key.Key_Space,
    Qt.Key.Key_MediaPlay,
    Qt.Key.Key_MediaPause,
    Qt.Key.Key_MediaTogglePlayPause,
)


class SpeechKeys(QObject):
    """An event filter for the kiosk window (kiosk.app installs it)."""

    def __init__(
        self, *, speech: SpeechMode, on_key: Callable[[], None], parent: QObject | None = None
    ) -> None:
        """``on_key``: a key this filter takes is a visitor's activity (the
        idle countdown starts again), as every other key is."""
        super().__init__(parent)
        self._speech = speech
        self._on_key = on_key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self._speech.on:
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        ):
            return False  # Ctrl/Alt combinations are not speech's
        taken = self._handle(Qt.Key(event.key()))
        if taken:
            self._on_key()
        return taken

    def _handle(self, key: Qt.Key) -> bool:
        speech = self._speech
        if key in _PAUSE:
            speech.pauseOrResume()
        elif key in _LOUDER:
            speech.changeVolume(+1)
        elif key in _SOFTER:
            speech.changeVolume(-1)
        elif key in _NEXT and speech.reading:
            speech.moveParagraph(+1)
        elif key in _PREVIOUS and speech.reading:
            speech.moveParagraph(-1)
        else:
            return False
        return True
