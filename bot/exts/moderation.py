"""Moderators: /reindex (optionally with a new or updated report attached) and /status.

Servers are tenants of one report: it belongs to the bot's home servers ([discord] guild_ids).
/reindex is registered only in those servers and refused anywhere else; every server may ask
questions and see /status, but who reindexed, and when, is shown only in the home servers. With
no home server configured, nobody can reindex from Discord (`reportbot index build` still can).
"""

from __future__ import annotations

import asyncio
from typing import Optional

import discord
from discord import app_commands
from discord.ext import commands

from bot.errors import SourceError
from bot.exts import NO_MENTIONS
from bot.exts.error_handler import NOT_HOME, message_for, respond
from bot.log import get_logger
from bot.reindex import upload_file_name
from bot.render import EMBED_FIELD_LIMIT, LOCATOR_LIMIT, MESSAGE_LIMIT, escape, join_within, shorten

log = get_logger(__name__)

STILL_LIVE = "The previous index is still answering questions."
MORE_REPORTS = "\n… and {} more"


def is_home(interaction: discord.Interaction) -> bool:
    """Whether the interaction comes from one of the bot's home servers."""
    return interaction.guild_id is not None and interaction.guild_id in interaction.client.settings.discord.guild_ids


def is_moderator(interaction: discord.Interaction) -> bool:
    """Manage Server, or one of the configured moderator roles.

    Checked in the bot itself: a command's default permissions only set what Discord clients
    show, and server admins can change them.
    """
    member = interaction.user
    permissions = getattr(member, "guild_permissions", None)  # a User (not a Member) has none
    if permissions is not None and permissions.manage_guild:
        return True
    role_ids = {role.id for role in getattr(member, "roles", [])}
    return bool(role_ids & set(interaction.client.settings.discord.moderator_role_ids))


def moderators_only():
    """Home servers only (whatever a stale registration lets a client send), then moderators only."""

    def predicate(interaction: discord.Interaction) -> bool:
        if not is_home(interaction):
            raise app_commands.CheckFailure(NOT_HOME)
        if not is_moderator(interaction):
            raise app_commands.CheckFailure("Only moderators (Manage Server, or a moderator role) can do that.")
        return True

    return app_commands.check(predicate)


def check_upload(name: str, size: int, limit: int) -> None:
    """Refuse an attachment before downloading it: wrong type or too large (UTF-8 is checked on its bytes)."""
    upload_file_name(name)
    if size > limit:
        raise SourceError(f"{name} is {size:,} bytes; reports may be at most {limit:,} bytes")


class ProgressReply:
    """Edits a deferred reply with the latest stage of a build running in a worker thread.

    At most one edit is in flight and stages that arrive meanwhile collapse into the newest, so
    a chatty build neither hits Discord's rate limits nor lets an old stage land after the result.
    """

    def __init__(self, interaction: discord.Interaction) -> None:
        self._interaction = interaction
        self._loop = asyncio.get_running_loop()
        self._pending: str | None = None
        self._task: asyncio.Task | None = None

    def stage(self, text: str) -> None:
        """Thread-safe: called by the build's worker thread."""
        self._loop.call_soon_threadsafe(self._queue, text)

    def _queue(self, text: str) -> None:
        self._pending = text
        if self._task is None or self._task.done():
            self._task = self._loop.create_task(self._flush())

    async def _flush(self) -> None:
        while self._pending is not None:
            text, self._pending = self._pending, None
            try:
                await self._interaction.edit_original_response(content=_fit(f"Reindexing… {text}"),
                                                               allowed_mentions=NO_MENTIONS)
            except discord.HTTPException:  # progress is cosmetic; the result edit still comes
                log.debug("could not show reindex progress", exc_info=True)

    async def finish(self, content: str) -> None:
        """The final edit, after any in flight, so it is what stays."""
        self._pending = None
        if self._task is not None:
            await self._task
        try:
            await self._interaction.edit_original_response(content=_fit(content), allowed_mentions=NO_MENTIONS)
        except discord.HTTPException:  # the 15-minute interaction token ran out during a long build
            log.warning("could not tell the moderator: %s", content)


def _fit(text: str) -> str:
    """A build's error can be long (a child's message); a message over the limit would not be sent at all."""
    return text if len(text) <= MESSAGE_LIMIT else text[:MESSAGE_LIMIT - 1] + "…"


class Moderation(commands.Cog):
    """/reindex, added to the command tree for the home servers only (see setup)."""

    def __init__(self, bot) -> None:
        self.bot = bot

    @app_commands.command(name="reindex", description="Rebuild the index; attach a report (.txt, .md, .pdf, .html, .docx) to add or update it.")
    @app_commands.describe(file="A report (.txt, .md, .pdf, .html or .docx): a new version of a report of that name, or a new one")
    @app_commands.default_permissions(manage_guild=True)  # a hint to clients; moderators_only enforces
    @app_commands.guild_only()
    @moderators_only()
    async def reindex(self, interaction: discord.Interaction, file: Optional[discord.Attachment] = None) -> None:
        service = self.bot.service
        if service.reindexing:
            await respond(interaction, "A reindex is already running; try again when it has finished.")
            return
        if file is not None:
            check_upload(file.filename, file.size, self.bot.settings.discord.max_upload_bytes)
        # Only the moderator sees the progress and the outcome: a failed build's reason may name the server's folders.
        await interaction.response.defer(ephemeral=True, thinking=True)
        progress = ProgressReply(interaction)
        progress.stage("starting")
        by = f"{interaction.user} ({interaction.user.id})"
        try:
            upload = (file.filename, await file.read()) if file is not None else None  # (a download can fail too)
            # Blocking (a child process builds): in a worker thread, so the gateway heartbeat and
            # everyone's questions carry on, answered from the old index until the swap.
            result = await asyncio.to_thread(service.reindex, upload=upload, by=by, on_stage=progress.stage)
        except Exception as error:  # noqa: BLE001 - the moderator is told why, bug or not
            reason = message_for(error, "/reindex").rstrip(".")
            room = MESSAGE_LIMIT - len(f"Reindex failed: . {STILL_LIVE}")
            reason = reason if len(reason) <= room else reason[:room - 1] + "…"
            await progress.finish(f"Reindex failed: {reason}. {STILL_LIVE}")
            return
        log.info("reindex by %s: v%04d live in %.1f s", by, result.version, result.seconds)
        await progress.finish(f"Index v{result.version} is live: {result.documents} report(s), "
                              f"{result.sentences} sentences, {result.actors} actors ({result.seconds:.1f} s).")


class Status(commands.Cog):
    def __init__(self, bot) -> None:
        self.bot = bot

    @app_commands.command(name="status", description="What the bot answers from: index, reports, model, and how it is doing.")
    async def status(self, interaction: discord.Interaction) -> None:
        # Deferred first: a store that is reconnecting may take longer than the 3 s Discord waits for a response.
        await interaction.response.defer(thinking=True)
        status = self.bot.service.status()
        stats = self.bot.stats
        feedback = await asyncio.to_thread(self.bot.feedback.counts)
        await interaction.followup.send(embed=status_embed(status, stats, feedback, home=is_home(interaction)),
                                        allowed_mentions=NO_MENTIONS)


def status_embed(status: dict, stats, feedback: dict[str, int], *, home: bool = False) -> discord.Embed:
    """What the bot answers from; who reindexed (a member of a home server) only for the home servers."""
    documents = status["documents"]
    # Whole lines, each title shortened and escaped (a title is the report's text, not our markdown),
    # as many as fit in a field, then how many more there are.
    lines = [f"{escape(shorten(d['title'] or d['slug'], LOCATOR_LIMIT))} ({d['sentences']} sentences)"
             for d in documents]
    reports, shown = join_within(lines, EMBED_FIELD_LIMIT - len(MORE_REPORTS.format(len(documents))))
    if shown < len(documents):
        reports += MORE_REPORTS.format(len(documents) - shown)
    last = status["last_reindex"]
    # The counts are the store's: every process (shard) writing to it. The latency is this one's.
    served, answered, abstained = feedback["answers"], feedback["answered"], feedback["abstained"]
    latency = f", p50 {stats.p50_ms:.1f} ms here" if stats.p50_ms is not None else ""
    embed = discord.Embed(title="reportbot status",
                          description="A reindex is running." if status["reindexing"] and home else None)
    embed.add_field(name="Index", value=f"v{status['version']}, built {status['built_at']}\n"
                                        f"{status['sentences']} sentences, {status['actors']} actors", inline=False)
    embed.add_field(name="Reports", value=reports or "none", inline=False)
    embed.add_field(name="Model", value=f"{status['model']} ({status['index']} index)", inline=False)
    embed.add_field(name="Answers", value=f"{served} ({answered} answered, {abstained} abstained){latency}",
                    inline=False)
    embed.add_field(name="Feedback", value=f"👍 {feedback['up']} · 👎 {feedback['down']}", inline=True)
    if home:
        embed.add_field(name="Last reindex", value="none since start" if last is None else
                        f"v{last['version']} by {discord.utils.escape_markdown(str(last['by']))} <t:{int(last['at'])}:R>",
                        inline=True)
    embed.add_field(name="Uptime", value=_duration(status["uptime_s"]), inline=True)
    return embed


def _duration(seconds: float) -> str:
    minutes = int(seconds) // 60
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    return f"{days}d {hours}h {minutes}m" if days else f"{hours}h {minutes}m"


async def setup(bot) -> None:
    await bot.add_cog(Status(bot))
    home = bot.settings.discord.guild_ids
    if home:  # no home server: no /reindex anywhere
        await bot.add_cog(Moderation(bot), guilds=[discord.Object(id=g) for g in home])
