"""The command line as a user meets it: help, exit codes, the ask contract, index info."""

from __future__ import annotations

import os
import json
import subprocess
import sys

import pytest

from bot import cli
from tests.helpers import write_config


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True)


def test_help_is_light():
    code = ("import sys\nfrom bot.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('torch', 'sentence_transformers', 'transformers') if m in sys.modules]\n"
            "print(heavy)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "ask" in result.stdout and result.stdout.strip().endswith("[]")


def test_user_errors_are_one_line_and_exit_2(tmp_path):
    settings = write_config(tmp_path, fake_model=True)
    result = _run("--config", str(settings.path), "index", "info")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"reportbot: error: no index has been built in {tmp_path / 'data'} yet; "
        "run `reportbot index build` to build it"]
    bad = tmp_path / "bad.toml"
    bad.write_text("[index]\nkeep_versions = 'two'\n", encoding="utf-8")
    result = _run("--config", str(bad), "index", "info")
    assert result.returncode == 2 and "bad.toml:2: index.keep_versions must be a whole number" in result.stderr
    assert "Traceback" not in result.stderr
    gold = tmp_path / "gold.jsonl"
    gold.write_text("", encoding="utf-8")
    result = _run("--config", str(settings.path), "eval", "--query-models", str(gold))
    assert result.returncode == 2 and result.stderr.strip().splitlines() == [
        "reportbot: error: --query-models compares the query models on a --corpus DIR"]
    # a gold set that cannot be opened: one line (argparse printed its usage block and the error first)
    for path, why in ((tmp_path / "missing.jsonl", "No such file or directory"), (tmp_path, "Is a directory")):
        result = _run("--config", str(settings.path), "eval", str(path))
        assert result.returncode == 2 and result.stderr.strip().splitlines() == [
            f"reportbot: error: {path}: cannot read the gold set ({why})"]


def test_a_bug_is_an_apology_with_an_error_id(monkeypatch, capsys, tmp_path):
    def broken(args):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr("bot.cli.index_cmd.run_info", broken)
    settings = write_config(tmp_path, fake_model=True)
    assert cli.main(["--config", str(settings.path), "index", "info"]) == 1
    err = capsys.readouterr().err
    assert "sorry, something went wrong on our side (error id " in err
    assert "ZeroDivisionError" in err  # the traceback is logged


def test_index_info_shows_sentences_sections_and_manifest(real_settings, real_service):
    result = _run("--config", str(real_settings.path), "index", "info")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "28 sentences, 14 paragraphs, 4 sections" in out
    assert "sentence-transformers/all-MiniLM-L6-v2" in out and "53aa51172d14" in out
    assert "section: Hamas and Houthis Gain Ground in Iraq" in out
    manifest = json.loads(_run("--config", str(real_settings.path), "index", "info", "--json").stdout)
    assert manifest["counts"]["sentences"] == 28


def test_ask_json_batch_keeps_one_object_per_line_in_order(real_settings, real_service):
    lines = ["Who leads Asa'ib Ahl al-Haq?", "", "x" * 600, "What is the capital of France?"]
    result = _run("--config", str(real_settings.path), "ask", "--json", "-", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["question"] for o in objects] == [lines[0], "", lines[2], lines[3]]
    first = objects[0]
    assert first["answered"] and "Khazali" in first["answer"]
    assert set(first) >= {"question", "answered", "answer", "sentences", "citations", "latency_ms"}
    assert set(first["citations"][0]) >= {"n", "id", "text", "paragraph", "section", "document"}
    assert [o["answered"] for o in objects[1:]] == [False, False, False]
    assert "empty" in objects[1]["error"] and "limit is 500" in objects[2]["error"]


def test_a_line_that_is_not_utf8_is_refused_and_the_batch_goes_on(real_settings, real_service):
    stdin = b"Who leads Asa'ib Ahl al-Haq?\n\xff\xfe who?\nWho leads Asa'ib Ahl al-Haq?\n"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}  # a UTF-8 locale reads standard input strictly
    result = subprocess.run([sys.executable, "-m", "bot", "--config", str(real_settings.path), "ask", "--json", "-"],
                            input=stdin, capture_output=True, env=env)
    assert result.returncode == 0, result.stderr
    objects = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert [o["answered"] for o in objects] == [True, False, True]
    assert "not valid UTF-8" in objects[1]["error"]


def test_ask_for_a_person_prints_answer_then_quoted_sources(real_settings, real_service):
    result = _run("--config", str(real_settings.path), "ask", "Who guards Al-Hafi?")
    assert result.returncode == 0, result.stderr
    assert "Kataib Hezbollah" in result.stdout and "[1]" in result.stdout
    assert "Hamas and Houthis Gain Ground in Iraq" in result.stdout  # the locator of the source


def test_an_empty_single_question_is_a_user_error(real_settings, real_service):
    result = _run("--config", str(real_settings.path), "ask", "  ")
    assert result.returncode == 2 and "the question is empty" in result.stderr


@pytest.mark.parametrize("argv", [["ask", "--help"], ["index", "build", "--help"], ["eval", "--help"]])
def test_subcommand_help_describes_the_command(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(argv)
    assert exit_info.value.code == 0
    assert len(capsys.readouterr().out) > 100


def test_help_and_thanks_are_declined_not_answered_from_the_report(real_settings, real_service):
    lines = ["\ufeffWho leads Asa'ib Ahl al-Haq?", "/help", "help", "hi", "thanks", "ok"]
    result = _run("--config", str(real_settings.path), "ask", "--json", "-", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    first, *declined = [json.loads(line) for line in result.stdout.splitlines()]
    assert first["question"] == "Who leads Asa'ib Ahl al-Haq?" and first["answered"]  # a file's BOM is not asked
    for answer in declined:
        assert not answer["answered"] and not answer["citations"] and not answer["closest"], answer
        assert answer["answer"].startswith("That is not a question about the report")
        assert answer["note"].startswith("nothing asked")


def test_gold_files_saved_with_a_byte_order_mark_are_read(tmp_path):
    from bot.answers import calibrate
    from bot.answers.evaluate import load_gold

    (tmp_path / "memo.txt").write_text("The council met on Monday.\n", encoding="utf-8")
    gold = tmp_path / "memo.jsonl"
    gold.write_text('{"id": "m-1", "question": "When did the council meet?", "answerable": true}\n',
                    encoding="utf-8-sig")
    from bot.cli.ask_cmd import _read_gold

    args = cli.build_parser().parse_args(["eval", str(gold)])
    assert [q.id for q in _read_gold(args.gold, load_gold)] == ["m-1"]
    assert [q.id for q in calibrate.corpus_reports(tmp_path)[0].questions] == ["m-1"]
    assert [q.id for q in calibrate.gold_report(tmp_path / "memo.txt", [gold]).questions] == ["m-1"]


@pytest.mark.parametrize("command", [["bench"], ["calibrate", "CORPUS"], ["calibrate-actors", "CORPUS", "CORPUS"]])
def test_an_out_path_that_cannot_be_written_fails_before_the_run(command, tmp_path, capsys):
    settings = write_config(tmp_path, fake_model=True)
    out = tmp_path / "no-such-folder" / "out.json"
    argv = [str(tmp_path) if part == "CORPUS" else part for part in command]
    assert cli.main(["--config", str(settings.path), *argv, "--out", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.err.strip() == f"reportbot: error: cannot write {out}: there is no folder {out.parent}"
    assert "observed" not in captured.err and captured.out == ""  # nothing was run


def test_bench_prints_its_results_before_writing_them(tmp_path, capsys, monkeypatch):
    import shutil

    settings = write_config(tmp_path, fake_model=True)
    folder = tmp_path / "results"
    folder.mkdir()

    class Results:
        def markdown(self):
            return "| figure | value |\n"

    def run(*args, **kwargs):
        shutil.rmtree(folder)  # the folder goes away during the run
        return Results()

    monkeypatch.setattr("bot.bench.run", run)
    assert cli.main(["--config", str(settings.path), "bench", "--out", str(folder / "bench.md")]) == 2
    captured = capsys.readouterr()
    assert captured.out == "| figure | value |\n"
    assert captured.err.strip().startswith(f"reportbot: error: cannot write {folder / 'bench.md'}: ")
