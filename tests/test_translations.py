"""Qt Linguist files: complete for ru and tk, in step with the sources, compiled."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk import paths

REPO = Path(__file__).resolve().parent.parent
LANGUAGES = ("ru", "tk")
PLURAL_ONLY = ("en",)  # English holds just the plural forms of its own strings


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    assert found, f"pyside6-{name} is part of PySide6-Essentials"
    return found


@pytest.mark.parametrize("lang", LANGUAGES + PLURAL_ONLY)
def test_every_message_is_translated(lang: str):
    root = ET.parse(REPO / "translations" / f"kiosk_{lang}.ts").getroot()
    assert root.get("language", "").startswith(lang)
    messages = root.findall(".//message")
    assert messages, "no messages: lupdate has not been run"
    for message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None, source
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), (
            f"{lang}: '{source}' is {translation.get('type')}"
        )
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        for form in forms:
            assert form.strip(), f"{lang}: '{source}' has no translation"
            assert form != source or source.isdigit(), f"{lang}: '{source}' left as the source"
            if message.get("numerus") == "yes":
                assert "%n" in form, f"{lang}: '{form}' lost its number"


def test_ts_files_list_every_ui_string():
    """Fails when a qsTr() string was added or changed without running lupdate."""
    done = subprocess.run(
        [sys.executable, str(REPO / "tools" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("lang", LANGUAGES + PLURAL_ONLY)
def test_qm_matches_ts(lang: str, tmp_path: Path):
    fresh = tmp_path / f"kiosk_{lang}.qm"
    subprocess.run(
        [
            tool("lrelease"),
            "-silent",
            str(REPO / "translations" / f"kiosk_{lang}.ts"),
            "-qm",
            str(fresh),
        ],
        check=True,
    )
    committed = REPO / "translations" / f"kiosk_{lang}.qm"
    assert committed.read_bytes() == fresh.read_bytes(), "run tools/update_translations.py"
    # And the package that is installed carries that same file.
    assert paths.translation(f"kiosk_{lang}.qm").read_bytes() == fresh.read_bytes()
