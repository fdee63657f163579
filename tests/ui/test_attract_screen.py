"""The attract screen as a visitor meets it: three ways in, one per
language; a tap anywhere else; calm motion that runs only while it shows;
and every part whole on every screen size."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from helpers.cli import kiosk
from helpers.layout import layout_problems
from helpers.luminance import changes, most_in_a_second, tile_luminance
from helpers.visitor import (
    centre,
    find,
    find_all,
    qml_eval,
    shown,
    tap,
    tap_at,
    visible_rect,
    wait_screen,
    walk,
)
from PySide6.QtCore import QObject, QPointF, QRectF
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtQuick import QQuickItem

from kiosk import paths
from kiosk.content import load_content
from kiosk.models.attract_texts import START_LABELS, START_NAMES

CONTENT = load_content(paths.default_content_dir()).content

SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920), "small": (1280, 800)}


def _attract(make_ui, qtbot, **options):
    ui = make_ui(screen=None, **options)
    wait_screen(qtbot, ui.window, "attractScreen")
    return ui


@pytest.mark.parametrize("lang", ["tk", "ru", "en"])
def test_each_start_button_starts_the_visit_in_its_own_language(make_ui, qtbot, lang: str):
    ui = _attract(make_ui, qtbot)
    button = find(ui.window, f"start_{lang}")
    # Labelled and named in its own language, whatever the kiosk's default.
    assert START_LABELS[lang] in [t.property("text") for t in _texts(button)]
    tap(ui.window, button, qtbot)
    wait_screen(qtbot, ui.window, "homeScreen")
    assert ui.model.language == lang
    assert ui.model.screen == 1  # Screens.Home


def test_the_buttons_come_in_the_contents_order_and_are_named_in_their_language(make_ui, qtbot):
    ui = _attract(make_ui, qtbot)
    buttons = [find(ui.window, f"start_{lang}") for lang in ("tk", "ru", "en")]
    lefts = [visible_rect(b).left() for b in buttons]
    assert lefts == sorted(lefts)  # Türkmençe · Русский · English
    names = [b.property("modelData")["name"] for b in buttons]
    assert names == [START_NAMES["tk"], START_NAMES["ru"], START_NAMES["en"]]
    assert START_NAMES == {
        "tk": "Türkmen dilinde başla",
        "ru": "Начать на русском языке",
        "en": "Start in English",
    }


@pytest.mark.parametrize("default", ["tk", "ru", "en"])
def test_a_tap_anywhere_else_starts_in_the_default_language(make_ui, qtbot, default: str):
    ui = _attract(make_ui, qtbot)
    ui.model.set_default_language(default)
    ui.model.reset()
    qtbot.waitUntil(lambda: ui.model.language == default)
    # The three ways in look alike whatever the default: none is preferred.
    assert len({_look(find(ui.window, f"start_{lang}")) for lang in ("tk", "ru", "en")}) == 1
    # Anywhere but the buttons: the middle of the world picture (which
    # fades in once the map is read, after the first frame).
    qtbot.waitUntil(lambda: len(find_all(ui.window, "attractWorldView")) == 1)
    world = find(ui.window, "attractWorldView")
    tap_at(ui.window, centre(world), qtbot)
    wait_screen(qtbot, ui.window, "homeScreen")
    assert ui.model.language == default


def _look(button) -> tuple:
    """How a way in looks: its colours, its edge, its size, its texts' colours
    and sizes (not the words)."""
    texts = tuple(
        (t.property("color").name(), t.property("font").pixelSize(), t.property("font").bold())
        for t in sorted(_texts(button), key=lambda t: t.y())
    )
    return (
        button.property("color").name(),
        qml_eval(button, "String(border.color)"),
        qml_eval(button, "border.width"),
        button.width(),
        button.height(),
        button.property("radius"),
        texts,
    )


def _texts(item) -> list:
    out = []
    stack = [item]
    while stack:
        node = stack.pop()
        if node.inherits("QQuickText") and shown(node):
            out.append(node)
        stack.extend(node.childItems())
    return out


def _attract_screen(ui) -> QQuickItem:
    """The attract screen, shown or not (it is made once and kept)."""
    return next(i for i in walk(ui.window.contentItem()) if i.objectName() == "attractScreen")


def _motion(ui) -> tuple[QQuickItem, list[QObject]]:
    """The attract screen and everything on it that moves by itself. (Keep
    the screen while using them: PySide lets go of children found through a
    parent when the parent's wrapper goes.)"""
    screen = _attract_screen(ui)
    names = ("attractMotion", "attractHomeBreath", "attractTopicTimer")
    found = [o for o in screen.findChildren(QObject) if o.objectName() in names]
    assert sorted(o.objectName() for o in found) == sorted(names)
    return screen, found


def test_the_motion_runs_only_while_the_attract_screen_shows(make_ui, qtbot):
    ui = _attract(make_ui, qtbot)
    screen, motion = _motion(ui)
    qtbot.waitUntil(lambda: all(a.property("running") for a in motion))

    tap(ui.window, find(ui.window, "start_ru"), qtbot)
    wait_screen(qtbot, ui.window, "homeScreen")
    assert not any(a.property("running") for a in motion)
    # At rest: the finished picture (what `kiosk shot` shows), not half-way.
    assert screen.property("fade") == 1 and screen.property("counted") == 1
    assert screen.property("reveal") >= 1000

    ui.model.reset()
    wait_screen(qtbot, ui.window, "attractScreen")
    qtbot.waitUntil(lambda: all(a.property("running") for a in motion))


# WCAG 2.3.1: nothing may flash more than three times a second. Proven by
# construction: every change of light the attract screen makes by itself is
# a fade lasting at least this long, so a pair of opposite changes (a flash)
# takes at least twice as long: well under one a second.
MIN_FADE_MS = 900
# Animations that only answer a finger (a pressed button shrinks and darkens;
# the screen fades out when a visitor starts): not motion of the screen's own.
PRESS_FEEDBACK = ("attractDisplayControls", "attractStarts")


def _animations(items: list[QQuickItem]) -> list[QObject]:
    """Every property animation of these items (a delegate's animations are
    its own children, not the screen's: each item is asked)."""
    found: dict[int, QObject] = {}
    for item in items:
        for obj in item.findChildren(QObject):
            if obj.inherits("QQuickPropertyAnimation"):
                found[id(obj)] = obj
    return list(found.values())


def _ancestors(obj: QObject) -> list[QObject]:
    found = []
    node = obj.parent()
    while node is not None:
        found.append(node)
        # A delegate's QObject parent is not its item parent: follow items.
        up = node.parentItem() if isinstance(node, QQuickItem) else None
        node = up if up is not None else node.parent()
    return found


def test_the_motion_never_flashes(make_ui, qtbot):
    from kiosk.models.attract_texts import COUNT_STEPS

    ui = _attract(make_ui, qtbot)
    screen = find(ui.window, "attractScreen")
    qtbot.waitUntil(lambda: len(find_all(ui.window, "attractWorldView")) == 1)
    arcs = find(ui.window, "attractWorldView").property("arcCount")
    assert arcs >= 5  # a region each (an arc too short to see has only its dot)
    checked = 0
    items = list(walk(screen))  # kept: PySide lets go of children when their parent goes
    for animation in _animations(items):
        above = _ancestors(animation)
        names = {a.objectName() for a in above}
        # The screen's own fade when a visitor leaves it (Page.qml).
        if names & set(PRESS_FEEDBACK) or animation.objectName() == "pageFade":
            continue
        # A wait: the value animated to what it already is (tests/ui/
        # test_animation_clock.py says why it is no PauseAnimation).
        if animation.objectName() == "hold":
            continue
        duration = animation.property("duration")
        prop = animation.property("property") or ""
        if prop == "reveal":  # one arc after another, each fading in
            per_arc = duration / max(1, animation.property("to") - animation.property("from"))
            assert per_arc >= MIN_FADE_MS, per_arc
        elif prop == "counted":  # the figures' count: at most 2.5 steps a second
            assert duration / COUNT_STEPS >= 1000 / 2.5, duration
        elif prop == "scale" and "attractHomeBreath" not in names:
            pytest.fail(f"a scale animation outside Ashgabat's ring: {animation}")
        else:
            assert duration >= MIN_FADE_MS, (animation, prop, duration)
        checked += 1
    assert checked >= 10  # the motion, the ring, the topics' and the world's fades


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("options", [{}, {"large_text": True}, {"high_contrast": True}])
def test_every_part_is_whole_and_in_its_place(make_ui, qtbot, size: str, options):
    width, height = SIZES[size]
    ui = make_ui(screen="attract", size=(width, height), **options)
    window = ui.window
    wait_screen(qtbot, window, "attractScreen")
    world = find(window, "attractWorldView")
    qtbot.waitUntil(lambda: world.property("arcCount") > 0)
    assert layout_problems(window.contentItem()) == []

    screen = QRectF(0, 0, width, height)
    parts = ["attractWorldView", "attractTopics", "attractStarts", "attractPrompt"]
    parts += [f"start_{lang}" for lang in ("tk", "ru", "en")]
    parts += [i.objectName() for i in find_all(window, "attractFigureValue_")]
    parts += ["attractLetterhead", "attractDisplayControls"]
    assert len(parts) == 11  # both key figures show, on every size
    rects = {name: visible_rect(find(window, name)) for name in parts}
    for name, rect in rects.items():
        assert screen.contains(rect), (name, rect)
    # Nothing lies on anything else (the words on the world, a figure on a topic).
    names = [n for n in parts if not n.startswith("start_")]
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            both = rects[a].intersected(rects[b])
            assert both.width() < 2 or both.height() < 2, (a, b)
    # The world is large: a third of the width upright, a third wide.
    assert rects["attractWorldView"].width() >= width / 3
    assert rects["attractWorldView"].height() >= height / 6
    # Each way in is a large target (at least the touch size, 72 px at 1080p).
    short = min(width, height) / 1080
    for lang in ("tk", "ru", "en"):
        rect = rects[f"start_{lang}"]
        assert rect.height() >= 100 * short - 1 and rect.width() >= 200 * short - 1
    # Upright, the ways in are not at the floor: in the lower half, above its last tenth.
    if height > width:
        top = rects["start_tk"].top()
        assert height / 2 < top and rects["start_tk"].bottom() < height * 0.92


def test_a_picture_of_the_attract_screen_is_its_finished_state(make_ui, qtbot):
    ui = make_ui(screen="attract")
    screen = find(ui.window, "attractScreen")
    world = find(ui.window, "attractWorldView")
    arcs = find_all(ui.window, "attractArc_")
    assert len(arcs) == world.property("arcCount") > 0
    assert all(a.opacity() == 1 for a in arcs)
    values = [find(ui.window, f"attractFigureValue_{i}").property("text") for i in (0, 1)]
    assert values == ["155", "54"]
    assert screen.property("counted") == 1


def test_kiosk_shot_of_the_attract_screen_is_the_same_every_time(tmp_path: Path):
    pictures = []
    for run in range(2):
        out = tmp_path / f"attract-{run}.png"
        done = kiosk("shot", "--screen", "attract", "--size", "1080x1920", "-o", str(out))
        assert done.returncode == 0, done.stderr
        pictures.append(QImage(str(out)))
    assert not pictures[0].isNull() and pictures[0] == pictures[1]


def test_a_screen_reader_names_each_way_in_in_its_own_language(make_ui, qtbot):
    QAccessible.setActive(True)
    try:
        ui = _attract(make_ui, qtbot)
        for lang in ("tk", "ru", "en"):
            iface = QAccessible.queryAccessibleInterface(find(ui.window, f"start_{lang}"))
            assert iface is not None
            assert iface.role() == QAccessible.Role.Button
            assert iface.text(QAccessible.Text.Name) == START_NAMES[lang]
        # The key figures are read as text: the number with its labels.
        figure = QAccessible.queryAccessibleInterface(find(ui.window, "attractFigureValue_0"))
        assert figure.role() == QAccessible.Role.StaticText
        assert figure.text(QAccessible.Text.Name).startswith("155 ")
    finally:
        QAccessible.setActive(False)


def test_no_part_of_the_screen_flashes_over_a_whole_cycle(make_ui, qtbot):
    """Measured, as well as built so: the screen's light, tile by tile, over
    one whole cycle of the motion (about 16 s)."""
    ui = _attract(make_ui, qtbot)
    qtbot.waitUntil(lambda: len(find_all(ui.window, "attractWorldView")) == 1)
    arcs = find(ui.window, "attractWorldView").property("arcCount")
    cycle_s = (6000 + 1600 + 600 + 900 * arcs) / 1000 + 0.5  # AttractScreen.qml's motion
    samples: list[tuple[float, list[float]]] = []
    end = time.perf_counter() + cycle_s
    while time.perf_counter() < end:
        samples.append((time.perf_counter(), tile_luminance(ui.window.grabWindow())))
        qtbot.wait(40)
    assert len(samples) > 50
    tiles = list(zip(*(values for _, values in samples), strict=True))
    moving = max(max(tile) - min(tile) for tile in tiles)
    assert moving > 0.003  # the arcs and numbers did fade, and the grabs saw it
    for tile in tiles:
        series = [(when, value) for (when, _), value in zip(samples, tile, strict=True)]
        assert most_in_a_second(changes(series)) / 2 <= 3


def _scene_rect(item) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def _baseline(item) -> float:
    return item.mapToScene(QPointF(0, item.property("baselineOffset"))).y()


def _figures_in_rows(window, count: int, languages: int = 3) -> list[str]:
    """What is out of line on the figures' grid: the numbers of a pair off
    one baseline, a language's label off its partner's (each language's
    lines start level; its date follows its own label), or a column's
    figures off one centre line."""
    problems = []
    values = [find(window, f"attractFigureValue_{i}") for i in range(count)]
    for first in range(0, count - 1, 2):
        a, b = values[first], values[first + 1]
        if abs(_baseline(a) - _baseline(b)) > 0.5:
            problems.append(f"numbers {first}, {first + 1}: {_baseline(a)} != {_baseline(b)}")
        for k in range(languages):
            ya, yb = (
                _scene_rect(find(window, f"attractFigureLabel_{i}_{k}")).top()
                for i in (first, first + 1)
            )
            if abs(ya - yb) > 0.5:
                problems.append(f"label {k} of {first}, {first + 1}: {ya} != {yb}")
    # One grid: the figures of a column share its centre line.
    for column in (0, 1):
        centres = {round(_scene_rect(v).center().x(), 1) for v in values[column::2]}
        if len(centres) > 1:
            problems.append(f"column {column}: centres {sorted(centres)}")
    return problems


@pytest.mark.parametrize("size", [*SIZES, "4k"])
@pytest.mark.parametrize("options", [{}, {"high_contrast": True}])
def test_the_key_figures_stand_on_one_baseline_and_grid(make_ui, qtbot, size, options):
    if size == "4k":
        ui = make_ui(screen="attract", size=(3840, 2160), **options)
    else:
        ui = make_ui(screen="attract", size=SIZES[size], **options)
    window = ui.window
    wait_screen(qtbot, window, "attractScreen")
    assert _figures_in_rows(window, 2) == []


def test_each_figure_is_dated_as_home_dates_it_in_every_language(make_ui, qtbot):
    ui = _attract(make_ui, qtbot, lang="tk")
    window = ui.window
    attract_dates = {
        (i, k): find(window, f"attractFigureAsOf_{i}_{k}").property("text")
        for i in (0, 1)
        for k in range(3)
    }
    for k, lang in enumerate(("tk", "ru", "en")):
        tap(window, find(window, f"start_{lang}"), qtbot)
        wait_screen(qtbot, window, "homeScreen")
        for i in (0, 1):
            home = find(window, f"figureAsOf_{i}").property("text")
            assert home and attract_dates[(i, k)] == home, (lang, i)
        ui.model.reset()
        wait_screen(qtbot, window, "attractScreen")
    assert "2022" in attract_dates[(0, 0)]


def test_the_attract_screen_carries_the_letterhead(make_ui, qtbot):
    ui = _attract(make_ui, qtbot)
    window = ui.window
    head = find(window, "attractLetterhead")
    site = CONTENT.site
    names = [find(window, f"attractMinistry_{k}").property("text") for k in range(2)]
    assert names[0] == site.ministry.get("tk")
    assert names[1].split("  ·  ") == [site.ministry.get(lang) for lang in ("ru", "en")]
    flags = [f for f in find_all(window, "flag") if head.isAncestorOf(f)]
    assert len(flags) == 1 and qml_eval(flags[0], "status === Image.Ready")
    assert flags[0].width() * 2 == pytest.approx(flags[0].height() * 3, abs=2)
    # Quieter than the figures: smaller type than a figure's number.
    name_size = find(window, "attractMinistry_0").property("font").pixelSize()
    assert name_size < find(window, "attractFigureValue_0").property("font").pixelSize() / 2
