"""The content's first read at start.

The folder thread reads and checks the content while the UI thread starts
Qt: `kiosk` asks for the read first thing (:func:`start_reading`, before Qt,
the QML module and the models are imported), and the composition root takes
its answer when it needs the content (:func:`read_first`), waiting at most a
few seconds. Reading the content costs some 30 ms of a start of a few
hundred; done beside Qt's own start rather than before it, the first frame
comes that much sooner on a machine with two cores or more.
"""

from __future__ import annotations

import logging
from contextlib import suppress
from pathlib import Path

from kiosk.content import LoadResult
from kiosk.ops.folder_thread import FOLDER_THREAD, Job, Reading, failed, read_folder

log = logging.getLogger(__name__)


class StartupError(RuntimeError):
    """The UI could not be built; the message says why, for staff."""


# Reads asked for early, by (folder, overlay): at most one, taken once.
_early: dict[tuple[Path, Path | None], Job] = {}


def _submit(folder: Path, overlay: Path | None) -> Job:
    """Phone numbers are checked by their shape only, and the pack's files
    against its manifest later: the libraries for both are loaded after the
    first frame (KioskModel.check_phones, the reloader's first look)."""
    try:
        return FOLDER_THREAD.submit(
            lambda: read_folder(folder, check_phones=False, overlay=overlay, check_pack=False)
        )
    except RuntimeError as exc:  # no thread to be had: nothing to wait for
        raise StartupError(f"cannot start reading the content in {folder} ({exc})") from exc


def start_reading(folder: Path, overlay: Path | None) -> None:
    """Start reading ``folder`` (with the ``overlay`` on top) now, for
    :func:`read_first` to take. A read that cannot start is left to it."""
    if _early:
        return
    with suppress(StartupError):  # read_first tries again, and says why
        _early[(folder, overlay)] = _submit(folder, overlay)


def read_first(
    folder: Path, wait_s: float, overlay: Path | None = None
) -> tuple[Reading | Job, LoadResult]:
    """The content of ``folder``, read in the folder thread (the read asked
    for early, if it was of the same folder), if it answers within
    ``wait_s``: its Reading and result. Else the Job, still on its way, and
    a result that says the folder does not answer."""
    job = _early.pop((folder, overlay), None) or _submit(folder, overlay)
    _early.clear()  # an early read of another folder is not wanted any more
    try:
        reading: Reading = job.result(timeout=wait_s)
    except TimeoutError:
        log.error(
            "content folder %s is not answering after %g s (a hung network share?); "
            "showing 'temporarily unavailable' until it answers",
            folder,
            wait_s,
        )
        return job, failed(folder, f"content folder: not answering within {wait_s:g} s")
    _log_first(folder, reading.result)
    return reading, reading.result


def _log_first(folder: Path, result: LoadResult) -> None:
    for problem in result.problems:
        (log.error if problem.is_error else log.warning)("content: %s", problem)
    if result.content is None:
        # The folder is looked at: content that appears there goes on screen.
        log.error(
            "content in %s is unusable; showing 'temporarily unavailable' until it is fixed",
            folder,
        )
