"""The pipeline: ingest → nlp → actors → quotes → events, over batches of articles.

Stages are registered by name with a versioned component name (spaCy's registry, made explicit): the
component names are stored on every article, so a row says what produced it. Each stage is a plain
function ``(article, doc, extraction so far) -> extraction`` that adds its own records; an exception in
one stage on one article becomes a problem record for that article and the batch carries on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from spacy.tokens import Doc

from . import actors, events, nlp, quotes
from .config import Settings
from .errors import InputProblem, NewsgraphError
from .records import Article, Extraction

__all__ = ["STAGES", "Stage", "extract_articles", "process"]

StageFunction = Callable[[Article, Doc, Extraction], Extraction]


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    component: str  # versioned, e.g. "newsgraph.quotes.v1"
    run: StageFunction


STAGES: tuple[Stage, ...] = (
    Stage("actors", actors.COMPONENT, actors.add_actors),
    Stage("quotes", quotes.COMPONENT, quotes.add_quotes),
    Stage("events", events.COMPONENT, events.add_events),
)


def _extract_one(article: Article, doc: Doc, model: str) -> Extraction | InputProblem:
    extraction = Extraction(article, model=model, stages={s.name: s.component for s in STAGES})
    for stage in STAGES:
        try:
            extraction = stage.run(article, doc, extraction)
        except Exception as error:  # one article's oddity must not stop a batch of thousands
            detail = f"{type(error).__name__}: {error}"
            return InputProblem.from_error(NewsgraphError("E401", article.origin, stage=stage.name, detail=detail))
    return extraction


def extract_articles(articles: Sequence[Article], settings: Settings) -> list[Extraction | InputProblem]:
    """Run the NLP and extraction stages on articles already read."""
    docs = nlp.parse(articles, settings.model)
    return [_extract_one(article, doc, settings.model) for article, doc in zip(articles, docs, strict=True)]


def process(
    items: Iterable[Article | InputProblem],
    settings: Settings,
    wanted: Callable[[Article], bool] = lambda article: True,
) -> Iterator[Extraction | InputProblem | Article]:
    """Extractions for the articles among ``items``, in batches of ``settings.batch_size``.

    Problems pass straight through; an article that ``wanted`` turns down (already stored, say) is
    yielded back as it is, unparsed, so the caller can count it.
    """
    iterator = iter(items)
    while batch := list(islice(iterator, settings.batch_size)):
        to_parse = []
        for item in batch:
            if isinstance(item, Article) and wanted(item):
                to_parse.append(item)
            else:
                yield item
        if to_parse:
            yield from extract_articles(to_parse, settings)
