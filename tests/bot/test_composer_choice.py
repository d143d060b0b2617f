"""The service holds one composer, chosen from [llm] backend; --backend makes another on demand."""

from __future__ import annotations

import pytest

from bot.answers.composer import Composer, ExtractiveComposer
from bot.answers.generative import GenerativeComposer
from bot.errors import IndexMissingError
from bot.service import ReportService
from bot.settings import load_settings


def _service(tmp_path, backend: str) -> ReportService:
    path = tmp_path / "config.toml"
    path.write_text(f'[llm]\nbackend = "{backend}"\nbase_url = "http://127.0.0.1:9/v1"\n', encoding="utf-8")
    return ReportService(load_settings(path))


@pytest.mark.parametrize("backend, kind", [("extractive", ExtractiveComposer), ("openai", GenerativeComposer)])
def test_the_configured_backend_is_the_services_one_composer(tmp_path, backend, kind):
    service = _service(tmp_path, backend)
    assert isinstance(service.composer, kind) and isinstance(service.composer, Composer)
    assert service.composer.backend == backend
    assert service.composer_for(backend) is service.composer


def test_another_backend_is_made_once_on_demand_and_shares_the_extractive_fallback(tmp_path):
    service = _service(tmp_path, "extractive")
    generative = service.composer_for("openai")
    assert isinstance(generative, GenerativeComposer) and service.composer_for("openai") is generative
    assert generative.fallback is service.composer  # one extractive answer at a time, whichever asks
    with pytest.raises(ValueError, match="unknown answer backend 'gpt'"):
        service.composer_for("gpt")
    generative.close()


@pytest.mark.parametrize("backend", ["extractive", "openai"])
def test_without_an_index_either_composer_says_how_to_build_one(tmp_path, backend):
    service = _service(tmp_path, "extractive")
    with pytest.raises(IndexMissingError, match="reportbot index build"):
        service.ask("Who leads the office?", backend=backend)
