"""Real Syncthing instances on 127.0.0.1, for the delivery tests.

Each instance has a home of its own (``syncthing generate``), free ports for
its REST API and its sync listener, an API key, and nothing that reaches
beyond this machine: no global or local discovery, no relays, no NAT, no
STUN, no usage or crash reports, no upgrades. Two of them know each other
by device ID at ``tcp://127.0.0.1:PORT`` and share one folder, set in
config.xml before they start. Nothing waits by sleeping: a scan is asked
for through the REST API, and the tests wait for what they need to see.
"""

from __future__ import annotations

import atexit
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

FOLDER_ID = "kiosk-packs"
# A loaded CI machine: Syncthing starts in about a second, connects in a few.
START_S = 30.0
STOP_S = 15.0


def syncthing_binary() -> str | None:
    return shutil.which("syncthing")


def free_port() -> int:
    """A port nobody listens on now (the OS's choice). Another program could
    take it before Syncthing does; on a test machine nothing does."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(what: str, check: Callable[[], object], timeout: float = START_S) -> object:
    """``check()``'s first true answer, asked every 50 ms; AssertionError
    naming ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        answer = check()
        if answer:
            return answer
        if time.monotonic() > deadline:
            raise AssertionError(f"Syncthing: {what} did not happen within {timeout:g} s")
        time.sleep(0.05)


@dataclass
class Syncthing:
    """One instance: made by :meth:`generate`, set up, then started."""

    name: str
    home: Path
    device_id: str
    api_port: int = field(default_factory=free_port)
    sync_port: int = field(default_factory=free_port)
    api_key: str = ""
    process: subprocess.Popen | None = None

    @classmethod
    def generate(cls, name: str, home: Path) -> Syncthing:
        done = subprocess.run(
            [_binary(), "generate", f"--home={home}", "--no-default-folder", "--skip-port-probing"],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        found = re.search(r"Device ID:\s*([A-Z0-9-]{63})", done.stdout + done.stderr)
        assert found, f"syncthing generate printed no device ID:\n{done.stdout}{done.stderr}"
        instance = cls(name=name, home=home, device_id=found.group(1))
        instance.api_key = f"test-{name}-{os.urandom(12).hex()}"
        return instance

    @property
    def address(self) -> str:
        return f"tcp://127.0.0.1:{self.sync_port}"

    def configure(self, *, peer: Syncthing, folder: Path, folder_type: str) -> None:
        """Before the start: this machine only, ``peer`` known at its address,
        ``folder`` shared with it as ``folder_type`` (sendonly, receiveonly)."""
        config_path = self.home / "config.xml"
        tree = ET.parse(config_path)
        root = tree.getroot()
        for device in root.findall("device"):  # itself: by its name in the logs
            if device.get("id") == self.device_id:
                device.set("name", self.name)
        gui = root.find("gui")
        assert gui is not None
        gui.set("tls", "false")
        _set(gui, "address", f"127.0.0.1:{self.api_port}")
        _set(gui, "apikey", self.api_key)
        options = root.find("options")
        assert options is not None
        for key, value in {
            "listenAddress": self.address,
            "globalAnnounceEnabled": "false",
            "localAnnounceEnabled": "false",
            "relaysEnabled": "false",
            "natEnabled": "false",
            "stunKeepaliveStartS": "0",  # 0: no STUN
            "stunServer": "",
            "startBrowser": "false",
            "urAccepted": "-1",  # usage reporting: declined for good
            "autoUpgradeIntervalH": "0",
            "crashReportingEnabled": "false",
            "announceLANAddresses": "false",
            "reconnectionIntervalS": "1",  # the peer may start a moment later
            "setLowPriority": "false",
        }.items():
            _set(options, key, value)
        device = ET.SubElement(
            root, "device", id=peer.device_id, name=peer.name, compression="metadata"
        )
        _set(device, "address", peer.address)
        # The folder: no watcher and no periodic scan, the test asks for scans.
        (folder / ".stfolder").mkdir(parents=True, exist_ok=True)
        shared = ET.Element(
            "folder",
            id=FOLDER_ID,
            label="Kiosk packs",
            path=str(folder),
            type=folder_type,
            rescanIntervalS="3600",
            fsWatcherEnabled="false",
            ignorePerms="false",
            autoNormalize="true",
        )
        ET.SubElement(shared, "filesystemType").text = "basic"
        for member in (self.device_id, peer.device_id):
            ET.SubElement(shared, "device", id=member, introducedBy="")
        root.insert(0, shared)
        tree.write(config_path, encoding="unicode")

    def start(self) -> None:
        log = open(self.home / "syncthing.log", "wb")  # noqa: SIM115 (the process owns it)
        env = {**os.environ, "STNOUPGRADE": "1", "STNORESTART": "1", "STNODEFAULTFOLDER": "1"}
        env["HOME"] = str(self.home)  # nothing is written to the tester's home
        try:
            self.process = subprocess.Popen(
                [
                    _binary(),
                    "serve",
                    f"--home={self.home}",
                    "--no-browser",
                    "--no-restart",
                    "--no-upgrade",
                    "--logflags=0",
                ],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,  # stopped as a group, whatever it starts
            )
        finally:
            log.close()
        wait_for(f"{self.name}'s REST API", self._pings)

    def _pings(self) -> bool:
        if self.process is not None and self.process.poll() is not None:
            raise AssertionError(f"Syncthing {self.name} exited:\n{self.log_tail()}")
        try:
            return self.get("/rest/system/ping").get("ping") == "pong"
        except OSError:
            return False

    def stop(self) -> None:
        """Stop the process and anything it started; never raises."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        for sig, wait in ((signal.SIGTERM, STOP_S), (signal.SIGKILL, STOP_S)):
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                return
            try:
                process.wait(timeout=wait)
                return
            except subprocess.TimeoutExpired:
                continue

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = (self.home / "syncthing.log").read_text("utf-8", "replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    # -- the REST API ----------------------------------------------------------

    def get(self, path: str) -> dict:
        return self._call("GET", path)

    def post(self, path: str) -> dict:
        return self._call("POST", path)

    def _call(self, method: str, path: str) -> dict:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.api_port}{path}",
            method=method,
            headers={"X-API-Key": self.api_key},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body.strip() else {}

    def connected_to(self, peer: Syncthing) -> bool:
        try:
            connections = self.get("/rest/system/connections")["connections"]
        except (OSError, KeyError, ValueError):
            return False
        return bool(connections.get(peer.device_id, {}).get("connected"))

    def scan(self) -> None:
        """Scan the shared folder now (and wait for the scan: Syncthing's
        POST answers when it is done)."""
        self.post(f"/rest/db/scan?folder={FOLDER_ID}")

    def folder_state(self) -> str:
        try:
            return str(self.get(f"/rest/db/status?folder={FOLDER_ID}").get("state", ""))
        except (OSError, ValueError):
            return ""


def _binary() -> str:
    binary = syncthing_binary()
    assert binary, "syncthing is not installed (Debian package `syncthing`)"
    return binary


def _set(parent: ET.Element, tag: str, text: str) -> None:
    node = parent.find(tag)
    if node is None:
        node = ET.SubElement(parent, tag)
    node.text = text


class Pair:
    """A ministry that publishes packs in a send-only folder, and a kiosk
    that receives them in a receive-only one."""

    def __init__(self, root: Path) -> None:
        self.published = root / "ministry-packs"
        self.inbox = root / "kiosk-inbox"
        self.ministry = Syncthing.generate("ministry", root / "ministry-home")
        self.kiosk = Syncthing.generate("kiosk", root / "kiosk-home")
        self.ministry.configure(peer=self.kiosk, folder=self.published, folder_type="sendonly")
        self.kiosk.configure(peer=self.ministry, folder=self.inbox, folder_type="receiveonly")

    def start(self) -> None:
        # Also when the test run is interrupted (Ctrl+C) past the fixture's
        # teardown: no Syncthing outlives the tests.
        atexit.register(self.stop)
        self.ministry.start()
        self.kiosk.start()
        wait_for("the two connecting", lambda: self.ministry.connected_to(self.kiosk))

    def stop(self) -> None:
        # Both, whatever happens to the first.
        atexit.unregister(self.stop)
        try:
            self.kiosk.stop()
        finally:
            self.ministry.stop()

    def publish(self, pack: Path, name: str) -> Path:
        """As the ministry does: the pack written in full, then scanned."""
        target = self.published / name
        tmp = self.published / f".{name}.part"
        shutil.copyfile(pack, tmp)
        os.replace(tmp, target)
        self.ministry.scan()
        return target

    def wait_delivered(self, name: str, content: bytes, timeout: float = START_S) -> Path:
        target = self.inbox / name

        def arrived() -> bool:
            try:
                return target.read_bytes() == content
            except OSError:
                return False

        try:
            wait_for(f"{name} reaching the kiosk", arrived, timeout)
        except AssertionError as exc:
            raise AssertionError(
                f"{exc}\n-- ministry --\n{self.ministry.log_tail()}\n"
                f"-- kiosk --\n{self.kiosk.log_tail()}"
            ) from None
        return target
