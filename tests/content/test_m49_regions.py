"""The UN M49 data behind the map's regions: the packaged source, the table
tools/build_regions.py makes of it, and a map that draws every M49 area in
a shape of its own."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.content.partners import m49_table
from kiosk.models.map_shapes import Shape, read_world, world_file

REPO = Path(__file__).resolve().parents[2]
TOOL = REPO / "tools" / "build_regions.py"
CSV = REPO / "resources" / "map" / "m49-taxonomy.csv"


def build_regions(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(TOOL), *args], capture_output=True, text=True, check=False
    )


def test_the_table_is_what_the_tool_makes_of_the_source():
    done = build_regions("--check")
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_installed_package_carries_the_table():
    packaged = paths.resource("map", "m49.json").read_bytes()
    assert packaged == (REPO / "resources" / "map" / "m49.json").read_bytes()


def test_the_source_is_packaged_as_published():
    """SOURCE.txt names the file's checksum: the CSV is the published one, byte for byte."""
    source = (REPO / "resources" / "map" / "SOURCE.txt").read_text("utf-8")
    digest = hashlib.sha256(CSV.read_bytes()).hexdigest()
    assert re.search(rf"sha256 {digest}\b", source), "the CSV differs from the one SOURCE.txt names"


def test_the_tool_writes_the_same_bytes_twice(tmp_path: Path):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert build_regions("-o", str(first)).returncode == 0
    assert build_regions("-o", str(second)).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() == (REPO / "resources" / "map" / "m49.json").read_bytes()


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda rows: [*rows, rows[5]], ":258: AS twice"),
        (lambda rows: [rows[0], rows[1].replace(",4,", ",,", 1), *rows[2:]], ":2: AF has no M49"),
        (lambda rows: [rows[0], rows[1].replace(",AF,", ",af,", 1), *rows[2:]], ":2: 'af' is not"),
        (lambda rows: [rows[0].replace("Region Code", "Region"), *rows[1:]], "no column"),
    ],
)
def test_a_broken_source_is_refused_with_its_line(tmp_path: Path, edit, message: str):
    rows = CSV.read_bytes().decode("utf-8").split("\r\n")
    broken = tmp_path / "m49.csv"
    broken.write_text("\r\n".join(edit(rows[:-1])) + "\r\n", "utf-8")
    out = tmp_path / "out.json"
    done = build_regions("--source", str(broken), "-o", str(out))
    assert done.returncode == 1
    assert done.stderr.startswith(f"error: {broken}")
    assert message in done.stderr
    assert not out.exists()


def test_the_m49_table():
    table = m49_table()
    assert table.areas["143"].name == "Central Asia"
    assert table.areas["143"].countries == {"KZ", "KG", "TJ", "TM", "UZ"}
    assert {"AZ", "GE", "AM", "TR", "CY"} <= table.areas["145"].countries  # Western Asia
    assert {"KP", "KR", "CN", "JP"} <= table.areas["030"].countries
    assert "GF" in table.areas["005"].countries and "GF" in table.areas["419"].countries
    assert "RU" in table.areas["151"].countries  # Eastern Europe
    assert len(table.countries) == 249


# Shapes M49 counts whole though parts lie far from the main one: Canada's
# and Russia's Arctic, Chile's Easter Island, Alaska and Hawaii.
FAR_FLUNG = {"CA", "CL", "RU", "US"}
REACH = 150  # map units (the world is 2000 across): about 27 degrees


def reach(shape: Shape) -> float:
    """How far the farthest part of a shape lies from its largest part."""

    def centre(ring):
        return sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)

    def area(ring):
        pairs = zip(ring, ring[1:] + ring[:1], strict=True)
        return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairs)) / 2

    cx, cy = centre(max(shape.rings, key=area))
    return max(((x - cx) ** 2 + (y - cy) ** 2) ** 0.5 for x, y in map(centre, shape.rings))


def test_no_area_is_drawn_inside_another_countrys_shape():
    """French Guiana, Réunion, Martinique, Guadeloupe and Mayotte were parts
    of France's shape, Svalbard of Norway's, Bonaire of the Netherlands':
    coloured by their sovereign's region, not their own."""
    world = read_world(world_file())
    far = {code for code, shape in world.countries.items() if reach(shape) > REACH}
    assert far == FAR_FLUNG
    for code in ("GF", "GP", "MQ", "RE", "YT", "BQ", "SJ", "TK", "CX", "CC"):
        assert code in world.countries, code


def test_every_m49_area_is_drawn_or_said_to_be_too_small():
    data = json.loads(world_file().read_text("utf-8"))
    drawn, not_drawn = set(data["countries"]), set(data["not_drawn"])
    assert drawn | not_drawn == m49_table().countries
    assert not drawn & not_drawn
    # Antarctica is left out; the others are smaller than the 1:50m map shows.
    assert not_drawn == {"AQ", "BV", "GI", "TV", "UM"}
