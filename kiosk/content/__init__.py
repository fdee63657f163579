"""Content: YAML files → typed immutable objects, with validation.

The types live in :mod:`kiosk.content.model`; the parsers (schema, contacts,
partners, names) build them and the loader reads a whole folder. This package never
imports Qt, so ``kiosk validate`` runs without a display (an import-linter
contract in pyproject.toml, and tests/content/test_content_loader.py, enforce
it).
"""

from kiosk.content.loader import LoadResult, load_content
from kiosk.content.model import (
    FALLBACK_LANGUAGE,
    KNOWN_LANGUAGES,
    LANGUAGE_NAMES,
    BulletList,
    ContactEntry,
    Content,
    CountryName,
    Figure,
    LocalText,
    Organization,
    Paragraph,
    PostalAddress,
    Region,
    Section,
    Site,
)
from kiosk.content.problems import Problem, Severity

__all__ = [
    "FALLBACK_LANGUAGE",
    "KNOWN_LANGUAGES",
    "LANGUAGE_NAMES",
    "BulletList",
    "ContactEntry",
    "Content",
    "CountryName",
    "Figure",
    "LoadResult",
    "LocalText",
    "Organization",
    "Paragraph",
    "PostalAddress",
    "Problem",
    "Region",
    "Section",
    "Severity",
    "Site",
    "load_content",
]
