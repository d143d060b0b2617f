"""The Discord bot: a thin layer that loads its features as extensions over the Discord-free core."""

from __future__ import annotations

import asyncio
import hashlib
import json
from pathlib import Path
from typing import Any

import discord
from discord.ext import commands

from bot.answers.models import Answer
from bot.exts import NO_MENTIONS
from bot.feedback import FeedbackStore
from bot.log import get_logger
from bot.service import ReportService
from bot.settings import Settings
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
    """The bot: the ReportService it answers from, the feedback store, cooldowns and statistics."""

    def __init__(self, settings: Settings, service: ReportService, *, intents: discord.Intents | None = None,
                 sync_on_start: bool = False) -> None:
        super().__init__(command_prefix=commands.when_mentioned, intents=intents or intents_for(settings),
                         allowed_mentions=NO_MENTIONS, help_command=None)
        self.settings = settings
        self.service = service
        self.feedback = FeedbackStore(settings.index.data_dir / "feedback.sqlite3")
        self.stats = AnswerStats()
        self.cooldown = Cooldown(settings.discord.cooldown_questions, settings.discord.cooldown_seconds)
        self.sync_on_start = sync_on_start

    async def setup_hook(self) -> None:
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        if self.sync_on_start:
            await sync_if_changed(self)

    async def on_message(self, message: discord.Message) -> None:
        """No text commands: questions are handled by the ask extension's listener."""

    async def close(self) -> None:
        await super().close()
        self.feedback.close()

    async def answer(self, question: str, user_id: int | None) -> tuple[Answer, str]:
        """Answer in a worker thread (embedding and search hold the CPU), so the gateway heartbeat
        never waits; store the answer for its buttons and log one line."""
        answer = await asyncio.to_thread(self.service.ask, question)
        self.stats.record(answer.answered, answer.latency_ms)
        answer_id = await asyncio.to_thread(self.feedback.record_answer, answer, user_id)
        log.info("answered in %.1f ms: %s; citations %s", answer.latency_ms,
                 "answered" if answer.answered else "abstained", [c.id for c in answer.citations] or "-")
        return answer, answer_id


def command_tree_json(bot: commands.Bot) -> list[dict[str, Any]]:
    """The slash commands as Discord receives them, with option types by name."""
    commands_ = []
    for command in sorted(bot.tree.get_commands(), key=lambda c: c.name):
        data = command.to_dict(bot.tree)
        for option in data.get("options", []):
            option["type"] = discord.AppCommandOptionType(option["type"]).name
        data["guild_only"] = bool(getattr(command, "guild_only", False))
        commands_.append(data)
    return commands_


def tree_signature(bot: commands.Bot) -> str:
    """A hash of the commands as Discord would store them, for this application (another token,
    another application: its commands were never synced)."""
    payload = {"application": bot.application_id, "commands": command_tree_json(bot)}
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


async def sync_commands(bot: commands.Bot, *, global_sync: bool = False) -> str:
    """Sync to the configured guilds (instant), or globally (may take a while to show)."""
    guild_ids = bot.settings.discord.guild_ids
    if global_sync or not guild_ids:
        synced = await bot.tree.sync()
        where = "globally"
    else:
        synced = []
        for guild_id in guild_ids:
            guild = discord.Object(id=guild_id)
            bot.tree.copy_global_to(guild=guild)
            synced = await bot.tree.sync(guild=guild)  # the same commands in every guild
        where = f"to {len(guild_ids)} guild(s)"
    _signature_file(bot, global_sync or not guild_ids).write_text(tree_signature(bot))
    log.info("synced %d commands %s", len(synced), where)
    return f"synced {len(synced)} commands {where}"


async def sync_if_changed(bot: commands.Bot) -> None:
    """Sync at start only when the commands' signatures changed since the last sync."""
    scope_global = not bot.settings.discord.guild_ids
    path = _signature_file(bot, scope_global)
    if path.exists() and path.read_text().strip() == tree_signature(bot):
        log.info("slash commands unchanged since the last sync; not syncing")
        return
    await sync_commands(bot, global_sync=scope_global)


def _signature_file(bot: commands.Bot, global_scope: bool) -> Path:
    folder = bot.settings.index.data_dir / "discord"
    folder.mkdir(parents=True, exist_ok=True)
    scope = "global" if global_scope else "-".join(map(str, bot.settings.discord.guild_ids))
    return folder / f"commands.{scope}.sha256"

