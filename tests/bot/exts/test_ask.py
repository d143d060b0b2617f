"""/ask and the buttons under answers, with mocked interactions over the real index."""

from __future__ import annotations

import logging

import discord

from bot.exts.ask import ContextButton, VoteButton, question_from
from bot.render import MESSAGE_LIMIT
from tests.bot.exts.conftest import interaction, member, own_store, sent_texts


async def _ask(bot, question: str, user=None, private: bool = False):
    cog = bot.get_cog("Ask")
    inter = interaction(bot, user)
    await cog.ask.callback(cog, inter, question, private)
    return inter


async def _through_tree(bot, inter, coro) -> None:
    """Run a command callback the way the command tree does: its errors go to the central handler."""
    inter.command = bot.tree.get_command("ask")
    try:
        await coro
    except Exception as error:  # noqa: BLE001 - handed over exactly as discord.py does
        wrapped = error if isinstance(error, discord.app_commands.AppCommandError) else \
            discord.app_commands.CommandInvokeError(inter.command, error)
        await bot.tree.on_error(inter, wrapped)


async def _click(bot, button_cls, custom_id: str, user=None):
    """Rebuild a button from its custom id, as discord.py does after a restart, and click it."""
    match = button_cls.__discord_ui_compiled_template__.fullmatch(custom_id)
    button = await button_cls.from_custom_id(None, None, match)
    click = interaction(bot, user or member(9000))
    await button.callback(click)
    return click


async def test_ask_defers_then_answers_with_sources_and_no_pings(bot):
    inter = await _ask(bot, "Who guards Al-Hafi?")
    inter.response.defer.assert_awaited_once_with(ephemeral=False, thinking=True)
    call = inter.followup.send.await_args
    content = call.args[0]
    assert "Kataib Hezbollah" in content and "[1]" in content
    assert "**Sources**" in content and "paragraph 9" in content
    assert call.kwargs["allowed_mentions"].everyone is False and call.kwargs["allowed_mentions"].users is False
    assert call.kwargs["allowed_mentions"].roles is False
    assert call.kwargs["ephemeral"] is False and call.kwargs["suppress_embeds"] is True
    labels = [getattr(item.item, "label", None) or str(item.item.emoji) for item in call.kwargs["view"].children]
    assert labels == ["Show context", "👍", "👎"]
    assert all(len(item.custom_id) <= 100 for item in call.kwargs["view"].children)


async def test_private_answers_are_ephemeral(bot):
    inter = await _ask(bot, "Who leads the new Hamas office in Baghdad?", member(2002), private=True)
    inter.response.defer.assert_awaited_once_with(ephemeral=True, thinking=True)
    assert inter.followup.send.await_args.kwargs["ephemeral"] is True
    assert "Muhammad Al-Hafi" in inter.followup.send.await_args.args[0]


async def test_abstention_is_polite_and_shows_no_sources(bot):
    inter = await _ask(bot, "What is the annual budget of the Hamas office?", member(2003))
    call = inter.followup.send.await_args
    content = call.args[0]
    assert content.startswith("The report does not say")
    assert "/actor" in content and "Sources" not in content and "> " not in content
    labels = [str(item.item.emoji) for item in call.kwargs["view"].children]
    assert labels == ["👍", "👎"]  # no "Show context" when nothing is cited


async def test_a_question_full_of_mentions_and_markdown_pings_no_one(bot):
    question = "@everyone @here <@&123> **who** guards __Al-Hafi__? [x](http://evil.example) " * 5
    inter = await _ask(bot, question[:500], member(2008))
    assert inter.followup.send.await_args_list, "the answer was not sent as a follow-up"
    for call in inter.followup.send.await_args_list:
        assert len(call.args[0]) <= MESSAGE_LIMIT
        assert "@everyone" not in call.args[0] and "@here" not in call.args[0]
        assert call.kwargs["allowed_mentions"].everyone is False and call.kwargs["suppress_embeds"] is True


async def test_cooldown_answers_try_again_in_n_seconds(bot):
    user = member(2004)
    for _ in range(bot.settings.discord.cooldown_questions):
        await _ask(bot, "Who guards Al-Hafi?", user)
    cog = bot.get_cog("Ask")
    inter = interaction(bot, user)
    await _through_tree(bot, inter, cog.ask.callback(cog, inter, "Who guards Al-Hafi?", False))
    call = inter.response.send_message.await_args
    assert call.args[0].startswith("You're asking quickly: try again in ") and call.args[0].endswith(" s.")
    assert call.kwargs["ephemeral"] is True
    inter.response.defer.assert_not_awaited()


async def test_one_log_line_per_answered_question(bot, caplog):
    with caplog.at_level(logging.INFO, logger="bot.discord_bot"):
        await _ask(bot, "Who guards Al-Hafi?", member(2010))
    (line,) = [r.getMessage() for r in caplog.records if r.name == "bot.discord_bot"]
    assert line.startswith("answered in ") and " ms: answered; citations ['iran-backed-militias-iraq:" in line


async def test_show_context_works_after_a_restart_and_feedback_counts_once(bot, tmp_path):
    own_store(bot, tmp_path)
    inter = await _ask(bot, "Who has Al-Hafi met with in Iraq?", member(2005))
    context_button, up, down = inter.followup.send.await_args.kwargs["view"].children
    click = await _click(bot, ContextButton, context_button.custom_id)
    click.response.defer.assert_awaited_once_with(ephemeral=True, thinking=True)
    shown = click.followup.send.await_args
    assert shown.kwargs["ephemeral"] is True and shown.kwargs["allowed_mentions"].everyone is False
    assert "**He has met with" in shown.args[0] and "Kataib Hezbollah" in shown.args[0]  # with its neighbour
    before = bot.feedback.counts()
    voter = member(2006)
    thanks = await _click(bot, VoteButton, up.custom_id, voter)
    thanks.response.defer.assert_awaited_once_with(ephemeral=True, thinking=True)  # before the answer store is asked
    assert sent_texts(thanks.followup.send) == ["Thanks for the feedback."]
    await _click(bot, VoteButton, up.custom_id, voter)  # voting twice counts once
    await _click(bot, VoteButton, down.custom_id, member(2009))
    after = bot.feedback.counts()
    assert (after["up"], after["down"]) == (before["up"] + 1, before["down"] + 1) == (1, 1)


async def test_a_bug_is_an_apology_with_an_error_id(bot, monkeypatch, caplog):
    def broken(question):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(bot.service, "ask", broken)
    cog = bot.get_cog("Ask")
    inter = interaction(bot, member(2007))
    await _through_tree(bot, inter, cog.ask.callback(cog, inter, "Who guards Al-Hafi?", False))
    call = inter.followup.send.await_args  # deferred first, so the apology is a follow-up
    assert call.args[0].startswith("Sorry, something went wrong on our side (error id `")
    assert call.kwargs["ephemeral"] is True
    error_id = call.args[0].split("`")[1]
    assert f"error {error_id} in /ask" in caplog.text and "ZeroDivisionError" in caplog.text


async def test_a_failing_button_apologises_instead_of_failing_silently(bot, monkeypatch, caplog):
    inter = await _ask(bot, "Who guards Al-Hafi?", member(2011))
    context_button = inter.followup.send.await_args.kwargs["view"].children[0]
    monkeypatch.setattr(bot.service, "context", lambda sentence_id: 1 / 0)
    click = await _click(bot, ContextButton, context_button.custom_id)
    text = click.followup.send.await_args.args[0]
    assert text.startswith("Sorry, something went wrong on our side (error id `")
    assert "error " in caplog.text and "in Show context" in caplog.text


def test_discord_markup_is_not_part_of_the_question():
    assert question_from("<@42> @everyone **who** guards __Al-Hafi__? <@&7> <#9> <:wave:123>") == "who guards Al-Hafi?"
    assert question_from("> Who leads ||the office||?") == "Who leads the office?"
    assert question_from("Is Kataib_Hezbollah named?") == "Is Kataib_Hezbollah named?"


async def test_a_question_of_only_mentions_is_refused_before_deferring(bot):
    cog = bot.get_cog("Ask")
    inter = interaction(bot, member(2012))
    await _through_tree(bot, inter, cog.ask.callback(cog, inter, "@everyone <@&1>", False))
    call = inter.response.send_message.await_args
    assert call.args[0].startswith("the question is empty") and call.kwargs["ephemeral"] is True
    inter.response.defer.assert_not_awaited()


async def test_a_failure_after_a_public_defer_is_shown_only_to_the_asker(bot, monkeypatch):
    async def broken(question, user_id):
        raise RuntimeError("the index fell over")

    monkeypatch.setattr(bot, "answer", broken)
    inter = await _ask(bot, "Who guards Al-Hafi?", private=False)
    inter.response.defer.assert_awaited_once()
    # The public "thinking…" message goes first, so the apology cannot take its place in public.
    inter.delete_original_response.assert_awaited_once()
    call = inter.followup.send.await_args
    assert call.args[0].startswith("Sorry, something went wrong on our side") and call.kwargs["ephemeral"] is True


async def test_a_refused_question_costs_no_cooldown_slot(bot):
    for _ in range(bot.settings.discord.cooldown_questions + 2):
        inter = interaction(bot, member(7100))
        await _through_tree(bot, inter, bot.get_cog("Ask").ask.callback(bot.get_cog("Ask"), inter, "** **", False))
        assert inter.response.send_message.await_args.args[0].startswith("the question is empty")
    inter = await _ask(bot, "Who guards Al-Hafi?", user=member(7100))
    assert "Kataib Hezbollah" in inter.followup.send.await_args.args[0]
