"""`reportbot actor` and `reportbot actors` as users run them, on the real index."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.helpers import REPORT

ACTORS_DEV = REPORT.parents[1] / "tests" / "actors_dev.jsonl"


def _run(settings, *args, stdin=None):
    return subprocess.run([sys.executable, "-m", "bot", "--config", str(settings.path), *args],
                          input=stdin, capture_output=True, text=True)


def test_actors_lists_every_actor_under_its_kind(real_settings, real_service):
    out = _run(real_settings, "actors").stdout
    assert out.index("person:") < out.index("  Muhammad Al-Hafi (also Al-Hafi, Hafi): 3 mentions")
    assert "media:\n  The New York Times" in out or "media:\n  Iran News Update" in out
    assert "  Kataib Hezbollah" in out.split("armed group or movement:")[1].split("political party")[0]
    people = json.loads(_run(real_settings, "actors", "--json", "--kind", "person").stdout)
    assert {p["name"] for p in people} == {"Muhammad Al-Hafi", "Abu Idris al-Sharafi", "Qais al-Khazali",
                                           "Saad al-Saadi"}
    groups = json.loads(_run(real_settings, "actors", "--json", "--kind", "armed").stdout)  # a kind's first word
    assert {g["kind"] for g in groups} == {"armed group or movement"} and len(groups) == 6
    bad = _run(real_settings, "actors", "--kind", "wizard")
    assert bad.returncode == 2 and bad.stderr.strip().endswith(
        "unknown kind 'wizard'; kinds: person, armed group or movement, political party or bloc, "
        "state or government, organisation, media")


def test_actor_prints_a_profile_with_cited_mentions(real_settings, real_service):
    out = _run(real_settings, "actor", "Al-Hafi’s").stdout
    assert out.startswith("Muhammad Al-Hafi (person)")
    assert "[1] “The new Hamas office in Baghdad is led by Muhammad Al-Hafi" in out
    assert "- leads the office of Hamas [1]\n" in out and "- security provided by Kataib Hezbollah [2]\n" in out
    missing = _run(real_settings, "actor", "Nouri al-Maliki").stdout
    assert missing.startswith("No actor called “Nouri al-Maliki” in the report.")


def test_actor_reads_one_name_a_line_and_answers_each_in_order(real_settings, real_service):
    result = _run(real_settings, "actor", "--json", "-", stdin="Houthi\n\nKataib Hizbollah\nNouri al-Maliki\n")
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(a["query"], a["found"], (a["actor"] or {}).get("name")) for a in answers] == [
        ("Houthi", True, "Houthis"), ("", False, None), ("Kataib Hizbollah", True, "Kataib Hezbollah"),
        ("Nouri al-Maliki", False, None)]
    text = _run(real_settings, "actor", "-", stdin="Saadi\nSharafi\n").stdout
    assert text.startswith("Saad al-Saadi (person)") and "\n\nAbu Idris al-Sharafi (person)\n" in text


def test_actor_json_batch_meets_the_dev_lookups(real_settings, real_service):
    gold = [json.loads(line) for line in ACTORS_DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    result = _run(real_settings, "actor", "--json", "-", stdin="\n".join(g["query"] for g in gold) + "\n")
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == len(gold)
    for g, answer in zip(gold, answers):
        if g["actor"] is None:
            assert not answer["found"], g["query"]
            continue
        actor = answer["actor"]
        assert answer["found"] and actor["name"] == g["actor"], g["query"]
        blob = json.dumps(actor, ensure_ascii=False).lower()
        assert all(any(alt.lower() in blob for alt in group) for group in g["facts"]), g["query"]
        texts = [m["text"].replace("’", "'") for m in actor["mentions"]]
        assert all(any(c.replace("’", "'") in t for t in texts) for c in g["must_cite"]), g["query"]


def test_actor_lookups_do_not_load_the_model(real_settings, real_service):
    code = ("import sys\nfrom bot.cli import main\n"
            f"main(['--config', {str(real_settings.path)!r}, 'actor', 'Hamas'])\n"
            "print('torch' in sys.modules, 'sentence_transformers' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip().endswith("False False")


def test_empty_and_ambiguous_kinds_and_empty_names_are_user_errors(real_settings, real_service, capsys):
    from bot.cli import main

    config = ["--config", str(real_settings.path)]
    assert main([*config, "actors", "--kind", ""]) == 2
    assert capsys.readouterr().err.strip().startswith("reportbot: error: the kind is empty; kinds: person")
    assert main([*config, "actors", "--kind", "p"]) == 2
    assert capsys.readouterr().err.strip() == (
        "reportbot: error: ambiguous kind 'p', the start of 2 kinds: person; political party or bloc")
    assert main([*config, "actor", ""]) == 2  # as `ask ""` is
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.strip() == (
        "reportbot: error: the name is empty: give a name the report uses (`reportbot actors` lists them)")
    # a name far longer than any: matching it took seconds and gigabytes, a line of megabytes ran out of memory
    assert main([*config, "actor", "Hafi " * 100]) == 2
    assert capsys.readouterr().err.strip() == "reportbot: error: the name is 499 characters long; names are at most 300"


def test_a_byte_order_mark_is_not_part_of_the_first_name_read(real_settings, real_service, monkeypatch, capsys):
    import io

    from bot.cli import main

    monkeypatch.setattr(sys, "stdin", io.StringIO("\ufeffHamas\n\nHamas\n"))
    assert main(["--config", str(real_settings.path), "actor", "--json", "-"]) == 0
    first, blank, last = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert first == last and first["found"] and first["query"] == "Hamas"
    assert not blank["found"] and "the name is empty" in blank["error"]  # the lines stay aligned


def test_a_name_that_is_no_actor_says_what_to_do_instead():
    from bot.cli.actor_cmd import format_lookup
    from index.actors.model import ActorLookup

    assert format_lookup(ActorLookup("Port Verity", False, mentioned=True)) == (
        "No actor called “Port Verity” in the report. The report does mention it: ask about it with `reportbot ask`.")
    assert format_lookup(ActorLookup("Al-Sa", False, None, ["Al-Sabiq Front", "Salma al-Sadr"],
                                     fits=["Al-Sabiq Front", "Salma al-Sadr"])) == \
        "“Al-Sa” fits several actors: Al-Sabiq Front, Salma al-Sadr."


def test_a_name_that_is_not_utf8_is_refused_in_a_batch_and_alone(real_settings, real_service):
    import os

    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}  # a UTF-8 locale reads standard input strictly
    argv = [sys.executable, "-m", "bot", "--config", str(real_settings.path), "actor", "--json"]
    batch = subprocess.run([*argv, "-"], input=b"Hamas\nZzz\xff\nHamas\n", capture_output=True, env=env)
    assert batch.returncode == 0, batch.stderr
    first, bad, last = [json.loads(line) for line in batch.stdout.decode("utf-8").splitlines()]
    assert first["found"] and last["found"]
    assert not bad["found"] and bad["query"] == "Zzz\ufffd" and "not valid UTF-8" in bad["error"]
    alone = subprocess.run([*argv, os.fsdecode(b"Zzz\xff")], capture_output=True, env=env)
    assert alone.returncode == 2 and alone.stdout == b""
    assert alone.stderr.decode().strip() == "reportbot: error: the name is not valid UTF-8 text: type it again, or save it as UTF-8"


def test_actors_says_so_when_none_is_listed(tmp_path, monkeypatch, capsys):
    from bot.cli import actor_cmd, main
    from index.actors import REGISTRY_VERSION, ActorRegistry
    from tests.helpers import write_config

    settings = write_config(tmp_path)
    empty = ActorRegistry.from_json({"version": REGISTRY_VERSION, "actors": []}, [])
    monkeypatch.setattr(actor_cmd, "open_registry", lambda args: empty)
    argv = ["--config", str(settings.path), "actors"]
    assert main(argv) == 0 and capsys.readouterr().out == "No actors in the report.\n"
    assert main([*argv, "--kind", "person"]) == 0
    assert capsys.readouterr().out == "No actors of that kind in the report.\n"
    assert main([*argv, "--json"]) == 0 and json.loads(capsys.readouterr().out) == []
