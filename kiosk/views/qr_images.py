"""QR codes drawn at run time: ``image://qr/<percent-encoded text>``, or
``image://qr/<version>/<percent-encoded text>`` for a code of at least that
version.

No image files: the card's vCard, a ``tel:`` or a ``mailto:`` becomes a crisp
black-on-white code, scaled by whole pixels per module so phones read it.
The modules come from kiosk/models/qr_codes.py (encoded ahead of time).
"""

from __future__ import annotations

from urllib.parse import unquote

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickImageProvider

from kiosk.models.qr_codes import PROVIDER_ID, qr_matrix

__all__ = ["PROVIDER_ID", "QrImageProvider", "qr_image"]


def qr_image(text: str, size: int, version: int = 0) -> QImage:
    """``text`` as a QR code at most ``size`` pixels wide (whole pixels per
    module), of at least ``version``."""
    rows = qr_matrix(text, version) or ((False,),)
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
        version, _, quoted = id.rpartition("/")
        side = min(requested.width(), requested.height())
        image = qr_image(unquote(quoted), side, int(version) if version.isdigit() else 0)
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image
