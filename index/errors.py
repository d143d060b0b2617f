"""Errors the index raises whose messages a user can read and act on.

The bot catches `UserError` to answer in one line (exit code 2 on the command line); anything else
is a bug. The bot's own errors (bad configuration, a refused question) subclass `UserError` too.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix; `str(error)` says what and how."""

    exit_code = 2


class SourceError(UserError):
    """A report source is missing, unreadable, empty, too large or not readable as its format."""


class IndexMissingError(UserError):
    """No index has been built yet, or it is corrupt or from another model."""


class ReindexBusyError(UserError):
    """A rebuild is already running."""
