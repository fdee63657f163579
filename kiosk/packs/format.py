"""A pack's layout, its manifest and its version.

One file, every byte of it covered by the signature, so that a flipped byte
anywhere, a truncated or a lengthened file is refused::

    MAGIC                     b"KIOSK-PACK 1\\n" (13 bytes)
    manifest length           4 bytes, big-endian
    manifest                  UTF-8 JSON (below)
    signature                 64 bytes: Ed25519 over MAGIC + length + manifest
    payload                   the content folder as a gzip'd tar

The manifest::

    {"format": 1, "version": "2026.11.29", "created": "2026-11-29T21:00:00Z",
     "signer": {"name": "...", "key": "<sha-256 of the public key, hex>"},
     "payload": {"sha256": "...", "size": 12345},
     "files": [{"path": "site.yaml", "sha256": "...", "size": 2345}, ...]}

The payload's hash is checked before a single byte of it is decompressed:
only what the trusted signer made is ever unpacked. Each file's hash is
checked again as it is unpacked, and the files must be exactly those listed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

MAGIC = b"KIOSK-PACK 1\n"
LENGTH_BYTES = 4
SIGNATURE_BYTES = 64
FORMAT = 1
SUFFIX = ".kpack"
# A manifest lists a few hundred files at most; 1 MiB is far beyond that.
MAX_MANIFEST_BYTES = 1024 * 1024

# The limits of what a pack may unpack to. A ministry's content is a few
# megabytes: these are far above it and far below harm on a kiosk's disk.
MAX_FILES = 2000
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_PACK_BYTES = 256 * 1024 * 1024
# Text compresses about 3 to 10 times; a payload that unpacks to more than
# this many times its size is a decompression bomb, above a floor under which
# the ratio does not matter (a small folder of repeated lines).
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 4 * 1024 * 1024

# Versions: one to four numbers separated by dots, compared as numbers
# (2026.11.2 < 2026.11.10). `kiosk pack` without --version uses the time it
# was made, YYYYMMDD.HHMMSS in UTC, so that each pack is newer than the last.
_VERSION = re.compile(r"^(0|[1-9][0-9]{0,8})(\.(0|[1-9][0-9]{0,8})){0,3}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


class ManifestError(ValueError):
    """The manifest is not what the format says; the message says what."""


def mib(size: int) -> str:
    """A size for people: '32 MiB', '1.5 MiB'."""
    return f"{size / (1024 * 1024):.3g} MiB"


def printable(text: str, limit: int = 120) -> str:
    """``text`` with every control or non-printable character escaped, cut
    at ``limit`` characters: safe on a terminal, in a log line and on screen."""
    out = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text[:limit])
    return out + ("…" if len(text) > limit else "")


def version_problem(text: str) -> str | None:
    if not _VERSION.match(text):
        return (
            f"'{text[:40]}' is not a version: one to four numbers separated by dots, "
            "such as 2026.11.29 or 3"
        )
    return None


def version_key(text: str) -> tuple[int, ...]:
    """For comparing versions: 2026.11.2 < 2026.11.10 and 2026.11 < 2026.11.0."""
    return tuple(int(part) for part in text.split("."))


@dataclass(frozen=True)
class FileEntry:
    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    version: str
    created: str
    signer_name: str
    signer_key: str
    payload_sha256: str
    payload_size: int
    files: tuple[FileEntry, ...]

    def to_json(self) -> bytes:
        data = {
            "format": FORMAT,
            "version": self.version,
            "created": self.created,
            "signer": {"name": self.signer_name, "key": self.signer_key},
            "payload": {"sha256": self.payload_sha256, "size": self.payload_size},
            "files": [{"path": f.path, "sha256": f.sha256, "size": f.size} for f in self.files],
        }
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode()

    @property
    def total_size(self) -> int:
        return sum(f.size for f in self.files)


def signed_part(manifest_bytes: bytes) -> bytes:
    """What the signature covers: everything before it."""
    return MAGIC + len(manifest_bytes).to_bytes(LENGTH_BYTES, "big") + manifest_bytes


def parse_manifest(data: bytes) -> Manifest:
    """The manifest from its JSON; ManifestError says what is wrong with it."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ManifestError("the manifest is not UTF-8 text") from exc
    try:
        root = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ManifestError(f"the manifest is not JSON (line {exc.lineno}: {exc.msg})") from exc
    except RecursionError as exc:  # [[[[…]]]] a million deep
        raise ManifestError("the manifest is nested too deeply") from exc
    obj = _mapping(root, "the manifest")
    if obj.get("format") != FORMAT:
        raise ManifestError(f"the manifest's format is {obj.get('format')!r}, not {FORMAT}")
    version = _text(obj, "version")
    if (problem := version_problem(version)) is not None:
        raise ManifestError(f"version: {problem}")
    signer = _mapping(obj.get("signer"), "signer")
    payload = _mapping(obj.get("payload"), "payload")
    files = obj.get("files")
    if not isinstance(files, list):
        raise ManifestError("files: not a list")
    entries = tuple(_entry(i, item) for i, item in enumerate(files))
    return Manifest(
        version=version,
        created=_text(obj, "created"),
        signer_name=_text(signer, "name"),
        signer_key=_hex(signer, "key"),
        payload_sha256=_hex(payload, "sha256"),
        payload_size=_size(payload, "size"),
        files=entries,
    )


def _mapping(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ManifestError(f"{what}: not a mapping")
    return value


def _text(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value or len(value) > 1000:
        raise ManifestError(f"{key}: not a text")
    return value


def _hex(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not _HEX64.match(value):
        raise ManifestError(f"{key}: not a SHA-256 in hex")
    return value


def _size(obj: dict[str, Any], key: str) -> int:
    value = obj.get(key)
    if type(value) is not int or value < 0:
        raise ManifestError(f"{key}: not a size in bytes")
    return value


def _entry(index: int, item: Any) -> FileEntry:
    obj = _mapping(item, f"files[{index}]")
    try:
        return FileEntry(_text(obj, "path"), _hex(obj, "sha256"), _size(obj, "size"))
    except ManifestError as exc:
        raise ManifestError(f"files[{index}]: {exc}") from exc


def path_problem(name: str) -> str | None:
    """Why a file's path in a pack is not allowed, if it is not: only plain
    relative paths of visible names, with '/' between them."""
    if not name:
        return "an empty path"
    if len(name.encode("utf-8", "surrogatepass")) > 1024:
        return "a path longer than 1024 bytes"
    if name.startswith("/"):
        return "an absolute path"
    if "\\" in name:
        return "a '\\' in a name (folders are separated by '/')"
    if ":" in name.split("/", 1)[0]:
        return "a ':' in the first name (it would read as a Windows drive)"
    parts = name.split("/")
    if any(len(part.encode("utf-8", "surrogatepass")) > 255 for part in parts):
        return "a name longer than 255 bytes (the longest a file system takes)"
    if any(part in ("", ".", "..") for part in parts):
        return "a path that escapes the folder or is not plain"
    if any(part.startswith(".") for part in parts):
        return "a hidden name"
    if any(not ch.isprintable() for ch in name):
        return "a control character in a name"
    return None
