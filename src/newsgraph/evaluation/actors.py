"""Actor evaluation: mention-level key and code accuracy, pronoun/description resolution accuracy,
and place-versus-actor precision, on the project's hand-annotated mentions (``eval/actors``); and on
PolNeAR, how many attribution sources newsgraph recognises as actors, and how many pronoun sources it
resolves to a named actor (PolNeAR has no coreference chains, so the second is a rate, not accuracy)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from ..actors import actor_at
from ..config import Settings
from ..records import Actor, Extraction
from .common import extract_file, locate, read_gold, same_body, text_path

__all__ = ["evaluate_actors", "evaluate_polnear_sources"]

PRONOUNS = frozenset({"he", "she", "him", "her", "his", "they", "them", "their", "it", "its", "we", "our", "us"})


def _actor_over(extraction: Extraction, start: int, end: int) -> Actor | None:
    """The actor whose mention overlaps the annotated span most (a gold description such as
    "Pakistan's ambassador to the United Nations" holds smaller names inside it)."""
    best: tuple[int, int, Actor] | None = None
    for actor in extraction.actors:
        for mention in actor.mentions:
            overlap = min(end, mention.end) - max(start, mention.start)
            if overlap > 0:
                rank = (overlap, -(mention.end - mention.start))
                if best is None or rank > best[:2]:
                    best = (*rank, actor)
    return best[2] if best else None


def _same_entity(actor: Actor, gold: dict[str, Any]) -> bool:
    """Is the predicted actor the gold mention's entity? People by surname; others by code."""
    entity = gold.get("entity") or ""
    if actor.kind == "person" and len(entity.split()) > 1 and actor.name.split():
        return entity.split()[-1].lower() == actor.name.split()[-1].lower()
    if actor.kind != "person" and entity and entity == actor.key:
        return True  # an organisation's entity is its acronym ("MINUSMA"), whatever sector each side gave
    return same_body(gold.get("code"), actor.code) or (same_body(gold.get("key"), actor.key) and not gold.get("code"))


def evaluate_actors(gold_folder: Path, root: Path, settings: Settings) -> dict[str, Any]:
    counts: Counter[str] = Counter()
    errors: list[str] = []
    for gold_file, gold in read_gold(gold_folder):
        path = text_path(gold_file, gold, root)
        extraction = extract_file(path, gold["article"].get("published"), settings)
        for mention in gold["mentions"]:
            span = locate(extraction.article.text, mention["text"], mention["nth"])
            if span is None:
                errors.append(f"{gold_file.name}: {mention['text']!r} #{mention['nth']} not in the text")
                continue
            actor = _actor_over(extraction, *span)
            kind = mention["kind"]
            if not mention.get("actor", True):
                counts["places"] += 1
                counts["places_right"] += actor is None
                continue
            counts["mentions"] += 1
            counts[f"{kind}"] += 1
            key_right = actor is not None and same_body(mention.get("key"), actor.key)
            code_right = actor is not None and same_body(mention.get("code"), actor.code)
            counts["key_right"] += key_right
            counts["code_right"] += code_right
            counts[f"{kind}_key_right"] += key_right
            counts[f"{kind}_code_right"] += code_right
            if kind in ("pronoun", "description"):
                resolved = actor is not None and _same_entity(actor, mention)
                counts["resolution"] += 1
                counts["resolution_right"] += resolved
                if not resolved:
                    got = f"{actor.name} ({actor.code})" if actor else "nothing"
                    errors.append(
                        f"{gold_file.name}: {mention['text']!r} #{mention['nth']} → {got}, gold {mention.get('entity')}"
                    )
            elif not code_right:
                got = f"{actor.name} {actor.code}" if actor else "nothing"
                errors.append(
                    f"{gold_file.name}: {mention['text']!r} #{mention['nth']} → {got}, gold {mention.get('code')}"
                )
    return {"counts": dict(counts), "errors": errors, "figures": _figures(counts)}


def _ratio(right: int, total: int) -> float | None:
    return round(right / total, 3) if total else None


def _figures(counts: Counter[str]) -> list[tuple[str, int, float | None]]:
    rows = [
        ("key accuracy (all actor mentions)", counts["mentions"], _ratio(counts["key_right"], counts["mentions"])),
        ("code accuracy (all actor mentions)", counts["mentions"], _ratio(counts["code_right"], counts["mentions"])),
    ]
    for kind in ("name", "pronoun", "description"):
        rows.append((f"  code accuracy, {kind}s", counts[kind], _ratio(counts[f"{kind}_code_right"], counts[kind])))
    rows.append(
        (
            "pronoun/description resolution accuracy",
            counts["resolution"],
            _ratio(counts["resolution_right"], counts["resolution"]),
        )
    )
    rows.append(("places not taken for actors", counts["places"], _ratio(counts["places_right"], counts["places"])))
    return rows


def evaluate_polnear_sources(folder: Path, settings: Settings, limit: int | None = None) -> dict[str, Any]:
    """Share of PolNeAR attribution sources that fall on an actor mention; share of its pronoun
    sources that resolve to a named actor."""
    from .polnear import read_polnear

    counts: Counter[str] = Counter()
    for document in read_polnear(folder, limit):
        extraction = extract_file(document.text_path, None, settings)
        for source in document.sources:
            counts["sources"] += 1
            actor = actor_at(extraction, source.start, source.end)
            counts["recognised"] += actor is not None
            if source.text.lower() in PRONOUNS:
                counts["pronouns"] += 1
                counts["pronouns_named"] += actor is not None and actor.kind == "person" and len(actor.name.split()) > 1
    return {
        "counts": dict(counts),
        "figures": [
            ("sources on an actor mention", counts["sources"], _ratio(counts["recognised"], counts["sources"])),
            (
                "pronoun sources resolved to a named person",
                counts["pronouns"],
                _ratio(counts["pronouns_named"], counts["pronouns"]),
            ),
        ],
    }
