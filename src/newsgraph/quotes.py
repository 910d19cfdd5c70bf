"""Quotes stage: who said what — direct quotes between quote marks, and indirect ones ("X said that
...", "according to X, ..."), each attributed to a speaker actor through its cue verb.

Quote marks are paired by rule, straight and curly alike: an apostrophe (it's, Russia’s) is never a
mark, a paragraph that opens a quote without closing it continues into the next, and an unbalanced
mark only ends a quote at the paragraph's end, never fails the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Token

from .actors import Addition, actor_at, attach_mentions, reference, sector_of_noun
from .lexicon import table, word_list
from .records import CONTENT_KINDS, ActorRef, Article, Extraction, Quote
from .syntax import QuotedSpan, content_mask, quoted_spans, sentence_ids, subject_of, tokens_in

__all__ = ["COMPONENT", "add_quotes", "cue_lemmas"]

COMPONENT = "newsgraph.quotes.v1"

FIRST_PERSON_PLURAL = word_list("first-person-plural")
#: A quoted phrase this short, with no cue verb governing it, is a term ("so-called “peace plan”"),
#: not a statement.
MAX_TERM_WORDS = 4


@cache
def cue_lemmas() -> frozenset[str]:
    return frozenset(row["lemma"] for row in table("cue_verbs.tsv"))


def _cue_token(tokens: Sequence[Token]) -> Token | None:
    """The first speech verb among ``tokens`` that has a subject (or, passive-less, is the head of
    a clause that names who spoke)."""
    cues = cue_lemmas()
    for token in tokens:
        if token.lemma_.lower() in cues and token.pos_ in ("VERB", "AUX") and subject_of(token) is not None:
            return token
    return None


def _speaker(extraction: Extraction, doc: Doc, subject: Token) -> ActorRef:
    span = doc[subject.left_edge.i : subject.right_edge.i + 1]
    actor = actor_at(extraction, subject.idx, subject.idx + len(subject))
    return reference(actor, span.text)


def add_quotes(article: Article, doc: Doc, extraction: Extraction) -> Extraction:
    sentences = sentence_ids(doc)
    mask = content_mask(article, doc)
    quotes: list[Quote] = []
    used_cues: set[int] = set()
    quoted: list[QuotedSpan] = []
    for paragraph in article.paragraphs:
        if paragraph.kind in CONTENT_KINDS:
            quoted.extend(quoted_spans(article.text, paragraph.start, paragraph.end))
    previous: Quote | None = None
    for span in quoted:
        quote, cue = _direct_quote(article, doc, extraction, span, quoted, sentences)
        if quote is None:
            continue
        if cue is not None:
            used_cues.add(cue.i)
        elif previous is not None and _follows(article, previous, span):
            quote = replace(quote, speaker=previous.speaker, cue=previous.cue, rule="direct:continues-previous")
        if quote.speaker is None and len(quote.content.split()) <= MAX_TERM_WORDS:
            continue  # a quoted term, not a statement
        quotes.append(quote)
        previous = quote
    quotes.extend(_indirect_quotes(doc, extraction, mask, sentences, used_cues, quoted))
    quotes.sort(key=lambda q: q.start)
    actors = attach_mentions(extraction, doc, list(_first_person_plurals(doc, extraction, quotes)))
    return replace(extraction, quotes=tuple(quotes), actors=actors)


def _first_person_plurals(doc: Doc, extraction: Extraction, quotes: Sequence[Quote]) -> Iterator[Addition]:
    """Inside a quote, "we", "us" and "our" are the speaker's side: a minister's "we" is their
    government, "our country" the country itself, "our troops" its military."""
    speakers = {a.id: a for a in extraction.actors}
    for quote in quotes:
        speaker = speakers.get(quote.speaker.actor) if quote.speaker and quote.speaker.actor else None
        if speaker is None or quote.kind == "indirect" or not speaker.key:
            continue
        sector = None if speaker.kind == "organization" else (speaker.code or "")[len(speaker.key) :] or None
        for token in tokens_in(doc, quote.start, quote.end):
            if token.lower_ not in FIRST_PERSON_PLURAL:
                continue
            end, token_sector = token.i + 1, sector
            head = token.head
            if token.lower_ == "our" and head.i > token.i and head.pos_ == "NOUN":
                found = sector_of_noun(doc, head)
                if found is not None or head.lemma_.lower() in ("country", "nation", "people", "state"):
                    end, token_sector = head.i + 1, found
            yield Addition(token.i, end, speaker.key, token_sector, "coref:we-in-quote")


def _follows(article: Article, previous: Quote, span: QuotedSpan) -> bool:
    """Does this unattributed quote go on from the previous one (same or next paragraph, nothing
    but quote marks and spacing between the paragraphs)?"""
    between = article.text[previous.end : span.start]
    return between.count("\n\n") <= 1 and not re.search(r"[A-Za-z]{3,}.*[.!?]\s", between)


def _direct_quote(
    article: Article,
    doc: Doc,
    extraction: Extraction,
    span: QuotedSpan,
    quoted: Sequence[QuotedSpan],
    sentences: Sequence[int],
) -> tuple[Quote | None, Token | None]:
    content = article.text[span.start : span.end].strip()
    if not content:
        return None, None
    paragraph = article.paragraph_at(span.start)
    if paragraph is None:
        return None, None
    inside = [(q.start - 1, q.end + 1) for q in quoted]
    later = [q.start - 1 for q in quoted if q.start > span.end]
    after_end = min([paragraph.end, *later])
    after = [t for t in tokens_in(doc, span.end, after_end) if not _within(t.idx, inside)]
    first = tokens_in(doc, span.start, span.end)
    sentence_start = doc[first[0].i].sent.start_char if first else span.start
    region_start = max(paragraph.start, sentence_start)
    before = [t for t in tokens_in(doc, region_start, span.start) if not _within(t.idx, inside)]
    cue, rule = _cue_token(after[:12]), "direct:cue-after"
    if cue is None:
        cue, rule = _cue_token(list(reversed(before))), "direct:cue-before"
    sentence = sentences[first[0].i] if first else 0
    if cue is None:
        kind_rule = "direct:unattributed"
        return Quote(None, content, "direct", None, span.start, span.end, sentence, kind_rule), None
    subject = subject_of(cue)
    assert subject is not None  # _cue_token only returns verbs with a subject
    speaker = _speaker(extraction, doc, subject)
    kind = "direct" if _is_whole_clause(article.text, span, cue) else "mixed"
    return Quote(speaker, content, kind, cue.text, span.start, span.end, sentence, rule), cue


def _within(offset: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in ranges)


def _is_whole_clause(text: str, span: QuotedSpan, cue: Token) -> bool:
    """A fragment quoted inside a paraphrase ("said the move was “a grave mistake”") is a mixed
    quote: its opening mark follows words of the reporting clause rather than a colon or comma."""
    if cue.idx > span.end:
        return True
    before = text[: span.start - 1].rstrip()
    return not before or before[-1] in ",:;.—–-\n"


def _indirect_quotes(
    doc: Doc,
    extraction: Extraction,
    mask: Sequence[bool],
    sentences: Sequence[int],
    used_cues: set[int],
    quoted: Sequence[QuotedSpan],
) -> Iterator[Quote]:
    cues = cue_lemmas()
    for token in doc:
        if not mask[token.i] or token.i in used_cues:
            continue
        if token.lemma_.lower() in cues and token.pos_ in ("VERB", "AUX"):
            complement = next((c for c in token.children if c.dep_ in ("ccomp", "xcomp")), None)
            subject = subject_of(token)
            if complement is None or subject is None or subject.lower_ in ("i", "we", "you"):
                continue
            start, end = complement.left_edge.idx, complement.right_edge.idx + len(complement.right_edge)
            if any(q.start <= start and end <= q.end for q in quoted):
                continue  # inside a direct quote: the quote itself is the statement
            content = doc.text[start:end]
            mixed = any(start <= q.start and q.end <= end for q in quoted)
            yield Quote(
                _speaker(extraction, doc, subject),
                content,
                "mixed" if mixed else "indirect",
                token.text,
                start,
                end,
                sentences[token.i],
                "indirect:cue-complement",
            )
        elif token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            source = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
            if source is None:
                continue
            sentence = token.sent
            rest = [t for t in sentence if not (token.i <= t.i <= source.right_edge.i) and not t.is_punct]
            if not rest:
                continue
            start, end = rest[0].idx, rest[-1].idx + len(rest[-1])
            yield Quote(
                _speaker(extraction, doc, source),
                doc.text[start:end],
                "indirect",
                "according to",
                start,
                end,
                sentences[token.i],
                "indirect:according-to",
            )
