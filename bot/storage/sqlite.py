"""The default store: a SQLite file in the data folder (WAL, so several processes can share it)."""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from bot.log import get_logger

if TYPE_CHECKING:
    from bot.answers.models import Answer

log = get_logger(__name__)

# How long a writer waits for another process's write to finish before giving up; writes are
# single rows, so anything near this means a process is stuck holding the file.
BUSY_TIMEOUT_S = 10.0

# Schema versions in order; a database at version N gets MIGRATIONS[N:] at open. Version 1 is the
# schema of the stores written before versions were recorded (hence IF NOT EXISTS).
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    ("""
    CREATE TABLE IF NOT EXISTS answers (
        id TEXT PRIMARY KEY,
        question TEXT NOT NULL,
        answer TEXT NOT NULL,
        answered INTEGER NOT NULL,
        citations TEXT NOT NULL,        -- JSON: [{"n", "id", "text", ...}]
        user_id INTEGER,
        created REAL NOT NULL
    )""", """
    CREATE TABLE IF NOT EXISTS feedback (
        answer_id TEXT NOT NULL REFERENCES answers(id),
        user_id INTEGER NOT NULL,
        vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
        created REAL NOT NULL,
        PRIMARY KEY (answer_id, user_id)  -- one vote per person per answer: voting again changes it
    )"""),
    ("ALTER TABLE answers ADD COLUMN latency_ms REAL",),
)


def new_answer_id() -> str:
    return uuid.uuid4().hex[:16]


def citations_json(answer: "Answer") -> str:
    return json.dumps([c.to_json() for c in answer.citations], ensure_ascii=False)


class SQLiteStore:
    """Thread-safe; processes sharing the file see each other's rows at once."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT_S)
        self._db.execute("PRAGMA journal_mode=WAL")
        self.schema_version = self._migrate()

    def _migrate(self) -> int:
        """Bring the schema to the latest version, in one transaction that holds the write lock, so
        two processes starting together migrate once."""
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = db.execute("SELECT MAX(version) FROM schema_version").fetchone()
            current = row[0] or 0
            for version, statements in enumerate(MIGRATIONS[current:], start=current + 1):
                for statement in statements:
                    db.execute(statement)
                db.execute("INSERT INTO schema_version VALUES (?)", (version,))
                # A new store is no news; an existing one changing shape is.
                log.log(logging.INFO if current else logging.DEBUG, "feedback store %s: schema migrated to version %d",
                        self.path, version)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return len(MIGRATIONS)

    def record_answer(self, answer: "Answer", user_id: int | None) -> str:
        answer_id = new_answer_id()
        with self._lock:
            self._db.execute(
                "INSERT INTO answers (id, question, answer, answered, citations, user_id, created, latency_ms) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (answer_id, answer.question, answer.answer, int(answer.answered), citations_json(answer), user_id,
                 time.time(), answer.latency_ms))
        return answer_id

    def answer(self, answer_id: str) -> dict | None:
        with self._lock:
            row = self._db.execute("SELECT question, answer, answered, citations FROM answers WHERE id = ?",
                                   (answer_id,)).fetchone()
        if row is None:
            return None
        return {"question": row[0], "answer": row[1], "answered": bool(row[2]), "citations": json.loads(row[3])}

    def vote(self, answer_id: str, user_id: int, vote: int) -> bool:
        with self._lock:
            if self._db.execute("SELECT 1 FROM answers WHERE id = ?", (answer_id,)).fetchone() is None:
                return False
            self._db.execute(
                "INSERT INTO feedback VALUES (?, ?, ?, ?) "
                "ON CONFLICT(answer_id, user_id) DO UPDATE SET vote = excluded.vote, created = excluded.created",
                (answer_id, user_id, vote, time.time()))
        return True

    def counts(self) -> dict[str, int]:
        with self._lock:
            up, down = self._db.execute(
                "SELECT COALESCE(SUM(vote = 1), 0), COALESCE(SUM(vote = -1), 0) FROM feedback").fetchone()
            answers, answered = self._db.execute(
                "SELECT COUNT(*), COALESCE(SUM(answered), 0) FROM answers").fetchone()
        return {"answers": answers, "answered": answered, "abstained": answers - answered, "up": up, "down": down}

    def close(self) -> None:
        with self._lock:
            self._db.close()
