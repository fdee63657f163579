"""Route Qt and QML messages into Python logging (the running app only).

Tests leave Qt's handler to pytest-qt, which fails them on any warning.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("qt")

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
    log.log(_LEVELS.get(msg_type, logging.WARNING), "%s%s", message, where)


def route_qt_messages() -> None:
    qInstallMessageHandler(_handler)
