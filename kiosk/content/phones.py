"""Phone numbers checked by libphonenumber (PyPI ``phonenumberslite``), the
library every phone uses, rather than by a hand-written rule: a pattern of
digits accepts ``+993 12 44-56-9`` (one digit short), and a QR code would
then dial a wrong number.

The library costs some 12 ms to import and is not needed for the first
frame, so it is imported here, inside the function, only where numbers are
checked: ``kiosk validate``, a content reload, and the contact cards once
the kiosk's first frame is on screen (kiosk.models.kiosk_model). Nothing on
the start-up path calls this module (tests/ui/test_phone_check_ui.py checks).
Pure Python: no Qt here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# What staff may write: a +, digits, and the usual grouping characters.
# Letters (vanity numbers), extensions and anything else are refused before
# the library sees the text, which would read some of them.
WRITTEN = re.compile(r"^\+[0-9][0-9 ()\-.]*$")


@dataclass(frozen=True)
class PhoneNumber:
    e164: str  # "+99312445692": what a tel: QR code and a vCard carry
    international: str  # "+993 12 44-56-92": what the screen shows


def shape_problem(text: str) -> str | None:
    """Why ``text`` cannot be an international number, judged by its
    characters alone (no library): for a quick answer while reading."""
    if not WRITTEN.match(text) or text.count("(") != text.count(")"):
        return (
            "is not written as an international phone number (a +, the country code, "
            "then digits, spaces, brackets, dots or hyphens)"
        )
    return None


def check_phone(text: str) -> PhoneNumber | str:
    """The number, or a sentence saying why it is not one."""
    if (problem := shape_problem(text)) is not None:
        return problem
    import phonenumbers  # here: see the module's docstring

    try:
        number = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException as exc:
        return _parse_reason(phonenumbers, exc.error_type)
    if not phonenumbers.is_valid_number(number):
        return _invalid_reason(phonenumbers, number)
    return PhoneNumber(
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
    )


def _parse_reason(phonenumbers, error_type: int) -> str:
    """A sentence for the library's parse error (the module is passed in:
    it is imported lazily)."""
    errors = phonenumbers.NumberParseException
    return {
        errors.INVALID_COUNTRY_CODE: "does not start with a known country code",
        errors.TOO_SHORT_AFTER_IDD: "is too short after the country code",
        errors.TOO_SHORT_NSN: "is too short to be a phone number",
        errors.TOO_LONG: "is too long to be a phone number",
    }.get(error_type, "is not a phone number")


def _invalid_reason(phonenumbers, number) -> str:
    code = number.country_code
    region = phonenumbers.region_code_for_country_code(code)
    if region == phonenumbers.UNKNOWN_REGION:
        return f"does not start with a known country code (+{code} is none)"
    where = f"+{code} ({region})" if region != "001" else f"+{code}"
    reason = phonenumbers.is_possible_number_with_reason(number)
    kinds = phonenumbers.ValidationResult
    if reason == kinds.TOO_SHORT:
        return f"has too few digits for a number in {where}"
    if reason == kinds.TOO_LONG:
        return f"has too many digits for a number in {where}"
    return f"is not a number in the numbering plan of {where}"
