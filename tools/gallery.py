"""Regenerate docs/gallery/: every screen in every language and orientation,
plus large text, high contrast and the smaller and 4K screens, each drawn by
`kiosk shot` exactly as a visitor would see it.

    python tools/gallery.py            # all pictures and docs/gallery/README.md
    python tools/gallery.py --jobs 4   # in parallel

Needs no display (Qt renders offscreen).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GALLERY = ROOT / "docs" / "gallery"
LANGUAGES = {"tk": "Türkmençe", "ru": "Русский", "en": "English"}
ORIENTATIONS = {"landscape": "1920x1080", "portrait": "1080x1920"}
SCREENS = {
    "home": "Home",
    "section/neutrality": "A topic",
    "contacts": "Contacts",
    "map": "World map",
    "map/europe": "A region on the map",
}


@dataclass(frozen=True)
class Shot:
    name: str  # file name without .png
    screen: str
    lang: str
    size: str
    options: tuple[str, ...] = ()
    caption: str = ""

    def command(self) -> list[str]:
        out = GALLERY / f"{self.name}.png"
        return [
            sys.executable, "-m", "kiosk", "shot", "--screen", self.screen,
            "--lang", self.lang, "--size", self.size, "-o", str(out), *self.options,
        ]  # fmt: skip


def plan() -> list[Shot]:
    shots = []
    for orientation, size in ORIENTATIONS.items():
        # The attract screen speaks all three languages at once.
        shots.append(Shot(f"{orientation}-attract", "attract", "en", size, caption="Attract"))
        for lang in LANGUAGES:
            for screen, caption in SCREENS.items():
                slug = screen.replace("/", "-")
                shots.append(Shot(f"{orientation}-{lang}-{slug}", screen, lang, size, (), caption))
    extra = [
        ("large-text-en-home", "home", "en", "1920x1080", ("--large-text",), "Large text"),
        ("large-text-ru-section", "section/central-asia", "ru", "1920x1080", ("--large-text",),
         "Large text, a topic"),
        ("large-text-tk-portrait-map", "map/central-asia", "tk", "1080x1920", ("--large-text",),
         "Large text, upright"),
        ("high-contrast-ru-home", "home", "ru", "1920x1080", ("--high-contrast",),
         "High contrast"),
        ("high-contrast-en-map", "map/africa", "en", "1920x1080", ("--high-contrast",),
         "High contrast, the map"),
        ("high-contrast-tk-portrait-contacts", "contacts", "tk", "1080x1920",
         ("--high-contrast", "--large-text"), "High contrast and large text, upright"),
        ("small-ru-home", "home", "ru", "1280x800", (), "1280×800"),
        ("4k-tk-contacts", "contacts", "tk", "3840x2160", ("--scale", "2"), "3840×2160 at 200 %"),
        ("4k-attract", "attract", "en", "3840x2160", ("--scale", "2"),
         "The attract screen, 3840×2160 at 200 %"),
        ("landscape-closed", "closed", "en", "1920x1080", (), "Closed (out of opening hours)"),
        ("portrait-closed", "closed", "ru", "1080x1920", (), "Closed, upright"),
        ("small-ru-map-central-asia", "map/central-asia", "ru", "1280x800", (),
         "1280×800, a region on the map"),
    ]  # fmt: skip
    shots += [Shot(*args) for args in extra]
    return shots


def index(shots: list[Shot]) -> str:
    lines = [
        "# Gallery",
        "",
        "Every screen in every language, landscape (1920×1080) and upright (1080×1920),",
        "then large text, high contrast, a 1280×800 screen and a 4K screen at 200 %.",
        "Made by `python tools/gallery.py` with `kiosk shot`; do not edit by hand.",
        "",
    ]
    for orientation in ORIENTATIONS:
        lines += [f"## {orientation.capitalize()}", ""]
        lines += [f"![Attract]({orientation}-attract.png)", ""]
        lines.append("| | " + " | ".join(LANGUAGES.values()) + " |")
        lines.append("|---" * (len(LANGUAGES) + 1) + "|")
        for screen, caption in SCREENS.items():
            slug = screen.replace("/", "-")
            cells = [
                f"![{caption}, {name}]({orientation}-{lang}-{slug}.png)"
                for lang, name in LANGUAGES.items()
            ]
            lines.append(f"| {caption} | " + " | ".join(cells) + " |")
        lines.append("")
    lines += ["## Large text, high contrast, other screens", ""]
    for shot in shots:
        if not shot.name.startswith(("landscape-", "portrait-")):
            lines += [f"**{shot.caption}** ({shot.size}, {LANGUAGES[shot.lang]})", ""]
            lines += [f"![{shot.caption}]({shot.name}.png)", ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    GALLERY.mkdir(parents=True, exist_ok=True)
    for old in GALLERY.glob("*.png"):
        old.unlink()
    shots = plan()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    def take(shot: Shot) -> str | None:
        done = subprocess.run(shot.command(), capture_output=True, text=True, env=env, check=False)
        if done.returncode != 0 or done.stderr.strip():
            return f"{shot.name}: {done.stderr.strip() or done.returncode}"
        return None

    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        failures = [f for f in pool.map(take, shots) if f]
    (GALLERY / "README.md").write_text(index(shots) + "\n", "utf-8")
    for failure in failures:
        print(failure, file=sys.stderr)
    print(f"{len(shots) - len(failures)} of {len(shots)} pictures in {GALLERY}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
