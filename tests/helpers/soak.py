"""A seeded random visitor for endurance runs: taps, flicks, pinches, drags
and language switches with real touch events on every screen, with idle
resets in between. It records memory and live QObjects as it goes."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
import random
import sys
import tempfile
from dataclasses import dataclass, field
from typing import NamedTuple

from PySide6.QtCore import QObject, QPoint

from helpers.trend import lasting_per_thousand, per_thousand
from helpers.visitor import drag, find_all, flick, pinch, shown, tap, walk
from kiosk.screens import Screen

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


def _glibc_malloc_trim():
    """glibc's malloc_trim, or None elsewhere (the samples are then noisier)."""
    name = ctypes.util.find_library("c")
    return getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None


_MALLOC_TRIM = _glibc_malloc_trim()


class _MallInfo2(ctypes.Structure):
    """glibc's struct mallinfo2: every field a size_t."""

    _fields_ = [
        ("arena", ctypes.c_size_t),
        ("ordblks", ctypes.c_size_t),
        ("smblks", ctypes.c_size_t),
        ("hblks", ctypes.c_size_t),
        ("hblkhd", ctypes.c_size_t),
        ("usmblks", ctypes.c_size_t),
        ("fsmblks", ctypes.c_size_t),
        ("uordblks", ctypes.c_size_t),
        ("fordblks", ctypes.c_size_t),
        ("keepcost", ctypes.c_size_t),
    ]


def _glibc_mallinfo2():
    """glibc's mallinfo2 (2.33 and later), or None elsewhere."""
    name = ctypes.util.find_library("c")
    function = getattr(ctypes.CDLL(name), "mallinfo2", None) if name else None
    if function is not None:
        function.restype = _MallInfo2
    return function


_MALLINFO2 = _glibc_mallinfo2()


def _python_small_objects_bytes() -> int:
    """Bytes in Python's small-object allocator's used blocks. Its arenas
    come from mmap, not malloc, so mallinfo2 never sees them; CPython gives
    the figure only in sys._debugmallocstats's report on the C stderr."""
    saved = os.dup(2)
    try:
        with tempfile.TemporaryFile() as report:
            os.dup2(report.fileno(), 2)
            try:
                sys._debugmallocstats()
            finally:
                os.dup2(saved, 2)
            report.seek(0)
            for line in report.read().decode("ascii", "replace").splitlines():
                if line.startswith("# bytes in allocated blocks"):
                    return int(line.split("=")[1].replace(",", ""))
    finally:
        os.close(saved)
    return 0


def heap_in_use_kib() -> int:
    """Memory allocated and not yet freed, in KiB: what glibc's malloc has
    handed out in every arena (Qt's objects, images and caches; mapped
    blocks included) and the used blocks of Python's small-object allocator
    (0 where glibc's mallinfo2 is missing). Unlike resident memory it does
    not move with how the heap's pages happen to be laid out: resident
    memory wandered in steps of 3 MiB up and down that lasted 50 to 100
    actions, and a 600-action trend through such steps made 6 MiB per
    1,000 actions with no leak on a loaded machine."""
    if _MALLINFO2 is None:
        return 0
    info = _MALLINFO2()
    return (info.uordblks + info.hblkhd + _python_small_objects_bytes()) // 1024


def settle(ui, waiter) -> None:
    """Bring the kiosk to rest before a sample, so that memory counts what is
    still in use. Python's and the QML engine's garbage is collected (the JS
    heap otherwise grows until its next GC) and the objects they release are
    deleted; then glibc hands its free pages back to the system
    (malloc_trim), so that holes left in the C heap are not resident. A
    leak is live data and stays in; this only removes noise."""
    # At rest: no espeak-ng still running for speech mode (a visitor may
    # have tapped Listen). On a loaded machine a process being killed or
    # reaped lives on for a while, and its QProcess with it.
    speech = getattr(ui, "speech", None)
    for _ in range(200):
        if speech is None or not speech.busy:
            break
        waiter.wait(10)
    # And no screen change under way: while a page fades, it and the page
    # it replaces are each drawn into a layer the size of the window (25 to
    # 35 MiB at 1080p). On a loaded machine a fade lasts longer, a fifth of
    # the samples fell in one, and the slope followed where they fell.
    for _ in range(500):
        if not pages_changing(ui):
            break
        waiter.wait(10)
    ui.engine.collectGarbage()
    waiter.wait(10)  # deleteLater() of what the JS GC let go
    gc.collect()  # then Python's cycles, the JS side's included
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)


def pages_changing(ui) -> bool:
    """A screen change is under way: a page (Page.qml) shown but not whole,
    or still waiting to start its fade or to drop its layer."""
    for item in walk(ui.window.contentItem()):
        waiting = item.property("waiting")
        if waiting is None or item.property("unseen") is None:
            continue  # not a page
        if waiting or item.property("ending") or 0 < item.opacity() < 1:
            return True
    return False


def live_qobjects(ui) -> int:
    roots = [ui.window, ui.engine, ui.model]
    return sum(len(root.findChildren(QObject)) for root in roots) + len(
        list(walk(ui.window.contentItem()))
    )


class Sample(NamedTuple):
    action: int
    kib: int  # settled resident memory
    qobjects: int
    display: tuple[bool, bool]  # the visitor's (large text, high contrast)
    screen: int = -1  # the screen shown (a Screen)
    place: tuple = ()  # the screen, and the topic or region on it (see ``place``)
    heap: int = 0  # KiB allocated and not freed (heap_in_use_kib)


def place(ui) -> tuple[int, str]:
    """What is shown, finely enough to count its items: the screen, and on
    a topic the topic, on the map the chosen region. A topic's paragraphs,
    lists and links are items of their own, so the topics differ by dozens
    of QObjects."""
    model = ui.model
    screen = int(model.screen)
    if screen == Screen.Section:
        return screen, model.reader.property("sectionId")
    if screen == Screen.Map:
        return screen, model.map.property("selection")
    return screen, ""


def display_choices(ui) -> tuple[bool, bool]:
    prefs = ui.model.display
    return bool(prefs.property("largeText")), bool(prefs.property("highContrast"))


@dataclass(frozen=True)
class Trend:
    """Growth per 1,000 actions after warm-up.

    ``memory_kib`` is the heap in use (heap_in_use_kib; resident memory
    where it cannot be read), ``resident_kib`` resident memory: each the
    growth that lasts, in both halves of the run (trend.lasting_per_thousand),
    from Theil–Sen slopes between samples taken with the same display
    choices and on the same screen. Large text shows fewer, bigger items
    (about 2 MiB less), and a visitor's choice lasts until the next reset:
    across choices it would look like a step, up or down. The screen shown
    holds its own pictures (the attract screen's map, 6 MiB more), and which
    screen a sample falls on shifts with timing on a loaded machine.
    ``qobjects`` compares samples place by place (SoakReport.trend_after)."""

    memory_kib: float
    resident_kib: float
    qobjects: float
    samples: int
    first: int  # the actions the trend spans
    last: int


@dataclass
class SoakReport:
    actions: int = 0
    resets: int = 0
    samples: list[Sample] = field(default_factory=list)

    def trend_after(self, warmup: int) -> Trend:
        """How fast memory and QObjects grow once the caches are full: the
        slope through the samples from ``warmup`` actions on."""
        after = [s for s in self.samples if s.action >= warmup]
        # Memory is compared on the same screen too (its pictures); the
        # QObjects in the same place: every page lives on, hidden, whichever
        # shows, but the topic or region shown has items of its own (dozens
        # to a hundred). Compared across places, two runs on a loaded machine,
        # where the place a sample falls on shifts with timing, made slopes
        # of 62 and 71 (bound 50) with no leak.
        screens = [(s.display, s.screen) for s in after]
        places = [(s.display, s.place) for s in after]
        resident = lasting_per_thousand([(s.action, s.kib) for s in after], screens)
        heap_read = all(s.heap for s in after)
        return Trend(
            memory_kib=(
                lasting_per_thousand([(s.action, s.heap) for s in after], screens)
                if heap_read
                else resident
            ),
            resident_kib=resident,
            qobjects=per_thousand([(s.action, s.qobjects) for s in after], places),
            samples=len(after),
            first=after[0].action,
            last=after[-1].action,
        )


class RandomVisitor:
    """``leak_kib`` makes the visitor itself keep that much memory per action,
    and ``leak_qobject_every`` one QObject (a child of the kiosk's model) every
    that many actions: deliberate leaks, to show that the soak's check
    catches them."""

    def __init__(
        self,
        ui,
        waiter,
        seed: int = 2025,
        reset_every: int = 150,
        leak_kib: int = 0,
        leak_qobject_every: int = 0,
    ) -> None:
        self.ui = ui
        self.wait = waiter  # anything with .wait(ms): qtbot, or bench's shim
        self.rng = random.Random(seed)
        self.reset_every = reset_every
        self.report = SoakReport()
        self._leak = b"\xa5" * (leak_kib * 1024)
        self._kept: list[bytearray] = []
        self._leak_qobject_every = leak_qobject_every

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
        if self._leak:
            self._kept.append(bytearray(self._leak))  # a copy, written: resident
        if self._leak_qobject_every and self.report.actions % self._leak_qobject_every == 0:
            QObject(self.ui.model)  # owned by the model: lives as long as the kiosk
        if self.report.actions % self.reset_every == 0:
            self.ui.ops.reset()  # what the idle timer does, without the wait
            self.report.resets += 1
        self.wait.wait(5)

    def sample(self) -> Sample:
        settle(self.ui, self.wait)
        sample = Sample(
            self.report.actions,
            rss_kib(),
            live_qobjects(self.ui),
            display_choices(self.ui),
            int(self.ui.model.screen),
            place(self.ui),
            heap_in_use_kib(),
        )
        self.report.samples.append(sample)
        return sample

    def run(self, actions: int, sample_every: int = 20) -> SoakReport:
        """``actions`` more actions, sampling before the first one (on a fresh
        visitor), every ``sample_every`` actions, and after the last."""
        if not self.report.samples:
            self.sample()
        for _ in range(actions):
            self.step()
            if self.report.actions % sample_every == 0:
                self.sample()
        if self.report.samples[-1].action != self.report.actions:
            self.sample()
        return self.report
