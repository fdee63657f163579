"""Delivery by Syncthing, end to end: two real Syncthing instances on
127.0.0.1 (a ministry that publishes packs in a send-only folder, a kiosk
that keeps it as a receive-only inbox) and the real kiosk, in this process,
on screen. A pack published by the ministry is on the kiosk's screen after
its next idle reset; a tampered pack published next is refused, and the
screen keeps what it showed."""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.packs import make_keys, pack
from helpers.syncthing import Pair, syncthing_binary
from helpers.visitor import find, tap, wait_screen

from kiosk import paths
from kiosk.ops import places
from kiosk.ops.settings import Settings
from kiosk.packs.store import PackStore
from kiosk.screens import Screen

TITLE = "  en: Main objectives\n"
PUBLISHED_TITLE = "Main objectives of foreign policy"
# Generous: a loaded machine (CI, two cores shared) takes seconds for what
# takes milliseconds here.
WAIT_MS = 30_000
ON_SCREEN = "the installed pack's content is on screen"


@pytest.fixture
def syncthing_pair(tmp_path: Path) -> Iterator[Pair]:
    if syncthing_binary() is None:
        reason = "Syncthing is not installed (Debian package `syncthing`)"
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the Syncthing test: {reason} (.ci/run installs it)")
        pytest.skip(reason)
    pair = Pair(tmp_path / "syncthing")
    try:
        pair.start()
        yield pair
    finally:
        pair.stop()  # both, whatever happened
    for instance in (pair.ministry, pair.kiosk):
        assert instance.process is None


def retitled(content: Path, title: str) -> Path:
    """The topic's English title changed (each time from the packaged one)."""
    path = content / "sections" / "02-objectives.yaml"
    text = (paths.default_content_dir() / "sections" / path.name).read_text("utf-8")
    assert TITLE in text
    path.write_text(text.replace(TITLE, f"  en: {title}\n", 1), "utf-8")
    return content


def flip_a_byte(pack_file: Path, out: Path) -> Path:
    data = bytearray(pack_file.read_bytes())
    data[len(data) * 2 // 3] ^= 0x01  # in the content, under the signature
    out.write_bytes(bytes(data))
    return out


def objectives_title(ui) -> str:
    return str(find(ui.window, "tileTitle_objectives").property("text"))


def visit_home(ui, qtbot) -> None:
    """A visitor touches the attract screen: home, with its topic tiles."""
    wait_screen(qtbot, ui.window, "attractScreen")
    tap(ui.window, find(ui.window, "attractScreen"), qtbot)
    wait_screen(qtbot, ui.window, "homeScreen")


def test_a_published_pack_reaches_the_screen_and_a_tampered_one_never(
    syncthing_pair: Pair, make_ui, content_copy: Path, tmp_path: Path, qtbot, caplog
) -> None:
    pair = syncthing_pair
    keys = make_keys(tmp_path / "ministry-keys")
    trusted = PackStore(places.data_dir()).trusted_keys
    trusted.mkdir(parents=True)
    shutil.copy(keys.public_path, trusted)
    good = pack(retitled(content_copy, PUBLISHED_TITLE), keys, tmp_path / "1.kpack", "2")
    tampered = flip_a_byte(
        pack(retitled(content_copy, "Tampered"), keys, tmp_path / "3.kpack", "3"),
        tmp_path / "tampered.kpack",
    )

    # The kiosk, on the packaged content, with a visitor at home.
    ui = make_ui(
        lang="en",
        settings=Settings(pack_inbox=str(pair.inbox)),
        idle_timeout_s=600,
        warning_s=1,
    )
    assert objectives_title(ui) == "Main objectives"

    # The ministry publishes; the pack reaches the kiosk's inbox and is
    # seen whole, but never installed under the visitor's finger.
    pair.publish(good, "2026-12-01.kpack")
    pair.wait_delivered("2026-12-01.kpack", good.read_bytes())
    qtbot.waitUntil(lambda: bool(ui.ops.deliveries.arrived), timeout=WAIT_MS)
    assert ui.model.screen == Screen.Home
    assert objectives_title(ui) == "Main objectives"
    assert PackStore(places.data_dir()).current() is None

    # The visitor leaves: the idle reset installs it, and it is on screen.
    with caplog.at_level(logging.INFO):
        ui.ops.idle.set_timeout(0.3)
        qtbot.waitUntil(lambda: ui.model.screen == Screen.Attract, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: ON_SCREEN in caplog.text, timeout=WAIT_MS)
    ui.ops.idle.set_timeout(600)
    assert ui.ops.reloader.status == "current"
    visit_home(ui, qtbot)
    assert objectives_title(ui) == PUBLISHED_TITLE
    assert PackStore(places.data_dir()).current_info().version == "2"

    # A tampered pack is published next: it arrives, is refused at the
    # next reset with its reason kept for staff, and the screen stays.
    pair.publish(tampered, "2026-12-02.kpack")
    pair.wait_delivered("2026-12-02.kpack", tampered.read_bytes())
    qtbot.waitUntil(lambda: bool(ui.ops.deliveries.arrived), timeout=WAIT_MS)
    ui.ops.idle.set_timeout(0.3)
    qtbot.waitUntil(lambda: ui.model.screen == Screen.Attract, timeout=WAIT_MS)
    store = PackStore(places.data_dir())
    qtbot.waitUntil(lambda: store.last_refusal() is not None, timeout=WAIT_MS)
    refusal = store.last_refusal()
    assert refusal is not None and refusal.pack == "2026-12-02.kpack"
    assert "damaged" in refusal.reason
    ui.ops.idle.set_timeout(600)
    visit_home(ui, qtbot)
    assert objectives_title(ui) == PUBLISHED_TITLE
    assert store.current_info().version == "2"
    # Not tried again at the next reset.
    qtbot.wait(1500)
    assert not ui.ops.deliveries.arrived
