"""Asking the display to sleep outside opening hours, and to wake again.

Tried in order, the first that answers wins: DPMS under X11 (``xset dpms
force off``), ``wlr-randr --output NAME --off`` for every output under
Wayland, HDMI-CEC standby through ``cec-ctl`` where a /dev/cec* device is.
Where none is there or none answers, the kiosk shows a plain black screen
(the ``black`` state): a sleeping panel and a black one look alike to a
passer-by, and the black one costs less.

Each command runs in a QProcess (the UI thread only hears it end) and is
killed after a few seconds: a hung X server or a TV that never answers CEC
must not hold up the next try. What worked, and what did not, is logged
once per kind, not every night.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal, Slot

log = logging.getLogger(__name__)

TIMEOUT_MS = 5000
ON, ASLEEP, BLACK = "on", "asleep", "black"

# A script yields the argv to run and is sent back (succeeded, standard
# output); what it returns says whether the display did as asked.
Script = Generator[list[str], tuple[bool, str], bool]


@dataclass(frozen=True)
class Method:
    name: str  # as logged and shown in the status: "xset dpms"
    run: Callable[[bool], Script]  # True: sleep, False: wake


def _xset(sleep: bool) -> Script:
    ok, _ = yield ["xset", "dpms", "force", "off" if sleep else "on"]
    return ok


def _wlr_randr(sleep: bool) -> Script:
    ok, listing = yield ["wlr-randr"]
    # Each output's name starts a line; its modes and settings are indented.
    names = [line.split()[0] for line in listing.splitlines() if line[:1].strip()]
    if not ok or not names:
        return False
    for name in names:
        ok, _ = yield ["wlr-randr", "--output", name, "--off" if sleep else "--on"]
        if not ok:
            return False
    return True


def _cec(device: str) -> Callable[[bool], Script]:
    def run(sleep: bool) -> Script:
        # As a playback device, to the TV (logical address 0).
        action = "--standby" if sleep else "--image-view-on"
        ok, _ = yield ["cec-ctl", "-d", device, "--playback", "--to", "0", action]
        return ok

    return run


def display_methods(env: Mapping[str, str], dev: Path = Path("/dev")) -> list[Method]:
    """What may put this session's display to sleep, in the order to try:
    the session's own way (X11 or Wayland) first, then HDMI-CEC."""
    path = env.get("PATH", os.defpath)
    methods: list[Method] = []
    if env.get("WAYLAND_DISPLAY"):
        if shutil.which("wlr-randr", path=path):
            methods.append(Method("wlr-randr", _wlr_randr))
    elif env.get("DISPLAY") and shutil.which("xset", path=path):
        methods.append(Method("xset dpms", _xset))
    if shutil.which("cec-ctl", path=path):
        devices = sorted(dev.glob("cec[0-9]*"))
        if devices:
            methods.append(Method(f"cec-ctl {devices[0]}", _cec(str(devices[0]))))
    return methods


class DisplayPower(QObject):
    """``state``: on, asleep (a command put it to sleep: ``method`` says
    which) or black (nothing answered: the window shows black)."""

    stateChanged = Signal()

    def __init__(
        self,
        *,
        env: Mapping[str, str] | None = None,
        dev: Path = Path("/dev"),
        timeout_ms: int = TIMEOUT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._env = env
        self._dev = dev
        self._state = ON
        self._method: Method | None = None
        self._current: Method | None = None
        self._logged: set[object] = set()
        self._queue: list[Method] = []
        self._sleeping = False
        self._script: Script | None = None
        self._process: QProcess | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.on_timeout)

    @property
    def state(self) -> str:
        return self._state

    @property
    def method(self) -> str | None:
        return self._method.name if self._method else None

    @property
    def busy(self) -> bool:
        return self._script is not None

    def sleep(self) -> None:
        if self._state != ON:
            return
        self._stop_script()
        self._sleeping = True
        env = os.environ if self._env is None else self._env
        self._queue = display_methods(env, self._dev)
        self._state = BLACK  # until a command answers: black at once, never a lit panel
        self.stateChanged.emit()
        self._next_method()

    def wake(self) -> None:
        if self._state == ON:
            return
        self._stop_script()
        self._sleeping = False
        method, self._method = self._method, None
        self._state = ON
        self.stateChanged.emit()
        if method is not None:
            self._queue = [method]
            self._next_method()

    def stop(self) -> None:
        self._stop_script()

    # -- running the scripts ----------------------------------------------

    def _next_method(self) -> None:
        if not self._queue:
            if self._sleeping and "black" not in self._logged:
                self._logged.add("black")
                log.warning("display sleep: no command answered; the kiosk shows a black screen")
            return
        method = self._queue.pop(0)
        self._current = method
        self._script = method.run(self._sleeping)
        self._advance(next(self._script))

    def _advance(self, argv: list[str]) -> None:
        env = os.environ if self._env is None else self._env
        program = shutil.which(argv[0], path=env.get("PATH", os.defpath))
        if program is None:
            self._step_done(False, "", f"{argv[0]} not found")
            return
        process = QProcess(self)
        self._process = process
        process.finished.connect(self.on_finished)
        process.errorOccurred.connect(self.on_error)
        process.start(program, argv[1:])
        self._timer.start()

    @Slot(int, QProcess.ExitStatus)
    def on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process = self._take_process()
        if process is None:
            return
        out = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace")
        err = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
        ok = status == QProcess.ExitStatus.NormalExit and code == 0
        self._step_done(ok, out, err.strip()[-200:] or f"exit status {code}")

    @Slot(QProcess.ProcessError)
    def on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self._take_process() is not None:
            self._step_done(False, "", "could not start")

    @Slot()
    def on_timeout(self) -> None:
        process = self._take_process()
        if process is not None:
            process.kill()
            process.waitForFinished(1000)
            self._step_done(False, "", f"no answer in {self._timer.interval() / 1000:g} s")

    def _take_process(self) -> QProcess | None:
        process, self._process = self._process, None
        self._timer.stop()
        if process is not None:
            process.finished.disconnect(self.on_finished)
            process.errorOccurred.disconnect(self.on_error)
            process.deleteLater()
        return process

    def _step_done(self, ok: bool, out: str, why: str) -> None:
        script = self._script
        if script is None:
            return
        try:
            argv = script.send((ok, out))
        except StopIteration as done:
            self._script = None
            self._method_done(bool(done.value), why)
            return
        self._advance(argv)

    def _method_done(self, ok: bool, why: str) -> None:
        method = self._current
        assert method is not None  # set with the script
        action = "sleep" if self._sleeping else "wake"
        self._remember(method.name, action, ok, why)
        if self._sleeping and ok:
            self._queue = []
            self._method = method
            self._state = ASLEEP
            self.stateChanged.emit()
            return
        if self._sleeping:
            self._next_method()

    def _remember(self, name: str, action: str, ok: bool, why: str = "") -> None:
        if (name, action, ok) in self._logged:
            return
        self._logged.add((name, action, ok))
        if ok:
            log.info("display %s: %s worked", action, name)
        else:
            log.warning("display %s: %s did not answer (%s)", action, name, why)

    def _stop_script(self) -> None:
        process = self._take_process()
        if process is not None:
            process.kill()
            process.waitForFinished(1000)
        if self._script is not None:
            self._script.close()
            self._script = None
        self._queue = []
