"""`reportbot bench`: the measurements behind the README's performance table.

Everything runs on a copy of the configured reports in a temporary data directory, so the live
index is never touched:

1. build the index in a child process, as /reindex does (this exports the ONNX query model);
2. cold start: `reportbot ask` in fresh processes: wall time and peak RSS (the child's own VmHWM at exit);
3. warm answers: `ReportService.ask` over the bench questions (the dev set unless --questions), at least 200 answers;
   then each query model (fp32, int8) on 1 and 2 intra-op threads side by side, each in a
   child process of its own: load time, question embedding and warm answer latency, memory,
   cosine to the fp32 vectors, and whether it gives fp32's answers;
4. the event loop under 50 concurrent questions sent through `asyncio.to_thread`, as the
   Discord cog sends them: the longest time a 1 ms ticker was held up;
5. reindex with the build's embedder already loaded (`build_index(force=True)` in this process),
   and the bot's /reindex (a child process that loads it itself);
6. with `--scale`: embedding throughput on >= 10k real texts (the build's embedder, sentence-transformers
   and the query model), and vector search at 10k and
   100k (and, with `--million`, 1M) vectors: p50, recall@10 against exact search, memory, and
   the index type `choose_spec` picks at each size.

Steps 1-4 keep this process free of torch, so its memory is that of a serving bot.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from bot.errors import UserError
from bot.log import get_logger
from bot.settings import PROJECT_ROOT, Settings, load_settings

log = get_logger(__name__)

DEV_QUESTIONS = PROJECT_ROOT / "tests" / "dev.jsonl"
MIN_WARM_ANSWERS = 200
CONCURRENT_QUESTIONS = 50
COLD_RUNS = 5
LOOP_RUNS = 5
TICK_S = 0.001
PER_CORE_SECONDS = 5.0  # long enough that a collector pass or a stray page fault is noise
# What Retriever.search asks FAISS for with the default 12 candidates (max(4 * candidates, 50)); an extractive
# answer over a report of 200 sentences or more weighs up to 48 candidates and asks for 192.
SEARCH_DEPTH = 50
SEARCH_QUERIES = 200
THROUGHPUT_TEXTS = 10_000
SCALE_SIZES = (10_000, 100_000)
MILLION = 1_000_000

# What the bench counts as a pass, on a 2-core machine.
TARGET_WARM_P50_MS = 5.0
TARGET_WARM_P99_MS = 15.0
# Warm answers with the int8 query model: what quantizing is for (fp32 measured 3.5 / 4.8 ms).
TARGET_INT8_WARM_P50_MS = 2.5
TARGET_INT8_WARM_P99_MS = 5.0
TARGET_COLD_S = 1.5
TARGET_RSS_MB = 250.0
TARGET_SEARCH_P50_MS = 5.0
TARGET_RECALL = 0.95

Stage = Callable[[str], None]


@dataclass
class Measure:
    """One line of the results table."""

    name: str
    value: float
    unit: str
    target: float | None = None  # an upper bound, or a lower bound when `at_least`
    at_least: bool = False
    note: str = ""

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        return self.value >= self.target if self.at_least else self.value <= self.target

    def row(self) -> str:
        result = f"{_fmt(self.value)} {self.unit}".strip()
        bound = "≥" if self.at_least else "≤"
        target = "" if self.target is None else f"{bound} {_fmt(self.target)} {self.unit}".strip()
        verdict = "" if self.met is None else "yes" if self.met else f"**no** ({_miss(self)})"
        return f"| {self.name} | {result} | {target} | {verdict} | {self.note} |"


@dataclass
class ScaleRow:
    """Vector search at one collection size."""

    vectors: int
    kind: str
    params: str
    build_s: float
    p50_ms: float
    p99_ms: float
    recall: float
    memory_mb: float
    uniform_recall: float | None = None

    def row(self) -> str:
        uniform = "n/a" if self.uniform_recall is None else f"{self.uniform_recall:.3f}"
        return (f"| {self.vectors:,} | {self.kind} {self.params} | {self.build_s:.1f} s | {self.p50_ms:.2f} ms | "
                f"{self.p99_ms:.2f} ms | {self.recall:.3f} | {uniform} | {self.memory_mb:.0f} MB |")


@dataclass
class QueryModelRow:
    """One query model on one thread count, measured in a child process of its own."""

    model: str
    threads: int
    default_threads: bool  # the count the serving process uses for this model
    load_s: float  # hashing the model's files and creating the onnxruntime session
    embed_p50_ms: float
    embed_p99_ms: float
    answer_p50_ms: float
    answer_p99_ms: float
    # CPU time (all threads) per embedding and per answer: the work done, which a busy machine
    # inflates far less than wall time.
    embed_cpu_ms: float
    answer_cpu_ms: float
    peak_rss_mb: float
    sentence_cosine_min: float  # each report sentence embedded alone, against the index's vector
    sentence_cosine_mean: float
    question_cosine_min: float  # each question against the fp32 model's vector of it
    question_cosine_mean: float
    same_answers: int  # questions answered as fp32 (2 threads) answers them: answered flag and citations
    questions: int
    load_average: float
    cold_start_s: float | None = None  # fresh `reportbot ask` with this model configured (median)
    cold_rss_mb: float | None = None

    def row(self) -> str:
        cold = ("same" if self.cold_start_s is None else
                f"{self.cold_start_s:.2f} s / {self.cold_rss_mb:.0f} MB")
        return (f"| {self.model} | {self.threads}{' (default)' if self.default_threads else ''} | "
                f"{self.load_s * 1000:.0f} ms | {self.embed_p50_ms:.2f} / {self.embed_p99_ms:.2f} ms | "
                f"{self.answer_p50_ms:.2f} / {self.answer_p99_ms:.2f} ms | "
                f"{self.embed_cpu_ms:.2f} / {self.answer_cpu_ms:.2f} ms | {self.peak_rss_mb:.0f} MB | {cold} | "
                f"{self.sentence_cosine_min:.4f} / {self.sentence_cosine_mean:.4f} | "
                f"{self.question_cosine_min:.4f} / {self.question_cosine_mean:.4f} | "
                f"{self.same_answers}/{self.questions} | {self.load_average:.1f} |")


@dataclass
class Results:
    machine: dict[str, Any]
    measures: list[Measure] = field(default_factory=list)
    query_models: list[QueryModelRow] = field(default_factory=list)
    scale: list[ScaleRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"machine": self.machine,
                "measures": [{**dataclasses.asdict(m), "met": m.met} for m in self.measures],
                "query_models": [dataclasses.asdict(r) for r in self.query_models],
                "scale": [dataclasses.asdict(r) for r in self.scale], "notes": self.notes}

    def markdown(self) -> str:
        m = self.machine
        sizes = {row.vectors for row in self.scale}
        command = "reportbot bench" + (" --scale" if sizes else "") + (" --million" if MILLION in sizes else "")
        lines = [f"Measured on {m['cpus']} cores ({m['cpu']}), {m['ram_gb']:.0f} GB RAM, Python {m['python']}, "
                 f"onnxruntime {m['onnxruntime']}, faiss {m['faiss']}; load average {m['load_average']:.1f} "
                 f"at the start; `{command}` took {m['bench_s']:.0f} s.", "",
                 "| measure | result | target | met | notes |", "|---|---|---|---|---|"]
        lines += [measure.row() for measure in self.measures]
        if self.query_models:
            lines += ["", "| query model | intra-op threads | model load | question embedding p50 / p99 "
                          "| warm answer p50 / p99 | CPU per embedding / answer | peak RSS | cold start / its peak RSS "
                          "| cosine to fp32, report sentences min / mean | questions min / mean "
                          "| answers as fp32 | load average |",
                      "|---|---|---|---|---|---|---|---|---|---|---|---|"]
            lines += [row.row() for row in self.query_models]
        if self.scale:
            lines += ["", "| vectors | index (chosen by size) | build | search p50 | search p99 | recall@10 "
                          "| recall@10, uniform vectors | index size |",
                      "|---|---|---|---|---|---|---|---|"]
            lines += [row.row() for row in self.scale]
        if self.notes:
            lines += [""] + [f"- {note}" for note in self.notes]
        return "\n".join(lines) + "\n"


def run(settings: Settings, *, scale: bool = False, million: bool = False,
        questions_path: Path = DEV_QUESTIONS, stage: Stage = lambda message: None) -> Results:
    """Run the benchmark; `million` implies `scale`."""
    started = time.perf_counter()
    questions = load_questions(questions_path, settings.answers.max_question_chars)
    results = Results(machine=machine())
    with tempfile.TemporaryDirectory(prefix="reportbot-bench-") as folder:
        bench_settings = copy_settings(settings, Path(folder))
        measures, cold_question = serving(bench_settings, questions, stage)
        results.measures += measures
        results.query_models += query_models(bench_settings, questions_path, cold_question, stage)
        results.measures += int8_targets(results.query_models)
        results.notes.append(QUERY_MODEL_NOTE)
        results.measures += reindexing(bench_settings, stage)
        if scale or million:
            measures, vectors, note = embedding_throughput(bench_settings, stage)
            results.measures += measures
            results.notes.append(note)
            sizes = SCALE_SIZES + ((MILLION,) if million else ())
            results.scale += search_at_scale(bench_settings, vectors, sizes, stage)
            results.measures += scale_targets(results.scale)
            results.notes.append(SCALE_NOTE)
            if not million:
                results.notes.append("1M vectors not measured: `reportbot bench --million` adds them "
                                     "(6-12 minutes more on 2 cores, mostly the HNSW build; ~4 GB of memory).")
    results.machine["bench_s"] = time.perf_counter() - started
    return results


# -- setup -----------------------------------------------------------------------------------


def load_questions(path: Path, max_chars: int) -> list[str]:
    """The "question" of each line of a JSONL file, each one the service would take (not empty, not
    over `max_chars`); a file that is not one is the user's to fix, before a minute of measuring."""
    from bot.service import check_question

    try:
        with path.open(encoding="utf-8-sig") as handle:
            lines = [(number, json.loads(line)["question"]) for number, line in enumerate(handle, start=1)
                     if line.strip()]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise UserError(f"{path}: not a JSONL file of questions with a \"question\" field ({exc})") from None
    if not lines:
        raise UserError(f"{path}: holds no questions")
    questions = []
    for number, question in lines:
        if not isinstance(question, str):
            raise UserError(f"{path}:{number}: the \"question\" is not text")
        try:
            questions.append(check_question(question, max_chars))
        except UserError as exc:
            raise UserError(f"{path}:{number}: {exc}") from None
    return questions


def first_answered(settings: Settings, questions: Sequence[str]) -> str:
    """The first question the bot answers: the cold start times a fresh process to an answer, and an
    abstention can be quicker than one (no composing, often no second model)."""
    done = subprocess.run([sys.executable, "-m", "bot", "--config", str(settings.path), "ask", "--json", "-"],
                          input="".join(q + "\n" for q in questions), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"answering the bench questions failed: {done.stderr[-800:]}")
    for question, line in zip(questions, done.stdout.splitlines()):
        if json.loads(line).get("answered"):
            return question
    raise UserError(f"the bot answers none of the {len(questions)} bench questions (it says the report does not "
                    "say): the cold start needs one it answers; pass --questions with questions about the report")


def copy_settings(settings: Settings, folder: Path, name: str = "config.toml", **index: Any) -> Settings:
    """The same reports, index and answer settings, with a data directory inside `folder`.

    Written out as a config file (`name`), because the cold-start and reindex runs are fresh
    processes; `index` overrides [index] keys. The language-model section is left out: the
    benchmark measures the offline (extractive) bot.
    """
    lines = []
    for section in ("corpus", "index", "answers"):
        lines.append(f"[{section}]")
        values = getattr(settings, section)
        for item in dataclasses.fields(values):
            value = getattr(values, item.name)
            if section == "index":
                value = folder / "data" if item.name == "data_dir" else index.get(item.name, value)
            if value is not None:
                lines.append(f"{item.name} = {_toml(value)}")
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_settings(path)


def _toml(value: Any) -> str:
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(str(value) if isinstance(value, Path) else value)  # JSON strings are TOML strings


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    import faiss
    import onnxruntime

    cpu = next((line.split(":", 1)[1].strip() for line in _read_lines("/proc/cpuinfo")
                if line.startswith("model name")), platform.processor() or "unknown CPU")
    mem_kb = next((int(line.split()[1]) for line in _read_lines("/proc/meminfo") if line.startswith("MemTotal")), 0)
    return {"cpus": len(os.sched_getaffinity(0)), "cpu": cpu, "ram_gb": mem_kb / 2**20,
            "load_average": os.getloadavg()[0],
            "python": platform.python_version(), "onnxruntime": onnxruntime.__version__,
            "faiss": faiss.__version__}


def _read_lines(path: str) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []


def _peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM), in MB."""
    line = next(line for line in _read_lines("/proc/self/status") if line.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


# -- serving: cold start, warm answers, the event loop ----------------------------------------


def serving(settings: Settings, questions: list[str], stage: Stage) -> tuple[list[Measure], str]:
    """The serving measures, and the question the cold starts answered (query_models reuses it)."""
    from bot.reindex import run_build_process

    stage("building the benchmark's index in a child process (loads the model, exports it to ONNX)")
    started = time.perf_counter()
    run_build_process(settings, on_stage=lambda message: stage("  " + message))
    first_build = Measure("first index build (child process; exports the model when no export is cached)",
                          time.perf_counter() - started, "s")

    stage("finding the first question the bot answers, for the cold start")
    cold_question = first_answered(settings, questions)
    stage(f"cold start: `reportbot ask` in {COLD_RUNS} fresh processes")
    runs = [cold_start(settings, cold_question) for _ in range(COLD_RUNS)]
    walls = sorted(wall for wall, _ in runs)
    cold = Measure("cold start to the first answer (fresh `reportbot ask`, median)", walls[len(walls) // 2],
                   "s", TARGET_COLD_S, note=f"slowest of {COLD_RUNS}: {walls[-1]:.2f} s")
    cold_rss = Measure("peak RSS of a fresh `reportbot ask`", max(rss for _, rss in runs), "MB", TARGET_RSS_MB)
    stage("the Discord bot loaded, not connected: `reportbot run --dry-run`")
    wall, rss, _ = measure_process(_reportbot(settings, "run", "--dry-run"))
    bot_rss = Measure("peak RSS of the Discord bot, every extension and the index loaded", rss, "MB",
                      TARGET_RSS_MB, note=f"`reportbot run --dry-run`, {wall:.2f} s")

    from bot.service import ReportService

    stage(f"warm answers: {MIN_WARM_ANSWERS}+ answers to the bench questions")
    service = ReportService.open(settings)
    used = service.live.retriever.embedder
    embedder = f"{type(used).__name__} {getattr(used, 'query_model', '')}".strip()
    for question in questions:  # warm-up: first calls allocate onnxruntime's buffers
        service.ask(question, backend="extractive")
    latencies = []
    rounds = -(-MIN_WARM_ANSWERS // len(questions))
    for _ in range(rounds):
        for question in questions:
            started = time.perf_counter()
            service.ask(question, backend="extractive")
            latencies.append((time.perf_counter() - started) * 1000)
    p50, p99 = np.percentile(latencies, [50, 99])
    warm = [Measure("warm answer p50", float(p50), "ms", TARGET_WARM_P50_MS,
                    note=f"{len(latencies)} answers ({len(questions)} questions x {rounds}), {embedder}"),
            Measure("warm answer p99", float(p99), "ms", TARGET_WARM_P99_MS)]

    stage(f"event loop: {CONCURRENT_QUESTIONS} concurrent questions through asyncio.to_thread, {LOOP_RUNS} times")
    runs = sorted(asyncio.run(loop_under_load(service, questions, CONCURRENT_QUESTIONS)) for _ in range(LOOP_RUNS))
    blocked_ms, wall_s = runs[len(runs) // 2]
    loop = [Measure(f"event loop: longest block while {CONCURRENT_QUESTIONS} questions run (median run)",
                    blocked_ms, "ms", note=f"worst of {LOOP_RUNS} runs {runs[-1][0]:.0f} ms; "
                                           f"the {CONCURRENT_QUESTIONS} questions took {wall_s * 1000:.0f} ms")]
    serving_rss = Measure("peak RSS of the serving process after all of the above", _peak_rss_mb(), "MB",
                          TARGET_RSS_MB, note="this process: no torch imported" if "torch" not in sys.modules
                          else "torch was imported")
    return ([cold, cold_rss, bot_rss, *warm, answers_per_core(service, questions), *loop, serving_rss, first_build],
            cold_question)


def answers_per_core(service, questions: Sequence[str]) -> Measure:
    """Answers over the CPU time they took (every thread of this process): what one core serves, so
    a machine serves about this times its cores, given one bot process (shard group) per core."""
    count, cpu, wall = 0, time.process_time(), time.perf_counter()
    while time.perf_counter() - wall < PER_CORE_SECONDS:
        service.ask(questions[count % len(questions)], backend="extractive")
        count += 1
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return Measure("answers per second per core (answers / CPU seconds)", count / cpu, "answers/s",
                   note=f"{count} answers in {wall:.1f} s, {cpu:.1f} CPU s; ×{os.cpu_count()} cores: "
                        f"{count / cpu * (os.cpu_count() or 1):.0f} answers/s per machine")


# Runs the CLI and, at exit, writes the process's own peak RSS (VmHWM) to stderr. The rusage
# wait4 returns is no good for this: Linux carries the parent's peak over into a child at
# fork/exec, so a child of this process (which holds an index by then) would report this
# process's memory whenever its own is smaller.
_PEAK_RSS = "peak-rss-kb "
_CLI_WITH_PEAK_RSS = f"""
import atexit, sys

def _peak():
    with open("/proc/self/status") as status:
        kb = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    sys.stderr.write("\\n{_PEAK_RSS}" + kb + "\\n")

atexit.register(_peak)
from bot.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _reportbot(settings: Settings, *arguments: str) -> list[str]:
    return [sys.executable, "-c", _CLI_WITH_PEAK_RSS, "--config", str(settings.path), *arguments]


def cold_start(settings: Settings, question: str) -> tuple[float, float]:
    """(wall seconds, peak RSS MB) of a fresh process answering one question."""
    wall, rss, out = measure_process(_reportbot(settings, "ask", "--json", question))
    if not json.loads(out)["answered"]:
        raise RuntimeError(f"the cold start run did not answer {question!r}")
    return wall, rss


def measure_process(command: list[str]) -> tuple[float, float, str]:
    """(wall seconds, peak RSS MB, stdout) of a command run to its end.

    The peak RSS is the one the command reports on stderr (see _CLI_WITH_PEAK_RSS), else wait4's.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode(errors="replace")
        if process.returncode != 0:
            raise RuntimeError(f"{' '.join(command[3:])} failed ({process.returncode}): {stderr[-500:]}")
        reported = [line.split()[1] for line in stderr.splitlines() if line.startswith(_PEAK_RSS)]
        rss_mb = int(reported[-1]) / 1024 if reported else usage.ru_maxrss / 1024
        out.seek(0)
        return wall, rss_mb, out.read().decode()


async def loop_under_load(service, questions: Sequence[str], count: int) -> tuple[float, float]:
    """(longest loop block in ms, wall seconds) while `count` questions run in worker threads."""
    loop = asyncio.get_running_loop()
    longest = 0.0
    done = asyncio.Event()

    async def ticker() -> None:
        nonlocal longest
        last = loop.time()
        while not done.is_set():
            await asyncio.sleep(TICK_S)
            now = loop.time()
            longest = max(longest, now - last - TICK_S)
            last = now

    ticking = asyncio.create_task(ticker())
    await asyncio.sleep(0.05)  # the ticker's own start is not load
    started = time.perf_counter()
    batch = [questions[i % len(questions)] for i in range(count)]
    await asyncio.gather(*(asyncio.to_thread(service.ask, q, backend="extractive") for q in batch))
    wall = time.perf_counter() - started
    done.set()
    await ticking
    return longest * 1000, wall


# -- query models side by side ----------------------------------------------------------------

QUERY_MODEL_NOTE = (
    "Query models: each row is a child process of its own that loads the index with that model "
    "(model load: hashing its files and creating the onnxruntime session), embeds each question "
    f"alone and answers it, {MIN_WARM_ANSWERS}+ times each after a warm-up round; peak RSS is that "
    "process's. Cold start: fresh `reportbot ask` processes with the model configured (median of "
    f"{COLD_RUNS}). Cosine to fp32: each report sentence embedded alone against its vector in the index "
    "(embedded with the others at build), each question against the fp32 ONNX model's vector of it. Answers as fp32: "
    "same answered flag and same cited sentences as the fp32 model on 2 threads. Rows run one after "
    "another; the load average says how busy the machine was.")


def query_models(settings: Settings, questions_path: Path, cold_question: str, stage: Stage) -> list[QueryModelRow]:
    """Each query model on 1 and 2 threads, each in a fresh child process; the fp32 rows first."""
    from index.onnx_embed import FP32, INT8, THREADS

    folder = settings.path.parent
    configs = {model: copy_settings(settings, folder, f"{model}.toml", query_model=model).path
               for model in (FP32, INT8)}
    rows, reference = [], None
    for model in (FP32, INT8):
        for threads in sorted({1, min(2, len(os.sched_getaffinity(0)))}, key=lambda n: n != THREADS[model]):
            stage(f"query model {model} on {threads} thread(s), in a child process")
            done = subprocess.run([sys.executable, "-m", "bot.bench", "--query-model-child", str(configs[model]),
                                   model, str(threads), str(questions_path)],
                                  capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise RuntimeError(f"measuring the {model} query model failed: {done.stderr[-800:]}")
            child = json.loads(done.stdout.strip().splitlines()[-1])
            vectors, answers = np.array(child.pop("question_vectors")), child.pop("answers")
            if model == FP32 and threads == THREADS[FP32]:
                reference = {"vectors": vectors, "answers": answers}
            cosines = np.sum(vectors * reference["vectors"], axis=1)
            row = QueryModelRow(model=model, threads=threads, default_threads=threads == THREADS[model],
                                question_cosine_min=float(cosines.min()), question_cosine_mean=float(cosines.mean()),
                                same_answers=sum(a == b for a, b in zip(answers, reference["answers"])),
                                questions=len(answers), **child)
            if row.default_threads:
                stage(f"cold start with the {model} query model: `reportbot ask` in {COLD_RUNS} fresh processes")
                runs = sorted(cold_start(load_settings(configs[model]), cold_question) for _ in range(COLD_RUNS))
                row.cold_start_s, row.cold_rss_mb = runs[len(runs) // 2][0], max(rss for _, rss in runs)
            rows.append(row)
    return rows


def int8_targets(rows: list[QueryModelRow]) -> list[Measure]:
    from index.onnx_embed import INT8

    return [measure for row in rows if row.model == INT8 and row.default_threads for measure in (
        Measure(f"warm answer p50, int8 query model ({row.threads} thread, child process)", row.answer_p50_ms, "ms",
                TARGET_INT8_WARM_P50_MS, note=f"answers as fp32: {row.same_answers}/{row.questions}"),
        Measure(f"warm answer p99, int8 query model ({row.threads} thread, child process)", row.answer_p99_ms, "ms",
                TARGET_INT8_WARM_P99_MS),
    )]


def profile_query_model(config: Path, model: str, threads: int, questions_path: Path) -> dict[str, Any]:
    """Measure one query model in this (fresh) process: see QueryModelRow."""
    from bot.service import ReportService
    from index.bundle import live_version_dir, read_manifest
    from index.embed import query_embedder

    settings = load_settings(config)
    questions = load_questions(questions_path, settings.answers.max_question_chars)
    manifest = read_manifest(live_version_dir(settings.index.data_dir))
    started = time.perf_counter()
    embedder = query_embedder(settings, manifest, threads=threads)
    load_s = time.perf_counter() - started
    if getattr(embedder, "query_model", None) != model:
        raise RuntimeError(f"the index has no usable {model} query model (see the log above)")
    service = ReportService.open(settings, embedder=embedder)
    answers = [[a.answered, [c.id for c in a.citations]]
               for a in (service.ask(q, backend="extractive") for q in questions)]  # also the warm-up
    rounds = -(-MIN_WARM_ANSWERS // len(questions))
    embed_ms, answer_ms, embed_cpu, answer_cpu = [], [], 0.0, 0.0
    for _ in range(rounds):
        cpu = time.process_time()
        for question in questions:
            started = time.perf_counter()
            embedder.encode([question])
            embed_ms.append((time.perf_counter() - started) * 1000)
        embed_cpu += time.process_time() - cpu
        cpu = time.process_time()
        for question in questions:
            started = time.perf_counter()
            service.ask(question, backend="extractive")
            answer_ms.append((time.perf_counter() - started) * 1000)
        answer_cpu += time.process_time() - cpu
    bundle = service.live.bundle
    texts = [s.text for s in bundle.sentences]
    found = np.vstack([embedder.encode([text]) for text in texts])
    cosines = np.sum(found * bundle.vectors.vectors_of(np.arange(len(texts), dtype=np.int64)), axis=1)
    embed_p50, embed_p99 = np.percentile(embed_ms, [50, 99])
    answer_p50, answer_p99 = np.percentile(answer_ms, [50, 99])
    return {"load_s": load_s, "embed_p50_ms": float(embed_p50), "embed_p99_ms": float(embed_p99),
            "answer_p50_ms": float(answer_p50), "answer_p99_ms": float(answer_p99),
            "embed_cpu_ms": embed_cpu * 1000 / len(embed_ms), "answer_cpu_ms": answer_cpu * 1000 / len(answer_ms),
            "peak_rss_mb": _peak_rss_mb(),
            "sentence_cosine_min": float(cosines.min()), "sentence_cosine_mean": float(cosines.mean()),
            "load_average": os.getloadavg()[0], "answers": answers,
            "question_vectors": np.vstack([embedder.encode([q]) for q in questions]).tolist()}


# -- reindexing ------------------------------------------------------------------------------


def reindexing(settings: Settings, stage: Stage) -> list[Measure]:
    from bot.service import ReportService
    from index.build import build_index
    from index.embed import build_embedder
    from bot.reindex import run_build_process

    stage("/reindex as the bot runs it: a build in a child process that loads the model, then a reload")
    service = ReportService.open(settings)
    started = time.perf_counter()
    run_build_process(settings, force=True)  # forced: the report did not change, a moderator's upload would
    service.reload()
    child = Measure("/reindex of the configured reports from the bot (child process loads the model)",
                    time.perf_counter() - started, "s")

    stage("reindex with the build's embedder loaded")
    embedder = build_embedder(settings)
    report = build_index(settings, embedder=embedder, force=True)
    timings = report.timings
    stages = ", ".join(f"{k.removesuffix('_s')} {v:.2f}" for k, v in timings.items()
                       if k not in ("total_s", "model_load_s"))
    loaded = Measure("reindex of the configured reports, model loaded", timings["total_s"], "s",
                     note=f"{report.manifest['counts']['sentences']} sentences, {type(embedder).__name__}; "
                          f"seconds: {stages}")
    return [loaded, child]


# -- scale: embedding throughput and vector search --------------------------------------------

SCALE_NOTE = (
    "Search figures: one query at a time, k = 50 (the depth hybrid retrieval asks for with 12 candidates; up to 192 "
    "on a report of 200 sentences or more), recall@10 "
    "against exact (flat) search on 200 queries. Vectors: random unit vectors drawn from a Gaussian with the "
    "mean and covariance of real all-MiniLM-L6-v2 embeddings (the throughput texts), then normalised: "
    "they spread like sentence embeddings do. Uniform random unit vectors (last recall column) are the worst "
    "case for any approximate index: in 384 dimensions all their pairwise similarities are ~0 ± 0.05, so "
    "the 10 nearest differ from the 100th by noise; real embeddings do not look like that. Index size: "
    "that of the index file, which FAISS loads into memory whole.")


def report_texts(settings: Settings, count: int) -> tuple[list[str], str]:
    """Real text in bulk: every distinct 6-30-word window of the configured reports, shuffled."""
    from index.build import effective_sources
    from index.ingest import read_sources

    words = [w for source in read_sources(effective_sources(settings), settings.corpus.max_source_bytes)
             for w in source.text.split()]
    windows = list(dict.fromkeys(" ".join(words[i:i + n]) for n in range(6, 31) for i in range(len(words) - n)))
    order = np.random.default_rng(0).permutation(len(windows))
    texts = [windows[i] for i in order[:count]]
    description = (f"{len(texts):,} distinct 6-30-word windows of the report(s) "
                   f"({len(words):,} words), shuffled; mean {np.mean([len(t.split()) for t in texts]):.0f} words")
    return texts, description


def embedding_throughput(settings: Settings, stage: Stage) -> tuple[list[Measure], np.ndarray, str]:
    """Texts a second through the build's embedder (the fp32 ONNX export), sentence-transformers (which
    builds when there is no export) and the query one. This process imports torch from here on."""
    from index.bundle import live_version_dir, read_manifest
    from index.embed import SentenceTransformerEmbedder, build_embedder, query_embedder

    texts, description = report_texts(settings, THROUGHPUT_TEXTS)
    embedders = {
        "index build": build_embedder(settings),
        "reference": SentenceTransformerEmbedder(settings.index.model, settings.index.model_sha256),
        "queries": query_embedder(settings, read_manifest(live_version_dir(settings.index.data_dir))),
    }
    measures, vectors = [], None
    for role, embedder in embedders.items():
        name = type(embedder).__name__
        stage(f"embedding {len(texts):,} texts with {name}")
        started = time.perf_counter()
        encoded = embedder.encode(texts, batch_size=settings.index.batch_size)
        seconds = time.perf_counter() - started
        vectors = encoded if vectors is None else vectors
        measures.append(Measure(f"embedding throughput, {role} ({name}, batches of {settings.index.batch_size})",
                                len(texts) / seconds, "texts/s", note=f"{len(texts):,} texts in {seconds:.0f} s"))
    return measures, vectors, f"Throughput texts: {description}."


def scale_targets(rows: list[ScaleRow]) -> list[Measure]:
    """The 1M targets, when 1M was measured."""
    return [measure for row in rows if row.vectors >= MILLION for measure in (
        Measure(f"search p50 at {row.vectors:,} vectors ({row.kind})", row.p50_ms, "ms", TARGET_SEARCH_P50_MS),
        Measure(f"recall@10 at {row.vectors:,} vectors ({row.kind})", row.recall, "", TARGET_RECALL, at_least=True),
    )]


def embedding_like(sample: np.ndarray, count: int, rng: np.random.Generator) -> np.ndarray:
    """`count` unit vectors from a Gaussian with the mean and covariance of `sample`."""
    mean = sample.mean(axis=0)
    root = np.linalg.cholesky(np.cov(sample, rowvar=False) + 1e-6 * np.eye(sample.shape[1])).astype(np.float32)
    out = np.empty((count, sample.shape[1]), dtype=np.float32)
    for start in range(0, count, 100_000):  # in blocks: 1M x 384 floats of noise at once is 1.5 GB
        block = mean + rng.standard_normal((min(100_000, count - start), sample.shape[1]), dtype=np.float32) @ root.T
        out[start:start + len(block)] = block / np.linalg.norm(block, axis=1, keepdims=True)
    return out


def uniform_unit(count: int, dim: int, rng: np.random.Generator) -> np.ndarray:
    out = rng.standard_normal((count, dim), dtype=np.float32)
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return out


def search_at_scale(settings: Settings, sample: np.ndarray, sizes: Sequence[int], stage: Stage) -> list[ScaleRow]:
    rng = np.random.default_rng(7)
    rows = []
    for size in sizes:
        stage(f"vector search at {size:,} vectors")
        row = measure_search(settings, embedding_like(sample, size, rng), embedding_like(sample, SEARCH_QUERIES, rng))
        if size < MILLION:  # a second 1M build would add minutes for a number no real index sees
            dim = sample.shape[1]
            row.uniform_recall = measure_search(settings, uniform_unit(size, dim, rng),
                                                uniform_unit(SEARCH_QUERIES, dim, rng)).recall
        rows.append(row)
        stage(f"  {row.kind}: p50 {row.p50_ms:.2f} ms, recall@10 {row.recall:.3f}, build {row.build_s:.0f} s")
    return rows


def measure_search(settings: Settings, vectors: np.ndarray, queries: np.ndarray) -> ScaleRow:
    """Build the index `choose_spec` picks for this many vectors; time it and check it against exact search."""
    import faiss

    from index.vectors import VectorIndex, choose_spec

    spec = choose_spec(len(vectors), settings.index.flat_max_vectors, settings.index.hnsw_m,
                       settings.index.hnsw_ef_construction, settings.index.hnsw_ef_search)
    started = time.perf_counter()
    index = VectorIndex.build(vectors, spec)
    build_s = time.perf_counter() - started
    with tempfile.TemporaryDirectory(prefix="reportbot-bench-") as folder:
        # FAISS loads the whole file into memory, so its size is the index's memory (an RSS
        # difference is not: freed memory of earlier steps gets reused).
        index.save(Path(folder) / "vectors.faiss")
        memory = (Path(folder) / "vectors.faiss").stat().st_size / 2**20
    exact = faiss.IndexFlatIP(vectors.shape[1])
    exact.add(vectors)
    _, truth = exact.search(queries, 10)
    del exact
    times, found = [], []
    for query in queries:
        started = time.perf_counter()
        _, rows = index.search(query[None, :], SEARCH_DEPTH)
        times.append((time.perf_counter() - started) * 1000)
        found.append(rows[0][:10])
    recall = float(np.mean([len(set(f) & set(t)) / 10 for f, t in zip(found, truth)]))
    p50, p99 = np.percentile(times, [50, 99])
    params = f"(M={spec.hnsw_m}, efConstruction={spec.ef_construction}, efSearch={spec.ef_search})" \
        if spec.kind == "hnsw" else "(exact)"
    return ScaleRow(len(vectors), spec.kind, params, build_s, float(p50), float(p99), recall, memory)


# -- formatting ------------------------------------------------------------------------------


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"


def _miss(measure: Measure) -> str:
    return f"{abs(measure.value - measure.target) / measure.target:.0%} {'short' if measure.at_least else 'over'}"


if __name__ == "__main__":
    # `python -m bot.bench --query-model-child CONFIG MODEL THREADS QUESTIONS`: one row of the
    # query-model table, measured in a fresh process and printed as JSON.
    if len(sys.argv) != 6 or sys.argv[1] != "--query-model-child":
        raise SystemExit("usage: python -m bot.bench --query-model-child CONFIG MODEL THREADS QUESTIONS")
    print(json.dumps(profile_query_model(Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]), Path(sys.argv[5]))))
