"""Endurance: a seeded random visitor, 1,000 touch actions on every screen.

The long run (20,000 actions) is `python bench/soak.py`; this one is part of
every test run. Any Qt or QML warning fails it (pytest configuration), as
does any exception; memory may not grow after warm-up.
"""

from __future__ import annotations

from helpers.soak import RandomVisitor

ACTIONS = 1000
WARMUP = 300
MAX_DRIFT_KIB = 5 * 1024


def test_a_thousand_random_visitor_actions(make_ui, qtbot):
    ui = make_ui(lang=None, screen=None)
    visitor = RandomVisitor(ui, qtbot, seed=20251128)
    report = visitor.run(ACTIONS)
    memory, objects = report.drift_after(WARMUP)
    screens = {ui.model.screen}
    assert report.actions == ACTIONS and report.resets >= 5
    assert memory <= MAX_DRIFT_KIB, f"memory grew by {memory} KiB after warm-up"
    assert objects <= 50, f"{objects} more live QObjects after warm-up"
    assert screens  # and no exception or warning got this far
