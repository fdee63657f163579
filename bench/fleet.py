"""The fleet report for a year of a large fleet: 40 kiosks × 365 days.

    python bench/fleet.py [--runs 3] [--kiosks 40] [--days 365]

A synthetic fleet (tools/synthetic_fleet.py, seeded) is written once to a
temporary folder, then `kiosk fleet report` is run on it as the ministry
runs it, a whole process each time (Python's start, matplotlib's import,
some 15,000 files read, the charts drawn, the page written). The budget:
at most 5 s wall time. CPU time (user + system, from wait4) is shown beside
it: on a shared machine it varies far less than the wall time.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUDGET_S = 5.0
TOOL = Path(__file__).parents[1] / "tools" / "synthetic_fleet.py"


def _make_fleet():
    spec = importlib.util.spec_from_file_location("synthetic_fleet", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.make_fleet


def run_once(reports: Path, out: Path) -> tuple[float, float]:
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "fleet", "report", str(reports), "-o", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"kiosk fleet report failed: {proc.stderr.read().decode()[-2000:]}")
    proc.stderr.close()
    return wall, usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--kiosks", type=int, default=40)
    parser.add_argument("--days", type=int, default=365)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        reports = Path(tmp) / "reports"
        _make_fleet()(reports, kiosks=args.kiosks, days=args.days)
        files = sum(len(files) for _, _, files in os.walk(reports))
        out = Path(tmp) / "report.html"
        run_once(reports, out)  # the files into the page cache, as on a second look
        walls, cpus = [], []
        for _ in range(args.runs):
            wall, cpu = run_once(reports, out)
            walls.append(wall)
            cpus.append(cpu)
        size = out.stat().st_size
    wall = statistics.median(walls)
    print(f"{args.kiosks} kiosks × {args.days} days: {files} files; page {size / 1e6:.1f} MB")
    print(
        f"kiosk fleet report: median {wall:.2f} s wall ({min(walls):.2f}–{max(walls):.2f}), "
        f"{statistics.median(cpus):.2f} s CPU; budget {BUDGET_S:.0f} s"
    )
    ok = wall <= BUDGET_S
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
