"""The soak's statistic on its own: a leak is a slope; a cache filling, or a
visitor's display choice, is a step.

The series imitate what the soak records after warm-up (bench/soak.py): a
plateau that wanders by about a MiB, 2.3 MiB less while the visitor has large
text on (a choice that lasts until the next idle reset, every 150 actions),
and a cache that fills late in one step. The real visitor is in test_soak.py.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from helpers.trend import (
    MAX_MEMORY_TREND_KIB,
    MAX_QOBJECT_TREND,
    MAX_RESIDENT_TREND_KIB,
    lasting_per_thousand,
    per_thousand,
    theil_sen_slope,
)

ACTIONS = range(400, 1001, 10)  # the in-suite soak's samples after warm-up
PLATEAU_KIB = 170 * 1024
LARGE_TEXT_KIB = -2300


def soak_like(seed: int, leak_kib_per_action: float = 0.0):
    """(points, display choices) as the soak would record them."""
    rng = random.Random(seed)
    step_at = rng.randrange(ACTIONS.start, ACTIONS.stop)
    points, displays = [], []
    large = False
    for action in ACTIONS:
        if action % 150 == 0:
            large = False  # the idle reset
        elif rng.random() < 0.05:
            large = not large  # the visitor taps Aa
        kib = PLATEAU_KIB + rng.uniform(-1024, 1024)
        kib += LARGE_TEXT_KIB if large else 0
        kib += 1024 if action >= step_at else 0  # a cache fills, late
        kib += leak_kib_per_action * (action - ACTIONS.start)
        points.append((action, kib))
        displays.append((large, False))
    return points, displays


def test_a_straight_line_has_its_slope():
    assert theil_sen_slope([(0, 5), (10, 25), (20, 45)]) == 2
    assert per_thousand([(0, 0), (500, 1024)]) == pytest.approx(2048)


def test_an_outlier_or_a_step_barely_moves_the_slope():
    line = [(x, 3.0 * x) for x in range(50)]
    line[10] = (10, 10_000.0)
    assert theil_sen_slope(line) == pytest.approx(3.0)
    late_step = [(x, 0.0 if x < 900 else 3072.0) for x in ACTIONS]  # 3 MiB
    assert per_thousand(late_step) == 0


def test_groups_compare_like_with_like():
    # Standard text and large text, each flat, 100 KiB apart, taking turns:
    # paired across the two they make a slope; each on its own has none.
    points = [(0, 0), (10, 100), (20, 0), (30, 100)]
    choices = ["standard", "large", "standard", "large"]
    assert theil_sen_slope(points) > 0
    assert theil_sen_slope(points, choices) == 0


def test_slope_needs_two_distinct_points():
    with pytest.raises(ValueError, match="two points"):
        theil_sen_slope([(1, 1), (1, 2)])
    with pytest.raises(ValueError, match="one group label per point"):
        theil_sen_slope([(1, 1), (2, 2)], ["a"])


@pytest.mark.parametrize("seed", range(20))
def test_caches_and_choices_pass_and_a_leak_of_8_kib_per_action_fails(seed):
    points, displays = soak_like(seed)
    assert per_thousand(points, displays) <= MAX_MEMORY_TREND_KIB
    points, displays = soak_like(seed, leak_kib_per_action=8)
    assert per_thousand(points, displays) > MAX_MEMORY_TREND_KIB


def qobjects_like(seed: int, leak_per_action: float = 0.0):
    """(points, places) as the soak records live QObjects after warm-up: each
    place (a screen, and the topic or region on it) has a count of its own,
    dozens apart, and which place a sample falls on is chance."""
    rng = random.Random(seed)
    places = [f"place {n}" for n in range(12)]
    counts = {place: 1750 + rng.randrange(0, 140) for place in places}
    points, shown = [], []
    for action in ACTIONS:
        place = rng.choice(places)
        count = counts[place] + rng.choice((-2, 0, 0, 2))  # an animation running, or not
        points.append((action, count + leak_per_action * (action - ACTIONS.start)))
        shown.append(place)
    return points, shown


@pytest.mark.parametrize("seed", range(20))
def test_qobjects_compared_place_by_place_pass_and_one_kept_per_10_actions_fails(seed):
    points, places = qobjects_like(seed)
    assert per_thousand(points, places) <= MAX_QOBJECT_TREND
    points, places = qobjects_like(seed, leak_per_action=0.1)
    assert per_thousand(points, places) > MAX_QOBJECT_TREND


@pytest.mark.parametrize("seed", range(20))
def test_a_cache_filling_mid_run_passes_and_a_leak_still_fails(seed):
    """Seen in a loaded run: 4 MiB more from action 690 on, flat before and
    after (the map drawn at a size not drawn before). Over the whole run
    Theil–Sen made 9 MiB per 1,000 of it; the growth that lasts is none."""
    rng = random.Random(seed)
    step_at = rng.randrange(450, 950)
    points = [
        (a, PLATEAU_KIB + rng.uniform(-256, 256) + (4096 if a >= step_at else 0)) for a in ACTIONS
    ]
    assert lasting_per_thousand(points) <= MAX_MEMORY_TREND_KIB
    leaking = [(a, kib + 8 * (a - ACTIONS.start)) for a, kib in points]
    assert lasting_per_thousand(leaking) > MAX_MEMORY_TREND_KIB


@pytest.mark.parametrize("seed", range(20))
def test_the_lasting_trend_still_catches_a_leak_of_8_kib_per_action(seed):
    points, displays = soak_like(seed, leak_kib_per_action=8)
    assert lasting_per_thousand(points, displays) > MAX_MEMORY_TREND_KIB
    points, displays = soak_like(seed)
    assert lasting_per_thousand(points, displays) <= MAX_MEMORY_TREND_KIB


RECORDED = json.loads((Path(__file__).parent / "soak_runs.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(RECORDED["runs"]))
def test_recorded_runs_fail_with_a_leak_and_pass_without(name):
    """Real soaks (bench/soak.py, four side by side on two cores): the heap
    in use fails a visitor that keeps 8 KiB per action and passes the runs
    without, and resident memory stays under its looser bound without a
    leak. The lesser half alone (the statistic before) made 2.9 MiB per
    1,000 actions of run r3-l8's leak: it passed."""
    run = RECORDED["runs"][name]
    samples = [s for s in run["samples"] if s[0] >= 400]  # after warm-up
    groups = [(large, contrast, screen) for _, _, _, screen, large, contrast in samples]
    heap = lasting_per_thousand([(s[0], s[1]) for s in samples], groups)
    resident = lasting_per_thousand([(s[0], s[2]) for s in samples], groups)
    if run["leak_kib_per_action"]:
        assert heap > MAX_MEMORY_TREND_KIB
    else:
        assert heap <= MAX_MEMORY_TREND_KIB
        assert resident <= MAX_RESIDENT_TREND_KIB
