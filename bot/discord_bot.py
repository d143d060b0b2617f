"""The Discord bot: a thin layer that loads its features as extensions over the Discord-free core."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import signal
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import discord
from discord.ext import commands, tasks

from bot.answers.models import Answer
from bot.errors import ConfigError, UserError
from bot.exts import NO_MENTIONS
from bot.log import get_logger
from bot.service import ReportService
from bot.settings import MAX_SHARDS, Settings
from bot.storage import open_store
from bot.usage import AnswerStats, Cooldown

log = get_logger(__name__)

# A text bot needs no voice support; without these discord.py warns at every start.
discord.VoiceClient.warn_nacl = False
discord.VoiceClient.warn_dave = False

# The error handler first: it installs the command tree's error handler the others rely on.
EXTENSIONS = ("bot.exts.error_handler", "bot.exts.ask", "bot.exts.actors", "bot.exts.moderation")


def intents_for(settings: Settings) -> discord.Intents:
    """Message Content only when whole channels are questions; mentions and slash commands work without it."""
    intents = discord.Intents.default()
    intents.message_content = bool(settings.discord.ask_channel_ids)
    return intents


class ReportBot(commands.Bot):
    """The bot: the ReportService it answers from, the store of answers and feedback, cooldowns and
    this process's latency."""

    def __init__(self, settings: Settings, service: ReportService, *, intents: discord.Intents | None = None,
                 sync_on_start: bool = False, **options: Any) -> None:
        super().__init__(command_prefix=commands.when_mentioned, intents=intents or intents_for(settings),
                         allowed_mentions=NO_MENTIONS, help_command=None, **options)
        self.settings = settings
        self.service = service
        self.feedback = open_store(settings)
        self.stats = AnswerStats()
        self.cooldown = Cooldown(settings.discord.cooldown_questions, settings.discord.cooldown_seconds)
        self.sync_on_start = sync_on_start

    async def setup_hook(self) -> None:
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        if self.sync_on_start:
            await sync_if_changed(self)
        self.follow_index.change_interval(seconds=self.settings.discord.index_poll_seconds)
        self.follow_index.start()

    @tasks.loop()  # every [discord] index_poll_seconds, set in setup_hook before it starts
    async def follow_index(self) -> None:
        """Serve a version another process published over the same data folder."""
        try:
            if await asyncio.to_thread(self.service.reload_if_changed):
                log.info("index v%04d published elsewhere is live", self.service.live.bundle.version)
        except UserError as exc:  # a half-broken version elsewhere: keep serving the one loaded
            log.warning("not following the published index: %s", exc)

    async def on_message(self, message: discord.Message) -> None:
        """No text commands: questions are handled by the ask extension's listener."""

    async def close(self) -> None:
        self.follow_index.cancel()
        await super().close()
        self.feedback.close()

    async def answer(self, question: str, user_id: int | None) -> tuple[Answer, str]:
        """Answer in a worker thread (embedding and search hold the CPU), so the gateway heartbeat
        never waits; store the answer for its buttons and log one line."""
        answer = await asyncio.to_thread(self.service.ask, question)
        self.stats.record(answer.latency_ms)
        answer_id = await asyncio.to_thread(self.feedback.record_answer, answer, user_id)
        log.info("answered in %.1f ms: %s; citations %s", answer.latency_ms,
                 "answered" if answer.answered else "abstained", [c.id for c in answer.citations] or "-")
        return answer, answer_id


class ShardedReportBot(ReportBot, commands.AutoShardedBot):
    """The bot for some of the shards of a bot too large for one gateway connection."""


@dataclass(frozen=True)
class ShardPlan:
    """Which shards this process runs: None/() is one unsharded connection, as a small bot needs."""

    count: int | None = None
    ids: tuple[int, ...] = ()

    def describe(self) -> str:
        if self.count is None:
            return "not sharded: one gateway connection for every server"
        ids = self.ids or tuple(range(self.count))
        return (f"shards {', '.join(map(str, ids))} of {self.count} in this process (a server is on shard "
                f"(server_id >> 22) % {self.count})")


def shard_plan(settings: Settings, count: int | None = None, ids: tuple[int, ...] | None = None) -> ShardPlan:
    """[discord] shard_count / shard_ids, overridden by --shard-count / --shard-ids."""
    count = settings.discord.shard_count if count is None else count
    ids = tuple(settings.discord.shard_ids if ids is None else ids)
    if count is None:
        if ids:
            raise ConfigError("discord.shard_ids needs discord.shard_count (the total over every process)")
        return ShardPlan()
    if not 1 <= count <= MAX_SHARDS:
        raise ConfigError(f"discord.shard_count must be 1 to {MAX_SHARDS:,}, not {count}")
    wrong = [i for i in ids if not 0 <= i < count]
    if wrong:
        raise ConfigError(f"discord.shard_ids {wrong} are not shards of {count}: ids run from 0 to {count - 1}")
    if len(set(ids)) != len(ids):
        raise ConfigError(f"discord.shard_ids lists a shard twice: {list(ids)}")
    return ShardPlan(count, tuple(sorted(ids)))


def make_bot(settings: Settings, service: ReportService, plan: ShardPlan = ShardPlan(), **kwargs: Any) -> ReportBot:
    """The plain bot when not sharded; discord.py's AutoShardedBot for the planned shards otherwise."""
    if plan.count is None:
        return ReportBot(settings, service, **kwargs)
    return ShardedReportBot(settings, service, shard_count=plan.count, shard_ids=list(plan.ids) or None, **kwargs)


def _home(bot: commands.Bot) -> list[int]:
    return list(bot.settings.discord.guild_ids)


def command_tree_json(bot: commands.Bot) -> list[dict[str, Any]]:
    """The slash commands as Discord receives them, with option types by name and where each is
    registered: "global" (every server), or the home servers' ids."""
    found: dict[str, dict[str, Any]] = {}
    scopes: list[int | None] = [None, *_home(bot)]
    for guild_id in scopes:
        guild = None if guild_id is None else discord.Object(id=guild_id)
        for command in bot.tree.get_commands(guild=guild):
            if command.name in found:
                found[command.name]["scope"].append(guild_id)
                continue
            data = command.to_dict(bot.tree)
            for option in data.get("options", []):
                option["type"] = discord.AppCommandOptionType(option["type"]).name
            data["guild_only"] = bool(getattr(command, "guild_only", False))
            data["scope"] = "global" if guild_id is None else [guild_id]
            found[command.name] = data
    return [found[name] for name in sorted(found)]


def tree_signature(bot: commands.Bot) -> str:
    """A hash of the commands as Discord would store them in every scope, for this application
    (another token, another application: its commands were never synced)."""
    payload = {"application": bot.application_id, "commands": command_tree_json(bot)}
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


class CommandSyncError(UserError):
    """Discord refused to register the slash commands: a wrong server id, or a missing scope."""


async def sync_commands(bot: commands.Bot) -> str:
    """Register every command where it belongs, and remove it from where it no longer does.

    The public commands go to the global scope, which also removes a /reindex an earlier version
    registered globally. Each home server gets /reindex alone, which replaces copies of the
    public commands an earlier version put there (they would show twice). A former home server
    is emptied.
    """
    home = _home(bot)
    state = _sync_state(bot)
    synced = await _sync_scope(bot, None)
    for guild_id in home:
        await _sync_scope(bot, guild_id)
    former = sorted(set(state.get("guilds", [])) - set(home)) if state.get("application") == bot.application_id else []
    for guild_id in former:
        try:
            await bot.tree.sync(guild=discord.Object(id=guild_id))
        except discord.Forbidden:  # the bot has left that server: nothing of ours shows there
            log.info("could not clear the commands of former home server %s (no access)", guild_id)
    _write_sync_state(bot, {"application": bot.application_id, "guilds": home, "signature": tree_signature(bot)})
    summary = f"synced {len(synced)} commands globally"
    summary += f", /reindex to {len(home)} home server(s)" if home else " (no home server: no /reindex)"
    if former:
        summary += f", removed the commands of {len(former)} former home server(s)"
    log.info(summary)
    return summary


async def _sync_scope(bot: commands.Bot, guild_id: int | None) -> list:
    guild = None if guild_id is None else discord.Object(id=guild_id)
    try:
        return await bot.tree.sync(guild=guild)
    except discord.Forbidden as exc:
        refusal = f"{exc.status} {exc.text or 'Forbidden'}"
        if guild_id is None:
            raise CommandSyncError(f"Discord refused to register the slash commands ({refusal}): invite the bot "
                                   "with the applications.commands scope") from None
        raise CommandSyncError(f"Discord refused to register /reindex in server {guild_id} ({refusal}): check that "
                               "[discord] guild_ids holds the id of a server the bot is in, and that it was invited "
                               "with the applications.commands scope") from None


async def sync_if_changed(bot: commands.Bot) -> None:
    """Sync at start only when the commands or their scopes changed since the last sync."""
    if _sync_state(bot).get("signature") == tree_signature(bot):
        log.info("slash commands unchanged since the last sync; not syncing")
        return
    await sync_commands(bot)


def _state_path(bot: commands.Bot) -> Path:
    folder = bot.settings.index.data_dir / "discord"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "commands.json"


def _sync_state(bot: commands.Bot) -> dict[str, Any]:
    """What the last sync registered; older versions left one signature file per scope, whose
    names tell which servers got commands."""
    path = _state_path(bot)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    legacy = [int(g) for f in path.parent.glob("commands.*.sha256")
              for g in f.name.split(".")[1].split("-") if g.isdigit()]
    return {"application": bot.application_id, "guilds": sorted(set(legacy))} if legacy else {}


def _write_sync_state(bot: commands.Bot, state: dict[str, Any]) -> None:
    path = _state_path(bot)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(state), encoding="utf-8")
    tmp.replace(path)
    for legacy in path.parent.glob("commands.*.sha256"):
        legacy.unlink(missing_ok=True)


# -- connecting ------------------------------------------------------------------------------

API_BASE_ENV = "REPORTBOT_DISCORD_API_BASE"
GATEWAY_ENV = "REPORTBOT_DISCORD_GATEWAY"


def use_endpoints_from_env() -> None:
    """Point discord.py at another Discord API and gateway, when the environment names them.

    For a REST proxy in front of Discord, or a test double of Discord: $REPORTBOT_DISCORD_API_BASE
    replaces https://discord.com/api/v10 and $REPORTBOT_DISCORD_GATEWAY replaces
    wss://gateway.discord.gg/ (discord.py connects there without asking /gateway/bot).
    """
    import yarl
    from discord.gateway import DiscordWebSocket
    from discord.http import Route

    if base := os.environ.get(API_BASE_ENV, "").strip():
        Route.BASE = base.rstrip("/")
        log.info("Discord API at %s", Route.BASE)
    if gateway := os.environ.get(GATEWAY_ENV, "").strip():
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)
        log.info("Discord gateway at %s", gateway)


async def serve(bot: ReportBot, token: str) -> None:
    """Run until closed. SIGTERM (systemctl stop, docker stop) stops the bot as Ctrl-C does: the
    running task is cancelled and `async with` closes the gateway with a normal close (1000), so
    Discord ends the session at once. (Calling close() from another task races discord.py's
    reader, which then closes with 4000 and leaves the session open.)"""
    loop = asyncio.get_running_loop()
    main = asyncio.current_task()
    terminated = False

    def on_sigterm() -> None:
        nonlocal terminated
        terminated = True
        log.info("SIGTERM: closing the Discord connection")
        main.cancel()

    try:
        loop.add_signal_handler(signal.SIGTERM, on_sigterm)
    except (NotImplementedError, RuntimeError):  # no signal handlers on this platform
        pass
    try:
        async with bot:
            await bot.start(token)
    except asyncio.CancelledError:
        if not terminated:
            raise
        main.uncancel()
