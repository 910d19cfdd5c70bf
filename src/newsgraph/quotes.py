"""Quotes stage: who said what — direct quotes between quote marks, indirect ones ("X said that ...",
"according to X, ...", "X called for ..."), mixed ones (a paraphrase holding a quoted fragment) and
headline attributions ("Iran FM: US sanctions doomed to fail"), each attributed to a speaker actor
through its cue.

Quote marks are paired by rule (``syntax.quoted_spans``), straight and curly alike: an apostrophe
(it's, Russia’s) is never a mark, a paragraph that opens a quote without closing it continues into
the next, and an unbalanced mark only ends a quote at the paragraph's end, never fails the article.
A direct quote's cue is looked for after it ("“…,” X said"), then before it ("X said: “…”"), then
at the end of the paragraph before ("Caddell continued:"); a quote with none continues the
previous speaker when nothing but other quotes stands between them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from . import coref
from .actors import Addition, actor_at, attach_mentions, reference, sector_of_noun
from .lexicon import table, word_list
from .records import CONTENT_KINDS, Actor, ActorRef, Article, Extraction, Quote
from .syntax import QuotedSpan, content_mask, quoted_spans, sentence_ids, sentence_of, subject_of, tokens_in

__all__ = ["COMPONENT", "add_quotes", "cue_lemmas"]

COMPONENT = "newsgraph.quotes.v2"

FIRST_PERSON_PLURAL = word_list("first-person-plural")
FIRST_PERSON_SINGULAR = word_list("first-person-singular")
#: "our allies", "our partners": a member's alliance, not the member itself.
ALLY_NOUNS = word_list("ally-nouns")
#: Verbs of a relative clause that make a person speak for a body: "Ruto, who chairs an AU panel".
CAPACITY_VERBS = coref.CAPACITY_VERBS
#: Alliances, in the order a member's "our allies" is taken to mean them (a state in two: the first).
ALLIANCE_KEYS = tuple(next(r["words"] for r in table("word_lists.tsv") if r["list"] == "alliance-keys").split("|"))
#: A quoted phrase this short that no cue governs is a term ("a so-called “peace plan”"), not a quote.
MAX_TERM_WORDS = 4
#: How many tokens after a closing quote mark its cue may stand ("“…,” Kremlin spokesman Dmitry
#: Peskov told reporters on Tuesday").
CUE_WINDOW = 30
#: A quote with no cue continues the previous speaker only if at most this much text lies between.
CONTINUATION_GAP = 400
#: Subjects that are not speakers: "it is said", "there are reports".
NON_SPEAKERS = frozenset({"it", "there", "this", "that", "which", "what"})


@dataclass(frozen=True, slots=True)
class _Cue:
    """A speech verb (or "according to") and the words naming who spoke."""

    token: Token
    subject: Token
    text: str


@cache
def cue_lemmas() -> frozenset[str]:
    return frozenset(row["lemma"] for row in table("cue_verbs.tsv"))


def _speech_cue(token: Token) -> _Cue | None:
    """The cue a token is, if it is a speech verb with a subject that could be a speaker."""
    if token.lemma_.lower() not in cue_lemmas() or token.pos_ not in ("VERB", "AUX"):
        return None
    subject = subject_of(token)
    if subject is None or subject.lower_ in NON_SPEAKERS:
        return None
    if subject.dep_ == "nsubjpass":  # "he was quoted as saying": no speaker in the subject position
        return None
    return _Cue(token, subject, token.text)


def _according_to(token: Token) -> _Cue | None:
    if token.lower_ != "according" or token.i + 1 >= len(token.doc) or token.nbor().lower_ != "to":
        return None
    source = next((c for c in token.nbor().children if c.dep_ == "pobj"), None)
    return _Cue(token, source, "according to") if source is not None else None


def _first_cue(tokens: Sequence[Token]) -> _Cue | None:
    for token in tokens:
        cue = _speech_cue(token) or _according_to(token)
        if cue is not None:
            return cue
    return None


def _speaker(extraction: Extraction, doc: Doc, subject: Token) -> tuple[ActorRef, tuple[int, int]]:
    """The speaker actor of a cue's subject, and the span of words that name them there."""
    first, last = subject.left_edge, subject.right_edge
    # "Lavrov, who arrived on Monday," — the name, not the clause hanging on it
    for child in subject.children:
        if child.dep_ in ("relcl", "acl", "appos") and child.i > subject.i:
            last = doc[max(subject.i, child.left_edge.i - 1)]
            while last.is_punct and last.i > subject.i:
                last = doc[last.i - 1]
            break
    span = doc[first.i : last.i + 1]
    actor = actor_at(extraction, subject.idx, subject.idx + len(subject))
    return reference(actor, span.text), (span.start_char, span.end_char)


# --- direct and mixed quotes ---------------------------------------------------------------------


def _quoted_in_content(article: Article) -> list[QuotedSpan]:
    spans: list[QuotedSpan] = []
    for paragraph in article.paragraphs:
        if paragraph.kind in CONTENT_KINDS:
            spans.extend(quoted_spans(article.text, paragraph.start, paragraph.end))
    return spans


def _outside(tokens: Sequence[Token], quoted: Sequence[QuotedSpan]) -> list[Token]:
    return [t for t in tokens if not any(q.start - 1 <= t.idx < q.end + 1 for q in quoted)]


def _cue_for(article: Article, doc: Doc, span: QuotedSpan, quoted: Sequence[QuotedSpan]) -> tuple[_Cue | None, str]:
    """The cue that attributes a quoted span, and the rule that found it."""
    paragraph = article.paragraph_at(span.start)
    assert paragraph is not None
    later = [q.start - 1 for q in quoted if q.start > span.end]
    after = _outside(tokens_in(doc, span.end, min([paragraph.end, *later])), quoted)
    cue = _first_cue(_sentence_prefix(after)[:CUE_WINDOW])
    if cue is not None:
        return cue, "direct:cue-after"
    signed = _signature(after)
    if signed is not None:
        return signed, "direct:dash-name"
    inside = tokens_in(doc, span.start, span.end)
    sentence_start = sentence_of(inside[0]).start_char if inside else span.start
    earlier = [q.end + 1 for q in quoted if q.end < span.start]
    region_start = max([paragraph.start, sentence_start, *earlier])
    before = _outside(tokens_in(doc, region_start, span.start), quoted)
    cue = _first_cue(list(reversed(before)))
    if cue is not None:
        return cue, "direct:cue-before"
    introduction = _paragraph_introduction(article, doc, paragraph.start, quoted)
    if introduction is not None and not before:
        return introduction, "direct:cue-in-paragraph-before"
    return None, ""


def _signature(after: Sequence[Token]) -> _Cue | None:
    """ "“Maybe we can build a wall.” ― Steve Quinlan": a dash and a name closing the paragraph."""
    if len(after) < 2 or after[0].text not in ("―", "—", "–", "-", "--") or len(after) > 8:
        return None
    names = [t for t in after[1:] if t.ent_type_ == "PERSON" or t.pos_ == "PROPN"]
    if not names:
        return None
    return _Cue(after[0], names[-1], after[0].text)


def _sentence_prefix(tokens: Sequence[Token]) -> list[Token]:
    """The tokens up to the end of the first sentence they start in ("…,” he said. The …" → he said)."""
    if not tokens:
        return []
    result = []
    for token in tokens:
        if token.is_sent_start and result and result[-1].text in (".", "!", "?"):
            break
        result.append(token)
    return result


def _paragraph_introduction(
    article: Article, doc: Doc, paragraph_start: int, quoted: Sequence[QuotedSpan]
) -> _Cue | None:
    """ "Caddell continued:" or "The ministry said in a statement:" ending the paragraph before."""
    previous = [p for p in article.paragraphs if p.end <= paragraph_start and p.kind in CONTENT_KINDS]
    if not previous:
        return None
    last = previous[-1]
    if not article.text[last.start : last.end].rstrip().endswith(":"):
        return None
    tokens = _outside(tokens_in(doc, last.start, last.end), quoted)
    return _first_cue(list(reversed(tokens)))


def _is_mixed(article: Article, span: QuotedSpan, cue: _Cue) -> bool:
    """A fragment quoted inside a paraphrase ("said the move was “a grave mistake”") rather than a
    whole quote after a colon, a comma or the start of its sentence."""
    if cue.token.idx > span.end:
        return False
    before = article.text[: span.start - 1].rstrip()
    return bool(before) and before[-1] not in ",:;.—–-\n"


def _clause_of(cue: _Cue, span: QuotedSpan, doc: Doc) -> tuple[int, int]:
    """What a mixed quote reports: the complement of its cue that holds the quoted fragment
    ("the move was “a grave mistake”"), else the fragment itself."""
    for child in cue.token.children:
        if child.dep_ in ("ccomp", "xcomp", "dobj", "oprd", "attr", "prep") and child.i > cue.token.i:
            start = child.left_edge.idx
            end = child.right_edge.idx + len(child.right_edge)
            for sibling in cue.token.children:  # "called the move “a mistake”": object and predicate
                if sibling.dep_ in ("oprd", "ccomp", "xcomp") and sibling.i > child.i:
                    end = max(end, sibling.right_edge.idx + len(sibling.right_edge))
            if start <= span.start and span.end <= end + 1:
                return start, min(doc[-1].idx + len(doc[-1]), max(end, span.end + 1))
    return span.start, span.end


def _runs_on(article: Article, spans: list[QuotedSpan]) -> list[QuotedSpan]:
    """A quote left open at the end of a paragraph runs on into the next when that one opens with a
    quote mark: the two (or more) become one quoted span."""
    merged: list[QuotedSpan] = []
    for span in spans:
        if merged and not merged[-1].closed and not article.text[merged[-1].end : span.start].strip(' \n"“«'):
            merged[-1] = QuotedSpan(merged[-1].start, span.end, span.closed)
        else:
            merged.append(span)
    return merged


def _direct_quotes(
    article: Article, doc: Doc, extraction: Extraction, sentences: Sequence[int]
) -> tuple[list[Quote], set[int]]:
    quoted = _runs_on(article, _quoted_in_content(article))
    quotes: list[Quote] = []
    used_cues: set[int] = set()
    previous: Quote | None = None
    for span in quoted:
        content = article.text[span.start : span.end].strip()
        inside = tokens_in(doc, span.start, span.end)
        if not content or not inside:
            continue
        cue, rule = _cue_for(article, doc, span, quoted)
        sentence = sentences[inside[0].i]
        term = len(content.split()) <= MAX_TERM_WORDS
        embedded = _embedded(article, span)
        if cue is None:
            if previous is None or term or embedded or not _continues(article, previous, span):
                continue  # a term, a title, or words no one is said to have said
            quote = replace(previous, content=content, kind="direct", start=span.start, end=span.end,
                            sentence=sentence, rule="direct:continues-previous")  # fmt: skip
        elif term and not _sentence_like(content):
            continue  # a quoted name or title: “Fox News Sunday”
        else:
            speaker, speaker_span = _speaker(extraction, doc, cue.subject)
            used_cues.add(cue.token.i)
            if embedded or _is_mixed(article, span, cue):
                if len(content.split()) <= MAX_TERM_WORDS and not _governs(cue.token, inside[0]):
                    continue  # a scare-quoted term in a sentence that happens to have a cue
                start, end = _clause_of(cue, span, doc)
                text = article.text[start:end].strip()
                quote = Quote(speaker, text, "mixed", cue.text, start, end, sentence, "mixed:" + rule.split(":")[1],
                              speaker_span)  # fmt: skip
            else:
                quote = Quote(speaker, content, "direct", cue.text, span.start, span.end, sentence, rule, speaker_span)
        quotes.append(quote)
        previous = quote if quote.kind == "direct" and quote.speaker is not None else previous
    return quotes, used_cues


def _embedded(article: Article, span: QuotedSpan) -> bool:
    """Is the quote a fragment inside a sentence of narration ("called it “a con” on Tuesday"),
    rather than a quotation that starts its sentence or follows a colon or comma?"""
    paragraph = article.paragraph_at(span.start)
    before = article.text[paragraph.start if paragraph else 0 : span.start - 1].rstrip()
    if not before or before[-1] in '.!?:,;—–-"”':
        return False
    content = article.text[span.start : span.end].lstrip()
    return content[:1].islower()


def _governs(cue: Token, token: Token) -> bool:
    return any(ancestor == cue for ancestor in token.ancestors)


def _sentence_like(content: str) -> bool:
    """Quoted words that read as a statement: a verb-bearing run of words, not a title or a name."""
    words = content.split()
    capitalised = sum(w[:1].isupper() for w in words)
    return capitalised < 0.7 * len(words)


def _continues(article: Article, previous: Quote, span: QuotedSpan) -> bool:
    """Does this quote with no cue go on from the previous speaker's: the same or the next paragraph,
    and nothing but the earlier quote's attribution between them?"""
    if span.start - previous.end > CONTINUATION_GAP:
        return False
    between = article.text[previous.end : span.start]
    if between.count("\n\n") > 1:
        return False
    # a full sentence of narration between the two quotes breaks the chain
    narration = re.sub(r"[“”\"][^“”\"]*[“”\"]", " ", between)
    return len(narration.split()) <= CUE_WINDOW


# --- indirect quotes -----------------------------------------------------------------------------


def _indirect_quotes(
    doc: Doc,
    extraction: Extraction,
    mask: Sequence[bool],
    sentences: Sequence[int],
    used_cues: set[int],
    quoted: Sequence[tuple[int, int]],
) -> Iterator[Quote]:
    for token in doc:
        if not mask[token.i] or token.i in used_cues:
            continue
        cue = _speech_cue(token)
        if cue is not None:
            content = _reported(token)
            rule = "indirect:cue-complement"
            if content is not None and content[0] < token.idx and _has_object(token):
                continue  # "Poland expels …, Moscow vows response": a clause beside, not a report
        else:
            cue = _according_to(token)
            content = _rest_of_sentence(token, cue.subject) if cue else None
            rule = "indirect:according-to"
        if cue is None or content is None:
            continue
        start, end = _without_dateline(doc, mask, *content)
        if any(q_start <= start and end <= q_end for q_start, q_end in quoted):
            continue  # inside a direct quote: the quote itself is the statement
        speaker, speaker_span = _speaker(extraction, doc, cue.subject)
        mixed = any(start <= q_start and q_end <= end for q_start, q_end in quoted)
        yield Quote(speaker, _text(doc, start, end), "mixed" if mixed else "indirect", cue.text, start, end,
                    sentences[token.i], rule, speaker_span)  # fmt: skip


def _text(doc: Doc, start: int, end: int) -> str:
    """Characters [start, end) of the doc, from its tokens (``Doc.text`` rebuilds the whole text)."""
    return "".join(t.text_with_ws for t in tokens_in(doc, start, end)).strip()


def _has_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children)


def _without_dateline(doc: Doc, mask: Sequence[bool], start: int, end: int) -> tuple[int, int]:
    """A reported clause starts after a dateline the parser hung on it ("WARSAW (AP) - Poland …")."""
    for token in tokens_in(doc, start, end):
        if mask[token.i]:
            return token.idx, end
    return start, end


def _reported(verb: Token) -> tuple[int, int] | None:
    """What a speech verb reports: its clausal complement ("said (that) …", "told reporters …"),
    or what is called for ("called for a ceasefire", "urged Moscow to withdraw")."""
    for child in verb.children:
        if child.dep_ == "ccomp":
            return _span_of(child, skip_mark=True)
    following = verb.nbor() if verb.i + 1 < len(verb.doc) else None
    if following is not None and following.lower_ == "that" and following.pos_ == "SCONJ":
        # "denied that Russian troops had …" even where the parser lost the clause
        sentence = sentence_of(verb)
        rest = [t for t in sentence if t.i > following.i and not (t.is_punct and t.i == sentence.end - 1)]
        if rest:
            return rest[0].idx, rest[-1].idx + len(rest[-1])
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ == "xcomp" and lemma in ("urge", "ask", "call", "appeal", "press", "warn", "demand", "tell"):
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < child.i]
            start = (objects[0] if objects else child).left_edge
            return start.idx, child.right_edge.idx + len(child.right_edge)
        if child.dep_ == "prep" and child.lower_ == "for" and lemma in ("call", "appeal", "press", "push"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return _span_of(objects[0])
    return None


def _span_of(head: Token, skip_mark: bool = False) -> tuple[int, int]:
    tokens = [t for t in head.subtree if not (skip_mark and t.dep_ == "mark" and t.head == head and t.i < head.i)]
    tokens = [t for t in tokens if not t.is_punct or tokens[0].i < t.i < tokens[-1].i]
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _rest_of_sentence(according: Token, source: Token) -> tuple[int, int] | None:
    sentence: Span = sentence_of(according)
    rest = [t for t in sentence if not (according.i <= t.i <= source.right_edge.i) and not t.is_punct]
    if not rest:
        return None
    return rest[0].idx, rest[-1].idx + len(rest[-1])


# --- headlines -----------------------------------------------------------------------------------


def _headline_attributions(
    article: Article, doc: Doc, extraction: Extraction, sentences: Sequence[int]
) -> Iterator[Quote]:
    """ "Iran FM: US sanctions doomed to fail" — a short speaker before a colon in a headline."""
    for paragraph in article.paragraphs:
        if paragraph.kind not in ("title", "subheading"):
            continue
        text = article.text[paragraph.start : paragraph.end]
        match = re.match(r"\s*([^:“”\"]{2,60}?)\s*:\s+(.{12,})$", text)
        if match is None or len(match.group(1).split()) > 6:
            continue
        speaker_start = paragraph.start + match.start(1)
        speaker_end = paragraph.start + match.end(1)
        actor = actor_at(extraction, speaker_start, speaker_end)
        if actor is None:
            continue
        start, end = paragraph.start + match.start(2), paragraph.start + match.end(2)
        content = article.text[start:end].strip().strip('"“”')
        first = tokens_in(doc, start, end)
        sentence = sentences[first[0].i] if first else 0
        yield Quote(reference(actor, match.group(1)), content, "indirect", ":", start, end, sentence,
                    "headline:speaker-colon", (speaker_start, speaker_end))  # fmt: skip


# --- the stage -----------------------------------------------------------------------------------


def add_quotes(article: Article, doc: Doc, extraction: Extraction) -> Extraction:
    sentences = sentence_ids(doc)
    mask = content_mask(article, doc)
    quotes, used_cues = _direct_quotes(article, doc, extraction, sentences)
    quoted = [(q.start, q.end) for q in _quoted_in_content(article)]
    quotes.extend(_indirect_quotes(doc, extraction, mask, sentences, used_cues, quoted))
    quotes.extend(_headline_attributions(article, doc, extraction, sentences))
    quotes.sort(key=lambda q: q.start)
    actors = attach_mentions(extraction, doc, list(_first_persons(doc, extraction, quotes)))
    return replace(extraction, quotes=tuple(quotes), actors=actors)


@cache
def _alliances() -> dict[str, str]:
    """Member key → the first alliance of ``alliance-keys`` that lists it in ``igos.tsv``."""
    members = {row["key"]: row["members"].split("|") for row in table("igos.tsv") if row["members"]}
    found: dict[str, str] = {}
    for alliance in ALLIANCE_KEYS:
        for member in members.get(alliance, []):
            found.setdefault(member, alliance)
    return found


def _alliance_of(key: str) -> str | None:
    return _alliances().get(key)


def _capacity(doc: Doc, extraction: Extraction, person: Actor) -> Actor | None:
    """The organisation a person speaks for as its chair, envoy or mediator, as the text says beside
    their name: "Guelleh, the current chair of IGAD", "Ruto, who chairs an AU panel", "Kommasith …,
    speaking as chair of the bloc's foreign ministers"."""
    for mention in person.mentions:
        tokens = tokens_in(doc, mention.start, mention.end)
        if not tokens:
            continue
        root = tokens[-1]
        # the phrases hanging on the name: an apposition, a relative clause, an "as" phrase
        phrases = [c for c in root.children if c.dep_ in ("appos", "relcl")]
        phrases += [c for c in root.head.children if c.dep_ == "advcl" and root.dep_ == "nsubj"]
        for phrase in phrases:
            if phrase.dep_ == "relcl" and phrase.lemma_.lower() not in CAPACITY_VERBS:
                continue
            for token in phrase.subtree:
                owner = actor_at(extraction, token.idx, token.idx + len(token))
                if owner is not None and owner.kind == "organization" and owner is not person and owner.key:
                    return owner
    return None


def _first_persons(doc: Doc, extraction: Extraction, quotes: Sequence[Quote]) -> Iterator[Addition]:
    """Inside a quote, "I", "me" and "my" are the speaker, when a person; "we", "us" and "our" the
    speaker's side: a minister's "we" is their government, "our country" the country itself, "our
    troops" its military."""
    speakers = {a.id: a for a in extraction.actors}
    capacities: dict[str, Actor | None] = {}  # a speaker's capacity, looked up once for all their quotes
    for quote in quotes:
        speaker = speakers.get(quote.speaker.actor) if quote.speaker and quote.speaker.actor else None
        if speaker is None or quote.kind == "indirect" or not speaker.key:
            continue
        sector = None if speaker.kind == "organization" else (speaker.code or "")[len(speaker.key) :] or None
        # a teacher's or a student's "we" are the people they live among, not the schools
        plural_sector = "CVL" if sector == "EDU" else sector
        if speaker.id not in capacities:
            capacities[speaker.id] = _capacity(doc, extraction, speaker) if speaker.kind == "person" else None
        capacity = capacities[speaker.id]
        for token in tokens_in(doc, quote.start, quote.end):
            if token.lower_ in FIRST_PERSON_SINGULAR and token.text != "US" and speaker.kind == "person":
                yield Addition(token.i, token.i + 1, speaker.key, sector, "coref:i-in-quote", actor=speaker.id)
                continue
            if token.lower_ not in FIRST_PERSON_PLURAL or token.text == "US":
                continue
            end, token_sector = token.i + 1, plural_sector
            head = token.head
            # (plural: "our ally" is one country, "our allies" the alliance)
            ally = head.lemma_.lower() in ALLY_NOUNS and head.tag_ == "NNS"
            alliance = _alliance_of(speaker.key) if ally else None
            if token.lower_ == "our" and head.i > token.i and alliance is not None:
                # a NATO member's "our allies" are NATO
                yield Addition(token.i, head.i + 1, alliance, None, "coref:our-allies")
                continue
            named = actor_at(extraction, head.idx, head.idx + len(head)) if head.i > token.i else None
            named_by = next((m.rule for m in named.mentions if m.start <= head.idx < m.end), "") if named else ""
            another = named is not None and named_by.startswith("name:") and named.key != speaker.key
            if token.lower_ == "our" and another:
                # "our Western colleagues", "our Chinese friends": the phrase names another actor; "our"
                # is still the speaker's side
                yield Addition(token.i, token.i + 1, speaker.key, sector, "coref:we-in-quote", actor=speaker.id)
                continue
            if token.lower_ == "our" and head.i > token.i and head.pos_ == "NOUN":
                found = sector_of_noun(doc, head)
                if found is not None or head.lemma_.lower() in ("country", "nation", "people", "state"):
                    end, token_sector = head.i + 1, found
            if capacity is not None and end == token.i + 1:
                # the chair of a bloc speaks for it: "we" is the bloc (but "I" is still the person)
                yield Addition(token.i, end, capacity.key, None, "coref:we-in-quote-capacity", actor=capacity.id)
                continue
            yield Addition(token.i, end, speaker.key, token_sector, "coref:we-in-quote")
