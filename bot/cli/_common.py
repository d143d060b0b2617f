"""Helpers the command modules share."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Iterable, Iterator

from bot.settings import Settings, load_settings


def settings_of(args: argparse.Namespace) -> Settings:
    return load_settings(args.config)


def stdin_lines() -> Iterator[str]:
    """Lines of standard input, one query each, read as they arrive.

    Blank lines are queries too (they get an error object), so output lines stay aligned with input.
    """
    for line in sys.stdin:
        yield line.rstrip("\r\n")


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
