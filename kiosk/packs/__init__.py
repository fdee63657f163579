"""Signed content packs: one file the ministry signs, checked, unpacked and
switched to whole on a kiosk (``kiosk pack``, ``kiosk install``,
``kiosk rollback``).

No Qt here (an import-linter contract): the command line, the kiosk's start
and the Syncthing inbox all use the same code, with or without a display.

- :mod:`kiosk.packs.keys`: Ed25519 key files (``kiosk keys new``);
- :mod:`kiosk.packs.format`: the file's layout and its manifest;
- :mod:`kiosk.packs.build`: making a pack (``kiosk pack``);
- :mod:`kiosk.packs.verify`: the signature and the payload's hash;
- :mod:`kiosk.packs.unpack`: unpacking with limits (paths, links, bombs);
- :mod:`kiosk.packs.store`: the installed versions and the ``current`` link;
- :mod:`kiosk.packs.install`: all of it in order (``install_pack``).
"""
