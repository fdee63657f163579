"""``kiosk shot``: render one screen offscreen to a PNG and exit."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from kiosk.app import build_ui, get_app, prefer_offscreen

log = logging.getLogger(__name__)

# Long enough for the 200 ms screen fade to finish before the frame we keep.
SETTLE_MS = 400


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
    ui = build_ui(content_dir, lang, size)
    try:
        if ui.model.available and not ui.model.openScreen(screen):
            raise ShotError(f"unknown screen '{screen}' (try home, section/<id>)")
        if not ui.model.available and screen != "unavailable":
            log.warning("content is unusable; the picture shows the 'unavailable' screen")
        ui.window.show()
        loop = QEventLoop()
        QTimer.singleShot(SETTLE_MS, loop.quit)
        loop.exec()
        image = ui.window.grabWindow()
        if image.isNull():
            raise ShotError("the window could not be grabbed")
        output.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(output)):
            raise ShotError(f"cannot write {output}")
        return output
    finally:
        ui.close()
