"""Actors stage: find every mention of a person, government, organisation or group and code it.

Names come from the gazetteer (countries, capitals, seats of power, organisations) and from spaCy's
named entities (people, other organisations). A person's country and sector come from the title
words around the name ("Russian Foreign Minister Sergei Lavrov", "Pierre Levy, the French
ambassador"). Coreference inside the article is done by rules over the parse — surnames join full
names; he/she resolve to the most recent person — because no trained coreference model installs
from the package registry (coreferee's and fastcoref's weights come from elsewhere).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .gazetteer import Entry, gazetteer
from .records import Actor, ActorRef, Article, Extraction, Mention
from .syntax import content_mask, sentence_ids

__all__ = ["COMPONENT", "actor_at", "add_actors", "reference"]

COMPONENT = "newsgraph.actors.v1"

#: A capital after one of these prepositions is where something happened, not who did it.
PLACE_PREPOSITIONS = frozenset(
    {
        "in",
        "at",
        "from",
        "near",
        "to",
        "into",
        "outside",
        "around",
        "across",
        "toward",
        "towards",
        "via",
        "through",
        "inside",
        "within",
        "throughout",
        "over",
        "between",
        "beyond",
    }
)
PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
#: The sectors of a country-keyed actor that make it a group of people rather than the state.
GROUP_SECTORS = frozenset({"CVL", "OPP", "REB", "NGO", "BUS", "MED", "LAB", "EDU", "REL"})


@dataclass(frozen=True, slots=True)
class _Found:
    """One resolved mention (tokens [start, end)), before mentions are grouped into actors."""

    start: int
    end: int
    kind: str  # person | country | organization | group
    name: str
    key: str | None
    sector: str | None
    rule: str
    members: tuple[str, ...] = ()

    @property
    def code(self) -> str | None:
        if self.key and self.sector and self.sector != "IGO":
            return self.key + self.sector
        return self.key


def _lexicon_matches(doc: Doc, mask: Sequence[bool]) -> list[tuple[int, int, Entry]]:
    words = [t.text for t in doc]
    found, i = [], 0
    lexicon = gazetteer()
    while i < len(doc):
        hit = lexicon.match(words, i) if mask[i] else None
        if hit is None:
            i += 1
            continue
        length, entry = hit
        found.append((i, i + length, entry))
        i += length
    return found


def _sector_ending_at(doc: Doc, first: int, last: int) -> tuple[int, str | None, bool] | None:
    """The longest sector word that ends at token ``last`` and starts at or after ``first``:
    (its first token, sector, names a person)."""
    words = [t.text for t in doc[first : last + 1]]
    lexicon = gazetteer()
    for offset in range(len(words)):
        hit = lexicon.sector_word(words, offset)
        if hit and offset + hit[0] == len(words):
            return first + offset, hit[1].sector, hit[1].person
    # plural heads: "diplomats", "officials" are listed in the singular too
    token = doc[last]
    if token.tag_ in ("NNS", "NNPS"):
        hit = lexicon.sector_word([token.lemma_], 0)
        if hit:
            return last, hit[1].sector, hit[1].person
    return None


def _title_tokens(doc: Doc, name: Span) -> list[Token]:
    """The words that give a named person's office: modifiers to the left of the name in its noun
    phrase ("Iran's Foreign Minister ..."), appositions either side ("..., Russia's top diplomat";
    "the French ambassador to Moscow, Pierre Levy"), skipping places after a preposition other than
    "of" (an ambassador TO Moscow speaks for the sending country)."""
    tokens: list[Token] = []
    i = name.start - 1
    while i >= 0 and (
        name.start <= doc[i].head.i < name.end or doc[i].i < doc[i].head.i < name.end or doc[i].dep_ == "case"
    ):
        tokens.insert(0, doc[i])
        i -= 1
    root = name.root
    phrases = [child for child in root.children if child.dep_ == "appos"]
    if root.dep_ == "appos":
        phrases.append(root.head)
    for head in phrases:
        tokens.extend(t for t in _phrase_without_places(head) if not (name.start <= t.i < name.end))
    return tokens


def _phrase_without_places(head: Token) -> Iterable[Token]:
    yield head
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ != "of":
            continue
        if child.dep_ in ("appos", "relcl", "acl", "punct", "cc", "conj"):
            continue
        yield from child.subtree


def _resolve_person(doc: Doc, name: Span, matches: dict[int, tuple[int, int, Entry]]) -> tuple[_Found, set[int]]:
    """A named person with the country and sector that their title gives; also the lexicon matches
    that the title used up (so that "Russian" in "Russian Foreign Minister" is not a second actor)."""
    title = _title_tokens(doc, name)
    key = sector = None
    used: set[int] = set()
    title_sector = None
    positions = sorted(t.i for t in title)
    for i in positions:
        if i in matches:
            start, _end, entry = matches[i]
            used.add(start)
            if key is None:
                key = entry.key
                sector = entry.sector if entry.kind in ("seat", "igo") else None
    words = [doc[i].text for i in positions]
    best = 0
    for offset in range(len(words)):
        hit = gazetteer().sector_word(words, offset)
        if hit and hit[1].person and hit[0] >= best:
            best, title_sector = hit[0], hit[1].sector
    if title_sector:
        sector = title_sector
    rule = "person:name" if key is None and title_sector is None else "person:title"
    person_name = _clean_name(name.text)
    return _Found(name.start, name.end, "person", person_name, key, sector, rule), used


def _clean_name(text: str) -> str:
    text = text.strip()
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text[4:] if text.lower().startswith("the ") else text


def _resolve_name(doc: Doc, start: int, end: int, entry: Entry) -> _Found | None:
    """A country, capital, seat or organisation name, widened to the noun it modifies when that noun
    tells a sector ("Russian diplomats" → RUS GOV; "Moscow police" → RUS COP). None when a capital
    is only a place ("a press conference in Moscow")."""
    span = doc[start:end]
    root = span.root
    sector, kind, rule = entry.sector, _kind_of(entry), f"name:{entry.kind}"
    last = end - 1
    if root.dep_ in ("amod", "compound", "poss", "nmod") and root.head.i >= end:
        found = _sector_ending_at(doc, end if root.dep_ != "poss" else end + 1, root.head.i)
        if found is None and root.dep_ == "poss":
            found = _sector_ending_at(doc, end, root.head.i)
        if found is not None:
            _first, head_sector, person = found
            if head_sector:
                sector = head_sector
            last = root.head.i
            kind = "person" if person and root.head.tag_ in ("NN", "NNP") else "group"
            if not person and sector not in GROUP_SECTORS:
                kind = _kind_of(entry)
            rule = f"name:{entry.kind}+sector-word"
        elif entry.kind == "capital":
            return None  # "Kyiv region", "Moscow time": a place that modifies something else
    elif entry.kind == "capital" and root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS:
        return None
    if kind == "country" and sector in GROUP_SECTORS:
        kind = "group"
    name = _clean_name(doc[start : last + 1].text) if last >= end else entry.name
    return _Found(start, last + 1, kind, name, entry.key, sector, rule, entry.members)


def _kind_of(entry: Entry) -> str:
    if entry.kind == "igo":
        return "organization"
    if entry.kind == "people":
        return "group"
    return "country"


def _resolve_organisation(doc: Doc, ent: Span, matches: dict[int, tuple[int, int, Entry]]) -> tuple[_Found, set[int]]:
    """A named organisation not in the lexicon; its country from a modifier inside or before it."""
    used: set[int] = set()
    key = None
    tokens = [*_title_tokens(doc, ent), *ent]
    for token in sorted(tokens, key=lambda t: t.i):
        if token.i in matches:
            used.add(token.i)
            key = key or matches[token.i][2].key
    found = _sector_ending_at(doc, ent.start, ent.end - 1)
    sector = found[1] if found else None
    kind = "country" if key and sector else "organization"
    return _Found(ent.start, ent.end, kind, _clean_name(ent.text), key, sector, "name:organization-entity"), used


def _group_key(found: _Found) -> tuple[str, ...]:
    if found.kind == "person":
        return ("person", found.name)
    if found.key:
        return (found.kind, found.code or found.key)
    return (found.kind, found.name.lower())


def _merge_people(people: list[_Found]) -> dict[str, str]:
    """Name variant → the fullest name of the same person in this article: "Lavrov" joins "Sergei
    Lavrov", as does "Sergey Lavrov's" (possessive already stripped)."""
    full_names = sorted({p.name for p in people}, key=lambda n: -len(n.split()))
    canonical: dict[str, str] = {}
    for name in full_names:
        parts = name.split()
        target = next(
            (
                full
                for full in full_names
                if full != name and len(full.split()) > len(parts) and full.split()[-len(parts) :] == parts
            ),
            None,
        )
        canonical[name] = canonical.get(target, target) if target else name
    return canonical


def add_actors(article: Article, doc: Doc, extraction: Extraction) -> Extraction:
    mask = content_mask(article, doc)
    sentences = sentence_ids(doc)
    lexicon_hits = _lexicon_matches(doc, mask)
    by_token = {i: hit for hit in lexicon_hits for i in range(hit[0], hit[1])}
    found: list[_Found] = []
    used: set[int] = set()
    covered = set(by_token)
    for ent in doc.ents:
        if not mask[ent.start] or any(i in covered for i in range(ent.start, ent.end)):
            continue
        if ent.label_ == "PERSON":
            person, consumed = _resolve_person(doc, ent, by_token)
        elif ent.label_ == "ORG":
            person, consumed = _resolve_organisation(doc, ent, by_token)
        else:
            continue
        found.append(person)
        used |= consumed
    taken = {i for f in found for i in range(f.start, f.end)}
    for start, end, entry in lexicon_hits:
        if start in used or start in taken:
            continue
        resolved = _resolve_name(doc, start, end, entry)
        if resolved is not None:
            found.append(resolved)
    found = _surnames(doc, mask, found)
    found.extend(_pronouns(doc, mask, found))
    return replace(extraction, actors=_group(doc, found, sentences))


def _surnames(doc: Doc, mask: Sequence[bool], found: list[_Found]) -> list[_Found]:
    """A named person's surname on its own is that person, whatever the entity recogniser called it
    ("Lavrov accuses US" is often tagged as an organisation) or if it missed it."""
    people = {f.name.split()[-1]: f for f in found if f.kind == "person" and len(f.name.split()) > 1}
    result = []
    for item in found:
        person = people.get(item.name) if item.kind == "organization" and not item.key else None
        result.append(replace(person, start=item.start, end=item.end, rule="coref:surname") if person else item)
    taken = {i for f in result for i in range(f.start, f.end)}
    for token in doc:
        person = people.get(token.text) if token.pos_ == "PROPN" and mask[token.i] else None
        if person is not None and token.i not in taken:
            result.append(replace(person, start=token.i, end=token.i + 1, rule="coref:surname"))
    return result


def _pronouns(doc: Doc, mask: Sequence[bool], found: list[_Found]) -> list[_Found]:
    """he/she/his/her → the most recent person named before it (recency; gender is not known from
    names alone, so it is not used yet)."""
    people = sorted((f for f in found if f.kind == "person" and f.rule.startswith("person:")), key=lambda f: f.start)
    resolved = []
    for token in doc:
        if not mask[token.i] or token.lower_ not in PERSONAL_PRONOUNS or token.pos_ != "PRON":
            continue
        before = [p for p in people if p.end <= token.i]
        if before:
            last = before[-1]
            resolved.append(replace(last, start=token.i, end=token.i + 1, rule="coref:pronoun-recency"))
    return resolved


def _group(doc: Doc, found: list[_Found], sentences: Sequence[int]) -> tuple[Actor, ...]:
    canonical = _merge_people([f for f in found if f.kind == "person" and f.rule.startswith("person:")])
    groups: dict[tuple[str, ...], list[_Found]] = {}
    for item in sorted(found, key=lambda f: f.start):
        if item.kind == "person" and item.name in canonical:
            item = replace(item, name=canonical[item.name])
        groups.setdefault(_group_key(item), []).append(item)
    actors = []
    for number, items in enumerate(groups.values(), start=1):
        titled = next((i for i in items if i.key or i.sector), items[0])
        if titled.kind == "person":
            name = max((i.name for i in items), key=len)
        elif titled.key:
            name = gazetteer().actor_name(titled.key, titled.sector)
        else:
            name = titled.name
        actors.append(
            Actor(
                id=f"A{number}",
                name=name,
                kind=titled.kind,
                key=titled.key,
                code=titled.code,
                mentions=tuple(
                    Mention(doc[i.start].idx, doc[i.end - 1].idx + len(doc[i.end - 1]), sentences[i.start], i.rule)
                    for i in items
                ),
                members=titled.members,
            )
        )
    return tuple(actors)


def actor_at(extraction: Extraction, start: int, end: int) -> Actor | None:
    """The actor with a mention overlapping the characters [start, end), the tightest one first."""
    best: tuple[int, Actor] | None = None
    for actor in extraction.actors:
        for mention in actor.mentions:
            if mention.start < end and start < mention.end:
                size = mention.end - mention.start
                if best is None or size < best[0]:
                    best = (size, actor)
    return best[1] if best else None


def reference(actor: Actor | None, text: str) -> ActorRef:
    """How a quote or event names an actor; the bare words when no actor was resolved."""
    if actor is None:
        return ActorRef(name=text)
    return ActorRef(name=actor.name, key=actor.key, code=actor.code, actor=actor.id)
