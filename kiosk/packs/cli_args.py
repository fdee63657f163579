"""The command line of packs: ``kiosk keys new``, ``pack``, ``install``,
``rollback`` and ``status`` (run by kiosk.ops.pack_commands)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.packs.format import version_problem

PACK_COMMANDS = ("keys", "pack", "install", "rollback", "status")


def _version(text: str) -> str:
    if (problem := version_problem(text)) is not None:
        raise argparse.ArgumentTypeError(problem)
    return text


def add_pack_commands(sub: argparse._SubParsersAction) -> None:
    keys = sub.add_parser("keys", help="make a signing key for content packs")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="new", required=True)
    new = keys_sub.add_parser(
        "new", help="write a secret key (mode 0600) and its public key into DIR"
    )
    new.add_argument("folder", type=Path, metavar="DIR")
    new.add_argument(
        "--name",
        default="Ministry of Foreign Affairs of Turkmenistan",
        help="the signer's name, shown on the kiosk with every pack signed with this key",
    )

    pack = sub.add_parser("pack", help="make a signed content pack of a content folder")
    pack.add_argument("--content", type=Path, required=True, metavar="DIR")
    pack.add_argument("--key", type=Path, required=True, metavar="SECRET")
    pack.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.kpack")
    pack.add_argument(
        "--version",
        type=_version,
        metavar="X.Y.Z",
        help="one to four numbers separated by dots, compared as numbers (default: the "
        "time of packing, YYYYMMDD.HHMMSS in UTC, so each pack is newer than the last)",
    )

    install = sub.add_parser(
        "install",
        help="check, validate and install a content pack (a running kiosk shows it after its "
        "next reset between visitors)",
    )
    install.add_argument("pack", type=Path, metavar="FILE.kpack")
    install.add_argument(
        "--trust",
        type=Path,
        action="append",
        metavar="PUBLIC",
        help="trust this public key for this pack (default: the keys in the data "
        "folder's trusted-keys folder); may be given more than once",
    )
    install.add_argument(
        "--downgrade", action="store_true", help="install an older version than the current one"
    )

    sub.add_parser("rollback", help="go back to the content installed before the current one")

    status = sub.add_parser(
        "status",
        help="the content shown (version, signer, when installed, validation), the last "
        "refused pack, the kiosk's uptime and last reset, today's counts",
    )
    status.add_argument("--json", action="store_true", help="as one JSON object")
