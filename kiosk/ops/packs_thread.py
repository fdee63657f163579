"""The thread that installs packs and reads the packs' records (the staff
panel's lines): a record on a stalled disk holds it, never the screen."""

from __future__ import annotations

from kiosk.ops.folder_thread import FolderThread

PACKS_THREAD = FolderThread("packs")
