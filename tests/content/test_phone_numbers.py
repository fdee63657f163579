"""Phone numbers are checked by libphonenumber, not by a pattern of digits:
a number one digit short or long is refused with FILE:LINE: field, and every
valid number is dialled in E.164 and shown in one international format."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content import load_content
from kiosk.content.contacts import check_phones
from kiosk.content.phones import PhoneNumber, check_phone

CARD = """\
organizations:
  - id: mfa
    name: {{tk: a, ru: b, en: c}}
    entries:
      - type: email
        address: ddd@mfa.gov.tm
      - type: phone
        number: {number}
"""
NUMBER_LINE = 8


@pytest.mark.parametrize(
    ("written", "e164", "shown"),
    [
        # The seed's numbers, written as the seed writes them.
        ("+993 (12) 44-56-92", "+99312445692", "+993 12 44-56-92"),
        ("+993 (12) 44-58-12", "+99312445812", "+993 12 44-58-12"),
        # Other ways staff write the same: one format on screen.
        ("+993 12 445692", "+99312445692", "+993 12 44-56-92"),
        ("+993.12.44.56.92", "+99312445692", "+993 12 44-56-92"),
        # A Turkmen mobile, an embassy abroad.
        ("+993 65 123456", "+99365123456", "+993 65 123456"),
        ("+7 495 123-45-67", "+74951234567", "+7 495 123-45-67"),
        ("+44 (0)20 7946 0958", "+442079460958", "+44 20 7946 0958"),
        ("+1 (202) 555-0101", "+12025550101", "+1 202-555-0101"),
    ],
)
def test_valid_numbers_in_one_format(written: str, e164: str, shown: str):
    assert check_phone(written) == PhoneNumber(e164, shown)


@pytest.mark.parametrize(
    ("written", "why"),
    [
        # The two: a digit short, a digit too many.
        ("+993 12 44-56-9", "has too few digits for a number in +993 (TM)"),
        ("+993 (12) 44-56-922", "has too many digits for a number in +993 (TM)"),
        # Right length, but no such area code in Turkmenistan's plan.
        ("+993 (99) 44-56-92", "is not a number in the numbering plan of +993 (TM)"),
        ("+999 12 345678", "does not start with a known country code"),
        ("+9931", "is too short to be a phone number"),
        ("+7 495 123-45-678", "is not a number in the numbering plan of +7 (RU)"),
        # Not written as an international number at all.
        ("44-58-12", "is not written as an international phone number"),
        ("8 (12) 44-56-92", "is not written as an international phone number"),
        ("+993 (12 44-56-92", "is not written as an international phone number"),
        ("+1 800 FLOWERS", "is not written as an international phone number"),
        ("+993 12 44 56 92 ext. 5", "is not written as an international phone number"),
        ("+993 12 44 56 92;", "is not written as an international phone number"),
        ("++993 12 44 56 92", "is not written as an international phone number"),
        ("+", "is not written as an international phone number"),
    ],
)
def test_invalid_numbers_say_why(written: str, why: str):
    found = check_phone(written)
    assert isinstance(found, str)
    assert found.startswith(why), found


@pytest.mark.parametrize(
    ("number", "message"),
    [
        (
            "+993 12 44-56-9",
            "organizations[0].entries[1].number: '+993 12 44-56-9' has too few digits for a "
            "number in +993 (TM)",
        ),
        (
            "+993 (12) 44-56-922",
            "organizations[0].entries[1].number: '+993 (12) 44-56-922' has too many digits for "
            "a number in +993 (TM)",
        ),
    ],
)
@pytest.mark.parametrize("now", [True, False], ids=["checked-when-read", "checked-later"])
def test_a_wrong_number_is_refused_at_its_line(
    content_copy: Path, number: str, message: str, now: bool
):
    """Read with the library (kiosk validate, a reload) or without it (the
    kiosk's first read, checked once the first frame is up): the same error
    at the same line, and the entry is left out; the rest of the card shows."""
    target = content_copy / "contacts.yaml"
    target.write_text(CARD.format(number=number), "utf-8")
    result = load_content(content_copy, check_phones=now)
    contacts, later = check_phones(result.content.contacts)
    problems = [*result.problems, *later]
    assert [(p.file, p.line, p.severity.value, p.message) for p in problems] == [
        (str(target), NUMBER_LINE, "error", message)
    ]
    assert [e.kind for e in contacts[0].entries] == ["email"]


def test_numbers_read_unchecked_are_checked_once(content_copy: Path):
    unchecked = load_content(content_copy, check_phones=False).content.contacts
    phones = [e for e in unchecked[0].entries if e.kind == "phone"]
    assert [(e.checked, e.display) for e in phones] == [(False, "+993 (12) 44-56-92")]
    checked, problems = check_phones(unchecked)
    assert problems == ()
    assert checked == load_content(content_copy).content.contacts
    # Checked already: the same cards, nothing done again.
    again, problems = check_phones(checked)
    assert again == checked and problems == ()


def test_a_card_whose_every_entry_is_wrong_goes(content_copy: Path):
    target = content_copy / "contacts.yaml"
    target.write_text(
        "organizations:\n  - id: mfa\n    name: {tk: a, ru: b, en: c}\n    entries:\n"
        "      - type: phone\n        number: +993 12 44-56-9\n",
        "utf-8",
    )
    result = load_content(content_copy, check_phones=False)
    assert len(result.content.contacts) == 1  # its shape is right: checked later
    contacts, problems = check_phones(result.content.contacts)
    assert contacts == () and len(problems) == 1
