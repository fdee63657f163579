"""Content: YAML files → typed immutable objects, with validation.

This package never imports Qt, so ``kiosk validate`` runs without a display
(tests/content/test_no_qt.py enforces it).
"""

from kiosk.content.loader import LoadResult, load_content
from kiosk.content.model import (
    FALLBACK_LANGUAGE,
    KNOWN_LANGUAGES,
    LANGUAGE_NAMES,
    BulletList,
    Content,
    Figure,
    LocalText,
    Paragraph,
    Section,
    Site,
)
from kiosk.content.problems import Problem, Severity

__all__ = [
    "FALLBACK_LANGUAGE",
    "KNOWN_LANGUAGES",
    "LANGUAGE_NAMES",
    "BulletList",
    "Content",
    "Figure",
    "LoadResult",
    "LocalText",
    "Paragraph",
    "Problem",
    "Section",
    "Severity",
    "Site",
    "load_content",
]
