"""qmllint finds nothing in the QML module Kiosk.

Run as a developer would, from kiosk/qml (the import path, where Kiosk.Models,
Kiosk.Ops and Kiosk.Views resolve through their generated qmltypes):

    cd kiosk/qml && pyside6-qmllint -I . Kiosk/*.qml

A warning is a fault a visitor may meet at run time (a name that resolves to
another object than meant, a property that does not exist, a type QML does not
know), so any warning fails, with qmllint's own words, file and line.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QML_ROOT = REPO / "kiosk" / "qml"
MODULE = QML_ROOT / "Kiosk"
# qmllint's levels: an "info" only explains a warning or suggests (it does
# not change qmllint's exit status); everything else is a finding.
EXPLANATIONS = {"info"}


def qmllint() -> str:
    found = shutil.which("pyside6-qmllint", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-qmllint"
    )
    assert found, "pyside6-qmllint comes with PySide6-Essentials"
    return found


def module_files() -> list[str]:
    """Every QML file of the module, relative to the import path."""
    return sorted(path.relative_to(QML_ROOT).as_posix() for path in MODULE.rglob("*.qml"))


def lint(files: list[str]) -> dict:
    done = subprocess.run(
        [qmllint(), "-I", ".", "--json", "-", *files],
        cwd=QML_ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.stdout.strip(), f"qmllint said nothing (exit {done.returncode}): {done.stderr}"
    return json.loads(done.stdout)


def findings(report: dict) -> list[str]:
    """``FILE:LINE:COLUMN: level: message [category]``, with qmllint's advice."""
    lines = []
    for checked in report["files"]:
        for found in checked["warnings"]:
            if found["type"] in EXPLANATIONS:
                continue
            where = f"{checked['filename']}:{found.get('line', 0)}:{found.get('column', 0)}"
            line = f"{where}: {found['type']}: {found['message']} [{found.get('id', '?')}]"
            advice = [s["message"] for s in found.get("suggestions", []) if s.get("message")]
            lines.append(line + "".join(f"\n    {a}" for a in advice))
    return lines


def test_the_module_has_no_qmllint_warnings():
    files = module_files()
    assert len(files) > 20 and "Kiosk/Main.qml" in files  # the module, not an empty glob
    report = lint(files)
    assert sorted(f["filename"] for f in report["files"]) == files, "every file was checked"
    problems = findings(report)
    assert not problems, f"qmllint: {len(problems)} warning(s)\n" + "\n".join(problems)
    failed = [f["filename"] for f in report["files"] if not f["success"]]
    assert not failed, f"qmllint could not check {failed}"
