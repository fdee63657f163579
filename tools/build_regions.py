"""Build resources/map/m49.json, the UN M49 areas and their countries, from
the packaged data source resources/map/m49-taxonomy.csv (see SOURCE.txt).

    python tools/build_regions.py            # write resources/map/m49.json
    python tools/build_regions.py --check    # exit 1 if the file is not what this makes

The map's regions (partners.yaml) are groupings of M49 areas: each names its
areas by their M49 codes, and the kiosk takes each area's countries from the
file this tool writes. No country list is typed by hand. The output depends
only on the CSV, in a fixed order, so running the tool twice gives the same
bytes (tests/content/test_m49_regions.py checks the committed file).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "map" / "m49-taxonomy.csv"
OUT = ROOT / "resources" / "map" / "m49.json"

# The columns of OCHA's Countries & Territories Taxonomy that hold M49.
M49 = "m49 numerical code"
ALPHA2 = "ISO 3166-1 Alpha 2-Codes"
# Y for a state: the 193 UN members, the two observer states (Holy See,
# State of Palestine), and the Cook Islands and Niue, which the UN treats
# as states (they are the UNTERM country list); N for a territory or area.
STATE = "Independent"
LEVELS = (  # (level, code column, name column), from the largest area down
    ("region", "Region Code", "Region Name"),
    ("sub-region", "Sub-region Code", "Sub-region Name"),
    ("intermediate region", "Intermediate Region Code", "Intermediate Region Name"),
)


class SourceError(Exception):
    """The CSV is not what this tool expects (named with its line)."""


def m49_code(text: str) -> str:
    """M49 codes are three digits ("034"); the CSV writes them as numbers ("34")."""
    return f"{int(text):03d}"


def build(source: Path = SOURCE) -> dict:
    with source.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    missing = {M49, ALPHA2, "Deprecated", STATE}.union(*(c[1:] for c in LEVELS)) - set(rows[0])
    if missing:
        raise SourceError(f"{source}: no column {', '.join(sorted(missing))}")
    areas: dict[str, dict] = {}
    countries: dict[str, dict] = {}
    for line, row in enumerate(rows, start=2):
        alpha2 = row[ALPHA2].strip()
        # Kosovo has no ISO 3166-1 code and no M49 code (the UN counts it
        # under Serbia); deprecated rows are the taxonomy's history.
        if not alpha2 or row["Deprecated"].strip() == "Y":
            continue
        if len(alpha2) != 2 or not alpha2.isascii() or not alpha2.isupper():
            raise SourceError(f"{source}:{line}: '{alpha2}' is not an ISO 3166-1 alpha-2 code")
        if alpha2 in countries:
            raise SourceError(f"{source}:{line}: {alpha2} twice")
        try:
            code = m49_code(row[M49])
        except ValueError:
            raise SourceError(f"{source}:{line}: {alpha2} has no M49 code") from None
        chain = []
        for level, code_column, name_column in LEVELS:
            if not row[code_column].strip():
                continue
            area = m49_code(row[code_column])
            entry = areas.setdefault(
                area, {"name": row[name_column].strip(), "level": level, "countries": []}
            )
            if entry["name"] != row[name_column].strip() or entry["level"] != level:
                raise SourceError(f"{source}:{line}: M49 area {area} named twice differently")
            entry["countries"].append(alpha2)
            chain.append(area)
        if row[STATE].strip() not in ("Y", "N"):
            raise SourceError(f"{source}:{line}: {alpha2}: {STATE} is neither Y nor N")
        countries[alpha2] = {"m49": code, "areas": chain, "state": row[STATE].strip() == "Y"}
    for entry in areas.values():
        entry["countries"].sort()
    return {
        "source": "UN M49 (UN Statistics Division) as carried by OCHA's Countries & Territories"
        " Taxonomy in hdx-python-country 4.2.5; see SOURCE.txt",
        "areas": dict(sorted(areas.items())),
        "countries": dict(sorted(countries.items())),
    }


def render(data: dict) -> str:
    """JSON with one area or country a line: readable in a diff."""

    def block(items: dict) -> str:
        return ",\n".join(
            f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in items.items()
        )

    return (
        f'{{\n "source": {json.dumps(data["source"], ensure_ascii=False)},\n'
        f' "areas": {{\n{block(data["areas"])}\n }},\n'
        f' "countries": {{\n{block(data["countries"])}\n }}\n}}\n'
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="the M49 taxonomy CSV")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    try:
        text = render(build(args.source))
    except (OSError, SourceError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.check:
        current = args.output.read_text("utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date: run python tools/build_regions.py")
            return 1
        return 0
    args.output.write_text(text, "utf-8")
    data = json.loads(text)
    print(f"{args.output}: {len(data['areas'])} M49 areas, {len(data['countries'])} countries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
