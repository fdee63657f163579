"""The section reader's model: the open section in the current language, and
the ways onward from its end: the next topic, and the map regions it names."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Property, QAbstractItemModel, QObject, Signal
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content import Region, Section
from kiosk.models.content_lists import ReaderRowModel, reader_rows

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("owned by KioskModel")
class SectionReader(QObject):
    changed = Signal()
    sampleChanged = Signal()  # after the rows (show() sets them after `changed`)

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._section: Section | None = None
        self._sections: tuple[Section, ...] = ()
        self._regions: dict[str, Region] = {}
        self._rows = ReaderRowModel(lang=lang, parent=self)

    @property
    def section(self) -> Section | None:
        return self._section

    def set_content(self, sections: Sequence[Section], regions: Sequence[Region]) -> None:
        """The topics in their order (for "Next topic") and the map's regions."""
        self._sections = tuple(sections)
        self._regions = {region.id: region for region in regions}
        self.changed.emit()

    def show(self, section: Section | None) -> None:
        if section is self._section:
            return
        self._section = section
        # Headline first, rows second: the rows' reset then puts the view at
        # its top with the new headline's height already known.
        self.changed.emit()
        self._rows.set_items(reader_rows(section.body) if section else ())
        self.sampleChanged.emit()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._rows.set_language(lang)
        self.changed.emit()
        self.sampleChanged.emit()

    def _next(self) -> Section | None:
        """The topic after this one; after the last, the first again: the
        visitor reads on round the topics (Home is always in the header)."""
        ids = [s.id for s in self._sections]
        if self._section is None or self._section.id not in ids or len(ids) < 2:
            return None
        return self._sections[(ids.index(self._section.id) + 1) % len(ids)]

    def _section_id(self) -> str:
        return self._section.id if self._section else ""

    def _title(self) -> str:
        return self._section.title.get(self._lang) if self._section else ""

    def _summary(self) -> str:
        return self._section.summary.get(self._lang) if self._section else ""

    def _next_id(self) -> str:
        following = self._next()
        return following.id if following else ""

    def _next_title(self) -> str:
        following = self._next()
        return following.title.get(self._lang) if following else ""

    def _map_regions(self) -> list[dict[str, str]]:
        """The map regions the topic names ("See on the map"), those the map has."""
        if self._section is None:
            return []
        return [
            {"regionId": link.id, "name": self._regions[link.id].name.get(self._lang)}
            for link in self._section.regions
            if link.id in self._regions
        ]

    def _sample(self) -> str:
        """The topic's body text in the language on screen (up to 4,000
        characters): the reader sizes its column by this text's average
        character, so that a line holds about 75 of them in every script."""
        texts = [row.text.get(self._lang) for row in self._rows.items]
        return " ".join(texts)[:4000]

    def _rows_model(self) -> ReaderRowModel:
        return self._rows

    sectionId = Property(str, _section_id, notify=changed)
    title = Property(str, _title, notify=changed)
    summary = Property(str, _summary, notify=changed)
    nextId = Property(str, _next_id, notify=changed)
    nextTitle = Property(str, _next_title, notify=changed)
    regions = Property("QVariantList", _map_regions, notify=changed)
    sample = Property(str, _sample, notify=sampleChanged)
    rows = Property(QAbstractItemModel, _rows_model, constant=True)
