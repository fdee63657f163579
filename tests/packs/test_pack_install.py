"""Installing signed packs: the happy path, every class of refusal, the
version rules, rollback and faults of the machine (kiosk.packs)."""

from __future__ import annotations

import errno
import os
import tarfile
from dataclasses import replace
from pathlib import Path

import pytest
from helpers.packs import (
    Keys,
    entries_of,
    file_member,
    folder_members,
    forge,
    make_keys,
    pack,
    tar_payload,
)

from kiosk.content import load_content
from kiosk.packs import format as fmt
from kiosk.packs.build import PackNotMade, make_pack
from kiosk.packs.install import Installed, PackRefused, install_pack, rollback
from kiosk.packs.keys import load_public, new_keys
from kiosk.packs.store import PackStore


@pytest.fixture
def keys(tmp_path: Path) -> Keys:
    return make_keys(tmp_path / "keys")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def _install(path: Path, data: Path, keys: Keys, **options) -> Installed:
    return install_pack(path, data_dir=data, trusted=[keys.public_path], **options)


def _refused(path: Path, data: Path, keys: Keys, match: str, **options) -> str:
    """The refusal's sentence; what was current is current still."""
    store = PackStore(data)
    before = store.current_info()
    with pytest.raises(PackRefused, match=match) as caught:
        _install(path, data, keys, **options)
    sentence = str(caught.value)
    assert "\n" not in sentence and "Traceback" not in sentence
    after = store.current_info()
    assert (before and before.version) == (after and after.version)
    assert not [p for p in (data / "content").glob(".incoming-*")], "the unpacking stays"
    refusal = store.last_refusal()
    assert refusal is not None and refusal.reason == sentence
    return sentence


def _forged(tmp_path: Path, keys: Keys, members, files=None, **options) -> Path:
    payload = tar_payload(members)
    return forge(tmp_path / "forged.kpack", keys, payload, files or entries_of(members), **options)


# -- the happy path --------------------------------------------------------


def test_a_pack_installs_and_becomes_current(content_copy, keys, data, tmp_path) -> None:
    installed = _install(pack(content_copy, keys, tmp_path / "a.kpack", "2026.11"), data, keys)
    store = PackStore(data)
    current = store.current()
    assert current == data / "content" / "current" and current.is_symlink()
    assert installed.version == "2026.11" and installed.previous is None
    assert installed.info.signer_name == "Ministry of Foreign Affairs"
    assert installed.info.signer_key == keys.secret.public.fingerprint
    shown, packed = load_content(current).content, load_content(content_copy).content
    assert shown is not None and packed is not None
    assert [s.title for s in shown.sections] == [s.title for s in packed.sections]
    assert shown.contacts == packed.contacts and shown.site == packed.site
    assert os.readlink(current) == "packs/2026.11"


def test_the_packaged_content_makes_a_valid_pack(keys, data, tmp_path) -> None:
    from kiosk.paths import default_content_dir

    made = make_pack(default_content_dir(), keys.secret, tmp_path / "p.kpack")
    assert fmt.version_problem(made.manifest.version) is None  # the time it was made
    installed = _install(made.path, data, keys)
    assert not load_content(PackStore(data).current()).errors
    assert installed.info.version == made.manifest.version


def test_the_same_pack_again_changes_nothing(content_copy, keys, data, tmp_path) -> None:
    path = pack(content_copy, keys, tmp_path / "a.kpack")
    _install(path, data, keys)
    again = _install(path, data, keys)
    assert again.already and PackStore(data).previous_info() is None


def test_the_data_folders_trusted_keys_are_used(content_copy, keys, data, tmp_path) -> None:
    path = pack(content_copy, keys, tmp_path / "a.kpack")
    with pytest.raises(PackRefused, match="trusts no signing key"):
        install_pack(path, data_dir=data)
    (data / "trusted-keys").mkdir(parents=True)
    (data / "trusted-keys" / "broken.pub").write_text("not a key")
    (data / "trusted-keys" / "ministry.pub").write_bytes(keys.public_path.read_bytes())
    assert install_pack(path, data_dir=data).version == "1"


# -- refusals: the signature -----------------------------------------------


def test_a_key_the_kiosk_does_not_trust(content_copy, keys, data, tmp_path) -> None:
    stranger = make_keys(tmp_path / "stranger", "Someone Else")
    path = pack(content_copy, stranger, tmp_path / "a.kpack")
    sentence = _refused(path, data, keys, "a key this kiosk does not trust")
    # An unverified pack's word is never shown: its key, in hex, alone.
    assert "Someone Else" not in sentence
    assert stranger.secret.public.fingerprint[:16] in sentence


def test_an_unverified_signer_name_never_reaches_a_message(
    content_copy, keys, data, tmp_path
) -> None:
    """A pack signed by an unknown key names itself whatever it likes, escape
    codes and line breaks too: none of it is shown or kept."""
    stranger = make_keys(tmp_path / "stranger", "Someone Else")
    hostile = replace(stranger, secret=replace(stranger.secret, name="Ministry\x1b[2J\nOK: done"))
    path = pack(content_copy, hostile, tmp_path / "a.kpack")
    sentence = _refused(path, data, keys, "a key this kiosk does not trust")
    assert "Ministry" not in sentence and "\x1b" not in sentence
    assert "Ministry" not in (data / "content" / "last-refused.json").read_text("utf-8")


def test_signed_by_is_the_name_of_the_kiosks_trusted_key(
    content_copy, keys, data, tmp_path
) -> None:
    """A trusted key's holder could put any name into its packs (a mission's
    test key calling itself the ministry): the kiosk names the signer as its
    own trusted key file does."""
    mission = make_keys(tmp_path / "mission", "Mission test key")
    liar = replace(mission, secret=replace(mission.secret, name="Ministry of Foreign Affairs"))
    path = pack(content_copy, liar, tmp_path / "a.kpack")
    installed = install_pack(path, data_dir=data, trusted=[mission.public_path])
    assert installed.info.signer_name == "Mission test key"
    assert PackStore(data).current_info().signer_name == "Mission test key"


def test_a_flipped_byte_anywhere_is_refused(content_copy, keys, data, tmp_path) -> None:
    good = pack(content_copy, keys, tmp_path / "good.kpack").read_bytes()
    head = len(fmt.MAGIC) + fmt.LENGTH_BYTES
    manifest_end = head + int.from_bytes(good[len(fmt.MAGIC) : head], "big")
    # Every byte of the head, the manifest's edges and the signature, and a
    # byte every so often in the manifest and the payload, the last one too.
    positions = {
        *range(manifest_end + fmt.SIGNATURE_BYTES),
        *range(0, len(good), 53),
        len(good) - 1,
    }
    bad = tmp_path / "bad.kpack"
    for position in sorted(positions):
        for flip in (0x01, 0x80):
            data_ = bytearray(good)
            data_[position] ^= flip
            bad.write_bytes(data_)
            with pytest.raises(PackRefused):
                _install(bad, data, keys)
    assert PackStore(data).current() is None


@pytest.mark.parametrize("cut", [0, 5, 14, 40, 300, -64, -1])
def test_a_truncated_pack(content_copy, keys, data, tmp_path, cut: int) -> None:
    good = pack(content_copy, keys, tmp_path / "good.kpack").read_bytes()
    bad = tmp_path / "bad.kpack"
    bad.write_bytes(good[:cut])
    _refused(bad, data, keys, "truncated|not a kiosk content pack|signature")


def test_a_lengthened_pack(content_copy, keys, data, tmp_path) -> None:
    path = pack(content_copy, keys, tmp_path / "good.kpack")
    path.write_bytes(path.read_bytes() + b"\0")
    _refused(path, data, keys, "longer than signed")


def test_not_a_pack_at_all(keys, data, tmp_path) -> None:
    bad = tmp_path / "bad.kpack"
    bad.write_bytes(b"PK\x03\x04 a zip file")
    _refused(bad, data, keys, "not a kiosk content pack")
    _refused(tmp_path / "missing.kpack", data, keys, "no such file")
    _refused(tmp_path, data, keys, "not a file|cannot read")


# -- refusals: what the payload holds ----------------------------------------


def test_a_path_that_escapes(content_copy, keys, data, tmp_path) -> None:
    for name in ("../evil.yaml", "/etc/evil.yaml", "sections/../../evil.yaml", "./site.yaml"):
        members = [*folder_members(content_copy), file_member(name, b"x: 1\n")]
        path = _forged(tmp_path, keys, members)
        _refused(path, data, keys, "escapes|absolute|not plain")
        assert not (tmp_path / "evil.yaml").exists() and not (data / "evil.yaml").exists()


def test_a_symbolic_link(content_copy, keys, data, tmp_path) -> None:
    link = tarfile.TarInfo("sections/link.yaml")
    link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
    members = [*folder_members(content_copy), (link, None)]
    _refused(_forged(tmp_path, keys, members), data, keys, "is a link")


def test_a_hard_link(content_copy, keys, data, tmp_path) -> None:
    link = tarfile.TarInfo("sections/hard.yaml")
    link.type, link.linkname = tarfile.LNKTYPE, "site.yaml"
    members = [*folder_members(content_copy), (link, None)]
    _refused(_forged(tmp_path, keys, members), data, keys, "is a link")


@pytest.mark.parametrize("kind", [tarfile.CHRTYPE, tarfile.FIFOTYPE, tarfile.DIRTYPE])
def test_a_device_fifo_or_folder_entry(content_copy, keys, data, tmp_path, kind) -> None:
    odd = tarfile.TarInfo("sections/odd")
    odd.type = kind
    members = [*folder_members(content_copy), (odd, None)]
    _refused(_forged(tmp_path, keys, members), data, keys, "not a plain file")


def test_a_decompression_bomb(content_copy, keys, data, tmp_path) -> None:
    # 3 x 10 MiB of zeros squeeze to some 30 KiB; each file is within the
    # limits, the manifest tells the truth: the ratio refuses it, as it unpacks.
    bombs = [file_member(f"sections/bomb{i}.txt", bytes(10 * 1024 * 1024)) for i in range(3)]
    members = [*folder_members(content_copy), *bombs]
    _refused(_forged(tmp_path, keys, members), data, keys, "decompression bomb")


def test_a_file_over_the_limit_is_refused_before_unpacking(content_copy, keys, data, tmp_path):
    big = file_member("sections/big.txt", bytes(fmt.MAX_FILE_BYTES + 1))
    members = [*folder_members(content_copy), big]
    _refused(_forged(tmp_path, keys, members), data, keys, "larger than")


def test_a_manifest_nested_a_million_deep(content_copy, keys, data, tmp_path) -> None:
    deep = b"[" * 500_000 + b"]" * 500_000
    body = fmt.signed_part(deep)
    path = tmp_path / "deep.kpack"
    path.write_bytes(body + keys.secret.key.sign(body))
    _refused(path, data, keys, "manifest is not valid .*nested too deeply")
    stranger = make_keys(tmp_path / "stranger")
    path.write_bytes(body + stranger.secret.key.sign(body))
    _refused(path, data, keys, "not valid for any key this kiosk trusts")


def test_a_bomb_whose_manifest_understates_it(content_copy, keys, data, tmp_path) -> None:
    bomb = file_member("sections/bomb.txt", bytes(20 * 1024 * 1024))
    members = [*folder_members(content_copy), bomb]
    files = [
        *entries_of(folder_members(content_copy)),
        fmt.FileEntry("sections/bomb.txt", "0" * 64, 10),
    ]
    _refused(_forged(tmp_path, keys, members, files), data, keys, "decompression bomb|size")


def test_too_many_files(content_copy, keys, data, tmp_path) -> None:
    extra = [file_member(f"notes/{i}.txt", b"") for i in range(fmt.MAX_FILES + 1)]
    members = [*folder_members(content_copy), *extra]
    _refused(_forged(tmp_path, keys, members), data, keys, "the limit is")


def test_a_missing_file(content_copy, keys, data, tmp_path) -> None:
    members = folder_members(content_copy)
    files = entries_of(members)
    _refused(_forged(tmp_path, keys, members[1:], files), data, keys, "missing")


def test_an_extra_file(content_copy, keys, data, tmp_path) -> None:
    members = folder_members(content_copy)
    files = entries_of(members)
    extra = [*members, file_member("sections/99-extra.yaml", b"id: extra\n")]
    _refused(_forged(tmp_path, keys, extra, files), data, keys, "extra file")


def test_a_manifest_that_lies_about_a_hash(content_copy, keys, data, tmp_path) -> None:
    members = folder_members(content_copy)
    files = entries_of(members)
    files[0] = fmt.FileEntry(files[0].path, "0" * 64, files[0].size)
    _refused(_forged(tmp_path, keys, members, files), data, keys, "does not match its SHA-256")


def test_a_manifest_that_lies_about_a_size(content_copy, keys, data, tmp_path) -> None:
    members = folder_members(content_copy)
    files = entries_of(members)
    files[0] = fmt.FileEntry(files[0].path, files[0].sha256, files[0].size + 1)
    _refused(_forged(tmp_path, keys, members, files), data, keys, "not the size")


def test_a_manifest_that_lies_about_the_signer(content_copy, keys, data, tmp_path) -> None:
    other = make_keys(tmp_path / "other")
    members = folder_members(content_copy)

    def claim_other(m: fmt.Manifest) -> fmt.Manifest:
        return fmt.Manifest(**{**m.__dict__, "signer_key": other.secret.public.fingerprint})

    path = _forged(tmp_path, keys, members, edit=claim_other)
    _refused(path, data, keys, "names another key")


def test_a_manifest_that_lists_a_file_twice(content_copy, keys, data, tmp_path) -> None:
    members = folder_members(content_copy)
    files = entries_of(members)
    _refused(_forged(tmp_path, keys, members, [*files, files[0]]), data, keys, "twice")


def test_content_that_fails_validation(content_copy, keys, data, tmp_path) -> None:
    (content_copy / "site.yaml").write_text("languages: [tk, ru, en]\n", "utf-8")
    with pytest.raises(PackNotMade, match="error"):
        pack(content_copy, keys, tmp_path / "a.kpack")
    sentence = _refused(
        _forged(tmp_path, keys, folder_members(content_copy)), data, keys, "fails validation"
    )
    assert "site.yaml" in sentence


# -- versions and rollback -------------------------------------------------


def test_an_older_version_needs_downgrade(content_copy, keys, data, tmp_path) -> None:
    _install(pack(content_copy, keys, tmp_path / "new.kpack", "2026.11.10"), data, keys)
    old = pack(content_copy, keys, tmp_path / "old.kpack", "2026.11.9")
    _refused(old, data, keys, "older than the installed 2026.11.10")
    assert _install(old, data, keys, downgrade=True).version == "2026.11.9"
    assert PackStore(data).previous_info().version == "2026.11.10"


def test_the_same_version_with_other_content(content_copy, keys, data, tmp_path) -> None:
    _install(pack(content_copy, keys, tmp_path / "a.kpack", "3"), data, keys)
    (content_copy / "notices.yaml").unlink()
    _refused(pack(content_copy, keys, tmp_path / "b.kpack", "3"), data, keys, "already installed")


def test_the_same_version_with_other_content_as_the_previous(
    content_copy, keys, data, tmp_path
) -> None:
    _install(pack(content_copy, keys, tmp_path / "a.kpack", "2"), data, keys)
    _install(pack(content_copy, keys, tmp_path / "b.kpack", "3"), data, keys)
    (content_copy / "notices.yaml").unlink()
    other = pack(content_copy, keys, tmp_path / "c.kpack", "2")
    _refused(other, data, keys, "version 2 was installed before with other content", downgrade=True)


def test_rollback_goes_back_and_forth(content_copy, keys, data, tmp_path) -> None:
    with pytest.raises(PackRefused, match="no previous content"):
        rollback(data_dir=data)
    _install(pack(content_copy, keys, tmp_path / "1.kpack", "1"), data, keys)
    (content_copy / "notices.yaml").unlink()
    _install(pack(content_copy, keys, tmp_path / "2.kpack", "2"), data, keys)
    store = PackStore(data)
    assert not (store.current() / "notices.yaml").exists()
    assert rollback(data_dir=data).version == "1"
    assert (store.current() / "notices.yaml").exists()
    assert store.current_info().version == "1" and store.previous_info().version == "2"
    assert rollback(data_dir=data).version == "2"
    # A third pack: only the current and the previous folders are kept.
    _install(pack(content_copy, keys, tmp_path / "3.kpack", "3"), data, keys)
    assert sorted(p.name for p in (data / "content" / "packs").iterdir()) == ["2", "3"]


# -- faults of the machine ---------------------------------------------------


def test_a_data_folder_that_is_a_file(content_copy, keys, tmp_path) -> None:
    data = tmp_path / "data"
    data.write_text("")
    path = pack(content_copy, keys, tmp_path / "a.kpack")
    with pytest.raises(PackRefused, match=r"^cannot install the pack: .*data"):
        _install(path, data, keys)


@pytest.mark.parametrize("where", ["rename", "symlink", "open"])
def test_a_full_disk_leaves_the_content_as_it_was(
    content_copy, keys, data, tmp_path, monkeypatch, where: str
) -> None:
    _install(pack(content_copy, keys, tmp_path / "1.kpack", "1"), data, keys)
    second = pack(content_copy, keys, tmp_path / "2.kpack", "2")
    real = getattr(os, where)

    def full(*args, **kwargs):
        target = str(args[1] if where != "open" else args[0])
        # Creating a file in the unpacking folder, or moving and linking it
        # into place (the note of the refusal can still be written).
        if where == "open":
            fails = ".incoming-" in target and bool(args[1] & os.O_CREAT)
        else:
            fails = "data" in target and ".incoming-" not in target
        if fails:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), target)
        return real(*args, **kwargs)

    monkeypatch.setattr(os, where, full)
    sentence = _refused(second, data, keys, "No space left on device")
    assert sentence.startswith("cannot install the pack: ")
    monkeypatch.undo()
    assert PackStore(data).current_info().version == "1"
    assert _install(second, data, keys).version == "2"


# -- keys --------------------------------------------------------------------


def test_keys_need_a_folder(tmp_path) -> None:
    (tmp_path / "file").write_text("")
    with pytest.raises(NotADirectoryError):
        new_keys(tmp_path / "file", "Ministry")


def test_keys_are_never_overwritten(tmp_path) -> None:
    secret, public = new_keys(tmp_path / "k", "Ministry")
    assert os.stat(secret).st_mode & 0o777 == 0o600
    before = secret.read_bytes()
    with pytest.raises(FileExistsError):
        new_keys(tmp_path / "k", "Ministry")
    assert secret.read_bytes() == before
    assert load_public(public).name == "Ministry"


@pytest.mark.parametrize("version", ["", "1.", "01", "1.2.3.4.5", "v1", "1..2", "1e3", "-1"])
def test_versions_that_are_refused(version: str) -> None:
    assert fmt.version_problem(version) is not None


def test_versions_compare_as_numbers() -> None:
    assert fmt.version_key("2026.11.2") < fmt.version_key("2026.11.10")
    assert fmt.version_problem("20261129.211500") is None
