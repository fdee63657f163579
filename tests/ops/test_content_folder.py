"""The content folder as a machine has it: not there yet, gone while the
kiosk runs, and a reload that fails, hangs or is asked for twice. A reload
always ends with a result the staff panel shows."""

from __future__ import annotations

import logging
import shutil
import threading
from pathlib import Path

import pytest
from helpers.visitor import find, shown, wait_screen, wait_shown

from kiosk import paths
from kiosk.ops import folder_thread, reload
from kiosk.screens import Screen


def test_a_folder_that_appears_goes_on_screen_by_itself(make_ui, tmp_path, qtbot, caplog):
    content = tmp_path / "media" / "usb" / "content"
    ui = make_ui(content_dir=content, lang="en", screen=None)
    wait_screen(qtbot, ui.window, "unavailableScreen")
    assert ui.ops.reloader.folder_missing
    # The stick is mounted: first the folders above, then the content.
    (tmp_path / "media" / "usb").mkdir(parents=True)
    qtbot.wait(100)
    with caplog.at_level(logging.INFO):
        shutil.copytree(paths.default_content_dir(), content)
        qtbot.waitUntil(lambda: ui.model.screen == Screen.Attract, timeout=20_000)
    wait_screen(qtbot, ui.window, "attractScreen")
    assert f"content from {content} is on screen" in caplog.text
    assert not ui.ops.reloader.folder_missing


def test_a_folder_that_goes_leaves_the_content_on_screen(make_ui, content_copy, qtbot, caplog):
    ui = make_ui(content_dir=content_copy, lang="en")
    with caplog.at_level(logging.ERROR):
        shutil.rmtree(content_copy)  # the stick is pulled
        qtbot.waitUntil(lambda: ui.ops.reloader.folder_missing, timeout=20_000)
    assert f"content folder {content_copy} has gone" in caplog.text
    assert ui.model.screen == Screen.Home and ui.model.available
    ui.ops.staff.open_panel()
    wait_shown(qtbot, ui.window, "staffPanel")
    qtbot.waitUntil(lambda: shown(find(ui.window, "notice_content-missing")), timeout=5000)
    assert str(content_copy) in find(ui.window, "notice_content-missing").property("text")
    ui.ops.staff.closePanel()
    # Back again: read, checked, and shown at the next reset.
    shutil.copytree(paths.default_content_dir(), content_copy)
    qtbot.waitUntil(lambda: ui.ops.reloader.status == "pending", timeout=20_000)
    assert not ui.ops.reloader.folder_missing
    ui.ops.reset()
    wait_screen(qtbot, ui.window, "attractScreen")


@pytest.mark.parametrize(
    "fault",
    [PermissionError(13, "Permission denied"), RuntimeError("a bug in the loader")],
    ids=["permission", "bug"],
)
def test_a_failing_reload_ends_rejected_with_the_reason(
    make_ui, content_copy, qtbot, monkeypatch, caplog, fault
):
    ui = make_ui(content_dir=content_copy, lang="en")

    def broken(_folder: Path, **_options):
        raise fault

    monkeypatch.setattr(folder_thread, "load_content", broken)
    ui.ops.staff.open_panel()
    wait_shown(qtbot, ui.window, "staffPanel")
    with caplog.at_level(logging.ERROR):
        ui.ops.panel.reloadContent()
        qtbot.waitUntil(lambda: ui.ops.reloader.status == "rejected", timeout=10_000)
    report = "\n".join(ui.ops.reloader.report)
    assert f"{content_copy}:1: error: the content cannot be read ({fault!r})" in report
    assert f"reading the content in {content_copy} failed" in caplog.text
    assert "Traceback" in caplog.text  # in kiosk.log, where staff look
    status = find(ui.window, "contentStatus").property("text")
    assert status == "New content has errors; the current content stays."
    assert ui.model.screen == Screen.Home  # the visitor's screen did not change


class Gate:
    """A load_content that, once armed, waits until the test lets it finish
    (the kiosk's own first read, at the start, goes through)."""

    def __init__(self) -> None:
        self.load = folder_thread.load_content  # the real one, before it is replaced
        self.open = threading.Event()
        self.armed = False
        self.calls = 0
        self.lock = threading.Lock()

    def __call__(self, folder: Path, **options):
        if not self.armed:
            return self.load(folder, **options)
        with self.lock:
            self.calls += 1
        self.open.wait(30)
        return self.load(folder, **options)


@pytest.fixture
def gate(monkeypatch) -> Gate:
    gate = Gate()
    monkeypatch.setattr(folder_thread, "load_content", gate)
    yield gate
    gate.open.set()


def test_a_reload_asked_for_while_one_runs_runs_once_more(make_ui, content_copy, qtbot, gate):
    ui = make_ui(content_dir=content_copy, lang="en")
    reloader = ui.ops.reloader
    gate.armed = True
    reloader.load(apply_now=False)
    qtbot.waitUntil(lambda: gate.calls == 1)
    reloader.load(apply_now=False)
    reloader.load(apply_now=False)  # three asked for: the running one and one more
    assert reloader.status == "loading"
    gate.open.set()
    qtbot.waitUntil(lambda: reloader.status == "pending", timeout=10_000)
    qtbot.wait(200)  # nothing else is on its way
    assert gate.calls == 2 and reloader.status == "pending"


def test_a_reload_that_does_not_answer_ends_and_its_late_answer_is_taken(
    make_ui, content_copy, qtbot, gate, monkeypatch, caplog
):
    ui = make_ui(content_dir=content_copy, lang="en")
    reloader = ui.ops.reloader
    gate.armed = True
    monkeypatch.setattr(reload, "READ_ANSWERS_WITHIN_S", 0.5)
    with caplog.at_level(logging.ERROR):
        reloader.load(apply_now=True)
        qtbot.waitUntil(lambda: reloader.status == "rejected", timeout=10_000)
    assert reloader.not_answering
    assert f"content folder {content_copy} is not answering" in caplog.text
    assert "not answering (a hung network share?)" in "\n".join(reloader.report)
    gate.open.set()  # its late answer is taken, but not put on screen at once
    qtbot.waitUntil(lambda: reloader.status == "pending", timeout=10_000)
    assert not reloader.not_answering
    assert ui.model.screen == Screen.Home
    # The next reload works.
    reloader.take_pending()
    reloader.load(apply_now=False)
    qtbot.waitUntil(lambda: reloader.status == "pending", timeout=10_000)
    assert gate.calls == 2
