"""Questions as messages: mentioning the bot, or anywhere in an ask channel (dpytest), in place or in a thread."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from unittest.mock import AsyncMock, MagicMock

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
    bot._connection.loop = asyncio.get_running_loop()  # dpytest's state lacks it; "typing…" needs it
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
    assert "@everyone" not in reply.content and "Kataib Hezbollah" in reply.content


async def test_a_bare_mention_gets_a_hint_and_other_bots_are_ignored(chat_bot):
    await dpytest.message(f"<@{chat_bot.user.id}>")
    assert dpytest.get_message().content.startswith("Ask me a question about the report")
    config = dpytest.get_config()
    robot = dpytest.backend.make_user("robot", 1)
    robot.bot = True
    robot_member = dpytest.backend.make_member(robot, config.guilds[0])
    await dpytest.message(f"<@{chat_bot.user.id}> Who guards Al-Hafi?", member=robot_member)
    assert dpytest.verify().message().nothing()


async def test_asking_too_quickly_is_answered_with_how_long_to_wait(chat_bot):
    for _ in range(chat_bot.settings.discord.cooldown_questions):
        await dpytest.message(f"<@{chat_bot.user.id}> Who guards Al-Hafi?")
        dpytest.get_message()
    await dpytest.message(f"<@{chat_bot.user.id}> Who guards Al-Hafi?")
    assert dpytest.get_message().content.startswith("You're asking quickly: try again in ")


def _message(bot, channel_id: int = 555) -> MagicMock:
    message = MagicMock(spec=discord.Message)
    message.author = MagicMock(id=6001, bot=False)
    message.channel = MagicMock(spec=discord.TextChannel, id=channel_id)
    message.channel.typing = MagicMock(return_value=AsyncMock())
    message.reply = AsyncMock()
    return message


async def test_answers_open_a_thread_when_configured_else_reply_in_place(bot):
    bot.settings = replace(bot.settings, discord=replace(bot.settings.discord, answer_in_thread=True))
    cog = bot.get_cog("Ask")
    message = _message(bot)
    thread = MagicMock(spec=discord.Thread)
    thread.send = AsyncMock()
    message.create_thread = AsyncMock(return_value=thread)
    await cog._answer_message(message, "Who guards Al-Hafi?")
    assert message.create_thread.await_args.kwargs["name"] == "Who guards Al-Hafi?"
    assert "Kataib Hezbollah" in thread.send.await_args.args[0]
    assert thread.send.await_args.kwargs["allowed_mentions"].everyone is False
    message.reply.assert_not_awaited()
    long_question = "Who guards Al-Hafi, " + "and who " * 9 + "else?"  # 97 characters: a thread name holds 100
    longer = long_question.replace("else?", "else, and why do they guard him in Baghdad?")
    named = []
    for user_id, question in ((6101, long_question), (6102, longer)):  # other askers: no cooldown
        asker = _message(bot)
        asker.author.id = user_id
        asker.create_thread = AsyncMock(return_value=thread)
        await cog._answer_message(asker, question)
        named.append(asker.create_thread.await_args.kwargs["name"])
    assert named[0] == long_question
    assert len(named[1]) <= 100 and named[1].endswith(" else,…") and longer.startswith(named[1][:-1])  # at a word

    refused = _message(bot)  # no permission to open threads: the answer still comes, in place
    refused.create_thread = AsyncMock(side_effect=discord.Forbidden(MagicMock(status=403), "Missing Permissions"))
    await cog._answer_message(refused, "Who guards Al-Hafi?")
    assert "Kataib Hezbollah" in refused.reply.await_args.args[0]
    assert refused.reply.await_args.kwargs["mention_author"] is False


async def test_a_cooldown_in_a_channel_is_said_once_and_then_goes_away(chat_bot):
    for _ in range(chat_bot.settings.discord.cooldown_questions):
        await dpytest.message(f"<@{chat_bot.user.id}> ")  # refused (nothing asked): costs no cooldown slot
        assert dpytest.get_message().content.startswith("Ask me a question about the report")
    for _ in range(chat_bot.settings.discord.cooldown_questions):
        await dpytest.message(f"<@{chat_bot.user.id}> Who guards Al-Hafi?")
        assert "Kataib Hezbollah" in dpytest.get_message().content
    for _ in range(3):  # asking on and on, through the listener: told once, not once a message
        await dpytest.message(f"<@{chat_bot.user.id}> Who guards Al-Hafi?")
    assert dpytest.get_message().content.startswith("You're asking quickly")
    assert dpytest.verify().message().nothing()


async def test_mentioning_the_bots_managed_role_is_a_question(chat_bot):
    cog = chat_bot.get_cog("Ask")
    role = MagicMock(spec=discord.Role, id=4444)
    message = MagicMock(spec=discord.Message)
    message.mentions, message.raw_role_mentions = [], [4444]
    message.guild = MagicMock(self_role=role)
    assert cog._mentions_me(message)
    message.raw_role_mentions = [4445]  # some other role
    assert not cog._mentions_me(message)


async def test_help_greetings_and_thanks_get_the_usage_hint_not_an_answer(chat_bot):
    from bot.render import USAGE_HINT

    for text in ("help", "/help", "hi", "thanks!"):
        await dpytest.message(f"<@{chat_bot.user.id}> {text}")
        reply = dpytest.get_message().content
        assert reply == USAGE_HINT and "/actors" in reply and "/reindex" in reply and "**Sources**" not in reply
    channel = dpytest.get_config().channels[0]
    chat_bot.settings = replace(chat_bot.settings, discord=replace(chat_bot.settings.discord,
                                                                   ask_channel_ids=(channel.id,)))
    await dpytest.message("thanks", channel=channel)  # members thanking each other in an ask channel
    assert dpytest.verify().message().nothing()
    await dpytest.message("help", channel=channel)
    assert dpytest.get_message().content == USAGE_HINT


async def test_a_question_length_above_what_ask_declares_is_warned_about(real_settings, real_service, caplog):
    settings = replace(real_settings, answers=replace(real_settings.answers, max_question_chars=1000))
    bot = ReportBot(settings, real_service)
    with caplog.at_level("WARNING"):
        await bot.load_extension("bot.exts.ask")
    await bot.close()
    assert any("max_question_chars = 1000" in r.getMessage() and "/ask stops at 500" in r.getMessage()
               for r in caplog.records)


def _addressed(bot, content: str, kind=discord.MessageType.default, pinged: bool = True) -> MagicMock:
    """A message to the bot as the listener gets it: `pinged`, the bot among its mentions (a typed mention, or the
    ping of a reply to the bot's answer)."""
    message = _message(bot)
    message.type, message.content = kind, content
    message.guild = MagicMock(self_role=None)
    message.mentions = [bot.user] if pinged else []
    message.raw_role_mentions = []
    return message


async def test_discords_notices_are_not_questions(chat_bot, monkeypatch):
    # "X started a thread: Who guards Al-Hafi?" in an ask channel, whose text is the thread's name
    chat_bot.settings = replace(chat_bot.settings, discord=replace(chat_bot.settings.discord, ask_channel_ids=(555,)))
    asked = AsyncMock()
    monkeypatch.setattr(chat_bot, "answer", asked)
    notice = _addressed(chat_bot, "Who guards Al-Hafi?", discord.MessageType.thread_created, pinged=False)
    await chat_bot.get_cog("Ask").on_message(notice)
    asked.assert_not_awaited()
    notice.reply.assert_not_awaited()


async def test_a_reply_discord_refuses_is_logged_not_apologised_for(chat_bot, caplog):
    # the question deleted while it was answered: Discord refuses the reply, and would refuse an apology too
    message = _addressed(chat_bot, f"<@{chat_bot.user.id}> Who guards Al-Hafi?")
    message.author.id = 6301
    gone = MagicMock(status=404, reason="Not Found")
    message.reply = AsyncMock(side_effect=discord.NotFound(gone, "Unknown Message"))
    await chat_bot.get_cog("Ask").on_message(message)  # nothing escapes the listener
    assert message.reply.await_count == 1
    assert "could not answer message" in caplog.text and "error id" not in caplog.text


async def test_thanks_in_reply_to_an_answer_gets_no_hint_but_a_typed_mention_does(chat_bot):
    cog = chat_bot.get_cog("Ask")
    thanks = _addressed(chat_bot, "thanks!", discord.MessageType.reply)  # pinged by the reply alone
    await cog.on_message(thanks)
    thanks.reply.assert_not_awaited()
    hello = _addressed(chat_bot, f"<@{chat_bot.user.id}> thanks!")
    await cog.on_message(hello)
    assert hello.reply.await_args.args[0].startswith("Ask me a question about the report")
