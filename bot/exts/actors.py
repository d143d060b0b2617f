"""Actor lookups: /actor with autocomplete, and /actors listed page by page."""

from __future__ import annotations

import hashlib
import re
from typing import Any, Optional

import discord
from discord import app_commands
from discord.ext import commands

from bot.exts import NO_MENTIONS, QUIET, send_followups
from bot.exts.error_handler import reports_errors, respond
from bot.log import get_logger
from bot.render import actor_embed, actor_list_pages, mentions_pages, not_found_text, shorten
from index.actors import KINDS

log = get_logger(__name__)

# Discord allows 100 characters in a custom id, 100 in a choice's name and value.
CUSTOM_ID_LIMIT = 100
CHOICE_LIMIT = 100
# Discord shows at most 25 autocomplete choices.
AUTOCOMPLETE_CHOICES = 25
# Previous / Next under /actors work this long after the list was asked for, then are greyed out:
# greying them out edits the reply with the asker's interaction token, which Discord honours for
# 15 minutes, and a pager kept longer would hold its pages in memory for nobody.
PAGER_TIMEOUT_SECONDS = 300.0
_BY_NAME = "rb:mentions:"
_BY_DIGEST = "rb:mentions#"
MAX_NAME_IN_ID = CUSTOM_ID_LIMIT - len(_BY_NAME)
_DIGEST_CHARS = 24  # 96 bits: no two actors of a report share one


def name_digest(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:_DIGEST_CHARS]


def mentions_custom_id(name: str) -> str:
    """The actor's name when it fits (readable, and a rebuilt index keeps it), else its digest."""
    return _BY_NAME + name if len(name) <= MAX_NAME_IN_ID else _BY_DIGEST + name_digest(name)


def full_actor_name(service, name: str) -> str:
    """The name a cut choice value (a name longer than Discord's 100 characters) stands for."""
    if len(name) < CHOICE_LIMIT:
        return name
    longer = [a.name for a in service.actors() if len(a.name) > len(name) and a.name.startswith(name)]
    return longer[0] if len(longer) == 1 else name


class MentionsButton(discord.ui.DynamicItem[discord.ui.Button],
                     template=rf"rb:mentions(?::(?P<name>.{{1,{MAX_NAME_IN_ID}}})|#(?P<digest>[0-9a-f]{{{_DIGEST_CHARS}}}))"):
    """"Show all mentions" under a profile whose mentions do not fit its embed; survives restarts."""

    def __init__(self, name: str | None, digest: str | None = None) -> None:
        custom_id = mentions_custom_id(name) if name is not None else _BY_DIGEST + str(digest)
        super().__init__(discord.ui.Button(label="Show all mentions", style=discord.ButtonStyle.secondary,
                                           custom_id=custom_id))
        self.name, self.digest = name, digest

    @classmethod
    async def from_custom_id(cls, interaction, item, match: re.Match[str]) -> "MentionsButton":
        return cls(match["name"], match["digest"])

    def _name(self, service) -> str | None:
        if self.name is not None:
            return self.name
        return next((a.name for a in service.actors() if name_digest(a.name) == self.digest), None)

    @reports_errors("Show all mentions")
    async def callback(self, interaction: discord.Interaction) -> None:
        service = interaction.client.service
        name = self._name(service)
        lookup = service.actor(name) if name is not None else None
        if lookup is None or not lookup.found:  # a reindex dropped or renamed the actor
            await respond(interaction, "That actor is no longer in the report." if lookup is None
                          else not_found_text(lookup))
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        await send_followups(interaction, mentions_pages(lookup.to_json()["actor"]), ephemeral=True)


class ActorsPager(discord.ui.View):
    """Previous / Next through the list; only the member who asked turns the pages.

    A page turn sends a new pager for the new page (and stops this one), so a view's state is
    fixed when it is built and discord.py's own view machinery is left alone.
    """

    def __init__(self, pages: list[dict[str, Any]], owner: discord.Interaction, page: int = 0) -> None:
        super().__init__(timeout=PAGER_TIMEOUT_SECONDS)
        self.pages, self.owner = pages, owner
        self.page = min(max(page, 0), len(pages) - 1)
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page >= len(pages) - 1

    def embed(self) -> discord.Embed:
        return discord.Embed.from_dict(self.pages[self.page])

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
        turned = ActorsPager(self.pages, self.owner, self.page + step)
        self.stop()
        await interaction.response.edit_message(embed=turned.embed(), view=turned)

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
    async def actor(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, CHOICE_LIMIT]) -> None:
        name = full_actor_name(self.bot.service, name)
        found = self.bot.service.actor(name)  # from memory, in milliseconds: no need to defer
        if not found.found:
            await interaction.response.send_message(not_found_text(found), ephemeral=True, **QUIET)
            return
        lookup = found.to_json()
        embed, cut = actor_embed(lookup["actor"])
        extra: dict[str, Any] = {}
        if cut:
            extra["view"] = discord.ui.View(timeout=None).add_item(MentionsButton(lookup["actor"]["name"]))
        await interaction.response.send_message(embed=discord.Embed.from_dict(embed), allowed_mentions=NO_MENTIONS,
                                                **extra)

    @actor.autocomplete("name")
    async def actor_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        # Choices of at most 100 characters: a longer name is shown shortened and sent cut, and
        # /actor completes the cut name again.
        return [app_commands.Choice(name=shorten(n, CHOICE_LIMIT), value=n[:CHOICE_LIMIT])
                for n in self.bot.service.complete_actor(current, AUTOCOMPLETE_CHOICES)]

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
