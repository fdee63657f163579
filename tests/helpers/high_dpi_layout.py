"""The layout check at a device pixel ratio of 2, in a process of its own
(Qt reads QT_SCALE_FACTOR once, when the application starts).

    QT_SCALE_FACTOR=2 python tests/helpers/high_dpi_layout.py

Prints one line per problem (and per Qt warning) and exits 1 if there are
any; tests/ui/test_high_dpi.py runs it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/, for helpers

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtTest import QTest

from helpers.layout import layout_problems
from helpers.visitor import open_screen, walk
from kiosk import paths
from kiosk.app import build_ui, get_app, load_fonts
from kiosk.content import load_content

PAGES = {
    "home": "homeScreen",
    "section": "sectionScreen",
    "contacts": "contactsScreen",
    "map": "mapScreen",
    "attract": "attractScreen",
}


def settle(window, screen: str) -> None:
    """The screen shown whole, and the one it replaced gone: on a loaded
    machine the outgoing page's fade could still be running when the new
    one's had ended, and the check saw both at once."""
    name = PAGES[screen.split("/")[0]]
    for _ in range(300):
        QTest.qWait(10)
        pages = {
            i.objectName(): i
            for i in walk(window.contentItem())
            if i.objectName() in PAGES.values()
        }
        others = [p for n, p in pages.items() if n != name and p.isVisible() and p.opacity() > 0]
        if name in pages and pages[name].opacity() == 1 and not others:
            break
    QTest.qWait(30)


def dark_share(window) -> float:
    """The share of the window's picture that is near black (sampled)."""
    image = window.grabWindow()
    step = max(8, image.width() // 120)
    seen = dark = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colour = image.pixelColor(x, y)
            seen += 1
            dark += colour.red() < 24 and colour.green() < 24 and colour.blue() < 24
    return dark / seen


def fade_problems(ui) -> list[str]:
    """Every frame of a few screen changes, looked at: none is black. Qt's
    software renderer draws a layer black at this ratio, and a page fading
    in its layer flashed black (Theme.layers)."""
    problems = []
    for screen in ("contacts", "map", "section/neutrality", "home"):
        open_screen(ui.model, screen)
        for _ in range(25):
            QTest.qWait(16)
            if (share := dark_share(ui.window)) > 0.2:
                problems.append(f"changing to {screen}: a frame {share:.0%} black")
                break
        settle(ui.window, screen)
    return problems


def main() -> int:
    warnings: list[str] = []

    def on_message(kind, _context, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
            warnings.append(message)

    qInstallMessageHandler(on_message)
    app = get_app()
    load_fonts(app)
    content = load_content(paths.default_content_dir()).content
    screens = (
        ["attract", "home", "contacts", "map"]
        + [f"section/{s.id}" for s in content.sections]
        + [f"map/{r.id}" for r in content.regions]
    )
    problems: list[str] = []
    for large in (False, True):
        # The screens are opened through the model, not by touch: on a loaded
        # machine the check outlasted the real idle countdown, whose warning
        # then lay over the screen being checked.
        ui = build_ui(
            None, "en", (1920, 1080), screen="home", large_text=large, idle_timeout_s=3600
        )
        ui.window.show()
        QTest.qWait(300)
        ratio = ui.window.devicePixelRatio()
        if ratio != 2:
            problems.append(f"device pixel ratio is {ratio}, not 2")
        if not large:
            problems += fade_problems(ui)
        for lang in ("tk", "ru", "en"):
            for screen in screens:
                open_screen(ui.model, screen)
                if screen == "attract":  # a reset: the visit starts afresh
                    ui.model.setLanguage(lang)
                    ui.model.display.setLargeText(large)
                settle(ui.window, screen)
                where = f"{'large ' if large else ''}{lang} {screen}"
                problems += [f"{where}: {p}" for p in layout_problems(ui.window.contentItem())]
        ui.close()
    problems = list(dict.fromkeys(problems)) + [f"Qt: {w}" for w in warnings]
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
