"""Contact cards for QML: entries with translated labels, and their QR codes.

Labels (Phone, Fax, …) are Qt Linguist strings, since they are interface
words; they are looked up per language so that the vCard of any language can
be built, and encoded, before the visitor asks for it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from PySide6.QtCore import QT_TRANSLATE_NOOP, Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content import KNOWN_LANGUAGES
from kiosk.content.model import PHONE_KINDS, ContactEntry, Organization
from kiosk.content.vcard import make_vcard
from kiosk.i18n import UiTranslator
from kiosk.models.language_list import LanguageListModel, RoleGetter
from kiosk.models.qr_codes import qr_matrix, qr_url, qr_version
from kiosk.speech.spoken import code_spoken

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

CONTEXT = "Contacts"
LABELS = {
    "phone": QT_TRANSLATE_NOOP("Contacts", "Phone"),
    "fax": QT_TRANSLATE_NOOP("Contacts", "Fax"),
    "reception": QT_TRANSLATE_NOOP("Contacts", "Reception"),
    "press-service": QT_TRANSLATE_NOOP("Contacts", "Press service"),
    "email": QT_TRANSLATE_NOOP("Contacts", "E-mail"),
    "address": QT_TRANSLATE_NOOP("Contacts", "Address"),
}
# Entries a phone can act on: scanning gives a call or a new message.
ACTIONS = {
    "phone": QT_TRANSLATE_NOOP("Contacts", "Scan to call this number"),
    "reception": QT_TRANSLATE_NOOP("Contacts", "Scan to call this number"),
    "press-service": QT_TRANSLATE_NOOP("Contacts", "Scan to call this number"),
    "email": QT_TRANSLATE_NOOP("Contacts", "Scan to write an e-mail"),
}

# The card's QR caption (ContactCard.qml shows it with qsTr): the card sizes
# its QR code by the caption's tallest wording in any language.
QR_CAPTION = QT_TRANSLATE_NOOP("ContactCard", "Scan with your phone’s camera to save this contact")


def entry_payload(entry: ContactEntry) -> str:
    """What a tap on the entry puts in a QR code ('' when nothing fits)."""
    if entry.kind in PHONE_KINDS and entry.kind != "fax":
        return f"tel:{entry.value}"
    if entry.kind == "email":
        return f"mailto:{entry.value}"
    return ""


@QmlElement
@QmlUncreatable("owned by KioskModel")
class ContactCardsModel(LanguageListModel[Organization]):
    focusChanged = Signal()

    def __init__(
        self,
        orgs: tuple[Organization, ...],
        lang: str,
        translator: UiTranslator,
        parent: QObject | None = None,
    ) -> None:
        self._translator = translator
        super().__init__(orgs, lang, parent)
        self._focus: tuple[int, int] | None = None

    def roles(self) -> dict[str, RoleGetter]:
        return {
            "orgId": lambda o, lang: o.id,
            "name": lambda o, lang: o.name.get(lang),
            "entries": self._entries,
            "vcard": self.vcard,
            "qrSource": lambda o, lang: qr_url(self.vcard(o, lang), self.card_version(o)),
            # What the QR code's side is measured against, in every language
            # at once: the code keeps one size when the visitor switches.
            "everyName": lambda o, lang: [o.name.get(code) for code in KNOWN_LANGUAGES],
            "everyQrCaption": lambda o, lang: [
                self._translator.text(code, "ContactCard", QR_CAPTION) for code in KNOWN_LANGUAGES
            ],
        }

    def label(self, kind: str, lang: str) -> str:
        return self._translator.text(lang, CONTEXT, LABELS[kind])

    def vcard(self, org: Organization, lang: str) -> str:
        labels = {kind: self.label(kind, lang) for kind in LABELS}
        return make_vcard(org, lang, labels)

    def card_version(self, org: Organization) -> int:
        """The QR version of the card's longest vCard in any language: the
        card's code has it in every language, so it keeps one size."""
        return max(qr_version(self.vcard(org, lang)) for lang in KNOWN_LANGUAGES)

    def _entries(self, org: Organization, lang: str) -> list[dict[str, object]]:
        rows = []
        for entry in org.entries:
            if entry.address is not None:
                a = entry.address
                lines = [
                    a.street.get(lang),
                    f"{a.postcode} {a.city.get(lang)}",
                    a.country.get(lang),
                ]
                # What speech and a screen reader say (the entry's accessible
                # name): the postcode digit by digit.
                spoken = [lines[0], f"{code_spoken(a.postcode)} {a.city.get(lang)}", lines[2]]
            else:
                lines = spoken = [entry.display]
            rows.append(
                {
                    "kind": entry.kind,
                    "label": self.label(entry.kind, lang),
                    "lines": lines,
                    "spoken": spoken,
                    "tappable": bool(entry_payload(entry)),
                }
            )
        return rows

    # -- the large QR of one entry (tel:, mailto:) -------------------------

    @Slot(int, int)
    def openEntry(self, row: int, index: int) -> None:
        valid = 0 <= row < len(self.items) and 0 <= index < len(self.items[row].entries)
        if valid and entry_payload(self.items[row].entries[index]):
            self._focus = (row, index)
            self.focusChanged.emit()

    @Slot()
    def closeEntry(self) -> None:
        if self._focus is not None:
            self._focus = None
            self.focusChanged.emit()

    def _focused(self) -> ContactEntry | None:
        if self._focus is None:
            return None
        row, index = self._focus
        return self.items[row].entries[index]

    def _focus_open(self) -> bool:
        return self._focus is not None

    def _focus_label(self) -> str:
        entry = self._focused()
        return self.label(entry.kind, self._lang) if entry else ""

    def _focus_value(self) -> str:
        entry = self._focused()
        return entry.display if entry else ""

    def _focus_action(self) -> str:
        entry = self._focused()
        return self._translator.text(self._lang, CONTEXT, ACTIONS[entry.kind]) if entry else ""

    def _focus_source(self) -> str:
        entry = self._focused()
        return qr_url(entry_payload(entry)) if entry else ""

    def set_language(self, lang: str) -> None:
        super().set_language(lang)
        self.focusChanged.emit()

    # -- QR codes ahead of time --------------------------------------------

    def prewarm(self, languages: tuple[str, ...]) -> None:
        """Encode every card's vCard in every language, one per event-loop
        turn, so that opening the contacts screen or switching language there
        never waits for the encoder."""
        # Each card's code at its own version, then at the card's (which
        # needs every language's encoded first).
        naturals: Iterator[tuple[str, int]] = (
            (text, 0)
            for lang in (*languages, *KNOWN_LANGUAGES)
            for org in self.items
            for text in (self.vcard(org, lang), *(entry_payload(e) for e in org.entries))
            if text
        )
        cards = (
            (self.vcard(org, lang), self.card_version(org))
            for lang in languages
            for org in self.items
        )
        jobs = itertools.chain(naturals, cards)
        timer = QTimer(self)
        timer.setInterval(0)

        def step() -> None:
            job = next(jobs, None)
            if job is None:
                timer.stop()
                timer.deleteLater()
            else:
                qr_matrix(*job)

        timer.timeout.connect(step)
        timer.start()

    focusOpen = Property(bool, _focus_open, notify=focusChanged)
    focusLabel = Property(str, _focus_label, notify=focusChanged)
    focusValue = Property(str, _focus_value, notify=focusChanged)
    focusAction = Property(str, _focus_action, notify=focusChanged)
    focusSource = Property(str, _focus_source, notify=focusChanged)
