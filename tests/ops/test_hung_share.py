"""A content folder on a network share that stops answering (a hard-mounted
NFS, a FUSE folder whose program hangs): every stat, listing and open in it
blocks until the share answers again. The screen must never freeze: the UI
thread never touches the folder, visitors' taps are answered and frames
drawn, the staff panel says the folder is not answering, and the content
goes on screen by itself once it answers.

In this process the share is :class:`HungShare`: Python's file-system calls
block for paths under the folder while it hangs, in any thread but the UI
thread, where they are noted (and let through, so that a failure is an
assertion, not a frozen test). The real kiosk gets the same from
tests/helpers/hung_share/sitecustomize.py.
"""

from __future__ import annotations

import gc
import logging
import os
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers.cli import RunningKiosk, kiosk
from helpers.visitor import find, shown, tap, wait_screen, wait_shown

from kiosk.app import CONTENT_WAIT_S
from kiosk.screens import Screen

HANGING_CALLS = ("stat", "lstat", "scandir", "open", "listdir")
SITECUSTOMIZE = Path(__file__).resolve().parent.parent / "helpers" / "hung_share"


class HungShare:
    def __init__(self, root: Path) -> None:
        self.root = str(root)
        self.answering = threading.Event()
        self.answering.set()
        self.ui_thread_calls: list[str] = []
        self.blocked = 0

    def hang(self) -> None:
        self.answering.clear()

    def answer(self) -> None:
        self.answering.set()

    def _inside(self, path: object) -> bool:
        if not isinstance(path, (str, bytes, os.PathLike)):
            return False  # a file descriptor
        name = os.fsdecode(os.fspath(path))
        return name == self.root or name.startswith(self.root + os.sep)

    def wrap(self, real: Callable) -> Callable:
        def call(path, *args, **kwargs):
            if self._inside(path):
                if threading.current_thread() is threading.main_thread():
                    self.ui_thread_calls.append(f"os.{real.__name__}({path})")
                elif not self.answering.is_set():
                    self.blocked += 1
                    self.answering.wait()
            return real(path, *args, **kwargs)

        return call


@pytest.fixture
def share(content_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[HungShare]:
    hung = HungShare(content_copy)
    for name in HANGING_CALLS:
        monkeypatch.setattr(os, name, hung.wrap(getattr(os, name)))
    yield hung
    hung.answer()  # a job still stuck in the folder thread ends


def collected_while_hung(qtbot) -> None:
    """With the folder thread stuck, garbage is collected all the same (on
    the UI thread, which alone collects: kiosk.ops.workers)."""
    assert not gc.isenabled()  # the automatic collector is off for good

    class Cycle:
        pass

    # More than a generation's threshold: the collector would have run.
    freed: list[bool] = []
    for _ in range(2 * gc.get_threshold()[0]):
        cycle = Cycle()
        cycle.me = cycle
        weakref.finalize(cycle, freed.append, True)
    del cycle
    qtbot.waitUntil(lambda: len(freed) == 2 * gc.get_threshold()[0], timeout=30_000)


def test_a_share_that_hangs_while_the_kiosk_runs(make_ui, content_copy, share, qtbot, caplog):
    ui = make_ui(content_dir=content_copy, lang="en")
    reloader = ui.ops.reloader
    with caplog.at_level(logging.INFO):
        share.hang()
        qtbot.waitUntil(lambda: reloader.not_answering, timeout=30_000)
    assert share.blocked >= 1  # the folder thread's look is stuck on it
    assert f"content folder {content_copy} is not answering" in caplog.text

    # A visitor taps: the screen changes, and frames are drawn.
    with qtbot.waitSignal(ui.window.frameSwapped, timeout=5000):
        tap(ui.window, find(ui.window, "tile_objectives"), qtbot)
    wait_screen(qtbot, ui.window, "sectionScreen")
    with qtbot.waitSignal(ui.window.frameSwapped, timeout=5000):
        tap(ui.window, find(ui.window, "largeTextButton"), qtbot)
    assert ui.model.display.property("largeText")

    # Staff see why, and a reload ends at once, with the reason.
    ui.ops.staff.open_panel()
    wait_shown(qtbot, ui.window, "staffPanel")
    notice = "notice_content-not-answering"
    qtbot.waitUntil(lambda: shown(find(ui.window, notice)), timeout=5000)
    text = find(ui.window, notice).property("text")
    assert str(content_copy) in text and "is not answering" in text
    tap(ui.window, find(ui.window, "reloadContent"), qtbot)
    qtbot.waitUntil(lambda: reloader.status == "rejected", timeout=5000)
    assert "not answering (a hung network share?)" in "\n".join(reloader.report)
    collected_while_hung(qtbot)

    with caplog.at_level(logging.INFO):
        share.answer()
        # The reload asked for runs now that the folder answers.
        qtbot.waitUntil(lambda: reloader.status == "pending", timeout=30_000)
    assert f"content folder {content_copy} answers again" in caplog.text
    assert not reloader.not_answering
    qtbot.waitUntil(lambda: not ui.ops.panel.property("notices"), timeout=5000)
    assert share.ui_thread_calls == []


def test_a_share_that_hangs_at_the_start(make_ui, content_copy, share, qtbot, caplog):
    share.hang()
    started = time.monotonic()
    with caplog.at_level(logging.INFO):
        ui = make_ui(content_dir=content_copy, lang="en", screen=None)
    # The start waits for the content a few seconds, not for the share.
    assert time.monotonic() - started < CONTENT_WAIT_S + 25
    assert f"content folder {content_copy} is not answering after 5 s" in caplog.text
    wait_screen(qtbot, ui.window, "unavailableScreen")

    # A visitor's tap on the calm screen is answered.
    with qtbot.waitSignal(ui.window.frameSwapped, timeout=5000):
        tap(ui.window, find(ui.window, "largeTextButton"), qtbot)
    assert ui.model.display.property("largeText")
    ui.ops.staff.open_panel()
    wait_shown(qtbot, ui.window, "staffPanel")
    notice = "notice_content-not-answering"
    qtbot.waitUntil(lambda: shown(find(ui.window, notice)), timeout=5000)
    assert str(content_copy) in find(ui.window, notice).property("text")
    ui.ops.staff.closePanel()
    collected_while_hung(qtbot)

    with caplog.at_level(logging.INFO):
        share.answer()
        # The content goes on screen by itself.
        qtbot.waitUntil(lambda: ui.model.screen == Screen.Attract, timeout=30_000)
    wait_screen(qtbot, ui.window, "attractScreen")
    assert f"content from {content_copy} is on screen" in caplog.text
    assert not ui.ops.reloader.not_answering
    assert share.ui_thread_calls == []


# -- the real kiosk ---------------------------------------------------------------


def hung_env(content: Path, answers: Path) -> dict[str, str | None]:
    """The kiosk's Python blocks on ``content`` until ``answers`` exists."""
    path = os.pathsep.join(p for p in (str(SITECUSTOMIZE), os.environ.get("PYTHONPATH")) if p)
    return {
        "PYTHONPATH": path,
        "KIOSK_TEST_HUNG_SHARE": str(content),
        "KIOSK_TEST_SHARE_ANSWERS": str(answers),
    }


@pytest.mark.subprocess
def test_the_real_kiosk_on_a_share_that_hangs(content_copy, tmp_path):
    answers = tmp_path / "share-answers"
    with RunningKiosk("--content", str(content_copy), env=hung_env(content_copy, answers)) as real:
        assert real.wait_for("kiosk started", timeout=60), real.output
        assert f"content folder {content_copy} is not answering after 5 s" in real.output
        # The event loop runs: a SIGHUP is answered by a line the UI thread logs.
        real.proc.send_signal(1)
        assert real.wait_for("SIGHUP (the terminal", timeout=30), real.output
        answers.touch()
        assert real.wait_for(f"content from {content_copy} is on screen", timeout=60), real.output
        output = real.stop()
    assert real.proc.returncode == 0, output
    assert "Traceback" not in output, output


@pytest.mark.subprocess
def test_shot_of_a_share_that_hangs_says_so(content_copy, tmp_path):
    env = hung_env(content_copy, tmp_path / "never")
    done = kiosk("shot", "--screen", "home", "--content", str(content_copy),
                 "-o", str(tmp_path / "home.png"), env=env, timeout=120)  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert f"kiosk shot: content folder {content_copy}: not answering" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "home.png").exists()
