"""Opening a screen directly, with its section or region (`kiosk shot`,
tests), through the model's own navigation: what a visitor would tap."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.models.closed_notice import tomorrow_at_nine
from kiosk.screens import Screen, ScreenRequest

if TYPE_CHECKING:
    from kiosk.models.kiosk_model import KioskModel


def open_screen(model: KioskModel, request: ScreenRequest) -> bool:
    """True if that is what now shows. Nothing here reads a name."""
    if not model.available:
        return False
    screen, item = request.screen, request.item
    if screen == Screen.Attract:
        model.reset()
    elif screen == Screen.Home:
        if model.screen == Screen.Attract:
            model.wake()  # a new visitor, in the language on screen
        else:
            model.goHome()
    elif screen == Screen.Contacts:
        model.openContacts()
    elif screen == Screen.Map:
        if item and not model.map.knows(item):
            return False  # the caller names what it cannot open: nothing to log
        model.openMap(item)
        if item:
            model.map.finish_move()  # a picture of the region framed, not on its way
            return model.screen == Screen.Map and model.map.property("selection") == item
    elif screen == Screen.Closed:  # a picture: as if it opened again tomorrow
        model.show_closed(tomorrow_at_nine(model.now()))
    elif screen == Screen.Section:
        content = model.content
        if content is None or content.section(item) is None:
            return False  # as for a region above
        model.openSection(item)
        return model.screen == Screen.Section and model.reader.sectionId == item
    return model.screen == screen
