"""Packs that arrive by themselves, on the real kiosk's screen: from a USB
stick mounted while it runs, installed at the next idle reset and never
under a visitor's finger. (Syncthing's inbox, end to end:
tests/integration/test_syncthing_delivery.py.)"""

from __future__ import annotations

import logging
import shutil
import threading
from pathlib import Path

import pytest
from helpers.packs import make_keys, pack
from helpers.visitor import find, tap, wait_screen

from kiosk import paths
from kiosk.ops import places
from kiosk.ops.folder_thread import FOLDER_THREAD
from kiosk.ops.pack_delivery import PACKS_THREAD
from kiosk.ops.settings import Settings
from kiosk.packs.store import PackStore
from kiosk.screens import Screen

TITLE = "  en: Main objectives\n"
NEW_TITLE = "Main objectives of foreign policy"
WAIT_MS = 20_000
ON_SCREEN = "the installed pack's content is on screen"


@pytest.fixture
def stick_pack(tmp_path: Path, content_copy: Path) -> Path:
    """A pack whose topic title is NEW_TITLE, signed by a key the kiosk trusts."""
    keys = make_keys(tmp_path / "keys")
    trusted = PackStore(places.data_dir()).trusted_keys
    trusted.mkdir(parents=True)
    shutil.copy(keys.public_path, trusted)
    section = content_copy / "sections" / "02-objectives.yaml"
    text = section.read_text("utf-8")
    assert TITLE in text
    section.write_text(text.replace(TITLE, f"  en: {NEW_TITLE}\n", 1), "utf-8")
    return pack(content_copy, keys, tmp_path / "made.kpack", "2026.12.1")


def title(ui) -> str:
    return str(find(ui.window, "tileTitle_objectives").property("text"))


def mount(media: Path, pack_file: Path) -> Path:
    """A stick appears at media/MINISTRY with the pack at its top."""
    stick = media / "MINISTRY"
    stick.mkdir()
    shutil.copy(pack_file, stick / "2026-12.kpack")
    return stick


def usb_kiosk(make_ui, media: Path, **options):
    media.mkdir(parents=True, exist_ok=True)
    return make_ui(
        lang="en",
        settings=Settings(usb_packs=True),
        usb_mount_globs=(str(media / "*"),),
        idle_timeout_s=600,
        warning_s=1,
        **options,
    )


def idle_reset(ui, qtbot) -> None:
    """The visitor walks away: the real idle timer resets the kiosk."""
    ui.ops.idle.set_timeout(0.2)
    qtbot.waitUntil(lambda: ui.model.screen == Screen.Attract, timeout=WAIT_MS)
    ui.ops.idle.set_timeout(600)


def visit_home(ui, qtbot) -> None:
    wait_screen(qtbot, ui.window, "attractScreen")
    tap(ui.window, find(ui.window, "attractScreen"), qtbot)
    wait_screen(qtbot, ui.window, "homeScreen")


def test_a_pack_on_a_new_stick_is_on_screen_after_the_next_reset(
    make_ui, tmp_path: Path, stick_pack: Path, qtbot, caplog
) -> None:
    media = tmp_path / "media" / "kiosk"
    ui = usb_kiosk(make_ui, media)
    qtbot.wait(1500)  # the first look has seen the mount points there are
    with caplog.at_level(logging.INFO):
        stick = mount(media, stick_pack)
        qtbot.waitUntil(lambda: bool(ui.ops.deliveries.arrived), timeout=WAIT_MS)
    assert f"{stick}: mounted; looking for packs at its top" in caplog.text
    # The visitor reads on: nothing changes under the finger.
    assert ui.model.screen == Screen.Home and title(ui) == "Main objectives"
    assert PackStore(places.data_dir()).current() is None

    with caplog.at_level(logging.INFO):
        idle_reset(ui, qtbot)
        qtbot.waitUntil(lambda: ON_SCREEN in caplog.text, timeout=WAIT_MS)
    assert ui.model.screen == Screen.Attract
    visit_home(ui, qtbot)
    assert title(ui) == NEW_TITLE
    assert PackStore(places.data_dir()).current_info().version == "2026.12.1"
    assert ui.ops.reloader.folder == PackStore(places.data_dir()).root / "current"


def test_on_the_attract_screen_a_pack_goes_in_without_waiting_for_a_visitor(
    make_ui, tmp_path: Path, stick_pack: Path, qtbot, caplog
) -> None:
    """Nobody is there, and no reset comes until someone has been: the
    pack is installed and shown now."""
    media = tmp_path / "media" / "kiosk"
    ui = usb_kiosk(make_ui, media, screen=None)
    wait_screen(qtbot, ui.window, "attractScreen")
    qtbot.wait(1500)
    with caplog.at_level(logging.INFO):
        mount(media, stick_pack)
        qtbot.waitUntil(lambda: ON_SCREEN in caplog.text, timeout=WAIT_MS)
    assert ui.model.screen == Screen.Attract
    visit_home(ui, qtbot)
    assert title(ui) == NEW_TITLE


def test_a_visitor_who_comes_during_the_install_is_not_disturbed(
    make_ui, tmp_path: Path, stick_pack: Path, qtbot
) -> None:
    media = tmp_path / "media" / "kiosk"
    ui = usb_kiosk(make_ui, media)
    qtbot.wait(1500)
    mount(media, stick_pack)
    qtbot.waitUntil(lambda: bool(ui.ops.deliveries.arrived), timeout=WAIT_MS)
    # The packs thread is busy (a slow stick): the install waits behind it.
    gate = threading.Event()
    PACKS_THREAD.submit(lambda: gate.wait(30))
    try:
        idle_reset(ui, qtbot)
        visit_home(ui, qtbot)  # a visitor, before the install is done
    finally:
        gate.set()
    qtbot.waitUntil(lambda: ui.ops.reloader.status == "pending", timeout=WAIT_MS)
    assert ui.model.screen == Screen.Home and title(ui) == "Main objectives"
    # The next reset shows it.
    idle_reset(ui, qtbot)
    visit_home(ui, qtbot)
    assert title(ui) == NEW_TITLE


def test_a_kiosk_shown_with_content_keeps_it(
    make_ui, tmp_path: Path, stick_pack: Path, qtbot, caplog
) -> None:
    """--content chooses the folder: a pack is installed, not shown."""
    media = tmp_path / "media" / "kiosk"
    content = tmp_path / "chosen"
    shutil.copytree(paths.default_content_dir(), content)
    ui = usb_kiosk(make_ui, media, content_dir=content)
    qtbot.wait(1500)
    mount(media, stick_pack)
    qtbot.waitUntil(lambda: bool(ui.ops.deliveries.arrived), timeout=WAIT_MS)
    with caplog.at_level(logging.WARNING):
        idle_reset(ui, qtbot)
        qtbot.waitUntil(lambda: "not the packs" in caplog.text, timeout=WAIT_MS)
    assert f"this kiosk shows {content} (--content), not the packs" in caplog.text
    visit_home(ui, qtbot)
    assert title(ui) == "Main objectives"


def test_a_stick_left_in_at_start_is_not_a_delivery(
    make_ui, tmp_path: Path, stick_pack: Path, qtbot
) -> None:
    media = tmp_path / "media" / "kiosk"
    media.mkdir(parents=True)
    mount(media, stick_pack)
    ui = usb_kiosk(make_ui, media)
    qtbot.wait(3000)  # three looks
    assert not ui.ops.deliveries.arrived


def test_without_an_inbox_or_usb_nothing_is_watched(make_ui) -> None:
    ui = make_ui(lang="en", settings=Settings())
    assert ui.ops.deliveries is None


def test_the_content_of_an_install_is_read_once(make_ui, content_copy: Path, qtbot) -> None:
    """A look at the old folder still on its way when the kiosk moves to
    the packs' folder must not read it a second time (which would leave
    the same content pending for the next reset)."""
    ui = make_ui(lang="en")
    reloader = ui.ops.reloader
    gate = threading.Event()
    FOLDER_THREAD.submit(lambda: gate.wait(30))  # a share that is slow for a moment
    try:
        qtbot.waitUntil(lambda: reloader._job is not None, timeout=WAIT_MS)  # a look waits
        reloader.move_to(content_copy)
        reloader.load(apply_now=False)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: reloader.status == "pending", timeout=WAIT_MS)
    assert reloader.take_pending() is not None
    qtbot.wait(2500)  # a debounce (1 s) and a read would have come by now
    assert reloader.status == "current"


def test_a_delivered_pack_is_shown_with_the_missions_overlay(
    make_ui, tmp_path: Path, stick_pack: Path, qtbot, caplog
) -> None:
    """As `kiosk install` and a restart show it: the pack, and the mission's
    own section on top of it."""
    overlay = PackStore(places.data_dir()).overlay / "sections"
    overlay.mkdir(parents=True)
    own = (paths.default_content_dir() / "sections" / "03-neutrality.yaml").read_text("utf-8")
    own = own.replace("id: neutrality", "id: mission-topic", 1)
    (overlay / "mission-topic.yaml").write_text(own.replace("order: 3", "order: 99", 1), "utf-8")
    media = tmp_path / "media" / "kiosk"
    ui = usb_kiosk(make_ui, media)
    qtbot.wait(1500)
    mount(media, stick_pack)
    qtbot.waitUntil(lambda: bool(ui.ops.deliveries.arrived), timeout=WAIT_MS)
    with caplog.at_level(logging.INFO):
        idle_reset(ui, qtbot)
        qtbot.waitUntil(lambda: ON_SCREEN in caplog.text, timeout=WAIT_MS)
    visit_home(ui, qtbot)
    assert title(ui) == NEW_TITLE
    assert find(ui.window, "tileTitle_mission-topic") is not None
