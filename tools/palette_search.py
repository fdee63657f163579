"""Find colours for the map's regions that meet the palette test's measures
(tests/helpers/map_palette.py): ΔE00 ≥ 12 between regions and ≥ 8 from the
land, sea and home, for normal, protan, deutan and tritan vision, 3:1
against the sea, panel and page, and a chosen region ≥ 10 from every other
one as the map fades it. A person then chooses among the best by eye.

    python tools/palette_search.py                       # the standard palette
    python tools/palette_search.py --palette contrast    # the high-contrast one
    python tools/palette_search.py --check               # Theme.qml's palettes, measured
    python tools/palette_search.py --sheet /tmp/s.png    # the candidates, as each vision sees them

How: each region has a hue family (HUES in tests/helpers/map_palette.py:
Europe blue, Africa brick, ...), a range of hue angles a visitor would still
call by that name. Each palette has a lightness range (BOUNDS) and the
helper's chroma ceiling (an atlas, not a chart library: no saturated
primaries). Each region's choices are a grid of colours in those bounds
that fit (apart from the land, sea and home; 3:1 on the grounds). From many
random starts, one region at a time takes the choice that best moves the
closest pair of regions apart (under any of the four visions; a pair is as
close as its worst measure, chosen-against-faded scaled to the same pass
mark), until none helps; past --target ΔE00, a stronger weakest colour
counts first (a faint colour is hard to name). Colours are measured as the
8-bit hex they will be written as. The same seed gives the same candidates.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import math
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the measures are the test's own

from helpers.colour_vision import ciede2000, hex_rgb, lab, simulate  # noqa: E402
from helpers.map_palette import (  # noqa: E402
    AGAINST_BACKGROUND,
    BACKGROUNDS,
    BETWEEN_REGIONS,
    CHOSEN_APART,
    GROUNDS,
    HUES,
    MAX_CHROMA,
    NON_TEXT_CONTRAST,
    VISIONS,
    Family,
    contrast_ratio,
    faded,
    hue_of,
    theme_palette,
)

from kiosk.views.map_canvas import FADED  # noqa: E402

PARTNERS = ROOT / "resources" / "content" / "partners.yaml"

# Regions that touch on the map (or nearly, across a strait): reported apart,
# for they are the pairs a visitor compares.
NEIGHBOURS = (
    ("europe", "western-asia"),
    ("europe", "central-asia"),
    ("europe", "africa"),
    ("europe", "eastern-asia"),
    ("western-asia", "central-asia"),
    ("western-asia", "southern-asia"),
    ("western-asia", "africa"),
    ("central-asia", "southern-asia"),
    ("central-asia", "eastern-asia"),
    ("southern-asia", "eastern-asia"),
    ("eastern-asia", "oceania"),
    ("northern-america", "latin-america"),
)


@dataclass(frozen=True)
class Bounds:
    lightness: tuple[float, float]  # CIE L*
    chroma: tuple[float, float]  # CIE C*ab


# Lightness: the standard palette's colours are drawn on a light sea and
# panel (3:1 keeps them at or below L* ≈ 56); the high-contrast one's on
# black (3:1 keeps them at or above L* ≈ 40); the darkest standard ones
# look black-brown below L* ≈ 27. Chroma: a floor, for a colour with less is
# greyish and hard to name, and the test's ceiling.
BOUNDS = {
    "standard": Bounds(lightness=(27, 57), chroma=(20, MAX_CHROMA)),
    "contrast": Bounds(lightness=(45, 88), chroma=(25, MAX_CHROMA)),
}


# -- colour -------------------------------------------------------------------


def hex_from_lch(lightness: float, chroma: float, hue: float) -> str | None:
    """The sRGB colour of CIE LCh(ab) (D65), as "#RRGGBB"; None out of gamut."""
    a, b = chroma * math.cos(math.radians(hue)), chroma * math.sin(math.radians(hue))
    fy = (lightness + 16) / 116
    fx, fz = fy + a / 500, fy - b / 200

    def inverse(t: float) -> float:
        return t**3 if t > 6 / 29 else 3 * (6 / 29) ** 2 * (t - 4 / 29)

    x, y, z = 0.95047 * inverse(fx), inverse(fy), 1.08883 * inverse(fz)
    linear = (
        3.2404542 * x - 1.5371385 * y - 0.4985314 * z,
        -0.9692660 * x + 1.8760108 * y + 0.0415560 * z,
        0.0556434 * x - 0.2040259 * y + 1.0572252 * z,
    )
    if any(c < -1e-4 or c > 1 + 1e-4 for c in linear):
        return None

    def encode(c: float) -> int:
        c = min(1.0, max(0.0, c))
        v = 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055
        return round(v * 255)

    return "#" + "".join(f"{encode(c):02X}" for c in linear)


@functools.cache
def lch_of(colour: str) -> tuple[float, float, float]:
    lightness, a, b = lab(simulate(hex_rgb(colour), "normal"))
    return lightness, math.hypot(a, b), math.degrees(math.atan2(b, a)) % 360


_SEEN: dict[str, tuple[tuple[float, float, float], ...]] = {}


def seen(colour: str) -> tuple[tuple[float, float, float], ...]:
    """The colour's CIELAB under each of VISIONS (cached: the search asks often)."""
    if colour not in _SEEN:
        _SEEN[colour] = tuple(lab(simulate(hex_rgb(colour), v)) for v in VISIONS)
    return _SEEN[colour]


@functools.lru_cache(maxsize=1 << 21)
def apart(one: str, two: str) -> float:
    """The least ΔE00 between two colours over VISIONS."""
    return min(ciede2000(a, b) for a, b in zip(seen(one), seen(two), strict=True))


# -- the palette's measures ---------------------------------------------------


@dataclass(frozen=True)
class Roles:
    backgrounds: tuple[str, ...]  # BACKGROUNDS' colours
    grounds: tuple[str, ...]  # GROUNDS' colours


def roles_of(palette: str) -> Roles:
    _, roles = theme_palette(palette)
    return Roles(tuple(roles[r] for r in BACKGROUNDS), tuple(roles[r] for r in GROUNDS))


def fits(colour: str, roles: Roles) -> bool:
    """Far enough from the land, sea and home, and 3:1 on what it is drawn on."""
    return all(apart(colour, b) >= AGAINST_BACKGROUND for b in roles.backgrounds) and all(
        contrast_ratio(colour, g) >= NON_TEXT_CONTRAST for g in roles.grounds
    )


def per_vision_minimum(colours: Sequence[str]) -> dict[str, float]:
    """The least ΔE00 between two regions under each vision."""
    found = {}
    for index, vision in enumerate(VISIONS):
        found[vision] = min(
            ciede2000(seen(a)[index], seen(b)[index]) for a, b in itertools.combinations(colours, 2)
        )
    return found


# -- the search ---------------------------------------------------------------


@dataclass
class Candidate:
    colours: list[str]
    # Apart enough (the closest pair, up to the target), then the weakest
    # colour's chroma (a faint one is hard to name: "greyish"), then the
    # closest pairs' distances, closest first. Compared in that order.
    score: tuple[float, ...]


def _chroma(colour: str) -> float:
    return lch_of(colour)[1]


def _score(colours: Sequence[str], target: float, nearest: Sequence[float]) -> tuple[float, ...]:
    return (min(nearest[0], target), min(map(_chroma, colours)), *nearest)


def _closest(colours: Sequence[str]) -> list[float]:
    return sorted(pair(a, b) for a, b in itertools.combinations(colours, 2))[:4]


_LAND = {"land": "#000000"}  # the palette's land colour, set by search()


@functools.lru_cache(maxsize=1 << 21)
def pair(one: str, two: str) -> float:
    """How far apart two regions are, in ΔE00 between regions: the least of
    their own distance and each one chosen against the other faded (scaled
    by BETWEEN_REGIONS / CHOSEN_APART, so that 12 means both measures pass)."""
    land = _LAND["land"]
    scale = BETWEEN_REGIONS / CHOSEN_APART
    return min(
        apart(one, two),
        scale * apart(one, faded(two, land, FADED)),
        scale * apart(two, faded(one, land, FADED)),
    )


def choices(family: Family, bounds: Bounds, roles: Roles) -> list[str]:
    """Every colour of a grid over the palette's lightness and chroma (CIE
    LCh) that is of the family's hues and fits (in gamut, apart from the
    backgrounds, 3:1 on its grounds)."""
    darkest = max(bounds.lightness[0], family.darkest)

    def grid(low: float, high: float, step: float) -> list[float]:
        return [low + k * step for k in range(int((high - low) / step) + 1)]

    found = {
        colour
        for lightness in grid(darkest, bounds.lightness[1], 1.5)
        for chroma in grid(*bounds.chroma, 2.5)
        for angle in grid(0, 357.5, 2.5)
        if (colour := hex_from_lch(lightness, chroma, angle))
        and family.holds(colour)
        and _chroma(colour) <= MAX_CHROMA  # as written in 8 bits, not as asked
        and fits(colour, roles)
    }
    if not found:
        raise SystemExit(f"no colour of {family} fits {bounds}: widen the bounds")
    return sorted(found)


def search_once(options: list[list[str]], target: float, rng: random.Random) -> Candidate:
    """From a random start, change one region's colour at a time to the
    choice that best improves the score, until no change helps."""
    colours = [rng.choice(o) for o in options]
    score = _score(colours, target, _closest(colours))
    improved = True
    while improved:
        improved = False
        for i in rng.sample(range(len(colours)), len(colours)):
            others = colours[:i] + colours[i + 1 :]
            fixed = _closest(others)
            for colour in options[i]:
                nearest = sorted(pair(colour, o) for o in others)[:4]
                if min(nearest[0], target) < score[0]:
                    continue  # cannot be better: skip the rest of the work
                tried = [*others[:i], colour, *others[i:]]
                new = _score(tried, target, sorted(fixed + nearest)[:4])
                if new > score:
                    colours, score, improved = tried, new, True
    return Candidate(colours, score)


def search(palette: str, bounds: Bounds, starts: int, seed: int, target: float) -> list[Candidate]:
    ids = region_ids()
    missing = [i for i in ids if i not in HUES]
    if missing:
        raise SystemExit(f"{PARTNERS}: regions without a hue family in HUES: {missing}")
    roles = roles_of(palette)
    _LAND["land"] = theme_palette(palette)[1]["mapLand"]
    pair.cache_clear()
    options = [choices(HUES[i], bounds, roles) for i in ids]
    rng = random.Random(seed)
    found = [search_once(options, target, rng) for _ in range(starts)]
    return sorted(found, key=lambda c: c.score, reverse=True)


# -- reporting ----------------------------------------------------------------


def region_ids() -> list[str]:
    return [r["id"] for r in yaml.safe_load(PARTNERS.read_text("utf-8"))["regions"]]


def describe(colours: Sequence[str], palette: str) -> str:
    ids = region_ids()
    at = dict(zip(ids, colours, strict=False))
    minima = per_vision_minimum(colours)
    roles = roles_of(palette)
    land = theme_palette(palette)[1]["mapLand"]
    chosen = min(apart(a, faded(b, land, FADED)) for a, b in itertools.permutations(colours, 2))
    lines = [
        "  min ΔE00 between regions: "
        + ", ".join(f"{v} {minima[v]:.1f}" for v in VISIONS)
        + f"  (test: ≥ {BETWEEN_REGIONS:g})",
        "  neighbours, least ΔE00 over the visions: "
        + f"{min(apart(at[a], at[b]) for a, b in NEIGHBOURS if a in at and b in at):.1f}",
        f"  a chosen region against another faded, least ΔE00: {chosen:.1f}"
        + f"  (test: ≥ {CHOSEN_APART:g})",
    ]
    for region, colour in zip(ids, colours, strict=False):
        lightness, chroma, _ = lch_of(colour)
        hue = hue_of(colour)
        background = min(apart(colour, b) for b in roles.backgrounds)
        ground = min(contrast_ratio(colour, g) for g in roles.grounds)
        lines.append(
            f"  {colour}  {region:<17} {HUES[region].name if region in HUES else '?':<10}"
            f" L* {lightness:4.1f} C* {chroma:4.1f} OKLCh h {hue:5.1f}"
            f"  background ΔE00 {background:4.1f}  contrast {ground:.2f}:1"
        )
    return "\n".join(lines)


def draw_sheet(rows: list[tuple[str, list[str]]], output: Path) -> None:
    """Swatches: one row per palette, one block per vision, as each sees them."""
    from PySide6.QtCore import QRect, Qt  # only here: the search itself needs no Qt
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

    argv = ["palette_search", "-platform", "offscreen"]
    _app = QGuiApplication.instance() or QGuiApplication(argv)
    cell, gap, label = 48, 24, 220
    width = label + len(VISIONS) * (9 * cell + gap)
    image = QImage(width, len(rows) * (cell + 12) + 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#F4F2EC"))
    painter = QPainter(image)
    for v, vision in enumerate(VISIONS):
        painter.drawText(QRect(label + v * (9 * cell + gap), 8, 9 * cell, 24), 0, vision)
    for r, (name, colours) in enumerate(rows):
        y = 40 + r * (cell + 12)
        painter.drawText(QRect(4, y, label - 8, cell), Qt.AlignmentFlag.AlignVCenter, name)
        for v, vision in enumerate(VISIONS):
            for c, colour in enumerate(colours):
                linear = simulate(hex_rgb(colour), vision)
                shown = [
                    12.92 * x if x <= 0.0031308 else 1.055 * x ** (1 / 2.4) - 0.055 for x in linear
                ]
                x = label + v * (9 * cell + gap) + c * cell
                painter.fillRect(x, y, cell - 4, cell, QColor.fromRgbF(*shown))
    painter.end()
    image.save(str(output))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--palette", choices=tuple(BOUNDS), default="standard")
    parser.add_argument("--check", action="store_true", help="measure Theme.qml's palettes")
    parser.add_argument("--starts", type=int, default=40, help="random starts (default 40)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--target",
        type=float,
        default=BETWEEN_REGIONS + 0.5,
        help="ΔE00 apart that is enough: past it, stronger colours count more",
    )
    parser.add_argument("--top", type=int, default=5, help="candidates to show (default 5)")
    parser.add_argument("--max-chroma", type=float, help="the chroma ceiling (CIE C*ab)")
    parser.add_argument("--sheet", type=Path, help="also draw the candidates' swatches here (PNG)")
    args = parser.parse_args(argv)

    if args.check:
        rows = []
        for palette in BOUNDS:
            colours, _ = theme_palette(palette)
            print(f"Theme.qml, {palette}:\n{describe(colours, palette)}")
            rows.append((f"Theme.qml {palette}", colours))
    else:
        bounds = BOUNDS[args.palette]
        if args.max_chroma:
            bounds = Bounds(bounds.lightness, (bounds.chroma[0], args.max_chroma))
        found = search(args.palette, bounds, args.starts, args.seed, args.target)
        rows = []
        for rank, candidate in enumerate(found[: args.top], 1):
            print(f"candidate {rank}: {', '.join(candidate.colours)}")
            print(describe(candidate.colours, args.palette))
            rows.append((f"candidate {rank}", candidate.colours))
    if args.sheet:
        draw_sheet(rows, args.sheet)
        print(f"swatches: {args.sheet}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
