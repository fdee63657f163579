"""Python threads beside Qt: what a worker thread must not do by accident."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_paused = 0
_paused_lock = threading.Lock()
_was_enabled = True


@contextmanager
def no_collection_here() -> Iterator[None]:
    """Python's cycle collector runs in whichever thread happens to allocate.
    Run in a worker, it would destroy unreachable Qt objects (timers, socket
    notifiers) that belong to the UI thread, which Qt refuses ("Timers cannot
    be stopped from another thread") and which can hang the UI. So automatic
    collection pauses while a worker allocates (milliseconds at a time); the
    UI thread collects as usual the rest of the time."""
    global _paused, _was_enabled
    with _paused_lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _paused_lock:
            _paused -= 1
            if _paused == 0 and _was_enabled:
                gc.enable()
