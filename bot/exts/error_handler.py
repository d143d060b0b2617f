"""One error policy for every slash command, button and message listener.

A user's error (a UserError such as a bad upload, a question too long or a cooldown, or a
failed check such as a missing permission) is shown as it is, only to them. The answer store being
down is the operator's to fix: its message (the server, the database) is logged, and members are
told only that it is unavailable. Anything else is a bug: the traceback is logged with a short
error id, and the user gets an apology quoting it.

Slash commands reach this through the command tree's `on_error`. Buttons do not (discord.py
only logs their exceptions), so they wrap their callbacks with `reports_errors`; the question
listener passes its errors to `message_for` itself.
"""

from __future__ import annotations

import functools
from typing import Any, Awaitable, Callable

import discord
from discord import app_commands
from discord.ext import commands

from bot.errors import StorageError, UserError, new_error_id
from bot.exts import QUIET
from bot.log import get_logger

log = get_logger(__name__)

STORE_UNAVAILABLE = "The bot's answer store is unavailable right now; please try again in a minute."
NOT_HOME = ("Only the bot's home servers can change the report; here you can ask about it "
            "(/ask, /actor, /actors, /status).")


def message_for(error: BaseException, where: str) -> str:
    """What to tell the user about an error; a bug is logged with its traceback and an id."""
    if isinstance(error, (app_commands.CommandInvokeError, commands.CommandInvokeError)) and error.original:
        error = error.original
    if isinstance(error, StorageError):
        log.warning("in %s: %s", where, error)
        return STORE_UNAVAILABLE
    if isinstance(error, UserError):
        return str(error)
    if isinstance(error, app_commands.CommandNotFound):
        # A registration this bot no longer has (e.g. /reindex left in a server that is not a
        # home server): Discord drops it at the next sync.
        if error.name == "reindex":
            return NOT_HOME
        return f"/{error.name} is not available here any more."
    if isinstance(error, app_commands.CheckFailure):
        return str(error) or "You can't use this command here."
    error_id = new_error_id()
    log.error("error %s in %s", error_id, where, exc_info=(type(error), error, error.__traceback__))
    return f"Sorry, something went wrong on our side (error id `{error_id}`). The moderators can find it in the log."


async def respond(interaction: discord.Interaction, text: str) -> None:
    """Reply only to the user, whether or not the interaction was already answered or deferred."""
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=True, **QUIET)
    else:
        await interaction.response.send_message(text, ephemeral=True, **QUIET)


def reports_errors(where: str) -> Callable:
    """Wrap a button callback `(self, interaction)` so its failures get the same treatment as commands."""

    def decorate(callback: Callable[[Any, discord.Interaction], Awaitable[None]]):
        @functools.wraps(callback)
        async def wrapper(self: Any, interaction: discord.Interaction) -> None:
            try:
                await callback(self, interaction)
            except Exception as error:  # noqa: BLE001 - every failure gets an answer
                await respond(interaction, message_for(error, where))

        return wrapper

    return decorate


class ErrorHandler(commands.Cog):
    """Installs the tree's error handler; restores discord.py's when unloaded."""

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self._previous = bot.tree.on_error

    async def cog_load(self) -> None:
        self.bot.tree.on_error = self.on_app_command_error

    async def cog_unload(self) -> None:
        self.bot.tree.on_error = self._previous

    async def on_app_command_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        name = f"/{interaction.command.name}" if interaction.command else "a component"
        text = message_for(error, name)
        if interaction.type is discord.InteractionType.autocomplete:
            return  # an autocomplete cannot carry a message; the command itself will say it
        await respond(interaction, text)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(ErrorHandler(bot))
