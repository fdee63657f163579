"""What the staff panel shows and changes. Every change is saved at once.

What the machine is up against (settings that cannot be saved, usage counts
waiting or a damaged counts file, a content folder that has gone or does not
answer) is listed as notices, each with the path concerned.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content import LANGUAGE_NAMES
from kiosk.content.dates import dated_problems
from kiosk.opening_hours import OpeningHours
from kiosk.ops.folder_thread import Job
from kiosk.ops.idle import IdleMonitor
from kiosk.ops.packs_thread import PACKS_THREAD
from kiosk.ops.protocols import KioskState
from kiosk.ops.reload import ContentReloader
from kiosk.ops.settings import IDLE_MAX, IDLE_MIN, Settings, stored_pin_hash
from kiosk.ops.stats import UsageCounts
from kiosk.packs.store import PackStore

log = logging.getLogger(__name__)

QML_IMPORT_NAME = "Kiosk.Ops"
QML_IMPORT_MAJOR_VERSION = 1

IDLE_STEP = 30


@QmlElement
@QmlUncreatable("made by kiosk.app")
class StaffPanel(QObject):
    changed = Signal()
    # The counts' writer thread says its notices or counts changed; queued
    # to this object's (the UI) thread.
    usageNews = Signal()
    # The pack lines, read in the packs thread (see _read_packs).
    packsRead = Signal(object, object)

    def __init__(
        self,
        *,
        settings: Settings,
        save_settings: Callable[[Settings], None],
        kiosk: KioskState,
        idle: IdleMonitor,
        reloader: ContentReloader,
        stats: UsageCounts | None,
        quit_app: Callable[[], None],
        parent: QObject | None = None,
        stored_pin_hash: Callable[[], tuple[bool, str | None]] = stored_pin_hash,
        pack_store: PackStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._save = save_settings
        self._stored_pin_hash = stored_pin_hash
        self._kiosk = kiosk
        self._idle = idle
        self._reloader = reloader
        self._stats = stats
        self._quit = quit_app
        self._unsaved: tuple[str, str] | None = None  # (path, why) of settings kept in memory
        self._no_speech = ""  # why speech mode is unavailable ("": it is there)
        self._packs = pack_store
        # The installed pack and the last refused one, read when the panel
        # opens and when the content changes, not at the start.
        self._pack: dict[str, str] = {}
        self._refused: dict[str, str] = {}
        reloader.changed.connect(self.on_content_changed)
        kiosk.timePassed.connect(self.changed)  # what has aged is asked again
        self.usageNews.connect(self.on_usage_news)
        self.packsRead.connect(self.on_packs_read)
        self._tell_me = self.usageNews.emit  # one object, to unsubscribe it by
        if stats is not None:
            stats.subscribe(self._tell_me)

    def stop(self) -> None:
        """The window is closing: the counts' thread no longer reports here."""
        if self._stats is not None:
            self._stats.unsubscribe(self._tell_me)

    @Slot()
    def on_usage_news(self) -> None:
        self.changed.emit()

    @Slot()
    def on_content_changed(self) -> None:
        self._read_packs()
        self.changed.emit()

    def _read_packs(self) -> None:
        """The installed pack's record and the last refusal, read in the
        packs thread (a few small files, but a disk that stalls or a record
        swapped for a FIFO never holds the UI thread); on_packs_read shows them."""
        store = self._packs
        if store is None:
            return
        try:
            job = PACKS_THREAD.submit(lambda: _pack_lines(store))
        except RuntimeError:  # no thread to be had: the lines stay as they were
            return
        job.add_done_callback(self._relay_packs)

    def _relay_packs(self, job: Job) -> None:
        """In the packs thread: on to on_packs_read, in this object's thread."""
        if job.exception() is None:
            with suppress(RuntimeError):  # the panel has gone with its window
                self.packsRead.emit(*job.result())

    @Slot(object, object)
    def on_packs_read(self, pack: dict[str, str], refused: dict[str, str]) -> None:
        if (pack, refused) != (self._pack, self._refused):
            self._pack, self._refused = pack, refused
            self.changed.emit()

    def pin_hash(self) -> str | None:
        """The staff PIN's hash as the settings file holds it now: a PIN set
        or removed with `kiosk set-pin` while the kiosk runs holds at once
        (an old PIN somebody learnt stops working). When the file cannot be
        read, the one known holds."""
        found, stored = self._stored_pin_hash()
        if found and stored != self.settings.pin_hash:
            log.info("the staff PIN was changed in the settings file; the new one holds now")
            self.settings = replace(self.settings, pin_hash=stored)
        return self.settings.pin_hash

    def _update(self, **changes) -> None:
        # The file's PIN hash, not the one read at start: saving the panel's
        # change must not put back a PIN that `kiosk set-pin` has replaced.
        self.pin_hash()
        self.settings = replace(self.settings, **changes)
        try:
            self._save(self.settings)
        except OSError as exc:
            # Kept in memory: the change holds until the kiosk restarts.
            log.error("%s; the change lasts until the kiosk restarts", exc)
            path = getattr(exc, "path", None) or exc.filename or ""
            self._unsaved = (str(path), getattr(exc, "reason", None) or exc.strerror or str(exc))
        else:
            self._unsaved = None
        self.changed.emit()

    @Slot(str)
    def setDefaultLanguage(self, lang: str) -> None:
        if lang in self._kiosk.language_codes:
            self._kiosk.set_default_language(lang)
            self._update(default_language=lang)

    @Slot(int)
    def changeIdleTimeout(self, steps: int) -> None:
        seconds = min(IDLE_MAX, max(IDLE_MIN, self.settings.idle_timeout + steps * IDLE_STEP))
        self._idle.set_timeout(seconds)
        self._update(idle_timeout=seconds)

    def save_opening_hours(self, hours: OpeningHours | None) -> None:
        """Staff changed the opening hours (kiosk.ops.hours_panel)."""
        self._update(opening_hours=hours)

    @Slot()
    def reloadContent(self) -> None:
        self._reloader.load(apply_now=True)

    @Slot()
    def exitKiosk(self) -> None:
        log.info("staff closed the kiosk")
        self._quit()

    def _languages(self) -> list[dict[str, str]]:
        content = self._kiosk.content
        status = content.site.translation_status if content else {}
        return [
            {"code": code, "name": LANGUAGE_NAMES[code], "status": status.get(code, "")}
            for code in self._kiosk.language_codes
        ]

    def _notices(self) -> list[dict[str, str]]:
        """For staff, each with its path: ``kind`` picks the sentence."""
        notices = []
        folder = str(self._reloader.folder)
        # Not answering: whether it is there is not known.
        if self._reloader.not_answering:
            notices.append({"kind": "content-not-answering", "path": folder, "detail": ""})
        elif self._reloader.folder_missing:
            notices.append({"kind": "content-missing", "path": folder, "detail": ""})
        if self._unsaved is not None:
            path, why = self._unsaved
            notices.append({"kind": "settings-unsaved", "path": path, "detail": why})
        if self._no_speech:
            notices.append({"kind": "speech-unavailable", "path": "", "detail": self._no_speech})
        if self._stats is not None:
            notices += [
                {"kind": n.kind, "path": n.path, "detail": n.detail} for n in self._stats.notices()
            ]
        return notices

    def _usage(self) -> list[dict[str, object]]:
        # The counts' in-memory mirror: never SQLite on the UI thread.
        if self._stats is None:
            return []
        today = dt.date.today().isoformat()
        todays = {(k, key): n for day, k, key, n in self._stats.rows() if day == today}
        return [
            {"kind": kind, "key": key, "today": todays.get((kind, key), 0), "total": total}
            for (kind, key), total in self._stats.totals().items()
        ]

    defaultLanguage = Property(str, lambda self: self._kiosk.default_language, notify=changed)
    idleTimeout = Property(int, lambda self: self.settings.idle_timeout, notify=changed)
    languages = Property("QVariantList", _languages, notify=changed)
    contentStatus = Property(str, lambda self: self._reloader.status, notify=changed)

    def _report(self) -> list[str]:
        """The last read's problems, and what has aged in the content on
        screen by the kiosk's clock now (as `kiosk validate` prints them)."""
        dated = dated_problems(
            self._kiosk.content, self._kiosk.now(), self.settings.figures_max_age_days
        )
        return [*self._reloader.report, *(str(p) for p in dated)]

    contentReport = Property("QVariantList", _report, notify=changed)
    usage = Property("QVariantList", _usage, notify=changed)
    notices = Property("QVariantList", _notices, notify=changed)
    # {} when no pack is installed / none was ever refused (kiosk.packs).
    pack = Property("QVariantMap", lambda self: self._pack, notify=changed)
    lastRefused = Property("QVariantMap", lambda self: self._refused, notify=changed)

    @Slot(bool, str)
    def on_speech_support(self, available: bool, reason: str) -> None:
        """The speech engine found espeak-ng and its voices, or why not."""
        self._no_speech = "" if available else reason
        self.changed.emit()

    @Slot()
    def refresh(self) -> None:
        self._read_packs()
        self.changed.emit()


def _pack_lines(store: PackStore) -> tuple[dict[str, str], dict[str, str]]:
    """In the packs thread (hashlib is not imported before the first frame)."""
    from kiosk.packs.integrity import pack_lines

    return pack_lines(store)
