"""The map's regions for QML (a list model) and the lookups the map makes:
a country's region, an M49 area's region, a region's row."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from kiosk.content import Region
from kiosk.models.collation import sort_key
from kiosk.models.language_list import LanguageListModel


class RegionListModel(LanguageListModel[Region]):
    """The regions in the content's order; a region's row is also its colour
    in the theme's map palettes (Theme.qml: mapRegions)."""

    ROLES = {  # noqa: RUF012
        "regionId": lambda r, lang: r.id,
        "name": lambda r, lang: r.name.get(lang),
    }


class RegionIndex:
    """Which region holds a country or an M49 area, and at which row."""

    def __init__(self, regions: Sequence[Region]) -> None:
        self.regions = tuple(regions)
        self.of_country = {code: r.id for r in regions for code in r.countries}
        self.of_area = {area: r.id for r in regions for area in r.areas}
        self.row = {r.id: i for i, r in enumerate(regions)}

    def region(self, region_id: str) -> Region | None:
        row = self.row.get(region_id)
        return None if row is None else self.regions[row]

    def row_of(self, code: str) -> int:
        """The row of a country's region (its colour in the theme's
        palette); -1 for a country in no region."""
        return self.row.get(self.of_country.get(code, ""), -1)

    def row_of_areas(self, areas: Sequence[str]) -> int:
        return self.row.get(self.of_areas(areas), -1)

    def of_areas(self, areas: Sequence[str]) -> str:
        """The region holding any of these M49 areas (an unclaimed area's)."""
        return next((self.of_area[a] for a in areas if a in self.of_area), "")


def selection_info(
    region: Region,
    *,
    row: int,
    country: str,
    lang: str,
    name_of: Callable[[str], str],
    sort_form_of: Callable[[str], str] | None = None,
) -> dict[str, object]:
    """What the region panel shows of a region, in ``lang``; ``country``: the
    country tapped in it (a code), or "". Countries are listed in the order
    of ``sort_form_of`` (the UN's sort form: the Bolivarian Republic of
    Venezuela under V), by default of their names."""
    key = sort_key(lang)
    sort_form = sort_form_of or name_of

    def listed(codes: Iterable[str]) -> list[str]:
        return [name_of(c) for c in sorted(codes, key=lambda c: key(sort_form(c)))]

    region_name = region.name.get(lang)
    country_name = name_of(country) if country else ""
    return {
        "id": region.id,
        "index": row,  # its colour in the theme's palette
        "name": region_name,
        "country": country_name,
        # "Germany — Europe": the country tapped, and where M49 puts it.
        "countryLine": f"{country_name}\u00a0— {region_name}" if country else "",  # set for lines
        "text": region.text.get(lang) if region.text else "",
        "formats": [f.get(lang) for f in region.formats],
        # In the alphabet of the language on screen (Çad before Daniýa):
        # the states, then the territories apart (a territory is no state,
        # and a protocol office would not list Bermuda among them).
        "countries": listed(region.states),
        "territories": listed(region.territories),
    }
