"""Python threads beside Qt: what a worker thread must not do by accident."""

from __future__ import annotations

import gc
import threading
import time


class _CollectionPause:
    """Python's cycle collector runs in whichever thread happens to allocate.
    Run in a worker, it would destroy unreachable Qt objects (timers, socket
    notifiers) that belong to the UI thread, which Qt refuses ("Timers cannot
    be stopped from another thread") and which can crash or hang the UI.

    So a worker allocates only between ``NO_COLLECTION.enter()`` and
    ``.leave()`` (or inside ``with NO_COLLECTION:``), which pause automatic
    collection (milliseconds at a time; the UI thread collects as usual the
    rest of the time), and waits in ways that allocate nothing that the
    collector counts. A thread that must never start a collection calls
    ``enter()``/``leave()`` rather than ``with``: a ``with`` statement makes
    a bound ``__exit__`` method before the pause begins. Pauses nest, across
    threads too."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._was_enabled = True
        self._since = 0.0  # when the pause began (time.monotonic)

    def enter(self) -> None:
        self._lock.acquire()
        if self._depth == 0:
            self._was_enabled = gc.isenabled()
            self._since = time.monotonic()
            gc.disable()
        self._depth += 1
        self._lock.release()

    def leave(self) -> None:
        self._lock.acquire()
        self._depth -= 1
        if self._depth == 0 and self._was_enabled:
            gc.enable()
        self._lock.release()

    def collect_if_held(self, longer_than_s: float) -> int | None:
        """For the UI thread, now and then. A worker stuck inside the pause
        (a stat on a network share that stopped answering can last hours)
        would keep the automatic collector off for the whole process. Once
        the pause has lasted ``longer_than_s``, this collects here, on the
        UI thread, what the collector would have: the oldest generation whose
        count is over its threshold. Returns that generation, or None."""
        if self._depth == 0 or not self._was_enabled:
            return None
        if time.monotonic() - self._since < longer_than_s:
            return None
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if thresholds[0] == 0 or counts[0] <= thresholds[0]:
            return None
        generation = 0
        for older in (1, 2):
            if counts[older] > thresholds[older]:
                generation = older
        gc.collect(generation)
        return generation

    def __enter__(self) -> None:
        self.enter()

    def __exit__(self, *_exc: object) -> None:
        self.leave()


NO_COLLECTION = _CollectionPause()
