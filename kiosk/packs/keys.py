"""Ed25519 key files for signing packs.

Both files are PEM, as ``openssl pkey`` reads them, with one line before the
PEM block naming the signer (``signer: Ministry of Foreign Affairs``): the
name goes into every pack signed with the key and is shown on the kiosk
(status, staff panel). The key's fingerprint, not the name, is what a kiosk
trusts: a pack names its signer, the trusted public key proves it.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SECRET_NAME = "pack-signing.key"
PUBLIC_NAME = "pack-signing.pub"
PUBLIC_SUFFIX = ".pub"
SECRET_MODE = 0o600
# A key file is a few hundred bytes; anything much larger is not one.
MAX_KEY_BYTES = 16 * 1024
MAX_NAME = 120
_NAME_LINE = re.compile(rb"^signer: ?(.*)$", re.MULTILINE)


class KeyFileError(Exception):
    """A key file that cannot be used; the message is one sentence naming it."""


@dataclass(frozen=True)
class PublicKey:
    name: str
    key: Ed25519PublicKey
    path: Path | None = None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key)

    def verifies(self, signature: bytes, data: bytes) -> bool:
        try:
            self.key.verify(signature, data)
        except InvalidSignature:
            return False
        return True


@dataclass(frozen=True)
class SecretKey:
    name: str
    key: Ed25519PrivateKey

    @property
    def public(self) -> PublicKey:
        return PublicKey(self.name, self.key.public_key())


def fingerprint(key: Ed25519PublicKey) -> str:
    """The SHA-256 of the raw public key, in hex: what staff compare by eye
    (the first 16 characters are shown; all 64 are kept)."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()


def check_name(name: str) -> str | None:
    """Why a signer's name cannot be used, if it cannot."""
    if not name.strip():
        return "the signer's name is empty"
    if len(name) > MAX_NAME:
        return f"the signer's name is longer than {MAX_NAME} characters"
    if any(not ch.isprintable() for ch in name):
        return "the signer's name holds a control character"
    if "-----" in name:  # it would read as the start or end of the key's PEM block
        return "the signer's name may not hold '-----'"
    return None


def new_keys(folder: Path, name: str) -> tuple[Path, Path]:
    """Write a new secret key (mode 0600) and its public key into ``folder``;
    an existing key is never overwritten (FileExistsError)."""
    if (problem := check_name(name)) is not None:
        raise ValueError(problem)
    secret = Ed25519PrivateKey.generate()
    header = f"signer: {name.strip()}\n".encode()
    secret_pem = secret.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public_pem = secret.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    if os.path.lexists(folder) and not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(folder))
    folder.mkdir(parents=True, exist_ok=True)
    secret_path, public_path = folder / SECRET_NAME, folder / PUBLIC_NAME
    for path in (secret_path, public_path):
        if os.path.lexists(path):
            raise FileExistsError(0, "a key is already there", str(path))
    _write_new(secret_path, header + secret_pem, SECRET_MODE)
    _write_new(public_path, header + public_pem, 0o644)
    return secret_path, public_path


def _write_new(path: Path, data: bytes, mode: int) -> None:
    # O_EXCL: a key that appeared meanwhile is not overwritten either; the
    # mode is set at creation, so the secret is never readable by others.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, mode)
    try:
        os.fchmod(fd, mode)  # whatever the umask
        with os.fdopen(fd, "wb", closefd=False) as out:
            out.write(data)
            out.flush()
            os.fsync(fd)
    finally:
        os.close(fd)


def _read(path: Path) -> bytes:
    """The key file's bytes (a UTF-8 BOM, as some editors write, left out).
    A FIFO or a device is "not a file", never a hang."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise KeyFileError(f"{path}: cannot read the key ({exc.strerror or exc})") from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise KeyFileError(f"{path}: not a file")
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as file:
            data = file.read(MAX_KEY_BYTES + 1)
    except OSError as exc:
        raise KeyFileError(f"{path}: cannot read the key ({exc.strerror or exc})") from exc
    finally:
        os.close(fd)
    if len(data) > MAX_KEY_BYTES:
        raise KeyFileError(f"{path}: not a key file (larger than {MAX_KEY_BYTES} bytes)")
    return data.removeprefix(b"\xef\xbb\xbf")


def _name(path: Path, data: bytes) -> str:
    match = _NAME_LINE.search(data.split(b"-----BEGIN", 1)[0])
    name = match[1].decode("utf-8", "replace").strip() if match else ""
    if check_name(name) is not None:
        raise KeyFileError(f"{path}: the key file has no 'signer: NAME' line before the key")
    return name


def load_secret(path: Path) -> SecretKey:
    data = _read(path)
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise KeyFileError(f"{path}: not an unencrypted Ed25519 secret key in PEM") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{path}: not an Ed25519 secret key")
    return SecretKey(_name(path, data), key)


def load_public(path: Path) -> PublicKey:
    data = _read(path)
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise KeyFileError(f"{path}: not an Ed25519 public key in PEM") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise KeyFileError(f"{path}: not an Ed25519 public key")
    return PublicKey(_name(path, data), key, path)


def trusted_keys(folder: Path) -> tuple[list[PublicKey], list[str]]:
    """Every ``*.pub`` key in ``folder`` and, separately, why each file that
    is not a usable key was left out (a missing folder: no keys, no notes)."""
    keys: list[PublicKey] = []
    notes: list[str] = []
    try:
        names = sorted(
            n for n in os.listdir(folder) if n.endswith(PUBLIC_SUFFIX) and not n.startswith(".")
        )
    except FileNotFoundError:
        return keys, notes
    except OSError as exc:
        return keys, [f"{folder}: cannot list the trusted keys ({exc.strerror or exc})"]
    for name in names:
        try:
            keys.append(load_public(folder / name))
        except KeyFileError as exc:
            notes.append(str(exc))
    return keys, notes
