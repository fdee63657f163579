"""What a visitor would see as broken layout: text cut, spilling out of its
box or off the screen, text over text, text over a button; a picture (a QR
code, a flag, the map) cut, off the screen or too small to use.

Text is measured by its painted box (the lines actually drawn, placed by its
alignment), not by the item's box, which a layout may stretch.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QRectF
from PySide6.QtQuick import QQuickItem

from helpers.visitor import hidden, qml_eval, seen, walk_shown

SLACK = 1.5  # px: rounding of fractional layouts


def _painted_rect(text: QQuickItem) -> QRectF:
    """The drawn lines of a Text item, in the item's own coordinates."""
    width, height = text.width(), text.height()
    painted_w = text.property("contentWidth")
    painted_h = text.property("contentHeight")
    x = y = 0.0
    if painted_w < width - SLACK:
        h_align = int(qml_eval(text, "effectiveHorizontalAlignment"))
        if h_align == 4:  # Text.AlignHCenter
            x = (width - painted_w) / 2
        elif h_align == 2:  # Text.AlignRight
            x = width - painted_w
    if painted_h < height - SLACK:
        v_align = int(qml_eval(text, "verticalAlignment"))
        if v_align == 128:  # Text.AlignVCenter
            y = (height - painted_h) / 2
        elif v_align == 64:  # Text.AlignBottom
            y = height - painted_h
    return QRectF(x, y, painted_w, painted_h)


def _flickable(item: QQuickItem) -> QQuickItem | None:
    node = item.parentItem()
    while node is not None:
        if node.inherits("QQuickFlickable"):
            return node
        node = node.parentItem()
    return None


def _describe(item: QQuickItem) -> str:
    text = item.property("text")
    if text:
        return repr(text[:40])
    name = item.objectName()
    node = item
    while not name and node is not None:
        node = node.parentItem()
        name = node.objectName() if node is not None else ""
    return f"<{item.metaObject().className()} in {name or '?'}>"


def _is_control(item: QQuickItem) -> bool:
    """Something a finger taps: a TouchButton or a tile, topic, chip, entry."""
    name = item.objectName()
    return item.metaObject().indexOfSignal("clicked()") >= 0 or name.startswith(
        ("tile_", "topic_", "legend_", "entry_")
    )


# A picture is an Image or a painted item with an objectName (the icons
# inside controls have none). Its shorter side must be at least this many
# pixels of a 1920x1080 screen (scaled as Theme.qml scales the layout): a QR
# code a phone reads from arm's length; the map about half the screen's height
# (MapScreen.qml keeps its frame at half the window in every mode; the canvas
# sits inside the frame's edge).
MIN_PICTURE = {"cardQr_": 240, "entryQr": 240, "mapCanvas": 530}
MIN_PICTURE_DEFAULT = 48


def _is_picture(item: QQuickItem) -> bool:
    return bool(item.objectName()) and (
        item.inherits("QQuickImage") or item.inherits("QQuickPaintedItem")
    )


def _picture_minimum(item: QQuickItem, screen: QRectF) -> float:
    name = item.objectName()
    least = next((v for k, v in MIN_PICTURE.items() if name.startswith(k)), MIN_PICTURE_DEFAULT)
    long_side = max(screen.width(), screen.height())
    short_side = min(screen.width(), screen.height())
    return least * max(0.5, min(long_side / 1920, short_side / 1080))


def _inside(inner: QRectF, outer: QRectF) -> bool:
    return (
        inner.left() >= outer.left() - SLACK
        and inner.top() >= outer.top() - SLACK
        and inner.right() <= outer.right() + SLACK
        and inner.bottom() <= outer.bottom() + SLACK
    )


def _lost(text: QQuickItem, screen: QRectF) -> bool:
    """A shown text wholly off the screen, with no list to scroll it into
    view and nothing clipping it away on purpose: a layout that placed it
    and never placed it again (a figure's number 1,000 px below its figure)."""
    if text.width() <= 0 or text.height() <= 0 or _flickable(text) is not None:
        return False
    rect = text.mapRectToScene(QRectF(0, 0, text.width(), text.height()))
    clip = _clip_rect(text, None)
    return not rect.intersects(screen) and (clip is None or clip.intersects(rect))


def _clip_rect(item: QQuickItem, stop: QQuickItem | None) -> QRectF | None:
    """Where ``item`` can be seen: the intersection of its clipping ancestors
    up to (not including) ``stop``; None when nothing clips it."""
    rect: QRectF | None = None
    node = item.parentItem()
    while node is not None and node is not stop:
        if node.clip():
            box = node.mapRectToScene(QRectF(0, 0, node.width(), node.height()))
            rect = box if rect is None else rect.intersected(box)
        node = node.parentItem()
    return rect


def layout_problems(root: QQuickItem) -> list[str]:
    """Everything wrong with the shown text and controls under ``root``."""
    window = root
    while window.parentItem() is not None:
        window = window.parentItem()
    screen = QRectF(0, 0, window.width(), window.height())
    problems: list[str] = []
    texts: list[tuple[QQuickItem, QRectF]] = []
    controls: list[tuple[QQuickItem, QRectF]] = []
    if hidden(root):
        return problems  # nothing under it is seen

    for item in walk_shown(root):  # hidden and faded out above it: not reached
        is_text = item.inherits("QQuickText") and bool(item.property("text"))
        if is_text and _lost(item, screen):
            problems.append(f"{_describe(item)} stands off the screen, where nothing scrolls to it")
        elif is_text and seen(item):
            name = _describe(item)
            if item.property("truncated"):
                problems.append(f"{name} is cut short (elided)")
            painted = _painted_rect(item)
            if painted.width() > item.width() + SLACK or painted.height() > item.height() + SLACK:
                problems.append(
                    f"{name} spills out of its box ({painted.width():.0f}x{painted.height():.0f}"
                    f" in {item.width():.0f}x{item.height():.0f})"
                )
            scene = item.mapRectToScene(painted)
            texts.append((item, scene))
            boxes = [(item, scene)]
        elif _is_picture(item) and seen(item):
            scene = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
            least = _picture_minimum(item, screen)
            if min(scene.width(), scene.height()) < least - SLACK:
                problems.append(
                    f"{_describe(item)} is too small ({scene.width():.0f}x{scene.height():.0f},"
                    f" at least {least:.0f} px)"
                )
            boxes = [(item, scene)]
        elif _is_control(item) and seen(item):
            scene = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
            controls.append((item, scene))
            boxes = [(item, scene)]
        else:
            continue
        for thing, rect in boxes:
            problems += _unreachable(thing, rect, screen)

    problems += _lists_without_a_bar(root)
    visible = [(item, _visible(item, rect)) for item, rect in texts]
    for i, (a, ra) in enumerate(visible):
        for b, rb in visible[i + 1 :]:
            if _overlap(ra, rb):
                problems.append(f"{_describe(a)} overlaps {_describe(b)}")
        for control, rc in controls:
            if not _descends(a, control) and _overlap(ra, _visible(control, rc)):
                problems.append(f"{_describe(a)} overlaps the control {_describe(control)}")
    for i, (a, ra) in enumerate(controls):
        for b, rb in controls[i + 1 :]:
            separate = not _descends(a, b) and not _descends(b, a)
            if separate and _overlap(_visible(a, ra), _visible(b, rb)):
                problems.append(f"{_describe(a)} overlaps {_describe(b)}")
    return problems


def _lists_without_a_bar(root: QQuickItem) -> list[str]:
    """A shown list that holds more than it shows has a scroll bar at its
    right, inside or just beside it or the card it sits in (SideScrollBar.qml's
    track, or the reader's own bar): a list that ends on a whole row, with nothing cut,
    hides that there is more (an eighth topic, with large text)."""
    bars, overflowing = [], []
    for item in walk_shown(root):
        if item.objectName() == "scrollThumb" and seen(item):
            bar = item.parentItem()  # the track
            bars.append(bar.mapRectToScene(QRectF(0, 0, bar.width(), bar.height())))
        elif item.objectName() == "scrollBar" and seen(item):
            bars.append(item.mapRectToScene(QRectF(0, 0, item.width(), item.height())))
        elif (
            item.inherits("QQuickFlickable")
            and seen(item)
            and item.property("interactive")
            and item.property("contentHeight") > item.height() + SLACK
        ):
            overflowing.append(item)
    problems = []
    for flick in overflowing:
        box = flick.mapRectToScene(QRectF(0, 0, flick.width(), flick.height()))
        card = _card_of(flick)  # a reading column's bar is at its card's edge
        right = box.right()
        if card is not None:
            right = max(right, card.mapRectToScene(QRectF(0, 0, card.width(), 1)).right())
        beside = (
            bar.top() < box.bottom()
            and bar.bottom() > box.top()
            and box.center().x() < bar.left()
            and bar.left() - right <= 24
            for bar in bars
        )
        if not any(beside):
            problems.append(f"{_describe(flick)} holds more than it shows, with no scroll bar")
    return problems


def _card_of(item: QQuickItem) -> QQuickItem | None:
    """The card ``item`` sits in: its nearest ancestor drawn with an edge."""
    node = item.parentItem()
    while node is not None:
        if node.inherits("QQuickRectangle") and qml_eval(node, "border.width") > 0:
            return node
        node = node.parentItem()
    return None


def settled_layout_problems(qtbot, root: QQuickItem, timeout: int = 10_000) -> list[str]:
    """layout_problems once ``root`` has settled: none, or those still there
    after ``timeout`` ms. A panel made on first use lays out wrapped text
    over a few frames (each wrap changes a height its layout then reads)."""
    problems = layout_problems(root)

    def settled() -> bool:
        nonlocal problems
        problems = layout_problems(root)
        return not problems

    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(settled, timeout=timeout)
    return problems


def _unreachable(thing: QQuickItem, rect: QRectF, screen: QRectF) -> list[str]:
    """Why ``thing`` (at ``rect`` in the scene) cannot be seen, scrolling
    included: a list inside a scrolling page (home with notices and large
    text) is reachable as its page scrolls."""
    problems: list[str] = []
    flick = _flickable(thing)
    while flick is not None:
        # In a scrolling list: reachable if it lies within the content
        # (vertically) and within the list's width.
        content = flick.property("contentItem")
        local = content.mapRectFromScene(rect)
        top = flick.property("originY") - SLACK
        bottom = top + flick.property("contentHeight") + 2 * SLACK
        if local.top() < top or local.bottom() > bottom:
            problems.append(f"{_describe(thing)} lies outside its scrolling list")
        box = flick.mapRectToScene(QRectF(0, 0, flick.width(), flick.height()))
        if rect.left() < box.left() - SLACK or rect.right() > box.right() + SLACK:
            problems.append(f"{_describe(thing)} is cut at the side of its list")
        thing, rect, flick = flick, box, _flickable(flick)
    clip = _clip_rect(thing, None)
    if clip is not None and not _inside(rect, clip):
        problems.append(f"{_describe(thing)} is cut by what holds it")
    if not _inside(rect, screen):
        problems.append(f"{_describe(thing)} runs off the screen")
    return problems


def _visible(item: QQuickItem, rect: QRectF) -> QRectF:
    clip = _clip_rect(item, None)
    return rect if clip is None else rect.intersected(clip)


def _overlap(a: QRectF, b: QRectF) -> bool:
    both = a.intersected(b)
    return both.width() > SLACK and both.height() > SLACK


def _descends(item: QQuickItem, ancestor: QQuickItem) -> bool:
    node = item.parentItem()
    while node is not None:
        if node is ancestor:
            return True
        node = node.parentItem()
    return False
