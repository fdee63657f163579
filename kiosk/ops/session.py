"""Unattended running, wired in one place: settings, idle reset, staff access,
content reload and usage counts around the kiosk's model."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from kiosk.content import LoadResult
from kiosk.models.kiosk_model import KioskModel
from kiosk.ops.folder_thread import Job, Reading
from kiosk.ops.idle import WARNING_SECONDS, IdleMonitor
from kiosk.ops.panel import StaffPanel
from kiosk.ops.reload import ContentReloader
from kiosk.ops.settings import Settings
from kiosk.ops.staff import StaffAccess
from kiosk.ops.stats import UsageCounts
from kiosk.screens import Screen

log = logging.getLogger(__name__)


class Operations:
    def __init__(
        self,
        model: KioskModel,
        content_dir: Path,
        load_result: LoadResult,
        settings: Settings,
        save_settings: Callable[[Settings], None],
        stats: UsageCounts | None,
        kiosk_mode: bool,
        quit_app: Callable[[], None],
        idle_timeout_s: float | None = None,
        warning_s: int = WARNING_SECONDS,
        *,
        first_read: Reading | Job,
    ) -> None:
        """``first_read`` is the folder thread's Reading that ``load_result``
        came from or, when the folder did not answer in time, the Job still
        on its way (its answer goes on screen when it comes)."""
        self.model = model
        self.stats = stats
        self.idle = IdleMonitor(idle_timeout_s or settings.idle_timeout, warning_s, model)
        self.reloader = ContentReloader(content_dir, first_read, model)
        self.reloader.report = [str(p) for p in load_result.problems]
        self.staff = StaffAccess(lambda: self.panel.pin_hash(), kiosk_mode, parent=model)
        self.panel = StaffPanel(
            settings, save_settings, model, self.idle, self.reloader, stats, quit_app, model
        )
        model.set_default_language(settings.default_language)
        self._connect_signals()
        self.on_screen_changed()
        # The first screen is shown too (counted by the name it always had).
        self.on_counted("screen", Screen(model.screen).name.lower())

    def _connect_signals(self) -> None:
        self.model.screenChanged.connect(self.on_screen_changed)
        self.model.counted.connect(self.on_counted)
        self.idle.timedOut.connect(self.reset)
        self.reloader.take_pending_now.connect(self.on_take_pending_now)
        self.staff.panelRequested.connect(self.panel.refresh)
        # Staff work at the standard text size and palette: the panel is laid
        # out for them, not for the last visitor's choice.
        self.staff.panelRequested.connect(self.model.display.reset)
        self.reloader.changed.connect(self.on_reload_changed)

    def stop(self) -> None:
        """The window is closing: no idle reset or content reload may reach
        its models afterwards (they can outlive it until Python frees them)."""
        self.model.screenChanged.disconnect(self.on_screen_changed)
        self.idle.set_armed(False)
        self.reloader.stop()
        self.panel.stop()

    def on_screen_changed(self) -> None:
        self.idle.set_armed(Screen(self.model.screen).visitor_is_there)

    def on_counted(self, kind: str, key: str) -> None:
        # A dictionary increment: the counts' own thread writes them to disk.
        if self.stats is not None:
            self.stats.count(kind, key)

    def reset(self) -> None:
        """Back to the attract screen for the next visitor; valid new content,
        if any arrived meanwhile, goes on screen now."""
        self.staff.close_all()
        pending = self.reloader.take_pending()
        if pending is not None:
            log.info("showing the new content")
            self.model.replace_content(pending)
        else:
            self.model.reset()

    def on_reload_changed(self) -> None:
        # Nobody is reading the "unavailable" screen: good content goes up at once.
        if self.model.screen == Screen.Unavailable and self.reloader.pending is not None:
            self.model.replace_content(self.reloader.take_pending())
            log.info("content from %s is on screen", self.reloader.folder)

    def on_take_pending_now(self) -> None:
        pending = self.reloader.take_pending()
        if pending is not None:
            log.info("staff reloaded the content")
            self.model.replace_content(pending)
            self.staff.close_all()
