"""Staff access: a hidden gesture, a PIN pad with lockout, and the panel.

The gesture: hold the top-left corner for 3 seconds, then tap the bottom-right
corner within 3 seconds. In kiosk mode it opens the PIN pad, and only once a
PIN has been set with `kiosk set-pin`; in a desktop window without a PIN it
opens the panel directly. Wrong PINs lock the pad for longer each round, and
the lockout survives a restart (kiosk/ops/lockout.py).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.ops.lockout import TRIES_PER_ROUND, PinLockout
from kiosk.ops.pin import verify_pin

log = logging.getLogger(__name__)

QML_IMPORT_NAME = "Kiosk.Ops"
QML_IMPORT_MAJOR_VERSION = 1

GESTURE_WINDOW_S = 3.0
PIN_MAX = 8


@QmlElement
@QmlUncreatable("made by kiosk.app")
class StaffAccess(QObject):
    changed = Signal()
    panelRequested = Signal()  # the PIN was right (or no PIN is needed)

    def __init__(
        self,
        *,
        pin_hash: Callable[[], str | None],
        kiosk_mode: bool,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
        lockout: PinLockout | None = None,
    ) -> None:
        super().__init__(parent)
        self._pin_hash = pin_hash
        self._kiosk_mode = kiosk_mode
        self._clock = clock
        # Read at start: wrong PINs before a restart or a power cut still count.
        self.lockout = lockout if lockout is not None else PinLockout.default()
        self._held_at: float | None = None
        self._digits = ""
        self._pad = False
        self._panel = False
        self._message = ""
        self._lock_tick = QTimer(self)
        self._lock_tick.setInterval(1000)
        self._lock_tick.timeout.connect(self.on_lock_tick)

    # -- the gesture -----------------------------------------------------

    @Slot()
    def cornerHeld(self) -> None:
        self._held_at = self._clock()

    @Slot()
    def cornerTapped(self) -> None:
        held, self._held_at = self._held_at, None
        if held is None or self._clock() - held > GESTURE_WINDOW_S:
            return
        if self._pin_hash():
            self._digits, self._message = "", ""
            self._pad = True
            log.info("staff PIN pad opened")
            if self._locked_left():
                self._lock_tick.start()
        elif not self._kiosk_mode:
            self.open_panel()
        else:
            log.warning("staff gesture seen, but no PIN is set: run `kiosk set-pin`")
        self.changed.emit()

    # -- the PIN pad -----------------------------------------------------

    def _locked_left(self) -> int:
        return self.lockout.remaining()

    @Slot(str)
    def digit(self, d: str) -> None:
        if self._pad and not self._locked_left() and len(self._digits) < PIN_MAX and d.isdigit():
            self._digits += d[:1]
            self._message = ""
            self.changed.emit()

    @Slot()
    def erase(self) -> None:
        self._digits = self._digits[:-1]
        self.changed.emit()

    @Slot()
    def submit(self) -> None:
        stored = self._pin_hash()
        if not self._pad or self._locked_left() or not stored:
            return
        entered, self._digits = self._digits, ""
        self.lockout.attempt()
        if verify_pin(entered, stored):
            self.lockout.succeeded()
            log.info("staff PIN accepted")
            self.open_panel()
        else:
            wrong = self.lockout.wrong
            self._message = "wrong"
            locked_s = self.lockout.failed()
            if locked_s:
                self._message = "locked"
                self._lock_tick.start()
                log.warning(
                    "wrong staff PIN (%d of %d); PIN pad locked for %d min (round %d)",
                    wrong,
                    TRIES_PER_ROUND,
                    locked_s // 60,
                    self.lockout.rounds,
                )
            else:
                log.warning("wrong staff PIN (%d of %d)", wrong, TRIES_PER_ROUND)
        self.changed.emit()

    @Slot()
    def on_lock_tick(self) -> None:
        """Once a second while the pad shows a lock: the countdown moves on."""
        if not self._locked_left() or not self._pad:
            self._lock_tick.stop()
            if self._message == "locked":
                self._message = ""
        self.changed.emit()

    @Slot()
    def cancel(self) -> None:
        self._pad = False
        self._digits = ""
        self.changed.emit()

    # -- the panel -------------------------------------------------------

    def open_panel(self) -> None:
        self._pad = False
        self._panel = True
        self.panelRequested.emit()
        self.changed.emit()

    @Slot()
    def closePanel(self) -> None:
        self._panel = False
        self.changed.emit()

    def close_all(self) -> None:
        """At a reset: no staff screen stays open for the next visitor."""
        self._pad = self._panel = False
        self._digits = ""
        self._held_at = None
        self.changed.emit()

    padOpen = Property(bool, lambda self: self._pad, notify=changed)
    panelOpen = Property(bool, lambda self: self._panel, notify=changed)
    enteredCount = Property(int, lambda self: len(self._digits), notify=changed)
    lockedSeconds = Property(int, _locked_left, notify=changed)
    message = Property(str, lambda self: self._message, notify=changed)
