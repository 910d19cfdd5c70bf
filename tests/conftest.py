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


@pytest.fixture(scope="session")
def shared_data():
    """A function giving a path under ../shared/data; a test that needs one skips cleanly where it is
    absent (../shared is beside the project in development and CI, not in a user's clone)."""

    def path_to(*parts: str) -> Path:
        path = SHARED.joinpath("data", *parts)
        if not path.exists():
            pytest.skip(f"{path} is not here")
        return path

    return path_to
