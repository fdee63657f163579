"""A TEST TOOL, never part of the kiosk: a network share that hangs, for a
child process. Put this folder on PYTHONPATH and set

    KIOSK_TEST_HUNG_SHARE     a folder: Python's stat, lstat, scandir, open
                              and listdir of it or anything in it block ...
    KIOSK_TEST_SHARE_ANSWERS  ... until this file exists.

Only Python's calls block; that is all the kiosk makes on a content folder.
"""

from __future__ import annotations

import os
import time

_SHARE = os.environ.get("KIOSK_TEST_HUNG_SHARE")
_ANSWERS = os.environ.get("KIOSK_TEST_SHARE_ANSWERS", "")


def _hang_on(real):
    exists = os.path.exists  # its own stat is the real one: the flag is elsewhere

    def call(path, *args, **kwargs):
        if isinstance(path, (str, bytes, os.PathLike)):
            name = os.fsdecode(os.fspath(path))
            if name == _SHARE or name.startswith(_SHARE + os.sep):
                while not exists(_ANSWERS):
                    time.sleep(0.05)
        return real(path, *args, **kwargs)

    return call


if _SHARE:
    for _name in ("stat", "lstat", "scandir", "open", "listdir"):
        setattr(os, _name, _hang_on(getattr(os, _name)))
