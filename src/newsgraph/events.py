"""Events stage: who did what to whom, coded in PLOVER (type, mode) and CAMEO (code, Goldstein score,
QuadClass), with status, date, location and the evidence and rule that produced each record.

Events are read off the parse, the way PETRARCH reads them off a tree, with lexicons as data:
- a verb of ``event_verbs.tsv`` ("X expelled Y's diplomats", "X called on Y to ...");
- a noun of ``event_nouns.tsv`` as the object of a light verb ("X imposed sanctions on Y", "X and Y
  held talks") or on its own as a nominalisation ("the expulsion of Y's diplomats by X", "X's
  offensive in Y", "talks between X and Y").
The source is the subject (every conjunct: "X and Y condemned Z" is two events), the agent of a
passive, the owner of a nominalisation, or the controller of an infinitive ("X urged Y to
withdraw" → Y withdraws); the target the object, the owner of the object, the object of a listed
preposition, or for speech acts an actor of the reported clause. Two actors agreeing, meeting or
cooperating with no target each act on the other. A source that resolves to no actor is kept, with
its words, and flagged by an empty key.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from spacy.tokens import Doc, Token

from .actors import actor_at, reference, sector_of_noun
from .coref import LOCATION_PREPOSITIONS, REGION_WORDS, SPONSOR_PARTICIPLES
from .dates import resolve_date
from .gazetteer import STATE_SECTORS, gazetteer
from .lexicon import table, word_list
from .places import place_named
from .quotes import cue_lemmas
from .records import FACTUAL_STATUSES, ActorRef, Article, Event, Extraction, Location
from .syntax import content_mask, entities_in, entity_at, reporting_subject, sentence_ids, sentence_of, subject_of

__all__ = ["COMPONENT", "add_events", "quad_class"]

COMPONENT = "newsgraph.events.v2"

FUTURE_AUXILIARIES = word_list("future-auxiliaries")
HYPOTHETICAL_AUXILIARIES = word_list("hypothetical-auxiliaries")
CONDITIONAL_MARKERS = word_list("conditional-markers")
#: Verbs whose complement has not happened (yet): "plans to impose", "failed to agree".
INTENT_VERBS = word_list("intent-verbs")
#: "ready to", "willing to", "prepared to": an intention, like the intent verbs.
INTENT_ADJECTIVES = word_list("intent-adjectives")
FAILURE_VERBS = word_list("failure-verbs")
FACTUAL = frozenset(FACTUAL_STATUSES)
#: Acts whose place, when no target is named, is their target's country (a strike's, an aid
#: drop's; a visit's or a summit's host).
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "AID", "MOBILIZE", "CONSULT"})
ACT_NOUNS = word_list("act-nouns")
#: "a group of Moroccan diplomats": the noun stands for the actors after "of".
COLLECTIVE_NOUNS = word_list("collective-nouns")
#: "Russia said Sudan must return the helicopter": a speaker's "must" is a demand.
OBLIGATION_AUXILIARIES = word_list("obligation-auxiliaries")
ALL_TARGETS = ("dobj", "to", "with", "on", "against", "for", "from", "into")
#: Nouns that are events on their own, with an owner or an agent: "Russia's invasion of Ukraine".
NOMINAL_EVENTS = word_list("nominal-event-nouns")
#: "vowed to support" promises; "vowed to retaliate" threatens.
COMMITMENT_VERBS = word_list("commitment-verbs")
JUDGING_VERBS = word_list("judging-verbs")
NEGATIVE_JUDGEMENTS = word_list("negative-judgements")
POSITIVE_JUDGEMENTS = word_list("positive-judgements")
#: Acts generic enough that their purpose says what they are: "dispatched inspectors to monitor".
PURPOSE_HOSTS = frozenset({"AID", "MOBILIZE", "CONSULT"})
#: Acts that, as the purpose of another ("sent inspectors to investigate"), are what the clause codes.
PURPOSE_TYPES = frozenset({"ACCUSE", "PROTEST", "REQUEST"})
#: The type of a lexicon row whose object makes its verb no act: "sent a signal", "gave a message".
NO_ACT = "-"
#: Prepositions that name whom an act is aimed at: "sanctions against Y", "strikes on Y".
ACT_PREPOSITIONS = frozenset({"against", "on", "with", "to", "into"})
#: Verbal complaints: one, made for the sake of another ("summoned … to protest"), is one act.
COMPLAINT_TYPES = frozenset({"ACCUSE", "PROTEST"})
#: Types whose two coordinated actors, with no target, act on each other: "X and Y agreed".
RECIPROCAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT"})
#: Speech acts whose target may stand in the reported clause: "X warned that NATO would ...".
SPEECH_ACT_TYPES = frozenset({"ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT"})
#: Verbs whose object controls their infinitive: "urged Moscow to withdraw" (Moscow withdraws).
OBJECT_CONTROL = word_list("object-control-verbs")
#: Violent incidents that may stand as the subject of an attack with no one named behind them.
INCIDENT_NOUNS = word_list("incident-nouns")
#: What an incident does to its victims: "a roadside bomb killed …" (not "attacks repelled").
HARM_VERBS = word_list("harm-verbs")
#: Documents two sides sign or reach together: "signed a treaty", "concluded a pact".
AGREEMENT_NOUNS = word_list("agreement-nouns")
#: What an actor issues to say something: "issued a statement condemning …".
DOCUMENT_NOUNS = word_list("document-nouns")
#: Verbs that begin, carry on or finish the act their object names: "continued the hunger strike".
ASPECTUAL_VERBS = word_list("aspectual-verbs")
#: Participles that, after "be" with no agent, state the subject's stance: "Israel is opposed to".
STANCE_PARTICIPLES = word_list("stance-participles")
#: Nouns for people or bodies that act, beside the sector words: "the Umma party", "Ibo elders".
GROUP_NOUNS = word_list("group-nouns") | word_list("organisation-nouns") | COLLECTIVE_NOUNS
#: "they", "them": several actors may stand behind one.
PLURAL_PRONOUNS = word_list("plural-pronouns")
#: Pronouns that may stand for a group named before ("we" in a quote is the speaker's own side).
THIRD_PERSON_PRONOUNS = PLURAL_PRONOUNS | word_list("neuter-pronouns")
#: A country's own civic processes, which its own people act on: "boycott Algeria's elections".
CIVIC_PROCESS_NOUNS = word_list("civic-process-nouns")
#: What one side says against another, which a third may deny or reject: "denied the accusation".
ACCUSATION_NOUNS = word_list("accusation-nouns")
#: Verbs that, in a story about sanctions, sanction rather than strike: "Brussels targets the police".
SANCTION_CONTEXT_VERBS = word_list("sanction-context-verbs")
#: Verbs of warning, which threaten only when someone is warned or the reported act names one.
WARNING_VERBS = word_list("warning-verbs")
#: Verbs of tolerating: "will not allow X to …" warns X.
TOLERANCE_VERBS = word_list("tolerance-verbs")
#: Acts asked of whoever holds someone or something: "demanded the release of the crew".
RELEASE_NOUNS = word_list("release-nouns")
#: Nouns whose doer an earlier event may give: acts, accusations, releases ("condemned the seizure").
ACT_OBJECT_NOUNS = ACT_NOUNS | ACCUSATION_NOUNS | RELEASE_NOUNS


@dataclass(frozen=True, slots=True)
class EventCode:
    type: str
    mode: str | None
    cameo: str
    goldstein: float
    targets: tuple[str, ...]
    rule: str


def _code(row: dict[str, str], rule: str) -> EventCode:
    return EventCode(
        row["type"], row["mode"] or None, row["cameo"], float(row["goldstein"]), tuple(row["target"].split("|")), rule
    )


@cache
def _verb_codes() -> dict[tuple[str, str], EventCode]:
    codes = {}
    for row in table("event_verbs.tsv"):
        particle = row["particle"]
        codes[(row["lemma"], particle)] = _code(row, f"verb:{row['lemma']}{'-' + particle if particle else ''}")
    return codes


@cache
def _noun_codes() -> tuple[dict[tuple[str, str], EventCode], dict[str, EventCode]]:
    """(noun, light verb) → code, and noun → code for nominalisations standing on their own."""
    with_verbs, alone = {}, {}
    for row in table("event_nouns.tsv"):
        for verb in row["verbs"].split("|"):
            with_verbs[(row["noun"], verb)] = _code(row, f"noun:{verb.replace(' ', '-')}-{row['noun']}")
        alone.setdefault(row["noun"], _code(row, f"noun:{row['noun']}"))
    return with_verbs, alone


@cache
def _act_names() -> frozenset[str]:
    """Nouns that name an act by themselves, so that any verb that begins or carries it on is that
    act: the nominal events, and nouns the lexicon lists with a verb of beginning ("launch an
    investigation"), unlike "bid" or "membership", which are only acted on."""
    alone = _noun_codes()[1]
    begun = {noun for (noun, verb) in _noun_codes()[0] if verb in ASPECTUAL_VERBS}
    return frozenset(n for n in alone if n in NOMINAL_EVENTS or n in begun)


def quad_class(cameo: str | None) -> int | None:
    """GDELT's QuadClass from the CAMEO root: 1 verbal cooperation, 2 material cooperation,
    3 verbal conflict, 4 material conflict."""
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


# --- what a verb expresses -----------------------------------------------------------------------


def _lemma(verb: Token) -> str:
    """The verb's lemma, or where spaCy's lemmatizer slips ("staged" → "stag") the base form that the
    lexicon knows, found by undoing the regular inflection."""
    lemma = verb.lemma_.lower()
    if lemma in _known_verbs():
        return lemma
    word = verb.lower_
    for base in (word[:-1], word[:-2], word[:-3], word[:-3] + "e", word[:-2] + "e"):
        if word.endswith(("s", "ed", "ing")) and base in _known_verbs():
            return base
    return lemma


@cache
def _known_verbs() -> frozenset[str]:
    return frozenset(lemma for lemma, _ in _verb_codes()) | frozenset(verb for _, verb in _noun_codes()[0])


def _verb_event(verb: Token) -> tuple[EventCode, Token] | None:
    """The event a verb expresses, and the token its target hangs from (the verb itself, or the noun
    of a light verb: "imposed sanctions on Y")."""
    lemma = _lemma(verb)
    codes = _verb_codes()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    # the noun of a light verb is the act: "sent troops" is MOBILIZE, not AID; "called off the
    # strike" (the phrasal verb) concedes where "called a strike" protests; "gave $5 million of aid",
    # "declared a state of emergency": the noun after "of"; a prepositional light verb: "went on
    # strike", "remained on alert", "engaged in ethnic cleansing"
    light_nouns = [
        (noun, [*(f"{lemma} {p}" for p in particles), lemma])
        for child in verb.children
        if child.dep_ in ("dobj", "nsubjpass", "attr")
        # "launched artillery, mortar and rocket fire": any of the coordinated objects
        for noun in (child, *child.conjuncts, *(p for c in child.children if c.dep_ == "prep" and c.lower_ == "of"
                                                for p in c.children if p.dep_ == "pobj"))
    ] + [
        (noun, [f"{lemma} {prep.lower_}"])
        for prep in verb.children
        if prep.dep_ == "prep"
        for noun in prep.children
        if noun.dep_ == "pobj"
    ]  # fmt: skip
    for noun, verbs in light_nouns:
        code = _light_verb_code(noun, verbs)
        if code is not None:
            return (code, noun) if code.type != NO_ACT else None
    # "shared evidence with Y": the preposition of a prepositional verb may hang on its object
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for child in (*verb.children, *(c for o in objects for c in o.children if c.dep_ == "prep")):
        # the parser may take a particle for an adverb: "hits back at Pakistan"
        if child.dep_ in ("prt", "prep", "advmod") and (lemma, child.lower_) in codes:
            return codes[(lemma, child.lower_)], verb
    if lemma in ASPECTUAL_VERBS:
        # "continued their hunger strike", "speeded up the withdrawal": the act the verb carries on
        for child in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
            name = next((n for n in (_noun_phrase(child), child.lemma_.lower()) if n in _act_names()), None)
            if name is not None:
                code = _noun_codes()[1][name]
                return replace(code, rule=f"{code.rule}:{lemma}"), child
    # "Brussels targets the morality police" in a story about sanctions is sanctioning them, not an
    # attack (one "with missiles" is)
    armed = any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    if (
        lemma in SANCTION_CONTEXT_VERBS
        and not armed
        and any(t.lemma_.lower() == "sanction" for t in verb.doc[: verb.i])
    ):
        code = _noun_codes()[1]["sanction"]
        return replace(code, targets=("dobj",), rule=f"verb:{lemma}:sanctions"), verb
    if (lemma, "") in codes:
        return codes[(lemma, "")], verb
    return None


def _light_verb_code(noun: Token, verbs: Sequence[str]) -> EventCode | None:
    nouns, _ = _noun_codes()
    for verb in verbs:
        code = nouns.get((_noun_phrase(noun), verb)) or nouns.get((noun.lemma_.lower(), verb))
        if code is not None:
            return code
    return None


def _is_purpose_of_coded_verb(verb: Token) -> bool:
    """Is the verb the purpose of a coded act that already says it ("dispatched inspectors to
    monitor", "staged a hunger strike to demand": the protest carries its demand; "summoned the
    ambassador to protest": the summons is the complaint)?"""
    host = _purpose_host(verb)
    coded = _verb_event(host) if host is not None else None
    if host is None or coded is None:
        return False
    own = _verb_event(verb)
    complaint = own is not None and {coded[0].type, own[0].type} <= COMPLAINT_TYPES
    return coded[0].type == "PROTEST" or complaint or _purpose(host) is not None


def _purpose_host(verb: Token) -> Token | None:
    """The verb an infinitive of purpose is for; the parser may hang it on that verb's object as a
    relative ("summoned the ambassador, whose embassy …, to protest")."""
    if not any(c.lower_ == "to" for c in verb.children) or verb.head is verb:
        return None
    if verb.dep_ in ("advcl", "xcomp"):
        return verb.head
    if verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "dobj":
        return verb.head.head
    return None


def _noun_phrase(noun: Token) -> str:
    """A noun with its compound modifier, as event nouns may be listed: "hunger strike"."""
    compounds = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i == noun.i - 1]
    return " ".join([*compounds, noun.lemma_.lower()])


def _covered_by_head(verb: Token) -> bool:
    """An infinitive under an event verb is part of that event: "agreed to cooperate" is one AGREE,
    "threatened to impose sanctions" one THREATEN."""
    return verb.dep_ == "xcomp" and _verb_event(verb.head) is not None


# --- who acts, on whom ---------------------------------------------------------------------------


def _controller(verb: Token) -> Token | None:
    """Who does what an infinitive says: the object of "urge"-like verbs, else the subject ("Norway
    is willing to send …": the subject of the copula the adjective hangs on)."""
    head = verb.head
    if head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod", "attr") and head.head is not head:
        head = head.head
    if verb.dep_ == "pcomp" and head.head is not head:
        # "said … after hosting Erdogan": the preposition hangs on the clause's verb, whose object,
        # when it has one, is the doer ("accused Baku of shelling", "thanked Ramaphosa for hosting")
        head = head.head
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    if head.lemma_.lower() in OBJECT_CONTROL:
        # "urged Moscow to withdraw"; "called on Iran to release" (the one called on)
        called_on = [p for c in head.children if c.dep_ in ("prep", "prt") and c.lower_ == "on" for p in c.children
                     if p.dep_ == "pobj"]  # fmt: skip
        obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None) or next(iter(called_on), None)
        if obj is not None:
            return obj
    return subject_of(head) or (_controller(head) if head.dep_ == "xcomp" else None)


def _sources(verb: Token, head: Token) -> tuple[list[Token], bool]:
    """The source tokens (every conjunct) and whether the clause is passive."""
    subject = subject_of(verb)
    agents = [c for d in verb.children if d.dep_ == "agent" for c in d.children if c.dep_ == "pobj"]
    if subject is None and verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        # "talks mediated by the AU"; "India and Brazil, invited as guests": done to the noun, by no one named
        return (_with_modifier_conjuncts(_conjuncts(agents[0])) if agents else []), True
    if subject is not None and subject.dep_ == "nsubjpass":
        if not agents and _lemma(verb) in STANCE_PARTICIPLES:
            return _with_modifier_conjuncts(_conjuncts(subject)), False  # "Israel is opposed to …"
        if not agents and _lemma(verb) in HARM_VERBS:
            # "was killed in a car bomb explosion": the incident stands where the agent would
            agents = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "by")
                      for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in INCIDENT_NOUNS]  # fmt: skip
        return _with_modifier_conjuncts(_conjuncts(agents[0])) if agents else [], True
    if subject is None and (verb.dep_ == "xcomp" or _purpose_clause(verb) or _participle(verb)):
        subject = _controller(verb)
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in DOCUMENT_NOUNS:
        subject = _author(verb.head)  # "issued a statement condemning …": the statement's author condemns
    if subject is None and verb.dep_ == "acomp" and _lemma(verb) in STANCE_PARTICIPLES:
        subject = subject_of(verb.head)  # "Poland is opposed to …" parsed as a copula and its complement
    if subject is None and verb.dep_ == "relcl":
        subject = verb.head  # "Russia, which expelled ...": the noun the clause hangs on
    if subject is not None and subject.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    return (_with_modifier_conjuncts(_conjuncts(subject)) if subject is not None else []), False


def _author(document: Token) -> Token | None:
    """Who a statement is by: its owner ("the ministry's statement"), else the subject of the verb
    that issued it ("the ministry issued a statement")."""
    owner = next((c for c in document.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    return subject_of(document.head) if document.dep_ in ("dobj", "pobj") and document.head.pos_ == "VERB" else None


def _with_modifier_conjuncts(tokens: list[Token]) -> list[Token]:
    """ "Hungarian and Romanian officials agreed": two sources named by conjoined modifiers."""
    result = []
    for token in tokens:
        modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.conjuncts]
        if modifiers:
            result.extend(_conjuncts(modifiers[0]))
        else:
            result.append(token)
    return result


def _participle(verb: Token) -> bool:
    """ "…, accusing Stockholm of …", "…, killing two soldiers", "after hosting Erdogan": an adjunct
    whose doer is the clause's."""
    return verb.dep_ in ("advcl", "conj", "pcomp") and verb.tag_ == "VBG" and verb.head is not verb


def _purpose_clause(verb: Token) -> bool:
    """ "converged on Lagos to protest …": an infinitive of purpose, whose doer is the main clause's."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it: "Poland and Lithuania", "Barack Obama and
    Vladimir Putin" (the parser may hang the "and" on "Barack"), "the US, Russia, and Switzerland"
    (it may read "Russia" as an apposition)."""
    heads = [token, *(c for c in token.children if c.dep_ == "compound" and c.i < token.i)]
    listed = [c for c in token.children if c.dep_ == "appos" and c.conjuncts]
    members = [token]
    for head in heads + listed:
        for member in (head, *head.conjuncts) if head in listed else head.conjuncts:
            if member.i > token.i and member not in members:
                members.append(member)
    return members


def _objects(head: Token, targets: Sequence[str]) -> Iterator[Token]:
    """Candidate target tokens, in the order the code lists them; a preposition on the object comes
    after every listed slot of the verb itself ("demanded the withdrawal of Serbian forces from
    Bosnia": the object's "from" is where they withdraw from, not whom the demand is made of)."""
    yield from _slots(head, targets, ("dobj", "attr", "advmod"))
    yield from _slots(head, [t for t in targets if t != "dobj"], ())


def _slots(head: Token, targets: Sequence[str], object_holders: Sequence[str]) -> Iterator[Token]:
    for target in targets:
        if target == "dobj" and head.pos_ in ("NOUN", "PROPN"):
            # the noun of a light verb is its own patient: "expelled Russia's diplomats", "UN inspectors"
            yield from (c for c in head.children if c.dep_ in ("poss", "amod", "compound", "nmod"))
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
                yield from (c for c in prep.children if c.dep_ == "pobj")
        if target == "dobj":
            for child in head.children:
                if child.dep_ in ("dobj", "dative", "nsubjpass") and child is not head:
                    yield from _conjuncts(child)
                    # "Y's diplomats", "Ukrainian positions", "the Russian embassy"
                    yield from (c for c in child.children if c.dep_ in ("poss", "amod", "compound"))
                    # "Y's diplomats", "the call by Y's rulers", "an offer from Y"
                    preps = (c for c in child.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "in", "by"))
                    for prep in preps:
                        yield from (c for c in prep.children if c.dep_ == "pobj")
        else:
            holders = [head] if object_holders else [c for c in head.children if c.dep_ in ("dobj", "attr", "advmod")]
            for holder in holders:
                # "pulled its troops out of Mali": a preposition may hang on the particle before it
                inner = [g for c in holder.children if c.dep_ in ("prt", "prep") and c.lower_ in ("out", "away")
                         for g in c.children]  # fmt: skip
                for child in (*holder.children, *inner):
                    if child.dep_ in ("prep", "prt", "agent", "dative") and child.lower_ == target:
                        for pobj in (c for c in child.children if c.dep_ == "pobj"):
                            yield from _conjuncts(pobj)
                            yield from (c for c in pobj.children if c.dep_ == "poss")


def _objects_of_acts(nouns: Sequence[Token]) -> Iterator[Token]:
    """The actors a noun naming an act is aimed at: "sanctions against Nigeria", "strikes on Y"."""
    for noun in nouns:
        if noun.lemma_.lower() in _act_names():
            for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ACT_PREPOSITIONS):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    yield from _conjuncts(pobj)


def _clause_actors(verb: Token) -> Iterator[Token]:
    """Tokens of a speech act's reported clause that may name its target ("warned that NATO …")."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp"):
            for token in child.subtree:
                if token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss"):
                    yield token


# --- status, date --------------------------------------------------------------------------------


def _status(verb: Token, quoted: Sequence[tuple[int, int]]) -> str:
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return "negated"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FAILURE_VERBS:
        return "negated"
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKERS for c in children):
        return "hypothetical"
    auxiliaries = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    if verb.dep_ == "xcomp":  # "could move to impose", "will seek to impose"
        auxiliaries |= {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")}
    if "would" in auxiliaries and _under_speech_verb(verb):
        auxiliaries = (auxiliaries - {"would"}) | {"will"}  # "said they would boycott": a future told
    if auxiliaries & HYPOTHETICAL_AUXILIARIES:
        return "hypothetical"
    intent = any(head.lemma_.lower() in INTENT_VERBS | INTENT_ADJECTIVES for head in _xcomp_heads(verb))
    if auxiliaries & FUTURE_AUXILIARIES or intent:
        return "future"
    if _demanded(verb):
        return "hypothetical"  # "demanded that the government demobilize": asked for, not done
    if _alleged(verb):
        return "reported"  # "accused Rwanda of backing M23": what the accuser says, not the article
    if (
        _purpose_clause(verb)
        and _lemma(verb.head) in OBJECT_CONTROL
        and any(c.dep_ == "dobj" for c in verb.head.children)
    ):
        return "future"  # "authorised a force to help Haiti's police": what the force is to do, not done yet
    host = _purpose_host(verb)
    if host is not None and host.pos_ in ("VERB", "AUX"):
        inherited = _status(host, quoted)  # "will send troops to protect": as the act it is for
        if inherited not in FACTUAL:
            return inherited
    if any(start <= verb.idx < end for start, end in quoted) or _under_speech_verb(verb):
        return "reported"
    return "asserted"


def _alleged(verb: Token) -> bool:
    """Is the verb the act an accusation names ("accused Baku of shelling", "blamed Kyiv for
    attacking")?"""
    if verb.dep_ != "pcomp" or verb.head.head is verb.head:
        return False
    accuser = verb.head.head
    coded = _verb_event(accuser) if accuser.pos_ in ("VERB", "AUX") else None
    return coded is not None and coded[0].type == "ACCUSE"


def _demanded(verb: Token) -> bool:
    """Is the verb what someone demands, urges or asks for ("demanded that the army withdraw"; "called
    on Iran to release", which the parser may read as a purpose)?"""
    if not (verb.dep_ in ("ccomp", "xcomp") or _purpose_clause(verb)) or verb.head is verb:
        return False
    coded = _verb_event(verb.head) if verb.head.pos_ in ("VERB", "AUX") else None
    return coded is not None and coded[0].type == "REQUEST"


def _xcomp_heads(verb: Token) -> Iterator[Token]:
    """The verbs an infinitive hangs from, up its chain: "prepared to resume shelling" → resume,
    prepared. The parser may read the infinitive of an intention as one of purpose ("have sworn
    to fight")."""
    while verb.head is not verb and (
        verb.dep_ == "xcomp"
        or (verb.dep_ == "advcl" and _purpose_clause(verb) and verb.head.lemma_.lower() in INTENT_VERBS)
    ):
        verb = verb.head
        yield verb


def _under_speech_verb(verb: Token) -> bool:
    """Is the verb inside what someone is said to have said ("X said Y expelled ...")?"""
    token = verb
    while token.dep_ in ("ccomp", "conj", "advcl", "xcomp") and token.head is not token:
        clause, token = token, token.head
        if token.lemma_.lower() in cue_lemmas() and token.lemma_.lower() not in ("accuse", "blame", "deny"):
            # "Poland expels …, Moscow vows response": a clause before a verb with its own object is
            # not what that verb reports
            return not (clause.i < token.i and any(c.dep_ == "dobj" for c in token.children))
    return False


def _condition(verb: Token) -> str | None:
    """The word that sets a condition on the act, if any: "unless" holds it over someone (announcing
    it is a threat, whatever the act); "if" only sets when it happens ("will send aid if attacked")."""
    for child in verb.children:
        if child.dep_ == "advcl":
            mark = next(
                (m.lower_ for m in child.children if m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKERS), None
            )
            if mark:
                return mark
    return None


def _event_date(article: Article, verb: Token) -> tuple[date | None, str | None]:
    """The date an expression in the verb's clause (else its sentence) names, with its precision;
    else the publication date (precision "published"), which is when a wire story's undated acts
    happened."""
    in_clause = [e for e in entities_in(sentence_of(verb)) if e.label_ == "DATE" and any(t in verb.subtree for t in e)]
    for ent in [*in_clause, *(e for e in entities_in(sentence_of(verb)) if e.label_ == "DATE" and e not in in_clause)]:
        found = resolve_date(ent.text, article.published)
        if found:
            return found
    return (article.published, "published") if article.published else (None, None)


# --- the stage -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Candidate:
    """An event found in one clause, before evidence and dates are attached."""

    code: EventCode
    trigger: Token
    source: Token
    target: Token | None
    passive: bool
    rule_suffix: str = ""
    #: "condemned the launch": the act acted on, whose doer is the target when no actor is named
    act: Token | None = None


def _resolve(extraction: Extraction, doc: Doc, token: Token) -> tuple[ActorRef, bool]:
    if token.pos_ == "VERB" and token.dep_ in ("nsubj", "nsubjpass"):
        # "The Red Cross operating in Iraq said": the parser made the participle the subject
        token = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), token)
    actor = actor_at(extraction, token.idx, token.idx + len(token))
    if actor is None and token.pos_ != "PRON":
        # "Guyana's President Irfaan Ali called", parsed with the title as head: the person named
        named = (actor_at(extraction, c.idx, c.idx + len(c)) for c in token.children if c.dep_ == "appos")
        actor = next(filter(None, named), None)
    if actor is None:
        # "Swiss doctors", "a group of Moroccan diplomats": the actor that qualifies the noun, the
        # nearest first ("bin Laden's al-Qaeda network" is al-Qaeda's)
        for child in reversed(list(token.children)):
            if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < token.i:
                # "US Predator attacks", "Montenegro Municipality Association officials": the modifier's
                # own compounds may be the actor, the nearest first; "Vietnamese-led forces": who leads
                modifiers = [
                    child,
                    *(t for t in reversed(list(child.subtree)) if t.dep_ in ("compound", "appos", "npadvmod")
                      and t.head.lower_ not in SPONSOR_PARTICIPLES),
                ]  # fmt: skip
                # "Iran-backed militias" are not Iran's: their backer is not who they are
                actor = next(filter(None, (actor_at(extraction, m.idx, m.idx + len(m)) for m in modifiers)), None)
                sector = sector_of_noun(doc, token)
                if actor is not None and actor.kind != "person" and actor.key and sector:
                    # "Vietnamese-led forces" are Vietnam's military, not its civilians
                    return replace(reference(actor, token.text), code=actor.key + sector), True
            elif child.dep_ == "prep" and child.lower_ == "of" and token.lemma_.lower() in COLLECTIVE_NOUNS:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is None:
                    return reference(None, token.text), False
                return _as_people_of(doc, token, *_resolve(extraction, doc, pobj))
            elif (
                child.dep_ == "prep"
                and child.lower_ in ("of", "from")
                and token.pos_ == "NOUN"
                and not _names_an_act(token)
            ):
                # "doctors from two American aid groups", "the president of Armenia", "the computers of
                # South Korean officers": the actor the noun belongs to (not "the withdrawal of forces")
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                ref, known = _resolve(extraction, doc, pobj) if pobj is not None else (None, False)
                if known and ref is not None:
                    return _as_people_of(doc, token, ref, known)
            if actor is not None:
                break
    if actor is not None:
        return reference(actor, token.text), True
    if token.ent_type_ == "GPE" and token.dep_ in ("dobj", "pobj", "nsubjpass"):
        # "shelled Kharkiv": a city acted on stands for its country
        entity = entity_at(token)
        place = place_named(entity.text)
        if place is not None and place.country:
            return ActorRef(name=entity.text, key=place.country, code=place.country), True
    return reference(None, doc[token.left_edge.i : token.right_edge.i + 1].text), False


def _as_people_of(doc: Doc, noun: Token, ref: ActorRef, known: bool) -> tuple[ActorRef, bool]:
    """ "Supporters of former President Ben Bella": the people of whom the noun speaks keep their own
    (non-state) sector; "a group of Moroccan diplomats" is simply the diplomats."""
    sector = sector_of_noun(doc, noun) if known and ref.key else None
    if sector in NON_STATE_SECTORS:
        return replace(ref, code=(ref.key or "") + sector, actor=None, named=False), True
    return ref, known


def _names_an_act(noun: Token) -> bool:
    """ "the withdrawal of forces from Bosnia": an act, whose "from" is a place, not its people's origin."""
    lemma = noun.lemma_.lower()
    code = _noun_codes()[1].get(lemma)  # every act name has a row; "signal" has one that is no act
    return lemma in ACT_NOUNS or (code is not None and code.type != NO_ACT)


def _first_actor(extraction: Extraction, doc: Doc, tokens: Iterator[Token], source: ActorRef) -> Token | None:
    """The first token naming an actor other than the source; one of the source's own country
    ("offered its troops to Lebanon") only when no other is named."""
    own: Token | None = None
    for token in tokens:
        ref, known = _resolve(extraction, doc, token)
        if not known or (ref.actor is not None and ref.actor == source.actor):
            continue
        if ref.key and ref.key == source.key:
            own = own or token
            continue
        return token
    return own


def _other_targets(extraction: Extraction, doc: Doc, target: Token | None, source: ActorRef) -> list[Token]:
    """The targets coordinated with ``target`` that name other actors than it and the source."""
    if target is None:
        return []
    first, _ = _resolve(extraction, doc, target)
    others, keys = [], {first.key, source.key}
    for conjunct in target.conjuncts:
        ref, known = _resolve(extraction, doc, conjunct)
        if conjunct.i > target.i and known and ref.key not in keys:
            others.append(conjunct)
            keys.add(ref.key)
    return others


def _obligation_candidates(doc: Doc, extraction: Extraction, verb: Token) -> Iterator[_Candidate]:
    """ "X said (that) Y must/should …" is X demanding of Y (CAMEO 10, REQUEST)."""
    if verb.lemma_.lower() not in cue_lemmas():
        return
    speaker = subject_of(verb)
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        auxiliaries = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
        target = subject_of(clause)
        if speaker is not None and target is not None and auxiliaries & OBLIGATION_AUXILIARIES:
            yield _Candidate(_DEMAND, verb, speaker, target, False, ":obligation")


_DEMAND = EventCode("REQUEST", None, "100", -5.0, ("dobj",), "speech:must")


def _commitment(verb: Token, code: EventCode) -> EventCode | None:
    """ "vowed to support Kyiv" is a promise (AGREE), "vowed to retaliate" a threat."""
    if verb.lemma_.lower() not in COMMITMENT_VERBS:
        return None
    for child in verb.children:
        coded = _verb_event(child) if child.dep_ == "xcomp" else None
        if coded is not None and (quad_class(coded[0].cameo) or 0) in (1, 2):
            return replace(_INTENT, rule=f"{code.rule}:promise")
    return None


def _purpose(verb: Token) -> EventCode | None:
    """ "sent inspectors to investigate": a verbal act that a generic act (sending, deploying,
    meeting) is for. A protest keeps its type: "marched to demand reforms" is still a protest."""
    coded = _verb_event(verb)
    if coded is None or coded[0].type not in PURPOSE_HOSTS:
        return None
    for child in verb.children:
        if child.dep_ in ("advcl", "xcomp") and any(c.lower_ == "to" and c.dep_ == "aux" for c in child.children):
            coded = _verb_event(child)
            if coded is not None and coded[0].type in PURPOSE_TYPES:
                return coded[0]
    return None


def _judgement_candidates(doc: Doc, extraction: Extraction, verb: Token) -> Iterator[_Candidate]:
    """ "called the move a grave mistake" (ACCUSE), "described the deal as a breakthrough" (SUPPORT):
    judging a thing by a second object that blames or praises it."""
    if verb.lemma_.lower() not in JUDGING_VERBS:
        return
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    judgements = [c for c in verb.children if c.dep_ in ("oprd", "attr", "ccomp", "xcomp", "prep")]
    judgements += [p for c in judgements if c.dep_ == "prep" for p in c.children if c.lower_ == "as"]
    words = {t.lemma_.lower() for j in judgements for t in j.subtree}
    code = _JUDGED_BAD if words & NEGATIVE_JUDGEMENTS else _JUDGED_GOOD if words & POSITIVE_JUDGEMENTS else None
    subject = subject_of(verb)
    if code is None or not objects or subject is None or subject.dep_ == "nsubjpass":
        return
    obj = objects[0]
    candidates = [obj, *(c for c in obj.children if c.dep_ in ("poss", "amod", "compound"))]
    source_ref, _ = _resolve(extraction, doc, subject)
    target = _first_actor(extraction, doc, iter(candidates), source_ref)
    act = obj if obj.lemma_.lower() in ACT_OBJECT_NOUNS or obj.pos_ == "PRON" else None
    yield _Candidate(code, verb, subject, target, False, ":judgement", act)


_JUDGED_BAD = EventCode("ACCUSE", "disapprove", "111", -2.0, ("dobj",), "verb:judge-bad")
_JUDGED_GOOD = EventCode("SUPPORT", None, "051", 3.4, ("dobj",), "verb:judge-good")


def _verb_candidates(doc: Doc, extraction: Extraction, verb: Token) -> Iterator[_Candidate]:
    yield from _obligation_candidates(doc, extraction, verb)
    judged = list(_judgement_candidates(doc, extraction, verb))
    if judged:
        yield from judged
        return
    coded = _verb_event(verb)
    if coded is None or _covered_by_head(verb) or _is_purpose_of_coded_verb(verb):
        return
    code, head = coded
    speech = verb.lemma_.lower() in cue_lemmas() and any(c.dep_ == "ccomp" for c in verb.children)
    if speech and code.type not in SPEECH_ACT_TYPES and code.type not in STANCE_TYPES:
        return  # "recalled that …", "noted that …": saying, not doing
    code = _purpose(verb) or _commitment(verb, code) or code
    sources, passive = _sources(verb, head)
    if _headline_passive(extraction, verb, code):
        sources, passive = [], True  # "French envoy expelled": a heading drops the "was"
    sources = [s for source in sources for s in _reporters_for(extraction, source)]
    if passive and not sources and code.type == "ASSAULT":
        # "a mortar bomb was fired at Israel from the Gaza Strip": fire with no one named comes from
        # where it was fired from
        sources = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
                   if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC")][:1]  # fmt: skip
    objects = [verb.head] if verb.dep_ == "relcl" and not sources else []
    if passive:
        subject = subject_of(verb) or (verb.head if verb.dep_ == "acl" else None)  # "the camp attacked by …"
        objects = (
            (_conjuncts(subject) if head is verb else list(_objects(head, ("dobj",)))) if subject is not None else []
        )
    candidates = objects or list(_objects(head, code.targets))
    if not candidates and head is verb and "dobj" in code.targets and not passive:
        # "rounding up and expelling Afghans": coordinated verbs share the object the last one has
        partners = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        candidates = [o for p in partners for o in p.children if o.dep_ == "dobj"]
    if head is not verb and not objects:  # "sent troops to Poland": the target hangs on the light verb
        candidates += [t for t in _objects(verb, code.targets) if t is not head]
        candidates += [c for c in verb.children if c.dep_ == "dative"]  # "gave Tanzania a grant"
    if not objects:  # "agreed to US mediation": any object of the clause, after the listed ones
        candidates += [t for t in _objects(head, ALL_TARGETS) if t not in candidates]
    for source in sources:
        source_ref, _ = _resolve(extraction, doc, source)
        target = _first_actor(extraction, doc, iter(candidates), source_ref)
        if target is None:  # "agreed to back Sweden's bid": the target of what was agreed
            infinitives = [c for c in verb.children if c.dep_ == "xcomp"]
            target = _first_actor(
                extraction, doc, (t for x in infinitives for t in _objects(x, ALL_TARGETS)), source_ref
            )
        if target is None and _lemma(verb) in TOLERANCE_VERBS:
            # "will not allow Hamas to rearm", parsed with Hamas as the clause's subject
            subjects = (s for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children
                        if s.dep_ in ("nsubj", "nsubjpass"))  # fmt: skip
            target = _first_actor(extraction, doc, subjects, source_ref)
        if target is None and code.type in SPEECH_ACT_TYPES:
            target = _first_actor(extraction, doc, _clause_actors(verb), source_ref)
        if target is None and code.type in SPEECH_ACT_TYPES:
            # "called for sanctions against Nigeria": the target of the act asked for or denounced
            target = _first_actor(extraction, doc, _objects_of_acts(candidates), source_ref)
        act = next((c for c in candidates if c.lemma_.lower() in ACT_OBJECT_NOUNS), None)
        yield _Candidate(code, verb, source, target, passive, ":passive" if passive else "", act)
        # "killed two Syrian soldiers and two members of Iran's Revolutionary Guards": one event a target
        for other in _other_targets(extraction, doc, target, source_ref):
            yield _Candidate(code, verb, source, other, passive, (":passive" if passive else "") + ":conjunct")


def _noun_candidates(doc: Doc, extraction: Extraction, noun: Token) -> Iterator[_Candidate]:
    """A nominalisation with its actors: "X's offensive in Y", "the expulsion of Y's diplomats by X",
    "talks between X and Y"."""
    _, alone = _noun_codes()
    code = alone.get(noun.lemma_.lower()) if noun.lemma_.lower() in NOMINAL_EVENTS else None
    if code is None or (noun.dep_ in ("dobj", "nsubjpass", "attr") and _verb_event(noun.head) is not None):
        return
    children = list(noun.children)
    owner = next((c for c in children if c.dep_ == "poss"), None)
    if owner is None and code.type != "SANCTION":
        # "Palestinian riots against …", "Russian attacks on …": a nationality adjective is the doer
        # (not for sanctions: "Russian sanctions" are more often on Russia than by it)
        owner = next((c for c in children if c.dep_ == "amod" and c.ent_type_ == "NORP"), None)
    # "the expulsion of Russia's diplomats by Poland": the parser may hang "by Poland" on "diplomats",
    # but not deeper ("demonstrations against violations by the military" are not the military's)
    holders = [noun, *(p for c in children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                       if p.dep_ == "pobj")]  # fmt: skip
    agent = next((p for h in holders for t in h.children if t.dep_ == "prep" and t.lower_ == "by"
                  for p in t.children if p.dep_ == "pobj"), None)  # fmt: skip
    between = next((c for c in children if c.dep_ == "prep" and c.lower_ == "between"), None)
    if between is not None:
        parties = [p for c in between.children if c.dep_ == "pobj" for p in _conjuncts(c)]
        if len(parties) >= 2:
            yield _Candidate(code, noun, parties[0], parties[1], False, ":nominal")
        return
    source = agent or owner
    if source is None:
        return
    source_ref, _ = _resolve(extraction, doc, source)
    candidates = [c for c in _objects(noun, code.targets) if c is not source]
    if agent is not None and owner is not None:
        candidates.insert(0, owner)  # "Y's expulsion by X": the owner is the target
    target = _first_actor(extraction, doc, iter(candidates), source_ref)
    yield _Candidate(code, noun, source, target, False, ":nominal")


def add_events(article: Article, doc: Doc, extraction: Extraction) -> Extraction:
    mask = content_mask(article, doc)
    sentences = sentence_ids(doc)
    quoted = [(q.start, q.end) for q in extraction.quotes if q.kind != "indirect"]
    found: list[Event] = []
    for token in doc:
        if not mask[token.i]:
            continue
        if token.pos_ in ("VERB", "AUX") or (token.dep_ == "acomp" and _lemma(token) in STANCE_PARTICIPLES):
            candidates = list(_verb_candidates(doc, extraction, token))
        elif token.pos_ == "NOUN":
            candidates = list(_noun_candidates(doc, extraction, token))
        else:
            continue
        for candidate in _with_reciprocals(candidates, extraction, doc):
            event = _event(article, doc, extraction, candidate, mask, sentences, quoted)
            co_targets: list[Event] = []
            if event is not None and event.target is None and candidate.act is not None:
                event, *co_targets = _targets_from_act(event, found, candidate.act.lemma_.lower())
            if event is not None:
                found.extend((event, *co_targets))
                trigger = candidate.trigger
                purpose = trigger.dep_ != "xcomp" and _purpose_host(trigger) is not None
                if not (_demanded(trigger) or purpose):
                    # an act demanded of someone, or done for the sake of another, is no stance of its own
                    found.extend(_stance(event, _condition(trigger), _warning(trigger)))
    linked = _with_quotes(found, extraction)
    return replace(extraction, events=tuple(_one_per_happening(linked + _claims(linked, extraction))))


def _with_quotes(events: list[Event], extraction: Extraction) -> list[Event]:
    """A reported event points at the quote that reports it (the quote whose span holds it)."""
    linked = []
    for event in events:
        index = next(
            (i for i, q in enumerate(extraction.quotes) if q.start <= event.start and event.end <= q.end + 1), None
        )
        linked.append(replace(event, quote=index) if event.status != "asserted" and index is not None else event)
    return linked


def _claims(events: Sequence[Event], extraction: Extraction) -> list[Event]:
    """A speaker who says another side struck, seized or blockaded ("Israel said a mortar bomb was
    fired from Gaza", "the ministry said Armenian units had fired first") accuses that side: CAMEO
    codes the allegation as well as the act it reports."""
    claims = []
    for event in events:
        speaker = extraction.quotes[event.quote].speaker if event.quote is not None else None
        if event.status != "reported" or event.quad_class != 4 or speaker is None or not speaker.key:
            continue
        if event.source.key and event.source.key != speaker.key:
            claim = _recoded(event, _ALLEGATION, _ALLEGATION.mode, "asserted")
            claims.append(replace(claim, source=speaker, target=event.source, also=()))
    return claims


def _recoded(event: Event, code: EventCode, mode: str | None, status: str) -> Event:
    """The event as another act it also is (a stance, a claim), with that act's codes and rule."""
    return replace(
        event,
        type=code.type,
        mode=mode,
        cameo=code.cameo,
        goldstein=code.goldstein,
        quad_class=quad_class(code.cameo),
        status=status,
        rule=f"{event.rule}:{code.rule}",
    )


_ALLEGATION = EventCode("ACCUSE", "allege", "112", -2.0, (), "claim")


def _warning(trigger: Token) -> bool:
    """ "We will not allow Iran to entrench itself": refusing, for the future, to tolerate what
    another side does is a warning to it (CAMEO 13), not a rejection."""
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in trigger.children)
    return future and trigger.lemma_.lower() in TOLERANCE_VERBS


def _stance(event: Event, condition: str | None, warning: bool = False) -> list[Event]:
    """What announcing or refusing an act is, in CAMEO's terms: "X will impose sanctions" is also X
    threatening them (13), "X will send aid to Y" X intending to cooperate with Y (03), "X will
    withdraw unless …" a threat whatever the act, "X will not accept Y's plan" or "X failed to agree
    with Y" X rejecting Y (12). The act itself stays, with its future or negated status."""
    cooperative = (event.quad_class or 0) in (1, 2)
    if event.status in ("future", "hypothetical") and event.type not in STANCE_TYPES:
        stance = _INTENT if cooperative and condition != "unless" else _THREAT
    elif event.status == "negated" and cooperative and event.type != "REJECT":
        stance = _THREAT if warning else _REFUSAL  # "failed to agree", "will not accept": a rejection
    else:
        return []
    if event.target is None and stance is not _THREAT:
        # "Kosovo will not negotiate", "the WFP plans to send convoys": a refusal or an intention
        # towards no one named is no dyadic event (a threat with no target still is one: it is made)
        return []
    # a threat or promise with a condition ("may halt … if", "will withdraw … unless") is made, not imagined
    declared = "asserted" if event.status != "hypothetical" or condition else "hypothetical"
    return [_recoded(event, stance, event.type.lower(), declared)]


_INTENT = EventCode("AGREE", None, "030", 4.0, (), "intent")
_JOINT = EventCode("COOPERATE", "military", "062", 6.4, (), "joint")
_OBSTRUCTION = EventCode("PROTEST", "obstruct", "144", -7.5, ("dobj",), "verb:block:non-state")
#: Sectors of actors that are not the state: their "blockades" are protest (CAMEO 144).
NON_STATE_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "NGO", "REB", "REL", "BUS"})
#: CAMEO roots of cooperation (01–08): an act of which towards one's own forces is no event between sides.
COOPERATIVE_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08"})
#: Sectors of bodies that act across borders: their people are no one country's.
TRANSNATIONAL_SECTORS = frozenset({"NGO", "IGO"})
#: Sectors of a state's own institutions, which its own people act on: "the Lithuanian Parliament".
STATE_ORGAN_SECTORS = frozenset({"GOV", "LEG", "JUD"})
_THREAT = EventCode("THREATEN", None, "130", -4.4, (), "threat")
_REFUSAL = EventCode("REJECT", None, "120", -4.0, (), "refusal")
#: Types that already are a stance, and are not turned into another one.
STANCE_TYPES = frozenset({"AGREE", "THREATEN", "REJECT", "REQUEST", "ACCUSE"})


def _targets_from_act(event: Event, earlier: Sequence[Event], act: str) -> list[Event]:
    """ "Japan condemned the launch": the target is who did the act, the source of an earlier
    factual event by someone else that the act names (its trigger shares the act's stem: "the
    seizure" is the event "seized"), else of one of material conflict. The first such event is the
    story's own (a wire story leads with it), not a later aside. An act several sides did together
    ("US and British jets struck …") gives one event for each."""
    others = [e for e in earlier if e.source.key and e.source.key != event.source.key and e.status in FACTUAL]
    if event.type == "REQUEST":
        if act not in RELEASE_NOUNS:
            return [event]  # "pushed for the sanctions": the target is whom they are on, not who imposed them
        # "demanded the release of the vessel": of whoever seized or holds it
        holders = [e for e in others if e.type == "COERCE" or e.mode == "abduct"]
        if not holders:
            return [event]
        return [replace(event, target=holders[0].source, rule=event.rule + ":act-of-earlier-event")]
    if act in ACCUSATION_NOUNS:
        # "Kigali denied the accusation": the accuser, the one who accused the speaker first
        accusations = [e for e in others if e.type == "ACCUSE"]
        aimed = [e for e in accusations if e.target is not None and e.target.key == event.source.key]
        previous = next(iter((*aimed, *reversed(accusations))), None)
    else:
        named = [e for e in others if any(_same_stem(act, word) for word in _trigger_words(e.rule))]
        # an act condemned is a conflictual one, an act welcomed a cooperative one ("welcomed the vote")
        welcomed = event.type == "SUPPORT" and any(w in cue_lemmas() for w in _trigger_words(event.rule)[:1])
        fitting = [e for e in others if (e.quad_class <= 2 if welcomed else e.quad_class == 4)
                   and ":act-of-earlier-event" not in e.rule]  # fmt: skip
        previous = next(iter((*named, *fitting)), None)
    if previous is None:
        return [event]
    # the same act told once for each coordinated doer ends where it does, under the same rule
    same_act = (previous.end, previous.type, _trigger_words(previous.rule))
    doers = [e.source for e in others if (e.end, e.type, _trigger_words(e.rule)) == same_act]
    doers = list({d.key: d for d in [previous.source, *doers]}.values())
    return [replace(event, target=doer, rule=event.rule + ":act-of-earlier-event") for doer in doers]


def _trigger_words(rule: str) -> list[str]:
    """The lexicon words a rule names: "noun:launch-missile:threat" → launch, missile."""
    parts = rule.split(":")
    return parts[1].replace(" ", "-").split("-") if len(parts) > 1 else []


def _same_stem(first: str, second: str) -> bool:
    """Do two words share a stem ("seizure" and "seize", "detention" and "detain")? Derivational
    morphology is out of spaCy's reach; a shared start of four letters and two thirds of the shorter
    word is close enough between an act noun and the trigger of an event."""
    shorter = min(len(first), len(second))
    shared = next((i for i in range(shorter) if first[i] != second[i]), shorter)
    return shared >= 4 and shared * 3 >= 2 * shorter


def _one_per_happening(events: list[Event]) -> list[Event]:
    """The same act told in the headline, the lead and a quote is one event: the first factual
    telling is the record, the others its ``also`` spans. A negated or hypothetical telling of the
    same triple is a different matter and stays apart."""
    kept: dict[tuple, Event] = {}
    order: list[tuple] = []
    for event in events:
        key = (
            event.source.code or event.source.name,
            event.target.code if event.target else None,
            event.type,
            event.status in FACTUAL,
        )
        if key not in kept:
            kept[key] = event
            order.append(key)
            continue
        first = kept[key]
        if (event.start, event.end) != (first.start, first.end) and (event.start, event.end) not in first.also:
            kept[key] = replace(first, also=(*first.also, (event.start, event.end)),
                                location=first.location or event.location)  # fmt: skip
    return _untargeted_tellings_joined([kept[key] for key in order])


def _untargeted_tellings_joined(events: list[Event]) -> list[Event]:
    """ "Kabul hits back" in the headline and "Kabul accused Islamabad of …" in the lead: a telling
    without its target is the same act as the same side's act of that type with one, and becomes
    one of its ``also`` spans."""

    def act(event: Event) -> tuple:
        return event.source.code or event.source.name, event.type, event.status in FACTUAL

    targeted = {act(e): i for i, e in reversed(list(enumerate(events))) if e.target is not None}
    joined = list(events)
    for event in events:
        index = targeted.get(act(event))
        if event.target is None and index is not None:
            twin = joined[index]
            joined[index] = replace(twin, also=(*twin.also, (event.start, event.end)))
    return [e for e in joined if e.target is not None or act(e) not in targeted]


def _with_reciprocals(candidates: list[_Candidate], extraction: Extraction, doc: Doc) -> list[_Candidate]:
    """ "X and Y agreed" → X agreed with Y and Y with X. Drills or patrols two sides hold together
    ("French and Egyptian warships launched war games") are military cooperation (062), not a show
    of force."""
    shows = [c for c in candidates if c.target is None and c.code.type == "MOBILIZE" and c.code.cameo == "150"]
    if len(shows) >= 2:
        candidates = [replace(c, code=replace(_JOINT, rule=f"{c.code.rule}:joint")) if c in shows else c
                      for c in candidates]  # fmt: skip
    # "X and Y signed a treaty" with each other; "X and Y did not sign the text" did not: a verb whose
    # object is neither an act nor an agreement is no dealing between its subjects
    untargeted = [c for c in candidates if c.target is None and c.code.type in RECIPROCAL_TYPES
                  and not (c.code.rule.startswith("verb:") and any(
                      o.dep_ == "dobj" and not _names_an_act(o) and o.lemma_.lower() not in AGREEMENT_NOUNS
                      for o in c.trigger.children))]  # fmt: skip
    if len(untargeted) < 2:
        return candidates
    result = [c for c in candidates if c not in untargeted]
    for candidate in untargeted:
        for other in untargeted:
            if other is not candidate:
                result.append(replace(candidate, target=other.source, rule_suffix=":reciprocal"))
    return result


def _event(
    article: Article,
    doc: Doc,
    extraction: Extraction,
    candidate: _Candidate,
    mask: Sequence[bool],
    sentences: Sequence[int],
    quoted: Sequence[tuple[int, int]],
) -> Event | None:
    source, source_known = _resolve(extraction, doc, candidate.source)
    target, target_known = (
        _resolve(extraction, doc, candidate.target) if candidate.target is not None else (None, False)
    )
    location = _event_location(doc, candidate.trigger)
    rule_suffix = candidate.rule_suffix
    incident = candidate.source.lemma_.lower() in INCIDENT_NOUNS and candidate.trigger.lemma_.lower() in HARM_VERBS
    if not source_known and incident and location is not None and location.country:
        # "a roadside bomb near Samarra killed …": violence no one is named for is coded, as CAMEO
        # coders do, to the country it happened in (flagged: the actor is inferred, not named)
        source, source_known = ActorRef(location.name, location.country, location.country, named=False), True
        rule_suffix += ":source-from-place"
    elif not source.key or any(c.lower_ == "ethnic" for c in candidate.source.subtree):
        # ethnic Albanians in Macedonia are, as CAMEO codes them, Macedonia's people
        doer = _reporting_subject(candidate.source) or candidate.source
        acted_on = _own_state_acted_on(candidate, target, target_known)
        uncoded = source if source_known and not source.key else None
        domestic = _domestic_source(doc, doer, candidate.trigger, acted_on, uncoded)
        if domestic is not None and domestic.key != source.key:
            source, source_known = domestic, True
            rule_suffix += ":source-from-place"
    if not (source_known or target_known):
        return None  # neither side is an actor: "the talks ended", "prices rose"
    if target is None and candidate.code.type == "THREATEN" and _lemma(candidate.trigger) in WARNING_VERBS:
        return None  # "aid groups warned that returns could trigger a crisis": a forecast, no one threatened
    if target is not None and (not target_known or target.actor == source.actor):
        target = None
    # (a state's own forces or officials, not its civilians backing their government: "truck drivers who
    # support Bolsonaro")
    state_source = (source.code or "")[3:] in ("", *STATE_SECTORS)
    own_forces = target is not None and target.key == source.key and (target.code or "")[3:] in STATE_SECTORS
    own_forces = own_forces and state_source
    if own_forces and candidate.code.cameo[:2] in COOPERATIVE_ROOTS:
        target = None  # "Kenya has offered to send 1,000 police officers": its own, not whom it helps
    reciprocal = candidate.rule_suffix.endswith(":reciprocal")  # "X and Y met in Brussels": with each other
    # a visit or summit somewhere is with the host state only when a state goes there, not when a
    # body meets at its own seat ("the EU will host the leaders in Brussels")
    state = source.key in gazetteer().country_names
    if (
        target is None
        and candidate.code.type in PLACE_TARGET_TYPES
        and (candidate.code.type != "CONSULT" or state)
        and location
        and location.country != source.key
        and not reciprocal
    ):
        # "Israeli missiles struck targets near Damascus": a strike in a country is on that country
        target = ActorRef(name=location.name, key=location.country, code=location.country, named=True)
    tokens = [candidate.source, candidate.trigger, *([candidate.target] if target and candidate.target else [])]
    first = next((i for i in range(candidate.source.left_edge.i, candidate.source.i + 1) if mask[i]), None)
    if first is None:
        return None  # the source is in a dateline or caption
    if sentence_of(candidate.source).start != sentence_of(candidate.trigger).start:
        # "… condemned the launch. They urged …": the evidence is the sentence of the act, from its start
        tokens, first = tokens[1:], sentence_of(candidate.trigger).start
    start = min(doc[first].idx, *(t.idx for t in tokens))
    if (
        target is not None
        and candidate.target is not None
        and candidate.target.dep_ in ("amod", "compound", "poss", "nmod")
    ):
        tokens[-1] = candidate.target.head  # "45 Russian diplomats": the whole object, not its adjective
    last = max(tokens, key=lambda t: t.i)
    end_token = last if last is candidate.trigger else last.right_edge
    while end_token.is_space and end_token.i > last.i:  # never end the evidence on a paragraph break
        end_token = doc[end_token.i - 1]
    end = end_token.idx + len(end_token)
    when, precision = _event_date(article, candidate.trigger)
    code = candidate.code
    sector = (source.code or "")[3:]
    # an unnamed people coded to a place is not that state's own forces unless its sector says so
    non_state = not source.key or sector in NON_STATE_SECTORS or (source.actor is None and sector not in STATE_SECTORS)
    if code.type == "COERCE" and code.mode == "restrict" and non_state:
        # workers, rebels or crowds of no known side blocking roads protest; a state blocking them coerces
        code = _OBSTRUCTION
    return Event(
        source=source,
        target=target,
        type=code.type,
        mode=code.mode,
        cameo=code.cameo,
        goldstein=code.goldstein,
        quad_class=quad_class(code.cameo),
        date=when,
        date_precision=precision,
        status=_status(candidate.trigger, quoted) if candidate.trigger.pos_ != "NOUN" else _noun_status(candidate),
        evidence=article.text[start:end],  # the same text: Doc.text is rebuilt on every call
        start=start,
        end=end,
        sentence=sentences[candidate.trigger.i],
        rule=code.rule + rule_suffix,
        location=location,
    )


def _event_location(doc: Doc, trigger: Token, own_clause: bool = False) -> Location | None:
    """Where the clause (else its sentence) says the act happened: a place after "in", "at", "near"…
    With ``own_clause``, only the trigger's clause and the clauses it governs, not what it reports."""
    sentence = sentence_of(trigger)
    if own_clause and trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "attr") and trigger.head.pos_ == "VERB":
        trigger = trigger.head  # "declared a state of siege in Haiti": the light verb's clause
    reported = {t.i for c in trigger.children if c.dep_ == "ccomp" for t in c.subtree} if own_clause else set()
    clause = [t for t in trigger.subtree if t.i not in reported]
    for tokens in (clause,) if own_clause else (clause, list(sentence)):
        for token in tokens:
            preposition = token.head.head if token.head.lower_ == "of" else token.head  # "outside of"
            if token.dep_ != "pobj" or preposition.lower_ not in LOCATION_PREPOSITIONS:
                continue
            labels = ("GPE", "LOC", "FAC")
            if token.ent_type_ == "" and token.pos_ == "NOUN":
                # "near the town of Samarra": the place is named after "of" (whatever the recogniser
                # called it: the noun says it is a place)
                named = [p for c in token.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
                token, labels = (named[0], ("GPE", "LOC", "FAC", "NORP", "ORG")) if named else (token, labels)
            entity = next((e for e in entities_in(sentence) if e.start <= token.i < e.end), None)
            if entity is None and token.pos_ == "PROPN":
                entity = doc[token.left_edge.i : token.i + 1]  # "in Osh": a place the recogniser missed
                labels = ("",)
            if entity is not None and entity.label_ in labels:
                place = place_named(entity.text.removeprefix("the ").strip())
                if place is not None:
                    return place
    return None


def _own_state_acted_on(candidate: _Candidate, target: ActorRef | None, target_known: bool) -> ActorRef | None:
    """The state whose own institution ("demanded that the Nigerian Interior Ministry …") or civic
    process ("will boycott Algeria's elections") a people acts on: its people, as CAMEO codes them.
    Not a capital standing for a government abroad ("shared the evidence with Kabul")."""
    if not target_known or target is None or candidate.target is None:
        return None
    if {candidate.target.lemma_.lower(), candidate.target.head.lemma_.lower()} & CIVIC_PROCESS_NOUNS:
        return target
    organ = (target.code or "")[3:] in STATE_ORGAN_SECTORS
    return target if organ and candidate.target.ent_type_ != "GPE" else None


def _headline_passive(extraction: Extraction, verb: Token, code: EventCode) -> bool:
    """Headline English drops the auxiliary of a passive: "French envoy expelled", "Two soldiers
    killed". A past form with a subject, no object and no auxiliary, in a heading, of a verb that
    takes its target as object, is a passive."""
    if verb.tag_ not in ("VBD", "VBN") or "dobj" not in code.targets or subject_of(verb) is None:
        return False
    if any(c.dep_ in ("dobj", "aux", "auxpass", "ccomp", "xcomp") for c in verb.children):
        return False
    headings = (p for p in extraction.article.paragraphs if p.kind in ("title", "subheading"))
    return any(p.start <= verb.idx < p.end for p in headings)


def _reporters_for(extraction: Extraction, source: Token) -> list[Token]:
    """ "Britain and Australia said they were in contact …": an unresolved "they" reporting for the
    coordinated subjects of the verb it reports for is each of them; so is a "they" opening the
    sentence after one whose subjects were coordinated ("Japan and South Korea condemned the
    launch. They called for …")."""
    if source.lower_ not in PLURAL_PRONOUNS or actor_at(extraction, source.idx, source.idx + len(source)):
        return [source]
    reporter = _reporting_subject(source) or _previous_subject(source)
    conjuncts = _conjuncts(reporter) if reporter is not None else []
    return conjuncts if len(conjuncts) > 1 else [source]


def _previous_subject(pronoun: Token) -> Token | None:
    """The subject of the sentence before, when the pronoun is its own sentence's main subject."""
    sentence = sentence_of(pronoun)
    if pronoun.dep_ != "nsubj" or pronoun.head != sentence.root or sentence.start == 0:
        return None
    before = sentence_of(pronoun.doc[sentence.start - 1])
    return subject_of(before.root) if before.root.pos_ in ("VERB", "AUX") else None


def _reporting_subject(pronoun: Token) -> Token | None:
    """ "Yoruba leaders announced that they …": a third-person pronoun's only possible antecedent
    there is the subject of the verb it reports for."""
    return reporting_subject(pronoun) if pronoun.lower_ in THIRD_PERSON_PRONOUNS else None


def _domestic_source(
    doc: Doc, token: Token, trigger: Token, target: ActorRef | None, named: ActorRef | None = None
) -> ActorRef | None:
    """A people or body no country is named for ("Jewish settlers in Hebron", "the Umma party",
    "Ibo elders") is coded, as CAMEO coders do, to the country it acts in: a place its own phrase
    names, else where the act happened, else the state whose own institution it acts on ("demanded
    that the Nigerian Interior Ministry ..."). The reference is flagged as inferred, not named."""
    if token.pos_ not in ("NOUN", "PROPN") or _names_an_act(token):
        return None
    head: Token | None = token
    while head is not None and head.lemma_.lower() in COLLECTIVE_NOUNS:  # "hundreds of … people"
        token_of = next((p for c in head.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)
        if token_of is None:
            break
        head = token_of
    # "opposition supporters": a sector word may be the modifier
    modifiers = (c for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i)
    sector = next(filter(None, (sector_of_noun(doc, t) for t in (head, *modifiers))), None)
    people = head.ent_type_ in ("ORG", "NORP") or any(c.lower_ == "ethnic" for c in head.children)
    if sector is None and not people and head.lemma_.lower() not in GROUP_NOUNS:
        return None
    phrase = range(token.left_edge.i, token.right_edge.i + 1)
    named_in_phrase = [e for e in entities_in(sentence_of(token)) if e.start in phrase]
    regional = [w for e in named_in_phrase if e.label_ == "NORP" for w in e]
    # "Yoruba leaders", "Ibo elders": named by a people that is no country
    of_a_people = any(e.label_ in ("NORP", "GPE") and place_named(e.text) is None for e in named_in_phrase)
    regional += [c for c in head.children if c.dep_ in ("amod", "compound")]
    if sector in TRANSNATIONAL_SECTORS or any(w.lower_ in REGION_WORDS for w in regional):
        return None  # aid agencies, "West African army chiefs", "world leaders": no one country's people
    # a place the recogniser named as such, or any name after "in"/"near" ("based in Goma", which the
    # small model tags PERSON)
    places = (
        place_named(e.text.removeprefix("the "))
        for e in named_in_phrase
        if (e.label_ in ("GPE", "LOC") or (e.root.dep_ == "pobj" and e.root.head.lower_ in LOCATION_PREPOSITIONS))
        and not (e.end < len(doc) - 1 and doc[e.end + 1].lower_ in SPONSOR_PARTICIPLES)  # "an Iran-aligned group"
    )
    # where the act itself happened, not a place in what was said ("warned that … into Chad"); a body
    # named but of no known country may be anyone's where it acts ("opened a plant in")
    place = None
    if named is None:
        place = next((p for p in places if p is not None and p.country), None) or _event_location(doc, trigger, True)
    if place is not None and place.country:
        key = place.country
    elif target is not None and target.key and (sector not in STATE_SECTORS or of_a_people):
        # officials or leaders acting on a state's institution are as often foreign ones; "Yoruba
        # leaders", named by a people no country is named for, are that people's own
        key = target.key
    else:
        return None
    if (sector is None and head.ent_type_ != "ORG" and people) or (of_a_people and sector in STATE_SECTORS):
        sector = "CVL"  # "ethnic Uzbeks", "Yoruba leaders": a people, its civilians
    if named is not None:  # the Umma party, coded from the elections it boycotts, is still itself
        return replace(named, key=key, code=key + (sector or ""))
    return ActorRef(name=doc[token.left_edge.i : token.right_edge.i + 1].text, key=key, code=key + (sector or ""),
                    named=False)  # fmt: skip


def _noun_status(candidate: _Candidate) -> str:
    """A nominalisation takes the status of the verb it hangs from ("plans for talks" → future)."""
    head = candidate.trigger.head
    return _status(head, ()) if head.pos_ in ("VERB", "AUX") else "asserted"
