"""The PIN pad's lockout, kept on disk so that a restart or a power cut does not
hand out fresh tries, and longer for each round of wrong PINs.

Five wrong PINs make a round; each round locks the pad for longer (1, 5, 15,
then 60 minutes); the right PIN starts again from nothing. The state file is
small JSON in the data folder, written atomically; the lock's end is wall-clock
UTC so that it survives a reboot. A clock set back cannot stretch a lock beyond
its round's length, and a clock set forward cannot shorten it while the kiosk
runs (a monotonic deadline is kept beside it).

Whatever goes wrong with the file never stops the kiosk and never opens the
pad: a file that cannot be read counts as one lock round, and a file that
cannot be written leaves the lockout in memory, with a log line naming it.
"""

from __future__ import annotations

import json
import logging
import math
import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from kiosk.files import PRIVATE, write_atomically
from kiosk.ops import places

log = logging.getLogger(__name__)

FILE_NAME = "pin-lockout.json"
TRIES_PER_ROUND = 5
ROUND_LOCKS_S = (60, 5 * 60, 15 * 60, 60 * 60)  # the last one repeats
MAX_FILE_BYTES = 4096


def lock_seconds(rounds: int) -> int:
    """How long the ``rounds``-th lock (1-based) lasts."""
    return ROUND_LOCKS_S[min(max(rounds, 1), len(ROUND_LOCKS_S)) - 1]


def lockout_path() -> Path | None:
    try:
        return places.data_dir() / FILE_NAME
    except OSError as exc:
        log.error("no data folder for the PIN lockout (%s); it holds until the kiosk restarts", exc)
        return None


class UnreadableState(ValueError):
    pass


@dataclass
class _State:
    wrong: int = 0  # wrong PINs in the current round
    rounds: int = 0  # lock rounds since the right PIN was last entered
    until: float = 0.0  # the current lock's end, seconds since the epoch (UTC)


class PinLockout:
    """Counts wrong PINs and says how long the pad stays locked.

    ``wall`` and ``monotonic`` are clocks (``time.time``, ``time.monotonic``),
    injectable so that tests move time without waiting.
    """

    def __init__(
        self,
        path: Path | None,
        wall: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.path = path
        self._wall = wall
        self._monotonic = monotonic
        self._state = _State()
        self._mono_until = 0.0
        if path is not None:
            self._load(path)

    @classmethod
    def default(cls) -> PinLockout:
        return cls(lockout_path())

    # -- what the PIN pad asks ------------------------------------------

    @property
    def wrong(self) -> int:
        return self._state.wrong

    @property
    def rounds(self) -> int:
        return self._state.rounds

    def remaining(self) -> int:
        """Whole seconds until the pad opens again (0: it is open)."""
        state = self._state
        if not state.until and self._mono_until <= self._monotonic():
            return 0
        length = lock_seconds(state.rounds)
        wall_left = state.until - self._wall()
        if wall_left > length:
            # The clock was set back: the lock ends one round's length from
            # now, not years from now.
            state.until = self._wall() + length
            wall_left = length
            self._save()
        left = max(wall_left, self._mono_until - self._monotonic())
        if left <= 0:
            # Over, and forgotten: a clock set back later cannot bring it back.
            state.until, self._mono_until = 0.0, 0.0
            self._save()
            return 0
        return math.ceil(left)

    # -- what the PIN pad reports ---------------------------------------

    def attempt(self) -> None:
        """A PIN is about to be checked. It counts as wrong, on disk, before
        the answer is known: pulling the plug during the check gains nothing."""
        self._state.wrong += 1
        self._save()

    def failed(self) -> int:
        """The PIN was wrong; returns the seconds of a lock that starts now (or 0)."""
        if self._state.wrong < TRIES_PER_ROUND:
            return 0
        return self._start_round()

    def succeeded(self) -> None:
        self._state = _State()
        self._mono_until = 0.0
        self._save()

    # -- on disk ----------------------------------------------------------

    def _start_round(self) -> int:
        state = self._state
        state.wrong = 0
        state.rounds += 1
        length = lock_seconds(state.rounds)
        state.until = self._wall() + length
        self._mono_until = self._monotonic() + length
        self._save()
        return length

    def _load(self, path: Path) -> None:
        try:
            self._state = _parse(_read(path))
        except FileNotFoundError:
            return  # no wrong PIN yet
        except (OSError, UnreadableState) as exc:
            # Never a reason to open the pad: count it as one lock round.
            log.error("%s: PIN lockout state unreadable (%s); locking the PIN pad", path, exc)
            self._state = _State(wrong=TRIES_PER_ROUND)
        if self._state.wrong >= TRIES_PER_ROUND:
            # The last try of a round was being checked when the power went.
            self._start_round()
            return
        left = self._state.until - self._wall()
        if left <= 0 and self._state.until:
            self._state.until = 0.0  # over, and forgotten (see remaining())
            self._save()
        elif left > 0:
            left = min(left, lock_seconds(self._state.rounds))
            self._mono_until = self._monotonic() + left
            log.info("staff PIN pad locked for another %d s (round %d)", left, self._state.rounds)

    def _save(self) -> None:
        if self.path is None:
            return
        state = self._state
        until = None
        if state.until:
            until = datetime.fromtimestamp(state.until, timezone.utc).isoformat()
        text = json.dumps({"wrong": state.wrong, "rounds": state.rounds, "locked_until": until})
        try:
            write_atomically(self.path, text + "\n", mode=PRIVATE)
        except OSError as exc:
            log.error(
                "%s: cannot save the PIN lockout (%s); it holds until the kiosk restarts",
                self.path,
                exc,
            )


def _read(path: Path) -> str:
    # Opened first, then checked: a FIFO or a huge file must not block or fill memory.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
            raise UnreadableState("not a small regular file")
        data = handle.read(MAX_FILE_BYTES + 1)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnreadableState("not UTF-8 text") from exc


def _parse(text: str) -> _State:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise UnreadableState(f"not JSON: {exc}") from exc
    if not isinstance(data, dict) or set(data) != {"wrong", "rounds", "locked_until"}:
        raise UnreadableState("not the expected fields")
    wrong, rounds, until = data["wrong"], data["rounds"], data["locked_until"]
    for name, value in (("wrong", wrong), ("rounds", rounds)):
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10**6:
            raise UnreadableState(f"{name}: {value!r} is not a count")
    if until is None:
        return _State(wrong, rounds, 0.0)
    try:
        moment = datetime.fromisoformat(until)
    except (TypeError, ValueError) as exc:
        raise UnreadableState(f"locked_until: {until!r} is not a time") from exc
    if moment.tzinfo is None:
        raise UnreadableState(f"locked_until: {until!r} has no time zone")
    return _State(wrong, rounds, moment.timestamp())
