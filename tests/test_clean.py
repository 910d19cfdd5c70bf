"""Page layout of plain text: headline, sub-headings, captions and chrome are marked, not deleted."""

from newsgraph.clean import classify_blocks, split_plain_text

PAGE = """World / Europe

Poland expels 45 Russian diplomats over spying

By Anna Nowak
Published: 23 March 2022

WARSAW, March 23 (Reuters) - Poland said on Wednesday it was expelling 45 Russian diplomats suspected of spying.

The Russian embassy in Warsaw. (AFP)

Foreign Minister Zbigniew Rau said the diplomats had "abused their status" and must leave within five days.

Moscow vows response

The Kremlin said it would respond in kind, calling the decision "a hostile act".

Share this article
Follow us on Twitter and Telegram
Related Articles
Bulgaria expels Russian diplomat
© 2022 Central Europe Today"""


def _kinds(text):
    spans = split_plain_text(text)
    return [
        (text[s:e], kind) for (s, e), kind in zip(spans, classify_blocks([text[s:e] for s, e in spans]), strict=True)
    ]


def test_every_kind_of_paragraph_is_marked():
    kinds = dict(_kinds(PAGE))
    assert kinds["World / Europe"] == "boilerplate"
    assert kinds["Poland expels 45 Russian diplomats over spying"] == "title"
    assert kinds["By Anna Nowak"] == "boilerplate"
    assert kinds["Published: 23 March 2022"] == "boilerplate"
    assert kinds["The Russian embassy in Warsaw. (AFP)"] == "caption"
    assert kinds["Moscow vows response"] == "subheading"
    assert kinds["Share this article"] == "boilerplate"
    assert kinds["Bulgaria expels Russian diplomat"] == "boilerplate"  # a teaser under "Related Articles"
    assert kinds["© 2022 Central Europe Today"] == "boilerplate"


def test_dateline_with_agency_stays_body():
    kinds = dict(_kinds(PAGE))
    lead = next(text for text in kinds if text.startswith("WARSAW"))
    assert kinds[lead] == "body"


def test_offsets_are_true_and_nothing_is_deleted():
    spans = split_plain_text(PAGE)
    assert all(PAGE[s:e].strip() == PAGE[s:e] and PAGE[s:e] for s, e in spans)
    assert sum(len(PAGE[s:e].split()) for s, e in spans) == len(PAGE.split())


def test_hard_wrapped_sentence_is_one_paragraph():
    text = "The minister said the talks would resume next week in\nIstanbul, officials said.\n\nNext paragraph."
    assert len(split_plain_text(text)) == 2


def test_line_break_before_capital_separates_paragraphs():
    text = "Headline without a period\nThe lead sentence follows on the next line."
    assert len(split_plain_text(text)) == 2


def test_known_title_is_marked_even_when_it_ends_with_a_period():
    kinds = classify_blocks(["Sanctions bite.", "The EU imposed new sanctions on Monday."], title="Sanctions bite.")
    assert kinds == ["title", "body"]


def test_first_sentence_is_not_taken_for_a_headline():
    kinds = classify_blocks(["The EU imposed new sanctions on Iran on Monday.", "It said more would follow."])
    assert kinds == ["body", "body"]


def test_numbered_teasers_under_most_read_are_chrome_even_when_they_end_like_sentences():
    kinds = dict(
        _kinds(
            "Latin American governments are divided over the result of the vote.\n\n"
            "Most read\n\n"
            "1. Maduro declared winner as opposition cries fraud\n\n"
            "2. Explainer: Who is Edmundo Gonzalez, the man who says he won?\n\n"
            "© 2024 Latin American News Agency"
        )
    )
    assert kinds["Latin American governments are divided over the result of the vote."] == "body"
    assert kinds["2. Explainer: Who is Edmundo Gonzalez, the man who says he won?"] == "boilerplate"
    assert kinds["1. Maduro declared winner as opposition cries fraud"] == "boilerplate"


def test_a_copyright_line_is_chrome_wherever_it_stands():
    assert classify_blocks(["© 2024 Latin American News Agency"]) == ["boilerplate"]
    assert classify_blocks(["Copyright 2024 Reuters"]) == ["boilerplate"]
