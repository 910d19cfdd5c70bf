"""Small helpers over a spaCy parse, shared by the extraction stages."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .records import CONTENT_KINDS, Article

__all__ = [
    "QuotedSpan",
    "content_mask",
    "entities_in",
    "entity_at",
    "quoted_spans",
    "quoted_token_mask",
    "sentence_ids",
    "sentence_of",
    "subject_of",
    "tokens_in",
]

OPENING = "“«„"
CLOSING = "”»"
SINGLE_OPENING = "‘'"
SINGLE_CLOSING = "’'"
#: Fewer words in single marks are a title or a scare quote, not speech
SINGLE_QUOTE_MIN_WORDS = 4
#: "MOSCOW, March 23 (Reuters) -", "KYIV —", "WARSAW (AP) -": where the story was filed, not an actor.
DATELINE = re.compile(
    # the city, then its country or state and the date, each after a comma ("SEOUL, South Korea",
    # "WARSAW, March 23", "WASHINGTON, Jan 12, 2024")
    r"[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+)*(?:,\s*(?:[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+){0,2}(?:\s+\d{1,2})?|\d{4}))*"
    r"\s*(?:\([A-Za-z .&-]+\))?\s*[-—–:]+\s"
)

SUBJECTS = ("nsubj", "nsubjpass")


def dateline_of(article: Article, paragraphs: int = 3) -> re.Match[str] | None:
    """The dateline opening one of the first body paragraphs ("WARSAW, March 23 (Reuters) -"); a
    standfirst that a page gives no mark of its own may come before it."""
    body = [p for p in article.paragraphs if p.kind == "body"][:paragraphs]
    return next((m for p in body if (m := DATELINE.match(article.text, p.start, p.end))), None)


def content_mask(article: Article, doc: Doc) -> list[bool]:
    """For each token: does it lie in a paragraph the extraction stages read (headline, sub-heading,
    body), rather than a caption, page chrome or a dateline?"""
    spans = []
    for paragraph in article.paragraphs:
        if paragraph.kind in CONTENT_KINDS:
            dateline = (
                DATELINE.match(article.text, paragraph.start, paragraph.end) if paragraph.kind == "body" else None
            )
            spans.append((dateline.end() if dateline else paragraph.start, paragraph.end))
    return _inside(doc, spans)


def _inside(doc: Doc, spans: Sequence[tuple[int, int]]) -> list[bool]:
    """For each token: does it start inside one of the (sorted, disjoint) character spans?"""
    starts = [start for start, _ in spans]
    mask = []
    for token in doc:
        index = bisect_right(starts, token.idx) - 1
        mask.append(index >= 0 and token.idx < spans[index][1])
    return mask


def quoted_token_mask(article: Article, doc: Doc) -> list[bool]:
    """For each token: is it inside quote marks?"""
    spans = [
        (q.start, q.end)
        for p in article.paragraphs
        if p.kind in CONTENT_KINDS
        for q in quoted_spans(article.text, p.start, p.end)
    ]
    return _inside(doc, sorted(spans))


def _sentence_table(doc: Doc) -> tuple[list[Span], list[int], list[list[Span]]]:
    """The doc's sentences, each token's sentence number and each sentence's entities, made once per
    doc: spaCy's ``Token.sent`` and ``Span.ents`` walk the whole doc on every call."""
    table = doc.user_data.get("newsgraph.sentences")
    if table is None:
        sentences = list(doc.sents)
        ids = [0] * len(doc)
        for number, sentence in enumerate(sentences):
            for i in range(sentence.start, sentence.end):
                ids[i] = number
        entities: list[list[Span]] = [[] for _ in sentences]
        for entity in doc.ents:
            entities[ids[entity.start]].append(entity)
        table = (sentences, ids, entities)
        doc.user_data["newsgraph.sentences"] = table
    return table


def sentence_of(token: Token) -> Span:
    """The sentence a token is in (cached; see ``_sentence_table``)."""
    sentences, ids, _ = _sentence_table(token.doc)
    return sentences[ids[token.i]]


def entities_in(sentence: Span) -> list[Span]:
    """The named entities of a sentence (cached)."""
    _, ids, entities = _sentence_table(sentence.doc)
    return entities[ids[sentence.start]]


def entity_at(token: Token) -> Span | None:
    """The named entity a token is part of, if any."""
    return next((e for e in entities_in(sentence_of(token)) if e.start <= token.i < e.end), None)


def sentence_ids(doc: Doc) -> list[int]:
    """The index of each token's sentence in the article."""
    return _sentence_table(doc)[1]


def subject_of(verb: Token) -> Token | None:
    """The verb's subject; a verb conjoined to another without its own ("he said and added that")
    shares the first verb's."""
    subjects = [child for child in verb.children if child.dep_ in SUBJECTS]
    if subjects:
        # the nearest, when a dateline's city was parsed as a second subject ("WARSAW - Poland expelled")
        return min(subjects, key=lambda child: abs(child.i - verb.i))
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head)
    return None


def reporting_subject(pronoun: Token) -> Token | None:
    """The subject of the verb whose reported clause the pronoun is the subject of ("Yoruba leaders
    announced that they …", "Britain and Australia said they …")."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    while clause.dep_ in ("xcomp", "conj") and clause.head is not clause:
        clause = clause.head
    return subject_of(clause.head) if clause.dep_ == "ccomp" else None


def tokens_in(doc: Doc, start: int, end: int) -> Sequence[Token]:
    """The tokens lying wholly inside the characters [start, end)."""
    span = doc.char_span(start, end, alignment_mode="contract")
    return list(span) if span is not None else []


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """The characters between a pair of quote marks ([start, end) excludes the marks)."""

    start: int
    end: int
    closed: bool  # False when the paragraph ended first


def _is_opening_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    return before.isspace() or before in "([{—–-:/"


def _opens_single(text: str, i: int) -> bool:
    """A single quote mark before a word, after a space or an opening bracket: "‘Our activities …"."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:/") and after.isalpha()


def _closes_single(text: str, i: int) -> bool:
    """A single quote mark after a word and before no letter: not the apostrophe of "don’t"."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isalnum() and i > 0 and not text[i - 1].isspace()


def quoted_spans(text: str, start: int, end: int) -> Iterator[QuotedSpan]:
    """Quoted stretches of one paragraph ``text[start:end]``; a quote still open at the end of the
    paragraph is yielded with ``closed=False``. Single quote marks (‘…’, '…'), as British papers use
    them, quote too, but only when closed in the paragraph (they double as apostrophes) and holding
    a few words (fewer are a title or a scare quote: 'terrorists')."""
    open_at: int | None = None
    single = False
    for i in range(start, end):
        char = text[i]
        if open_at is None:
            if char in OPENING or (char == '"' and _is_opening_straight(text, i)):
                open_at, single = i + 1, False
            elif char in SINGLE_OPENING and _opens_single(text, i):
                open_at, single = i + 1, True
        elif single:
            if char in SINGLE_CLOSING and _closes_single(text, i):
                if len(text[open_at:i].split()) >= SINGLE_QUOTE_MIN_WORDS:
                    yield QuotedSpan(open_at, i, True)
                open_at = None
        elif char in CLOSING or char == '"':
            yield QuotedSpan(open_at, i, True)
            open_at = None
    if open_at is not None and open_at < end and not single:
        yield QuotedSpan(open_at, end, False)
