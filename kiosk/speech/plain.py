"""Text made safe and sayable before espeak-ng gets it.

Content text is plain text, and so is what espeak-ng is given: the kiosk
never asks for SSML (no ``-m``), so ``<b>`` or ``&amp;`` in a field is said
as written, never obeyed. What espeak-ng would still interpret is taken
out here, whatever the text:

- ``[[…]]`` is espeak-ng's phoneme input (``[[h@loU]]`` is said as those
  phonemes): a bracket never directly follows another;
- control and format characters (a NUL ends espeak-ng's text; an escape
  sequence; bidirectional controls) become spaces, and every run of
  white space one space;
- a very long text is cut at a word, so that one field cannot hold the
  voice for minutes;
- in Turkmen, digits become words (espeak-ng's Turkmen voice says none).

The text goes to espeak-ng on stdin (kiosk.speech.voices), so a text
starting with "-" is never taken for an option.
"""

from __future__ import annotations

import re
import unicodedata

from kiosk.speech.numbers import turkmen_number

# About three minutes of speech: the longest paragraph of the content is
# some 900 characters; a field longer than this is not meant to be heard.
MAX_CHARS = 3000
ELLIPSIS = "…"

_BRACKET_PAIR = re.compile(r"([\[\]])(?=[\[\]])")
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"[0-9]+")


def plain_text(text: str, lang: str) -> str:
    """What espeak-ng may be given for ``text`` in ``lang``: one line of
    plain text ("" when nothing sayable is left)."""
    text = "".join(" " if _unsayable(ch) else ch for ch in text)
    text = _SPACES.sub(" ", text).strip()
    if len(text) > MAX_CHARS:
        cut = text.rfind(" ", 0, MAX_CHARS)
        text = text[: cut if cut > MAX_CHARS // 2 else MAX_CHARS].rstrip() + ELLIPSIS
    text = _BRACKET_PAIR.sub(r"\1 ", text)
    if lang == "tk":
        text = _DIGITS.sub(lambda m: turkmen_number(m.group()), text)
    return text


def _unsayable(ch: str) -> bool:
    """Control (Cc), format (Cf: bidi controls, zero-width), separator
    (Zl, Zp) and unassigned or private characters. White space that is a
    control (tab, newline) becomes a space too."""
    return unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")
