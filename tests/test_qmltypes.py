"""The QML tools know the Python types: each Python QML module (Kiosk.Models,
Kiosk.Ops, Kiosk.Views) has a qmldir and a .qmltypes generated from the
classes as they are now, and the installed package carries them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import paths

REPO = Path(__file__).resolve().parent.parent
MODULES = {"Models": "models.qmltypes", "Ops": "ops.qmltypes", "Views": "views.qmltypes"}


def test_qmltypes_match_the_python_types():
    """Fails when a QML-registered class changed (a property, a signal, a
    slot, an enum) without running tools/build_qmltypes.py."""
    done = subprocess.run(
        [sys.executable, str(REPO / "tools" / "build_qmltypes.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("name", MODULES)
def test_the_installed_package_carries_them(name: str):
    for file in ("qmldir", MODULES[name]):
        committed = REPO / "kiosk" / "qml" / "Kiosk" / name / file
        assert paths.qml("Kiosk", name, file).read_bytes() == committed.read_bytes(), file


def test_every_registered_type_is_described():
    """The types QML uses by name are all in a qmltypes file."""
    described = "".join(
        paths.qml("Kiosk", name, file).read_text("utf-8") for name, file in MODULES.items()
    )
    for name in (
        "KioskModel", "MapModel", "DisplayPrefs", "SectionReader", "ContactCardsModel",
        "Screens", "IdleMonitor", "StaffAccess", "StaffPanel", "WorldMapCanvas",
    ):  # fmt: skip
        assert f'name: "{name}"' in described, name
