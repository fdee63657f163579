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


def qr_url(text: str, version: int = 0) -> str:
    """``image://qr/<text>``, or ``image://qr/<version>/<text>`` for a code
    of at least that version (the quoted text holds no "/")."""
    quoted = quote(text, safe="")
    return (
        f"image://{PROVIDER_ID}/{version}/{quoted}"
        if version
        else f"image://{PROVIDER_ID}/{quoted}"
    )


def qr_version(text: str) -> int:
    """The version (1-40) the text's code needs; 0 when none can hold it."""
    rows = qr_matrix(text)
    return (len(rows) - 2 * QUIET_ZONE - 17) // 4 if rows else 0


def qr_matrix(text: str, version: int = 0) -> tuple[tuple[bool, ...], ...]:
    """The code's modules, quiet zone included, of at least ``version``.
    Codes of one version have one number of modules: the same card in every
    language, encoded at the version its longest wording needs, is drawn at
    one size (a longer wording would otherwise mean more, so smaller,
    modules at whole pixels each, and the code would jump on a switch)."""
    natural = encode(text, 0)
    if not natural or version <= (len(natural) - 2 * QUIET_ZONE - 17) // 4:
        return natural
    return encode(text, version)


@lru_cache(maxsize=64)
def encode(text: str, version: int) -> tuple[tuple[bool, ...], ...]:
    """Encoding is the slow part (about 30 ms for a vCard), so it is cached
    and can be done ahead of time."""
    import segno  # only when a code is drawn: start-up does not need it

    try:
        code = segno.make(text, error="m", version=version or None, micro=False)
    except segno.DataOverflowError:
        # The content check keeps every card within one code; should anything
        # still be too long, the screen shows a blank square, never an error.
        log.error("no QR code can hold %d characters; a blank square is shown", len(text))
        return ()
    return tuple(
        tuple(bool(m) for m in row) for row in code.matrix_iter(scale=1, border=QUIET_ZONE)
    )
