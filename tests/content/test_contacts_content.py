"""Contact cards from contacts.yaml, and the vCard text their QR codes carry."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.content import load_content
from kiosk.content.contacts import is_email
from kiosk.content.vcard import escape, fold, make_vcard, unfold

CORPUS = Path(__file__).parent / "corpus" / "contacts"
MFA = load_content(paths.default_content_dir()).content.contacts[0]

# The seed's contacts, exactly: shown in the international format (the
# seed writes "+993 (12) 44-56-92"), dialled in E.164.
SEED_PHONES = {
    "phone": ("+993 12 44-56-92", "+99312445692"),
    "fax": ("+993 12 44-58-12", "+99312445812"),
    "reception": ("+993 12 44-56-87", "+99312445687"),
    "press-service": ("+993 12 44-56-04", "+99312445604"),
}
LABELS = {
    "en": {"reception": "Reception", "press-service": "Press service"},
    "ru": {"reception": "Приёмная", "press-service": "Пресс-служба"},
    "tk": {"reception": "Kabulhana", "press-service": "Metbugat gullugy"},
}


def test_the_card_carries_exactly_the_seeds_contacts():
    assert MFA.id == "mfa"
    assert MFA.name.get("en") == "Ministry of Foreign Affairs of Turkmenistan"
    kinds = [e.kind for e in MFA.entries]
    assert kinds == ["phone", "fax", "reception", "press-service", "email", "address"]
    for entry in MFA.entries[:4]:
        assert (entry.display, entry.value) == SEED_PHONES[entry.kind]
    assert MFA.entries[4].value == "ddd@mfa.gov.tm"
    address = MFA.entries[5].address
    assert address.postcode == "744000"
    assert address.street.get("en") == "Archabil av., 108"
    assert (address.city.get("en"), address.country.get("en")) == ("Ashgabat", "Turkmenistan")
    assert set(address.city.values) == {"tk", "ru", "en"}


@pytest.mark.parametrize("lang", ["tk", "ru", "en"])
def test_vcard_field_by_field(lang: str):
    text = make_vcard(MFA, lang, LABELS[lang])
    assert text.endswith("\r\n")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    name = MFA.name.get(lang)
    a = MFA.entries[5].address
    assert unfold(text.rstrip("\r\n")) == [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:;;;;",
        f"FN:{name}",
        f"ORG:{name}",
        "TEL;TYPE=WORK,VOICE:+99312445692",
        "TEL;TYPE=WORK,FAX:+99312445812",
        "item1.TEL;TYPE=WORK,VOICE:+99312445687",
        f"item1.X-ABLabel:{LABELS[lang]['reception']}",
        "item2.TEL;TYPE=WORK,VOICE:+99312445604",
        f"item2.X-ABLabel:{LABELS[lang]['press-service']}",
        "EMAIL;TYPE=INTERNET,WORK:ddd@mfa.gov.tm",
        f"ADR;TYPE=WORK:;;{escape(a.street.get(lang))};{a.city.get(lang)};;744000;"
        f"{a.country.get(lang)}",
        "X-ABShowAs:COMPANY",
        "END:VCARD",
    ]
    assert "\\, 108" in text.replace("\r\n ", "")  # "Archabil av., 108": the comma escaped


def test_escaping_and_folding():
    assert escape("a\\b,c;d\ne") == "a\\\\b\\,c\\;d\\ne"
    line = "FN:" + "Ýüzýüz " * 30
    folded = fold(line)
    for part in folded.split("\r\n"):
        assert len(part.encode("utf-8")) <= 75
        part.encode("utf-8").decode("utf-8")  # no character split across lines
    assert unfold(folded) == [line]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("ddd@mfa.gov.tm", True),
        ("a.b+c@x.org", True),
        ("ddd@mfa", False),
        ("@x.org", False),
        ("a b@x.org", False),
        ("a@@x.org", False),
        ("a..b@x.org", False),
        ("a@-x.org", False),
    ],
)
def test_email_addresses(text: str, ok: bool):
    assert is_email(text) is ok


CASES = {
    "bad_phone.yaml": [
        (8, "organizations[0].entries[1].number: '44-58-12' is not written as an international")
    ],
    "bad_email.yaml": [(8, "organizations[0].entries[1].address: 'ddd@mfa' is not an e-mail")],
    "missing_field.yaml": [(7, "organizations[0].entries[1].postcode: missing required field")],
    "unknown_type.yaml": [(7, "organizations[0].entries[1].type: unknown entry type 'telex'")],
    "wrong_field_for_type.yaml": [
        (8, "organizations[0].entries[1].number: unknown key (allowed: type, address)"),
        (7, "organizations[0].entries[1].address: missing required field"),
    ],
    "duplicate_org.yaml": [(6, "organizations[1].id: duplicate id 'mfa' (first at line 2)")],
}


def test_every_contacts_corpus_file_has_a_case():
    assert {p.name for p in CORPUS.iterdir()} == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_contacts(name: str, content_copy: Path):
    target = content_copy / "contacts.yaml"
    shutil.copy(CORPUS / name, target)
    result = load_content(content_copy)
    got = [(p.file, p.line, p.message) for p in result.problems]
    assert len(got) == len(CASES[name]), got
    for (file, line, message), (want_line, fragment) in zip(got, CASES[name], strict=True):
        assert (file, line) == (str(target), want_line)
        assert message.startswith(fragment), message
    # The broken entry (or the second card) is left out; the card still shows.
    assert result.content is not None
    assert len(result.content.contacts) == 1
    assert len(result.content.contacts[0].entries) >= 1


def test_without_contacts_file_there_are_no_cards(content_copy: Path):
    (content_copy / "contacts.yaml").unlink()
    result = load_content(content_copy)
    # Staff hear what the visitor will miss; it is no error.
    assert [str(p) for p in result.problems] == [
        f"{content_copy / 'contacts.yaml'}:1: warning: "
        "no contacts.yaml: the kiosk shows no Contacts button"
    ]
    assert result.content.contacts == ()
