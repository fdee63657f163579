"""``kiosk keys new``, ``pack``, ``install``, ``rollback`` and ``status``:
one sentence and exit 1 for whatever cannot be done, never a traceback."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.ops.content_place import pack_store
from kiosk.ops.places import data_location
from kiosk.packs.format import printable


def run(args: argparse.Namespace) -> int:
    command = args.command
    if command == "keys":
        return _keys_new(args.folder, args.name)
    if command == "pack":
        return _pack(args.content, args.key, args.output, args.version)
    if command == "install":
        return _install(args.pack, args.trust, args.downgrade)
    if command == "rollback":
        return _rollback()
    from kiosk.ops.status import print_status

    return print_status(as_json=args.json)


def _fail(command: str, sentence: str) -> int:
    # Paths and names from a pack or a stick: never a control character on a terminal.
    print(f"kiosk {command}: {printable(sentence, 2000)}", file=sys.stderr)
    return 1


def _keys_new(folder: Path, name: str) -> int:
    from kiosk.packs.keys import new_keys

    try:
        secret, public = new_keys(folder, name)
    except FileExistsError as exc:
        return _fail("keys new", f"{exc.filename}: a key is already there; nothing was written")
    except ValueError as exc:
        return _fail("keys new", f"--name: {exc}")
    except OSError as exc:
        where = exc.filename or folder
        return _fail("keys new", f"{where}: cannot write the key ({exc.strerror or exc})")
    print(f"secret key: {secret} (keep it offline; it signs packs)")
    print(f"public key: {public} (copy it into each kiosk's trusted-keys folder)")
    return 0


def _pack(content: Path, key: Path, output: Path, version: str | None) -> int:
    from kiosk.packs.build import PackNotMade, make_pack
    from kiosk.packs.keys import KeyFileError, load_secret

    try:
        made = make_pack(content, load_secret(key), output, version=version)
    except (PackNotMade, KeyFileError) as exc:
        return _fail("pack", str(exc))
    manifest = made.manifest
    print(made.path)
    print(
        f"version {manifest.version}, {len(manifest.files)} file(s), signed by "
        f"{manifest.signer_name} (key {manifest.signer_key[:16]}); "
        f"{made.warnings} content warning(s)",
        file=sys.stderr,
    )
    return 0


def _install(pack: Path, trust: list[Path] | None, downgrade: bool) -> int:
    from kiosk.packs.install import PackRefused, install_pack

    try:
        done = install_pack(pack, data_dir=data_location(), trusted=trust, downgrade=downgrade)
    except PackRefused as exc:
        return _fail("install", str(exc))
    info = done.info
    if done.already:
        print(f"version {info.version} is already installed; nothing changed")
        return 0
    print(
        f"installed version {info.version} signed by {info.signer_name} "
        f"(key {info.signer_key[:16]}): {info.folder}"
    )
    if done.previous is not None and done.previous.version != info.version:
        print(f"`kiosk rollback` goes back to version {done.previous.version}")
    elif done.previous is not None:  # the same pack again: its edited files undone
        print(f"version {info.version} installed again: its files are as signed")
    if done.warnings:
        print(f"{done.warnings} content warning(s): `kiosk validate` lists them")
    return 0


def _rollback() -> int:
    from kiosk.packs.install import PackRefused, rollback

    store = pack_store()
    try:
        info = rollback(data_dir=store.data_dir)
    except PackRefused as exc:
        return _fail("rollback", str(exc))
    print(f"back to version {info.version} signed by {info.signer_name}: {info.folder}")
    return 0
