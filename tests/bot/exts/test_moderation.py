"""/reindex for moderators only, refusing a second run, with uploads checked; /status."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import replace
from unittest.mock import AsyncMock, MagicMock

import discord
import pytest
from discord import app_commands

from bot.exts.moderation import is_moderator
from tests.bot.exts.conftest import interaction, member


def _check(bot, user) -> bool:
    command = bot.tree.get_command("reindex")
    inter = interaction(bot, user)
    try:
        return all(check(inter) for check in command.checks)
    except app_commands.CheckFailure:
        return False


async def test_only_manage_server_or_a_moderator_role_may_reindex(bot):
    assert _check(bot, member(manage_guild=True))
    assert not _check(bot, member(manage_guild=False))
    bot.settings = replace(bot.settings, discord=replace(bot.settings.discord, moderator_role_ids=(77,)))
    assert _check(bot, member(role_ids=(77,)))
    assert not _check(bot, member(role_ids=(78,)))
    assert is_moderator(interaction(bot, member(manage_guild=True)))


async def test_a_second_reindex_while_one_runs_is_refused(bot, monkeypatch):
    monkeypatch.setattr(type(bot.service), "reindexing", property(lambda self: True))
    cog = bot.get_cog("Moderation")
    inter = interaction(bot, member(manage_guild=True))
    await cog.reindex.callback(cog, inter, None)
    assert "already running" in inter.response.send_message.await_args.args[0]
    inter.response.defer.assert_not_awaited()


@pytest.mark.parametrize("filename, size, message", [
    ("report.pdf", 100, "not a .txt or .md file"),
    ("report.txt", 10_000_000, "at most 2,000,000 bytes"),
])
async def test_bad_uploads_are_refused_before_download(bot, filename, size, message):
    cog = bot.get_cog("Moderation")
    attachment = MagicMock(spec=discord.Attachment)
    attachment.filename, attachment.size = filename, size
    attachment.read = AsyncMock(return_value=b"")
    from bot.errors import SourceError

    with pytest.raises(SourceError, match=message):
        await cog.reindex.callback(cog, interaction(bot, member(manage_guild=True)), attachment)
    attachment.read.assert_not_awaited()


async def test_status_shows_index_reports_and_feedback(bot):
    cog = bot.get_cog("Moderation")
    inter = interaction(bot)
    await cog.status.callback(cog, inter)
    embed = inter.response.send_message.await_args.kwargs["embed"]
    fields = {f.name: f.value for f in embed.fields}
    assert "28 sentences" in fields["Index"] and "21 actors" in fields["Index"]
    assert "Iran-Backed Militias Strengthen Presence" in fields["Reports"]
    assert "all-MiniLM-L6-v2" in fields["Model"] and "👍" in fields["Feedback"]


def test_questions_during_a_reindex_are_all_answered(tmp_path, real_embedder):
    """A rebuild in a child process while four threads keep asking: no question fails."""
    from bot.service import ReportService
    from tests.helpers import write_config

    settings = write_config(tmp_path)
    service = ReportService.open(settings, embedder=real_embedder, build_if_missing=True)
    answers, errors, done = [], [], threading.Event()

    def ask_until_done():
        while not done.is_set():
            try:
                answers.append(service.ask("Who guards Al-Hafi?"))
            except Exception as error:  # noqa: BLE001 - the test counts them
                errors.append(error)

    threads = [threading.Thread(target=ask_until_done) for _ in range(4)]
    for thread in threads:
        thread.start()
    upload = ("second report.md", "# Notes\n\nKataib Hezbollah guards the Hamas office.\n".encode())
    result = service.reindex(upload=upload, by="test")
    done.set()
    for thread in threads:
        thread.join()
    assert not errors and answers and all(a.answered for a in answers)
    assert result.version == 2 and result.documents == 2
    assert service.live.bundle.version == 2
