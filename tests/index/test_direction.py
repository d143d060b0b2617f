"""The index is a library below the bot: it imports nothing of the bot, of Discord or of HTTP
clients, and its modules do not import each other in a cycle."""

from __future__ import annotations

import ast
from pathlib import Path

INDEX = Path(__file__).resolve().parents[2] / "index"
FORBIDDEN = ("bot", "discord", "httpx", "aiohttp")


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
            # "from index import bundle" imports the module index.bundle (a name that is no module is no node)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _module(path: Path) -> str:
    parts = path.relative_to(INDEX.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_no_module_under_index_imports_the_bot_discord_or_http():
    offending = {_module(p): sorted(m for m in _imports(p) if m.split(".")[0] in FORBIDDEN)
                 for p in INDEX.rglob("*.py")}
    assert {m: found for m, found in offending.items() if found} == {}


def test_index_modules_import_each_other_without_cycles():
    # A package that hands work to its own submodules (index.readers -> index.readers.pdf) is not a
    # cycle of the design, however the submodules import the package's records back.
    graph = {_module(p): {m for m in _imports(p) if m.startswith("index.") and not m.startswith(_module(p) + ".")}
             for p in INDEX.rglob("*.py")}

    def reaches(start: str, target: str, seen: set[str]) -> bool:
        for nxt in graph.get(start, ()):
            if nxt == target or (nxt not in seen and (seen.add(nxt) or reaches(nxt, target, seen))):
                return True
        return False

    cycles = sorted(m for m in graph if reaches(m, m, set()))
    assert cycles == []
