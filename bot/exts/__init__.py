"""Discord extensions: each cog only translates between Discord and the Discord-free core."""

from __future__ import annotations

from typing import Any

import discord

# Every message the bot sends: text quoted from a question or the report never pings anyone.
NO_MENTIONS = discord.AllowedMentions.none()
# Every text message also has link previews off. Not for messages that carry our own embeds:
# suppressing embeds would hide those too.
QUIET: dict[str, Any] = {"allowed_mentions": NO_MENTIONS, "suppress_embeds": True}


async def send_followups(interaction: discord.Interaction, pages: list[str], *, ephemeral: bool,
                         view: discord.ui.View | None = None) -> None:
    """Pages as follow-ups of a deferred interaction; the view goes under the last page."""
    for i, page in enumerate(pages):
        extra: dict[str, Any] = {"view": view} if view is not None and i == len(pages) - 1 else {}
        await interaction.followup.send(page, ephemeral=ephemeral, **QUIET, **extra)
