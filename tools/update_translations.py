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
# English is the source language; its file holds only plural forms
# ("1 second", "20 seconds"), the Qt way (lupdate -pluralonly).
PLURAL_ONLY = ("en",)


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


def lupdate(ts_files: list[Path], plural_only: bool = False) -> None:
    subprocess.run(
        [
            tool("lupdate"),
            *map(str, ui_sources()),
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
            *(["-pluralonly"] if plural_only else []),
            "-ts",
            *map(str, ts_files),
        ],
        check=True,
    )


def ts_file(lang: str) -> Path:
    return TRANSLATIONS / f"kiosk_{lang}.ts"


def update(files: dict[str, Path]) -> None:
    lupdate([files[lang] for lang in LANGUAGES])
    lupdate([files[lang] for lang in PLURAL_ONLY], plural_only=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    every = (*LANGUAGES, *PLURAL_ONLY)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            copies = {lang: Path(shutil.copy(ts_file(lang), tmp)) for lang in every}
            update(copies)
            changed = [
                c.name
                for c in copies.values()
                if c.read_bytes() != ts_file(c.stem[6:]).read_bytes()
            ]
        if changed:
            print("out of date:", ", ".join(changed))
            return 1
        return 0
    update({lang: ts_file(lang) for lang in every})
    for lang in every:
        lrelease(ts_file(lang), TRANSLATIONS / f"kiosk_{lang}.qm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
