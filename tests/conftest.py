"""Shared fixtures: the model is loaded once per test session; samples are the bundled corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.config import Settings
from newsgraph.ingest import samples_path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def samples() -> Path:
    return samples_path()


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory, settings) -> Path:
    """A store holding the whole sample corpus, built once for the read-only tests."""
    from newsgraph.api import ingest
    from newsgraph.store import Store

    path = tmp_path_factory.mktemp("store") / "samples.duckdb"
    with Store(path) as store:
        report = ingest([samples_path()], store, settings)
    assert report.failed == 0, [p.text for p in report.problems]
    return path


def shared_data(*parts: str) -> Path:
    """A path under ../shared/data; tests that need it skip cleanly where it is absent."""
    path = SHARED.joinpath("data", *parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared is only beside the project in development and CI)")
    return path
