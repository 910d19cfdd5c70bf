"""Throughput of the pipeline on the sample corpus, against spaCy alone on the same texts.

Prints articles/s and characters/s for (1) spaCy's nlp.pipe over the articles' paragraphs — the
baseline, run in the same process — (2) newsgraph's NLP stage plus actors, quotes and events, and
their ratio; then the peak memory of the process. The machine is shared and noisy: read the ratio,
not the absolute figures. Usage: python scripts/bench.py [--repeat N]
"""

from __future__ import annotations

import argparse
import resource
import time

from newsgraph import pipeline
from newsgraph.config import Settings
from newsgraph.ingest import read_inputs, samples_path
from newsgraph.nlp import load_pipeline, paragraph_chunks
from newsgraph.records import Article


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

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(articles)} articles, {characters:,} characters")
    for label, seconds in (("spaCy nlp.pipe alone (baseline):", baseline), ("newsgraph parse + all stages:", full)):
        print(f"{label:33}{len(articles) / seconds:7.1f} articles/s  {characters / seconds:9,.0f} chars/s")
    print(f"ratio newsgraph / baseline time: {full / baseline:.2f}x")
    print(f"peak memory (max RSS):           {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
