"""Typed, immutable content objects: every type the content is made of.

The parsers (schema, contacts, partners) build these and import them from
here; nothing here imports a parser, so the types have no import cycle.
Pure Python: no Qt here, ever.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

# The languages the kiosk knows, in the seed's order. English is the source
# language of the content and the fallback for a missing translation.
KNOWN_LANGUAGES: tuple[str, ...] = ("tk", "ru", "en")
FALLBACK_LANGUAGE = "en"

# Each language's name written in that language: a language is not a country,
# so the switcher shows no flags.
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
class SourcePassage:
    """A passage of the source page a section was written from: whole lines
    (``quote`` empty), or the words quoted and the lines they were found on.
    Lines are 1-based and inclusive; 0 when the page was not there to look."""

    first_line: int
    last_line: int
    quote: str = ""


@dataclass(frozen=True)
class Section:
    id: str
    order: int
    title: LocalText
    summary: LocalText
    body: tuple[Block, ...]
    source: str = ""  # the file the section was read from
    passages: tuple[SourcePassage, ...] = ()  # of the source page (source_page.py)


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


# -- contact cards (contacts.yaml) ------------------------------------------

PHONE_KINDS = ("phone", "fax", "reception", "press-service")
ENTRY_KINDS = (*PHONE_KINDS, "email", "address")


@dataclass(frozen=True)
class PostalAddress:
    street: LocalText
    postcode: str
    city: LocalText
    country: LocalText


@dataclass(frozen=True)
class ContactEntry:
    kind: str  # one of ENTRY_KINDS
    value: str = ""  # E.164 for phone kinds, the address for e-mail
    display: str = ""  # what the screen shows: "+993 (12) 44-56-92"
    address: PostalAddress | None = None


@dataclass(frozen=True)
class Organization:
    id: str
    name: LocalText
    entries: tuple[ContactEntry, ...]


# -- partner regions of the map (partners.yaml) ----------------------------


@dataclass(frozen=True)
class Region:
    id: str
    colour: str  # "#RRGGBB"
    name: LocalText
    text: LocalText
    formats: tuple[LocalText, ...]
    countries: tuple[str, ...]  # ISO 3166-1 alpha-2


# -- the whole content -----------------------------------------------------


@dataclass(frozen=True)
class Content:
    site: Site
    sections: tuple[Section, ...]
    contacts: tuple[Organization, ...] = ()
    regions: tuple[Region, ...] = ()

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)
