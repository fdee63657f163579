"""Python in UTF-8 mode whatever the locale.

Under a legacy locale (``LANG=C`` with ``PYTHONCOERCECLOCALE=0``,
``en_US.ISO-8859-1``, ``PYTHONUTF8=0``) Python encodes file names and the
standard streams in ASCII or Latin-1, and a HOME, a content folder or a
message in Cyrillic fails with UnicodeEncodeError wherever it meets the
operating system: in every folder made, file opened and line printed. Rather
than guard each of those, every ``kiosk`` command runs in Python's UTF-8 mode
(PEP 540), in which file names, the standard streams and ``open()`` all use
UTF-8, as Qt does for file names whatever the locale.
"""

from __future__ import annotations

import codecs
import contextlib
import locale
import os
import sys

# Set for the process started again: should it still not be in UTF-8 mode
# (``-X utf8=0`` among the interpreter's own options), it must not loop.
STARTED_AGAIN = "KIOSK_UTF8_STARTED_AGAIN"


def _is_utf8(encoding: str | None) -> bool:
    try:
        return codecs.lookup(encoding or "ascii").name == "utf-8"
    except LookupError:
        return False


def legacy_encoding() -> bool:
    """True when file names or text go through a locale's encoding that is not UTF-8."""
    if sys.flags.utf8_mode:
        return False
    return not (
        _is_utf8(sys.getfilesystemencoding()) and _is_utf8(locale.getpreferredencoding(False))
    )


def ensure_utf8_mode() -> None:
    """Run the command again in UTF-8 mode if the locale is a legacy one.

    On Linux and macOS the process replaces itself (``os.execv``: the same
    process id, so systemd, a shell's ``$!`` and the single-instance lock see
    one kiosk) with the same interpreter, its own options and the same
    command: ``sys.orig_argv`` holds ``-m kiosk`` or the ``kiosk`` script's
    path alike. Windows has no exec (``os.execv`` there starts a second
    process and ends this one, so a console would get its prompt back while
    the kiosk still runs), and it needs none: its file names are UTF-8 since
    Python 3.6 (PEP 529), whatever the code page. There, and wherever the
    interpreter cannot be started again (a frozen or embedded Python), only
    the standard streams are switched to UTF-8."""
    if not legacy_encoding():
        return
    again = [sys.executable, "-X", "utf8", *sys.orig_argv[1:]]
    can_exec = (
        os.name == "posix"
        and bool(sys.executable)
        and len(sys.orig_argv) > 1
        and not getattr(sys, "frozen", False)
        and not os.environ.get(STARTED_AGAIN)
    )
    if can_exec:
        os.environ[STARTED_AGAIN] = "1"
        # Inherited: a kiosk that restarts itself (the software renderer
        # fallback) starts in UTF-8 mode at once.
        os.environ["PYTHONUTF8"] = "1"
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        with contextlib.suppress(OSError):
            os.execv(sys.executable, again)  # does not return
    _utf8_streams()


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
