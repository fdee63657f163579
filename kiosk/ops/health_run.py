"""The health reports of one run of the kiosk, from its start to its stop.

Made at the start, before the window: a kiosk in a restart loop may never
reach its first frame (a crash while loading), so then its status (with
``restart_loop: true``) is written at once, from the report thread. Every
other start writes its first report at the first frame, then one a minute.
The report modules are imported only when needed: not on a healthy start's
way to its first frame.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from kiosk.ops import places
from kiosk.ops.restarts import Starts
from kiosk.ops.settings import Settings

log = logging.getLogger(__name__)

REPORTS_FOLDER = "reports"  # in the data folder, unless the settings name another


def reports_folder(settings: Settings) -> Path:
    if settings.reports_folder:
        return Path(settings.reports_folder)
    return places.data_dir() / REPORTS_FOLDER


class HealthRun:
    def __init__(
        self,
        *,
        settings: Settings,
        stats_file: Path,
        log_file: Path | None,
        started: float,
        starts: Starts,
        watchdog: bool,
    ) -> None:
        self.folder = reports_folder(settings)
        self._mission = settings.mission
        self._stats_file = stats_file
        self._log_file = log_file
        self._started = started
        self._starts = starts
        self._watchdog = watchdog
        self._writer = None
        self._reports = None
        if starts.looping(started):
            status = self._status(last_frame=lambda: None, problems=lambda: [])
            self.writer().submit(status())

    def writer(self):
        if self._writer is None:
            from kiosk.ops.health_report import ReportWriter
            from kiosk.ops.usage_report import read_report

            stats_file = self._stats_file
            self._writer = ReportWriter(
                folder=self.folder,
                read_usage=lambda: read_report(stats_file).rows,
                log_file=self._log_file,
                today=_today_and_yesterday,
                extra=_content_part,
            )
        return self._writer

    def start(
        self,
        *,
        parent: QObject,
        last_frame: Callable[[], float | None],
        problems: Callable[[], list[str]],
        opening: Callable[[], dict[str, object]] | None = None,
    ) -> None:
        """The first frame is on screen: a report now, then every minute."""
        from kiosk.ops.health_report import HealthReports

        status = self._status(last_frame=last_frame, problems=problems, opening=opening)
        self._reports = HealthReports(status=status, writer=self.writer(), parent=parent)
        self._reports.start()
        log.info("health reports every minute in %s", self.folder)

    def stop(self) -> None:
        """A last report (that the kiosk stopped is worth knowing), then the thread ends."""
        if self._reports is not None:
            self._reports.stop()
        elif self._writer is not None:
            self._writer.stop()

    def _status(
        self,
        *,
        last_frame: Callable[[], float | None],
        problems: Callable[[], list[str]],
        opening: Callable[[], dict[str, object]] | None = None,
    ) -> Callable[[], dict[str, object]]:
        from kiosk.ops.health_status import liveness_status

        return liveness_status(
            started=self._started,
            starts=self._starts,
            last_frame=last_frame,
            watchdog=self._watchdog,
            problems=problems,
            mission=self._mission,
            opening=opening,
        )


def _content_part() -> dict[str, object]:
    """The content shown, its signer, the last refused pack and the last
    reset, as `kiosk status` says them (read in the writer's thread)."""
    from kiosk.ops.status import content_part

    return content_part()


def _today_and_yesterday() -> set[str]:
    """The days still being counted (just after midnight, yesterday's last counts)."""
    now = dt.date.today()
    return {now.isoformat(), (now - dt.timedelta(days=1)).isoformat()}
