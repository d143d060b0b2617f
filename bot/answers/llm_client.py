"""A small client for OpenAI-compatible chat completions (Ollama, llama.cpp, vLLM, hosted APIs).

httpx rather than the `openai` package: httpx is already a dependency, and the one endpoint we
call is a single POST. Owning the loop lets one deadline cover everything a user waits for
(a free slot, every attempt, every backoff), which the SDK's per-request timeouts and built-in
retries cannot promise.
"""

from __future__ import annotations

import json
import os
import threading
import time
from typing import Any

import httpx

from bot.log import get_logger
from bot.settings import LLMSettings

log = get_logger(__name__)

BACKOFF_SECONDS = 0.5  # first wait after a 429 or 5xx; doubled each retry, capped by the deadline
RETRY_AFTER_MAX = 10.0  # a server's Retry-After is honoured up to this (and never past the deadline)
# After the endpoint hangs, is unreachable or keeps failing, questions skip it for this long and are
# answered extractively at once: a hung server would otherwise cost every question the full
# timeout (20 s by default), one after the other. 30 s lets a burst of questions during an outage
# pay that wait once, and brings a restarted server (Ollama reloads a model in seconds) back into
# use within half a minute; the first question after the cool-off tries the model again.
COOL_OFF_SECONDS = 30.0


class LLMUnavailable(Exception):
    """The endpoint gave no usable reply; the message says why, for the answer's note and the log."""


class _EndpointDown(LLMUnavailable):
    """A failure that says the endpoint is down, hung or overloaded (not one bad reply): cool off."""


class ChatClient:
    """Chat completions with a total deadline, bounded requests in flight and retries on 429/5xx.

    Thread-safe: the Discord bot asks from worker threads, and at most `max_in_flight` of them
    talk to the model at once; the rest wait for a slot within their own deadline.
    """

    def __init__(self, settings: LLMSettings) -> None:
        self.settings = settings
        headers = {"Content-Type": "application/json"}
        key = os.environ.get(settings.api_key_env, "").strip()
        if key:  # local servers need none; the key is never logged
            headers["Authorization"] = f"Bearer {key}"
        self._url = settings.base_url.rstrip("/") + "/chat/completions"
        self._http = httpx.Client(
            headers=headers, timeout=settings.timeout_seconds,
            limits=httpx.Limits(max_connections=settings.max_in_flight,
                                max_keepalive_connections=settings.max_in_flight))
        self._slots = threading.BoundedSemaphore(settings.max_in_flight)
        self._lock = threading.Lock()
        self._down_until = 0.0  # time.monotonic() before which the endpoint is not asked
        self._down_why = ""

    def _cooling_off(self) -> None:
        """Raise LLMUnavailable without asking if the endpoint failed less than COOL_OFF_SECONDS ago."""
        with self._lock:
            left = self._down_until - time.monotonic()
            why = self._down_why
        if left > 0:
            raise LLMUnavailable(f"not asked for {COOL_OFF_SECONDS:g} s after it failed ({why}); "
                                 f"next try in {max(1, round(left))} s")

    def close(self) -> None:
        self._http.close()

    def complete(self, messages: list[dict[str, str]]) -> str:
        """The model's reply text. Raises LLMUnavailable within `timeout_seconds`, whatever happens."""
        self._cooling_off()
        timeout = self.settings.timeout_seconds
        deadline = time.monotonic() + timeout
        if not self._slots.acquire(timeout=timeout):
            raise LLMUnavailable(f"{self.settings.max_in_flight} requests already in flight for {timeout:g} s")
        try:
            self._cooling_off()  # a question that waited for a slot while the one before it failed
            return self._complete(messages, deadline)
        except _EndpointDown as exc:
            with self._lock:
                self._down_until = time.monotonic() + COOL_OFF_SECONDS
                self._down_why = str(exc)
            log.warning("language model endpoint failed (%s); not asked for %g s", exc, COOL_OFF_SECONDS)
            raise
        finally:
            self._slots.release()

    def _complete(self, messages: list[dict[str, str]], deadline: float) -> str:
        s = self.settings
        payload = {"model": s.model, "messages": messages, "temperature": s.temperature,
                   "max_tokens": s.max_tokens, "stream": False}
        tries = s.retries + 1
        for attempt in range(1, tries + 1):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _EndpointDown(f"no reply within {s.timeout_seconds:g} s")
            try:
                # httpx times each phase (connect, each read), so a server that stops answering is
                # cut off at the deadline; the request is one small JSON body, read at once.
                response = self._http.post(self._url, json=payload, timeout=remaining)
            except httpx.TimeoutException:
                raise _EndpointDown(f"no reply within {s.timeout_seconds:g} s") from None
            except (httpx.HTTPError, httpx.InvalidURL) as exc:  # refused, reset, DNS, a URL httpx cannot use
                raise _EndpointDown(f"cannot reach {self._url}: {exc.__class__.__name__}: {exc}") from None
            status = response.status_code
            if status == 429 or status >= 500:
                problem = "rate-limited (HTTP 429)" if status == 429 else f"server error (HTTP {status})"
                wait = _retry_after(response) or BACKOFF_SECONDS * 2 ** (attempt - 1)
                if attempt == tries:
                    raise _EndpointDown(f"{problem} after {tries} {'try' if tries == 1 else 'tries'}")
                if time.monotonic() + wait >= deadline:
                    raise _EndpointDown(f"{problem}; a retry would pass the {s.timeout_seconds:g} s timeout")
                log.info("%s from %s; retry %d of %d in %.1f s", problem, self._url, attempt, s.retries, wait)
                time.sleep(wait)
                continue
            if status >= 400:
                raise LLMUnavailable(f"HTTP {status} from {self._url}: {_error_text(response)}")
            return _reply_text(response)
        raise AssertionError("unreachable: the loop returns or raises")


def _retry_after(response: httpx.Response) -> float | None:
    try:
        return min(max(float(response.headers["Retry-After"]), 0.0), RETRY_AFTER_MAX)
    except (KeyError, ValueError):
        return None  # absent, or an HTTP date: the usual backoff will do


def _error_text(response: httpx.Response) -> str:
    """The server's own error message if it sent one (a wrong model name, a bad key), shortened."""
    try:
        error = response.json().get("error")
        text = error.get("message") if isinstance(error, dict) else error
    except (ValueError, AttributeError):
        text = None
    return " ".join(str(text or response.text or response.reason_phrase).split())[:200]


def _reply_text(response: httpx.Response) -> str:
    """choices[0].message.content of a chat completion; anything else is a malformed reply."""
    try:
        data: Any = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        log.info("reply that is not JSON: %r", response.text[:200])
        raise LLMUnavailable("malformed reply: not JSON") from None
    try:
        content = data["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError):
        raise LLMUnavailable("malformed reply: no choices[0].message.content") from None
    if not isinstance(content, str) or not content.strip():
        raise LLMUnavailable("malformed reply: empty message content")
    return content
