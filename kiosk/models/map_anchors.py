"""Where each region's label stands on the map, placed by hand.

A point computed from the shapes went wrong in ways no rule fixed for every
region: the largest piece's middle put "Europe" over Siberia (Russia's
mainland is Europe's largest piece) and a far region's label on the
neighbours of Turkmenistan. So the anchors are data: a longitude and
latitude per region of partners.yaml, each with why it is there. Every
anchor lies on its region's land, well away from Turkmenistan and its mark
(tests/models/test_map_anchors.py checks both on the packaged map). A region
not listed here (new content) falls back to the middle of its largest piece.

The projection is tools/build_map.py's (Equal Earth, central meridian 11.5°E,
2000 map units across), repeated here so that the kiosk needs no map tools;
a test checks both agree on Ashgabat. Pure Python: no Qt here.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from types import MappingProxyType

from kiosk.models.map_shapes import Point

# (longitude, latitude) in degrees, by region id (partners.yaml).
ANCHORS: Mapping[str, tuple[float, float]] = MappingProxyType(
    {
        # Kazakhstan's steppe, north of the Aral Sea basin: the heart of the
        # region's land, and far enough north of Turkmenistan that the label
        # never covers its mark once the region is framed.
        "central-asia": (70.0, 49.0),
        # Poland: the middle of Europe west of the Urals. Russia's mainland,
        # Europe's largest piece, would pull the label over Siberia.
        "europe": (20.0, 52.0),
        # Central India, the region's middle, well south-east of Turkmenistan.
        "southern-asia": (78.0, 21.0),
        # Central China: the bulk of Eastern and South-eastern Asia, away from
        # Afghanistan and Turkmenistan to its west.
        "eastern-asia": (104.0, 34.0),
        # The middle of the Arabian Peninsula, far south-west of Turkmenistan.
        "western-asia": (45.0, 23.0),
        # Chad and the Central African Republic: Africa's middle.
        "africa": (20.0, 8.0),
        # The Canadian prairies and the Great Plains: the continent's middle.
        "northern-america": (-100.0, 50.0),
        # Brazil's interior: the bulk of Latin America's land.
        "latin-america": (-55.0, -10.0),
        # Central Australia.
        "oceania": (134.0, -25.0),
    }
)

LAMBDA0 = 11.5  # the map's central meridian (tools/build_map.py)
MAP_WIDTH = 2000.0  # map units across the world (tools/build_map.py's WIDTH)
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2


def _equal_earth(lon: float, lat: float) -> Point:
    """Šavrič, Patterson & Jenny (2018), in radians of the unit sphere."""
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(_M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return x, y


def project(lon: float, lat: float, width: float = MAP_WIDTH) -> Point:
    """A longitude and latitude in map units, on a map ``width`` units across."""
    lon = (lon - LAMBDA0 + 180) % 360 - 180
    scale = width / (2 * _equal_earth(180, 0)[0])
    top = _equal_earth(0, 90)[1] * scale
    x, y = _equal_earth(lon, lat)
    return (x * scale + width / 2, top - y * scale)


def hand_anchors(width: float = MAP_WIDTH) -> dict[str, Point]:
    """The anchors above in map units (region id → point)."""
    return {region: project(lon, lat, width) for region, (lon, lat) in ANCHORS.items()}
