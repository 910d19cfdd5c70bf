"""Page layout of an article's text: which paragraphs are headline, body, sub-heading, caption or chrome.

Nothing is deleted: paragraphs are only marked, so every offset into ``Article.text`` stays true and a
user can see what was set aside. trafilatura does this for HTML from the markup; plain text (and the
text trafilatura leaves behind) has no markup, so these are rules over the shape of each paragraph —
no library marks captions and sub-headings in bare text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import patterns
from .records import Paragraph

__all__ = ["classify_blocks", "paragraphs_of", "same_words", "split_plain_text"]

#: A headline or sub-heading is a short line; longer ones are prose.
MAX_TITLE_CHARS = 200
MAX_SUBHEADING_WORDS = 12
#: A breadcrumb ("World / Europe", "NEWS > POLITICS") is a few short segments between separators.
_BREADCRUMB = re.compile(r"^\s*[\w&'’ .-]{1,30}(\s*[/>|»›:]\s*[\w&'’ .-]{1,30}){1,6}\s*$")
_BREADCRUMB_SEPARATOR = re.compile(r"\s[/>|»›]\s|\s*[>|»›]\s*")
_TERMINAL = re.compile(r"[.!?;:,\"”’'»)\]…]\s*$")
_SENTENCE_END = re.compile(r"[.!?\"”’»)…]\s*$")
_LOWER_START = re.compile(r"^\s*[a-z]")
#: "1. Maduro declared winner …": a numbered teaser headline in a "Most read" list, not a story sentence.
_NUMBERED_TEASER = re.compile(r"^\d{1,2}[.)]\s+\S+(\s+\S+){0,15}$")
#: A line that ends on one of these words stops mid-sentence: the next line goes on with it.
_DANGLING_WORD = re.compile(
    r"\b(a|an|the|in|of|to|for|on|at|by|from|with|and|or|but|that|as|its|their|his|her|into|over)\s*$"
)


def split_plain_text(text: str) -> list[tuple[int, int]]:
    """Paragraph spans of plain text: blank lines separate paragraphs, and so does a line break,
    unless the next line plainly continues a hard-wrapped sentence (starts in lower case after a
    line that does not end a sentence)."""
    spans: list[tuple[int, int]] = []
    position = 0
    for line in text.splitlines(keepends=True):
        start, body = position, line.rstrip("\r\n")
        position += len(line)
        stripped = body.strip()
        if not stripped:
            continue
        lead = len(body) - len(body.lstrip())
        start += lead
        end = start + len(stripped)
        if spans and _continues(text, spans[-1], start):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _continues(text: str, previous: tuple[int, int], start: int) -> bool:
    between = text[previous[1] : start]
    if between.count("\n") != 1:  # a blank line always separates paragraphs
        return False
    line = text[previous[0] : previous[1]]
    if _SENTENCE_END.search(line):
        return False
    return bool(_LOWER_START.match(text[start:]) or _DANGLING_WORD.search(line))


def _is_chrome(block: str) -> bool:
    return any(p.search(block) for p in patterns("page_chrome.txt")) or _is_breadcrumb(block)


def _is_breadcrumb(block: str) -> bool:
    return bool(_BREADCRUMB.match(block)) and bool(_BREADCRUMB_SEPARATOR.search(block)) and len(block) < 120


def _is_caption(block: str) -> bool:
    return any(p.search(block) for p in patterns("caption_credits.txt"))


def _is_heading_shaped(block: str, max_words: int) -> bool:
    words = block.split()
    return 0 < len(words) <= max_words and not _TERMINAL.search(block) and block[:1].isupper()


def _is_sentence(block: str) -> bool:
    return bool(_SENTENCE_END.search(block)) and len(block.split()) >= 6


def classify_blocks(
    blocks: Sequence[str], hints: Sequence[str | None] | None = None, title: str | None = None
) -> list[str]:
    """The kind of each paragraph: title, body, subheading, caption or boilerplate.

    ``hints`` carries kinds already known from markup (trafilatura's <head> → subheading); ``title``
    is a headline known from metadata, so the paragraph that repeats it is the title.
    """
    hints = list(hints) if hints is not None else [None] * len(blocks)
    kinds: list[str] = []
    seen_title = False
    seen_body = False
    for block, hint in zip(blocks, hints, strict=True):
        text = block.strip()
        if hint in ("title", "caption", "boilerplate"):
            kind = hint
        elif _is_caption(text):
            kind = "caption"
        elif _is_chrome(text):
            kind = "boilerplate"
        elif not seen_title and (
            (title and same_words(text, title)) or (not title and not seen_body and _is_title_shaped(text))
        ):
            kind = "title"
        elif hint == "subheading" or (seen_body and _is_heading_shaped(text, MAX_SUBHEADING_WORDS)):
            kind = "subheading"
        else:
            kind = "body"
        seen_title = seen_title or kind == "title"
        seen_body = seen_body or kind == "body"
        kinds.append(kind)
    _mark_trailing_chrome(blocks, kinds)
    return kinds


def _is_title_shaped(text: str) -> bool:
    return len(text) <= MAX_TITLE_CHARS and not re.search(r"[.;,]\s*$", text) and len(text.split()) >= 2


def same_words(a: str, b: str) -> bool:
    """Do two lines say the same words, whatever their quote marks, case and spacing?"""
    return _squash(a) == _squash(b)


def _squash(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


def _mark_trailing_chrome(blocks: Sequence[str], kinds: list[str]) -> None:
    """The tail of a page after its last story sentence ("Related articles" and the teaser headlines
    under it, "Follow us on ...") is chrome when it holds at least one chrome line."""
    tail: list[int] = []
    for index in range(len(blocks) - 1, -1, -1):
        text = blocks[index].strip()
        if kinds[index] == "boilerplate" or (
            kinds[index] != "title" and (not _is_sentence(text) or _NUMBERED_TEASER.match(text))
        ):
            tail.append(index)
        else:
            break
    if any(kinds[i] == "boilerplate" for i in tail):
        for index in tail:
            if kinds[index] != "caption":
                kinds[index] = "boilerplate"


def paragraphs_of(spans: Sequence[tuple[int, int]], kinds: Sequence[str]) -> tuple[Paragraph, ...]:
    return tuple(Paragraph(start, end, kind) for (start, end), kind in zip(spans, kinds, strict=True))
