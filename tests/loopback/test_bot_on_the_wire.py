"""The bot through discord.py's own gateway and HTTP code, against a fake Discord on 127.0.0.1.

One bot process serves the module's scenarios in order (starting it costs seconds), then is
stopped with SIGTERM and started again for the buttons' restart. Every request the bot made is
checked at the end: one initial response per interaction, within 3 s; every payload within
Discord's limits and pinging nobody.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from typing import Any

import pytest

from bot.settings import PROJECT_ROOT
from tests.loopback.conftest import HOME, OTHER, STOP_SECONDS, TOKEN, BotProcess, loopback_settings, start_bot
from tests.loopback.fake_discord import APP_ID, BOT_ID, FakeDiscord, Request, Scenario, bot_user, user

pytestmark = pytest.mark.slow

QUESTION = "Who guards Al-Hafi?"
FIRST_RESPONSE_S = 3.0  # Discord drops an interaction not answered (or deferred) in 3 s
EPHEMERAL = 64
ASKER, MODERATOR, STRANGER = 10_001, 10_002, 10_003


@pytest.fixture(scope="module")
def loopback(real_service, real_settings, tmp_path_factory, fake_discord):
    """The bot running against the fake; yields (fake, settings, state shared between scenarios)."""
    folder = tmp_path_factory.mktemp("loopback")
    settings = loopback_settings(folder, real_settings.index.data_dir)
    state: dict[str, Any] = {"folder": folder, "logs": []}
    state["bot"] = _start(settings, fake_discord, state)
    yield fake_discord, settings, state
    state["bot"].kill()


def _start(settings, fake: FakeDiscord, state: dict) -> BotProcess:
    log_path = state["folder"] / f"bot-{len(state['logs'])}.log"
    state["logs"].append(log_path)
    return start_bot(settings, fake, log_path)


# -- reading what the bot sent -----------------------------------------------------------------

def _message_bodies(requests: list[Request]) -> list[tuple[Request, dict]]:
    """Every message the bot sent or edited, as the JSON Discord received."""
    bodies = []
    for r in requests:
        if r.body is None or not isinstance(r.body, dict):
            continue
        if r.path.startswith("/interactions/") and r.body.get("type") in (4, 7):
            bodies.append((r, r.body.get("data") or {}))
        elif r.path.startswith("/webhooks/") and r.method in ("POST", "PATCH"):
            bodies.append((r, r.body))
        elif re.fullmatch(r"/channels/\d+/messages", r.path) and r.method == "POST":
            bodies.append((r, r.body))
    return bodies


def _initial(fake: FakeDiscord, interaction_id: int, timeout: float = 10) -> Request:
    return fake.wait_for(lambda r: r.path.startswith(f"/interactions/{interaction_id}/"), timeout=timeout)[0]


def _followups(fake: FakeDiscord, interaction_id: int, count: int = 1, timeout: float = 30) -> list[Request]:
    return fake.wait_for(lambda r: r.method == "POST" and r.path == f"/webhooks/{APP_ID}/token-{interaction_id}",
                         count=count, timeout=timeout)


def _deferred_then_sent(fake: FakeDiscord, interaction_id: int, *, private: bool) -> dict:
    """What a command or button that defers first (it reads the answer store) sent: the deferral within Discord's
    3 s, ephemeral or not, then its one follow-up."""
    initial = _initial(fake, interaction_id).body
    assert initial["type"] == 5 and bool((initial.get("data") or {}).get("flags", 0) & EPHEMERAL) == private
    (sent,) = _followups(fake, interaction_id)
    return sent.body


def _status_embed(fake: FakeDiscord, guild) -> dict:
    return _deferred_then_sent(fake, fake.command(guild, ASKER, "status"), private=False)["embeds"][0]


def _edits(fake: FakeDiscord, interaction_id: int) -> list[str]:
    return [r.body.get("content") or "" for r in fake.snapshot()
            if r.method == "PATCH" and r.path.startswith(f"/webhooks/{APP_ID}/token-{interaction_id}/")]


def _wait_edit(fake: FakeDiscord, interaction_id: int, prefix: str, timeout: float = 30) -> str:
    found = fake.wait_for(lambda r: r.method == "PATCH" and r.path.startswith(f"/webhooks/{APP_ID}/token-{interaction_id}/")
                          and (r.body.get("content") or "").startswith(prefix), timeout=timeout)
    return found[0].body["content"]


def _replies_to(fake: FakeDiscord, message: dict, count: int = 1, timeout: float = 30) -> list[Request]:
    return fake.wait_for(lambda r: r.method == "POST" and r.path.endswith("/messages") and isinstance(r.body, dict)
                         and str((r.body.get("message_reference") or {}).get("message_id")) == message["id"],
                         count=count, timeout=timeout)


def _custom_ids(body: dict) -> list[str]:
    return [c["custom_id"] for row in body.get("components", []) for c in row.get("components", [])
            if "custom_id" in c]


def _as_stored(body: dict, message_id: int | None = None) -> dict:
    """The bot's message as a component interaction carries it."""
    return {"id": str(message_id or 1), "channel_id": str(HOME.channel_id), "author": bot_user(),
            "content": body.get("content") or "", "timestamp": "2026-01-01T00:00:00+00:00", "edited_timestamp": None,
            "tts": False, "mention_everyone": False, "mentions": [], "mention_roles": [], "attachments": [],
            "embeds": body.get("embeds") or [], "pinned": False, "type": 20, "flags": 0,
            "components": body.get("components") or []}


def _ask(fake: FakeDiscord, question: str = QUESTION, *, private: bool = False, user_id: int = ASKER,
         guild=HOME) -> tuple[int, list[Request]]:
    options = [{"name": "question", "type": 3, "value": question}]
    if private:
        options.append({"name": "private", "type": 5, "value": True})
    interaction_id = fake.command(guild, user_id, "ask", options)
    return interaction_id, _followups(fake, interaction_id)


def _assert_cited_answer(content: str) -> None:
    assert re.search(r"\[\d+\]", content), content  # the answer's markers
    assert "**Sources**" in content and re.search(r"> \*\*\[\d+\]\*\* “", content), content  # quoted sources


# -- scenarios, in order -------------------------------------------------------------------------

def test_commands_are_registered_where_they_belong(loopback):
    fake, _, _ = loopback
    assert sorted(c["name"] for c in fake.commands["global"]) == ["actor", "actors", "ask", "status"]
    assert [c["name"] for c in fake.commands[str(HOME.id)]] == ["reindex"]
    assert str(OTHER.id) not in fake.commands
    identify = next(f for f in fake.gateway_frames if f["op"] == 2)
    assert identify["d"]["token"] == TOKEN
    assert identify["d"]["intents"] & (1 << 15)  # Message Content: there is an ask channel


def test_a_mention_is_answered_in_a_reply_with_cited_sources(loopback):
    fake, _, state = loopback
    message = fake.user_message(HOME, ASKER, f"<@{BOT_ID}> {QUESTION}", mentions=[user(BOT_ID) | {"bot": True}])
    (reply,) = _replies_to(fake, message)
    _assert_cited_answer(reply.body["content"])
    assert "Kataib Hezbollah" in reply.body["content"]
    assert reply.body["allowed_mentions"]["replied_user"] is False
    state["answer"] = reply.body  # for the buttons, before and after a restart


def test_mentioning_the_bots_own_role_is_a_mention(loopback):
    fake, _, _ = loopback
    message = fake.user_message(HOME, ASKER + 50, f"<@&{HOME.bot_role_id}> {QUESTION}", role_mentions=[HOME.bot_role_id])
    (reply,) = _replies_to(fake, message)
    _assert_cited_answer(reply.body["content"])


def test_every_message_in_an_ask_channel_is_a_question(loopback):
    fake, _, _ = loopback
    message = fake.user_message(HOME, ASKER + 51, QUESTION, channel_id=HOME.ask_channel_id)
    (reply,) = _replies_to(fake, message)
    assert reply.path == f"/channels/{HOME.ask_channel_id}/messages"
    _assert_cited_answer(reply.body["content"])
    plain = fake.user_message(HOME, ASKER + 52, "lunch anyone?")  # not a question to the bot
    time.sleep(0.5)
    assert not [r for r in fake.snapshot() if str(((r.body if isinstance(r.body, dict) else {}).get("message_reference") or {}).get("message_id")) == plain["id"]]


def test_ask_publicly_and_privately(loopback):
    fake, _, state = loopback
    public_id, (public,) = _ask(fake, user_id=ASKER + 1)
    private_id, (private,) = _ask(fake, private=True, user_id=ASKER + 2)
    assert _initial(fake, public_id).body["type"] == 5 and _initial(fake, private_id).body["type"] == 5
    assert not (_initial(fake, public_id).body.get("data") or {}).get("flags", 0) & EPHEMERAL
    assert _initial(fake, private_id).body["data"]["flags"] & EPHEMERAL
    _assert_cited_answer(public.body["content"])
    assert not public.body.get("flags", 0) & EPHEMERAL and private.body["flags"] & EPHEMERAL
    ids = _custom_ids(public.body)
    assert any(i.startswith("rb:ctx:") for i in ids) and any(i.startswith("rb:vote:up:") for i in ids)
    state["ask"] = public.body


def test_an_empty_question_is_refused_only_to_the_asker_and_costs_no_cooldown(loopback):
    fake, _, _ = loopback
    for _ in range(4):  # more than cooldown_questions: refusals do not count
        interaction_id = fake.command(HOME, ASKER + 3, "ask", [{"name": "question", "type": 3, "value": "**  **"}])
        refusal = _initial(fake, interaction_id)
        assert refusal.body["type"] == 4 and refusal.body["data"]["flags"] & EPHEMERAL
        assert refusal.body["data"]["content"].startswith("the question is empty")
    _, (answer,) = _ask(fake, user_id=ASKER + 3)
    _assert_cited_answer(answer.body["content"])


def test_actor_with_autocomplete(loopback):
    fake, _, _ = loopback
    interaction_id = fake.autocomplete(HOME, ASKER, "actor", "name", "hez")
    choices = _initial(fake, interaction_id).body["data"]["choices"]
    assert choices[0]["name"] == "Hezbollah" and len(choices) <= 25
    interaction_id = fake.command(HOME, ASKER, "actor", [{"name": "name", "type": 3, "value": "Al-Hafi"}])
    response = _initial(fake, interaction_id).body
    assert response["type"] == 4
    (embed,) = response["data"]["embeds"]
    assert embed["title"] == "Muhammad Al-Hafi"


def test_actors_pages_and_survives_updates_of_its_message(loopback):
    """Discord sends MESSAGE_UPDATE for the bot's own messages, with or without the deprecated
    `interaction` field; neither may reach into the page view and stop the bot."""
    fake, _, state = loopback
    interaction_id = fake.command(HOME, ASKER, "actors")
    first = _initial(fake, interaction_id).body["data"]
    assert first["embeds"][0]["footer"]["text"].startswith("Page 1 of ")
    message = fake.responses[interaction_id] | {"guild_id": str(HOME.id)}
    fake.dispatch("MESSAGE_UPDATE", message)  # no `interaction` field
    fake.dispatch("MESSAGE_UPDATE", message | {"interaction": {"id": str(interaction_id), "type": 2, "name": "actors",
                                                                 "user": user(ASKER)}})
    next_button = next(c for row in first["components"] for c in row["components"] if c.get("label") == "Next")
    turn = fake.click(HOME, ASKER, message, next_button["custom_id"])
    page = _initial(fake, turn).body
    assert page["type"] == 7 and page["data"]["embeds"][0]["footer"]["text"].startswith("Page 2 of ")
    turned = next(c for row in page["data"]["components"] for c in row["components"] if c.get("label") == "Previous")
    assert not turned.get("disabled")
    stranger = fake.click(HOME, STRANGER, fake.responses[turn] | {"guild_id": str(HOME.id)}, turned["custom_id"])
    refusal = _initial(fake, stranger).body
    assert refusal["type"] == 4 and refusal["data"]["flags"] & EPHEMERAL
    _, (answer,) = _ask(fake, user_id=ASKER + 4)  # still alive and answering
    _assert_cited_answer(answer.body["content"])
    assert state["bot"].process.poll() is None


def test_context_and_vote_buttons(loopback):
    fake, _, state = loopback
    body = state["ask"]
    ids = _custom_ids(body)
    context = fake.click(HOME, ASKER + 5, _as_stored(body), next(i for i in ids if i.startswith("rb:ctx:")))
    assert _initial(fake, context).body["type"] == 5
    (shown,) = _followups(fake, context)
    assert shown.body["flags"] & EPHEMERAL and "**" in shown.body["content"]
    vote = fake.click(HOME, ASKER + 5, _as_stored(body), next(i for i in ids if i.startswith("rb:vote:up:")))
    thanks = _deferred_then_sent(fake, vote, private=True)
    assert thanks["content"] == "Thanks for the feedback." and thanks["flags"] & EPHEMERAL


def test_status_names_who_reindexed_only_at_home(loopback):
    fake, _, _ = loopback
    home = _status_embed(fake, HOME)
    other = _status_embed(fake, OTHER)
    assert "Last reindex" in [f["name"] for f in home["fields"]]
    assert "Last reindex" not in [f["name"] for f in other["fields"]]


def _reindex(fake: FakeDiscord, guild, user_id: int, *, admin: bool, upload: tuple[str, bytes] | None) -> int:
    options, resolved = [], None
    if upload is not None:
        attachment = fake.attachment(*upload)
        options = [{"name": "file", "type": 11, "value": attachment["id"]}]
        resolved = {"attachments": {attachment["id"]: attachment}}
    return fake.command(guild, user_id, "reindex", options, admin=admin, resolved=resolved)


def test_reindex_is_refused_to_members_and_to_other_servers(loopback):
    fake, settings, state = loopback
    member = _initial(fake, _reindex(fake, HOME, STRANGER, admin=False, upload=None)).body
    assert member["data"]["content"].startswith("Only moderators") and member["data"]["flags"] & EPHEMERAL
    # A Manage Server admin of another server, with a stale global /reindex or a crafted request.
    takeover = ("iran-backed-militias-iraq.txt", b"The moon is made of cheese, guarded by nobody.\n")
    refused = _initial(fake, _reindex(fake, OTHER, STRANGER, admin=True, upload=takeover)).body
    assert refused["data"]["content"].startswith("Only the bot's home servers can change the report")
    assert refused["data"]["flags"] & EPHEMERAL
    assert not any(r.path.startswith("/attachments/") for r in fake.snapshot())  # never even downloaded
    assert not (settings.index.data_dir / "reports" / takeover[0]).exists()  # nothing was staged
    _, (again,) = _ask(fake, user_id=ASKER + 6)
    assert again.body["content"] == state["ask"]["content"]  # answers unchanged


def test_reindex_by_a_home_moderator(loopback):
    fake, _, state = loopback
    bad = _reindex(fake, HOME, MODERATOR, admin=True, upload=("notes.txt", b"caf\xe9 \xff\xfe"))
    deferred = _initial(fake, bad).body
    assert deferred["type"] == 5 and deferred["data"]["flags"] & EPHEMERAL  # the moderator's alone
    failed = _wait_edit(fake, bad, "Reindex failed")
    assert "UTF-8" in failed and failed.endswith("The previous index is still answering questions.")
    good = _reindex(fake, HOME, MODERATOR, admin=True,
                    upload=("field notes.md", b"# Field notes\n\nKataib Hezbollah guards the Hamas office in Baghdad.\n"))
    assert _initial(fake, good).body["type"] == 5
    live = _wait_edit(fake, good, "Index v", timeout=180)
    assert re.match(r"Index v\d+ is live: 2 report\(s\)", live), _edits(fake, good)
    home = _status_embed(fake, HOME)
    last = next(f["value"] for f in home["fields"] if f["name"] == "Last reindex")
    assert str(MODERATOR) in last


def test_sigterm_closes_cleanly_and_buttons_work_after_a_restart(loopback):
    fake, settings, state = loopback
    code, seconds = state["bot"].terminate()
    assert code == 0 and seconds <= STOP_SECONDS
    assert fake.close_codes[-1] == 1000  # a clean websocket close, not a dropped connection
    # Answer in threads from now on: a config change that does not touch the commands.
    settings = loopback_settings(state["folder"], settings.index.data_dir, answer_in_thread=True)
    syncs_before = len([r for r in fake.snapshot() if r.method == "PUT"])
    state["bot"] = _start(settings, fake, state)
    body = state["answer"]  # an answer sent before the restart
    ids = _custom_ids(body)
    context = fake.click(HOME, ASKER + 7, _as_stored(body), next(i for i in ids if i.startswith("rb:ctx:")))
    (shown,) = _followups(fake, context)
    assert shown.body["flags"] & EPHEMERAL and "Kataib Hezbollah" in shown.body["content"]
    vote = fake.click(HOME, ASKER + 7, _as_stored(body), next(i for i in ids if i.startswith("rb:vote:down:")))
    assert _deferred_then_sent(fake, vote, private=True)["content"] == "Thanks for the feedback."
    message = fake.user_message(HOME, ASKER + 8, f"<@{BOT_ID}> {QUESTION}", mentions=[user(BOT_ID) | {"bot": True}])
    thread = fake.wait_for(lambda r: r.path == f"/channels/{HOME.channel_id}/messages/{message['id']}/threads")[0]
    assert thread.body["name"] == QUESTION
    in_thread = fake.wait_for(lambda r: r.method == "POST" and r.path == f"/channels/{fake.threads[-1]}/messages")[0]
    _assert_cited_answer(in_thread.body["content"])
    assert len([r for r in fake.snapshot() if r.method == "PUT"]) == syncs_before  # unchanged: not synced again


# -- every request, checked -----------------------------------------------------------------------

def test_every_interaction_got_exactly_one_initial_response_within_3_s(loopback):
    fake, _, _ = loopback
    assert len(fake.dispatched) >= 20
    for interaction_id, dispatched in fake.dispatched.items():
        callbacks = fake.callbacks(interaction_id)
        assert len(callbacks) == 1, (interaction_id, [c.body for c in callbacks])
        assert callbacks[0].at - dispatched <= FIRST_RESPONSE_S, (callbacks[0].body, callbacks[0].at - dispatched)


def test_every_payload_fits_discord_and_pings_nobody(loopback):
    fake, _, _ = loopback
    bodies = _message_bodies(fake.snapshot())
    assert len(bodies) >= 20
    for request, body in bodies:
        where = f"{request.method} {request.path}"
        content = body.get("content") or ""
        embeds = body.get("embeds") or []
        assert len(content) <= 2000, where
        assert len(embeds) <= 10, where
        for embed in embeds:
            fields = embed.get("fields", [])
            assert len(embed.get("title", "")) <= 256 and len(embed.get("description") or "") <= 4096, where
            assert len(fields) <= 25, where
            assert all(len(f["name"]) <= 256 and 1 <= len(f["value"]) <= 1024 for f in fields), where
            footer = (embed.get("footer") or {}).get("text", "")
            assert len(footer) <= 2048, where
            total = (len(embed.get("title", "")) + len(embed.get("description") or "") + len(footer)
                     + sum(len(f["name"]) + len(f["value"]) for f in fields))
            assert total <= 6000, where
        rows = body.get("components") or []
        assert len(rows) <= 5, where
        for row in rows:
            assert len(row["components"]) <= 5, where
            for component in row["components"]:
                assert len(component.get("custom_id", "")) <= 100 and len(component.get("label") or "") <= 80, where
        if content or embeds:
            assert body["allowed_mentions"]["parse"] == [], (where, body.get("allowed_mentions"))
    for request in fake.snapshot():
        if request.path.startswith("/interactions/") and request.body.get("type") == 8:  # autocomplete
            choices = request.body["data"]["choices"]
            assert len(choices) <= 25 and all(1 <= len(c["name"]) <= 100 and 1 <= len(str(c["value"])) <= 100
                                              for c in choices)


def test_no_traceback_and_no_token_in_the_logs(loopback):
    fake, _, state = loopback
    assert fake.errors == []
    for path in state["logs"]:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert "Traceback" not in text and "unexpected error" not in text, text[-3000:]
        assert TOKEN not in text


# -- a refused sync, outside the running bot ---------------------------------------------------------

def test_a_403_on_sync_is_one_line_and_exit_2(real_service, real_settings, tmp_path):
    forbidden = 999_000_000_000_000_001
    fake = FakeDiscord([HOME], Scenario(forbidden_guilds={forbidden})).start()
    try:
        settings = loopback_settings(tmp_path, real_settings.index.data_dir, guild_ids=[forbidden])
        bot = BotProcess(settings, fake, tmp_path / "bot.log")
        try:
            code = bot.wait(60)
        finally:
            bot.kill()
        lines = bot.log().strip().splitlines()
        assert code == 2, lines
        assert lines[-1] == (f"reportbot: error: Discord refused to register /reindex in server {forbidden} (403 Missing "
                             "Access): check that [discord] guild_ids holds the id of a server the bot is in, and "
                             "that it was invited with the applications.commands scope")
        assert "Traceback" not in bot.log()
        environment = dict(os.environ) | fake.environment() | {"DISCORD_TOKEN": TOKEN}
        done = subprocess.run([sys.executable, "-m", "bot", "--config", str(settings.path), "sync"], env=environment,
                              capture_output=True, text=True, timeout=60, cwd=PROJECT_ROOT)
        assert done.returncode == 2 and done.stderr.strip().splitlines()[-1] == lines[-1]
    finally:
        fake.stop()
