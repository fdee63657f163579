"""Content reload: the content folder is looked at every second; a change is
loaded and validated in full off the UI thread, and swapped in only when
valid, and only at the next reset, never under a visitor's finger.

The UI thread never touches the folder: every look and every read is a job
for the folder thread (kiosk.ops.folder_thread), one at a time, so that a
network share that stops answering never freezes the screen. A job that
has not answered within seconds makes the folder "not answering" for the
staff panel and the log; its answer, whenever it comes, is taken.

A reload always ends with a result the staff panel shows: "pending",
"rejected" with the reason (whatever went wrong in the worker, even a bug, or
a folder that does not answer), never "loading" for ever. A folder that is
not there yet (a USB stick or share not mounted) or that goes away is looked
for until it comes back.
"""

from __future__ import annotations

import functools
import logging
import time
from contextlib import suppress
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.content import Content, LoadResult
from kiosk.ops.folder_thread import (
    FOLDER_THREAD,
    FolderThread,
    Job,
    Look,
    Reading,
    failed,
    look_at,
    pack_changes,
    read_folder,
)

log = logging.getLogger(__name__)

# A mount over the folder, or a file changed on a share's server, sends no
# event this machine could watch for: look now and then (a few dozen stats).
POLL_MS = 1000
DEBOUNCE_MS = 1000  # editors write a file in several steps
# A look is a few dozen stats (microseconds each); a read parses up to 40
# files of 256 KiB (1.5 s on a slow PC). A job that has not answered after
# this long is stuck on the folder (a hung share).
LOOK_ANSWERS_WITHIN_S = 5.0
READ_ANSWERS_WITHIN_S = 30.0

LOOK, READ, PACK = "look", "read", "pack"
NOT_ANSWERING = (
    "the content folder is not answering (a hung network share?); it is read again when it answers"
)


class ContentReloader(QObject):
    # (job, LOOK or READ): a job has answered; queued from the folder thread.
    answered = Signal(object, str)
    changed = Signal()  # the report below, the folder's state or the status changed
    take_pending_now = Signal()  # staff asked: valid new content goes on screen now
    pack_edited = Signal()  # the installed pack is not intact: a read follows (what stands in)

    def __init__(
        self,
        *,
        folder: Path,
        first_read: Reading | Job,
        parent: QObject | None = None,
        folder_thread: FolderThread = FOLDER_THREAD,
        overlay: Path | None = None,
    ) -> None:
        """``first_read`` is the start-up's read of ``folder``: its Reading,
        or the Job still on its way when the folder did not answer in time.
        ``overlay``: the mission's layer read on top (kiosk.content.overlay)."""
        super().__init__(parent)
        self.folder = folder
        self.overlay = overlay
        self.pending: Content | None = None
        self.report: list[str] = []
        self.status = "current"  # current | pending | rejected | loading
        self.folder_missing = False
        self.not_answering = False
        self.watched: tuple[Path, ...] = (folder,)  # what a look stats
        self._threads = folder_thread
        self._look: Look | None = None  # the folder as last seen
        self._job: Job | None = None  # the one job on its way
        self._job_kind = ""
        self._running = False  # a reload whose result the panel waits for
        self._run_apply_now = False  # the running read's
        self._wanted: bool | None = None  # a read asked for, not started yet: its apply_now
        self._stopped = False
        self._answers_connected = False  # see _watch
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._connect_signals()
        self._adopt(first_read)

    @Slot()
    def start_looking(self) -> None:
        """Start looking at the folder every POLL_MS. Called after the first
        frame (kiosk.app.after_first_frame): a look's answer is connected with
        PySide's ``Qt`` namespace, which the first frame must not wait for,
        and a first frame made late by a busy machine would meet the timer."""
        if not self._stopped:
            self._poll.start()
            self.check_pack()

    def check_pack(self) -> None:
        """The installed pack's files against its manifest, in the folder
        thread (the start's first read left it: hashlib waits for the first
        frame). Files edited since the install go into the staff's report."""
        folder = self.folder
        try:
            job = self._threads.submit(lambda: pack_changes(folder))
        except RuntimeError:  # no thread: the next read checks it
            return
        self._watch(job, PACK)

    def _connect_signals(self) -> None:
        self._debounce.timeout.connect(self.on_debounced)
        self._poll.timeout.connect(self.on_poll)

    def _adopt(self, first_read: Reading | Job) -> None:
        if isinstance(first_read, Reading):
            self.watched = first_read.watched
            self._look = first_read.look
            self.folder_missing = first_read.look.folder_id is None
            return
        # The start waited for it and logged that the folder is not
        # answering. Its answer goes on screen when it comes.
        self._job, self._job_kind = first_read, READ
        self._running = True
        self.status = "loading"
        self.not_answering = True
        self._watch(first_read, READ)

    def stop(self) -> None:
        """No more looking: the window this reloader serves is closing. A job
        on its way still ends in the folder thread; its answer is ignored."""
        self._stopped = True
        self._debounce.stop()
        self._poll.stop()

    def move_to(self, folder: Path) -> None:
        """Read and watch ``folder`` from now on (the first pack installed
        on a kiosk that showed the packaged content); the read follows."""
        if folder == self.folder:
            return
        log.info("content folder: %s from now on (was %s)", folder, self.folder)
        self.folder = folder
        self.watched = (folder,)
        self._look = None

    @Slot()
    def on_debounced(self) -> None:
        self.load(apply_now=False)

    # -- jobs for the folder thread -------------------------------------------

    def _send(self, kind: str) -> None:
        """Raises RuntimeError if the folder thread cannot be started."""
        folder, watched, overlay = self.folder, self.watched, self.overlay
        if kind == READ:
            job = self._threads.submit(lambda: read_folder(folder, overlay=overlay))
        else:
            job = self._threads.submit(lambda: look_at(watched))
        self._job, self._job_kind = job, kind
        self._watch(job, kind)

    def _watch(self, job: Job, kind: str) -> None:
        """``job``'s answer goes to on_answered, queued to this thread even
        when the job is done already. Connected at the first job, not at
        start: the kiosk's first frame does not wait for PySide's ``Qt``
        namespace (kiosk.app._after_first_frame)."""
        if not self._answers_connected:
            self.answered.connect(self.on_answered, QtCore.Qt.ConnectionType.QueuedConnection)
            self._answers_connected = True
        job.add_done_callback(functools.partial(self._relay, kind))

    def _relay(self, kind: str, job: Job) -> None:
        """In the folder thread (or here, if it was done): on to on_answered."""
        # RuntimeError: the window, and this reloader with it, has gone.
        with suppress(RuntimeError):
            self.answered.emit(job, kind)

    @Slot(object, str)
    def on_answered(self, job: Job, kind: str) -> None:
        if kind == PACK:
            self._pack_checked(job)
            return
        if self._stopped or job is not self._job:
            return
        self._job = None
        self._answering()
        error = job.exception()
        if kind == LOOK:
            if error is None:
                self._looked(job.result())
        elif error is None:
            self._read_done(job.result())
        else:  # read_folder never raises; a bug all the same
            result = failed(self.folder, f"the content cannot be read ({error!r})")
            self._read_done(Reading(result, (), Look((), None)))
        self._dispatch()

    def _pack_checked(self, job: Job) -> None:
        problem = None if job.exception() else job.result()
        if problem is None or self._stopped or str(problem) in self.report:
            return
        log.error("content: %s", problem)
        self.report = [str(problem), *self.report]
        self.changed.emit()
        # The start showed the pack before its files were hashed: the read
        # now puts what stands in for it (folder_thread.checked_pack) in its place.
        self.pack_edited.emit()
        self.load(apply_now=False)

    def _dispatch(self) -> None:
        """Start the read asked for, once the thread has no job of ours."""
        if self._stopped or self._job is not None or self._wanted is None:
            return
        apply_now, self._wanted = self._wanted, None
        if not self._running:
            self._begin()
        self._run_apply_now = apply_now
        # This read covers every change seen so far: a debounce still
        # waiting for one of them would only read the same again.
        self._debounce.stop()
        try:
            self._send(READ)
        except RuntimeError as exc:  # no thread to be had
            self._finish(failed(self.folder, f"cannot start reading ({exc})"), apply_now)

    # -- is the folder there, the same, and answering? -----------------------

    @Slot()
    def on_poll(self) -> None:
        """A look at the folder, unless a job is still on its way: then, is
        it taking too long? One job at a time, so a hung share holds one."""
        if self._stopped:
            return
        if self._job is not None:
            limit = READ_ANSWERS_WITHIN_S if self._job_kind == READ else LOOK_ANSWERS_WITHIN_S
            if not self.not_answering and time.monotonic() - self._job.asked_at > limit:
                self._not_answering()
            return
        try:
            self._send(LOOK)
        except RuntimeError:  # no thread now; the next tick tries again
            log.warning("cannot start looking at the content folder %s", self.folder)

    def _looked(self, look: Look) -> None:
        """A mount over the folder, the folder coming or going, a file
        changed: a new signature. The read follows once it stays still."""
        if self._look is not None and look.signature == self._look.signature:
            return
        self._look = look
        self._set_folder(look)
        self._debounce.start()

    def _set_folder(self, look: Look) -> None:
        missing = look.folder_id is None
        if missing != self.folder_missing:
            if missing:
                log.error("content folder %s has gone; the content on screen stays", self.folder)
            else:
                log.info("content folder %s is there (again); reading it", self.folder)
            self.folder_missing = missing
            self.changed.emit()

    def _not_answering(self) -> None:
        self.not_answering = True
        log.error(
            "content folder %s is not answering (a hung network share?); the content on "
            "screen stays, and the folder is read again when it answers",
            self.folder,
        )
        if self._running:
            self._unanswered()
        self.changed.emit()

    def _answering(self) -> None:
        if self.not_answering:
            self.not_answering = False
            log.info("content folder %s answers again", self.folder)
            self.changed.emit()

    # -- loading -------------------------------------------------------------

    def load(self, apply_now: bool) -> None:
        """Read and check the whole folder in the folder thread; asked for
        while a read runs, it runs once more afterwards (the files may have
        changed)."""
        if self._stopped:
            return
        if self.not_answering:
            # Nothing can be read now; it is as soon as the folder answers,
            # but not put on screen at once then: a visitor may be there.
            self._wanted = bool(self._wanted)
            self._unanswered()
            return
        self._wanted = bool(self._wanted) or apply_now
        if not self._running:
            self._begin()
        self._dispatch()

    def _begin(self) -> None:
        self._running = True
        self.status = "loading"
        self.changed.emit()

    def _unanswered(self) -> None:
        """The reload ends now, for the panel, without new content; the
        answer on its way is taken when it comes."""
        self._running = False
        self.pending = None
        self.status = "rejected"
        self.report = [str(p) for p in failed(self.folder, NOT_ANSWERING).problems]
        self.changed.emit()

    def _read_done(self, reading: Reading) -> None:
        if reading.watched:
            self.watched = reading.watched
            self._look = reading.look
            self._set_folder(reading.look)
        # Given up on (not answering), the late answer is taken all the
        # same, but not put on screen at once: it is news of minutes ago.
        apply_now = self._run_apply_now if self._running else False
        if self._wanted is not None:  # the files changed meanwhile: this is old news
            self._wanted = self._wanted or apply_now
            return
        self._finish(reading.result, apply_now)

    def _finish(self, result: LoadResult, apply_now: bool) -> None:
        self._running = False
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
