"""The `reportbot` command line: one module per command group, one error policy for all.

User errors print one line and exit 2; anything else is a bug: its traceback is logged with an
error id, and the user gets an apology quoting that id.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from bot import __version__
from bot.errors import UserError, new_error_id
from bot.log import get_logger, setup_logging

log = get_logger(__name__)

# Each module has register(subparsers); kept as names so `--help` imports nothing heavy.
_COMMAND_MODULES = ("bot.cli.index_cmd", "bot.cli.ask_cmd", "bot.cli.actor_cmd",
                    "bot.cli.discord_cmd", "bot.cli.bench_cmd")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reportbot",
        description="Answers questions about a report, every sentence cited to the report sentences that support it.",
    )
    parser.add_argument("--config", type=Path, metavar="PATH",
                        help="config.toml to use (default: $REPORTBOT_CONFIG, ./config.toml, or the project's)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and timings to stderr")
    parser.add_argument("--version", action="version", version=f"reportbot {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    import importlib

    for name in _COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(logging.INFO if args.verbose else logging.WARNING)
    try:
        return int(args.handler(args) or 0)
    except UserError as exc:
        print(f"reportbot: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("reportbot: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0  # `reportbot ... | head` is not an error
    except Exception:
        error_id = new_error_id()
        _log_to_file(args)
        log.exception("unexpected error %s running %s", error_id, args.command)
        print(f"reportbot: sorry, something went wrong on our side (error id {error_id}). "
              "The details are in the log; please include the id if you report it.", file=sys.stderr)
        return 1


def _log_to_file(args: argparse.Namespace) -> None:
    """Bugs are logged to data/logs too, so the id a user reports can be found later."""
    try:
        from bot.settings import load_settings

        settings = load_settings(args.config)
        setup_logging(logging.INFO if args.verbose else logging.WARNING, settings.index.data_dir / "logs")
    except Exception:  # the config itself may be what broke; the console log still has it
        pass
