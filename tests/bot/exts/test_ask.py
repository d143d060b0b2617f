"""/ask and the buttons under answers, with mocked interactions over the real index."""

from __future__ import annotations

import discord

from bot.exts.ask import ContextButton, VoteButton
from tests.bot.exts.conftest import interaction, member, sent_texts


async def test_ask_defers_then_answers_with_sources_and_no_pings(bot):
    cog = bot.get_cog("Ask")
    inter = interaction(bot)
    await cog.ask.callback(cog, inter, "Who guards Al-Hafi?", False)
    inter.response.defer.assert_awaited_once_with(ephemeral=False, thinking=True)
    call = inter.followup.send.await_args
    content = call.args[0]
    assert "Kataib Hezbollah" in content and "[1]" in content
    assert "**Sources**" in content and "paragraph 9" in content
    assert call.kwargs["allowed_mentions"].everyone is False and call.kwargs["allowed_mentions"].users is False
    assert call.kwargs["ephemeral"] is False and call.kwargs["suppress_embeds"] is True
    labels = [getattr(item.item, "label", None) or str(item.item.emoji) for item in call.kwargs["view"].children]
    assert labels == ["Show context", "👍", "👎"]


async def test_private_answers_are_ephemeral(bot):
    cog = bot.get_cog("Ask")
    inter = interaction(bot, member(2002))
    await cog.ask.callback(cog, inter, "Who leads the new Hamas office in Baghdad?", True)
    inter.response.defer.assert_awaited_once_with(ephemeral=True, thinking=True)
    assert inter.followup.send.await_args.kwargs["ephemeral"] is True


async def test_abstention_is_polite_and_shows_no_sources(bot):
    cog = bot.get_cog("Ask")
    inter = interaction(bot, member(2003))
    await cog.ask.callback(cog, inter, "What is the annual budget of the Hamas office?", False)
    content = inter.followup.send.await_args.args[0]
    assert content.startswith("The report does not say")
    assert "/actor" in content and "Sources" not in content


async def test_cooldown_answers_try_again_in_n_seconds(bot):
    cog = bot.get_cog("Ask")
    user = member(2004)
    for _ in range(bot.settings.discord.cooldown_questions):
        await cog.ask.callback(cog, interaction(bot, user), "Who guards Al-Hafi?", False)
    inter = interaction(bot, user)
    await cog.ask.callback(cog, inter, "Who guards Al-Hafi?", False)
    text = sent_texts(inter.response.send_message)[0]
    assert text.startswith("You're asking quickly: try again in ") and inter.response.send_message.await_args.kwargs["ephemeral"]
    inter.response.defer.assert_not_awaited()


async def test_show_context_and_feedback_buttons(bot):
    cog = bot.get_cog("Ask")
    inter = interaction(bot, member(2005))
    await cog.ask.callback(cog, inter, "Who has Al-Hafi met with in Iraq?", False)
    context_button, up, down = inter.followup.send.await_args.kwargs["view"].children
    # Buttons are rebuilt from their custom ids after a restart.
    rebuilt = await ContextButton.from_custom_id(None, None, ContextButton.__discord_ui_compiled_template__.fullmatch(
        context_button.custom_id))
    click = interaction(bot, member(2006))
    await rebuilt.callback(click)
    shown = click.response.send_message.await_args
    assert shown.kwargs["ephemeral"] is True
    assert "**He has met with" in shown.args[0] and "Kataib Hezbollah" in shown.args[0]  # with its neighbour
    before = bot.feedback.counts()
    vote = await VoteButton.from_custom_id(None, None, VoteButton.__discord_ui_compiled_template__.fullmatch(up.custom_id))
    await vote.callback(interaction(bot, member(2006)))
    await vote.callback(interaction(bot, member(2006)))  # voting twice counts once
    after = bot.feedback.counts()
    assert after["up"] == before["up"] + 1


async def test_a_bug_is_an_apology_with_an_error_id(bot, monkeypatch, caplog):
    def broken(question):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(bot.service, "ask", broken)
    handler = bot.get_cog("ErrorHandler")
    inter = interaction(bot, member(2007))
    inter.command = bot.tree.get_command("ask")
    cog = bot.get_cog("Ask")
    try:
        await cog.ask.callback(cog, inter, "Who guards Al-Hafi?", False)
    except ZeroDivisionError as error:
        inter.response.is_done.return_value = True
        await handler.on_app_command_error(inter, discord.app_commands.CommandInvokeError(inter.command, error))
    text = inter.followup.send.await_args.args[0]
    assert text.startswith("Sorry, something went wrong on our side (error id `")
    assert inter.followup.send.await_args.kwargs["ephemeral"] is True
    assert "ZeroDivisionError" in caplog.text
