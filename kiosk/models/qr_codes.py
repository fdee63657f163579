"""QR codes as the models hand them to the views: the ``image://qr/…`` URL of
a text and the code's modules (segno), encoded ahead of time.

No Qt here: kiosk/views/qr_images.py turns the modules into pixels.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from urllib.parse import quote

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
