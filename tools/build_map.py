"""Build resources/map/world.json from Natural Earth country shapes.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    pip install pycountry
    python tools/build_map.py package/countries-50m.json

Input: world-atlas's countries-50m.json (TopoJSON of Natural Earth 1:50m
admin-0 countries, public domain; ids are ISO 3166-1 numeric). Output: one SVG
path per country, keyed by ISO 3166-1 alpha-2, already projected (Equal
Earth, centred on 11.5°E so that the seam runs through the Bering Strait and
no country but tiny islets is cut) and simplified, so that the kiosk draws
the map without any geometry work at run time.

Areas drawn without an ISO code (Kosovo, Somaliland …) keep no country's code
but carry the M49 areas that hold them (UNCLAIMED), so they are coloured by
their region and never listed as countries.

Natural Earth's admin-0 shapes draw some areas inside their sovereign's shape
(French Guiana, Réunion, … inside France; Svalbard inside Norway; Tokelau
inside New Zealand) or in a shape of no country (Christmas Island). UN M49
lists each of them as an area of its own, in its own region, so each polygon
that lies in one of TERRITORIES' boxes becomes that area's shape. Every area
M49 lists (resources/map/m49.json, from tools/build_regions.py) must end up
with a shape of its own or be named in TERRITORIES; one that is neither stops
the build, so no area is coloured through another's shape unnoticed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "map" / "world.json"

LAMBDA0 = 11.5  # central meridian: the seam at 168.5°W lies between Alaska and Chukotka
WIDTH = 2000.0  # map units across the whole world
TOLERANCE = 0.3  # Douglas-Peucker tolerance in map units (crisp up to ~6x zoom)
SKIP = {"010"}  # Antarctica: in no M49 region, and it would take a fifth of the height
PLACES = {"ashgabat": (58.38, 37.95)}  # (longitude, latitude)
M49_FILE = ROOT / "resources" / "map" / "m49.json"

Box = tuple[float, float, float, float]  # west, south, east, north (degrees)
# M49 areas that Natural Earth has no admin-0 shape of their own for: where
# they lie. A polygon of any shape whose centre falls in a box is that area's
# (an area with no such polygon is too small for 1:50m and is not drawn).
TERRITORIES: dict[str, tuple[Box, ...]] = {
    "BQ": ((-68.5, 11.9, -68.1, 12.4), (-63.3, 17.4, -62.9, 17.7)),  # Bonaire; Saba, St Eustatius
    "BV": ((3.2, -54.5, 3.6, -54.3),),  # Bouvet Island
    "CC": ((96.7, -12.3, 97.0, -11.8),),  # Cocos (Keeling) Islands
    "CX": ((105.5, -10.6, 105.8, -10.4),),  # Christmas Island
    "GF": ((-55.0, 2.0, -51.0, 6.5),),  # French Guiana
    "GI": ((-5.4, 36.1, -5.3, 36.2),),  # Gibraltar
    "GP": ((-62.0, 15.8, -60.8, 16.6),),  # Guadeloupe
    "MQ": ((-61.3, 14.3, -60.7, 15.0),),  # Martinique
    "RE": ((55.0, -21.5, 56.0, -20.7),),  # Réunion
    "SJ": ((10.0, 74.0, 35.0, 81.0), (-9.2, 70.7, -7.8, 71.3)),  # Svalbard; Jan Mayen
    "TK": ((-173.0, -10.0, -171.0, -8.0),),  # Tokelau
    "TV": ((176.0, -11.0, 180.0, -5.0),),  # Tuvalu
    "UM": (  # Wake, Midway, Johnston, Baker and Howland, Jarvis, Palmyra and Kingman, Navassa
        (166.5, 19.2, 166.7, 19.4), (-177.5, 28.1, -177.3, 28.3), (-169.6, 16.6, -169.4, 16.8),
        (-176.7, 0.1, -176.4, 0.9), (-160.1, -0.5, -159.9, -0.3), (-162.9, 5.8, -162.0, 6.5),
        (-75.1, 18.3, -74.9, 18.5),
    ),
    "YT": ((44.9, -13.1, 45.4, -12.5),),  # Mayotte
}
NOT_DRAWN_ON_PURPOSE = {"AQ": "Antarctica (SKIP)"}
# Areas Natural Earth draws without an ISO code: the M49 area whose lands
# hold each (the region it is coloured by; it never counts as a country).
UNCLAIMED: dict[str, str] = {
    "Kosovo": "039",  # Southern Europe
    "N. Cyprus": "145",  # Western Asia
    "Somaliland": "014",  # Eastern Africa
    "Siachen Glacier": "034",  # Southern Asia
}


class MapError(Exception):
    """The input and M49 do not fit together: the build stops with this."""


def territory_of(ring: list[tuple[float, float]]) -> str:
    """The M49 area whose box holds this ring's centre (longitude, latitude), if any."""
    lon = sum(p[0] for p in ring) / len(ring)
    lat = sum(p[1] for p in ring) / len(ring)
    for code, boxes in TERRITORIES.items():
        if any(w <= lon <= e and s <= lat <= n for w, s, e, n in boxes):
            return code
    return ""

A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2


def equal_earth(lon: float, lat: float) -> tuple[float, float]:
    """Šavrič, Patterson & Jenny (2018), in radians of the unit sphere."""
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, y


def rotate(lon: float) -> float:
    lon -= LAMBDA0
    while lon < -180:
        lon += 360
    while lon >= 180:
        lon -= 360
    return lon


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(
    ring: list[int], arcs: list[list[tuple[float, float]]]
) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def split_at_seam(ring: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """Rotate a ring and cut it where it crosses the seam; each piece is closed
    along the map's edge. Only islets near 168.5°W are ever cut."""
    rotated = [(rotate(lon), lat) for lon, lat in ring]
    pieces: list[list[tuple[float, float]]] = [[rotated[0]]]
    for (lon0, lat0), (lon1, lat1) in itertools.pairwise(rotated):
        if abs(lon1 - lon0) > 180:  # crossed the seam
            edge = 180.0 if lon0 > 0 else -180.0
            span = (180 - abs(lon0)) + (180 - abs(lon1))
            lat = lat0 + (lat1 - lat0) * ((180 - abs(lon0)) / span if span else 0.5)
            pieces[-1].append((edge, lat))
            pieces.append([(-edge, lat)])
        pieces[-1].append((lon1, lat1))
    if len(pieces) > 1 and (pieces[0][0][0] > 0) == (pieces[-1][-1][0] > 0):
        pieces[0] = pieces.pop() + pieces[0]  # the ring started mid-piece
    return pieces


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative. A closed ring is split at its point
    farthest from the start, so that both halves have a real baseline."""
    if len(points) < 4:
        return points
    if points[0] == points[-1]:
        x0, y0 = points[0]
        far = max(
            range(len(points)), key=lambda i: (points[i][0] - x0) ** 2 + (points[i][1] - y0) ** 2
        )
        if 0 < far < len(points) - 1:
            return simplify(points[: far + 1], tolerance)[:-1] + simplify(points[far:], tolerance)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x0, y0), (x1, y1) = points[first], points[last]
        dx, dy = x1 - x0, y1 - y0
        norm = math.hypot(dx, dy) or 1e-12
        best, index = 0.0, -1
        for i in range(first + 1, last):
            x, y = points[i]
            distance = abs(dy * (x - x0) - dx * (y - y0)) / norm
            if distance > best:
                best, index = distance, i
        if best > tolerance and index > 0:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def area(points: list[tuple[float, float]]) -> float:
    return (
        abs(
            sum(
                x0 * y1 - x1 * y0
                for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True)
            )
        )
        / 2
    )


def build(source: Path, m49_file: Path = M49_FILE) -> dict:
    import pycountry

    topology = json.loads(source.read_text("utf-8"))
    m49 = json.loads(m49_file.read_text("utf-8"))["countries"]
    m49_areas = set(m49)
    arcs = decode_arcs(topology)
    scale = WIDTH / (2 * equal_earth(180, 0)[0])
    top = equal_earth(0, 90)[1] * scale

    def project(lon: float, lat: float) -> tuple[float, float]:
        x, y = equal_earth(lon, lat)
        return (x * scale + WIDTH / 2, top - y * scale)

    # The projected, simplified rings of each area (an ISO code, or "" for
    # a disputed area Natural Earth draws without one).
    found: dict[str, list[list[tuple[float, float]]]] = {}
    unnamed: list[dict] = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        numeric = geometry.get("id")
        if numeric in SKIP or geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        record = pycountry.countries.get(numeric=numeric) if numeric else None
        code = record.alpha_2 if record else ""
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        parts: dict[str, list[list[tuple[float, float]]]] = {}
        for polygon in polygons:
            # An overseas part goes to its own area, holes and all.
            owner = territory_of(ring_points(polygon[0], arcs)) or code
            for ring in polygon:
                for piece in split_at_seam(ring_points(ring, arcs)):
                    projected = simplify([project(lon, lat) for lon, lat in piece], TOLERANCE)
                    if len(projected) >= 3:
                        parts.setdefault(owner, []).append(projected)
        for owner, rings in parts.items():
            if owner:
                found.setdefault(owner, []).extend(rings)
            else:  # disputed areas without an ISO code: drawn, not tappable
                name = geometry.get("properties", {}).get("name", "?")
                if name not in UNCLAIMED:
                    raise MapError(f"'{name}' has no ISO code and no entry in UNCLAIMED")
                unnamed.append(
                    {"name": name, "m49": _chain(m49, UNCLAIMED[name]), "path": _svg(rings)}
                )
    countries = {code: _svg(rings) for code, rings in found.items()}
    not_drawn = sorted(m49_areas - set(countries))
    if unaccounted := [
        c for c in not_drawn if c not in TERRITORIES and c not in NOT_DRAWN_ON_PURPOSE
    ]:
        raise MapError(
            f"M49 areas with no shape of their own and no entry in TERRITORIES: "
            f"{', '.join(unaccounted)} (drawn inside another country's shape, or missing?)"
        )
    if strays := sorted(set(countries) - m49_areas):
        raise MapError(f"shapes of areas M49 does not list: {', '.join(strays)}")
    height = top * 2
    # The size comes before the shapes: the kiosk reads it from the file's
    # first bytes before the first frame (kiosk/models/map_shapes.py).
    return {
        "source": "Natural Earth 1:50m admin-0 countries via world-atlas 2.0.2 (public domain)",
        "projection": f"Equal Earth, central meridian {LAMBDA0}°E",
        "width": WIDTH,
        "height": round(height, 1),
        "countries": dict(sorted(countries.items())),
        "unassigned": unnamed,
        "places": {
            name: [round(v, 1) for v in project(rotate(lon), lat)]
            for name, (lon, lat) in PLACES.items()
        },
        # M49 areas without a shape: too small for 1:50m, or left out (Antarctica).
        "not_drawn": not_drawn,
    }


def _chain(m49: dict, area: str) -> list[str]:
    """The M49 areas from the largest down to ``area`` ("002", "202", "014")."""
    for entry in m49.values():
        if area in entry["areas"]:
            return entry["areas"][: entry["areas"].index(area) + 1]
    raise MapError(f"no M49 area {area}")


def _svg(rings: list[list[tuple[float, float]]]) -> str:
    largest = max(rings, key=area)
    # Islets smaller than a pixel go, but never an area's main shape.
    rings = [r for r in rings if r is largest or area(r) >= 0.4]
    return " ".join("M" + " ".join(f"{x:.1f},{y:.1f}" for x, y in ring) + "Z" for ring in rings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="world-atlas countries-50m.json")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args()
    try:
        data = build(args.source)
    except MapError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")
    points = sum(p.count(",") for p in data["countries"].values())
    print(
        f"{args.output}: {len(data['countries'])} countries, {points} points, "
        f"{args.output.stat().st_size // 1024} KiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
