"""An installed pack's files against its signed manifest.

The signature proves what was installed, not what is in the folder now: a
file edited by hand after the install is no longer the ministry's. Every
file is hashed again (a ministry's content is a few MiB: tens of
milliseconds in the folder thread or a command, never on the UI thread),
and the folder must hold exactly the files listed, as regular files.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from kiosk.packs import format as fmt
from kiosk.packs.store import MANIFEST_FILE, META_DIR, PackStore, read_record

_CHUNK = 1024 * 1024
SHOWN = 3  # file names named in a message; the rest are counted


def installed_manifest(folder: Path) -> fmt.Manifest | None:
    """The manifest kept with an installed pack; None when ``folder`` is no
    installed pack (a content folder given with --content) or it is unreadable."""
    try:
        data = read_record(folder / META_DIR / MANIFEST_FILE)
        return fmt.parse_manifest(data)
    except (OSError, ValueError, RecursionError):
        return None


def changed_files(folder: Path, manifest: fmt.Manifest) -> list[str]:
    """The files (relative paths) that differ from what was signed: changed,
    missing, not a plain file, or added. Empty when the folder is intact."""
    changed: list[str] = []
    listed = {entry.path for entry in manifest.files}
    for entry in manifest.files:
        if not _same(folder / entry.path, entry):
            changed.append(entry.path)
    for root, dirs, files in os.walk(folder, onerror=lambda _exc: None):
        here = Path(root)
        if here == folder:
            dirs[:] = [d for d in dirs if d != META_DIR]
        for name in files:
            relative = (here / name).relative_to(folder).as_posix()
            if relative not in listed:
                changed.append(relative)
    return changed


def describe(changed: list[str]) -> str:
    """'sections/a.yaml, site.yaml and 3 more file(s)' (names made printable)."""
    names = ", ".join(fmt.printable(name) for name in changed[:SHOWN])
    more = len(changed) - SHOWN
    return f"{names} and {more} more file(s)" if more > 0 else names


def _same(path: Path, entry: fmt.FileEntry) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
    except OSError:
        return False
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size != entry.size:
            return False
        digest = hashlib.sha256()
        os.set_blocking(fd, True)
        while chunk := os.read(fd, _CHUNK):
            digest.update(chunk)
        return digest.hexdigest() == entry.sha256
    except OSError:
        return False
    finally:
        os.close(fd)


def pack_lines(store: PackStore) -> tuple[dict[str, str], dict[str, str]]:
    """What the staff panel shows of the packs: the installed one ({} if
    none; "changed": its files edited since the install, "damaged": why its
    record cannot be read) and the last refusal ({} if none), every text
    printable. Hashes the pack's files: for a worker thread."""
    info, refusal = store.current_info(), store.last_refusal()
    changed = ""
    if info is not None and (manifest := installed_manifest(info.folder)) is not None:
        changed = describe(changed_files(info.folder, manifest)) if not info.damaged else ""
    pack = (
        {
            "version": info.version,
            "signer": info.signer_name or "?",
            "key": info.signer_key[:16] or "?",
            "damaged": info.damaged,
            "changed": changed,
        }
        if info
        else {}
    )
    refused = (
        {"when": refusal.when, "pack": refusal.pack, "reason": refusal.reason} if refusal else {}
    )
    return pack, refused
