"""In-article coreference: join surnames, role descriptions and pronouns to the actors they name.

These are rules over spaCy's parse, not a trained model, because no coreference model installs
from the package registry here (coreferee's English model and fastcoref's weights are fetched from
elsewhere). The rules follow what a careful reader of news does:

- a surname on its own is the person named in full earlier or later ("Lavrov" → Sergei Lavrov);
- a definite role description ("the minister", "the country's top diplomat", "Turkey's top diplomat",
  "the spokesman") is the most recent person whose title fits it (``role_aliases.tsv``) and whose
  country agrees; "the alliance" or "the bloc" is the organisation named before it;
- "he"/"she" is the most recent person of that gender (from titles, or first names via
  gender-guesser) who is outside quote marks when the pronoun is, preferring grammatical subjects;
- "they"/"their" outside quotes is the most recent group or institution (not a person).
"""

from __future__ import annotations

from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from .gazetteer import NGO_KEY, STATE_SECTORS, SectorWord, gazetteer
from .lexicon import table, word_list
from .mentions import Found
from .places import place_named
from .syntax import entity_at, reporting_subject, sentence_of, subject_of

__all__ = ["link"]

MALE_PRONOUNS = word_list("male-pronouns")
FEMALE_PRONOUNS = word_list("female-pronouns")
PLURAL_PRONOUNS = word_list("plural-pronouns")
#: How far back (in sentences) a pronoun looks for its antecedent.
PRONOUN_WINDOW = 4
#: How far back a role description looks; descriptions reach further than pronouns.
DESCRIPTION_WINDOW = 40
#: Heads of descriptions that stand for an organisation named before: "the bloc", "the union".
ORGANISATION_NOUNS = word_list("organisation-nouns")
#: Heads of descriptions that stand for a country's government: "the Russian side", "the government".
GOVERNMENT_NOUNS = word_list("government-nouns")
#: "the minister", and the demonstratives that point back as it does ("this force", "these people")
DEFINITE_DETERMINERS = word_list("definite-determiners")
BARE_INSTITUTION_NOUNS = word_list("bare-institution-nouns")
#: Roles that belong to the other side of the one who owns them ("his Iranian counterpart").
OTHER_SIDE_ROLES = word_list("other-side-roles")
COMPANY_NOUNS = word_list("company-nouns")
#: "Iran-backed", "Russia-aligned": a name before these is a sponsor, not the actor itself.
SPONSOR_PARTICIPLES = word_list("sponsor-participles")
#: "his", "its", "their" and "whose": owners that the pronoun pass resolves.
POSSESSIVE_PRONOUN_TAGS = ("PRP$", "WP$")
PEOPLES_OF_NO_STATE = word_list("peoples-of-no-state")
NEUTER_PRONOUNS = word_list("neuter-pronouns")
REFLEXIVE_PRONOUNS = word_list("reflexive-pronouns")
INTENT_ADJECTIVES = word_list("intent-adjectives")
WEAK_TITLES = word_list("weak-titles")
#: The dateline's country of the article being linked (set by ``link``), a speaker's last-resort country.
RELATIVE_PRONOUNS = word_list("relative-pronouns")
#: "the group", "the movement": an armed group or party named before (Hamas, the Taliban).
MOVEMENT_NOUNS = word_list("movement-nouns")
MISSION_NOUNS = word_list("mission-nouns")

UNNAMED_ROLE = "coref:unnamed-role"

RELATION_NOUNS = word_list("relation-nouns")
NON_STATE_BODY_SECTORS = frozenset({"REB", "OPP"})
DOMESTIC_RIVAL_SECTORS = frozenset({"REB", "OPP", "CVL"})
#: How close (in tokens) an actor named just before "its" is taken for its owner over the subject.
NEAR_OWNER = 4
#: "The government said" with no country named is the government of the dateline's country.
HOME_GOVERNMENT_NOUNS = word_list("home-government-nouns")
#: What a ministry that governs at home is for: "the interior ministry said" is the dateline's own.
DOMESTIC_MINISTRY_WORDS = word_list("domestic-ministry-words")
#: A country's mission abroad: "the embassy" is never of the country the story is filed from.
FOREIGN_MISSION_NOUNS = word_list("foreign-mission-nouns")
HOME: ContextVar[str | None] = ContextVar("home", default=None)
#: The verbs of saying whose subject owns "the government" in the clause they report.
SPEECH_LEMMAS = word_list("speech-lemmas")
#: Verbs whose subject "it" is mostly expletive: "it is unclear", "it seems", "it remains to be seen".
EXPLETIVE_HEADS = word_list("expletive-heads")
#: What "it takes": time or effort ("it will take years"), unlike an act ("it will take measures").
DURATION_NOUNS = word_list("duration-nouns")
#: Sectors of plural group nouns that take the country just named: "protesters", "troops", "voters".
BARE_GROUP_SECTORS = frozenset({"CVL", "OPP", "MIL", "COP", "LEG", "REB", "LAB", "JUD"})
DOMESTIC_GROUP_SECTORS = frozenset({"CVL", "OPP", "COP", "LAB", "JUD"})
#: Sectors of people quoted for their trade, not an office: a shopkeeper, a teacher, a nurse, a reporter.
TRADE_SECTORS = frozenset({"CVL", "EDU", "LAB", "MED", "REL"})
#: Peacekeepers with no nationality belong to the mission of the story.
PEACEKEEPER_NOUNS = word_list("peacekeeper-nouns")
#: Singular nouns that name a body of people ("police fired tear gas").
COLLECTIVE_GROUP_NOUNS = word_list("collective-group-nouns")
#: "hundreds of", "thousands of": counts before the people they count.
COLLECTIVE_NOUNS = word_list("collective-nouns")
#: Verbs and nouns of going, whose object is a place: "leave the country", "travelled to Kyiv".
MOVEMENT_WORDS = word_list("movement-words")
#: Prepositions before where something happens.
LOCATION_PREPOSITIONS = word_list("location-prepositions")
#: Where a clause happens, not where its doers go ("soldiers fled into India" are not India's).
SCENE_PREPOSITIONS = LOCATION_PREPOSITIONS - {"into"}
#: Words that make a description refer to the country just named: "the country's top diplomat".
COUNTRY_ANAPHORS = word_list("country-anaphors")
#: Nouns for a country itself, not its government: "the country", "the kingdom".
COUNTRY_NOUNS = word_list("country-nouns")
#: Adjectives that make "the … country" another one than the last named: "the neighbouring country".
CONTRASTIVE_ADJECTIVES = word_list("contrastive-adjectives")
#: Verbs whose subject owns the group they take: "Ethiopia has troops in Somalia", "Kenya will send police".
HOLDING_VERBS = word_list("holding-verbs")
#: Verbs whose subject sent the envoy they take: "Islamabad recalls envoy".
RECALL_VERBS = word_list("recall-verbs")
#: Names of peoples that live in several states ("Serb" as against "Serbian"): coded where they live.
ETHNIC_NAMES = word_list("ethnic-names")
#: Words of regional names that no one country owns: "the East African country", "West African army
#: chiefs", "Southeast Asia Accountability Watch".
REGION_WORDS = word_list("region-words")
#: Lower-case words inside a full name: "da" in "Lula da Silva", "von der" in "von der Leyen".
NAME_PARTICLES = word_list("name-particles")

EAST_ASIAN_FAMILY_NAMES = word_list("east-asian-family-names")
#: Verbs by which a person holds a role in a body: "Ruto, who chairs an AU panel".
CAPACITY_VERBS = word_list("capacity-verbs")

SERVING_PREPOSITIONS = word_list("serving-prepositions")


@cache
def _role_aliases() -> dict[str, tuple[str, ...]]:
    return {row["description"]: tuple(row["titles"].split("|")) for row in table("role_aliases.tsv")}


def link(
    doc: Doc, mask: Sequence[bool], quoted: Sequence[bool], found: list[Found], home: str | None = None
) -> list[Found]:
    """``found`` with surnames, descriptions and pronouns added as mentions of the actors they name.
    ``home`` is the country of the story's dateline, for officials the text gives no country."""
    HOME.set(home)
    found = _with_full_names(doc, mask, quoted, found)
    found = _with_acronyms(doc, mask, found)
    found = _bodies_named_again(found)
    found = _named_roles(doc, found)
    found = _people_of_their_appositives(doc, found)
    found = found + _appositions(doc, mask, quoted, found)
    taken = {i for f in found for i in range(f.start, f.end)}
    found = found + _unnamed_roles(doc, mask, quoted, found, taken)
    taken = {i for f in found for i in range(f.start, f.end)}
    found = found + _descriptions(doc, mask, quoted, found, taken)
    taken = {i for f in found for i in range(f.start, f.end)}
    found = found + _bare_groups(doc, mask, found, taken) + _bodies_of_no_country(doc, mask, taken)
    found = found + _numbers_again(doc, mask, found, taken)
    taken = {i for f in found for i in range(f.start, f.end)}
    pronouns = _pronouns(doc, mask, quoted, found, taken)
    # "recalled its ambassador": one mention, the possessed phrase, not also the noun inside it
    possessed = [p for p in pronouns if p.end - p.start > 1]
    inside = {id(f) for f in found if any(p.start < f.start and f.end <= p.end for p in possessed)}
    return [f for f in found if id(f) not in inside] + pronouns


def _bare_groups(doc: Doc, mask: Sequence[bool], found: list[Found], taken: set[int]) -> list[Found]:
    """ "Protesters gathered …", "troops fired …": a plural group noun with no nationality is of the
    country the text has just been about (named in the same or the previous sentence)."""
    groups = []
    # the countries named, with their sentences, looked up once (not for every group noun)
    # (not a country only travelled to or from: "by train from Poland, laid flowers for fallen soldiers")
    countries = [(f, sentence_of(doc[f.start])) for f in found
                 if f.key in gazetteer().country_names and not _travel_place(doc[f.end - 1])]  # fmt: skip
    headings = {id(sentence): _heading_like(sentence) for _, sentence in countries}
    for token in doc:
        # plural nouns, and the collective "police"; the tagger takes a plural opening the lead after a
        # dateline for a name ("WARSAW (Reuters) - Protesters …")
        misread = token.pos_ == "PROPN" and _opens_sentence(token, mask) and not token.ent_type_
        plural = token.tag_ == "NNS" or (misread and token.lower_.endswith("s"))
        plural = plural or token.lemma_.lower() in COLLECTIVE_GROUP_NOUNS
        if not mask[token.i] or token.i in taken or not (token.pos_ == "NOUN" or misread) or not plural:
            continue
        modifiers = [c for c in token.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < token.i]
        if token.lemma_.lower() in PEACEKEEPER_NOUNS and not any(c.dep_ == "poss" or c.ent_type_ for c in modifiers):
            # "four peacekeepers were killed": of the peacekeeping mission named before, else the UN's
            mission = next((f for f in reversed(found) if f.end <= token.i and f.kind == "organization"
                            and f.sector == "MIL"), None)  # fmt: skip
            key = mission.key if mission is not None else "UN"
            groups.append(Found(token.i, token.i + 1, "organization", gazetteer().actor_name(key, "MIL"), key, "MIL",
                                "coref:peacekeepers", plural=True))  # fmt: skip
            continue
        if any(c.pos_ != "ADJ" and _sector_word(c.lower_) is None and not _people_of_no_state(c) for c in modifiers):
            continue  # "their diplomats", "party officials": not bare; "opposition lawmakers", "Sikh groups" are
        # "opposition parties", "armed groups" are listed as phrases (the longest listed ending wins);
        # "troops" as such
        described = [c.lower_ for c in sorted(modifiers, key=lambda c: c.i) if c.dep_ in ("compound", "amod")]
        forms = (token.lemma_.lower(), token.lower_)
        endings = [[*described[n:], form] for n in range(len(described) + 1) for form in forms]
        word = next(filter(None, (_sector_word(" ".join(words)) for words in endings)), None)
        if word is None or not word.sector or word.sector not in BARE_GROUP_SECTORS:
            continue
        sector = word.sector
        # "opposition supporters": people of the (non-state) body the modifier names; "junta
        # supporters" are still civilians
        if sector == "CVL":
            sector = next((w.sector for c in modifiers if (w := _sector_word(c.lower_)) and w.sector
                           and w.sector not in STATE_SECTORS), sector)  # fmt: skip
        window = sentence_of(token).start - _sentence_starts_back(doc, token.i, 1)
        # a sub-heading just before ("Brussels and Washington warn") is no context
        here = sentence_of(token)
        nearby = [f for f, there in countries if f.end <= token.i and there.start >= window
                  and (there == here or not headings[id(there)])]  # fmt: skip
        country = nearby[-1] if nearby else None
        # "hundreds of protesters burned flags … in Kinshasa": where they act says whose they are
        nearby = country.key if country is not None else None
        # civilians, police and opposition are the story's own people before a foreign country just named
        # ("Ethiopia signed the deal … as thousands of protesters filled the streets of the capital")
        domestic = sector in DOMESTIC_GROUP_SECTORS
        key = (
            _holder_country(token, found)
            or scene_country(token)
            or _country_shared_by_conjunct(token, found)
            or reporter_country(token, found)
            or ((HOME.get() or nearby) if domestic else (nearby or HOME.get()))
        )
        if key is None:
            continue
        groups.append(Found(token.i, token.i + 1, "group", gazetteer().actor_name(key, sector), key,
                            sector, "coref:bare-group", plural=True))  # fmt: skip
    return groups


def _opens_sentence(token: Token, mask: Sequence[bool]) -> bool:
    """Is the token the first of its sentence, or the first after a dateline the mask leaves out?"""
    return token.is_sent_start or (token.i > 0 and not mask[token.i - 1])


def _numbers_again(doc: Doc, mask: Sequence[bool], found: list[Found], taken: set[int]) -> list[Found]:
    """ "Poland expelled 45 Russian diplomats … the 45 were given five days": a definite number
    standing alone is the group counted by that number before."""
    numbered = []
    for token in doc:
        if not mask[token.i] or token.i in taken or not token.like_num or token.dep_ == "nummod":
            continue
        if token.i == 0 or doc[token.i - 1].lower_ != "the":
            continue
        counted = [f for f in found if f.end <= token.i
                   and any(c.dep_ == "nummod" and c.text == token.text for c in doc[f.end - 1].children)]  # fmt: skip
        if counted:
            numbered.append(_as(counted[-1], token.i - 1, token.i + 1, "coref:number-again"))
    return numbered


def _unnamed_roles(
    doc: Doc, mask: Sequence[bool], quoted: Sequence[bool], found: list[Found], taken: set[int]
) -> list[Found]:
    """ "A senior official said", "headed by a deputy foreign minister", "a spokesman for the ministry":
    an unnamed person the text gives a role but no country. They are of the body they serve, when
    named; else, like titled officials, of the body they lead, the scene or the dateline (decided with
    the officials, in actors). A predicate ("he is a veteran diplomat") or a capacity ("as a mediator")
    is no mention."""
    roles = []
    for token in doc:
        if not mask[token.i] or token.i in taken or token.pos_ != "NOUN" or token.tag_ != "NN":
            continue
        if token.dep_ in ("attr", "oprd", "npadvmod") or token.head.lower_ in ("as", "like"):
            continue
        lefts = [c for c in token.lefts if c.dep_ in ("det", "amod", "compound", "nmod", "advmod")]
        determiner = next((c for c in lefts if c.dep_ == "det"), None)
        if determiner is None or determiner.lower_ not in ("a", "an"):
            continue
        start = min(c.left_edge.i for c in lefts)
        phrase = doc[start : token.i + 1]
        if any(t.i in taken or t.ent_type_ in ("GPE", "NORP", "PERSON", "ORG") for t in phrase):
            continue
        words = [t.lower_ for t in doc[start + 1 : token.i]] + [token.lemma_.lower()]
        word = next(filter(None, (_sector_word(" ".join(words[n:])) for n in range(len(words)))), None)
        if word is None or not word.person:
            continue
        served = _body_served(token, found)
        key = served.key if served is not None else None
        sector = (served.sector if served is not None else None) or word.sector
        roles.append(Found(start, token.i + 1, "person", phrase.text, key, sector, UNNAMED_ROLE,
                           title=" ".join(words), quoted=quoted[token.i],
                           subject=token.dep_ in ("nsubj", "nsubjpass")))  # fmt: skip
    return roles


def _bodies_of_no_country(doc: Doc, mask: Sequence[bool], taken: set[int]) -> list[Found]:
    """ "Rights groups said …", "a human rights group protested": non-governmental bodies the text
    gives no country are coded NGO, CAMEO's code for them (not the country last named, as crowds are:
    such groups work across borders)."""
    bodies = []
    for token in doc:
        if not mask[token.i] or token.i in taken or token.pos_ != "NOUN":
            continue
        modifiers = [c for c in token.lefts if c.dep_ in ("amod", "compound")]
        if any(c.dep_ == "poss" or c.ent_type_ in ("GPE", "NORP") for c in token.lefts) or any(
            c.dep_ == "prep" and c.lower_ in ("of", "from") for c in token.rights
        ):
            continue  # "Iranian rights groups", "activists from the Fatah party": coded by whose they are
        start = min((c.left_edge.i for c in modifiers), default=token.i)
        words = [t.lower_ for t in doc[start : token.i]] + [token.lemma_.lower()]
        word = next(filter(None, (_sector_word(" ".join(words[n:])) for n in range(len(words)))), None)
        if word is None or word.sector != "NGO" or any(i in taken for i in range(start, token.i)):
            continue
        bodies.append(Found(start, token.i + 1, "group", "non-governmental organisations", NGO_KEY, None,
                            "coref:ngo-of-no-country", plural=token.tag_ == "NNS"))  # fmt: skip
    return bodies


# --- surnames ------------------------------------------------------------------------------------


def _with_full_names(doc: Doc, mask: Sequence[bool], quoted: Sequence[bool], found: list[Found]) -> list[Found]:
    """Every mention of a person under the fullest form of their name in the article; an
    organisation entity or untagged proper noun that is a known surname becomes that person."""
    people = [f for f in found if f.named_person]
    # longest first, then in order of appearance, so that a shared surname goes the same way every run
    first_seen: dict[str, int] = {}
    for person in sorted(people, key=lambda p: p.start):
        first_seen.setdefault(person.name, person.start)
    full_names = sorted(first_seen, key=lambda n: (-len(n.split()), first_seen[n]))
    fullest: dict[str, Found] = {}
    for person in sorted(people, key=lambda p: (-len(p.name.split()), p.start)):
        longer = next((n for n in full_names if _is_part_of(person.name, n) and n != person.name), None)
        fullest.setdefault(person.name, next(p for p in people if p.name == (longer or person.name)))
    # the title found at any mention (often the first, full one) codes all of them; else a sector
    # found at any ("Mahsa Amini" in the headline, "Mahsa Amini, 22," a civilian, in the body)
    coded = {}
    for name, target in fullest.items():
        same = [p for p in people if fullest[p.name].name == target.name]
        coded[name] = next((p for p in same if p.key), next((p for p in same if p.sector), target))
    surnames: dict[str, Found] = {}
    for p in coded.values():  # in order of appearance: a shared surname is the person named first
        for word in _surnames(p.name) if len(p.name.split()) > 1 else ():
            surnames.setdefault(word, p)
    # surnames of people the text names in full, which outrank the dictionary's holder of the surname
    in_full = {p.name for p in people if p.end - p.start > 1}
    spelled_out = {word: p for word, p in surnames.items() if p.name in in_full}
    result = []
    for item in found:
        if item.rule == "person:single-name" and fullest[item.name].name == item.name:
            continue  # one untitled word no full name claims: more often a place the recogniser mistook
        bare_surname = doc[item.start].text if item.end - item.start == 1 else None
        if item.rule == "person:dictionary" and item.name not in in_full and bare_surname in spelled_out:
            # "Johnson said" after "Sarah Johnson": her, not the dictionary's Boris Johnson
            result.append(_as(spelled_out[bare_surname], item.start, item.end, "coref:surname", item))
            continue
        if item.named_person:
            best = coded[item.name]
            item = replace(
                item,
                name=fullest[item.name].name,
                key=best.key,
                sector=best.sector,
                title=best.title or item.title,
                gender=best.gender or item.gender,
            )
        elif item.kind == "organization" and not item.key and item.name in surnames:
            item = _as(surnames[item.name], item.start, item.end, "coref:surname", item)
        result.append(item)
    # a given name alone ("Abiy's adviser" after "Abiy Ahmed", as Ethiopian, Somali and Eritrean
    # names are used), when no one else in the article bears it as a given name or a surname
    given: dict[str, list[Found]] = {}
    for p in coded.values():
        if len(p.name.split()) > 1 and p.name in in_full:
            given.setdefault(p.name.split()[0], []).append(p)
    given_names = {word: ps[0] for word, ps in given.items() if len(ps) == 1 and word not in surnames}
    taken = {i for f in result for i in range(f.start, f.end)}
    for token in doc:
        # a capitalised known surname is the name even where the tagger took it for a noun ("Price")
        is_name = token.pos_ == "PROPN" or token.is_title
        alone = not any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" for j in (token.i - 1, token.i + 1))
        person = surnames.get(token.text) or (given_names.get(token.text) if alone else None)
        person = person if is_name and mask[token.i] else None
        if person is not None and token.i not in taken:
            here = replace(person, quoted=quoted[token.i], subject=token.dep_ in ("nsubj", "nsubjpass"))
            result.append(_as(person, token.i, token.i + 1, "coref:surname", here))
    return result


def _with_acronyms(doc: Doc, mask: Sequence[bool], found: list[Found]) -> list[Found]:
    """ "the Internal Security Agency (ABW)": the acronym in brackets, there and later, is the body."""
    named: dict[str, Found] = {}
    for item in found:
        after = [t.text for t in doc[item.end : item.end + 3]]
        bracketed = len(after) == 3 and after[0] == "(" and after[2] == ")"
        if item.kind != "person" and bracketed and after[1].isupper() and len(after[1]) >= 2:
            named.setdefault(after[1], item)
    if not named:
        return found
    result = [
        _as(named[item.name], item.start, item.end, "coref:acronym", item)
        if item.kind == "organization" and not item.key and item.name in named
        else item
        for item in found
    ]
    taken = {i for f in result for i in range(f.start, f.end)}
    for token in doc:
        if mask[token.i] and token.i not in taken and token.text in named:
            result.append(_as(named[token.text], token.i, token.i + 1, "coref:acronym"))
    return result


def _bodies_named_again(found: list[Found]) -> list[Found]:
    """A named body the text has already coded ("Minera Cerro Azul, a Colombian company") is the same
    body when named again with nothing beside it."""
    coded: dict[str, Found] = {}
    again: dict[int, Found] = {}
    for item in sorted(found, key=lambda f: f.start):
        if item.rule == "name:organization-entity":
            if item.key is None and item.name in coded:
                again[id(item)] = _as(coded[item.name], item.start, item.end, item.rule, item)
            elif item.key is not None:
                coded.setdefault(item.name, item)
    return [again.get(id(item), item) for item in found]


def _is_part_of(short: str, full: str) -> bool:
    parts, whole = short.split(), full.split()
    if len(parts) >= len(whole):
        return False
    return whole[-len(parts) :] == parts or whole[: len(parts)] == parts or parts == [_name_before_particle(full)]


def _name_before_particle(full: str) -> str | None:
    """ "Lula" of "Luiz Inacio Lula da Silva": the name before a lower-case particle, after the
    given name, is what the text calls the person as often as the last word."""
    words = full.split()
    return next(
        (words[i - 1] for i in range(2, len(words)) if words[i] in NAME_PARTICLES and words[i - 1][:1].isupper()),
        None,
    )


def _surnames(full: str) -> list[str]:
    """The single words a person is called by once named in full: the last, and any before a particle;
    the last without its particle too ("Kabir" for Sadiq al-Kabir); the first of an East Asian name
    ("Lai" for Lai Ching-te)."""
    words = full.split()
    last = words[-1]
    particle, _, rest = last.partition("-")
    bare = rest if rest[:1].isupper() and particle.lower() in NAME_PARTICLES else None
    # "Lai Ching-te", "Shin Won-sik": a hyphened given name after the family name, as Chinese and
    # Korean names are written, makes the first word the surname
    family = words[0] if len(words) == 2 and rest[:1].islower() and particle[:1].isupper() else None
    # "Wang Wenbin", "Mao Ning", "Kim Yo Jong": a common Chinese, Korean or Vietnamese family name first
    if family is None and 2 <= len(words) <= 3 and words[0].lower() in EAST_ASIAN_FAMILY_NAMES:
        family = words[0]
    return [word for word in (last, bare, family, _name_before_particle(full)) if word]


def _as(antecedent: Found, start: int, end: int, rule: str, where: Found | None = None) -> Found:
    """A new mention at tokens [start, end) of the actor ``antecedent`` stands for."""
    return replace(
        antecedent,
        start=start,
        end=end,
        rule=rule,
        quoted=where.quoted if where else antecedent.quoted,
        subject=where.subject if where else False,
    )


# --- role descriptions ---------------------------------------------------------------------------


def _appositions(doc: Doc, mask: Sequence[bool], quoted: Sequence[bool], found: list[Found]) -> list[Found]:
    """A noun phrase in apposition to a named person is that person: "Mohammad Aslam, a shopkeeper,";
    "A spokesman for the minister, Stanislaw Zaryn,". Names of bodies inside it ("a senior Hamas
    official") stay mentions of their own."""
    people = {i: f for f in found if f.named_person for i in range(f.start, f.end)}
    taken = {i for f in found for i in range(f.start, f.end)}
    resolved = []
    for index, person in {f.end - 1: f for f in people.values()}.items():
        root = doc[index]
        heads = person_appositives(root)
        for head in heads:
            # a title the tagger took for a name counts too: "Canada’s High Commissioner, Cameron MacKay"
            titled = head.pos_ == "PROPN" and (word := _sector_word(head.lower_)) is not None and word.person
            if (head.pos_ != "NOUN" and not titled) or head.tag_ == "NNS" or head.i in taken or not mask[head.i]:
                continue
            lefts = [t for t in head.lefts if t.dep_ in ("det", "amod", "compound", "nmod", "poss", "advmod")]
            start = min([t.left_edge.i for t in lefts], default=head.i)
            if any(i in people for i in range(start, head.i + 1)):
                continue
            here = replace(person, subject=head.dep_ in ("nsubj", "nsubjpass"), quoted=quoted[head.i])
            # "Guelleh, the current chair of IGAD", "Lourenco, the AU's mediator": the role is the
            # organisation's, which the person speaks for in that capacity
            owners = [c for c in head.children if c.dep_ == "poss"] + [
                p
                for c in head.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            ]
            body = next((f for o in owners for f in found if f.start <= o.i < f.end and f.kind == "organization"
                         and f.key and f.key not in gazetteer().country_names), None)  # fmt: skip
            its = next((o for o in owners if o.lower_ == "its"), None)
            if body is None and its is not None:  # "Its chair, Dominica's Prime Minister …": the body's role
                owner = _institution_antecedent(doc, its, found)
                # (when the person is the body's own, "Its head, Carlos Ruiz Massieu", the role is the person)
                own = owner is not None and owner.key == person.key
                body = owner if owner is not None and owner.kind == "organization" and owner.key and not own else None
            if body is not None:
                resolved.append(_as(body, start, head.i + 1, "coref:apposition-capacity", here))
                continue
            resolved.append(_as(person, start, head.i + 1, "coref:apposition", here))
    # "Jaish al-Adl, a Sunni group that …", "Pakistan, a friendly and brotherly country": a noun
    # phrase set beside the name of a body or country is that body or country
    bodies = {f.end - 1: f for f in found if f.kind != "person" and f.key and not f.plural}
    for index, body in bodies.items():
        heads = [c for c in doc[index].children if c.dep_ == "appos"]
        # "fighting alongside the FDLR, a militia founded by …": the parser may hang an indefinite
        # phrase right after the comma elsewhere; set off so, it still describes the name
        after = doc[index + 2] if index + 2 < len(doc) and doc[index + 1].text == "," else None
        if after is not None and after.lower_ in ("a", "an") and after.head.pos_ == "NOUN" and after.dep_ == "det":
            heads.append(after.head)
        for head in dict.fromkeys(heads):
            if head.pos_ != "NOUN" or head.tag_ == "NNS" or head.i in taken or not mask[head.i]:
                continue
            lefts = [t for t in head.lefts if t.dep_ in ("det", "amod", "compound", "nmod", "poss", "advmod")]
            start = min([t.left_edge.i for t in lefts], default=head.i)
            if start == head.i or any(i in taken for i in range(start, head.i)):
                continue  # a bare noun, or one holding an actor of its own ("the US ally")
            here = replace(body, subject=False, quoted=quoted[head.i])
            resolved.append(_as(body, start, head.i + 1, "coref:apposition", here))
            taken.add(head.i)
    return resolved


def person_appositives(name: Token) -> list[Token]:
    """The heads of the noun phrases set beside a person's name. In "A spokeswoman for the U.N.
    refugee agency, Olga Sarrado," the parser hangs the name on the agency; a person is not an agency,
    so the name belongs to the role that the phrase opens."""
    heads = [c for c in name.children if c.dep_ == "appos"]
    if name.dep_ != "appos":
        return heads
    head = name.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN":
        role = head.head.head
        if (word := _sector_word(role.lemma_.lower())) is not None and word.person:
            return [*heads, role]
    return [*heads, head]


def _people_of_their_appositives(doc: Doc, found: list[Found]) -> list[Found]:
    """ "Nijjar, a Canadian citizen, was shot": a person the text gives no country takes the country
    (and sector) of a coded phrase in apposition to their name, which becomes a mention of them."""
    by_end = {f.end - 1: f for f in found if (f.named_person or f.rule == "coref:surname") and f.key is None}
    by_head = {f.end - 1: f for f in found if not f.named_person and f.key in gazetteer().country_names}
    joined: dict[int, Found] = {}
    for index, person in by_end.items():
        root = doc[index]
        heads = person_appositives(root)
        # ("Nabih Berri, a Hezbollah ally": an ally, a critic or a rival is not of the body named)
        phrase = next((by_head[h.i] for h in heads if h.i in by_head and not by_head[h.i].plural
                       and h.lemma_.lower() not in RELATION_NOUNS), None)  # fmt: skip
        if phrase is not None:
            coded = replace(person, key=phrase.key, sector=person.sector or phrase.sector)
            joined[id(person)] = coded
            joined[id(phrase)] = _as(coded, phrase.start, phrase.end, "coref:apposition", phrase)
            continue
        served = served_body(doc, person, found)
        if served is not None:
            joined[id(person)] = replace(person, key=served.key, sector=served.sector)
            continue
        # "Abiy's national security adviser, Redwan Hussien": the country of whose aide they are
        for head in (h for h in heads if h.pos_ == "NOUN" and h.tag_ == "NN"):
            word = _sector_word(head.lemma_.lower())
            owner = next((f for c in head.children if c.dep_ == "poss" for f in found
                          if f.start <= c.i < f.end and f.key in gazetteer().country_names), None)  # fmt: skip
            # "The company's chief executive, Selamawit Haile": of the firm named before
            firm = next((c for c in head.children if c.dep_ == "poss" and c.lemma_.lower() in COMPANY_NOUNS), None)
            if owner is None and firm is not None:
                owner = _firm_before(_nearest_first(found, firm.i))
            # "The UN mission said … Its head, Carlos Ruiz Massieu": of the body "its" stands for; "the
            # agency's emergency coordinator", "the group's project coordinator": of the body named before
            its = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "its"), None)
            body = _institution_antecedent(doc, its, found) if owner is None and its is not None else None
            described = next((c for c in head.lefts for c in c.subtree if c.dep_ == "poss"
                              and c.lemma_.lower() in ORGANISATION_NOUNS | MOVEMENT_NOUNS), None)  # fmt: skip
            if owner is None and body is None and described is not None:
                before = _nearest_first(found, described.i)
                if described.lemma_.lower() in MOVEMENT_NOUNS:
                    # "the group's deputy director": a group, not a bloc of states named in between
                    groups = [f for f in before if f.key == NGO_KEY or f.sector in ("NGO", *NON_STATE_BODY_SECTORS)]
                    before = groups or before
                body = _organisation_antecedent(before, None)
            if body is not None and body.key and body.key not in gazetteer().country_names:
                # any role in an organisation is the organisation's ("the group's project coordinator")
                joined[id(person)] = replace(person, key=body.key, sector=body.sector)
                break
            owner = owner or body
            if owner is not None and word is not None and word.person:
                # "China Coast Guard … Its spokesman, Gan Yu": the spokesman of the coast guard is COP
                owned = owner.sector if owner.sector in STATE_SECTORS else None
                sector = person.sector or word.sector or owned or "GOV"
                joined[id(person)] = replace(person, key=owner.key, sector=sector)
                break
            trade = word.sector if word is not None and word.person else None
            if trade in TRADE_SECTORS and person.sector in (None, trade):
                # "Ahmed Nur, a shopkeeper at the Mogadishu rally", "a teacher in Zvecan": a civilian,
                # of the place the phrase names, else (later) of the story's country
                places = (place_named(t.text) for t in head.subtree if t.pos_ == "PROPN")
                place = next((p for p in places if p is not None and p.country), None)
                joined[id(person)] = replace(person, key=place.country if place else None, sector=trade)
                break
    return [joined.get(id(f), f) for f in found]


def served_body(doc: Doc, person: Found, found: list[Found]) -> Found | None:
    """The body a person's appositive role is "for", "at" or "with" ("Li Wei, a spokesman for the
    Chinese foreign ministry"), coded as the person: a country's spokesman is its government's, an
    organisation's the organisation's. Run before coreference and again after it, for a body only
    coreference resolves ("Kyaw Zin Oo, a spokesman for the shadow government")."""
    for head in person_appositives(doc[person.end - 1]):
        word = _sector_word(head.lemma_.lower()) if head.pos_ == "NOUN" else None
        if word is not None and word.person and word.sector not in TRADE_SECTORS:
            body = _body_served(head, found)
            if body is not None:
                country = body.key in gazetteer().country_names
                return replace(body, sector=body.sector or ((word.sector or "GOV") if country else None))
    return None


def _body_served(role: Token, found: list[Found]) -> Found | None:
    """The body or country a role noun is "for", "at" or "with" ("a spokeswoman for the Taiwan Affairs
    Office", "an official at the foreign ministry", "a spokesman with the U.N. refugee agency"):
    whom the person speaks or works for. People ("a lawyer for Imran Khan") are not bodies."""
    for preposition in (c for c in role.children if c.dep_ == "prep" and c.lower_ in SERVING_PREPOSITIONS):
        for noun in (c for c in preposition.children if c.dep_ == "pobj"):
            body = next((f for f in found if f.start <= noun.i < f.end), None)
            if body is not None and body.key and body.kind != "person":
                return body
    return None


def _named_roles(doc: Doc, found: list[Found]) -> list[Found]:
    """A role with a country but no name ("Turkey's top diplomat", "Germany's foreign minister") is the
    person of that country whose title fits, when the article names one; else it stays an unnamed
    person of that country and sector ("a senior US official")."""
    result = []
    for item in found:
        head = doc[item.end - 1]
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one") for c in head.children)
        # a surname or acronym linked above already names its person: "Maduro" is not a role to re-resolve
        already_linked = item.rule.startswith("coref:")
        if item.kind == "person" and not item.named_person and item.title and not indefinite and not already_linked:
            words = [w for w in item.title.split() if w not in COUNTRY_ANAPHORS]
            antecedent = _person_with_title(found, item, " ".join([*words[:-1], head.lemma_.lower()]), " ".join(words))
            if antecedent is not None:
                item = _as(
                    replace(antecedent, key=antecedent.key or item.key), item.start, item.end, "coref:description", item
                )
        result.append(item)
    return result


def _person_with_title(found: list[Found], item: Found, singular: str, phrase: str) -> Found | None:
    """The nearest person before ``item`` (else the first after it) of its country whose title fits:
    named, or an unnamed one the text gave a role ("A senior official said … The official added")."""
    people = [f for f in found if f.named_person or f.rule == UNNAMED_ROLE]
    fitting = [f for f in people if _title_fits(singular, phrase, f.title)]
    # a person of the same country first; one whose country the text never gave only if none is, and
    # if the dateline does not make them another country's
    unknown = [f for f in fitting if f.key is None and HOME.get() in (None, item.key)]
    for people in ([f for f in fitting if f.key == item.key], unknown):
        before = [p for p in people if p.end <= item.start]
        after = [p for p in people if p.start >= item.end]
        if before:
            return max(before, key=lambda p: p.start)
        if after:
            return min(after, key=lambda p: p.start)
    return None


def _descriptions(
    doc: Doc, mask: Sequence[bool], quoted: Sequence[bool], found: list[Found], taken: set[int]
) -> list[Found]:
    resolved = []
    for token in doc:
        # a lower-case word the tagger called a proper noun ("the minister said") is still a noun
        if (
            not mask[token.i]
            or token.i in taken
            or not (token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower))
        ):
            continue
        phrase = _definite_phrase(doc, token)
        if phrase is None:
            continue
        start, key_words = phrase
        antecedent = _description_antecedent(doc, token, start, key_words, found)
        if antecedent is None and not key_words and doc[start].lower_ in DEFINITE_DETERMINERS:
            # "The central bank froze the accounts. The bank said …": the same noun, resolved just before
            antecedent = next((r for r in reversed(resolved) if r.kind != "person" and r.end <= token.i
                               and doc[r.end - 1].lemma_.lower() == token.lemma_.lower()), None)  # fmt: skip
        if antecedent is not None:
            if antecedent.key is None:  # "the Ukrainian president" gives Zelensky his country
                antecedent = replace(antecedent, key=_country_of(doc, key_words, found))
            here = replace(antecedent, subject=token.dep_ in ("nsubj", "nsubjpass"), quoted=quoted[token.i])
            mention = _as(antecedent, start, token.i + 1, "coref:description", here)
            if antecedent.kind != "person" and token.tag_ == "NNS":
                mention = replace(mention, plural=True)  # "the guerrillas" for the ELN: "their" may follow
            resolved.append(mention)
            taken.update(range(start, token.i + 1))
    return resolved


def _definite_phrase(doc: Doc, head: Token) -> tuple[int, list[Token]] | None:
    """(first token, modifiers) of a definite noun phrase ending at ``head``: "the minister",
    "the country's top diplomat", "Turkey's top diplomat", "the Russian side". None for other nouns."""
    if head.dep_ in ("compound", "amod") or any(c.dep_ == "compound" and c.i > head.i for c in head.children):
        return None
    lefts = [t for t in head.lefts if t.dep_ in ("det", "poss", "amod", "compound", "nmod", "case")]
    if (
        not lefts
        and head.tag_ == "NN"
        and head.lemma_.lower() in BARE_INSTITUTION_NOUNS
        and not list(head.lefts)
        and (head.dep_ in ("nsubj", "nsubjpass") or _addressed(head) is not None)
    ):
        return head.i, []  # "told parliament", "government said": an institution needs no article
        # ("outside parliament" is a place)
    if not lefts and head.tag_ == "NN" and head.dep_ == "dobj" and head.head.lemma_.lower() in RECALL_VERBS:
        return head.i, []  # "Islamabad recalls envoy": a headline drops the article
    # a headline drops its articles: "Niger junta defies bloc", "ECOWAS orders standby force readied"
    headline = (
        head.tag_ == "NN"
        and head.lemma_.lower() in ORGANISATION_NOUNS | MISSION_NOUNS | BARE_INSTITUTION_NOUNS
        and not any(t.dep_ == "det" for t in lefts)
        and _heading_like(sentence_of(head))
    )
    if not lefts and not headline:
        return None
    start = min([t.left_edge.i for t in lefts], default=head.i)
    determiner = doc[start]
    if not (determiner.lower_ in DEFINITE_DETERMINERS or any(t.dep_ == "poss" for t in lefts) or headline):
        return None
    if any(t.conjuncts for t in lefts):
        return None  # "his Russian and Ukrainian counterparts": two people, not one
    if determiner.tag_ in POSSESSIVE_PRONOUN_TAGS:
        start += 1  # "his Egyptian counterpart": "his" is a mention of its own
    if any(t.ent_type_ == "PERSON" for t in doc[start : head.i + 1]):
        return None

    return start, [t for t in doc[start : head.i] if t.dep_ not in ("det", "case")]


def _description_antecedent(
    doc: Doc, head: Token, start: int, modifiers: list[Token], found: list[Found]
) -> Found | None:
    words = [t.lower_ for t in modifiers if t.pos_ in ("ADJ", "NOUN", "PROPN") and t.lower_ not in COUNTRY_ANAPHORS]
    phrase, singular = " ".join([*words, head.lower_]), " ".join([*words, head.lemma_.lower()])
    named_before = _country_of(doc, modifiers, found)
    key = named_before or _country_after(head, found)
    # "Japan's top government spokesman, Hirokazu Matsuno": the name is right there
    named = [f for c in head.children if c.dep_ == "appos" for f in found if f.named_person and f.start <= c.i < f.end]
    if named:
        return named[0]
    # "the military's media wing, Inter-Services Public Relations": the body named beside it
    bodies = [f for c in head.children if c.dep_ == "appos" for f in found
              if f.kind != "person" and f.key and not f.plural and f.start <= c.i < f.end]  # fmt: skip
    if bodies and head.tag_ != "NNS":
        return bodies[0]
    before = _nearest_first(found, start)
    if not key and not modifiers:
        # "the UN Security Council … the council", "MINUSMA … the mission": a body whose name holds the
        # word, however far back
        named_so = next((f for f in before if f.kind == "organization" and f.key
                         and head.lemma_.lower() in _name_words(doc, f)), None)  # fmt: skip
        if named_so is not None:
            return named_so
    window = sentence_of(doc[start]).start - _sentence_starts_back(doc, start, DESCRIPTION_WINDOW)
    before = [f for f in before if sentence_of(doc[f.start]).start >= window]
    if head.lemma_.lower() in COMPANY_NOUNS and not key:
        firm = _firm_before(before)
        if firm is not None:
            return firm
    organisation = gazetteer().descriptions.get((head.lower_,)) or gazetteer().descriptions.get(
        tuple(t.lower_ for t in doc[start + 1 : head.i + 1])
    )
    if (organisation is not None or head.lemma_.lower() in ORGANISATION_NOUNS) and not key:
        return _organisation_antecedent(before, organisation.key if organisation else None)
    # "the group", "the Iran-aligned group", "the al Qaeda-linked group": only describing words or a sponsor
    # ("self-ruled": a hyphened compound adjective, whatever the tagger made of its parts)
    describing = all(t.pos_ in ("ADJ", "VERB", "PUNCT") or is_sponsor(t) or _in_hyphened_word(t) for t in modifiers)
    if head.lemma_.lower() in MISSION_NOUNS and head.tag_ == "NN" and not key and describing:
        # "a Kenyan-led multinational force … the mission", "MINUSMA … this force": the force or
        # peacekeeping mission named most recently, whichever of the words named it
        mission = next((f for f in before if (f.kind == "organization" and f.sector == "MIL")
                        or doc[f.end - 1].lemma_.lower() in MISSION_NOUNS), None)  # fmt: skip
        if mission is not None:
            return mission
    if head.lemma_.lower() in MOVEMENT_NOUNS and not key and describing:
        # "Hamas said … the group said": the armed group or party named most recently
        return next((f for f in before if f.rule == "name:seat" and f.sector in NON_STATE_BODY_SECTORS), None)
    # "the East African country": a region's words only describe the country last named
    regional = head.lemma_.lower() in COUNTRY_NOUNS and all(t.lower_ in REGION_WORDS for t in modifiers)
    if key is None and any(t.ent_type_ == "NORP" for t in modifiers) and not regional:
        return None  # "the European side": of no country, and not of the country last named
    where = (head.dep_ == "dobj" and head.head.lemma_.lower() in MOVEMENT_WORDS) or (
        head.dep_ == "pobj" and head.head.lower_ in LOCATION_PREPOSITIONS
    )  # "to leave the country", "in the country": a place
    where = where or (head.lemma_.lower() == "island" and head.dep_ == "pobj" and head.head.lower_ == "on")
    # "the OPEC member", "the EU member state": a country, the one last named that belongs
    body = next((hit[1] for t in modifiers if (hit := gazetteer().match([t.text], 0)) and hit[1].kind == "igo"), None)
    if body is not None and head.lemma_.lower() in ("member", "state") and doc[start].lower_ == "the":
        member = next((f for f in before if f.key in gazetteer().country_names and f.kind == "country"
                       and (not body.members or f.key in body.members)), None)  # fmt: skip
        if member is not None:
            return Found(start, head.i + 1, "country", gazetteer().actor_name(member.key, None), member.key, None,
                         "coref:description")  # fmt: skip
    # "the landlocked country", "the impoverished nation": describing words, not a contrast
    described = (describing or regional) and not any(t.lower_ in CONTRASTIVE_ADJECTIVES for t in modifiers)
    if head.lemma_.lower() in COUNTRY_NOUNS and described and doc[start].lower_ == "the" and not where:
        # "the kingdom was following developments", "the country": the country last named, itself,
        # unless a state actor reports what it does ("Tehran summoned Pakistan's envoy and said the
        # country would defend its borders")
        reporter = reporting_subject(head)
        country = next((f for f in found if reporter is not None and f.start <= reporter.i < f.end
                        and f.key in gazetteer().country_names), None)  # fmt: skip
        # (not the subject acting on it: "China claims the island as its own" is another country)
        actor = _clause_subject(head) if head.dep_ in ("dobj", "pobj") else None
        country = country or next(
            (f for f in before if f.key in gazetteer().country_names and not _travel_place(doc[f.end - 1])
             and not (actor is not None and f.start <= actor.i < f.end)), None
        )  # fmt: skip
        if country is not None:
            return Found(start, head.i + 1, "country", gazetteer().actor_name(country.key, None), country.key, None,
                         "coref:description")  # fmt: skip
    # the longest listed ending: "the northern armed groups" is a kind of "armed groups"
    endings = [" ".join(text.split()[n:]) for n in range(len(words) + 1) for text in (singular, phrase)]
    sector_word = next(filter(None, map(_sector_word, endings)), None)
    if (
        key is None
        and head.tag_ == "NNS"
        and sector_word is not None
        and sector_word.sector in NON_STATE_BODY_SECTORS
        and doc[start].lower_ in DEFINITE_DETERMINERS
    ):
        # "al-Shabaab … fighting the militants", "the MNDAA … the rebels": the armed group (or party)
        # named before, of that kind
        named = next((f for f in before if f.rule == "name:seat" and f.sector == sector_word.sector), None)
        if named is not None:
            return named
    # "Chinese coast guard ships … the ships": the head noun of a mention just made, said again (one
    # person's title is matched to people below)
    repeated = next((f for f in before if f.kind != "person" and (key is None or f.key == key)
                     and doc[f.end - 1].lemma_.lower() == head.lemma_.lower()), None)  # fmt: skip
    # "the army" after "the National Liberation Army": a state's force, not the rebels so named
    other_side = (sector_word is not None and sector_word.sector in STATE_SECTORS and repeated is not None
                  and repeated.sector is not None and repeated.sector not in STATE_SECTORS)  # fmt: skip
    if repeated is not None and not other_side and not (sector_word is not None and sector_word.person
                                                        and head.tag_ != "NNS"):  # fmt: skip
        return repeated
    agreeing = [f for f in before if not key or f.key in (key, None)]
    # the same words used before ("a senior official" ... "the official"), named or not
    same = next(
        (
            f
            for f in before
            if (key is None or f.key == key) and f.title and f.title.split()[-1] in (head.lower_, head.lemma_.lower())
        ),
        None,
    )
    # a title word the lexicon lacks ("the chairperson") names a person when a person bore it
    if same is not None and (same.kind == "person") == (sector_word.person if sector_word else True):
        return _people_like(same, start, head, sector_word) if head.tag_ == "NNS" and same.kind == "person" else same
    if sector_word is None and singular not in _role_aliases() and head.lemma_.lower() not in GOVERNMENT_NOUNS:
        return None  # not a role or an institution: "the talks", "the war"
    # "France's top diplomat" names the country: never another country's person (one of no country yet may do)
    others = [f for f in agreeing if f.key != key] if not named_before else [f for f in agreeing if f.key is None]
    for candidates in ([f for f in agreeing if f.key == key], others):
        for candidate in candidates:
            if candidate.named_person and _title_fits(singular, phrase, candidate.title):
                return _people_like(candidate, start, head, sector_word) if head.tag_ == "NNS" else candidate
    # "Russia's top diplomat" in a standfirst, before the lead names him: the first fitting person after
    if key:
        after = sorted((f for f in found if f.start > head.i and f.named_person), key=lambda f: f.start)
        for candidate in after:
            if candidate.key in (key, None) and _title_fits(singular, phrase, candidate.title):
                return candidate
    plural = head.tag_ == "NNS"  # "the negotiators", "the officials": a body of people, not one
    if sector_word is not None and sector_word.person and not plural:
        recalled = head.dep_ == "dobj" and head.head.lemma_.lower() in RECALL_VERBS and not key
        sender = _subject_actor(head, found) if recalled else None
        if sender is not None:
            # "Islamabad recalls envoy", "Somalia recalled the ambassador": the one who recalls sent them
            name = doc[start : head.i + 1].text
            return Found(start, head.i + 1, "person", name, sender.key, sector_word.sector or "GOV",
                         "coref:recalled-envoy", title=singular)  # fmt: skip
        if key and not named_before:
            # "the president of Armenia", named nowhere before: an office holder of their own
            end = max(t.i for t in head.subtree) + 1
            name = doc[start:end].text.removeprefix("the ").removeprefix("The ")
            return Found(start, head.i + 1, "person", name, key, sector_word.sector or "GOV",
                         "coref:description-of-country", title=singular)  # fmt: skip
        return None
    # an institution of a country: "the Russian side"; "the government" in what an official says is
    # the official's own; else "the foreign ministry" is of the country last named
    if key is None:
        lemma = head.lemma_.lower()
        if lemma in HOME_GOVERNMENT_NOUNS and start > 0 and doc[start - 1].tag_ in POSSESSIVE_PRONOUN_TAGS:
            return None  # "his government": whose the pronoun says, resolved with the pronouns
        # (not "the military government of President Prosper Avril": whose the text says)
        of_person = any(p.ent_type_ == "PERSON" for c in head.children if c.lower_ == "of" for p in c.subtree)
        speaker = _speaker_of_clause(head, found) if lemma in GOVERNMENT_NOUNS and not of_person else None
        other = any(t.lower_ == "other" for t in modifiers)  # "the other side": not the speaker's
        domestic = lemma in ("ministry", "minister") and any(t.lower_ in DOMESTIC_MINISTRY_WORDS for t in modifiers)
        own = speaker.key if speaker is not None and other else None
        countries = [
            f
            for f in before
            if f.kind in ("country", "group")
            and f.key in gazetteer().country_names
            and f.key != own
            # "the embassy" in a story filed from Warsaw is a foreign one
            and not (lemma in FOREIGN_MISSION_NOUNS and f.key == HOME.get())
        ]
        country = countries[0] if countries else None
        # "Trudeau told parliament": the institution its own clause's official addresses
        addressed = _addressed(head)
        addresser = _subject_actor(addressed, found) if addressed is not None and not modifiers else None
        rival = _domestic_rival(head, found)
        if speaker is not None and not other:
            key = speaker.key or HOME.get()
        elif rival is not None:
            key = rival  # "the war between the army and the RSF": the army the RSF fights is Sudan's
        elif not other and (scene := scene_country(head)):
            key = scene  # "In Baku, the foreign ministry said …": where it acts
        elif addresser is not None:
            key = addresser.key
        elif (lemma in HOME_GOVERNMENT_NOUNS or domestic) and HOME.get() and not other:
            # "…, the government said" in a story filed from Tokyo is Japan's, and so is its interior ministry
            key = HOME.get()
        else:
            # "the armed forces said" with no country named yet: the dateline's, as for officials
            key = country.key if country else (HOME.get() if not other else None)
    if key is None:
        return None
    sector = sector_word.sector if sector_word and sector_word.sector else "GOV"
    kind = "group" if plural and sector_word is not None and sector_word.person else "country"
    return Found(start, head.i + 1, kind, gazetteer().actor_name(key, sector), key, sector, "coref:description",
                 plural=plural)  # fmt: skip


def _in_hyphened_word(token: Token) -> bool:
    """Is the token the first part of a hyphened word ("self" in "self-ruled")?"""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not doc[token.i + 1].whitespace_


def _domestic_rival(institution: Token, found: list[Found]) -> str | None:
    """The country of a rebel, opposition or civilian group coordinated with the institution ("the
    army and the RSF", "army and RSF trade blame", "the government and M23"): a state's institution
    set beside its own country's non-state side."""
    partners = [c for c in institution.children if c.dep_ == "conj"]
    if institution.dep_ == "conj":
        partners.append(institution.head)
    for partner in partners:
        # "the army and the paramilitary Rapid Support Forces": the parser may make the adjective the
        # conjunct, and the name that follows it anything
        at = partner.i + 1 if partner.pos_ == "ADJ" else partner.i
        group = next((f for f in found if f.start <= at < f.end), None)
        if group is not None and group.sector in DOMESTIC_RIVAL_SECTORS and group.key in gazetteer().country_names:
            return group.key
    return None


def _nearest_first(found: Sequence[Found], index: int) -> list[Found]:
    """The mentions that end before token ``index``, the nearest first."""
    return sorted((f for f in found if f.end <= index), key=lambda f: f.start, reverse=True)


def _firm_before(before: Sequence[Found]) -> Found | None:
    """The firm that "the company" or "the firm" stands for: the named business (else named body of no
    known kind) nearest before ("… refurbished by Rheinmetall and Flensburger Fahrzeugbau. The
    companies have …"); ``before`` runs from the nearest back."""
    named = [f for f in before if not f.plural and f.rule.startswith("name:")]
    firm = next((f for f in named if f.sector == "BUS"), None)  # a known firm before a body of no known kind
    return firm or next((f for f in named if (f.rule, f.sector) == ("name:organization-entity", None)), None)


def _people_like(person: Found, start: int, head: Token, sector_word: SectorWord | None) -> Found | None:
    """ "the generals" after General Min Aung Hlaing: several people of his country and sector, never
    the one person named before."""
    if person.key is None:
        return None
    sector = (sector_word.sector if sector_word else None) or person.sector
    name = gazetteer().actor_name(person.key, sector)
    return Found(start, head.i + 1, "group", name, person.key, sector, "coref:description", plural=True)


def _country_after(head: Token, found: list[Found]) -> str | None:
    """The country a description names after "of": "the president of Armenia"."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            named = next((f for f in found if f.start <= pobj.i < f.end and f.kind == "country" and f.key), None)
            if named is not None:
                return named.key
    return None


def _sector_word(words: str) -> SectorWord | None:
    hit = gazetteer().sector_word(words.split(), 0)
    return hit[1] if hit and hit[0] == len(words.split()) else None


def _addressed(institution: Token) -> Token | None:
    """The object a body stands in when addressed: "told parliament", "told a joint session of
    parliament"."""
    if institution.dep_ in ("dobj", "dative"):
        return institution
    of = institution.head
    if institution.dep_ == "pobj" and of.lower_ == "of" and of.head.dep_ in ("dobj", "dative"):
        return of.head
    return None


def _subject_actor(token: Token, found: list[Found]) -> Found | None:
    """The state actor (a country's official or body) that is the subject of the token's verb."""
    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return next((f for f in found if f.start <= subject.i < f.end and f.key in gazetteer().country_names), None)


def _speaker_of_clause(token: Token, found: list[Found]) -> Found | None:
    """The keyed actor who says the clause a token stands in ("Lim said the government protests")."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.lemma_.lower() in SPEECH_LEMMAS:
            subject = next((c for c in ancestor.children if c.dep_ == "nsubj"), None)
            if subject is None:
                return None
            return next((f for f in found if f.start <= subject.i < f.end and (f.key or f.title)), None)
    return None


def _name_words(doc: Doc, mention: Found) -> set[str]:
    """The lower-case words of an organisation's mention and of every name the lexicon gives it."""
    words = {t.lemma_.lower() for t in doc[mention.start : mention.end]}
    return words | _organisation_name_words().get(mention.key or "", set())


@cache
def _organisation_name_words() -> dict[str, set[str]]:
    words: dict[str, set[str]] = {}
    for row in table("igos.tsv"):
        for name in row["names"].split("|"):
            words.setdefault(row["key"], set()).update(w.lower().rstrip("s") for w in name.split())
            words[row["key"]].update(w.lower() for w in name.split())
    return words


def _organisation_antecedent(before: list[Found], key: str | None) -> Found | None:
    """ "the alliance" → NATO named before; "the bloc", "the union", "the organisation" → the
    organisation named most recently (the one the lexicon gives the description, when named)."""
    organisations = [f for f in before if f.kind == "organization"]
    preferred = [f for f in organisations if f.key == key] if key else []
    return (preferred or organisations or [None])[0]


def _title_fits(singular: str, phrase: str, title: str) -> bool:
    if singular.split()[-1] in WEAK_TITLES:
        return True  # "his Egyptian counterpart": any office holder of that country
    if not title:
        return False
    for description in (phrase, singular, singular.split()[-1]):
        aliases = _role_aliases().get(description)
        if aliases is not None:
            return any(alias in title for alias in aliases)
    return singular.split()[-1] in title.split()


def _country_of(doc: Doc, modifiers: list[Token], found: list[Found]) -> str | None:
    """The country a description names ("Turkey's", "Turkish"), or, for "the country's", the
    country most recently named before it."""
    lexicon = gazetteer()
    for token in modifiers:
        if is_sponsor(token):
            continue  # "the Iran-aligned group": its sponsor, not its country
        person = next((f for f in found if f.kind == "person" and f.start <= token.i < f.end and f.key), None)
        if person is not None:  # "Kurti's government": the country of the person named
            return person.key
        hit = lexicon.match([t.text for t in doc[token.i : token.i + 4]], 0)
        if hit is not None and hit[1].kind in ("country", "adjective", "capital"):
            return hit[1].key
        if hit is not None and hit[1].kind == "igo" and token.dep_ == "poss":
            return hit[1].key  # "ASEAN's special envoy": the organisation's, never another's envoy
        if token.lower_ in COUNTRY_ANAPHORS and token.dep_ == "poss":
            # not a country only travelled to ("cut short a trip to Uganda. The country's top diplomat")
            before = [f for f in found if f.end <= token.i and f.kind == "country" and f.key
                      and not _travel_place(doc[f.end - 1])]  # fmt: skip
            return max(before, key=lambda f: f.start).key if before else None
    return None


def _holder_country(token: Token, found: list[Found]) -> str | None:
    """ "Ethiopia has several thousand troops in Somalia", "Turkey, which has troops in western Libya",
    "Kenya has offered to send 1,000 police officers": the country that has, keeps or sends the group,
    not the place they are in."""
    group = token.head if token.dep_ == "conj" else token  # "troops and military advisers"
    if group.dep_ != "dobj" or group.head.lemma_.lower() not in HOLDING_VERBS:
        return None
    verb = group.head
    while verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "Kenya has offered to send …": the one who offers sends
    subject = subject_of(verb)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None:
        return None
    return next((f.key for f in found if f.start <= subject.i < f.end and f.key in gazetteer().country_names), None)


def _country_shared_by_conjunct(token: Token, found: list[Found]) -> str | None:
    """ "Iranian border guards and police": the country of the group it is joined to."""
    if token.dep_ != "conj":
        return None
    return next((f.key for f in found if f.start <= token.head.i < f.end and f.key in gazetteer().country_names), None)


def reporter_country(token: Token, found: Sequence[Found], anywhere: bool = False) -> str | None:
    """The country of the state actor who reports the clause the token stands in: as its doer or the
    one done to ("Iranian officials said the strikes killed nine villagers": a government reports its
    own dead; "Kirby added that the Treasury will impose …"), or, with ``anywhere``, deeper in it
    ("… would be refurbished by Rheinmetall"); not "the will of voters" the US spoke of."""
    group = token.head.head if token.dep_ == "pobj" and token.head.head.lemma_.lower() in COLLECTIVE_NOUNS else token
    if anywhere:
        clause = next((a for a in group.ancestors if a.dep_ == "ccomp"), None)
    else:
        clause = group.head if group.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    if clause is None or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEECH_LEMMAS:
        return None
    reporter = subject_of(clause.head)
    if reporter is None:
        return None
    keys = {f.key for f in found if f.start <= reporter.i < f.end and f.key in gazetteer().country_names}
    return keys.pop() if len(keys) == 1 else None


def is_sponsor(token: Token) -> bool:
    """Is the token a name before "-backed", "-aligned" … ("Iran" in "the Iran-aligned group")?"""
    doc = token.doc
    after = [t for t in doc[token.i + 1 : token.i + 4] if t.text == "-"]
    return bool(after) and after[0].i + 1 < len(doc) and doc[after[0].i + 1].lower_ in SPONSOR_PARTICIPLES


def _travel_place(place: Token) -> bool:
    """A place someone travels to or from ("a trip to Uganda", "by train from Poland")."""
    return (
        place.dep_ == "pobj"
        and place.head.lower_ in ("to", "into", "from")
        and place.head.head.lemma_ in MOVEMENT_WORDS
    )


def _people_of_no_state(token: Token) -> bool:
    """An ethnic or religious people the lexicon knows no country for ("Sikh", "Kurdish", "Sunni"):
    CAMEO codes such groups by where they live, as bare groups are."""
    listed = token.lower_ in PEOPLES_OF_NO_STATE  # the recogniser takes some for people ("Sikh")
    return listed or (token.ent_type_ == "NORP" and gazetteer().match([token.text], 0) is None)


def scene_country(token: Token) -> str | None:
    """The country of the place where the clause an actor is the subject or object of happens
    ("… in Kinshasa", "… in Bamako's Independence Square", "In Kenya, … asked the High Court")."""
    group = token
    while group.dep_ == "pobj" and group.head.head.lemma_.lower() in COLLECTIVE_NOUNS:
        group = group.head.head  # "hundreds of protesters": the subject is "hundreds"
    if group.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    # the places after "in", "outside", "near" … and the places those hold ("outside embassies in
    # Kinshasa", "in Bamako's Independence Square"), whatever the recogniser called the name; for an
    # object, also where the subject was ("the strikes in Iran killed four children")
    holders = [group.head] + [c for c in group.head.children if c.dep_ == "nsubj" and group.dep_ == "dobj"]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in SCENE_PREPOSITIONS]
    while preps:
        prep = preps.pop(0)
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            # the names before the place noun, first to last, whole ("New York", not "York")
            before_place = pobj.doc[pobj.left_edge.i : pobj.i + 1]
            names = dict.fromkeys(
                (e.text if (e := entity_at(t)) else t.text) for t in before_place if t.pos_ == "PROPN"
            )
            for name in names:
                place = place_named(name.removesuffix("'s").removesuffix("’s"))
                if place is not None and place.country:
                    return place.country
            preps += [c for c in pobj.children if c.dep_ == "prep" and c.lower_ in SCENE_PREPOSITIONS]
    return None


def _heading_like(sentence: Span) -> bool:
    """A line with no closing punctuation: a headline or sub-heading, not running text."""
    words = [t for t in sentence if not t.is_space]
    return bool(words) and words[-1].text not in (".", "!", "?", '"', "”", "'", "’", ":")


def _sentence_starts_back(doc: Doc, token_index: int, sentences: int) -> int:
    """How many tokens back the start of the sentence ``sentences`` before this one lies."""
    sentence = sentence_of(doc[token_index])
    start = sentence.start
    for _ in range(sentences):
        if start == 0:
            break
        start = sentence_of(doc[start - 1]).start
    return sentence.start - start


# --- pronouns ------------------------------------------------------------------------------------


def _pronouns(
    doc: Doc, mask: Sequence[bool], quoted: Sequence[bool], found: list[Found], taken: set[int]
) -> list[Found]:
    resolved: list[Found] = []
    for token in doc:
        word = token.lower_
        if (
            not mask[token.i]
            or token.i in taken
            or (token.pos_ != "PRON" and token.tag_ not in POSSESSIVE_PRONOUN_TAGS)
        ):
            continue
        if word in REFLEXIVE_PRONOUNS and (subject := _reflexive_subject(token, found + resolved)) is not None:
            antecedent = subject  # "Armenia must stop arming itself": its clause's own subject
        elif word in MALE_PRONOUNS or word in FEMALE_PRONOUNS:
            gender = "m" if word in MALE_PRONOUNS else "f"
            antecedent = _person_antecedent(doc, token, gender, quoted[token.i], found + resolved)
        elif word in PLURAL_PRONOUNS:
            if _reports_for_several(token):
                continue  # "Britain and Australia said they …": both, which one mention cannot be
            antecedent = _group_antecedent(doc, token, found, quoted[token.i])
        elif word in NEUTER_PRONOUNS and not quoted[token.i] and (reporter := _reporting_institution(token, found)):
            antecedent = reporter  # "Washington said it was seriously concerned": the one who says so
        elif word in NEUTER_PRONOUNS and not quoted[token.i] and _refers(token):
            antecedent = _institution_antecedent(doc, token, found)
        elif word == "its":
            # in a quote, only the owner its own clause names: "Rwanda will defend its borders"
            antecedent = _clause_owner(token, found + resolved)
        elif word in RELATIVE_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "relcl":
            # "Trump, who said …": the actor the relative clause hangs on
            noun = token.head.head
            antecedent = next((f for f in found + resolved if f.start <= noun.i < f.end), None)
        elif word == "whose" and token.head.head.dep_ == "relcl":
            # "Burundi, whose troops are fighting …": likewise, as the owner
            noun = token.head.head.head
            antecedent = next((f for f in found + resolved if f.start <= noun.i < f.end), None)
        else:
            continue
        if antecedent is not None:
            here = replace(antecedent, quoted=quoted[token.i], subject=token.dep_ == "nsubj")
            resolved.append(
                _possessed(doc, token, antecedent) or _as(antecedent, token.i, token.i + 1, "coref:pronoun", here)
            )
    return resolved


def _clause_subject(token: Token) -> Token | None:
    """The subject of the nearest verb above the token that has one ("Beijing sent warships to
    encircle the island": Beijing)."""
    for verb in token.ancestors:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
    return None


def _reflexive_subject(pronoun: Token, found: list[Found]) -> Found | None:
    """The actor a reflexive pronoun points back to: its clause's subject ("its forces would defend
    themselves", "Armenia must stop arming itself")."""
    subject = _clause_subject(pronoun)
    if subject is None:
        return None
    over = [f for f in found if f.start <= subject.i < f.end]  # the widest: "its forces", not "forces"
    return max(over, key=lambda f: f.end - f.start, default=None)


def _possessed(doc: Doc, pronoun: Token, antecedent: Found) -> Found | None:
    """ "its troops", "his forces", "their diplomats", "its own troops", "its Barkhane troops": the
    antecedent's country with the noun's sector."""
    head = pronoun.head
    if pronoun.dep_ != "poss" or head.pos_ != "NOUN" or not antecedent.key or head.i <= pronoun.i:
        return None
    between = pronoun.doc[pronoun.i + 1 : head.i]
    if any(t.head != head or t.dep_ not in ("amod", "compound") or t.ent_type_ in ("GPE", "NORP") for t in between):
        return None  # "its Iranian allies": another country's
    word = _sector_word(head.lemma_.lower()) or _sector_word(head.lower_)
    named_beside = any(c.dep_ == "appos" for c in head.children)  # "Its head, Carlos Ruiz Massieu": the name
    if (
        word is not None
        and word.person
        and head.tag_ == "NN"
        and head.lemma_.lower() not in OTHER_SIDE_ROLES
        and not named_beside
    ):
        # "Pakistan recalled its ambassador", "Guterres was concerned, his spokesman said": an unnamed
        # official of the owner (a "counterpart" is the other side's)
        sector = word.sector or (antecedent.sector if antecedent.sector in STATE_SECTORS else None) or "GOV"
        if antecedent.key not in gazetteer().country_names or (antecedent.sector or "GOV") not in STATE_SECTORS:
            # an organisation's official keeps its code, and so does a party's, a rebel group's or a firm's
            # ("the National Unity Platform said its leader was held")
            sector = antecedent.sector
        name = pronoun.doc[pronoun.i : head.i + 1].text
        return Found(pronoun.i, head.i + 1, "person", name, antecedent.key, sector, "coref:pronoun+role",
                     title=head.lemma_.lower())  # fmt: skip
    if word is None or word.person or not word.sector:
        return None
    kind = "country" if antecedent.key in gazetteer().country_names else "organization"
    sector = word.sector if kind == "country" else antecedent.sector
    if antecedent.sector in NON_STATE_BODY_SECTORS and word.sector in STATE_SECTORS:
        sector = antecedent.sector  # "the Arakan Army said its forces would …": a rebel group's own
    name = gazetteer().actor_name(antecedent.key, sector)
    return Found(pronoun.i, head.i + 1, kind, name, antecedent.key, sector, "coref:pronoun+sector-word", plural=True)


def _candidates_before(doc: Doc, token: Token, found: list[Found], window: int) -> list[Found]:
    first_allowed = sentence_of(token).start - _sentence_starts_back(doc, token.i, window)
    return sorted(
        (f for f in found if f.end <= token.i and f.start >= first_allowed),
        key=lambda f: f.start,
        reverse=True,
    )


def _person_antecedent(doc: Doc, token: Token, gender: str, inside_quote: bool, found: list[Found]) -> Found | None:
    """The most recent person of the pronoun's gender; outside quotes, a person named inside quote
    marks is passed over, and a subject is preferred to a person named as an object in its sentence."""
    people = [
        f
        for f in _candidates_before(doc, token, found, PRONOUN_WINDOW)
        if f.kind == "person" and f.gender != ("f" if gender == "m" else "m") and (inside_quote or not f.quoted)
    ]
    ahead = _cataphor(doc, token, gender, found)
    if ahead is not None:
        return ahead
    if not people:
        return None
    nearest_sentence = sentence_of(doc[people[0].start]).start
    same_sentence = [p for p in people if sentence_of(doc[p.start]).start == nearest_sentence]
    # a known gender that agrees beats an unknown one; then a subject beats an object, and the main
    # clause's subject one in a reported clause; then recency
    return min(
        same_sentence,
        key=lambda p: (p.gender != gender, not p.subject, doc[p.end - 1].head.dep_ != "ROOT", same_sentence.index(p)),
    )


def _cataphor(doc: Doc, token: Token, gender: str, found: list[Found]) -> Found | None:
    """ "Asked whether he would travel, Pakistan's top diplomat was defiant": a pronoun in a clause
    put before its sentence's subject refers ahead, to that subject."""
    clause = next((a for a in token.ancestors if a.dep_ in ("advcl", "prep") and a.head.dep_ == "ROOT"), None)
    if clause is not None:
        subject = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        subject = subject if subject is not None and subject.i > clause.i else None
    else:
        # the parser may make the opening participle the root ("Asked …, X was defiant" with "was"
        # under "Asked"): then the first subject after the pronoun's clause
        sentence = sentence_of(token)
        opening = sentence.root.i == sentence.start and sentence.root.tag_ in ("VBN", "VBG")
        later = [t for t in sentence if t.dep_ in ("nsubj", "nsubjpass") and t.i > token.i and t.head != token.head]
        subject = later[0] if opening and later else None
    if subject is None:
        return None
    return next(
        (f for f in found if f.start <= subject.i < f.end and f.kind == "person"
         and f.gender != ("f" if gender == "m" else "m")),
        None,
    )  # fmt: skip


def _takes_time(verb: Token) -> bool:
    """ "it takes years", "it will take months": time taken, for which "it" stands for no one."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in DURATION_NOUNS for c in verb.children
    )


def _reporting_institution(pronoun: Token, found: list[Found]) -> Found | None:
    """The country or body whose reported clause "it" is the subject of, unless a clause follows
    that the "it" stands for ("Washington said it was unclear whether …")."""
    reporter = reporting_subject(pronoun)
    head = pronoun.head  # "Russia said it would take years" is expletive
    if reporter is None or _takes_time(head) or any(c.dep_ in ("ccomp", "csubj") for c in head.children):
        return None
    return next((f for f in found if f.start <= reporter.i < f.end and not f.plural and f.kind != "person"
                 and (f.kind in ("country", "organization") or f.rule.startswith("name:"))), None)  # fmt: skip


def _refers(token: Token) -> bool:
    """Is this "it"/"its" likely to refer to something (a possessive, or the subject of an act),
    rather than expletive ("it is unclear whether ...")?"""
    if token.lower_ == "its":
        return True
    if token.dep_ != "nsubj":
        return False
    head = token.head
    if head.lemma_.lower() not in EXPLETIVE_HEADS:
        return True
    if head.lemma_.lower() == "take":  # "it takes years" is expletive, "it would take countermeasures" not
        return not _takes_time(head)
    # "it is willing to withdraw" and "it was in contact with" refer; "it is unclear whether",
    # "it was reported that" do not: an expletive "it" stands for a clause put after
    if any(c.dep_ == "acomp" and c.lemma_.lower() in INTENT_ADJECTIVES for c in head.children):
        return True
    clause_after = any(c.dep_ in ("ccomp", "xcomp", "csubj", "acomp", "attr") for c in head.children)
    return not clause_after and any(c.dep_ == "prep" for c in head.children)


def _institution_antecedent(doc: Doc, token: Token, found: list[Found]) -> Found | None:
    """ "it"/"its" → the most recent country or organisation (not a person, not a plural group)."""
    # a named armed group or party is an "it" too ("The ELN's central command said it …")
    candidates = [
        f
        for f in _candidates_before(doc, token, found, 2)
        if (f.kind in ("country", "organization") or (f.kind == "group" and f.rule.startswith("name:")))
        and not f.plural
    ]
    candidates = [f for f in candidates if not f.quoted]
    if not candidates:
        return None
    nearest = sentence_of(doc[candidates[0].start]).start
    same_sentence = [f for f in candidates if sentence_of(doc[f.start]).start == nearest]
    near = candidates[0]
    if (
        token.lower_ == "its"
        and nearest == sentence_of(token).start
        and token.i - near.end < NEAR_OWNER
        and doc[near.end - 1].dep_ == "pobj"
    ):
        # "… for Moscow after its invasion": the owner just named (not "accused Baku of shelling its
        # positions", where "its" is the accuser's)
        return near
    return next((f for f in same_sentence if f.subject), candidates[0])


def _clause_owner(pronoun: Token, found: list[Found]) -> Found | None:
    """The country or organisation "its" belongs to within its own clause: a possessor on the way up
    ("Georgia's progress on its path"), else the clause's subject ("Kyiv takes its own decisions"),
    else the object that an infinitive's doer is ("we advise the European side to learn from its
    mistakes"). Without the quote's wider context, nothing further back is tried."""

    def institution_at(token: Token) -> Found | None:
        at = [f for f in found if f.start <= token.i < f.end or any(f.start <= c.i < f.end for c in token.children
              if c.dep_ == "poss")]  # fmt: skip
        return next((f for f in at if f.kind in ("country", "organization") and not f.plural and f.key), None)

    node = pronoun.head
    while node.pos_ not in ("VERB", "AUX"):
        possessor = next((c for c in node.children if c.dep_ == "poss" and c.i < pronoun.i), None)
        if possessor is not None:
            return institution_at(possessor)
        if node.head is node:
            return None
        node = node.head
    while True:
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        expletive = subject is not None and subject.lower_ == "it" and institution_at(subject) is None
        if subject is not None and not expletive:
            return institution_at(subject)
        # "Rwanda will do whatever it takes to defend its borders": past an expletive "it"
        if (node.dep_ not in ("xcomp", "advcl", "conj") and not expletive) or node.head is node:
            return None
        doer = next((c for c in node.head.children if c.dep_ == "dobj"), None) if node.dep_ == "xcomp" else None
        if doer is not None and (owner := institution_at(doer)) is not None:
            return owner
        node = node.head


def _reports_for_several(pronoun: Token) -> bool:
    """Is this the subject of what coordinated subjects said ("X and Y said they would …")?"""
    speaker = reporting_subject(pronoun)
    return speaker is not None and any(c.dep_ == "conj" for c in speaker.children)


def _group_antecedent(doc: Doc, token: Token, found: list[Found], inside_quote: bool) -> Found | None:
    """ "they"/"them" → the nearest plural group ("45 Russian diplomats … accusing them"), else the
    nearest body with a sector ("the ministry … they"). Inside a quote, only a plural group the
    speaker named in the quote itself ("The Americans do not want talks. They want …"): the
    speaker's "they" may mean anyone the reporter's narrative does not name."""
    candidates = [c for c in _candidates_before(doc, token, found, 2) if c.kind != "person"]
    # "Gulf states said nothing, and they are unlikely to speak": the subject of the clause this one
    # is joined to
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "conj":
        subject = next((c for c in token.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        joined = next((c for c in candidates if subject is not None and c.start <= subject.i < c.end), None)
        if joined is not None and (joined.plural or joined.kind == "group" or subject.tag_ in ("NNS", "NNPS")):
            return joined
    if inside_quote:
        named_in_quote = next((c for c in candidates if c.quoted and (c.plural or c.kind == "group")), None)
        # an armed group the narrative has just named ("… handed the ELN a blank cheque. “While they
        # talk, they keep kidnapping”"): who "they" are in a quote about it
        armed = next((c for c in candidates if not c.quoted and c.sector == "REB"), None)
        # or a plural group the sentence just before names ("Russian warships had stayed in port. ‘They
        # know what happens when they do,’ he said")
        just_before = [c for c in _candidates_before(doc, token, found, 1) if c.kind != "person"]
        plural = next((c for c in just_before if not c.quoted and c.plural), None)
        return named_in_quote or armed or plural
    candidates = [c for c in candidates if not c.quoted]
    return next((c for c in candidates if c.plural), None) or next((c for c in candidates if c.sector), None)
