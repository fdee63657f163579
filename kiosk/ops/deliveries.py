"""Which pack deliveries the running kiosk has, from its settings."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.ops import places
from kiosk.ops.settings import Settings
from kiosk.packs.store import CURRENT, PackStore

if TYPE_CHECKING:
    from kiosk.ops.pack_delivery import PackDelivery


def deliveries(
    settings: Settings,
    content_dir: Path | str | None,
    usb_globs: Sequence[str] | None,
    parent: QObject,
) -> dict[str, PackDelivery | Path | None]:
    """Operations' ``deliveries`` and ``packs_folder``: the packs that arrive
    by Syncthing or on a stick (None: the settings turn neither on), and
    where installed packs are shown from (None when --content chose the
    folder). The inbox's code is imported only by a kiosk that has one: a
    start without it does not pay for it."""
    data_dir = places.data_dir()
    shown = None if content_dir else PackStore(data_dir).root / CURRENT
    if not (settings.pack_inbox or settings.usb_packs):
        return {"deliveries": None, "packs_folder": shown}
    from kiosk.ops.pack_delivery import delivery_for
    from kiosk.ops.pack_inbox import USB_MOUNT_GLOBS

    globs = USB_MOUNT_GLOBS if usb_globs is None else usb_globs
    delivery = delivery_for(settings, data_dir=data_dir, usb_globs=globs, parent=parent)
    return {"deliveries": delivery, "packs_folder": shown}
