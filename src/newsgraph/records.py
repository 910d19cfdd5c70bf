"""The plain, frozen records that flow between stages and into the store.

No parser objects live in them: a stage reads an :class:`Article` (and the spaCy ``Doc`` the nlp stage
made of it) and returns records; only records cross into the store and the JSON output.
Every extracted fact carries its provenance: character span in ``Article.text``, sentence index and the
name of the rule that produced it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from .version import __version__

__all__ = [
    "Actor",
    "ActorRef",
    "Article",
    "Event",
    "Extraction",
    "Location",
    "Mention",
    "Paragraph",
    "Quote",
    "normalised_text_hash",
]

ParagraphKind = Literal["body", "title", "subheading", "caption", "boilerplate"]
PARAGRAPH_KINDS: tuple[str, ...] = ("body", "title", "subheading", "caption", "boilerplate")
#: The kinds of paragraph that the extraction stages read; captions and chrome are kept but skipped.
CONTENT_KINDS = frozenset({"body", "title", "subheading"})


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article. ``text`` keeps every paragraph, chrome included, so offsets stay true;
    ``paragraphs`` says which spans are body, headline, sub-heading, caption or boilerplate."""

    id: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    title: str | None = None
    source: str | None = None
    published: date | None = None
    url: str | None = None
    language: str | None = None
    #: where it came from: a path, "path:LINE" for JSONL, "path#N" for a feed entry or WARC record
    origin: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def text_hash(self) -> str:
        return normalised_text_hash(self.content_text)

    @property
    def content_text(self) -> str:
        """The headline, sub-headings and body, without captions and chrome."""
        return "\n\n".join(self.text[p.start : p.end] for p in self.paragraphs if p.kind in CONTENT_KINDS)

    def paragraph_at(self, offset: int) -> Paragraph | None:
        for paragraph in self.paragraphs:
            if paragraph.start <= offset < paragraph.end:
                return paragraph
        return None


_NON_WORD = re.compile(r"[\W_]+")


def normalised_text_hash(text: str) -> str:
    """A hash that ignores case, punctuation, quote style and whitespace, so that the same story
    scraped twice (straight vs curly quotes, other line breaks) is recognised as already stored."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return hashlib.sha1(_NON_WORD.sub(" ", folded).strip().encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    sentence: int
    rule: str


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor of one article: every mention of it, the code it resolved to, and how."""

    id: str
    name: str
    kind: str  # person | country | organization | group
    key: str | None
    code: str | None
    mentions: tuple[Mention, ...]
    #: member keys of a group actor ("Western countries" naming USA, GBR ...)
    members: tuple[str, ...] = ()
    #: False for a person the text never names ("a senior US official"): a description, not a name
    named: bool = True


@dataclass(frozen=True, slots=True)
class ActorRef:
    """How a quote or event points at an actor: the article actor's id when there is one, else just
    the words of the text (an unresolved source is kept and flagged, not dropped or invented)."""

    name: str
    key: str | None = None
    code: str | None = None
    actor: str | None = None
    named: bool = True


@dataclass(frozen=True, slots=True)
class Quote:
    """A statement: its content span, who made it (the speaker actor, and the words of the text that
    name them there: "he", "Lavrov"), and the cue that attributes it ("said", "according to")."""

    speaker: ActorRef | None
    content: str
    kind: str  # direct | indirect | mixed
    cue: str | None
    start: int
    end: int
    sentence: int
    rule: str
    speaker_span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Location:
    """A place an event happened: a city (with coordinates, from GeoNames) or a country."""

    name: str
    kind: str  # city | country
    country: str  # ISO 3166 alpha-3
    fips: str | None  # FIPS 10-4 country code, as GDELT's geography columns use
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None


#: Statuses of events that happened, by the article or a speaker: only these count in aggregates by
#: default (hypothetical, future and negated events are kept but set apart).
FACTUAL_STATUSES = ("asserted", "reported")


@dataclass(frozen=True, slots=True)
class Event:
    source: ActorRef
    target: ActorRef | None
    type: str  # PLOVER event type
    mode: str | None
    cameo: str | None
    goldstein: float | None
    quad_class: int | None
    date: date | None
    status: str  # asserted | reported | hypothetical | future | negated
    evidence: str
    start: int
    end: int
    sentence: int
    rule: str
    location: Location | None = None
    #: the same happening told again elsewhere in the article (headline, lead, a quote): [start, end]
    also: tuple[tuple[int, int], ...] = ()
    #: how precise ``date`` is: day | week | month | year, or "published" (no date in the text)
    date_precision: str | None = None
    #: for a reported event, the index in ``Extraction.quotes`` of the quote that reports it
    quote: int | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything newsgraph extracted from one article; ``to_json`` is the project's JSON contract."""

    article: Article
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    #: stage name → versioned component name that produced this record, e.g. "quotes": "newsgraph.quotes.v1"
    stages: dict[str, str] = field(default_factory=dict)
    model: str | None = None

    def to_json(self) -> dict[str, Any]:
        article = self.article
        return {
            "article": {
                "id": article.id,
                "title": article.title,
                "source": article.source,
                "published": article.published.isoformat() if article.published else None,
                "url": article.url,
                "language": article.language,
                "text": article.text,
                "paragraphs": [[p.start, p.end, p.kind] for p in article.paragraphs],
                "warnings": list(article.warnings),
            },
            "actors": [
                {
                    "id": actor.id,
                    "name": actor.name,
                    "kind": actor.kind,
                    "key": actor.key,
                    "code": actor.code,
                    "mentions": [[m.start, m.end] for m in actor.mentions],
                    "members": list(actor.members),
                    "named": actor.named,
                }
                for actor in self.actors
            ],
            "quotes": [
                {
                    "speaker": _ref_json(quote.speaker),
                    "content": quote.content,
                    "kind": quote.kind,
                    "cue": quote.cue,
                    "start": quote.start,
                    "end": quote.end,
                    "sentence": quote.sentence,
                    "rule": quote.rule,
                    "speaker_span": list(quote.speaker_span) if quote.speaker_span else None,
                }
                for quote in self.quotes
            ],
            "events": [
                {
                    "source": _ref_json(event.source),
                    "target": _ref_json(event.target),
                    "type": event.type,
                    "mode": event.mode,
                    "cameo": event.cameo,
                    "goldstein": event.goldstein,
                    "quad_class": event.quad_class,
                    "date": event.date.isoformat() if event.date else None,
                    "status": event.status,
                    "evidence": event.evidence,
                    "start": event.start,
                    "end": event.end,
                    "sentence": event.sentence,
                    "rule": event.rule,
                    "location": _location_json(event.location),
                    "also": [list(span) for span in event.also],
                    "date_precision": event.date_precision,
                    "quote": event.quote,
                }
                for event in self.events
            ],
            "meta": {"newsgraph": __version__, "model": self.model, "stages": dict(self.stages)},
        }


def _location_json(location: Location | None) -> dict[str, Any] | None:
    if location is None:
        return None
    return {
        "name": location.name,
        "kind": location.kind,
        "country": location.country,
        "fips": location.fips,
        "latitude": location.latitude,
        "longitude": location.longitude,
        "geonameid": location.geonameid,
    }


def _ref_json(ref: ActorRef | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {"name": ref.name, "key": ref.key, "code": ref.code, "actor": ref.actor, "named": ref.named}
