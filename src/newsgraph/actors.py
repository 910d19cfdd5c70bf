"""Actors stage: find every mention of a person, government, organisation or group and code it.

Names come from the gazetteer (countries, capitals, seats of power, organisations, groups of
countries) and from spaCy's named entities (people, other organisations). A person's country and
sector come from the title words around the name ("Russian Foreign Minister Sergei Lavrov", "Pierre
Levy, the French ambassador"); a country name takes the sector of the noun it modifies ("Russian
diplomats" → RUS GOV). Mentions that do not name anyone — surnames, pronouns, role descriptions —
are linked to named actors by :mod:`newsgraph.coref`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

import gender_guesser.detector
from spacy.tokens import Doc, Span, Token

from . import coref
from .gazetteer import NGO_KEY, NO_DEFAULT, STATE_SECTORS, Entry, SectorWord, folded, gazetteer
from .lexicon import table, word_list
from .mentions import Found
from .places import place_named
from .records import Actor, ActorRef, Article, Extraction, Mention
from .syntax import (
    content_mask,
    dateline_of,
    entity_at,
    quoted_token_mask,
    sentence_ids,
    sentence_of,
    subject_of,
)

__all__ = ["COMPONENT", "Addition", "actor_at", "add_actors", "attach_mentions", "reference", "sector_of_noun"]

COMPONENT = "newsgraph.actors.v2"

#: A capital (or a country) after one of these prepositions is where something happened, not who did
#: it: "a press conference in Moscow", "fighting in eastern Ukraine".
CAPITAL_PLACE_PREPOSITIONS = word_list("capital-place-prepositions")
DIRECTIONAL_PREPOSITIONS = word_list("directional-prepositions")
COUNTRY_PLACE_PREPOSITIONS = word_list("country-place-prepositions")
#: Prepositions before what an act is aimed at ("sanctions against Ghana", "talks with Mali").
TARGET_PREPOSITIONS = word_list("target-prepositions")
#: The sectors of a country-keyed actor that make it a group of people rather than the state.
GROUP_SECTORS = frozenset({"CVL", "OPP", "REB", "NGO", "BUS", "MED", "LAB", "EDU", "REL"})
#: Kinds of named body that, with no country given, belong to the dateline's: local NGOs, firms, media,
#: parties, churches.
TITLED_BODY_SECTORS = frozenset({"NGO", "BUS", "MED", "OPP", "REL"})
#: Quote marks around a nickname inside a name: "Jimmy “Barbecue” Cherizier".
OPENING_QUOTES = frozenset({"“", "‘", '"', "'"})
CLOSING_QUOTES = frozenset({"”", "’", '"', "'"})
#: Forms of address that stand before a name but are not part of it.
HONORIFICS = word_list("honorifics")
#: Plural nouns that make a country adjective a group of countries' people ("Russians") are in the
#: lexicon; these make a listed group's members explicit: "Western countries, including the US".
MEMBER_LIST_WORDS = word_list("member-list-words")
#: Titles that say a person holds office but not which one: "his Egyptian counterpart".
WEAK_TITLES = word_list("weak-titles")
#: Words for a polity that "of" names: "the breakaway region of Somaliland", "the Republic of Korea".
POLITY_NOUNS = word_list("polity-nouns")
#: Titles of people who serve another: "an adviser to the president".
AIDE_NOUNS = word_list("aide-nouns")
#: Titles that say what a person is, not the office they hold: "Lao diplomat Alounkeo Kittikhoun".
PROFESSION_TITLES = word_list("profession-titles")
#: "London-based", "Gaza-born": the place a hyphenated participle makes of a name.
PLACE_PARTICIPLES = word_list("place-participles")

PLACE_NOUNS = word_list("place-nouns")
PLACE_KINDS = ("capital", "region", "contextual", "country")
#: The label of an organisation's name joined from two entities the recogniser cut it into.
JOINED_ORG = "ORG_JOINED"
#: The rules that name a firm or medium itself (not "Russian companies").
FIRM_NAME_RULES = ("name:seat", "name:organization-entity")
#: Head nouns of citizens' bodies ("the Third World Water Forum"), non-governmental unless the name says so.
CIVIL_BODY_NOUNS = word_list("civil-body-nouns")


# --- names from the lexicon ------------------------------------------------------------------------


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
        article_kept = entry.kind == "group" or (entry.kind == "contextual" and words[i].lower() == "the")
        if article_kept and i + length < len(doc) and doc[i + length].is_title:
            i += 1  # "the West Bank", "the Gulf Cooperation Council": a longer name goes on
            continue
        found.append((i, i + length, entry))
        i += length
    return _with_generic_institutions(doc, found)


def _with_generic_institutions(doc: Doc, found: list[tuple[int, int, Entry]]) -> list[tuple[int, int, Entry]]:
    """Names of several words that many states give a body ("Security Council", "Joint Chiefs of
    Staff") are that state's when its country comes first ("South Korea's Joint Chiefs of Staff", the
    Russian Security Council), and no match at all inside a longer name ("the National Security
    Council", which the recogniser's organisation reads whole)."""
    result: list[tuple[int, int, Entry]] = []
    for start, end, entry in found:
        before = result[-1] if result else None
        owner_gap = start - before[1] if before else None
        possessive = owner_gap == 1 and doc[start - 1].lower_ in ("'s", "’s")
        if entry.kind not in ("seat", "igo") or end - start < 2:
            result.append((start, end, entry))
        elif before and before[2].kind in ("country", "adjective") and (owner_gap == 0 or possessive):
            key = before[2].key
            sector = entry.sector if entry.kind == "seat" else "GOV"
            result.append((start, end, Entry(key, sector, "seat", gazetteer().country_names.get(key, key))))
        elif start > 0 and not (before and owner_gap == 0) and _opens_longer_name(doc[start - 1], start, end):
            continue
        else:
            result.append((start, end, entry))
    return result


def _opens_longer_name(token: Token, start: int, end: int) -> bool:
    """Is the capitalised word before a match part of the same name ("National" in "National
    Security Council")?"""
    return token.is_title and token.pos_ in ("PROPN", "ADJ") and start <= token.head.i < end and token.i > 0


def _sector_phrase(doc: Doc, first: int, last: int) -> tuple[int, str | None, bool] | None:
    """The longest sector word that ends at token ``last`` and starts at or after ``first``:
    (its first token, sector, names a person). Plural heads fall back to their singular."""
    words = [t.text for t in doc[first : last + 1]]
    lexicon = gazetteer()
    for offset in range(len(words)):
        hit = lexicon.sector_word(words, offset)
        if hit and offset + hit[0] == len(words):
            return first + offset, hit[1].sector, hit[1].person
    head = doc[last]
    if head.tag_ in ("NNS", "NNPS"):
        for offset in range(len(words)):
            singular = [*words[offset:-1], head.lemma_]
            hit = lexicon.sector_word(singular, 0)
            if hit and hit[0] == len(singular):
                return first + offset, hit[1].sector, hit[1].person
    return None


def _inside_place_name(doc: Doc, start: int, end: int) -> bool:
    """Is the name the first part of a longer place name the recogniser found, ending in no word for
    an actor ("the Indian Ocean", "British Columbia"; not "the Indian Army")?"""
    entity = entity_at(doc[start])
    if entity is None or entity.label_ not in ("GPE", "LOC", "FAC") or entity.end <= end:
        return False
    if entity.start != start and not (entity.start == start - 1 and doc[entity.start].lower_ == "the"):
        return False
    return _sector_phrase(doc, end, entity.end - 1) is None


def _only_a_place(entry: Entry, root: Token) -> bool:
    """Is this name only where something happened ("talks in Moscow", "fighting in Ukraine")?
    After "to", "from" or "for" a capital is a place when the phrase hangs on a verb or noun of
    movement ("travelled to Kyiv", "a flight from Tehran"), and an actor otherwise ("support for
    Kyiv", "a response from Tehran", "a signal to Moscow")."""
    placeable = entry.kind in PLACE_KINDS
    if not placeable or root.dep_ != "pobj" or _shared_by_countries(entry):
        return False  # "in Congress" is still the legislature, not a place
    preposition = root.head.lower_
    if any(t.lower_ == "whose" for c in root.children if c.dep_ == "relcl" for t in c.subtree):
        return False  # "a war drawing in Burundi, whose troops are already fighting": said to act
    if preposition == "of" and root.head.head.lemma_.lower() in POLITY_NOUNS:
        return False  # "the breakaway region of Somaliland": its name, not a place in it
    if preposition == "into":
        return True  # "fled into India" (but "pulled its troops out of Mali" leaves Mali, a target)
    if preposition in DIRECTIONAL_PREPOSITIONS and root.head.head.lemma_.lower() in coref.MOVEMENT_WORDS:
        return True  # "travelled to Kyiv", "by train from Poland", "the road to Georgia"
    if entry.kind == "country":
        return preposition in COUNTRY_PLACE_PREPOSITIONS
    if preposition in DIRECTIONAL_PREPOSITIONS:
        return root.head.head.lemma_.lower() in coref.MOVEMENT_WORDS
    return preposition in CAPITAL_PLACE_PREPOSITIONS


def _shared_by_countries(entry: Entry) -> bool:
    """A contextual name only countries share ("Congress"): an institution of each, not a city."""
    return entry.kind == "contextual" and all(c in gazetteer().country_names for c in entry.candidates)


def _choose_candidate(
    entry: Entry, doc: Doc, start: int, hits: Sequence[tuple[int, int, Entry]], home: str | None
) -> str:
    """Which of a contextual seat's candidates the text means: the first named in the same sentence,
    else anywhere in the article, else the dateline's country, else the default (the last). A name
    that only countries share ("Congress") is the country named just before it ("Brazil's Congress",
    "the Mexican Congress"), else the story's own: the dateline's country, else the candidate the article names most."""
    named_anywhere = [e.key for _, _, e in hits]
    if _shared_by_countries(entry):
        named_before = [e.key for s, end, e in hits if start - 3 <= s and end <= start]
        for choice in (*named_before, home):
            if choice in entry.candidates:
                return choice
        counts = {c: named_anywhere.count(c) for c in entry.candidates if c in named_anywhere}
        return max(counts, key=lambda c: (counts[c], c == entry.candidates[-1])) if counts else entry.candidates[-1]
    sentence = sentence_of(doc[start])
    named_here = [e.key for s, _, e in hits if sentence.start <= s < sentence.end]
    for pool in (named_here, named_anywhere, [home]):
        for candidate in entry.candidates[:-1]:
            if candidate in pool:
                return candidate
    return entry.candidates[-1]


def _resolve_name(
    doc: Doc,
    start: int,
    end: int,
    entry: Entry,
    hits: Sequence[tuple[int, int, Entry]],
    in_heading: bool = False,
    home: str | None = None,
) -> Found | None:
    """A country, capital, seat, organisation or group name, widened to the noun it modifies when
    that noun tells a sector ("Russian diplomats" → RUS GOV; "Moscow police" → RUS COP). None when the
    name is only a place ("a press conference in Moscow")."""
    root = doc[start:end].root
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in PLACE_PARTICIPLES:
        return None  # "a London-based group": where it is, not who
    if entry.kind == "adjective" and _inside_place_name(doc, start, end):
        return None  # "the Indian Ocean", "British Columbia", "the Russian Far East"
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "led" and doc[end + 1].head.i > end:
        # "a Kenyan-led force", "the Saudi-led coalition": the body it leads, the noun's sector if any;
        # "the ethnic Albanian-led government" of Kosovo is where that people lives
        noun = doc[end + 1].head
        found = _sector_phrase(doc, noun.i, noun.i)
        sector = found[1] if found else None
        kind = "group" if sector in GROUP_SECTORS else "country"
        key = (coref.scene_country(noun) or home or entry.key) if _ethnic(doc, start, entry) else entry.key
        name = gazetteer().actor_name(key, sector)
        return Found(start, noun.i + 1, kind, name, key, sector, f"name:{entry.kind}+led")
    key, sector, kind = entry.key, entry.sector, _kind_of(entry)
    if entry.kind == "contextual":
        key = _choose_candidate(entry, doc, start, hits, home)
        if key == NO_DEFAULT:
            return None  # "the North" in a story naming no Korea
        kind = "country" if key in gazetteer().country_names else "group" if key in _region_keys() else "organization"
        sector = None if kind == "organization" else entry.sector
    is_capital = entry.kind in ("capital", "region", "contextual")
    rule, last, title, plural = f"name:{entry.kind}", end - 1, "", entry.kind == "people"
    if entry.kind == "adjective" and root.pos_ in ("NOUN", "PROPN") and root.dep_ not in ("amod", "compound", "nmod"):
        sector, kind, plural = "CVL", "group", True  # "millions of Sudanese": the adjective as a people
    if root.dep_ == "conj" and root.head.dep_ in ("amod", "compound", "nmod") and root.head.head.i >= end:
        root = root.head  # "US and British warships": the second adjective modifies what the first does
    if root.dep_ in ("amod", "compound", "poss", "nmod") and root.head.i >= end:
        found = _sector_phrase(doc, end + (1 if root.dep_ == "poss" else 0), root.head.i)
        # "Chinese coast guard ships": the sector word may end before the head, on a compound of it
        for modifier in sorted(
            (c for c in root.head.children if c.dep_ == "compound" and c.i >= end), key=lambda c: -c.i
        ):
            found = found or _sector_phrase(doc, end, modifier.i)
        if found is None and root.dep_ == "poss":
            found = _sector_phrase(doc, end, root.head.i)
        if found is not None:
            first, head_sector, person = found
            body = _sector_phrase(doc, end, first - 1) if person and head_sector in (None, "GOV") else None
            if body is not None and body[1] and not body[2]:
                head_sector = body[1]  # "a Japanese coast guard official" speaks for the coast guard: COP
            if kind == "organization":  # an organisation keeps its own code: "NATO troops", "EU officials"
                head_sector = None
            elif entry.kind == "seat" and sector:  # "Basij militia", "Hamas fighters": the body's sector
                head_sector = sector
            sector = head_sector or sector or ("GOV" if person else None)
            last, title, rule = root.head.i, doc[first : root.head.i + 1].text.lower(), f"name:{entry.kind}+sector-word"
            if root.conjuncts:  # "Hungarian and Romanian officials": each adjective its own actor
                last = end - 1
            plural = doc[last].tag_ in ("NNS", "NNPS")
            if person:
                kind = "group" if plural else "person"
            elif sector in GROUP_SECTORS:
                kind = "group"
        elif is_capital and root.dep_ != "poss" and not in_heading:
            return None  # "Kyiv region", "Moscow time": a place that modifies something else
    elif _only_a_place(entry, root):
        return _located_group(doc, root, entry, hits)
    if root.dep_ == "poss" and not title and root.head.lemma_.lower() in PLACE_NOUNS and entry.kind in PLACE_KINDS:
        return None  # "in Pakistan's Balochistan province", "off Japan's northern coast": a place
    if kind == "country" and sector in GROUP_SECTORS:
        kind = "group"
    if entry.kind == "people":
        key = _country_of_residence(doc, root, start, hits) or key
        if start > 0 and doc[start - 1].lower_ == "the" and last == end - 1:
            # "The Americans do not want talks": the people with the article is the state (still
            # "they" in what follows)
            sector, kind = None, "country"
    if _ethnic(doc, start, entry) and sector not in STATE_SECTORS:
        # "ethnic Serb protesters" in a story from Pristina: CAMEO codes a people by where it lives (but
        # "Serb forces" are a state's)
        key = _country_of_residence(doc, root, start, hits) or coref.scene_country(doc[last]) or home or key
    members = entry.members or (_listed_members(doc, root, hits) if entry.kind == "group" else ())
    name = doc[start : last + 1].text if kind == "person" else entry.name
    if entry.kind == "seat" and entry.sector in ("BUS", "MED") and sector == entry.sector:
        name = doc[start:end].text  # a firm or medium by its own name: "Rheinmetall", "Al Jazeera"
    return Found(start, last + 1, kind, _clean_name(name), key, sector, rule, members, title=title, plural=plural)


def _located_group(doc: Doc, place: Token, entry: Entry, hits: Sequence[tuple[int, int, Entry]]) -> Found | None:
    """ "Rebels in the Ivory Coast", "security forces in Guinea", "opposition groups in Zimbabwe": a
    group with no nationality of its own is of the country it is in ("al-Qaeda commanders in Yemen"
    have one)."""
    holder = place.head.head
    if holder.pos_ not in ("NOUN", "PROPN") or holder.i >= place.i:
        return None
    if any(holder.left_edge.i <= start < holder.i for start, _, _ in hits):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in holder.children):
        return None  # "a state of siege in Haiti", "the head of security in Gaza": not a group
    held = holder.head if holder.dep_ == "conj" else holder
    if held.dep_ == "dobj" and held.head.lemma_.lower() in coref.HOLDING_VERBS:
        return None  # "Ethiopia has troops in Somalia": whose they are is who has them (coreference)
    if entry.kind not in ("country", "contextual", "capital", "region") or (
        entry.kind == "contextual" and not _shared_by_countries(entry)
    ):
        return None  # "leaders in Brussels" may be the EU's, NATO's or Belgium's
    found = _sector_phrase(doc, holder.left_edge.i, holder.i)
    if found is None or not found[1]:
        return None
    first, sector, person = found
    # "the US commander in Iraq" is not Iraq's (the check above), but "a defence ministry official in
    # Belgrade" is Belgrade's: a person with no country of their own, where a capital is their seat
    if person and holder.tag_ not in ("NNS", "NNPS") and entry.kind not in ("capital", "region"):
        return None
    key = entry.candidates[-1] if entry.kind == "contextual" else entry.key
    if entry.kind == "region" and sector in STATE_SECTORS:
        sector = entry.sector  # "officials in Hargeisa" speak for the breakaway region, not the state it left
    kind = "group" if person or sector in GROUP_SECTORS else "country"
    name = gazetteer().actor_name(key, sector)
    return Found(first, holder.i + 1, kind, name, key, sector, "name:group-located-in", plural=True)


def _ethnic(doc: Doc, start: int, entry: Entry) -> bool:
    """Does the name say a people rather than a state: "ethnic Albanians", "Serb protesters" (where
    "Serbian" would be the state's), "Rohingya refugees"?"""
    if entry.kind not in ("adjective", "people"):
        return False
    return doc[start].lower_ in coref.ETHNIC_NAMES or (start > 0 and doc[start - 1].lower_ == "ethnic")


def _country_of_residence(doc: Doc, people: Token, start: int, hits: Sequence[tuple[int, int, Entry]]) -> str | None:
    """CAMEO codes a people by where it lives: "Bosnian Serbs" are Bosnia's, "ethnic Albanians in
    south Serbia" Serbia's."""
    before = next((e for s, e_, e in hits if e_ == start and e.kind in ("adjective", "country")), None)
    if before is not None:
        return before.key
    for prep in (c for c in people.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "from")):
        for place in prep.subtree:
            hit = next((e for s, _, e in hits if s == place.i and e.kind in ("country", "capital")), None)
            if hit is not None:
                return hit.key
    return None


@cache
def _region_keys() -> frozenset[str]:
    """The keys of groups of countries ("EUR", "WST"), as opposed to organisations."""
    return frozenset(e.key for e in gazetteer().names.values() if e.kind == "group")


def _kind_of(entry: Entry) -> str:
    return {"igo": "organization", "people": "group", "group": "group"}.get(entry.kind, "country")


def _listed_members(doc: Doc, root: Token, hits: Sequence[tuple[int, int, Entry]]) -> tuple[str, ...]:
    """The countries a group names for itself: "Western countries, including the US and France"."""
    tokens: list[Token] = []
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in MEMBER_LIST_WORDS:
            tokens.extend(t for pobj in child.children if pobj.dep_ == "pobj" for t in pobj.subtree)
        elif child.dep_ == "appos":
            tokens.extend(child.subtree)
    positions = {t.i for t in tokens}
    return tuple(dict.fromkeys(e.key for s, _, e in hits if s in positions and e.kind in ("country", "capital")))


# --- named people and organisations ---------------------------------------------------------------


def _body_sector(doc: Doc, name: Span) -> str | None:
    """The sector of the word for a body, not a person, that the name follows ("the rights group
    Foro Penal" NGO, "defence firm Rheinmetall" BUS), whatever the recogniser called the name."""
    before = [t for t in _title_tokens(doc, name) if t.i < name.start]
    described = _sector_phrase(doc, before[0].i, before[-1].i) if before else None
    if described is None and name.start > 0:  # the parser may leave the words before unattached
        described = _sector_phrase(doc, max(0, name.start - 3), name.start - 1)
    return described[1] if described is not None and described[1] in GROUP_SECTORS and not described[2] else None


def _appositive_body_sector(doc: Doc, name: Span) -> str | None:
    """The sector of a word for a kind of body set beside the name ("…, a Colombian company,";
    "Taiwan's main opposition party, the Kuomintang,")."""
    heads = [c for c in name.root.children if c.dep_ == "appos"]
    if name.root.dep_ == "appos" and name.root.head.i < name.start:
        heads.append(name.root.head)
    for head in heads:
        described = _sector_phrase(doc, head.left_edge.i, head.i)
        if described is not None and described[1] in GROUP_SECTORS and not described[2]:
            return described[1]
    return None


def _named_body(doc: Doc, name: Span) -> bool:
    return _body_sector(doc, name) is not None


def _title_tokens(doc: Doc, name: Span) -> list[Token]:
    """The words that give a named person's office: modifiers to the left of the name in its noun
    phrase ("Iran's Foreign Minister ..."), appositions either side ("..., Russia's top diplomat";
    "the French ambassador to Moscow, Pierre Levy"), skipping places after a preposition other than
    "of" (an ambassador TO Moscow speaks for the sending country)."""
    tokens: list[Token] = []
    i = name.start - 1
    while i >= 0 and (doc[i].i < doc[i].head.i < name.end or doc[i].dep_ == "case" or _inside_title(doc, i, name)):
        tokens.insert(0, doc[i])
        i -= 1
    root = name.root
    appositive_head = root.head
    holder = appositive_head.head.head
    if root.dep_ == "appos" and appositive_head.dep_ == "pobj" and holder.pos_ == "NOUN":
        # "the German ambassador to Kyiv, Martin Brandt": the parser may hang the name on the place
        appositive_head = holder
    # "King Hassan of Morocco", "President Laurent Gbagbo of Ivory Coast"
    tokens.extend(t for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree)
    # (a bare country name is no appositive of a person: "…, Shahin Mustafayev, Armenia will hand back"
    # is the parser joining a clause's subject to the name before it)
    phrases = [c for c in root.children if c.dep_ == "appos" and not _bare_country_name(c)]
    if root.dep_ == "appos":
        phrases.append(appositive_head)
    # ("Nabih Berri, a Hezbollah ally": an ally, a critic or a rival holds no office of the body named)
    phrases = [p for p in phrases if p.lemma_.lower() not in coref.RELATION_NOUNS]
    # "Stephanie Koury, who heads the UN Support Mission in Libya": what they head, chair or lead
    for clause in (c for c in root.children if c.dep_ == "relcl" and c.lemma_.lower() in coref.CAPACITY_VERBS):
        phrases.extend(c for c in clause.children if c.dep_ == "dobj")
    for head in phrases:
        tokens.extend(t for t in _phrase_without_places(head) if not (name.start <= t.i < name.end))
    return tokens


def _in_apposition(doc: Doc, i: int, name: Span) -> bool:
    """Does token ``i`` own a role set off beside the name ("The OSCE's current chair, …"), rather
    than stand in its title ("Russia's UN ambassador, Vassily Nebenzia")?"""
    owner = doc[i].dep_ == "poss" or (doc[i].dep_ == "pobj" and doc[i].head.lower_ == "of")
    return owner and any(t.dep_ == "appos" or (name.root in t.children and name.root.dep_ == "appos")
                         for t in doc[i].ancestors if not name.start <= t.i < name.end)  # fmt: skip


def _office_before(doc: Doc, name: Span, title_tokens: Sequence[Token]) -> list[int]:
    """The title right before a name, when it names an office ("The OSCE's current chair, Maltese
    Foreign Minister Ian Borg" is Malta's minister, chairing the OSCE in apposition); not when it only
    says what the person is ("ASEAN's special envoy, Lao diplomat Alounkeo Kittikhoun" is ASEAN's)."""
    before = sorted(t.i for t in title_tokens if t.i < name.start and t.i >= name.start - 5)
    found = _sector_phrase(doc, before[0], name.start - 1) if before and before[-1] == name.start - 1 else None
    if found is None or not found[2] or doc[found[0] : name.start].text.lower() in PROFESSION_TITLES:
        return []
    return before


def _bare_country_name(token: Token) -> bool:
    return _country_named(token.text) is not None and not list(token.children)


def _inside_title(doc: Doc, i: int, name: Span) -> bool:
    """Is token ``i`` part of a title with "of" that runs up to the name: "Secretary of State",
    "Minister of Foreign Affairs" (the parser hangs "of State" on "Secretary", not on the name)?"""
    token = doc[i]
    if token.lower_ == "of" and i + 1 < name.start:
        return token.head.i < i and doc[i + 1].is_title
    if token.dep_ in ("pobj", "compound", "amod") and token.is_title:
        ancestors = list(token.ancestors)
        reaches_name = any(name.start <= a.i < name.end for a in ancestors)
        return reaches_name and any(a.lower_ == "of" for a in ancestors[:2])
    return False


def _phrase_without_places(head: Token) -> list[Token]:
    tokens = [head]
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "to" and head.lemma_.lower() in AIDE_NOUNS:
            # "a foreign policy adviser to Azerbaijan's president": the country of whom an aide serves
            # (not the served one's title, nor a place)
            tokens.extend(t for t in child.subtree if t.pos_ in ("PROPN", "ADJ"))
            continue
        if child.dep_ == "prep" and child.lower_ not in ("of", "from"):  # "a lawmaker from the opposition party"
            continue
        if child.dep_ in ("appos", "relcl", "acl", "punct", "cc", "conj"):
            continue
        tokens.extend(child.subtree)
    return tokens


@cache
def _gender_words() -> dict[str, str]:
    return {row["word"]: row["gender"] for row in table("gender_words.tsv")}


@cache
def _name_genders() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


def _gender(first_name: str, title_words: Sequence[str]) -> str | None:
    for word in title_words:
        if word.lower() in _gender_words():
            return _gender_words()[word.lower()]
    if first_name.lower() in _gender_words():
        return _gender_words()[first_name.lower()]
    guess = _name_genders().get_gender(first_name)
    return {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}.get(guess)


def _title_code(
    doc: Doc, tokens: Sequence[Token], matches: dict[int, tuple[int, int, Entry]], leading: Sequence[int] = ()
) -> tuple:
    """(key, sector, title words, lexicon matches used) from a person's or organisation's title; the
    ``leading`` positions give the key first, else the first in the text does."""
    key = entry_sector = None
    used: set[int] = set()
    positions = sorted(t.i for t in tokens)
    for i in [*leading, *(i for i in positions if i not in leading)]:
        # "leader of the Belgrade-backed Serb List": a sponsor, not the body's country
        if i in matches and matches[i][2].kind != "group" and not coref.is_sponsor(doc[i]):
            start, _end, entry = matches[i]
            used.add(start)
            if key is None and entry.key != NO_DEFAULT:
                key = entry.key
                entry_sector = entry.sector if entry.kind in ("seat", "region", "igo") else None
    words = [doc[i].text for i in positions]
    person_sector = other_sector = None
    person_title = ""
    best = 0
    for offset in range(len(words)):
        hit = gazetteer().sector_word(words, offset)
        if hit is None:
            continue
        length, word = hit
        if word.person and length >= best:
            best, person_sector, person_title = length, word.sector, " ".join(words[offset : offset + length])
        elif not word.person and other_sector is None:
            other_sector = word.sector
    # the body a person speaks for sets the sector: "Hamas official" is REB, "EU foreign policy chief" IGO,
    # "army spokesman" MIL, "coast guard official" COP (an official or spokesman as such is GOV)
    if person_sector in (None, "GOV") and other_sector:
        person_sector = other_sector
    sector = entry_sector or person_sector or other_sector
    if sector == "LEG" and "opposition" in (w.lower() for w in words):
        sector = "OPP"  # "a lawmaker from the opposition Democratic Party"
    if key and not sector and person_title:
        sector = "GOV"  # a spokesman or aide of a country, with no other word, speaks for its government
    return key, sector, person_title.lower(), used


def _resolve_person(
    doc: Doc, name: Span, matches: dict[int, tuple[int, int, Entry]], year: int | None
) -> tuple[Found, set[int]]:
    """A named person with the country and sector their title gives (else the people dictionary,
    for "Putin said"); also the lexicon matches the title used up (so that "Russian" in "Russian
    Foreign Minister" is not a second actor)."""
    title_tokens = _title_tokens(doc, name)
    key, sector, title, used = _title_code(doc, title_tokens, matches, _office_before(doc, name, title_tokens))
    person_name, rule = _clean_name(name.text), "person:title" if key or sector else "person:name"
    known = gazetteer().person(person_name, year)
    if known is not None and key in (None, known.key):
        # the dictionary fills what the title leaves out: "his Egyptian counterpart, Badr Abdelatty";
        # where the title names no country, its sector word is too vague to beat the dictionary's
        if not title or title in WEAK_TITLES:
            title = known.role
        sector = sector if key else known.sector
        # the dictionary's spelling, so that "Putin", "Omar El Bashir" and "Francois Mitterand" join
        # their person across articles
        key, rule, person_name = known.key, "person:dictionary", known.name
    elif not title and len(person_name.split()) == 1:
        rule = "person:single-name"  # kept only if a full name in the article claims it (coref)
    elif not title and sector is None and _age_beside(doc, name):
        sector, rule = "CVL", "person:age"  # a private person; their country comes from the scene
    # "Lin Jian": an East Asian family name first is no given name to guess a gender from
    words = person_name.split()
    given = words[0] if len(words) < 2 or words[0].lower() not in coref.EAST_ASIAN_FAMILY_NAMES else ""
    gender = _gender(given, [t.text for t in title_tokens] + [title])
    found = Found(name.start, name.end, "person", person_name, key, sector, rule, title=title, gender=gender)
    return found, used


def _resolve_organisation(
    doc: Doc, ent: Span, matches: dict[int, tuple[int, int, Entry]]
) -> tuple[Found | None, set[int]]:
    """A named organisation not in the lexicon; its country from a modifier inside or before it
    ("the Russian Foreign Ministry", "Ukraine's General Staff")."""
    found = _sector_phrase(doc, ent.start, ent.end - 1)
    if found is None and not any(t.is_title or t.is_upper for t in ent if t.lower_ != "the"):
        # "what the coast guard called law enforcement": the recogniser's organisation with no capital
        # letter and no body's word at its end is no name; a description may still cover its words
        return None, set()
    titles = _title_tokens(doc, ent)
    key, _sector, _title, used = _title_code(doc, [*titles, *ent], matches)
    sector = found[1] if found else None
    # "the rights group Foro Penal", "defence firm Rheinmetall", "Minera Cerro Azul, a Colombian
    # company": the kind of body its title or appositive says
    sector = sector or _body_sector(doc, ent) or _appositive_body_sector(doc, ent)
    if key is None and found is not None and all(t.is_lower or t.lower_ == "the" for t in ent):
        return None, used  # "the foreign ministry": a description for coreference, not a name
    if key is None and sector == "NGO" and any(w.lower() in coref.REGION_WORDS for w in ent.text.split()):
        # "Southeast Asia Accountability Watch", "Human Rights Watch Africa": across borders, of no state
        # (known now, so that "the group's deputy director" can be its own)
        key, sector = NGO_KEY, None
    if sector is None and ent.root.lemma_.lower() in CIVIL_BODY_NOUNS:
        # "the Third World Water Forum", "the Iranian Writers' Association": a body of citizens
        key, sector = (key, "NGO") if key else (NGO_KEY, None)
    title = doc[found[0] : ent.end].text.lower() if found else ""
    kind = "country" if key and sector else "organization"
    if kind == "country" and sector in GROUP_SECTORS:
        kind = "group"
    name = _clean_name(ent.text)
    return Found(ent.start, ent.end, kind, name, key, sector, "name:organization-entity", title=title), used


def _name_only(doc: Doc, ent: Span) -> Span | None:
    """The person's name without title words the recogniser took in ("Spokeswoman Maria Zakharova",
    "Sheikh Mohammed"), and with a surname it cut off ("Bilawal Bhutto | Zardari")."""
    start, end = ent.start, ent.end
    # a name holds no title words: cut after the last one ("Caretaker Interior Minister Sarfraz Bugti")
    words = [t.text for t in ent]
    for offset in range(len(words)):
        hit = gazetteer().sector_word(words, offset)
        after = offset + hit[0] if hit else 0
        hyphenated = hit is not None and ("-" in words[offset + 1 : after + 1] or words[offset - 1 : offset] == ["-"])
        if hit is not None and after < len(words) and not hyphenated:  # "Amir-Abdollahian" is a name
            start = max(start, ent.start + after)
    while start < end - 1 and (gazetteer().sector_word([doc[start].text], 0) or doc[start].lower_ in HONORIFICS):
        start += 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end - 1].head.i >= end:
        end += 1
    # a nickname in quote marks cut the name ("Jimmy “Barbecue” Cherizier"): take in the surname
    opened = sum(t.text in OPENING_QUOTES for t in doc[start:end]) > sum(
        t.text in CLOSING_QUOTES for t in doc[start:end]
    )
    if opened and end + 1 < len(doc) and doc[end].text in CLOSING_QUOTES and doc[end + 1].pos_ == "PROPN":
        end += 2
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
    if start == end - 1 and (gazetteer().sector_word([doc[start].text], 0) or doc[start].lower_ in HONORIFICS):
        return None
    return doc[start:end]


def _titled_names_missed(doc: Doc, mask: Sequence[bool], found: list[Found], taken: set[int]) -> list[Span]:
    """Names the recogniser missed or called a place, in apposition to a person's title: "the
    Venezuelan ambassador to the UN, Ana Beatriz Ruiz,"; "Kenzo Oshima, the UN relief coordinator,".
    Two to four title-case proper nouns, none of them in the lexicon or another mention."""
    covered = taken | {i for f in found for i in range(f.start, f.end)}
    names = []
    for token in doc:
        if token.pos_ != "PROPN" or token.i in covered or not mask[token.i] or token.dep_ == "compound":
            continue
        parts = [c for c in token.lefts if c.dep_ == "compound"]
        span = doc[min((c.left_edge.i for c in parts), default=token.i) : token.i + 1]
        # "Han Mi-ryung", "Shin Won-sik": a Korean given name's second syllable after a hyphen
        hyphened = [t for t in span if t.text == "-" and 0 < t.i - span.start < len(span) - 1]
        words = [t for t in span if t not in hyphened]
        if not 2 <= len(words) <= 4 or any(t.i in covered or t.pos_ != "PROPN" for t in words):
            continue
        if any(not (t.is_title or (t.is_lower and doc[t.i - 1] in hyphened)) for t in words):
            continue
        others = ("ORG",) if hyphened else ("ORG", "NORP")  # the recogniser calls "Han" a people
        if any(t.ent_type_ == "PERSON" for t in span) or any(t.ent_type_ in others for t in span):
            continue  # a person entity the loop above already saw; an organisation's name
        titles = [c for c in token.children if c.dep_ == "appos"] + ([token.head] if token.dep_ == "appos" else [])
        if any(_person_title(doc, head) for head in titles) or _age_beside(doc, span):
            names.append(span)
    return names


def _given_name_of_a_city(doc: Doc, ent: Span, by_token: dict[int, tuple[int, int, Entry]]) -> bool:
    """Is the only lexicon name inside a person's name a city or country as their given name
    ("Wellington Koo", "Israel Katz")?"""
    hits = {by_token[i] for i in range(ent.start, ent.end) if i in by_token}
    return (
        ent.label_ == "PERSON"
        and len(ent) >= 2
        and len(hits) == 1
        and all(start == ent.start and end == start + 1 and e.kind in ("capital", "country") for start, end, e in hits)
        and doc[ent.start].dep_ == "compound"
    )


def _town_taken_for_a_person(ent: Span) -> bool:
    """Is the "person" a town the text is in ("In Kiryat Shmona, a town of 22,000")?"""
    root = ent.root
    located = root.dep_ == "pobj" and root.head.lower_ in ("in", "near", "outside", "inside")
    return located and place_named(ent.text) is not None


def _who_follows(ent: Span) -> bool:
    """Is the name of two or three title-case words followed by "who …" ("Petar Petković, who heads
    …"): a person, whatever the recogniser called it?"""
    if not 2 <= len(ent) <= 3 or not all(t.is_title for t in ent):
        return False
    clauses = (c for c in ent.root.children if c.dep_ == "relcl")
    return any(s.lower_ == "who" for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))


def _age_beside(doc: Doc, name: Span) -> bool:
    """Is the name followed by an age set off by commas ("Hawa Abakar, 27, sat with her children")?
    Wire copy gives ages for private people: a person, and a civilian unless a title says otherwise."""
    after = doc[name.end : name.end + 3]
    return (
        len(after) == 3
        and after[0].text == ","
        and after[1].text.isdigit()
        and 0 < int(after[1].text) < 120
        and after[2].text in (",", ")", ".")
    )


def _titled_beside(doc: Doc, ent: Span) -> bool:
    """Is the name set beside a person's title ("Ines Laurent, the group's project coordinator"): a
    person, whatever the recogniser called it?"""
    return _plain_name(ent) and any(_person_title(doc, c) for c in ent.root.children if c.dep_ == "appos")


def _plain_name(ent: Span) -> bool:
    """Two or three title-case proper nouns, none of them in the lexicon: a name that may be a person's."""
    if not 2 <= len(ent) <= 3 or not all(t.is_title and t.pos_ == "PROPN" for t in ent):
        return False
    return not any(gazetteer().match([t.text for t in ent], i) for i in range(len(ent)))


def _after_person_title(doc: Doc, ent: Span) -> bool:
    """A name right after a person's title ("Vice-President Moody Awori"), whatever the recogniser
    called it."""
    return ent.start > 0 and _plain_name(ent) and _names_a_person(doc, max(0, ent.start - 3), ent.start - 1)


def _person_title(doc: Doc, head: Token) -> bool:
    return head.pos_ in ("NOUN", "PROPN") and _names_a_person(doc, head.left_edge.i, head.i)


def _names_a_person(doc: Doc, first: int, last: int) -> bool:
    """Do tokens first..last end in a person's title ("the UN relief coordinator", "Vice-President")?"""
    found = _sector_phrase(doc, first, last)
    return found is not None and found[2]


def _dictionary_surnames(
    doc: Doc, mask: Sequence[bool], found: list[Found], skip: set[int], year: int | None
) -> list[Found]:
    """Proper nouns the recogniser missed that are the surname of one well-known person who held
    office that year ("Netanyahu met Blinken")."""
    taken = skip | {i for f in found for i in range(f.start, f.end)}
    named_here = {f.name.split()[-1] for f in found if f.kind == "person" and len(f.name.split()) > 1}
    people = []
    for token in doc:
        if token.i in taken or not mask[token.i] or token.pos_ != "PROPN" or not token.is_title:
            continue
        if token.text in named_here:  # "Ali" is the Irfaan Ali this article names, not a famous Ali
            continue
        known = gazetteer().person(token.text, year)
        if known is not None and known.held_in(year) and folded(known.name).split()[-1] == folded(token.text):
            gender = _gender(known.name.split()[0], [])
            people.append(Found(token.i, token.i + 1, "person", known.name, known.key, known.sector,
                                "person:dictionary", title=known.role, gender=gender))  # fmt: skip
    return people


def _with_names_cut_at_and(doc: Doc, by_token: dict[int, tuple[int, int, Entry]]) -> list[Span]:
    """The recogniser's entities, with a body's name it cut at "and" joined again ("the state-owned
    [Ethiopian Shipping] and [Logistics Services Enterprise]"): two organisations either side of "and",
    the first opening with a country adjective, are one name of that country's when the second ends
    in a word for a kind of body. The joined name is labelled ``JOINED_ORG``."""
    entities = list(doc.ents)
    result: list[Span] = []
    for index, ent in enumerate(entities):
        if result and result[-1].label_ == JOINED_ORG and result[-1].end == ent.end:
            continue
        after = entities[index + 1] if index + 1 < len(entities) else None
        hit = by_token.get(ent.start)
        if (
            after is not None
            and ent.label_ == after.label_ == "ORG"
            and after.start == ent.end + 1
            and doc[ent.end].lower_ in ("and", "&")
            and hit is not None
            and hit[2].kind == "adjective"
            and all(t.is_title for t in ent)
            and _sector_phrase(doc, after.end - 1, after.end - 1) is not None
        ):
            result.append(Span(doc, ent.start, after.end, label=JOINED_ORG))
        else:
            result.append(ent)
    return result


def _medium_or_place(ent: Span) -> bool:
    """A one-word "person" after "on", "in" or "from" is a place or a medium the tagger got wrong:
    "wrote on Twitter", "apart from Kherson"; one naming a people is no person either."""
    if len(ent) == 1 and ent.root.lower_ in coref.PEOPLES_OF_NO_STATE:
        return True  # "Sikh protesters": a people, not a person
    return len(ent) == 1 and ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("on", "in", "at", "from", "via")


def _clean_name(text: str) -> str:
    text = re.sub(r"\s*[“\"‘'][^”\"’']+[”\"’']\s*", " ", text).strip()  # a nickname: "Jimmy “Barbecue” Cherizier"
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            text = text[: -len(suffix)].rstrip()
    return text[4:] if text.lower().startswith("the ") else text


# --- the stage -----------------------------------------------------------------------------------


def add_actors(article: Article, doc: Doc, extraction: Extraction) -> Extraction:
    mask = content_mask(article, doc)
    quoted = quoted_token_mask(article, doc)
    hits = _lexicon_matches(doc, mask)
    by_token = {i: hit for hit in hits for i in range(hit[0], hit[1])}
    found: list[Found] = []
    used: set[int] = set()
    year = article.published.year if article.published else None
    # people first: their titles hold orgs
    entities = sorted(_with_names_cut_at_and(doc, by_token), key=lambda e: e.label_ != "PERSON")
    for ent in entities:
        inside = range(ent.start, ent.end)
        lexicon_inside = ent.label_ != JOINED_ORG and not _given_name_of_a_city(doc, ent, by_token)
        if not mask[ent.start] or any(i in used or (i in by_token and lexicon_inside) for i in inside):
            continue
        # a name the people dictionary holds is a person whatever the recogniser called it
        # ("Stoltenberg" tagged as an organisation)
        known = ent.label_ in ("ORG", "GPE", "NORP") and (
            gazetteer().person(_clean_name(ent.text), year) is not None
            or _after_person_title(doc, ent)
            or _who_follows(ent)
            or _titled_beside(doc, ent)
            or (_plain_name(ent) and _age_beside(doc, ent))
        )
        if (
            (ent.label_ == "PERSON" or known)
            and len(ent) <= 6
            and not _medium_or_place(ent)
            and not _town_taken_for_a_person(ent)
            and not _named_body(doc, ent)
        ):
            ent = _name_only(doc, ent)
            if ent is None:
                continue
            item, consumed = _resolve_person(doc, ent, by_token, year)
            consumed |= set(range(ent.start, ent.end))  # a name widened past the entity is taken whole
            titles = {t.i for t in _title_tokens(doc, ent)}
            # an organisation in a role set off beside the name ("Guelleh, the current chair of IGAD";
            # "The OSCE's current chair, Maltese Foreign Minister Ian Borg") is
            # still a mention of its own, as a country after the name is ("Nijjar, a Canadian citizen")
            own = {i for i in titles if i in by_token and by_token[i][2].kind == "igo"
                   and (i >= ent.end or _in_apposition(doc, i, ent))}  # fmt: skip
            used |= titles - own
            consumed -= own
        elif ent.label_ in ("ORG", JOINED_ORG) or _named_body(doc, ent):
            item, consumed = _resolve_organisation(doc, ent, by_token)
        else:
            continue
        if item is not None:
            found.append(item)
        used |= consumed
    for name in _titled_names_missed(doc, mask, found, used | set(by_token)):
        item, consumed = _resolve_person(doc, name, by_token, year)
        found.append(item)
        used |= consumed | {t.i for t in _title_tokens(doc, name)}
    found.extend(_dictionary_surnames(doc, mask, found, used | set(by_token), year))
    taken = {i for f in found for i in range(f.start, f.end)}
    headings = [(p.start, p.end) for p in article.paragraphs if p.kind in ("title", "subheading")]
    home = _dateline_country(article, doc, hits)
    for start, end, entry in hits:
        if start in used or start in taken:
            continue
        in_heading = any(a <= doc[start].idx < b for a, b in headings)
        resolved = _resolve_name(doc, start, end, entry, hits, in_heading, home)
        if resolved is not None:
            found.append(resolved)
    found = [replace(f, quoted=quoted[f.start], subject=_heads_subject(doc[f.end - 1])) for f in found]
    found = coref.link(doc, mask, quoted, found, home)
    found = _with_home_country(doc, found, home)
    found = _with_sentence_country(doc, found, hits, used)
    return replace(extraction, actors=_group(doc, found, sentence_ids(doc)))


def _heads_subject(token: Token) -> bool:
    """Is the name its clause's subject, or the first word of a subject's name ("The UN Verification
    Mission in Colombia said")?"""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


#: A dateline's country that another country outnumbers this many times over, in a story naming that
#: other at least TOPIC_MENTIONS times, is a venue, not the story's own ("MEXICO CITY" for Colombia's
#: peace talks, "DUBAI" for Iran); a close second, or a brief naming one foreign country once, is not.
VENUE_RATIO = 2
TOPIC_MENTIONS = 3
#: The lexicon entries that name a country as such (not its people, nor a name several countries share).
NAMING_KINDS = ("country", "capital", "adjective", "seat")


def _dateline_country(article: Article, doc: Doc, hits: Sequence[tuple[int, int, Entry]]) -> str | None:
    """The country of the city a story was filed from ("WARSAW, March 23 (Reuters) -"); of a
    dateline naming several bureaus ("NEW YORK/PORT-AU-PRINCE"), the one the story names most by
    name or capital (a venue such as New York is named less than the country the story is about)."""
    dateline = dateline_of(article)
    if dateline is None:
        return None
    place, *after_place = re.split(r"[(—–]|\s-", dateline.group(0))[0].split(",")
    # "GRACANICA, Kosovo (AP) —": the country a dateline names after its town (many towns share a name)
    countries = [c for part in after_place if (c := _country_named(part.strip()))]
    countries = countries or [c for city in place.split("/") if (c := _city_country(city.strip()))]
    named = Counter(e.key for _, _, e in hits if e.kind in NAMING_KINDS and e.key in gazetteer().country_names)
    filed_from = max(countries, key=lambda c: named[c], default=None)  # the first on a tie
    # a story filed from where talks are held or from a regional bureau ("MEXICO CITY" for Colombia's
    # talks, "DUBAI" for Iran) is about the country it names far more often, unless the dateline's
    # country does the lead's act ("WARSAW - Poland expelled 45 Russian diplomats" is Poland's story)
    lead = doc.char_span(dateline.end(), dateline.end() + 1, alignment_mode="expand")
    lead_sentence = sentence_of(lead[0]) if lead is not None and len(lead) else None
    in_lead = lead_sentence is not None and any(
        lead_sentence.start <= start < lead_sentence.end
        and e.key == filed_from
        and (start == lead[0].i or _doer(doc[start:end].root))  # the lead opening with it, or its subject
        for start, end, e in hits
    )
    [(most, count)] = named.most_common(1) or [(None, 0)]
    if filed_from is not None and not in_lead and named[filed_from] * VENUE_RATIO < count and count >= TOPIC_MENTIONS:
        return most
    return filed_from


def _doer(token: Token) -> bool:
    """Is the name the subject of its clause, itself or as the owner of the subject ("Poland's
    government"), and not only the one who tells of it ("…, Beijing said")?"""
    subject = token.head if token.dep_ in ("poss", "compound", "amod") else token
    return subject.dep_ in ("nsubj", "nsubjpass") and subject.head.lemma_.lower() not in coref.SPEECH_LEMMAS


def _country_named(name: str) -> str | None:
    words = name.split()
    hit = gazetteer().match(words, 0)
    return hit[1].key if hit and hit[0] == len(words) and hit[1].kind == "country" else None


def _city_country(city: str) -> str | None:
    """The country of a dateline's city, by the lexicon's capitals, else GeoNames' cities."""
    words = [w.capitalize() for w in city.split()]
    hit = gazetteer().match(words, 0)
    if hit and hit[0] == len(words) and hit[1].kind in ("capital", "region", "contextual"):
        return hit[1].candidates[-1] if hit[1].candidates else hit[1].key
    # "SAO PAULO, Oct 31 -": a city that is no capital, from GeoNames' cities
    place = place_named(" ".join(words))
    return place.country if place is not None and place.kind == "city" and place.country else None


def _with_home_country(doc: Doc, found: list[Found], home: str | None) -> list[Found]:
    """Officials and government bodies whose country the text never gives ("Interior Minister
    Mariusz Kaminski", "the Internal Security Agency") belong, as a last resort, to the country the
    story was filed from: wire copy names the local government without its nationality."""
    result = []
    sentences = sentence_ids(doc)
    # a private person's place, wherever the text gives it: any mention of them may need it
    civilians = (f for f in found if f.kind == "person" and f.sector == "CVL")
    clause_places = {f.name: place for f in civilians if (place := _place_of_their_clause(doc[f.end - 1]))}
    for item in found:
        # a spokesman or aide with no body named speaks for the government, as titled officials do
        titled = item.kind == "person" and (item.named_person or item.rule == coref.UNNAMED_ROLE) and item.title
        # an opposition leader too: "Opposition leader Levan Khabeishvili" in a story filed from Tbilisi
        official = titled and item.sector in (*STATE_SECTORS, "OPP", None)
        # and a civilian quoted by name ("said Mohammad Aslam, a shopkeeper", "…, a teacher")
        official = official or (item.kind == "person" and item.named_person and item.sector in coref.TRADE_SECTORS)
        # and a body its title gives a kind of ("the rights group Foro Penal" in a story from Caracas)
        body = item.kind == "organization" and (
            (item.title and item.sector in STATE_SECTORS) or item.sector in TITLED_BODY_SECTORS
        )
        regional = any(w.lower() in coref.REGION_WORDS for w in item.name.split())
        if not item.key and body and item.sector == "NGO" and regional:
            # "Southeast Asia Accountability Watch", "Human Rights Watch Africa": across borders, of no state
            item = replace(item, key=NGO_KEY, sector=None)
        elif not item.key and (official or body):
            # the institution their title names, as named just before ("Ukraine's navy said … Navy
            # spokesman Dmytro Pletenchuk"), then where the clause happens ("In Kenya, opposition
            # politician Ekuru Aukot asked …"), then whose official reports it ("Kirby added that …")
            served = coref.served_body(doc, item, found) if item.kind == "person" else None
            spoke = served or _body_that_spoke_before(doc, item, found, sentences)
            key = (
                (_institution_named_before(doc, item, found, sentences) if item.kind == "person" else None)
                or (spoke.key if spoke is not None else None)
                or (clause_places.get(item.name) if item.kind == "person" else None)
                or (_recent_place(doc, item.start, sentences) if item.sector == "CVL" else None)
                or _country_led(doc[item.end - 1], found)
                or coref.scene_country(doc[item.end - 1])
                # (not a president or prime minister: another state's official names foreign ones)
                or (coref.reporter_country(doc[item.end - 1], found) if not _heads_a_state(item) else None)
                or home
            )
            item = replace(item, key=key, kind="country" if body else item.kind)
            if spoke is not None and key == spoke.key and (key not in gazetteer().country_names or served):
                item = replace(item, sector=spoke.sector)  # the spokesman of a body keeps its code
        elif not item.key and item.kind == "organization" and item.sector is None:
            # a body of no known kind that a state's official names in what they report is, at
            # least, of that state ("Brandt said the tanks would be refurbished by Rheinmetall")
            item = replace(item, key=coref.reporter_country(doc[item.end - 1], found, anywhere=True))
        result.append(item)
    return result


RECENT_PLACE_SENTENCES = 2


def _recent_place(doc: Doc, index: int, sentences: Sequence[int]) -> str | None:
    """The country of the place named nearest before token ``index``, in its sentence or the one
    before ("In Kiryat Shmona, only a few hundred people remain. Orna Levi, 58, …"): where a private
    person quoted in a story is, when wire copy moves from the dateline's scene to another."""
    for token in reversed(doc[:index]):
        if sentences[index] - sentences[token.i] > RECENT_PLACE_SENTENCES:
            return None
        if token.pos_ != "PROPN" or token.dep_ == "compound":
            continue
        # only where someone is: "In Kiryat Shmona, …", "In Niamey's Grand Marché, …" (whatever the
        # recogniser called the name); not "the Benin border" or "at Scarborough"
        held = token.head if token.dep_ == "poss" else token
        if held.dep_ != "pobj" or held.head.lower_ != "in":
            continue
        name = doc[min(c.i for c in token.subtree if c.dep_ == "compound" or c == token) : token.i + 1]
        place = place_named(name.text)
        if place is not None and place.country:
            return place.country
    return None


def _title_word(person: Found, last_word_only: bool = False) -> SectorWord | None:
    """The sector word a person's title opens with (or, ``last_word_only``, ends with)."""
    words = person.title.split()[-1:] if last_word_only else person.title.split()
    hit = gazetteer().sector_word(words, 0) if person.kind == "person" and words else None
    return hit[1] if hit is not None else None


def _speaks_for_someone(person: Found) -> bool:
    """Is the person's title a word for one who speaks for a body not named in it ("spokesman")?"""
    word = _title_word(person, last_word_only=True)
    return word is not None and word.person and word.sector is None


def _body_that_spoke_before(doc: Doc, person: Found, found: Sequence[Found], sentences: Sequence[int]) -> Found | None:
    """ "UNIFIL said it was alarmed. '…,' spokesman Andrea Tenenti said": a spokesman the text gives no
    body speaks for the body that spoke in the sentence before or earlier in their own."""
    if not _speaks_for_someone(person):
        return None
    speakers = [
        f
        for f in found
        if f.end <= person.start
        and f.kind != "person"
        and f.key
        and 0 <= sentences[person.start] - sentences[f.start] <= 1
        and doc[f.end - 1].dep_ == "nsubj"
        and doc[f.end - 1].head.lemma_.lower() in coref.SPEECH_LEMMAS
    ]
    return max(speakers, key=lambda f: f.start) if speakers else None


def _heads_a_state(person: Found) -> bool:
    """Is the person's title a head of state's or government's ("President", "Prime Minister")?"""
    word = _title_word(person)
    return word is not None and word.head_of_state


def _place_of_their_clause(name: Token) -> str | None:
    """The country of the first place named in a private person's relative clause ("Mahsa Amini, 22,
    who died after she was detained by the morality police in Tehran"): where their story happens."""
    for clause in (c for c in name.children if c.dep_ == "relcl"):
        for token in (t for t in clause.subtree if t.pos_ == "PROPN"):
            place = place_named(entity.text if (entity := entity_at(token)) else token.text)
            if place is not None and place.country:
                return place.country
    return None


def _country_led(token: Token, found: Sequence[Found]) -> str | None:
    """The country of the body an official leads ("Kyiv's delegation was led by Deputy Minister X",
    "Russia's team, headed by …")."""
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "by" else None
    if verb is None or verb.lemma_.lower() not in coref.CAPACITY_VERBS:
        return None
    body = verb.head if verb.dep_ == "acl" else subject_of(verb)
    if body is None:
        return None
    owners = [body, *(c for c in body.children if c.dep_ == "poss")]
    keys = {f.key for f in found for o in owners if f.start <= o.i < f.end and f.key in gazetteer().country_names}
    return keys.pop() if len(keys) == 1 else None


#: How many sentences back an institution named in a title ("ministry spokesman") is looked for.
INSTITUTION_WINDOW = 3


def _institution_named_before(doc: Doc, person: Found, found: Sequence[Found], sentences: Sequence[int]) -> str | None:
    """The country of the institution a title names right before the name ("Navy spokesman Dmytro
    Pletenchuk", "ministry spokesman Aykhan Hajizada"), when the text named that institution of a
    country in the sentences just before ("Ukraine's navy said", "In Baku, the foreign ministry said")."""
    words: list[Token] = []
    i = person.start - 1
    # the title right before the name, and the words of it ("junta spokesman Colonel-Major …")
    while i >= 0 and (i < doc[i].head.i < person.end or doc[i].head in words) and len(words) < 6:
        words.append(doc[i])
        i -= 1
    # and the words of a role set beside the name ("A command spokesman, Navy Senior Colonel Li Xi")
    words += [t for role in coref.person_appositives(doc[person.end - 1]) for t in role.lefts if t.dep_ == "compound"]
    words = [t for t in words if t.pos_ in ("NOUN", "PROPN")]
    institutions = {
        t.lemma_.lower() for t in words if (hit := gazetteer().sector_word([t.lower_], 0)) and not hit[1].person
    }
    if not institutions:
        return None
    earlier = [
        f
        for f in found
        if f.end <= person.start
        and f.key in gazetteer().country_names
        and doc[f.end - 1].lemma_.lower() in institutions
        and sentences[person.start] - sentences[f.start] <= INSTITUTION_WINDOW
    ]
    keys = {f.key for f in earlier}
    return max(earlier, key=lambda f: f.start).key if len(keys) == 1 else None


def _with_sentence_country(
    doc: Doc, found: list[Found], hits: Sequence[tuple[int, int, Entry]], title_tokens: set[int]
) -> list[Found]:
    """A titled official the text gives no country, in a story with no dateline ("President Omar
    al-Bashir shortened the curfew imposed in Sudan"), is of the one country the sentence naming
    them names, as a place or an institution; a country in another person's title ("welcomed South
    African leader F.W. de Klerk") is that person's, and two countries leave the official unkeyed."""
    sentences = sentence_ids(doc)
    keyed: dict[str, str | None] = {}
    result = []
    for item in found:
        official = item.named_person and item.title and item.sector in STATE_SECTORS and not item.key
        if official and item.name not in keyed:
            countries = {
                entry.candidates[-1] if entry.kind == "contextual" else entry.key
                for start, end, entry in hits
                if sentences[start] == sentences[item.start] and start not in title_tokens
                and entry.kind in ("country", "capital", "adjective", "contextual", "seat")
                and not _acted_on(doc[start:end].root)
            }  # fmt: skip
            countries |= {
                f.key
                for f in found
                if f.kind != "person" and f.key and sentences[f.start] == sentences[item.start]
                and not _acted_on(doc[f.start : f.end].root)
            }  # fmt: skip
            countries &= gazetteer().country_names.keys()
            keyed[item.name] = countries.pop() if len(countries) == 1 else None
            if keyed[item.name]:
                item = replace(item, key=keyed[item.name])
        result.append(item)
    return result


def _acted_on(token: Token) -> bool:
    """Is the name what a clause acts on ("condemned France", "talks with Ghana", "France's
    decision"), rather than where or whose (the official's own country is seldom the object)?"""
    if token.dep_ == "dobj" or (token.dep_ == "poss" and token.head.dep_ == "dobj"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in TARGET_PREPOSITIONS


def _group_key(found: Found, named_bodies: set[tuple[str, str | None]]) -> tuple[str, ...]:
    if found.kind == "person":
        return ("person", found.name)
    if (found.name, found.code) in named_bodies:  # the firm's own name, and "the company" that is it
        return (found.kind, found.name.lower())
    if found.key and found.key != NGO_KEY:  # bodies of no country are told apart by name
        return (found.kind, found.code or found.key)
    return (found.kind, found.name.lower())


def _named_body_of_country(found: Found) -> bool:
    """A named body of no known kind that a country was found for ("Minera Cerro Azul" in what a
    Colombian official says), or a named firm or medium ("Rheinmetall", "Al Jazeera"): its own actor
    under its own name, not the country or its business at large."""
    if found.key not in gazetteer().country_names:
        return False
    named_firm = found.rule in FIRM_NAME_RULES and found.sector in ("BUS", "MED")
    return named_firm or (found.kind == "organization" and found.sector is None)


def _group(doc: Doc, found: list[Found], sentences: Sequence[int]) -> tuple[Actor, ...]:
    groups: dict[tuple[str, ...], list[Found]] = {}
    named_bodies = {(f.name, f.code) for f in found if _named_body_of_country(f)}
    for item in sorted(found, key=lambda f: f.start):
        groups.setdefault(_group_key(item, named_bodies), []).append(item)
    actors = []
    for number, items in enumerate(groups.values(), start=1):
        titled = next((i for i in items if i.key or i.sector), items[0])
        if titled.kind == "person":
            name = max((i.name for i in items), key=len)
            # a person's country may come from a later description ("Rau, Poland's top diplomat"); a
            # titled official of a country with no other sector word speaks for its government
            keyed = next((i for i in items if i.key and i.named_person), None) or next(
                (i for i in items if i.key), titled
            )
            # (a state's: an organisation's official keeps the organisation's bare code)
            official = keyed.key in gazetteer().country_names and any(i.title for i in items)
            sector = keyed.sector or titled.sector or ("GOV" if official else None)
            titled = replace(keyed, sector=sector)
        elif (
            titled.key
            and titled.key != NGO_KEY
            and not _named_body_of_country(titled)
            and (titled.key in gazetteer().country_names or titled.kind == "organization")
        ):
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
                members=tuple(dict.fromkeys(m for i in items for m in i.members)),
                named=titled.kind != "person" or any(i.named_person for i in items),
            )
        )
    return tuple(actors)


# --- lookups for the later stages ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Addition:
    """A mention a later stage resolved (tokens [start, end)) to a coded actor: "we" in a quote."""

    start: int
    end: int
    key: str
    sector: str | None
    rule: str
    #: the id of the actor the mention joins, when it is that one (a speaker's "I"), not any of its code
    actor: str | None = None

    @property
    def code(self) -> str:
        return self.key + self.sector if self.sector and self.sector != "IGO" else self.key


def attach_mentions(extraction: Extraction, doc: Doc, additions: Sequence[Addition]) -> tuple[Actor, ...]:
    """The article's actors with ``additions`` joined to the actor of the same code (a new actor
    where the article has none yet)."""
    actors = list(extraction.actors)
    sentences = sentence_ids(doc) if additions else []
    for addition in additions:
        start, end = doc[addition.start].idx, doc[addition.end - 1].idx + len(doc[addition.end - 1])
        mention = Mention(start, end, sentences[addition.start], addition.rule)
        index = next((i for i, a in enumerate(actors) if _joins(addition, a)), None)
        if index is None:
            kind = "organization" if addition.key not in gazetteer().country_names else "country"
            name = gazetteer().actor_name(addition.key, addition.sector)
            actors.append(Actor(f"A{len(actors) + 1}", name, kind, addition.key, addition.code, (mention,)))
        else:
            actor = actors[index]
            actors[index] = replace(actor, mentions=tuple(sorted((*actor.mentions, mention), key=lambda m: m.start)))
    return tuple(actors)


def _joins(addition: Addition, actor: Actor) -> bool:
    if addition.actor:
        return actor.id == addition.actor
    return actor.kind != "person" and actor.code == addition.code


def sector_of_noun(doc: Doc, noun: Token) -> str | None:
    """The sector a noun names ("troops" → MIL, "diplomats" → GOV), if any."""
    found = _sector_phrase(doc, noun.left_edge.i, noun.i)
    return found[1] if found else None


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
        return ActorRef(name=text, named=False)
    return ActorRef(name=actor.name, key=actor.key, code=actor.code, actor=actor.id, named=actor.named)
