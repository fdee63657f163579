"""The staff panel names the content pack shown, its signer, and the last
pack refused with the reason; in each language."""

from __future__ import annotations

import pytest
from helpers.packs import make_keys, pack
from helpers.visitor import find, find_all, shown, wait_shown

from kiosk.ops.content_place import pack_store
from kiosk.packs.install import PackRefused, install_pack


def test_the_panel_shows_the_pack_and_the_last_refusal(make_ui, content_copy, tmp_path, qtbot):
    keys = make_keys(tmp_path / "keys")
    store = pack_store()
    install_pack(
        pack(content_copy, keys, tmp_path / "a.kpack", "2026.11.5"),
        data_dir=store.data_dir,
        trusted=[keys.public_path],
    )
    stranger = make_keys(tmp_path / "stranger", "Someone Else")
    with pytest.raises(PackRefused):
        install_pack(
            pack(content_copy, stranger, tmp_path / "evil.kpack", "2027"),
            data_dir=store.data_dir,
            trusted=[keys.public_path],
        )

    ui = make_ui(lang="en")
    ui.ops.staff.open_panel()
    wait_shown(qtbot, ui.window, "staffPanel")
    # Read in the packs thread, never the UI thread: shown when it answers.
    qtbot.waitUntil(lambda: bool(find_all(ui.window, "packRefused")), timeout=10_000)
    text = find(ui.window, "packShown").property("text")
    fingerprint = keys.secret.public.fingerprint[:16]
    assert (
        text
        == f"Content pack 2026.11.5, signed by Ministry of Foreign Affairs (key {fingerprint})."
    )
    refused = find(ui.window, "packRefused")
    assert shown(refused)
    assert "evil.kpack" in refused.property("text")
    assert "a key this kiosk does not trust" in refused.property("text")

    ui.model.setLanguage("ru")
    qtbot.waitUntil(
        lambda: (
            find(ui.window, "packShown").property("text").startswith("Пакет содержимого 2026.11.5")
        )
    )
    ui.model.setLanguage("tk")
    qtbot.waitUntil(
        lambda: find(ui.window, "packShown").property("text").startswith("Mazmun bukjasy 2026.11.5")
    )


def test_without_packs_the_panel_says_so(make_ui, qtbot):
    ui = make_ui(lang="en")
    ui.ops.staff.open_panel()
    wait_shown(qtbot, ui.window, "staffPanel")
    assert "No content pack installed" in find(ui.window, "packShown").property("text")
    assert not find_all(ui.window, "packRefused")
