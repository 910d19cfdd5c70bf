"""Quote evaluation: direct quotes, direct quotes with the right speaker, and all attributions, on
PolNeAR (``../shared/data/PolNeAR``) and on the project's own gold articles (``eval/articles``);
textacy's ``direct_quotations`` is run on the same spaCy docs, when installed, as the baseline.

Matching rules (the project's, from ``../shared/README.md``):
- a predicted quote matches a gold quote when their contents share at least half their words
  (Dice >= 0.5 over lower-cased words, quote marks and punctuation ignored); each gold quote is
  matched at most once, best pairs first;
- a speaker is right when one of the gold speaker strings is part of the predicted speaker's name,
  the surnames agree, or (PolNeAR, whose sources are spans such as "he") the predicted speaker's
  words overlap the gold source span.
PolNeAR marks no quote as direct: a gold attribution is direct when its content (each fragment, for
a content in pieces) opens and closes with quote marks; every attribution counts for "all".
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from ..config import Settings
from ..ingest import ArticleHints, article_from_text
from ..nlp import parse
from ..pipeline import STAGES
from ..records import Article, Extraction, Quote
from .common import Score, dice, read_gold, text_path, words
from .polnear import read_polnear

__all__ = ["GoldQuote", "PredictedQuote", "evaluate_quotes"]

MATCH_THRESHOLD = 0.5
QUOTE_MARKS = '"“”«»„'


@dataclass(frozen=True, slots=True)
class GoldQuote:
    content: str
    direct: bool
    speakers: tuple[str, ...]
    speaker_spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class PredictedQuote:
    content: str
    direct: bool
    speaker_name: str | None
    speaker_span: tuple[int, int] | None


@dataclass
class Scores:
    direct: Score = field(default_factory=Score)
    direct_speaker: Score = field(default_factory=Score)
    all: Score = field(default_factory=Score)
    articles: int = 0

    def add(self, other: Scores) -> None:
        self.direct.add(other.direct)
        self.direct_speaker.add(other.direct_speaker)
        self.all.add(other.all)
        self.articles += other.articles


def _match(predicted: Sequence[PredictedQuote], gold: Sequence[GoldQuote]) -> list[tuple[int, int]]:
    """Pairs (predicted index, gold index) with Dice >= 0.5, best first, each used once."""
    pairs = sorted(
        ((dice(p.content, g.content), i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold)),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for score, i, j in pairs:
        if score < MATCH_THRESHOLD:
            break
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            matched.append((i, j))
    return matched


def speaker_right(predicted: PredictedQuote, gold: GoldQuote) -> bool:
    name = (predicted.speaker_name or "").lower()
    name_words = words(name)
    for option in gold.speakers:
        option_words = words(option)
        if not option_words or not name_words:
            continue
        if " ".join(option_words) in " ".join(name_words) or option_words[-1] == name_words[-1]:
            return True
    span = predicted.speaker_span
    return span is not None and any(span[0] < end and start < span[1] for start, end in gold.speaker_spans)


def score(predicted: Sequence[PredictedQuote], gold: Sequence[GoldQuote]) -> Scores:
    scores = Scores(articles=1)
    predicted_direct = [p for p in predicted if p.direct]
    gold_direct = [g for g in gold if g.direct]
    matched = _match(predicted_direct, gold_direct)
    scores.direct = Score(len(matched), len(predicted_direct), len(gold_direct))
    right = sum(speaker_right(predicted_direct[i], gold_direct[j]) for i, j in matched)
    scores.direct_speaker = Score(right, len(predicted_direct), len(gold_direct))
    scores.all = Score(len(_match(predicted, gold)), len(predicted), len(gold))
    return scores


# --- gold ----------------------------------------------------------------------------------------


def _polnear_gold(text: str, attributions: Sequence[Any]) -> list[GoldQuote]:
    quotes = []
    for attribution in attributions:
        if attribution.content is None:
            continue
        source = attribution.source
        speakers = (source.text,) if source else ()
        spans = tuple(source.fragments) if source else ()
        fragments = [text[a:b] for a, b in _joined(attribution.content.fragments, text)]
        if all(_is_quoted(f) for f in fragments):
            quotes.extend(GoldQuote(f.strip().strip(QUOTE_MARKS), True, speakers, spans) for f in fragments)
        else:
            quotes.append(GoldQuote(" ".join(fragments), False, speakers, spans))
    return quotes


def _joined(fragments: Sequence[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Fragments of one content split only by spacing and quote marks (a quote that runs on into the
    next paragraph) are one stretch of text."""
    joined: list[tuple[int, int]] = []
    for start, end in fragments:
        if joined and not text[joined[-1][1] : start].strip(' \n"“”'):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _is_quoted(fragment: str) -> bool:
    stripped = fragment.strip().rstrip(".,;:!? ")
    return len(stripped) > 2 and stripped[0] in QUOTE_MARKS and stripped[-1] in QUOTE_MARKS


def _own_gold(gold: dict[str, Any]) -> list[GoldQuote]:
    return [
        GoldQuote(q["content"], q["kind"] == "direct", tuple(q["speaker"]) if isinstance(q["speaker"], list)
                  else (q["speaker"],))
        for q in gold.get("quotes", [])
    ]  # fmt: skip


# --- predictions ---------------------------------------------------------------------------------


def _newsgraph(extraction: Extraction) -> list[PredictedQuote]:
    return [_predicted(q) for q in extraction.quotes]


def _predicted(quote: Quote) -> PredictedQuote:
    return PredictedQuote(
        quote.content,
        quote.kind == "direct",
        quote.speaker.name if quote.speaker else None,
        quote.speaker_span,
    )


def textacy_available() -> bool:
    return importlib.util.find_spec("textacy") is not None


def _textacy(doc: Doc) -> list[PredictedQuote]:
    from textacy.extract.triples import direct_quotations

    predicted = []
    try:
        triples = list(direct_quotations(doc))
    except (ValueError, IndexError, RuntimeError):  # textacy fails on some unbalanced quote marks
        return []
    for triple in triples:
        speaker = triple.speaker
        span = (speaker[0].idx, speaker[-1].idx + len(speaker[-1])) if speaker else None
        content = triple.content.text.strip().strip(QUOTE_MARKS)
        predicted.append(PredictedQuote(content, True, " ".join(t.text for t in speaker), span))
    return predicted


# --- runs ----------------------------------------------------------------------------------------


def _extract(articles: Sequence[Article], settings: Settings) -> Iterator[tuple[Extraction, Doc]]:
    docs = parse(articles, settings.model)
    for article, doc in zip(articles, docs, strict=True):
        extraction = Extraction(article, model=settings.model)
        for stage in STAGES:
            extraction = stage.run(article, doc, extraction)
        yield extraction, doc


def evaluate_quotes(
    polnear: Path | None, gold_folder: Path | None, root: Path, settings: Settings, limit: int | None = None
) -> dict[str, dict[str, Scores]]:
    """Scores per data set, for "newsgraph" and (when installed) "textacy"."""
    results: dict[str, dict[str, Scores]] = {}
    runs: list[tuple[str, list[tuple[Article, list[GoldQuote]]]]] = []
    if polnear is not None and polnear.exists():
        items = []
        for document in read_polnear(polnear, limit):
            text = document.text_path.read_text(encoding="utf-8")
            article = article_from_text(text, str(document.text_path), settings.with_overrides(force_language=True))
            items.append((article, _polnear_gold(article.text, document.attributions)))
        runs.append((f"PolNeAR {polnear.name} ({len(items)} articles)", items))
    if gold_folder is not None and gold_folder.exists():
        items = []
        for gold_file, gold in read_gold(gold_folder):
            path = text_path(gold_file, gold, root)
            hints = ArticleHints(source=gold["article"].get("source"))
            article = article_from_text(path.read_text(encoding="utf-8"), str(path), settings, hints)
            items.append((article, _own_gold(gold)))
        runs.append((f"newsgraph gold {gold_folder.name} ({len(items)} articles)", items))
    for label, items in runs:
        articles = [article for article, _ in items]
        ours, theirs = Scores(), Scores()
        for (extraction, doc), (_, gold) in zip(_extract(articles, settings), items, strict=True):
            ours.add(score(_newsgraph(extraction), gold))
            if textacy_available():
                theirs.add(score(_textacy(doc), gold))
        results[label] = {"newsgraph": ours, **({"textacy": theirs} if textacy_available() else {})}
    return results
