"""vCard 3.0 text for a contact card (RFC 2426, escaping as in RFC 6350 §3.4).

A phone camera scanning the card's QR code offers to save the organisation as
a contact, in the language the visitor was reading. Pure Python: no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from kiosk.content.model import PHONE_KINDS, Organization

_TEL_TYPES = {
    "phone": "WORK,VOICE",
    "fax": "WORK,FAX",
    "reception": "WORK,VOICE",
    "press-service": "WORK,VOICE",
}
# Kinds whose meaning a plain TEL type cannot carry get a custom label
# (Apple's grouped X-ABLabel, which Android and iOS importers read).
_LABELLED = ("reception", "press-service")
MAX_LINE_OCTETS = 75
# The most one QR code holds: version 40 at error correction M, in bytes
# (UTF-8 is counted, never less than what the encoder really uses).
MAX_QR_BYTES = 2331
# Entry labels come from the UI's translations at run time; this leaves room
# for any of them when a card's size is checked with the content.
_LABEL_ALLOWANCE = {kind: "x" * 64 for kind in _LABELLED}


def escape(text: str) -> str:
    r"""Backslash, comma, semicolon and newlines, as text values require."""
    return (
        text.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    current, size = "", 0
    limit = MAX_LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size = " ", 1  # continuation lines start with one space
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def unfold(text: str) -> list[str]:
    """The content lines of a vCard (for tests and tools)."""
    return text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")


def make_vcard(org: Organization, lang: str, labels: Mapping[str, str]) -> str:
    """``labels`` names each entry kind in ``lang`` (from the UI translations)."""
    name = escape(org.name.written(lang))  # as written: a phone's contacts keep no U+00A0
    # An organisation's card: N is required by 3.0 but stays empty (a company,
    # not a person), which also keeps the QR code small.
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:;;;;", f"FN:{name}", f"ORG:{name}"]
    item = 0
    for entry in org.entries:
        if entry.kind in PHONE_KINDS:
            prefix = ""
            if entry.kind in _LABELLED:
                item += 1
                prefix = f"item{item}."
            lines.append(f"{prefix}TEL;TYPE={_TEL_TYPES[entry.kind]}:{entry.value}")
            if prefix:
                lines.append(f"{prefix}X-ABLabel:{escape(labels[entry.kind])}")
        elif entry.kind == "email":
            lines.append(f"EMAIL;TYPE=INTERNET,WORK:{entry.value}")
        elif entry.address is not None:
            a = entry.address
            parts = [
                "",
                "",
                a.street.written(lang),
                a.city.written(lang),
                "",
                a.postcode,
                a.country.written(lang),
            ]
            lines.append("ADR;TYPE=WORK:" + ";".join(escape(p) for p in parts))
    lines.append("X-ABShowAs:COMPANY")
    lines.append("END:VCARD")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


def oversized_card(org: Organization, languages: Sequence[str]) -> tuple[str, int] | None:
    """The language and size of a card whose vCard no QR code can hold."""
    for lang in languages:
        size = len(make_vcard(org, lang, _LABEL_ALLOWANCE).encode("utf-8"))
        if size > MAX_QR_BYTES:
            return lang, size
    return None
