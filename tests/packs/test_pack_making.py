"""`kiosk pack` where staff may point it: an output that is a device, a
link or a FIFO, a file far over the limit."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from helpers.packs import Keys, make_keys

from kiosk.packs import format as fmt
from kiosk.packs.build import PackNotMade, default_version, make_pack
from kiosk.packs.install import PackRefused, install_pack


@pytest.fixture
def keys(tmp_path: Path) -> Keys:
    return make_keys(tmp_path / "keys")


@pytest.mark.parametrize("kind", ["fifo", "link", "folder"])
def test_an_output_that_is_not_a_plain_file_is_never_written_over(
    content_copy: Path, keys: Keys, tmp_path: Path, kind: str
) -> None:
    output = tmp_path / "out.kpack"
    target = tmp_path / "target"
    target.write_bytes(b"keep me")
    if kind == "fifo":
        os.mkfifo(output)
    elif kind == "link":
        os.symlink(target, output)
    else:
        output.mkdir()
    with pytest.raises(PackNotMade, match="not a plain file: a pack is never written over it"):
        make_pack(content_copy, keys.secret, output, version="1")
    assert os.path.lexists(output) and target.read_bytes() == b"keep me"
    assert kind != "link" or os.path.islink(output)


def test_an_existing_pack_is_replaced(content_copy: Path, keys: Keys, tmp_path: Path) -> None:
    output = tmp_path / "out.kpack"
    output.write_bytes(b"old")
    made = make_pack(content_copy, keys.secret, output, version="1")
    installed = install_pack(made.path, data_dir=tmp_path / "d", trusted=[keys.public_path])
    assert installed.version == "1"


def test_a_file_over_the_limit_is_refused_from_its_size(
    content_copy: Path, keys: Keys, tmp_path: Path
) -> None:
    big = content_copy / "source" / "huge.bin"
    with open(big, "wb") as file:
        file.truncate(33 * 1024 * 1024)  # sparse: no disk used
    with pytest.raises(PackNotMade, match=r"huge\.bin: larger than 32 MiB$"):
        make_pack(content_copy, keys.secret, tmp_path / "out.kpack", version="1")


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("notes:1.txt", "a ':' in the first name (it would read as a Windows drive)"),
        ("a\\b.txt", "a '\\' in a name (folders are separated by '/')"),
        ("sections/" + "é" * 200 + ".yaml", "a name longer than 255 bytes"),
        ("/etc/passwd", "an absolute path"),
    ],
)
def test_a_name_a_pack_cannot_hold_is_named_plainly(name: str, problem: str) -> None:
    assert fmt.path_problem(name).startswith(problem)


def test_a_long_path_of_short_names_is_allowed() -> None:
    assert fmt.path_problem("/".join(["folder"] * 50) + "/a.yaml") is None


def test_a_manifest_that_is_not_utf8_is_named_so() -> None:
    with pytest.raises(fmt.ManifestError, match=r"^the manifest is not UTF-8 text$"):
        fmt.parse_manifest(b'{"format": 1, "version": "\xff"}')


def test_a_linked_pack_is_named_a_link(content_copy: Path, keys: Keys, tmp_path: Path) -> None:
    made = make_pack(content_copy, keys.secret, tmp_path / "a.kpack", version="1").path
    link = tmp_path / "link.kpack"
    os.symlink(made, link)
    with pytest.raises(PackRefused, match=r"a link; give the pack file itself$"):
        install_pack(link, data_dir=tmp_path / "d", trusted=[keys.public_path])


@pytest.mark.parametrize(
    ("when", "version"),
    [
        ("2026-11-30T00:06:00+00:00", "20261130.600"),
        ("2026-11-30T00:00:00+00:00", "20261130.0"),
        ("2026-11-30T00:00:09+00:00", "20261130.9"),
        ("2026-11-30T13:45:10+00:00", "20261130.134510"),
        ("2026-12-01T02:30:00+04:00", "20261130.223000"),
    ],
)
def test_the_default_version_is_valid_at_every_hour(when: str, version: str) -> None:
    # A pack made just after midnight UTC once failed: "000600" has a leading zero.
    made = default_version(dt.datetime.fromisoformat(when))
    assert made == version and fmt.version_problem(made) is None


def test_default_versions_grow_through_the_day() -> None:
    start = dt.datetime(2026, 11, 30, tzinfo=dt.timezone.utc)
    versions = [default_version(start + dt.timedelta(seconds=s)) for s in range(0, 172800, 599)]
    keys = [fmt.version_key(v) for v in versions]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
