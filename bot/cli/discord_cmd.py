"""`reportbot run`, `reportbot sync` and `reportbot chat`."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from typing import Iterator

from bot.cli._common import settings_of, stage_printer
from bot.errors import UserError
from bot.log import get_logger, setup_logging
from bot.settings import Settings

log = get_logger(__name__)

CHAT_HELP = ("Ask about the report, or type /actor NAME, /actors [KIND], /help. An empty line or Ctrl-D "
             "quits.")


class TokenError(UserError):
    """No Discord token, or Discord refused it."""


def register(subparsers: argparse._SubParsersAction) -> None:
    run = subparsers.add_parser(
        "run", help="run the Discord bot",
        description="Connect to Discord and answer questions. The token comes from $DISCORD_TOKEN (the name is "
                    "[discord] token_env) or a .env file beside config.toml. Slash commands are synced at start "
                    "only when they changed since the last sync. SIGTERM or Ctrl-C close the connection cleanly.")
    run.add_argument("--dry-run", action="store_true",
                     help="load every extension and the index, print the command tree as JSON (and the shard "
                          "plan on stderr), do not connect")
    run.add_argument("--shard-count", type=int, metavar="N",
                     help="shards over every process ([discord] shard_count); Discord requires sharding past "
                          "2,500 servers")
    run.add_argument("--shard-ids", type=_shard_ids, metavar="0,1",
                     help="the shards this process runs ([discord] shard_ids; default: all of --shard-count)")
    run.set_defaults(handler=run_bot)

    sync = subparsers.add_parser(
        "sync", help="sync slash commands with Discord",
        description="Register the slash commands with Discord: /ask, /actor, /actors and /status in every "
                    "server (globally), /reindex only in the home servers of [discord] guild_ids; commands an "
                    "earlier configuration registered elsewhere are removed.")
    sync.set_defaults(handler=run_sync)

    chat = subparsers.add_parser("chat", help="try the bot in the terminal, no Discord token needed",
                                 description=f"Answers rendered as the bot sends them in Discord. {CHAT_HELP}")
    chat.set_defaults(handler=run_chat)


def _shard_ids(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"shard ids are whole numbers separated by commas, not {text!r}") from None


def read_token(settings: Settings) -> str:
    """The token from the environment, else from a .env file beside config.toml; never logged."""
    name = settings.discord.token_env
    token = os.environ.get(name, "").strip()
    env_file = settings.root / ".env"
    if not token and env_file.is_file():
        # utf-8-sig: a byte-order mark (Notepad) is no part of the first variable's name.
        for line in env_file.read_text(encoding="utf-8-sig").splitlines():
            key, _, value = line.partition("=")
            if key.strip().removeprefix("export ").strip() == name:
                token = value.strip().strip("'\"")
    if not token:
        raise TokenError(f"no Discord token: set {name} in the environment or in {env_file} "
                         "(see README: Running it in your Discord server)")
    return token


@contextlib.contextmanager
def discord_errors(settings: Settings) -> Iterator[None]:
    """Discord's refusals as one-line user errors; the token itself is never part of them."""
    import aiohttp
    import discord

    try:
        yield
    except discord.LoginFailure:
        raise TokenError(f"Discord rejected the token in {settings.discord.token_env}; "
                         "reset it in the developer portal (Bot > Reset Token)") from None
    except discord.PrivilegedIntentsRequired:
        raise UserError("the Message Content intent is off: enable it in the developer portal (Bot > Privileged "
                        "Gateway Intents), or empty [discord] ask_channel_ids") from None
    except (aiohttp.ClientConnectionError, discord.GatewayNotFound) as exc:
        raise UserError(f"cannot reach Discord ({exc.__class__.__name__}): check this machine's network") from None


def _open_service(settings: Settings):
    """The live index; a first start builds it in a child process, so torch (loaded only to
    embed the reports) does not stay in the serving process."""
    from bot.service import ReportService
    from index.bundle import live_version_dir

    if live_version_dir(settings.index.data_dir) is None:
        from bot.reindex import run_build_process

        on_stage = stage_printer(True)
        on_stage(f"no index yet in {settings.index.data_dir}: building it from the configured reports")
        run_build_process(settings, on_stage=on_stage)
    return ReportService.open(settings)


def run_bot(args: argparse.Namespace) -> int:
    # asyncio here, not at the top: every command's parser imports this module, and asyncio (with ssl) adds ~5 MB
    # to a `reportbot ask` that never runs an event loop.
    import asyncio

    from bot.discord_bot import command_tree_json, make_bot, serve, shard_plan, use_endpoints_from_env

    settings = settings_of(args)
    plan = shard_plan(settings, args.shard_count, args.shard_ids)
    if args.dry_run:
        print(f"shard plan: {plan.describe()}", file=sys.stderr)
        service = _open_service(settings)

        async def build() -> list:
            async with make_bot(settings, service, plan) as bot:  # set up and closed as at a real start
                await bot.setup_hook()  # loads every extension (no sync: not connected)
                return command_tree_json(bot)

        print(json.dumps(asyncio.run(build()), indent=2, ensure_ascii=False))
        return 0
    token = read_token(settings)  # before loading anything: a missing token fails at once
    setup_logging(logging.INFO, settings.index.data_dir / "logs")
    use_endpoints_from_env()
    if plan.count is not None:
        log.info("shard plan: %s", plan.describe())
    bot = make_bot(settings, _open_service(settings), plan, sync_on_start=True)
    with discord_errors(settings):
        try:
            asyncio.run(serve(bot, token))  # logging is ours (set up once, tokens redacted)
        except KeyboardInterrupt:  # Ctrl-C: the connection was closed on the way out
            pass
    return 0


def run_sync(args: argparse.Namespace) -> int:
    import asyncio

    from bot.discord_bot import ReportBot, sync_commands, use_endpoints_from_env

    settings = settings_of(args)
    token = read_token(settings)
    use_endpoints_from_env()
    service = _open_service(settings)

    async def sync() -> str:
        async with ReportBot(settings, service) as bot:
            await bot.login(token)  # runs setup_hook: the extensions are loaded
            return await sync_commands(bot)

    with discord_errors(settings):
        print(asyncio.run(sync()))
    return 0


def chat_reply(service, line: str) -> str:
    """What the bot would send for one line typed in the console, rendered as in Discord."""
    from bot.render import (USAGE_HINT, actor_embed, actor_list_pages, embed_text, mentions_pages, not_found_text,
                            question_from, render_discord)
    from index.actors import KINDS
    from index.language import asks_nothing

    command, _, rest = line.partition(" ")
    rest = rest.strip()
    if command == "/actors":
        from bot.cli.actor_cmd import kind_typed

        try:
            kind = kind_typed(rest, KINDS) if rest else None
        except UserError as exc:
            return f"{str(exc)[0].upper()}{str(exc)[1:]}."
        # Every page /actors would show, Previous / Next pressed through to the last.
        return "\n\n".join(embed_text(page) for page in actor_list_pages(service.actors(kind), kind))
    if command == "/actor":
        from bot.cli.actor_cmd import name_error

        if error := name_error(rest):  # as `reportbot actor` refuses it
            return f"{error[0].upper()}{error[1:]}."
        found = service.actor(rest)
        if not found.found:
            return not_found_text(found)
        lookup = found.to_json()
        embed, cut = actor_embed(lookup["actor"])
        if not cut:
            return embed_text(embed)
        return embed_text(embed) + "\n\n[Show all mentions]\n" + "\n".join(mentions_pages(lookup["actor"]))
    if command.startswith("/") and command != "/ask":  # /help, or a command only Discord has (/status)
        return USAGE_HINT if command == "/help" else f"There is no {command} in the console chat.\n\n{USAGE_HINT}"
    question = question_from(rest if command == "/ask" else line)  # as the bot reads a message
    if command != "/ask" and asks_nothing(question):  # "help", "hi", "thanks": as the bot replies to a mention
        return USAGE_HINT
    try:
        return "\n\n".join(render_discord(service.ask(question)).messages)
    except UserError as error:  # an empty or over-long question: say so, keep chatting
        return str(error)


def run_chat(args: argparse.Namespace) -> int:
    service = _open_service(settings_of(args))
    interactive = sys.stdin.isatty()
    if interactive:
        print(CHAT_HELP)
    while True:
        try:
            line = input("> " if interactive else "").strip()
        except EOFError:
            break
        if not line or line in {"quit", "exit", "/quit"}:
            break
        print(chat_reply(service, line), end="\n\n", flush=True)
    return 0
