"""Every extension loads, and the command tree fits Discord's rules."""

from __future__ import annotations

import re

import discord

from bot.discord_bot import EXTENSIONS, command_tree_json

NAME = r"[a-z0-9_-]{1,32}"


async def test_every_extension_loads_and_commands_fit_discord(bot):
    assert sorted(bot.extensions) == sorted(EXTENSIONS)
    tree = command_tree_json(bot)
    names = [c["name"] for c in tree]
    assert names == ["actor", "actors", "ask", "reindex", "status"]
    assert len(set(names)) == len(names)
    for command in tree:
        assert re.fullmatch(NAME, command["name"])
        assert 1 <= len(command["description"]) <= 100
        assert len(command.get("options", [])) <= 25
        for option in command.get("options", []):
            assert re.fullmatch(NAME, option["name"])
            assert 1 <= len(option["description"]) <= 100
            assert len(option.get("choices", [])) <= 25
            assert all(1 <= len(c["name"]) <= 100 and 1 <= len(c["value"]) <= 100 for c in option.get("choices", []))


async def test_extensions_reload_and_the_error_handler_is_restored_when_unloaded(bot):
    handler = bot.tree.on_error
    await bot.reload_extension("bot.exts.ask")
    assert bot.get_cog("Ask") is not None and bot.tree.get_command("ask") is not None
    await bot.unload_extension("bot.exts.error_handler")
    assert bot.tree.on_error != handler
    await bot.load_extension("bot.exts.error_handler")
    assert bot.tree.on_error == bot.get_cog("ErrorHandler").on_app_command_error


async def test_reindex_is_a_guild_only_manage_server_command(bot):
    reindex = next(c for c in command_tree_json(bot) if c["name"] == "reindex")
    assert int(reindex["default_member_permissions"]) == discord.Permissions(manage_guild=True).value
    assert reindex["guild_only"] is True
    assert [o["type"] for o in reindex["options"]] == ["attachment"]


async def test_message_content_intent_only_for_ask_channels(real_settings):
    from dataclasses import replace

    from bot.discord_bot import intents_for

    assert not intents_for(real_settings).message_content
    channels = replace(real_settings, discord=replace(real_settings.discord, ask_channel_ids=(42,)))
    assert intents_for(channels).message_content
