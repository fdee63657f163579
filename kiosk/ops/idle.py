"""Idle reset: after a quiet spell, a countdown with a large Continue, then a
reset so that nothing of the last visitor remains (WCAG 2.2.1: the visitor
is warned and can ask for more time)."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

QML_IMPORT_NAME = "Kiosk.Ops"
QML_IMPORT_MAJOR_VERSION = 1

WARNING_SECONDS = 20


@QmlElement
@QmlUncreatable("made by kiosk.app")
class IdleMonitor(QObject):
    changed = Signal()
    timedOut = Signal()

    def __init__(
        self, *, timeout_s: float, warning_s: int = WARNING_SECONDS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._warning_s = warning_s
        self._left = 0
        self._armed = False
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self.set_timeout(timeout_s)
        self._quiet.timeout.connect(self.on_quiet)
        self._tick.timeout.connect(self.on_tick)

    def set_timeout(self, seconds: float) -> None:
        self._quiet.setInterval(round(seconds * 1000))
        if self._armed and not self._tick.isActive():
            self._quiet.start()

    @property
    def timeout_s(self) -> float:
        return self._quiet.interval() / 1000

    def set_armed(self, armed: bool) -> None:
        """Only a visitor's screen times out; the attract screen never does."""
        self._armed = armed
        self._stop_warning()
        if armed:
            self._quiet.start()
        else:
            self._quiet.stop()

    @Slot()
    def activity(self) -> None:
        """A touch, a click or a key: the visitor is still there."""
        if not self._armed:
            return
        self._stop_warning()
        self._quiet.start()

    @Slot()
    def keepGoing(self) -> None:
        self.activity()

    @Slot()
    def on_quiet(self) -> None:
        self._left = self._warning_s
        self._tick.start()
        self.changed.emit()

    @Slot()
    def on_tick(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self._stop_warning()
            self.timedOut.emit()
        else:
            self.changed.emit()

    def _stop_warning(self) -> None:
        if self._tick.isActive() or self._left:
            self._tick.stop()
            self._left = 0
            self.changed.emit()

    warning = Property(bool, lambda self: self._tick.isActive(), notify=changed)
    secondsLeft = Property(int, lambda self: self._left, notify=changed)
