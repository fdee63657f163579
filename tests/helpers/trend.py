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
# leak the heap in use (tests/helpers/soak.py) has sloped by at most 2.3 MiB
# in runs beside other work; a leak of 8 KiB per action made 7.5 to 8.8 MiB,
# and one QObject per 10 actions is well over its bound.
MAX_MEMORY_TREND_KIB = 4 * 1024
# Resident memory also counts what the heap figure cannot see (the QML
# engine's own pages, mapped files) but wanders more with how pages are laid
# out: up to 6 MiB per 1,000 actions with no leak on a loaded machine. Its
# bound catches a leak of 16 KiB per action and more wherever it is.
MAX_RESIDENT_TREND_KIB = 12 * 1024
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
    """The trend that lasts. A leak goes on, so each half of the run (by x)
    rises too; a cache that fills once makes a step, which Theil–Sen over
    the whole run follows when it falls mid-run (a step of 4 MiB between
    actions 650 and 700 made 9 MiB per 1,000 over 600 actions) but which is
    in one half only, or at both halves' edges. So the whole run's trend
    counts where each half rises at least a quarter as fast; otherwise the
    lesser half's, the growth that lasts. (The lesser half alone, as before,
    missed a leak of 8 KiB per action in one of the two recorded runs with
    one, tests/soak_runs.json: over 300 actions a half's slope wanders too
    much.) A half without two comparable points
    gives way to the whole."""
    labels = list(groups) if groups is not None else [None] * len(points)
    whole = per_thousand(points, labels)
    order = sorted(range(len(points)), key=lambda i: points[i][0])
    middle = len(order) // 2
    halves = []
    for part in (order[: middle + 1], order[middle:]):  # the middle point in both
        try:
            halves.append(per_thousand([points[i] for i in part], [labels[i] for i in part]))
        except ValueError:
            return whole
    return whole if min(halves) >= whole / 4 else min(halves)
