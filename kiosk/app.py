"""Start-up: application, fonts, translators, QML engine and the window."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk import paths
from kiosk.content import LoadResult
from kiosk.i18n import UiTranslator
from kiosk.models.clock import Clock, SystemClock
from kiosk.models.keypad import Keypad
from kiosk.models.kiosk_model import KioskModel
from kiosk.models.screen_size import screen_mm_per_px
from kiosk.models.speech_focus import follow_window
from kiosk.ops.content_place import overlay_dir, pack_store, shown_content_dir
from kiosk.ops.deliveries import deliveries
from kiosk.ops.display_power import DisplayPower
from kiosk.ops.first_read import StartupError, read_first
from kiosk.ops.folder_thread import Reading
from kiosk.ops.guard import WindowGuard
from kiosk.ops.idle import WARNING_SECONDS
from kiosk.ops.opening import OpeningTimings
from kiosk.ops.session import Operations
from kiosk.ops.settings import Settings, load_settings, save_settings
from kiosk.ops.speech_engine import SpeechEngine
from kiosk.ops.stats import UsageCounts
from kiosk.ops.wake_filter import WakeFilter
from kiosk.ops.workers import collect_on_ui_thread
from kiosk.screens import ScreenRequest, parse_screen_name, screen_names_help
from kiosk.speech.voices import find_program
from kiosk.views import (  # noqa: F401 (registers Kiosk.Views for QML)
    attract_map,
    map_canvas,
    text_balance,
    wall_timer,
)
from kiosk.views.icons import PROVIDER_ID as ICON_PROVIDER
from kiosk.views.icons import IconProvider
from kiosk.views.keypad_focus import KeypadFocus
from kiosk.views.qr_images import PROVIDER_ID as QR_PROVIDER
from kiosk.views.qr_images import QrImageProvider

log = logging.getLogger(__name__)

# Noto Sans for reading; Noto Serif Display (bold) for headings and the
# ministry's name (Theme.displayFont). Both cover Turkmen Latin and Cyrillic
# (tests/ui/test_identity.py).
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSerifDisplay-Bold.ttf")
# How long the start waits for the content: a healthy folder answers in
# milliseconds and the first frame shows it; a hung share is not waited for.
CONTENT_WAIT_S = 5.0
FONT_FAMILY = "Noto Sans"
QML_MODULE = "Kiosk"


class UnknownScreenError(StartupError):
    pass


def get_app(argv: list[str] | None = None) -> QGuiApplication:
    """The running QGuiApplication, created once (tests and shot reuse it)."""
    app = QCoreApplication.instance()
    if app is None:
        # A frame at once, not Qt's 5 ms later (docs/ARCHITECTURE.md, Frames).
        os.environ.setdefault("QT_QPA_UPDATE_IDLE_TIME", "0")
        # Fractional scale factors pass unrounded (150 % is 1.5): Qt 6's default.
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
    keypad: Keypad
    focus: KeypadFocus  # keys move the focus (installed on the running kiosk's window)
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
    speech: SpeechEngine

    def _before_close(self) -> None:
        self.ops.stop()
        self.model.speech.leave()
        self.speech.shutdown()


def build_view(
    content_dir: Path | str | None = None,
    lang: str | None = None,
    size: tuple[int, int] = (1920, 1080),
    *,
    screen: str | None = None,
    large_text: bool = False,
    high_contrast: bool = False,
    content_wait_s: float = CONTENT_WAIT_S,
    clock: Clock | None = None,
    physical_size: tuple[float, float] | None = None,
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
    first frame (a visitor makes them on screen). ``clock``: the time the
    picture is of (the PC's when not given). ``physical_size``: the window's
    size on the glass in millimetres (see screen_mm_per_px).
    """
    request = _screen_request(screen)
    folder, overlay = shown_content_dir(content_dir), overlay_dir()
    first_read, result = read_first(folder, content_wait_s, overlay)
    if not isinstance(first_read, Reading):
        raise StartupError(f"content folder {folder}: not answering (a hung network share?)")
    engine, translator = _engine()
    model = KioskModel(result.content, translator, lang, clock=clock or SystemClock())
    _open_first(model, request, screen, large_text=large_text, high_contrast=high_contrast)
    keypad = Keypad(parent=model)
    window = _load_qml(engine, size, kiosk=model, keypad=keypad, lockedDown=False)
    model.display.set_mm_per_px(screen_mm_per_px(window, size, physical_size))
    focus = KeypadFocus(window=window, keypad=keypad, kiosk=model, parent=window)
    return KioskView(
        engine=engine,
        model=model,
        translator=translator,
        window=window,
        load_result=result,
        keypad=keypad,
        focus=focus,
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
    clock: Clock | None = None,
    physical_size: tuple[float, float] | None = None,
    usb_mount_globs: Sequence[str] | None = None,
    display_power: DisplayPower | None = None,
    opening_timings: OpeningTimings = OpeningTimings(),  # noqa: B008 (frozen)
    speech_program: str | Literal["find"] | None = "find",
    speech_wav_folder: Path | None = None,
    speech_piped: bool = False,
) -> KioskUi:
    """The running kiosk's window (created, not shown): what build_view
    makes, plus the operations around it (settings, idle reset, staff
    access, content reload, usage counts). The composition root: the views'
    model and ops meet only here. By default it starts on the attract screen.

    The content is read in the folder thread (never here: a hung network
    share would freeze the screen) and waited for at most ``content_wait_s``;
    if it has not answered by then, its answer goes on screen when it comes.
    ``clock`` is the kiosk's one clock (the PC's when not given): the
    header's date, the motto's year, the notices and the staff panel's
    dated problems all read it. ``usb_mount_globs``: where USB sticks are
    mounted (when staff turned on packs from sticks). Speech: espeak-ng's path ("find": on
    PATH), into WAV files or a pipe instead of the sound card (tests, bench/speech.py).
    """
    request = _screen_request(screen)
    folder, overlay = shown_content_dir(content_dir), overlay_dir()
    first_read, result = read_first(folder, content_wait_s, overlay)
    engine, translator = _engine()
    settings = settings if settings is not None else load_settings()
    model = KioskModel(result.content, translator, lang, clock=clock or SystemClock())
    ops = Operations(
        kiosk=model,
        parent=model,
        content_dir=folder,
        overlay=overlay,
        load_result=result,
        first_read=first_read,
        settings=settings,
        save_settings=save_settings,
        stats=stats,
        kiosk_mode=kiosk_mode,
        quit_app=end_event_loop,
        idle_timeout_s=idle_timeout_s,
        warning_s=warning_s,
        pack_store=pack_store(),
        **deliveries(settings, content_dir, usb_mount_globs, model),
        display_power=display_power,
        opening_timings=opening_timings,
    )
    # Staff work at the standard text size and palette: the panel is laid
    # out for them, not for the last visitor's choice.
    ops.staff.panelRequested.connect(model.display.reset)
    # Nor is a PIN pad read aloud (which key has the focus, in a public place).
    ops.staff.changed.connect(lambda: ops.staff.padOpen and model.speech.leave())
    ops.staff.panelRequested.connect(model.speech.leave)
    if lang is None and result.content is not None:
        model.setLanguage(model.default_language)  # the staff's default, if set
    _open_first(model, request, screen, large_text=large_text, high_contrast=high_contrast)
    keypad = Keypad(parent=model)
    window = _load_qml(
        engine,
        size,
        kiosk=model,
        keypad=keypad,
        idle=ops.idle,
        staff=ops.staff,
        panel=ops.panel,
        opening=ops.opening,
        hoursPanel=ops.hours_panel,
        lockedDown=kiosk_mode,
    )
    model.display.set_mm_per_px(screen_mm_per_px(window, size, physical_size))
    # Every touch, click or key restarts the idle countdown; in kiosk mode the
    # guard also refuses the keys that would close or leave the kiosk.
    guard = WindowGuard(on_activity=ops.on_activity, locked=kiosk_mode, parent=window)
    window.installEventFilter(guard)
    # Keys move the focus (kiosk/views/keypad_focus.py). Asked before the
    # guard: a navigation key is activity too (it says so itself), and the
    # key that ends the idle warning does nothing else, as a tap on it does.
    # Keys with Ctrl or Alt and F4/F11 are never navigation: they go on to
    # the guard.
    focus = KeypadFocus(
        window=window, keypad=keypad, kiosk=model, on_activity=ops.on_activity, parent=window
    )
    window.installEventFilter(focus)
    # Installed last, so asked first: the touch that wakes a sleeping display
    # reaches nothing else (not even the guard's activity).
    wake = WakeFilter(asleep=lambda: ops.opening.dark, on_wake=ops.opening.wake, parent=window)
    window.installEventFilter(wake)
    after_first_frame(window, model.prewarm)
    after_first_frame(window, ops.start_watching)
    speech = SpeechEngine(
        program=find_program() if speech_program == "find" else speech_program,
        wav_folder=speech_wav_folder,
        piped=speech_piped,
        parent=model,
    )
    model.speech.use_engine(speech, default_volume=settings.speech_volume)
    speech.supportKnown.connect(ops.panel.on_speech_support)
    after_first_frame(window, speech.check)  # a process start is no first frame's business
    after_first_frame(window, lambda: follow_window(window, model.speech, on_key=ops.on_activity))
    model.speech.readingOn.connect(ops.on_activity)  # a blind visitor listening is there
    return KioskUi(
        engine=engine,
        model=model,
        translator=translator,
        window=window,
        load_result=result,
        keypad=keypad,
        focus=focus,
        ops=ops,
        speech=speech,
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


def end_event_loop() -> None:
    """End the event loop, and nothing else: QGuiApplication.quit() would
    first close the window, and Qt 6.11 can then deliver a pending frame
    timer to the destroyed platform window (a crash when the kiosk is stopped
    while an animation runs). The window is torn down in KioskUi.close()."""
    QCoreApplication.exit(0)


def after_first_frame(window: QQuickWindow, work) -> None:
    """Run ``work`` once the first frame is on screen (start-up stays short).

    Main.qml's ``warm`` turns true at the first frameSwapped, once, on the
    GUI thread (under X11 with OpenGL frameSwapped comes from the render
    thread, and QML queues its handler to the GUI thread), and never turns
    back. Nothing before the first frame uses PySide's ``Qt`` namespace:
    making its 110 enums into Python enums takes 12 ms, which every start
    would wait for (tests/test_first_frame_imports.py).

    The window is the timer's context: a window closed between its first
    frame and the timer (a test, or staff closing at once) cancels the
    work, which would otherwise act on a deleted window."""
    window.warmChanged.connect(lambda: QTimer.singleShot(0, window, work))


def prefer_offscreen() -> None:
    """Render without a display (``kiosk shot``) unless a platform was chosen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
