"""A small fake of Discord on 127.0.0.1: the gateway websocket and the REST routes the bot uses.

The real `reportbot run` connects to it through discord.py's own gateway and HTTP code (the bot
reads $REPORTBOT_DISCORD_API_BASE and $REPORTBOT_DISCORD_GATEWAY). The fake runs its aiohttp
server on an event loop in a background thread, so tests stay synchronous: they dispatch events
(`dispatch`, `interaction`, `message`) and read back every request the bot made (`requests`).

Payload shapes follow Discord's API v10 documentation, with only the fields discord.py reads.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from aiohttp import WSMsgType, web

APP_ID = 900_000_000_000_000_001
BOT_ID = APP_ID  # a bot user shares its application's id
HEARTBEAT_MS = 41_250
TIMESTAMP = "2026-01-01T00:00:00.000000+00:00"

# Permission bits (Discord's documented values).
MANAGE_GUILD = 1 << 5
EVERYONE_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 16)  # view channel, send messages, read history


@dataclass
class Request:
    at: float  # time.monotonic() when it arrived
    method: str
    path: str  # below /api/v10
    query: dict[str, str]
    body: Any  # parsed JSON, or None


@dataclass
class Guild:
    id: int
    name: str
    channel_id: int
    admin_role_id: int
    bot_role_id: int
    ask_channel_id: int | None = None
    owner_id: int = 1

    def payload(self) -> dict[str, Any]:
        roles = [
            _role(self.id, "@everyone", EVERYONE_PERMISSIONS, 0),
            _role(self.admin_role_id, "Admins", MANAGE_GUILD | EVERYONE_PERMISSIONS, 1),
            _role(self.bot_role_id, "ReportBot", EVERYONE_PERMISSIONS, 2, tags={"bot_id": str(BOT_ID)}),
        ]
        channels = [{"id": str(channel_id), "type": 0, "guild_id": str(self.id), "name": name,
                     "position": position, "permission_overwrites": [], "nsfw": False, "parent_id": None,
                     "rate_limit_per_user": 0, "topic": None, "last_message_id": None}
                    for position, (channel_id, name) in enumerate([(self.channel_id, "general"),
                                                                   (self.ask_channel_id, "ask")])
                    if channel_id is not None]
        me = {"user": bot_user(), "roles": [str(self.bot_role_id)], "joined_at": TIMESTAMP, "deaf": False,
              "mute": False, "flags": 0}
        return {"id": str(self.id), "name": self.name, "owner_id": str(self.owner_id), "roles": roles,
                "channels": channels, "threads": [], "members": [me], "member_count": 3, "large": False,
                "unavailable": False, "joined_at": TIMESTAMP, "emojis": [], "stickers": [], "features": [],
                "voice_states": [], "presences": [], "stage_instances": [], "guild_scheduled_events": [],
                "soundboard_sounds": [], "icon": None, "afk_timeout": 300, "verification_level": 0,
                "default_message_notifications": 0, "explicit_content_filter": 0, "mfa_level": 0,
                "nsfw_level": 0, "premium_tier": 0, "preferred_locale": "en-US", "system_channel_flags": 0}


def _role(role_id: int, name: str, permissions: int, position: int, tags: dict | None = None) -> dict[str, Any]:
    role = {"id": str(role_id), "name": name, "color": 0, "hoist": False, "position": position,
            "permissions": str(permissions), "managed": tags is not None, "mentionable": True, "flags": 0}
    if tags is not None:
        role["tags"] = tags
    return role


def bot_user() -> dict[str, Any]:
    return {"id": str(BOT_ID), "username": "ReportBot", "discriminator": "0", "global_name": None,
            "avatar": None, "bot": True, "flags": 0}


def user(user_id: int, name: str | None = None) -> dict[str, Any]:
    return {"id": str(user_id), "username": name or f"member{user_id}", "discriminator": "0",
            "global_name": None, "avatar": None, "flags": 0}


@dataclass
class Scenario:
    """What the fake refuses: guild ids whose command sync gets 403 Missing Access."""

    forbidden_guilds: set[int] = field(default_factory=set)


class FakeDiscord:
    def __init__(self, guilds: list[Guild], scenario: Scenario | None = None) -> None:
        self.guilds = guilds
        self.scenario = scenario or Scenario()
        self.requests: list[Request] = []
        self.gateway_frames: list[dict[str, Any]] = []  # what the bot sent on the gateway
        self.close_codes: list[int | None] = []
        self.errors: list[str] = []  # requests the fake could not serve
        self.threads: list[int] = []  # threads the bot opened
        self.commands: dict[str, list[dict[str, Any]]] = {}  # "global" or a guild id -> registered
        self.attachments: dict[str, bytes] = {}
        self.dispatched: dict[int, float] = {}  # interaction id -> when dispatched
        self.responses: dict[int, dict[str, Any]] = {}  # interaction id -> the message its response made
        self._clicked: dict[int, str] = {}  # component interaction id -> the id of the message clicked
        self._ids = itertools.count(1_000_000_000_000_000_000)
        self._lock = threading.Lock()
        self._ws: web.WebSocketResponse | None = None
        self._seq = 0
        self._identified = threading.Event()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> "FakeDiscord":
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._serve(), self._loop).result(10)
        return self

    def stop(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def environment(self) -> dict[str, str]:
        return {"REPORTBOT_DISCORD_API_BASE": f"{self.base}/api/v10",
                "REPORTBOT_DISCORD_GATEWAY": f"ws://127.0.0.1:{self.port}/gateway"}

    async def _serve(self) -> None:
        app = web.Application(client_max_size=50_000_000)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/attachments/{name}", self._attachment)
        app.router.add_route("*", "/api/v10/{path:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))  # any free port
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()

    def new_id(self) -> int:
        return next(self._ids)

    # -- gateway -----------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws, self._seq = ws, 0
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": HEARTBEAT_MS}, "s": None, "t": None})
        async for frame in ws:
            if frame.type != WSMsgType.TEXT:
                continue
            data = json.loads(frame.data)
            with self._lock:
                self.gateway_frames.append(data)
            if data["op"] == 1:  # heartbeat
                await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
            elif data["op"] == 2:  # identify
                await self._send("READY", {
                    "v": 10, "user": bot_user(), "session_id": "fake-session",
                    "resume_gateway_url": f"ws://127.0.0.1:{self.port}/gateway",
                    "guilds": [{"id": str(g.id), "unavailable": True} for g in self.guilds],
                    "application": {"id": str(APP_ID), "flags": 0}, "private_channels": [],
                    "relationships": [], "presences": [],
                    # Discord names the shard in READY when the bot identified for one.
                    **({"shard": data["d"]["shard"]} if "shard" in data["d"] else {})})
                for guild in self.guilds:
                    await self._send("GUILD_CREATE", guild.payload())
                self._identified.set()
        with self._lock:
            self.close_codes.append(ws.close_code)
        if self._ws is ws:
            self._ws = None
            self._identified.clear()
        return ws

    async def _send(self, event: str, data: dict[str, Any]) -> None:
        assert self._ws is not None, "the bot is not connected"
        self._seq += 1
        await self._ws.send_json({"op": 0, "t": event, "s": self._seq, "d": data})

    def wait_connected(self, timeout: float = 60) -> None:
        if not self._identified.wait(timeout):
            raise TimeoutError("the bot did not connect to the gateway")

    def dispatch(self, event: str, data: dict[str, Any]) -> None:
        asyncio.run_coroutine_threadsafe(self._send(event, data), self._loop).result(10)

    # -- events a test sends ---------------------------------------------------------------------

    def member(self, guild: Guild, user_id: int, *, admin: bool = False, extra_roles: tuple[int, ...] = ()) -> dict:
        roles = [str(r) for r in ((guild.admin_role_id,) if admin else ()) + extra_roles]
        permissions = EVERYONE_PERMISSIONS | (MANAGE_GUILD if admin else 0)
        return {"user": user(user_id), "roles": roles, "joined_at": TIMESTAMP, "deaf": False, "mute": False,
                "flags": 0, "permissions": str(permissions)}

    def interaction(self, guild: Guild, user_id: int, itype: int, data: dict[str, Any], *, admin: bool = False,
                    message: dict[str, Any] | None = None) -> int:
        """Dispatch an INTERACTION_CREATE; returns the interaction id."""
        interaction_id = self.new_id()
        payload = {
            "id": str(interaction_id), "application_id": str(APP_ID), "type": itype, "data": data,
            "guild_id": str(guild.id), "channel_id": str(guild.channel_id),
            "channel": {"id": str(guild.channel_id), "type": 0, "guild_id": str(guild.id), "name": "general"},
            "member": self.member(guild, user_id, admin=admin), "token": f"token-{interaction_id}", "version": 1,
            "app_permissions": str(EVERYONE_PERMISSIONS), "locale": "en-US", "guild_locale": "en-US",
            "entitlements": [], "authorizing_integration_owners": {"0": str(guild.id)}, "context": 0,
            "attachment_size_limit": 10_000_000,
        }
        if message is not None:
            payload["message"] = message
            self._clicked[interaction_id] = message["id"]
        with self._lock:
            self.dispatched[interaction_id] = time.monotonic()
        self.dispatch("INTERACTION_CREATE", payload)
        return interaction_id

    def command(self, guild: Guild, user_id: int, name: str, options: list[dict[str, Any]] | None = None, *,
                admin: bool = False, resolved: dict[str, Any] | None = None) -> int:
        scope = self.commands.get(str(guild.id), []) + self.commands.get("global", [])
        registered = next((c for c in scope if c["name"] == name), None)
        data = {"id": registered["id"] if registered else str(self.new_id()), "name": name, "type": 1,
                "options": options or []}
        if registered and registered.get("guild_id"):
            data["guild_id"] = registered["guild_id"]
        if resolved:
            data["resolved"] = resolved
        return self.interaction(guild, user_id, 2, data, admin=admin)

    def autocomplete(self, guild: Guild, user_id: int, name: str, option: str, value: str) -> int:
        data = {"id": str(self.new_id()), "name": name, "type": 1,
                "options": [{"name": option, "type": 3, "value": value, "focused": True}]}
        return self.interaction(guild, user_id, 4, data)

    def click(self, guild: Guild, user_id: int, message: dict[str, Any], custom_id: str) -> int:
        return self.interaction(guild, user_id, 3, {"custom_id": custom_id, "component_type": 2}, message=message)

    def attachment(self, name: str, data: bytes) -> dict[str, Any]:
        attachment_id = self.new_id()
        self.attachments[f"{attachment_id}-{name}"] = data
        url = f"{self.base}/attachments/{attachment_id}-{name}"
        return {"id": str(attachment_id), "filename": name, "size": len(data), "url": url, "proxy_url": url,
                "content_type": "text/plain; charset=utf-8"}

    def user_message(self, guild: Guild, user_id: int, content: str, *, mentions: list[dict] = (),
                     role_mentions: list[int] = (), channel_id: int | None = None) -> dict[str, Any]:
        """Dispatch a MESSAGE_CREATE from a member; returns the message."""
        message = {"id": str(self.new_id()), "channel_id": str(channel_id or guild.channel_id),
                   "guild_id": str(guild.id), "author": user(user_id), "content": content,
                   "member": {k: v for k, v in self.member(guild, user_id).items() if k != "user"},
                   "timestamp": TIMESTAMP, "edited_timestamp": None, "tts": False, "mention_everyone": False,
                   "mentions": list(mentions), "mention_roles": [str(r) for r in role_mentions],
                   "attachments": [], "embeds": [], "pinned": False, "type": 0, "flags": 0, "components": []}
        self.dispatch("MESSAGE_CREATE", message)
        return message

    # -- REST ---------------------------------------------------------------------------------

    async def _attachment(self, request: web.Request) -> web.Response:
        data = self.attachments.get(request.match_info["name"])
        return web.Response(body=data) if data is not None else web.Response(status=404)

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["path"]
        body = None
        if request.can_read_body:
            raw = await request.read()
            if request.content_type == "application/json" and raw:
                body = json.loads(raw)
            elif request.content_type.startswith("multipart/"):
                body = {"multipart": True}
        record = Request(time.monotonic(), request.method, path, dict(request.query), body)
        with self._lock:
            self.requests.append(record)
        handler = self._route(request.method, path.strip("/").split("/"))
        if handler is None:
            with self._lock:
                self.errors.append(f"no route for {request.method} {path}")
            status, payload = 404, {"message": "404: Not Found", "code": 0}
        else:
            try:
                status, payload = handler(record)
            except Exception as exc:  # a bug in the fake: the test says so rather than the bot retrying
                with self._lock:
                    self.errors.append(f"{request.method} {path}: {exc!r}")
                status, payload = 400, {"message": f"fake Discord failed: {exc!r}", "code": 0}
        if status == 204:
            return web.Response(status=204)
        # discord.py parses a body as JSON only when the content type is exactly this.
        return web.Response(body=json.dumps(payload).encode(), status=status,
                            headers={"Content-Type": "application/json"})

    def _route(self, method: str, parts: list[str]) -> Callable[[Request], tuple[int, Any]] | None:
        match method, parts:
            case "GET", ["users", "@me"]:
                return lambda r: (200, bot_user())
            case "GET", ["oauth2", "applications", "@me"] | ["applications", "@me"]:
                return lambda r: (200, {"id": str(APP_ID), "name": "ReportBot", "icon": None, "description": "",
                                        "bot_public": True, "bot_require_code_grant": False, "owner": user(1),
                                        "verify_key": "0" * 64, "flags": 0, "summary": ""})
            case "GET", ["gateway", "bot"]:
                return lambda r: (200, {"url": f"ws://127.0.0.1:{self.port}/gateway", "shards": 1,
                                        "session_start_limit": {"total": 1000, "remaining": 1000,
                                                                "reset_after": 0, "max_concurrency": 1}})
            case "PUT", ["applications", _, "commands"]:
                return lambda r: self._put_commands("global", r.body)
            case "PUT", ["applications", _, "guilds", guild_id, "commands"]:
                return lambda r: self._put_commands(guild_id, r.body)
            case "GET", ["applications", _, "commands"]:
                return lambda r: (200, self.commands.get("global", []))
            case "GET", ["applications", _, "guilds", guild_id, "commands"]:
                return lambda r: (200, self.commands.get(guild_id, []))
            case "POST", ["interactions", interaction_id, _, "callback"]:
                return lambda r: self._callback(int(interaction_id), r.body)
            case "POST", ["webhooks", _, _]:
                return lambda r: (200, self.bot_message(r.body, interaction=True))
            case "PATCH", ["webhooks", _, _, "messages", _]:
                return lambda r: (200, self.bot_message(r.body, interaction=True))
            case "DELETE", ["webhooks", _, _, "messages", _] | ["channels", _, "messages", _]:
                return lambda r: (204, None)
            case "GET", ["webhooks", _, _, "messages", _]:
                return lambda r: (200, self.bot_message({"content": ""}, interaction=True))
            case "POST", ["channels", _, "typing"]:
                return lambda r: (204, None)
            case "POST", ["channels", channel_id, "messages"]:
                return lambda r: (200, self.bot_message(r.body, channel_id=int(channel_id)))
            case "POST", ["channels", channel_id, "messages", _, "threads"]:
                return lambda r: (201, self._new_thread(int(channel_id), r.body))
        return None

    def _put_commands(self, scope: str, body: list[dict[str, Any]]) -> tuple[int, Any]:
        if scope != "global" and int(scope) in self.scenario.forbidden_guilds:
            return 403, {"message": "Missing Access", "code": 50001}
        registered = []
        for command in body:
            stored = dict(command, id=str(self.new_id()), application_id=str(APP_ID), version="1")
            if scope != "global":
                stored["guild_id"] = scope
            registered.append(stored)
        self.commands[scope] = registered
        return 200, registered

    def _callback(self, interaction_id: int, body: dict[str, Any]) -> tuple[int, Any]:
        rtype = body["type"]
        message_id = None
        resource: dict[str, Any] = {"type": rtype}
        if rtype in (4, 5, 7):  # a message, a deferred one, or an edit of the component's message
            message = self.bot_message(body.get("data") or {}, interaction=True)
            if rtype == 7:  # the clicked message, edited in place
                message["id"] = self._clicked[interaction_id]
            message_id = message["id"]
            resource["message"] = message
            with self._lock:
                self.responses[interaction_id] = message
        flags = (body.get("data") or {}).get("flags", 0) or 0
        return 200, {"interaction": {"id": str(interaction_id), "type": 2, "response_message_id": message_id,
                                     "response_message_loading": rtype == 5,
                                     "response_message_ephemeral": bool(flags & 64)},
                     "resource": resource}

    def bot_message(self, body: dict[str, Any], *, channel_id: int | None = None,
                    interaction: bool = False) -> dict[str, Any]:
        """A message as Discord returns it for what the bot sent."""
        channel = channel_id or self.guilds[0].channel_id
        return {"id": str(self.new_id()), "channel_id": str(channel), "author": bot_user(),
                "content": body.get("content") or "", "timestamp": TIMESTAMP, "edited_timestamp": None,
                "tts": False, "mention_everyone": False, "mentions": [], "mention_roles": [], "attachments": [],
                "embeds": body.get("embeds") or [], "pinned": False, "type": 20 if interaction else 0,
                "flags": body.get("flags", 0) or 0, "components": _with_ids(body.get("components") or [])}

    def _new_thread(self, channel_id: int, body: dict[str, Any]) -> dict[str, Any]:
        guild = next(g for g in self.guilds if channel_id in (g.channel_id, g.ask_channel_id))
        thread_id = self.new_id()
        self.threads.append(thread_id)
        return {"id": str(thread_id), "type": 11, "guild_id": str(guild.id), "parent_id": str(channel_id),
                "name": body.get("name", ""), "owner_id": str(BOT_ID), "member_count": 1, "message_count": 0,
                "rate_limit_per_user": 0, "flags": 0, "last_message_id": None,
                "thread_metadata": {"archived": False, "auto_archive_duration": 1440,
                                    "archive_timestamp": TIMESTAMP, "locked": False}}

    # -- reading what the bot did --------------------------------------------------------------

    def snapshot(self) -> list[Request]:
        with self._lock:
            return list(self.requests)

    def wait_for(self, predicate: Callable[[Request], bool], *, count: int = 1, timeout: float = 30,
                 since: int = 0) -> list[Request]:
        """The requests (from index `since`) matching `predicate`, once there are `count` of them."""
        deadline = time.monotonic() + timeout
        while True:
            found = [r for r in self.snapshot()[since:] if predicate(r)]
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout} s for {count} request(s); got {len(found)}")
            time.sleep(0.02)

    def callbacks(self, interaction_id: int) -> list[Request]:
        return [r for r in self.snapshot() if r.method == "POST" and r.path.startswith(f"/interactions/{interaction_id}/")]

    def followups(self, interaction_id: int) -> list[Request]:
        return [r for r in self.snapshot() if r.path.startswith(f"/webhooks/{APP_ID}/token-{interaction_id}")]


def _with_ids(components: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Discord numbers components when it stores a message."""
    counter = itertools.count(1)

    def number(component: dict[str, Any]) -> dict[str, Any]:
        out = dict(component, id=next(counter))
        if "components" in out:
            out["components"] = [number(c) for c in out["components"]]
        return out

    return [number(c) for c in components]
