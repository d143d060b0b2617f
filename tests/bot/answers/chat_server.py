"""An OpenAI-compatible chat-completions endpoint on 127.0.0.1 that serves scripted replies.

Replies have the shape Ollama's /v1/chat/completions sends (recorded from one). A reply's text
may cite report sentences by content, `<<led by Muhammad Al-Hafi>>`: the server turns that into
the [n] under which the request offered the sentence holding those words, as a model reading
the prompt would; `<<99>>` stays a literal number.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

_OFFERED = re.compile(r"^\[(\d+)\] (.*)$", re.MULTILINE)
_CITE = re.compile(r"<<(.+?)>>")


def completion(content: str, model: str = "llama3.2") -> dict[str, Any]:
    """A chat completion as Ollama's OpenAI-compatible endpoint returns it."""
    return {
        "id": "chatcmpl-521", "object": "chat.completion", "created": 1732444800, "model": model,
        "system_fingerprint": "fp_ollama",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 612, "completion_tokens": 41, "total_tokens": 653},
    }


@dataclass
class Step:
    """What the server does for one request."""

    status: int = 200
    content: str | None = None  # a completion with this text (citations resolved)
    body: bytes | None = None  # or these raw bytes
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    respond: Callable[[dict[str, Any]], dict[str, Any]] | None = None  # or a completion computed from the request


def reply(content: str) -> Step:
    return Step(content=content)


def status(code: int, *, retry_after: float | None = None, error: str = "the server failed") -> Step:
    headers = {"Retry-After": f"{retry_after:g}"} if retry_after is not None else {}
    return Step(status=code, body=json.dumps({"error": {"message": error}}).encode(), headers=headers)


def raw(body: bytes) -> Step:
    return Step(body=body)


def slow(seconds: float, content: str = "too late") -> Step:
    return Step(content=content, delay=seconds)


class ChatServer:
    """Serves `script` steps in order, then `default` for every further request."""

    def __init__(self) -> None:
        self.script: deque[Step] = deque()
        self.default: Step = status(500, error="no scripted reply")
        self.requests: list[dict[str, Any]] = []  # {"path", "headers", "json"}
        self.errors: list[str] = []  # scripted replies that could not be served (a broken test)
        self.max_concurrent = 0
        self._active = 0
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"null")
                with server._lock:
                    server.requests.append({"path": self.path, "headers": dict(self.headers), "json": body})
                    step = server.script.popleft() if server.script else server.default
                    server._active += 1
                    server.max_concurrent = max(server.max_concurrent, server._active)
                in_flight = True

                def finished() -> None:
                    nonlocal in_flight
                    with server._lock:
                        if in_flight:
                            in_flight = False
                            server._active -= 1

                try:
                    time.sleep(step.delay)
                    try:
                        if step.respond is not None:
                            payload = json.dumps(step.respond(body)).encode()
                        elif step.body is not None:
                            payload = step.body
                        else:
                            payload = json.dumps(completion(_resolve(step.content or "", body))).encode()
                    except LookupError as exc:
                        server.errors.append(str(exc))
                        step, payload = status(500), str(exc).encode()
                    self.send_response(step.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    for name, value in step.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    # No longer in flight once the reply goes out: the client may send its next
                    # request as soon as it has read this one, before this thread runs again.
                    finished()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (the timeout test)
                finally:
                    finished()

            def log_message(self, *args: Any) -> None:
                pass

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._http.daemon_threads = True
        self._http.block_on_close = False
        self._thread = threading.Thread(target=self._http.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._http.server_address[:2]
        return f"http://{host}:{port}/v1"

    def then(self, *steps: Step) -> "ChatServer":
        self.script.extend(steps)
        return self

    def user_messages(self) -> list[str]:
        return [m["content"] for r in self.requests for m in r["json"]["messages"] if m["role"] == "user"]

    def __enter__(self) -> "ChatServer":
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._http.shutdown()
        self._http.server_close()


def _resolve(content: str, request: dict[str, Any]) -> str:
    """`<<words>>` -> the [n] of the offered sentence holding the words, as the prompt numbered it."""
    prompt = "\n".join(m["content"] for m in request["messages"] if m["role"] == "user")
    offered = {int(n): text for n, text in _OFFERED.findall(prompt)}

    def number(match: re.Match) -> str:
        words = match.group(1)
        if words.isdigit():
            return f"[{words}]"
        hits = [n for n, text in offered.items() if words in text]
        if not hits:
            raise LookupError(f"the prompt offered no sentence holding {words!r}")
        return f"[{hits[0]}]"

    return _CITE.sub(number, content)
