"""Where the kiosk keeps its own files, in the platform's usual places.

Finding a folder never fails: a read-only or full disk, or a HOME that does
not exist, is logged once with the path and the path is returned anyway.
Whoever writes there copes with the error it then gets (the settings stay
in memory, counting waits, the log goes to stderr only); the kiosk runs.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

log = logging.getLogger(__name__)

APP_NAME = "tm-foreign-policy-kiosk"
# The settings hold the PIN hash: their folder is the staff account's alone.
PRIVATE_FOLDER = 0o700

_reported: set[Path] = set()
_reported_lock = threading.Lock()


def _where(kind: QStandardPaths.StandardLocation) -> Path:
    # QStandardPaths names the folder after the application; set it even when
    # no QGuiApplication exists (kiosk set-pin, kiosk stats).
    QCoreApplication.setOrganizationName("")
    QCoreApplication.setApplicationName(APP_NAME)
    return Path(QStandardPaths.writableLocation(kind))


def _location(kind: QStandardPaths.StandardLocation, mode: int = 0o777) -> Path:
    folder = _where(kind)
    try:
        # ``mode`` applies to the last folder only; parents get the usual mode.
        folder.mkdir(mode=mode, parents=True, exist_ok=True)
    except OSError as exc:
        _report_once(folder, exc)
    return folder


def _report_once(folder: Path, exc: OSError) -> None:
    with _reported_lock:
        if folder in _reported:
            return
        _reported.add(folder)
    log.error(
        "%s: cannot create this folder (%s); the kiosk runs without saving there",
        folder,
        exc.strerror or exc,
    )


def config_dir() -> Path:
    """~/.config/tm-foreign-policy-kiosk on Linux (created 0700)."""
    return _location(QStandardPaths.StandardLocation.AppConfigLocation, PRIVATE_FOLDER)


def data_dir() -> Path:
    """~/.local/share/tm-foreign-policy-kiosk on Linux: usage counts, logs."""
    return _location(QStandardPaths.StandardLocation.AppDataLocation)


def data_location() -> Path:
    """Where :func:`data_dir` is, not created: for those that only look
    (`kiosk shot`, `kiosk validate` write nothing)."""
    return _where(QStandardPaths.StandardLocation.AppDataLocation)
