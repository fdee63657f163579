"""Which of the kiosk's Qt objects have a metaobject of their own.

PySide gives a Python QObject a metaobject of its own (a copy of its class's,
plus a slot) when one of its methods that is not a declared ``@Slot`` is
connected to a signal. That metaobject is freed with the object, and QML
caches what it learnt about a metaobject by its address, for the life of the
process (until an engine is destroyed): an object made later whose own
metaobject is allocated at the same address is then seen by QML with another
class's properties and signals ("Unable to assign [undefined] to bool").
A class's metaobject lives as long as the process, so an object that uses
its class's is safe.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable

from PySide6.QtCore import QObject
from shiboken6 import Shiboken


def has_own_metaobject(obj: QObject) -> bool:
    """PySide's own metaobject for one object derives from its class's one:
    the same class name, one level up."""
    meta = obj.metaObject()
    parent = meta.superClass()
    return parent is not None and parent.className() == meta.className()


def kiosk_objects(objects: Iterable[object]) -> list[QObject]:
    """The live Qt objects of the kiosk's own (Python) classes among ``objects``."""
    found = []
    for obj in objects:
        if (
            isinstance(obj, QObject)
            and type(obj).__module__.startswith("kiosk.")
            and Shiboken.isValid(obj)
            and Shiboken.createdByPython(obj)
        ):
            found.append(obj)
    return found


def under(root: QObject) -> list[QObject]:
    """``root`` and every object below it (the kiosk model holds the models
    and the operations QML binds to)."""
    return kiosk_objects([root, *root.findChildren(QObject)])


def everywhere() -> list[QObject]:
    """Every live object of a kiosk class in this process (frozen ones too:
    tests/conftest.py freezes what outlives each test)."""
    gc.unfreeze()
    gc.collect()
    return kiosk_objects(gc.get_objects())


def with_own_metaobject(objects: Iterable[QObject]) -> list[str]:
    """``Class(slots added)`` for each object that has a metaobject of its own."""
    named = []
    for obj in objects:
        if has_own_metaobject(obj):
            meta = obj.metaObject()
            added = [
                bytes(meta.method(i).methodSignature()).decode()
                for i in range(meta.methodOffset(), meta.methodCount())
            ]
            named.append(f"{type(obj).__module__}.{type(obj).__qualname__}({', '.join(added)})")
    return sorted(set(named))
