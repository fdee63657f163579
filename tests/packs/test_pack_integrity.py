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
    errors = [str(p) for p in read_folder(current).result.errors]
    assert any("changed since install" in e for e in errors), errors
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
