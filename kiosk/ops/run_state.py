"""When the running kiosk started and last reset for a visitor, kept in a
small file in the data folder for `kiosk status` (another process).

Written on the UI thread: a few dozen bytes, once at the start and once per
idle reset, in the kiosk's own data folder (where its log is written from
the UI thread too), without fsync: a power cut loses at most the time of
the last reset. A folder that cannot be written loses only this note.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from kiosk.ops import places
from kiosk.packs.format import printable
from kiosk.packs.store import read_record

log = logging.getLogger(__name__)

FILE_NAME = "run-state.json"


@dataclass(frozen=True)
class RunState:
    pid: int
    started: str  # ISO 8601, UTC
    last_reset: str | None


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class RunStateWriter:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or places.data_dir() / FILE_NAME
        self.state = RunState(os.getpid(), _now(), None)
        self._reported = False
        self._write()

    def on_reset(self) -> None:
        self.state = RunState(self.state.pid, self.state.started, _now())
        self._write()

    def _write(self) -> None:
        tmp = self.path.with_name(f".{FILE_NAME}-{os.getpid()}")
        try:
            tmp.write_text(json.dumps(self.state.__dict__), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            if not self._reported:  # once: it would be the same at every reset
                self._reported = True
                log.warning("%s: cannot note the last reset (%s)", self.path, exc.strerror)


def read_run_state(path: Path | None = None) -> RunState | None:
    try:
        data = json.loads(read_record(path or places.data_location() / FILE_NAME))
        started, reset = str(data["started"]), data.get("last_reset")
        dt.datetime.strptime(started, "%Y-%m-%dT%H:%M:%SZ")  # kiosk status counts from it
        return RunState(int(data["pid"]), started, reset and printable(str(reset), 40))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None  # a FIFO, a damaged or hand-made note: no note
