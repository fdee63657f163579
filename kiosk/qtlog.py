"""Route Qt and QML messages into Python logging (the running app only).

Tests leave Qt's handler to pytest-qt, which fails them on any warning.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("qt")

# Qt's animation clock (QUnifiedTimer) says this when its queued stop finds
# its driver already stopped: an ordering inside Qt, with nothing wrong on
# screen (tests/ui/test_animation_clock.py shows one way to it). The kiosk
# keeps pauses off that clock, yet a side-by-side test run still met it once
# by a way not found. Staff can do nothing about it: a debug line, not a
# warning. (pyproject's qt_log_ignore says the same to the tests.)
QT_CLOCK_NOISE = "QUnifiedTimer::stopAnimationDriver: driver is not running"

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _handler(msg_type: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context.file else ""
    if msg_type == QtMsgType.QtFatalMsg:
        # Qt aborts the moment this returns: the message, and everything
        # logged before it, must be in kiosk.log by then (faulthandler then
        # adds the Python traceback of the abort).
        log.critical("fatal Qt error, the kiosk stops: %s%s", message.rstrip(), where)
        for handler in logging.getLogger().handlers:
            handler.flush()
        return
    level = _LEVELS.get(msg_type, logging.WARNING)
    if message == QT_CLOCK_NOISE:
        level = logging.DEBUG
    log.log(level, "%s%s", message, where)


def route_qt_messages() -> None:
    qInstallMessageHandler(_handler)
