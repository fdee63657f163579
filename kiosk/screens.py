"""The kiosk's screens, as one enum for Python and QML, and the names that
``kiosk shot --screen`` takes (``home``, ``section/<id>``, ``map/<region>``).

Pure Python: the models expose the enum to QML (``Screens.Home``), and ops
can ask which screen is up without importing the models. Navigation never
parses strings; only the command line does, here.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Screen(enum.IntEnum):
    # Names as QML reads them: Screens.Attract, Screens.Home, …
    Attract = 0
    Home = 1
    Section = 2
    Contacts = 3
    Map = 4
    Unavailable = 5
    Closed = 6  # outside opening hours (kiosk.opening_hours)

    @property
    def visitor_is_there(self) -> bool:
        """Someone is using the kiosk: an idle spell here ends in a reset.
        Nobody is on the attract screen, and nobody can use "unavailable"
        or "closed"."""
        return self not in (Screen.Attract, Screen.Unavailable, Screen.Closed)


def back_leads_elsewhere(screen: Screen, history: list[Screen]) -> bool:
    """Back leads somewhere other than home (a topic opened from the map):
    only then is it shown beside Home. On a screen one level below home the
    two would do the same, and one control is clearer."""
    if screen == Screen.Home or not screen.visitor_is_there or not history:
        return False
    return history[-1] != Screen.Home and history[-1].visitor_is_there


# The screens `kiosk shot` names; section and map may name an item too.
SHOT_NAMES: dict[str, Screen] = {
    "attract": Screen.Attract,
    "home": Screen.Home,
    "section": Screen.Section,
    "contacts": Screen.Contacts,
    "map": Screen.Map,
    "closed": Screen.Closed,
}
_WITH_ITEM = (Screen.Section, Screen.Map)


@dataclass(frozen=True)
class ScreenRequest:
    """A screen to open, with the section or region it shows ("" for none)."""

    screen: Screen
    item: str = ""


def parse_screen_name(name: str) -> ScreenRequest | None:
    """``section/neutrality`` → (Section, "neutrality"); None if no such name.
    A section needs its id; the map may name a region."""
    base, _, item = name.strip().partition("/")
    screen = SHOT_NAMES.get(base)
    if screen is None or (item and screen not in _WITH_ITEM):
        return None
    if screen is Screen.Section and not item:
        return None
    return ScreenRequest(screen, item)


def screen_names_help() -> str:
    return "attract, home, section/<id>, contacts, map, map/<region-id> or closed"
