"""One PostgreSQL database for every bot process on every machine (psycopg 3, imported only here).

The password never appears in config.toml or the logs: it is read from the environment variable
`[storage] password_env` names, and a URL that carries one is refused.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from typing import TYPE_CHECKING, Any, Callable, TypeVar

from bot.errors import ConfigError, StorageError
from bot.log import get_logger
from bot.storage.sqlite import citations_json, new_answer_id

if TYPE_CHECKING:
    from bot.answers.models import Answer

log = get_logger(__name__)

T = TypeVar("T")

# Seconds to wait for the server at connect: a wrong host fails the start instead of hanging it.
CONNECT_TIMEOUT_S = 10
# Any constant shared by every reportbot process: the advisory lock that makes concurrent starts
# migrate one after the other. (PostgreSQL advisory locks are a 64-bit key space per database.)
MIGRATION_LOCK_KEY = 0x7265706F7274  # "report"

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE IF NOT EXISTS answers (
        id TEXT PRIMARY KEY,
        question TEXT NOT NULL,
        answer TEXT NOT NULL,
        answered BOOLEAN NOT NULL,
        citations JSONB NOT NULL,
        user_id BIGINT,
        created DOUBLE PRECISION NOT NULL
    );
    CREATE TABLE IF NOT EXISTS feedback (
        answer_id TEXT NOT NULL REFERENCES answers(id),
        user_id BIGINT NOT NULL,
        vote SMALLINT NOT NULL CHECK (vote IN (-1, 1)),
        created DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (answer_id, user_id)
    );
    """,
    "ALTER TABLE answers ADD COLUMN IF NOT EXISTS latency_ms DOUBLE PRECISION;",
)


def describe(url: str) -> str:
    """user@host:port/db for messages and logs: never a password."""
    from psycopg.conninfo import conninfo_to_dict

    parts = conninfo_to_dict(url)
    where = f"{parts.get('host', 'localhost')}:{parts.get('port', 5432)}/{parts.get('dbname', '')}"
    return f"{parts['user']}@{where}" if parts.get("user") else where


class PostgresStore:
    """Thread-safe: one connection, used by one thread at a time, reopened once if the server dropped it."""

    def __init__(self, url: str, *, password_env: str) -> None:
        try:
            import psycopg
        except ImportError:
            raise ConfigError("storage.url is a PostgreSQL URL but psycopg is not installed: "
                              "pip install 'psycopg[binary]'") from None
        from psycopg.conninfo import conninfo_to_dict

        try:
            if "password" in conninfo_to_dict(url):
                raise ConfigError(f"storage.url must not hold the password: put it in ${password_env} "
                                  "(storage.password_env names the variable)")
        except psycopg.ProgrammingError:
            raise ConfigError("storage.url is not a valid PostgreSQL URL") from None
        self._psycopg = psycopg
        self._url = url
        self._password = os.environ.get(password_env) or None
        self.where = describe(url)
        self._lock = threading.Lock()
        self._db = self._connect()
        self.schema_version = self._migrate()
        log.info("feedback store: PostgreSQL %s, schema version %d", self.where, self.schema_version)

    def _connect(self):
        psycopg = self._psycopg
        options: dict[str, Any] = {"autocommit": True, "connect_timeout": CONNECT_TIMEOUT_S}
        if self._password:
            options["password"] = self._password
        try:
            return psycopg.connect(self._url, **options)
        except psycopg.OperationalError as exc:
            reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else exc.__class__.__name__
            raise StorageError(f"cannot open the PostgreSQL store {self.where}: {reason}") from None

    def _migrate(self) -> int:
        with self._lock, self._db.transaction():
            self._db.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK_KEY,))
            self._db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            current = self._db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
            for version, script in enumerate(MIGRATIONS[current:], start=current + 1):
                self._db.execute(script)
                self._db.execute("INSERT INTO schema_version VALUES (%s)", (version,))
                log.log(logging.INFO if current else logging.DEBUG, "feedback store %s: schema migrated to version %d",
                        self.where, version)
        return len(MIGRATIONS)

    def _run(self, work: Callable[[Any], T]) -> T:
        """`work(connection)`; a connection the server closed (restart, idle timeout) is reopened once."""
        with self._lock:
            if self._db.closed or self._db.broken:
                self._db = self._connect()
            try:
                return work(self._db)
            except self._psycopg.OperationalError:
                if not self._db.broken:
                    raise
                log.warning("feedback store %s: connection lost; reconnecting", self.where)
                self._db = self._connect()
                return work(self._db)

    def record_answer(self, answer: "Answer", user_id: int | None) -> str:
        answer_id = new_answer_id()
        row = (answer_id, answer.question, answer.answer, bool(answer.answered), citations_json(answer), user_id,
               time.time(), answer.latency_ms)
        self._run(lambda db: db.execute(
            "INSERT INTO answers (id, question, answer, answered, citations, user_id, created, latency_ms) "
            "VALUES (%s, %s, %s, %s, %s::jsonb, %s, %s, %s)", row))
        return answer_id

    def answer(self, answer_id: str) -> dict | None:
        row = self._run(lambda db: db.execute(
            "SELECT question, answer, answered, citations::text FROM answers WHERE id = %s", (answer_id,)).fetchone())
        if row is None:
            return None
        return {"question": row[0], "answer": row[1], "answered": bool(row[2]), "citations": json.loads(row[3])}

    def vote(self, answer_id: str, user_id: int, vote: int) -> bool:
        # One statement: the answer's existence and the vote are checked and written atomically.
        inserted = self._run(lambda db: db.execute(
            "INSERT INTO feedback (answer_id, user_id, vote, created) "
            "SELECT id, %s, %s, %s FROM answers WHERE id = %s "
            "ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote, created = excluded.created",
            (user_id, vote, time.time(), answer_id)).rowcount)
        return inserted > 0

    def counts(self) -> dict[str, int]:
        def read(db) -> tuple:
            votes = db.execute("SELECT COUNT(*) FILTER (WHERE vote = 1), COUNT(*) FILTER (WHERE vote = -1) "
                               "FROM feedback").fetchone()
            answers = db.execute("SELECT COUNT(*), COUNT(*) FILTER (WHERE answered) FROM answers").fetchone()
            return votes + answers

        up, down, answers, answered = self._run(read)
        return {"answers": answers, "answered": answered, "abstained": answers - answered, "up": up, "down": down}

    def close(self) -> None:
        with self._lock:
            self._db.close()
