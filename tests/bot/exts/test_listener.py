"""Questions as messages: mentioning the bot, or anywhere in an ask channel (dpytest)."""

from __future__ import annotations

from dataclasses import replace

import discord
import discord.ext.test as dpytest
import pytest

from bot.discord_bot import ReportBot


@pytest.fixture
async def chat_bot(real_settings, real_service):
    intents = discord.Intents.default()
    intents.members = True  # dpytest 0.7 needs it with discord.py 2.7
    intents.message_content = True
    bot = ReportBot(real_settings, real_service, intents=intents)
    await bot._async_setup_hook()
    await bot.setup_hook()  # loads the extensions, as login() would
    dpytest.configure(bot)
    yield bot
    await dpytest.empty_queue()


async def test_a_mention_is_a_question_answered_in_reply(chat_bot):
    await dpytest.message(f"<@{chat_bot.user.id}> Who guards Al-Hafi?")
    reply = dpytest.get_message()
    assert "Kataib Hezbollah" in reply.content and "**Sources**" in reply.content


async def test_messages_that_neither_mention_nor_sit_in_an_ask_channel_are_ignored(chat_bot):
    await dpytest.message("Who guards Al-Hafi?")
    assert dpytest.verify().message().nothing()


async def test_every_message_in_an_ask_channel_is_a_question(chat_bot):
    channel = dpytest.get_config().channels[0]
    chat_bot.settings = replace(chat_bot.settings, discord=replace(chat_bot.settings.discord,
                                                                   ask_channel_ids=(channel.id,)))
    await dpytest.message("What is the capital of France?", channel=channel)
    reply = dpytest.get_message()
    assert reply.content.startswith("The report does not say")


async def test_echoed_mentions_and_markdown_cannot_ping(chat_bot):
    await dpytest.message(f"<@{chat_bot.user.id}> @everyone **who** guards Al-Hafi? <@&123>")
    reply = dpytest.get_message()
    assert "@everyone" not in reply.content
