"""Start-up: application, fonts, translators, QML engine and the window."""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk import paths
from kiosk.content import LoadResult
from kiosk.i18n import UiTranslator
from kiosk.models.kiosk_model import KioskModel
from kiosk.ops.folder_thread import FOLDER_THREAD, Job, Reading, failed, read_folder
from kiosk.ops.guard import WindowGuard
from kiosk.ops.idle import WARNING_SECONDS
from kiosk.ops.reclaim import ScreenReclaimer
from kiosk.ops.session import Operations
from kiosk.ops.settings import Settings, load_settings, save_settings
from kiosk.ops.stats import UsageCounts
from kiosk.ops.workers import collect_on_ui_thread
from kiosk.screens import ScreenRequest, parse_screen_name, screen_names_help
from kiosk.views import map_canvas  # noqa: F401 (registers Kiosk.Views for QML)
from kiosk.views.icons import PROVIDER_ID as ICON_PROVIDER
from kiosk.views.icons import IconProvider
from kiosk.views.qr_images import PROVIDER_ID as QR_PROVIDER
from kiosk.views.qr_images import QrImageProvider

log = logging.getLogger(__name__)

FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
# How long the start waits for the content: a healthy folder answers in
# milliseconds and the first frame shows it; a hung share is not waited for.
CONTENT_WAIT_S = 5.0
FONT_FAMILY = "Noto Sans"
QML_MODULE = "Kiosk"


class StartupError(RuntimeError):
    """The UI could not be built; the message says why, for staff."""


class UnknownScreenError(StartupError):
    pass


def get_app(argv: list[str] | None = None) -> QGuiApplication:
    """The running QGuiApplication, created once (tests and shot reuse it)."""
    app = QCoreApplication.instance()
    if app is None:
        # Fractional scale factors pass through unrounded (a 150 % desktop is
        # 1.5): Qt 6's default, so not set here (see _after_first_frame).
        app = QGuiApplication(argv if argv is not None else sys.argv[:1])
        app.setApplicationName("tm-foreign-policy-kiosk")
        app.setOrganizationName("MFA Turkmenistan")
        app.setApplicationDisplayName("Foreign Policy of Turkmenistan")
    assert isinstance(app, QGuiApplication)
    # Before any worker thread starts: a cycle collection in a worker would
    # destroy the UI thread's Qt objects there.
    collect_on_ui_thread(app)
    load_fonts(app)
    return app


def load_fonts(app: QGuiApplication) -> None:
    """Bundled Noto Sans, so every machine shows the same type."""
    if app.font().family() == FONT_FAMILY:
        return
    for name in FONT_FILES:
        if QFontDatabase.addApplicationFont(str(paths.resource("fonts", name))) < 0:
            log.error("cannot load bundled font %s", name)
    font = QFont(FONT_FAMILY)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)


@dataclass(kw_only=True)
class KioskView:
    """One kiosk window as a picture needs it: the content, the model and the
    QML window. Nothing in it reads or writes the user's folders."""

    engine: QQmlApplicationEngine
    model: KioskModel
    translator: UiTranslator
    window: QQuickWindow
    load_result: LoadResult
    closed: bool = False

    def close(self) -> None:
        """Tear down views before the models they bind to: the engine (and
        with it the window and every QML item) goes first, synchronously.
        Closing twice is harmless."""
        if self.closed:
            return
        self.closed = True
        self._before_close()
        self.window.close()
        self.engine.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.translator.remove()

    def _before_close(self) -> None:
        """What must stop before the window goes (a picture has nothing)."""


@dataclass(kw_only=True)
class KioskUi(KioskView):
    """The running kiosk: its window, and the operations around it."""

    ops: Operations

    def _before_close(self) -> None:
        self.ops.stop()


def build_view(
    content_dir: Path | str | None = None,
    lang: str | None = None,
    size: tuple[int, int] = (1920, 1080),
    *,
    screen: str | None = None,
    large_text: bool = False,
    high_contrast: bool = False,
    content_wait_s: float = CONTENT_WAIT_S,
) -> KioskView:
    """What a picture needs (`kiosk shot`): the content, the model and the
    QML window, created but not shown. No settings, usage counts, folder
    looks, PIN lockout or idle timer: nothing of the user's is read or
    written. The content is read as the kiosk reads it, in the folder
    thread; a folder that does not answer within ``content_wait_s`` is a
    StartupError (a picture of "unavailable" would say the wrong thing).

    ``screen`` (``attract``, ``home``, ``section/<id>``, ``contacts``, ``map``,
    ``map/<region>``) is opened before the QML is loaded, so the first frame
    already shows it, with no transition. ``large_text`` and
    ``high_contrast`` are the visitor's display choices, made before the
    first frame (a visitor makes them on screen).
    """
    request = _screen_request(screen)
    folder = Path(content_dir) if content_dir else paths.default_content_dir()
    first_read, result = read_first(folder, content_wait_s)
    if not isinstance(first_read, Reading):
        raise StartupError(f"content folder {folder}: not answering (a hung network share?)")
    engine, translator = _engine()
    model = KioskModel(result.content, translator, lang)
    _open_first(model, request, screen, large_text=large_text, high_contrast=high_contrast)
    window = _load_qml(engine, size, kiosk=model, lockedDown=False)
    return KioskView(
        engine=engine, model=model, translator=translator, window=window, load_result=result
    )


def build_ui(
    content_dir: Path | str | None = None,
    lang: str | None = None,
    size: tuple[int, int] = (1920, 1080),
    *,
    screen: str | None = None,
    settings: Settings | None = None,
    stats: UsageCounts | None = None,
    kiosk_mode: bool = False,
    idle_timeout_s: float | None = None,
    warning_s: int = WARNING_SECONDS,
    large_text: bool = False,
    high_contrast: bool = False,
    content_wait_s: float = CONTENT_WAIT_S,
) -> KioskUi:
    """The running kiosk's window (created, not shown): what build_view
    makes, plus the operations around it (settings, idle reset, staff
    access, content reload, usage counts). The composition root: the views'
    model and ops meet only here. By default it starts on the attract screen.

    The content is read in the folder thread (never here: a hung network
    share would freeze the screen) and waited for at most ``content_wait_s``;
    if it has not answered by then, its answer goes on screen when it comes.
    """
    request = _screen_request(screen)
    folder = Path(content_dir) if content_dir else paths.default_content_dir()
    first_read, result = read_first(folder, content_wait_s)
    engine, translator = _engine()
    settings = settings if settings is not None else load_settings()
    model = KioskModel(result.content, translator, lang)
    ops = Operations(
        kiosk=model,
        parent=model,
        content_dir=folder,
        load_result=result,
        first_read=first_read,
        settings=settings,
        save_settings=save_settings,
        stats=stats,
        kiosk_mode=kiosk_mode,
        quit_app=_leave,
        idle_timeout_s=idle_timeout_s,
        warning_s=warning_s,
    )
    # Staff work at the standard text size and palette: the panel is laid
    # out for them, not for the last visitor's choice.
    ops.staff.panelRequested.connect(model.display.reset)
    if lang is None and result.content is not None:
        model.setLanguage(model.default_language)  # the staff's default, if set
    _open_first(model, request, screen, large_text=large_text, high_contrast=high_contrast)
    window = _load_qml(
        engine,
        size,
        kiosk=model,
        idle=ops.idle,
        staff=ops.staff,
        panel=ops.panel,
        lockedDown=kiosk_mode,
    )
    # Every touch, click or key restarts the idle countdown; in kiosk mode the
    # guard also refuses the keys that would close or leave the kiosk.
    guard = WindowGuard(on_activity=ops.idle.activity, locked=kiosk_mode, parent=window)
    window.installEventFilter(guard)
    _after_first_frame(window, model.prewarm)
    return KioskUi(
        engine=engine,
        model=model,
        translator=translator,
        window=window,
        load_result=result,
        ops=ops,
    )


def _screen_request(screen: str | None) -> ScreenRequest | None:
    """The screen a `kiosk shot` name asks for (None: the attract screen)."""
    if screen is None:
        return None
    request = parse_screen_name(screen)
    if request is None:
        raise UnknownScreenError(f"unknown screen '{screen}' (try {screen_names_help()})")
    return request


def _engine() -> tuple[QQmlApplicationEngine, UiTranslator]:
    engine = QQmlApplicationEngine()
    engine.addImageProvider(QR_PROVIDER, QrImageProvider())
    engine.addImageProvider(ICON_PROVIDER, IconProvider())
    return engine, UiTranslator(engine)


def _open_first(
    model: KioskModel,
    request: ScreenRequest | None,
    screen: str | None,
    *,
    large_text: bool,
    high_contrast: bool,
) -> None:
    if request is not None and model.available and not model.open(request):
        raise UnknownScreenError(f"unknown screen '{screen}' (try {screen_names_help()})")
    # After the screen: opening the attract screen is a reset, which clears them.
    model.display.setLargeText(large_text)
    model.display.setHighContrast(high_contrast)


def _load_qml(engine: QQmlApplicationEngine, size: tuple[int, int], **roots) -> QQuickWindow:
    """The QML module's Main with its root properties (``kiosk``,
    ``lockedDown``; ``idle``, ``staff`` and ``panel`` only for the running
    kiosk)."""
    engine.setInitialProperties(roots)
    # The QML module `Kiosk` (kiosk/qml/Kiosk) and the Python types beside it.
    engine.addImportPath(str(paths.qml()))
    engine.loadFromModule(QML_MODULE, "Main")
    windows = engine.rootObjects()
    if not windows or not isinstance(windows[0], QQuickWindow):
        raise StartupError(
            f"the QML UI failed to load (module {QML_MODULE} in {paths.qml()}); see the log"
        )
    window = windows[0]
    window.resize(*size)
    return window


def _log_first(folder: Path, result: LoadResult) -> None:
    for problem in result.problems:
        (log.error if problem.is_error else log.warning)("content: %s", problem)
    if result.content is None:
        # The folder is looked at: content that appears there goes on screen.
        log.error(
            "content in %s is unusable; showing 'temporarily unavailable' until it is fixed",
            folder,
        )


def read_first(folder: Path, wait_s: float) -> tuple[Reading | Job, LoadResult]:
    """The content of ``folder``, read in the folder thread, if it answers
    within ``wait_s``: its Reading and result. Else the Job, still on its
    way, and a result that says the folder does not answer."""
    try:
        job = FOLDER_THREAD.submit(lambda: read_folder(folder))
    except RuntimeError as exc:  # no thread to be had: nothing to wait for
        raise StartupError(f"cannot start reading the content in {folder} ({exc})") from exc
    try:
        reading: Reading = job.result(timeout=wait_s)
    except TimeoutError:
        log.error(
            "content folder %s is not answering after %g s (a hung network share?); "
            "showing 'temporarily unavailable' until it answers",
            folder,
            wait_s,
        )
        return job, failed(folder, f"content folder: not answering within {wait_s:g} s")
    _log_first(folder, reading.result)
    return reading, reading.result


def _leave() -> None:
    """End the event loop, and nothing else: QGuiApplication.quit() would
    first close the window, and Qt 6.11 can then deliver a pending frame
    timer to the destroyed platform window (a crash when the kiosk is stopped
    while an animation runs). The window is torn down in KioskUi.close()."""
    QCoreApplication.exit(0)


def _hang_up() -> None:
    log.warning(
        "SIGHUP (the terminal the kiosk was started from was closed?): the kiosk runs on; "
        "stop it with SIGTERM (systemctl stop, kill)"
    )


def _after_first_frame(window: QQuickWindow, work) -> None:
    """Run ``work`` once the first frame is on screen (start-up stays short).

    Main.qml's ``warm`` turns true at the first frameSwapped, once, on the
    GUI thread (under X11 with OpenGL frameSwapped comes from the render
    thread, and QML queues its handler to the GUI thread), and never turns
    back. Nothing before the first frame uses PySide's ``Qt`` namespace:
    making its 110 enums into Python enums takes 12 ms, which every start
    would wait for (tests/test_first_frame_imports.py)."""
    window.warmChanged.connect(lambda: QTimer.singleShot(0, work))


def _reclaim_screen(app: QGuiApplication, window: QQuickWindow) -> None:
    """A desktop's window manager can hide the kiosk with keys the app never
    sees: from its first frame on, the kiosk takes the screen back."""
    reclaimer = ScreenReclaimer(window, parent=window)
    app.aboutToQuit.connect(reclaimer.stop)  # staff exit, SIGTERM: let it go


def run(
    content_dir: Path | str | None,
    lang: str | None,
    windowed: bool,
    size: tuple[int, int] | None,
) -> int:
    from kiosk.display import display_problem
    from kiosk.qtlog import route_qt_messages

    if (problem := display_problem()) is not None:
        log.critical("%s", problem)
        return 2
    route_qt_messages()
    app = get_app()
    stats = UsageCounts(start=False)  # counting starts now, its writer after the first frame
    try:
        ui = build_ui(
            content_dir, lang, size or (1920, 1080), stats=stats, kiosk_mode=not windowed
        )
    except StartupError as exc:
        log.critical("%s", exc)
        return 2
    if windowed:
        ui.window.show()
    else:
        # Kiosk mode (frameless and on top: Main.qml's lockedDown).
        ui.window.showFullScreen()
        _after_first_frame(ui.window, lambda: _reclaim_screen(app, ui.window))
    ui.window.sceneGraphError.connect(_software_fallback)
    _quit_on_signals(app)
    _recover_from_exceptions(ui)
    log.info("kiosk started (%s)", "windowed" if windowed else "fullscreen")
    # For staff reading the log after a power cut, and for bench/startup.py.
    _after_first_frame(ui.window, lambda: log.info("first frame on screen"))
    _after_first_frame(ui.window, stats.start)
    code = app.exec()
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
        signal.signal(sig, lambda *_: QTimer.singleShot(0, _leave))
    # SIGHUP comes when the terminal the kiosk was started from is closed. Its
    # default ends the process without a word in kiosk.log and leaves the
    # desktop showing; the kiosk needs no terminal, so it runs on.
    signal.signal(signal.SIGHUP, lambda *_: QTimer.singleShot(0, _hang_up))
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)


def prefer_offscreen() -> None:
    """Render without a display (``kiosk shot``) unless a platform was chosen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
