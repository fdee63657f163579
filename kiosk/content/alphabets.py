"""Each language's alphabet, for an order that needs no collator.

The screens sort with Qt's collator (kiosk/models/collation.py), which falls
back on these alphabets when it does not know one; `kiosk review`, which
runs without Qt, sorts by them directly. Python's own order would put every
letter with a diacritic after Z (Çad after Zimbabwe) and ё after я.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

ALPHABETS = {
    "tk": "abçdeäfghijžklmnňoöprsştuüwyýz",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "en": "abcdefghijklmnopqrstuvwxyz",
}
TURKMEN_ALPHABET = ALPHABETS["tk"]


def alphabet_key(alphabet: str) -> Callable[[str], tuple]:
    """Letter by letter in ``alphabet``'s order, capitals equal to small
    letters at first; what is not one of its letters (a space, a hyphen, a
    digit, a letter of another alphabet) sorts by its code point, spaces and
    punctuation before every letter, as ICU does."""
    rank = {letter: i for i, letter in enumerate(alphabet)}

    def key(text: str) -> tuple:
        primary = tuple(
            (1, rank[c]) if c in rank else (0, ord(c)) if not c.isalnum() else (2, ord(c))
            for c in text.casefold()
        )
        return primary, text

    return key


def sorted_in(names: Iterable[str], lang: str) -> list[str]:
    """``names`` in ``lang``'s alphabetical order (code points for a
    language without an alphabet here)."""
    alphabet = ALPHABETS.get(lang)
    return sorted(names, key=alphabet_key(alphabet) if alphabet else str.casefold)
