"""`kiosk stats`: the usage counts as a table or as CSV, on standard output."""

from __future__ import annotations

import csv
import sys

from kiosk.ops.usage_report import UsageUnreadable, read_report


def print_stats(as_csv: bool) -> int:
    try:
        report = read_report()
    except UsageUnreadable as exc:
        print(f"kiosk stats: {exc}", file=sys.stderr)
        return 1
    for note in report.notes:  # on stderr: the table and the CSV stay as they are
        print(f"kiosk stats: {note}", file=sys.stderr)
    rows = report.rows
    if as_csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["day", "kind", "key", "count"])
        writer.writerows(rows)
        return 0
    if not rows:
        print("no usage counted yet")
        return 0
    print(f"{'day':<10}  {'kind':<8}  {'key':<24}  {'count':>6}")
    for day, kind, key, n in rows:
        print(f"{day:<10}  {kind:<8}  {key:<24}  {n:>6}")
    return 0
