"""Actor lookups: /actor with autocomplete, and /actors listed page by page."""

from __future__ import annotations

import re
from typing import Optional

import discord
from discord import app_commands
from discord.ext import commands

from bot.exts.errors import message_for, respond
from bot.render import actor_embed, escape, mentions_pages
from index.actors import KINDS

NO_MENTIONS = discord.AllowedMentions.none()
PAGE_SIZE = 10


def not_found_text(lookup: dict) -> str:
    hint = f" Did you mean: {', '.join(lookup['suggestions'])}?" if lookup["suggestions"] else ""
    return f"“{escape(lookup['query'])}” is not in the report.{hint}"


class MentionsButton(discord.ui.DynamicItem[discord.ui.Button], template=r"rb:mentions:(?P<name>.{1,80})"):
    """"Show all mentions" when a profile's mentions do not fit its embed."""

    def __init__(self, name: str) -> None:
        super().__init__(discord.ui.Button(label="Show all mentions", style=discord.ButtonStyle.secondary,
                                           custom_id=f"rb:mentions:{name[:80]}"))
        self.name = name

    @classmethod
    async def from_custom_id(cls, interaction, item, match: re.Match[str]) -> "MentionsButton":
        return cls(match["name"])

    async def callback(self, interaction: discord.Interaction) -> None:
        try:
            lookup = interaction.client.service.actor(self.name).to_json()
            if not lookup["found"]:
                await respond(interaction, not_found_text(lookup))
                return
            pages = mentions_pages(lookup["actor"])
            await interaction.response.send_message(pages[0], ephemeral=True, allowed_mentions=NO_MENTIONS)
            for page in pages[1:]:
                await interaction.followup.send(page, ephemeral=True, allowed_mentions=NO_MENTIONS)
        except Exception as error:  # noqa: BLE001
            await respond(interaction, message_for(error, "Show all mentions"))


def actors_page(actors: list, page: int, kind: str | None) -> discord.Embed:
    pages = max(1, -(-len(actors) // PAGE_SIZE))
    shown = actors[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
    lines = [f"**{escape(a.name)}** · {a.kind} · {len(a.mentions)} mention{'s' * (len(a.mentions) != 1)}"
             for a in shown] or ["No actors of that kind in the report."]
    title = f"Actors in the report{f' ({kind})' if kind else ''}"
    return discord.Embed(title=title, description="\n".join(lines)).set_footer(
        text=f"Page {page + 1} of {pages} · /actor NAME for a profile")


class ActorsPager(discord.ui.View):
    """Previous / Next through the list; only the member who asked can turn the pages."""

    def __init__(self, actors: list, kind: str | None, owner_id: int) -> None:
        super().__init__(timeout=300)
        self.actors, self.kind, self.owner_id, self.page = actors, kind, owner_id, 0
        self.pages = max(1, -(-len(actors) // PAGE_SIZE))
        self._refresh()

    def _refresh(self) -> None:
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page >= self.pages - 1

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id != self.owner_id:
            await respond(interaction, "Only the person who asked can turn these pages; try /actors yourself.")
            return False
        return True

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.page -= 1
        self._refresh()
        await interaction.response.edit_message(embed=actors_page(self.actors, self.page, self.kind), view=self)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.page += 1
        self._refresh()
        await interaction.response.edit_message(embed=actors_page(self.actors, self.page, self.kind), view=self)


class Actors(commands.Cog):
    def __init__(self, bot) -> None:
        self.bot = bot

    @app_commands.command(name="actor", description="Who a person, group or state is in the report, with cited sentences.")
    @app_commands.describe(name="A name as the report writes it; aliases and misspellings are fine")
    async def actor(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 100]) -> None:
        lookup = self.bot.service.actor(name).to_json()  # from memory: no need to defer
        if not lookup["found"]:
            await interaction.response.send_message(not_found_text(lookup), ephemeral=True, allowed_mentions=NO_MENTIONS)
            return
        embed, cut = actor_embed(lookup["actor"])
        extra = {}
        if cut:
            view = discord.ui.View(timeout=None)
            view.add_item(MentionsButton(lookup["actor"]["name"]))
            extra["view"] = view
        await interaction.response.send_message(embed=discord.Embed.from_dict(embed), allowed_mentions=NO_MENTIONS,
                                                **extra)

    @actor.autocomplete("name")
    async def actor_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        names = self.bot.service.complete_actor(current, 25)
        return [app_commands.Choice(name=n[:100], value=n[:100]) for n in names]

    @app_commands.command(name="actors", description="List the people, groups, parties, states and media the report names.")
    @app_commands.describe(kind="Only actors of this kind")
    @app_commands.choices(kind=[app_commands.Choice(name=k, value=k) for k in KINDS])
    async def actors(self, interaction: discord.Interaction, kind: Optional[app_commands.Choice[str]] = None) -> None:
        chosen = kind.value if kind else None
        actors = self.bot.service.actors(chosen)
        pager = ActorsPager(actors, chosen, interaction.user.id)
        extra = {"view": pager} if pager.pages > 1 else {}
        await interaction.response.send_message(embed=actors_page(actors, 0, chosen), allowed_mentions=NO_MENTIONS,
                                                **extra)


async def setup(bot) -> None:
    bot.add_dynamic_items(MentionsButton)
    await bot.add_cog(Actors(bot))
