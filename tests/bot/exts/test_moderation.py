"""/reindex for moderators only, with progress, refusals and failures told; /status."""

from __future__ import annotations

import asyncio
import shutil
from dataclasses import replace
from unittest.mock import AsyncMock, MagicMock

import discord
import pytest
from discord import app_commands

from bot.errors import SourceError
from bot.exts.moderation import STILL_LIVE
from bot.service import ReindexResult
from tests.bot.exts.conftest import ELSEWHERE, HOME, interaction, member, own_store


def _reindex_command(bot):
    return bot.tree.get_command("reindex", guild=discord.Object(id=HOME))


def _allowed(bot, user, guild_id: int | None = HOME) -> bool:
    """The checks the command tree runs before /reindex's callback."""
    command = _reindex_command(bot)
    try:
        return all(check(interaction(bot, user, guild_id)) for check in command.checks)
    except app_commands.CheckFailure:
        return False


async def _refusal(bot, inter):
    """What the member is told when /reindex's checks refuse them (through the central error handler)."""
    inter.command = _reindex_command(bot)
    with pytest.raises(app_commands.CheckFailure) as refused:
        for check in inter.command.checks:
            check(inter)
    await bot.tree.on_error(inter, refused.value)
    return inter.response.send_message.await_args


async def test_only_manage_server_or_a_moderator_role_may_reindex(bot):
    assert _allowed(bot, member(manage_guild=True))
    assert not _allowed(bot, member(manage_guild=False))
    assert not _allowed(bot, member(role_ids=(77,)))
    bot.settings = replace(bot.settings, discord=replace(bot.settings.discord, moderator_role_ids=(77,)))
    assert _allowed(bot, member(role_ids=(77,)))
    assert not _allowed(bot, member(role_ids=(78,)))


async def test_a_refused_member_is_told_why_only_to_them(bot):
    inter = interaction(bot, member())
    call = await _refusal(bot, inter)
    assert call.args[0] == "Only moderators (Manage Server, or a moderator role) can do that."
    assert call.kwargs["ephemeral"] is True


async def test_a_second_reindex_while_one_runs_is_refused(bot, monkeypatch):
    monkeypatch.setattr(type(bot.service), "reindexing", property(lambda self: True))
    cog = bot.get_cog("Moderation")
    inter = interaction(bot, member(manage_guild=True))
    await cog.reindex.callback(cog, inter, None)
    call = inter.response.send_message.await_args
    assert "already running" in call.args[0] and call.kwargs["ephemeral"] is True
    inter.response.defer.assert_not_awaited()


def _attachment(filename: str, size: int, data: bytes = b"") -> MagicMock:
    attachment = MagicMock(spec=discord.Attachment)
    attachment.filename, attachment.size = filename, size
    attachment.read = AsyncMock(return_value=data)
    return attachment


@pytest.mark.parametrize("filename, size, message", [
    ("report.png", 100, "not a report file"),
    ("report.txt", 10_000_000, "at most 2,000,000 bytes"),
])
async def test_bad_uploads_are_refused_before_download(bot, filename, size, message):
    cog = bot.get_cog("Moderation")
    attachment = _attachment(filename, size)
    with pytest.raises(SourceError, match=message):
        await cog.reindex.callback(cog, interaction(bot, member(manage_guild=True)), attachment)
    attachment.read.assert_not_awaited()


def _fake_reindex(stages: int = 5, error: Exception | None = None):
    def reindex(*, upload, by, on_stage):
        for i in range(stages):
            on_stage(f"stage {i}")
        if error is not None:
            raise error
        return ReindexResult(version=7, sentences=30, documents=2, actors=22, seconds=1.5, by=by, finished_at=0.0)

    return reindex


async def test_reindex_edits_its_reply_with_progress_then_the_result(bot, monkeypatch):
    monkeypatch.setattr(bot.service, "reindex", _fake_reindex())
    cog = bot.get_cog("Moderation")
    inter = interaction(bot, member(manage_guild=True))
    await cog.reindex.callback(cog, inter, _attachment("notes.md", 20, b"# Notes\n\nText.\n"))
    # (private: a failure may name the server's paths)
    inter.response.defer.assert_awaited_once_with(ephemeral=True, thinking=True)
    edits = [c.kwargs["content"] for c in inter.edit_original_response.await_args_list]
    assert edits[0].startswith("Reindexing… ")
    assert edits[-1] == "Index v7 is live: 2 report(s), 30 sentences, 22 actors (1.5 s)."  # the result stays
    assert all(c.kwargs["allowed_mentions"].everyone is False for c in inter.edit_original_response.await_args_list)


@pytest.mark.parametrize("error, expected", [
    (SourceError("notes.md is not valid UTF-8 (byte 3)"), "Reindex failed: notes.md is not valid UTF-8 (byte 3). "),
    (RuntimeError("the index build process failed with exit code 1"),
     "Reindex failed: Sorry, something went wrong on our side (error id `"),
])
async def test_a_failed_reindex_tells_the_moderator_and_keeps_the_old_index(bot, monkeypatch, error, expected):
    monkeypatch.setattr(bot.service, "reindex", _fake_reindex(2, error))
    cog = bot.get_cog("Moderation")
    inter = interaction(bot, member(manage_guild=True))
    await cog.reindex.callback(cog, inter, None)
    final = inter.edit_original_response.await_args.kwargs["content"]
    assert final.startswith(expected) and final.endswith(STILL_LIVE)


async def test_status_shows_index_reports_answers_and_feedback(bot, tmp_path):
    own_store(bot, tmp_path)
    await bot.answer("Who guards Al-Hafi?", 1)
    cog = bot.get_cog("Status")
    inter = interaction(bot)
    await cog.status.callback(cog, inter)
    inter.response.defer.assert_awaited_once_with(thinking=True)  # before the answer store is asked
    call = inter.followup.send.await_args
    assert call.kwargs["allowed_mentions"].everyone is False and not call.kwargs.get("suppress_embeds")
    fields = {f.name: f.value for f in call.kwargs["embed"].fields}
    status = bot.service.status()
    assert f"v{status['version']}" in fields["Index"]
    assert f"{status['sentences']} sentences" in fields["Index"] and f"{status['actors']} actors" in fields["Index"]
    assert "Iran-Backed Militias Strengthen Presence" in fields["Reports"]
    assert "all-MiniLM-L6-v2" in fields["Model"]
    counts = bot.feedback.counts()
    assert (counts["answers"], counts["answered"], counts["abstained"]) == (1, 1, 0)
    assert fields["Answers"].startswith(f"{counts['answers']} ({counts['answered']} answered, "
                                        f"{counts['abstained']} abstained), p50 ")
    assert fields["Answers"].endswith(" ms here")
    assert fields["Feedback"] == f"👍 {counts['up']} · 👎 {counts['down']}"
    assert fields["Last reindex"] == "none since start" and fields["Uptime"].endswith("m")


async def test_questions_asked_during_a_reindex_are_all_answered(tmp_path, real_settings):
    """/reindex rebuilds in a child process while members keep asking: every question is answered,
    from the old index or the new one, and the new one goes live."""
    from bot.discord_bot import ReportBot
    from bot.service import ReportService
    from tests.helpers import write_config

    # A copy of the session's real index (v1), answered as the bot answers: its export, no torch.
    shutil.copytree(real_settings.index.data_dir, tmp_path / "data", ignore=shutil.ignore_patterns("logs", "*.lock"))
    settings = write_config(tmp_path, extra=f"[discord]\nguild_ids = [{HOME}]\n")
    service = await asyncio.to_thread(ReportService.open, settings)
    bot = ReportBot(settings, service)
    await bot.setup_hook()
    ask, moderation = bot.get_cog("Ask"), bot.get_cog("Moderation")
    moderator = interaction(bot, member(1, manage_guild=True))
    upload = _attachment("second report.md", 60, b"# Notes\n\nKataib Hezbollah guards the Hamas office.\n")
    reindex = asyncio.create_task(moderation.reindex.callback(moderation, moderator, upload))
    asked = []
    while not reindex.done():
        inter = interaction(bot, member(100 + len(asked)))  # one member each: no cooldown
        await ask.ask.callback(ask, inter, "Who guards Al-Hafi?", False)
        asked.append(inter)
    await reindex
    await bot.close()
    assert len(asked) > 1
    for inter in asked:
        content = inter.followup.send.await_args.args[0]
        assert "Kataib Hezbollah" in content and "**Sources**" in content
    edits = [c.kwargs["content"] for c in moderator.edit_original_response.await_args_list]
    assert any(e.startswith("Reindexing… ") and e != "Reindexing… starting" for e in edits)  # the child's stages
    assert edits[-1].startswith("Index v2 is live: 2 report(s)")
    assert service.live.bundle.version == 2


async def test_reindex_is_refused_outside_the_home_servers_even_to_their_admins(bot):
    admin = member(manage_guild=True)
    assert _allowed(bot, admin, HOME)
    assert not _allowed(bot, admin, ELSEWHERE) and not _allowed(bot, admin, None)
    inter = interaction(bot, admin, ELSEWHERE)
    call = await _refusal(bot, inter)
    assert call.args[0].startswith("Only the bot's home servers can change the report")
    assert call.kwargs["ephemeral"] is True


async def test_reindex_is_registered_only_in_the_home_servers(bot):
    assert bot.tree.get_command("reindex") is None  # not global
    assert bot.tree.get_command("reindex", guild=discord.Object(id=ELSEWHERE)) is None
    assert _reindex_command(bot) is not None
    assert bot.tree.get_command("status") is not None


async def test_no_home_server_means_no_reindex_anywhere(real_settings, real_service):
    from bot.discord_bot import EXTENSIONS, ReportBot, command_tree_json

    bot = ReportBot(real_settings, real_service)  # guild_ids = []
    for extension in EXTENSIONS:
        await bot.load_extension(extension)
    assert "reindex" not in [c["name"] for c in command_tree_json(bot)]
    assert bot.tree.get_command("ask") is not None
    await bot.close()


async def test_status_names_who_reindexed_only_in_the_home_servers(bot):
    bot.service.last_reindex = ReindexResult(version=3, sentences=1, documents=1, actors=1, seconds=1.0,
                                             by="mod#1 (99)", finished_at=0.0)
    try:
        cog = bot.get_cog("Status")
        home, elsewhere = interaction(bot), interaction(bot, guild_id=ELSEWHERE)
        await cog.status.callback(cog, home)
        await cog.status.callback(cog, elsewhere)
    finally:
        bot.service.last_reindex = None
    home_fields = {f.name: f.value for f in home.followup.send.await_args.kwargs["embed"].fields}
    other_embed = elsewhere.followup.send.await_args.kwargs["embed"]
    assert "mod#1 (99)" in home_fields["Last reindex"]
    assert "Last reindex" not in {f.name for f in other_embed.fields}
    assert "99" not in str(other_embed.to_dict())


async def test_a_long_reindex_failure_still_fits_a_message(bot, monkeypatch):
    monkeypatch.setattr(bot.service, "reindex", _fake_reindex(1, SourceError("bad line: " + "x" * 3000)))
    cog = bot.get_cog("Moderation")
    inter = interaction(bot, member(manage_guild=True))
    await cog.reindex.callback(cog, inter, None)
    final = inter.edit_original_response.await_args.kwargs["content"]
    assert final.startswith("Reindex failed: bad line: x") and len(final) <= 2000 and final.endswith(STILL_LIVE)


async def test_status_lists_whole_escaped_report_titles_within_a_field(bot):
    from bot.exts.moderation import status_embed

    status = bot.service.status()
    titles = [f"Report *{n}* on the __harbour__ works, " + "with a long subtitle " * 8 for n in range(12)]
    status["documents"] = [{"slug": f"r{n}", "title": title, "sentences": 40} for n, title in enumerate(titles)]
    feedback = {"answers": 0, "answered": 0, "abstained": 0, "up": 0, "down": 0}
    embed = status_embed(status, MagicMock(p50_ms=None), feedback, home=True)
    reports = {f.name: f.value for f in embed.fields}["Reports"]
    lines = reports.split("\n")
    assert len(reports) <= 1024 and lines[-1] == f"… and {12 - (len(lines) - 1)} more"
    for line in lines[:-1]:  # each a whole line: a shortened, escaped title and its count
        assert line.startswith("Report \\*") and "\\_\\_harbour\\_\\_" in line and line.endswith("… (40 sentences)")


async def test_a_failed_download_is_a_failed_reindex_told_to_the_moderator_alone(bot, monkeypatch):
    monkeypatch.setattr(bot.service, "reindex", _fake_reindex())
    cog = bot.get_cog("Moderation")
    inter = interaction(bot, member(manage_guild=True))
    upload = _attachment("notes.md", 20)
    upload.read = AsyncMock(side_effect=discord.HTTPException(MagicMock(status=503, reason="Unavailable"), "CDN down"))
    await cog.reindex.callback(cog, inter, upload)
    inter.response.defer.assert_awaited_once_with(ephemeral=True, thinking=True)
    final = inter.edit_original_response.await_args.kwargs["content"]
    assert final.startswith("Reindex failed: Sorry, something went wrong") and final.endswith(STILL_LIVE)


def test_an_unavailable_answer_store_is_told_without_its_address(caplog):
    from bot.errors import StorageError
    from bot.exts.error_handler import STORE_UNAVAILABLE, message_for

    error = StorageError("cannot open the PostgreSQL store reportbot@db.internal.example:5432/feedback: refused")
    assert message_for(error, "/status") == STORE_UNAVAILABLE
    assert "db.internal.example" in caplog.text  # for the operator, in the log
