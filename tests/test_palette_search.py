"""tools/palette_search.py, which finds the map's region colours, keeps
working: it measures Theme.qml's palettes as the palette test does, and its
colour conversion is the inverse of the test's."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TOOL = REPO / "tools" / "palette_search.py"


def _tool():
    if "palette_search" not in sys.modules:  # its dataclasses look their module up
        spec = importlib.util.spec_from_file_location("palette_search", TOOL)
        assert spec and spec.loader
        sys.modules["palette_search"] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules["palette_search"])
    return sys.modules["palette_search"]


def test_the_tool_measures_the_theme_palettes():
    done = subprocess.run(
        [sys.executable, str(TOOL), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for palette in ("standard", "contrast"):
        assert f"Theme.qml, {palette}:" in done.stdout
    for region in ("central-asia", "europe", "oceania"):
        assert done.stdout.count(f" {region} ") == 2, done.stdout


@pytest.mark.parametrize("colour", ["#A28105", "#0885DC", "#393976", "#FEB7BD", "#777777"])
def test_lch_and_back_gives_the_same_colour(colour):
    tool = _tool()
    assert tool.hex_from_lch(*tool.lch_of(colour)) == colour


def test_a_colour_out_of_gamut_is_none():
    assert _tool().hex_from_lch(50, 150, 140) is None  # no sRGB green is that strong
