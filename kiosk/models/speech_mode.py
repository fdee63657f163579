"""Speech mode: the visitor's "Listen". While it is on, what gets the focus
is said (name, role, state, position), a topic is read paragraph by
paragraph, the map says the region or country chosen, and a language
switch is said in the new language. Nothing is said while it is off.

The model decides what is said and when; it emits ``utter`` and
``silence``, which the speech engine (kiosk.ops.speech_engine, wired by
kiosk.app) turns into espeak-ng processes. The engine says when an
utterance has ended (``on_spoken``): the next paragraph follows then.

Speech mode belongs to one visit, like large text: the idle reset leaves
it and puts the volume back to the staff's default.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable
from PySide6.QtQuick import QQuickItem

from kiosk.content import LANGUAGE_NAMES
from kiosk.models import speech_words
from kiosk.models.speech_focus import focused_of
from kiosk.screens import Screen
from kiosk.speech.phrases import phrase, sayable
from kiosk.speech.voices import VOLUME_DEFAULT, VOLUME_STEP, clamp_volume, voice_for

if TYPE_CHECKING:
    from kiosk.models.kiosk_model import KioskModel

log = logging.getLogger(__name__)

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

# The reading column: when it (or one of its rows, "row_<index>") has the
# focus, the topic is read row by row from there.
READER_ITEMS = frozenset({"readerList"})
_ROW_PREFIX = "row_"


def reader_row_of(item: QQuickItem) -> int | None:
    """The reader row ``item`` is or is in (0 for the column itself); None
    when it is not a row of the reading column (the topic's end, "Next
    topic", is in the column but is no row: it is said as a control)."""
    row: int | None = None
    node: QQuickItem | None = item
    while node is not None:
        name = node.objectName()
        if name in READER_ITEMS:
            return 0 if node is item else row
        if row is None and name.startswith(_ROW_PREFIX) and name[len(_ROW_PREFIX) :].isdigit():
            row = int(name[len(_ROW_PREFIX) :])
        node = node.parentItem()
    return None


@QmlElement
@QmlUncreatable("the kiosk model owns speech mode")
class SpeechMode(QObject):
    changed = Signal()
    # (plain text, espeak-ng voice, volume 0-100): say this now, instead of
    # whatever is being said.
    utter = Signal(str, str, int)
    silence = Signal()  # stop at once
    counted = Signal(str, str)  # ("display", "speech") when turned on
    # A topic read on by itself: the visitor is listening, not gone (the
    # idle countdown starts again, as at a touch).
    readingOn = Signal()

    def __init__(self, kiosk: KioskModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._on = False
        self._available = True  # until the engine says otherwise
        self._reason = ""
        self._default_volume = VOLUME_DEFAULT
        self._volume = VOLUME_DEFAULT
        self._reading = -1  # the reader row being read; -1: not reading
        self._focus_row = -1  # the row the focus was on when the reading began
        # When the focus left the column while it was being read: the topic,
        # the row the focus was on, and the row the reading had reached.
        self._left_at: tuple[str, int, int] | None = None
        self._paused = False
        self._last = ""  # the last thing said (Space says it again after a pause)
        self._prefix = ""  # the new screen's name, said before the first focus on it
        self.counted.connect(kiosk.counted)
        kiosk.languageChanged.connect(self.on_language_changed)
        kiosk.screenChanged.connect(self.on_screen_changed)
        kiosk.map.infoChanged.connect(self.on_map_choice)

    # -- the staff's and the engine's ---------------------------------------

    def use_engine(self, engine: QObject, *, default_volume: int) -> None:
        """Speak through ``engine`` (kiosk.ops.speech_engine.SpeechEngine,
        made by kiosk.app: the models never import ops)."""
        self.set_default_volume(default_volume)
        self.utter.connect(engine.say)
        self.silence.connect(engine.stop)
        engine.spoken.connect(self.on_spoken)
        engine.supportKnown.connect(self.set_support)

    def set_default_volume(self, volume: int) -> None:
        """The staff's volume (settings.yaml ``speech_volume``)."""
        self._default_volume = clamp_volume(volume)
        self._volume = self._default_volume
        self.changed.emit()

    @Slot(bool, str)
    def set_support(self, available: bool, reason: str) -> None:
        """Whether espeak-ng and the voices are there (the engine found out)."""
        if (available, reason) != (self._available, self._reason):
            self._available, self._reason = available, reason
            if not available:
                self.leave()
            self.changed.emit()

    # -- the visitor's -------------------------------------------------------

    @Slot()
    def toggle(self) -> None:
        self.setOn(not self._on)

    @Slot(bool)
    def setOn(self, on: bool) -> None:
        if on == self._on or (on and not self._available):
            return
        self._on = on
        self._stop_reading()
        self._left_at = None
        self.changed.emit()
        if on:
            self.counted.emit("display", "speech")
            intro = speech_words.screen_intro(Screen(self._kiosk.screen), self._kiosk)
            self._say(f"{intro}. {speech_words.how_to_listen()}")
        else:
            self._last = ""
            self.silence.emit()

    @Slot()
    def leave(self) -> None:
        """The idle reset (and the staff panel): silent, off, the staff's volume."""
        self._stop_reading()
        self._prefix = self._last = ""
        was_on = self._on
        self._on = False
        self._volume = self._default_volume
        if was_on:
            self.silence.emit()
        self.changed.emit()

    @Slot()
    def pauseOrResume(self) -> None:
        if not self._on:
            return
        if self._paused:
            self._paused = False
            if self._reading >= 0:
                self._read_row(self._reading)
            elif self._last:
                self.utter.emit(self._last, self._voice(), self._volume)
        else:
            self._paused = True
            self.silence.emit()

    @Slot(int)
    def changeVolume(self, steps: int) -> None:
        if not self._on:
            return
        # Never silent from the keys: at 0 the visitor would hear nothing,
        # not even the volume they chose, and could not find their way back.
        volume = max(VOLUME_STEP, clamp_volume(self._volume + steps * VOLUME_STEP))
        if volume != self._volume:
            self._volume = volume
            self.changed.emit()
        # Said at the new volume, so the visitor hears what they chose.
        self._say(speech_words.volume_said(self._volume), remember=False)

    @Slot(int)
    def moveParagraph(self, step: int) -> None:
        """Next (+1) or previous (-1) row of the topic being read."""
        if not self.reading:
            return
        rows = self._rows()
        self._reading = max(0, min(len(rows) - 1, self._reading + step))
        self._paused = False
        self._read_row(self._reading)

    # -- what happens on screen ---------------------------------------------

    def on_focus(self, item: QQuickItem | None) -> None:
        """The window's active focus moved (whoever moved it)."""
        if not self._on or item is None:
            return
        topic = self._kiosk.reader.sectionId
        if self._reading >= 0:
            self._left_at = (topic, self._focus_row, self._reading)
        self._stop_reading()
        row = reader_row_of(item)
        if row is not None and self._rows():
            left, self._left_at, self._focus_row = self._left_at, None, row
            # The focus back where it was (the help closed, say): the reading
            # goes on from the paragraph it had reached, not from the one the
            # listener has heard already.
            if left is not None and left[:2] == (topic, row):
                row = left[2]
            self._reading = min(row, len(self._rows()) - 1)
            self._read_row(self._reading, lead=speech_words.paragraph_keys())
            return
        code = item.objectName().removeprefix("lang_")
        if code != item.objectName() and code in LANGUAGE_NAMES:
            # A language's button is said in its own voice: "Русский" in the
            # Turkmen voice is spelled letter by letter, and a visitor looking
            # for their language must hear it as it is spoken.
            self._say(LANGUAGE_NAMES[code], voice=voice_for(code), lang=code)
            return
        text = phrase(focused_of(item), speech_words.words(), self._kiosk.language)
        if text:
            self._say(text)

    @Slot()
    def on_spoken(self) -> None:
        """The engine finished an utterance: the next row of a topic follows."""
        if self._reading < 0 or self._paused or not self._on:
            return
        if self._reading + 1 < len(self._rows()):
            self._reading += 1
            self._read_row(self._reading)
            self.readingOn.emit()
        else:
            self._reading = -1

    @Slot()
    def on_language_changed(self) -> None:
        if self._on:
            self._stop_reading()
            lang = self._kiosk.language
            self._say(LANGUAGE_NAMES.get(lang, lang))

    @Slot()
    def on_screen_changed(self) -> None:
        if self._on:
            self._stop_reading()
            self._left_at = None
            intro = speech_words.screen_intro(Screen(self._kiosk.screen), self._kiosk)
            self._prefix = intro
            self._say(intro, remember=False)

    @Slot()
    def on_map_choice(self) -> None:
        """A region or country was chosen on the map (by a tap or a key)."""
        if not self._on or self._kiosk.screen != Screen.Map:
            return
        info = self._kiosk.map.selectionInfo
        if not info:
            return
        said = info.get("countryLine") or info.get("name", "")
        text = info.get("text", "")
        self._say(f"{said}. {text}" if text else str(said))

    # -- saying ------------------------------------------------------------

    def _say(
        self, text: str, remember: bool = True, *, voice: str = "", lang: str = ""
    ) -> None:
        """``text`` in the screen's language and voice, unless ``lang`` and
        ``voice`` name another (a language's own name)."""
        if not self._on:
            return
        if self._prefix and remember and not voice:
            text = f"{self._prefix}. {text}"
            self._prefix = ""
        spoken = sayable(text, speech_words.words(), lang or self._kiosk.language)
        if not spoken:
            return
        self._paused = False
        if remember:
            self._last = spoken
        self.utter.emit(spoken, voice or self._voice(), self._volume)

    def _read_row(self, row: int, lead: str = "") -> None:
        rows = self._rows()
        if 0 <= row < len(rows):
            self._say(f"{lead} {rows[row]}" if lead else rows[row])

    def _rows(self) -> list[str]:
        reader = self._kiosk.reader
        lang = self._kiosk.language
        return [row.text.get(lang) for row in reader.rows.items]

    def _stop_reading(self) -> None:
        self._reading = -1
        self._paused = False

    def _voice(self) -> str:
        return voice_for(self._kiosk.language)

    # -- for QML and tests ---------------------------------------------------

    @property
    def reading(self) -> bool:
        return self._on and self._reading >= 0

    @property
    def reading_row(self) -> int:
        return self._reading

    @property
    def default_volume(self) -> int:
        return self._default_volume

    on = Property(bool, lambda self: self._on, notify=changed)
    available = Property(bool, lambda self: self._available, notify=changed)
    reason = Property(str, lambda self: self._reason, notify=changed)
    volume = Property(int, lambda self: self._volume, notify=changed)
