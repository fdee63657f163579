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


def lasting_per_thousand(
    points: Sequence[tuple[float, float]], groups: Sequence[Hashable] | None = None
) -> float:
    """The trend that lasts: the lesser of the first half's and the second
    half's (by x). A leak goes on, and shows in both halves; a cache that
    fills once makes a step, which Theil–Sen follows when it falls mid-run
    (a step of 4 MiB between actions 650 and 700 made 9 MiB per 1,000 over
    600 actions) but which is at most in one half, near its edge. A half
    without two comparable points gives way to the whole."""
    labels = list(groups) if groups is not None else [None] * len(points)
    order = sorted(range(len(points)), key=lambda i: points[i][0])
    middle = len(order) // 2
    halves = []
    for part in (order[: middle + 1], order[middle:]):  # the middle point in both
        try:
            halves.append(per_thousand([points[i] for i in part], [labels[i] for i in part]))
        except ValueError:
            return per_thousand(points, labels)
    return min(halves)
