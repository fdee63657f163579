"""What the closed screen says (outside opening hours): "closed" and when
the kiosk opens again, in every language at once, as QML reads it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Property, QObject, Signal
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.i18n import closed_texts

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("made by the kiosk's model")
class ClosedNotice(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._messages: list[dict[str, str]] = []

    def set_reopening(self, reopens: dt.datetime | None) -> None:
        """None: it does not open again this week (every day closed)."""
        self._messages = closed_texts(reopens)
        self.changed.emit()

    messages = Property("QVariantList", lambda self: self._messages, notify=changed)


def tomorrow_at_nine(now: dt.datetime) -> dt.datetime:
    """The reopening a picture of the closed screen shows (`kiosk shot`)."""
    return dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(9))
