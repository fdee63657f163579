"""The kiosk's screens for QML: ``kiosk.screen === Screens.Home``.

The one enum of kiosk/screens.py, registered as a QML type, not a second
list of strings.
"""

from __future__ import annotations

from PySide6.QtCore import QEnum, QObject
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.screens import Screen

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("only holds the Screen enum: Screens.Home, Screens.Map, …")
class Screens(QObject):
    """The screens as QML names them."""

    QEnum(Screen)
