"""The hand-annotated gold sets are well-formed: every quote and evidence span is in its article,
every actor mention occurs where its `nth` says, every code is one newsgraph can produce. (This
replaces the one-off validation scripts the annotators used.)"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}  # fmt: skip
QUOTE_MARKS = re.compile(r"[\"“”‘’'«»„]")
ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
ARTICLE_GOLD = sorted((ROOT / "eval" / "articles").glob("*.json")) + sorted((ROOT / "eval" / "heldout").glob("*.json"))
MENTION_GOLD = sorted((ROOT / "eval" / "actors").glob("*.json")) + sorted(
    (ROOT / "eval" / "heldout-actors").glob("*.json")
)


def _normalised(text: str) -> str:
    return re.sub(r"\s+", " ", QUOTE_MARKS.sub("", text)).strip()


def _text_of(gold_file: Path, gold: dict) -> str:
    name = gold["article"]["text_file"]
    return ((gold_file.parent / name) if "/" not in name else (ROOT / name)).read_text(encoding="utf-8")


@pytest.mark.parametrize("gold_file", ARTICLE_GOLD, ids=lambda p: p.stem)
def test_article_gold_quotes_and_events_are_in_their_text(gold_file):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    raw = _text_of(gold_file, gold)
    text = _normalised(raw)
    assert 300 <= len(raw.split()) <= 550
    assert ISO_DATE.fullmatch(gold["article"]["published"])
    for quote in gold["quotes"]:
        assert quote["kind"] in ("direct", "indirect", "mixed")
        assert quote["speaker"] and not {s.lower() for s in quote["speaker"]} & {"he", "she", "they"}
        content = _normalised(quote["content"])
        # a quote over two paragraphs is joined with a space: its opening words are enough
        assert content in text or " ".join(content.split()[:8]) in text, quote["content"]
    required: set[tuple[str, str, str]] = set()
    for event in gold["events"]:
        assert set(event["type"]) <= PLOVER_TYPES
        assert "*" not in event["target"] or event["target"] == ["*"]
        assert "evidence" not in event or _normalised(event["evidence"]) in text, event["evidence"]
        assert "date" not in event or ISO_DATE.fullmatch(event["date"])
        if not event.get("optional"):
            triples = {(s, t, k) for s in event["source"] for t in event["target"] for k in event["type"]}
            assert not triples & required, f"two required events share {triples & required}"
            required |= triples


@pytest.mark.parametrize("gold_file", MENTION_GOLD, ids=lambda p: p.stem)
def test_actor_gold_mentions_occur_where_nth_says(gold_file):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    text = _text_of(gold_file, gold)
    seen = set()
    for mention in gold["mentions"]:
        starts = [m.start() for m in re.finditer(f"(?={re.escape(mention['text'])})", text)]
        assert 1 <= mention["nth"] <= len(starts), mention
        assert (mention["text"], mention["nth"]) not in seen, mention
        seen.add((mention["text"], mention["nth"]))
        assert mention["kind"] in ("name", "pronoun", "description")
        if mention["actor"]:
            assert mention["key"] and mention["code"].startswith(mention["key"]) and mention["entity"], mention
        else:
            assert "key" not in mention and "code" not in mention and mention.get("entity") is None, mention
