"""Is something still growing? The slope of a soak's samples, robustly.

A kiosk's memory at any one moment depends on what is on screen and on what
Qt's caches happen to hold (glyphs, images, QML components): several MB
either way, and a cache that fills late makes a step. Two samples compare two
such moments; a leak is a slope that goes on. The Theil–Sen estimator (the
median of the slopes between pairs of samples) follows that slope, and a
step or a few outlying samples move it much less than least squares.
No Qt here: the statistic is tested on its own (tests/test_soak_trend.py).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from statistics import median

# What the soak tolerates after warm-up, per 1,000 visitor actions. Without a
# leak the memory slope has stayed within ±2 MiB (the caches' wander); a leak
# of 8 KiB per action, or of one QObject per 10 actions, is well over.
MAX_MEMORY_TREND_KIB = 4 * 1024
MAX_QOBJECT_TREND = 50


def theil_sen_slope(
    points: Sequence[tuple[float, float]], groups: Sequence[Hashable] | None = None
) -> float:
    """The median slope over pairs of (x, y) points with different x. With
    ``groups`` (a label per point), only points with the same label are
    paired: like is compared with like."""
    labels = groups if groups is not None else [None] * len(points)
    if len(labels) != len(points):
        raise ValueError("one group label per point")
    slopes = [
        (y2 - y1) / (x2 - x1)
        for i, ((x1, y1), g1) in enumerate(zip(points, labels, strict=True))
        for (x2, y2), g2 in zip(points[i + 1 :], labels[i + 1 :], strict=True)
        if x2 != x1 and g1 == g2
    ]
    if not slopes:
        raise ValueError("a slope needs at least two points with different x in one group")
    return median(slopes)


def per_thousand(
    points: Sequence[tuple[float, float]], groups: Sequence[Hashable] | None = None
) -> float:
    """The trend of y per 1,000 of x (x counts visitor actions)."""
    return theil_sen_slope(points, groups) * 1000
