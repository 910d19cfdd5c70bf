"""Store stage: extractions in a DuckDB file, and the read views that the CLI (and later the HTTP API)
are thin layers over.

Each article is written in its own transaction: a failure while storing one article rolls back that
article only, and never touches what was stored before.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
from trafilatura.deduplication import Simhash

from .errors import NewsgraphError
from .gazetteer import NGO_KEY
from .gdelt import QUERY, write_gdelt
from .records import FACTUAL_STATUSES, Actor, ActorRef, Extraction, Location
from .version import __version__

__all__ = ["SCHEMA_VERSION", "TABLES", "Rows", "Store", "global_actor_id"]

#: Bump when a table changes shape; a database of another version is refused, not misread.
SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, url VARCHAR, title VARCHAR, source VARCHAR, published DATE,
    language VARCHAR, text VARCHAR, paragraphs JSON, text_hash VARCHAR UNIQUE, origin VARCHAR,
    warnings VARCHAR[], newsgraph_version VARCHAR, spacy_model VARCHAR, stages JSON,
    ingested_at TIMESTAMP, simhash UBIGINT, copy_of VARCHAR);
CREATE TABLE IF NOT EXISTS actors (
    id VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, key VARCHAR, code VARCHAR);
CREATE TABLE IF NOT EXISTS article_actors (
    article_id VARCHAR, local_id VARCHAR, actor_id VARCHAR, name VARCHAR, kind VARCHAR, key VARCHAR,
    code VARCHAR, members VARCHAR[], mentions INTEGER[][], mention_rules VARCHAR[], named BOOLEAN,
    PRIMARY KEY (article_id, local_id));
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR, idx INTEGER, speaker_name VARCHAR, speaker_key VARCHAR, speaker_code VARCHAR,
    speaker_actor VARCHAR, content VARCHAR, kind VARCHAR, cue VARCHAR, start_char INTEGER,
    end_char INTEGER, sentence INTEGER, rule VARCHAR, speaker_start INTEGER, speaker_end INTEGER,
    PRIMARY KEY (article_id, idx));
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR, idx INTEGER, source_name VARCHAR, source_key VARCHAR, source_code VARCHAR,
    source_actor VARCHAR, target_name VARCHAR, target_key VARCHAR, target_code VARCHAR,
    target_actor VARCHAR, type VARCHAR, mode VARCHAR, cameo VARCHAR, goldstein DOUBLE,
    quad_class INTEGER, date DATE, status VARCHAR, evidence VARCHAR, start_char INTEGER,
    end_char INTEGER, sentence INTEGER, rule VARCHAR, location_name VARCHAR, location_kind VARCHAR,
    location_country VARCHAR, location_fips VARCHAR, latitude DOUBLE, longitude DOUBLE,
    geonameid BIGINT, also INTEGER[][], date_precision VARCHAR, quote_idx INTEGER,
    PRIMARY KEY (article_id, idx));
"""

TABLES = ("articles", "actors", "article_actors", "quotes", "events")
#: Two articles whose 64-bit SimHashes differ in at most this many bits tell the same story: a
#: syndicated copy with another headline or a trimmed paragraph differs in a few bits, two
#: different stories in about half of them.
COPY_MAX_BITS = 6
#: Statuses that count as something that happened; hypothetical, future and negated events are
#: stored but left out of aggregates unless asked for.


@dataclass(frozen=True, slots=True)
class Rows:
    """A query's answer: column names and rows, ready for any output format."""

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def _normalised_name(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    return re.sub(r"[^a-z0-9]+", " ", folded).strip()


def global_actor_id(actor: Actor) -> str:
    """One id per real actor across articles: a coded country, organisation or group by its code
    (RUSGOV), a person (or an uncoded body) by key and normalised name, so that the same minister
    in many articles merges; bodies coded NGO, of no country, are told apart by name too."""
    if actor.kind != "person" and actor.code and actor.key != NGO_KEY:
        return f"{actor.kind}:{actor.code}"
    return f"{actor.kind}:{actor.key or '-'}:{_normalised_name(actor.name)}"


class Store:
    """A newsgraph DuckDB database. ``read_only`` stores refuse every write, at DuckDB's level."""

    def __init__(self, path: str | Path, read_only: bool = False, create: bool = True) -> None:
        self.path = str(path)
        self.read_only = read_only
        if (read_only or not create) and not Path(self.path).exists():
            raise NewsgraphError("E201", path=self.path)
        try:
            if read_only:
                # no file access either: COPY TO, ATTACH and read_csv would reach outside the store
                self.connection = duckdb.connect(self.path, read_only=True, config={"enable_external_access": False})
            else:
                self.connection = duckdb.connect(self.path)
                self.connection.execute(_SCHEMA)
        except duckdb.Error as error:
            raise NewsgraphError("E205", path=self.path, detail=str(error).splitlines()[0]) from None
        self._check_version()

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_version(self) -> None:
        try:
            found = self.connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.CatalogException:
            raise NewsgraphError("E204", found="none", expected=SCHEMA_VERSION) from None
        if found is None and not self.read_only:
            self.connection.execute("INSERT INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
        elif found is not None and found[0] != SCHEMA_VERSION:
            raise NewsgraphError("E204", found=found[0], expected=SCHEMA_VERSION)

    # --- writing ---------------------------------------------------------------------------------

    def known(self, url: str | None, text_hash: str) -> bool:
        """Is this article stored already (same URL, or same normalised text)?"""
        row = self.connection.execute(
            "SELECT 1 FROM articles WHERE text_hash = ? OR (url IS NOT NULL AND url = ?) LIMIT 1",
            [text_hash, url],
        ).fetchone()
        return row is not None

    def add(self, extraction: Extraction) -> bool:
        """Store one article and everything extracted from it, in one transaction.
        Returns False (and writes nothing) when the article is stored already."""
        article = extraction.article
        if self.known(article.url, article.text_hash):
            return False
        con = self.connection
        fingerprint = Simhash(article.content_text).hash
        con.begin()
        try:
            con.execute(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    article.id,
                    article.url,
                    article.title,
                    article.source,
                    article.published,
                    article.language,
                    article.text,
                    json.dumps([[p.start, p.end, p.kind] for p in article.paragraphs]),
                    article.text_hash,
                    article.origin,
                    list(article.warnings),
                    __version__,
                    extraction.model,
                    json.dumps(extraction.stages),
                    datetime.now(UTC),
                    fingerprint,
                    self._original_of(fingerprint),
                ],
            )
            global_ids = self._add_actors(article.id, extraction.actors)
            self._add_quotes(article.id, extraction, global_ids)
            self._add_events(article.id, extraction, global_ids)
            con.commit()
        except BaseException:
            con.rollback()
            raise
        return True

    def _original_of(self, fingerprint: int) -> str | None:
        """The stored article this one is a syndicated copy of: the same story with small edits
        (another headline, a trimmed paragraph), found by SimHash distance."""
        row = self.connection.execute(
            "SELECT id FROM articles WHERE copy_of IS NULL AND bit_count(xor(simhash, ?::UBIGINT)) <= ? "
            "ORDER BY ingested_at LIMIT 1",
            [fingerprint, COPY_MAX_BITS],
        ).fetchone()
        return row[0] if row else None

    def _add_actors(self, article_id: str, actors: Sequence[Actor]) -> dict[str, str]:
        global_ids: dict[str, str] = {}
        for actor in actors:
            global_id = global_actor_id(actor)
            global_ids[actor.id] = global_id
            self.connection.execute(
                "INSERT INTO actors VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                [global_id, actor.name, actor.kind, actor.key, actor.code],
            )
            self.connection.execute(
                "INSERT INTO article_actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    article_id,
                    actor.id,
                    global_id,
                    actor.name,
                    actor.kind,
                    actor.key,
                    actor.code,
                    list(actor.members),
                    [[m.start, m.end] for m in actor.mentions],
                    [m.rule for m in actor.mentions],
                    actor.named,
                ],
            )
        return global_ids

    @staticmethod
    def _ref(ref: ActorRef | None, global_ids: dict[str, str]) -> list[Any]:
        if ref is None:
            return [None, None, None, None]
        return [ref.name, ref.key, ref.code, global_ids.get(ref.actor or "")]

    def _add_quotes(self, article_id: str, extraction: Extraction, global_ids: dict[str, str]) -> None:
        for index, quote in enumerate(extraction.quotes):
            self.connection.execute(
                "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    article_id,
                    index,
                    *self._ref(quote.speaker, global_ids),
                    quote.content,
                    quote.kind,
                    quote.cue,
                    quote.start,
                    quote.end,
                    quote.sentence,
                    quote.rule,
                    *(quote.speaker_span or (None, None)),
                ],
            )

    def _add_events(self, article_id: str, extraction: Extraction, global_ids: dict[str, str]) -> None:
        for index, event in enumerate(extraction.events):
            self.connection.execute(
                f"INSERT INTO events VALUES ({', '.join('?' * 32)})",
                [
                    article_id,
                    index,
                    *self._ref(event.source, global_ids),
                    *self._ref(event.target, global_ids),
                    event.type,
                    event.mode,
                    event.cameo,
                    event.goldstein,
                    event.quad_class,
                    event.date,
                    event.status,
                    event.evidence,
                    event.start,
                    event.end,
                    event.sentence,
                    event.rule,
                    *_location_columns(event.location),
                    [list(span) for span in event.also],
                    event.date_precision,
                    event.quote,
                ],
            )

    # --- reading ---------------------------------------------------------------------------------

    def _rows(self, sql: str, parameters: Sequence[Any] = ()) -> Rows:
        cursor = self.connection.execute(sql, list(parameters))
        return Rows(tuple(d[0] for d in cursor.description), cursor.fetchall())

    def counts(self) -> dict[str, int]:
        return {
            table: self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
            for table in TABLES
        }

    def events(
        self,
        actor: str | None = None,
        event_type: str | None = None,
        since: date | None = None,
        until: date | None = None,
        statuses: Sequence[str] | None = FACTUAL_STATUSES,
        limit: int | None = 50,
    ) -> Rows:
        """Events, newest first. ``actor`` matches a source or target key, code or name."""
        where, parameters = ["TRUE"], []
        if actor:
            where.append(
                "(? IN (upper(source_key), upper(source_code), upper(target_key), upper(target_code))"
                " OR regexp_matches(source_name, ?) OR regexp_matches(target_name, ?))"
            )
            # a name matches at the start of one of its words: "rus" finds Russia, not Brussels or Belarus
            word_start = rf"(?i)\b{re.escape(actor)}"
            parameters += [actor.upper(), word_start, word_start]
        if event_type:
            where.append("upper(type) = ?")
            parameters.append(event_type.upper())
        if since:
            where.append("coalesce(e.date, a.published) >= ?")
            parameters.append(since)
        if until:
            where.append("coalesce(e.date, a.published) <= ?")
            parameters.append(until)
        if statuses:
            where.append(f"status IN ({', '.join('?' for _ in statuses)})")
            parameters += list(statuses)
        where.append("a.copy_of IS NULL")  # a syndicated copy's events are its original's
        return self._rows(
            f"""SELECT coalesce(e.date, a.published) AS date, source_name AS source, source_code,
                       type, cameo, target_name AS target, target_code, status, evidence,
                       a.source AS publisher, e.article_id, rule
                FROM events e JOIN articles a ON a.id = e.article_id
                WHERE {" AND ".join(where)}
                ORDER BY date DESC NULLS LAST, e.article_id, e.idx {_limit(limit)}""",
            parameters,
        )

    def quotes(self, speaker: str | None = None, limit: int | None = 50) -> Rows:
        """Quotes, newest first; ``speaker`` matches part of the speaker's name, key or code."""
        where, parameters = "TRUE", []
        if speaker:
            where = "(speaker_name ILIKE ? OR upper(speaker_key) = ? OR upper(speaker_code) = ?)"
            parameters = [f"%{speaker}%", speaker.upper(), speaker.upper()]
        return self._rows(
            f"""SELECT a.published, speaker_name AS speaker, speaker_code, kind, cue, content,
                       a.source AS publisher, q.article_id, rule
                FROM quotes q JOIN articles a ON a.id = q.article_id
                WHERE {where}
                ORDER BY a.published DESC NULLS LAST, q.article_id, q.idx {_limit(limit)}""",
            parameters,
        )

    def actors(self, limit: int | None = 50) -> Rows:
        """Actors across articles with counts of articles, mentions, quotes and (factual) events."""
        return self._rows(
            f"""WITH m AS (SELECT actor_id, count(DISTINCT article_id) AS articles,
                                  sum(len(mentions)) AS mentions FROM article_actors GROUP BY actor_id),
                     q AS (SELECT speaker_actor AS actor_id, count(*) AS quotes FROM quotes GROUP BY 1),
                     f AS (SELECT e.* FROM events e JOIN articles x ON x.id = e.article_id
                           WHERE x.copy_of IS NULL AND e.status IN {FACTUAL_STATUSES}),
                     e AS (SELECT actor_id, count(*) AS events FROM (
                              SELECT source_actor AS actor_id FROM f UNION ALL SELECT target_actor FROM f)
                           GROUP BY 1)
                SELECT a.id, a.name, a.kind, a.key, a.code, coalesce(m.articles, 0) AS articles,
                       coalesce(m.mentions, 0) AS mentions, coalesce(q.quotes, 0) AS quotes,
                       coalesce(e.events, 0) AS events
                FROM actors a LEFT JOIN m ON m.actor_id = a.id LEFT JOIN q ON q.actor_id = a.id
                     LEFT JOIN e ON e.actor_id = a.id
                ORDER BY events + quotes + mentions DESC, a.id {_limit(limit)}"""
        )

    def articles(self, limit: int | None = 50) -> Rows:
        return self._rows(
            f"""SELECT id, published, source, title, url, copy_of,
                       (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,
                       (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events
                FROM articles a ORDER BY published DESC NULLS LAST, id {_limit(limit)}"""
        )

    def sql(self, query: str) -> Rows:
        """Run one query. On a read-only store DuckDB itself refuses any write."""
        try:
            return self._rows(query)
        except (duckdb.InvalidInputException, duckdb.PermissionException) as error:
            raise NewsgraphError("E202", detail=str(error).splitlines()[0]) from None
        except duckdb.Error as error:
            raise NewsgraphError("E203", detail=str(error).splitlines()[0]) from None

    def export(self, table: str, fmt: str, out: str | Path) -> int:
        """Write a whole table to ``out`` as jsonl, csv or parquet (or the events, factual ones, as
        GDELT 2.0's event export: ``gdelt``); returns the number of rows."""
        if table not in TABLES:
            raise NewsgraphError("E206", table=table, choices=", ".join(TABLES))
        if fmt == "gdelt":
            if table != "events":
                raise NewsgraphError("E302", fmt=fmt, what=f"the {table} table", choices="jsonl, csv, parquet")
            return write_gdelt(self._rows(QUERY).dicts(), out)
        options = {"jsonl": "FORMAT json", "csv": "FORMAT csv, HEADER true", "parquet": "FORMAT parquet"}
        if fmt not in options:
            raise NewsgraphError("E302", fmt=fmt, what="export", choices=", ".join(options))
        target = str(out).replace("'", "''")
        self.connection.execute(f"COPY (SELECT * FROM {table}) TO '{target}' ({options[fmt]})")
        return self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]


def _location_columns(location: Location | None) -> list[Any]:
    if location is None:
        return [None] * 7
    return [location.name, location.kind, location.country, location.fips, location.latitude, location.longitude,
            location.geonameid]  # fmt: skip


def _limit(limit: int | None) -> str:
    return f"LIMIT {int(limit)}" if limit else ""
