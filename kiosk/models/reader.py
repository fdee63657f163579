"""The section reader's model: the open section in the current language."""

from __future__ import annotations

from PySide6.QtCore import Property, QAbstractItemModel, QObject, Signal
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content import Section
from kiosk.models.content_lists import ReaderRowModel, reader_rows

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("owned by KioskModel")
class SectionReader(QObject):
    changed = Signal()

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._section: Section | None = None
        self._rows = ReaderRowModel(lang=lang, parent=self)

    @property
    def section(self) -> Section | None:
        return self._section

    def show(self, section: Section | None) -> None:
        if section is self._section:
            return
        self._section = section
        # Headline first, rows second: the rows' reset then puts the view at
        # its top with the new headline's height already known.
        self.changed.emit()
        self._rows.set_items(reader_rows(section.body) if section else ())

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._rows.set_language(lang)
        self.changed.emit()

    def _section_id(self) -> str:
        return self._section.id if self._section else ""

    def _title(self) -> str:
        return self._section.title.get(self._lang) if self._section else ""

    def _summary(self) -> str:
        return self._section.summary.get(self._lang) if self._section else ""

    def _rows_model(self) -> ReaderRowModel:
        return self._rows

    sectionId = Property(str, _section_id, notify=changed)
    title = Property(str, _title, notify=changed)
    summary = Property(str, _summary, notify=changed)
    rows = Property(QAbstractItemModel, _rows_model, constant=True)
