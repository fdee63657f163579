"""The moment tests set the kiosk's clock to, and content current then.

The packaged content's motto is 2025's and its key figures are as of
1 October 2022 (the source page's date): on the day a test runs, the motto
may be over and the figures older than staff allow, and `kiosk validate`
says so. Tests that are not about dates run the kiosk's clock at TEST_NOW
(within the motto's year) and validate ``--at`` it, on content whose
figures are recent then (:func:`make_current`): their output does not
depend on the day they run. Tests about dates set a clock of their own.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from kiosk.models.clock import StartedClock

TEST_NOW = dt.datetime(2025, 11, 15, 10, 0)
AT = ("--at", TEST_NOW.strftime("%Y-%m-%d %H:%M"))
RECENT = "2025-10-01"  # within the default 365 days of TEST_NOW


def make_current(content: Path) -> Path:
    """The key figures of ``content``'s site file as of RECENT (as the
    ministry confirming them would write), nothing else changed."""
    site = content / "site.yaml"
    text = site.read_text("utf-8")
    site.write_text(re.sub(r"(?m)^(\s*as_of:) \S+$", rf"\1 {RECENT}", text), "utf-8")
    return content


def notice_yaml(
    nid: str,
    start: str,
    until: str,
    *,
    kind: str = "closure",
    title: dict[str, str] | None = None,
    text: dict[str, str] | None = None,
) -> str:
    """One entry of notices.yaml (texts double-quoted, as staff may write them)."""
    title = title or {
        "tk": "Konsullyk bölümi ýapyk",
        "ru": "Консульский отдел закрыт",
        "en": "The consular section is closed",
    }

    def texts(values: dict[str, str]) -> str:
        return "{" + ", ".join(f'{lang}: "{value}"' for lang, value in values.items()) + "}"

    entry = (
        f"  - id: {nid}\n    kind: {kind}\n    valid_from: {start}\n"
        f"    valid_until: {until}\n    title: {texts(title)}\n"
    )
    return entry + (f"    text: {texts(text)}\n" if text else "")


def write_notices(content: Path, *entries: str) -> Path:
    (content / "notices.yaml").write_text("notices:\n" + "".join(entries), "utf-8")
    return content


class HeldClock(StartedClock):
    """A StartedClock that stands at ``start`` until ``run()``, then runs on
    from there at the real pace. A test that starts the kiosk a second or
    two before a moment (a notice's window opening, midnight) looks at the
    screen before it first: on a loaded machine, starting the kiosk alone
    took longer than those seconds, and the moment had passed."""

    def __init__(self, start: dt.datetime) -> None:
        super().__init__(start)
        self._held = True

    def now(self) -> dt.datetime:
        return self._start if self._held else super().now()

    def run(self) -> None:
        self._held = False
        self.set(self._start)
