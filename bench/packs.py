"""Content packs: making, verifying and installing a 1 MB content folder,
and what an installed pack costs the kiosk's start.

    python bench/packs.py [--runs 7]

The folder: the packaged content plus copies of its source page under
``attachments/`` (files the kiosk does not read, but a pack carries and
checks like any other) up to 1 MiB. Timed in this process, median of the
runs: `kiosk pack` (tar, gzip, hashes, signature), verifying alone (the
signature and the payload's hash) and `kiosk install` as a whole (verify,
unpack with limits, every file's hash, the full validation, the switch).
The budget: install <= 2 s.

Start-up: the kiosk to its first frame (bench/startup.py's measure), with
the same content given as a folder (--content) and as the installed pack
(no --content: it reads ``current``), interleaved. The budget: no
difference beyond the noise between runs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import run_to_first_frame

from kiosk.packs.build import make_pack
from kiosk.packs.install import install_pack
from kiosk.packs.keys import (
    load_public,
    load_secret,
    new_keys,
)
from kiosk.packs.verify import open_pack, verify
from kiosk.paths import default_content_dir

SIZE = 1024 * 1024


def one_mebibyte_folder(target: Path) -> int:
    shutil.copytree(default_content_dir(), target)
    page = (target / "source" / "page.txt").read_bytes()
    attachments = target / "attachments"
    attachments.mkdir()
    total, n = sum(p.stat().st_size for p in target.rglob("*") if p.is_file()), 0
    while total < SIZE:
        chunk = page[: SIZE - total]
        (attachments / f"page-{n:03d}.txt").write_bytes(chunk)
        total, n = total + len(chunk), n + 1
    return total


def median_ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        size = one_mebibyte_folder(tmp / "content")
        secret_path, public_path = new_keys(tmp / "keys", "Bench")
        secret, public = load_secret(secret_path), load_public(public_path)
        times: dict[str, list[float]] = {"pack": [], "verify": [], "install": []}
        for i in range(args.runs):
            out = tmp / f"{i}.kpack"
            start = time.perf_counter()
            make_pack(tmp / "content", secret, out, version=str(i + 1))
            times["pack"].append(time.perf_counter() - start)
            start = time.perf_counter()
            with open_pack(out) as file:
                verify(file, out, [public])
            times["verify"].append(time.perf_counter() - start)
            start = time.perf_counter()
            install_pack(out, data_dir=tmp / "data", trusted=[public_path])
            times["install"].append(time.perf_counter() - start)
        pack_bytes = (tmp / "0.kpack").stat().st_size
        print(f"content folder: {size} bytes, pack: {pack_bytes} bytes")
        print(f"| step (median of {args.runs}) | ms |")
        print("| --- | ---: |")
        for name, values in times.items():
            print(f"| {name} | {median_ms(values)} |")
        verdict = "within" if statistics.median(times["install"]) <= 2 else "OVER"
        print(f"install: {verdict} the 2 s budget")

        # Start-up: the same content as a folder and as the installed pack.
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        for name in ("CONFIG", "CACHE", "STATE"):
            env[f"XDG_{name}_HOME"] = str(tmp / name.lower())
        env["XDG_DATA_HOME"] = str(tmp / "xdg-data")
        data = tmp / "xdg-data" / "tm-foreign-policy-kiosk"
        install_pack(tmp / "0.kpack", data_dir=data, trusted=[public_path])
        kiosk = [sys.executable, "-m", "kiosk", "--windowed", "--size", "1920x1080"]
        cases = {
            "--content FOLDER": [*kiosk, "--content", str(tmp / "content")],
            "installed pack (current)": kiosk,
        }
        results: dict[str, list[tuple[float, float, float]]] = {n: [] for n in cases}
        for _ in range(args.runs):  # interleaved: both see the same machine
            for name, cmd in cases.items():
                results[name].append(run_to_first_frame(cmd, env))
        print(f"\n| kiosk to its first frame (median of {args.runs}) | seconds | CPU seconds |")
        print("| --- | ---: | ---: |")
        for name, rows in results.items():
            wall = statistics.median(r[0] for r in rows)
            cpu = statistics.median(r[1] for r in rows)
            print(f"| {name} | {wall:.2f} | {cpu:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
