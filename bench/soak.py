"""Soak: a seeded random visitor, 20,000 touch actions, memory and QObjects.

    python bench/soak.py [--actions 20000] [--seed 2025] [--warmup 2000]

Offscreen, real touch events, idle resets every 150 actions. Prints RSS and
the live QObject count as it goes and fails (exit 1) on more than 5 MB of
memory drift after warm-up, on any Qt/QML warning, or on an exception.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):  # never touch the real settings
    os.environ[var] = tempfile.mkdtemp(prefix="kiosk-soak-")

from PySide6.QtCore import QEventLoop, QTimer, QtMsgType, qInstallMessageHandler  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from helpers.soak import RandomVisitor  # noqa: E402

from kiosk.app import build_ui, get_app  # noqa: E402
from kiosk.ops.settings import Settings  # noqa: E402

MAX_DRIFT_KIB = 5 * 1024


class Waiter:
    """Lets the event loop run for a while. One loop and one timer for the
    whole run: a new QTimer.singleShot per wait would itself leave a little
    memory behind each time, and the soak would measure its own harness."""

    def __init__(self) -> None:
        self._loop = QEventLoop()
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._loop.quit)

    def wait(self, ms: int) -> None:
        self._timer.start(ms)
        self._loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--warmup", type=int, default=2000)
    args = parser.parse_args()

    warnings: list[str] = []

    def on_message(kind, context, message) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
            warnings.append(message)
            print("Qt:", message, file=sys.stderr)

    qInstallMessageHandler(on_message)
    get_app()
    ui = build_ui(None, None, screen=None, settings=Settings())
    ui.window.show()
    waiter = Waiter()
    waiter.wait(500)
    visitor = RandomVisitor(ui, waiter, seed=args.seed)
    start = time.monotonic()
    every = max(100, args.actions // 40)
    for done in range(0, args.actions, every):
        visitor.run(min(every, args.actions - done), sample_every=every)
        _, kib, objects = visitor.report.samples[-1]
        print(
            f"{visitor.report.actions:>6} actions  {kib / 1024:7.1f} MiB  {objects:>5} QObjects"
            f"  {time.monotonic() - start:6.0f} s",
            flush=True,
        )
    memory, objects = visitor.report.drift_after(args.warmup)
    print(
        f"after warm-up ({args.warmup} actions): memory {memory / 1024:+.1f} MiB, "
        f"QObjects {objects:+d}, warnings {len(warnings)}, resets {visitor.report.resets}"
    )
    ui.close()
    ok = memory <= MAX_DRIFT_KIB and not warnings
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
