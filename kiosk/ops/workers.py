"""Python threads beside Qt: what a worker thread must not do by accident."""

from __future__ import annotations

import gc
import threading


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

    def enter(self) -> None:
        self._lock.acquire()
        if self._depth == 0:
            self._was_enabled = gc.isenabled()
            gc.disable()
        self._depth += 1
        self._lock.release()

    def leave(self) -> None:
        self._lock.acquire()
        self._depth -= 1
        if self._depth == 0 and self._was_enabled:
            gc.enable()
        self._lock.release()

    def __enter__(self) -> None:
        self.enter()

    def __exit__(self, *_exc: object) -> None:
        self.leave()


NO_COLLECTION = _CollectionPause()
