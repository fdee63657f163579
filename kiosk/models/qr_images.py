"""QR codes drawn at run time with segno: ``image://qr/<percent-encoded text>``.

No image files: the card's vCard, a ``tel:`` or a ``mailto:`` becomes a crisp
black-on-white code, scaled by whole pixels per module so phones read it.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from urllib.parse import quote, unquote

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickImageProvider

log = logging.getLogger(__name__)

PROVIDER_ID = "qr"
QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def qr_url(text: str) -> str:
    return f"image://{PROVIDER_ID}/{quote(text, safe='')}"


@lru_cache(maxsize=64)
def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The code's modules, quiet zone included. Encoding is the slow part
    (about 30 ms for a vCard), so it is cached and can be done ahead of time."""
    import segno  # only when a code is drawn: start-up does not need it

    try:
        code = segno.make(text, error="m", micro=False)
    except segno.DataOverflowError:
        # The content check keeps every card within one code; should anything
        # still be too long, the screen shows a blank square, never an error.
        log.error("no QR code can hold %d characters; a blank square is shown", len(text))
        return ()
    return tuple(
        tuple(bool(m) for m in row) for row in code.matrix_iter(scale=1, border=QUIET_ZONE)
    )


def qr_image(text: str, size: int) -> QImage:
    """``text`` as a QR code at most ``size`` pixels wide (whole pixels per module)."""
    rows = qr_matrix(text) or ((False,),)
    modules = len(rows)
    scale = max(1, size // modules) if size > 0 else 8
    width = modules * scale
    stride = (width + 3) // 4 * 4  # QImage rows are 32-bit aligned
    pad = b"\xff" * (stride - width)
    lines = []
    for row in rows:
        line = b"".join((b"\x00" if dark else b"\xff") * scale for dark in row) + pad
        lines.append(line * scale)
    data = b"".join(lines)
    # copy(): the QImage must own its pixels once `data` goes away.
    return QImage(data, width, width, stride, QImage.Format.Format_Grayscale8).copy()


class QrImageProvider(QQuickImageProvider):
    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)

    def requestImage(self, id: str, size: QSize, requested: QSize) -> QImage:
        image = qr_image(unquote(id), min(requested.width(), requested.height()))
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image
