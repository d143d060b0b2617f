"""`reportbot ask`, `reportbot eval`, `reportbot calibrate` and `reportbot calibrate-actors`."""

from __future__ import annotations

import argparse
import sys

from bot.cli._common import inputs, print_json, readable, settings_of, stage_printer, writable_out, write_out
from pathlib import Path

from bot.errors import QuestionError, UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    ask = subparsers.add_parser(
        "ask", help="answer a question about the report, with cited sentences",
        description="Answer a question from the report. Every sentence of the answer cites the report "
                    "sentences that support it; when the report does not say, the answer says so. "
                    "The first ask builds the index if there is none.")
    ask.add_argument("question", help='the question, or "-" to read one question a line from stdin')
    ask.add_argument("--json", action="store_true",
                     help="print one JSON object per question (the machine-readable contract)")
    ask.add_argument("--backend", choices=("extractive", "openai"),
                     help="answer composer (default: [llm] backend in config.toml)")
    ask.set_defaults(handler=run_ask)

    evaluate = subparsers.add_parser(
        "eval", help="score the bot on a gold question set (JSONL), or on a folder of reports",
        description="Score answers against a gold set in the format of tests/dev.jsonl: accuracy, citation "
                    "precision and validity, sentence coverage, abstention accuracy, false abstentions, "
                    "citations per answer, and the failures by id. With --corpus DIR, every <slug>.txt in DIR "
                    "with <slug>.jsonl questions beside it is indexed on its own (a temporary index; the live "
                    "one is not touched) and scored, with its <slug>.actors.jsonl lookups and "
                    "<slug>.actor_list.jsonl actors when present; per report and macro figures.")
    evaluate.add_argument("gold", nargs="?", type=Path, help="gold set (.jsonl) for the live index; - reads stdin")
    evaluate.add_argument("--corpus", type=Path, metavar="DIR", help="a folder of reports with gold questions")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.add_argument("--query-models", action="store_true",
                          help="with --corpus: also decide every question with the int8 and the fp32 query "
                               "models and count the answers int8 changes, with and without deciding "
                               "near-ties again with fp32")
    evaluate.add_argument("--backend", choices=("extractive", "openai"),
                          help="answer composer (default: [llm] backend in config.toml)")
    evaluate.set_defaults(handler=run_eval)

    calibrate = subparsers.add_parser(
        "calibrate", help="fit the answer model on folders of reports with gold questions",
        description="Fit the support model (which sentence answers, and when to say the report does not say) "
                    "on every report of the corpus folders (the layout of eval --corpus), after scoring each "
                    "report with a model fitted without it, and without the rest of its folder (its set) when "
                    "there are three sets or more. Writes the model with those figures. Loads the embedding "
                    "model; takes about 20 seconds for seven reports and 40 minutes for 401 in 81 sets on "
                    "two cores.")
    calibrate.add_argument("corpus", nargs="+", type=Path, metavar="DIR", help="folders of <slug>.txt + <slug>.jsonl")
    calibrate.add_argument("--gold", action="append", default=[], metavar="REPORT=QUESTIONS[,QUESTIONS]",
                           help="a further report and its gold question files (repeatable)")
    calibrate.add_argument("--out", type=Path, help="where to write the model (default: the package's own)")
    calibrate.set_defaults(handler=run_calibrate)

    actors = subparsers.add_parser(
        "calibrate-actors", help="fit the actor keep model on folders of reports with gold actor lists",
        description="Fit the model that decides which candidate actors the list keeps (index/actors/keep.py) "
                    "on every report of the folders with a <slug>.actor_list.jsonl (the layout of eval --corpus; "
                    "each folder is one set), after scoring each set with a model fitted on the other sets "
                    "beside the drop rule alone (leave-one-set-out). Writes the model with those figures. "
                    "Loads spaCy's pipeline, not the embedding model; about six minutes for 391 reports.")
    actors.add_argument("corpus", nargs="+", type=Path, metavar="DIR",
                        help="folders of <slug>.txt + <slug>.actor_list.jsonl")
    actors.add_argument("--report", action="append", default=[], metavar="TEXT=ACTOR_LIST[,LOOKUPS]",
                        help="a further report with its actor list (and lookups), a set of its own (repeatable)")
    actors.add_argument("--out", type=Path, help="where to write the model (default: the package's own)")
    actors.set_defaults(handler=run_calibrate_actors)


def open_service(args: argparse.Namespace):
    """The service over the live index, built first (and said so) when there is none."""
    from bot.service import ReportService

    settings = settings_of(args)
    return ReportService.open(settings, build_if_missing=True, on_stage=stage_printer(True))


def run_ask(args: argparse.Namespace) -> int:
    if args.question != "-":
        from bot.service import check_question

        # A question that will be refused is refused before the index and model load.
        check_question(args.question, settings_of(args).answers.max_question_chars)
    service = open_service(args)
    batch = args.question == "-"
    for question in inputs(args.question):
        try:
            answer = service.ask(question, backend=args.backend)
        except QuestionError as exc:
            if not batch:
                raise
            # In a batch every line gets its answer, so readers stay aligned with their input.
            if args.json:
                print_json({"question": readable(question), "answered": False, "answer": str(exc),
                            "sentences": [], "citations": [], "closest": [], "latency_ms": 0.0,
                            "backend": args.backend or service.composer.backend, "error": str(exc)})
            else:
                print(f"{exc}\n")
            continue
        if args.json:
            print_json(answer.to_json())
        else:
            from bot.render import render_text

            print(render_text(answer))
            if batch:
                print()
    return 0


def _read_gold(path: Path, load_gold):
    """The gold set at `path` (- : stdin); a file that cannot be opened is one line, as a bad line in it is."""
    if str(path) == "-":
        return load_gold(sys.stdin)
    try:
        # utf-8-sig: a byte-order mark (a file saved by Notepad) is not part of the first line's JSON
        with path.open(encoding="utf-8-sig") as handle:
            return load_gold(handle)
    except OSError as exc:
        raise UserError(f"{path}: cannot read the gold set ({exc.strerror or exc})") from None


def run_eval(args: argparse.Namespace) -> int:
    from bot.answers.evaluate import evaluate, format_report, load_gold

    if (args.gold is None) == (args.corpus is None):
        raise UserError("give either a gold set (FILE.jsonl) or --corpus DIR")
    if args.query_models and args.corpus is None:
        raise UserError("--query-models compares the query models on a --corpus DIR")
    if args.corpus is not None:
        from bot.corpus_eval import evaluate_corpus, format_corpus

        result = evaluate_corpus(args.corpus, backend=args.backend, query_models=args.query_models,
                                 settings=settings_of(args),
                                 on_report=lambda slug: print(f"scored {slug}", file=sys.stderr))
        print_json(result) if args.json else print(format_corpus(result))
        return 0
    gold = _read_gold(args.gold, load_gold)  # a bad gold line is refused before the index and model load
    service = open_service(args)
    result = evaluate(service, gold, backend=args.backend)
    if args.json:
        print_json(result)
    else:
        print(format_report(result))
    return 0


def _report_with_files(option: str, spec: str, expected: str) -> tuple[Path, list[Path]]:
    """`REPORT=FILE[,FILE…]` as an option gives it; anything else is a user error."""
    report, _, files = spec.partition("=")
    if not files:
        raise UserError(f"{option} {spec}: expected {expected}")
    return Path(report), [Path(f) for f in files.split(",")]


def run_calibrate(args: argparse.Namespace) -> int:
    from bot.answers import calibrate

    out = writable_out(args.out or calibrate.MODEL_PATH)  # before the run, not after it
    # the options' files first: a mistake in them is found before any folder is read
    gold = [calibrate.gold_report(report, questions)
            for report, questions in (_report_with_files("--gold", spec, "REPORT=QUESTIONS.jsonl") for spec in args.gold)]
    reports = [r for folder in args.corpus for r in calibrate.corpus_reports(folder)] + gold
    collected = calibrate.collect(reports, on_report=lambda slug: print(f"observed {slug}", file=sys.stderr))
    model = calibrate.calibrate(collected, [r.slug for r in reports], out=None,
                                on_fold=lambda fold: print(f"scored {fold}", file=sys.stderr))
    print(calibrate.describe(model))
    print(f"each report scored by a model fitted without its {model.figures['held_out_unit']}:")
    for slug, figures in model.figures["held_out"].items():
        print(f"  {slug}: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    print("  macro: " + ", ".join(f"{k} {v}" for k, v in model.figures["held_out_macro"].items()), flush=True)
    write_out(out, lambda path: calibrate.write_model(model, path))  # after printing: a failure loses nothing
    print(f"written to {out}")
    return 0


def run_calibrate_actors(args: argparse.Namespace) -> int:
    from bot import actor_calibrate

    out = writable_out(args.out or actor_calibrate.MODEL_PATH)  # before the run, not after it
    extra = []  # the options' files first: a mistake in them is found before any folder is read
    for spec in args.report:
        text, files = _report_with_files("--report", spec, "TEXT=ACTOR_LIST[,LOOKUPS]")
        extra.append(actor_calibrate.gold_report(text, files[0], files[1] if len(files) > 1 else None))
    reports = [r for folder in args.corpus for r in actor_calibrate.corpus_reports(folder)] + extra
    if len({r.group for r in reports}) < actor_calibrate.MIN_SETS:
        raise UserError(f"calibrate-actors needs {actor_calibrate.MIN_SETS} sets (folders or --report) or more: "
                        "each is scored by a model fitted on the others, whose threshold is read from the others' "
                        "sets left out in turn")
    observed = []
    for report in reports:
        observed.append(actor_calibrate.observe(report))
        print(f"observed {report.group}/{report.slug}", file=sys.stderr)
    figures = actor_calibrate.leave_one_set_out(observed,
                                                on_set=lambda group: print(f"scored {group}", file=sys.stderr))
    model = actor_calibrate.calibrate(observed, out=None)
    print(actor_calibrate.describe(model))
    print("leave-one-set-out (list precision, recall, kinds, lookups), the rule alone -> the model:")
    for group, row in list(figures["sets"].items()) + [("macro", figures["macro"])]:
        print(f"  {group}: " + ", ".join(f"{k} {row['rule'].get(k)} -> {row['model'].get(k)}" for k in row["rule"]))
    sys.stdout.flush()
    write_out(out, lambda path: actor_calibrate.write_model(model, path, observed, figures))  # after printing
    print(f"written to {out}")
    return 0
