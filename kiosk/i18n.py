"""Languages at run time: Qt Linguist translators, QLocale formats, names.

UI chrome is translated through ``qsTr`` and compiled ``.qm`` files; content
text comes from the YAML (kiosk.content). English is the source language of
both, so it needs no translator.
"""

from __future__ import annotations

import datetime as dt
import logging
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTranslator
from PySide6.QtQml import QQmlEngine

from kiosk import paths
from kiosk.content import KNOWN_LANGUAGES

# The one place that names a country (Qt-free, so `kiosk review` shares it).
from kiosk.content.country_names import (  # noqa: F401
    NO_OFFICIAL_NAMES,
    country_name,
    country_sort_form,
)

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
# Joins what must stay on one line: a date, a day and its time.
NO_BREAK_SPACE = "\u00a0"

_LOCALES = MappingProxyType(
    {
        "tk": (QLocale.Language.Turkmen, QLocale.Country.Turkmenistan),
        "ru": (QLocale.Language.Russian, QLocale.Country.Russia),
        "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
    }
)

# Shown when the content is unusable as a whole. All three languages at once,
# because the visitor may not be able to find a switcher on a broken screen;
# kept out of Qt Linguist on purpose (nothing to switch).
UNAVAILABLE_MESSAGES: tuple[tuple[str, str, str], ...] = (
    ("tk", "Maglumat wagtlaýyn elýeterli däl", "Haýyş edýäris, birneme soňrak synanyşyň."),
    ("ru", "Информация временно недоступна", "Пожалуйста, загляните чуть позже."),
    ("en", "Information temporarily unavailable", "Please come back a little later."),
)

# Shown outside opening hours, all three languages at once as above: the
# title, and when it opens again ("{when}": a weekday and a time, each
# language's own way). Kept out of Qt Linguist too.
CLOSED_MESSAGES: tuple[tuple[str, str, str], ...] = (
    ("tk", "Häzir ýapyk", "Açylýan wagty: {when}"),
    ("ru", "Сейчас закрыто", "Откроется: {when}"),
    ("en", "Closed now", "Opens again: {when}"),
)


def closed_texts(reopens: dt.datetime | None) -> list[dict[str, str]]:
    """The closed screen's message in every language; no time when it never
    reopens (every day closed)."""
    texts = []
    for lang, title, detail in CLOSED_MESSAGES:
        when = ""
        if reopens is not None:
            # The form used within a sentence (after the colon): Turkmen "sişenbe",
            # where the stand-alone form, for a list of days, is "Sişenbe".
            day = locale_for(lang).dayName(reopens.isoweekday())
            # "Monday, 09:00" is one moment: it never breaks across lines.
            when = detail.format(when=f"{day},{NO_BREAK_SPACE}{reopens:%H:%M}")
        texts.append({"lang": lang, "title": title, "detail": when})
    return texts


# The attract screen invites every visitor at once, in every language.
ATTRACT_PROMPTS = MappingProxyType(
    {
        "tk": "Başlamak üçin ekrana degiň",
        "ru": "Коснитесь экрана, чтобы начать",
        "en": "Touch the screen to begin",
    }
)


def locale_for(lang: str) -> QLocale:
    language, country = _LOCALES.get(lang, _LOCALES[SOURCE_LANGUAGE])
    return QLocale(language, country)


# QLocale.toString takes a 64-bit integer and crashes on a larger one. Content
# numbers are bounded far below this (kiosk.content.schema); any other caller
# gets plain digits rather than a crash.
_QT_INTEGERS = range(-(2**63), 2**63)


def format_number(lang: str, value: int) -> str:
    if value not in _QT_INTEGERS:
        return str(value)
    return locale_for(lang).toString(value)


def format_date(lang: str, date: dt.date | QDate) -> str:
    # "28 noýabr 2026", "28 ноября 2026", "28 November 2026": day-month-year
    # in every language, month names from Qt's CLDR data. No-break spaces:
    # a date is one thing to the eye and never breaks across lines in any
    # Text item ("1 / oktýabr 2022" under a figure read as two facts).
    if isinstance(date, dt.date):
        date = QDate(date.year, date.month, date.day)
    return NO_BREAK_SPACE.join(locale_for(lang).toString(date, "d MMMM yyyy").split())


class UiTranslator:
    """Swaps the installed QTranslator and asks the engine to re-evaluate qsTr."""

    def __init__(self, engine: QQmlEngine | None = None) -> None:
        self._engine = engine
        self._current: QTranslator | None = None
        # Loaded once: a switch must be instant under a visitor's finger.
        self._translators: dict[str, QTranslator] = {}
        for lang in KNOWN_LANGUAGES:
            # English too: its file holds the plural forms ("1 second", "20 seconds").
            translator = QTranslator()
            qm = paths.translation(f"kiosk_{lang}.qm")
            if translator.load(str(qm)):
                self._translators[lang] = translator
            else:
                log.error("cannot load UI translation %s; %s shows English UI", qm, lang)

    def text(self, lang: str, context: str, source: str) -> str:
        """``source`` in ``lang``, whichever language is installed right now."""
        translator = self._translators.get(lang)
        return (translator.translate(context, source) if translator else "") or source

    def remove(self) -> None:
        """Take this window's translation out of the application (when the
        window goes: another window in the same process must not inherit it)."""
        if self._current is not None:
            QCoreApplication.instance().removeTranslator(self._current)
            self._current = None

    def apply(self, lang: str) -> None:
        app = QCoreApplication.instance()
        if self._current is not None:
            app.removeTranslator(self._current)
            self._current = None
        translator = self._translators.get(lang)
        if translator is not None:
            app.installTranslator(translator)
            self._current = translator
        if self._engine is not None:
            self._engine.retranslate()
