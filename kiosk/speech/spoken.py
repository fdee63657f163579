"""Phone numbers, e-mail and web addresses as a listener can follow them.

A phone number is said in the groups it is written in, with a pause
between groups: "+993 (12) 44-56-92" is "plus 993, 12, 44, 56, 92", never
one number of eleven digits. An address is said piece by piece: "ddd at
mfa dot gov dot tm". A postcode is a code, not a quantity: "744000" is
"7 4 4 0 0 0", never "seven hundred and forty-four thousand". The words
for "@" and "." are the language's own (kiosk.speech.phrases.Words; the Qt
side translates them).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A phone number as written in running text: a + and the country code (the
# content writes every number so), then digits in groups separated by
# spaces, hyphens, dots, slashes or brackets, at least seven digits in all.
# Without the +, "1995-2000" would be a number too.
_PHONE = re.compile(r"\+\d[\d\s().\-/]{5,}\d")
_GROUP = re.compile(r"\+?\d+")
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_WEB = re.compile(r"\b(?:https?://|www\.)[\w\-]+(?:\.[\w\-]+)+(?:/[\w\-./?=&%#]*)?", re.ASCII)
MIN_PHONE_DIGITS = 7
# Between groups: a comma is a short pause in every espeak-ng voice.
GROUP_PAUSE = ", "


def phone_spoken(number: str) -> str:
    """``"+993 (12) 44-56-92"`` → ``"+993, 12, 44, 56, 92"``: the groups as
    written (a leading + stays with its group: espeak-ng says "plus")."""
    groups = _GROUP.findall(number)
    # "+ 993": the plus is its own word (in Turkmen, "+dokuz" is no word).
    return GROUP_PAUSE.join(g.replace("+", "+ ") for g in groups)


def code_spoken(code: str) -> str:
    """``"744000"`` → ``"7 4 4 0 0 0"``: every digit a word of its own
    (espeak-ng, and a screen reader, then say them one by one; the Turkmen
    digits are written out like any other, kiosk.speech.numbers)."""
    return re.sub(r"\d(?=\d)", r"\g<0> ", code)


def address_spoken(address: str, at: str, dot: str) -> str:
    """``"ddd@mfa.gov.tm"`` → ``"ddd at mfa dot gov dot tm"``; a web
    address likewise ("/" as a pause)."""
    address = re.sub(r"^https?://", "", address)
    address = address.replace("@", f" {at} ").replace(".", f" {dot} ")
    return re.sub(r"[/\s]+", " ", address).strip()


def with_spoken_contacts(text: str, at: str, dot: str) -> str:
    """``text`` with every phone number, e-mail and web address in it made
    sayable (the rest unchanged)."""
    text = _EMAIL.sub(lambda m: address_spoken(m.group(), at, dot), text)
    text = _WEB.sub(lambda m: address_spoken(m.group(), at, dot), text)
    return _PHONE.sub(_phone_or_keep(phone_spoken), text)


def _phone_or_keep(say: Callable[[str], str]) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        found = match.group()
        digits = sum(ch.isdigit() for ch in found)
        if digits < MIN_PHONE_DIGITS:
            return found
        return say(found)

    return replace
