"""`reportbot eval --corpus DIR`: score the bot on every report of a folder, one temporary index each.

A corpus folder holds `<slug>.txt` (a report), `<slug>.jsonl` (gold questions, the format of
`tests/dev.jsonl`) and optionally `<slug>.actors.jsonl` (actor lookups) and
`<slug>.actor_list.jsonl` (the actors the report names). The figures are those of the shared
scorer (`score.py answers`, `actors`, `actor-list`), computed in-process on the same contracts
(`ask --json`, `actor --json`, `actors --json`), per report and averaged over reports (macro).
Moderators can run it on their own reports and gold questions.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from bot.answers.evaluate import evaluate, load_gold, norm
from bot.errors import UserError
from index.actors.model import KINDS

if TYPE_CHECKING:
    from bot.settings import Settings

ANSWER_KEYS = ("accuracy", "citation_precision", "citation_valid", "abstain_accuracy", "false_abstain",
               "cites_per_answer")
ACTOR_KEYS = ("actor_accuracy", "list_precision", "list_recall", "kind_accuracy")
# --query-models: answers the int8 query model alone gives otherwise than fp32, the closest call
# among those, the share of questions decided twice (extractive.NEAR_TIE), and the answers that
# still differ from fp32's after that. Summed over reports, but for the share (a mean) and the
# closest call (the largest).
QUERY_MODEL_KEYS = ("int8_alone_changed", "int8_changed_call", "decided_twice", "int8_changed")


def set_name(folder: Path) -> str:
    """A corpus folder's name as a set: reports written together (one author, one brief) are left out of
    a fit together. The shared corpus's folder, `reports`, is the development set."""
    return folder.name if folder.name != "reports" else "dev"


def corpus_slugs(folder: Path) -> list[str]:
    if not folder.is_dir():
        raise UserError(f"{folder}: not a folder")
    slugs = sorted(p.stem for p in folder.glob("*.txt") if p.with_suffix(".jsonl").exists())
    if not slugs:
        raise UserError(f"{folder}: no <slug>.txt with <slug>.jsonl questions beside it")
    return slugs


def evaluate_corpus(folder: Path, *, backend: str | None = None, query_models: bool = False,
                    settings: "Settings | None" = None,
                    on_report: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Per-report figures and their macro averages; with `query_models`, also how the int8 query
    model's answers compare with fp32's (query_model_agreement). Each report is indexed and answered
    with `settings` (the user's config.toml: its answer, index and language-model settings), but
    its own sources, no overrides and a temporary data folder; the defaults when None."""
    reports: dict[str, dict[str, Any]] = {}
    embedder = None
    with tempfile.TemporaryDirectory(prefix="reportbot-eval-") as scratch:
        for slug in corpus_slugs(folder):
            service, embedder = index_report(folder / f"{slug}.txt", Path(scratch) / slug, embedder, settings)
            with (folder / f"{slug}.jsonl").open(encoding="utf-8-sig") as handle:
                gold = load_gold(handle)
            figures = evaluate(service, gold, backend=backend)
            if query_models:
                figures |= query_model_agreement(service, [q.question for q in gold])
            lookups = folder / f"{slug}.actors.jsonl"
            if lookups.exists():
                figures |= score_lookups(service, read_lookups(lookups))
            listed = folder / f"{slug}.actor_list.jsonl"
            if listed.exists():
                figures |= score_actor_list(service, read_actor_list(listed))
            reports[slug] = figures
            discard_index(Path(scratch) / slug, embedder)
            if on_report:
                on_report(slug)
    macro = {}
    for key in ANSWER_KEYS + ACTOR_KEYS:
        values = [r[key] for r in reports.values() if r.get(key) is not None]
        if values:
            macro[key] = round(sum(values) / len(values), 3)
    for key, total in zip(QUERY_MODEL_KEYS, (sum, max, None, sum)):
        values = [r[key] for r in reports.values() if r.get(key) is not None]
        if values:
            macro[key] = round(total(values) if total else sum(values) / len(values), 3)
    return {"reports": reports, "macro": macro}


def query_model_agreement(service, questions: list[str]) -> dict[str, Any]:
    """How the int8 query model decides these questions against the fp32 one (the report's own
    model): the answers (answered flag, cited sentences) int8 alone changes and the closest call
    among them, the share of questions the composer decides twice (its closest call is under
    NEAR_TIE), and the answers that differ after that. The figures NEAR_TIE is set from; empty
    when the index does not answer with int8."""
    from bot.answers.extractive import NEAR_TIE, compose, decide, exact_query_model

    retriever, settings = service.live.retriever, service.settings.answers
    exact = exact_query_model(retriever)
    if exact is None:
        return {}

    def said(answer) -> tuple[bool, list[str]]:
        return answer.answered, [c.id for c in answer.citations]

    alone_changed, calls, twice, changed = 0, [], 0, 0
    for question in questions:
        alone, closest_call = decide(question, retriever, settings)
        fp32 = said(decide(question, retriever, settings, embedder=exact)[0])
        if said(alone) != fp32:
            alone_changed += 1
            calls.append(closest_call)
        twice += closest_call < NEAR_TIE
        changed += said(compose(question, retriever, settings)) != fp32
    return {"int8_alone_changed": alone_changed, "int8_changed_call": round(max(calls), 4) if calls else None,
            "decided_twice": round(twice / len(questions), 3) if questions else None, "int8_changed": changed}


def discard_index(folder: Path, embedder=None) -> None:
    """A report's temporary index, removed once its figures are taken: each holds its query models
    (about 150 MB), so a run over hundreds of reports that kept them to the end filled the disk.
    The index that holds the embedder's own export (the first report's) stays: the next reports'
    indexes copy their query models from it."""
    home = getattr(embedder, "folder", None)
    if home is not None and Path(home).resolve().is_relative_to(folder.resolve()):
        return
    shutil.rmtree(folder, ignore_errors=True)


def index_report(report: Path, folder: Path, embedder=None, base: "Settings | None" = None):
    """A service over a temporary index of one report (built in `folder`, no overrides), and the
    embedder that built it, to reuse for the next report. With `base`, its settings but the report's
    own sources and data folder; else the defaults, written to `folder`/config.toml."""
    from bot.service import ReportService
    from bot.settings import load_settings
    from index.build import build_index

    folder.mkdir(parents=True, exist_ok=True)
    if base is None:
        config = folder / "config.toml"
        config.write_text(f"[corpus]\nsources = [{json.dumps(str(report.resolve()))}]\n\n"
                          f"[index]\ndata_dir = {json.dumps(str(folder / 'data'))}\n", encoding="utf-8")
        settings = load_settings(config)
    else:
        settings = dataclasses.replace(
            base, corpus=dataclasses.replace(base.corpus, sources=(report.resolve(),), overrides=None),
            index=dataclasses.replace(base.index, data_dir=folder / "data"))
    if embedder is None:
        from index.embed import build_embedder

        embedder = build_embedder(settings)
    build_index(settings, embedder=embedder)
    return ReportService.open(settings), embedder


def _numbered_rows(path: Path) -> list[tuple[int, Any]]:
    """Each non-blank line's number and its JSON value; a line that is no JSON is one error naming it."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
        if line.strip():
            try:
                rows.append((number, json.loads(line)))
            except json.JSONDecodeError as exc:
                raise UserError(f"{path}:{number}: not JSON ({exc.msg})") from None
    return rows


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _texts(value: Any) -> bool:
    return isinstance(value, list) and all(_text(v) for v in value)


# What each line of a lookups file (`<slug>.actors.jsonl`) and an actor list (`<slug>.actor_list.jsonl`) holds: a
# field, whether it must be there, what it must be, and how to say so.
_LOOKUP_FIELDS = (("query", True, _text, "text"),
                  ("actor", True, lambda v: v is None or _text(v), "text or null"),
                  ("facts", False, lambda v: isinstance(v, list) and all(_texts(g) for g in v),
                   "a list of lists of text"),
                  ("must_cite", False, _texts, "a list of text"))
_ACTOR_FIELDS = (("name", True, _text, "text"),
                 ("kind", True, lambda v: v in KINDS, f"one of {', '.join(KINDS)}"),
                 ("aliases", False, _texts, "a list of text"))


def read_lookups(path: Path) -> list[dict]:
    """A lookups file, each line checked: a wrong line is one error naming the file and the line."""
    return _checked(path, _LOOKUP_FIELDS)


def read_actor_list(path: Path) -> list[dict]:
    """An actor list, each line checked: a wrong line is one error naming the file and the line."""
    return _checked(path, _ACTOR_FIELDS)


def _checked(path: Path, fields) -> list[dict]:
    rows = _numbered_rows(path)
    for number, row in rows:
        if not isinstance(row, dict):
            raise UserError(f"{path}:{number}: a line must be a JSON object")
        for key, required, valid, what in fields:
            if key not in row:
                if required:
                    raise UserError(f"{path}:{number}: \"{key}\" is missing")
            elif not valid(row[key]):
                raise UserError(f"{path}:{number}: \"{key}\" must be {what}")
    return [row for _, row in rows]


def score_lookups(service, gold: list[dict]) -> dict[str, Any]:
    """Actor lookups: the right actor (by name or alias), its facts, and the sentences it must cite."""
    right, failures = 0, []
    for g in gold:
        found = service.actor(g["query"]).to_json()
        if g.get("actor") is None:
            good = not found.get("found")
        else:
            actor = found.get("actor") or {}
            names = [norm(actor.get("name", ""))] + [norm(a) for a in actor.get("aliases") or []]
            blob = norm(json.dumps(actor, ensure_ascii=False))
            mentions = [norm(m.get("text", "")) for m in actor.get("mentions") or []]
            good = bool(found.get("found") and norm(g["actor"]) in names
                        and all(any(norm(x) in blob for x in group) for group in g.get("facts", []))
                        and all(any(norm(c) in t for t in mentions) for c in g.get("must_cite", [])))
        right += good
        if not good:
            failures.append(f"actor:{g.get('id', g['query'])}")
    return {"actor_accuracy": round(right / len(gold), 3) if gold else None, "actor_fails": failures}


def _list_key(name: str) -> str:
    name = norm(name)
    return name[4:] if name.startswith("the ") else name


class GoldActors:
    """A report's gold actors, indexed by name and by alias as the scorer matches them."""

    def __init__(self, gold: list[dict]) -> None:
        self.gold = gold
        self.by_name: dict[str, int] = {}
        self.by_alias: dict[str, int] = {}
        for i, g in enumerate(gold):
            self.by_name.setdefault(_list_key(g["name"]), i)
            for alias in g.get("aliases") or []:
                self.by_alias.setdefault(_list_key(alias), i)

    def match(self, name: str, aliases: list[str]) -> int | None:
        """The gold actor a listed actor is: by its name first, then its aliases; None if none."""
        forms = [_list_key(name)] + [_list_key(a) for a in aliases]
        ranked = [self.by_name.get(forms[0]), self.by_alias.get(forms[0])]
        ranked += [self.by_name.get(f) for f in forms[1:]] + [self.by_alias.get(f) for f in forms[1:]]
        return next((i for i in ranked if i is not None), None)


def score_actor_list(service, gold: list[dict]) -> dict[str, Any]:
    """The actor list against the actors a report names: precision, recall and kind accuracy, each
    listed actor matched to at most one gold actor (by its name first, then its aliases)."""
    golds = GoldActors(gold)
    listed = service.actors()
    matched: set[int] = set()
    kinds_right, junk = 0, []
    for actor in listed:
        hit = golds.match(actor.name, actor.aliases)
        if hit is None:
            junk.append(actor.name)
            continue
        matched.add(hit)
        kinds_right += actor.kind == gold[hit]["kind"]
    n_matched = len(listed) - len(junk)
    return {"list_precision": round(n_matched / len(listed), 3) if listed else None,
            "list_recall": round(len(matched) / len(gold), 3) if gold else None,
            "kind_accuracy": round(kinds_right / n_matched, 3) if n_matched else None,
            "list_junk": junk}


def format_corpus(result: dict[str, Any]) -> str:
    keys = [k for k in ANSWER_KEYS + ACTOR_KEYS + QUERY_MODEL_KEYS if k in result["macro"]]
    lines = ["report | " + " | ".join(keys)]
    for slug, figures in result["reports"].items():
        lines.append(slug + " | " + " | ".join(_cell(figures.get(k)) for k in keys))
        fails = figures.get("fails", []) + figures.get("actor_fails", [])
        if fails:
            lines.append("    fails: " + ", ".join(fails))
    lines.append("MACRO | " + " | ".join(_cell(result["macro"].get(k)) for k in keys))
    return "\n".join(lines)


def _cell(value: Any) -> str:
    return "n/a" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)
