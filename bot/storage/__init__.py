"""Where answers, their 👍/👎 and answer statistics live: one interface, two backends.

SQLite (the default) is a file in the data folder: nothing to set up, shared by every process on
one machine (and by processes on several machines only through a shared volume that supports
SQLite's locks, which NFS often does not). PostgreSQL (`[storage] url = "postgresql://..."`) is
one database for every process on every machine, so /status counts all of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from bot.errors import ConfigError

if TYPE_CHECKING:
    from bot.answers.models import Answer
    from bot.settings import Settings

SQLITE_FILE = "feedback.sqlite3"
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


class Store(Protocol):
    """Thread-safe: the bot writes from its event loop's worker threads."""

    def record_answer(self, answer: "Answer", user_id: int | None) -> str:
        """Store an answer as sent (with its latency); returns the id its buttons carry."""

    def answer(self, answer_id: str) -> dict | None:
        """{"question", "answer", "answered", "citations"} of a stored answer, or None."""

    def vote(self, answer_id: str, user_id: int, vote: int) -> bool:
        """Record 👍 (1) or 👎 (-1), replacing that user's earlier vote; False if the answer is unknown."""

    def counts(self) -> dict[str, int]:
        """{"answers", "answered", "abstained", "up", "down"} over every process writing here."""

    def close(self) -> None: ...


def open_store(settings: "Settings") -> Store:
    """The configured store, its schema migrated to this version."""
    storage = getattr(settings, "storage", None)
    url = (storage.url if storage is not None else "").strip()
    if not url:
        import sqlite3

        from bot.storage.sqlite import SQLiteStore
        from index.bundle import data_dir_error

        try:
            return SQLiteStore(settings.index.data_dir / SQLITE_FILE)
        except sqlite3.OperationalError as exc:  # a read-only data folder, or a folder in the file's place
            raise data_dir_error(settings.index.data_dir, OSError(str(exc))) from None
        except OSError as exc:
            raise data_dir_error(settings.index.data_dir, exc) from None
    if url.startswith(POSTGRES_SCHEMES):
        from bot.storage.postgres import PostgresStore

        return PostgresStore(url, password_env=storage.password_env)
    scheme = url.split("://", 1)[0] if "://" in url else url[:20]
    raise ConfigError(f"storage.url must be empty (SQLite in the data folder) or start with postgresql://, "
                      f"not {scheme!r}")
