"""The events table in the shape of GDELT 2.0's event export: 61 tab-separated columns, no header,
so that tools built for GDELT can read newsgraph's events.

Filled: the ids and dates, both actors' code, name, country and type (sector), the CAMEO codes,
QuadClass, Goldstein scale, mention count, the action's place (FIPS country code, coordinates and
GeoNames id), DATEADDED and SOURCEURL. Left empty, because newsgraph does not produce them:
Actor*KnownGroupCode for anything but an organisation's key, the ethnic and religion codes,
Actor*Type2Code and Type3Code, AvgTone, the actors' own geography (Actor1Geo_*, Actor2Geo_*) and
the ADM1/ADM2 codes. NumSources and NumArticles count the article and its syndicated copies
(whose events are not exported again).
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

__all__ = ["COLUMNS", "EMPTY_COLUMNS", "gdelt_rows", "write_gdelt"]

COLUMNS = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
)
EMPTY_COLUMNS = tuple(
    c for c in COLUMNS if c.endswith(("EthnicCode", "Religion1Code", "Religion2Code", "Type2Code", "Type3Code",
                                      "ADM1Code", "ADM2Code")) or c.startswith(("Actor1Geo", "Actor2Geo"))
    or c == "AvgTone"
)  # fmt: skip

#: The query that feeds the export; the store runs it.
QUERY = """
SELECT e.article_id, e.idx, coalesce(e.date, a.published) AS day, e.source_name, e.source_key, e.source_code,
       sa.kind AS source_kind, e.target_name, e.target_key, e.target_code, ta.kind AS target_kind, e.cameo,
       e.quad_class, e.goldstein, len(e.also) AS retold, e.location_name, e.location_kind,
       e.location_country, e.location_fips, e.latitude, e.longitude, e.geonameid, a.ingested_at,
       coalesce(a.url, a.origin) AS source_url, e.sentence,
       1 + (SELECT count(*) FROM articles c WHERE c.copy_of = a.id) AS articles,
       (SELECT min(s.sentence) FROM events s WHERE s.article_id = e.article_id) AS first_sentence
FROM events e JOIN articles a ON a.id = e.article_id
LEFT JOIN actors sa ON sa.id = e.source_actor LEFT JOIN actors ta ON ta.id = e.target_actor
WHERE e.status IN ('asserted', 'reported') AND a.copy_of IS NULL
ORDER BY day, e.article_id, e.idx
"""


def _event_id(article_id: str, index: int) -> int:
    """A stable 60-bit id: the same event of the same article always gets the same number."""
    return int(hashlib.sha1(f"{article_id}:{index}".encode()).hexdigest()[:15], 16)


def _actor(name: str | None, key: str | None, code: str | None, kind: str | None) -> list[Any]:
    if not name:
        return [""] * 10
    country = key if key and kind != "organization" and len(key) == 3 else ""
    group = key if kind == "organization" and key else ""
    sector = code[len(key) :] if code and key and code.startswith(key) else ""
    return [code or "", name.upper(), country, group, "", "", "", sector, "", ""]


def gdelt_rows(records: Iterable[dict[str, Any]]) -> Iterable[list[Any]]:
    for r in records:
        day: date | None = r["day"]
        cameo = r["cameo"] or ""
        if r["location_kind"] == "country":
            geo_type = 1
        elif r["location_kind"] == "city":
            geo_type = 3 if r["location_fips"] == "US" else 4
        else:
            geo_type = ""
        added: datetime | None = r["ingested_at"]
        yield [
            _event_id(r["article_id"], r["idx"]),
            day.strftime("%Y%m%d") if day else "",
            day.strftime("%Y%m") if day else "",
            day.year if day else "",
            round(day.year + day.timetuple().tm_yday / 365, 4) if day else "",
            *_actor(r["source_name"], r["source_key"], r["source_code"], r["source_kind"]),
            *_actor(r["target_name"], r["target_key"], r["target_code"], r["target_kind"]),
            1 if r["sentence"] == r["first_sentence"] else 0,
            cameo,
            cameo[:3],
            cameo[:2],
            r["quad_class"] or "",
            r["goldstein"] if r["goldstein"] is not None else "",
            1 + (r["retold"] or 0),
            r["articles"],
            r["articles"],
            "",
            *[""] * 16,
            geo_type,
            r["location_name"] or "",
            r["location_fips"] or "",
            "",
            "",
            r["latitude"] if r["latitude"] is not None else "",
            r["longitude"] if r["longitude"] is not None else "",
            r["geonameid"] or "",
            added.strftime("%Y%m%d%H%M%S") if added else "",
            r["source_url"] or "",
        ]


def write_gdelt(records: Iterable[dict[str, Any]], out: str | Path) -> int:
    count = 0
    with open(out, "w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        for row in gdelt_rows(records):
            assert len(row) == len(COLUMNS)
            writer.writerow(row)
            count += 1
    return count
