"""`kiosk fleet report REPORTS_DIR -o FILE.html [--at DATE]`: its options and
its run. Imported by every `kiosk` command to build the parser, so nothing
here is imported at the top but argparse (the report's modules, and
matplotlib, only when a report is made)."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path


def add_fleet_parser(sub, *, moment: Callable[[str], dt.datetime]) -> None:
    """`kiosk fleet report` on the ``sub`` parsers of `kiosk`."""
    fleet = sub.add_parser(
        "fleet", help="the ministry's view of many kiosks (needs the 'fleet' extra)"
    )
    commands = fleet.add_subparsers(dest="fleet_command", metavar="COMMAND", required=True)
    report_parser = commands.add_parser(
        "report",
        help="merge the kiosks' reports folders (one folder per kiosk) into one HTML page",
    )
    report_parser.add_argument("reports_dir", type=Path, metavar="REPORTS_DIR")
    report_parser.add_argument(
        "-o", "--output", required=True, type=Path, metavar="FILE.html", help="the page to write"
    )
    report_parser.add_argument(
        "--at",
        type=moment,
        metavar="DATE",
        help="make the report as on this day (YYYY-MM-DD) or minute (YYYY-MM-DD HH:MM, "
        "local time) instead of now: which kiosks are stale, the period counted",
    )


def report(folder: Path, output: Path, at: dt.datetime | None) -> int:
    """The page is made whatever the kiosks' files hold (their faults are
    listed on it); only a folder that cannot be read, an output that cannot
    be written or a missing plotting library fail, in one sentence."""
    from kiosk.fleet.report import NotWritten, make_report

    try:
        made = make_report(folder, output, at.astimezone() if at else None)
    except ModuleNotFoundError as exc:
        if exc.name is None or not exc.name.startswith("matplotlib"):
            raise
        print(
            "kiosk fleet report: matplotlib is missing; install the fleet extra: "
            "pip install 'tm-foreign-policy-kiosk[fleet]'",
            file=sys.stderr,
        )
        return 1
    except NotWritten as exc:
        print(f"kiosk fleet report: {exc}", file=sys.stderr)
        return 1
    fleet = made.fleet
    print(output)
    print(
        f"{folder}: {len(fleet.kiosks)} kiosk(s), "
        f"{len(fleet.problems) + fleet.more_problems} problem(s) in their files",
        file=sys.stderr,
    )
    return 0
