"""Unpacking a verified payload into a new folder, with limits.

The payload's hash was checked against the signed manifest before this
runs, yet the limits hold all the same: a trusted key can be used by
mistake or stolen, and a pack must never be able to fill the kiosk's disk,
write outside its folder or leave a link behind. So:

- only plain files and folders; no links (symbolic or hard), devices or
  FIFOs; plain relative paths of visible names (:func:`format.path_problem`);
- at most :data:`format.MAX_FILES` files, each at most
  :data:`format.MAX_FILE_BYTES`, :data:`format.MAX_TOTAL_BYTES` in all, and
  no more than :data:`format.MAX_RATIO` times the payload's size: the
  decompressed stream itself is counted (tar headers too), so a bomb stops
  at the limit, whatever its headers claim;
- each file's SHA-256 and size as the manifest says, and exactly the files
  it lists: none missing, none extra, none twice.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import tarfile
import zlib
from pathlib import Path
from typing import BinaryIO

from kiosk.packs import format as fmt
from kiosk.packs.errors import PackRefused

_CHUNK = 256 * 1024
# Left free after unpacking: the kiosk's log and usage counts need room too.
SPARE_BYTES = 16 * 1024 * 1024


class _Limited:
    """A read-only stream that refuses to give more than ``limit`` bytes."""

    def __init__(self, inner: BinaryIO, limit: int) -> None:
        self._inner = inner
        self._left = limit

    def read(self, n: int = -1) -> bytes:
        data = self._inner.read(n if n >= 0 else self._left + 1)
        self._left -= len(data)
        if self._left < 0:
            raise _TooLarge
        return data


class _TooLarge(Exception):
    pass


def unpack(file: BinaryIO, offset: int, manifest: fmt.Manifest, dest: Path, pack: Path) -> None:
    """Unpack the payload of ``file`` (from ``offset``) into the empty
    folder ``dest``; PackRefused says why it cannot be."""
    expected = {entry.path: entry for entry in manifest.files}
    if len(expected) != len(manifest.files):
        raise PackRefused(f"{pack}: the manifest lists a file twice")
    if len(expected) > fmt.MAX_FILES:
        raise PackRefused(f"{pack}: {len(expected)} files, the limit is {fmt.MAX_FILES}")
    for name in expected:
        if (problem := fmt.path_problem(name)) is not None:
            raise PackRefused(f"{pack}: the manifest lists {name[:80]!r}: {problem}")
    if manifest.total_size > fmt.MAX_TOTAL_BYTES:
        raise PackRefused(f"{pack}: the pack holds more than {fmt.mib(fmt.MAX_TOTAL_BYTES)}")
    if any(entry.size > fmt.MAX_FILE_BYTES for entry in manifest.files):
        limit = fmt.mib(fmt.MAX_FILE_BYTES)
        raise PackRefused(f"{pack}: a file in the pack is larger than {limit}")
    free = shutil.disk_usage(dest).free
    if free < manifest.total_size + SPARE_BYTES:
        raise PackRefused(
            f"{pack}: not enough space in {dest.parent} ({free} bytes free, "
            f"{manifest.total_size} needed and {SPARE_BYTES} to spare)"
        )
    # The stream may unpack to the files, plus a header of 512 bytes (and
    # a PAX header) per file, plus the end: a little room for them.
    limit = min(
        fmt.MAX_TOTAL_BYTES,
        max(fmt.RATIO_FLOOR_BYTES, manifest.payload_size * fmt.MAX_RATIO),
    )
    file.seek(offset)
    seen: set[str] = set()
    try:
        with gzip.GzipFile(fileobj=file, mode="rb") as gz:
            stream = _Limited(gz, limit + 2048 * (len(expected) + 2))
            with tarfile.open(fileobj=stream, mode="r|") as tar:  # type: ignore[call-overload]
                for member in tar:
                    _unpack_one(tar, member, expected, seen, dest, pack)
    except (FileExistsError, NotADirectoryError, IsADirectoryError) as exc:
        # "a" and "a/b" both: one name as a file and as a folder.
        raise PackRefused(f"{pack}: a file and a folder in the pack share a name") from exc
    except _TooLarge as exc:
        raise PackRefused(
            f"{pack}: the pack unpacks to more than {limit} bytes (a decompression bomb?)"
        ) from exc
    except (tarfile.TarError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise PackRefused(f"{pack}: the pack's content is damaged ({exc})") from exc
    missing = sorted(set(expected) - seen)
    if missing:
        raise PackRefused(
            f"{pack}: {len(missing)} file(s) the manifest lists are missing, the first: "
            f"{missing[0]}"
        )


def _unpack_one(
    tar: tarfile.TarFile,
    member: tarfile.TarInfo,
    expected: dict[str, fmt.FileEntry],
    seen: set[str],
    dest: Path,
    pack: Path,
) -> None:
    name = member.name
    shown = repr(name[:80])
    if member.issym() or member.islnk():
        raise PackRefused(f"{pack}: {shown} is a link; a pack holds plain files only")
    if not member.isfile():
        raise PackRefused(f"{pack}: {shown} is not a plain file")
    if (problem := fmt.path_problem(name)) is not None:
        raise PackRefused(f"{pack}: {shown}: {problem}")
    entry = expected.get(name)
    if entry is None:
        raise PackRefused(f"{pack}: {shown} is not in the manifest (an extra file)")
    if name in seen:
        raise PackRefused(f"{pack}: {shown} is in the pack twice")
    seen.add(name)
    if member.size != entry.size or member.size > fmt.MAX_FILE_BYTES:
        raise PackRefused(f"{pack}: {shown} is not the size the manifest says")
    source = tar.extractfile(member)
    if source is None:  # not a regular file after all
        raise PackRefused(f"{pack}: {shown} is not a plain file")
    target = dest.joinpath(*name.split("/"))
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    # O_EXCL and O_NOFOLLOW: nothing that is already there (there is
    # nothing: dest is new, and no link is ever made) is written through.
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
    with os.fdopen(fd, "wb") as out:
        while chunk := source.read(_CHUNK):
            digest.update(chunk)
            out.write(chunk)
    if digest.hexdigest() != entry.sha256:
        raise PackRefused(f"{pack}: {shown} does not match its SHA-256 in the manifest")
