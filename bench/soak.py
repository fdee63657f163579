"""Soak: a seeded random visitor, 20,000 touch actions, memory and QObjects.

    python bench/soak.py [--actions 20000] [--seed 2025] [--warmup 2000]
                         [--every 50] [--leak KIB] [--leak-qobject N] [--samples FILE]

Offscreen, real touch events, idle resets every 150 actions. Every --every
actions, at rest (garbage collected, free heap pages handed back), it samples
the heap in use (malloc's and Python's allocator's), resident memory and
live QObjects, and prints them as it goes. After warm-up it judges the
trend, as tests/test_soak.py does: the Theil–Sen slope between samples
taken with the same display choices on the same screen, per 1,000 actions,
in both halves of the run. --samples writes every sample out. It fails
(exit 1) on a slope over the bounds in tests/helpers/trend.py, on any Qt/QML
warning, or on an exception.
--leak makes the visitor keep KIB per action, --leak-qobject one QObject every
N actions: deliberate leaks, to see the check fail.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")  # as the tests render
for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):  # never touch the real settings
    os.environ[var] = tempfile.mkdtemp(prefix="kiosk-soak-")

from PySide6.QtCore import QEventLoop, QTimer, QtMsgType, qInstallMessageHandler  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from helpers.soak import RandomVisitor  # noqa: E402
from helpers.trend import (  # noqa: E402
    MAX_MEMORY_TREND_KIB,
    MAX_QOBJECT_TREND,
    MAX_RESIDENT_TREND_KIB,
)

from kiosk.app import build_ui, get_app  # noqa: E402
from kiosk.ops.settings import Settings  # noqa: E402


class Waiter:
    """Lets the event loop run for a while. One loop and one timer for the
    whole run: a new QTimer.singleShot per wait would itself leave a little
    memory behind each time (about 64 bytes in PySide6 6.11), and the soak
    would measure its own harness."""

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
    parser.add_argument("--every", type=int, default=50, help="sample every N actions")
    parser.add_argument("--leak", type=int, default=0, metavar="KIB", help="leak KIB per action")
    parser.add_argument(
        "--samples", type=Path, metavar="FILE", help="write every sample to FILE (JSON lines)"
    )
    parser.add_argument(
        "--leak-qobject", type=int, default=0, metavar="N", help="leak a QObject every N actions"
    )
    args = parser.parse_args()
    if args.warmup + 2 * args.every > args.actions:
        parser.error("--actions must leave room for samples after --warmup")

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
    visitor = RandomVisitor(
        ui, waiter, seed=args.seed, leak_kib=args.leak, leak_qobject_every=args.leak_qobject
    )
    start = time.monotonic()
    chunk = max(args.every, args.actions // 40 // args.every * args.every)
    while visitor.report.actions < args.actions:
        visitor.run(min(chunk, args.actions - visitor.report.actions), sample_every=args.every)
        last = visitor.report.samples[-1]
        print(
            f"{visitor.report.actions:>6} actions  {last.heap / 1024:7.1f} MiB in use"
            f"  {last.kib / 1024:7.1f} MiB resident"
            f"  {last.qobjects:>5} QObjects"
            f"  {time.monotonic() - start:6.0f} s",
            flush=True,
        )
    trend = visitor.report.trend_after(args.warmup)
    if args.samples:  # to study the statistic offline (tests/helpers/trend.py)
        with args.samples.open("w", encoding="utf-8") as out:
            for s in visitor.report.samples:
                out.write(json.dumps(s._asdict()) + "\n")
    after = [s for s in visitor.report.samples if s.action >= args.warmup]
    heap = [s.heap / 1024 for s in after]
    resident = [s.kib / 1024 for s in after]
    ui.close()
    print(
        f"after warm-up ({args.warmup} actions), per 1,000 actions (Theil–Sen, "
        f"{trend.samples} samples): heap in use {trend.memory_kib:+.0f} KiB "
        f"({min(heap):.1f}–{max(heap):.1f} MiB; bound {MAX_MEMORY_TREND_KIB}), "
        f"resident {trend.resident_kib:+.0f} KiB ({min(resident):.1f}–{max(resident):.1f} MiB; "
        f"bound {MAX_RESIDENT_TREND_KIB}), QObjects {trend.qobjects:+.1f} "
        f"(bound {MAX_QOBJECT_TREND}); warnings {len(warnings)}, resets {visitor.report.resets}"
    )
    ok = (
        trend.memory_kib <= MAX_MEMORY_TREND_KIB
        and trend.resident_kib <= MAX_RESIDENT_TREND_KIB
        and trend.qobjects <= MAX_QOBJECT_TREND
        and not warnings
    )
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
