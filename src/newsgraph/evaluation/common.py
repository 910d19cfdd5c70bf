"""What the evaluations share: reading gold files, locating annotated strings, and scores."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from ..config import Settings
from ..ingest import ArticleHints, article_from_text
from ..lexicon import table
from ..pipeline import extract_articles
from ..records import Extraction

__all__ = ["Score", "dice", "extract_file", "locate", "read_gold", "words"]

_WORD = re.compile(r"[\w’']+")


@cache
def parent_bodies() -> dict[str, str]:
    """The body each organ, agency or mission belongs to (UNHCR → UN), from ``igos.tsv``: gold that
    codes "the UN refugee agency" UN is matched by UNHCR."""
    return {row["key"]: row["parent"] for row in table("igos.tsv") if row["parent"]}


@cache
def ngo_bodies() -> frozenset[str]:
    """The keys of non-governmental bodies the lexicon names (MSF, ICRC): gold that codes a named NGO
    of no country with CAMEO's bare NGO is matched by its own key."""
    return frozenset(row["key"] for row in table("igos.tsv") if row["sector"] == "NGO")


def same_body(gold: str | None, predicted: str | None) -> bool:
    """Is the predicted key or code the gold one, or an organ's of it (UNHCR for UN, MINUSMAMIL for
    UNMIL, or for the bare UN: gold has no code for a mission's own sector), or a named NGO's for NGO
    (MSF, MSFNGO)?"""
    if predicted is None or gold is None:
        return predicted == gold
    if gold == "NGO" and predicted.removesuffix("NGO") in ngo_bodies():
        return True
    return gold == predicted or any(
        predicted.startswith(key) and gold in (parent + predicted[len(key) :], parent)
        for key, parent in parent_bodies().items()
    )


def read_gold(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    """Every gold JSON file of a folder, sorted by name, with the file it came from."""
    return [(path, json.loads(path.read_text(encoding="utf-8"))) for path in sorted(folder.glob("*.json"))]


def text_path(gold_file: Path, gold: dict[str, Any], root: Path) -> Path:
    """The article text a gold file annotates: beside the gold file, else relative to ``root``."""
    name = gold["article"]["text_file"]
    beside = gold_file.parent / name
    return beside if beside.exists() else root / name


def extract_file(path: Path, published: str | None, settings: Settings) -> Extraction:
    hints = ArticleHints(published=date.fromisoformat(published) if published else None)
    article = article_from_text(path.read_text(encoding="utf-8"), str(path), settings, hints)
    [result] = extract_articles([article], settings)
    if not isinstance(result, Extraction):
        raise RuntimeError(result.text)
    return result


def locate(text: str, needle: str, nth: int) -> tuple[int, int] | None:
    """The span of the ``nth`` (1-based) occurrence of ``needle`` in ``text``."""
    position = -1
    for _ in range(nth):
        position = text.find(needle, position + 1)
        if position < 0:
            return None
    return position, position + len(needle)


def words(text: str) -> list[str]:
    """Lower-cased words, quote marks and punctuation ignored (apostrophes folded)."""
    return [w.replace("’", "'").strip("'") for w in _WORD.findall(text.lower()) if w.strip("'’")]


def dice(a: str, b: str) -> float:
    """Dice coefficient over the two texts' word multisets."""
    first, second = words(a), words(b)
    if not first or not second:
        return 0.0
    pool = list(second)
    shared = 0
    for word in first:
        if word in pool:
            pool.remove(word)
            shared += 1
    return 2 * shared / (len(first) + len(second))


@dataclass
class Score:
    """Counts for precision, recall and F1. ``right`` is the gold items found; where several
    predictions may match one gold item (event triples), ``right_predicted`` counts the predictions
    that match some gold item, for precision."""

    right: int = 0
    predicted: int = 0
    gold: int = 0
    right_predicted: int | None = None

    @property
    def precision(self) -> float:
        right = self.right if self.right_predicted is None else self.right_predicted
        return right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.right += other.right
        self.predicted += other.predicted
        self.gold += other.gold
        if other.right_predicted is not None:
            self.right_predicted = (self.right_predicted or 0) + other.right_predicted
