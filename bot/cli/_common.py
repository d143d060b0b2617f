"""Helpers the command modules share."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator

from bot.errors import UserError
from bot.settings import Settings, load_settings


def settings_of(args: argparse.Namespace) -> Settings:
    return load_settings(args.config)


def stdin_lines() -> Iterator[str]:
    """Lines of standard input, one query each, read as they arrive.

    Blank lines are queries too (they get an error object), so output lines stay aligned with input;
    so are lines that are not UTF-8 (their bytes kept as lone surrogates, refused by the caller).
    A byte-order mark (a file saved by Notepad, piped in) is not part of the first query.
    """
    # Read as bytes and decoded here, whatever the locale's encoding and error handler: a line that
    # is not UTF-8 keeps its bytes as lone surrogates and gets its own error, the others their answers.
    buffer = getattr(sys.stdin, "buffer", None)
    lines = (raw.decode("utf-8", "surrogateescape") for raw in buffer) if buffer is not None else sys.stdin
    for n, line in enumerate(lines):
        line = line.rstrip("\r\n")
        yield line.removeprefix("\ufeff") if n == 0 else line


def inputs(value: str) -> Iterable[str]:
    """`-` reads one query a line from stdin; anything else is the query itself."""
    return stdin_lines() if value == "-" else [value]


def readable(text: str) -> str:
    """`text` with the bytes of its input that were not UTF-8 (kept by Python as lone surrogates)
    shown as U+FFFD, so that what is printed is UTF-8 whatever was read."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def print_json(data: Any) -> None:
    """One JSON object on one line, flushed, so a reader of a pipe gets it at once."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def stage_printer(enabled: bool):
    """A progress callback that writes stages to stderr, or does nothing."""
    if not enabled:
        return None
    return lambda message: print(f"… {message}", file=sys.stderr, flush=True)


def writable_out(path: Path) -> Path:
    """`--out PATH`, checked before a long run: its folder exists and can be written in, so the
    run's results are not lost to a bad path at its end."""
    folder = path.parent
    if path.is_dir():
        raise UserError(f"cannot write {path}: it is a folder; --out takes a file name")
    if not folder.is_dir():
        raise UserError(f"cannot write {path}: there is no folder {folder}")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise UserError(f"cannot write {path}: permission denied")
    return path


def write_out(path: Path, write) -> None:
    """Call `write(path)`; a failure (the disk filled up during the run) is one line, after the
    results were printed."""
    try:
        write(path)
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror or exc}; the results are printed above") from None
