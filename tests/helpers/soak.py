"""A seeded random visitor for endurance runs: taps, flicks, pinches, drags
and language switches with real touch events on every screen, with idle
resets in between. It records memory and live QObjects as it goes."""

from __future__ import annotations

import gc
import random
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QPoint

from helpers.visitor import drag, find_all, flick, pinch, shown, tap, walk

# What a visitor can touch, by objectName prefix.
TAPPABLE = (
    "tile_",
    "topic_",
    "lang_",
    "homeButton",
    "backButton",
    "contactsButton",
    "mapButton",
    "entry_",
    "entryQrClose",
    "legend_",
    "regionClose",
    "zoomIn",
    "zoomOut",
    "zoomReset",
    "contactsBackButton",
    "mapBackButton",
    "idleContinue",
    "attractScreen",
    "largeTextButton",
    "contrastButton",
)
FLICKABLE = ("readerList", "topicList", "cardList", "regionDetails", "tileGrid", "legend")


def rss_kib() -> int:
    """Resident memory now (Linux), in KiB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def live_qobjects(ui) -> int:
    roots = [ui.window, ui.engine, ui.model]
    return sum(len(root.findChildren(QObject)) for root in roots) + len(
        list(walk(ui.window.contentItem()))
    )


@dataclass
class SoakReport:
    actions: int = 0
    resets: int = 0
    samples: list[tuple[int, int, int]] = field(default_factory=list)  # (action, KiB, QObjects)

    def drift_after(self, warmup: int) -> tuple[int, int]:
        """(memory KiB, QObjects) from the first sample after warm-up to the end."""
        after = [s for s in self.samples if s[0] >= warmup]
        first, last = after[0], after[-1]
        return last[1] - first[1], last[2] - first[2]


class RandomVisitor:
    def __init__(self, ui, waiter, seed: int = 2025, reset_every: int = 150) -> None:
        self.ui = ui
        self.wait = waiter  # anything with .wait(ms): qtbot, or bench's shim
        self.rng = random.Random(seed)
        self.reset_every = reset_every
        self.report = SoakReport()

    def _visible(self, prefixes) -> list:
        items = []
        for item in walk(self.ui.window.contentItem()):
            name = item.objectName()
            if name and name.startswith(prefixes) and item.isEnabled() and shown(item):
                items.append(item)
        return items

    def step(self) -> None:
        window, rng = self.ui.window, self.rng
        roll = rng.random()
        if roll < 0.6:
            targets = self._visible(TAPPABLE)
            if targets:
                tap(window, rng.choice(targets), self.wait)
        elif roll < 0.75:
            targets = self._visible(FLICKABLE)
            if targets:
                flick(window, rng.choice(targets), rng.choice((-500, -250, 250, 500)), self.wait)
        elif roll < 0.9:
            maps = find_all(window, "mapViewport")
            if maps:
                centre = maps[0].mapToScene(maps[0].boundingRect().center()).toPoint()
                if rng.random() < 0.5:
                    pinch(window, centre, rng.randint(60, 200), rng.randint(60, 400), self.wait, 6)
                else:
                    delta = QPoint(rng.randint(-300, 300), rng.randint(-200, 200))
                    drag(window, centre, delta, self.wait, 6)
            else:
                langs = find_all(window, "lang_")
                if langs:
                    tap(window, rng.choice(langs), self.wait)
        else:
            langs = find_all(window, "lang_")
            if langs:
                tap(window, rng.choice(langs), self.wait)
        self.report.actions += 1
        if self.report.actions % self.reset_every == 0:
            self.ui.ops.reset()  # what the idle timer does, without the wait
            self.report.resets += 1
        self.wait.wait(5)

    def run(self, actions: int, sample_every: int = 100) -> SoakReport:
        for n in range(actions):
            self.step()
            if n % sample_every == 0 or n == actions - 1:
                gc.collect()
                sample = (self.report.actions, rss_kib(), live_qobjects(self.ui))
                self.report.samples.append(sample)
        return self.report
