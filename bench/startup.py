"""Cold start and peak memory: the kiosk against an empty Qt Quick window.

    python bench/startup.py [--runs 7]

All are whole processes started the same way (python …), offscreen at
1920x1080. The empty window and the kiosk itself (`python -m kiosk
--windowed`, with settings and counts in a fresh folder) are timed from
spawn to the moment they report their first frame on stderr, and killed
there; `kiosk shot --screen home` from spawn to its exit after the PNG is
written. Peak RSS comes from the kernel (wait4). The budgets: cold start
<= 2x the empty window, peak memory <= 1.6x.

Each kiosk run has settings, data and state folders of its own: the kiosk
counts its starts there, and more than 5 in 10 minutes is a restart loop,
whose start writes a health report before the window (kiosk/ops/health_run.py):
shared folders made runs 6 to 9 measure that, not a start. The cache folder
is shared: the first run fills Qt's QML disk cache, as an installed kiosk's
first start does.

The CPU time each process used (user + system, also from wait4) is shown
beside its wall time: on a machine shared with other work the wall times
of a few runs vary by a third, while the CPU time holds within a few per
cent, so it shows what a change does; the budget is the wall time.
Run it with `nice -n -19` on a shared machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EMPTY_WINDOW = """
import sys
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow  # noqa: F401 (types the root object)
app = QGuiApplication(sys.argv)
engine = QQmlApplicationEngine()
engine.loadData(b"import QtQuick\\nWindow { width: 1920; height: 1080; color: 'white' }")
window = engine.rootObjects()[0]
def first_frame():
    print("first frame on screen", file=sys.stderr, flush=True)
window.frameSwapped.connect(first_frame)
window.show()
app.exec()
"""
FIRST_FRAME = b"first frame on screen"


Measured = tuple[float, float, float]  # wall seconds, CPU seconds, peak RSS MiB


def run(cmd: list[str], env: dict[str, str]) -> Measured:
    """Seconds from spawn to exit, the CPU seconds used, and peak RSS in MiB."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{cmd} exited with {proc.returncode}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def run_to_first_frame(cmd: list[str], env: dict[str, str]) -> Measured:
    """Seconds from spawn to the first frame reported on stderr, and the CPU
    seconds and peak RSS in MiB up to then (the process is killed at once)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    for line in proc.stderr:
        if FIRST_FRAME in line:
            break
    else:
        raise SystemExit(f"{cmd} ended without a first frame")
    elapsed = time.perf_counter() - start
    proc.kill()
    _, _, usage = os.wait4(proc.pid, 0)
    proc.returncode = -9
    proc.stderr.close()
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def fresh_folders(env: dict[str, str], folder: Path) -> dict[str, str]:
    """``env`` with settings, data and state folders no run used before."""
    return env | {
        f"XDG_{name}_HOME": str(folder / name.lower()) for name in ("CONFIG", "DATA", "STATE")
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        png = str(Path(tmp) / "x.png")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(Path(tmp) / "cache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed kiosk's modules are compiled
        to_first_frame = {
            "empty Qt Quick window": [sys.executable, "-c", EMPTY_WINDOW],
            "kiosk --windowed (to its first frame)": [
                sys.executable, "-m", "kiosk", "--windowed", "--size", "1920x1080",
            ],
        }  # fmt: skip
        cases = {
            **to_first_frame,
            "kiosk shot --screen home (to the PNG written)": [
                sys.executable,
                "-m",
                "kiosk",
                "shot",
                "--screen",
                "home",
                "-o",
                png,
            ],
        }
        results: dict[str, list[Measured]] = {name: [] for name in cases}
        for n in range(args.runs):  # interleaved, so both see the same machine
            for name, cmd in cases.items():
                measure = run_to_first_frame if name in to_first_frame else run
                results[name].append(measure(cmd, fresh_folders(env, Path(tmp) / f"{n}-{name}")))
    floor = [statistics.median(r[i] for r in results["empty Qt Quick window"]) for i in range(3)]
    print(
        f"| what (median of {args.runs}) | seconds | x floor | CPU seconds | x floor "
        "| peak RSS MiB | x floor |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, rows in results.items():
        t, cpu, m = (statistics.median(r[i] for r in rows) for i in range(3))
        print(
            f"| {name} | {t:.2f} | {t / floor[0]:.2f} | {cpu:.3f} | {cpu / floor[1]:.2f} "
            f"| {m:.0f} | {m / floor[2]:.2f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
