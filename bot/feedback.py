"""Answers given and the 👍/👎 they got, in a SQLite database in the data directory.

Each answer the bot sends is stored with its question, text, citations and asker, so feedback
buttons (whose custom ids carry only the answer's id) still work after a restart.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from pathlib import Path

from bot.answers.models import Answer
from bot.log import get_logger

log = get_logger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    id TEXT PRIMARY KEY,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    answered INTEGER NOT NULL,
    citations TEXT NOT NULL,        -- JSON: [{"n", "id", "text", ...}]
    user_id INTEGER,
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS feedback (
    answer_id TEXT NOT NULL REFERENCES answers(id),
    user_id INTEGER NOT NULL,
    vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
    created REAL NOT NULL,
    PRIMARY KEY (answer_id, user_id)  -- one vote per person per answer; voting again changes it
);
"""


class FeedbackStore:
    """Thread-safe: the bot writes from its event loop and from worker threads."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)

    def record_answer(self, answer: Answer, user_id: int | None) -> str:
        """Store an answer as sent; returns the id its buttons carry."""
        answer_id = uuid.uuid4().hex[:16]
        with self._lock:
            self._db.execute(
                "INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?, ?)",
                (answer_id, answer.question, answer.answer, int(answer.answered),
                 json.dumps([c.to_json() for c in answer.citations], ensure_ascii=False), user_id, time.time()))
        return answer_id

    def answer(self, answer_id: str) -> dict | None:
        with self._lock:
            row = self._db.execute("SELECT question, answer, answered, citations FROM answers WHERE id = ?",
                                   (answer_id,)).fetchone()
        if row is None:
            return None
        return {"question": row[0], "answer": row[1], "answered": bool(row[2]), "citations": json.loads(row[3])}

    def vote(self, answer_id: str, user_id: int, vote: int) -> bool:
        """Record 👍 (1) or 👎 (-1); False if the answer is unknown."""
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
            answers = self._db.execute("SELECT COUNT(*) FROM answers").fetchone()[0]
        return {"answers": answers, "up": up, "down": down}

    def close(self) -> None:
        with self._lock:
            self._db.close()
