"""Asking: /ask, questions in ask channels or mentioning the bot, and the buttons under answers."""

from __future__ import annotations

import asyncio
import re
import time
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.answers.models import Citation
from bot.exts import QUIET, send_followups
from bot.exts.error_handler import message_for, reports_errors, respond
from bot.log import get_logger
from bot.render import USAGE_HINT, context_pages, question_from, render_discord, shorten
from bot.service import check_question
from bot.settings import DEFAULT_MAX_QUESTION_CHARS
from bot.usage import CooldownError
from index.language import asks_for_help, asks_nothing

log = get_logger(__name__)

# Custom ids carry only the stored answer's id (16 hex digits), so the buttons are rebuilt from
# the feedback database after a restart; Discord allows 100 characters.
ANSWER_ID = r"(?P<answer_id>[0-9a-f]{16})"
# Discord allows 100 characters in a thread's name; a longer question is cut at a word, with "…".
THREAD_NAME_LIMIT = 100
# "Try again in N s" replies stay at least this long, so a short wait can still be read.
MIN_NOTICE_SECONDS = 5.0


class ContextButton(discord.ui.DynamicItem[discord.ui.Button], template=rf"rb:ctx:{ANSWER_ID}"):
    """"Show context": each cited sentence with its neighbours, only to the one who clicks."""

    def __init__(self, answer_id: str) -> None:
        super().__init__(discord.ui.Button(label="Show context", style=discord.ButtonStyle.secondary,
                                           custom_id=f"rb:ctx:{answer_id}"))
        self.answer_id = answer_id

    @classmethod
    async def from_custom_id(cls, interaction, item, match: re.Match[str]) -> "ContextButton":
        return cls(match["answer_id"])

    @reports_errors("Show context")
    async def callback(self, interaction: discord.Interaction) -> None:
        bot = interaction.client
        await interaction.response.defer(ephemeral=True, thinking=True)
        stored = await asyncio.to_thread(bot.feedback.answer, self.answer_id)
        if stored is None:
            await respond(interaction, "That answer is no longer known.")
            return
        citations = [Citation(**c) for c in stored["citations"]]
        # A linear scan of the sentence table: off the event loop, as the index may be large.
        cited = await asyncio.to_thread(lambda: [(c, bot.service.context(c.id)) for c in citations])
        await send_followups(interaction, context_pages(cited), ephemeral=True)


class VoteButton(discord.ui.DynamicItem[discord.ui.Button], template=rf"rb:vote:(?P<vote>up|down):{ANSWER_ID}"):
    """👍 / 👎 under an answer, stored with the answer in the feedback database."""

    def __init__(self, vote: str, answer_id: str) -> None:
        super().__init__(discord.ui.Button(emoji="👍" if vote == "up" else "👎", style=discord.ButtonStyle.secondary,
                                           custom_id=f"rb:vote:{vote}:{answer_id}"))
        self.vote, self.answer_id = vote, answer_id

    @classmethod
    async def from_custom_id(cls, interaction, item, match: re.Match[str]) -> "VoteButton":
        return cls(match["vote"], match["answer_id"])

    @reports_errors("feedback")
    async def callback(self, interaction: discord.Interaction) -> None:
        vote = 1 if self.vote == "up" else -1
        # Deferred first: a store that is reconnecting may take longer than the 3 s Discord waits for a response.
        await interaction.response.defer(ephemeral=True, thinking=True)
        recorded = await asyncio.to_thread(interaction.client.feedback.vote, self.answer_id, interaction.user.id, vote)
        await respond(interaction, "Thanks for the feedback." if recorded else "That answer is no longer known.")


def answer_view(answer_id: str, with_context: bool) -> discord.ui.View:
    """The buttons under an answer; persistent (no timeout) because they are dynamic items."""
    view = discord.ui.View(timeout=None)
    if with_context:
        view.add_item(ContextButton(answer_id))
    view.add_item(VoteButton("up", answer_id))
    view.add_item(VoteButton("down", answer_id))
    return view


class Ask(commands.Cog):
    def __init__(self, bot) -> None:
        self.bot = bot
        self._told_until: dict[int, float] = {}  # members told to wait, until when (monotonic)

    @app_commands.command(name="ask", description="Ask about the report; every sentence of the answer cites the report.")
    @app_commands.describe(question="Your question about the report",
                           private="Show the answer only to you (default: no)")
    async def ask(self, interaction: discord.Interaction, question: app_commands.Range[str, 1, DEFAULT_MAX_QUESTION_CHARS],
                  private: bool = False) -> None:
        # Refusals (nothing asked, too quick) come before the defer, so the error handler shows them
        # only to the asker; a refused question does not count against the cooldown.
        question = check_question(question_from(question), self.bot.settings.answers.max_question_chars)
        self.bot.cooldown.check(interaction.user.id)
        await interaction.response.defer(ephemeral=private, thinking=True)  # within Discord's 3 s
        try:
            answer, answer_id = await self.bot.answer(question, interaction.user.id)
        except Exception as error:  # noqa: BLE001 - told to the asker alone, whatever it was
            await self._fail_after_defer(interaction, message_for(error, "/ask"), private)
            return
        await send_followups(interaction, render_discord(answer).messages, ephemeral=private,
                             view=answer_view(answer_id, bool(answer.citations)))

    @staticmethod
    async def _fail_after_defer(interaction: discord.Interaction, text: str, private: bool) -> None:
        """The first follow-up after a public defer replaces its "thinking…" message, public
        whatever it asks for: that message goes first, so the error reaches the asker alone."""
        if not private:
            try:
                await interaction.delete_original_response()
            except discord.HTTPException:
                log.debug("could not delete the deferred /ask response", exc_info=True)
        await interaction.followup.send(text, ephemeral=True, **QUIET)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """A message mentioning the bot, or any message in an ask channel, is a question."""
        if message.author.bot or message.guild is None:
            return  # other bots (and our own answers); direct messages use /ask
        if message.type not in (discord.MessageType.default, discord.MessageType.reply):
            return  # "X started a thread", a pin, a join: Discord's notices, which cannot be replied to
        mentioned = self._mentions_me(message)
        if not (mentioned or self._in_ask_channel(message.channel)):
            return
        question = question_from(message.content)  # the bot's own mention goes with the rest
        if not self._named_in_text(message) and asks_nothing(question) and not asks_for_help(question):
            # an image posted in an ask channel, members saying "thanks" or "ok" to each other, or "thanks" in reply
            # to an answer (the reply pings the bot, but nothing is asked of it)
            return
        try:
            try:
                await self._answer_message(message, question)
            except CooldownError as error:
                await self._refuse_quickly(message, error)
            except discord.HTTPException:
                raise  # Discord refused a reply: another would be refused too
            except Exception as error:  # noqa: BLE001 - listeners have no tree error handler
                await message.reply(message_for(error, "a question message"), mention_author=False, **QUIET)
        except discord.HTTPException as error:  # the question deleted meanwhile, or no permission to write here
            log.warning("could not answer message %s in channel %s: %s", message.id, message.channel.id, error)

    def _named_in_text(self, message: discord.Message) -> bool:
        """The bot's mention (or its role's) typed in the message, not only the ping of a reply to its answer."""
        me = self.bot.user
        if me is None:
            return False
        if f"<@{me.id}>" in message.content or f"<@!{me.id}>" in message.content:
            return True
        role = message.guild.self_role if message.guild is not None else None
        return role is not None and role.id in message.raw_role_mentions

    def _mentions_me(self, message: discord.Message) -> bool:
        """The bot, or the role Discord made for it (members often pick that one in the @ list)."""
        me = self.bot.user
        if me is None:
            return False
        if me in message.mentions:
            return True
        role = message.guild.self_role if message.guild is not None else None
        return role is not None and role.id in message.raw_role_mentions

    async def _refuse_quickly(self, message: discord.Message, error: CooldownError) -> None:
        """A message cannot be answered privately: the wait is said once per wait, and the reply
        goes away when the wait is over."""
        now = time.monotonic()
        if self._told_until.get(message.author.id, 0.0) > now:
            return
        self._told_until = {user: until for user, until in self._told_until.items() if until > now}
        self._told_until[message.author.id] = now + error.retry_after
        await message.reply(str(error), mention_author=False, delete_after=max(error.retry_after, MIN_NOTICE_SECONDS),
                            **QUIET)

    async def _answer_message(self, message: discord.Message, question: str) -> None:
        if asks_nothing(question):  # "help", "hi", "thanks", a bare mention: how to use the bot, not a search
            await message.reply(USAGE_HINT, mention_author=False, **QUIET)
            return
        question = check_question(question, self.bot.settings.answers.max_question_chars)
        self.bot.cooldown.check(message.author.id)
        async with message.channel.typing():
            answer, answer_id = await self.bot.answer(question, message.author.id)
        thread = await self._thread_for(message, question)
        messages = render_discord(answer).messages
        view = answer_view(answer_id, bool(answer.citations))
        for i, content in enumerate(messages):
            extra: dict[str, Any] = {"view": view} if i == len(messages) - 1 else {}
            if thread is None:
                await message.reply(content, mention_author=False, **QUIET, **extra)
            else:
                await thread.send(content, **QUIET, **extra)

    def _in_ask_channel(self, channel: Any) -> bool:
        """An ask channel, or a thread in one (follow-up questions under an answer)."""
        ask_channels = self.bot.settings.discord.ask_channel_ids
        return channel.id in ask_channels or getattr(channel, "parent_id", None) in ask_channels

    async def _thread_for(self, message: discord.Message, question: str) -> discord.Thread | None:
        """A new thread on the question when configured (and possible); None: reply in place."""
        if not self.bot.settings.discord.answer_in_thread or isinstance(message.channel, discord.Thread):
            return None
        try:
            return await message.create_thread(name=shorten(question, THREAD_NAME_LIMIT))
        except discord.HTTPException:  # no thread permission, or a channel without threads
            log.info("could not open a thread in channel %s; replying in place", message.channel.id)
            return None


async def setup(bot) -> None:
    limit = bot.settings.answers.max_question_chars
    if limit > DEFAULT_MAX_QUESTION_CHARS:
        # /ask declares its length to Discord when this module loads, before any config is read
        # (discord.py has no public way to change it later); Discord clients stop at that length.
        log.warning("[answers] max_question_chars = %d applies to questions in messages; /ask stops at %d "
                    "characters, the length it declares to Discord", limit, DEFAULT_MAX_QUESTION_CHARS)
    bot.add_dynamic_items(ContextButton, VoteButton)
    await bot.add_cog(Ask(bot))
