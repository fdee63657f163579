"""An installed pack's files edited after the install are no longer what was
signed: the kiosk's read, `kiosk status` and a second install all know it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers.cli import kiosk
from helpers.packs import make_keys, pack
from helpers.visitor import find, wait_shown

from kiosk.ops.content_place import pack_store
from kiosk.ops.folder_thread import read_folder
from kiosk.ops.status import gather, lines
from kiosk.packs.install import install_pack

EDITED = "sections/02-objectives.yaml"


@pytest.fixture
def installed(content_copy: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The pack file and the installed folder (the `current` link)."""
    keys = make_keys(tmp_path / "keys")
    made = pack(content_copy, keys, tmp_path / "a.kpack", "3")
    store = pack_store()
    install_pack(made, data_dir=store.data_dir, trusted=[keys.public_path])
    trusted = store.trusted_keys
    trusted.mkdir(parents=True, exist_ok=True)
    (trusted / "ministry.pub").write_bytes(keys.public_path.read_bytes())
    current = store.current()
    assert current is not None
    return made, current


def _edit(folder: Path) -> None:
    path = folder / EDITED
    path.write_text(path.read_text("utf-8").replace("Main objectives", "Hand-edited", 1), "utf-8")


def test_an_intact_pack_is_signed(installed) -> None:
    _made, current = installed
    assert not read_folder(current).result.errors
    status = gather()
    assert status["content"]["pack"]["changed"] == []
    assert "signed by" in dict(lines(status))["content"]


@pytest.mark.parametrize("how", ["edited", "removed", "added", "replaced by a link"])
def test_a_changed_pack_is_not_called_signed(installed, how: str, tmp_path: Path) -> None:
    _made, current = installed
    if how == "edited":
        _edit(current)
    elif how == "removed":
        (current / EDITED).unlink()
    elif how == "added":
        (current / "sections" / "99-extra.yaml").write_text("id: x\n", "utf-8")
    else:
        elsewhere = tmp_path / "elsewhere.yaml"
        elsewhere.write_bytes((current / EDITED).read_bytes())
        os.unlink(current / EDITED)
        os.symlink(elsewhere, current / EDITED)
    # What stands in for it is shown (below); the change is staff's to see.
    problems = [str(p) for p in read_folder(current).result.problems]
    assert any("changed since install" in e for e in problems), problems
    status = gather()
    assert status["content"]["pack"]["changed"]
    line = dict(lines(status))["content"]
    assert "CHANGED SINCE INSTALL" in line and "signed by" not in line


def test_installing_the_same_pack_again_repairs_it(installed) -> None:
    made, current = installed
    _edit(current)
    store = pack_store()
    again = install_pack(made, data_dir=store.data_dir)
    assert not again.already
    assert "Hand-edited" not in (current / EDITED).read_text("utf-8")
    assert gather()["content"]["pack"]["changed"] == []
    assert not read_folder(current).result.errors
    # And once intact, the same pack again is no change.
    assert install_pack(made, data_dir=store.data_dir).already


def test_the_kiosk_started_on_a_changed_pack_tells_staff(make_ui, installed, qtbot) -> None:
    """The start's first read leaves the check until after the first frame
    (the folder thread then hashes the files): the staff's report names it."""
    _made, current = installed
    _edit(current)
    ui = make_ui(lang="en")
    reloader = ui.ops.reloader
    qtbot.waitUntil(
        lambda: any("changed since install" in line for line in reloader.report), timeout=20_000
    )
    assert any(EDITED in line for line in ui.ops.panel.contentReport)


def test_the_staff_panel_says_the_pack_was_changed(make_ui, installed, qtbot) -> None:
    _made, current = installed
    _edit(current)
    ui = make_ui(lang="en")
    ui.ops.staff.open_panel()
    wait_shown(qtbot, ui.window, "staffPanel")
    qtbot.waitUntil(
        lambda: "CHANGED SINCE INSTALL" in find(ui.window, "packShown").property("text"),
        timeout=20_000,
    )
    text = find(ui.window, "packShown").property("text")
    assert EDITED in text and "signed by" not in text


@pytest.mark.subprocess
def test_kiosk_validate_names_the_changed_files(installed) -> None:
    _made, current = installed
    _edit(current)
    result = kiosk("validate")
    assert result.returncode == 1, result
    assert f"pack 3: changed since install ({EDITED})" in result.stdout


# -- what stands in for a pack that is not intact ------------------------------


def _edit_pack_3(folder: Path) -> None:
    path = folder / EDITED
    path.write_text(path.read_text("utf-8").replace("pack 3", "edited by hand"), "utf-8")


def _title(content_folder_reading) -> str:
    section = content_folder_reading.result.content.section("objectives")
    return section.title.get("en")


@pytest.fixture
def two_installed(content_copy: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Pack 2 (the content as packaged) and then pack 3, whose objectives
    are titled "Objectives, pack 3": the `current` link and the pack 3 file."""
    keys = make_keys(tmp_path / "keys")
    store = pack_store()
    install_pack(
        pack(content_copy, keys, tmp_path / "2.kpack", "2"),
        data_dir=store.data_dir,
        trusted=[keys.public_path],
    )
    path = content_copy / EDITED
    path.write_text(
        path.read_text("utf-8").replace("Main objectives", "Objectives, pack 3"), "utf-8"
    )
    made = pack(content_copy, keys, tmp_path / "3.kpack", "3")
    install_pack(made, data_dir=store.data_dir, trusted=[keys.public_path])
    store.trusted_keys.mkdir(parents=True, exist_ok=True)
    (store.trusted_keys / "ministry.pub").write_bytes(keys.public_path.read_bytes())
    current = store.current()
    assert current is not None
    assert _title(read_folder(current)) == "Objectives, pack 3"
    return current, made


@pytest.mark.parametrize("how", ["edited", "removed", "added"])
def test_the_last_intact_pack_stands_in_for_a_changed_one(two_installed, how: str) -> None:
    current, _made = two_installed
    if how == "edited":
        _edit_pack_3(current)
    elif how == "removed":
        next((current / "sections").glob("0[3-9]-*.yaml")).unlink()
    else:
        (current / "sections" / "99-extra.yaml").write_text("id: x\n", "utf-8")
    reading = read_folder(current)
    assert _title(reading) == "Main objectives"  # pack 2's, whole
    problems = [str(p) for p in reading.result.problems]
    assert reading.result.errors == (), problems  # what is shown is signed and valid
    assert any(
        "pack 3: changed since install" in p
        and "pack 2, the last intact one is shown until pack 3 is installed again" in p
        for p in problems
    ), problems
    # Still watched: the pack installed again is seen, and shown.
    assert current in reading.watched


def test_with_no_intact_pack_the_packaged_content_stands_in(two_installed) -> None:
    current, _made = two_installed
    previous = pack_store().previous()
    assert previous is not None
    _edit(previous)
    _edit_pack_3(current)
    reading = read_folder(current)
    assert _title(reading) == "Main objectives"
    assert "edited by hand" not in str(reading.result.content)
    assert any(
        "the content packaged with the program is shown" in str(p) for p in reading.result.problems
    )


def test_installed_again_the_pack_is_shown_again(two_installed) -> None:
    current, made = two_installed
    _edit_pack_3(current)
    assert _title(read_folder(current)) == "Main objectives"
    install_pack(made, data_dir=pack_store().data_dir)
    reading = read_folder(current)
    assert _title(reading) == "Objectives, pack 3" and not reading.result.problems


@pytest.mark.subprocess
def test_kiosk_validate_says_what_stands_in(two_installed) -> None:
    current, _made = two_installed
    _edit_pack_3(current)
    result = kiosk("validate")
    assert result.returncode == 1, result
    assert "pack 2, the last intact one is shown until pack 3 is installed again" in result.stdout


def test_the_kiosk_started_on_a_changed_pack_shows_the_intact_one(
    make_ui, two_installed, qtbot
) -> None:
    """The start shows `current` before its files are hashed (after the first
    frame); then the intact pack goes on screen, on the attract screen,
    without waiting for a visitor to come and go."""
    current, _made = two_installed
    _edit_pack_3(current)
    ui = make_ui(lang="en", screen=None)
    qtbot.waitUntil(
        lambda: ui.model.content.section("objectives").title.get("en") == "Main objectives",
        timeout=20_000,
    )
    assert any("changed since install" in line for line in ui.ops.reloader.report)
