"""Content reload: the content folder is watched; a change is loaded and
validated in full off the UI thread, and swapped in only when valid, and only
at the next reset, never under a visitor's finger."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

from kiosk.content import Content, LoadResult, load_content

_paused = 0
_paused_lock = threading.Lock()
_was_enabled = True


@contextmanager
def _no_collection_here() -> Iterator[None]:
    """Python's cycle collector runs in whichever thread happens to allocate.
    Run in the worker, it would destroy unreachable Qt objects (timers, socket
    notifiers) that belong to the UI thread, which Qt refuses ("Timers cannot
    be stopped from another thread") and which can hang the UI. So automatic
    collection pauses while the worker parses (a few tens of milliseconds)."""
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


log = logging.getLogger(__name__)

DEBOUNCE_MS = 1000  # editors write a file in several steps


class ContentReloader(QObject):
    loaded = Signal(object, bool)  # (LoadResult, apply now), on the UI thread
    changed = Signal()  # the report below changed
    take_pending_now = Signal()  # staff asked: valid new content goes on screen now

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.pending: Content | None = None
        self.report: list[str] = []
        self.status = "current"  # current | pending | rejected | loading
        self._watcher = QFileSystemWatcher(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.load(apply_now=False))
        self._watcher.directoryChanged.connect(self.on_change)
        self._watcher.fileChanged.connect(self.on_change)
        self.loaded.connect(self.on_loaded)
        self._watch()

    def _watch(self) -> None:
        # Editors often replace a file rather than write it: watch again each time.
        paths = [self.folder, self.folder / "sections"]
        paths += [p for p in self.folder.glob("*.yaml")] + list(self.folder.glob("sections/*.yaml"))
        existing = set(self._watcher.files()) | set(self._watcher.directories())
        fresh = [str(p) for p in paths if p.exists() and str(p) not in existing]
        if fresh:
            self._watcher.addPaths(fresh)

    def stop(self) -> None:
        """No more watching: the window this reloader serves is closing."""
        self._debounce.stop()
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)

    def on_change(self, _path: str = "") -> None:
        self._debounce.start()

    def load(self, apply_now: bool) -> None:
        """Read and check the whole folder in a worker thread."""
        self.status = "loading"
        self.changed.emit()

        def work() -> None:
            with _no_collection_here():
                result = load_content(self.folder)
            self.loaded.emit(result, apply_now)  # queued to the UI thread

        # Garbage first, here on the UI thread (see _no_collection_here).
        gc.collect()
        threading.Thread(target=work, name="content-reload", daemon=True).start()

    @Slot(object, bool)
    def on_loaded(self, result: LoadResult, apply_now: bool) -> None:
        self._watch()
        self.report = [str(p) for p in result.problems]
        if result.content is None or result.errors:
            self.pending = None
            self.status = "rejected"
            log.error(
                "new content in %s has %d error(s); the current content stays",
                self.folder,
                len(result.errors),
            )
            for problem in result.errors:
                log.error("content: %s", problem)
        else:
            self.pending = result.content
            self.status = "pending"
            log.info("new content in %s is valid; it is shown after the next reset", self.folder)
        self.changed.emit()
        if apply_now and self.pending is not None:
            self.take_pending_now.emit()

    def take_pending(self) -> Content | None:
        content, self.pending = self.pending, None
        if content is not None:
            self.status = "current"
            self.changed.emit()
        return content
