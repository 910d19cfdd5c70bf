"""The actor lexicon: names of countries, capitals, seats of power, organisations and sector words,
indexed by token sequence so that the actors stage can find the longest match at any token.

Country names come from pycountry (ISO 3166) plus the variants, adjectives, demonyms and capitals in
``data/countries.tsv``; the rest from ``data/seats_of_power.tsv``, ``data/igos.tsv`` and
``data/sector_words.tsv``. Phrases are cut into tokens by spaCy's English tokenizer, the same rules the
models use, so "U.S." or "Amir-Abdollahian" split the same way in the lexicon as in an article.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache

import pycountry
import spacy

from .lexicon import table, word_list

__all__ = ["Entry", "Gazetteer", "Person", "SectorWord", "folded", "gazetteer"]

#: The key of generic institution words ("Foreign Ministry") whose country comes from the text.
ANY_COUNTRY = "*"
#: The last candidate of a contextual name that stands for no one unless another candidate is named.
NO_DEFAULT = "-"
#: CAMEO's code for a non-governmental body of no named country ("rights groups").
NGO_KEY = "NGO"
#: Sectors of a state's own offices and forces (the rest are its people, parties, firms, media …).
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})
#: Particles transliterated one way or another, or left out: "al-Bashir", "El Bashir", "Bashir".
NAME_PARTICLES = word_list("name-particles")


@dataclass(frozen=True, slots=True)
class Entry:
    """What a name stands for. ``kind`` says how it was named: country (name), adjective (Russian),
    people (Russians), capital (Moscow), seat (the Kremlin), region (a breakaway region: Somaliland),
    igo (NATO), group ("Western countries", a CAMEO region key), contextual ("Brussels": the first of
    its candidates that the text names)."""

    key: str
    sector: str | None
    kind: str
    name: str  # the canonical name of the key, e.g. "Russia", "NATO"
    members: tuple[str, ...] = ()
    #: for a name that stands for one of several actors ("Brussels": EU, NATO or Belgium), in order
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SectorWord:
    sector: str | None
    person: bool
    head_of_state: bool


@dataclass(frozen=True, slots=True)
class Person:
    """A well-known person of ``people.tsv`` in one role, held from ``start`` to ``end`` (years)."""

    name: str
    key: str
    sector: str
    role: str
    start: int
    end: int | None

    def held_in(self, year: int | None) -> bool:
        return year is None or (self.start <= year and (self.end is None or year <= self.end))


def folded(name: str) -> str:
    """A name without accents, case or punctuation, for dictionary look-ups ("Mevlüt Çavuşoğlu")."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", plain.lower()).split())


@dataclass(frozen=True)
class Gazetteer:
    names: dict[tuple[str, ...], Entry]
    #: lower-case names that describe an organisation named elsewhere ("the alliance" → NATO)
    descriptions: dict[tuple[str, ...], Entry]
    sector_words: dict[tuple[str, ...], SectorWord]
    country_names: dict[str, str]  # key → short English name
    adjectives: dict[str, str]  # key → the adjective news uses ("Russian")
    sector_labels: dict[str, str]  # sector code → label ("government")
    longest: int
    people: dict[str, tuple[Person, ...]]  # folded full name or variant → roles
    surnames: dict[str, tuple[Person, ...]]  # folded surname → roles of everyone with it
    first_names: dict[str, tuple[str, ...]]  # folded first name → the folded full names that begin with it

    def person(self, name: str, year: int | None) -> Person | None:
        """The dictionary's person of that full name (or, for a one-word name, that surname when only
        one listed person has it), in the role they held in ``year`` (else their latest role)."""
        key = folded(name)
        roles = self.people.get(key) or (self.surnames.get(key) if " " not in key else self._respelt(key))
        if not roles:
            return None
        current = [r for r in roles if r.held_in(year)]
        # a surname is ambiguous only among those in office that year ("Assad" in 1995 and in 2015);
        # two people of the same country and sector ("President Bush") still code, under the name given
        pool = current if year is not None and current else roles
        if len({r.name for r in pool}) > 1:
            if len({(r.key, r.sector) for r in pool}) > 1:
                return None
            latest = max(pool, key=lambda r: r.start)
            return Person(name, latest.key, latest.sector, latest.role, latest.start, latest.end)
        # the latest role held that year; with no year, a role still held beats an earlier one
        return max(current or roles, key=lambda r: (year is None and r.end is None, r.start))

    def _respelt(self, key: str) -> tuple[Person, ...] | None:
        """The roles of the one listed person whose full name this is, spelt another way: a letter
        more or less or another particle ("Francois Mitterand", "Omar El Bashir", "Zelenskiy"). News
        transliterates names freely; the first name must match, as a guard against near namesakes."""
        first, *rest = key.split()
        if not rest:
            return None
        own = " ".join(w for w in rest if w not in NAME_PARTICLES)
        found = {self.people[name][0].name: self.people[name] for name in self.first_names.get(first, ())
                 if SequenceMatcher(None, own, " ".join(w for w in name.split()[1:] if w not in NAME_PARTICLES))
                 .ratio() >= 0.9}  # fmt: skip
        return next(iter(found.values())) if len(found) == 1 else None

    def actor_name(self, key: str, sector: str | None) -> str:
        """A readable name for a coded actor: "Russia", "Russian government", "NATO"."""
        name = self.country_names.get(key, key)
        # an organisation's own kind is no sector of it: "MSF", not "MSF NGOs"
        if not sector or sector == "IGO" or (sector == "NGO" and key not in self.country_names):
            return name
        label = self.sector_labels.get(sector, sector)
        return f"{self.adjectives[key]} {label}" if key in self.adjectives else f"{name} {label}"

    def match(self, words: Sequence[str], start: int) -> tuple[int, Entry] | None:
        """The longest lexicon name starting at ``words[start]``: (its length in tokens, entry)."""
        for length in range(min(self.longest, len(words) - start), 0, -1):
            entry = self.names.get(tuple(words[start : start + length]))
            if entry is not None:
                return length, entry
        return None

    def sector_word(self, words: Sequence[str], start: int) -> tuple[int, SectorWord] | None:
        """The longest sector word or title starting at ``words[start]`` (case-insensitive)."""
        for length in range(min(4, len(words) - start), 0, -1):
            found = self.sector_words.get(tuple(w.lower() for w in words[start : start + length]))
            if found is not None:
                return length, found
        return None


def _split(cell: str) -> list[str]:
    return [value.strip() for value in cell.split("|") if value.strip()]


def _without_article(phrase: str) -> str:
    return phrase[4:] if phrase.lower().startswith("the ") else phrase


@cache
def gazetteer() -> Gazetteer:
    tokenize = spacy.blank("en").tokenizer
    names: dict[tuple[str, ...], Entry] = {}
    descriptions: dict[tuple[str, ...], Entry] = {}

    def add(phrase: str, entry: Entry) -> None:
        phrase = _without_article(phrase.strip())
        if not phrase:
            return
        words = tuple(t.text for t in tokenize(phrase))
        # a lower-case name ("the alliance", "the bloc") only describes an organisation named elsewhere
        (descriptions if phrase.islower() else names).setdefault(words, entry)

    def add_keeping_article(phrase: str, entry: Entry) -> None:
        if phrase.startswith("the ") and " " not in phrase[4:]:
            # "the West" keeps its article: a bare "West" begins "West Darfur" or "West Africa"
            for article in ("the", "The"):
                names.setdefault(tuple(t.text for t in tokenize(f"{article} {phrase[4:]}")), entry)
        else:
            add(phrase, entry)

    for row in table("contextual_seats.tsv"):  # before the capitals they would otherwise be
        candidates = tuple(_split(row["candidates"]))
        entry = Entry(candidates[-1], row["sector"] or None, "contextual", row["phrase"], (), candidates)
        add_keeping_article(row["phrase"], entry)
    for row in table("groups.tsv"):
        entry = Entry(row["key"], None, "group", _split(row["phrase"])[0], tuple(_split(row["members"])))
        for phrase in _split(row["phrase"]):
            add_keeping_article(phrase, entry)
    country_names = {c.alpha_3: getattr(c, "common_name", c.name) for c in pycountry.countries}
    rows = table("countries.tsv")
    for row in rows:  # the lexicon's first variant is the name news uses ("Russia", not "Russian Federation")
        if _split(row["variants"]):
            country_names[row["key"]] = _without_article(_split(row["variants"])[0])
    for row in rows:
        key = row["key"]
        canonical = country_names.get(key, key)
        for column, kind, sector in (
            ("variants", "country", None),
            ("adjectives", "adjective", None),
            ("people", "people", "CVL"),
            ("capitals", "capital", "GOV"),
        ):
            for phrase in _split(row[column]):
                add(phrase, Entry(key, sector, kind, canonical))
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            if hasattr(country, attribute):
                canonical = country_names[country.alpha_3]
                add(getattr(country, attribute), Entry(country.alpha_3, None, "country", canonical))
    for row in table("igos.tsv"):
        entry = Entry(row["key"], row["sector"] or "IGO", "igo", row["key"], tuple(_split(row["members"])))
        for name in _split(row["names"]):
            add(name, entry)
    sector_words: dict[tuple[str, ...], SectorWord] = {}

    def add_sector_word(phrase: str, word: SectorWord) -> None:
        words = tuple(t.text.lower() for t in tokenize(_without_article(phrase)))
        sector_words.setdefault(words, word)
        if len(words) == 2:  # "secretary general" is also written "Secretary-General"
            sector_words.setdefault((words[0], "-", words[1]), word)

    for row in table("seats_of_power.tsv"):
        key, sector = row["key"], row["sector"] or None
        for phrase in _split(row["phrase"]):
            if key == ANY_COUNTRY:  # "Foreign Ministry", "troops": the country comes from the text
                add_sector_word(phrase, SectorWord(sector, person=False, head_of_state=False))
            else:
                kind = "region" if row["kind"] == "region" else "seat"
                add(phrase, Entry(key, sector, kind, country_names.get(key, key)))
    for row in table("sector_words.tsv"):
        add_sector_word(row["word"], SectorWord(row["sector"] or None, row["person"] == "yes", row["rank"] == "head"))
    people: dict[str, list[Person]] = {}
    surnames: dict[str, list[Person]] = {}
    for row in table("people.tsv"):
        person = Person(row["name"], row["key"], row["sector"], row["role"], int(row["from"]),
                        int(row["to"]) if row["to"] else None)  # fmt: skip
        for name in [row["name"], *_split(row["variants"])]:
            people.setdefault(folded(name), []).append(person)
        surnames.setdefault(folded(row["name"]).split()[-1], []).append(person)
    adjectives = {row["key"]: _split(row["adjectives"])[0] for row in rows if _split(row["adjectives"])}
    labels = {row["code"]: row["label"] for row in table("sectors.tsv")}
    longest = max(len(words) for words in names)
    return Gazetteer(
        names, descriptions, sector_words, country_names, adjectives, labels, longest,
        {name: tuple(roles) for name, roles in people.items()},
        {name: tuple(roles) for name, roles in surnames.items()},
        _by_first_name(people),
    )  # fmt: skip


def _by_first_name(people: dict[str, list[Person]]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for name in people:
        index.setdefault(name.split()[0], []).append(name)
    return {first: tuple(names) for first, names in index.items()}
