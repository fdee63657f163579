"""Numbers in Turkmen words.

espeak-ng 1.51's Turkmen voice has no rules for digits: "12" or "1995" is
silence. Every run of digits in Turkmen text is therefore written out here
before espeak-ng sees it (kiosk.speech.plain). Russian and English voices
say numbers themselves.
"""

from __future__ import annotations

_ONES = ("nol", "bir", "iki", "üç", "dört", "bäş", "alty", "ýedi", "sekiz", "dokuz")
_TENS = ("", "on", "ýigrimi", "otuz", "kyrk", "elli", "altmyş", "ýetmiş", "segsen", "togsan")
_SCALES = ((10**9, "milliard"), (10**6, "million"), (1000, "müň"))
# Longer runs of digits are no quantity (a code, a reference): said digit by digit.
MAX_SPOKEN_NUMBER = 10**12 - 1


def turkmen_number(digits: str) -> str:
    """``"1995"`` → ``"müň dokuz ýüz togsan bäş"``. Leading zeros ("007")
    and runs too long for a quantity are said digit by digit."""
    if not digits.isascii() or not digits.isdigit():
        raise ValueError(f"not a run of digits: {digits!r}")
    if (len(digits) > 1 and digits[0] == "0") or int(digits) > MAX_SPOKEN_NUMBER:
        return turkmen_digits(digits)
    return _words(int(digits))


def turkmen_digits(digits: str) -> str:
    return " ".join(_ONES[int(d)] for d in digits)


def _words(n: int) -> str:
    if n == 0:
        return _ONES[0]
    words: list[str] = []
    for scale, name in _SCALES:
        count, n = divmod(n, scale)
        if count:
            # "müň", not "bir müň", as Turkmen says a thousand.
            if not (scale == 1000 and count == 1):
                words.append(_below_thousand(count))
            words.append(name)
    if n:
        words.append(_below_thousand(n))
    return " ".join(words)


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    words: list[str] = []
    if hundreds:
        # "ýüz" for a hundred, as Turkmen says it; "iki ýüz" and so on.
        words += ["ýüz"] if hundreds == 1 else [_ONES[hundreds], "ýüz"]
    if tens:
        words.append(_TENS[tens])
    if ones:
        words.append(_ONES[ones])
    return " ".join(words)
