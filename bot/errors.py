"""Domain errors whose messages a user can read and act on.

A `UserError` is the user's to fix (bad input, missing index, bad config): the CLI prints its
message on one line and exits with code 2, the bot shows it as is. Anything else is a bug: it is
logged with a traceback and the user gets an apology with an error id.
"""

from __future__ import annotations

import secrets


class UserError(Exception):
    """Something the user can fix; `str(error)` says what and how."""

    exit_code = 2


class ConfigError(UserError):
    """config.toml is malformed or holds a value of the wrong kind."""


class SourceError(UserError):
    """A report source is missing, unreadable, empty, too large or not UTF-8."""


class IndexMissingError(UserError):
    """No index has been built yet, or it is corrupt or from another model."""


class QuestionError(UserError):
    """The question is empty or too long; nothing was searched."""


class ReindexBusyError(UserError):
    """A rebuild is already running."""


def new_error_id() -> str:
    """A short id that ties the apology a user sees to the logged traceback."""
    return secrets.token_hex(4)
