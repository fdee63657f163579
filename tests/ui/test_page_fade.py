"""A screen change on the software renderer: after the change's own frame,
both pages are drawn into their layers, the incoming one unseen, before the
fade takes its first step; and once it has ended, no page keeps a layer
(Page.qml)."""

from __future__ import annotations

import time

import pytest
from helpers.visitor import find, qml_eval, tap, walk_made
from PySide6.QtCore import QMetaObject, QObject, Slot
from PySide6.QtQml import QQmlContext, QQmlExpression, qmlContext

UNSEEN = 0.01  # below what a visitor can see (tests/helpers/visitor.py: shown)
WAIT_MS = 20_000


def _page(window, name: str):
    found = [i for i in walk_made(window.contentItem()) if i.objectName() == name]
    return found[0] if len(found) == 1 else None


def _frames_of_a_start(make_ui, qtbot, lang: str):
    """What each frame showed of home and the attract screen, from a Start
    tapped until the fade has ended: (opacity, layer on) for each."""
    ui = make_ui(screen=None)
    # Home is made after the first frame, in the background.
    qtbot.waitUntil(lambda: _page(ui.window, "homeScreen") is not None, timeout=WAIT_MS)
    home, attract = _page(ui.window, "homeScreen"), _page(ui.window, "attractScreen")
    frames: list[tuple[float, bool, float, bool, float]] = []

    def on_frame() -> None:
        frames.append(
            (
                home.opacity(),
                qml_eval(home, "layer.enabled"),
                attract.opacity(),
                qml_eval(attract, "layer.enabled"),
                time.monotonic(),
            )
        )

    ui.window.frameSwapped.connect(on_frame)
    tap(ui.window, find(ui.window, f"start_{lang}"), qtbot)
    # Generous: a loaded machine may take seconds over a few frames.
    qtbot.waitUntil(lambda: home.property("still"), timeout=WAIT_MS)
    ui.window.frameSwapped.disconnect(on_frame)
    return ui, home, attract, frames


def test_a_start_draws_both_pages_before_the_fade_begins(make_ui, qtbot):
    _, home_page, _, frames = _frames_of_a_start(make_ui, qtbot, "ru")
    drawn = next(n for n, f in enumerate(frames) if f[0] > 0)
    # The Start's own frame is as light as before: home is not drawn yet.
    assert drawn > 0 and frames[drawn - 1][0] == 0 and not frames[drawn - 1][1], frames
    for home, home_layer, attract, attract_layer, _ in frames[drawn : drawn + 2]:
        # Then home is drawn into its layer, unseen; the attract screen still
        # whole, already in its layer: the fade's steps only blend the two.
        assert 0 < home < UNSEEN and home_layer, frames
        assert attract == 1 and attract_layer, frames
    steps = [f[0] for f in frames[drawn + 2 :]]
    assert steps == sorted(steps) and steps[-1] == 1, frames
    # It fades, it does not jump: a transition takes 150-250 ms, and a frame
    # shows home part of the way in, unless one frame took longer than the
    # whole fade (a loaded machine: the fade follows the clock, not the
    # frames). A change with no fade jumps between frames milliseconds apart.
    fade_ms = home_page.findChild(QObject, "pageFade").property("duration")
    assert 150 <= fade_ms <= 250
    if not any(UNSEEN < s < 1 for s in steps):
        whole = next(n for n, f in enumerate(frames) if f[0] == 1)
        took = frames[whole][4] - frames[whole - 1][4]
        assert took > fade_ms / 1000, (took, frames)


def test_no_page_keeps_a_layer_once_the_fade_has_ended(make_ui, qtbot):
    ui, home, attract, _ = _frames_of_a_start(make_ui, qtbot, "tk")
    assert home.opacity() == 1 and not qml_eval(home, "layer.enabled")
    assert not attract.isVisible() and not qml_eval(attract, "layer.enabled")
    # And back: the reset between visitors fades the attract screen in the same way.
    ui.model.reset()
    qtbot.waitUntil(lambda: attract.property("still"), timeout=WAIT_MS)
    assert not qml_eval(attract, "layer.enabled") and not home.isVisible()


def _dark_share(image) -> float | None:
    """The share of the picture that is near black (sampled every 8 px);
    None for no picture (a grab while a frame is on its way gives none)."""
    from PySide6.QtGui import QImage

    if image.isNull() or image.width() < 8:
        return None
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    dark = total = 0
    for y in range(0, image.height(), 8):
        for x in range(0, image.width(), 8):
            colour = image.pixelColor(x, y)
            total += 1
            dark += max(colour.red(), colour.green(), colour.blue()) < 40
    return dark / total


def _share_now(ui, qtbot) -> float:
    for _ in range(50):
        if (share := _dark_share(ui.window.grabWindow())) is not None:
            return share
        qtbot.wait(20)
    raise AssertionError("the window could not be grabbed")


@pytest.mark.parametrize("where", ["map", "section/energy-transit"])
def test_a_fade_never_passes_through_black(make_ui, qtbot, where):
    """A page's layer on the software renderer once drew what its items leave
    bare (the page's own background) as opaque black: opening the map, or a
    topic with links to it, faded the screen to black and back. No moment of
    the fade shows more black than the screens on either side of it.

    The fade is held as it starts (both pages in their layers, the incoming
    one unseen), and the window is drawn with the incoming page from a
    quarter to almost all of the way in. Frames grabbed as they came were too
    few on a loaded machine: with each frame grabbed, the 200 ms fade went
    from unseen to whole in one frame."""
    from helpers.visitor import open_screen, wait_screen

    ui = make_ui(lang="en", screen="home")
    wait_screen(qtbot, ui.window, "homeScreen")
    before = _share_now(ui, qtbot)
    name = "mapScreen" if where == "map" else "sectionScreen"
    holder = _FadeHolder()
    # Every screen is made in the background after the first frame, as a
    # visitor finds it (one opened before it is made shows whole at once).
    qtbot.waitUntil(lambda: _page(ui.window, name) is not None, timeout=WAIT_MS)
    page = _page(ui.window, name)
    fade = page.findChild(QObject, "pageFade")
    fade.runningChanged.connect(holder.hold)
    assert open_screen(ui.model, where)
    qtbot.waitUntil(lambda: holder.held is not None, timeout=WAIT_MS)
    assert qml_eval(page, "layer.enabled") and page.opacity() < UNSEEN
    shares = []
    # Black shows as dark (below 40 of 255) once the page is about 85 % in.
    for opacity in (0.25, 0.5, 0.75, 0.9, 0.97):
        page.setOpacity(opacity)
        shares.append(_share_now(ui, qtbot))
    QMetaObject.invokeMethod(holder.held, "resume")
    qtbot.waitUntil(lambda: page.property("still"), timeout=WAIT_MS)
    after = _share_now(ui, qtbot)
    assert max(shares) <= max(before, after) + 0.02, (before, after, shares)


class _FadeHolder(QObject):
    """Pauses a page's fade the moment it runs (its job has started by the
    time ``running`` changes; at ``started`` it has not)."""

    def __init__(self) -> None:
        super().__init__()
        self.held: QObject | None = None

    @Slot()
    def hold(self) -> None:
        fade = self.sender()
        if fade.property("running") and self.held is None:
            QMetaObject.invokeMethod(fade, "pause")
            self.held = fade


class _LayerLog(QObject):
    """What a page's layer did, as it happened (a layer dropped and made
    again within one frame leaves no trace in what the frame shows)."""

    def __init__(self) -> None:
        super().__init__()
        self.changes: list[bool] = []

    @Slot(bool)
    def note(self, enabled: bool) -> None:
        self.changes.append(enabled)


def _log_layer(page) -> _LayerLog:
    log = _LayerLog()
    context = QQmlContext(qmlContext(page), page)
    context.setContextProperty("layerLog", log)
    expression = QQmlExpression(
        context, page, "layer.enabledChanged.connect(() => layerLog.note(layer.enabled))"
    )
    expression.evaluate()
    assert not expression.hasError(), expression.error().toString()
    log.setParent(page)  # lives as long as the connection
    return log


@pytest.mark.parametrize("change", ["start", "reset"])
def test_each_page_takes_its_layer_once_per_change(make_ui, qtbot, change):
    """Drawing a whole page into a layer costs a frame of its own (15 ms at
    1080p on the software renderer). The outgoing page once dropped its
    layer for a moment as the fade began, and the incoming one as it ended,
    and each drew it again then."""
    ui = make_ui(screen=None)
    qtbot.waitUntil(lambda: _page(ui.window, "homeScreen") is not None, timeout=WAIT_MS)
    home, attract = _page(ui.window, "homeScreen"), _page(ui.window, "attractScreen")
    if change == "reset":
        tap(ui.window, find(ui.window, "start_en"), qtbot)
        qtbot.waitUntil(lambda h=home: h.property("still"), timeout=WAIT_MS)
    logs = {"home": _log_layer(home), "attract": _log_layer(attract)}
    if change == "start":
        tap(ui.window, find(ui.window, "start_ru"), qtbot)
        incoming = home
    else:
        ui.model.reset()
        incoming = attract
    qtbot.waitUntil(lambda: incoming.property("still"), timeout=WAIT_MS)
    assert {name: log.changes for name, log in logs.items()} == {
        "home": [True, False],
        "attract": [True, False],
    }
