"""Writing the page: whole or not at all, and one sentence when it cannot be.

The page goes to a new file beside the target and is renamed over it, so a
full disk or a killed command never leaves half a page where a reviewer
would print it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path

from kiosk.content.textfile import NOT_FOUND, os_reason, status

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)


class NotWritten(Exception):
    """Why the page could not be written, as one sentence."""


def write_whole(path: Path, data: bytes) -> None:
    folder = path.parent
    found = status(folder)
    if found == NOT_FOUND:
        raise NotWritten(f"cannot write {path}: the folder {folder} does not exist")
    if isinstance(found, str):
        raise NotWritten(f"cannot write {path}: {folder}: {found}")
    if not stat.S_ISDIR(found.st_mode):
        raise NotWritten(f"cannot write {path}: {folder} is not a folder")
    target = status(path)
    if not isinstance(target, str) and stat.S_ISDIR(target.st_mode):
        raise NotWritten(f"cannot write {path}: it is a folder; name a file, e.g. review.html")
    temporary = folder / f".review-{secrets.token_hex(6)}.tmp"
    try:
        fd = os.open(temporary, _FLAGS, 0o666)  # the umask decides, as for any new file
    except OSError as exc:
        raise NotWritten(f"cannot write {path}: {os_reason(exc, folder)}") from None
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise NotWritten(f"cannot write {path}: {os_reason(exc, path)}") from None
