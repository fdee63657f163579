"""Every text/background pair in the theme meets WCAG AA (4.5:1)."""

from __future__ import annotations

import re

import pytest

from kiosk import paths

THEME = dict(
    re.findall(
        r'property color (\w+): "(#[0-9A-Fa-f]{6})"',
        paths.qml("components", "Theme.qml").read_text("utf-8"),
    )
)

# (text, background) as the QML draws them.
PAIRS = [
    ("ink", "page"),
    ("ink", "surface"),
    ("ink", "greenSoft"),
    ("inkMuted", "page"),
    ("inkMuted", "surface"),
    ("green", "page"),
    ("green", "surface"),
    ("green", "greenSoft"),
    ("light", "green"),
    ("lightMuted", "green"),
    ("light", "greenPressed"),
]


def luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize(("text", "background"), PAIRS)
def test_contrast(text: str, background: str):
    ratio = contrast(THEME[text], THEME[background])
    assert ratio >= 4.5, f"{text} on {background}: {ratio:.2f}:1"
