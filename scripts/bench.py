"""Throughput of the pipeline on the bundled sample corpus, and of the event coder alone.

Prints, in one process on the same texts: spaCy's nlp.pipe alone (the baseline); newsgraph's NLP stage
plus the actors, quotes and events stages; and each extraction stage alone on already-parsed docs,
in sentences per second, beside PETRARCH-2's published ~250 sentences/s (which, like "events alone",
counts coding only, on parses made beforehand). Then the peak memory of the process. The machine is
shared and noisy: read the ratios, not the absolute figures. Usage: python scripts/bench.py [--repeat N]
"""

from __future__ import annotations

import argparse
import resource
import time

from newsgraph import pipeline
from newsgraph.config import Settings
from newsgraph.ingest import read_inputs, samples_path
from newsgraph.nlp import load_pipeline, paragraph_chunks, parse
from newsgraph.records import Article, Extraction

PETRARCH2_SENTENCES_PER_SECOND = 250


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="copies of the corpus to process")
    args = parser.parse_args()
    settings = Settings()
    articles = [a for a in read_inputs([samples_path()], settings) if isinstance(a, Article)] * args.repeat
    characters = sum(len(a.text) for a in articles)
    nlp = load_pipeline(settings.model)
    list(nlp.pipe(["warm up the model"]))

    started = time.perf_counter()
    for _ in nlp.pipe([chunk for a in articles for chunk in paragraph_chunks(a)], batch_size=64):
        pass
    baseline = time.perf_counter() - started

    started = time.perf_counter()
    pipeline.extract_articles(articles, settings)
    full = time.perf_counter() - started

    docs = parse(articles, settings.model)
    sentences = sum(len(list(doc.sents)) for doc in docs)
    stage_seconds = dict.fromkeys((s.name for s in pipeline.STAGES), 0.0)
    for article, doc in zip(articles, docs, strict=True):
        extraction = Extraction(article, model=settings.model)
        for stage in pipeline.STAGES:
            started = time.perf_counter()
            extraction = stage.run(article, doc, extraction)
            stage_seconds[stage.name] += time.perf_counter() - started

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(articles)} articles, {sentences:,} sentences, {characters:,} characters")
    for label, seconds in (("spaCy nlp.pipe alone (baseline):", baseline), ("newsgraph parse + all stages:", full)):
        print(f"{label:36}{len(articles) / seconds:7.1f} articles/s  {sentences / seconds:8.0f} sentences/s")
    print(f"ratio newsgraph / baseline time:    {full / baseline:.2f}x")
    for name, seconds in stage_seconds.items():
        print(f"{name + ' stage alone (parsed docs):':36}{sentences / seconds:25.0f} sentences/s")
    coding = stage_seconds["actors"] + stage_seconds["events"]
    print(
        f"{'actors + events (the coder):':36}{sentences / coding:25.0f} sentences/s"
        f"  ({sentences / coding / PETRARCH2_SENTENCES_PER_SECOND:.1f}x PETRARCH-2's published ~250)"
    )
    print(f"peak memory (max RSS):              {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
