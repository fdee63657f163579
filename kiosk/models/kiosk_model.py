"""The root object QML sees: language, navigation and the content models.

QML holds layout and motion only; what is shown, in which language and on
which screen is decided here. All signal wiring of the kiosk's screens to this
object sits in ``_connect_signals``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QDate, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content import LANGUAGE_NAMES, Content
from kiosk.i18n import UNAVAILABLE_MESSAGES, UiTranslator, format_date
from kiosk.models.contacts import ContactCardsModel
from kiosk.models.content_lists import FigureListModel, SectionListModel
from kiosk.models.reader import SectionReader

log = logging.getLogger(__name__)

HOME, SECTION, CONTACTS, UNAVAILABLE = "home", "section", "contacts", "unavailable"

# QML sees these types as `import Kiosk.Models` (typed properties, qmllint).
QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("made by kiosk.app and handed to Main.qml")
class KioskModel(QObject):
    languageAboutToChange = Signal()  # views note their reading position
    languageChanged = Signal()
    screenChanged = Signal()
    dateChanged = Signal()

    def __init__(
        self,
        content: Content | None,
        translator: UiTranslator,
        lang: str | None = None,
        icon_base: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._content = content
        self._icon_base = icon_base
        self._translator = translator
        languages = content.site.languages if content else ("tk", "ru", "en")
        default = content.site.default_language if content else "en"
        self._languages = languages
        self._lang = lang if lang in languages else default
        self._screen = HOME if content else UNAVAILABLE
        self._history: list[str] = []
        self._today = QDate.currentDate()

        self._sections = SectionListModel(content.sections if content else (), self._lang, self)
        self._figures = FigureListModel(content.site.figures if content else (), self._lang, self)
        self._reader = SectionReader(self._lang, self)
        self._contacts = ContactCardsModel(
            content.contacts if content else (), self._lang, translator, self
        )
        self._date_timer = QTimer(self)
        self._date_timer.setInterval(60_000)
        self._connect_signals()
        self._date_timer.start()
        translator.apply(self._lang)

    def _connect_signals(self) -> None:
        self._date_timer.timeout.connect(self.on_date_tick)
        self.languageChanged.connect(self.dateChanged)

    # -- language ---------------------------------------------------------

    def _get_language(self) -> str:
        return self._lang

    @Slot(str)
    def setLanguage(self, lang: str) -> None:
        if lang == self._lang:
            return
        if lang not in self._languages:
            log.warning("ignored unknown language %r", lang)
            return
        self.languageAboutToChange.emit()
        self._lang = lang
        self._translator.apply(lang)
        for model in (self._sections, self._figures, self._reader, self._contacts):
            model.set_language(lang)
        self.languageChanged.emit()

    def _get_languages(self) -> list[dict[str, str]]:
        return [{"code": c, "name": LANGUAGE_NAMES[c]} for c in self._languages]

    # -- navigation -------------------------------------------------------

    def _get_screen(self) -> str:
        return self._screen

    def _go(self, screen: str, remember: bool = True) -> None:
        if remember and screen != self._screen:
            self._history.append(self._screen)
        if screen != CONTACTS:
            self._contacts.closeEntry()
        self._screen = screen
        self.screenChanged.emit()

    @Slot(str)
    def openSection(self, section_id: str) -> None:
        section = self._content.section(section_id) if self._content else None
        if section is None:
            log.warning("no section %r to open", section_id)
            return
        self._reader.show(section)
        # Moving between sections replaces the page: Back always leads out.
        self._go(SECTION, remember=self._screen != SECTION)

    @Slot()
    def openContacts(self) -> None:
        if self._contacts.rowCount() == 0:
            log.warning("no contact cards to show")
            return
        self._go(CONTACTS, remember=self._screen != CONTACTS)

    @Slot()
    def goBack(self) -> None:
        if self._screen == UNAVAILABLE:
            return
        self._go(self._history.pop() if self._history else HOME, remember=False)

    @Slot()
    def goHome(self) -> None:
        if self._screen == UNAVAILABLE:
            return
        self._history.clear()
        self._go(HOME, remember=False)

    @Slot(str, result=bool)
    def openScreen(self, screen: str) -> bool:
        """Open a screen by its ``kiosk shot`` name (``home``, ``section/<id>``)."""
        if screen == HOME:
            self.goHome()
            return self._screen == HOME
        if screen == CONTACTS:
            self.openContacts()
            return self._screen == CONTACTS
        kind, _, arg = screen.partition("/")
        if kind == SECTION and arg:
            self.openSection(arg)
            return self._reader.section is not None and self._reader.section.id == arg
        return False

    # -- what the screens show --------------------------------------------

    def _site_text(self, name: str) -> str:
        return getattr(self._content.site, name).get(self._lang) if self._content else ""

    def _get_title(self) -> str:
        return self._site_text("title")

    def _get_motto(self) -> str:
        return self._site_text("motto")

    def _get_date_text(self) -> str:
        return format_date(self._lang, self._today)

    @Slot()
    def on_date_tick(self) -> None:
        today = QDate.currentDate()
        if today != self._today:
            self._today = today
            self.dateChanged.emit()

    def _get_unavailable(self) -> list[dict[str, str]]:
        return [{"lang": c, "title": t, "detail": d} for c, t, d in UNAVAILABLE_MESSAGES]

    language = Property(str, _get_language, notify=languageChanged)
    languages = Property("QVariantList", _get_languages, constant=True)
    screen = Property(str, _get_screen, notify=screenChanged)
    available = Property(bool, lambda self: self._content is not None, constant=True)
    title = Property(str, _get_title, notify=languageChanged)
    motto = Property(str, _get_motto, notify=languageChanged)
    dateText = Property(str, _get_date_text, notify=dateChanged)
    iconBase = Property(str, lambda self: self._icon_base, constant=True)
    unavailableMessages = Property("QVariantList", _get_unavailable, constant=True)
    sections = Property(QObject, lambda self: self._sections, constant=True)
    figures = Property(QObject, lambda self: self._figures, constant=True)
    reader = Property(SectionReader, lambda self: self._reader, constant=True)
    contacts = Property(ContactCardsModel, lambda self: self._contacts, constant=True)
    hasContacts = Property(bool, lambda self: self._contacts.rowCount() > 0, constant=True)

    @property
    def language_codes(self) -> tuple[str, ...]:
        return self._languages

    def prewarm(self) -> None:
        """Work the first screen does not need, done once it is on screen."""
        self._contacts.prewarm(self._languages)
