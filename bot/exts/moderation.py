"""Moderators: /reindex (optionally with a new or updated report attached) and /status."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Optional

import discord
from discord import app_commands
from discord.ext import commands

from bot.errors import SourceError, UserError
from bot.exts.errors import respond
from bot.log import get_logger
from index.ingest import SOURCE_SUFFIXES

log = get_logger(__name__)
NO_MENTIONS = discord.AllowedMentions.none()


def is_moderator(interaction: discord.Interaction) -> bool:
    """Manage Server, or one of the configured moderator roles.

    Checked in the bot itself: a command's default permissions only set what Discord clients
    show, and server admins can change them.
    """
    member = interaction.user
    permissions = getattr(member, "guild_permissions", None)
    if permissions is not None and permissions.manage_guild:
        return True
    role_ids = {role.id for role in getattr(member, "roles", [])}
    return bool(role_ids & set(interaction.client.settings.discord.moderator_role_ids))


def moderators_only():
    def predicate(interaction: discord.Interaction) -> bool:
        if not is_moderator(interaction):
            raise app_commands.CheckFailure("Only moderators (Manage Server, or a moderator role) can do that.")
        return True

    return app_commands.check(predicate)


def check_upload(name: str, size: int, limit: int) -> None:
    """Refuse an attachment before downloading it: wrong type or too large."""
    if Path(name).suffix.lower() not in SOURCE_SUFFIXES:
        raise SourceError(f"{name} is not a .txt or .md file; attach the report as plain text or Markdown")
    if size > limit:
        raise SourceError(f"{name} is {size:,} bytes; reports may be at most {limit:,} bytes")


class Moderation(commands.Cog):
    def __init__(self, bot) -> None:
        self.bot = bot

    @app_commands.command(name="reindex", description="Rebuild the index; attach a .txt or .md report to add or update it.")
    @app_commands.describe(file="A report (.txt or .md, UTF-8): a new version of a report of that name, or a new one")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    @moderators_only()
    async def reindex(self, interaction: discord.Interaction, file: Optional[discord.Attachment] = None) -> None:
        service = self.bot.service
        if service.reindexing:
            await respond(interaction, "A reindex is already running; try again when it has finished.")
            return
        upload = None
        if file is not None:
            check_upload(file.filename, file.size, self.bot.settings.discord.max_upload_bytes)
        await interaction.response.defer(thinking=True)
        if file is not None:
            upload = (file.filename, await file.read())
        loop = asyncio.get_running_loop()

        def on_stage(stage: str) -> None:  # called from the worker thread
            asyncio.run_coroutine_threadsafe(
                interaction.edit_original_response(content=f"Reindexing… {stage}", allowed_mentions=NO_MENTIONS), loop)

        by = f"{interaction.user} ({interaction.user.id})"
        try:
            result = await asyncio.to_thread(service.reindex, upload=upload, by=by, on_stage=on_stage)
        except UserError as error:
            await interaction.edit_original_response(
                content=f"Reindex failed: {error}. The previous index is still answering questions.",
                allowed_mentions=NO_MENTIONS)
            return
        log.info("reindex by %s: v%04d live", by, result.version)
        await interaction.edit_original_response(
            content=(f"Index v{result.version} is live: {result.documents} report(s), {result.sentences} sentences, "
                     f"{result.actors} actors ({result.seconds:.1f} s)."), allowed_mentions=NO_MENTIONS)

    @app_commands.command(name="status", description="What the bot answers from: index, reports, model, and how it is doing.")
    async def status(self, interaction: discord.Interaction) -> None:
        status = self.bot.service.status()
        stats, feedback = self.bot.stats, self.bot.feedback.counts()
        reports = "\n".join(f"{d['title'] or d['slug']} ({d['sentences']} sentences)" for d in status["documents"])
        last = status["last_reindex"]
        embed = discord.Embed(title="reportbot status")
        embed.add_field(name="Index", value=f"v{status['version']}, built {status['built_at']}\n"
                                            f"{status['sentences']} sentences, {status['actors']} actors", inline=False)
        embed.add_field(name="Reports", value=reports[:1024] or "none", inline=False)
        embed.add_field(name="Model", value=f"{status['model']} ({status['index']} index)", inline=True)
        embed.add_field(name="Answers", value=f"{stats.answered} answered, {stats.abstained} abstained"
                        + (f"\np50 {stats.p50_ms:.1f} ms" if stats.p50_ms is not None else ""), inline=True)
        embed.add_field(name="Feedback", value=f"👍 {feedback['up']} · 👎 {feedback['down']}", inline=True)
        embed.add_field(name="Last reindex",
                        value="none since start" if last is None else
                        f"v{last['version']} by {last['by']} <t:{int(last['at'])}:R>", inline=True)
        embed.add_field(name="Uptime", value=_duration(time.time() - self.bot.service.started_at), inline=True)
        if status["reindexing"]:
            embed.description = "A reindex is running."
        await interaction.response.send_message(embed=embed, allowed_mentions=NO_MENTIONS)


def _duration(seconds: float) -> str:
    minutes, _ = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    return f"{days}d {hours}h {minutes}m" if days else f"{hours}h {minutes}m"


async def setup(bot) -> None:
    await bot.add_cog(Moderation(bot))
