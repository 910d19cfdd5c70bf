"""The events stage on real-looking sentences: each construction, each status, dates, places,
one record per happening."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.api import extract_text
from newsgraph.ingest import ArticleHints

PUBLISHED = date(2022, 3, 23)  # a Wednesday


def events_of(body: str, title: str | None = None):
    text = (title or "Diplomatic row deepens") + "\n\n" + body
    return extract_text(text, hints=ArticleHints(published=PUBLISHED)).events


def triples(events, statuses=("asserted", "reported")):
    return {(e.source.key, e.target.key if e.target else None, e.type) for e in events if e.status in statuses}


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        ("Poland expelled 45 of Russia's diplomats on Wednesday.", ("POL", "RUS", "SANCTION")),
        ("Poland expelled 45 Russian diplomats on Wednesday.", ("POL", "RUS", "SANCTION")),
        ("The European Union imposed sanctions on Iran's morality police.", ("EU", "IRN", "SANCTION")),
        ("China rejected Washington's call to suspend Russia from the G20.", ("CHN", "USA", "REJECT")),
        ("Russia and Ukraine held talks in Antalya on Thursday.", ("RUS", "UKR", "CONSULT")),
        ("Russian Foreign Minister Sergei Lavrov accused the United States of prolonging the war.",
         ("RUS", "USA", "ACCUSE")),
        ("NATO urged Moscow to withdraw its troops.", ("NATO", "RUS", "REQUEST")),
        ("Russian forces shelled Kharkiv and attacked Ukrainian positions on Tuesday.", ("RUS", "UKR", "ASSAULT")),
    ],
)  # fmt: skip
def test_verb_and_light_verb_events(sentence, triple):
    assert triple in triples(events_of(sentence))


def test_passive_voice_puts_the_agent_first():
    assert ("POL", "RUS", "SANCTION") in triples(events_of("Forty-five Russian diplomats were expelled by Poland."))


def test_coordinated_subjects_make_one_event_each():
    found = triples(events_of("Poland and Lithuania condemned Russia on Monday."))
    assert {("POL", "RUS", "ACCUSE"), ("LTU", "RUS", "ACCUSE")} <= found


def test_two_sides_agreeing_act_on_each_other():
    found = triples(events_of("Russia and Ukraine agreed on Monday to open a humanitarian corridor."))
    assert {("RUS", "UKR", "AGREE"), ("UKR", "RUS", "AGREE")} <= found


def test_nominalisation_with_owner_and_by_agent():
    found = triples(events_of("The expulsion of Russia's diplomats by Poland angered the Kremlin."))
    assert ("POL", "RUS", "SANCTION") in found


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Poland expelled 45 Russian diplomats.", "asserted"),
        ("Officials said Poland expelled 45 Russian diplomats.", "reported"),
        ("Poland could expel more Russian diplomats.", "hypothetical"),
        ("If Poland expels more Russian diplomats, Moscow will respond.", "hypothetical"),
        ("Poland will expel more Russian diplomats.", "future"),
        ("Poland plans to expel more Russian diplomats.", "future"),
        ("Poland did not expel any Russian diplomats.", "negated"),
        ("Poland failed to expel the Russian diplomats.", "negated"),
    ],
)
def test_status(sentence, status):
    [event] = [e for e in events_of(sentence) if e.type == "SANCTION"]
    assert event.status == status


@pytest.mark.parametrize(
    ("phrase", "day"),
    [("on Tuesday", date(2022, 3, 22)), ("yesterday", date(2022, 3, 22)), ("on March 3", date(2022, 3, 3)),
     ("last Monday", date(2022, 3, 21)), ("", PUBLISHED)],
)  # fmt: skip
def test_date_resolved_against_publication(phrase, day):
    [event] = [e for e in events_of(f"Poland expelled 45 Russian diplomats {phrase}.") if e.type == "SANCTION"]
    assert event.date == day


def test_location_where_the_text_says():
    [event] = [e for e in events_of("Russian forces shelled residential areas in Kharkiv.") if e.type == "ASSAULT"]
    assert event.location is not None and event.location.name == "Kharkiv" and event.location.country == "UKR"
    assert event.location.latitude is not None


def test_headline_and_lead_telling_the_same_act_are_one_event():
    events = events_of(
        "WARSAW, March 23 (Reuters) - Poland expelled 45 Russian diplomats on Wednesday.",
        title="Poland expels 45 Russian diplomats",
    )
    sanctions = [e for e in events if e.type == "SANCTION" and e.status == "asserted"]
    assert len(sanctions) == 1 and len(sanctions[0].also) == 1


def test_every_event_names_its_rule_and_evidence():
    text = "Diplomatic row deepens\n\nPoland expelled 45 Russian diplomats."
    extraction = extract_text(text, hints=ArticleHints(published=PUBLISHED))
    for event in extraction.events:
        assert event.rule and text[event.start : event.end] == event.evidence
        assert event.cameo and event.goldstein is not None and event.quad_class in (1, 2, 3, 4)


def test_unresolved_source_is_kept_and_flagged():
    events = events_of("A group of masked men attacked the Russian embassy in Warsaw.")
    attack = next(e for e in events if e.type == "ASSAULT")
    assert attack.source.key is None and attack.source.actor is None and "masked men" in attack.source.name


@pytest.mark.parametrize(
    ("phrase", "day", "precision"),
    [("last week", date(2022, 3, 14), "week"), ("earlier this month", date(2022, 3, 1), "month"),
     ("last month", date(2022, 2, 1), "month"), ("in 2019", date(2019, 1, 1), "year"),
     ("in March 2019", date(2019, 3, 1), "month"), ("on Tuesday", date(2022, 3, 22), "day"),
     ("", PUBLISHED, "published")],
)  # fmt: skip
def test_dates_carry_their_precision(phrase, day, precision):
    [event] = [e for e in events_of(f"Poland expelled 45 Russian diplomats {phrase}.") if e.type == "SANCTION"]
    assert (event.date, event.date_precision) == (day, precision)


def test_a_reported_event_points_at_its_quote():
    text = "Diplomatic row deepens\n\n“Poland expelled 45 Russian diplomats,” Kremlin spokesman Dmitry Peskov said."
    extraction = extract_text(text, hints=ArticleHints(published=PUBLISHED))
    [event] = [e for e in extraction.events if e.type == "SANCTION"]
    assert event.status == "reported" and event.quote is not None
    assert extraction.quotes[event.quote].speaker.name == "Dmitry Peskov"


def test_announcing_a_conflictual_act_is_a_threat_and_refusing_cooperation_a_rejection():
    found = {(e.source.key, e.type, e.status) for e in events_of("Poland will expel more Russian diplomats.")}
    assert ("POL", "SANCTION", "future") in found and ("POL", "THREATEN", "asserted") in found
    refused = {(e.type, e.status) for e in events_of("Russia and Ukraine failed to agree on a ceasefire on Monday.")}
    assert ("AGREE", "negated") in refused and ("REJECT", "asserted") in refused


def test_a_conditional_announcement_is_a_threat_even_of_cooperation():
    events = events_of("Nigeria said it will withdraw its peacekeepers from Chad unless the fighting stops.")
    assert any(e.type == "THREATEN" and e.source.key == "NGA" for e in events)


def test_judging_an_act_is_an_accusation_of_its_doer():
    events = events_of(
        "Russian forces shelled Kharkiv on Monday. Britain called the attack a war crime.", title="Strikes condemned"
    )
    assert ("GBR", "RUS", "ACCUSE") in triples(events)


def test_a_participle_adjunct_takes_the_clauses_subject():
    events = events_of("Turkey blocked the request for a year, accusing Sweden of harbouring militants.")
    assert ("TUR", "SWE", "ACCUSE") in triples(events)


def test_conjoined_nationalities_are_two_actors_agreeing_with_each_other():
    events = events_of("Hungarian and Romanian officials agreed on Wednesday to open a new border crossing.")
    assert {("HUN", "ROU", "AGREE"), ("ROU", "HUN", "AGREE")} <= triples(events)


def test_a_strike_on_a_place_targets_its_country():
    events = events_of("Israeli missiles struck targets near Damascus early on Wednesday.")
    assert ("ISR", "SYR", "ASSAULT") in triples(events)


def test_a_cue_verb_reporting_a_clause_is_not_the_act_it_names():
    events = events_of("Putin recalled that the treaty had been signed in 1997.")
    assert not [e for e in events if e.type == "SANCTION"]


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        # an aspectual verb carries on the act its object names
        ("Kenyan nurses continued their hunger strike outside the health ministry.", ("KEN", None, "PROTEST")),
        ("France speeded up the withdrawal of its troops from Mali on Friday.", ("FRA", "MLI", "RETREAT")),
        # a phrasal verb with its particle: calling off a strike concedes
        ("South Africa's teachers' union called off its strike on Monday.", ("ZAF", None, "CONCEDE")),
        # the preposition of "share ... with" hangs on the object
        ("Greek officials shared intelligence with Turkey about the smugglers.", ("GRC", "TUR", "COOPERATE")),
        # "is opposed to": a stance of the subject, not a passive with a missing agent
        ("Poland is firmly opposed to Russia's participation in the summit.", ("POL", "RUS", "REJECT")),
        ("Chile is opposed by Bolivia.", ("BOL", "CHL", "REJECT")),
        # a nationality adjective is the doer of a nominal event
        ("Palestinian protests against Israeli settlements spread to Hebron.", ("PSE", "ISR", "PROTEST")),
        # the same noun with another verb is another act
        ("The government in Islamabad accepted the demands of the protesters.", ("PAK", "PAK", "CONCEDE")),
        ("Serbia lodged a formal protest with Croatia over the arrests.", ("SRB", "HRV", "ACCUSE")),
        ("Armenia declared martial law on Sunday.", ("ARM", None, "COERCE")),
        ("Germany reinforced its forces in Lithuania.", ("DEU", "LTU", "MOBILIZE")),
    ],
)  # fmt: skip
def test_acts_named_by_objects_particles_and_adjectives(sentence, triple):
    assert triple in triples(events_of(sentence))


def test_a_noun_alone_takes_the_code_of_the_act_not_its_reversal():
    # "protest" alone is a protest, though "lodged a protest" is an accusation
    found = triples(events_of("Thousands of Georgian students began a protest against the new law."))
    assert ("GEO", None, "PROTEST") in found


def test_the_nearest_modifier_names_the_actor():
    found = events_of("Osama bin Laden's al-Qaeda network threatened to attack Saudi Arabia.")
    assert any(e.source.key == "ALQAEDA" and e.type == "THREATEN" for e in found)


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        ("Pakistan expelled 300 Afghan migrants on Thursday.", ("PAK", "AFG", "COERCE")),
        ("Pakistan expelled two Afghan diplomats on Thursday.", ("PAK", "AFG", "SANCTION")),
        ("Moldova expelled a Russian envoy over the drone incident.", ("MDA", "RUS", "SANCTION")),
    ],
)
def test_expelling_people_is_deportation_and_expelling_diplomats_a_sanction(sentence, triple):
    assert triple in triples(events_of(sentence))


def test_condemning_an_act_targets_who_did_the_act_the_story_reports():
    found = triples(
        events_of(
            "Iran's navy seized a Greek-flagged tanker in the Gulf on Thursday. Tehran said the cargo "
            "had earlier been seized by US authorities. Britain and France condemned the seizure."
        )
    )
    assert {("GBR", "IRN", "ACCUSE"), ("FRA", "IRN", "ACCUSE")} <= found
    assert ("GBR", "USA", "ACCUSE") not in found


def test_summoning_an_ambassador_to_protest_is_one_complaint():
    found = events_of("Beijing summoned Japan's ambassador to protest against the communique.")
    assert [(e.source.key, e.target.key if e.target else None, e.type) for e in found] == [("CHN", "JPN", "ACCUSE")]


def test_pressing_an_assault_carries_it_on():
    assert ("RUS", "UKR", "ASSAULT") in triples(events_of("Russian forces pressed their assault on Ukrainian towns."))


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        # a gerund after a preposition is done by the clause's subject
        ("Stoltenberg spoke to reporters after hosting Turkish President Tayyip Erdogan.", ("NATO", "TUR", "CONSULT")),
        # a participle with its agent, hanging on a noun
        ("The truce followed two weeks of talks mediated by Qatar.", ("QAT", None, "CONSULT")),
        ("Armenia had briefed France's foreign minister on the shelling.", ("ARM", "FRA", "CONSULT")),
        # blocking a membership bid is a rejection, not coercion
        ("Hungary blocked Sweden's bid to join NATO for months.", ("HUN", "SWE", "REJECT")),
    ],
)  # fmt: skip
def test_gerunds_agent_participles_and_acted_on_nouns(sentence, triple):
    assert triple in triples(events_of(sentence))


def test_a_noun_only_acted_on_is_not_an_act_when_begun():
    # "launched its bid": a bid is blocked or backed, never an act of its own
    found = events_of("Sweden launched its bid to join NATO in May.")
    assert not any(e.type == "REJECT" for e in found)


def test_announced_countermeasures_are_a_threat():
    found = triples(events_of("Russia said it would take countermeasures against Finland."))
    assert ("RUS", "FIN", "THREATEN") in found


def test_lifting_a_curfew_is_a_concession():
    assert ("SRB", None, "CONCEDE") in triples(events_of("Serbia lifted the night curfew on Sunday."))


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        # a prepositional light verb
        ("Kenyan teachers went on strike on Monday.", ("KEN", None, "PROTEST")),
        ("Israeli troops remained on alert in the West Bank.", ("ISR", "PSE", "MOBILIZE")),
        ("Serb forces were engaged in ethnic cleansing in Kosovo.", ("SRB", "XKX", "ASSAULT")),
        # a statement's author does what the statement does
        ("The Egyptian foreign ministry issued a statement condemning the Israeli raid.", ("EGY", "ISR", "ACCUSE")),
        # the target of the act called for
        ("Nigeria's opposition called for sanctions against Niger.", ("NGA", "NER", "REQUEST")),
        # people from an actor
        ("Doctors from two American aid groups donated medicine to Iraq.", ("USA", "IRQ", "AID")),
        # defying a ban rejects it; violating a ceasefire is still an assault
        ("The Georgian opposition newspaper defied the government's ban.", ("GEO", "GEO", "REJECT")),
        ("Bosnian forces violated the ban on military flights.", ("BIH", None, "REJECT")),
        # allowing aid through is an opening, not a political concession
        ("Uzbekistan opened the bridge to allow the delivery of grain to Afghanistan.", ("UZB", "AFG", "RETREAT")),
        # a resignation; destroyed property
        ("Georgian President Eduard Shevardnadze resigned on Sunday.", ("GEO", None, "RETREAT")),
        ("Israeli army bulldozers demolished Palestinian homes in Rafah.", ("ISR", "PSE", "COERCE")),
    ],
)  # fmt: skip
def test_prepositional_light_verbs_statements_and_acted_on_objects(sentence, triple):
    assert triple in triples(events_of(sentence))


def test_an_intention_up_a_chain_of_infinitives_is_a_future_act():
    found = events_of("The Macedonian army prepared to resume shelling Albanian rebel positions.")
    assert {e.status for e in found if e.type == "ASSAULT"} == {"future"}
    assert ("MKD", "ALB", "THREATEN") in triples(found)


def test_no_noun_and_verb_pair_is_listed_twice_in_the_lexicon():
    from collections import Counter

    from newsgraph.lexicon import table

    pairs = Counter((row["noun"], verb) for row in table("event_nouns.tsv") for verb in row["verbs"].split("|"))
    assert [pair for pair, count in pairs.items() if count > 1] == []


def test_violence_no_one_is_named_for_is_coded_to_where_it_happened_and_flagged():
    [event] = [e for e in events_of("A roadside bomb near the town of Kirkuk killed two Turkish soldiers.")
               if e.type == "ASSAULT"]  # fmt: skip
    assert (event.source.key, event.target.key) == ("IRQ", "TUR")
    assert event.source.named is False and event.rule.endswith(":source-from-place")


def test_a_modifiers_own_compound_may_be_the_actor():
    found = triples(events_of("Recent US drone strikes have killed eight al-Qaeda commanders in Yemen."))
    assert ("USA", "ALQAEDA", "ASSAULT") in found


def test_a_speaker_saying_another_side_struck_accuses_it():
    found = events_of("Israel said a mortar bomb was fired at it by Hamas militants from Gaza on Tuesday.")
    claims = [e for e in found if e.rule.endswith(":claim")]
    assert [(e.source.key, e.target.key, e.type, e.status) for e in claims] == [("ISR", "PSE", "ACCUSE", "asserted")]


def test_a_country_announcing_its_own_strike_accuses_no_one():
    found = events_of("Israel said its jets struck Hamas positions in Gaza overnight.")
    assert not any(e.rule.endswith(":claim") for e in found)


def test_a_visit_or_summit_with_no_one_named_is_with_its_host():
    assert ("USA", "CHE", "CONSULT") in triples(events_of("Biden attended a summit in Geneva on Wednesday."))


def test_parties_meeting_each_other_somewhere_meet_each_other_not_the_host():
    found = triples(events_of("Leaders of the Group of Seven and NATO are due to meet in Brussels on Thursday."))
    assert {("G7", "NATO", "CONSULT"), ("NATO", "G7", "CONSULT")} <= found
    assert not any(target == "BEL" for _, target, _ in found)


def test_only_an_incident_that_harms_is_coded_to_its_place():
    found = events_of(
        "Ukrainian troops held the line near Kramatorsk on Tuesday.",
        title="Russia launches major offensive in eastern Ukraine; Kyiv says attacks repelled",
    )
    assert not any(e.rule.endswith(":source-from-place") for e in found)


def test_drills_two_sides_hold_together_are_military_cooperation():
    found = triples(events_of("Russia and China held naval drills in the Sea of Japan on Tuesday."))
    assert {("RUS", "CHN", "COOPERATE"), ("CHN", "RUS", "COOPERATE")} <= found


def test_drills_one_side_holds_are_a_show_of_force():
    assert ("CHN", None, "MOBILIZE") in triples(events_of("China held naval drills in the Sea of Japan on Tuesday."))


def test_infrastructure_blown_up_is_property_destroyed():
    assert ("AFG", None, "COERCE") in triples(events_of("Afghan guerrillas blew up three power lines near Kabul."))


def test_an_agent_deep_inside_a_nominal_events_object_is_not_its_doer():
    found = events_of("Palestinian youths joined demonstrations against violations by the Israeli military.")
    assert not any(e.source.key == "ISR" and e.type == "PROTEST" for e in found)


def test_an_intention_the_parser_reads_as_a_purpose_is_still_an_intention():
    found = events_of("Ethnic Albanian rebels have sworn to fight until they gain control of the villages.")
    assert {e.status for e in found if e.type == "ASSAULT"} == {"future"}


def test_coordinated_targets_make_one_event_each():
    found = triples(events_of("Poland and Lithuania condemned Russia and Belarus on Monday."))
    assert {(s, t, "ACCUSE") for s in ("POL", "LTU") for t in ("RUS", "BLR")} <= found


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        # the object of "accuse … of", "thank … for" does what the gerund says
        ("Armenia accused Azerbaijan of shelling its positions.", ("AZE", "ARM", "ASSAULT")),
        ("Kabul hits back at Pakistan over the expulsions.", ("AFG", "PAK", "ACCUSE")),
        ("Leaders of the Group of Seven agreed new sanctions on Russia.", ("G7", "RUS", "SANCTION")),
    ],
)
def test_doers_of_gerunds_phrasal_retorts_and_agreed_sanctions(sentence, triple):
    assert triple in triples(events_of(sentence))


def test_a_body_meeting_at_its_own_seat_meets_no_host():
    found = events_of("The EU will host both leaders at a summit in Brussels next month.")
    assert not any(e.target is not None and e.target.key == "BEL" for e in found)


def test_concern_over_an_activity_is_aimed_at_who_carried_it_out():
    found = triples(
        events_of("China held live-fire drills around Taiwan on Monday. Japan voiced concern over the activity.")
    )
    assert ("JPN", "CHN", "ACCUSE") in found


def test_judging_an_act_with_a_pejorative_adjective_accuses_its_doer():
    found = triples(
        events_of(
            "Israeli jets struck an airport near Damascus on Monday. Iran's foreign ministry spokesman called it "
            "“a desperate act by a regime in crisis”."
        )
    )
    assert ("IRN", "ISR", "ACCUSE") in found


def test_a_participle_the_parser_made_the_subject_stands_for_its_own_subject():
    found = triples(events_of("The Red Cross operating in Iraq said US forces must ensure security."))
    assert ("ICRC", "USA", "REQUEST") in found


def test_inhabitants_of_a_country_are_its_people():
    found = triples(events_of("Druze inhabitants of the Syrian Golan Heights threatened to strike."))
    assert any(source == "SYR" and kind == "THREATEN" for source, _, kind in found)


def test_a_demand_for_an_act_targets_who_is_to_act_not_where():
    found = triples(events_of("EU foreign ministers demanded the withdrawal of Serbian forces from Bosnia on Monday."))
    assert ("EU", "SRB", "REQUEST") in found and ("EU", "BIH", "REQUEST") not in found


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        ("Iran detained her for allegedly violating the dress code.", ("IRN", None, "COERCE")),
        ("Syrian jets violated Turkish airspace on Monday.", ("SYR", "TUR", "ASSAULT")),
    ],
)
def test_violating_a_norm_defies_it_and_violating_airspace_attacks(sentence, triple):
    found = triples(events_of(sentence))
    assert triple in found and not any(kind == "ASSAULT" and target is None for _, target, kind in found)


def test_sending_a_signal_is_no_act():
    found = events_of('Brussels was sending "a clear signal" to Tehran, the EU foreign policy chief said.')
    assert not any(e.type == "AID" for e in found)


def test_pushing_for_sanctions_targets_whom_they_are_on():
    found = triples(
        events_of("The EU imposed sanctions on Iranian officials. France and Germany pushed for the sanctions.")
    )
    assert ("FRA", "EU", "REQUEST") not in found


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        ("Putin offered to negotiate with the president of Armenia.", ("RUS", "ARM", "AGREE")),
        ("North Korea tried to hack into the computers of South Korean army officers.", ("PRK", "KOR", "COERCE")),
    ],
)
def test_a_thing_or_office_of_an_actor_stands_for_it(sentence, triple):
    assert triple in triples(events_of(sentence))


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        ("Syrian rebels engaged Filipino peacekeepers in a firefight on the Golan Heights.", ("SYR", "PHL", "ASSAULT")),
        ("The United States presented evidence against Russia at the Security Council.", ("USA", "RUS", "ACCUSE")),
        ("Obama said he would not give permission to Russia to send troops.", ("USA", "RUS", "REJECT")),
    ],
)  # fmt: skip
def test_fights_engaged_in_evidence_presented_and_permission_refused(sentence, triple):
    assert triple in triples(events_of(sentence))


def test_fire_with_no_one_named_comes_from_where_it_was_fired_from():
    found = triples(events_of("Rockets were fired from Lebanon at northern Israel overnight, the army said."))
    assert ("LBN", "ISR", "ASSAULT") in found


def test_an_act_demanded_of_someone_has_not_happened():
    found = events_of("Rwandan rebels demanded that the government demobilize its militias.")
    assert {e.status for e in found if e.type == "RETREAT"} == {"hypothetical"}


def test_an_act_done_for_the_sake_of_a_future_one_is_future_too():
    found = events_of("Russia will send troops to protect the border.")
    assert {e.status for e in found if e.type == "AID"} == {"future"}
    assert not any(e.type == "AGREE" for e in found)  # the announcement is one threat, not a promise too


def test_an_act_someone_is_called_on_to_do_has_not_happened_and_is_theirs():
    found = events_of(
        "State Department spokesman Vedant Patel told reporters: \"Iran's harassment of vessels is a threat to "
        'maritime security. We call on Iran to release the tanker immediately."'
    )
    assert ("USA", "IRN", "REQUEST") in triples(found)
    assert not any(e.type == "RETREAT" and e.source.key == "USA" for e in found)


def test_sides_not_signing_a_text_do_not_reject_each_other():
    found = triples(events_of("India and Brazil did not sign the final text of the summit."))
    assert ("IND", "BRA", "REJECT") not in found and ("BRA", "IND", "REJECT") not in found


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        ("Ukraine is grateful to every G7 nation for its support.", ("UKR", "G7", "SUPPORT")),
        ("Guyana's defence forces are on full alert.", ("GUY", None, "MOBILIZE")),
        ("Biden announced a new $375 million military aid package for Kyiv.", ("USA", "UKR", "AID")),
    ],
)
def test_thanks_alerts_and_aid_packages(sentence, triple):
    assert triple in triples(events_of(sentence))


def test_sides_signing_a_treaty_deal_with_each_other():
    found = triples(events_of("Libya and Bulgaria signed a treaty of friendship and cooperation on Monday."))
    assert {("LBY", "BGR", "SUPPORT"), ("BGR", "LBY", "SUPPORT")} <= found


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        ("Leaders of the Freedom Party agreed to call off the march in Tbilisi.", ("GEO", None, "AGREE")),
        ("A militia based in Goma attacked a convoy on Sunday.", ("COD", None, "ASSAULT")),
        ("Hundreds of opposition youths blocked roads in Nairobi on Monday.", ("KEN", None, "PROTEST")),
        ("Tribal elders demanded that the Afghan Interior Ministry release the prisoners.", ("AFG", "AFG", "REQUEST")),
    ],
)  # fmt: skip
def test_a_people_no_country_is_named_for_is_coded_to_where_it_acts_and_flagged(sentence, triple):
    [event] = [e for e in events_of(sentence) if e.rule.endswith(":source-from-place")]
    assert (event.source.key, event.target.key if event.target else None, event.type) == triple
    assert event.source.named is False


@pytest.mark.parametrize(
    "sentence",
    [
        "Aid agencies warned that the drought could push refugees into Kenya.",
        "West African army chiefs met in Accra on Friday.",
    ],
)
def test_bodies_of_no_one_country_and_places_in_what_was_said_give_no_source(sentence):
    assert not any(e.rule.endswith(":source-from-place") for e in events_of(sentence))


def test_an_ethnic_people_is_coded_to_where_it_acts():
    [protest] = [e for e in events_of("Hundreds of ethnic Uzbeks protested in Osh on Friday.") if e.type == "PROTEST"]
    assert (protest.source.key, protest.source.code) == ("KGZ", "KGZCVL")
    [rally] = [e for e in events_of("Ethnic Russians rallied in Moscow on Friday.") if e.type == "PROTEST"]
    assert rally.source.key == "RUS" and not rally.rule.endswith(":source-from-place")


def test_a_pronoun_reporting_for_an_unnamed_group_takes_the_groups_place():
    found = events_of("Opposition leaders in Harare said they would boycott the vote.")
    assert {e.source.key for e in found if e.type in ("PROTEST", "THREATEN")} == {"ZWE"}


def test_a_capital_acted_on_gives_no_country_to_its_actor():
    found = events_of("Aid workers said they had shared the evidence with Kabul.")
    assert not any(e.rule.endswith(":source-from-place") for e in found)


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        ("Greek coast guard officers abused Syrian migrants, a report said.", ("GRC", "SYR", "ASSAULT")),
        ("Kenya drove out Somali militants from the border town.", ("KEN", "SOM", "COERCE")),
        ("Myanmar forced the Bangladeshi aid workers out of the country.", ("MMR", "BGD", "COERCE")),
        ("Palestinian protesters threw stones at Israeli soldiers.", ("PSE", "ISR", "PROTEST")),
        ("Turkish forces launched artillery and rocket fire against Kurdish positions in Syria.",
         ("TUR", "SYR", "ASSAULT")),
    ],
)  # fmt: skip
def test_more_violent_and_coercive_acts(sentence, triple):
    assert triple in triples(events_of(sentence))


def test_an_incident_named_after_a_passive_harm_is_coded_to_its_place():
    [event] = events_of("Two soldiers were wounded in a roadside bomb attack near Kandahar on Monday.")
    assert (event.source.key, event.type, event.source.named) == ("AFG", "ASSAULT", False)


def test_a_light_verbs_clause_gives_the_place_of_an_unnamed_government():
    found = events_of("The military government of General Hector Vallejo declared a state of siege in Bolivia.")
    assert ("BOL", "BOL", "COERCE") in triples(found) or ("BOL", None, "COERCE") in triples(found)


def test_a_sector_word_modifying_an_unnamed_group_gives_its_sector():
    [event] = [e for e in events_of("Opposition supporters staged a rally in Dhaka on Friday.") if e.type == "PROTEST"]
    assert (event.source.key, event.source.code) == ("BGD", "BGDOPP")


def test_a_body_acting_on_its_countrys_civic_process_is_of_that_country_and_still_itself():
    found = events_of("The Patriotic Front party said it would boycott Zambia's presidential election.")
    [boycott] = [e for e in found if e.type == "PROTEST"]
    assert boycott.source.key == "ZMB" and boycott.rule.endswith(":source-from-place")
    assert boycott.source.actor is not None  # still the party's own actor record


def test_a_named_body_of_no_country_is_not_given_the_country_it_acts_in():
    [signing] = events_of("Helix Dynamics signed an agreement in Budapest on Monday.")
    assert signing.source.key is None and signing.source.name == "Helix Dynamics"


def test_a_compound_deep_in_a_modifier_names_the_actor():
    found = triples(events_of("Kosovo Municipality Association officials demanded support from the government."))
    assert any(source == "XKX" and kind == "REQUEST" for source, _, kind in found)


def test_a_reminder_issued_to_a_country_is_a_request():
    found = events_of("The German chancellor issued a stern reminder to Hungary that it must respect the court ruling.")
    assert ("DEU", "HUN", "REQUEST") in triples(found)


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        ("Paris pulled the last of its troops out of Niger last year.", ("FRA", "NER", "RETREAT")),
        ("Scholz said he had raised the case directly with Chinese President Xi Jinping.", ("DEU", "CHN", "CONSULT")),
        ("Norway said it was in close contact with Swedish officials.", ("NOR", "SWE", "CONSULT")),
        ("The African Union authorised Kenya to lead the mission.", ("AU", "KEN", "SUPPORT")),
    ],
)  # fmt: skip
def test_contact_withdrawal_and_authorisation(sentence, triple):
    assert triple in triples(events_of(sentence))


def test_a_denied_accusation_targets_the_accuser():
    found = events_of(
        "DR Congo accused Rwanda on Monday of arming the rebels. Rwanda's government spokeswoman denied the "
        "accusation on Tuesday."
    )
    assert ("RWA", "COD", "REJECT") in triples(found)


def test_condemning_an_act_several_sides_did_targets_each_of_them():
    found = events_of(
        "US and British warplanes struck rebel targets in Yemen overnight. Iran's foreign ministry condemned "
        "the strikes."
    )
    assert {("IRN", "USA", "ACCUSE"), ("IRN", "GBR", "ACCUSE")} <= triples(found)


def test_they_reporting_for_coordinated_subjects_is_each_of_them():
    found = events_of("Japan and South Korea said they would hold talks with China next week.")
    assert {("JPN", "CHN", "CONSULT"), ("KOR", "CHN", "CONSULT")} <= triples(found, ("future",))


def test_a_heading_drops_the_auxiliary_of_a_passive():
    found = events_of("Mali's junta on Friday ordered the French ambassador to leave.", title="French envoy expelled")
    assert not any(e.source.key == "FRA" and e.type in ("COERCE", "SANCTION") for e in found)


def test_welcoming_a_vote_targets_who_voted_and_condemning_violence_who_used_it():
    found = events_of(
        "The UN Security Council on Monday authorised Kenya to lead a police mission. Haiti's prime minister "
        "welcomed the vote."
    )
    assert ("HTI", "UNSC", "SUPPORT") in triples(found)
    found = events_of(
        "Georgian riot police fired tear gas to disperse protesters in Tbilisi. The European Union condemned "
        "the violence."
    )
    assert ("EU", "GEO", "ACCUSE") in triples(found)


def test_they_of_coordinated_speakers_is_not_a_group_named_before():
    found = events_of(
        "India expelled a Canadian diplomat on Tuesday. Britain and Australia said they were in close contact "
        "with Canadian officials."
    )
    assert {("GBR", "CAN", "CONSULT"), ("AUS", "CAN", "CONSULT")} <= triples(found)
    assert ("IND", "CAN", "CONSULT") not in triples(found)


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        ("Iran's foreign minister travelled to Moscow on Monday for talks with Lavrov.", ("IRN", "RUS", "CONSULT")),
        ("Thousands of Kenyans were converging on Friday for a rally against the tax bill.", ("KEN", None, "PROTEST")),
        ("Turkish-led forces shelled the town near the Syrian border.", ("TUR", None, "ASSAULT")),
    ],
)  # fmt: skip
def test_travel_for_talks_gathering_for_a_rally_and_forces_led_by_a_country(sentence, triple):
    assert triple in triples(events_of(sentence))


def test_forces_led_by_a_country_are_its_military():
    [event] = [e for e in events_of("Ethiopian-led forces shelled the town on Monday.") if e.type == "ASSAULT"]
    assert event.source.code == "ETHMIL"


def test_a_sponsor_named_before_a_hyphen_is_not_the_actor():
    [attack] = [e for e in events_of("Iran-backed militias attacked US troops in Syria.") if e.type == "ASSAULT"]
    assert attack.source.key != "IRN"


def test_leaders_of_no_country_acting_on_a_head_of_state_are_not_coded_to_that_state():
    found = events_of("World leaders congratulated Brazil's President Lula on Monday.")
    assert all(e.source.key is None for e in found if e.type == "SUPPORT")
    found = events_of("A group of Yoruba leaders said they would support Nigerian President Bola Tinubu.")
    assert any(e.source.key == "NGA" and e.source.code == "NGACVL" for e in found)


def test_a_refusal_or_intention_towards_no_one_is_no_stance_event():
    assert not any(e.type == "REJECT" for e in events_of("Kosovo will not negotiate under pressure, Kurti said."))
    assert ("XKX", "SRB", "REJECT") in triples(events_of("Kosovo will not negotiate with Serbia, Kurti said."))
    assert not any(e.type == "AGREE" for e in events_of("The World Food Programme plans to send convoys."))
    assert ("JPN", "TUR", "AGREE") in triples(events_of("Japan plans to send aid to Turkey."))


def test_a_telling_without_its_target_joins_the_same_act_with_one():
    found = events_of(
        "Afghanistan on Thursday accused Pakistan of mistreating refugees, the foreign ministry said.",
        title="Afghanistan condemns expulsions",
    )
    accusations = [e for e in found if e.type == "ACCUSE" and e.source.key == "AFG"]
    assert [(e.target.key if e.target else None) for e in accusations] == ["PAK"]
    assert len(accusations[0].also) == 1


def test_demanding_a_release_targets_whoever_seized():
    found = events_of(
        "Iran's navy seized an oil tanker in the Gulf on Thursday. Washington condemned the seizure and "
        "demanded the immediate release of the vessel."
    )
    assert ("USA", "IRN", "REQUEST") in triples(found)


def test_will_not_allow_another_side_to_act_warns_it():
    found = events_of("Israel will not allow Hamas to rearm, the defence minister said on Monday.")
    assert ("ISR", "PSE", "THREATEN") in triples(found)
    assert ("ISR", "PSE", "REJECT") not in triples(found)


def test_coordinated_verbs_share_their_object():
    found = events_of("Pakistan began rounding up and deporting undocumented Afghans on Thursday.")
    assert ("PAK", "AFG", "COERCE") in triples(found)
    assert ("PAK", None, "COERCE") not in triples(found)


def test_offering_ones_own_forces_targets_no_one():
    [offer] = [e for e in events_of("Kenya has offered to send 1,000 police officers.") if e.type == "AGREE"]
    assert offer.target is None


def test_an_infinitive_after_an_object_is_the_objects_act_and_not_yet_done():
    found = events_of("The UN Security Council on Monday authorised a Kenyan-led force to help Haiti's police.")
    [help_] = [e for e in found if e.type == "AID"]
    assert (help_.source.key, help_.status) == ("KEN", "future")
    assert ("UNSC", "KEN", "SUPPORT") in triples(found)


def test_a_warning_to_no_one_is_a_forecast_not_a_threat():
    assert not any(e.type == "THREATEN" for e in events_of("Aid groups warned that mass returns could cause a crisis."))
    assert ("RUS", "NATO", "THREATEN") in triples(events_of("Russia warned NATO against sending troops to Ukraine."))


def test_supporters_of_a_leader_are_civilians_and_declining_is_rejecting():
    found = events_of("About 200 supporters of former President Ahmed Ben Bella blocked roads in Algiers.")
    [block] = [e for e in found if e.source.key == "DZA"]
    assert (block.source.code, block.type) == ("DZACVL", "PROTEST")
    assert ("KEN", None, "REJECT") in triples(events_of("Kenya declined the invitation on Monday."))


def test_sending_inspectors_is_investigating():
    assert ("UN", "SYR", "ACCUSE") in triples(events_of("The UN will send inspectors to Syria next week."), ("future",))


def test_targeting_in_a_story_about_sanctions_is_sanctioning():
    found = events_of(
        "Brussels targets the Iranian morality police and senior commanders after the death of a woman in custody.",
        title="EU sanctions Iran's morality police over crackdown",
    )
    assert not any(e.type == "ASSAULT" for e in found)
    assert ("RUS", "UKR", "ASSAULT") in triples(events_of("Russia targeted Kyiv with missiles and drones overnight."))


def test_the_act_an_accusation_names_is_reported_not_asserted():
    found = events_of("Congo accused Rwanda on Monday of backing the M23 rebels.")
    [backing] = [e for e in found if e.type == "SUPPORT"]
    assert backing.status == "reported"


def test_they_opening_the_sentence_after_coordinated_subjects_is_each_of_them():
    found = events_of(
        "North Korea fired a missile on Monday. Japan and South Korea condemned the launch. They urged "
        "Pyongyang to halt its tests."
    )
    requests = [e for e in found if e.type == "REQUEST"]
    assert {(e.source.key, e.target.key) for e in requests} == {("JPN", "PRK"), ("KOR", "PRK")}
    assert all(e.evidence.startswith("They urged") for e in requests)


def test_civilians_backing_their_own_government_keep_it_as_target():
    found = events_of("Truck drivers who support Bolsonaro blocked highways in at least seven states of Brazil.")
    assert any(e.type == "SUPPORT" and e.target is not None and e.target.code == "BRAGOV" for e in found)
