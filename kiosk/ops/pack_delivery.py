"""Packs delivered by Syncthing or a USB stick, installed at the next reset.

The inbox (a folder Syncthing keeps, set in the settings) and, if staff
enable it, the sticks mounted while the kiosk runs are looked at every
second in a thread of their own: a look, like the install, may block on a
slow stick or a hung share, and the screen must never wait for it. A pack
that has fully arrived (kiosk.ops.pack_inbox) waits for the next idle
reset, never under a visitor's finger; the install then runs in that
thread, and the kiosk's session shows the new content once it is read.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.ops.folder_thread import FolderThread, Job
from kiosk.ops.pack_inbox import Seen, Watch
from kiosk.ops.packs_thread import PACKS_THREAD
from kiosk.ops.settings import Settings
from kiosk.packs.store import CURRENT, PackStore

log = logging.getLogger(__name__)

POLL_MS = 1000

# The packs' own thread (kiosk.ops.packs_thread): a stick or share that
# hangs holds it, and neither the content folder's thread nor the screen.

LOOK, INSTALL = "look", "install"


class PackDelivery(QObject):
    # (job, LOOK or INSTALL): queued here from the packs thread.
    answered = Signal(object, str)
    # A pack was installed (its path): the content is to be read again.
    installed = Signal(object)
    # Whole packs not tried yet have come (``arrived``): for the next reset,
    # or for now if nobody is there.
    newly_arrived = Signal()

    def __init__(
        self,
        *,
        watch: Watch,
        parent: QObject | None = None,
        threads: FolderThread = PACKS_THREAD,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self.watch = watch
        self.arrived: list[Seen] = []  # whole packs not tried yet, as of the last look
        self._threads = threads
        self._job: Job | None = None
        self._stopped = False
        self._install_wanted = False  # a reset asked for it while a job ran
        self._answers_connected = False  # see _send
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.on_poll)

    @Slot()
    def start_looking(self) -> None:
        """Start looking for packs; after the first frame, as the content
        reloader (kiosk.ops.reload.ContentReloader.start_looking)."""
        if not self._stopped:
            self._poll.start()

    def stop(self) -> None:
        """The window is closing. A job on its way still ends in the packs
        thread (an install is never cut short); its answer is ignored."""
        self._stopped = True
        self._poll.stop()

    @Slot()
    def on_poll(self) -> None:
        if self._stopped or self._job is not None:  # one job at a time
            return
        self._send(LOOK, self.watch.look)

    def install_arrived(self) -> None:
        """Nobody is there (the kiosk has just reset, or shows its attract
        screen): install the newest whole pack, if any, in the packs thread,
        as soon as the look on its way there (if any) is done. Whether its
        content goes on screen at once is the session's to decide: a visitor
        may have come by then."""
        if self._stopped:
            return
        self._install_wanted = True
        self._install_if_wanted()

    def _install_if_wanted(self) -> None:
        if not self._install_wanted or self._job is not None:
            return
        self._install_wanted = False
        if self.arrived:
            arrived, self.arrived = self.arrived, []
            self._send(INSTALL, functools.partial(self.watch.install_newest, arrived))

    def _send(self, kind: str, work: Callable[[], object]) -> None:
        try:
            job = self._threads.submit(work)
        except RuntimeError:  # no thread now; the next tick tries again
            log.warning("cannot start looking for packs")
            return
        if not self._answers_connected:
            # At the first job, not at start: the kiosk's first frame does not
            # wait for PySide's ``Qt`` namespace (kiosk.app.after_first_frame).
            self.answered.connect(self.on_answered, QtCore.Qt.ConnectionType.QueuedConnection)
            self._answers_connected = True
        self._job = job
        job.add_done_callback(functools.partial(self._relay, kind))

    def _relay(self, kind: str, job: Job) -> None:
        with suppress(RuntimeError):  # this object has gone with its window
            self.answered.emit(job, kind)

    @Slot(object, str)
    def on_answered(self, job: Job, kind: str) -> None:
        if job is not self._job:
            return
        self._job = None
        if self._stopped:
            return
        error = job.exception()
        if error is not None:  # a bug: logged, and the kiosk runs on
            log.error("%s of packs failed: %r", kind, error)
        elif kind == LOOK:
            self._looked(job.result())
            self._install_if_wanted()
        else:
            installed = job.result()
            if installed is not None:
                self.installed.emit(installed)

    def _looked(self, untried: list[Seen]) -> None:
        news = untried and untried != self.arrived
        if news:
            log.info(
                "pack(s) arrived, installed when nobody is there: %s",
                ", ".join(str(seen.path) for seen in untried),
            )
        self.arrived = untried
        if news:
            self.newly_arrived.emit()


def delivery_for(
    settings: Settings, *, data_dir: Path, usb_globs: Sequence[str], parent: QObject
) -> PackDelivery | None:
    """The deliveries the settings turn on (read at start): the inbox
    folder, the sticks, both, or neither (None)."""
    inbox = Path(settings.pack_inbox).expanduser() if settings.pack_inbox else None
    globs = tuple(usb_globs) if settings.usb_packs else ()
    if inbox is None and not globs:
        return None
    if inbox is not None:
        log.info("watching the pack inbox %s", inbox)
    if globs:
        log.info("watching for USB sticks with packs at %s", ", ".join(globs))
    watch = Watch(inbox=inbox, usb_globs=globs, data_dir=data_dir)
    return PackDelivery(watch=watch, parent=parent)


def shown_packs(data_dir: Path) -> Path:
    """The link to the installed pack the kiosk shows (kiosk.packs.store),
    whether a pack is installed yet or not."""
    return PackStore(data_dir).root / CURRENT
