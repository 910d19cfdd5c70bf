"""The command line: real commands on the sample corpus, and bad input as clear one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from importlib import resources

import jsonschema
import pytest

from newsgraph.cli import main
from newsgraph.ingest import samples_path


@cache
def _schema():
    return json.loads((resources.files("newsgraph") / "schema" / "extraction.schema.json").read_text())


def _sample_files():
    root = samples_path()
    return sorted(p for p in root.rglob("*") if p.is_file())


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("path", _sample_files(), ids=lambda p: p.name)
def test_extract_prints_json_that_validates(capsys, path):
    code, out, err = run(capsys, "extract", path)
    assert code == 0, err
    document = json.loads(out)
    jsonschema.validate(document, _schema())
    text = document["article"]["text"]
    for actor in document["actors"]:
        assert all(0 <= s < e <= len(text) for s, e in actor["mentions"])
    for record in document["quotes"] + document["events"]:
        assert 0 <= record["start"] <= record["end"] <= len(text)
    for quote in document["quotes"]:
        assert text[quote["start"] : quote["end"]].strip() == quote["content"].strip()
    for event in document["events"]:
        assert text[event["start"] : event["end"]] == event["evidence"]


def test_extract_from_stdin_with_options(tmp_path):
    text = (samples_path() / "text" / "02-poland-expels-diplomats.txt").read_text()
    result = subprocess.run(
        [sys.executable, "-m", "newsgraph.cli", "extract", "-", "--published", "2022-03-23", "--source", "wire"],
        input=text,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)["article"]
    assert (article["published"], article["source"]) == ("2022-03-23", "wire")


def test_extract_table_format(capsys, samples):
    code, out, _ = run(capsys, "extract", samples / "text" / "01-lavrov-accuses-us.txt", "--format", "table")
    assert code == 0
    assert "ACTORS" in out and "QUOTES" in out and "EVENTS" in out and "Lavrov" in out


def test_extract_of_bad_input_is_one_clear_line(capsys, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("")
    code, out, err = run(capsys, "extract", path)
    assert code == 1 and not out
    assert err.strip() == f"newsgraph: {path}: empty input [E101]"


def test_invalid_date_option_is_a_usage_error(capsys, samples):
    with pytest.raises(SystemExit) as raised:
        main(["extract", str(samples / "feed.rss"), "--published", "23/03/2022"])
    assert raised.value.code == 2
    assert "use YYYY-MM-DD" in capsys.readouterr().err


def test_ingest_bad_inputs_beside_good_ones(capsys, tmp_path, samples):
    db = tmp_path / "mixed.duckdb"
    code, out, _ = run(capsys, "ingest", samples / "text", "--db", db)
    assert code == 0
    before = json.loads(run(capsys, "sql", "SELECT count(*) AS n FROM articles", "--db", db, "--format", "json")[1])
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    (bad / "binary.bin").write_bytes(bytes(range(256)) * 8)
    (bad / "lines.jsonl").write_text('{"text": \n')
    (bad / "huge.txt").write_text("Diplomats were expelled on Monday, officials said. " * 400)
    (bad / "german.txt").write_text(
        "Polen weist Diplomaten aus\n\nWARSCHAU - Polen hat am Mittwoch 45 russische Diplomaten ausgewiesen, "
        "denen Spionage vorgeworfen wird, teilte das Außenministerium in einer Erklärung mit.\n"
    )
    (bad / "menu.html").write_text("<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav></body></html>")
    code, out, err = run(capsys, "ingest", bad, "--db", db, "--max-bytes", "10000")
    assert code == 1
    assert "Traceback" not in err
    assert f"{bad / 'empty.txt'}: empty input [E101]" in err
    assert f"{bad / 'lines.jsonl'}:1: malformed JSON" in err
    assert f"{bad / 'binary.bin'}: binary content" in err
    assert f"{bad / 'huge.txt'}: 20400 bytes is over the limit of 10000 bytes" in err
    assert f"{bad / 'german.txt'}: not English (detected 'de')" in err
    assert f"{bad / 'menu.html'}: no article body found in the HTML [E105]" in err
    assert "0 new article(s)" in out and "6 failed" in out
    after = json.loads(run(capsys, "sql", "SELECT count(*) AS n FROM articles", "--db", db, "--format", "json")[1])
    assert after == before


def test_summary_query_sql_and_export(capsys, sample_store, tmp_path):
    code, out, _ = run(capsys, "summary", "--db", sample_store)
    assert code == 0 and "12 articles" in out and "Most active actors" in out and "First events" in out
    code, out, _ = run(capsys, "query", "events", "--actor", "RUS", "--db", sample_store, "--format", "json")
    assert code == 0 and json.loads(out)
    code, out, _ = run(capsys, "query", "quotes", "--speaker", "Lavrov", "--db", sample_store, "--format", "csv")
    assert code == 0 and out.splitlines()[0].startswith("published,speaker")
    code, _, err = run(capsys, "sql", "DROP TABLE events", "--db", sample_store)
    assert code == 1 and "read-only" in err and "[E202]" in err
    code, out, _ = run(
        capsys, "export", tmp_path / "q.csv", "--table", "quotes", "--format", "csv", "--db", sample_store
    )
    assert code == 0 and (tmp_path / "q.csv").read_text().startswith("article_id,")


def test_query_on_missing_database_says_so(capsys, tmp_path):
    code, _, err = run(capsys, "query", "events", "--db", tmp_path / "none.duckdb")
    assert code == 1 and "run 'newsgraph ingest' first" in err


def test_invalid_utf8_is_ingested_with_a_warning(capsys, tmp_path):
    db = tmp_path / "w.duckdb"
    path = tmp_path / "cp1252.txt"
    path.write_bytes(
        "Talks end\n\nThe ministers met in Antalya on Thursday, Turkey’s foreign ministry said – "
        "but failed to agree on a ceasefire.\n".encode("cp1252")
    )
    code, out, err = run(capsys, "ingest", path, "--db", db)
    assert code == 0, err
    _, out, _ = run(capsys, "sql", "SELECT warnings, text FROM articles", "--db", db, "--format", "json")
    [row] = json.loads(out)
    assert "not valid UTF-8; decoded as cp125" in row["warnings"][0]
    assert "Turkey’s foreign ministry said – but" in row["text"]


def test_extraction_is_the_same_whatever_the_hash_seed():
    """Two people sharing a surname: the bare surname goes to the one named first, on every run."""
    text = (
        "Family visit\n\nLONDON (AP) - Opposition lawmaker Sarah Johnson visited a hospital on Tuesday, "
        "and her brother Mark Johnson, a lawyer, met officials. Johnson said the visit had gone well."
    )
    outputs = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        result = subprocess.run(
            [sys.executable, "-m", "newsgraph.cli", "extract", "-", "--published", "2018-03-06"],
            input=text,
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1
    extraction = json.loads(outputs.pop())
    article_text = extraction["article"]["text"]
    holders = {article_text[s:e]: a["name"] for a in extraction["actors"] for s, e in a["mentions"]}
    assert holders["Johnson"] == "Sarah Johnson"
