"""systemd's notification protocol (sd_notify), without a dependency: one
datagram of ``KEY=value`` lines to the socket named in ``$NOTIFY_SOCKET``.

The unit runs cage as its main process and the kiosk as cage's child, so the
kiosk is not the process systemd watches: ``NotifyAccess=all`` lets systemd
accept its messages, and ``$WATCHDOG_PID`` (cage's pid) is not checked here.
Sending never raises and never blocks: a socket that has gone, or is full,
costs one log line, once; the kiosk runs on.
"""

from __future__ import annotations

import logging
import os
import threading

log = logging.getLogger(__name__)

ENV_SOCKET = "NOTIFY_SOCKET"
ENV_WATCHDOG_USEC = "WATCHDOG_USEC"


class Notifier:
    """Sends to the socket ``$NOTIFY_SOCKET`` named when it was made; with no
    socket named (not started by systemd, a test, ``kiosk --windowed`` on a
    desktop) every send does nothing and says False."""

    def __init__(self, address: str | None = None) -> None:
        address = address if address is not None else os.environ.get(ENV_SOCKET, "")
        self._address = _socket_address(address)
        self._sock = None  # a socket.socket, made at the first send
        self._failing: str | None = None
        self._lock = threading.Lock()  # the health thread may say STATUS= beside the UI's pings

    @property
    def enabled(self) -> bool:
        return self._address is not None

    def send(self, message: str) -> bool:
        """True if the datagram went out."""
        if self._address is None:
            return False
        with self._lock:
            try:
                if self._sock is None:
                    import socket  # here, after the first frame: not on the start's path

                    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
                    sock.setblocking(False)
                    self._sock = sock
                self._sock.sendto(message.encode("utf-8"), self._address)
            except OSError as exc:
                reason = exc.strerror or str(exc)
                if self._failing != reason:  # once per kind of failure, not once per ping
                    self._failing = reason
                    log.error("sd_notify to %s failed (%s)", _shown(self._address), reason)
                return False
            if self._failing is not None:
                self._failing = None
                log.info("sd_notify to %s works again", _shown(self._address))
            return True

    def close(self) -> None:
        with self._lock:
            if self._sock is not None:
                self._sock.close()
                self._sock = None


def _socket_address(name: str) -> str | bytes | None:
    """``/run/…`` is a path; ``@name`` is Linux's abstract namespace, whose
    address starts with a NUL byte. Anything else is not a socket name."""
    if name.startswith("@") and len(name) > 1:
        return b"\0" + name[1:].encode("utf-8")
    if name.startswith("/"):
        return name
    if name:
        log.error("%s=%r is not a socket path or @name; not notifying systemd", ENV_SOCKET, name)
    return None


def _shown(address: str | bytes) -> str:
    return "@" + address[1:].decode("utf-8", "replace") if isinstance(address, bytes) else address


def watchdog_interval_s(default_s: float) -> float:
    """How often to ping: a third of ``$WATCHDOG_USEC`` (systemd's WatchdogSec=,
    handed to cage and from cage to the kiosk), so that one late ping is no
    restart; ``default_s`` when systemd set none (or nonsense)."""
    text = os.environ.get(ENV_WATCHDOG_USEC, "")
    if text.isdigit() and int(text) > 0:
        return max(int(text) / 1e6 / 3, 0.05)
    return default_s
