"""Interface icons in any colour: ``image://icon/<name>/<rrggbb>``.

The SVGs in resources/icons draw in ``currentColor``. One file serves the
standard and the high-contrast palette, the green header and a white page:
the colour is put in before Qt's own SVG image plug-in renders it, at the
size the Image asks for (device pixels, so it stays sharp at any scale).
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtQuick import QQuickImageProvider

from kiosk import paths

log = logging.getLogger(__name__)

PROVIDER_ID = "icon"
DEFAULT_SIZE = 48
_NAME = re.compile(r"[a-z][a-z0-9-]*")
_COLOUR = re.compile(r"[0-9a-fA-F]{6}")


# Pictures served here that are not interface icons: drawn in their own
# colours (they hold no currentColor, so the colour asked for changes nothing).
PICTURES = {"flag-tm": ("flag", "tm.svg")}


@lru_cache(maxsize=64)
def _svg(name: str) -> bytes | None:
    path = paths.resource(*PICTURES.get(name, ("icons", f"{name}.svg")))
    try:
        return path.read_bytes()
    except OSError as exc:
        log.error("icon %s: %s", path, exc)
        return None


def icon_image(name: str, colour: str, size: QSize) -> QImage:
    """The icon ``name`` drawn in ``#colour`` at ``size`` (a null image if
    either is unknown, which QML shows as nothing and logs)."""
    if not _NAME.fullmatch(name) or not _COLOUR.fullmatch(colour):
        log.error("icon %r in colour %r: not a valid icon request", name, colour)
        return QImage()
    svg = _svg(name)
    if svg is None:
        return QImage()
    data = QByteArray(svg.replace(b"currentColor", b"#" + colour.encode("ascii")))
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, b"svg")
    reader.setScaledSize(
        size if size.isValid() and not size.isEmpty() else QSize(DEFAULT_SIZE, DEFAULT_SIZE)
    )
    image = reader.read()
    if image.isNull():
        log.error("icon %s: %s", name, reader.errorString())
    return image


class IconProvider(QQuickImageProvider):
    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)

    def requestImage(self, id: str, size: QSize, requested: QSize) -> QImage:
        name, _, colour = id.partition("/")
        image = icon_image(name, colour, requested)
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image
