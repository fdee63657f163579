"""A pack's signature and its payload's hash, checked before anything in it
is believed or unpacked.

Until the signature holds, nothing of the manifest is trusted; it is read
only to name the unknown signer in the refusal. Until the payload's hash
holds, not a byte of it is decompressed.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kiosk.packs import format as fmt
from kiosk.packs.errors import PackRefused
from kiosk.packs.keys import PublicKey

_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Verified:
    manifest: fmt.Manifest
    manifest_bytes: bytes
    signature: bytes
    payload_offset: int
    key: PublicKey


def open_pack(pack: Path) -> BinaryIO:
    """The pack, opened for reading: a plain file, not a link's target
    elsewhere or a device (a stick's /dev/sdb1 given by mistake)."""
    try:
        fd = os.open(pack, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except FileNotFoundError as exc:
        raise PackRefused(f"{pack}: no such file") from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise PackRefused(f"{pack}: a link; give the pack file itself") from exc
        raise PackRefused(f"{pack}: cannot read the pack ({exc.strerror or exc})") from exc
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise PackRefused(f"{pack}: not a file")
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def verify(file: BinaryIO, pack: Path, trusted: Sequence[PublicKey]) -> Verified:
    """The manifest, once the signature and the payload are proven."""
    size = os.fstat(file.fileno()).st_size
    head = _read(file, len(fmt.MAGIC) + fmt.LENGTH_BYTES)
    if head[: len(fmt.MAGIC)] != fmt.MAGIC:
        raise PackRefused(f"{pack}: not a kiosk content pack")
    if len(head) < len(fmt.MAGIC) + fmt.LENGTH_BYTES:
        raise PackRefused(f"{pack}: the pack is truncated")
    length = int.from_bytes(head[len(fmt.MAGIC) :], "big")
    if length > fmt.MAX_MANIFEST_BYTES:
        raise PackRefused(f"{pack}: the pack is damaged (its manifest length is impossible)")
    manifest_bytes = _read(file, length)
    signature = _read(file, fmt.SIGNATURE_BYTES)
    if len(manifest_bytes) < length or len(signature) < fmt.SIGNATURE_BYTES:
        raise PackRefused(f"{pack}: the pack is truncated")
    if not trusted:
        raise PackRefused(
            f"{pack}: this kiosk trusts no signing key yet (put the ministry's .pub file "
            "in its trusted-keys folder, or give it with --trust)"
        )
    signed = fmt.signed_part(manifest_bytes)
    key = next((k for k in trusted if k.verifies(signature, signed)), None)
    if key is None:
        raise PackRefused(f"{pack}: {_untrusted(manifest_bytes, trusted)}")
    # From here on the manifest is the signer's own: what it says is meant.
    try:
        manifest = fmt.parse_manifest(manifest_bytes)
    except fmt.ManifestError as exc:
        raise PackRefused(f"{pack}: the pack's manifest is not valid ({exc})") from exc
    if manifest.signer_key != key.fingerprint:
        raise PackRefused(f"{pack}: the manifest names another key than the one that signed it")
    offset = len(signed) + fmt.SIGNATURE_BYTES
    if size - offset != manifest.payload_size:
        what = "truncated" if size - offset < manifest.payload_size else "longer than signed"
        raise PackRefused(f"{pack}: the pack is {what} ({size} bytes)")
    if manifest.payload_size > fmt.MAX_PACK_BYTES:
        raise PackRefused(f"{pack}: the pack is larger than {fmt.mib(fmt.MAX_PACK_BYTES)}")
    if _sha256(file) != manifest.payload_sha256:
        raise PackRefused(f"{pack}: the pack is damaged (its content does not match the signature)")
    return Verified(manifest, manifest_bytes, signature, offset, key)


def _untrusted(manifest_bytes: bytes, trusted: Sequence[PublicKey]) -> str:
    """The refusal of a signature no trusted key makes, naming the key the
    manifest claims, if it can be read (64 hex digits: nothing else of an
    unverified manifest, its signer's name least of all, is ever shown)."""
    try:
        claimed = fmt.parse_manifest(manifest_bytes)
    except fmt.ManifestError:
        return "the signature is not valid for any key this kiosk trusts"
    key = claimed.signer_key[:16]
    if any(k.fingerprint == claimed.signer_key for k in trusted):
        return f"the pack claims a trusted key ({key}), but the signature does not match it"
    return f"the pack is signed by key {key}, a key this kiosk does not trust"


def _read(file: BinaryIO, n: int) -> bytes:
    data = b""
    while len(data) < n and (chunk := file.read(n - len(data))):
        data += chunk
    return data


def _sha256(file: BinaryIO) -> str:
    digest = hashlib.sha256()
    while chunk := file.read(_CHUNK):
        digest.update(chunk)
    return digest.hexdigest()
