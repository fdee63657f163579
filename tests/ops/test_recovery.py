"""An exception in a slot is logged, and the visitor sees the attract screen."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QObject, Signal

from kiosk.process import _recover_from_exceptions
from kiosk.screens import Screen


class Boom(QObject):
    fired = Signal()


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_goes_back_to_the_attract_screen(make_ui, qtbot, caplog):
    ui = make_ui(lang="en")
    ui.model.openSection("objectives")
    previous = sys.excepthook
    _recover_from_exceptions(ui)
    try:
        boom = Boom()

        def broken() -> None:
            raise RuntimeError("a bug in a slot")

        boom.fired.connect(broken)
        with caplog.at_level(logging.ERROR):
            boom.fired.emit()
            qtbot.waitUntil(lambda: ui.model.screen == Screen.Attract, timeout=2000)
    finally:
        sys.excepthook = previous
    assert "unexpected error; back to the attract screen" in caplog.text
    assert "RuntimeError: a bug in a slot" in caplog.text
