"""`reportbot run`, `sync` and `chat`: the dry run's command tree, token problems as one line with exit
code 2, syncing only when the commands changed, and the console chat."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
from unittest.mock import AsyncMock

import discord

from bot.cli import discord_cmd, main
from bot.settings import PROJECT_ROOT

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123"


def _run(settings, *args, env=None):
    environment = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"} | (env or {})
    return subprocess.run([sys.executable, "-m", "bot", "--config", str(settings.path), *args],
                          capture_output=True, text=True, env=environment, timeout=120, cwd=PROJECT_ROOT)


def test_dry_run_prints_the_commands_with_options_permissions_and_scopes(real_settings, real_service, monkeypatch,
                                                                         capsys, tmp_path):
    from tests.helpers import write_config

    settings = write_config(tmp_path, extra="[discord]\nguild_ids = [111, 222]\n")
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)  # no token needed: nothing connects
    monkeypatch.setattr(discord_cmd, "_open_service", lambda settings: real_service)
    assert main(["--config", str(settings.path), "run", "--dry-run"]) == 0
    tree = {c["name"]: c for c in json.loads(capsys.readouterr().out)}
    assert tree["reindex"]["scope"] == [111, 222]  # the home servers only, never global
    assert {tree[n]["scope"] for n in ("ask", "actor", "actors", "status")} == {"global"}
    assert set(tree) == {"ask", "actor", "actors", "reindex", "status"}
    assert [(o["name"], o["type"], o["required"]) for o in tree["ask"]["options"]] == [
        ("question", "string", True), ("private", "boolean", False)]
    assert tree["actor"]["options"][0]["autocomplete"] is True
    assert [c["value"] for c in tree["actors"]["options"][0]["choices"]][0] == "person"
    assert [(o["name"], o["type"], o["required"]) for o in tree["reindex"]["options"]] == [
        ("file", "attachment", False)]
    assert tree["reindex"]["guild_only"] is True
    assert int(tree["reindex"]["default_member_permissions"]) == discord.Permissions(manage_guild=True).value
    assert tree["ask"]["default_member_permissions"] is None and tree["ask"]["guild_only"] is False
    assert all(c["description"] for c in tree.values())


def test_the_discord_layer_imports_no_torch():
    """torch costs seconds and hundreds of MB; nothing the bot adds to the core may pull it in."""
    modules = ["bot.discord_bot", "bot.exts.error_handler", "bot.exts.ask", "bot.exts.actors",
               "bot.exts.moderation", "bot.render", "bot.feedback", "bot.usage", "bot.cli.discord_cmd"]
    script = (f"import importlib, sys; [importlib.import_module(m) for m in {modules!r}]; "
              "print([m for m in ('torch', 'sentence_transformers') if m in sys.modules])")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=PROJECT_ROOT,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_a_missing_token_is_one_line_and_exit_2(real_settings):
    result = _run(real_settings, "run")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"reportbot: error: no Discord token: set DISCORD_TOKEN in the environment or in {real_settings.root / '.env'} "
        "(see README: Running it in your Discord server)"]


def test_a_rejected_token_is_one_line_and_exit_2_and_never_shown(real_settings, real_service, monkeypatch,
                                                                   capsys, caplog):
    async def rejected(self, token, **kwargs):
        raise discord.LoginFailure("Improper token has been passed.")

    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    monkeypatch.setattr(discord_cmd, "_open_service", lambda settings: real_service)
    monkeypatch.setattr("bot.discord_bot.ReportBot.start", rejected)
    with caplog.at_level(logging.DEBUG):
        code = main(["--config", str(real_settings.path), "run"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip().splitlines() == ["reportbot: error: Discord rejected the token in DISCORD_TOKEN; "
                                        "reset it in the developer portal (Bot > Reset Token)"]
    assert TOKEN not in err and TOKEN not in caplog.text


def test_the_token_is_read_from_dotenv_and_the_environment_wins(tmp_path, monkeypatch):
    from tests.helpers import write_config

    settings = write_config(tmp_path)
    (tmp_path / ".env").write_text(f"# the bot\nexport DISCORD_TOKEN='{TOKEN}'\nOTHER=1\n", encoding="utf-8")
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    assert discord_cmd.read_token(settings) == TOKEN
    monkeypatch.setenv("DISCORD_TOKEN", "from-the-environment")
    assert discord_cmd.read_token(settings) == "from-the-environment"


def test_tokens_are_redacted_from_log_lines():
    from bot.log import _RedactSecrets

    record = logging.LogRecord("x", logging.INFO, __file__, 1, "token is %s", (TOKEN,), None)
    _RedactSecrets().filter(record)
    assert TOKEN not in record.getMessage() and "[token redacted]" in record.getMessage()


def _scopes(sync_mock) -> list:
    return [None if c.kwargs.get("guild") is None else c.kwargs["guild"].id for c in sync_mock.await_args_list]


async def test_commands_are_synced_at_start_only_when_they_changed(real_settings, real_service, tmp_path):
    from dataclasses import replace

    from bot.discord_bot import ReportBot, sync_if_changed

    settings = replace(real_settings, index=replace(real_settings.index, data_dir=tmp_path),
                       discord=replace(real_settings.discord, guild_ids=(111, 222)))
    bot = ReportBot(settings, real_service)
    await bot.setup_hook()
    bot.tree.sync = AsyncMock(return_value=[])
    await sync_if_changed(bot)
    assert _scopes(bot.tree.sync) == [None, 111, 222]  # public commands globally, /reindex at home
    await sync_if_changed(bot)  # a restart with the same commands: nothing to sync
    assert bot.tree.sync.await_count == 3
    await bot.remove_cog("Status")  # the commands changed
    await sync_if_changed(bot)
    assert bot.tree.sync.await_count == 6
    await bot.close()


async def test_sync_removes_commands_from_scopes_they_no_longer_belong_to(real_settings, real_service, tmp_path):
    """An earlier version synced every command to the servers of guild_ids (one signature file
    per scope): a server no longer listed is emptied, and the global scope loses /reindex."""
    from dataclasses import replace

    from bot.discord_bot import ReportBot, sync_commands

    legacy = tmp_path / "discord"
    legacy.mkdir()
    (legacy / "commands.111-333.sha256").write_text("old")
    (legacy / "commands.global.sha256").write_text("old")
    settings = replace(real_settings, index=replace(real_settings.index, data_dir=tmp_path),
                       discord=replace(real_settings.discord, guild_ids=(111,)))
    bot = ReportBot(settings, real_service)
    await bot.setup_hook()
    synced: dict = {}

    async def sync(guild=None):
        commands = [c.name for c in bot.tree.get_commands(guild=guild)]
        synced[None if guild is None else guild.id] = commands
        return commands

    bot.tree.sync = sync
    summary = await sync_commands(bot)
    assert synced == {None: ["ask", "actor", "actors", "status"], 111: ["reindex"], 333: []}
    assert summary == ("synced 4 commands globally, /reindex to 1 home server(s), "
                       "removed the commands of 1 former home server(s)")
    assert not list(legacy.glob("*.sha256"))
    synced.clear()
    bot.settings = replace(settings, discord=replace(settings.discord, guild_ids=()))
    await bot.reload_extension("bot.exts.moderation")
    assert "no home server" in await sync_commands(bot)
    assert synced == {None: ["ask", "actor", "actors", "status"], 111: []}  # the former home server emptied
    await bot.close()


async def test_a_refused_sync_is_a_user_error_naming_the_server(real_settings, real_service, tmp_path):
    from dataclasses import replace

    import pytest
    from unittest.mock import MagicMock

    from bot.discord_bot import CommandSyncError, ReportBot, sync_commands

    settings = replace(real_settings, index=replace(real_settings.index, data_dir=tmp_path),
                       discord=replace(real_settings.discord, guild_ids=(111,)))
    bot = ReportBot(settings, real_service)
    await bot.setup_hook()

    async def sync(guild=None):
        if guild is not None:
            raise discord.Forbidden(MagicMock(status=403, reason="Forbidden"), {"message": "Missing Access", "code": 50001})
        return []

    bot.tree.sync = sync
    with pytest.raises(CommandSyncError, match=r"^Discord refused to register /reindex in server 111 \(403 Missing Access\)"):
        await sync_commands(bot)
    await bot.close()


def test_a_first_run_builds_the_index_in_a_child_process(tmp_path, monkeypatch):
    """torch, loaded to embed the reports, must not stay in the serving process."""
    from tests.helpers import write_config

    settings = write_config(tmp_path)
    built = []

    def child(settings_, on_stage=None):
        built.append(settings_.path)
        raise RuntimeError("stop here")

    def in_process(*args, **kwargs):
        raise AssertionError("the bot process built the index itself")

    monkeypatch.setattr("bot.reindex.run_build_process", child)
    monkeypatch.setattr("index.build.build_index", in_process)
    try:
        discord_cmd._open_service(settings)
    except RuntimeError:
        pass
    assert built == [settings.path]


def test_chat_reads_discord_markup_as_the_bot_does(real_service):
    plain = discord_cmd.chat_reply(real_service, "Who guards Al-Hafi?")
    assert discord_cmd.chat_reply(real_service, "<@123456> **Who** guards `Al-Hafi`?") == plain


def test_chat_answers_and_looks_up_actors_as_the_bot_does(real_service):
    reply = discord_cmd.chat_reply(real_service, "Who guards Al-Hafi?")
    assert "Kataib Hezbollah" in reply and "**Sources**" in reply and "paragraph 9" in reply
    assert discord_cmd.chat_reply(real_service, "/ask Who guards Al-Hafi?") == reply
    profile = discord_cmd.chat_reply(real_service, "/actor Al-Hafi’s")
    assert profile.startswith("**Muhammad Al-Hafi**") and "**Also called**" in profile and "*person*" in profile
    assert discord_cmd.chat_reply(real_service, "/actor Nouri al-Maliki").startswith(
        "No actor called “Nouri al-Maliki” in the report.")
    listing = discord_cmd.chat_reply(real_service, "/actors person")
    assert "**Muhammad Al-Hafi** · person" in listing
    assert discord_cmd.chat_reply(real_service, "/actors robots").startswith("Unknown kind 'robots'; kinds: person")
    assert discord_cmd.chat_reply(real_service, "/actors p").startswith(
        "Ambiguous kind 'p', the start of 2 kinds: person; political party or bloc")
    assert "Kataib Hezbollah" in discord_cmd.chat_reply(real_service, "/actors armed")  # a kind by its first word
    assert discord_cmd.chat_reply(real_service, "x" * 600).startswith("the question is 600 characters long")
    assert discord_cmd.chat_reply(real_service, "/actor").startswith("The name is empty")  # not "No actor called"
    assert discord_cmd.chat_reply(real_service, "/actor " + "Hafi " * 100) == (
        "The name is 499 characters long; names are at most 300.")


def test_chat_reads_lines_until_an_empty_one(real_settings, real_service, monkeypatch, capsys):
    monkeypatch.setattr(discord_cmd, "_open_service", lambda settings: real_service)
    monkeypatch.setattr(sys, "stdin", io.StringIO("Who guards Al-Hafi?\n/actor Hamas\n\nnot read\n"))
    assert main(["--config", str(real_settings.path), "chat"]) == 0
    out = capsys.readouterr().out
    assert "Kataib Hezbollah" in out and "**Hamas**" in out and "not read" not in out


def test_chat_answers_help_greetings_and_unknown_commands_with_the_usage_hint(real_service):
    from bot.render import USAGE_HINT

    for line in ("/help", "help", "hi", "thanks", "ok"):
        assert discord_cmd.chat_reply(real_service, line) == USAGE_HINT
    status = discord_cmd.chat_reply(real_service, "/status")
    assert status.startswith("There is no /status in the console chat.") and status.endswith(USAGE_HINT)
    assert "Kataib Hezbollah" in discord_cmd.chat_reply(real_service, "Who guards Al-Hafi?")  # questions still answered


def test_chat_lists_every_actor_on_the_pages_discord_shows(real_service):
    actors = real_service.actors()
    assert len(actors) > 10  # more than one page
    listing = discord_cmd.chat_reply(real_service, "/actors")
    pages = -(-len(actors) // 10)
    assert f"Page 1 of {pages}" in listing and f"Page {pages} of {pages}" in listing
    assert all(f"**{actor.name}** · {actor.kind}" in listing for actor in actors)


def test_a_byte_order_mark_before_the_dotenv_token_is_ignored(tmp_path, monkeypatch):
    from tests.helpers import write_config

    settings = write_config(tmp_path)
    (tmp_path / ".env").write_text(f"\ufeffDISCORD_TOKEN={TOKEN}\n", encoding="utf-8")  # as Notepad saves it
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    assert discord_cmd.read_token(settings) == TOKEN
