"""`reportbot bench`: cold start, warm answers, the query models side by side, the event loop under
load, reindex, and scale."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.cli._common import print_json, settings_of, stage_printer, writable_out, write_out


def register(subparsers: argparse._SubParsersAction) -> None:
    bench = subparsers.add_parser(
        "bench", help="measure start-up, answer latency, memory, reindexing and search at scale",
        description="Benchmark the bot on a copy of the configured reports in a temporary folder (the live "
                    "index is not touched): cold start and peak memory of a fresh `reportbot ask`, warm "
                    "answer latency, the fp32 and int8 query models side by side on 1 and 2 threads (latency, "
                    "memory, cosine to fp32, same answers as fp32), the event loop under 50 concurrent "
                    "questions, and reindexing. Prints Markdown tables with the targets; takes about 30 s on 2 "
                    "idle cores, minutes when other work shares them.")
    bench.add_argument("--scale", action="store_true",
                       help="also measure embedding throughput and vector search at 10k and 100k vectors "
                            "(2-3 minutes more)")
    bench.add_argument("--million", action="store_true",
                       help="--scale plus 1M vectors (6-12 minutes and ~4 GB of memory more)")
    bench.add_argument("--questions", type=Path, metavar="JSONL",
                       help="questions to answer (JSONL with a \"question\" field; default: tests/dev.jsonl); the "
                            "cold start times the first one the bot answers")
    bench.add_argument("--out", type=Path, metavar="PATH", help="also write the Markdown table to PATH")
    bench.add_argument("--json", action="store_true", help="print the results as one JSON object")
    bench.set_defaults(handler=run_bench)


def run_bench(args: argparse.Namespace) -> int:
    from bot.bench import DEV_QUESTIONS, run

    settings = settings_of(args)
    if args.out:
        writable_out(args.out)  # before the run (a minute or more), not after it
    results = run(settings, scale=args.scale, million=args.million,
                  questions_path=args.questions or DEV_QUESTIONS, stage=stage_printer(True))
    table = results.markdown()
    if args.json:
        print_json(results.to_json())
    else:
        sys.stdout.write(table)
        sys.stdout.flush()
    if args.out:  # after printing: a failure loses nothing
        write_out(args.out, lambda path: path.write_text(table, encoding="utf-8"))
    return 0
