"""The store of answers, votes and answer counts: one contract, run against SQLite and a real
PostgreSQL server (the latter where $REPORTBOT_TEST_POSTGRES_URL names one: .ci/run starts it)."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import uuid
from urllib.parse import urlsplit

import pytest

from bot.answers.models import Answer, Citation
from bot.errors import ConfigError
from bot.settings import PROJECT_ROOT
from bot.storage import open_store
from tests.helpers import POSTGRES_PASSWORD_ENV as PASSWORD_ENV
from tests.helpers import storage_section, write_config


def _answer(question: str = "Who?", answered: bool = True) -> Answer:
    answer = Answer(question, answered, "Al-Hafi. [1]" if answered else "The report does not say.",
                    citations=[Citation(1, "d:17", "Text.", 9, None, "d")] if answered else [])
    answer.latency_ms = 4.2
    return answer


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_settings(request, tmp_path):
    """Settings whose [storage] is SQLite in the data folder (the default), or the PostgreSQL test server."""
    if request.param == "sqlite":
        return write_config(tmp_path, fake_model=True)
    url = request.getfixturevalue("postgres_schema")
    return write_config(tmp_path, fake_model=True, extra=storage_section(url))


def test_answers_votes_and_counts_persist_across_reopening(backend_settings):
    store = open_store(backend_settings)
    answer_id = store.record_answer(_answer(), user_id=42)
    store.record_answer(_answer("Why?", answered=False), user_id=43)
    assert store.vote(answer_id, 7, 1) and store.vote(answer_id, 8, -1)
    assert store.vote(answer_id, 7, -1)  # changing one's mind replaces the vote
    assert not store.vote("0" * 16, 7, 1)  # an unknown answer takes no vote
    store.close()
    reopened = open_store(backend_settings)
    assert reopened.counts() == {"answers": 2, "answered": 1, "abstained": 1, "up": 0, "down": 2}
    stored = reopened.answer(answer_id)
    assert stored["question"] == "Who?" and stored["answered"] is True
    assert stored["citations"][0]["id"] == "d:17"
    assert reopened.answer("0" * 16) is None
    reopened.close()


def test_two_processes_share_one_store(backend_settings):
    """Shards in other processes write to the same store: each sees the other's answers and votes."""
    here = open_store(backend_settings)
    mine = here.record_answer(_answer(), user_id=1)
    script = ("import sys; from bot.settings import load_settings; from bot.storage import open_store; "
              "from tests.bot.test_storage import _answer; store = open_store(load_settings(sys.argv[1])); "
              "other = store.record_answer(_answer('Where?'), 2); store.vote(other, 5, 1); "
              "assert store.vote(sys.argv[2], 6, 1); store.close()")
    done = subprocess.run([sys.executable, "-c", script, str(backend_settings.path), mine], capture_output=True,
                          text=True, cwd=PROJECT_ROOT, env=os.environ | {"PYTHONPATH": str(PROJECT_ROOT)},
                          timeout=60)
    assert done.returncode == 0, done.stderr
    here.vote(mine, 7, -1)
    assert here.counts() == {"answers": 2, "answered": 2, "abstained": 0, "up": 2, "down": 1}
    here.close()


def test_a_store_from_before_schema_versions_is_migrated_in_place(tmp_path):
    settings = write_config(tmp_path, fake_model=True)
    path = settings.index.data_dir / "feedback.sqlite3"
    path.parent.mkdir(parents=True)
    old = sqlite3.connect(path)
    old.executescript("""
        CREATE TABLE answers (id TEXT PRIMARY KEY, question TEXT NOT NULL, answer TEXT NOT NULL,
            answered INTEGER NOT NULL, citations TEXT NOT NULL, user_id INTEGER, created REAL NOT NULL);
        CREATE TABLE feedback (answer_id TEXT NOT NULL REFERENCES answers(id), user_id INTEGER NOT NULL,
            vote INTEGER NOT NULL CHECK (vote IN (-1, 1)), created REAL NOT NULL, PRIMARY KEY (answer_id, user_id));
        INSERT INTO answers VALUES ('a1', 'Who?', 'Al-Hafi.', 1, '[]', 3, 0);
        INSERT INTO feedback VALUES ('a1', 3, 1, 0);
    """)
    old.commit()
    old.close()
    store = open_store(settings)
    assert store.counts() == {"answers": 1, "answered": 1, "abstained": 0, "up": 1, "down": 0}
    store.record_answer(_answer(), user_id=4)
    store.close()
    versions = sqlite3.connect(path).execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    assert versions == [(1,), (2,)]
    open_store(settings).close()  # a second start migrates nothing more
    assert sqlite3.connect(path).execute("SELECT COUNT(*) FROM schema_version").fetchone() == (2,)


def test_postgres_records_its_schema_version_once(postgres_schema, tmp_path):
    import psycopg

    settings = write_config(tmp_path, extra=storage_section(postgres_schema))
    open_store(settings).close()
    open_store(settings).close()
    with psycopg.connect(postgres_schema, password=os.environ.get(PASSWORD_ENV)) as db:
        assert db.execute("SELECT version FROM schema_version ORDER BY version").fetchall() == [(1,), (2,)]


def test_the_password_comes_from_the_environment_and_is_never_shown(postgres_url, tmp_path, monkeypatch, caplog):
    from bot.storage.postgres import StorageError

    secret = "not-the-password-" + uuid.uuid4().hex[:8]
    monkeypatch.setenv("REPORTBOT_WRONG_PASSWORD", secret)
    settings = write_config(tmp_path, extra=f'[storage]\nurl = "{postgres_url}"\npassword_env = "REPORTBOT_WRONG_PASSWORD"\n')
    caplog.set_level(logging.DEBUG)
    with pytest.raises(StorageError, match=r"^cannot open the PostgreSQL store \S+/\S+: ") as refused:
        open_store(settings)
    assert secret not in str(refused.value) and secret not in caplog.text

    parts = urlsplit(postgres_url)
    in_url = parts._replace(netloc=f"{parts.username}:{secret}@{parts.hostname}:{parts.port or 5432}").geturl()
    settings = write_config(tmp_path, extra=f'[storage]\nurl = "{in_url}"\n')
    with pytest.raises(ConfigError, match=r"must not hold the password: put it in \$REPORTBOT_STORAGE_PASSWORD") as refused:
        open_store(settings)
    assert secret not in str(refused.value)


def test_an_unknown_storage_url_is_a_config_error(tmp_path):
    settings = write_config(tmp_path, extra='[storage]\nurl = "mysql://bot@db/reports"\n')
    with pytest.raises(ConfigError, match=r"^storage\.url must be empty .* not 'mysql'$"):
        open_store(settings)


@pytest.mark.slow
def test_two_services_over_one_data_folder_report_everyones_answers_and_feedback(backend_settings):
    """Two bot processes (shards) serving one index: /status in either counts both's answers and votes."""
    import discord

    from bot.exts.moderation import status_embed
    from bot.service import ReportService
    from bot.usage import AnswerStats
    from index.build import build_index
    from tests.helpers import FakeEmbedder

    build_index(backend_settings, embedder=FakeEmbedder())
    script = ("import sys; from bot.settings import load_settings; from bot.service import ReportService; "
              "from bot.storage import open_store; from tests.helpers import FakeEmbedder; "
              "settings = load_settings(sys.argv[1]); service = ReportService.open(settings, embedder=FakeEmbedder()); "
              "store = open_store(settings); answer = store.record_answer(service.ask('Who leads the militia?'), 2); "
              "assert store.vote(answer, 5, 1); store.close()")
    done = subprocess.run([sys.executable, "-c", script, str(backend_settings.path)], capture_output=True, text=True,
                          cwd=PROJECT_ROOT, env=os.environ | {"PYTHONPATH": str(PROJECT_ROOT)}, timeout=120)
    assert done.returncode == 0, done.stderr

    service = ReportService.open(backend_settings, embedder=FakeEmbedder())
    store, stats = open_store(backend_settings), AnswerStats()
    answer = service.ask("Where are the militias?")
    stats.record(answer.latency_ms)
    assert store.vote(store.record_answer(answer, 1), 6, -1)
    embed: discord.Embed = status_embed(service.status(), stats, store.counts())
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Answers"].startswith("2 (") and fields["Feedback"] == "👍 1 · 👎 1"
    store.close()


def test_a_data_folder_sqlite_cannot_write_is_a_user_error(tmp_path):
    # Root ignores a read-only mode, so the database file is made unopenable another way: a folder in its place.
    from bot.errors import UserError
    from bot.storage import SQLITE_FILE

    settings = write_config(tmp_path)
    (settings.index.data_dir / SQLITE_FILE).mkdir(parents=True)
    with pytest.raises(UserError, match=r"^the data folder .* cannot be used \(unable to open database file\)"):
        open_store(settings)
