"""Typed, immutable content objects: every type the content is made of.

The parsers (schema, contacts, partners, names) build these and import them from
here; nothing here imports a parser, so the types have no import cycle.
Pure Python: no Qt here, ever.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from kiosk.content.line_setting import LONGEST_PIECE, set_for_lines

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
class Origin:
    """Where a value was written, for a problem found after the file was
    read: a date that has passed, a phone number checked later."""

    file: str  # as the file's ProblemLog names it
    line: int
    field: str  # the dotted path: "figures[0].as_of"


@dataclass(frozen=True)
class LocalText:
    """One text in several languages."""

    values: Mapping[str, str]  # as written
    # The longest word, in characters, that the place showing it holds (its
    # field's room): joins that make a longer one are not made (line_setting).
    room: int = field(default=LONGEST_PIECE, compare=False)
    # Each language's text as shown, made the first time it is asked for.
    _shown: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))

    def get(self, lang: str) -> str:
        """The text in ``lang``, else English, else any language present, as
        the screen shows it: set for lines by its language's rules (no line
        ends on a Russian "с" or starts with a dash; kiosk/content/line_setting.py).
        ``values`` holds the text as written."""
        lang = self._present(lang)
        if not lang:
            return ""
        shown = self._shown.get(lang)
        if shown is None:
            shown = self._shown[lang] = set_for_lines(self.values[lang], lang, self.room)
        return shown

    def written(self, lang: str) -> str:
        """The text in ``lang`` (else English, else any) as written: for what
        leaves the screen (a vCard), where a no-break space is no help."""
        lang = self._present(lang)
        return self.values[lang] if lang else ""

    def _present(self, lang: str) -> str:
        """``lang`` if the text has it, else English, else any it has ("": none)."""
        if lang in self.values:
            return lang
        if FALLBACK_LANGUAGE in self.values:
            return FALLBACK_LANGUAGE
        return next(iter(self.values), "")

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.values.items())))


@dataclass(frozen=True)
class Paragraph:
    text: LocalText


@dataclass(frozen=True)
class BulletList:
    items: tuple[LocalText, ...]
    # ``numbered:`` in the file: a short list whose order is its point (the
    # three objectives), shown as numbered panels rather than bullets.
    numbered: bool = False


@dataclass(frozen=True)
class RegionLink:
    """A map region a section names (``regions:``), by its id in partners.yaml."""

    id: str
    line: int  # where the section's file names it, for the loader's check


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
    # The map regions the section speaks of ("See on the map"); the loader
    # keeps only those partners.yaml has.
    regions: tuple[RegionLink, ...] = ()


@dataclass(frozen=True)
class Figure:
    """A key figure from the seed, such as 155 countries, as of a date."""

    value: int
    label: LocalText
    as_of: dt.date | None = None
    origin: Origin | None = field(default=None, compare=False)  # of as_of


@dataclass(frozen=True)
class Site:
    languages: tuple[str, ...]
    default_language: str
    title: LocalText
    motto: LocalText
    figures: tuple[Figure, ...] = ()
    translation_status: Mapping[str, str] = field(default_factory=dict)
    # The year the motto belongs to: it is shown in that year only. None:
    # not known (an error in the file), and the motto is not shown.
    motto_year: int | None = None
    motto_origin: Origin | None = field(default=None, compare=False)  # of motto_year
    # The ministry's full name, in its own words in each language (the
    # header's letterhead). None: not given, and the header shows the title.
    ministry: LocalText | None = None

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
    display: str = ""  # what the screen shows: "+993 12 44-56-92"
    address: PostalAddress | None = None
    # A phone number read without the library (the kiosk's first read, which
    # the first frame waits for): its shape is checked, its digits are not
    # yet, and ``display`` is as written. kiosk.content.contacts.check_phones
    # checks it before the contacts screen shows it.
    checked: bool = True
    # Of the number, or of an address's country (checked against names.yaml).
    origin: Origin | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Organization:
    id: str
    name: LocalText
    entries: tuple[ContactEntry, ...]


# -- the map's regions (partners.yaml) -------------------------------------


@dataclass(frozen=True)
class Region:
    """A region of the map: a grouping of UN M49 areas. Its countries are
    those M49 puts in the areas (drawn on the map or too small for it), never
    typed in the content."""

    id: str
    name: LocalText
    text: LocalText | None  # only what the source says of the region; may be none
    formats: tuple[LocalText, ...]  # the "Central Asia + 1" dialogues that concern it
    areas: tuple[str, ...]  # UN M49 area codes ("143")
    countries: tuple[str, ...]  # ISO 3166-1 alpha-2, from the areas
    # Those of the countries that are no states (M49's territories and
    # areas: Åland, Bermuda, Hong Kong): listed apart, after the states.
    territories: frozenset[str] = frozenset()

    @property
    def states(self) -> tuple[str, ...]:
        return tuple(c for c in self.countries if c not in self.territories)


# -- official country names (names.yaml) ----------------------------------


@dataclass(frozen=True)
class CountryName:
    """The name a foreign ministry uses for a country, where CLDR's differs;
    a language without one keeps CLDR's name."""

    code: str  # ISO 3166-1 alpha-2
    name: LocalText
    # Where a list sorts it, if not by its name: the UN's sort form
    # ("Bolivia (Plurinational State of)" for the Plurinational State of
    # Bolivia), so that it stands under B, where the UN lists it.
    sort: LocalText | None = None


# -- time-boxed notices (notices.yaml) --------------------------------------

NOTICE_KINDS = ("closure", "holiday", "event")


@dataclass(frozen=True)
class Notice:
    """A notice shown on home and the attract screen from ``starts`` until
    just before ``ends``, in the kiosk's local time (naive datetimes)."""

    id: str
    kind: str  # one of NOTICE_KINDS
    starts: dt.datetime
    ends: dt.datetime  # the first moment it is no longer shown
    title: LocalText
    text: LocalText | None = None
    origin: Origin | None = field(default=None, compare=False)  # of valid_until

    def current(self, now: dt.datetime) -> bool:
        return self.starts <= now < self.ends


# -- the whole content -----------------------------------------------------


@dataclass(frozen=True)
class Content:
    site: Site
    sections: tuple[Section, ...]
    contacts: tuple[Organization, ...] = ()
    regions: tuple[Region, ...] = ()
    names: tuple[CountryName, ...] = ()
    notices: tuple[Notice, ...] = ()

    def official_names(self) -> Mapping[str, Mapping[str, str]]:
        """Names by country code, then by language (only those given)."""
        return MappingProxyType({n.code: n.name.values for n in self.names})

    def sort_forms(self) -> Mapping[str, Mapping[str, str]]:
        """Where lists sort a country, by code then language (only those given)."""
        return MappingProxyType({n.code: n.sort.values for n in self.names if n.sort})

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)
