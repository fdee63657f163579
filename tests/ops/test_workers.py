"""Cycle collection runs on the UI thread only, whatever other threads do.

A collection that starts in a worker thread (the usage-count writer, the
content-folder thread, a library's thread, a coverage tracer's frames)
destroys the UI thread's unreachable Qt objects there, which crashes the
kiosk. The kiosk switches the automatic collector off and collects from a
timer on the UI thread (kiosk.ops.workers)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from kiosk.ops.workers import UiThreadCollector, collect_on_ui_thread


class Cycle:
    def __init__(self) -> None:
        self.me = self
        self.qt = QObject()  # what a collection in a worker would destroy there


def test_a_busy_worker_thread_never_collects(qapp, qtbot):
    collect_on_ui_thread(qapp)
    collections: list[str] = []

    def note(phase: str, _info: dict) -> None:
        if phase == "start":
            collections.append(threading.current_thread().name)

    freed: list[bool] = []
    made = 20 * gc.get_threshold()[0]  # many times what sets off a collection

    def worker() -> None:
        for _ in range(made):
            weakref.finalize(Cycle(), freed.append, True)

    gc.callbacks.append(note)
    try:
        thread = threading.Thread(target=worker, name="busy-worker")
        thread.start()
        while thread.is_alive():
            qtbot.wait(20)  # the UI thread's event loop runs meanwhile
        # The young generation is over its threshold: the UI thread's next
        # tick collects (older garbage waits for its own threshold, as usual).
        qtbot.waitUntil(lambda: bool(collections and freed), timeout=30_000)
    finally:
        gc.callbacks.remove(note)
    assert set(collections) == {threading.main_thread().name}, collections


def test_there_is_one_collector_per_application(qapp):
    assert collect_on_ui_thread(qapp) is collect_on_ui_thread(qapp)
    assert len(qapp.findChildren(UiThreadCollector)) == 1
    assert not gc.isenabled()


def test_the_collector_collects_the_generation_the_automatic_one_would(qapp):
    collector = collect_on_ui_thread(qapp)
    gc.collect()
    assert collector.on_tick() is None  # nothing over its threshold
    for _ in range(2 * gc.get_threshold()[0]):
        Cycle()
    assert collector.on_tick() == 0
