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
"""

from __future__ import annotations

import re
from pathlib import Path

from helpers.colour_vision import Rgb, hex_rgb

VISIONS = ("normal", "protan", "deutan", "tritan")
BETWEEN_REGIONS = 12.0
AGAINST_BACKGROUND = 8.0
BACKGROUNDS = ("mapLand", "mapSea", "mapHome")  # the roles a region must stay apart from
NON_TEXT_CONTRAST = 3.0
GROUNDS = ("mapSea", "surface", "page")  # the roles a region (or its swatch) is drawn on

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
