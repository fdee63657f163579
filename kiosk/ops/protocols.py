"""What ops needs from the kiosk it runs, and no more.

ops never imports the views' model (kiosk.models): it is handed an object
with these members by the composition root (kiosk.app), which is where the
two meet. kiosk.models.kiosk_model.KioskModel is that object in the kiosk;
a test may hand in anything else that has them.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from PySide6.QtCore import SignalInstance

from kiosk.content import Content


class KioskState(Protocol):
    """The kiosk's content, languages and screen, as ops reads and resets them."""

    # Emitted when ``screen`` changes: the idle reset arms only where a
    # visitor is (kiosk.screens.Screen.visitor_is_there).
    screenChanged: SignalInstance
    # (kind, key) of something a visitor chose, for the anonymous usage counts.
    counted: SignalInstance
    # FILE:LINE problems found in the content on screen after it was read
    # (phone numbers, checked after the first frame).
    problemsFound: SignalInstance
    # The kiosk's clock passed a moment at which what is dated changed.
    timePassed: SignalInstance

    def now(self) -> dt.datetime:
        """The kiosk's clock: local wall time, naive."""

    @property
    def content(self) -> Content | None:
        """What is on screen (None: the "unavailable" screen shows)."""

    @property
    def language_codes(self) -> tuple[str, ...]:
        """The languages the content offers, in its order."""

    @property
    def language(self) -> str:
        """The language on screen now (staff read the panel in it)."""

    @property
    def default_language(self) -> str:
        """The language a reset returns to (staff's choice, else the content's)."""

    def set_default_language(self, lang: str | None) -> None:
        """Staff's choice; None: the content's own default."""

    @property
    def screen(self) -> int:
        """The Screen shown, as its value (a Qt property: QML reads an int)."""

    def reset(self) -> None:
        """Nothing of the last visitor remains: the attract screen, the default
        language, every view at its start."""

    def replace_content(self, content: Content) -> None:
        """New valid content, shown from the attract screen."""

    def show_closed(self, reopens: dt.datetime | None) -> None:
        """Outside opening hours: the closed screen, saying when it reopens."""

    def show_open(self) -> None:
        """Opening time: the attract screen again (if the closed one shows)."""
