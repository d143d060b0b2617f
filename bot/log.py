"""Logging, set up once per process; every module does `log = get_logger(__name__)`."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_configured = False


def get_logger(name: str) -> logging.Logger:
    return logging.getLogger(name)


class _RedactSecrets(logging.Filter):
    """Keeps Discord tokens out of every log line, whoever logs them."""

    _token = re.compile(r"[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self._token.search(message):
            record.msg = self._token.sub("[token redacted]", message)
            record.args = ()
        return True


def setup_logging(level: int = logging.WARNING, log_dir: Path | None = None) -> None:
    """Console at `level` (quiet success for the CLI); a rotating file at INFO once `log_dir` is given.

    Safe to call again: the console level is updated, and a log file is added if there is none yet.
    """
    global _configured
    root = logging.getLogger()
    if not _configured:
        _configured = True
        root.setLevel(logging.INFO)
        console = logging.StreamHandler()
        console.setFormatter(logging.Formatter(_FORMAT))
        console.addFilter(_REDACT)
        root.addHandler(console)
        # Libraries are chatty at INFO; their warnings still show.
        for noisy in ("httpx", "sentence_transformers", "discord.http", "faiss"):
            logging.getLogger(noisy).setLevel(logging.WARNING)
    for handler in root.handlers:
        if type(handler) is logging.StreamHandler:
            handler.setLevel(level)
    if log_dir is not None and not any(isinstance(h, logging.FileHandler) for h in root.handlers):
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            file_handler = logging.handlers.RotatingFileHandler(
                log_dir / "reportbot.log", maxBytes=5_000_000, backupCount=3, encoding="utf-8")
        except OSError:
            return  # a read-only data dir must not stop the bot; the console still logs
        file_handler.setLevel(logging.INFO)
        file_handler.setFormatter(logging.Formatter(_FORMAT))
        file_handler.addFilter(_REDACT)
        root.addHandler(file_handler)


_REDACT = _RedactSecrets()
