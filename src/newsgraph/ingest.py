"""Ingest stage: turn files (text, HTML, JSONL, RSS/Atom, WARC, folders of them) into clean Articles.

Each reader is a generator that yields an :class:`Article` or an :class:`InputProblem` per input, so one
bad file, line or record is reported with where it was and why, and the rest carry on. HTML goes
through trafilatura (body, title, site name) and htmldate (publication date); feeds through
feedparser; WARC through warcio.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import charset_normalizer
import feedparser
import htmldate
import py3langid
import trafilatura
from dateutil import parser as dateparser
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from .clean import classify_blocks, paragraphs_of, same_words, split_plain_text
from .config import Settings
from .errors import InputProblem, NewsgraphError, message
from .records import CONTENT_KINDS, Article, normalised_text_hash

__all__ = ["ArticleHints", "article_from_html", "article_from_text", "read_inputs", "samples_path"]

#: Text shorter than this is too little for language identification to be trusted.
MIN_CHARS_FOR_LANGUAGE_ID = 60
#: How far (log-probability per character) English may trail the detected language and still win.
ENGLISH_MARGIN_PER_CHAR = 0.1
#: Share of control bytes above which a file is taken for binary.
MAX_CONTROL_BYTE_SHARE = 0.05

_SUFFIX_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".rdf": "feed",
    ".warc": "warc",
    ".arc": "warc",
}
_YEAR = re.compile(r"\b(19|20)\d{2}\b")


@dataclass(frozen=True, slots=True)
class ArticleHints:
    """What the caller already knows of an article; it wins over what is found in the input."""

    title: str | None = None
    source: str | None = None
    published: date | None = None
    url: str | None = None

    def merged(self, **found: Any) -> ArticleHints:
        return ArticleHints(**{name: getattr(self, name) or found.get(name) for name in self.__slots__})


def samples_path() -> Path:
    """The bundled sample corpus."""
    return Path(__file__).parent / "samples"


# --- entry point ---------------------------------------------------------------------------------


def read_inputs(
    paths: Iterable[str | Path], settings: Settings, hints: ArticleHints | None = None
) -> Iterator[Article | InputProblem]:
    """Every article in ``paths`` (files, folders read recursively, or "-" for standard input)."""
    hints = hints or ArticleHints()
    for path in paths:
        if str(path) == "-":
            yield from _guarded("<stdin>", _read_stdin(settings, hints))
            continue
        path = Path(path)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                if not any(part.startswith(".") for part in file.relative_to(path).parts):
                    yield from _guarded(str(file), _read_file(file, settings, hints))
        else:
            yield from _guarded(str(path), _read_file(path, settings, hints))


def _guarded(origin: str, items: Iterator[Article | InputProblem]) -> Iterator[Article | InputProblem]:
    """Turn an error raised while reading one input into a problem record, so the batch carries on."""
    try:
        yield from items
    except NewsgraphError as error:
        yield InputProblem.from_error(error)
    except OSError as error:
        yield InputProblem.from_error(NewsgraphError("E108", origin, detail=error.strerror or str(error)))


def _read_stdin(settings: Settings, hints: ArticleHints) -> Iterator[Article | InputProblem]:
    data = sys.stdin.buffer.read(settings.max_bytes + 1)
    _check_size("<stdin>", len(data), settings)
    yield from _read_bytes("<stdin>", data, _sniff(data, ""), settings, hints)


def _read_file(path: Path, settings: Settings, hints: ArticleHints) -> Iterator[Article | InputProblem]:
    origin = str(path)
    if not path.exists():
        raise NewsgraphError("E108", origin, detail="no such file")
    suffixes = "".join(path.suffixes[-2:]).lower()
    if suffixes.endswith((".warc.gz", ".arc.gz")) or path.suffix.lower() in (".warc", ".arc"):
        yield from _read_warc(path, settings)
        return
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        yield from _read_jsonl(path, settings)
        return
    _check_size(origin, path.stat().st_size, settings)
    data = path.read_bytes()
    yield from _read_bytes(origin, data, _sniff(data, path.suffix.lower()), settings, hints)


def _check_size(origin: str, size: int, settings: Settings) -> None:
    if size > settings.max_bytes:
        raise NewsgraphError("E103", origin, size=size, limit=settings.max_bytes)


def _sniff(data: bytes, suffix: str) -> str:
    """The input's format, from its content where that is clear and else from its file suffix."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if data[:2] == b"\x1f\x8b" or head.startswith((b"warc/", b"filedesc://")):
        return "warc"
    if head.startswith((b"<rss", b"<feed", b"<rdf:rdf")) or (
        head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head)
    ):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    if head.startswith((b"{", b"[")) and suffix in ("", ".json", ".jsonl"):
        return "jsonl"
    return _SUFFIX_FORMATS.get(suffix, "text")


def _read_bytes(
    origin: str, data: bytes, fmt: str, settings: Settings, hints: ArticleHints
) -> Iterator[Article | InputProblem]:
    if not data.strip():
        raise NewsgraphError("E101", origin)
    if fmt == "warc":
        yield from _warc_records(origin, io.BytesIO(data), settings)
    elif fmt == "jsonl":
        yield from _json_document(origin, data, settings)
    elif fmt == "feed":
        yield from _read_feed(origin, data, settings, hints)
    elif fmt == "html":
        text, warnings = decode(origin, data)
        yield article_from_html(text, origin, settings, hints, warnings)
    else:
        text, warnings = decode(origin, data)
        yield article_from_text(text, origin, settings, hints, warnings)


# --- decoding ------------------------------------------------------------------------------------


def decode(origin: str, data: bytes) -> tuple[str, tuple[str, ...]]:
    """Text from bytes: UTF-8 (or a BOM's encoding) when valid, else the encoding charset-normalizer
    detects, else UTF-8 with replacement characters; the warning says which."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), ()
    if _looks_binary(data):
        raise NewsgraphError("E102", origin)
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding not in ("utf_8", "utf_8_sig"):
        return str(best), (message("W101", encoding=best.encoding),)
    return data.decode("utf-8", errors="replace"), (message("W102"),)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return control > MAX_CONTROL_BYTE_SHARE * max(len(sample), 1)


# --- articles from text and HTML ------------------------------------------------------------------


def _normalise(text: str) -> str:
    """Line ends folded to "\\n"; invisible and no-break spaces made plain spaces. Nothing else changes
    length, so that offsets into the article text are offsets into the input (bar "\\r\\n")."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(_INVISIBLE_TO_SPACE)


_INVISIBLE_TO_SPACE = str.maketrans({"\u00a0": " ", "\ufeff": " ", "\u200b": " ", "\u2009": " ", "\u202f": " "})


def article_from_text(
    text: str,
    origin: str,
    settings: Settings,
    hints: ArticleHints | None = None,
    warnings: tuple[str, ...] = (),
) -> Article:
    """An Article from plain text: its headline, body, sub-headings, captions and chrome marked."""
    hints = hints or ArticleHints()
    text = _normalise(text)
    spans = split_plain_text(text)
    kinds = classify_blocks([text[s:e] for s, e in spans], title=hints.title)
    return _finish(text, paragraphs_of(spans, kinds), origin, settings, hints, warnings)


def article_from_blocks(
    blocks: list[tuple[str, str | None]],
    origin: str,
    settings: Settings,
    hints: ArticleHints,
    warnings: tuple[str, ...] = (),
) -> Article:
    """An Article from paragraphs extracted from markup; the headline, when known, becomes the
    first paragraph so that headline events and attributions have offsets like any other."""
    blocks = [(_normalise(" ".join(text.split())), hint) for text, hint in blocks if text.strip()]
    if hints.title:
        title = _normalise(" ".join(hints.title.split()))
        # pages repeat their <h1> at the top of the body: keep the headline once
        blocks = [b for i, b in enumerate(blocks) if not (i < 3 and same_words(b[0], title))]
        blocks.insert(0, (title, "title"))
    kinds = classify_blocks([b for b, _ in blocks], [h for _, h in blocks], title=hints.title)
    spans, position = [], 0
    for block, _ in blocks:
        spans.append((position, position + len(block)))
        position += len(block) + 2
    text = "\n\n".join(block for block, _ in blocks)
    return _finish(text, paragraphs_of(spans, kinds), origin, settings, hints, warnings)


def _finish(
    text: str,
    paragraphs: tuple,
    origin: str,
    settings: Settings,
    hints: ArticleHints,
    warnings: tuple[str, ...],
) -> Article:
    if not text.strip():
        raise NewsgraphError("E101", origin)
    body = [text[p.start : p.end] for p in paragraphs if p.kind == "body"]
    if not body:
        raise NewsgraphError("E112", origin)
    if len(text) > settings.max_chars:
        raise NewsgraphError("E111", origin, size=len(text), limit=settings.max_chars)
    language = _language("\n".join(body))
    if language not in (None, "en") and not settings.force_language:
        raise NewsgraphError("E104", origin, language=language)
    title = hints.title or next((text[p.start : p.end] for p in paragraphs if p.kind == "title"), None)
    published = hints.published or _date_in_chrome(text, paragraphs)
    content = "\n\n".join(text[p.start : p.end] for p in paragraphs if p.kind in CONTENT_KINDS)
    return Article(
        id=normalised_text_hash(content)[:16],
        text=text,
        paragraphs=paragraphs,
        title=title,
        source=hints.source,
        published=published,
        url=hints.url,
        language=language or "en",
        origin=origin,
        warnings=warnings,
    )


def _language(text: str) -> str | None:
    """The text's language; English also when English scores within a hair of the winner, since
    py3langid reads short English ("… a state of siege in Haiti on Saturday.") as Nigerian Pidgin
    or Scots, languages that share its words."""
    if len(text) < MIN_CHARS_FOR_LANGUAGE_ID:
        return None
    ranked = py3langid.rank(text)
    (language, best), english = ranked[0], dict(ranked).get("en")
    if language != "en" and english is not None and best - english < ENGLISH_MARGIN_PER_CHAR * len(text):
        return "en"
    return str(language)


def _date_in_chrome(text: str, paragraphs: tuple) -> date | None:
    """A plain-text page's own "Published: 23 March 2022" line (with a year), else its "Updated" line."""
    found: dict[str, date] = {}
    for paragraph in paragraphs:
        line = text[paragraph.start : paragraph.end]
        label = re.match(r"(?i)(published|posted|first published|updated|last updated)\b", line)
        if paragraph.kind == "boilerplate" and label and _YEAR.search(line):
            parsed = parse_date(line, fuzzy=True)
            if parsed:
                found.setdefault("updated" if "updated" in label.group(1).lower() else "published", parsed)
    return found.get("published") or found.get("updated")


def parse_date(value: object, fuzzy: bool = False) -> date | None:
    """A date from an ISO string, an RFC 822 string, a datetime or a struct_time; None if unclear."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if hasattr(value, "tm_year"):
        return date(value.tm_year, value.tm_mon, value.tm_mday)  # type: ignore[attr-defined]
    try:
        return dateparser.parse(str(value), fuzzy=fuzzy, ignoretz=True).date()
    except (ValueError, OverflowError):
        return None


def article_from_html(
    html: str | bytes,
    origin: str,
    settings: Settings,
    hints: ArticleHints | None = None,
    warnings: tuple[str, ...] = (),
) -> Article:
    """An Article from an HTML page: trafilatura finds the body, title and site name; htmldate the
    publication date (the original one, not a later update)."""
    hints = hints or ArticleHints()
    if isinstance(html, bytes):
        html, more = decode(origin, html)
        warnings += more
    extracted = trafilatura.bare_extraction(
        html, url=hints.url, with_metadata=True, include_comments=False, include_tables=False
    )
    if extracted is None or extracted.body is None or not len(extracted.body):
        raise NewsgraphError("E105", origin)
    url = hints.url or extracted.url
    hints = hints.merged(
        title=extracted.title,
        url=url,
        source=extracted.sitename or (urlparse(url).hostname if url else None),
        published=_html_date(html, url),
    )
    return article_from_blocks(_body_blocks(extracted.body), origin, settings, hints, warnings)


def _html_date(html: str, url: str | None) -> date | None:
    try:
        found = htmldate.find_date(html, original_date=True, url=url)
    except (ValueError, TypeError):  # htmldate rejects some malformed documents outright
        return None
    return date.fromisoformat(found) if found else None


def _body_blocks(body: Any) -> list[tuple[str, str | None]]:
    """Paragraphs of trafilatura's body tree: <head> elements are sub-headings, list items and
    quotes are paragraphs of their own."""
    blocks: list[tuple[str, str | None]] = []
    for element in body:
        if element.tag == "list":
            blocks.extend((" ".join(item.itertext()), None) for item in element if item.tag == "item")
        elif element.tag in ("p", "head", "quote"):
            blocks.append((" ".join(element.itertext()), "subheading" if element.tag == "head" else None))
    return blocks


def _html_fragment_blocks(origin: str, fragment: str) -> list[tuple[str, str | None]]:
    extracted = trafilatura.bare_extraction(
        f"<html><body><article>{fragment}</article></body></html>", include_comments=False, favor_recall=True
    )
    if extracted is None or extracted.body is None or not len(extracted.body):
        raise NewsgraphError("E105", origin)
    return _body_blocks(extracted.body)


# --- containers: JSONL, feeds, WARC ------------------------------------------------------------


def _read_jsonl(path: Path, settings: Settings) -> Iterator[Article | InputProblem]:
    with path.open("rb") as stream:
        yield from _jsonl_lines(str(path), stream, settings)


def _jsonl_lines(origin: str, stream: io.RawIOBase | io.BufferedIOBase, settings: Settings):
    """One article per line; a bad line is reported by its number and the others are read."""
    seen_any = False
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        seen_any = True
        where = f"{origin}:{number}"
        try:
            _check_size(where, len(raw), settings)
            text, warnings = decode(where, raw)
            try:
                record = json.loads(text)
            except json.JSONDecodeError as error:
                raise NewsgraphError("E106", where, detail=f"{error.msg} at column {error.colno}") from None
            if not isinstance(record, dict):
                raise NewsgraphError("E113", where)
            yield _article_from_record(where, record, settings, warnings)
        except NewsgraphError as error:
            yield InputProblem.from_error(error)
    if not seen_any:
        raise NewsgraphError("E101", origin)


def _json_document(origin: str, data: bytes, settings: Settings) -> Iterator[Article | InputProblem]:
    """A .json file or standard input: one object, a list of objects, or JSON Lines."""
    try:
        document = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError):
        yield from _jsonl_lines(origin, io.BytesIO(data), settings)
        return
    records = document if isinstance(document, list) else [document]
    for number, record in enumerate(records, start=1):
        where = f"{origin}#{number}" if isinstance(document, list) else origin
        try:
            if not isinstance(record, dict):
                raise NewsgraphError("E113", where)
            yield _article_from_record(where, record, settings, ())
        except NewsgraphError as error:
            yield InputProblem.from_error(error)


def _article_from_record(where: str, record: dict[str, Any], settings: Settings, warnings: tuple[str, ...]):
    hints = ArticleHints(
        title=_string(record.get("title")),
        source=_string(record.get("source")),
        published=parse_date(record.get("published")),
        url=_string(record.get("url")),
    )
    text, html = _string(record.get("text")), _string(record.get("html"))
    if text:
        body = _normalise(text)
        spans = split_plain_text(body)
        return article_from_blocks([(body[s:e], None) for s, e in spans], where, settings, hints, warnings)
    if html:
        return article_from_html(html, where, settings, hints, warnings)
    raise NewsgraphError("E107", where)


def _string(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _read_feed(origin: str, data: bytes, settings: Settings, hints: ArticleHints):
    feed = feedparser.parse(data)
    has_content = any(entry.get("content") or entry.get("summary") for entry in feed.entries)
    if not has_content:
        detail = str(feed.get("bozo_exception") or "no entries")
        raise NewsgraphError("E109", origin, detail=detail)
    source = hints.source or feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{origin}#{number}"
        try:
            content = entry.get("content") or []
            html = content[0].get("value") if content else entry.get("summary")
            if not html:
                raise NewsgraphError("E101", where)
            entry_hints = ArticleHints(
                title=hints.title or entry.get("title"),
                source=source,
                published=parse_date(entry.get("published_parsed") or entry.get("updated_parsed")),
                url=entry.get("link"),
            )
            blocks = _html_fragment_blocks(where, html)
            yield article_from_blocks(blocks, where, settings, entry_hints)
        except NewsgraphError as error:
            yield InputProblem.from_error(error)


def _read_warc(path: Path, settings: Settings) -> Iterator[Article | InputProblem]:
    with path.open("rb") as stream:
        yield from _warc_records(str(path), stream, settings)


def _warc_records(origin: str, stream: Any, settings: Settings) -> Iterator[Article | InputProblem]:
    """Every HTML response (or resource) record of a WARC file, gzipped or not."""
    pages = 0
    try:
        for number, record in enumerate(ArchiveIterator(stream), start=1):
            if record.rec_type not in ("response", "resource"):
                continue
            content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or (
                record.rec_headers.get_header("Content-Type") or ""
            )
            if "html" not in content_type.lower():
                continue
            pages += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{origin}#{number} {url or ''}".rstrip()
            payload = record.content_stream().read(settings.max_bytes + 1)
            try:
                _check_size(where, len(payload), settings)
                yield article_from_html(payload, where, settings, ArticleHints(url=url))
            except NewsgraphError as error:
                yield InputProblem.from_error(error)
    except (ArchiveLoadFailed, gzip.BadGzipFile, EOFError, ValueError) as error:
        raise NewsgraphError("E110", origin, detail=str(error) or type(error).__name__) from None
    if pages == 0:
        raise NewsgraphError("E110", origin, detail="no HTML response or resource records")
