"""Making a pack (``kiosk pack``): the content folder, checked in full, as a
gzip'd tar, with a manifest of every file and the signature.

The tar is made the same way every time (sorted names, no owners, no times),
so one folder packed twice differs only in the manifest's creation time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import hashlib
import io
import itertools
import os
import stat
import tarfile
import tempfile
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from kiosk.content import load_content
from kiosk.files import write_atomically
from kiosk.packs import format as fmt
from kiosk.packs.keys import SecretKey

_CHUNK = 1024 * 1024


class PackNotMade(Exception):
    """The pack cannot be made; the message is one sentence saying why."""


@dataclass(frozen=True)
class Made:
    path: Path
    manifest: fmt.Manifest
    warnings: int


def default_version(now: dt.datetime) -> str:
    """YYYYMMDD.HHMMSS in UTC, each pack newer than the one before it.

    The time is written as a number (00:06:00 is 600), because a version part
    has no leading zero; numbers compare as the times do."""
    utc = now.astimezone(dt.timezone.utc)
    return f"{utc:%Y%m%d}.{int(utc.strftime('%H%M%S'))}"


def make_pack(
    content: Path,
    secret: SecretKey,
    output: Path,
    *,
    version: str | None = None,
    now: dt.datetime | None = None,
) -> Made:
    now = now or dt.datetime.now(dt.timezone.utc)
    version = version or default_version(now)
    if (problem := fmt.version_problem(version)) is not None:
        raise PackNotMade(f"--version: {problem}")
    result = load_content(content)
    if result.errors:
        raise PackNotMade(
            f"{content}: the content has {len(result.errors)} error(s), the first: "
            f"{result.errors[0]}; `kiosk validate --content {content}` lists them all"
        )
    try:
        files = _files(content)
    except OSError as exc:
        raise PackNotMade(f"{exc.filename or content}: cannot read it ({exc.strerror})") from exc
    entries: list[fmt.FileEntry] = []
    output = output.absolute()
    with contextlib.suppress(OSError):
        if not stat.S_ISREG(os.lstat(output).st_mode):  # a device, a link, a folder
            raise PackNotMade(
                f"{output}: there already, and not a plain file: a pack is never written over it"
            )
    try:
        with tempfile.TemporaryFile(dir=output.parent) as payload:
            _write_payload(content, files, payload, entries)
            size = payload.tell()
            payload.seek(0)
            digest = _sha256(payload)
            manifest = fmt.Manifest(
                version=version,
                created=now.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                signer_name=secret.name,
                signer_key=secret.public.fingerprint,
                payload_sha256=digest,
                payload_size=size,
                files=tuple(entries),
            )
            if size > fmt.MAX_PACK_BYTES:
                raise PackNotMade(
                    f"{content}: the pack would be larger than {fmt.mib(fmt.MAX_PACK_BYTES)}"
                )
            body = fmt.signed_part(manifest.to_json())
            payload.seek(0)
            # A pack only half written (a full stick, a pulled cable) never
            # carries the final name: Syncthing or staff could pick it up.
            head = body + secret.key.sign(body)
            chunks = iter(partial(payload.read, _CHUNK), b"")
            write_atomically(output, itertools.chain([head], chunks))
    except OSError as exc:
        raise PackNotMade(f"{output}: cannot write the pack ({exc.strerror or exc})") from exc
    return Made(output, manifest, len(result.warnings))


def _files(content: Path) -> list[str]:
    """Every file's path under ``content``, sorted; hidden names (editors'
    lock files, macOS's "._" files) are left out, links and devices refused."""
    found: list[str] = []
    for folder, dirs, names in os.walk(content, onerror=_raise):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(dirs + names):
            if name.startswith("."):
                continue
            path = Path(folder, name)
            info = path.lstat()
            if stat.S_ISLNK(info.st_mode):
                raise PackNotMade(f"{path}: a link; a pack holds plain files only")
            if stat.S_ISREG(info.st_mode):
                rel = path.relative_to(content).as_posix()
                if (problem := fmt.path_problem(rel)) is not None:
                    raise PackNotMade(f"{path}: {problem}")
                found.append(rel)
            elif not stat.S_ISDIR(info.st_mode):
                raise PackNotMade(f"{path}: not a file; a pack holds plain files only")
    if len(found) > fmt.MAX_FILES:
        raise PackNotMade(f"{content}: {len(found)} files, the limit is {fmt.MAX_FILES}")
    return sorted(found)


def _raise(exc: OSError) -> None:
    raise PackNotMade(f"{exc.filename}: cannot read it ({exc.strerror or exc})") from exc


def _write_payload(
    content: Path, files: list[str], out: io.BufferedIOBase, entries: list[fmt.FileEntry]
) -> None:
    """Each file streamed into the tar and hashed on the way; its size is
    known from fstat before a byte is read (a 300 MB file is refused, not
    loaded)."""
    total = 0
    with (
        gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as gz,
        tarfile.open(fileobj=gz, mode="w|", format=tarfile.PAX_FORMAT) as tar,
    ):
        for rel in files:
            path = content / rel
            try:
                fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
            except OSError as exc:
                raise PackNotMade(f"{path}: cannot read it ({exc.strerror})") from exc
            with os.fdopen(fd, "rb") as file:
                info = os.fstat(fd)
                if not stat.S_ISREG(info.st_mode):
                    raise PackNotMade(f"{path}: not a file; a pack holds plain files only")
                if info.st_size > fmt.MAX_FILE_BYTES:
                    raise PackNotMade(f"{path}: larger than {fmt.mib(fmt.MAX_FILE_BYTES)}")
                total += info.st_size
                if total > fmt.MAX_TOTAL_BYTES:
                    raise PackNotMade(f"{content}: more than {fmt.mib(fmt.MAX_TOTAL_BYTES)} in all")
                os.set_blocking(fd, True)
                member = tarfile.TarInfo(rel)
                member.size, member.mode, member.mtime = info.st_size, 0o644, 0
                hashing = _Hashing(file)
                try:
                    tar.addfile(member, hashing)
                except OSError as exc:
                    raise PackNotMade(f"{path}: cannot read it ({exc.strerror or exc})") from exc
            entries.append(fmt.FileEntry(rel, hashing.digest.hexdigest(), info.st_size))


class _Hashing:
    """A file read through, hashed as it goes (tarfile reads it in chunks)."""

    def __init__(self, file: io.BufferedReader) -> None:
        self.file = file
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.file.read(size)
        self.digest.update(data)
        return data


def _sha256(file: io.BufferedIOBase) -> str:
    digest = hashlib.sha256()
    while chunk := file.read(_CHUNK):
        digest.update(chunk)
    return digest.hexdigest()
