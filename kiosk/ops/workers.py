"""Python threads beside Qt: the cycle collector runs on the UI thread only.

Python's automatic cycle collector runs in whichever thread happens to
allocate when a generation's count passes its threshold. Run in a worker
(the usage-count writer, the content-folder thread, any library's thread, a
coverage tracer's), it destroys unreachable Qt objects that belong to the UI
thread there, which Qt refuses ("Timers cannot be stopped from another
thread") and which can crash the UI.

So the automatic collector is switched off for the whole process, and the UI
thread collects instead, from a timer: the same generations the automatic
collector would have collected, at most a fraction of a second later. A
worker thread may then allocate freely; nothing it does starts a collection.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

log = logging.getLogger(__name__)

COLLECT_EVERY_MS = 250  # a young generation's threshold is reached in about that much work


class UiThreadCollector(QObject):
    """Collects what Python's automatic collector would, on the thread it
    lives in (the UI thread: it is a child of the application)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(COLLECT_EVERY_MS)
        self._timer.timeout.connect(self.on_tick)
        gc.disable()
        self._timer.start()

    @Slot()
    def on_tick(self) -> int | None:
        """The oldest generation whose count is over its threshold, collected
        as the automatic collector would; that generation, or None."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if thresholds[0] == 0 or counts[0] <= thresholds[0]:
            return None
        generation = 0
        for older in (1, 2):
            if counts[older] > thresholds[older]:
                generation = older
        gc.collect(generation)
        return generation


def collect_on_ui_thread(app: QCoreApplication) -> UiThreadCollector:
    """From now on only ``app``'s thread collects cycles (once per process;
    call it on that thread, before any worker thread starts)."""
    found = app.findChild(UiThreadCollector)
    if isinstance(found, UiThreadCollector):
        return found
    collector = UiThreadCollector(app)
    log.debug("cycle collection moved to the UI thread")
    return collector
