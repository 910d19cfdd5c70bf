"""The Python API that the CLI (and the HTTP API) are thin layers over."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .config import Settings
from .errors import InputFailed, InputProblem, NewsgraphError
from .ingest import ArticleHints, article_from_text, read_inputs
from .pipeline import extract_articles, process
from .records import Article, Extraction
from .store import Store

__all__ = ["IngestReport", "extract_path", "extract_text", "ingest"]


def extract_text(text: str, settings: Settings | None = None, hints: ArticleHints | None = None) -> Extraction:
    """Everything newsgraph finds in one plain-text article."""
    settings = settings or Settings.from_env()
    article = article_from_text(text, "<text>", settings, hints)
    return _only(extract_articles([article], settings))


def extract_path(path: str | Path, settings: Settings | None = None, hints: ArticleHints | None = None) -> Extraction:
    """Everything newsgraph finds in the first article of a file ("-" for standard input).
    Raises NewsgraphError, naming the input, when there is none."""
    settings = settings or Settings.from_env()
    for item in read_inputs([path], settings, hints):
        if isinstance(item, InputProblem):
            raise InputFailed(item)
        return _only(extract_articles([item], settings))
    raise NewsgraphError("E101", str(path))


def _only(results: list[Extraction | InputProblem]) -> Extraction:
    result = results[0]
    if isinstance(result, InputProblem):
        raise InputFailed(result)
    return result


@dataclass
class IngestReport:
    added: int = 0
    skipped: int = 0
    problems: list[InputProblem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def failed(self) -> int:
        return len(self.problems)


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    settings: Settings,
    on_item: Callable[[str, Article | InputProblem | Extraction], None] | None = None,
) -> IngestReport:
    """Read, extract and store every article in ``paths``; each article is its own transaction.
    Articles already stored (same URL or same text) are skipped before any NLP is spent on them."""
    report = IngestReport()
    items = read_inputs(paths, settings)
    for result in process(items, settings, wanted=lambda a: not store.known(a.url, a.text_hash)):
        if isinstance(result, InputProblem):
            report.problems.append(result)
            outcome = "failed"
        elif isinstance(result, Article):
            report.skipped += 1
            outcome = "skipped"
        elif store.add(result):
            report.added += 1
            outcome = "added"
        else:  # the same story twice in one batch
            report.skipped += 1
            outcome = "skipped"
        if on_item is not None:
            on_item(outcome, result)
    report.counts = store.counts()
    return report
