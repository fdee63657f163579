"""Alphabetical order in the language on screen.

Python's own order (code points, or ``str.casefold``) puts every letter with a
diacritic after Z: Çad after Zimbabwe, Özbegistan after Täjigistan. Lists of
names are sorted with QCollator (ICU's collation, the language's own
alphabet) for the language on screen. The Turkmen alphabet is

    A B Ç D E Ä F G H I J Ž K L M N Ň O Ö P R S Ş T U Ü W Y Ý Z

(Ä after E, Ž after J, Ý after Y), which ICU's "tk" collation follows. A Qt
whose collator lacks that tailoring (built without ICU, or with trimmed ICU
data) would sort Turkmen like English; the first use checks the collator
against the alphabet and, if it fails, sorts by the alphabet itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from functools import cache

from PySide6.QtCore import QCollator

from kiosk.content.alphabets import TURKMEN_ALPHABET, alphabet_key
from kiosk.i18n import locale_for

log = logging.getLogger(__name__)


SortKey = Callable[[str], object]


def sort_names(names: Iterable[str], lang: str) -> list[str]:
    """``names`` in the alphabetical order of ``lang``."""
    return sorted(names, key=sort_key(lang))


@cache
def sort_key(lang: str) -> SortKey:
    """The sort key for ``lang``: its collator's, checked for Turkmen."""
    collator = QCollator(locale_for(lang))
    if lang == "tk" and not follows(collator.sortKey, TURKMEN_ALPHABET):
        log.warning("Qt's collator does not know the Turkmen alphabet; sorting by it directly")
        return turkmen_key
    return collator.sortKey


def follows(key: SortKey, alphabet: str) -> bool:
    """Does ``key`` put the letters of ``alphabet`` (and their capitals) in
    its order? Checked on words, so that a collator that merely ignores a
    diacritic (Ç = C) fails too."""
    words = [f"{letter}a" for letter in alphabet] + [f"{letter.upper()}b" for letter in alphabet]
    expected = sorted(words, key=lambda w: (alphabet.index(w[0].lower()), w[1]))
    return sorted(words, key=key) == expected


# The Turkmen alphabet's order, letter by letter (kiosk/content/alphabets.py).
turkmen_key: SortKey = alphabet_key(TURKMEN_ALPHABET)
