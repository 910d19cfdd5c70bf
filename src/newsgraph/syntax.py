"""Small helpers over a spaCy parse, shared by the extraction stages."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .records import CONTENT_KINDS, Article

__all__ = ["content_mask", "sentence_ids", "subject_of", "tokens_in"]

SUBJECTS = ("nsubj", "nsubjpass")


def content_mask(article: Article, doc: Doc) -> list[bool]:
    """For each token: does it lie in a paragraph the extraction stages read (headline, sub-heading,
    body), rather than a caption or page chrome?"""
    spans = [(p.start, p.end) for p in article.paragraphs if p.kind in CONTENT_KINDS]
    return [any(start <= token.idx < end for start, end in spans) for token in doc]


def sentence_ids(doc: Doc) -> list[int]:
    """The index of each token's sentence in the article."""
    ids = [0] * len(doc)
    for number, sentence in enumerate(doc.sents):
        for i in range(sentence.start, sentence.end):
            ids[i] = number
    return ids


def subject_of(verb: Token) -> Token | None:
    """The verb's subject; a verb conjoined to another without its own ("he said and added that")
    shares the first verb's."""
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            return child
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head)
    return None


def tokens_in(doc: Doc, start: int, end: int) -> Sequence[Token]:
    """The tokens lying wholly inside the characters [start, end)."""
    span = doc.char_span(start, end, alignment_mode="contract")
    return list(span) if span is not None else []
