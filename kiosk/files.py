"""Writing a file so that a reader, a crash or a power cut finds the old file
or the new one, never half of one: the settings, the PIN lockout, the
restart record, pack records, packs themselves, health reports and the
fleet report all go through here.

A temporary file of this process's own (two processes saving at once never
write into each other's), its mode set before the first byte, flushed and
synced, renamed over the old name with ``os.replace``, then the folder
synced so that the rename itself survives a power cut.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path

PUBLIC = 0o644  # reports and packs: other accounts (Syncthing's) read them
PRIVATE = 0o600  # settings and the PIN's state: this account only


def write_atomically(
    path: Path, data: str | bytes | Iterable[bytes], *, mode: int = PUBLIC
) -> Path:
    """``data`` (text is written as UTF-8; an iterable of chunks is streamed)
    under ``path``; raises OSError with nothing left behind but the old file."""
    folder = path.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as out:
            fd = -1  # the file object owns it now
            if isinstance(data, str):
                out.write(data.encode("utf-8"))
            elif isinstance(data, bytes):
                out.write(data)
            else:
                for chunk in data:
                    out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        with suppress(OSError):
            os.unlink(tmp)
        raise
    sync_folder(folder)
    return path


def sync_folder(folder: Path) -> None:
    """The folder's entries on disk (a rename, a new link). Best effort: not
    every file system syncs folders, and the change is made either way."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
