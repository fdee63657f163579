"""``kiosk shot``: render one screen offscreen to a PNG and exit."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication

from kiosk.app import StartupError, build_view, get_app, prefer_offscreen
from kiosk.models.clock import StartedClock, SystemClock

log = logging.getLogger(__name__)

FIRST_FRAME_TIMEOUT_MS = 10_000


class ShotError(RuntimeError):
    pass


def _show_focus(ui, name: str, loop: QEventLoop) -> None:
    """Keys in use, the focus on the control called ``name`` (scrolled into
    view), and the frame that shows it."""
    target = ui.focus.find_stop(lambda item: item.objectName() == name)
    if target is None:
        raise ShotError(f"no control named {name!r} takes the focus on this screen")
    ui.keypad.set_keys_in_use(True)
    ui.focus.focus(target, QtCore.Qt.FocusReason.TabFocusReason)
    ui.window.update()
    loop.exec()


def take_shot(
    screen: str,
    output: Path,
    lang: str | None = None,
    size: tuple[int, int] = (1920, 1080),
    content_dir: Path | None = None,
    scale: float = 1.0,
    large_text: bool = False,
    high_contrast: bool = False,
    physical_size: tuple[float, float] | None = None,
    at: dt.datetime | None = None,
    focus: str | None = None,
) -> Path:
    """``size`` is the picture's size in pixels; with ``scale`` (a device
    pixel ratio) the window is laid out at ``size / scale``, as Qt does on a
    high-DPI screen, and drawn at full resolution. ``at``: as the screen is
    on that day (the motto of its year, the notices of that moment).
    ``physical_size``: the window's size on the glass in millimetres (the
    offscreen screen's own report means nothing; without it, the design's
    assumed panel for the picture's shape). ``focus``: the objectName of a
    control to draw with the keypad's focus ring, as after a key press."""
    prefer_offscreen()
    # A picture writes nothing into the user's folders, not even Qt's cache of
    # compiled QML (in the cache folder; compiling costs a shot some 10 ms).
    os.environ["QML_DISABLE_DISK_CACHE"] = "1"
    if scale != 1.0:
        if QGuiApplication.instance() is not None:
            raise ShotError("--scale needs a fresh process (Qt is already running)")
        os.environ["QT_SCALE_FACTOR"] = f"{scale:g}"
    get_app()
    logical = (round(size[0] / scale), round(size[1] / scale))
    # Only what the picture shows: no operations (settings, counts, watcher,
    # lockout), so nothing is written into the user's folders.
    ui = build_view(
        content_dir,
        lang,
        logical,
        screen=screen,
        large_text=large_text,
        high_contrast=high_contrast,
        physical_size=physical_size,
        clock=StartedClock(at) if at is not None else SystemClock(),
    )
    try:
        if not ui.model.available:
            log.warning("content is unusable; the picture shows the 'unavailable' screen")
        # The screen was opened before the QML loaded: the first frame is the
        # finished picture, with no transition to wait for.
        loop = QEventLoop()
        ui.window.frameSwapped.connect(loop.quit)
        never_hang = QTimer()
        never_hang.setSingleShot(True)
        never_hang.timeout.connect(loop.quit)
        never_hang.start(FIRST_FRAME_TIMEOUT_MS)
        ui.window.show()
        loop.exec()
        if focus:
            _show_focus(ui, focus, loop)
        never_hang.stop()
        image = ui.window.grabWindow()
        if image.isNull():
            raise ShotError("the window could not be grabbed")
        output.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(output)):
            raise ShotError(f"cannot write {output}")
        return output
    finally:
        ui.close()


def shot_command(args: argparse.Namespace, folder_problem: Callable[[Path], str | None]) -> int:
    """``kiosk shot``: the picture's path on stdout, or one sentence and 1."""
    # A picture of the "unavailable" screen would hide a mistyped path.
    if args.content is not None and (problem := folder_problem(args.content)) is not None:
        print(f"kiosk shot: content folder {args.content}: {problem}", file=sys.stderr)
        return 1
    try:
        out = take_shot(
            args.screen,
            args.output,
            args.lang,
            args.size or (1920, 1080),
            args.content,
            scale=args.scale,
            large_text=args.large_text,
            high_contrast=args.high_contrast,
            physical_size=args.physical_size,
            at=args.at,
            focus=args.focus,
        )
    except (ShotError, StartupError) as exc:
        print(f"kiosk shot: {exc}", file=sys.stderr)
        return 1
    print(out)
    return 0
