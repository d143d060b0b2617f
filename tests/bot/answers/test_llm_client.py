"""The chat client against a real HTTP server on 127.0.0.1 serving recorded replies."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from bot.answers.llm_client import ChatClient, LLMUnavailable
from bot.settings import LLMSettings
from tests.bot.answers.chat_server import raw, reply, slow, status

MESSAGES = [{"role": "system", "content": "rules"}, {"role": "user", "content": "question"}]


def client_for(url: str, **overrides) -> ChatClient:
    return ChatClient(LLMSettings(backend="openai", base_url=url, **{"timeout_seconds": 5.0, **overrides}))


def test_a_normal_reply_is_returned_and_the_request_is_a_plain_chat_completion(chat_server, monkeypatch):
    monkeypatch.setenv("REPORTBOT_LLM_API_KEY", "sk-test-123")
    chat_server.then(reply("Hamas opened an office in Baghdad [1]."))
    client = client_for(chat_server.url, model="qwen2.5:0.5b", max_tokens=123, temperature=0.0)
    assert client.complete(MESSAGES) == "Hamas opened an office in Baghdad [1]."
    (request,) = chat_server.requests
    assert request["path"] == "/v1/chat/completions"
    assert request["json"] == {"model": "qwen2.5:0.5b", "messages": MESSAGES, "temperature": 0.0,
                               "max_tokens": 123, "stream": False}
    assert request["headers"]["Authorization"] == "Bearer sk-test-123"


def test_without_a_key_no_authorization_is_sent(chat_server, monkeypatch):
    monkeypatch.delenv("REPORTBOT_LLM_API_KEY", raising=False)
    chat_server.then(reply("ok [1]."))
    client_for(chat_server.url).complete(MESSAGES)
    assert "Authorization" not in chat_server.requests[0]["headers"]


def test_rate_limited_then_success_is_retried(chat_server):
    chat_server.then(status(429, retry_after=0.1, error="slow down"), reply("second time lucky [1]."))
    assert client_for(chat_server.url, retries=2).complete(MESSAGES) == "second time lucky [1]."
    assert len(chat_server.requests) == 2


def test_server_errors_are_retried_then_reported(chat_server, monkeypatch):
    monkeypatch.setattr("bot.answers.llm_client.BACKOFF_SECONDS", 0.01)  # the retries, not the waits (1.5 s)
    chat_server.default = status(500)
    with pytest.raises(LLMUnavailable, match=r"server error \(HTTP 500\) after 3 tries"):
        client_for(chat_server.url, retries=2).complete(MESSAGES)
    assert len(chat_server.requests) == 3


def test_a_retry_that_would_pass_the_timeout_is_not_made(chat_server):
    chat_server.then(status(503, retry_after=5))
    with pytest.raises(LLMUnavailable, match=r"HTTP 503\); a retry would pass the 1 s timeout"):
        client_for(chat_server.url, timeout_seconds=1.0).complete(MESSAGES)
    assert len(chat_server.requests) == 1


def test_a_slow_server_times_out(chat_server):
    chat_server.then(slow(3.0))
    with pytest.raises(LLMUnavailable, match=r"no reply within 0.5 s"):
        client_for(chat_server.url, timeout_seconds=0.5).complete(MESSAGES)


@pytest.mark.parametrize("body, why", [
    (b"<html>502 Bad Gateway</html>", "malformed reply: not JSON"),
    (b'{"choices": []}', r"malformed reply: no choices\[0\].message.content"),
    (b'{"choices": [{"message": {"role": "assistant", "content": null}}]}', "malformed reply: empty message content"),
])
def test_a_malformed_reply_is_reported(chat_server, body, why):
    chat_server.then(raw(body))
    with pytest.raises(LLMUnavailable, match=why):
        client_for(chat_server.url).complete(MESSAGES)


def test_a_client_error_quotes_the_servers_message(chat_server):
    chat_server.then(status(404, error='model "llama9" not found, try pulling it first'))
    with pytest.raises(LLMUnavailable, match=r'HTTP 404 .*model "llama9" not found'):
        client_for(chat_server.url).complete(MESSAGES)
    assert len(chat_server.requests) == 1  # a wrong model name is not retried


def test_an_endpoint_that_is_down_fails_at_once():
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(LLMUnavailable, match="cannot reach http://127.0.0.1:.*/v1/chat/completions"):
        client_for(f"http://127.0.0.1:{port}/v1").complete(MESSAGES)


def test_requests_in_flight_are_bounded(chat_server):
    chat_server.default = slow(0.3, "done [1].")
    client = client_for(chat_server.url, max_in_flight=1)
    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(client.complete(MESSAGES))) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["done [1]."] * 3
    assert chat_server.max_concurrent == 1


def test_a_url_httpx_cannot_parse_is_reported_not_raised():
    # Settings refuse such a URL at load; the client still never lets httpx.InvalidURL (not an
    # httpx.HTTPError) escape, or the generative composer could not fall back.
    settings = LLMSettings(backend="openai")
    object.__setattr__(settings, "base_url", "http://[::1/v1")
    with pytest.raises(LLMUnavailable, match=r"cannot reach http://\[::1/v1/chat/completions: InvalidURL"):
        ChatClient(settings).complete(MESSAGES)


def test_after_a_server_hangs_the_model_is_skipped_at_once_for_the_cool_off():
    with socket.socket() as hung:  # accepts connections (the kernel's backlog) and never replies
        hung.bind(("127.0.0.1", 0))
        hung.listen(8)
        client = client_for(f"http://127.0.0.1:{hung.getsockname()[1]}/v1", timeout_seconds=0.5)
        started = time.monotonic()
        with pytest.raises(LLMUnavailable, match=r"^no reply within 0.5 s$"):
            client.complete(MESSAGES)
        assert time.monotonic() - started >= 0.5
        started = time.monotonic()
        with pytest.raises(LLMUnavailable, match=r"^not asked for 30 s after it failed \(no reply within 0.5 s\); "
                                                 r"next try in 30 s$"):
            client.complete(MESSAGES)
        assert time.monotonic() - started < 0.1  # not another 0.5 s wait


def test_after_the_cool_off_the_model_is_asked_again(chat_server, monkeypatch):
    monkeypatch.setattr("bot.answers.llm_client.COOL_OFF_SECONDS", 0.3)
    chat_server.then(slow(2.0), reply("back [1]."))
    client = client_for(chat_server.url, timeout_seconds=0.3)
    with pytest.raises(LLMUnavailable, match="no reply within"):
        client.complete(MESSAGES)
    with pytest.raises(LLMUnavailable, match="not asked"):
        client.complete(MESSAGES)
    assert len(chat_server.requests) == 1
    time.sleep(0.35)
    assert client.complete(MESSAGES) == "back [1]."


def test_one_malformed_reply_does_not_stop_the_next_question_asking(chat_server):
    chat_server.then(raw(b"<html>oops</html>"), reply("fine [1]."))
    client = client_for(chat_server.url)
    with pytest.raises(LLMUnavailable, match="not JSON"):
        client.complete(MESSAGES)
    assert client.complete(MESSAGES) == "fine [1]."
