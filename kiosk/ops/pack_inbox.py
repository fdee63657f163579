"""Packs that arrive by themselves: in the inbox folder Syncthing keeps, or
on a USB stick mounted while the kiosk runs. Qt-free: the looking and the
installing run in a thread of their own (kiosk.ops.pack_delivery).

A pack counts as arrived only when it is whole. Syncthing writes a file as
``.syncthing.NAME.tmp`` and renames it when every block has been checked;
other tools (cp, a file manager, rsync's ``.NAME.XXXXXX``) write the file
under its own name bit by bit. So a pack is a visible ``*.kpack`` regular
file whose size, modification time and inode are the same at two looks in a
row. Its signature is checked by the install itself (kiosk.packs.install),
which refuses anything that does not verify.

At a reset, the newest pack (by the version its manifest claims) that is
newer than the content shown is installed; if it is refused, the next
newest is tried. Each pack is tried once: what became of it (installed,
refused and why, passed over) is kept in ``pack-inbox.json`` in the data
folder, by path, size, modification time and inode, so that a refused pack
is not tried at every reset and is tried again once the file changes. The
last refusal, for the staff panel, is kept by install_pack itself
(kiosk.packs.store). A fault of the machine (a stick pulled out, a full
disk) is no verdict on the pack: it is tried again at the next reset.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import logging
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.packs import format as fmt
from kiosk.packs.errors import PackRefused
from kiosk.packs.store import PackInfo, PackStore, read_record

log = logging.getLogger(__name__)

PACK_SUFFIX = fmt.SUFFIX
MEMORY_FILE = "pack-inbox.json"
# What the memory keeps at most: every pack ever seen on a stick would
# otherwise pile up there for months.
MEMORY_MAX = 200
# Where desktops mount a USB stick: udisks2 on Debian (/media/USER/LABEL),
# usbmount (/media/usb0), udisks2 on Fedora (/run/media/USER/LABEL).
USB_MOUNT_GLOBS = ("/media/*", "/media/*/*", "/run/media/*/*")

INSTALLED, REFUSED, PASSED_OVER, NOT_NEWER = "installed", "refused", "passed over", "not newer"


def is_pack_name(name: str) -> bool:
    """A finished pack's name: ``*.kpack``, not hidden (``.syncthing.*.tmp``,
    rsync's ``.x.kpack.Ab12Cd``), not a temporary of Syncthing on Windows
    (``~syncthing~*.tmp``) or of an editor."""
    return (
        name.endswith(PACK_SUFFIX)
        and len(name) > len(PACK_SUFFIX)
        and not name.startswith((".", "~"))
    )


@dataclass(frozen=True)
class Seen:
    """A pack file as one look found it."""

    path: Path
    size: int
    mtime_ns: int
    inode: int

    @property
    def stamp(self) -> tuple[int, int, int]:
        return (self.size, self.mtime_ns, self.inode)


def packs_in(folder: Path) -> list[Seen]:
    """The pack files at the top of ``folder`` (one listing, one lstat each).
    A link is not followed: a pack is a file of the folder's own. Raises
    OSError when the folder cannot be listed."""
    found: list[Seen] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if not is_pack_name(entry.name):
                continue
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:  # gone since the listing: not arrived
                continue
            if stat.S_ISREG(info.st_mode):
                found.append(Seen(Path(entry.path), info.st_size, info.st_mtime_ns, info.st_ino))
    return found


def restat(seen: Seen) -> Seen | None:
    """``seen`` as the file is now, or None when it has gone."""
    try:
        info = os.lstat(seen.path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return Seen(seen.path, info.st_size, info.st_mtime_ns, info.st_ino)


def mount_points(patterns: Sequence[str]) -> frozenset[Path]:
    """The folders the patterns match now: where a stick may be mounted."""
    found: set[Path] = set()
    for pattern in patterns:
        for match in glob.glob(pattern):
            with suppress(OSError):
                if stat.S_ISDIR(os.stat(match).st_mode):
                    found.add(Path(match))
    return frozenset(found)


class Arrivals:
    """Which packs have fully arrived: the same at two looks in a row."""

    def __init__(self) -> None:
        self._last: dict[Path, tuple[int, int, int]] = {}

    def update(self, packs: Iterable[Seen]) -> list[Seen]:
        now = {seen.path: seen.stamp for seen in packs}
        whole = [
            seen for seen in packs if self._last.get(seen.path) == seen.stamp and seen.size > 0
        ]
        self._last = now
        return whole


def write_json(path: Path, data: object) -> None:
    """Atomically (a power cut leaves the old file or the new one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


@dataclass
class Memory:
    """What became of each pack tried, by path and stamp; kept in the data
    folder, so that a restart does not try a refused pack again."""

    path: Path
    tried: dict[str, dict] = field(default_factory=dict)

    @classmethod
    def load(cls, data_dir: Path) -> Memory:
        path = data_dir / MEMORY_FILE
        try:
            raw = json.loads(read_record(path))
        except FileNotFoundError:
            return cls(path)
        except (OSError, ValueError, RecursionError) as exc:  # a FIFO, [[[…]]] a million deep
            log.error("%s: cannot read what became of earlier packs (%s); starting anew", path, exc)
            return cls(path)
        tried = raw.get("tried") if isinstance(raw, dict) else None
        if not isinstance(tried, dict):
            log.error("%s: not a record of earlier packs; starting anew", path)
            return cls(path)
        return cls(path, {str(k): v for k, v in tried.items() if isinstance(v, dict)})

    def knows(self, seen: Seen) -> bool:
        entry = self.tried.get(str(seen.path))
        return entry is not None and tuple(entry.get("stamp", ())) == seen.stamp

    def remember(self, seen: Seen, outcome: str, reason: str = "") -> None:
        self.tried.pop(str(seen.path), None)  # the newest last: the oldest go first
        self.tried[str(seen.path)] = {
            "stamp": list(seen.stamp),
            "outcome": outcome,
            "reason": reason,
            "at": dt.datetime.now().isoformat(timespec="seconds"),
        }
        while len(self.tried) > MEMORY_MAX:
            del self.tried[next(iter(self.tried))]
        try:
            write_json(self.path, {"tried": self.tried})
        except OSError as exc:
            # Tried again after a restart, then: no worse than that.
            log.error("%s: cannot record what became of %s (%s)", self.path, _shown(seen.path), exc)


# install_pack's shape: install(pack, data_dir=...), or raise PackRefused.
Install = Callable[..., object]


def claimed_version(pack: Path) -> str | None:
    """The version the pack's manifest claims, read without checking the
    signature: only to choose the order in which packs are tried, and to
    pass over those no newer than the content shown. A lie here can only
    make a pack be passed over or tried; what is installed is verified.
    None when the file is not a pack's shape."""
    head_size = len(fmt.MAGIC) + fmt.LENGTH_BYTES
    try:
        # A FIFO or a device on a stick is not a pack: never a hang.
        fd = os.open(pack, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(fd, "rb") as file:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return None
            os.set_blocking(fd, True)
            head = file.read(head_size)
            length = int.from_bytes(head[len(fmt.MAGIC) :], "big")
            if head[: len(fmt.MAGIC)] != fmt.MAGIC or length > fmt.MAX_MANIFEST_BYTES:
                return None
            manifest = fmt.parse_manifest(file.read(length))
    except (OSError, ValueError):  # ManifestError is a ValueError
        return None
    return None if fmt.version_problem(manifest.version) else manifest.version


def newest_first(packs: Iterable[Seen]) -> list[tuple[Seen, str | None]]:
    """By the version claimed, then by modification time (Syncthing and a
    copy keep the publisher's); a pack that claims none comes last."""

    def order(item: tuple[Seen, str | None]) -> tuple:
        seen, version = item
        return (version is not None, fmt.version_key(version) if version else (), seen.mtime_ns)

    return sorted(((seen, claimed_version(seen.path)) for seen in packs), key=order, reverse=True)


def install_newest(
    arrived: Sequence[Seen],
    *,
    memory: Memory,
    data_dir: Path,
    install: Install | None = None,
) -> Path | None:
    """At a reset, in the packs thread: install the newest pack not tried
    yet that is newer than the content shown; if it is refused, the next
    newest. Each pack tried is remembered, with what became of it; the
    refusal is kept by install_pack for the staff panel. Returns the pack
    installed, if one was. ``install``: kiosk.packs.install.install_pack
    unless given."""
    if install is None:
        # Here, in the packs thread, not at start: it loads the cryptography
        # library, which the kiosk's first frame does not wait for.
        from kiosk.packs.install import install_pack as install
    shown = PackStore(data_dir).current_info()
    untried = newest_first(seen for seen in arrived if not memory.knows(seen))
    for index, (seen, version) in enumerate(untried):
        if restat(seen) != seen:
            log.info("pack %s changed since it arrived; it is looked at again", _shown(seen.path))
            continue
        if not _newer(version, shown):
            assert version is not None and shown is not None
            log.info(
                "pack %s (version %s) is not newer than the content shown (%s); passed over",
                _shown(seen.path),
                version,
                shown.version,
            )
            memory.remember(seen, NOT_NEWER, f"version {version}; shown: {shown.version}")
            continue
        try:
            install(seen.path, data_dir=data_dir)
        except PackRefused as exc:
            _refused(seen, str(exc), memory, machine=isinstance(exc.__cause__, OSError))
            continue
        memory.remember(seen, INSTALLED)
        log.info("pack %s (version %s) installed", _shown(seen.path), version)
        for older, _version in untried[index + 1 :]:
            memory.remember(older, PASSED_OVER, f"{seen.path.name} is newer")
        return seen.path
    return None


def _shown(text: object) -> str:
    """A stick's file name or a refusal as a log line quotes it: one line,
    no control characters (a name is whatever the stick's maker chose)."""
    return fmt.printable(str(text), 600)


def _newer(version: str | None, shown: PackInfo | None) -> bool:
    """True unless both versions are known and ``version`` is no newer."""
    if version is None or shown is None:
        return True
    return fmt.version_key(version) > fmt.version_key(shown.version)


def _refused(seen: Seen, reason: str, memory: Memory, *, machine: bool) -> None:
    if machine:  # a stick pulled out, a full disk: the pack may be fine
        log.error(
            "pack %s could not be installed: %s; it is tried again",
            _shown(seen.path),
            _shown(reason),
        )
        return
    log.error("pack %s refused: %s", _shown(seen.path), _shown(reason))
    if restat(seen) == seen:  # changed meanwhile: tried again as the new file
        memory.remember(seen, REFUSED, reason)


class Watch:
    """The inbox and the sticks, as the delivery thread looks at them: one
    job at a time, so this state is only ever touched by one thread at once.

    ``inbox``: the folder Syncthing keeps (None: none). ``usb_globs``: where
    sticks are mounted (empty: USB is off). Only a stick mounted after the
    first look is looked into: a stick left in the kiosk is not a delivery.
    """

    def __init__(
        self,
        *,
        inbox: Path | None,
        usb_globs: Sequence[str],
        data_dir: Path,
        install: Install | None = None,
    ) -> None:
        self.inbox = inbox
        self.usb_globs = tuple(usb_globs)
        self.data_dir = data_dir
        self._install = install
        self._arrivals = Arrivals()
        self._memory: Memory | None = None  # read at the first look, in the thread
        self._mounts: frozenset[Path] | None = None  # None: not looked yet
        self._sticks: set[Path] = set()
        self._inbox_problem = ""

    def look(self) -> list[Seen]:
        """The whole packs not tried yet."""
        if self._memory is None:
            self._memory = Memory.load(self.data_dir)
        packs: list[Seen] = []
        if self.inbox is not None:
            packs.extend(self._look_in_inbox(self.inbox))
        if self.usb_globs:
            packs.extend(self._look_on_sticks())
        memory = self._memory
        return [seen for seen in self._arrivals.update(packs) if not memory.knows(seen)]

    def _look_in_inbox(self, inbox: Path) -> list[Seen]:
        try:
            found = packs_in(inbox)
        except OSError as exc:
            problem = f"{inbox}: the pack inbox cannot be read ({exc.strerror or exc})"
            if problem != self._inbox_problem:
                log.error("%s; the kiosk runs on and looks again", problem)
                self._inbox_problem = problem
            return []
        if self._inbox_problem:
            log.info("pack inbox %s can be read again", inbox)
            self._inbox_problem = ""
        return found

    def _look_on_sticks(self) -> list[Seen]:
        mounts = mount_points(self.usb_globs)
        if self._mounts is not None:
            for stick in sorted(mounts - self._mounts):
                log.info("%s: mounted; looking for packs at its top", stick)
                self._sticks.add(stick)
        self._sticks &= mounts
        self._mounts = mounts
        found: list[Seen] = []
        for stick in sorted(self._sticks):
            with suppress(OSError):  # pulled out, or unreadable: nothing from it
                found.extend(packs_in(stick))
        return found

    def install_newest(self, arrived: Sequence[Seen]) -> Path | None:
        if self._memory is None:
            self._memory = Memory.load(self.data_dir)
        return install_newest(
            arrived, memory=self._memory, data_dir=self.data_dir, install=self._install
        )
