"""Asking: /ask, questions in ask channels or mentioning the bot, and the buttons under answers."""

from __future__ import annotations

import re

import discord
from discord import app_commands
from discord.ext import commands

from bot.answers.models import Citation
from bot.errors import QuestionError, UserError
from bot.exts.errors import message_for, respond
from bot.log import get_logger
from bot.render import context_text, render_discord

log = get_logger(__name__)
NO_MENTIONS = discord.AllowedMentions.none()


class ContextButton(discord.ui.DynamicItem[discord.ui.Button], template=r"rb:ctx:(?P<answer_id>[0-9a-f]{16})"):
    """"Show context": each cited sentence with its neighbours, only to the one who asks."""

    def __init__(self, answer_id: str) -> None:
        super().__init__(discord.ui.Button(label="Show context", style=discord.ButtonStyle.secondary,
                                           custom_id=f"rb:ctx:{answer_id}"))
        self.answer_id = answer_id

    @classmethod
    async def from_custom_id(cls, interaction, item, match: re.Match[str]) -> "ContextButton":
        return cls(match["answer_id"])

    async def callback(self, interaction: discord.Interaction) -> None:
        try:
            bot = interaction.client
            stored = bot.feedback.answer(self.answer_id)
            if stored is None or not stored["citations"]:
                await respond(interaction, "This answer cites no sentences.")
                return
            citations = [Citation(**{k: c[k] for k in ("n", "id", "text", "paragraph", "section", "document")})
                         for c in stored["citations"]]
            blocks = [(c, bot.service.context(c.id)) for c in citations]
            await interaction.response.send_message(context_text(blocks), ephemeral=True, allowed_mentions=NO_MENTIONS)
        except Exception as error:  # noqa: BLE001 - every failure gets the central treatment
            await respond(interaction, message_for(error, "Show context"))


class VoteButton(discord.ui.DynamicItem[discord.ui.Button],
                 template=r"rb:vote:(?P<vote>up|down):(?P<answer_id>[0-9a-f]{16})"):
    """👍 / 👎 under an answer, stored with the answer in the feedback database."""

    def __init__(self, vote: str, answer_id: str) -> None:
        super().__init__(discord.ui.Button(emoji="👍" if vote == "up" else "👎", style=discord.ButtonStyle.secondary,
                                           custom_id=f"rb:vote:{vote}:{answer_id}"))
        self.vote, self.answer_id = vote, answer_id

    @classmethod
    async def from_custom_id(cls, interaction, item, match: re.Match[str]) -> "VoteButton":
        return cls(match["vote"], match["answer_id"])

    async def callback(self, interaction: discord.Interaction) -> None:
        try:
            recorded = interaction.client.feedback.vote(self.answer_id, interaction.user.id,
                                                        1 if self.vote == "up" else -1)
            await respond(interaction, "Thanks for the feedback." if recorded else "That answer is no longer known.")
        except Exception as error:  # noqa: BLE001
            await respond(interaction, message_for(error, "feedback"))


def answer_view(answer_id: str, with_context: bool) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    if with_context:
        view.add_item(ContextButton(answer_id))
    view.add_item(VoteButton("up", answer_id))
    view.add_item(VoteButton("down", answer_id))
    return view


class Ask(commands.Cog):
    def __init__(self, bot) -> None:
        self.bot = bot

    @app_commands.command(name="ask", description="Ask about the report; every sentence of the answer cites the report.")
    @app_commands.describe(question="Your question about the report",
                           private="Show the answer only to you (default: no)")
    async def ask(self, interaction: discord.Interaction, question: app_commands.Range[str, 1, 500],
                  private: bool = False) -> None:
        wait = self.bot.cooldown.retry_after(interaction.user.id)
        if wait:
            await respond(interaction, f"You're asking quickly: try again in {wait:.0f} s.")
            return
        await interaction.response.defer(ephemeral=private, thinking=True)
        answer, answer_id = await self.bot.answer(question, interaction.user.id)
        messages = render_discord(answer).messages
        for i, content in enumerate(messages):
            extra = {"view": answer_view(answer_id, bool(answer.citations))} if i == len(messages) - 1 else {}
            await interaction.followup.send(content, ephemeral=private, allowed_mentions=NO_MENTIONS,
                                            suppress_embeds=True, **extra)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or not self._is_question(message):
            return
        question = self._strip_mention(message.content)
        try:
            wait = self.bot.cooldown.retry_after(message.author.id)
            if wait:
                await message.reply(f"You're asking quickly: try again in {wait:.0f} s.", mention_author=False,
                                    allowed_mentions=NO_MENTIONS)
                return
            if not question.strip():
                raise QuestionError("ask me a question about the report, e.g. “Who leads the new Hamas office?”")
            await _typing(message.channel)
            answer, answer_id = await self.bot.answer(question, message.author.id)
            target = await self._reply_target(message, question)
            messages = render_discord(answer).messages
            for i, content in enumerate(messages):
                extra = {"view": answer_view(answer_id, bool(answer.citations))} if i == len(messages) - 1 else {}
                if target is None:
                    await message.reply(content, mention_author=False, allowed_mentions=NO_MENTIONS,
                                        suppress_embeds=True, **extra)
                else:
                    await target.send(content, allowed_mentions=NO_MENTIONS, suppress_embeds=True, **extra)
        except UserError as error:
            await message.reply(str(error), mention_author=False, allowed_mentions=NO_MENTIONS)
        except Exception as error:  # noqa: BLE001 - a listener has no tree error handler
            await message.reply(message_for(error, "message listener"), mention_author=False,
                                allowed_mentions=NO_MENTIONS)

    def _is_question(self, message: discord.Message) -> bool:
        if message.guild is None:
            return False  # direct messages: slash commands only
        mentioned = self.bot.user is not None and self.bot.user in message.mentions
        return mentioned or message.channel.id in self.bot.settings.discord.ask_channel_ids

    def _strip_mention(self, content: str) -> str:
        if self.bot.user is None:
            return content.strip()
        return re.sub(rf"<@!?{self.bot.user.id}>", " ", content).strip()

    async def _reply_target(self, message: discord.Message, question: str):
        """A new thread on the question when configured (and possible), else None: reply in place."""
        if not self.bot.settings.discord.answer_in_thread or isinstance(message.channel, discord.Thread):
            return None
        try:
            name = question if len(question) <= 90 else question[:89] + "…"
            return await message.create_thread(name=name)
        except (discord.Forbidden, discord.HTTPException, AttributeError):
            return None  # no thread permission, or a channel type without threads


async def _typing(channel) -> None:
    """One "typing…" pulse (answers take milliseconds); a channel that refuses it still gets the answer."""
    try:
        await channel.typing()
    except Exception:  # noqa: BLE001 - cosmetic only
        log.debug("could not show typing in %s", channel, exc_info=True)


async def setup(bot) -> None:
    bot.add_dynamic_items(ContextButton, VoteButton)
    await bot.add_cog(Ask(bot))
