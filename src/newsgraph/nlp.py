"""NLP stage: one spaCy Doc per article, parsed paragraph by paragraph.

Each paragraph is parsed on its own and the pieces are joined with ``Doc.from_docs``: a sentence then
never runs from a headline into the lead, the parser's memory is bounded by the longest paragraph,
and ``nlp.pipe`` batches paragraphs of many articles together. The joined Doc's text is exactly
``Article.text``, so token offsets are article offsets.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import NewsgraphError
from .records import Article

__all__ = ["load_pipeline", "paragraph_chunks", "parse"]

#: Paragraphs handed to the model at once by nlp.pipe.
PIPE_BATCH_SIZE = 64


#: A hyphen after an abbreviation's full stop joins a compound modifier ("U.N.-brokered",
#: "U.S.-led") that the English tokenizer keeps as one token, hiding the name from the lexicon.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-z])"


@cache
def load_pipeline(model: str) -> Language:
    """The spaCy pipeline named ``model``, loaded once per process, its tokenizer also splitting
    "U.S.-led" at the hyphen."""
    try:
        nlp = spacy.load(model)
    except OSError:
        raise NewsgraphError("E301", model=model) from None
    infixes = [*nlp.Defaults.infixes, ABBREVIATION_HYPHEN]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    return nlp


def paragraph_chunks(article: Article) -> list[str]:
    """The article's text cut at each paragraph start (separators stay with the paragraph before)."""
    cuts = sorted({0, *(p.start for p in article.paragraphs)} - {len(article.text)})
    return [article.text[a:b] for a, b in zip(cuts, [*cuts[1:], len(article.text)], strict=True) if b > a]


def parse(articles: Sequence[Article], model: str) -> list[Doc]:
    """A Doc for each article, in order."""
    nlp = load_pipeline(model)
    pieces: list[str] = []
    owners: list[int] = []
    for index, article in enumerate(articles):
        chunks = paragraph_chunks(article)
        pieces.extend(chunks)
        owners.extend([index] * len(chunks))
    parsed: list[list[Doc]] = [[] for _ in articles]
    for owner, doc in zip(owners, nlp.pipe(pieces, batch_size=PIPE_BATCH_SIZE), strict=True):
        parsed[owner].append(doc)
    docs = []
    for article, parts in zip(articles, parsed, strict=True):
        doc = Doc.from_docs(parts, ensure_whitespace=False) if parts else nlp.make_doc("")
        # from_docs must give back the text exactly, or every offset downstream would be wrong
        assert doc.text == article.text, f"{article.origin}: parsed text differs from the article text"
        docs.append(doc)
    return docs
