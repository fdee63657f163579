"""A synthetic fleet of kiosks' reports folders, for the fleet report's
tests and bench/fleet.py: the folders Syncthing would deliver, one per kiosk.

    python tools/synthetic_fleet.py OUT_DIR [--kiosks 40] [--days 365] [--seed 1]

Seeded: the same arguments make the same files, byte for byte. Each kiosk
belongs to a mission (several kiosks to some), counts visitors with a weekly
rhythm, and writes status.json and one usage CSV a day, as
kiosk.ops.health_report does. With ``faults`` (the default), a few kiosks
are stale, one is in a restart loop and a few files are damaged, so that the
page's warnings have something to show. Names are made up ("Mission 03").
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

END = dt.date(2026, 11, 29)
TOPICS = (
    "foundations",
    "objectives",
    "neutrality",
    "partnerships",
    "central-asia",
    "energy-transit",
    "world-regions",
    "organizations",
)
LANGUAGES = ("tk", "ru", "en")
SCREENS = ("home", "section", "map", "contacts")
WEEKDAY_RHYTHM = (1.0, 1.1, 1.1, 1.0, 0.9, 0.35, 0.2)  # Monday … Sunday: missions close at weekends


def make_fleet(
    out: Path,
    *,
    kiosks: int = 40,
    days: int = 365,
    seed: int = 1,
    end: dt.date = END,
    faults: bool = True,
) -> list[Path]:
    """Writes ``kiosks`` folders under ``out``; returns them."""
    rng = random.Random(seed)
    missions = max(1, round(kiosks / 3))
    folders = []
    topic_weights = [rng.uniform(0.4, 1.6) for _ in TOPICS]
    for number in range(1, kiosks + 1):
        name = f"kiosk-{number:02d}"
        mission = f"Mission {(number - 1) % missions + 1:02d}"
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        folders.append(folder)
        scale = rng.uniform(15, 90)  # visits on an ordinary weekday
        languages = _language_mix(rng)
        stale_days = 0
        if faults and number in (7, 23):
            stale_days = 3 + number % 5  # stopped reporting days ago
        last_day = end - dt.timedelta(days=stale_days)
        for back in range(days - 1, -1, -1):
            day = end - dt.timedelta(days=back)
            if day > last_day:
                break
            visits = max(0, round(rng.gauss(scale * WEEKDAY_RHYTHM[day.weekday()], scale / 6)))
            _write_day(folder, day, visits, rng, languages, topic_weights)
        looping = faults and number == 12
        seen = dt.datetime.combine(last_day, dt.time(17, 45)).replace(tzinfo=dt.timezone.utc)
        status = {
            "schema": 1,
            "kiosk": name,
            "mission": mission,
            "version": "0.1.0",
            "written_at": seen.isoformat(),
            "started_at": (seen - dt.timedelta(hours=9 if not looping else 0.05)).isoformat(),
            "uptime_s": 180 if looping else 9 * 3600,
            "last_frame_at": seen.isoformat(),
            "watchdog": True,
            "starts_total": 412 if looping else rng.randint(20, 60),
            "starts_last_10_min": 8 if looping else 0,
            "starts_last_24_h": 300 if looping else 1,
            "restart_loop": looping,
            "problems": [],
            "problem_count": 0,
        }
        (folder / "status.json").write_text(json.dumps(status, indent=1) + "\n", "utf-8")
        (folder / "log-tail.txt").write_text(f"INFO kiosk.process: {name} running\n", "utf-8")
    if faults and kiosks >= 30:
        _damage(out)
    return folders


def _language_mix(rng: random.Random) -> list[float]:
    mix = [rng.uniform(0.2, 1.0), rng.uniform(0.3, 1.2), rng.uniform(0.4, 1.4)]
    total = sum(mix)
    return [m / total for m in mix]


def _write_day(
    folder: Path,
    day: dt.date,
    visits: int,
    rng: random.Random,
    languages: list[float],
    topic_weights: list[float],
) -> None:
    """The day's counts as a kiosk exports them: each visit ends back on the
    attract screen; topics and languages as visitors chose them."""
    iso = day.isoformat()
    rows = [(iso, "screen", "attract", visits + 1)]
    if visits:
        rows.append((iso, "screen", "home", visits + visits // 3))
        for screen in SCREENS[1:]:
            rows.append((iso, "screen", screen, round(visits * rng.uniform(0.2, 0.9))))
        for lang, share in zip(LANGUAGES, languages, strict=True):
            n = round(visits * share * rng.uniform(0.8, 1.2))
            if n:
                rows.append((iso, "language", lang, n))
        for topic, weight in zip(TOPICS, topic_weights, strict=True):
            n = round(visits * 0.25 * weight * rng.uniform(0.6, 1.4))
            if n:
                rows.append((iso, "section", topic, n))
        if rng.random() < 0.3:
            rows.append((iso, "display", "large-text", rng.randint(1, 3)))
    lines = ["day,kind,key,count", *(f"{d},{k},{key},{n}" for d, k, key, n in sorted(rows))]
    (folder / f"usage-{iso}.csv").write_text("\n".join(lines) + "\n", "utf-8")


def _damage(out: Path) -> None:
    """What a real fleet delivers now and then."""
    (out / "kiosk-31" / "status.json").write_text('{"kiosk": "kiosk-31", "written_at": ', "utf-8")
    bad_day = sorted((out / "kiosk-18").glob("usage-*.csv"))[-3]
    text = bad_day.read_text("utf-8").splitlines()
    text[2] = text[2].rsplit(",", 1)[0] + ",lots"
    bad_day.write_text("\n".join(text) + "\n", "utf-8")
    status = json.loads((out / "kiosk-26" / "status.json").read_text("utf-8"))
    status["written_at"] = "yesterday"
    (out / "kiosk-26" / "status.json").write_text(json.dumps(status), "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--kiosks", type=int, default=40)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-faults", action="store_true")
    args = parser.parse_args()
    make_fleet(
        args.out, kiosks=args.kiosks, days=args.days, seed=args.seed, faults=not args.no_faults
    )
    print(args.out)


if __name__ == "__main__":
    main()
