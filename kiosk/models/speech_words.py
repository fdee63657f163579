"""The words speech mode says around a focused item's name, and its short
sentences, in the language on screen (translated like every interface
string: translations/kiosk_*.ts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kiosk.i18n import format_date, format_number
from kiosk.screens import Screen
from kiosk.speech.phrases import Role, Words

if TYPE_CHECKING:
    from kiosk.models.kiosk_model import KioskModel


def words() -> Words:
    """The words of the language the translator holds now."""
    return Words(
        roles={
            Role.BUTTON: QCoreApplication.translate("Speech", "button"),
            Role.TOGGLE: QCoreApplication.translate("Speech", "switch"),
            Role.TEXT: "",  # a text is said as itself
            Role.HEADING: QCoreApplication.translate("Speech", "heading"),
            Role.PICTURE: QCoreApplication.translate("Speech", "picture"),
            Role.LINK: QCoreApplication.translate("Speech", "link"),
            Role.LIST_ITEM: QCoreApplication.translate("Speech", "list item"),
            Role.GROUP: QCoreApplication.translate("Speech", "group"),
            Role.OTHER: "",
        },
        on=QCoreApplication.translate("Speech", "on"),
        off=QCoreApplication.translate("Speech", "off"),
        selected=QCoreApplication.translate("Speech", "selected"),
        # a control's place among its like: "3 of 8".
        position=QCoreApplication.translate("Speech", "{index} of {count}"),
        # "@" in an e-mail address, as said aloud.
        at=QCoreApplication.translate("Speech", "at"),
        # "." in an e-mail or web address, as said aloud.
        dot=QCoreApplication.translate("Speech", "dot"),
    )


def screen_name(screen: Screen, section_title: str) -> str:
    """What the screen is, as said when speech mode starts on it."""
    names = {
        Screen.Attract: QCoreApplication.translate("Speech", "Welcome screen"),
        Screen.Home: QCoreApplication.translate("Speech", "Home"),
        Screen.Contacts: QCoreApplication.translate("Speech", "Contacts"),
        Screen.Map: QCoreApplication.translate("Speech", "World map"),
        Screen.Unavailable: QCoreApplication.translate("Speech", "Temporarily unavailable"),
        Screen.Closed: QCoreApplication.translate("Speech", "Closed"),
    }
    if screen == Screen.Section:
        return section_title or QCoreApplication.translate("Speech", "Topic")
    return names.get(screen, "")


def screen_intro(screen: Screen, kiosk: KioskModel) -> str:
    """What the screen is, and what it shows that no control says: the key
    figures (home, map), a topic's lead line, the contact card's owner."""
    parts = [screen_name(screen, kiosk.reader.title)]
    if screen in (Screen.Home, Screen.Map):
        lang, as_of = kiosk.language, QCoreApplication.translate("HeroBand", "as of %1")
        for figure in kiosk.figures.items:
            said = f"{format_number(lang, figure.value)} {figure.label.get(lang)}"
            if figure.as_of:
                said += ", " + as_of.replace("%1", format_date(lang, figure.as_of))
            parts.append(said)
    elif screen == Screen.Section and kiosk.reader.summary:
        parts.append(kiosk.reader.summary)
    elif screen == Screen.Contacts:
        parts += [org.name.get(kiosk.language) for org in kiosk.contacts.items]
    return ". ".join(part for part in parts if part)


def how_to_listen() -> str:
    """The one sentence said when speech mode is turned on."""
    return QCoreApplication.translate(
        "Speech",
        "Speech is on: Tab and the arrows move, Enter chooses, Space pauses, plus and minus change the volume.",  # noqa: E501 (one string for lupdate)
    )


def paragraph_keys() -> str:
    """Said when the reading column gets the focus."""
    return QCoreApplication.translate(
        "Speech", "Reading: Down for the next paragraph, Up for the previous one."
    )


def volume_said(volume: int) -> str:
    """Said after a volume key, at the new volume."""
    return QCoreApplication.translate("Speech", "Volume {volume}").format(volume=volume)
