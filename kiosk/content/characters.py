"""Characters no content text may hold, and how to name them to staff.

Control characters do nothing visible on the screen but can break what
reads the text (a terminal showing `kiosk validate`, the log, a vCard);
bidirectional controls silently reorder what a visitor reads (the
"Trojan source" trick); line and paragraph separators and a byte order
mark inside the text are invisible breaks and marks nobody typed on purpose.
Each is refused with its code point and name, so that staff can find it.
"""

from __future__ import annotations

import re
import unicodedata

# C0 controls other than tab, line feed and carriage return; DEL; C1.
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
# ALM, LRM, RLM, embeddings and overrides (LRE…RLO), isolates (LRI…PDI),
# and the deprecated formatting characters right after them.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u206f"
_SEPARATORS = "\u2028\u2029"
# A byte order mark is only allowed as the file's first character (removed
# before this check); the 66 noncharacters (U+FDD0…U+FDEF and the last two
# code points of each plane, U+FFFE, U+1FFFE…) are not characters at all,
# and a lone surrogate (written as an escape) cannot even be printed.
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0, 0x110000, 0x10000)
)
_OTHER = f"\ufeff\ud800-\udfff{_NONCHARACTERS}"

FORBIDDEN = re.compile(f"[{_CONTROLS}{_BIDI}{_SEPARATORS}{_OTHER}]")

# unicodedata has no names for control characters; these are ISO 6429's.
_C0_NAMES = (
    "NULL",
    "START OF HEADING",
    "START OF TEXT",
    "END OF TEXT",
    "END OF TRANSMISSION",
    "ENQUIRY",
    "ACKNOWLEDGE",
    "BELL",
    "BACKSPACE",
    "CHARACTER TABULATION",
    "LINE FEED",
    "LINE TABULATION",
    "FORM FEED",
    "CARRIAGE RETURN",
    "SHIFT OUT",
    "SHIFT IN",
    "DATA LINK ESCAPE",
    "DEVICE CONTROL ONE",
    "DEVICE CONTROL TWO",
    "DEVICE CONTROL THREE",
    "DEVICE CONTROL FOUR",
    "NEGATIVE ACKNOWLEDGE",
    "SYNCHRONOUS IDLE",
    "END OF TRANSMISSION BLOCK",
    "CANCEL",
    "END OF MEDIUM",
    "SUBSTITUTE",
    "ESCAPE",
    "FILE SEPARATOR",
    "GROUP SEPARATOR",
    "RECORD SEPARATOR",
    "UNIT SEPARATOR",
)
_OTHER_NAMES = {"\x7f": "DELETE", "\x85": "NEXT LINE"}


def kind_of(char: str) -> str:
    """What sort of forbidden character this is, in words."""
    if re.match(f"[{_CONTROLS}]", char):
        return "control character"
    if re.match(f"[{_BIDI}]", char):
        return "bidirectional control"
    if char in _SEPARATORS:
        return "line or paragraph separator"
    if char == "\ufeff":
        return "byte order mark"
    if "\ud800" <= char <= "\udfff":
        return "lone surrogate"
    return "noncharacter"


def describe(char: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE``: the code point and its Unicode name."""
    code = ord(char)
    name = _C0_NAMES[code] if code < 0x20 else _OTHER_NAMES.get(char) or unicodedata.name(char, "")
    return f"U+{code:04X} {name}".rstrip()


def problem_with(char: str) -> str:
    """``control character U+0007 BELL``"""
    return f"{kind_of(char)} {describe(char)}"


def find_forbidden(text: str, start: int = 0) -> re.Match[str] | None:
    return FORBIDDEN.search(text, start)


_UNPRINTABLE = re.compile(f"[{_CONTROLS}{_BIDI}{_SEPARATORS}{_OTHER}\t\n\r]")


def escaped(text: str) -> str:
    """Forbidden characters, tabs and line breaks written as escapes: a
    message quoting a file must stay one line and never reorder or control
    the terminal, log or staff panel that shows it."""
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def printable(value: str, limit: int = 60) -> str:
    """A value from a file as a message quotes it: escaped, long ones cut."""
    return escaped(value if len(value) <= limit else value[: limit - 1] + "…")
