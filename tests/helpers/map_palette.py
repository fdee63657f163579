"""What the map's region colours must keep, in one place: the palette test
(tests/ui/test_map_palette.py) checks Theme.qml against it and the search
tool (tools/palette_search.py) looks for palettes that meet it. Plain
Python, no Qt.

Measure: CIEDE2000 (ΔE00) between every two region colours, as seen with
normal vision and simulated protanopia, deuteranopia and tritanopia
(helpers/colour_vision.py: Machado et al. 2009, severity 1, the strongest
form of each; the milder, commoner anomalies see more difference than that).
Minimum: ΔE00 ≥ 12 between regions, ≥ 8 between a region and the grey land,
the sea or home. Why 12: about 1 ΔE00 is a just noticeable difference side
by side, and neighbouring regions on a map are read at a glance, across a
border line, by someone standing back from the screen; categorical palettes
for maps are usually kept ≥ 10 apart, and 12 leaves a margin for a screen's
own colour error. The backgrounds need less: the grey land, the sea and home
differ from every region in their lightness as well.

And each region at least 3:1 (WCAG 2.1, 1.4.11, non-text contrast) against
the sea it is drawn on and the panel and page its legend swatch sits on, so
that a region is seen as a shape, not a faint tint.

While one region is chosen the map fades the others towards the land
(kiosk/views/map_canvas.py): the chosen one stays at least CHOSEN_APART from
each of them, faded, so that it is the one that stands out (a pale chosen
region beside a dark one faded can read as two of a kind).

And a look a ministry would sign: each region of a hue family of its own
(HUES: one blue, one green, ..., never two blues or two purples), and no
loud colour (CIE C*ab at most MAX_CHROMA: pure sRGB blue is 134).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from helpers.colour_vision import Rgb, hex_rgb, lab, simulate

VISIONS = ("normal", "protan", "deutan", "tritan")
BETWEEN_REGIONS = 12.0
AGAINST_BACKGROUND = 8.0
BACKGROUNDS = ("mapLand", "mapSea", "mapHome")  # the roles a region must stay apart from
NON_TEXT_CONTRAST = 3.0
GROUNDS = ("mapSea", "surface", "page")  # the roles a region (or its swatch) is drawn on

CHOSEN_APART = 10.0
MAX_CHROMA = 60.0


def faded(colour: str, land: str, amount: float) -> str:
    """``colour`` faded towards ``land``, kept ``amount`` of itself: the
    blend kiosk/views/map_canvas.py paints (whole 8-bit channels)."""
    one, two = hex_rgb(colour), hex_rgb(land)
    channels = (
        int(round(a * 255) * amount + round(b * 255) * (1 - amount))
        for a, b in zip(one, two, strict=True)
    )
    return "#" + "".join(f"{c:02X}" for c in channels)


@dataclass(frozen=True)
class Family:
    """A hue family: a range of OKLCh hue angles (Ottosson 2020; its hues
    keep their names better than CIELAB's, which calls pure blue violet) a
    visitor would still call by one name, and optionally the least CIE L*
    it may have in the standard palette (a green darker reads as home's)."""

    name: str
    hues: tuple[float, float]
    darkest: float = 0.0

    def holds(self, colour: str) -> bool:
        low, high = self.hues
        return low <= hue_of(colour) <= high


# Each region's hue family, in both palettes (so that Europe is the blue one
# whether high contrast is on or not). The ranges do not overlap. Regions
# that touch on the map get families far apart on the hue circle.
HUES: dict[str, Family] = {
    "central-asia": Family("ochre", (58, 92)),  # around home's dark green: the carpet's gold
    "europe": Family("blue", (235, 270)),
    "southern-asia": Family("teal", (180, 220)),  # apart from its neighbours ochre, plum, red
    "eastern-asia": Family("red", (8, 28)),
    "western-asia": Family("plum", (325, 352)),  # a red-purple: apart from blue and brick
    "africa": Family("brick", (30, 50)),  # orange hues: at this lightness, earth browns
    "northern-america": Family("violet", (280, 310)),
    "latin-america": Family("green", (125, 165), darkest=45),  # never home's dark green
    "oceania": Family("olive", (98, 120)),
}


def oklch(colour: str) -> tuple[float, float, float]:
    """OKLCh (lightness 0–1, chroma, hue angle 0–360) of a "#RRGGBB" colour."""
    r, g, b = simulate(hex_rgb(colour), "normal")  # linear sRGB
    lms = (
        (0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b) ** (1 / 3),
        (0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b) ** (1 / 3),
        (0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b) ** (1 / 3),
    )
    l_, m_, s_ = lms
    lightness = 0.2104542553 * l_ + 0.7936177850 * m_ - 0.0040720468 * s_
    a = 1.9779984951 * l_ - 2.4285922050 * m_ + 0.4505937099 * s_
    b_ = 0.0259040371 * l_ + 0.7827717662 * m_ - 0.8086757660 * s_
    return lightness, math.hypot(a, b_), math.degrees(math.atan2(b_, a)) % 360


def hue_of(colour: str) -> float:
    """The OKLCh hue angle of a "#RRGGBB" colour, 0–360."""
    return oklch(colour)[2]


def chroma_of(colour: str) -> float:
    """The CIE C*ab of a "#RRGGBB" colour."""
    _, a, b = lab(simulate(hex_rgb(colour), "normal"))
    return math.hypot(a, b)


THEME = Path(__file__).resolve().parents[2] / "kiosk" / "qml" / "Kiosk" / "Theme.qml"


def theme_palette(name: str, theme: str | None = None) -> tuple[list[str], dict[str, str]]:
    """The palette ``name`` of Theme.qml: its region colours in order, and
    its other roles by name (role: "#RRGGBB")."""
    text = THEME.read_text("utf-8") if theme is None else theme
    block = re.search(rf"property Palette {name}: Palette \{{(.*?)\n    \}}", text, re.DOTALL)
    assert block, name
    regions = re.search(r"mapRegions: \[(.*?)\]", block.group(1), re.DOTALL)
    assert regions, name
    roles = dict(re.findall(r'(\w+): "(#[0-9A-Fa-f]{6})"', block.group(1)))
    return re.findall(r'"(#[0-9A-Fa-f]{6})"', regions.group(1)), roles


def relative_luminance(rgb: Rgb) -> float:
    """WCAG 2's relative luminance of an sRGB colour (0–1 channels)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2's contrast ratio of two "#RRGGBB" colours."""
    hi, lo = sorted((relative_luminance(hex_rgb(a)), relative_luminance(hex_rgb(b))), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
