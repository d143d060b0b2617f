"""Shared fixtures. The real model is loaded once per session, and only by tests that need it.

`pytest` runs the suite in two worker processes (pytest-xdist), a module per worker at a time, as
the loopback scenarios and the module-scoped indexes need; `-n 0` or `-p no:xdist` runs it in one.
The session's real index and ONNX export are made once, by the first worker that needs them, in a
folder both workers share; the other worker waits for them and never loads torch for them.
"""

from __future__ import annotations

import fcntl
import os
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers import CORPUS, POSTGRES_PASSWORD_ENV, POSTGRES_URL_ENV, FakeEmbedder, write_config

# Fixtures that load the real embedding model (torch, several seconds) or build a real index: a
# test using any of them is slow, so `pytest -m "not slow"` runs without the model.
REAL_MODEL_FIXTURES = frozenset({"real_embedder", "real_settings", "real_service", "real_query_embedder",
                                 "nearby_service", "corpus_indexes"})
# Worker processes by default: the machine the suite is timed on has 2 cores, and each worker
# repeats the per-worker fixtures (imports, the real model where a module needs torch), so more
# workers than cores only add those.
DEFAULT_WORKERS = 2
XDIST_WORKER_ENV = "PYTEST_XDIST_WORKER"

if os.environ.get(XDIST_WORKER_ENV):
    # One intra-op thread per worker: two workers already fill two cores, and torch's spinning
    # OpenMP threads, two per worker, fight each other (the verification calibration took 5x longer).
    os.environ.setdefault("OMP_NUM_THREADS", "1")


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config):
    """Distribute over DEFAULT_WORKERS processes unless told otherwise (-n N, -n 0, -p no:xdist, --pdb); with -n N,
    a module still runs on one worker (loadscope) unless --dist says otherwise."""
    if not config.pluginmanager.hasplugin("xdist"):
        return
    if config.getoption("numprocesses", None) is not None:
        if config.option.numprocesses and config.option.dist == "no":
            config.option.dist = "loadscope"  # ("-n 2" alone: each module on one worker too, as below)
        return
    if os.environ.get(XDIST_WORKER_ENV):
        return  # a worker runs its share itself: distributing again would start workers without end
    if config.getoption("usepdb", False) or config.getoption("collectonly", False):
        return
    workers = min(DEFAULT_WORKERS, len(os.sched_getaffinity(0)))
    if workers > 1:
        config.option.numprocesses = workers
        if config.option.dist == "no":
            config.option.dist = "loadscope"  # module-scoped fixtures and ordered scenarios stay together


def pytest_collection_modifyitems(config, items):
    for item in items:
        if REAL_MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


def shared_tmp(tmp_path_factory) -> Path:
    """A folder every worker of this run sees (the run's temporary root), not one per worker."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get(XDIST_WORKER_ENV) else base


@contextmanager
def exclusive(path: Path):
    """Hold an exclusive lock on `path` (blocking): one worker makes a shared thing, the others wait."""
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@pytest.fixture(scope="session", autouse=True)
def model_cache(tmp_path_factory):
    """ONNX exports shared by the session's index builds (in every worker), kept out of the user's
    own cache folder. The real index's build (below) makes the export before any other real build."""
    folder = shared_tmp(tmp_path_factory) / "model-cache"
    folder.mkdir(exist_ok=True)
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


_LOADED: dict[str, object] = {}  # the sentence-transformers model, once loaded in this process


def _reference_embedder():
    from bot.settings import DEFAULT_MODEL_SHA256
    from index.settings import BUNDLED_MODEL
    from index.embed import SentenceTransformerEmbedder

    if "reference" not in _LOADED:
        _LOADED["reference"] = SentenceTransformerEmbedder(BUNDLED_MODEL, DEFAULT_MODEL_SHA256)
    return _LOADED["reference"]


@pytest.fixture(scope="session")
def real_settings(tmp_path_factory, model_cache):
    """Settings over the shipped report with the real model, whose data dir holds the real index
    (built by the first worker to get here, through sentence-transformers, which also makes the
    session's ONNX export; the other workers find it built)."""
    from bot.settings import load_settings
    from index.build import build_index
    from index.bundle import live_version_dir

    folder = shared_tmp(tmp_path_factory) / "real"
    with exclusive(shared_tmp(tmp_path_factory) / "real.lock"):
        if (folder / "config.toml").exists():
            settings = load_settings(folder / "config.toml")
        else:
            settings = write_config(folder)
        if live_version_dir(settings.index.data_dir) is None:
            build_index(settings, embedder=_reference_embedder())
    return settings


@pytest.fixture(scope="session")
def real_embedder(real_settings):
    """all-MiniLM-L6-v2 through sentence-transformers (the reference embedder; imports torch).

    Only for what depends on it: checking the ONNX models against it, builds that export. After
    `real_settings`, so that the session's export exists before any other build looks for it."""
    return _reference_embedder()


@pytest.fixture(scope="session")
def real_service(real_settings):
    """A ReportService over the session's real index, answering through the ONNX query model the
    bot answers with (no torch in this process for it)."""
    from bot.service import ReportService
    from index.onnx_embed import OnnxEmbedder

    service = ReportService.open(real_settings)
    assert isinstance(service.live.retriever.embedder, OnnxEmbedder), "the real index has no usable ONNX export"
    return service


@pytest.fixture(scope="session")
def real_query_embedder(real_service, real_settings):
    """The real model through the session's fp32 ONNX export, as an index build embeds sentences
    with it (no torch): for tests whose result does not depend on sentence-transformers itself,
    including other builds, whose sentence vectors must be fp32's."""
    from index.onnx_embed import FP32, OnnxEmbedder

    record = real_service.live.bundle.manifest["query_model"]
    return OnnxEmbedder.from_cache(real_settings.index.data_dir / record["path"], name=real_settings.index.model,
                                   expected=record, query_model=FP32)


@pytest.fixture(scope="session")
def corpus_indexes(real_settings, tmp_path_factory):
    """Per report of the shared corpus (slug -> its folder, whose config.toml and data/ are those
    `reportbot eval --corpus` makes): each index built once per run, by the first worker to need
    it, through bot.corpus_eval.index_report (embedding with the session's checked ONNX export),
    and read by every test that scores or compares the corpus."""
    from bot.corpus_eval import corpus_slugs, index_report
    from index.bundle import live_version_dir

    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not here ({CORPUS} is missing): it lives beside the project "
                    "checkout, in ../shared/eval/reports")
    root = shared_tmp(tmp_path_factory) / "corpus"
    folders = {}
    with exclusive(shared_tmp(tmp_path_factory) / "corpus.lock"):
        for slug in corpus_slugs(CORPUS):
            folder = root / slug
            if live_version_dir(folder / "data") is None:
                index_report(CORPUS / f"{slug}.txt", folder)  # the session's checked export: no torch
            folders[slug] = folder
    return folders


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
