"""A real X server for tests: Xvfb on a free display, openbox with Debian's
default keys, the real kiosk on it, and what a window manager sees of it.

    with x_session(tmp_path) as x:
        kiosk = x.start_kiosk()
        x.wait_on_screen(kiosk)
        x.run("xdotool", "key", "super+d")

Everything started here runs in its own process group and is killed when
the session ends, whatever the test did.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers.xstate import (
    GRAB_PROBE,
    ROOT_PROPS,
    SCREEN,
    WINDOW_PROPS,
    Seen,
    first_int,
    geometry,
    props,
)

# Debian packages: the tools, and the libraries Qt's X11 plugin loads.
DEBS = "xvfb openbox xdotool x11-utils wmctrl"
TOOLS = ("Xvfb", "openbox", "xdotool", "xprop", "xwininfo", "wmctrl", "xmessage")
OPENBOX_DEFAULTS = Path("/etc/xdg/openbox/rc.xml")


def unavailable() -> str | None:
    """Why a real X server cannot be used here, or None."""
    if not sys.platform.startswith("linux"):
        return "a real X server is tested on Linux only"
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not OPENBOX_DEFAULTS.exists():
        missing.append(str(OPENBOX_DEFAULTS))
    if missing:
        return f"{', '.join(missing)} missing (sudo apt install {DEBS})"
    from kiosk.display import XCB_PACKAGES, _xcb_missing

    if (library := _xcb_missing()) is not None:
        return f"Qt's X11 plugin cannot load {library} (sudo apt install {XCB_PACKAGES} …)"
    return None


def require_x_server() -> None:
    """Skip where the tools are missing, but never in CI: there a missing
    X server is a broken CI, and the tests it hides must not pass silently."""
    reason = unavailable()
    if reason is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the X11 tests: {reason} (.ci/run installs them)")
    pytest.skip(reason)


class XSession:
    def __init__(self, display: str, folder: Path) -> None:
        self.display = display
        self.folder = folder
        self._groups: list[subprocess.Popen] = []

    @property
    def env(self) -> dict[str, str]:
        env = dict(os.environ, DISPLAY=self.display)
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def spawn(self, *cmd: str, log: str, env: dict[str, str] | None = None) -> subprocess.Popen:
        """A child in its own process group, killed with the session."""
        with open(self.folder / log, "ab") as out:
            proc = subprocess.Popen(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                env=env or self.env,
                start_new_session=True,
            )
        self._groups.append(proc)
        return proc

    def run(self, *cmd: str, check: bool = True) -> str:
        done = subprocess.run(
            cmd, capture_output=True, text=True, env=self.env, timeout=20, check=False
        )
        if check and done.returncode != 0:
            raise AssertionError(f"{' '.join(cmd)}: exit {done.returncode}: {done.stderr}")
        return done.stdout

    def start_window_manager(self, config: Path = OPENBOX_DEFAULTS) -> subprocess.Popen:
        """openbox with Debian's defaults, or with ``config`` (never the
        developer's own configuration)."""
        env = dict(self.env, XDG_CONFIG_HOME=str(self.folder / "wm-config"))
        proc = self.spawn(
            "openbox", "--config-file", str(config), "--sm-disable",
            log="openbox.log", env=env,
        )  # fmt: skip
        try:
            self.wait_until(
                lambda: "window id" in self.run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK"),
                "openbox to manage the screen",
                timeout=20,
            )
        except AssertionError as exc:
            said = (self.folder / "openbox.log").read_text(errors="replace")
            raise AssertionError(f"{exc} (exit status {proc.poll()}):\n{said}") from None
        self._settle_input()
        return proc

    def _settle_input(self) -> None:
        """The first key injected into a fresh X server makes its XTEST
        keyboard the active one; openbox hears of it (XKB) and grabs its keys
        again, and a shortcut pressed meanwhile is missed (4 of 40 fresh
        servers on a loaded machine). So: a harmless key and pointer move
        first, then a round trip through openbox (one desktop more, and back),
        which it handles only after that notice."""
        self.run("xdotool", "key", "shift", "mousemove", "0", "0")
        # Set once openbox has set up the screen (after it names itself).
        self.wait_until(lambda: self._desktops() is not None, "openbox's desktops")
        desktops = self._desktops() or 1
        for count in (desktops + 1, desktops):
            # Asked again every few seconds: on a loaded machine openbox can
            # name itself and set the desktops before it listens for requests
            # on the root window, and a request sent then is lost (seen: 11
            # tests failing on one lost request).
            def answered(count: int = count) -> bool:
                self.run("wmctrl", "-n", str(count))
                return self.within(lambda: self._desktops() == count, 3)

            self.wait_until(answered, f"openbox to answer ({count} desktops)", timeout=60)

    def _desktops(self) -> int | None:
        name = "_NET_NUMBER_OF_DESKTOPS"
        return first_int(props(self.run("xprop", "-root", name)).get(name))

    def kiosk_env(self, home: str = "home") -> dict[str, str]:
        """This display, and XDG folders of the kiosk's own under ``home``
        (settings, usage counts, log): never the developer's."""
        env = dict(self.env, QT_QPA_PLATFORM="xcb")
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[var] = str(self.folder / home / var.lower())
        return env

    def start_kiosk(self, *args: str, software: bool = False, home: str = "home") -> Kiosk:
        """The real program on this display (``python -m kiosk``; not windowed
        unless asked), once it says it has started. It draws as on a desktop
        PC (OpenGL, here Mesa's llvmpipe, on Qt Quick's render thread) unless
        ``software``."""
        env = self.kiosk_env(home)
        log = f"kiosk-{home}.err"
        if software:
            env["QT_QUICK_BACKEND"] = "software"
        else:
            env.pop("QT_QUICK_BACKEND", None)  # the default: OpenGL, threaded
        proc = self.spawn(sys.executable, "-m", "kiosk", *args, log=log, env=env)
        kiosk = Kiosk(proc, self.folder / log)

        def started() -> bool:
            if proc.poll() is not None:
                raise AssertionError(f"the kiosk exited ({proc.returncode}):\n{kiosk.output()}")
            return "kiosk started" in kiosk.output()

        self.wait_until(started, "start of the kiosk")
        return kiosk

    # What the window manager sees -------------------------------------------------

    def kiosk_window(self, kiosk: Kiosk) -> int | None:
        """The kiosk's window on screen now, if any."""
        out = self.run("xdotool", "search", "--onlyvisible", "--pid", str(kiosk.pid), check=False)
        ids = [int(line) for line in out.split()]
        return ids[-1] if ids else None

    def wait_for_window(self, kiosk: Kiosk, timeout: float = 30) -> int:
        """The kiosk's window, once it has been on screen for a moment: just
        after it first appears, a window can be unmapped and mapped again while
        the window manager takes it in."""
        steady: list[tuple[int | None, float]] = []

        def settled() -> bool:
            window, now = self.kiosk_window(kiosk), time.monotonic()
            if not steady or steady[0][0] != window:
                steady[:] = [(window, now)]
            return window is not None and now - steady[0][1] >= 0.3

        self.wait_until(settled, "the kiosk's window, steady", timeout)
        return steady[0][0]

    def seen(self, kiosk: Kiosk) -> Seen:
        window = self.kiosk_window(kiosk)
        root = props(self.run("xprop", "-root", *ROOT_PROPS, check=False))
        own: dict[str, list[str]] = {}
        where = None
        if window is not None:
            own = props(self.run("xprop", "-id", str(window), *WINDOW_PROPS, check=False))
            where = geometry(self.run("xwininfo", "-id", str(window), check=False))
        stacking = root.get("_NET_CLIENT_LIST_STACKING", [])
        states = own.get("_NET_WM_STATE", [])
        return Seen(
            window=window,
            states=frozenset(s.removeprefix("_NET_WM_STATE_") for s in states),
            desktop=first_int(own.get("_NET_WM_DESKTOP")),
            current_desktop=first_int(root.get("_NET_CURRENT_DESKTOP")),
            active=first_int(root.get("_NET_ACTIVE_WINDOW")),
            topmost=first_int(stacking[-1:]),
            showing_desktop=first_int(root.get("_NET_SHOWING_DESKTOP")) == 1,
            geometry=where,
        )

    def keyboard_grabbed(self) -> bool:
        """Whether some client holds the keyboard (another one's grab fails)."""
        done = subprocess.run(
            [sys.executable, "-c", GRAB_PROBE], capture_output=True, text=True,
            env=self.env, timeout=20, check=True,
        )  # fmt: skip
        return done.stdout.strip() == "held"

    def holds_screen(self, kiosk: Kiosk) -> bool:
        return self.seen(kiosk).on_screen

    def wait_on_screen(self, kiosk: Kiosk, timeout: float = 30) -> float:
        """Seconds until the kiosk holds the screen; the failure says what was seen."""
        try:
            return self.wait_until(lambda: self.holds_screen(kiosk), "the kiosk on screen", timeout)
        except AssertionError as exc:
            raise AssertionError(f"{exc}; seen: {self.seen(kiosk)}") from None

    def wait_until(self, condition: Callable[[], bool], what: str, timeout: float = 30) -> float:
        """Seconds until ``condition`` held; fails naming ``what`` after ``timeout``."""
        start = time.monotonic()
        while not condition():
            if time.monotonic() - start > timeout:
                raise AssertionError(f"{what}: not within {timeout:g} s")
            time.sleep(0.03)
        return time.monotonic() - start

    def within(self, condition: Callable[[], bool], seconds: float) -> bool:
        """Whether ``condition`` comes true within ``seconds``."""
        end = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > end:
                return False
            time.sleep(0.03)
        return True

    def assert_stays(self, condition: Callable[[], bool], what: str, seconds: float) -> None:
        """``condition`` holds at every look for ``seconds``."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            assert condition(), f"{what} for {seconds:g} s: not so"
            time.sleep(0.03)

    def close(self) -> None:
        for proc in reversed(self._groups):
            _kill_group(proc)


@dataclass
class Kiosk:
    proc: subprocess.Popen
    log: Path

    @property
    def pid(self) -> int:
        return self.proc.pid

    def output(self) -> str:
        """Everything it wrote to stderr so far (its log lines, warnings, tracebacks)."""
        return self.log.read_text("utf-8", errors="replace")

    def stop(self, timeout: float = 20) -> int:
        """SIGTERM, as systemd stops it; its exit status."""
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout)


@contextmanager
def x_session(folder: Path, *, window_manager: bool = True) -> Iterator[XSession]:
    """Xvfb on a display nobody uses, and openbox."""
    require_x_server()
    folder.mkdir(parents=True, exist_ok=True)
    session = XSession("", folder)
    try:
        session.display = _start_xvfb(session)
        if window_manager:
            session.start_window_manager()
        yield session
    finally:
        session.close()


def _start_xvfb(session: XSession) -> str:
    """Xvfb's own choice (-displayfd alone) takes the first display whose
    socket file it can create, and a server whose socket file was cleaned out
    of /tmp still answers on Linux's abstract socket: the tests would run on
    someone else's screen. So the display is chosen here, free by lock file
    and by both sockets, from :20 up; a race with another X server for the
    same display is lost cleanly (Xvfb says so), and the next one is tried."""
    log = session.folder / "xvfb.log"
    for display in range(20, 120):
        if _display_in_use(display):
            continue
        read, write = os.pipe()
        seen = log.stat().st_size if log.exists() else 0
        try:
            with open(log, "ab") as out:
                xvfb = subprocess.Popen(
                    # -noreset: without it Xvfb now and then refused the first
                    # client right after saying it was ready (openbox: "Failed to
                    # open the display"; 6 of 125 starts on a loaded machine, none
                    # of 180 with it).
                    ["Xvfb", f":{display}", "-displayfd", str(write),
                     "-screen", "0", "{}x{}x24".format(*SCREEN), "-nolisten", "tcp", "-noreset"],
                    pass_fds=(write,), stdin=subprocess.DEVNULL, stdout=out, stderr=out,
                    start_new_session=True,
                )  # fmt: skip
            os.close(write)
            session._groups.append(xvfb)
            if _ready(read, xvfb) and "already running" not in log.read_text()[seen:]:
                return f":{display}"
            _kill_group(xvfb)
        finally:
            os.close(read)
    raise AssertionError(f"Xvfb did not start on any free display (see {log})")


def _display_in_use(display: int) -> bool:
    if Path(f"/tmp/.X{display}-lock").exists() or Path(f"/tmp/.X11-unix/X{display}").exists():
        return True
    try:  # the abstract socket Linux X servers also listen on
        sockets = Path("/proc/net/unix").read_text()
    except OSError:
        return False
    return f"@/tmp/.X11-unix/X{display}\n" in sockets


def _ready(fd: int, xvfb: subprocess.Popen, timeout: float = 20) -> bool:
    """Whether Xvfb said (on -displayfd) that it accepts clients."""
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or xvfb.poll() is not None:
            return False
        ready, _, _ = select.select([fd], [], [], min(left, 0.2))
        if ready:
            chunk = os.read(fd, 64)
            if not chunk:
                return False
            data += chunk
    return True


def _kill_group(proc: subprocess.Popen) -> None:
    for sig, wait in ((signal.SIGTERM, 5), (signal.SIGKILL, 5)):
        if proc.poll() is not None:
            break
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        try:
            proc.wait(wait)
        except subprocess.TimeoutExpired:
            continue
    # Whatever else the group started (nothing should have) goes too.
    with suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
