"""`reportbot ask` and `reportbot eval`."""

from __future__ import annotations

import argparse
import sys

from bot.cli._common import inputs, print_json, settings_of, stage_printer
from bot.errors import QuestionError


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
        "eval", help="score the bot on a gold question set (JSONL)",
        description="Score answers against a gold set in the format of eval/dev.jsonl: accuracy, citation "
                    "precision and validity, sentence coverage, abstention accuracy, false abstentions, "
                    "citations per answer, and the failures by id.")
    evaluate.add_argument("gold", type=argparse.FileType("r", encoding="utf-8"), help="gold set (.jsonl)")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.add_argument("--backend", choices=("extractive", "openai"),
                          help="answer composer (default: [llm] backend in config.toml)")
    evaluate.set_defaults(handler=run_eval)


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
            # In a batch every line gets its object, so readers stay aligned with their input.
            print_json({"question": question, "answered": False, "answer": str(exc), "sentences": [],
                        "citations": [], "latency_ms": 0.0, "error": str(exc)})
            continue
        if args.json:
            print_json(answer.to_json())
        else:
            from bot.render import render_text

            print(render_text(answer))
            if batch:
                print()
    return 0


def run_eval(args: argparse.Namespace) -> int:
    from bot.answers.evaluate import evaluate, format_report, load_gold

    service = open_service(args)
    gold = load_gold(args.gold)
    result = evaluate(service, gold, backend=args.backend)
    if args.json:
        print_json(result)
    else:
        print(format_report(result))
    return 0
