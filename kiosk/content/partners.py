"""The map's regions, read from partners.yaml. Pure Python: no Qt.

Each region is a grouping of UN M49 areas (regions, sub-regions and
intermediate regions of the UN Statistics Division's geoscheme), named by
their codes; its countries are the ones M49 puts in those areas, taken from
the packaged table (resources/map/m49.json, made by tools/build_regions.py).
No country is typed in the content, and none can be in two regions. Country
names are not typed either: they come from the names file, or CLDR. Which
are states and which territories is M49's too (the table's "state" flag):
a region lists its states first, then its territories apart.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from yaml.nodes import Node, ScalarNode, SequenceNode

from kiosk import paths
from kiosk.content.characters import printable
from kiosk.content.fields import Fields, Fit, parse_id, parse_text
from kiosk.content.model import LocalText, Region
from kiosk.content.problems import ProblemLog
from kiosk.content.yamlsource import line_of, refused

# The regions' colours are the kiosk's own (Theme.qml, in both palettes,
# chosen to stay apart for colour-blind visitors), no longer the content's.
RETIRED_COLOUR = (
    "no longer read: the map colours its regions from the kiosk's own palettes, "
    "chosen so that colour-blind visitors can tell them apart; delete this line"
)
M49_CODE = re.compile(r"^[0-9]{1,3}$")
MAX_REGIONS = 20  # the legend lists them all
# The colours the map's palettes hold (Theme.qml: mapRegions, in both
# palettes; tests/ui/test_map_palette.py checks the two agree): a region
# after these repeats an earlier one's colour.
MAP_COLOURS = 9
MAX_FORMATS = 10  # dialogue formats of one region
MAX_AREAS = 10  # M49 areas of one region
SHOWN_CODES = 10  # countries named in one message; the rest are counted


@dataclass(frozen=True)
class M49Area:
    name: str  # in English, as M49 writes it: "Central Asia"
    countries: frozenset[str]  # ISO 3166-1 alpha-2


@dataclass(frozen=True)
class M49Table:
    areas: Mapping[str, M49Area]  # by three-digit code: "143"
    countries: frozenset[str]  # every country or area M49 lists
    # The states among them: UN members, the two observer states, and the
    # Cook Islands and Niue (the UNTERM country list); the rest are
    # territories and areas (Åland, Bermuda, Hong Kong, Western Sahara).
    states: frozenset[str] = frozenset()


@cache
def m49_table(m49_file: Path | None = None) -> M49Table:
    """The packaged M49 areas and their countries."""
    data = json.loads((m49_file or paths.resource("map", "m49.json")).read_text("utf-8"))
    areas = {
        code: M49Area(area["name"], frozenset(area["countries"]))
        for code, area in data["areas"].items()
    }
    states = frozenset(code for code, c in data["countries"].items() if c.get("state"))
    return M49Table(areas, frozenset(data["countries"]), states)


@cache
def map_countries(map_file: Path | None = None) -> frozenset[str]:
    """The ISO codes the packaged map can draw."""
    data = json.loads((map_file or paths.resource("map", "world.json")).read_text("utf-8"))
    return frozenset(data["countries"])


def _codes(codes: Sequence[str] | frozenset[str]) -> str:
    shown = sorted(codes)
    more = f" and {len(shown) - SHOWN_CODES} more" if len(shown) > SHOWN_CODES else ""
    return ", ".join(shown[:SHOWN_CODES]) + more


def parse_partners(root: Node, log: ProblemLog, languages: Sequence[str]) -> list[Region]:
    fields = Fields(root, "", log, required=("regions",))
    if not fields.ok:
        return []
    regions_node = fields.values["regions"]
    if refused(regions_node):
        return []
    if not isinstance(regions_node, SequenceNode) or not regions_node.value:
        log.error(line_of(regions_node), "regions: expected a non-empty list")
        return []
    table = m49_table()
    owner: dict[str, tuple[str, int]] = {}
    regions: list[Region] = []
    ids: set[str] = set()
    nodes = regions_node.value
    if len(nodes) > MAX_REGIONS:
        log.error(
            line_of(nodes[MAX_REGIONS]),
            f"regions: {len(nodes)} regions; the limit is {MAX_REGIONS}, "
            f"so only the first {MAX_REGIONS} are used",
        )
        nodes = nodes[:MAX_REGIONS]
    if len(nodes) > MAP_COLOURS:
        log.warning(
            line_of(nodes[MAP_COLOURS]),
            f"regions: {len(nodes)} regions, and the map has {MAP_COLOURS} colours that "
            f"colour-blind visitors can tell apart: from here on, regions repeat a colour",
        )
    for i, node in enumerate(nodes):
        region = _parse_region(node, f"regions[{i}]", log, languages, table, owner)
        if region is not None and region.id in ids:
            log.error(line_of(node), f"regions[{i}].id: duplicate id '{region.id}'")
        elif region is not None:
            ids.add(region.id)
            regions.append(region)
    # Every country drawn gets a region: one left out would stay grey, as if
    # it were in none of the world's regions. (Turkmenistan is always drawn
    # in its own colour.)
    if regions and (grey := map_countries() - set(owner) - {"TM"}):
        log.warning(
            line_of(regions_node),
            f"regions: {len(grey)} countries on the map are in no region and stay grey: "
            f"{_codes(grey)}",
        )
    return regions


def _parse_region(
    node: Node,
    path: str,
    log: ProblemLog,
    languages: Sequence[str],
    table: M49Table,
    owner: dict[str, tuple[str, int]],
) -> Region | None:
    fields = Fields(
        node,
        path,
        log,
        required=("id", "name", "m49"),
        optional=("text", "formats"),
        retired={"colour": RETIRED_COLOUR},
    )
    if not fields.ok:
        return None
    region_id = parse_id(fields.values["id"], fields.sub("id"), log)
    name = parse_text(
        fields.values["name"], fields.sub("name"), log, languages, fit=Fit.REGION_NAME
    )
    text = None
    if (text_node := fields.get("text")) is not None:
        text = parse_text(text_node, fields.sub("text"), log, languages, fit=Fit.REGION_TEXT)
        if text is None:
            return None
    formats: list[LocalText] = []
    if (formats_node := fields.get("formats")) is not None:
        formats = _parse_formats(formats_node, fields.sub("formats"), log, languages)
    areas, countries = _parse_areas(
        fields.values["m49"], fields.sub("m49"), log, table, owner, region_id or path
    )
    if None in (region_id, name) or not countries:
        return None
    return Region(
        region_id,  # type: ignore[arg-type]
        name,  # type: ignore[arg-type]
        text,
        tuple(formats),
        tuple(areas),
        tuple(sorted(countries)),
        frozenset(countries - table.states),
    )


def _parse_formats(
    node: Node, path: str, log: ProblemLog, languages: Sequence[str]
) -> list[LocalText]:
    """A broken format is left out; the others still show."""
    if refused(node):
        return []
    if not isinstance(node, SequenceNode):
        log.error(line_of(node), f"{path}: expected a list")
        return []
    children = node.value
    if len(children) > MAX_FORMATS:
        log.error(
            line_of(children[MAX_FORMATS]),
            f"{path}: {len(children)} formats; the limit is {MAX_FORMATS}, "
            f"so only the first {MAX_FORMATS} are used",
        )
        children = children[:MAX_FORMATS]
    formats = [
        parse_text(child, f"{path}[{j}]", log, languages, fit=Fit.FORMAT)
        for j, child in enumerate(children)
    ]
    return [f for f in formats if f is not None]


def _parse_areas(
    node: Node,
    path: str,
    log: ProblemLog,
    table: M49Table,
    owner: dict[str, tuple[str, int]],
    region: str,
) -> tuple[list[str], set[str]]:
    """The region's M49 areas and their countries; a country another region
    (or an earlier area of this one) already has stays with that one."""
    if refused(node):
        return [], set()
    if not isinstance(node, SequenceNode) or not node.value:
        log.error(line_of(node), f"{path}: expected a non-empty list of UN M49 area codes")
        return [], set()
    children = node.value
    if len(children) > MAX_AREAS:
        log.error(
            line_of(children[MAX_AREAS]),
            f"{path}: {len(children)} areas; the limit is {MAX_AREAS}, "
            f"so only the first {MAX_AREAS} are used",
        )
        children = children[:MAX_AREAS]
    areas: list[str] = []
    countries: set[str] = set()
    for k, child in enumerate(children):
        if refused(child):
            continue
        # The raw text, whatever YAML 1.1 thinks of it: 034 is no octal number here.
        text = child.value.strip() if isinstance(child, ScalarNode) else ""
        where = f"{path}[{k}]"
        if not M49_CODE.match(text):
            log.error(
                line_of(child),
                f"{where}: '{printable(text, 20)}' is not a UN M49 area code like \"143\"",
            )
            continue
        code = f"{int(text):03d}"
        area = table.areas.get(code)
        if area is None:
            log.error(
                line_of(child),
                f"{where}: {code} is no UN M49 region or sub-region "
                f"(known: {', '.join(sorted(table.areas))})",
            )
            continue
        taken = {c: owner[c] for c in area.countries if c in owner}
        for other, line in sorted({place for place in taken.values()}, key=lambda p: p[1]):
            codes = _codes([c for c, place in taken.items() if place == (other, line)])
            whose = "an earlier area of this region" if other == region else f"region '{other}'"
            log.error(
                line_of(child),
                f"{where}: {area.name} ({code}) overlaps {whose} (line {line}): {codes} stay there",
            )
        for c in area.countries - set(taken):
            owner[c] = (region, line_of(child))
        areas.append(code)
        countries |= area.countries - set(taken)
    return areas, countries
