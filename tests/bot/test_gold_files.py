"""Lookups and actor lists a moderator writes for `reportbot eval --corpus`: a wrong line is one error naming it."""

from __future__ import annotations

import pytest

from bot.corpus_eval import read_actor_list, read_lookups
from bot.errors import UserError


@pytest.mark.parametrize("line, problem", [
    ('{"x": 1}', '"query" is missing'),
    ('[1]', "a line must be a JSON object"),
    ('{"query": 5, "actor": null}', '"query" must be text'),
    ('{"query": "Ana Ruiz"}', '"actor" is missing'),
    ('{"query": "Ana Ruiz", "actor": "Ana Ruiz", "facts": ["mayor"]}', '"facts" must be a list of lists of text'),
])
def test_a_wrong_lookup_line_is_named(tmp_path, line, problem):
    path = tmp_path / "r.actors.jsonl"
    path.write_text('{"query": "Ruiz", "actor": "Ana Ruiz"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(UserError, match=rf"r\.actors\.jsonl:2: {problem}"):
        read_lookups(path)


@pytest.mark.parametrize("line, problem", [
    ('{"x": 1}', '"name" is missing'),
    ("null", "a line must be a JSON object"),
    ('{"name": "Ana Ruiz", "kind": "bogus"}', '"kind" must be one of person, '),
    ('{"name": "Ana Ruiz", "kind": "person", "aliases": "Ruiz"}', '"aliases" must be a list of text'),
])
def test_a_wrong_actor_list_line_is_named(tmp_path, line, problem):
    path = tmp_path / "r.actor_list.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(UserError, match=rf"r\.actor_list\.jsonl:1: {problem}"):
        read_actor_list(path)


def test_good_files_read_as_they_are(tmp_path):
    lookups, listed = tmp_path / "r.actors.jsonl", tmp_path / "r.actor_list.jsonl"
    lookups.write_text('{"query": "Ruiz", "actor": "Ana Ruiz", "facts": [["mayor"]], "must_cite": ["Ruiz"]}\n\n'
                       '{"query": "Nobody", "actor": null}\n', encoding="utf-8")
    listed.write_text('{"name": "Ana Ruiz", "kind": "person", "aliases": ["Ruiz"]}\n', encoding="utf-8")
    assert [row["query"] for row in read_lookups(lookups)] == ["Ruiz", "Nobody"]
    assert read_actor_list(listed) == [{"name": "Ana Ruiz", "kind": "person", "aliases": ["Ruiz"]}]
