"""Where the kiosk keeps its own files, in the platform's usual places."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

APP_NAME = "tm-foreign-policy-kiosk"


def _location(kind: QStandardPaths.StandardLocation) -> Path:
    # QStandardPaths names the folder after the application; set it even when
    # no QGuiApplication exists (kiosk set-pin, kiosk stats).
    QCoreApplication.setOrganizationName("")
    QCoreApplication.setApplicationName(APP_NAME)
    folder = Path(QStandardPaths.writableLocation(kind))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def config_dir() -> Path:
    """~/.config/tm-foreign-policy-kiosk on Linux."""
    return _location(QStandardPaths.StandardLocation.AppConfigLocation)


def data_dir() -> Path:
    """~/.local/share/tm-foreign-policy-kiosk on Linux: usage counts, logs."""
    return _location(QStandardPaths.StandardLocation.AppDataLocation)
