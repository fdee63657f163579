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
visitor taps a "Start". A change's intervals run from the last frame before
the incoming page shows (opacity above 0.01) to the frame where it is fully
shown (opacity 1): every step a visitor sees, and the wait before the first
one. The frames before that show nothing new of the change; the time to the
change's first frame, and to the first that shows the page, are given apart,
as is the interval to the frame after the fade (when the page drops the
layer it faded as).
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
from helpers.visitor import find, walk_made  # noqa: E402

BUDGET = "p99 ≤ 20"
UNSEEN = 0.01  # a page at this opacity or below shows nothing (tests/helpers/visitor.py)


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def stats(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return statistics.median(ordered), p99


def attract_screen(window):
    return next(i for i in walk_made(window.contentItem()) if i.objectName() == "attractScreen")


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
    parser.add_argument(
        "--changes-only", action="store_true", help="only the screen changes, not the motion"
    )
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
    # The CPU time each frame's own work took (synchronising the scene,
    # drawing it, swapping; the process's, every thread): on a busy machine
    # the intervals also hold the waits for a CPU, this does not.
    work: dict[str, list[float]] = {}
    began = [0.0]

    def on_sync() -> None:
        began[0] = time.process_time()

    def on_frame() -> None:
        now = time.perf_counter()
        what = phase(screen, arcs)
        stamps.append((now, what))
        if began[0]:
            work.setdefault(what, []).append((time.process_time() - began[0]) * 1000)

    window.beforeSynchronizing.connect(on_sync)
    window.frameSwapped.connect(on_frame)

    def screen_change(action, incoming: str, into: dict[str, list[float]]) -> None:
        """One change, ``action`` (a Start, a reset), into ``into``: the time
        to its first frame, and to the first frame that shows the ``incoming``
        page; the intervals of its fade, from the last frame before the page
        shows (the frames before it show nothing new of the change) to the
        frame where it is fully shown; the interval to the frame after that,
        if the page had more to do then (shown apart); and the CPU time of
        the fade's frames."""
        # A hidden page is out of the window (Page.qml): found through what made it.
        page = next(i for i in walk_made(window.contentItem()) if i.objectName() == incoming)
        frames: list[tuple[float, float, float]] = []

        def on_change_frame() -> None:
            cpu = (time.process_time() - began[0]) * 1000 if began[0] else 0.0
            frames.append((time.perf_counter(), page.opacity(), cpu))

        window.frameSwapped.connect(on_change_frame)
        start = time.perf_counter()
        action()
        deadline = start + 10  # a busy machine: seconds, not milliseconds
        while time.perf_counter() < deadline and not any(f[1] == 1 for f in frames):
            wait(20)
        wait(200)  # the frame after the fade, if any
        window.frameSwapped.disconnect(on_change_frame)
        shown = next((n for n, (_, opacity, _) in enumerate(frames) if opacity == 1), None)
        if shown is None:
            raise SystemExit(f"{incoming} did not fade in within 10 s")
        seen = next(n for n, (_, opacity, _) in enumerate(frames) if opacity > UNSEEN)
        stamps = [t for t, _, _ in frames]
        into["first"].append((stamps[0] - start) * 1000)
        into["seen"].append((stamps[seen] - start) * 1000)
        fade = stamps[max(0, seen - 1) : shown + 1]
        into["fade"] += [(b - a) * 1000 for a, b in itertools.pairwise(fade)]
        into["work"] += [cpu for _, _, cpu in frames[max(1, seen) : shown + 1]]
        if shown + 1 < len(stamps):
            into["after"].append((stamps[shown + 1] - stamps[shown]) * 1000)

    # Into and out of the attract screen: a "Start" tapped (home fades in
    # over it, in that language), and the reset back to it.
    window.frameSwapped.disconnect(on_frame)
    kinds = ("first", "seen", "fade", "work", "after")
    to_home: dict[str, list[float]] = {kind: [] for kind in kinds}
    to_attract: dict[str, list[float]] = {kind: [] for kind in kinds}
    for i in range(args.cycles * 6):
        screen_change(lambda i=i: model.wake(("tk", "ru")[i % 2]), "homeScreen", to_home)
        screen_change(model.reset, "attractScreen", to_attract)
        wait(300)
    window.frameSwapped.connect(on_frame)

    # Whole cycles of the motion, from the start of one (just after a reset).
    stamps.clear()
    work.clear()
    if not args.changes_only:
        wait(cycle_ms * args.cycles)
    window.frameSwapped.disconnect(on_frame)

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
    if args.changes_only:
        rows = []
    rows.append(("screen change: home fading in after a Start", to_home["fade"]))
    rows.append(("screen change: the attract screen fading in after a reset", to_attract["fade"]))
    for name, values in rows:
        if not values:
            print(f"| {name} | 0 | — | — | {BUDGET} |")
            continue
        median, p99 = stats(values)
        print(f"| {name} | {len(values)} | {median:.1f} | {p99:.1f} | {BUDGET} |")
    for name, values in (
        ("a Start tapped: to the first frame (with its language switch)", to_home["first"]),
        ("a Start tapped: to the first frame that shows home", to_home["seen"]),
        ("a reset: to the first frame (back to the default language)", to_attract["first"]),
        ("a reset: to the first frame that shows the attract screen", to_attract["seen"]),
        ("after home's fade: to the next frame", to_home["after"]),
        ("after the attract screen's fade: to the next frame", to_attract["after"]),
    ):
        if not values:
            print(f"| {name} | 0 | — | — | — |")
            continue
        median, p99 = stats(values)
        print(f"| {name} | {len(values)} | {median:.1f} | {p99:.1f} | — |")
    print()
    print("| CPU time of one frame's work (ms) | frames | median | p99 |")
    print("| --- | ---: | ---: | ---: |")
    changes = [("screen changes: the fade's frames", to_home["work"] + to_attract["work"])]
    for name, values in [*sorted(work.items()), *changes]:
        median, p99 = stats(values)
        print(f"| {name} | {len(values)} | {median:.1f} | {p99:.1f} |")
    ui.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
