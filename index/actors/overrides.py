"""The curated overrides file: moderators' corrections, applied by the next index build.

    [[actor]]                       # adjust one actor, found by its name or any alias
    name = "Falak"
    kind = "armed group or movement"
    add_aliases = ["Harakat al-Falak al-Watani"]
    remove_aliases = ["Falak’s"]

    [[merge]]                       # fold actors into one (the others' names become aliases)
    into = "Jordan"
    names = ["Jordanian government"]

    [[exclude]]                     # drop what the extractor took for an actor
    name = "Syrian government"

    [[add]]                         # an actor the extractor missed
    name = "Popular Mobilization Forces"
    kind = "armed group or movement"
    aliases = ["PMF"]

They are applied before mentions are read, so an added alias finds its sentences and a removed
one stops matching. Anything that cannot be applied (an unknown name, kind or key, a value of the
wrong type, malformed TOML) is an OverridesError naming the file and the line.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from index.errors import UserError
from index.actors.match import NameIndex
from index.actors.model import KINDS, Actor
from index.text import match_key

_KEYS = {"add": {"name", "kind", "aliases"}, "exclude": {"name"}, "merge": {"into", "names"},
         "actor": {"name", "kind", "add_aliases", "remove_aliases"}}


class OverridesError(UserError):
    """The overrides file has an entry that cannot be applied."""


def apply_overrides(actors: list[Actor], path: Path | None) -> list[Actor]:
    """The actors with the overrides file applied (unchanged if there is none)."""
    if path is None or not path.is_file():
        return actors
    text, data = _read(path)
    entries = _Entries(path, text)
    for table in data:
        if table not in _KEYS:
            raise OverridesError(f"{entries.where(table, 0)}: unknown table [[{table}]] "
                                 f"(use [[actor]], [[merge]], [[exclude]] or [[add]])")
    actors = list(actors)
    for entry in entries.each(data, "add"):
        name = entry.text("name")
        if _find(actors, name):
            raise OverridesError(f"{entry.where('name')}: {name!r} is already an actor; adjust it with [[actor]]")
        actors.append(Actor(name=name, kind=entry.kind(), aliases=sorted(set(entry.texts("aliases")))))
    for entry in entries.each(data, "exclude"):
        actors.remove(entry.actor(actors, "name"))
    for entry in entries.each(data, "merge"):
        into = entry.actor(actors, "into")
        for name in entry.texts("names", required=True):
            other = entry.actor(actors, "names", name)
            if other is into:
                continue
            into.aliases = sorted(set(into.aliases) | {other.name, *other.aliases})
            if into.description is None:
                into.description, into.description_id = other.description, other.description_id
            actors.remove(other)
    for entry in entries.each(data, "actor"):
        actor = entry.actor(actors, "name")
        if "kind" in entry.values:
            actor.kind = entry.kind()
        for alias in entry.texts("remove_aliases"):
            kept = [a for a in actor.aliases if match_key(a) != match_key(alias)]
            if len(kept) == len(actor.aliases):
                raise OverridesError(f"{entry.where('remove_aliases')}: {alias!r} is not an alias of {actor.name!r} "
                                     f"(its aliases: {', '.join(actor.aliases) or 'none'})")
            actor.aliases = kept
        actor.aliases = sorted(set(actor.aliases) | set(entry.texts("add_aliases")))
    return actors


def named_actors(path: Path | None) -> frozenset[str]:
    """The match keys of the names the file's [[actor]], [[merge]] and [[exclude]] entries give: candidates a
    moderator says are actors, which the build keeps even where the keep model would drop them (else a model
    refitted on more reports could turn a working file into "no actor named …"). Empty for no file or one that
    does not parse: apply_overrides says what is wrong with it."""
    if path is None or not path.is_file():
        return frozenset()
    try:
        _, data = _read(path)
    except (OverridesError, UnicodeDecodeError):
        return frozenset()
    names: list[str] = []
    for table, keys in (("actor", ("name",)), ("merge", ("into", "names")), ("exclude", ("name",))):
        entries = data.get(table)
        for entry in entries if isinstance(entries, list) else []:
            for key in keys:
                value = entry.get(key) if isinstance(entry, dict) else None
                names.extend(value if isinstance(value, list) else [value])
    return frozenset(match_key(name) for name in names if isinstance(name, str) and name.strip())


def _read(path: Path) -> tuple[str, dict[str, Any]]:
    """The file's text and its TOML; a file that does not parse is an OverridesError naming its line."""
    text = path.read_text(encoding="utf-8")
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        raise OverridesError(f"{path}:{line.group(1) if line else 1}: not valid TOML: {exc}") from None


def _find(actors: list[Actor], name: str) -> Actor | None:
    return NameIndex(actors).exact(name)  # as lookups read names, without spelling tolerance


class _Entries:
    """The file's entries, each knowing the lines it came from."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()
        self.headers: dict[str, list[int]] = {}  # table -> line numbers of its [[table]] headers
        for number, line in enumerate(self.lines, start=1):
            if m := re.match(r"^\s*\[\[\s*([\w-]+)\s*\]\]", line):
                self.headers.setdefault(m.group(1), []).append(number)

    def where(self, table: str, n: int, key: str | None = None) -> str:
        """"file:line" of an entry's key (or its header)."""
        headers = self.headers.get(table, [])
        if n >= len(headers):  # written some other way (inline tables): the first line naming the table
            line = next((i for i, text in enumerate(self.lines, 1) if re.match(rf"^\s*\[*\s*{table}\b", text)), 1)
            return f"{self.path}:{line}"
        start = headers[n]
        if key:
            for number in range(start + 1, len(self.lines) + 1):
                text = self.lines[number - 1]
                if re.match(r"^\s*\[", text):
                    break
                if re.match(rf"^\s*{re.escape(key)}\s*=", text):
                    return f"{self.path}:{number}"
        return f"{self.path}:{start}"

    def each(self, data: dict[str, Any], table: str):
        items = data.get(table, [])
        if not isinstance(items, list):
            raise OverridesError(f"{self.where(table, 0)}: write each {table} as a [[{table}]] table")
        for n, values in enumerate(items):
            entry = _Entry(self, table, n, values)
            unknown = set(values) - _KEYS[table]
            if unknown:
                key = sorted(unknown)[0]
                raise OverridesError(f"{entry.where(key)}: unknown key {key!r} in [[{table}]] "
                                     f"(known: {', '.join(sorted(_KEYS[table]))})")
            yield entry


class _Entry:
    def __init__(self, entries: _Entries, table: str, n: int, values: dict[str, Any]) -> None:
        self.entries, self.table, self.n, self.values = entries, table, n, values

    def where(self, key: str | None = None) -> str:
        return self.entries.where(self.table, self.n, key)

    def text(self, key: str) -> str:
        value = self.values.get(key)
        if not isinstance(value, str) or not value.strip():
            raise OverridesError(f"{self.where(key)}: [[{self.table}]] needs {key} = \"a name in quotes\"")
        return value.strip()

    def texts(self, key: str, *, required: bool = False) -> list[str]:
        value = self.values.get(key, None if required else [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value) \
                or required and not value:
            raise OverridesError(f"{self.where(key)}: {key} must be a list of names in quotes, "
                                 f"like {key} = [\"Name\"]")
        return [v.strip() for v in value]

    def kind(self) -> str:
        value = self.values.get("kind")
        if value is None:
            raise OverridesError(f"{self.where()}: [[{self.table}]] needs kind = \"…\" (kinds: {', '.join(KINDS)})")
        if value not in KINDS:
            raise OverridesError(f"{self.where('kind')}: unknown kind {value!r} (kinds: {', '.join(KINDS)})")
        return value

    def actor(self, actors: list[Actor], key: str, name: str | None = None) -> Actor:
        name = name if name is not None else self.text(key)
        found = _find(actors, name)
        if found is None:
            # Most often a file written for another report (the shipped one's, after `sources` changed).
            raise OverridesError(f"{self.where(key)}: no actor named {name!r} in the report (names and aliases "
                                 f"count; a file written for another report: remove `overrides` from the config)")
        return found
