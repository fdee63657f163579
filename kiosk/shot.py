"""``kiosk shot``: render one screen offscreen to a PNG and exit."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from kiosk.app import build_ui, get_app, prefer_offscreen

log = logging.getLogger(__name__)

FIRST_FRAME_TIMEOUT_MS = 10_000


class ShotError(RuntimeError):
    pass


def take_shot(
    screen: str,
    output: Path,
    lang: str | None = None,
    size: tuple[int, int] = (1920, 1080),
    content_dir: Path | None = None,
) -> Path:
    prefer_offscreen()
    get_app()
    ui = build_ui(content_dir, lang, size, screen=screen)
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
