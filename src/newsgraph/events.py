"""Events stage: who did what to whom, coded in PLOVER (type, mode) and CAMEO (code, Goldstein score,
QuadClass), with status, date and the evidence and rule that produced each record.

Verbs and light-verb nouns come from data files (``event_verbs.tsv``, ``event_nouns.tsv``); the
source is the verb's subject (or the agent of a passive), the target its object, the owner of its
object ("Y's diplomats") or the object of a listed preposition ("sanctions on Y").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Token

from .actors import actor_at, reference
from .dates import resolve_date
from .lexicon import table, word_list
from .quotes import cue_lemmas
from .records import ActorRef, Article, Event, Extraction
from .syntax import content_mask, sentence_ids, subject_of

__all__ = ["COMPONENT", "add_events", "quad_class"]

COMPONENT = "newsgraph.events.v1"

FUTURE_AUXILIARIES = word_list("future-auxiliaries")
HYPOTHETICAL_AUXILIARIES = word_list("hypothetical-auxiliaries")
CONDITIONAL_MARKERS = word_list("conditional-markers")
#: Verbs whose complement has not happened (yet): "plans to impose", "failed to agree".
INTENT_VERBS = word_list("intent-verbs")
FAILURE_VERBS = word_list("failure-verbs")


@dataclass(frozen=True, slots=True)
class EventCode:
    type: str
    mode: str | None
    cameo: str
    goldstein: float
    targets: tuple[str, ...]
    rule: str


@cache
def _verb_codes() -> dict[tuple[str, str], EventCode]:
    return {
        (row["lemma"], row["particle"]): EventCode(
            row["type"],
            row["mode"] or None,
            row["cameo"],
            float(row["goldstein"]),
            tuple(row["target"].split("|")),
            f"verb:{row['lemma']}{'-' + row['particle'] if row['particle'] else ''}",
        )
        for row in table("event_verbs.tsv")
    }


@cache
def _noun_codes() -> dict[tuple[str, str], EventCode]:
    codes = {}
    for row in table("event_nouns.tsv"):
        for verb in row["verbs"].split("|"):
            codes[(row["noun"], verb)] = EventCode(
                row["type"],
                row["mode"] or None,
                row["cameo"],
                float(row["goldstein"]),
                tuple(row["target"].split("|")),
                f"noun:{verb}-{row['noun']}",
            )
    return codes


def quad_class(cameo: str | None) -> int | None:
    """GDELT's QuadClass from the CAMEO root: 1 verbal cooperation, 2 material cooperation,
    3 verbal conflict, 4 material conflict."""
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def _code_of(verb: Token) -> tuple[EventCode, Token] | None:
    """The event a verb expresses, and the token the target hangs from (the verb, or the noun of a
    light verb: "imposed sanctions on Y")."""
    lemma = verb.lemma_.lower()
    codes = _verb_codes()
    for child in verb.children:
        if child.dep_ in ("prt", "prep") and (lemma, child.lower_) in codes:
            return codes[(lemma, child.lower_)], verb
    if (lemma, "") in codes:
        return codes[(lemma, "")], verb
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            code = _noun_codes().get((child.lemma_.lower(), lemma))
            if code is not None:
                return code, child
    return None


def _objects(head: Token, targets: Sequence[str]) -> Iterator[Token]:
    """Candidate target tokens, in the order the code lists them."""
    for target in targets:
        if target == "dobj":
            for child in head.children:
                if child.dep_ in ("dobj", "dative"):
                    yield child
                    yield from (c for c in child.children if c.dep_ == "poss")
                    for prep in (c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"):
                        yield from (c for c in prep.children if c.dep_ == "pobj")
        else:
            for child in [*head.children, *(c for d in head.children if d.dep_ == "dobj" for c in d.children)]:
                if child.dep_ in ("prep", "prt", "agent") and child.lower_ == target:
                    yield from (c for c in child.children if c.dep_ == "pobj")


def _with_conjuncts(token: Token) -> list[Token]:
    return [token, *(c for c in token.conjuncts if c.i > token.i)]


def _status(verb: Token, quoted: Sequence[tuple[int, int]]) -> str:
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return "negated"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FAILURE_VERBS:
        return "negated"
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKERS for c in children):
        return "hypothetical"
    auxiliaries = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & HYPOTHETICAL_AUXILIARIES:
        return "hypothetical"
    if auxiliaries & FUTURE_AUXILIARIES or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in INTENT_VERBS):
        return "future"
    if any(start <= verb.idx < end for start, end in quoted) or _under_speech_verb(verb):
        return "reported"
    return "asserted"


def _under_speech_verb(verb: Token) -> bool:
    """Is the verb inside what someone is said to have said ("X said Y expelled ...")?"""
    token = verb
    while token.dep_ in ("ccomp", "conj") and token.head is not token:
        token = token.head
        if token.lemma_.lower() in cue_lemmas():
            return True
    return False


def _event_date(article: Article, doc: Doc, verb: Token) -> object:
    for ent in verb.sent.ents:
        if ent.label_ == "DATE":
            found = resolve_date(ent.text, article.published)
            if found:
                return found
    return article.published


def _ref(extraction: Extraction, doc: Doc, token: Token) -> tuple[ActorRef, bool]:
    actor = actor_at(extraction, token.idx, token.idx + len(token))
    text = doc[token.left_edge.i : token.right_edge.i + 1].text if actor is None else token.text
    return reference(actor, text), actor is not None


def add_events(article: Article, doc: Doc, extraction: Extraction) -> Extraction:
    mask = content_mask(article, doc)
    sentences = sentence_ids(doc)
    quoted = [(q.start, q.end) for q in extraction.quotes if q.kind != "indirect"]
    found: list[Event] = []
    seen: set[tuple] = set()
    for verb in doc:
        if not mask[verb.i] or verb.pos_ not in ("VERB", "AUX"):
            continue
        coded = _code_of(verb)
        if coded is None:
            continue
        code, head = coded
        subject = subject_of(verb)
        passive = subject is not None and subject.dep_ == "nsubjpass" and head is verb
        if passive:
            agent = next((c for d in verb.children if d.dep_ == "agent" for c in d.children if c.dep_ == "pobj"), None)
            sources, objects = ([agent] if agent is not None else []), [subject]
        else:
            sources = [subject] if subject is not None else []
            objects = list(_objects(head, code.targets))
        if not sources:
            continue
        status = _status(verb, quoted)
        when = _event_date(article, doc, verb)
        for source_token in _with_conjuncts(sources[0]):
            source, source_known = _ref(extraction, doc, source_token)
            target, target_known = None, False
            for candidate in objects:
                target, target_known = _ref(extraction, doc, candidate)
                if target_known:
                    break
            if not target_known:
                target = None
            if not (source_known or target_known):
                continue
            if target is not None and target.actor and target.actor == source.actor:
                target = None
            key = (source.code or source.name, target.code if target else None, code.type, sentences[verb.i])
            if key in seen:
                continue
            seen.add(key)
            tokens = [source_token, verb, *(objects[:1] if target else [])]
            # the evidence starts at the source's phrase, but never in a dateline ("MOSCOW (Reuters) -")
            first = next((i for i in range(source_token.left_edge.i, source_token.i + 1) if mask[i]), None)
            if first is None:
                continue  # the source is in a dateline or caption
            start = min(doc[first].idx, *(t.idx for t in tokens))
            last = max(tokens, key=lambda t: t.i)
            end = last.right_edge.idx + len(last.right_edge) if last is not verb else verb.idx + len(verb)
            found.append(
                Event(
                    source=source,
                    target=target,
                    type=code.type,
                    mode=code.mode,
                    cameo=code.cameo,
                    goldstein=code.goldstein,
                    quad_class=quad_class(code.cameo),
                    date=when,  # type: ignore[arg-type]
                    status=status,
                    evidence=doc.text[start:end],
                    start=start,
                    end=end,
                    sentence=sentences[verb.i],
                    rule=code.rule + (":passive" if passive else ""),
                )
            )
    return replace(extraction, events=tuple(found))
