"""Refresh the Qt Linguist files after UI strings change, then compile them.

    python tools/update_translations.py          # lupdate + lrelease
    python tools/update_translations.py --check  # exit 1 if anything would change

Translators then open translations/kiosk_tk.ts and kiosk_ru.ts in Qt Linguist
(pyside6-linguist), finish every message, and run this script again so the
.qm files match. tests/test_translations.py fails on unfinished messages and
on a .qm that does not match its .ts.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("tk", "ru")


def ui_sources() -> list[Path]:
    qml = sorted((ROOT / "kiosk" / "qml").rglob("*.qml"))
    markers = ("self.tr(", "translate(", "QT_TRANSLATE_NOOP(", "QT_TR_NOOP(")
    py = sorted(
        p for p in (ROOT / "kiosk").rglob("*.py") if any(m in p.read_text("utf-8") for m in markers)
    )
    return qml + py


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if not found:
        sys.exit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def lupdate(ts_files: list[Path]) -> None:
    subprocess.run(
        [
            tool("lupdate"),
            *map(str, ui_sources()),
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
            "-ts",
            *map(str, ts_files),
        ],
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            copies = [
                Path(shutil.copy(TRANSLATIONS / f"kiosk_{lang}.ts", tmp)) for lang in LANGUAGES
            ]
            lupdate(copies)
            changed = [
                c.name for c in copies if c.read_bytes() != (TRANSLATIONS / c.name).read_bytes()
            ]
        if changed:
            print("out of date:", ", ".join(changed))
            return 1
        return 0
    lupdate([TRANSLATIONS / f"kiosk_{lang}.ts" for lang in LANGUAGES])
    for lang in LANGUAGES:
        lrelease(TRANSLATIONS / f"kiosk_{lang}.ts", TRANSLATIONS / f"kiosk_{lang}.qm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
