"""The kiosk's phone numbers: checked by libphonenumber once the first frame
is on screen, never before it (the library is not on the start-up path);
a wrong number never reaches a card or a QR code, and staff see why."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.cli import UNMEASURED
from helpers.dated import AT
from helpers.visitor import find_all, open_screen, visible_texts, wait_screen

WRONG = """\
organizations:
  - id: mfa
    name: {tk: Ministrlik, ru: Министерство, en: Ministry}
    entries:
      - type: phone
        number: +993 (12) 44-56-92
      - type: reception
        number: +993 12 44-56-9
      - type: fax
        number: +993 (12) 44-56-922
"""


def test_a_wrong_number_found_after_the_first_frame_is_left_out(
    make_ui, qtbot, content_copy: Path
):
    contacts = content_copy / "contacts.yaml"
    contacts.write_text(WRONG, "utf-8")
    ui = make_ui(content_dir=content_copy, lang="en", screen=None)
    # After the first frame: the cards hold only the valid number, shown in
    # the international format, and the staff panel says what was left out.
    qtbot.waitUntil(lambda: len(ui.model.contacts.items[0].entries) == 1, timeout=10_000)
    (entry,) = ui.model.contacts.items[0].entries
    assert (entry.kind, entry.value, entry.display) == ("phone", "+99312445692", "+993 12 44-56-92")
    report = ui.ops.panel.property("contentReport")
    assert f"{contacts}:8: error: organizations[0].entries[1].number: '+993 12 44-56-9' has " in (
        "\n".join(report)
    )
    assert any(line.startswith(f"{contacts}:10: error: ") for line in report)
    assert open_screen(ui.model, "contacts")
    wait_screen(qtbot, ui.window, "contactsScreen")
    texts = visible_texts(ui.window)
    assert "+993 12 44-56-92" in texts
    assert not [t for t in texts if "44-56-9" in t and t != "+993 12 44-56-92"]
    assert [i.objectName() for i in find_all(ui.window, "entry_mfa_")] == ["entry_mfa_phone"]


# Builds the running kiosk's window (content read, QML loaded, first frame
# drawn), then says whether the phone library was imported for it.
FIRST_FRAME = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from kiosk.app import build_ui, get_app
from PySide6.QtCore import QEventLoop, QTimer
app = get_app()
ui = build_ui(sys.argv[1] if len(sys.argv) > 1 else None, "en")
loop = QEventLoop()
ui.window.frameSwapped.connect(loop.quit)
QTimer.singleShot(10_000, loop.quit)
ui.window.show()
loop.exec()
print("before", "phonenumbers" in sys.modules)
QTimer.singleShot(500, loop.quit)  # after the first frame: the prewarm checks them
loop.exec()
print("after", "phonenumbers" in sys.modules)
ui.close()
"""


@pytest.mark.subprocess
def test_the_phone_library_is_not_on_the_start_up_path(tmp_path: Path):
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, **env, **UNMEASURED},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split() == ["before", "False", "after", "True"], done.stdout


@pytest.mark.subprocess
@pytest.mark.parametrize(("screen", "imported"), [("home", False), ("contacts", True)])
def test_a_picture_loads_it_only_for_the_contacts(tmp_path: Path, screen: str, imported: bool):
    """`kiosk shot` (the start-up benchmark's command) as -X importtime sees it."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "kiosk", "shot", "--screen", screen,
         "-o", str(tmp_path / "x.png"), *AT],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **UNMEASURED},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert ("| phonenumbers\n" in done.stderr) == imported
