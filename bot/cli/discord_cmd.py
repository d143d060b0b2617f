"""`reportbot run`, `reportbot sync` and `reportbot chat`."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys

from bot.cli._common import settings_of, stage_printer
from bot.errors import UserError
from bot.log import get_logger, setup_logging

log = get_logger(__name__)


class TokenError(UserError):
    """No Discord token, or Discord refused it."""


def register(subparsers: argparse._SubParsersAction) -> None:
    run = subparsers.add_parser(
        "run", help="run the Discord bot",
        description="Connect to Discord and answer questions. The token comes from $DISCORD_TOKEN (the name is "
                    "[discord] token_env) or a .env file beside config.toml. Slash commands are synced at start "
                    "only when they changed since the last sync.")
    run.add_argument("--dry-run", action="store_true",
                     help="load every extension and the index, print the command tree as JSON, do not connect")
    run.set_defaults(handler=run_bot)

    sync = subparsers.add_parser("sync", help="sync slash commands with Discord",
                                 description="Sync to the guilds in [discord] guild_ids (instant), or globally.")
    sync.add_argument("--global", dest="global_sync", action="store_true",
                      help="sync globally (clients may take a while to show the commands)")
    sync.set_defaults(handler=run_sync)

    chat = subparsers.add_parser("chat", help="try the bot in the terminal, no Discord token needed",
                                 description="Type a question, or /actor NAME, or /actors; an empty line or "
                                             "Ctrl-D quits.")
    chat.set_defaults(handler=run_chat)


def read_token(settings) -> str:
    """The token from the environment, else from a .env file beside config.toml; never logged."""
    name = settings.discord.token_env
    token = os.environ.get(name, "").strip()
    env_file = settings.root / ".env"
    if not token and env_file.is_file():
        for line in env_file.read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition("=")
            if key.strip().removeprefix("export ").strip() == name:
                token = value.strip().strip("'\"")
    if not token:
        raise TokenError(f"no Discord token: set {name} in the environment or in {env_file} "
                         "(see README: creating the bot)")
    return token


def _open_service(args: argparse.Namespace):
    from bot.service import ReportService

    settings = settings_of(args)
    return settings, ReportService.open(settings, build_if_missing=True, on_stage=stage_printer(True))


def run_bot(args: argparse.Namespace) -> int:
    from bot.discord_bot import EXTENSIONS, ReportBot, command_tree_json

    settings, service = _open_service(args)
    if args.dry_run:
        async def build() -> list:
            bot = ReportBot(settings, service)
            for extension in EXTENSIONS:
                await bot.load_extension(extension)
            tree = command_tree_json(bot)
            await bot.close()
            return tree

        print(json.dumps(asyncio.run(build()), indent=2, ensure_ascii=False))
        return 0
    token = read_token(settings)
    setup_logging(logging.INFO, settings.index.data_dir / "logs")
    import aiohttp
    import discord

    bot = ReportBot(settings, service, sync_on_start=True)
    try:
        bot.run(token, log_handler=None)
    except discord.LoginFailure:
        raise TokenError(f"Discord rejected the token in {settings.discord.token_env}; "
                         "reset it in the developer portal (Bot > Reset Token)") from None
    except discord.PrivilegedIntentsRequired:
        raise UserError("the Message Content intent is off: enable it in the developer portal (Bot > Privileged "
                        "Gateway Intents), or remove [discord] ask_channel_ids") from None
    except (OSError, aiohttp.ClientError) as exc:
        raise UserError(f"cannot reach Discord ({exc.__class__.__name__}): check this machine's network") from None
    return 0


def run_sync(args: argparse.Namespace) -> int:
    import discord

    from bot.discord_bot import ReportBot, sync_commands

    settings, service = _open_service(args)
    token = read_token(settings)

    async def sync() -> str:
        bot = ReportBot(settings, service)
        async with bot:
            try:
                await bot.login(token)  # runs setup_hook: the extensions are loaded
            except discord.LoginFailure:
                raise TokenError(f"Discord rejected the token in {settings.discord.token_env}") from None
            return await sync_commands(bot, global_sync=args.global_sync)

    print(asyncio.run(sync()))
    return 0


def run_chat(args: argparse.Namespace) -> int:
    from bot.cli.actor_cmd import format_lookup
    from bot.errors import QuestionError
    from bot.render import render_text

    _, service = _open_service(args)
    interactive = sys.stdin.isatty()
    if interactive:
        print("Ask about the report, or /actor NAME, /actors. An empty line quits.")
    while True:
        try:
            line = input("> " if interactive else "")
        except EOFError:
            break
        line = line.strip()
        if not line or line in {"quit", "exit", "/quit"}:
            break
        if line.startswith("/actors"):
            for actor in service.actors():
                print(f"{actor.name} ({actor.kind})")
        elif line.startswith("/actor "):
            print(format_lookup(service.actor(line.removeprefix("/actor ").strip())))
        else:
            try:
                print(render_text(service.ask(line.removeprefix("/ask ").strip())))
            except QuestionError as error:
                print(error)
        print()
    return 0

