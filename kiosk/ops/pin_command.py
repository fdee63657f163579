"""`kiosk set-pin`: the staff PIN typed twice (or two lines of standard
input, for a scripted set-up), checked, and saved as its hash only."""

from __future__ import annotations

import getpass
import sys
from dataclasses import replace

from kiosk.ops.pin import hash_pin, pin_problem
from kiosk.ops.settings import SettingsNotSaved, load_settings, save_settings, settings_path


def set_pin(clear: bool) -> int:
    """Set (or with ``clear``, remove) the staff PIN; the exit status."""
    settings = load_settings()
    if clear:
        try:
            save_settings(replace(settings, pin_hash=None))
        except SettingsNotSaved as exc:
            print(f"kiosk set-pin: {exc}; the PIN was not removed", file=sys.stderr)
            return 1
        print(f"staff PIN removed ({settings_path()}); staff access is off in kiosk mode")
        return 0
    if sys.stdin.isatty():
        first = getpass.getpass("New staff PIN (4 to 8 digits): ")
        # Refused before it is typed a second time.
        problem = pin_problem(first)
        second = first if problem else getpass.getpass("Once more: ")
    else:  # scripted set-up: two lines on standard input
        first, second = _typed_line(), _typed_line()
    # Never echoed: neither the PIN nor anything about its digits leaves this function.
    problem = pin_problem(first)
    if problem is None and first != second:
        problem = "the two PINs differ"
    if problem is not None:
        print(f"kiosk set-pin: {problem}; nothing changed", file=sys.stderr)
        return 1
    try:
        save_settings(replace(settings, pin_hash=hash_pin(first)))
    except SettingsNotSaved as exc:  # a read-only or full config folder
        print(f"kiosk set-pin: {exc}; the PIN was not set", file=sys.stderr)
        return 1
    print(f"staff PIN set ({settings_path()} keeps only its salted scrypt hash)")
    return 0


# Longer than any PIN: enough to see that a line is no PIN, and no more is read
# (`kiosk set-pin < /dev/zero` or a big file by mistake must not fill the memory).
_MOST_TYPED = 256


def _typed_line() -> str:
    """One line of standard input, at most _MOST_TYPED characters of it."""
    try:
        return sys.stdin.readline(_MOST_TYPED).strip()
    except (UnicodeDecodeError, OSError):  # not text: no PIN either
        return ""
