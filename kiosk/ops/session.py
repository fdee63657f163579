"""Unattended running, wired in one place: settings, idle reset, staff access,
content reload and usage counts around the kiosk's model."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.content import LoadResult
from kiosk.ops.display_power import DisplayPower
from kiosk.ops.folder_thread import Job, Reading
from kiosk.ops.hours_panel import OpeningHoursPanel
from kiosk.ops.idle import WARNING_SECONDS, IdleMonitor
from kiosk.ops.opening import OpeningTimes, OpeningTimings
from kiosk.ops.panel import StaffPanel
from kiosk.ops.protocols import KioskState
from kiosk.ops.reload import ContentReloader
from kiosk.ops.run_state import RunStateWriter
from kiosk.ops.settings import Settings
from kiosk.ops.staff import StaffAccess
from kiosk.ops.stats import UsageCounts
from kiosk.packs.store import PackStore
from kiosk.screens import Screen

if TYPE_CHECKING:  # the inbox's code is imported only where one is on
    from kiosk.ops.pack_delivery import PackDelivery

log = logging.getLogger(__name__)


class Operations:
    """Made by the composition root (kiosk.app) for the running kiosk only:
    a picture (`kiosk shot`) has none of it."""

    def __init__(
        self,
        *,
        kiosk: KioskState,
        parent: QObject,
        content_dir: Path,
        load_result: LoadResult,
        settings: Settings,
        save_settings: Callable[[Settings], None],
        stats: UsageCounts | None,
        kiosk_mode: bool,
        quit_app: Callable[[], None],
        idle_timeout_s: float | None = None,
        warning_s: int = WARNING_SECONDS,
        first_read: Reading | Job,
        pack_store: PackStore | None = None,
        overlay: Path | None = None,
        deliveries: PackDelivery | None = None,
        packs_folder: Path | None = None,
        display_power: DisplayPower | None = None,
        opening_timings: OpeningTimings = OpeningTimings(),  # noqa: B008 (frozen)
    ) -> None:
        """``parent`` owns the Qt objects made here (the window's model, so
        that they go with it). ``first_read`` is the folder thread's Reading
        that ``load_result`` came from or, when the folder did not answer in
        time, the Job still on its way (its answer goes on screen when it
        comes). ``pack_store``: the installed packs (kiosk.packs.store), shown
        to staff. ``overlay``: the mission's layer, read on top of whatever
        content is shown (an installed pack too). ``deliveries``: the packs
        delivered by Syncthing or a USB stick (None: neither is on), installed
        when nobody is there: at the next reset, or at once on the attract
        screen. ``packs_folder``: the installed packs' ``current`` link, when
        the kiosk shows the packs (None: it shows a folder given with --content).
        ``display_power`` puts the display to sleep out of hours (a test hands
        in one with its own PATH and /dev)."""
        self.kiosk = kiosk
        self.deliveries = deliveries
        self.packs_folder = packs_folder
        # A pack was installed while nobody was there: its content goes on
        # screen as soon as it is read, if nobody has started a visit meanwhile.
        self._show_next_read = False
        self.stats = stats
        self.idle = IdleMonitor(
            timeout_s=idle_timeout_s or settings.idle_timeout, warning_s=warning_s, parent=parent
        )
        self.reloader = ContentReloader(
            folder=content_dir, overlay=overlay, first_read=first_read, parent=parent
        )
        self.reloader.report = [str(p) for p in load_result.problems]
        self.panel = StaffPanel(
            settings=settings,
            save_settings=save_settings,
            kiosk=kiosk,
            idle=self.idle,
            reloader=self.reloader,
            stats=stats,
            quit_app=quit_app,
            parent=parent,
            pack_store=pack_store,
        )
        self.staff = StaffAccess(pin_hash=self.panel.pin_hash, kiosk_mode=kiosk_mode, parent=parent)
        kiosk.set_default_language(settings.default_language)
        self.run_state = RunStateWriter()  # for `kiosk status`
        # Last: outside opening hours the closed screen goes up at once.
        self.opening = OpeningTimes(
            hours=settings.opening_hours,
            kiosk=kiosk,
            power=display_power or DisplayPower(parent=parent),
            timings=opening_timings,
            parent=parent,
        )
        self.hours_panel = OpeningHoursPanel(
            opening=self.opening,
            save=self.panel.save_opening_hours,
            language=lambda: kiosk.language,
            parent=parent,
        )
        self._connect_signals()
        self.on_screen_changed()
        # The first screen is shown too (usage keys are the screens' names).
        self.on_counted("screen", Screen(kiosk.screen).name.lower())

    def _connect_signals(self) -> None:
        self.kiosk.screenChanged.connect(self.on_screen_changed)
        self.kiosk.counted.connect(self.on_counted)
        self.kiosk.problemsFound.connect(self.on_problems_found)
        self.idle.timedOut.connect(self.reset)
        self.reloader.take_pending_now.connect(self.on_take_pending_now)
        self.reloader.pack_edited.connect(self.on_pack_edited)
        self.staff.panelRequested.connect(self.panel.refresh)
        self.reloader.changed.connect(self.on_reload_changed)
        if self.deliveries is not None:
            self.deliveries.installed.connect(self.on_pack_installed)
            self.deliveries.newly_arrived.connect(self.on_packs_arrived)

    def start_watching(self) -> None:
        """The content folder and the pack deliveries are watched from the
        first frame on (kiosk.app.after_first_frame), never before it."""
        self.reloader.start_looking()
        if self.deliveries is not None:
            self.deliveries.start_looking()

    def stop(self) -> None:
        """The window is closing: no idle reset or content reload may reach
        its models afterwards (they can outlive it until Python frees them)."""
        self.kiosk.screenChanged.disconnect(self.on_screen_changed)
        self.idle.set_armed(False)
        self.opening.stop()
        self.reloader.stop()
        self.panel.stop()
        if self.deliveries is not None:
            self.deliveries.stop()

    def on_activity(self) -> None:
        """A touch, a click or a key anywhere in the window."""
        self.idle.activity()
        self.opening.activity()

    def on_problems_found(self, lines: list[str]) -> None:
        """Problems of the content on screen found after it was read: the
        staff panel lists them with the rest of its report."""
        self.reloader.report = [*self.reloader.report, *lines]
        self.reloader.changed.emit()

    def on_screen_changed(self) -> None:
        self.idle.set_armed(Screen(self.kiosk.screen).visitor_is_there)

    def on_counted(self, kind: str, key: str) -> None:
        # A dictionary increment: the counts' own thread writes them to disk.
        if self.stats is not None:
            self.stats.count(kind, key)

    def reset(self) -> None:
        """Back to the attract screen for the next visitor; valid new content,
        if any arrived meanwhile, goes on screen now."""
        self.staff.close_all()
        self.run_state.on_reset()
        pending = self.reloader.take_pending()
        if pending is not None:
            log.info("showing the new content")
            self.kiosk.replace_content(pending)
        else:
            self.kiosk.reset()
        if self.deliveries is not None:  # nobody is there now: a pack that arrived goes in
            self.deliveries.install_arrived()

    def on_packs_arrived(self) -> None:
        # On the attract (or "unavailable") screen no reset is coming, and
        # nobody is there: now is as good a time as a reset.
        if self.deliveries is not None and not Screen(self.kiosk.screen).visitor_is_there:
            self.deliveries.install_arrived()

    def on_pack_installed(self, pack: Path) -> None:
        """In the packs thread's wake: read the content the pack installed."""
        if self.packs_folder is None:
            log.warning(
                "pack %s installed; this kiosk shows %s (--content), not the packs",
                pack,
                self.reloader.folder,
            )
            return
        log.info("pack %s installed; reading its content", pack)
        self.reloader.move_to(self.packs_folder)
        self._show_next_read = True
        self.reloader.load(apply_now=False)

    def on_pack_edited(self) -> None:
        # Unsigned text is not left on the attract screen until a visitor
        # has come and gone: what stands in for it goes up as a pack would.
        self._show_next_read = True

    def on_reload_changed(self) -> None:
        reloader = self.reloader
        # Nobody is reading the "unavailable" screen: good content goes up at once.
        if self.kiosk.screen == Screen.Unavailable and reloader.pending is not None:
            self.kiosk.replace_content(reloader.take_pending())
            log.info("content from %s is on screen", reloader.folder)
        elif self._show_next_read and reloader.status in ("pending", "rejected"):
            self._show_next_read = False
            # Still the attract screen: nobody has started a visit since the
            # reset. Else it waits for the next reset, as any new content.
            if reloader.pending is not None and self.kiosk.screen == Screen.Attract:
                self.kiosk.replace_content(reloader.take_pending())
                log.info("the installed pack's content is on screen")

    def on_take_pending_now(self) -> None:
        pending = self.reloader.take_pending()
        if pending is not None:
            log.info("staff reloaded the content")
            self.kiosk.replace_content(pending)
            self.staff.close_all()
