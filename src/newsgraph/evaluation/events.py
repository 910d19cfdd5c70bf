"""Event evaluation on three sets:

- PLOVER gold records (``../shared/data/PLOVER``): 322 sentences from the CAMEO manual's examples
  coded in PLOVER 0.5 names, converted to the 16 types of PLOVER 2.0 as its README says;
- PETRARCH-2's validation sentences (``../shared/data/UniversalPetrarch``): real news, CAMEO codes
  partly made by PETRARCH-2 itself (silver), converted to PLOVER with the CAMEO → PLOVER table;
- the project's own gold articles (``eval/articles``), in the gold JSON format.

Per sentence (or article) the gold and predicted events are compared as unique (source key, target
key, type) triples: precision, recall and F1. Only asserted and reported predictions count, as in
every aggregate newsgraph makes (an announced act counts as the threat or promise it is). On
sentences, the predicted event that covers the gold's marked event words (else the first) is also
scored for type, source key and target key.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from ..config import Settings
from ..ingest import ArticleHints, article_from_text
from ..lexicon import table
from ..nlp import parse
from ..pipeline import STAGES
from ..records import FACTUAL_STATUSES, Article, Event, Extraction
from .common import Score, read_gold, same_body, text_path

__all__ = ["GoldSentence", "evaluate_events", "petrarch_records", "plover_records"]

#: PLOVER 0.5 names in the gold records → PLOVER 2.0 types (the PLOVER README's conversion).
PLOVER_RENAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
#: CAMEO country codes that differ from ISO 3166 alpha-3.
CAMEO_KEYS = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "UK": "GBR", "GMY": "DEU"}
ANY = "*"


@dataclass(frozen=True)
class GoldSentence:
    text: str
    triples: frozenset[tuple[str, str, str]]  # (source key, target key or "*", type)
    event_words: tuple[str, ...] = ()
    published: str | None = None


def triple_score(gold: Sequence[Sequence[tuple[str, str, str]]], predicted: Iterable[tuple[str, str, str]]) -> Score:
    """``gold``: each required event as its list of acceptable triples. Recall counts gold events
    some prediction matches; precision, predictions some gold event accepts."""
    predicted = set(predicted)
    return Score(
        right=sum(any(_triple_matches(g, p) for g in options for p in predicted) for options in gold),
        predicted=len(predicted),
        gold=len(gold),
        right_predicted=sum(any(_triple_matches(g, p) for o in gold for g in o) for p in predicted),
    )


@dataclass
class Figures:
    sentences: int = 0
    type_right: int = 0
    source_right: int = 0
    target_right: int = 0
    targets: int = 0
    triples: Score = field(default_factory=lambda: Score(right_predicted=0))

    def rows(self, label: str) -> list[tuple[Any, ...]]:
        n = max(self.sentences, 1)
        return [
            (label, "event type accuracy", self.sentences, round(self.type_right / n, 3)),
            (label, "source key accuracy", self.sentences, round(self.source_right / n, 3)),
            (label, "target key accuracy", self.targets, round(self.target_right / max(self.targets, 1), 3)),
            (label, "triple precision", self.triples.predicted, round(self.triples.precision, 3)),
            (label, "triple recall", self.triples.gold, round(self.triples.recall, 3)),
            (label, "triple F1", self.triples.gold, round(self.triples.f1, 3)),
        ]


def _key(code: str) -> str:
    """The actor key of a CAMEO/PLOVER actor code: "USAGOV" → USA, "IGOEUREEC" → IGO, "JAP" → JPN."""
    code = code.strip().upper()
    if code.startswith(("IGO", "NGO")):
        return code[:3]
    return CAMEO_KEYS.get(code[:3], code[:3])


# --- readers -------------------------------------------------------------------------------------


def plover_records(path: Path) -> list[GoldSentence]:
    records = json.loads(path.read_text(encoding="utf-8"))
    sentences = []
    for record in records:
        if record.get("event") in (None, "DOCUMENT") or not str(record.get("text") or "").strip():
            continue
        event = PLOVER_RENAMES.get(record["event"], record["event"])
        info = record.get("textInfo")
        markup = info.get("markup", "") if isinstance(info, dict) else ""
        sources = [_key(a["code"]) for a in _actors(record.get("source"))]
        targets = [_key(a["code"]) for a in _actors(record.get("target"))]
        joint = [_key(a["code"]) for a in _actors(record.get("source")) if f"SRC/TAR: {a['actorText']}" in markup]
        triples = set()
        for source in sources:
            others = [t for t in (targets or joint) if t != source] or [ANY]
            triples.update((source, target, event) for target in others)
        words = tuple(re.findall(r"\(EVT: ([^)]*)\)", markup))
        sentences.append(GoldSentence(record["text"], frozenset(triples), words))
    return sentences


def _actors(value: Any) -> list[dict[str, str]]:
    return [a for a in value if isinstance(a, dict) and a.get("code")] if isinstance(value, list) else []


def cameo_table(path: Path) -> dict[str, str]:
    """CAMEO code → PLOVER type, from the PLOVER manual's table (read from ../shared, not copied)."""
    mapping = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if match:
            mapping.setdefault(match.group(1), match.group(2))
    return mapping


def cameo_type(code: str, mapping: dict[str, str]) -> str | None:
    for length in (4, 3, 2):
        if code[:length] in mapping:
            return mapping[code[:length]]
    return None


def petrarch_records(path: Path, mapping: dict[str, str]) -> list[GoldSentence]:
    """Records of PETR2_GSR_validation.xml, read one by one (the file is not valid XML as a whole)."""
    text = path.read_text(encoding="utf-8")
    sentences = []
    for block in re.findall(r"<Sentence\b[^>]*/>(.*?)</Sentence>", text, re.S):
        body = re.search(r"<Text>\s*(.*?)\s*</Text>", block, re.S)
        if body is None or not body.group(1).strip():
            continue
        triples = set()
        for coding in re.finditer(r"<EventCoding\s+([^>]*)/>", block):
            attributes = dict(re.findall(r'(\w+)="([^"]*)"', coding.group(1)))
            event = cameo_type(attributes.get("eventcode", ""), mapping)
            if event and attributes.get("sourcecode"):
                target = _key(attributes["targetcode"]) if attributes.get("targetcode") else ANY
                triples.add((_key(attributes["sourcecode"]), target, event))
        if triples:
            sentences.append(GoldSentence(" ".join(body.group(1).split()), frozenset(triples)))
    return sentences


# --- scoring -------------------------------------------------------------------------------------


@cache
def _organisation_keys() -> dict[str, frozenset[str]]:
    """The gold sets' category codes for bodies that are not states, as keys of ``igos.tsv``: IGO
    and NGO (the PLOVER gold codes Amnesty International and the Red Cross "IGO") for any
    international or non-governmental body, IMG (international militarised group) for armed ones."""
    rows = table("igos.tsv")
    bodies = frozenset(row["key"] for row in rows if row["sector"] != "REB")
    return {"IGO": bodies, "NGO": bodies, "IMG": frozenset(row["key"] for row in rows if row["sector"] == "REB")}


def _same_key(gold: str, predicted: str | None) -> bool:
    if gold == ANY:
        return True
    if predicted is None:
        return False
    if gold in _organisation_keys():
        return predicted in _organisation_keys()[gold]
    return same_body(gold, predicted)


def _triples(events: Iterable[Event]) -> set[tuple[str, str, str]]:
    """Coded triples; an event whose source resolved to no actor is kept and flagged by newsgraph,
    but is no (source key, target key, type) triple."""
    return {(e.source.key, (e.target.key if e.target else None) or ANY, e.type) for e in events if e.source.key}


def _triple_matches(gold: tuple[str, str, str], predicted: tuple[str, str, str]) -> bool:
    source, target, kind = gold
    if kind != predicted[2] or not _same_key(source, predicted[0]):
        return False
    return target == ANY or _same_key(target, None if predicted[1] == ANY else predicted[1])


def _primary(events: Sequence[Event], words: Sequence[str]) -> Event | None:
    """The event a sentence is coded for: the one whose evidence holds the gold's marked event words,
    and of those one that happened (a threat made, rather than the sanctions threatened)."""
    ranked = sorted(events, key=lambda e: e.status not in FACTUAL_STATUSES)
    for event in ranked:
        if any(w.split()[0].lower() in event.evidence.lower() for w in words if w.split()):
            return event
    return ranked[0] if ranked else None


def _score_sentence(gold: GoldSentence, events: Sequence[Event], figures: Figures) -> None:
    figures.sentences += 1
    factual = [e for e in events if e.status in FACTUAL_STATUSES]
    figures.triples.add(triple_score([[g] for g in gold.triples], _triples(factual)))
    primary = _primary(events, gold.event_words)
    types = {t for _, _, t in gold.triples}
    sources = {s for s, _, _ in gold.triples}
    targets = {t for _, t, _ in gold.triples if t != ANY}
    if primary is not None:
        figures.type_right += primary.type in types
        figures.source_right += any(_same_key(s, primary.source.key) for s in sources)
    if targets:
        figures.targets += 1
        if primary is not None and primary.target is not None:
            figures.target_right += any(_same_key(t, primary.target.key) for t in targets)


def _run(articles: Sequence[Article], settings: Settings) -> list[Extraction]:
    results = []
    for start in range(0, len(articles), 64):
        batch = articles[start : start + 64]
        for article, doc in zip(batch, parse(batch, settings.model), strict=True):
            extraction = Extraction(article, model=settings.model)
            for stage in STAGES:
                extraction = stage.run(article, doc, extraction)
            results.append(extraction)
    return results


def _sentence_articles(sentences: Sequence[GoldSentence], settings: Settings) -> list[Article]:
    # a sentence alone is an article whose only paragraph is body (no headline detection)
    return [
        article_from_text(s.text, f"sentence {i}", settings, ArticleHints(title="(none)"))
        for i, s in enumerate(sentences, start=1)
    ]


def evaluate_sentences(sentences: Sequence[GoldSentence], settings: Settings) -> Figures:
    figures = Figures()
    settings = settings.with_overrides(force_language=True)
    for gold, extraction in zip(sentences, _run(_sentence_articles(sentences, settings), settings), strict=True):
        _score_sentence(gold, extraction.events, figures)
    return figures


def evaluate_articles(gold_folder: Path, root: Path, settings: Settings) -> Figures:
    """Triple precision/recall/F1 on whole gold articles; optional gold events are neither required
    nor counted wrong when predicted; hypothetical, future and negated predictions are left out."""
    figures = Figures()
    items = []
    for gold_file, gold in read_gold(gold_folder):
        path = text_path(gold_file, gold, root)
        published = gold["article"].get("published")
        hints = ArticleHints(published=date.fromisoformat(published) if published else None)
        items.append((article_from_text(path.read_text(encoding="utf-8"), str(path), settings, hints), gold))
    for extraction, (_, gold) in zip(_run([a for a, _ in items], settings), items, strict=True):
        figures.sentences += 1
        factual = [e for e in extraction.events if e.status in FACTUAL_STATUSES]
        predicted = _triples(factual)
        required, optional = [], []
        for event in gold.get("events", []):
            expanded = [(s, t, k) for s in event["source"] for t in event.get("target") or [ANY] for k in event["type"]]
            (optional if event.get("optional") else required).append(expanded)
        # a predicted triple that only an optional event accepts is neither right nor wrong
        kept = {p for p in predicted if not any(_triple_matches(g, p) for o in optional for g in o)
                or any(_triple_matches(g, p) for r in required for g in r)}  # fmt: skip
        figures.triples.add(triple_score(required, kept))
    return figures


def evaluate_events(shared: Path | None, gold_folder: Path | None, root: Path, settings: Settings) -> list[tuple]:
    rows: list[tuple] = []
    if shared is not None and (shared / "PLOVER").exists():
        rows += evaluate_sentences(plover_records(shared / "PLOVER" / "PLOVER_GSR_CAMEO.txt"), settings).rows(
            "PLOVER gold (322 sentences)"
        )
        mapping = cameo_table(shared / "PLOVER" / "CAMEO2PLOVER-2021.txt")
        petrarch = petrarch_records(shared / "UniversalPetrarch" / "PETR2_GSR_validation.xml", mapping)
        rows += evaluate_sentences(petrarch, settings).rows(f"PETRARCH-2 validation, silver ({len(petrarch)})")
    if gold_folder is not None and gold_folder.exists():
        figures = evaluate_articles(gold_folder, root, settings)
        label = f"newsgraph gold {gold_folder.name} ({figures.sentences} articles)"
        rows += [r for r in figures.rows(label) if "triple" in r[1]]
    return rows
