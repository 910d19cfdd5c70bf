"""Readers: every input format of the sample corpus, and bad input reported, never raised."""

from __future__ import annotations

import gzip
import json
from datetime import date

import pytest

from newsgraph.errors import InputProblem
from newsgraph.ingest import ArticleHints, article_from_html, read_inputs
from newsgraph.records import Article

ENGLISH = (
    "Poland expels Russian diplomats\n\n"
    "WARSAW - Poland on Wednesday expelled 45 Russian diplomats it accused of spying, the foreign "
    "ministry said, in the largest such expulsion in the country's history.\n\n"
    "“We will respond,” Kremlin spokesman Dmitry Peskov told reporters in Moscow.\n"
)


def _read(paths, settings, hints=None):
    return list(read_inputs(paths, settings, hints))


def _articles(items):
    return [i for i in items if isinstance(i, Article)]


def _problems(items):
    return [i for i in items if isinstance(i, InputProblem)]


def test_sample_corpus_exercises_every_reader(samples, settings):
    items = _read([samples], settings)
    assert not _problems(items), [p.text for p in _problems(items)]
    origins = [a.origin for a in _articles(items)]
    assert any(o.endswith(".txt") for o in origins)
    assert any(o.endswith(".html") for o in origins)
    assert any(".jsonl:" in o for o in origins)
    assert any(".rss#" in o for o in origins)
    assert any(".warc.gz#" in o for o in origins)
    assert len(origins) == 12


def test_html_metadata_comes_from_the_page(samples, settings):
    [article] = _articles(_read([samples / "html" / "04-china-rejects-g20-call.html"], settings))
    assert article.title == "China rejects US call to remove Russia from G20"
    assert article.source == "Global Times Review"
    assert article.published == date(2022, 3, 24)
    assert article.url.startswith("https://")
    assert article.paragraphs[0].kind == "title"
    # the headline is kept once, not repeated as a sub-heading from the page's <h1>
    assert sum(article.title in article.text[p.start : p.end] for p in article.paragraphs) == 1


def test_visible_date_is_found_when_the_page_has_no_meta_date(samples, settings):
    [article] = _articles(_read([samples / "html" / "06-tbilisi-protest.html"], settings))
    assert article.published == date(2022, 3, 9)


def test_plain_text_takes_its_date_from_its_published_line(samples, settings):
    [article] = _articles(_read([samples / "text" / "01-lavrov-accuses-us.txt"], settings))
    assert article.published == date(2022, 3, 23)
    assert article.title.startswith("Lavrov accuses US")


def test_hints_override_what_the_input_says(samples, settings):
    hints = ArticleHints(title="Own title", source="wire", published=date(2022, 1, 2))
    [article] = _articles(_read([samples / "text" / "01-lavrov-accuses-us.txt"], settings, hints))
    assert (article.title, article.source, article.published) == ("Own title", "wire", date(2022, 1, 2))


def test_feed_entries_carry_link_date_and_feed_title(samples, settings):
    articles = _articles(_read([samples / "feed.rss"], settings))
    assert len(articles) == 2
    assert all(a.url.startswith("https://example-news.org/") for a in articles)
    assert articles[0].published == date(2022, 10, 31)


def test_warc_response_records_become_articles(samples, settings):
    articles = _articles(_read([samples / "archive.warc.gz"], settings))
    assert [a.published for a in articles] == [date(2022, 5, 3), date(2022, 8, 25)]
    assert all(a.origin.startswith(str(samples / "archive.warc.gz") + "#") for a in articles)


# --- bad input -------------------------------------------------------------------------------------


def _only_problem(items):
    [problem] = _problems(items)
    assert not _articles(items)
    return problem


def test_empty_file(tmp_path, settings):
    path = tmp_path / "empty.txt"
    path.write_text("   \n")
    problem = _only_problem(_read([path], settings))
    assert problem.code == "E101" and str(path) in problem.text


def test_binary_file(tmp_path, settings):
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4)
    problem = _only_problem(_read([path], settings))
    assert problem.code == "E102" and str(path) in problem.text


def test_file_over_the_size_limit_is_refused(tmp_path, settings):
    path = tmp_path / "huge.txt"
    path.write_text(ENGLISH * 50)
    problem = _only_problem(_read([path], settings.with_overrides(max_bytes=1000)))
    assert problem.code == "E103" and "over the limit of 1000 bytes" in problem.text


def test_invalid_utf8_is_decoded_and_said_so(tmp_path, settings):
    path = tmp_path / "latin1.txt"
    path.write_bytes(
        ENGLISH.replace("“", '"')
        .replace("”", '"')
        .replace("country's", "country’s")
        .encode("utf-8")
        .replace(b"Poland", "Pologne – Poland".encode("cp1252"))
    )
    [article] = _articles(_read([path], settings))
    assert article.warnings and "not valid UTF-8" in article.warnings[0]
    assert "Poland" in article.text


def test_non_english_is_skipped_unless_forced(tmp_path, settings):
    path = tmp_path / "de.txt"
    path.write_text(
        "Polen weist russische Diplomaten aus\n\nWARSCHAU - Polen hat am Mittwoch 45 russische Diplomaten "
        "ausgewiesen, denen Spionage vorgeworfen wird, teilte das Außenministerium mit.\n"
    )
    problem = _only_problem(_read([path], settings))
    assert problem.code == "E104" and "'de'" in problem.text
    [article] = _articles(_read([path], settings.with_overrides(force_language=True)))
    assert article.language == "de"


def test_html_without_article_body(tmp_path, settings):
    path = tmp_path / "nav.html"
    path.write_text("<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    problem = _only_problem(_read([path], settings))
    assert problem.code in ("E105", "E112") and str(path) in problem.text


def test_malformed_jsonl_line_is_reported_by_number_and_the_rest_read(tmp_path, settings):
    path = tmp_path / "batch.jsonl"
    good = {"text": ENGLISH, "url": "https://example.org/a", "title": "Poland expels", "published": "2022-03-23"}
    lines = [
        json.dumps(good),
        '{"text": "unterminated',
        json.dumps([1, 2]),
        json.dumps({"url": "x"}),
        json.dumps({**good, "url": "https://example.org/b"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    items = _read([path], settings)
    assert len(_articles(items)) == 2
    problems = {p.origin: p.code for p in _problems(items)}
    assert problems == {f"{path}:2": "E106", f"{path}:3": "E113", f"{path}:4": "E107"}


def test_malformed_json_document(tmp_path, settings):
    path = tmp_path / "bad.json"
    path.write_text('{"text": "no end')
    problem = _only_problem(_read([path], settings))
    assert problem.code == "E106" and str(path) in problem.text


def test_broken_feed_and_warc(tmp_path, settings):
    feed = tmp_path / "feed.rss"
    feed.write_text("<rss><channel><title>x</title><item><title>")
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(gzip.compress(b"this is not a warc record\r\n\r\n"))
    problems = _problems(_read([feed, warc], settings))
    assert {p.code for p in problems} == {"E109", "E110"}


def test_missing_file(tmp_path, settings):
    problem = _only_problem(_read([tmp_path / "nope.txt"], settings))
    assert problem.code == "E108" and "no such file" in problem.text


def test_html_reader_keeps_headline_as_first_paragraph(settings):
    html = (
        "<html><head><title>Turkey hosts talks | Wire</title></head><body><article><h1>Turkey hosts talks</h1>"
        + "".join(f"<p>{sentence}</p>" for sentence in ENGLISH.split("\n\n")[1:])
        + "<p>Share this article</p></article></body></html>"
    )
    article = article_from_html(html, "page.html", settings)
    assert article.text.startswith("Turkey hosts talks\n\n")
    assert [p.kind for p in article.paragraphs] == ["title", "body", "body", "boilerplate"]


@pytest.mark.parametrize("name", ["x.txt", "x.md", "x"])
def test_plain_text_of_any_suffix(tmp_path, settings, name):
    path = tmp_path / name
    path.write_text(ENGLISH)
    [article] = _articles(_read([path], settings))
    assert article.title == "Poland expels Russian diplomats"


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        # short English that py3langid ranks just under Nigerian Pidgin is still English
        ("Coup\n\nThe military government declared a 30-day state of siege in Haiti on Saturday.\n", False),
        # real Pidgin is not
        ("Wahala\n\nNaija people dey vex well well as government no fit pay salary again for dis year.\n", True),
    ],
)
def test_short_english_is_not_taken_for_a_creole(tmp_path, settings, text, refused):
    path = tmp_path / "short.txt"
    path.write_text(text)
    assert any(problem.code == "E104" for problem in _problems(_read([path], settings))) is refused
