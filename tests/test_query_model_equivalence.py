"""The int8 query model gives the answers the fp32 one gives: the same answered flag and the same
cited sentences, for every question of the shipped report's dev set and of the shared corpus.

Both models answer through `ReportService` (the path every question takes, whatever composes the
answer); only the query embedder handed to it differs. Each corpus report gets an index of its
own, as `corpus_eval.py` builds them, and the build's own check of the int8 model must pass on it.

Where int8's decision is a near-tie the composer decides again with fp32
(bot.answers.extractive.NEAR_TIE), so no answer may differ.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.settings import PROJECT_ROOT, load_settings
from index.embed import query_embedder
from index.onnx_embed import OnnxEmbedder
from tests.helpers import CORPUS, OVERRIDES, REPORT

pytestmark = pytest.mark.slow

SHARED_DEV = CORPUS.parent / "dev.jsonl"  # the shared material sits beside the project checkout
SHIPPED_QUESTIONS = (PROJECT_ROOT / "tests" / "dev.jsonl", PROJECT_ROOT / "tests" / "heldout.jsonl")


def corpus_reports() -> list[Path]:
    return sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


def questions(*paths: Path) -> dict[str, str]:
    """Question text -> id, each question once."""
    found: dict[str, str] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                found.setdefault(record["question"], record["id"])
    return found


def write_config(folder: Path, sources: list[Path], data_dir: Path, query_model: str,
                 overrides: Path | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["[corpus]", "sources = [" + ", ".join(json.dumps(str(p)) for p in sources) + "]"]
    if overrides is not None:
        lines.append(f"overrides = {json.dumps(str(overrides))}")
    lines += ["[index]", f"data_dir = {json.dumps(str(data_dir))}", f'query_model = "{query_model}"']
    path = folder / f"{query_model}.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def answers_by_model(configs: dict[str, Path], asked: dict[str, str]) -> dict[str, list[tuple[bool, list[str]]]]:
    """Per query model: for each question, (answered, ids of the cited sentences)."""
    from bot.service import ReportService
    from index.bundle import live_version_dir, read_manifest

    found = {}
    for model, config in configs.items():
        settings = load_settings(config)
        manifest = read_manifest(live_version_dir(settings.index.data_dir))
        embedder = query_embedder(settings, manifest)
        # Comparing a model with itself would prove nothing: each must really be the one configured.
        assert isinstance(embedder, OnnxEmbedder) and embedder.query_model == model
        service = ReportService.open(settings, embedder=embedder)
        found[model] = [(a.answered, [c.id for c in a.citations])
                        for a in (service.ask(q, backend="extractive") for q in asked)]
    return found


def assert_same_answers(found: dict[str, list[tuple[bool, list[str]]]], asked: dict[str, str]) -> None:
    changed = [f"{qid} {question!r}: fp32 {fp32}, int8 {int8}"
               for (question, qid), fp32, int8 in zip(asked.items(), found["fp32"], found["int8"]) if fp32 != int8]
    assert not changed, f"int8 changed {len(changed)} of {len(asked)} answers:\n" + "\n".join(changed)
    assert any(answered for answered, _ in found["fp32"])  # answers were compared, not just abstentions


def test_int8_answers_the_shipped_reports_questions_as_fp32_does(real_service, real_settings, tmp_path):
    asked = questions(*SHIPPED_QUESTIONS, *([SHARED_DEV] if SHARED_DEV.is_file() else []))
    configs = {model: write_config(tmp_path, [REPORT], real_settings.index.data_dir, model, OVERRIDES)
               for model in ("fp32", "int8")}
    assert_same_answers(answers_by_model(configs, asked), asked)


@pytest.fixture(scope="module")
def corpus_configs(corpus_indexes):
    """Per corpus report: (its questions' file, configs per query model, its build's manifest), over
    the run's index of the report (built as `eval --corpus` builds it)."""
    from index.bundle import live_version_dir, read_manifest

    built = {}
    for slug, folder in corpus_indexes.items():
        report = CORPUS / f"{slug}.txt"
        data_dir = folder / "data"
        configs = {model: write_config(folder, [report], data_dir, model) for model in ("fp32", "int8")}
        built[slug] = (report.with_suffix(".jsonl"), configs, read_manifest(live_version_dir(data_dir)))
    return built


@pytest.mark.parametrize("slug", [p.stem for p in corpus_reports()] or ["(no corpus)"])
def test_int8_answers_each_corpus_report_as_fp32_does(corpus_configs, slug):
    questions_file, configs, manifest = corpus_configs[slug]
    check = manifest["query_model"]["checked"]["int8"]
    # The build's floors hold on a report nobody fitted them on (else queries would go to fp32).
    assert check["passed"], check
    asked = questions(questions_file)
    assert_same_answers(answers_by_model(configs, asked), asked)
