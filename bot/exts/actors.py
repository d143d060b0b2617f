"""Actor lookups: /actor with autocomplete, and /actors listed page by page."""

from __future__ import annotations

import re
from typing import Any, Optional

import discord
from discord import app_commands
from discord.ext import commands

from bot.exts import NO_MENTIONS, QUIET, send_followups
from bot.exts.error_handler import reports_errors, respond
from bot.log import get_logger
from bot.render import actor_embed, actor_list_pages, mentions_pages, not_found_text
from index.actors import KINDS

log = get_logger(__name__)

# "rb:mentions:" + the actor's name must fit Discord's 100-character custom ids.
MAX_NAME_IN_ID = 80


class MentionsButton(discord.ui.DynamicItem[discord.ui.Button], template=r"rb:mentions:(?P<name>.{1,80})"):
    """"Show all mentions" under a profile whose mentions do not fit its embed; survives restarts."""

    def __init__(self, name: str) -> None:
        super().__init__(discord.ui.Button(label="Show all mentions", style=discord.ButtonStyle.secondary,
                                           custom_id=f"rb:mentions:{name[:MAX_NAME_IN_ID]}"))
        self.name = name

    @classmethod
    async def from_custom_id(cls, interaction, item, match: re.Match[str]) -> "MentionsButton":
        return cls(match["name"])

    @reports_errors("Show all mentions")
    async def callback(self, interaction: discord.Interaction) -> None:
        lookup = interaction.client.service.actor(self.name).to_json()
        if not lookup["found"]:  # a reindex dropped or renamed the actor
            await respond(interaction, not_found_text(lookup))
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        await send_followups(interaction, mentions_pages(lookup["actor"]), ephemeral=True)


class ActorsPager(discord.ui.View):
    """Previous / Next through the list; only the member who asked turns the pages."""

    def __init__(self, pages: list[dict[str, Any]], owner: discord.Interaction) -> None:
        super().__init__(timeout=300)
        self.pages, self.owner, self.page = pages, owner, 0
        self._refresh()

    def embed(self) -> discord.Embed:
        return discord.Embed.from_dict(self.pages[self.page])

    def _refresh(self) -> None:
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page >= len(self.pages) - 1

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id != self.owner.user.id:
            await respond(interaction, "Only the person who asked can turn these pages; try /actors yourself.")
            return False
        return True

    async def on_timeout(self) -> None:
        """Grey the buttons out rather than leave ones that would fail."""
        for item in self.children:
            item.disabled = True
        try:
            await self.owner.edit_original_response(view=self)
        except discord.HTTPException:  # the message was deleted, or the token expired
            log.debug("could not disable /actors buttons", exc_info=True)

    async def _turn(self, interaction: discord.Interaction, step: int) -> None:
        self.page = min(max(self.page + step, 0), len(self.pages) - 1)
        self._refresh()
        await interaction.response.edit_message(embed=self.embed(), view=self)

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._turn(interaction, -1)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._turn(interaction, +1)


class Actors(commands.Cog):
    def __init__(self, bot) -> None:
        self.bot = bot

    @app_commands.command(name="actor", description="Who a person, group or state is in the report, with cited sentences.")
    @app_commands.describe(name="A name as the report writes it; aliases and misspellings are fine")
    async def actor(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 100]) -> None:
        lookup = self.bot.service.actor(name).to_json()  # from memory, in milliseconds: no need to defer
        if not lookup["found"]:
            await interaction.response.send_message(not_found_text(lookup), ephemeral=True, **QUIET)
            return
        embed, cut = actor_embed(lookup["actor"])
        extra: dict[str, Any] = {}
        if cut:
            extra["view"] = discord.ui.View(timeout=None).add_item(MentionsButton(lookup["actor"]["name"]))
        await interaction.response.send_message(embed=discord.Embed.from_dict(embed), allowed_mentions=NO_MENTIONS,
                                                **extra)

    @actor.autocomplete("name")
    async def actor_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        # At most 25 choices, names at most 100 characters: Discord's limits.
        return [app_commands.Choice(name=n[:100], value=n[:100]) for n in self.bot.service.complete_actor(current, 25)]

    @app_commands.command(name="actors", description="List the people, groups, parties, states and media the report names.")
    @app_commands.describe(kind="Only actors of this kind")
    @app_commands.choices(kind=[app_commands.Choice(name=k, value=k) for k in KINDS])
    async def actors(self, interaction: discord.Interaction, kind: Optional[app_commands.Choice[str]] = None) -> None:
        chosen = kind.value if kind else None
        pages = actor_list_pages(self.bot.service.actors(chosen), chosen)
        extra: dict[str, Any] = {"view": ActorsPager(pages, interaction)} if len(pages) > 1 else {}
        await interaction.response.send_message(embed=discord.Embed.from_dict(pages[0]), allowed_mentions=NO_MENTIONS,
                                                **extra)


async def setup(bot) -> None:
    bot.add_dynamic_items(MentionsButton)
    await bot.add_cog(Actors(bot))
