"""A bot over the real index, and interactions mocked the way discord.py hands them to callbacks."""

from __future__ import annotations

from dataclasses import replace
from unittest.mock import AsyncMock, MagicMock

import discord
import pytest

from bot.discord_bot import EXTENSIONS, ReportBot
from bot.storage.sqlite import SQLiteStore


HOME = 4242  # the bot's home server: where /reindex is registered
ELSEWHERE = 5353  # another server the bot was invited to


def home_settings(settings, *guild_ids: int):
    return replace(settings, discord=replace(settings.discord, guild_ids=guild_ids or (HOME,)))


@pytest.fixture
async def bot(real_settings, real_service):
    bot = ReportBot(home_settings(real_settings), real_service)
    for extension in EXTENSIONS:
        await bot.load_extension(extension)
    yield bot
    await bot.close()


def own_store(bot, folder) -> None:
    """Give the bot a store of answers and votes of its own: the session's is shared with the other
    test worker, whose answers and votes would land between two counts of a test."""
    bot.feedback.close()
    bot.feedback = SQLiteStore(folder / "answers.sqlite")


def member(user_id: int = 1001, manage_guild: bool = False, role_ids: tuple[int, ...] = ()) -> MagicMock:
    user = MagicMock(spec=discord.Member)
    user.id = user_id
    user.guild_permissions = discord.Permissions(manage_guild=manage_guild)
    roles = []
    for role_id in role_ids:
        role = MagicMock(spec=discord.Role)
        role.id = role_id
        roles.append(role)
    user.roles = roles
    user.__str__ = lambda self: f"member{user_id}"
    return user


def interaction(bot, user=None, guild_id: int | None = HOME) -> MagicMock:
    """An Interaction whose response and followup methods are AsyncMocks, from a home server by default."""
    inter = MagicMock(spec=discord.Interaction)
    inter.client = bot
    inter.guild_id = guild_id
    inter.user = user or member()
    inter.response = MagicMock()
    answered = []  # like discord.py: the response is done once deferred or sent

    def done(*args, **kwargs):
        answered.append(True)

    inter.response.is_done = MagicMock(side_effect=lambda: bool(answered))
    inter.response.defer = AsyncMock(side_effect=done)
    inter.response.send_message = AsyncMock(side_effect=done)
    inter.response.edit_message = AsyncMock(side_effect=done)
    inter.followup = MagicMock()
    inter.followup.send = AsyncMock()
    inter.edit_original_response = AsyncMock()
    inter.delete_original_response = AsyncMock()
    return inter


def sent_texts(mock: AsyncMock) -> list[str]:
    texts = []
    for call in mock.await_args_list:
        texts.append(call.args[0] if call.args else call.kwargs.get("content", ""))
    return texts
