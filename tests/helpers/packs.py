"""Packs for tests: real ones made with `kiosk.packs.build`, and forged ones
whose payload and manifest a test chooses (a link, a bomb, a manifest that
lies), signed with a real key so that only the check under test refuses them."""

from __future__ import annotations

import gzip
import hashlib
import io
import tarfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from kiosk.packs import format as fmt
from kiosk.packs.build import make_pack
from kiosk.packs.keys import SecretKey, load_secret, new_keys


@dataclass(frozen=True)
class Keys:
    secret: SecretKey
    secret_path: Path
    public_path: Path


def make_keys(folder: Path, name: str = "Ministry of Foreign Affairs") -> Keys:
    secret, public = new_keys(folder, name)
    return Keys(load_secret(secret), secret, public)


def pack(content: Path, keys: Keys, out: Path, version: str = "1") -> Path:
    return make_pack(content, keys.secret, out, version=version).path


def tar_payload(members: Iterable[tuple[tarfile.TarInfo, bytes | None]]) -> bytes:
    """A gzip'd tar of exactly these members (data None: no data)."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for info, data in members:
            tar.addfile(info, io.BytesIO(data) if data is not None else None)
    return gzip.compress(raw.getvalue(), mtime=0)


def file_member(name: str, data: bytes) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    return info, data


def folder_members(content: Path) -> list[tuple[tarfile.TarInfo, bytes]]:
    return [
        file_member(p.relative_to(content).as_posix(), p.read_bytes())
        for p in sorted(content.rglob("*"))
        if p.is_file()
    ]


def entries_of(members: Iterable[tuple[tarfile.TarInfo, bytes | None]]) -> list[fmt.FileEntry]:
    return [
        fmt.FileEntry(info.name, hashlib.sha256(data or b"").hexdigest(), len(data or b""))
        for info, data in members
    ]


def forge(
    out: Path,
    keys: Keys,
    payload: bytes,
    files: Iterable[fmt.FileEntry],
    *,
    version: str = "1",
    edit: Callable[[fmt.Manifest], fmt.Manifest] | None = None,
) -> Path:
    """A pack of ``payload`` whose manifest lists ``files``, signed by
    ``keys``: everything a signer could put in a pack, right or wrong."""
    manifest = fmt.Manifest(
        version=version,
        created="2026-11-29T12:00:00Z",
        signer_name=keys.secret.name,
        signer_key=keys.secret.public.fingerprint,
        payload_sha256=hashlib.sha256(payload).hexdigest(),
        payload_size=len(payload),
        files=tuple(files),
    )
    if edit is not None:
        manifest = edit(manifest)
    body = fmt.signed_part(manifest.to_json())
    out.write_bytes(body + keys.secret.key.sign(body) + payload)
    return out
