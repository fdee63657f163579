"""Layers: the ministry's content with the mission's overlay on top, merged
by id and validated together; each problem names its layer."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from helpers.cli import kiosk
from helpers.packs import make_keys, pack

from kiosk.content import load_content
from kiosk.content.overlay import layer_name, load_layers, merge_by_id
from kiosk.ops.content_place import pack_store
from kiosk.packs.install import PackRefused, install_pack

MISSION = """\
organizations:
  - id: {id}
    name:
      tk: Synag missiýasy
      ru: Тестовая миссия
      en: Test mission
    entries:
      - type: email
        address: mission@example.org
"""

NOTICE = """\
notices:
  - id: consular-closed
    kind: closure
    valid_from: 2026-12-10
    valid_until: 2026-12-12
    title:
      tk: Konsullyk bölümi ýapyk
      ru: Консульский отдел закрыт
      en: The consular section is closed
"""


def extra_section(content: Path, overlay: Path, new_id: str, order: int) -> None:
    """A section of the overlay, made from one of the ministry's."""
    text = (content / "sections" / "03-neutrality.yaml").read_text("utf-8")
    text = text.replace("id: neutrality", f"id: {new_id}").replace("order: 3", f"order: {order}")
    (overlay / "sections").mkdir(parents=True, exist_ok=True)
    (overlay / "sections" / f"{new_id}.yaml").write_text(text, "utf-8")


@pytest.fixture
def overlay(tmp_path: Path) -> Path:
    folder = tmp_path / "overlay"
    folder.mkdir()
    return folder


def test_the_overlay_adds(content_copy, overlay) -> None:
    (overlay / "site.yaml").write_text("default_language: ru\n", "utf-8")
    (overlay / "contacts.yaml").write_text(MISSION.format(id="mission"), "utf-8")
    (overlay / "notices.yaml").write_text(NOTICE, "utf-8")
    extra_section(content_copy, overlay, "mission-topic", 99)
    result = load_layers(content_copy, overlay)
    assert not result.errors, result.errors
    content = result.content
    assert content.site.default_language == "ru"
    assert [o.id for o in content.contacts] == ["mfa", "mission"]
    assert [n.id for n in content.notices] == ["consular-closed"]
    assert [s.id for s in content.sections][-1] == "mission-topic"


def test_the_overlay_never_replaces_the_ministrys_section(content_copy, overlay) -> None:
    """The ministry's signed text stays under its name: the overlay's section
    with its id is an error on the overlay's file and line, and left out."""
    extra_section(content_copy, overlay, "neutrality", 3)
    result = load_layers(content_copy, overlay)
    path = overlay / "sections" / "neutrality.yaml"
    line = path.read_text("utf-8").splitlines().index("id: neutrality") + 1
    assert [str(e) for e in result.errors] == [
        f"{path}:{line}: error: id 'neutrality' is the ministry's: the overlay may add, "
        "not replace (left out; give it an id of its own)"
    ]
    ids = [s.id for s in result.content.sections]
    assert ids.count("neutrality") == 1
    assert str(overlay) not in result.content.section("neutrality").source


def test_the_overlay_never_replaces_the_ministrys_organisation(content_copy, overlay) -> None:
    (overlay / "contacts.yaml").write_text(MISSION.format(id="mfa"), "utf-8")
    result = load_layers(content_copy, overlay)
    (error,) = result.errors
    assert str(error).startswith(f"{overlay / 'contacts.yaml'}:2: error: id 'mfa'")
    (only,) = result.content.contacts
    assert only.name.values["en"] != "Test mission"


def test_merge_keeps_places_and_adds_new_ids_after() -> None:
    class Item:
        def __init__(self, id_: str, layer: str) -> None:
            self.id, self.layer = id_, layer

    base = [Item("a", "pack"), Item("b", "pack"), Item("c", "pack")]
    top = [Item("z", "overlay"), Item("b", "overlay")]
    merged = merge_by_id(base, top)
    assert [(i.id, i.layer) for i in merged] == [
        ("a", "pack"), ("b", "overlay"), ("c", "pack"), ("z", "overlay"),
    ]  # fmt: skip


def test_the_overlay_may_not_change_the_ministrys_site(content_copy, overlay) -> None:
    (overlay / "site.yaml").write_text("default_language: de\ntitle:\n  en: Mine\n", "utf-8")
    result = load_layers(content_copy, overlay)
    messages = [(p.file, p.line, p.message.split(":")[0]) for p in result.errors]
    site = str(overlay / "site.yaml")
    assert (site, 1, "default_language") in messages
    assert (site, 2, "title") in messages
    assert result.content.site.title.values["en"] == "Foreign Policy of Turkmenistan"
    assert result.content.site.default_language == "en"


def test_a_broken_overlay_costs_only_itself(content_copy, overlay) -> None:
    (overlay / "contacts.yaml").write_text("organizations: [\n", "utf-8")
    (overlay / "partners.yaml").write_text("regions: []\n", "utf-8")
    result = load_layers(content_copy, overlay)
    files = {p.file for p in result.problems}
    assert str(overlay / "contacts.yaml") in files
    assert str(overlay / "partners.yaml") in files  # not read: a warning
    assert [o.id for o in result.content.contacts] == ["mfa"]


def test_no_overlay_is_the_content_alone(content_copy, tmp_path) -> None:
    alone = load_layers(content_copy, None)
    assert load_layers(content_copy, tmp_path / "none").content == alone.content


def test_layer_names(tmp_path) -> None:
    from kiosk.content.problems import Problem, Severity

    problem = Problem(str(tmp_path / "overlay" / "contacts.yaml"), 12, Severity.ERROR, "x")
    layers = [("overlay", tmp_path / "overlay"), ("pack", tmp_path / "current")]
    assert str(layer_name(problem, layers)) == "overlay/contacts.yaml:12: error: x"


def test_validate_names_the_layer_of_each_problem(content_copy, tmp_path) -> None:
    keys = make_keys(tmp_path / "keys")
    store = pack_store()
    install_pack(
        pack(content_copy, keys, tmp_path / "a.kpack"),
        data_dir=store.data_dir,
        trusted=[keys.public_path],
    )
    store.overlay.mkdir(parents=True)
    (store.overlay / "contacts.yaml").write_text(
        MISSION.format(id="mission").replace("mission@example.org", "not an address"), "utf-8"
    )
    result = kiosk("validate")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith("overlay/contacts.yaml:9: error: ") for line in lines), lines
    assert all(line.startswith(("overlay/", "pack/")) for line in lines), lines
    assert f"pack: {store.current()}; overlay: {store.overlay}" in result.stderr
    status = json.loads(kiosk("status", "--json").stdout)
    assert status["content"]["errors"] == 1


def test_the_kiosk_shows_the_overlay_and_reloads_it(make_ui, content_copy, qtbot) -> None:
    overlay = pack_store().overlay
    overlay.mkdir(parents=True)
    (overlay / "contacts.yaml").write_text(MISSION.format(id="mission"), "utf-8")
    ui = make_ui(content_dir=content_copy, lang="en")
    assert [o.id for o in ui.model.content.contacts] == ["mfa", "mission"]
    (overlay / "notices.yaml").write_text(NOTICE, "utf-8")
    reloader = ui.ops.reloader
    qtbot.waitUntil(lambda: reloader.status == "pending", timeout=10000)
    assert [n.id for n in reloader.pending.notices] == ["consular-closed"]


def test_a_pack_that_breaks_the_overlay_is_refused(content_copy, tmp_path) -> None:
    """Valid alone, the next pack drops Turkmen while the overlay's default
    language is Turkmen: the install names the overlay's problem and the
    content shown stays as it was."""
    keys = make_keys(tmp_path / "keys")
    store = pack_store()
    install_pack(
        pack(content_copy, keys, tmp_path / "1.kpack", "1"),
        data_dir=store.data_dir,
        trusted=[keys.public_path],
    )
    store.overlay.mkdir(parents=True)
    (store.overlay / "site.yaml").write_text("default_language: tk\n", "utf-8")
    site = content_copy / "site.yaml"
    text = site.read_text("utf-8")
    assert "languages: [tk, ru, en]" in text
    text = text.replace("languages: [tk, ru, en]", "languages: [ru, en]")
    site.write_text(text.replace("  tk: draft\n", "", 1), "utf-8")
    assert not load_content(content_copy).errors  # valid alone
    with pytest.raises(PackRefused, match="the mission's overlay would fail") as caught:
        install_pack(
            pack(content_copy, keys, tmp_path / "2.kpack", "2"),
            data_dir=store.data_dir,
            trusted=[keys.public_path],
        )
    assert f"{store.overlay / 'site.yaml'}:1: error: default_language" in str(caught.value)
    assert store.current_info().version == "1"


@pytest.mark.parametrize("name", ["contacts.yaml", "sections", "sections/mission.yaml"])
def test_a_link_out_of_the_overlay_is_never_read(content_copy, overlay, tmp_path, name) -> None:
    """A link to a file nobody meant for the kiosk: an error, and not a line of it quoted."""
    secret = tmp_path / "elsewhere"
    secret.mkdir()
    (secret / "mission.yaml").write_text("root:SECRET-HASH:19000:0:99999:7:::\n", "utf-8")
    target = secret if name == "sections" else secret / "mission.yaml"
    (overlay / "sections").mkdir(exist_ok=name == "sections")
    if name == "sections":
        (overlay / "sections").rmdir()
    os.symlink(target, overlay / name)
    result = load_layers(content_copy, overlay)
    messages = [str(p) for p in result.problems]
    assert f"{overlay / name}:1: error: a link leading out of the overlay" in "\n".join(messages)
    assert not any("SECRET" in m for m in messages), messages
    assert result.content is not None


def test_a_link_inside_the_overlay_is_read(content_copy, overlay) -> None:
    (overlay / "mission.yaml.txt").write_text(MISSION.format(id="mission"), "utf-8")
    os.symlink("mission.yaml.txt", overlay / "contacts.yaml")
    result = load_layers(content_copy, overlay)
    assert [o.id for o in result.content.contacts] == ["mfa", "mission"]
