"""Content reload: the content folder is watched; a change is loaded and
validated in full off the UI thread, and swapped in only when valid, and only
at the next reset, never under a visitor's finger.

A reload always ends with a result the staff panel shows: "pending",
"rejected" with the reason (whatever went wrong in the worker, even a bug or
a read that never returns), never "loading" for ever. A folder that is not
there yet (a USB stick or share not mounted) or that goes away is watched
for until it comes back.
"""

from __future__ import annotations

import gc
import logging
import os
import stat
import threading
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

from kiosk.content import Content, LoadResult, Problem, Severity, load_content
from kiosk.content.loader import SECTIONS_DIR, section_paths
from kiosk.content.problems import ProblemLog
from kiosk.ops.workers import NO_COLLECTION

log = logging.getLogger(__name__)

DEBOUNCE_MS = 1000  # editors write a file in several steps
# A mount over an existing folder sends no inotify event: look now and then.
POLL_MS = 3000
# Reading a few hundred KiB takes well under a second; a read that has not
# ended by then is stuck (a hung share) and is given up.
LOAD_TIMEOUT_MS = 60_000

FolderId = tuple[int, int] | None  # (device, inode) of the folder; None: not there


def folder_id(folder: Path) -> FolderId:
    try:
        info = os.stat(folder)
    except OSError:
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISDIR(info.st_mode) else None


def _failed(folder: Path, message: str) -> LoadResult:
    return LoadResult(None, (Problem(str(folder), 1, Severity.ERROR, message),))


class ContentReloader(QObject):
    # (LoadResult, apply now, run, FolderId), from the worker to the UI thread
    loaded = Signal(object, bool, int, object)
    changed = Signal()  # the report below changed
    take_pending_now = Signal()  # staff asked: valid new content goes on screen now

    def __init__(self, *, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.pending: Content | None = None
        self.report: list[str] = []
        self.status = "current"  # current | pending | rejected | loading
        self._folder_id = folder_id(folder)
        self.folder_missing = self._folder_id is None
        self._run = 0  # numbers each load; a late answer of a given-up one is ignored
        self._running = False
        self._again: bool | None = None  # asked for while running: its apply_now
        self._watched_ancestor: str | None = None
        self._watcher = QFileSystemWatcher(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._give_up = QTimer(self)
        self._give_up.setSingleShot(True)
        self._give_up.setInterval(LOAD_TIMEOUT_MS)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._connect_signals()
        self._watch()
        self._poll.start()

    def _connect_signals(self) -> None:
        self._debounce.timeout.connect(self.on_debounced)
        self._give_up.timeout.connect(self.on_load_timeout)
        self._poll.timeout.connect(self.on_poll)
        self._watcher.directoryChanged.connect(self.on_change)
        self._watcher.fileChanged.connect(self.on_change)
        self.loaded.connect(self.on_loaded)

    def _watch(self) -> None:
        """The folder, its sections and files; while it is missing, the
        nearest folder above it that exists (it tells when the folder appears)."""
        if self._folder_id is None:
            paths = [_nearest_existing(self.folder)]
        else:
            paths = [self.folder, self.folder / SECTIONS_DIR]
            paths += list(self.folder.glob("*.yaml"))
            # The section files that are read, no more: a folder of 10,000
            # files cost the screen a third of a second at each reload.
            paths += section_paths(self.folder / SECTIONS_DIR, ProblemLog(SECTIONS_DIR))
        ancestor = str(paths[0]) if self._folder_id is None else None
        if self._watched_ancestor not in (None, ancestor):
            self._watcher.removePath(self._watched_ancestor)
        self._watched_ancestor = ancestor
        # Editors often replace a file rather than write it: watch again each time.
        existing = set(self._watcher.files()) | set(self._watcher.directories())
        fresh = [str(p) for p in paths if p.exists() and str(p) not in existing]
        if fresh:
            self._watcher.addPaths(fresh)

    def stop(self) -> None:
        """No more watching: the window this reloader serves is closing."""
        self._debounce.stop()
        self._poll.stop()
        self._give_up.stop()
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)

    def on_change(self, _path: str = "") -> None:
        if self._folder_id is None:
            self.on_poll()  # something changed above the missing folder: is it there?
        else:
            self._debounce.start()

    def on_debounced(self) -> None:
        self.load(apply_now=False)

    # -- is the folder there, and is it the same folder? ----------------------

    def on_poll(self) -> None:
        """One stat of the folder (microseconds): a mount over it, or the
        folder coming or going, shows as a new device and inode."""
        found = folder_id(self.folder)
        if found == self._folder_id:
            if found is None:
                self._watch()  # a folder on the way may be there now: watch the nearest
            return
        self._set_folder(found)
        self._watch()
        self.changed.emit()
        self._debounce.start()

    def _set_folder(self, found: FolderId) -> None:
        if (found is None) != self.folder_missing:
            if found is None:
                log.error("content folder %s has gone; the content on screen stays", self.folder)
            else:
                log.info("content folder %s is there (again); reading it", self.folder)
        self._folder_id = found
        self.folder_missing = found is None

    # -- loading -------------------------------------------------------------

    def load(self, apply_now: bool) -> None:
        """Read and check the whole folder in a worker thread; asked for while
        one runs, it runs once more afterwards (the files may have changed)."""
        if self._running:
            self._again = bool(self._again) or apply_now
            return
        self._run += 1
        self._running = True
        self.status = "loading"
        self.changed.emit()
        run, folder = self._run, self.folder

        def work() -> None:
            with NO_COLLECTION:
                try:
                    found = folder_id(folder)
                    result = load_content(folder)
                except Exception as exc:  # a bug or a fault: a result all the same
                    log.exception("reading the content in %s failed", folder)
                    found = folder_id(folder)
                    result = _failed(folder, f"the content cannot be read ({exc!r})")
                # RuntimeError: the window, and this reloader with it, has gone.
                with suppress(RuntimeError):
                    self.loaded.emit(result, apply_now, run, found)  # queued to the UI thread

        # Garbage first, here on the UI thread (see NO_COLLECTION): the new
        # thread's own start-up then cannot set off a collection.
        gc.collect()
        try:
            threading.Thread(target=work, name="content-reload", daemon=True).start()
        except RuntimeError as exc:  # no thread to be had
            self._finish(_failed(folder, f"cannot start reading ({exc})"), apply_now)
            return
        self._give_up.start()

    def on_load_timeout(self) -> None:
        if not self._running:
            return
        self._run += 1  # the stuck worker's answer, should it come, is ignored
        minutes = LOAD_TIMEOUT_MS // 60_000
        message = f"reading did not end within {minutes} min (a hung share?); try again"
        self._finish(_failed(self.folder, message), apply_now=False)

    @Slot(object, bool, int, object)
    def on_loaded(self, result: LoadResult, apply_now: bool, run: int, found: FolderId) -> None:
        if run != self._run or not self._running:
            return
        self._set_folder(found)
        self._finish(result, apply_now)

    def _finish(self, result: LoadResult, apply_now: bool) -> None:
        self._running = False
        self._give_up.stop()
        if self._again is not None:  # the files changed meanwhile: this is old news
            again, self._again = self._again, None
            self.load(apply_now=again or apply_now)
            return
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


def _nearest_existing(folder: Path) -> Path:
    for candidate in (folder, *folder.absolute().parents):
        if candidate.is_dir():
            return candidate
    return Path(folder.absolute().anchor)
