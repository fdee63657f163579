"""Partner regions for the map, read from partners.yaml. Pure Python: no Qt.

Countries are ISO 3166-1 alpha-2 codes that the packaged map must know; a
country belongs to one region at most. Country names are not typed in the
content: the kiosk takes them from CLDR.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from yaml.nodes import Node, ScalarNode, SequenceNode

from kiosk import paths
from kiosk.content.characters import printable
from kiosk.content.fields import Fields, Fit, parse_id, parse_plain_text, parse_text
from kiosk.content.model import LocalText, Region
from kiosk.content.problems import ProblemLog
from kiosk.content.yamlsource import line_of, refused

COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
ISO_CODE = re.compile(r"^[A-Z]{2}$")
MAX_REGIONS = 20  # the legend lists them all
MAX_FORMATS = 10  # dialogue formats of one region


@cache
def map_countries(map_file: Path | None = None) -> frozenset[str]:
    """The ISO codes the packaged map can draw."""
    data = json.loads((map_file or paths.resource("map", "world.json")).read_text("utf-8"))
    return frozenset(data["countries"])


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
    known = map_countries()
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
    for i, node in enumerate(nodes):
        region = _parse_region(node, f"regions[{i}]", log, languages, known, owner)
        if region is not None and region.id in ids:
            log.error(line_of(node), f"regions[{i}].id: duplicate id '{region.id}'")
        elif region is not None:
            ids.add(region.id)
            regions.append(region)
    return regions


def _parse_region(
    node: Node,
    path: str,
    log: ProblemLog,
    languages: Sequence[str],
    known: frozenset[str],
    owner: dict[str, tuple[str, int]],
) -> Region | None:
    fields = Fields(
        node,
        path,
        log,
        required=("id", "colour", "name", "text", "countries"),
        optional=("formats",),
    )
    if not fields.ok:
        return None
    region_id = parse_id(fields.values["id"], fields.sub("id"), log)
    colour_node = fields.values["colour"]
    colour = parse_plain_text(colour_node, fields.sub("colour"), log)
    if colour is not None and not COLOUR.match(colour):
        log.error(
            line_of(colour_node),
            f"{fields.sub('colour')}: '{printable(colour, 20)}' is not a colour like \"#7FA6D6\"",
        )
        colour = None
    name = parse_text(
        fields.values["name"], fields.sub("name"), log, languages, fit=Fit.REGION_NAME
    )
    text = parse_text(
        fields.values["text"], fields.sub("text"), log, languages, fit=Fit.REGION_TEXT
    )
    formats: list[LocalText] = []
    if (formats_node := fields.get("formats")) is not None:
        formats = _parse_formats(formats_node, fields.sub("formats"), log, languages)
    countries = _parse_countries(
        fields.values["countries"], fields.sub("countries"), log, known, owner, region_id or path
    )
    if None in (region_id, colour, name, text) or not countries:
        return None
    return Region(region_id, colour, name, text, tuple(formats), tuple(countries))  # type: ignore[arg-type]


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


def _parse_countries(
    node: Node,
    path: str,
    log: ProblemLog,
    known: frozenset[str],
    owner: dict[str, tuple[str, int]],
    region: str,
) -> list[str]:
    if refused(node):
        return []
    if not isinstance(node, SequenceNode) or not node.value:
        log.error(line_of(node), f"{path}: expected a non-empty list of ISO 3166-1 codes")
        return []
    codes: list[str] = []
    for k, child in enumerate(node.value):
        if refused(child):
            continue
        # The raw text, whatever YAML 1.1 thinks of it: Norway's "NO" is no boolean here.
        code = child.value.strip() if isinstance(child, ScalarNode) else ""
        where = f"{path}[{k}]"
        if not ISO_CODE.match(code):
            log.error(
                line_of(child),
                f"{where}: '{printable(code, 20)}' is not an ISO 3166-1 alpha-2 code",
            )
        elif code not in known:
            log.error(line_of(child), f"{where}: the map has no country '{code}'")
        elif code in owner:
            other, line = owner[code]
            log.error(
                line_of(child), f"{where}: '{code}' is already in region '{other}' (line {line})"
            )
        else:
            owner[code] = (region, line_of(child))
            codes.append(code)
    return codes
