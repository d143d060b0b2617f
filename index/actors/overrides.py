"""The curated overrides file: moderators' corrections, applied by the next index build.

    [[actor]]                       # adjust one actor, found by name or alias
    name = "Hamas"
    kind = "armed group or movement"
    add_aliases = ["Harakat al-Muqawama al-Islamiya"]
    remove_aliases = []

    [[merge]]                       # fold actors into one
    into = "Iran"
    names = ["Iranian regime"]

    [[exclude]]                     # drop what the extractor took for an actor
    name = "Arab and Islamic Relations Office"

An entry that names no actor, an unknown kind or key, or a malformed file is an error that
names the file and line.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from bot.errors import UserError
from index.actors.model import KINDS, Actor
from index.text import match_key

_ACTOR_KEYS = {"name", "kind", "add_aliases", "remove_aliases"}


class OverridesError(UserError):
    """The overrides file has an entry that cannot be applied."""


def apply_overrides(actors: list[Actor], path: Path | None) -> list[Actor]:
    """The actors with the overrides file applied (unchanged if there is no file)."""
    if path is None or not path.is_file():
        return actors
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise OverridesError(f"{path}: not valid TOML: {exc}") from None
    lines = _table_lines(text)
    unknown = set(data) - {"actor", "merge", "exclude"}
    if unknown:
        raise OverridesError(f"{path}: unknown table [{sorted(unknown)[0]}] (use [[actor]], [[merge]], [[exclude]])")
    actors = list(actors)
    for n, entry in enumerate(data.get("exclude", [])):
        where = f"{path}:{lines['exclude'][n]}"
        target = _find(actors, _text(entry, "name", where), where)
        actors.remove(target)
    for n, entry in enumerate(data.get("merge", [])):
        where = f"{path}:{lines['merge'][n]}"
        into = _find(actors, _text(entry, "into", where), where)
        for name in _texts(entry, "names", where):
            other = _find(actors, name, where)
            if other is into:
                continue
            into.aliases = sorted(set(into.aliases) | {other.name} | set(other.aliases))
            into.mentions = sorted(set(into.mentions) | set(other.mentions), key=_ordinal)
            into.relations += [r for r in other.relations if r.actor != into.name]
            actors.remove(other)
    for n, entry in enumerate(data.get("actor", [])):
        where = f"{path}:{lines['actor'][n]}"
        extra = set(entry) - _ACTOR_KEYS
        if extra:
            raise OverridesError(f"{where}: unknown key {sorted(extra)[0]!r} (known: {', '.join(sorted(_ACTOR_KEYS))})")
        actor = _find(actors, _text(entry, "name", where), where)
        if "kind" in entry:
            if entry["kind"] not in KINDS:
                raise OverridesError(f"{where}: unknown kind {entry['kind']!r} (kinds: {', '.join(KINDS)})")
            actor.kind = entry["kind"]
        removed = {match_key(a) for a in _texts(entry, "remove_aliases", where)}
        aliases = [a for a in actor.aliases if match_key(a) not in removed]
        actor.aliases = sorted(set(aliases) | set(_texts(entry, "add_aliases", where)))
    return actors


def _find(actors: list[Actor], name: str, where: str) -> Actor:
    key = match_key(name)
    for actor in actors:
        if key == match_key(actor.name) or key in {match_key(a) for a in actor.aliases}:
            return actor
    raise OverridesError(f"{where}: no actor named {name!r} in the report")


def _text(entry: dict[str, Any], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise OverridesError(f"{where}: {key} must be a name in quotes")
    return value


def _texts(entry: dict[str, Any], key: str, where: str) -> list[str]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise OverridesError(f"{where}: {key} must be a list of names in quotes")
    return value


def _table_lines(text: str) -> dict[str, list[int]]:
    """Line numbers of each [[actor]], [[merge]] and [[exclude]] header, in order."""
    lines: dict[str, list[int]] = {"actor": [], "merge": [], "exclude": []}
    for number, line in enumerate(text.splitlines(), start=1):
        if match := re.match(r"^\s*\[\[\s*(actor|merge|exclude)\s*\]\]", line):
            lines[match.group(1)].append(number)
    return lines


def _ordinal(sentence_id: str) -> tuple[str, int]:
    document, _, ordinal = sentence_id.rpartition(":")
    return document, int(ordinal) if ordinal.isdigit() else 0
