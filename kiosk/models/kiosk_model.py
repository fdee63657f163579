"""The root object QML sees: language, navigation and the content models.

QML holds layout and motion only; what is shown, in which language and on
which screen is decided here. All signal wiring of the kiosk's screens to this
object sits in ``_connect_signals``.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace

from PySide6.QtCore import (
    Property,
    QAbstractItemModel,
    QObject,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content import KNOWN_LANGUAGES, LANGUAGE_NAMES, Content
from kiosk.content.contacts import check_phones
from kiosk.content.dates import current_notices, motto_shown
from kiosk.content.notices import MAX_SHOWN
from kiosk.i18n import NO_OFFICIAL_NAMES, UiTranslator, format_date
from kiosk.models.attract_texts import AttractTexts, unavailable_texts
from kiosk.models.calendar import Calendar
from kiosk.models.clock import Clock, SystemClock
from kiosk.models.closed_notice import ClosedNotice
from kiosk.models.contacts import ContactCardsModel
from kiosk.models.content_lists import FigureListModel, NoticeListModel, SectionListModel
from kiosk.models.display_prefs import DisplayPrefs
from kiosk.models.map_model import MapModel
from kiosk.models.reader import SectionReader
from kiosk.models.screen_open import open_screen
from kiosk.models.screens_qml import Screens  # noqa: F401 (registers Screens for QML)
from kiosk.models.speech_mode import SpeechMode
from kiosk.screens import Screen, ScreenRequest, back_leads_elsewhere

log = logging.getLogger(__name__)

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
    mottoChanged = Signal()
    attractChanged = Signal()
    contentChanged = Signal()
    resetDone = Signal()  # views go back to their first scroll position
    counted = Signal(str, str)  # (kind, key) for the anonymous usage counts
    # Problems found in the content on screen after it was read: phone
    # numbers, which the first read leaves to check_phones (FILE:LINE lines).
    problemsFound = Signal(list)
    # The clock passed a moment at which what is dated may change.
    timePassed = Signal()

    def __init__(
        self,
        content: Content | None,
        translator: UiTranslator,
        lang: str | None = None,
        parent: QObject | None = None,
        *,
        clock: Clock | None = None,
    ) -> None:
        """``clock``: the kiosk's one clock (the PC's when not given)."""
        super().__init__(parent)
        self._translator = translator
        self._default_override: str | None = None
        self._closed = ClosedNotice(self)
        self._content: Content | None = None
        self._languages: tuple[str, ...] = KNOWN_LANGUAGES
        self._lang = "en"
        self._history: list[Screen] = []
        self._calendar = Calendar(clock=clock or SystemClock(), parent=self)
        self._today = self._calendar.now().date()
        self._motto_shown = False
        self._attract = AttractTexts()
        self._sections = SectionListModel((), self._lang, self)
        self._figures = FigureListModel((), self._lang, self)
        self._notices = NoticeListModel((), self._lang, self)
        self._reader = SectionReader(self._lang, self)
        self._contacts = ContactCardsModel((), self._lang, translator, self)
        self._map = MapModel((), self._lang, self)
        self._display = DisplayPrefs(self)
        self._speech = SpeechMode(self, self)
        self._set_content(content)
        self._lang = lang if lang in self._languages else self.default_language
        self._screen = Screen.Attract if content else Screen.Unavailable
        for model in self._language_models():
            model.set_language(self._lang)
        self._connect_signals()
        translator.apply(self._lang)

    def _connect_signals(self) -> None:
        self._calendar.passed.connect(self.on_time_passed)
        self.languageChanged.connect(self.dateChanged)
        self.languageChanged.connect(self.mottoChanged)
        self.contentChanged.connect(self.attractChanged)
        self._map.selected.connect(self.on_region_selected)
        self._display.counted.connect(self.counted)

    @Slot(str)
    def on_region_selected(self, region: str) -> None:
        self.counted.emit("region", region)

    def _language_models(self) -> tuple:
        return self._sections, self._figures, self._notices, self._reader, self._contacts, self._map

    # -- content -----------------------------------------------------------

    def _set_content(self, content: Content | None) -> None:
        self._content = content
        self._languages = content.site.languages if content else KNOWN_LANGUAGES
        self._sections.set_items(content.sections if content else ())
        self._figures.set_items(content.site.figures if content else ())
        self._contacts.set_items(content.contacts if content else ())
        self._map.set_regions(
            content.regions if content else (),
            names=content.official_names() if content else NO_OFFICIAL_NAMES,
            sort_forms=content.sort_forms() if content else NO_OFFICIAL_NAMES,
        )
        self._reader.set_content(*((content.sections, content.regions) if content else ((), ())))
        self._reader.show(None)
        self._calendar.watch(content)
        self._date_what_is_dated(self._calendar.now())

    def replace_content(self, content: Content) -> None:
        """New, valid content: swapped in and shown from the attract screen."""
        self._set_content(content)
        self.check_phones()  # a reload has checked them; the start's late answer has not
        self.contentChanged.emit()
        self.reset()

    def check_phones(self) -> None:
        """The contact cards' phone numbers, which the kiosk's first read
        leaves unchecked (libphonenumber is not loaded before the first
        frame), checked: each shown in the international format and dialled
        in E.164, or left out with an error for the staff panel and log."""
        content = self._content
        if content is None:
            return
        contacts, problems = check_phones(content.contacts)
        if contacts is content.contacts or contacts == content.contacts:
            return
        self._content = replace(content, contacts=contacts)
        had_cards = self._contacts.rowCount() > 0
        self._contacts.set_items(contacts)
        for problem in problems:
            log.error("content: %s", problem)
        if problems:
            self.problemsFound.emit([str(p) for p in problems])
        if had_cards and not contacts:
            self.contentChanged.emit()  # hasContacts: no Contacts button any more

    # -- what is dated -----------------------------------------------------

    @property
    def calendar(self) -> Calendar:
        return self._calendar

    def now(self) -> dt.datetime:
        """The kiosk's clock (ops asks it: the staff panel's dated problems)."""
        return self._calendar.now()

    @Slot()
    def on_time_passed(self) -> None:
        if self._date_what_is_dated(self._calendar.now()):
            self.timePassed.emit()

    def _date_what_is_dated(self, now: dt.datetime) -> bool:
        """Today's date, the motto and the notices as ``now`` has them; the
        views are told only of what changed. True if anything did."""
        changed = False
        if now.date() != self._today:
            self._today = now.date()
            self.dateChanged.emit()
            changed = True
        content = self._content
        shown = content is not None and motto_shown(content.site, self._today)
        if shown != self._motto_shown:
            self._motto_shown = shown
            self.mottoChanged.emit()
            self.attractChanged.emit()
            changed = True
        notices = current_notices(content.notices if content else (), now, MAX_SHOWN)
        if notices != self._notices.items:
            self._notices.set_items(notices)
            self.attractChanged.emit()
            changed = True
        return changed

    @property
    def content(self) -> Content | None:
        return self._content

    # -- language ---------------------------------------------------------

    @property
    def default_language(self) -> str:
        if self._default_override in self._languages:
            return self._default_override
        return self._content.site.default_language if self._content else "en"

    def set_default_language(self, lang: str | None) -> None:
        """Staff's choice (None: the content's); used from the next reset on."""
        self._default_override = lang

    @Slot(str)
    def setLanguage(self, lang: str) -> None:
        self._switch_language(lang, count=True)

    def _switch_language(self, lang: str, count: bool) -> None:
        if lang == self._lang:
            return
        if lang not in self._languages:
            log.warning("ignored unknown language %r", lang)
            return
        self.languageAboutToChange.emit()
        self._lang = lang
        self._translator.apply(lang)
        for model in self._language_models():
            model.set_language(lang)
        self.languageChanged.emit()
        if count:
            self.counted.emit("language", lang)

    def _get_languages(self) -> list[dict[str, str]]:
        return [{"code": c, "name": LANGUAGE_NAMES[c]} for c in self._languages]

    # -- navigation -------------------------------------------------------

    def _get_screen(self) -> Screen:
        return self._screen

    def _go(self, screen: Screen, remember: bool = True) -> None:
        if remember and screen != self._screen:
            self._history.append(self._screen)
        if screen != Screen.Contacts:
            self._contacts.closeEntry()
        self._screen = screen
        self.screenChanged.emit()
        # The usage counts keep the names they always had ("home", "map", …).
        self.counted.emit("screen", screen.name.lower())

    @Slot()
    @Slot(str)
    def wake(self, lang: str = "") -> None:
        """A touch on the attract screen: a new visitor starts at home, in
        ``lang`` (its "Start") or else in the language the reset chose."""
        if self._screen == Screen.Attract:
            if lang in self._languages:
                self._switch_language(lang, count=True)
            self._history.clear()
            self._go(Screen.Home, remember=False)

    @Slot()
    def reset(self) -> None:
        """Nothing of the last visitor remains: default language, attract
        screen, no open section or overlay, every view at its start."""
        if self._content is None:
            return
        self._speech.leave()  # first: the language switch below is not said
        self._switch_language(self.default_language, count=False)
        self._history.clear()
        self._reader.show(None)
        self._contacts.closeEntry()
        self._map.reset()
        self._display.reset()
        self._map.load()  # the attract screen's world (done after the first frame)
        self._calendar.look()  # the wall clock may have been set meanwhile
        self._go(Screen.Attract, remember=False)
        self.resetDone.emit()

    def show_closed(self, reopens: dt.datetime | None) -> None:
        """Outside opening hours; nothing of the last visitor stays behind."""
        self.reset()
        self._closed.set_reopening(reopens)
        self._go(Screen.Closed, remember=False)

    def show_open(self) -> None:
        """Opening time: the attract screen (or "unavailable" without content)."""
        if self._screen == Screen.Closed and self._content is None:
            self._go(Screen.Unavailable, remember=False)
        elif self._screen == Screen.Closed:
            self.reset()

    @Slot(str)
    def openSection(self, section_id: str) -> None:
        section = self._content.section(section_id) if self._content else None
        if section is None:
            log.warning("no section %r to open", section_id)
            return
        self._reader.show(section)
        self.counted.emit("section", section_id)
        # Moving between sections replaces the page: Back always leads out.
        self._go(Screen.Section, remember=self._screen != Screen.Section)

    @Slot()
    def openContacts(self) -> None:
        self.check_phones()  # done after the first frame; opened before it (kiosk shot)
        if self._contacts.rowCount() == 0:
            log.warning("no contact cards to show")
            return
        self._go(Screen.Contacts, remember=self._screen != Screen.Contacts)

    @Slot()
    @Slot(str)  # a topic's "See on the map": the map with that region chosen
    def openMap(self, region: str = "") -> None:
        if not self._map.regions:
            log.warning("no map regions to show")
            return
        self._map.load()  # normally done already, after the first frame
        self._go(Screen.Map, remember=self._screen != Screen.Map)
        if region:
            self._map.selectRegion(region)

    @Slot()
    def goBack(self) -> None:
        if not self._screen.visitor_is_there:
            return
        self._go(self._history.pop() if self._history else Screen.Home, remember=False)

    @Slot()
    def goHome(self) -> None:
        if not self._screen.visitor_is_there:
            return
        self._history.clear()
        self._go(Screen.Home, remember=False)

    def open(self, request: ScreenRequest) -> bool:
        """Open a screen directly (kiosk.models.screen_open)."""
        return open_screen(self, request)

    # -- what the screens show --------------------------------------------

    def _site_text(self, name: str) -> str:
        text = getattr(self._content.site, name) if self._content else None
        return text.get(self._lang) if text else ""  # (the ministry's name is optional)

    def _get_motto(self) -> str:
        """This year's motto; none in another year (its year is over, or
        has not begun), rather than last year's shown as current."""
        return self._site_text("motto") if self._motto_shown else ""

    def _get_attract(self) -> dict[str, object]:
        made_of = (self._content, self._languages, self._motto_shown, self._notices.items)
        return self._attract.texts(made_of, self._translator)

    language = Property(str, lambda self: self._lang, notify=languageChanged)
    languages = Property("QVariantList", _get_languages, notify=contentChanged)
    screen = Property(int, _get_screen, notify=screenChanged)  # a Screen (Screens.Home, …)
    available = Property(bool, lambda self: self._content is not None, notify=contentChanged)
    title = Property(str, lambda self: self._site_text("title"), notify=languageChanged)
    motto = Property(str, _get_motto, notify=mottoChanged)
    ministry = Property(str, lambda self: self._site_text("ministry"), notify=languageChanged)
    # Back beside Home only where it leads elsewhere (kiosk/screens.py).
    backShown = Property(
        bool, lambda self: back_leads_elsewhere(self._screen, self._history), notify=screenChanged
    )
    dateText = Property(str, lambda self: format_date(self._lang, self._today), notify=dateChanged)
    display = Property(DisplayPrefs, lambda self: self._display, constant=True)
    speech = Property(SpeechMode, lambda self: self._speech, constant=True)
    unavailableMessages = Property("QVariantList", lambda self: unavailable_texts(), constant=True)
    closed = Property(ClosedNotice, lambda self: self._closed, constant=True)
    attract = Property("QVariantMap", _get_attract, notify=attractChanged)
    # Models, typed as such for QML and its tools (QAbstractItemModel: the
    # list model's own pointer type is not known to Qt's meta-types by name).
    sections = Property(QAbstractItemModel, lambda self: self._sections, constant=True)
    figures = Property(QAbstractItemModel, lambda self: self._figures, constant=True)
    notices = Property(QAbstractItemModel, lambda self: self._notices, constant=True)
    reader = Property(SectionReader, lambda self: self._reader, constant=True)
    contacts = Property(ContactCardsModel, lambda self: self._contacts, constant=True)
    hasContacts = Property(bool, lambda self: self._contacts.rowCount() > 0, notify=contentChanged)
    map = Property(MapModel, lambda self: self._map, constant=True)
    hasMap = Property(bool, lambda self: bool(self._map.regions), notify=contentChanged)

    @property
    def language_codes(self) -> tuple[str, ...]:
        return self._languages

    def prewarm(self) -> None:
        """Work the first screen does not need, done once it is on screen."""
        if self._map.regions:
            QTimer.singleShot(0, self._map.load)
        self.check_phones()
        self._contacts.prewarm(self._languages)
