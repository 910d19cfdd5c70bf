"""The quotes stage on real-looking sentences: every attribution pattern, and what is not a quote."""

from __future__ import annotations

import pytest

from newsgraph.api import extract_text


def quotes_of(body: str):
    extraction = extract_text("Talks stall as envoys trade blame\n\n" + body)
    return extraction.quotes


def one(body: str):
    quotes = quotes_of(body)
    assert len(quotes) == 1, [(q.kind, q.content) for q in quotes]
    return quotes[0]


LAVROV = "Russian Foreign Minister Sergei Lavrov"


def mention_codes(text: str) -> dict[str, str | None]:
    """mention text → the code of the actor it is a mention of, for every mention in the article."""
    extraction = extract_text(text)
    article_text = extraction.article.text
    return {article_text[m.start : m.end]: a.code for a in extraction.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("body", "content", "cue"),
    [
        (f"{LAVROV} said: “The Americans do not want these talks to succeed.”",
         "The Americans do not want these talks to succeed.", "said"),
        (f'"The Americans do not want these talks to succeed," {LAVROV} said.',
         "The Americans do not want these talks to succeed,", "said"),
        (f"“The Americans do not want these talks to succeed,” said {LAVROV}.",
         "The Americans do not want these talks to succeed,", "said"),
        (f"“The talks are stuck,” {LAVROV} told reporters in Moscow on Tuesday.", "The talks are stuck,", "told"),
        (f"{LAVROV} said the talks were stuck. “We are ready to meet at any level,” he added.",
         "We are ready to meet at any level,", "added"),
    ],
)  # fmt: skip
def test_direct_quote_with_the_speaker_before_after_or_inverted(body, content, cue):
    quote = next(q for q in quotes_of(body) if q.kind == "direct")
    assert (quote.content, quote.cue) == (content, cue)
    assert quote.speaker.name == "Sergei Lavrov" and quote.speaker.code == "RUSGOV"
    assert quote.speaker.named and quote.speaker_span is not None


def test_straight_and_curly_marks_mixed_and_apostrophes_ignored():
    quote = one(f"“Russia’s patience is not endless, and it's running out,\" {LAVROV} said.")
    assert quote.content == "Russia’s patience is not endless, and it's running out,"


def test_split_quote_gives_two_quotes_of_one_speaker():
    quotes = quotes_of(f"“We will respond,” {LAVROV} said, “and the response will be painful.”")
    assert [q.content for q in quotes] == ["We will respond,", "and the response will be painful."]
    assert {q.speaker.name for q in quotes} == {"Sergei Lavrov"}


def test_quote_running_over_sentences_and_into_the_next_paragraph():
    quotes = quotes_of(
        f"{LAVROV} said: “We have warned our Western colleagues many times. It only increases the number of "
        "victims.\n\n“If NATO sends troops, that could trigger a direct clash.”"
    )
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].content.startswith("We have warned") and direct[0].content.endswith("a direct clash.")
    assert direct[0].speaker.name == "Sergei Lavrov"


def test_a_quote_only_paragraph_continues_the_previous_speaker():
    quotes = quotes_of(
        f"“The talks are stuck,” {LAVROV} said.\n\n“We are ready to meet at any level once there is something to sign.”"
    )
    assert [q.speaker.name for q in quotes] == ["Sergei Lavrov", "Sergei Lavrov"]
    assert quotes[1].rule == "direct:continues-previous"


def test_pronoun_speaker_resolves_to_the_named_person():
    quotes = quotes_of(f"{LAVROV} met his Turkish counterpart on Monday. “The talks were useful,” he said.")
    assert quotes[-1].speaker.name == "Sergei Lavrov"


def test_role_description_speaker_resolves_to_the_named_person():
    quotes = quotes_of(f"{LAVROV} met reporters on Monday.\n\n“The talks were useful,” the minister said.")
    assert quotes[-1].speaker.name == "Sergei Lavrov"


def test_unbalanced_quote_mark_does_not_fail_the_article():
    quotes = quotes_of(f"{LAVROV} said: “The talks are stuck and nobody knows when they will resume.\n\nThe end.")
    assert quotes and quotes[0].speaker.name == "Sergei Lavrov"


@pytest.mark.parametrize(
    ("body", "content", "cue"),
    [
        (f"{LAVROV} said that Russia remained committed to the talks.",
         "Russia remained committed to the talks", "said"),
        (f"{LAVROV} warned that any arms convoy would be a legitimate target.",
         "any arms convoy would be a legitimate target", "warned"),
        ("Kremlin spokesman Dmitry Peskov told reporters the negotiations were moving slowly.",
         "the negotiations were moving slowly", "told"),
        ("According to Ukrainian Foreign Minister Dmytro Kuleba, Russia was using the talks as a smokescreen.",
         "Russia was using the talks as a smokescreen", "according to"),
        ("In a statement, the Polish Foreign Ministry said the diplomats had abused their status.",
         "the diplomats had abused their status", "said"),
        ("Dmitry Peskov, speaking on Tuesday, said Moscow would respond in kind.",
         "Moscow would respond in kind", "said"),
        ("NATO Secretary General Jens Stoltenberg called for more weapons for Ukraine.", "more weapons for Ukraine",
         "called"),
        ("Dmitry Peskov denied that Russian troops had targeted civilians.",
         "Russian troops had targeted civilians", "denied"),
    ],
)  # fmt: skip
def test_indirect_quotes(body, content, cue):
    quote = one(body)
    assert (quote.kind, quote.content, quote.cue) == ("indirect", content, cue)
    assert quote.speaker.actor is not None and quote.speaker.key in ("RUS", "UKR", "POL", "NATO")


def test_indirect_quote_before_its_cue():
    quote = one(f"Russia remained committed to the talks, {LAVROV} said on Wednesday.")
    assert (quote.kind, quote.content, quote.speaker.name) == (
        "indirect",
        "Russia remained committed to the talks",
        "Sergei Lavrov",
    )


def test_mixed_quote_reports_its_clause_with_the_fragment():
    quote = one(f"{LAVROV} said the decision was “a grave mistake” that Moscow would not forget.")
    assert quote.kind == "mixed"
    assert "“a grave mistake”" in quote.content and quote.content.startswith("the decision was")


def test_scare_quotes_are_not_statements():
    quotes = quotes_of("Moscow calls the war a so-called “special military operation” in its media.")
    assert quotes == () or all(q.kind != "direct" for q in quotes)
    assert not [q for q in quotes_of("The “foreign agents” bill passed its first reading on Tuesday.")]


def test_headline_attribution():
    extraction = extract_text(
        "Iran FM: US sanctions doomed to fail\n\nIranian Foreign Minister Hossein Amir-Abdollahian said on "
        "Saturday that Washington had failed to break the country."
    )
    headline = next(q for q in extraction.quotes if q.rule == "headline:speaker-colon")
    assert headline.content == "US sanctions doomed to fail"
    assert headline.speaker.name == "Hossein Amir-Abdollahian" and headline.speaker.code == "IRNGOV"


def test_unnamed_official_is_a_speaker_with_country_and_sector():
    quote = one("“The talks have stalled,” a senior US official told reporters.")
    assert quote.speaker.code == "USAGOV" and "official" in quote.speaker.name
    assert quote.speaker.named is False


def test_dash_signature():
    quote = one("“Maybe we can build a wall around the whole campaign.” ― Steve Quinlan")
    assert quote.speaker.name == "Steve Quinlan" and quote.cue == "―"


def test_we_of_a_person_who_chairs_a_bloc_is_the_bloc():
    extraction = extract_text(
        "Horn of Africa\n\nDjibouti's President Ismail Omar Guelleh, the current chair of IGAD, said the bloc "
        "would meet. “We will not stand by while tensions rise in our region,” Guelleh said.\n\n"
        'Kenyan President William Ruto, who chairs an AU panel on the crisis, spoke. "We have watched a great '
        'country being torn apart, and I ask for patience," he said.\n\n'
        'Kenya\'s foreign minister Musalia Mudavadi said: "We will send police officers."'
    )
    text = extraction.article.text
    codes = {(text[m.start : m.end], m.start): a.code for a in extraction.actors for m in a.mentions}
    by_word = {}
    for (word, _start), code in sorted(codes.items(), key=lambda item: item[0][1]):
        by_word.setdefault(word, []).append(code)
    assert by_word["We"] == ["IGAD", "AU", "KENGOV"]
    assert by_word["our"] == ["IGAD"]
    assert by_word["I"] == ["KENGOV"]


def test_we_of_a_teacher_is_the_people_not_the_schools():
    codes = mention_codes(
        'Border town waits\n\nMITROVICA (Reuters) - "Nobody asks us, and we just want to get to work," said '
        "Milica Jovanovic, a 41-year-old teacher in the town."
    )
    assert codes["Milica Jovanovic"] == "XKXEDU"
    assert codes["us"] == codes["we"] == "XKXCVL"


def test_a_members_our_allies_are_the_alliance_but_our_ally_is_one_country():
    codes = mention_codes(
        'Shoal clash\n\nWASHINGTON (Reuters) - "We stand with our ally," State Department spokesman Matthew '
        'Miller said. "We are consulting closely with our allies," he added.'
    )
    assert codes["our allies"] == "NATO"
    assert codes.get("our ally") != "NATO"


def test_single_quote_marks_quote_when_closed_and_long_enough():
    quote = one(f"{LAVROV} went further. ‘Our patience is not endless, and the West knows it,’ Lavrov said.")
    assert quote.content == "Our patience is not endless, and the West knows it," and quote.kind == "direct"
    assert quote.speaker.name == "Sergei Lavrov"
    # an apostrophe, a title in single marks and a scare quote are no quotes
    assert not [
        q for q in quotes_of("Russia’s envoy called the 'terrorists' a threat in the '90s.") if q.kind == "direct"
    ]


def test_they_in_a_quote_may_be_the_plural_group_the_sentence_before_named():
    codes = mention_codes(
        "Black Sea\n\nANKARA (Reuters) - Pletenchuk said Russian warships had stayed in port for weeks. ‘They "
        "know what happens when they sail out,’ he said."
    )
    assert codes["They"] == codes["they"] == "RUSMIL"


def test_our_before_a_name_of_another_actor_is_only_the_speakers():
    codes = mention_codes(
        'Talks\n\nMOSCOW (Reuters) - "Our Western colleagues seem to have learned nothing," Russian envoy '
        'Mikhail Ulyanov said. "Our troops will stay," he added.'
    )
    assert codes["Western colleagues"] == "WST" and codes["Our"] == "RUSGOV"
    assert codes["Our troops"] == "RUSMIL"
