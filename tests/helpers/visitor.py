"""Acting as a visitor on the real QML UI: find items, tap and flick with touch."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QPointingDevice
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from kiosk.screens import parse_screen_name

_DEVICE: QPointingDevice | None = None


def touch_device() -> QPointingDevice:
    global _DEVICE
    if _DEVICE is None:
        _DEVICE = QTest.createTouchDevice()
    return _DEVICE


def _children(node: QQuickItem) -> list[QQuickItem]:
    """The node's child items, last drawn first (for a stack). Once in a
    long run on a loaded machine, childItems() handed back a QMetaObject:
    PySide still held the wrapper of a freed QML metaobject at the address
    a new item then took. Such a child is left out (the walk that met it is
    asked again, as every wait here is)."""
    return [child for child in reversed(node.childItems()) if isinstance(child, QQuickItem)]


def walk(item: QQuickItem) -> Iterator[QQuickItem]:
    """The item and everything drawn inside it, parents before children, in
    the order they are drawn. A stack, not recursion: a nested generator per
    level made each item cost as many calls as it is deep, and tests walk
    whole windows thousands of times."""
    stack = [item]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(_children(node))


def walk_made(item: QQuickItem) -> Iterator[QQuickItem]:
    """What ``walk`` yields, and the hidden screens too: a page is out of
    the window while hidden (Page.qml), so no item has it as a child; it
    is still the QObject child of what made it (its Loader, the stage)."""
    stack = [item]
    # The wrappers themselves, kept alive: PySide hands out the same wrapper
    # for an item while one lives (an id() could be reused).
    reached: set[QQuickItem] = set()
    while stack:
        node = stack.pop()
        if node in reached:
            continue
        reached.add(node)
        yield node
        stack.extend(_children(node))
        stack.extend(
            child
            for child in node.children()
            if isinstance(child, QQuickItem) and child.parentItem() is None
        )


def walk_shown(item: QQuickItem, *, faded: bool = False) -> Iterator[QQuickItem]:
    """What ``walk`` yields, less what is hidden or (unless ``faded``) faded
    out, and all inside it: the hidden screens, made once and kept, are most
    of the tree. (Each still has to be inside what clips it to be seen:
    see ``shown``.)"""
    stack = [item]
    while stack:
        node = stack.pop()
        if node.isVisible() and (faded or node.opacity() > 0.01):
            yield node
            stack.extend(_children(node))


def find(window: QQuickWindow, name: str) -> QQuickItem:
    """The one item called ``name`` that a visitor can see."""
    found = [i for i in walk_shown(window.contentItem()) if i.objectName() == name and seen(i)]
    assert found, f"no visible item named {name!r}"
    assert len(found) == 1, f"{len(found)} visible items named {name!r}"
    return found[0]


def find_all(window: QQuickWindow, prefix: str) -> list[QQuickItem]:
    return [
        i for i in walk_shown(window.contentItem()) if i.objectName().startswith(prefix) and seen(i)
    ]


def shown(item: QQuickItem) -> bool:
    """Visible to a person: visible, not faded out, and inside what clips it."""
    return not hidden(item) and seen(item)


def hidden(item: QQuickItem) -> bool:
    """Hidden or faded out, itself or through an ancestor."""
    node: QQuickItem | None = item
    while node is not None:
        if not node.isVisible() or node.opacity() <= 0.01:
            return True
        node = node.parentItem()
    return False


def seen(item: QQuickItem) -> bool:
    """Not clipped away: for an item whose ancestors are known to be shown
    (``walk_shown`` reached it)."""
    return not visible_rect(item).isEmpty()


def visible_rect(item: QQuickItem) -> QRectF:
    # Clipped by every clipping ancestor and by the root (the window's content
    # item). QQuickItem.window() is avoided on purpose: in PySide6 6.12 its
    # wrapper takes ownership of the window and deletes it when collected.
    rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    node = item.parentItem()
    while node is not None:
        if node.clip() or node.parentItem() is None:
            rect = rect.intersected(node.mapRectToScene(QRectF(0, 0, node.width(), node.height())))
        node = node.parentItem()
    return rect


def centre(item: QQuickItem) -> QPoint:
    return visible_rect(item).center().toPoint()


def tap(window: QQuickWindow, item: QQuickItem, qtbot) -> None:
    """A finger taps the middle of the item."""
    point = centre(item)
    QTest.touchEvent(window, touch_device()).press(0, point, window).commit()
    qtbot.wait(30)
    QTest.touchEvent(window, touch_device()).release(0, point, window).commit()
    qtbot.wait(30)


def press(window: QQuickWindow, item: QQuickItem) -> QPoint:
    point = centre(item)
    QTest.touchEvent(window, touch_device()).press(0, point, window).commit()
    return point


def release(window: QQuickWindow, point: QPoint) -> None:
    QTest.touchEvent(window, touch_device()).release(0, point, window).commit()


def flick(window: QQuickWindow, item: QQuickItem, dy: int, qtbot, steps: int = 8) -> None:
    """A finger drags ``dy`` pixels up (negative) or down over the item and lets go."""
    start = centre(item)
    QTest.touchEvent(window, touch_device()).press(0, start, window).commit()
    for i in range(1, steps + 1):
        qtbot.wait(16)
        point = start + QPoint(0, round(dy * i / steps))
        QTest.touchEvent(window, touch_device()).move(0, point, window).commit()
    QTest.touchEvent(window, touch_device()).release(0, point, window).commit()


def visible_texts(window: QQuickWindow) -> list[str]:
    return [
        i.property("text")
        for i in walk_shown(window.contentItem())
        if i.inherits("QQuickText") and i.property("text") and seen(i)
    ]


def open_screen(model, name: str) -> bool:
    """Open what `kiosk shot --screen <name>` opens (``section/neutrality``):
    the name is read once, as the command line reads it, then opened typed."""
    request = parse_screen_name(name)
    assert request is not None, f"{name!r} is not a screen name"
    return model.open(request)


def wait_screen(qtbot, window: QQuickWindow, name: str) -> QQuickItem:
    """Wait until the screen has finished fading in and the others are gone."""

    def settled() -> bool:
        screens = {
            "attractScreen",
            "homeScreen",
            "sectionScreen",
            "contactsScreen",
            "mapScreen",
            "unavailableScreen",
            "closedScreen",
        }
        # Only what is visible is walked: the screen called ``name`` must be
        # among it (made after the first frame: map, contacts), alone, also
        # when the others have faded to nothing.
        visible = walk_shown(window.contentItem(), faded=True)
        items = {i.objectName(): i for i in visible if i.objectName() in screens}
        # Laid out too: a page made in place before the first frame is whole
        # (opacity 1) before its first layout gives it a size.
        return list(items) == [name] and items[name].opacity() == 1 and shown(items[name])

    # Generous: a change takes a few frames to prepare before its fade
    # (Page.qml), and a loaded machine may take long over each.
    qtbot.waitUntil(settled, timeout=10_000)
    return find(window, name)


def qml_eval(item: QQuickItem, expression: str):
    """Evaluate a QML expression in the item's scope (for enum properties that
    PySide cannot convert, such as Text.textFormat)."""
    from PySide6.QtQml import QQmlExpression, qmlContext

    result, undefined = QQmlExpression(qmlContext(item), item, expression).evaluate()
    assert not undefined, expression
    return result


def read_qr(window: QQuickWindow, item: QQuickItem) -> list[str]:
    """Decode the QR code(s) a visitor sees on ``item``, from a grab of the window."""
    import zxingcpp
    from PySide6.QtGui import QImage

    image = window.grabWindow().copy(visible_rect(item).toRect())
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    stride, height = gray.bytesPerLine(), gray.height()
    pixels = memoryview(bytes(gray.constBits())[: stride * height]).cast("B", (height, stride))
    return [code.text for code in zxingcpp.read_barcodes(pixels)]


def wait_shown(qtbot, window: QQuickWindow, name: str) -> QQuickItem:
    """Wait until the overlay called ``name`` has finished fading in."""
    qtbot.waitUntil(lambda: [i.opacity() for i in find_all(window, name)] == [1.0], timeout=2000)
    return find(window, name)


def tap_at(window: QQuickWindow, point: QPoint, qtbot) -> None:
    """A finger taps one point of the window."""
    QTest.touchEvent(window, touch_device()).press(0, point, window).commit()
    qtbot.wait(30)
    QTest.touchEvent(window, touch_device()).release(0, point, window).commit()
    qtbot.wait(30)


def drag(window: QQuickWindow, start: QPoint, delta: QPoint, qtbot, steps: int = 10) -> None:
    """One finger drags slowly (no fling) by ``delta``."""
    QTest.touchEvent(window, touch_device()).press(0, start, window).commit()
    point = start
    for i in range(1, steps + 1):
        qtbot.wait(20)
        point = start + QPoint(round(delta.x() * i / steps), round(delta.y() * i / steps))
        QTest.touchEvent(window, touch_device()).move(0, point, window).commit()
    qtbot.wait(20)
    QTest.touchEvent(window, touch_device()).release(0, point, window).commit()


def pinch(
    window: QQuickWindow, centre: QPoint, start: int, end: int, qtbot, steps: int = 10
) -> None:
    """Two fingers, ``start`` px apart about ``centre``, end ``end`` px apart."""

    def points(gap: float) -> tuple[QPoint, QPoint]:
        half = round(gap / 2)
        return centre - QPoint(half, 0), centre + QPoint(half, 0)

    a, b = points(start)
    QTest.touchEvent(window, touch_device()).press(0, a, window).press(1, b, window).commit()
    for i in range(1, steps + 1):
        qtbot.wait(20)
        a, b = points(start + (end - start) * i / steps)
        QTest.touchEvent(window, touch_device()).move(0, a, window).move(1, b, window).commit()
    qtbot.wait(20)
    QTest.touchEvent(window, touch_device()).release(0, a, window).release(1, b, window).commit()


def top_row(reader) -> tuple[int, float]:
    """The row at the top edge of the reader and how far into it (0…1)."""
    y = reader.property("contentY") + 1
    for item in reader.property("contentItem").childItems():
        name = item.objectName()
        if name.startswith("row_") and item.y() <= y < item.y() + item.height():
            return int(name.removeprefix("row_")), round((y - item.y()) / item.height(), 1)
    return -1, 0.0


def flick_to_end(window: QQuickWindow, flickable: QQuickItem, qtbot, tries: int = 6) -> None:
    """Flick ``flickable`` up, as a visitor reads on, until it is at its end."""
    for _ in range(tries):
        if flickable.property("atYEnd"):
            return
        flick(window, flickable, -500, qtbot)
        qtbot.waitUntil(lambda: not flickable.property("moving"), timeout=5000)
    assert flickable.property("atYEnd"), f"{flickable.objectName()} not at its end"


def shown_named(window: QQuickWindow, name: str) -> bool:
    """Something called ``name`` is shown (visible, not faded out)."""
    return any(i.objectName() == name for i in walk_shown(window.contentItem()))


def flick_deep(window: QQuickWindow, qtbot) -> tuple[QQuickItem, tuple[int, float]]:
    """Flick the open section's reader well past its first rows; the reader
    and the place it came to rest (see top_row)."""
    reader = find(window, "readerList")
    flick(window, reader, -700, qtbot)
    qtbot.waitUntil(lambda: not reader.property("moving"), timeout=5000)
    place = top_row(reader)
    assert place[0] >= 2, "the flick should have scrolled past the first rows"
    return reader, place
