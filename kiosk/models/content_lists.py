"""The list models QML shows: section tiles, key figures, notices, a section's blocks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.content import BulletList, Figure, LocalText, Paragraph, Section
from kiosk.content.model import Notice
from kiosk.i18n import format_date, format_number
from kiosk.models.language_list import LanguageListModel


class SectionListModel(LanguageListModel[Section]):
    ROLES = {  # noqa: RUF012 (read-only table)
        "sectionId": lambda s, lang: s.id,
        "title": lambda s, lang: s.title.get(lang),
        "summary": lambda s, lang: s.summary.get(lang),
    }


class FigureListModel(LanguageListModel[Figure]):
    ROLES = {  # noqa: RUF012
        "value": lambda f, lang: format_number(lang, f.value),
        "label": lambda f, lang: f.label.get(lang),
        # The day the figure holds for, written in the language on screen
        # (QML words it: "as of %1").
        "asOf": lambda f, lang: format_date(lang, f.as_of) if f.as_of else "",
    }


class NoticeListModel(LanguageListModel[Notice]):
    """The notices whose window is open now (KioskModel decides which)."""

    ROLES = {  # noqa: RUF012
        "noticeId": lambda n, lang: n.id,
        "kind": lambda n, lang: n.kind,
        "title": lambda n, lang: n.title.get(lang),
        "text": lambda n, lang: n.text.get(lang) if n.text else "",
    }


@dataclass(frozen=True)
class ReaderRow:
    """One row of the reader: a paragraph or one bullet of a list.

    Blocks are flattened so that every row's height is known from its text
    alone; the reader can then keep a visitor's place to the row across a
    language switch.
    """

    kind: str  # "paragraph" | "bullet" | "numbered" (a panel with its number)
    text: LocalText
    continued: bool = False  # a bullet or panel that follows one of the same list
    number: int = 0  # of a numbered panel, from 1


def reader_rows(body: Sequence[Paragraph | BulletList]) -> list[ReaderRow]:
    rows: list[ReaderRow] = []
    for block in body:
        if isinstance(block, Paragraph):
            rows.append(ReaderRow("paragraph", block.text))
        elif block.numbered:
            rows.extend(
                ReaderRow("numbered", item, i > 0, i + 1) for i, item in enumerate(block.items)
            )
        else:
            rows.extend(ReaderRow("bullet", item, i > 0) for i, item in enumerate(block.items))
    return rows


class ReaderRowModel(LanguageListModel[ReaderRow]):
    ROLES = {  # noqa: RUF012
        "kind": lambda r, lang: r.kind,
        "text": lambda r, lang: r.text.get(lang),
        "continued": lambda r, lang: r.continued,
        "number": lambda r, lang: r.number,
    }
