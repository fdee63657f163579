"""The attract screen's motion: frame intervals on the software renderer.

    python bench/attract.py [--cycles 2] [--size 1920x1080]

In one process, offscreen, on Qt Quick's software renderer (as a PC without
a working GPU draws it), the attract screen runs its motion for whole
cycles: the finished picture with Ashgabat's ring breathing and the topics
taking turns, the arcs and numbers fading away, the arcs drawn again one
after another while the figures count up. Every interval between two
rendered frames (QQuickWindow.frameSwapped) is kept, and told apart by what
was moving then. The budget: p99 <= 20 ms for each.

Also measured: the screen changes into and out of it: the attract screen
fading in after a reset (between visitors), and home fading in when a
visitor taps a "Start".
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):  # never touch the real settings
    os.environ[var] = tempfile.mkdtemp(prefix="kiosk-bench-")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtQuick import QSGRendererInterface  # noqa: E402

from kiosk.app import build_ui, get_app  # noqa: E402
from kiosk.ops.settings import Settings  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from helpers.visitor import find, walk  # noqa: E402

BUDGET = "p99 ≤ 20"


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def stats(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return statistics.median(ordered), p99


def attract_screen(window):
    return next(i for i in walk(window.contentItem()) if i.objectName() == "attractScreen")


def phase(screen, arcs: int) -> str:
    """What the motion was doing when a frame was drawn."""
    if screen.property("reveal") < arcs:
        return "arcs drawn one by one, figures counting"
    if screen.property("fade") < 1:
        return "arcs and numbers fading away"
    return "still picture: ring breathing, topics turning"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=2, help="motion cycles (about 16 s each)")
    parser.add_argument("--size", default="1920x1080", help="window size, WxH")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    get_app()
    ui = build_ui(None, "en", (width, height), screen=None, settings=Settings())
    window, model = ui.window, ui.model
    window.show()
    wait(1500)  # first frame, then the map read after it: the world fades in
    api = window.rendererInterface().graphicsApi()
    renderer = "software" if api == QSGRendererInterface.GraphicsApi.Software else str(api)

    screen = attract_screen(window)
    arcs = find(window, "attractWorldView").property("arcCount")
    # One cycle (AttractScreen.qml): the still picture, the fade, a pause,
    # and each arc drawn in turn.
    cycle_ms = 6000 + 1600 + 600 + 900 * arcs

    stamps: list[tuple[float, str]] = []

    def on_frame() -> None:
        stamps.append((time.perf_counter(), phase(screen, arcs)))

    window.frameSwapped.connect(on_frame)
    # From the start of a cycle (a reset starts the screen afresh).
    model.wake()
    wait(600)
    stamps.clear()
    model.reset()
    wait(400)  # the screen change (measured on its own below)
    change = [(b[0] - a[0]) * 1000 for a, b in itertools.pairwise(stamps)]
    stamps.clear()
    wait(cycle_ms * args.cycles)
    motion_stamps = list(stamps)
    # Leaving it: a "Start" tapped, home fading in over the attract screen.
    leave: list[float] = []
    for _ in range(args.cycles * 3):
        stamps.clear()
        model.wake("ru")
        wait(400)
        leave += [(b[0] - a[0]) * 1000 for a, b in itertools.pairwise(stamps)]
        model.reset()
        wait(600)
    window.frameSwapped.disconnect(on_frame)
    stamps = motion_stamps

    by_phase: dict[str, list[float]] = {}
    for (a, _), (b, what) in itertools.pairwise(stamps):
        by_phase.setdefault(what, []).append((b - a) * 1000)
    every = [v for values in by_phase.values() for v in values]

    print(
        f"| attract motion (ms, {args.cycles} cycles, {width}×{height}, {renderer} renderer,"
        f" {arcs} arcs) | frames | median | p99 | budget |"
    )
    print("| --- | ---: | ---: | ---: | --- |")
    rows = [*sorted(by_phase.items()), ("every frame of the motion", every)]
    rows.append(("attract screen fading in after a reset", change))
    rows.append(("a Start tapped: home fading in over it", leave))
    for name, values in rows:
        if not values:
            print(f"| {name} | 0 | — | — | {BUDGET} |")
            continue
        median, p99 = stats(values)
        print(f"| {name} | {len(values)} | {median:.1f} | {p99:.1f} | {BUDGET} |")
    ui.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
