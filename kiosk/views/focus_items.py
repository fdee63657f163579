"""Items as the keypad sees them (kiosk/views/keypad_focus.py): which can
be seen, which are Tab stops and in what order, scrolling one into view,
and pressing one as a tap does. Qt Quick only; no state."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QMetaObject, QRectF
from PySide6.QtQuick import QQuickItem

log = logging.getLogger(__name__)

_SCROLL_PAGE = 0.8  # of a list's height, per arrow
_EDGE = 0.12  # of a list's height: a focused control is scrolled this far clear of its edges


def alive(item: QQuickItem) -> bool:
    """The item behind a wrapper kept for later still exists."""
    return shiboken6.isValid(item)


def shown(item: QQuickItem) -> bool:
    """Seen by a person: visible and not faded out, all the way up."""
    node: QQuickItem | None = item
    while node is not None:
        if not node.isVisible() or node.opacity() <= 0.01 or not node.isEnabled():
            return False
        node = node.parentItem()
    return item.width() > 0 and item.height() > 0


def inside(item: QQuickItem, scope: QQuickItem) -> bool:
    node: QQuickItem | None = item
    while node is not None:
        if node is scope:
            return True
        node = node.parentItem()
    return False


def within_named(item: QQuickItem, name: str) -> bool:
    """``item`` or one of its ancestors is called ``name``."""
    node: QQuickItem | None = item
    while node is not None:
        if node.objectName() == name:
            return True
        node = node.parentItem()
    return False


def tab_stops(root: QQuickItem) -> list[QQuickItem]:
    """Every Tab stop under ``root`` that a visitor can see, in the item
    tree's order (the QML's reading order). Walked here rather than along
    Qt's own focus chain, which, asked from a control inside a list, can
    skip the first stop after that list. What is hidden, faded out or
    disabled is not entered at all."""
    found: list[QQuickItem] = []
    stack = [root]
    while stack:
        item = stack.pop()
        if not item.isVisible() or not item.isEnabled() or item.opacity() <= 0.01:
            continue
        if item is not root and item.activeFocusOnTab() and item.width() > 0:
            found.append(item)
        stack.extend(reversed(item.childItems()))
    return found


def scroll_to(flickable: QQuickItem, item: QQuickItem) -> None:
    """Scroll ``flickable`` until ``item`` (inside it) is whole in view."""
    # Measured against the flickable itself: its contentItem is never
    # asked for (PySide may take ownership of an item a property hands
    # back, and delete it with the wrapper).
    rect = item.mapRectToItem(flickable, QRectF(0, 0, item.width(), item.height()))
    height = flickable.height()
    # Clear of the list's edges too, where a "more below" fade lies.
    margin = max(0.0, min(_EDGE * height, (height - rect.height()) / 2))
    if rect.top() < margin:
        delta = rect.top() - margin
    elif rect.bottom() > height - margin:
        delta = min(rect.top() - margin, rect.bottom() - height + margin)
    else:
        return
    y = flickable.property("contentY")
    low = flickable.property("originY")
    high = low + max(0.0, flickable.property("contentHeight") - height)
    pinned = flickable.property("pinnedToTop") is not None  # KeepPlaceList
    if pinned:
        flickable.setProperty("holding", False)
        flickable.setProperty("pinnedToTop", False)
    target = max(low, min(y + delta, high))
    at_end = delta > 0 and high - target < margin  # going down, nearly there
    if at_end and flickable.metaObject().indexOfMethod("positionViewAtEnd()") >= 0:
        # Nearly at the end of a list: all the way, as the list itself
        # knows it (its height is an estimate that grows as the rows below
        # are made), so that no "more below" fade lies over the last
        # control (the reader's Next topic).
        # Each try makes the rows it reaches, and so learns more of the
        # height: again until the end stays put (a few tries at most).
        for _ in range(4):
            before = flickable.property("contentY")
            QMetaObject.invokeMethod(flickable, "positionViewAtEnd")
            if flickable.property("contentY") == before:
                break
    else:
        flickable.setProperty("contentY", high if at_end else target)
    if pinned:
        flickable.setProperty("pinnedToTop", flickable.property("atYBeginning"))


def scroll_page(item: QQuickItem, forward: bool) -> bool:
    """A focused list of text (the reader) scrolls a page per arrow
    before the focus moves on past it."""
    if not item.inherits("QQuickFlickable") or not item.property("interactive"):
        return False
    at_end = item.property("atYEnd") if forward else item.property("atYBeginning")
    if at_end:
        return False
    step = _SCROLL_PAGE * item.height() * (1 if forward else -1)
    low = item.property("originY")
    high = low + max(0.0, item.property("contentHeight") - item.height())
    pinned = item.property("pinnedToTop") is not None  # KeepPlaceList: a finger's move
    if pinned:
        item.setProperty("holding", False)
        item.setProperty("pinnedToTop", False)
    item.setProperty("contentY", max(low, min(item.property("contentY") + step, high)))
    if pinned:
        item.setProperty("pinnedToTop", item.property("atYBeginning"))
    return True


def press(item: QQuickItem) -> None:
    """What a tap on ``item`` does: its accessible press action (every
    control has one, the same a screen reader uses)."""
    node: QQuickItem | None = item
    while node is not None:
        for child in node.children():
            if child.metaObject().className() == "QQuickAccessibleAttached":
                QMetaObject.invokeMethod(child, "pressAction")
                return
        node = node.parentItem()
    log.warning("keypad: %s has no press action", item.objectName() or item)
