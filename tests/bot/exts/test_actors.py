"""/actor with autocomplete and "Show all mentions", and /actors paginated."""

from __future__ import annotations

import re
from types import SimpleNamespace

from bot.exts.actors import ActorsPager, MentionsButton
from bot.render import EMBED_TOTAL_LIMIT, MESSAGE_LIMIT
from tests.bot.exts.conftest import interaction, member


async def _actor(bot, name: str):
    cog = bot.get_cog("Actors")
    inter = interaction(bot)
    await cog.actor.callback(cog, inter, name)
    return inter.response.send_message.await_args


async def test_actor_shows_a_profile_embed(bot):
    call = await _actor(bot, "Al-Hafi’s")
    embed = call.kwargs["embed"]
    assert embed.title == "Muhammad Al-Hafi" and embed.footer.text == "person"
    fields = {f.name.split(" (")[0]: f.value for f in embed.fields}
    assert "Al-Hafi" in fields["Also called"]
    assert re.search(r"\*\*Hamas\*\* \[\d\]", fields["Relations"])  # cited relations
    assert re.search(r"\*\*Kataib Hezbollah\*\* \[\d\]", fields["Relations"])
    assert fields["Mentions"].startswith("**[1]** The new Hamas office")
    assert len(embed) <= EMBED_TOTAL_LIMIT and call.kwargs["allowed_mentions"].everyone is False
    assert "view" not in call.kwargs  # every mention fits: no "Show all mentions"
    assert not call.kwargs.get("suppress_embeds")  # that would hide the profile itself


async def test_hamas_has_a_profile(bot):
    embed = (await _actor(bot, "Hamas")).kwargs["embed"]
    assert embed.title == "Hamas" and embed.description and embed.fields


async def test_unknown_actor_is_not_in_the_report_with_suggestions(bot):
    call = await _actor(bot, "Nouri al-Maliki")
    assert call.args[0].startswith("No actor called “Nouri al-Maliki” in the report. Did you mean: ")
    assert call.kwargs["ephemeral"] is True


def _lookup(profile: dict | None, query: str = "x"):
    data = {"query": query, "found": profile is not None, "actor": profile, "suggestions": []}
    return SimpleNamespace(found=profile is not None, to_json=lambda: data)


async def test_a_profile_with_many_mentions_offers_all_of_them_on_a_button(bot, monkeypatch):
    profile = {"name": "Kataib Hezbollah", "kind": "armed group or movement", "aliases": ["KH", "Kataib Hizbollah"],
               "summary": "Kataib Hezbollah: a powerful Iran-backed militia [1].",
               "relations": [{"actor": "Muhammad Al-Hafi", "relation": "provides security for", "citations": [2]}],
               "mentions": [{"n": n, "id": f"d:{n}", "text": f"Mention {n}: " + "words " * 60} for n in range(1, 31)]}
    monkeypatch.setattr(bot.service, "actor", lambda name: _lookup(profile, name))
    call = await _actor(bot, "Kataib Hezbollah")
    embed = call.kwargs["embed"]
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Relations"] == "provides security for **Muhammad Al-Hafi** [2]"
    assert "more: “Show all mentions”" in fields["Mentions (30)"] and len(embed) <= EMBED_TOTAL_LIMIT
    (button,) = call.kwargs["view"].children
    assert button.item.label == "Show all mentions" and len(button.custom_id) <= 100
    match = MentionsButton.__discord_ui_compiled_template__.fullmatch(button.custom_id)
    click = interaction(bot, member(4001))
    await (await MentionsButton.from_custom_id(None, None, match)).callback(click)
    pages = [c.args[0] for c in click.followup.send.await_args_list]
    assert len(pages) > 1 and all(len(p) <= MESSAGE_LIMIT for p in pages)
    assert all(f"Mention {n}:" in "".join(pages) for n in range(1, 31))
    assert all(c.kwargs["ephemeral"] for c in click.followup.send.await_args_list)


async def test_autocomplete_offers_at_most_25_names_best_first(bot):
    cog = bot.get_cog("Actors")
    choices = await cog.actor_autocomplete(interaction(bot), "hez")
    assert [c.name for c in choices][:2] == ["Hezbollah", "Kataib Hezbollah"]
    assert len(await cog.actor_autocomplete(interaction(bot), "")) <= 25


async def test_actors_pages_through_the_list_for_the_one_who_asked(bot):
    cog = bot.get_cog("Actors")
    inter = interaction(bot, member(3001))
    await cog.actors.callback(cog, inter, None)
    call = inter.response.send_message.await_args
    pages = -(-len(bot.service.actors()) // 10)
    assert call.kwargs["embed"].footer.text.startswith(f"Page 1 of {pages}")
    pager: ActorsPager = call.kwargs["view"]
    assert pager.previous.disabled and not pager.next.disabled
    turn = interaction(bot, member(3001))
    await pager.next.callback(turn)
    edit = turn.response.edit_message.await_args.kwargs
    assert edit["embed"].footer.text.startswith(f"Page 2 of {pages}")
    assert pager.is_finished()  # the page turn sent a new pager, built for page 2
    pager = edit["view"]
    assert not pager.previous.disabled and pager.page == 1
    stranger = interaction(bot, member(3002))
    assert await pager.interaction_check(stranger) is False
    assert "Only the person who asked" in stranger.response.send_message.await_args.args[0]
    await pager.on_timeout()  # buttons greyed out rather than left to fail
    assert all(item.disabled for item in inter.edit_original_response.await_args.kwargs["view"].children)


async def test_actors_of_one_kind(bot):
    cog = bot.get_cog("Actors")
    inter = interaction(bot)
    kind = SimpleNamespace(value="person", name="person")
    await cog.actors.callback(cog, inter, kind)
    embed = inter.response.send_message.await_args.kwargs["embed"]
    assert embed.title == "Actors in the report (person)"
    assert "**Muhammad Al-Hafi** · person" in embed.description
    assert all(" · person · " in line for line in embed.description.splitlines())


def test_no_view_or_item_overrides_a_private_discord_py_method():
    """discord.py calls its private methods with its own arguments (a MESSAGE_UPDATE refreshes a
    stored view with the message's components): a subclass must not replace any of them."""
    import inspect

    from bot.exts import actors, ask, moderation

    for module in (actors, ask, moderation):
        for _, cls in inspect.getmembers(module, inspect.isclass):
            discord_bases = [b for b in cls.__mro__[1:] if b.__module__.startswith("discord")]
            if cls.__module__ != module.__name__ or not discord_bases:
                continue
            for name in vars(cls):
                if name.startswith("_") and not name.startswith("__"):
                    assert not any(name in vars(b) for b in discord_bases), f"{cls.__name__}.{name}"


async def test_long_actor_names_work_in_autocomplete_and_show_all_mentions(bot, monkeypatch):
    long_name = "The Committee for the " + " and ".join(f"Coordination of Affairs {i}" for i in range(8))
    assert len(long_name) > 100
    profile = {"name": long_name, "kind": "organisation", "aliases": [], "summary": "s [1].", "relations": [],
               "mentions": [{"n": n, "id": f"d:{n}", "text": "words " * 80} for n in range(1, 20)]}
    listed = [SimpleNamespace(name=long_name, kind="organisation", mentions=["d:1"]),
              SimpleNamespace(name="Hamas", kind="armed group", mentions=["d:2"])]
    looked_up = []

    def lookup(name):
        looked_up.append(name)
        return _lookup(profile if name == long_name else None, name)

    monkeypatch.setattr(bot.service, "actor", lookup)
    monkeypatch.setattr(bot.service, "actors", lambda kind=None: listed)
    monkeypatch.setattr(bot.service, "complete_actor", lambda prefix, limit: [long_name])
    cog = bot.get_cog("Actors")
    (choice,) = await cog.actor_autocomplete(interaction(bot), "committee")
    assert len(choice.name) <= 100 and len(choice.value) <= 100
    call = await _actor(bot, choice.value)  # what Discord sends back when the choice is picked
    assert looked_up[-1] == long_name and call.kwargs["embed"].title
    (button,) = call.kwargs["view"].children
    assert len(button.custom_id) <= 100
    # After a restart the button is rebuilt from its custom id alone.
    match = MentionsButton.__discord_ui_compiled_template__.fullmatch(button.custom_id)
    rebuilt = await MentionsButton.from_custom_id(None, button, match)
    click = interaction(bot)
    await rebuilt.callback(click)
    assert looked_up[-1] == long_name
    pages = [c.args[0] for c in click.followup.send.await_args_list]
    assert pages and "every mention in the report" in pages[0]
