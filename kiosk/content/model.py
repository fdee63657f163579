"""Typed, immutable content objects. Pure Python: no Qt here, ever."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.content.contacts import Organization
    from kiosk.content.partners import Region

# The languages the kiosk knows, in the seed's order. English is the source
# language of the content and the fallback for a missing translation.
KNOWN_LANGUAGES: tuple[str, ...] = ("tk", "ru", "en")
FALLBACK_LANGUAGE = "en"

# Each language's name written in that language (DESIGN.md: no flags).
LANGUAGE_NAMES: Mapping[str, str] = MappingProxyType(
    {"tk": "Türkmençe", "ru": "Русский", "en": "English"}
)

TRANSLATION_STATES: tuple[str, ...] = ("source", "reviewed", "draft")


@dataclass(frozen=True)
class LocalText:
    """One text in several languages."""

    values: Mapping[str, str]

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))

    def get(self, lang: str) -> str:
        """The text in ``lang``, else English, else any language present."""
        if lang in self.values:
            return self.values[lang]
        if FALLBACK_LANGUAGE in self.values:
            return self.values[FALLBACK_LANGUAGE]
        return next(iter(self.values.values()), "")

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.values.items())))


@dataclass(frozen=True)
class Paragraph:
    text: LocalText


@dataclass(frozen=True)
class BulletList:
    items: tuple[LocalText, ...]


Block = Paragraph | BulletList


@dataclass(frozen=True)
class Section:
    id: str
    order: int
    title: LocalText
    summary: LocalText
    body: tuple[Block, ...]
    source: str = ""


@dataclass(frozen=True)
class Figure:
    """A key figure from the seed, such as 155 countries."""

    value: int
    label: LocalText


@dataclass(frozen=True)
class Site:
    languages: tuple[str, ...]
    default_language: str
    title: LocalText
    motto: LocalText
    figures: tuple[Figure, ...] = ()
    translation_status: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "translation_status", MappingProxyType(dict(self.translation_status))
        )

    def __hash__(self) -> int:
        return hash((self.languages, self.default_language, self.title, self.motto))


@dataclass(frozen=True)
class Content:
    site: Site
    sections: tuple[Section, ...]
    contacts: tuple[Organization, ...] = ()
    regions: tuple[Region, ...] = ()

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)
