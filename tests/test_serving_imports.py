"""A fresh bot process answers from an index with the ONNX model and never imports torch.

torch and sentence-transformers cost 6-8 s and ~400 MB to import; only index builds (run in a
child process by /reindex) may load them.
"""

from __future__ import annotations

import json
import subprocess
import sys

from bot.settings import PROJECT_ROOT
from tests.helpers import ask_in_a_fresh_process

HEAVY = ("torch", "transformers", "sentence_transformers", "spacy", "thinc", "pdfminer", "trafilatura", "docx")
# Lighter, but loaded by no answer either: together ~0.45 s and ~25 MB of a cold `reportbot ask` (docs/performance.md).
# The actor extractor's patterns serve only an index build, the HTTP client only the "openai" backend, the event loop
# (and ssl with it) only the Discord bot.
NOT_FOR_ANSWERS = ("index.actors.extract", "index.actors.mentions", "index.actors.relations", "httpx", "asyncio", "ssl")

SERVE = """
import json, sys
from bot.service import ReportService
from bot.settings import load_settings

service = ReportService.open(load_settings(sys.argv[1]))
answer = service.ask("Who leads the new Hamas office in Baghdad?")
actor = service.actor("Al-Hafi")
print(json.dumps({
    "answer": answer.to_json(),
    "actor_found": actor.found,
    "embedder": type(service.live.retriever.embedder).__name__,
    "heavy": sorted(m for m in %r if m in sys.modules),
}))
""" % (HEAVY,)


def test_a_fresh_bot_process_answers_without_importing_torch(real_service, real_settings):
    assert real_service.live.bundle.manifest["query_model"]  # the session's build exported the model
    done = subprocess.run([sys.executable, "-c", SERVE, str(real_settings.path)], capture_output=True,
                          text=True, cwd=PROJECT_ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["heavy"] == []
    assert result["embedder"] == "OnnxEmbedder"
    assert result["answer"]["answered"] and "Al-Hafi" in result["answer"]["answer"]
    assert result["actor_found"]
    assert "sentence-transformers" not in done.stderr  # no fallback warning


def test_the_cli_answers_without_importing_torch(real_service, real_settings):
    answer, heavy = ask_in_a_fresh_process(
        real_settings.path, "Which militia provides security for the Hamas representative in Iraq?", HEAVY)
    assert heavy == []
    assert "Kataib Hezbollah" in answer["answer"]


def test_the_cli_answers_without_the_extractor_the_http_client_or_an_event_loop(real_service, real_settings):
    answer, loaded = ask_in_a_fresh_process(real_settings.path, "Who leads the new Hamas office in Baghdad?",
                                            NOT_FOR_ANSWERS)
    assert "Al-Hafi" in answer["answer"]
    assert loaded == []
