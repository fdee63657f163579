"""Does the attract screen flash? Its light sampled over whole motion cycles.

    python bench/attract_flashes.py [--cycles 1] [--size 1920x1080] [--high-contrast]

WCAG 2.3.1 (three flashes): nothing on screen may flash more than three
times in any one second. A flash is a pair of opposite changes in relative
luminance of 10 % or more. Offscreen, the running attract screen is grabbed
every 50 ms; each grab is cut into tiles of about the area WCAG counts (a
quarter of 10 degrees of vision: 1/24 of a 1080p screen seen from a metre),
and each tile's mean relative luminance is followed (tests/helpers/luminance.py).
Printed: the most
changes of 10 % any tile made within one second, and the flashes that makes.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):  # never touch the real settings
    os.environ[var] = tempfile.mkdtemp(prefix="kiosk-bench-")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from kiosk.app import build_ui, get_app  # noqa: E402
from kiosk.ops.settings import Settings  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from helpers.luminance import (  # noqa: E402
    COLUMNS,
    ROWS,
    changes,
    most_in_a_second,
    tile_luminance,
)

SAMPLE_MS = 50


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=1, help="motion cycles (about 16 s each)")
    parser.add_argument("--size", default="1920x1080", help="window size, WxH")
    parser.add_argument("--high-contrast", action="store_true")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    get_app()
    ui = build_ui(
        None,
        "en",
        (width, height),
        screen=None,
        settings=Settings(),
        high_contrast=args.high_contrast,
    )
    window = ui.window
    window.show()
    wait(1500)
    samples: list[tuple[float, list[float]]] = []
    end = time.perf_counter() + 16.5 * args.cycles
    while time.perf_counter() < end:
        samples.append((time.perf_counter(), tile_luminance(window.grabWindow())))
        wait(SAMPLE_MS)
    worst = 0
    for tile in range(COLUMNS * ROWS):
        series = [(when, values[tile]) for when, values in samples]
        worst = max(worst, most_in_a_second(changes(series)))
    spread = max(max(v) - min(v) for v in zip(*(values for _, values in samples), strict=True))
    print(f"{len(samples)} samples over {samples[-1][0] - samples[0][0]:.1f} s, {width}×{height}")
    print(f"largest change of a tile's luminance: {spread:.3f} (WCAG counts 0.100)")
    print(f"most changes of 0.1 in one second, any tile: {worst} ({worst / 2:.1f} flashes; ≤ 3)")
    ui.close()
    return 0 if worst / 2 <= 3 else 1


if __name__ == "__main__":
    sys.exit(main())
