"""One error handler for every slash command, button and listener.

A user's error (a bad upload, a question that is too long, a missing permission, a cooldown)
is answered as it is, only to them. Anything else is a bug: the traceback is logged with a
short error id, and the user gets an apology quoting it.
"""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.errors import UserError, new_error_id
from bot.log import get_logger

log = get_logger(__name__)
NO_MENTIONS = discord.AllowedMentions.none()


def message_for(error: BaseException, where: str) -> str:
    """What to tell the user about an error (and log it if it is a bug)."""
    if isinstance(error, (app_commands.CommandInvokeError, commands.CommandInvokeError)) and error.original:
        error = error.original
    if isinstance(error, UserError):
        return str(error)
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"You're asking quickly: try again in {error.retry_after:.0f} s."
    if isinstance(error, app_commands.CheckFailure):
        return str(error) or "You can't use this command here."
    error_id = new_error_id()
    log.error("error %s in %s", error_id, where, exc_info=(type(error), error, error.__traceback__))
    return f"Sorry, something went wrong on our side (error id `{error_id}`). The moderators can find it in the log."


async def respond(interaction: discord.Interaction, text: str) -> None:
    """Reply ephemerally, whether or not the interaction was already answered or deferred."""
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
    else:
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)


class ErrorHandler(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        self.bot.tree.on_error = self.on_app_command_error

    async def on_app_command_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        name = interaction.command.name if interaction.command else "a component"
        await respond(interaction, message_for(error, f"/{name}"))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(ErrorHandler(bot))
