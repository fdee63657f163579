"""`kiosk set-pin` refuses the PINs anyone would try first, and says why."""

from __future__ import annotations

import itertools
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.cli import kiosk

from kiosk.ops.pin import COMMON_PINS, pin_problem, pin_weakness, verify_pin
from kiosk.ops.settings import load_settings

SAME = "all its digits are the same"
STEPS = "its digits go up or down in equal steps"
PATTERN = "it repeats a short pattern"
TWICE = "each digit is typed twice"
KEYPAD = "it is the column down the middle of the keypad"
YEAR = "it looks like a year"
COMMON = "it is one of the 20 PINs people choose most often"


@pytest.mark.parametrize(
    ("pin", "reason"),
    [
        ("0000", SAME),
        ("1111111", SAME),
        ("99999999", SAME),
        ("1234", STEPS),
        ("4321", STEPS),
        ("2345678", STEPS),
        ("987654", STEPS),
        ("01234567", STEPS),
        ("7890", STEPS),  # the keyboard's top row wraps round
        ("8901", STEPS),
        ("0987", STEPS),
        ("2468", STEPS),
        ("1357", STEPS),
        ("9630", STEPS),
        ("1212", PATTERN),
        ("121212", PATTERN),
        ("1010", PATTERN),
        ("6969", PATTERN),
        ("12121", PATTERN),
        ("123123", PATTERN),
        ("45674567", PATTERN),
        ("1122", TWICE),
        ("112233", TWICE),
        ("77889900", TWICE),
        ("2580", KEYPAD),
        ("0852", KEYPAD),
        ("1984", YEAR),
        ("2000", YEAR),
        ("2025", YEAR),
        ("1004", COMMON),
    ],
)
def test_weak_pins_are_refused_with_a_reason(pin: str, reason: str):
    why = pin_weakness(pin)
    assert why is not None and why.startswith(reason), why


def test_every_one_of_the_twenty_most_common_pins_is_refused():
    assert len(COMMON_PINS) == 20
    assert all(pin_weakness(pin) for pin in COMMON_PINS)


@pytest.mark.parametrize(
    "pin", ["7295", "5683", "1231", "7036", "8024", "3947", "13579246", "73914826", "2100"]
)
def test_ordinary_pins_are_accepted(pin: str):
    assert pin_weakness(pin) is None
    assert pin_problem(pin) is None


def test_most_pins_stay_allowed():
    """The rules take the first guesses, not the PIN space: of all 10,000
    four-digit PINs, about 96 % stay allowed (the years are half of the rest)."""
    four = ["".join(d) for d in itertools.product("0123456789", repeat=4)]
    refused = [pin for pin in four if pin_weakness(pin)]
    assert 300 < len(refused) < 500, len(refused)


@pytest.mark.parametrize(("pin", "words"), [("123", "4 to 8 digits"), ("12a4", "4 to 8 digits")])
def test_the_format_comes_first(pin: str, words: str):
    problem = pin_problem(pin)
    assert problem is not None and words in problem


@pytest.mark.subprocess
@pytest.mark.parametrize(
    ("typed", "sentence"),
    [
        ("1234\n1234\n", f"that PIN is too easy to guess: {STEPS}, like 1234, 7890 or 2468"),
        ("0000\n0000\n", f"that PIN is too easy to guess: {SAME}, like 0000"),
        ("1212\n1212\n", f"that PIN is too easy to guess: {PATTERN}, like 1212 or 123123"),
        ("1987\n1987\n", f"that PIN is too easy to guess: {YEAR} (19xx or 20xx)"),
        ("2580\n2580\n", f"that PIN is too easy to guess: {KEYPAD} (2580 or 0852)"),
        ("1004\n1004\n", f"that PIN is too easy to guess: {COMMON}"),
        ("12\n12\n", "a PIN is 4 to 8 digits"),
        ("7295\n7296\n", "the two PINs differ"),
        ("1234\n9999\n", "that PIN is too easy to guess"),  # weak is said before "differ"
    ],
)
def test_set_pin_refuses_and_says_why_in_one_sentence(typed: str, sentence: str):
    assert kiosk("set-pin", stdin="7295\n7295\n").returncode == 0
    done = kiosk("set-pin", stdin=typed)
    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if line.startswith("kiosk set-pin:")]
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"kiosk set-pin: {sentence}")
    assert lines[0].endswith("; nothing changed")
    assert "Traceback" not in done.stderr
    assert verify_pin("7295", load_settings().pin_hash)  # nothing changed


def _rlimit_memory() -> None:
    # Without a bound on what set-pin reads, a MemoryError (a traceback), not
    # a machine whose memory the kiosk beside it needs.
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))


@pytest.mark.parametrize(
    "source",
    [
        "/dev/zero",  # NUL bytes without end and without a line break
        "digits",  # a PIN of 1,000,000 digits
        "binary",  # bytes that are not text
    ],
)
def test_set_pin_reads_no_more_than_a_line_of_standard_input(source: str, tmp_path: Path):
    if source == "/dev/zero":
        path = Path(source)
    else:
        path = tmp_path / "typed"
        data = b"7" * 10**6 + b"\n" if source == "digits" else b"72\xff\xfe95\n72\xff95\n"
        path.write_bytes(data * 2)
    with path.open("rb") as typed:
        done = subprocess.run(
            [sys.executable, "-m", "kiosk", "set-pin"],
            stdin=typed,
            capture_output=True,
            text=True,
            timeout=60,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            preexec_fn=_rlimit_memory,
            check=False,
        )
    assert done.returncode == 1
    assert "kiosk set-pin: a PIN is 4 to 8 digits; nothing changed" in done.stderr
    assert "Traceback" not in done.stderr
