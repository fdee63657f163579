"""Endurance: a seeded random visitor, 1,000 touch actions on every screen.

The long run (20,000 actions) is `python bench/soak.py`; this one is part of
every test run. Any Qt or QML warning fails it (pytest configuration), as
does any exception.

Memory is judged by its trend, not by two samples. For the first few hundred
actions memory rises while Qt's caches fill (glyphs at each text size, icons
in each colour, QR codes in each language, QML components); after that it
wanders with what is on screen and what the caches hold at the moment, with
no trend over thousands of actions. A leak is a slope, so memory is sampled
every 10 actions after warm-up and the Theil–Sen slope between samples with
the same display choices on the same screen (helpers/soak.py,
helpers/trend.py) must stay under the bound in both halves of the run: a
leak goes on, a cache that fills late makes one step. Two figures are
judged: the heap in use (what malloc and Python's allocator have handed out
and not had back), which a leak moves and page layout does not, under a
tight bound; and resident memory, which sees everything but wanders in
steps of a few MiB, under a looser one. A visitor that keeps 8 KiB per
action fails it; so does one QObject kept per 10 actions. To see it fail:
`python bench/soak.py --seed 20251128 --actions 1000 --warmup 400 --every 10 --leak 8`.
"""

from __future__ import annotations

from helpers.soak import RandomVisitor
from helpers.trend import MAX_MEMORY_TREND_KIB, MAX_QOBJECT_TREND, MAX_RESIDENT_TREND_KIB

from kiosk.screens import Screen

ACTIONS = 1000
WARMUP = 400  # this seed has filled the caches by then (see bench/soak.py)
SAMPLE_EVERY = 10


def test_a_thousand_random_visitor_actions(make_ui, qtbot):
    ui = make_ui(lang=None, screen=None)
    visitor = RandomVisitor(ui, qtbot, seed=20251128)
    visitor.run(WARMUP, sample_every=100)  # the caches fill; a few samples show it
    report = visitor.run(ACTIONS - WARMUP, sample_every=SAMPLE_EVERY)
    trend = report.trend_after(WARMUP)
    memory = ", ".join(
        f"{s.action}: {s.heap / 1024:.1f}/{s.kib / 1024:.1f} ({Screen(s.screen).name})"
        for s in report.samples
    )
    print(f"soak trend: {trend}")  # shown with -rP or -s, and on failure
    assert report.actions == ACTIONS and report.resets >= 5
    assert all(s.heap for s in report.samples), "the heap in use could not be read"
    assert trend.memory_kib <= MAX_MEMORY_TREND_KIB, (
        f"after warm-up, the heap in use grows by {trend.memory_kib:.0f} KiB per 1,000 "
        f"actions (MiB in use/resident by action: {memory})"
    )
    assert trend.resident_kib <= MAX_RESIDENT_TREND_KIB, (
        f"after warm-up, resident memory grows by {trend.resident_kib:.0f} KiB per 1,000 "
        f"actions (MiB in use/resident by action: {memory})"
    )
    assert trend.qobjects <= MAX_QOBJECT_TREND, (
        f"after warm-up, {trend.qobjects:.0f} more live QObjects per 1,000 actions"
    )
