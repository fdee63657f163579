"""What espeak-ng is given (kiosk.speech, no Qt): safe plain text, Turkmen
numbers, phone numbers in their groups, addresses, and the command line.
Checked against espeak-ng's own phonemes (-x) where it matters."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
import yaml

from kiosk import paths
from kiosk.speech.numbers import turkmen_number
from kiosk.speech.phrases import Focused, Role, Words, phrase
from kiosk.speech.plain import MAX_CHARS, plain_text
from kiosk.speech.spoken import address_spoken, code_spoken, phone_spoken, with_spoken_contacts
from kiosk.speech.voices import (
    SpeechSupport,
    amplitude,
    parse_voices,
    say_arguments,
    voice_for,
)

ESPEAK = shutil.which("espeak-ng")


def phonemes(text: str, voice: str) -> str:
    """espeak-ng's phonemes for ``text``, given as the kiosk gives it (stdin)."""
    assert ESPEAK, "espeak-ng is needed (the Debian package; .ci/run installs it)"
    done = subprocess.run(
        [ESPEAK, "-q", "-x", "-v", voice, "-b", "1", "--stdin"],
        input=text.encode(),
        capture_output=True,
        check=True,
    )
    return done.stdout.decode().strip()


@pytest.mark.parametrize(
    ("digits", "words"),
    [
        ("0", "nol"),
        ("8", "sekiz"),
        ("12", "on iki"),
        ("54", "elli dört"),
        ("100", "ýüz"),
        ("155", "ýüz elli bäş"),
        ("993", "dokuz ýüz togsan üç"),
        ("1000", "müň"),
        ("1995", "müň dokuz ýüz togsan bäş"),
        ("2026", "iki müň ýigrimi alty"),
        ("744000", "ýedi ýüz kyrk dört müň"),
        ("1000000", "bir million"),
        ("04", "nol dört"),  # a written leading zero is said
        ("1234567890123", "bir iki üç dört bäş alty ýedi sekiz dokuz nol bir iki üç"),
    ],
)
def test_turkmen_numbers(digits, words):
    assert turkmen_number(digits) == words


def test_turkmen_text_has_no_digit_left_and_is_heard():
    # espeak-ng's Turkmen voice says nothing at all for digits.
    assert phonemes("12", "tk") == ""
    said = plain_text("1995-nji ýylyň 12-nji dekabry, 155 ýurt", "tk")
    assert not re.search(r"\d", said)
    assert "müň dokuz ýüz togsan bäş" in said
    assert phonemes(said, "tk") != phonemes("-nji ýylyň -nji dekabry, ýurt", "tk")
    # Russian and English voices say numbers themselves: left as written.
    assert plain_text("155 стран", "ru") == "155 стран"


def real_numbers() -> list[str]:
    data = yaml.safe_load(paths.resource("content", "contacts.yaml").read_text("utf-8"))
    return [
        entry["number"]
        for org in data["organizations"]
        for entry in org["entries"]
        if "number" in entry
    ]


def test_phone_numbers_are_said_in_their_written_groups():
    numbers = real_numbers()
    assert len(numbers) >= 4
    for number in numbers:
        said = phone_spoken(number)
        written_groups = re.findall(r"\d+", number)
        assert re.findall(r"\d+", said) == written_groups, number
        assert said.count(", ") == len(written_groups) - 1  # a pause between groups
        assert said.startswith("+ ")
    assert phone_spoken("+993 (12) 44-56-92") == "+ 993, 12, 44, 56, 92"
    # The number said in groups, never as one eleven-digit number.
    en = phonemes(plain_text(phone_spoken("+993 12 44-58-26"), "en"), "en-gb")
    assert "bIlj" not in en and "mIlj" not in en  # no billion or million
    assert phonemes("44", "en-gb") in en and phonemes("26", "en-gb") in en


def test_numbers_in_running_text():
    text = "Phone: +993 (12) 44-56-92. In 1995-2000, 155 states; postcode 744000."
    said = with_spoken_contacts(text, "at", "dot")
    assert "+ 993, 12, 44, 56, 92" in said
    assert "1995-2000" in said and "744000" in said  # no + : not a phone number


def test_a_postcode_is_said_digit_by_digit():
    assert code_spoken("744000") == "7 4 4 0 0 0"
    assert code_spoken("SW1A 1AA") == "SW1A 1AA"  # no run of digits: as written
    assert code_spoken("10115") == "1 0 1 1 5"
    en = phonemes(plain_text(code_spoken("744000"), "en"), "en-gb")
    assert "T'aUz" not in en and "h'VndrI" not in en  # no thousand, no hundred
    tk = plain_text(code_spoken("744000"), "tk")
    assert tk == "ýedi dört dört nol nol nol"


def test_addresses_are_said_piece_by_piece():
    assert address_spoken("ddd@mfa.gov.tm", "at", "dot") == "ddd at mfa dot gov dot tm"
    assert address_spoken("https://www.mfa.gov.tm/en/", "at", "dot") == (
        "www dot mfa dot gov dot tm en"
    )
    said = with_spoken_contacts("E-mail: ddd@mfa.gov.tm, web www.mfa.gov.tm.", "собака", "точка")
    assert (
        said == "E-mail: ddd собака mfa точка gov точка tm, web www точка mfa точка gov точка tm."
    )


@pytest.mark.parametrize("lang", ["tk", "ru", "en"])
def test_hostile_text_is_plain_and_literal(lang):
    voice = voice_for(lang)
    # espeak-ng's phoneme input: [[…]] would be said as phonemes.
    raw = "[[h@loU]]"
    assert phonemes(raw, voice).replace("'", "").startswith("h@l")
    cleaned = plain_text(raw, lang)
    assert "[[" not in cleaned and "]]" not in cleaned
    assert "h@l" not in phonemes(cleaned, voice).replace("'", "")
    # Markup is text: kept, never interpreted (no -m), and "<" is heard.
    markup = plain_text('<speak><prosody rate="x-slow">a</prosody></speak> & b', lang)
    assert markup.startswith("<speak>") and "&" in markup
    arguments = say_arguments(voice, 50)
    assert "-m" not in arguments and "--ssml" not in arguments
    assert "--punct=<>" in arguments
    # Control and format characters (a NUL ends espeak-ng's text; escapes,
    # bidi controls, separators) are gone; the words around them stay.
    dirty = "one\x00two\x1b[31mthree\u202efour\u2028five\tsix\r\nseven"
    clean = plain_text(dirty, lang)
    digits = "otuz bir" if lang == "tk" else "31"
    assert clean == f"one two [{digits}mthree four five six seven"
    # A text starting with "-" is text: the command line never holds it.
    assert plain_text("-v xx --version", lang) == "-v xx --version"
    assert all(not a.startswith("-v xx") for a in arguments)
    assert arguments[-1] == "--stdin"
    # Empty and blank: nothing to say.
    assert plain_text("", lang) == "" and plain_text(" \n\t\x00 ", lang) == ""
    # Very long: cut at a word, bounded.
    long = plain_text("word " * 5000, lang)
    assert len(long) <= MAX_CHARS + 1 and long.endswith("word…")


def test_the_command_line():
    arguments = say_arguments("ru", 50)
    assert arguments[:4] == ["-v", "ru", "-a", "100"]
    assert amplitude(0) == 0 and amplitude(100) == 200 and amplitude(150) == 200
    assert "-w" in say_arguments("tk", 50, wav=paths.resource("content"))
    assert "--stdout" in say_arguments("tk", 50, stdout=True)
    assert [voice_for(lang) for lang in ("tk", "ru", "en")] == ["tk", "ru", "en-gb"]


def test_support_says_what_is_missing():
    listing = subprocess.run([ESPEAK, "--voices"], capture_output=True, text=True).stdout
    voices = parse_voices(listing)
    assert {"tk", "ru", "en-gb"} <= voices
    assert SpeechSupport(ESPEAK, frozenset(voices)).reason == ""
    assert "not installed" in SpeechSupport(None, frozenset()).reason
    lacking = SpeechSupport(ESPEAK, frozenset(voices - {"tk"}))
    assert lacking.reason.endswith("has no voice tk")
    assert lacking.missing_for(["tk", "ru"]) == ["tk"]


WORDS = Words(
    roles={Role.BUTTON: "button", Role.TOGGLE: "switch", Role.HEADING: "heading"},
    on="on",
    off="off",
    selected="selected",
    position="{index} of {count}",
    at="at",
    dot="dot",
)


def test_phrases():
    tile = Focused(name="Neutrality", role=Role.BUTTON, index=3, count=8)
    assert phrase(tile, WORDS, "en") == "Neutrality, button, 3 of 8"
    toggle = Focused(name="Large text", role=Role.TOGGLE, checkable=True, checked=True)
    assert phrase(toggle, WORDS, "en") == "Large text, switch, on"
    alone = Focused(name="Home", role=Role.BUTTON, index=1, count=1)
    assert phrase(alone, WORDS, "en") == "Home, button"
    assert phrase(Focused(name="  "), WORDS, "en") == ""
    phone = Focused(name="Phone: +993 (12) 44-56-92", role=Role.BUTTON)
    assert phrase(phone, WORDS, "en") == "Phone: + 993, 12, 44, 56, 92, button"
    # In Turkmen the position's numbers are words.
    tk = Words(**{**WORDS.__dict__, "position": "{count} sanydan {index}"})
    assert phrase(tile, tk, "tk") == "Neutrality, button, sekiz sanydan üç"
