"""What the screen's size on the glass makes of sizes and reach (Qt-free)."""

from __future__ import annotations

import pytest

from kiosk.models import display_geometry as g


def measured(w_px, h_px, w_mm, h_mm) -> g.Measured:
    return g.Measured(w_px, h_px, w_mm, h_mm)


@pytest.mark.parametrize(
    "screen",
    [
        measured(1920, 1080, 0, 0),  # no EDID
        measured(1920, 1080, 1, 1),  # a virtual screen
        measured(1920, 1080, 708, 708),  # the wrong shape
        measured(1920, 1080, -708, 398),
        measured(1920, 1080, float("nan"), 398),
        measured(1920, 1080, 7080, 3980),  # 7 dpi
        measured(0, 1080, 708, 398),
    ],
    ids=["zero", "one-mm", "shape", "negative", "nan", "huge", "no-pixels"],
)
def test_unbelievable_reports_fall_back_to_the_assumed_panel(screen):
    assert not g.believable(screen)
    assert g.mm_per_px(screen) == pytest.approx(
        g.assumed_mm_per_px(screen.width_px, screen.height_px)
    )


def test_a_believable_report_is_used():
    assert g.mm_per_px(measured(1920, 1080, 708, 398)) == pytest.approx(0.369, abs=0.001)
    # 305 dpi and the right shape: a small high-density panel is real.
    assert g.believable(measured(1920, 1080, 160, 90))


def test_assumed_panels_by_shape():
    assert g.assumed_mm_per_px(1920, 1080) == pytest.approx(708 / 1920)
    assert g.assumed_mm_per_px(1080, 1920) == pytest.approx(1210 / 1920)


def test_text_unit_floors():
    # Body text never below 24 px of the design's 28, however fine the pixels.
    assert g.text_unit(0.369) == pytest.approx(24 / 28)
    # On a fine-pitched panel the millimetre floor takes over ...
    assert g.text_unit(0.18) == pytest.approx(4.5 / (28 * 0.18))
    # ... but never beyond the design's own size.
    assert g.text_unit(0.05) == 1.0


def test_touch_floor_is_nine_millimetres():
    assert g.touch_floor_px(0.17) * 0.17 >= 9.0
    assert (g.touch_floor_px(0.17) - 1) * 0.17 < 9.0


@pytest.mark.parametrize(
    ("text", "size"),
    [("698x393", (698.0, 393.0)), ("698X393mm", (698.0, 393.0)), ("217.5x136", (217.5, 136.0))],
)
def test_parse_physical_size(text, size):
    assert g.parse_physical_size(text) == size


@pytest.mark.parametrize("text", ["", "698", "0x393", "-1x2", "axb", "1x2x3", "infx2", "nanx2"])
def test_parse_physical_size_refuses(text):
    assert g.parse_physical_size(text) is None
