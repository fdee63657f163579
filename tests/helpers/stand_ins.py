"""Recording stand-ins for the display commands (xset, wlr-randr, cec-ctl):
small executables written into a folder that a test puts first (alone) on
PATH. Each appends its name and arguments to a log and exits as told. Only
tests make them; the kiosk runs the real commands."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

# wlr-randr's listing of two outputs (names at the start of a line).
WLR_LISTING = (
    'HDMI-A-1 "Samsung Electric Company S24 (HDMI-A-1)"\n'
    "  Enabled: yes\n  Modes:\n    1920x1080 px, 60.000000 Hz (preferred, current)\n"
    'DP-2 "Dell Inc. P2419H (DP-2)"\n  Enabled: yes\n'
)


class StandIns:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.log = folder / "calls.log"
        folder.mkdir(parents=True, exist_ok=True)

    def add(self, name: str, *, exit_code: int = 0, stdout: str = "", hang: bool = False) -> None:
        script = self.folder / name
        lines = [
            "#!/bin/sh",
            f'printf "%s\\n" "{name} $*" >> {shlex.quote(str(self.log))}',
        ]
        if stdout:
            lines.append(f"printf %s {shlex.quote(stdout)}")
        if hang:
            lines.append("exec /bin/sleep 60")
        lines.append(f"exit {exit_code}")
        script.write_text("\n".join(lines) + "\n", "utf-8")
        script.chmod(0o755)

    @property
    def path(self) -> str:
        return str(self.folder)

    def calls(self) -> list[str]:
        if not self.log.exists():
            return []
        return self.log.read_text("utf-8").splitlines()


def session_env(stand_ins: StandIns, *, x11: bool = False, wayland: bool = False) -> dict[str, str]:
    env = {"PATH": stand_ins.path}
    if x11:
        env["DISPLAY"] = ":7"
    if wayland:
        env["WAYLAND_DISPLAY"] = "wayland-1"
    for name in ("HOME", "LANG"):
        if name in os.environ:
            env[name] = os.environ[name]
    return env
