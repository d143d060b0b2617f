"""Domain errors whose messages a user can read and act on.

A `UserError` is the user's to fix (bad input, missing index, bad config): the CLI prints its
message on one line and exits with code 2, the bot shows it as is. Anything else is a bug: it is
logged with a traceback and the user gets an apology with an error id.
"""

from __future__ import annotations

import secrets

from index.errors import IndexMissingError, ReindexBusyError, SourceError, UserError

__all__ = ["ConfigError", "IndexMissingError", "QuestionError", "ReindexBusyError", "SourceError", "StorageError",
           "UserError", "new_error_id"]


class ConfigError(UserError):
    """config.toml is malformed or holds a value of the wrong kind."""


class QuestionError(UserError):
    """The question is empty or too long; nothing was searched."""


class StorageError(UserError):
    """The answer store (PostgreSQL) cannot be reached, or refused the login. Its message names the server and the
    database, for the operator; Discord members are told only that the store is unavailable."""


def new_error_id() -> str:
    """A short id that ties the apology a user sees to the logged traceback."""
    return secrets.token_hex(4)
