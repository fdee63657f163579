"""The staff PIN: stored only as a salted scrypt hash, checked in constant time,
and refused by `kiosk set-pin` when it is among the first PINs anyone tries."""

from __future__ import annotations

import base64
import itertools
import os
import re
from dataclasses import dataclass

# scrypt cost: ~50 ms on a kiosk PC, enough to make guessing a leaked hash slow.
N, R, P = 2**14, 8, 1
# A stored hash is checked on the UI thread when staff tap OK, so its cost is
# bounded before scrypt runs: a hand-edited `scrypt$16384$8$2000$…` would take
# over a minute and freeze the screen (p multiplies the time, not the memory,
# so OpenSSL's 32 MiB memory limit does not catch it). Four times our own cost
# (~0.2 s) leaves room for a stronger hash made elsewhere.
MAX_COST = 4 * N * R * P
SALT_BYTES = (8, 64)
DIGEST_BYTES = (16, 64)
PIN_FORMAT = re.compile(r"^[0-9]{4,8}$")

# The 20 most common 4-digit PINs in Nick Berry's DataGenetics study of
# 3.4 million PINs (2012); together they are more than a quarter of all PINs.
# Most of them are also caught by a rule below; the list catches the rest
# (1004, 2000, 2001, 1122) and documents where the rules come from.
COMMON_PINS = frozenset(
    {
        *("1234", "1111", "0000", "1212", "7777", "1004", "2000", "4444", "2222", "6969"),
        *("9999", "3333", "5555", "6666", "1122", "1313", "8888", "4321", "2001", "1010"),
    }
)
# The column down the middle of a phone's and of the kiosk's own PIN pad
# (2580 is the next most common PIN in the same study), and its reverse.
KEYPAD_LINES = frozenset({"2580", "0852"})


def is_valid_pin(pin: str) -> bool:
    return bool(PIN_FORMAT.match(pin))


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be the staff PIN, in words for staff, or None."""
    if not is_valid_pin(pin):
        return "a PIN is 4 to 8 digits"
    weakness = pin_weakness(pin)
    return f"that PIN is too easy to guess: {weakness}" if weakness else None


def pin_weakness(pin: str) -> str | None:
    """Why ``pin`` (4 to 8 digits) is too easy to guess, as a clause for staff,
    or None. Five tries per lock round make the first guesses the ones that
    matter, so every PIN an attacker would try first is refused."""
    digits = [int(c) for c in pin]
    differences = {b - a for a, b in itertools.pairwise(digits)}
    if differences == {0}:
        return "all its digits are the same, like 0000"
    # One step up or down may wrap round (7890, 0987: the keyboard's top row);
    # bigger equal steps are counted as written (2468, 9630).
    if {d % 10 for d in differences} in ({1}, {9}) or len(differences) == 1:
        return "its digits go up or down in equal steps, like 1234, 7890 or 2468"
    if _period(pin) <= len(pin) // 2:
        return "it repeats a short pattern, like 1212 or 123123"
    if len(pin) % 2 == 0 and pin[::2] == pin[1::2]:
        return "each digit is typed twice, like 1122"
    if pin in KEYPAD_LINES:
        return "it is the column down the middle of the keypad (2580 or 0852)"
    # A year is refused, not just warned about: birth and wedding years are
    # what people choose most after the patterns above, and at five tries a
    # round the whole century of likely years falls in one night of lockouts.
    if len(pin) == 4 and pin[:2] in ("19", "20"):
        return "it looks like a year (19xx or 20xx), which is guessed from birthdays"
    if pin in COMMON_PINS:
        return "it is one of the 20 PINs people choose most often"
    return None


def _period(text: str) -> int:
    """The length of the shortest block that ``text`` repeats (``12121`` → 2)."""
    for size in range(1, len(text)):
        if all(text[i] == text[i - size] for i in range(size, len(text))):
            return size
    return len(text)


# hashlib (OpenSSL) and hmac are imported where a PIN is hashed or checked:
# the kiosk reads the stored hash at every start, but hashes nothing until
# staff use the PIN pad, and every start waits for its imports.


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    import hashlib

    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=N, r=R, p=P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${N}${R}${P}${b64(salt).decode()}${b64(digest).decode()}"


@dataclass(frozen=True)
class StoredHash:
    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes


_NUMBER = re.compile(r"[1-9][0-9]{0,9}")


def parse_hash(stored: str) -> StoredHash | None:
    """The parts of ``scrypt$N$r$p$salt$digest``, or None unless every part
    is well formed and checking a PIN against it costs at most MAX_COST."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return None
    _, n, r, p, salt_b64, digest_b64 = parts
    if not all(_NUMBER.fullmatch(x) for x in (n, r, p)):
        return None
    try:
        salt = base64.b64decode(salt_b64, validate=True)
        digest = base64.b64decode(digest_b64, validate=True)
    except ValueError:  # binascii.Error
        return None
    cost = int(n) * int(r) * int(p)
    if (
        int(n) < 2
        or int(n) & (int(n) - 1)  # scrypt's N is a power of two
        or cost > MAX_COST
        or not SALT_BYTES[0] <= len(salt) <= SALT_BYTES[1]
        or not DIGEST_BYTES[0] <= len(digest) <= DIGEST_BYTES[1]
    ):
        return None
    return StoredHash(int(n), int(r), int(p), salt, digest)


def verify_pin(pin: str, stored: str) -> bool:
    """Is ``pin`` the one ``stored`` was made from? A hash that is malformed
    or too costly to check (see MAX_COST) matches no PIN."""
    import hashlib
    import hmac

    parsed = parse_hash(stored)
    if parsed is None:
        return False
    try:
        actual = hashlib.scrypt(
            pin.encode(),
            salt=parsed.salt,
            n=parsed.n,
            r=parsed.r,
            p=parsed.p,
            dklen=len(parsed.digest),
        )
    except (ValueError, MemoryError):  # beyond OpenSSL's memory limit
        return False
    return hmac.compare_digest(actual, parsed.digest)
