"""`kiosk install-desktop`: a freedesktop menu entry (and optional autostart)
so that staff start the kiosk from the desktop like any other program."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from kiosk import paths
from kiosk.ops.places import APP_NAME

ENTRY = """[Desktop Entry]
Type=Application
Version=1.0
Name=Foreign Policy of Turkmenistan — kiosk
Name[ru]=Внешняя политика Туркменистана — киоск
Name[tk]=Türkmenistanyň daşary syýasaty — kiosk
GenericName=Information kiosk
Comment=Touchscreen kiosk: Turkmenistan's foreign policy in three languages
Comment[ru]=Сенсорный киоск: внешняя политика Туркменистана на трёх языках
Comment[tk]=Sensorly kiosk: Türkmenistanyň daşary syýasaty üç dilde
Exec={exec}
Icon={icon}
Terminal=false
Categories=Education;
Keywords=kiosk;embassy;exhibition;
StartupNotify=false
"""


def _data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def _config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def kiosk_command() -> str:
    """The installed `kiosk` script beside this Python (a venv's bin/)."""
    script = shutil.which("kiosk", path=str(Path(sys.executable).parent)) or shutil.which("kiosk")
    return script or f"{sys.executable} -m kiosk"


def _quote(arg: str) -> str:
    # Desktop Entry spec: arguments with spaces or specials are double-quoted.
    if any(c in arg for c in ' \t"`$\\'):
        return (
            '"'
            + arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
            + '"'
        )
    return arg


def install_desktop(autostart: bool = False) -> list[Path]:
    icon_dir = _data_home() / "icons" / "hicolor" / "scalable" / "apps"
    icon_dir.mkdir(parents=True, exist_ok=True)
    icon = icon_dir / f"{APP_NAME}.svg"
    shutil.copyfile(paths.resource("icons", "app.svg"), icon)

    command = " ".join(_quote(part) for part in kiosk_command().split(" "))
    text = ENTRY.format(exec=command, icon=APP_NAME)
    apps = _data_home() / "applications"
    apps.mkdir(parents=True, exist_ok=True)
    entry = apps / f"{APP_NAME}.desktop"
    entry.write_text(text, "utf-8")
    written = [entry, icon]
    if autostart:
        folder = _config_home() / "autostart"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / entry.name).write_text(text, "utf-8")
        written.append(folder / entry.name)
    return written
