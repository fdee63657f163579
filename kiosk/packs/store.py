"""The installed packs in the kiosk's data folder, and which one is shown.

::

    <data>/content/
        packs/<version>/          one folder per installed pack: its content,
            .kpack/manifest.json  and, hidden from the content loader, what
            .kpack/signature      was signed and when it was installed
            .kpack/installed.json
        current  -> packs/<version>   what the kiosk shows
        previous -> packs/<version>   what `kiosk rollback` goes back to
        overlay/                  the mission's own layer (staff edit it)
        last-refused.json         the last pack refused, and why
        .lock                     one install or rollback at a time

``current`` is switched atomically: a new link is made under another name
and renamed over it (rename is atomic), so a reader of ``current`` finds
the whole old folder or the whole new one, never a mixture. Only the
current and the previous folders are kept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kiosk.files import sync_folder, write_atomically
from kiosk.packs import format as fmt
from kiosk.packs.errors import PackRefused

CONTENT_DIR = "content"
PACKS_DIR = "packs"
CURRENT = "current"
PREVIOUS = "previous"
OVERLAY_DIR = "overlay"
TRUSTED_KEYS_DIR = "trusted-keys"
META_DIR = ".kpack"
MANIFEST_FILE = "manifest.json"
SIGNATURE_FILE = "signature"
INSTALLED_FILE = "installed.json"
REFUSED_FILE = "last-refused.json"
REFUSAL_KEYS = ("when", "pack", "reason")
KEPT_REFUSALS = 5
INCOMING_PREFIX = ".incoming-"


@dataclass(frozen=True)
class PackInfo:
    version: str
    signer_name: str
    signer_key: str
    created: str
    installed: str  # ISO 8601, UTC
    source: str  # the pack's file name
    folder: Path
    # Why the pack's record cannot be read ("" when it can): the version is
    # then its folder's name, and no signer is named.
    damaged: str = ""


@dataclass(frozen=True)
class Refusal:
    when: str  # ISO 8601, UTC
    pack: str
    reason: str


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class PackStore:
    """The packs under ``data_dir``; reading never raises for a missing or
    broken store (no pack installed is an answer, not a fault)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.root = self.data_dir / CONTENT_DIR
        self.packs = self.root / PACKS_DIR
        self.overlay = self.root / OVERLAY_DIR
        self.trusted_keys = self.data_dir / TRUSTED_KEYS_DIR

    # -- reading -----------------------------------------------------------

    def current(self) -> Path | None:
        """The ``current`` link, if it leads to an installed pack: the kiosk
        reads it as a content folder (its path stays the same across
        switches)."""
        link = self.root / CURRENT
        return link if self._target(CURRENT) is not None else None

    def previous(self) -> Path | None:
        """The ``previous`` link, if it leads to an installed pack (kept for
        `kiosk rollback`, and shown while ``current`` is not intact)."""
        link = self.root / PREVIOUS
        return link if self._target(PREVIOUS) is not None else None

    def current_info(self) -> PackInfo | None:
        return self._info(CURRENT)

    def previous_info(self) -> PackInfo | None:
        return self._info(PREVIOUS)

    def last_refusal(self) -> Refusal | None:
        refusals = self.refusals()
        return refusals[0] if refusals else None

    def refusals(self) -> list[Refusal]:
        """The last few refusals, the latest first: one refused pack is not
        hidden by the next (Syncthing may bring two between staff visits)."""
        try:
            data = json.loads(read_record(self.root / REFUSED_FILE))
            records = [data, *data.get("earlier", [])[: KEPT_REFUSALS - 1]]
            return [
                Refusal(*(fmt.printable(str(record[k]), 600) for k in REFUSAL_KEYS))
                for record in records
            ]
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return []

    def _target(self, name: str) -> Path | None:
        """The pack folder a link leads to, if it is one of ours."""
        try:
            target = os.readlink(self.root / name)
        except OSError:
            return None
        parts = Path(target).parts
        if len(parts) != 2 or parts[0] != PACKS_DIR or fmt.version_problem(parts[1]):
            return None
        folder = self.packs / parts[1]
        try:
            return folder if stat.S_ISDIR(os.stat(folder).st_mode) else None
        except OSError:  # gone, or a data folder this user may not enter
            return None

    def _info(self, name: str) -> PackInfo | None:
        folder = self._target(name)
        return None if folder is None else read_info(folder)

    # -- changing (under the lock) ------------------------------------------

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """One install or rollback at a time (the command line and the
        kiosk's inbox may try at once)."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.root / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)

    def incoming(self) -> Path:
        """A new empty folder to unpack into, on the same file system as
        ``packs`` (so that moving it there is a rename)."""
        self._remove_stale_incoming()
        return Path(tempfile.mkdtemp(prefix=INCOMING_PREFIX, dir=self.root))

    def _remove_stale_incoming(self) -> None:
        # Left by an install that was killed or lost its power (under the
        # lock, so no install is using them now).
        with contextlib.suppress(OSError):
            for entry in os.scandir(self.root):
                if entry.name.startswith(INCOMING_PREFIX) and entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path, ignore_errors=True)

    def store(self, incoming: Path, version: str, *, repair: bool = False) -> Path:
        """Move an unpacked, checked pack into ``packs/<version>`` (a folder
        of that version not shown now is replaced). ``repair``: the folder
        shown is replaced by the same signed pack, its edited files undone;
        between the two renames a reader of ``current`` finds no folder for
        a moment, and reads again (a reload's look sees the change)."""
        self.packs.mkdir(exist_ok=True)
        os.chmod(incoming, 0o755)  # mkdtemp's 0700: readable as any content folder
        folder = self.packs / version
        if os.path.lexists(folder):
            # Never the one shown (the same version is refused before this);
            # the previous one may be: `current` is switched next anyway.
            if folder == self._target(CURRENT) and not repair:
                raise AssertionError("the folder shown is never replaced")
            aside = Path(tempfile.mkdtemp(prefix=INCOMING_PREFIX, dir=self.root))
            os.rename(folder, aside / "old")
            shutil.rmtree(aside, ignore_errors=True)
        os.rename(incoming, folder)
        sync_folder(self.packs)
        return folder

    def switch(self, version: str) -> None:
        """Make ``version`` current and what was current previous."""
        old = self._target(CURRENT)
        self._link(CURRENT, version)
        if old is not None and old.name != version:
            self._link(PREVIOUS, old.name)
        self._prune()

    def rollback(self) -> PackInfo:
        """Back to the previous pack (and the one shown now becomes the
        previous, so a second rollback undoes the first)."""
        with self.locked():
            old, back = self._target(CURRENT), self._target(PREVIOUS)
            if back is None:
                raise PackRefused("there is no previous content to go back to")
            info = read_info(back)
            if info is None:
                raise PackRefused(f"{back}: the previous content's record is unreadable")
            self._link(CURRENT, back.name)
            if old is not None:
                self._link(PREVIOUS, old.name)
            return info

    def _link(self, name: str, version: str) -> None:
        tmp = self.root / f".{name}-new"
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        os.symlink(f"{PACKS_DIR}/{version}", tmp)
        os.replace(tmp, self.root / name)
        sync_folder(self.root)

    def _prune(self) -> None:
        keep = {p.name for p in (self._target(CURRENT), self._target(PREVIOUS)) if p}
        with contextlib.suppress(OSError):
            for entry in os.scandir(self.packs):
                if entry.name not in keep and not entry.name.startswith("."):
                    shutil.rmtree(entry.path, ignore_errors=True)

    def record_refusal(self, pack: Path, reason: str) -> None:
        """Kept for the staff panel and `kiosk status`; a data folder that
        cannot be written loses only this note."""
        reason = fmt.printable(reason, 600)
        earlier = [r.__dict__ for r in self.refusals()][: KEPT_REFUSALS - 1]
        data = {
            "when": utc_now(),
            "pack": fmt.printable(pack.name),
            "reason": reason,
            "earlier": earlier,
        }
        with contextlib.suppress(OSError):
            self.root.mkdir(parents=True, exist_ok=True)
            write_atomically(self.root / REFUSED_FILE, json.dumps(data, ensure_ascii=False))


def read_info(folder: Path) -> PackInfo | None:
    """The installed pack's record. Its signer is named as the kiosk's own
    trusted key file names it (kept at the install), not as the pack says;
    every text is made printable (kiosk.packs.format.printable). A damaged
    record still gives the version (the folder's name: versions are
    compared with it) and says why (``damaged``)."""
    meta = folder / META_DIR
    try:
        manifest = fmt.parse_manifest(read_record(meta / MANIFEST_FILE))
    except (OSError, ValueError, RecursionError) as exc:
        return _damaged(folder, MANIFEST_FILE, exc)
    try:
        installed = json.loads(read_record(meta / INSTALLED_FILE))
    except (OSError, ValueError, RecursionError) as exc:
        return _damaged(folder, INSTALLED_FILE, exc)
    if not isinstance(installed, dict):
        return _damaged(folder, INSTALLED_FILE, ValueError())
    # Not in the records of the first installs: no name, rather than the pack's.
    signer = installed.get("signer")
    return PackInfo(
        version=manifest.version,
        signer_name=fmt.printable(signer) if isinstance(signer, str) else "",
        signer_key=manifest.signer_key,
        created=fmt.printable(manifest.created, 40),
        installed=fmt.printable(str(installed.get("installed", "")), 40),
        source=fmt.printable(str(installed.get("source", ""))),
        folder=folder,
    )


def _damaged(folder: Path, name: str, exc: Exception) -> PackInfo | None:
    if fmt.version_problem(folder.name):
        return None
    if isinstance(exc, OSError):
        why = exc.strerror or str(exc)
    elif isinstance(exc, RecursionError):
        why = "nested too deeply"
    else:
        why = "not a valid record"
    where = fmt.printable(str(folder / META_DIR / name), 300)
    return PackInfo(folder.name, "", "", "", "", "", folder, damaged=f"{where}: {why}")


def read_record(path: Path) -> bytes:
    """A record's bytes: a FIFO, a device or a link is "not a file" (OSError),
    never a hang; one larger than any record is refused (ValueError)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(0, "not a file", str(path))
        if info.st_size > fmt.MAX_MANIFEST_BYTES:
            raise ValueError(f"{path}: larger than any record")
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as file:
            return file.read(fmt.MAX_MANIFEST_BYTES + 1)
    finally:
        os.close(fd)

