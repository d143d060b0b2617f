"""`reportbot bench` shows the query models side by side and judges int8 against its targets."""

from __future__ import annotations

from bot.bench import QueryModelRow, Results, int8_targets


def row(model: str, threads: int, answer_p50: float, same: int, default: bool = True) -> QueryModelRow:
    return QueryModelRow(model=model, threads=threads, default_threads=default, load_s=0.1, embed_p50_ms=1.5,
                         embed_p99_ms=2.5, answer_p50_ms=answer_p50, answer_p99_ms=4.0, embed_cpu_ms=1.4,
                         answer_cpu_ms=2.0, peak_rss_mb=110, sentence_cosine_min=0.99, sentence_cosine_mean=0.993,
                         question_cosine_min=0.99, question_cosine_mean=0.994, same_answers=same, questions=25,
                         load_average=0.3, cold_start_s=0.4 if default else None, cold_rss_mb=120 if default else None)


def test_the_table_shows_both_models_and_the_int8_targets():
    rows = [row("fp32", 2, 3.5, 25), row("int8", 1, 3.0, 24), row("int8", 2, 2.0, 24, default=False)]
    results = Results(machine={"cpus": 2, "cpu": "AMD EPYC", "ram_gb": 24, "python": "3.11", "onnxruntime": "1",
                               "faiss": "1", "load_average": 0.3, "bench_s": 60},
                      measures=int8_targets(rows), query_models=rows)
    table = results.markdown()
    assert "| fp32 | 2 (default) |" in table and "| int8 | 1 (default) |" in table and "| int8 | 2 |" in table
    assert "| 24/25 |" in table and "0.40 s / 120 MB" in table
    # Judged on the thread count the bot uses, not on the fastest row.
    (p50,) = [m for m in results.measures if "p50" in m.name]
    assert p50.value == 3.0 and p50.met is False and "answers as fp32: 24/25" in p50.note


def _questions(tmp_path, *questions: str):
    import json

    path = tmp_path / "questions.jsonl"
    path.write_text("".join(json.dumps({"question": q}) + "\n" for q in questions), encoding="utf-8")
    return path


def test_a_question_the_bot_would_refuse_stops_the_bench_at_once_naming_its_line(fake_settings, tmp_path, capsys):
    from bot import cli

    path = _questions(tmp_path, "Who leads the new Hamas office?", "   ")
    assert cli.main(["--config", str(fake_settings.path), "bench", "--questions", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"reportbot: error: {path}:2: the question is empty: ask something about the report"]
    too_long = _questions(tmp_path, "x" * (fake_settings.answers.max_question_chars + 1))
    assert cli.main(["--config", str(fake_settings.path), "bench", "--questions", str(too_long)]) == 2
    assert ":1: the question is 501 characters long" in capsys.readouterr().err


def test_the_cold_start_uses_the_first_question_the_bot_answers(real_settings):
    import pytest

    from bot.bench import first_answered
    from bot.errors import UserError

    abstains = "What did the United Nations say about the offices?"
    answers = "Who leads the new Hamas office in Baghdad?"
    assert first_answered(real_settings, [abstains, answers]) == answers  # was a traceback after the build
    with pytest.raises(UserError, match="the bot answers none of the 1 bench questions"):
        first_answered(real_settings, [abstains])
