"""A timer for QML on the wall clock (a QTimer), not on Qt Quick's animation
clock: ``WallTimer`` in place of QML's ``Timer``.

QML's Timer runs as a pause on the clock that drives every animation of the
thread (QUnifiedTimer). A pause that starts in the same turn of the event
loop in which the map's camera move (a QVariantAnimation) ends leaves that
clock in a state where it warns "QUnifiedTimer::stopAnimationDriver: driver
is not running" (tests/ui/test_animation_clock.py shows it). The kiosk's
timers need no frame-exact timing, only their interval: a QTimer keeps them
off that clock, and the kiosk has no pause of its own on it.

The same properties, signal and methods as QML's Timer, as far as the kiosk
uses them: interval, repeat, running, triggered(), start(), stop(),
restart().
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement

QML_IMPORT_NAME = "Kiosk.Views"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
class WallTimer(QObject):
    triggered = Signal()
    intervalChanged = Signal()
    repeatChanged = Signal()
    runningChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)  # QML Timer's default
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.on_timeout)

    def _interval(self) -> int:
        return self._timer.interval()

    def _set_interval(self, ms: int) -> None:
        if ms != self._timer.interval():
            self._timer.setInterval(ms)  # restarts a running timer, as QML's does
            self.intervalChanged.emit()

    def _repeat(self) -> bool:
        return not self._timer.isSingleShot()

    def _set_repeat(self, repeat: bool) -> None:
        if repeat != self._repeat():
            self._timer.setSingleShot(not repeat)
            self.repeatChanged.emit()

    def _running(self) -> bool:
        return self._timer.isActive()

    def _set_running(self, running: bool) -> None:
        if running != self._timer.isActive():
            if running:
                self._timer.start()
            else:
                self._timer.stop()
            self.runningChanged.emit()

    interval = Property(int, _interval, _set_interval, notify=intervalChanged)
    repeat = Property(bool, _repeat, _set_repeat, notify=repeatChanged)
    running = Property(bool, _running, _set_running, notify=runningChanged)

    @Slot()
    def start(self) -> None:
        self._set_running(True)

    @Slot()
    def stop(self) -> None:
        self._set_running(False)

    @Slot()
    def restart(self) -> None:
        was = self._timer.isActive()
        self._timer.start()
        if not was:
            self.runningChanged.emit()

    @Slot()
    def on_timeout(self) -> None:
        if self._timer.isSingleShot():
            self.runningChanged.emit()  # a single shot has stopped
        self.triggered.emit()
