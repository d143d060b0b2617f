"""Shared fixtures. The real model is loaded once per session, and only by tests that need it."""

from __future__ import annotations

import os
import uuid

import pytest

from tests.helpers import POSTGRES_PASSWORD_ENV, POSTGRES_URL_ENV, FakeEmbedder, write_config

# Fixtures that load the real embedding model (torch, several seconds) or build a real index: a
# test using any of them is slow, so `pytest -m "not slow"` runs without the model.
REAL_MODEL_FIXTURES = frozenset({"real_embedder", "real_settings", "real_service", "nearby_service"})


def pytest_collection_modifyitems(config, items):
    for item in items:
        if REAL_MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session", autouse=True)
def model_cache(tmp_path_factory):
    """ONNX exports shared by the session's index builds, kept out of the user's own cache folder."""
    folder = tmp_path_factory.mktemp("model-cache")
    mp = pytest.MonkeyPatch()
    mp.setenv("REPORTBOT_CACHE", str(folder))
    yield folder
    mp.undo()


@pytest.fixture
def fake_settings(tmp_path):
    """Settings over the shipped report, a fresh data dir and the fake embedder's model name."""
    return write_config(tmp_path, fake_model=True)


@pytest.fixture
def fake_embedder():
    return FakeEmbedder()


@pytest.fixture(scope="session")
def real_embedder():
    """all-MiniLM-L6-v2 through sentence-transformers (the reference embedder)."""
    from bot.settings import DEFAULT_MODEL, DEFAULT_MODEL_SHA256
    from index.embed import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(DEFAULT_MODEL, DEFAULT_MODEL_SHA256)


@pytest.fixture(scope="session")
def real_settings(tmp_path_factory):
    """Settings over the shipped report with the real model, in a session-wide data dir."""
    return write_config(tmp_path_factory.mktemp("real"))


@pytest.fixture(scope="session")
def real_service(real_settings, real_embedder):
    """A ReportService over the real index of the shipped report, built once per session."""
    from bot.service import ReportService

    return ReportService.open(real_settings, embedder=real_embedder, build_if_missing=True)


@pytest.fixture(scope="session")
def postgres_url():
    """The test server's URL, after checking a login works; skips (with why) when there is none."""
    url = os.environ.get(POSTGRES_URL_ENV)
    if not url:
        pytest.skip(f"no PostgreSQL server: ${POSTGRES_URL_ENV} is not set (.ci/run starts one on 127.0.0.1)")
    psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[test]')")
    try:
        psycopg.connect(url, password=os.environ.get(POSTGRES_PASSWORD_ENV), connect_timeout=5).close()
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL at ${POSTGRES_URL_ENV} refuses a login: {str(exc).strip().splitlines()[-1]}")
    return url


@pytest.fixture
def postgres_schema(postgres_url):
    """A URL whose tables live in a schema of their own, dropped afterwards (CI runs may overlap)."""
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_url, password=os.environ.get(POSTGRES_PASSWORD_ENV), autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    yield f"{postgres_url}{'&' if '?' in postgres_url else '?'}options=-csearch_path%3D{schema}"
    with psycopg.connect(postgres_url, password=os.environ.get(POSTGRES_PASSWORD_ENV), autocommit=True) as admin:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")
