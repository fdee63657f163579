"""A read-only list model whose roles are read in the current language.

Subclasses declare their roles as functions of (item, language). A language
switch emits dataChanged for every row, never a reset, so views keep their
delegates and their scroll position.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, ClassVar, Generic, TypeVar

from PySide6 import QtCore
from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex

T = TypeVar("T")
RoleGetter = Callable[[Any, str], Any]


@cache
def _first_role() -> int:
    """Qt's first role free for models: read when a view first asks, not at
    import (the first frame does not wait for PySide's Qt namespace,
    kiosk/app.py)."""
    return int(QtCore.Qt.ItemDataRole.UserRole) + 1


class LanguageListModel(QAbstractListModel, Generic[T]):
    ROLES: ClassVar[dict[str, RoleGetter]] = {}

    def __init__(self, items: Sequence[T] = (), lang: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._items: tuple[T, ...] = tuple(items)
        self._lang = lang
        self._roles = self.roles()
        self._getters = list(self._roles.values())

    def roles(self) -> dict[str, RoleGetter]:
        """Role name → getter(item, language); override to use instance state."""
        return self.ROLES

    def roleNames(self) -> dict[int, QByteArray]:
        first = _first_role()
        return {first + i: QByteArray(name.encode()) for i, name in enumerate(self._roles)}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        row, slot = index.row(), role - _first_role()
        if not index.isValid() or not 0 <= row < len(self._items):
            return None
        if not 0 <= slot < len(self._getters):
            return None
        return self._getters[slot](self._items[row], self._lang)

    @property
    def items(self) -> tuple[T, ...]:
        return self._items

    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self._items = tuple(items)
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        if lang == self._lang:
            return
        self._lang = lang
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))
