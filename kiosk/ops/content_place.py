"""Which content folder the kiosk shows when no --content is given: the
installed pack (``<data>/content/current``, kiosk.packs.store) if there is
one, else the content packaged with the program.

The ``current`` link is read like any folder: the first read, the reload's
looks and `kiosk validate` all go through it, so a pack switched in is
found the same way a changed folder is. Only kiosk.packs.store is imported
here (no key or signature code): the start pays one readlink for packs.
"""

from __future__ import annotations

from pathlib import Path

from kiosk import paths
from kiosk.content.textfile import status
from kiosk.ops import places
from kiosk.packs.store import PackStore


def pack_store() -> PackStore:
    return PackStore(places.data_location())


def overlay_dir() -> Path:
    """The mission's overlay (kiosk.content.overlay), read on top of whatever
    content is shown, if it is there."""
    return pack_store().overlay


def shown_content_dir(content_dir: Path | str | None = None) -> Path:
    """``content_dir`` if given; else the installed pack; else the packaged content."""
    if content_dir:
        return Path(content_dir)
    return pack_store().current() or paths.default_content_dir()


def intact_fallback(folder: Path) -> tuple[str, Path] | None:
    """What to show while the installed pack ``folder`` is not what was
    signed (a file edited, added or removed by hand): the previous pack if
    it is intact, else the content packaged with the program. A visitor is
    never shown text the ministry did not sign under its name. None when
    ``folder`` is not the installed pack (a --content folder is staff's own)."""
    # hashlib is not imported before the first frame: hence here.
    from kiosk.packs.integrity import changed_files, installed_manifest

    store = pack_store()
    if folder != store.current():
        return None
    previous = store.previous()
    manifest = None if previous is None else installed_manifest(previous)
    if previous is not None and manifest is not None and not changed_files(previous, manifest):
        return f"pack {manifest.version}, the last intact one", previous
    return "the content packaged with the program", paths.default_content_dir()


def layer_labels(folder: Path, overlay: Path) -> list[tuple[str, Path]] | None:
    """How `kiosk validate` names each problem's layer ("overlay/contacts.yaml:12",
    "pack/site.yaml:3"); None without an overlay (full paths, as ever)."""
    if isinstance(status(overlay), str):  # not there, or not to be looked at
        return None
    base = "pack" if folder == pack_store().current() else "content"
    return [("overlay", overlay), (base, folder)]
