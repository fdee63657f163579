"""The kiosk as a running process: the window on screen, the event loop, and
what keeps it there unattended for months. SIGTERM and Ctrl+C end it
cleanly, SIGHUP does not end it, an exception in a slot brings the attract
screen back, and a graphics driver that fails restarts it on the software
renderer. What is built (content, model, operations, QML) is kiosk.app's."""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow

from kiosk.app import (
    KioskUi,
    StartupError,
    after_first_frame,
    build_ui,
    end_event_loop,
    get_app,
)
from kiosk.ops import places
from kiosk.ops.health_run import HealthRun
from kiosk.ops.logsetup import log_path
from kiosk.ops.reclaim import ScreenReclaimer
from kiosk.ops.restarts import count_start
from kiosk.ops.sd_notify import Notifier
from kiosk.ops.settings import load_settings
from kiosk.ops.stats import UsageCounts
from kiosk.ops.watchdog import Heartbeat

log = logging.getLogger(__name__)


def run(
    content_dir: Path | str | None,
    lang: str | None,
    windowed: bool,
    size: tuple[int, int] | None,
    *,
    physical_size: tuple[float, float] | None = None,
) -> int:
    """`kiosk` and `kiosk --windowed`: run until staff exit or a signal; the
    exit status (2: the kiosk could not start, and the log says why)."""
    from kiosk.display import display_problem
    from kiosk.qtlog import route_qt_messages

    if (problem := display_problem()) is not None:
        log.critical("%s", problem)
        return 2
    route_qt_messages()
    started = time.time()
    app = get_app()
    starts = count_start(places.data_dir(), started)  # a restart loop is said here
    stats = UsageCounts(start=False)  # counting starts now, its writer after the first frame
    settings = load_settings()
    notifier = Notifier()
    health = HealthRun(
        settings=settings,
        stats_file=stats.path,
        log_file=log_path(),
        started=started,
        starts=starts,
        watchdog=notifier.enabled,
    )
    try:
        ui = build_ui(
            content_dir,
            lang,
            size or (1920, 1080),
            settings=settings,
            stats=stats,
            kiosk_mode=not windowed,
            physical_size=physical_size,
        )
    except StartupError as exc:
        log.critical("%s", exc)
        health.stop()
        return 2
    if windowed:
        ui.window.show()
    else:
        # Kiosk mode (frameless and on top: Main.qml's lockedDown).
        ui.window.showFullScreen()
        after_first_frame(ui.window, lambda: _reclaim_screen(app, ui.window))
    ui.window.sceneGraphError.connect(_software_fallback)
    _quit_on_signals(app)
    _recover_from_exceptions(ui)
    log.info("kiosk started (%s)", "windowed" if windowed else "fullscreen")
    # For staff reading the log after a power cut, and for bench/startup.py:
    # said as the frame shows, before the work that waits for it.
    ui.window.warmChanged.connect(lambda: log.info("first frame on screen"))
    after_first_frame(ui.window, stats.start)
    # READY=1 and the watchdog's pings, from the first frame on; the health
    # reports in the reports folder too.
    heartbeat = Heartbeat(window=ui.window, notifier=notifier)
    after_first_frame(ui.window, heartbeat.start)
    after_first_frame(
        ui.window,
        lambda: health.start(
            parent=ui.window,
            last_frame=lambda: heartbeat.last_frame,
            problems=lambda: list(ui.ops.reloader.report),
            opening=ui.ops.opening.status,
        ),
    )
    code = app.exec()
    heartbeat.stop()
    notifier.close()
    health.stop()
    ui.close()
    stats.close()
    log.info("kiosk stopped")
    return code


SOFTWARE_BACKEND = "software"


def _software_fallback(error, message: str) -> None:
    """No working OpenGL (a broken driver, a PC without GPU): start again on
    Qt Quick's software renderer rather than show a blank screen."""
    if os.environ.get("QT_QUICK_BACKEND") == SOFTWARE_BACKEND:
        log.critical("the screen cannot be drawn even in software: %s", message)
        QCoreApplication.exit(3)
        return
    log.error("graphics failed (%s); restarting with the software renderer", message)
    logging.shutdown()
    os.environ["QT_QUICK_BACKEND"] = SOFTWARE_BACKEND
    os.execv(sys.executable, [sys.executable, "-m", "kiosk", *sys.argv[1:]])


def _recover_from_exceptions(ui: KioskUi) -> None:
    """An exception in a slot is logged and the visitor sees the attract
    screen again, rather than a screen that no longer answers. One raised in
    another thread did not touch the screen: the hook before this one logs
    it, with the thread's name (kiosk.ops.logsetup)."""
    previous = sys.excepthook

    def hook(kind, value, tb) -> None:
        if threading.current_thread() is not threading.main_thread():
            previous(kind, value, tb)
            return
        log.error("unexpected error; back to the attract screen", exc_info=(kind, value, tb))
        try:
            QTimer.singleShot(0, ui.ops.reset)
        except Exception:  # the hook itself must never raise
            previous(kind, value, tb)

    sys.excepthook = hook


def _quit_on_signals(app: QGuiApplication) -> None:
    """SIGTERM/SIGINT (systemd stop, Ctrl+C in a terminal) end the event loop
    cleanly. Python only runs signal handlers between bytecodes, so a timer
    wakes the interpreter now and then while Qt waits for events. The exit
    is posted, not called: a signal that comes before app.exec() has started
    would otherwise be lost (exit() does nothing without a running loop) and
    the kiosk would run on until systemd kills it."""
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: QTimer.singleShot(0, end_event_loop))
    # SIGHUP comes when the terminal the kiosk was started from is closed. Its
    # default ends the process without a word in kiosk.log and leaves the
    # desktop showing; the kiosk needs no terminal, so it runs on.
    signal.signal(signal.SIGHUP, lambda *_: QTimer.singleShot(0, _hang_up))
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)


def _hang_up() -> None:
    log.warning(
        "SIGHUP (the terminal the kiosk was started from was closed?): the kiosk runs on; "
        "stop it with SIGTERM (systemctl stop, kill)"
    )


def _reclaim_screen(app: QGuiApplication, window: QQuickWindow) -> None:
    """A desktop's window manager can hide the kiosk with keys the app never
    sees: from its first frame on, the kiosk takes the screen back."""
    reclaimer = ScreenReclaimer(window, parent=window)
    app.aboutToQuit.connect(reclaimer.stop)  # staff exit, SIGTERM: let it go
