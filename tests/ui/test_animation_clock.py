"""Qt's animation clock never warns: the kiosk has no pause on it.

Qt runs every animation of a thread from one clock (QUnifiedTimer). While
the only animations running are pauses, the clock stops its driver and sets
a timer for the pause's end instead. If that happens just as the last
animation of another kind stops (the map's camera move is a QVariantAnimation;
QML's animations are the other kind), the clock's queued "stop" then finds its
driver already stopped and warns "QUnifiedTimer::stopAnimationDriver: driver
is not running". Two fresh-clone CI runs failed on that warning, in map tests.

A pause is a PauseAnimation, and also every QML Timer: Qt runs a Timer as a
pause on that clock. Nothing goes wrong on screen, but a warning is a fault
here (the suite fails on any), and a kiosk's log should hold only what needs
a look. So the kiosk's waits inside an animation are holds (a value animated
to what it already is, which changes nothing), and its timers are WallTimers
(kiosk/views/wall_timer.py, a QTimer): no pause of the kiosk's is on the
clock. A side-by-side run after that still met the warning once, by a way
not found; so that one exact line is logged at debug level by the kiosk
(kiosk/qtlog.py) and ignored by the tests (pyproject), and the tests here
look for it themselves.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QMetaObject, QObject, QVariantAnimation
from PySide6.QtQml import QQmlComponent, QQmlEngine

import kiosk
from kiosk import paths
from kiosk.views import wall_timer  # noqa: F401 (registers WallTimer for QML)

PACKAGE = Path(kiosk.__file__).parent

WARNING = "QUnifiedTimer::stopAnimationDriver: driver is not running"

# A motion that waits first, as the attract screen's did, in the two forms;
# and a timer, as a list's hold after a language switch, in the two kinds.
PAUSE = "PauseAnimation { duration: 300 }"
HOLD = 'NumberAnimation { target: root; property: "v"; to: 0; duration: 300 }'

MOTION = """
import QtQuick
QtObject {
    id: root
    property real v: 0
    property SequentialAnimation motion: SequentialAnimation {
        %s
        NumberAnimation { target: root; property: "v"; to: 1; duration: 50 }
    }
    function go() { motion.start() }
}
"""

TIMER = """
import QtQuick
import Kiosk.Views
QtObject {
    id: root
    property real v: 0
    property QtObject timer: %s { interval: 300; onTriggered: root.v = 1 }
    function go() { timer.start() }
}
"""


def _started_as_a_camera_move_ends(qtbot, qml: str) -> QObject:
    """Starts the motion (or timer) in the same turn of the event loop in
    which a QVariantAnimation (the map's camera clock) ends, and lets both
    run out."""
    engine = QQmlEngine()
    engine.addImportPath(str(paths.qml()))
    component = QQmlComponent(engine)
    component.setData(qml.encode(), "file:///motion.qml")
    motion = component.create()
    assert motion is not None, component.errorString()
    camera = QVariantAnimation()
    camera.setStartValue(0.0)
    camera.setEndValue(1.0)
    camera.setDuration(60)
    camera.finished.connect(lambda: QMetaObject.invokeMethod(motion, "go"))
    camera.start()
    qtbot.waitUntil(lambda: motion.property("v") == 1, timeout=5_000)
    qtbot.wait(50)  # the clock's queued stop runs
    return motion


@pytest.mark.qt_log_level_fail("CRITICAL")
@pytest.mark.parametrize("qml", [MOTION % PAUSE, TIMER % "Timer"], ids=["pause", "qml-timer"])
def test_a_pause_that_starts_as_the_camera_stops_makes_qt_warn(qtbot, qtlog, qml):
    # The fault, shown: why the kiosk has no pauses. (If a Qt release stops
    # warning here, this test says so, and the rule below may go.)
    _started_as_a_camera_move_ends(qtbot, qml)
    assert any(WARNING in record.message for record in qtlog.records)


@pytest.mark.parametrize("qml", [MOTION % HOLD, TIMER % "WallTimer"], ids=["hold", "wall-timer"])
def test_a_hold_or_a_wall_timer_is_quiet(qtbot, qtlog, qml):
    _started_as_a_camera_move_ends(qtbot, qml)
    assert not any(WARNING in record.message for record in qtlog.records)


def test_the_kiosk_logs_the_clocks_line_for_developers_only(caplog):
    from PySide6.QtCore import QMessageLogContext, QtMsgType

    from kiosk import qtlog

    with caplog.at_level(logging.DEBUG, logger="qt"):
        qtlog._handler(QtMsgType.QtWarningMsg, QMessageLogContext(), WARNING)
        qtlog._handler(QtMsgType.QtWarningMsg, QMessageLogContext(), "another warning")
    assert [r.levelno for r in caplog.records] == [logging.DEBUG, logging.WARNING]


def test_the_kiosk_has_no_pauses():
    pause = re.compile(r"\b(PauseAnimation|Timer)\s*\{")
    found = [
        f"{path.name}:{number}"
        for path in sorted(paths.qml("Kiosk").rglob("*.qml"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pause.search(line)
    ]
    python = [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if "QPauseAnimation" in path.read_text(encoding="utf-8")
    ]
    assert found == [] and python == [], found + python
