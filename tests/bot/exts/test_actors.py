"""/actor with autocomplete, and /actors paginated."""

from __future__ import annotations

from bot.exts.actors import ActorsPager
from tests.bot.exts.conftest import interaction, member


async def test_actor_shows_a_profile_embed(bot):
    cog = bot.get_cog("Actors")
    inter = interaction(bot)
    await cog.actor.callback(cog, inter, "Al-Hafi’s")
    embed = inter.response.send_message.await_args.kwargs["embed"]
    assert embed.title == "Muhammad Al-Hafi" and embed.footer.text == "person"
    fields = {f.name: f.value for f in embed.fields}
    assert "Al-Hafi" in fields["Also called"]
    assert "leads **Hamas** [1]" in fields["Relations"]
    assert fields["Mentions (3)"].startswith("**[1]** The new Hamas office")
    assert len(embed) <= 6000


async def test_unknown_actor_is_not_in_the_report_with_suggestions(bot):
    cog = bot.get_cog("Actors")
    inter = interaction(bot)
    await cog.actor.callback(cog, inter, "Nouri al-Maliki")
    call = inter.response.send_message.await_args
    assert call.args[0].startswith("“Nouri al-Maliki” is not in the report. Did you mean: ")
    assert call.kwargs["ephemeral"] is True


async def test_autocomplete_offers_at_most_25_names_best_first(bot):
    cog = bot.get_cog("Actors")
    choices = await cog.actor_autocomplete(interaction(bot), "hez")
    assert [c.name for c in choices][:2] == ["Hezbollah", "Kataib Hezbollah"]
    assert len(await cog.actor_autocomplete(interaction(bot), "")) <= 25


async def test_actors_pages_through_the_list(bot):
    cog = bot.get_cog("Actors")
    inter = interaction(bot, member(3001))
    await cog.actors.callback(cog, inter, None)
    call = inter.response.send_message.await_args
    assert call.kwargs["embed"].footer.text.startswith("Page 1 of 3")
    pager: ActorsPager = call.kwargs["view"]
    assert pager.previous.disabled and not pager.next.disabled
    turn = interaction(bot, member(3001))
    await pager.next.callback(turn)
    assert turn.response.edit_message.await_args.kwargs["embed"].footer.text.startswith("Page 2 of 3")
    stranger = interaction(bot, member(3002))
    assert await pager.interaction_check(stranger) is False
