"""Fixtures for the generative backend: a local OpenAI-compatible endpoint with scripted replies."""

from __future__ import annotations

import dataclasses

import pytest

from bot.answers.composer import ExtractiveComposer, make_composer
from bot.settings import LLMSettings
from tests.bot.answers.chat_server import ChatServer


@pytest.fixture
def chat_server():
    """A chat-completions server on 127.0.0.1 (a free port), stopped after the test."""
    with ChatServer() as server:
        yield server
    assert not server.errors, server.errors  # a scripted citation the prompt did not offer


@pytest.fixture
def ask(real_service, chat_server):
    """ask(question, **llm settings) -> Answer from the generative composer over the real index,
    talking to `chat_server`, with the extractive composer as its fallback."""
    retriever = real_service.live.retriever

    def run(question: str, **llm):
        settings = dataclasses.replace(real_service.settings, llm=LLMSettings(
            backend="openai", base_url=chat_server.url, **{"timeout_seconds": 5.0, **llm}))
        composer = make_composer("openai", settings, ExtractiveComposer(lambda: retriever, settings.answers))
        try:
            return composer.compose(question)
        finally:
            composer.close()

    return run
