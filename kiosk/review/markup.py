"""Text for the review page: everything from the content folder goes through here.

HTML or script in a field stays literal text (``esc``), on the page as on the
kiosk, and the characters no content text may hold are written as visible
escapes, so nothing shown can change the page's reading order.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from kiosk.content.characters import FORBIDDEN, escaped


def esc(text: object) -> str:
    """HTML-escaped, with forbidden characters (bidirectional controls,
    controls, noncharacters…) written as ``\\uXXXX``. The loader refuses them
    in texts; file names, messages and notes reach the page too."""
    return html.escape(FORBIDDEN.sub(_visible, str(text)), quote=True)


def _visible(match: re.Match[str]) -> str:
    return f"\\u{ord(match[0]):04x}"


def values(pairs: Iterable[tuple[str, str]]) -> str:
    """``key: value · key: value``, each value as written ("(empty)" if none)."""
    shown = [
        (f'<span class="k">{esc(key)}:</span> ' if key else "")
        + f'<span class="v">{esc(value) if value else "(empty)"}</span>'
        for key, value in pairs
    ]
    return ' <span class="sep">·</span> '.join(shown)


def breakable(path: str) -> str:
    """A field path, escaped, that may break after its dots and brackets."""
    return esc(escaped(path)).replace(".", ".<wbr>").replace("]", "]<wbr>")


def marked(line: str, start: int, span: tuple[int, int] | None) -> str:
    """The line, escaped, with the part of ``span`` (offsets in the page) on it marked."""
    if span is None:
        return esc(line)
    first = max(span[0] - start, 0)
    last = min(span[1] - start + 1, len(line))
    if first >= last:
        return esc(line)
    return f"{esc(line[:first])}<mark>{esc(line[first:last])}</mark>{esc(line[last:])}"
