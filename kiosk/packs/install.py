"""Installing a pack: verified, unpacked with limits, checked file by file,
validated in full, stored as ``packs/<version>`` and switched to at once.

Every refusal is one sentence (:class:`PackRefused`) and leaves the content
shown as it was: nothing is moved into ``packs`` or linked as ``current``
until every check has passed, and the unpacking happens in a folder of its
own that is removed whatever happens. The refusal is also kept in the data
folder (``last-refused.json``) for the staff panel and ``kiosk status``.

A fault of the machine (a full disk, a folder that cannot be written) is
a refusal too, naming the folder and the reason.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.overlay import load_layers
from kiosk.files import write_atomically
from kiosk.packs import format as fmt
from kiosk.packs.errors import PackRefused
from kiosk.packs.integrity import changed_files
from kiosk.packs.keys import KeyFileError, PublicKey, load_public, trusted_keys
from kiosk.packs.store import (
    INSTALLED_FILE,
    MANIFEST_FILE,
    META_DIR,
    SIGNATURE_FILE,
    PackInfo,
    PackStore,
    read_info,
    utc_now,
)
from kiosk.packs.unpack import unpack
from kiosk.packs.verify import Verified, open_pack, verify
from kiosk.paths import default_content_dir

__all__ = ["Installed", "PackRefused", "install_pack", "rollback"]


@dataclass(frozen=True)
class Installed:
    info: PackInfo
    previous: PackInfo | None
    warnings: int  # the content's validation warnings (errors refuse the pack)
    already: bool = False  # this very pack was already the current one

    @property
    def version(self) -> str:
        return self.info.version


def install_pack(
    pack: Path,
    *,
    data_dir: Path,
    trusted: Sequence[Path] | None = None,
    downgrade: bool = False,
) -> Installed:
    """Install ``pack`` into ``data_dir``, trusting the public keys in
    ``trusted`` (None: the data folder's ``trusted-keys``). Raises
    PackRefused with the sentence to show; nothing shown has changed then."""
    store = PackStore(data_dir)
    try:
        try:
            return _install(Path(pack), store, trusted, downgrade)
        except OSError as exc:  # the pack's stick pulled, the data folder full
            raise PackRefused(_machine(exc, store.data_dir, "install the pack")) from exc
    except PackRefused as exc:
        store.record_refusal(Path(pack), str(exc))
        raise


def rollback(*, data_dir: Path) -> PackInfo:
    """Back to the previous pack; PackRefused if there is none."""
    try:
        return PackStore(data_dir).rollback()
    except OSError as exc:
        raise PackRefused(_machine(exc, data_dir, "switch back")) from exc


def _install(
    pack: Path, store: PackStore, trusted: Sequence[Path] | None, downgrade: bool
) -> Installed:
    keys, unused = _keys(store, trusted)
    if not keys and unused:
        raise PackRefused(
            f"{pack}: none of this kiosk's trusted key files can be used; the first: {unused[0]}"
        )
    with open_pack(pack) as file:
        try:
            verified = verify(file, pack, keys)
        except PackRefused as exc:
            if not unused:
                raise
            # A trusted key file that could not be used may be the one meant.
            raise PackRefused(
                f"{exc}; {len(unused)} trusted key file(s) could not be used, "
                f"the first: {unused[0]}"
            ) from exc
        manifest = verified.manifest
        if True:
            with store.locked():
                current = store.current_info()
                already = _check_version(pack, manifest, current, downgrade, verified)
                _check_previous(pack, manifest, store.previous_info(), verified)
                if already is not None:
                    return already
                incoming = store.incoming()
                try:
                    unpack(file, verified.payload_offset, manifest, incoming, pack)
                    warnings = _validate(pack, incoming, store)
                    _write_meta(incoming, verified, pack)
                    # The same version again only to repair its edited files.
                    repair = current is not None and current.version == manifest.version
                    folder = store.store(incoming, manifest.version, repair=repair)
                finally:
                    shutil.rmtree(incoming, ignore_errors=True)
                store.switch(manifest.version)
    info = read_info(folder)
    if info is None:  # written a moment ago: only a disk failing now loses it
        raise PackRefused(f"{folder}: the installed pack's record cannot be read back")
    return Installed(info, current, warnings)


def _keys(store: PackStore, trusted: Sequence[Path] | None) -> tuple[list[PublicKey], list[str]]:
    """The trusted keys, and why each key file left out could not be used."""
    if trusted is None:
        return trusted_keys(store.trusted_keys)  # a bad file: one key fewer
    try:
        return [load_public(Path(path)) for path in trusted], []
    except KeyFileError as exc:
        raise PackRefused(str(exc)) from exc


def _check_version(
    pack: Path,
    manifest: fmt.Manifest,
    current: PackInfo | None,
    downgrade: bool,
    verified: Verified,
) -> Installed | None:
    """Refuses an older version (unless ``downgrade``) and the same version
    with other content; the very pack installed again is no change."""
    if current is None:
        return None
    new, old = fmt.version_key(manifest.version), fmt.version_key(current.version)
    if new == old and current.damaged:  # installed again, its record is repaired
        return None
    if new == old:
        installed = current.folder / META_DIR / MANIFEST_FILE
        try:
            same = installed.read_bytes() == verified.manifest_bytes
        except OSError:
            same = False
        if same and not changed_files(current.folder, verified.manifest):
            return Installed(current, None, 0, already=True)
        if same:  # its files were edited since: installed again, they are repaired
            return None
        raise PackRefused(
            f"{pack}: version {manifest.version} is already installed with other content "
            "(a new pack needs a higher version)"
        )
    if new < old and not downgrade:
        raise PackRefused(
            f"{pack}: version {manifest.version} is older than the installed "
            f"{current.version} (give --downgrade to install it all the same)"
        )
    return None


def _check_previous(
    pack: Path, manifest: fmt.Manifest, previous: PackInfo | None, verified: Verified
) -> None:
    """A version is one content: the one `kiosk rollback` would go back to
    too (else two kiosks could both show "version 3" and differ)."""
    if previous is None or fmt.version_key(previous.version) != fmt.version_key(manifest.version):
        return
    try:
        same = (previous.folder / META_DIR / MANIFEST_FILE).read_bytes() == verified.manifest_bytes
    except OSError:
        same = False
    if not same:
        raise PackRefused(
            f"{pack}: version {manifest.version} was installed before with other content "
            "(a new pack needs a higher version)"
        )


def _validate(pack: Path, folder: Path, store: PackStore) -> int:
    """The content checked in full, as `kiosk validate` does, with the
    mission's overlay on top as the kiosk will show it: any error of the
    pack refuses it, and so does an error the pack brings into the overlay
    (a language it drops that the overlay's default names, an id it takes
    that the overlay adds). The number of warnings is returned."""
    result = load_layers(folder, store.overlay)
    prefix = str(folder) + os.sep
    own = [p for p in result.errors if p.file.startswith(prefix) or p.file == str(folder)]
    if own:
        first = str(own[0]).replace(prefix, "")
        raise PackRefused(
            f"{pack}: the content fails validation with {len(own)} error(s), the first: {first}"
        )
    before = _overlay_errors(store)
    new = [p for p in result.errors if str(p) not in before]
    if new:
        raise PackRefused(
            f"{pack}: the mission's overlay would fail with this pack "
            f"({len(new)} new error(s), the first: {new[0]}); fix the overlay first"
        )
    return len(result.warnings)


def _overlay_errors(store: PackStore) -> set[str]:
    """The overlay's errors over the content shown now (the installed pack,
    or the packaged content): those are not the new pack's doing."""
    if not os.path.lexists(store.overlay):
        return set()
    shown = store.current() or default_content_dir()
    errors = load_layers(shown, store.overlay).errors
    return {str(p) for p in errors if p.file.startswith(str(store.overlay))}


def _write_meta(folder: Path, verified: Verified, pack: Path) -> None:
    meta = folder / META_DIR
    meta.mkdir()
    (meta / MANIFEST_FILE).write_bytes(verified.manifest_bytes)
    (meta / SIGNATURE_FILE).write_bytes(verified.signature)
    # The signer as this kiosk's trusted key file names it: the name a pack
    # carries is its maker's word, and a mission's test key may say anything.
    record = {
        "installed": utc_now(),
        "source": pack.name,
        "key": verified.key.fingerprint,
        "signer": verified.key.name,
    }
    write_atomically(meta / INSTALLED_FILE, json.dumps(record))


def _machine(exc: OSError, data_dir: Path, what: str) -> str:
    where = exc.filename or data_dir
    return f"cannot {what}: {where}: {exc.strerror or exc} (the content shown has not changed)"
