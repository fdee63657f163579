"""The one thread that touches the content folder.

A network share that stops answering (a hard-mounted NFS, a FUSE folder
whose program hangs) blocks every stat, listing and read in it for as long
as it hangs: on the UI thread, that is a frozen screen. So the UI thread
never touches the content folder. Reading the content, and looking whether
anything in it changed, are jobs for this thread, done one at a time and
answered through a Future. Each user of it keeps at most one job on its way,
so a share that hangs holds up one thread and one job, never a growing pile.

What "looking" means: a stat of the folder, its sections folder and every
file the content is read from (:func:`look_at`). Inotify is not used: it
would have to stat every path on the thread that owns the watcher, and it
says nothing about a file changed on the server or by another client of a
network share, which a stat sees.
"""

from __future__ import annotations

import logging
import os
import stat
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.content import LoadResult, Problem, Severity, load_content
from kiosk.content.loader import (
    CONTACTS_FILE,
    NAMES_FILE,
    NOTICES_FILE,
    PARTNERS_FILE,
    SECTIONS_DIR,
    SITE_FILE,
    section_paths,
)
from kiosk.content.overlay import apply_overlay, watched_overlay_paths
from kiosk.content.problems import ProblemLog
from kiosk.content.source_page import SOURCE_PAGE
from kiosk.ops.content_place import intact_fallback

log = logging.getLogger(__name__)

FolderId = tuple[int, int] | None  # (device, inode) of the folder; None: not a folder there
# Per path: what a change of the file shows in (device, inode, mode, size,
# modification and status-change times), or the errno of why it has none.
Signature = tuple[tuple[str, tuple[int, ...] | int], ...]


@dataclass(frozen=True)
class Look:
    """The content folder as one look at it found it."""

    signature: Signature
    folder_id: FolderId


@dataclass(frozen=True)
class Reading:
    """The content read, the paths it came from, and how they looked just
    before: a change made while it was read shows at the next look."""

    result: LoadResult
    watched: tuple[Path, ...]
    look: Look


def watched_paths(folder: Path, overlay: Path | None = None) -> tuple[Path, ...]:
    """The folder, its sections folder and the files the content is read
    from (the section files that are read, no more: a folder of 10,000
    files costs 40 stats, not 10,000), and the same of the overlay, if
    any. A file coming or going changes its folder's modification time."""
    sections = folder / SECTIONS_DIR
    # The source page: the passages the sections cite are checked against it.
    files = (SITE_FILE, CONTACTS_FILE, PARTNERS_FILE, NAMES_FILE, NOTICES_FILE, SOURCE_PAGE)
    top = (folder, sections, *(folder / name for name in files))
    layer = watched_overlay_paths(overlay) if overlay is not None else ()
    return (*top, *section_paths(sections, ProblemLog(SECTIONS_DIR)), *layer)


def look_at(paths: tuple[Path, ...]) -> Look:
    """One stat per path; ``paths[0]`` is the content folder."""
    signature: list[tuple[str, tuple[int, ...] | int]] = []
    folder_id: FolderId = None
    for index, path in enumerate(paths):
        try:
            info = os.stat(path)
        except OSError as exc:
            signature.append((str(path), exc.errno or -1))
            continue
        except ValueError:  # a NUL in the name
            signature.append((str(path), -1))
            continue
        key = (info.st_dev, info.st_ino, info.st_mode, info.st_size)
        signature.append((str(path), (*key, info.st_mtime_ns, info.st_ctime_ns)))
        if index == 0 and stat.S_ISDIR(info.st_mode):
            folder_id = (info.st_dev, info.st_ino)
    return Look(tuple(signature), folder_id)


def failed(folder: Path, message: str) -> LoadResult:
    return LoadResult(None, (Problem(str(folder), 1, Severity.ERROR, message),))


def read_folder(
    folder: Path, *, check_phones: bool = True, overlay: Path | None = None, check_pack: bool = True
) -> Reading:
    """The whole content, checked; never raises (a bug or a fault is a result
    too). ``check_phones=False``: see kiosk.content.load_content. ``overlay``:
    the mission's layer on top (kiosk.content.overlay). ``check_pack``: an
    installed pack's files hashed against its manifest (the first read
    leaves it to ContentReloader.check_pack, after the first frame)."""
    watched: tuple[Path, ...] = (folder,)
    before = Look((), None)
    try:
        watched = watched_paths(folder, overlay)
        before = look_at(watched)
        changed, shown = checked_pack(folder) if check_pack else (None, folder)
        if changed is not None and shown != folder:
            # What goes on screen is intact and signed: the edited pack is
            # staff's to repair, not a reason to keep showing its text.
            changed = Problem(changed.file, changed.line, Severity.WARNING, changed.message)
        result = load_content(shown, check_phones=check_phones)
        if changed is not None:
            result = LoadResult(result.content, (changed, *result.problems))
        if overlay is not None:
            result = apply_overlay(result, shown, overlay, check_phones=check_phones)
    except Exception as exc:
        log.exception("reading the content in %s failed", folder)
        result = failed(folder, f"the content cannot be read ({exc!r})")
    return Reading(result, watched, before)


def checked_pack(folder: Path) -> tuple[Problem | None, Path]:
    """The error for an installed pack edited since the install (None:
    intact, or no installed pack), and the folder to show: ``folder``, or
    what stands in for it while it is not intact (content_place.intact_fallback).
    The pack's files are hashed once."""
    found = _edited(folder)
    if found is None:
        return None, folder
    fallback = intact_fallback(folder)
    instead, shown = fallback if fallback is not None else ("", folder)
    return _edited_problem(folder, *found, instead=instead), shown


def pack_changes(folder: Path, *, instead: str = "") -> Problem | None:
    """An installed pack's files edited since the install are no longer
    what the ministry signed: the error that says which (None: intact, or
    ``folder`` is no installed pack), and what is ``instead`` shown."""
    found = _edited(folder)
    return None if found is None else _edited_problem(folder, *found, instead=instead)


def _edited(folder: Path) -> tuple[str, str] | None:
    """The installed pack's version and what was changed in it (None:
    intact, or no installed pack)."""
    # hashlib is not imported before the first frame: hence here.
    from kiosk.packs.integrity import changed_files, describe, installed_manifest

    manifest = installed_manifest(folder)
    if manifest is None:
        return None
    changed = changed_files(folder, manifest)
    return (manifest.version, describe(changed)) if changed else None


def _edited_problem(folder: Path, version: str, what: str, *, instead: str) -> Problem:
    message = (
        f"pack {version}: changed since install ({what}): not what was signed; "
        + (
            f"{instead} is shown until pack {version} is installed again"
            if instead
            else "install the pack again to repair it"
        )
    )
    return Problem(str(folder), 1, Severity.ERROR, message)


class Job(Future):
    """A Future that knows when it was asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked_at = time.monotonic()


class FolderThread:
    """One daemon thread, started at the first job, for the whole process.
    A job stuck on a hung share holds this thread, and nothing else."""

    def __init__(self, name: str = "content-folder") -> None:
        self.name = name
        self._lock = threading.Lock()  # guards the jobs and _asleep
        self._bell = threading.Lock()  # held while the thread has nothing to do
        self._bell.acquire()
        self._asleep = False
        self._jobs: deque[tuple[Callable[[], Any], Job]] = deque()
        self._thread: threading.Thread | None = None

    def submit(self, work: Callable[[], Any]) -> Job:
        """``work()`` on the folder thread; its answer (or exception) in the Job.
        Raises RuntimeError if no thread can be started."""
        job = Job()
        with self._lock:
            if self._thread is None:
                self._start()
            self._jobs.append((work, job))
            if self._asleep:
                self._asleep = False
                self._bell.release()
        return job

    def _start(self) -> None:
        thread = threading.Thread(target=self._run, name=self.name, daemon=True)
        thread.start()
        self._thread = thread

    def _run(self) -> None:
        lock, bell, jobs = self._lock, self._bell, self._jobs
        while True:
            lock.acquire()
            item = jobs.popleft() if jobs else None
            if item is None:
                self._asleep = True
            lock.release()
            if item is None:
                bell.acquire()  # until submit() rings
                continue
            work, job = item
            try:
                answer = work()
            except BaseException as exc:  # the job's to report; the thread goes on
                job.set_exception(exc)
            else:
                job.set_result(answer)  # its callbacks run here
            item = work = job = answer = None  # nothing of a job outlives it here


FOLDER_THREAD = FolderThread()
