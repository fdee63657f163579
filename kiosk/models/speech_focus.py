"""What speech mode knows of the item that has the focus: its accessible
name, role and state (QML's ``Accessible.*``, read through QAccessible, as
a screen reader reads them) and its place among its like ("3 of 8")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.speech.phrases import Focused, Role

if TYPE_CHECKING:
    from kiosk.models.speech_mode import SpeechMode

_ROLES = {
    QAccessible.Role.Button: Role.BUTTON,
    QAccessible.Role.CheckBox: Role.TOGGLE,
    QAccessible.Role.StaticText: Role.TEXT,
    QAccessible.Role.Heading: Role.HEADING,
    QAccessible.Role.Graphic: Role.PICTURE,
    QAccessible.Role.Link: Role.LINK,
    QAccessible.Role.ListItem: Role.LIST_ITEM,
    QAccessible.Role.Grouping: Role.GROUP,
}


def focused_of(item: QQuickItem) -> Focused:
    """The item as speech mode says it (an item with no accessible name:
    its ``text``, if it has one; else nothing to say)."""
    face = QAccessible.queryAccessibleInterface(item)
    if face is None or not face.isValid():
        return Focused(name=_text_of(item))
    state = face.state()
    role = _ROLES.get(face.role(), Role.OTHER)
    if role == Role.BUTTON and state.checkable:
        role = Role.TOGGLE
    index, count = position_of(item, face.role())
    return Focused(
        name=face.text(QAccessible.Text.Name) or _text_of(item),
        role=role,
        description=face.text(QAccessible.Text.Description),
        checkable=bool(state.checkable),
        checked=bool(state.checked),
        selected=bool(state.selected),
        index=index,
        count=count,
    )


def position_of(item: QQuickItem, role: QAccessible.Role) -> tuple[int, int]:
    """(1-based place, how many): among the shown items beside it (the same
    parent: a Repeater's or a list's delegates) of the same role and with a
    name, in reading order (top to bottom, then left to right). (0, 0) when
    it stands alone."""
    parent = item.parentItem()
    if parent is None or role not in (QAccessible.Role.Button, QAccessible.Role.ListItem):
        return 0, 0
    like = [
        sibling
        for sibling in parent.childItems()
        if sibling.isVisible() and _role_and_name(sibling)[0] == role and _role_and_name(sibling)[1]
    ]
    if item not in like or len(like) < 2:
        return 0, 0
    like.sort(key=_reading_order)
    return like.index(item) + 1, len(like)


def _role_and_name(item: QQuickItem) -> tuple[QAccessible.Role | None, str]:
    face: QAccessibleInterface | None = QAccessible.queryAccessibleInterface(item)
    if face is None or not face.isValid():
        return None, ""
    return face.role(), face.text(QAccessible.Text.Name)


def _reading_order(item: QQuickItem) -> tuple[int, int]:
    rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    # Rows a few pixels apart are one row (a grid's baseline may differ by a pixel).
    return round(rect.top() / 8), round(rect.left())


def _text_of(item: QQuickItem) -> str:
    text = item.property("text")
    return text if isinstance(text, str) else ""


def follow_window(window: QQuickWindow, mode: SpeechMode, *, on_key: Callable[[], None]) -> None:
    """Speech mode follows the window's focus, whoever moves it, and takes
    its keys (kiosk/models/speech_keys.py) before any QML item. Done after
    the first frame: the keys' module makes Qt's key names, which the first
    frame does not need."""
    from kiosk.models.speech_keys import SpeechKeys

    window.activeFocusItemChanged.connect(lambda: mode.on_focus(window.activeFocusItem()))
    window.installEventFilter(SpeechKeys(speech=mode, on_key=on_key, parent=window))
