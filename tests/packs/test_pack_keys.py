"""Key files as staff may leave them: a FIFO or a device where a key should
be, a BOM an editor wrote, a signer line lost, a name that looks like PEM."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from helpers.packs import Keys, make_keys, pack

from kiosk.packs.install import PackRefused, install_pack
from kiosk.packs.keys import KeyFileError, check_name, load_public, load_secret, new_keys
from kiosk.packs.store import PackStore


def _answers(call, timeout_s: float = 20.0):
    """``call()``'s answer or exception; fails (instead of hanging) if it blocks."""
    box: list = []

    def run() -> None:
        try:
            box.append(call())
        except Exception as exc:
            box.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout_s)
    assert not worker.is_alive(), "blocked"
    return box[0]


@pytest.fixture
def keys(tmp_path: Path) -> Keys:
    return make_keys(tmp_path / "keys")


@pytest.mark.parametrize("loader", [load_public, load_secret])
def test_a_fifo_or_a_device_is_not_a_key(tmp_path: Path, loader) -> None:
    fifo = tmp_path / "key.pub"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/null")):
        error = _answers(lambda p=path: loader(p))
        assert isinstance(error, KeyFileError) and str(error) == f"{path}: not a file"


def test_a_fifo_among_the_trusted_keys_costs_only_itself(
    content_copy: Path, keys: Keys, tmp_path: Path
) -> None:
    store = PackStore(tmp_path / "data")
    store.trusted_keys.mkdir(parents=True)
    os.mkfifo(store.trusted_keys / "a-broken.pub")
    (store.trusted_keys / "ministry.pub").write_bytes(keys.public_path.read_bytes())
    made = pack(content_copy, keys, tmp_path / "a.kpack")
    installed = _answers(lambda: install_pack(made, data_dir=store.data_dir))
    assert installed.version == "1"


def test_a_key_file_with_a_bom_is_a_key(keys: Keys, tmp_path: Path) -> None:
    path = tmp_path / "bom.pub"
    path.write_bytes(b"\xef\xbb\xbf" + keys.public_path.read_bytes())
    assert load_public(path).name == "Ministry of Foreign Affairs"


def test_a_trusted_key_without_its_signer_line_is_named(
    content_copy: Path, keys: Keys, tmp_path: Path
) -> None:
    store = PackStore(tmp_path / "data")
    store.trusted_keys.mkdir(parents=True)
    text = keys.public_path.read_text("ascii")
    nameless = store.trusted_keys / "ministry.pub"
    nameless.write_text(text[text.index("-----BEGIN") :], "ascii")
    made = pack(content_copy, keys, tmp_path / "a.kpack")
    with pytest.raises(PackRefused) as caught:
        install_pack(made, data_dir=store.data_dir)
    assert "none of this kiosk's trusted key files can be used" in str(caught.value)
    assert f"{nameless}: the key file has no 'signer: NAME' line" in str(caught.value)


def test_a_name_that_reads_as_pem_is_refused(tmp_path: Path) -> None:
    name = "Evil -----BEGIN PRIVATE KEY----- x"
    assert check_name(name) == "the signer's name may not hold '-----'"
    with pytest.raises(ValueError, match="-----"):
        new_keys(tmp_path / "k", name)
