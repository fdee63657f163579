"""The list models QML shows: section tiles, key figures, a section's blocks."""

from __future__ import annotations

from kiosk.content import BulletList, Figure, Paragraph, Section
from kiosk.i18n import format_number
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
    }


Block = Paragraph | BulletList


def _block_kind(block: Block, lang: str) -> str:
    return "paragraph" if isinstance(block, Paragraph) else "bullets"


def _block_text(block: Block, lang: str) -> str:
    return block.text.get(lang) if isinstance(block, Paragraph) else ""


def _block_items(block: Block, lang: str) -> list[str]:
    return [item.get(lang) for item in block.items] if isinstance(block, BulletList) else []


class BlockListModel(LanguageListModel[Block]):
    ROLES = {  # noqa: RUF012
        "kind": _block_kind,
        "text": _block_text,
        "items": _block_items,
    }
