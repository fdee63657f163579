"""Soak: a seeded random visitor, 20,000 touch actions, memory and QObjects.

    python bench/soak.py [--actions 20000] [--seed 2025] [--warmup 2000]
                         [--every 50] [--leak KIB] [--leak-qobject N]

Offscreen, real touch events, idle resets every 150 actions. Samples settled
resident memory (garbage collected, free heap pages handed back) and live
QObjects every --every actions and prints them as it goes. After warm-up it
judges the trend, as tests/test_soak.py does: the Theil–Sen slope between
samples taken with the same display choices, per 1,000 actions. It fails
(exit 1) on a slope over the bounds in tests/helpers/trend.py, on any Qt/QML
warning, or on an exception.
--leak makes the visitor keep KIB per action, --leak-qobject one QObject every
N actions: deliberate leaks, to see the check fail.
"""

from __future__ import annotations

import argparse
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
from helpers.trend import MAX_MEMORY_TREND_KIB, MAX_QOBJECT_TREND  # noqa: E402

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
            f"{visitor.report.actions:>6} actions  {last.kib / 1024:7.1f} MiB"
            f"  {last.qobjects:>5} QObjects"
            f"  {time.monotonic() - start:6.0f} s",
            flush=True,
        )
    trend = visitor.report.trend_after(args.warmup)
    after = [s.kib / 1024 for s in visitor.report.samples if s.action >= args.warmup]
    ui.close()
    print(
        f"after warm-up ({args.warmup} actions): memory {trend.memory_kib:+.0f} KiB per 1,000 "
        f"actions (Theil–Sen, {trend.samples} samples, {min(after):.1f}–{max(after):.1f} MiB; "
        f"bound {MAX_MEMORY_TREND_KIB}), QObjects {trend.qobjects:+.1f} per 1,000 actions "
        f"(bound {MAX_QOBJECT_TREND}), warnings {len(warnings)}, resets {visitor.report.resets}"
    )
    ok = (
        trend.memory_kib <= MAX_MEMORY_TREND_KIB
        and trend.qobjects <= MAX_QOBJECT_TREND
        and not warnings
    )
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
