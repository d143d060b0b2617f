"""`reportbot index build|info`."""

from __future__ import annotations

import argparse
import sys

from bot.cli._common import print_json, settings_of, stage_printer


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("index", help="build or inspect the report index")
    commands = parser.add_subparsers(dest="index_command", metavar="ACTION", required=True)
    build = commands.add_parser("build", help="index the configured reports (skipped when nothing changed)",
                                description="Segment, embed and index the reports listed in config.toml, "
                                            "then make the new version live in one atomic step.")
    build.add_argument("--force", action="store_true", help="rebuild even if the sources are unchanged")
    # For a parent process (the bot's /reindex) that reads stage lines from stderr.
    build.add_argument("--stages", action="store_true", help=argparse.SUPPRESS)
    build.set_defaults(handler=run_build)
    info = commands.add_parser("info", help="show the live index: version, counts, model, sources "
                                            "(an error if its files are damaged)")
    info.add_argument("--json", action="store_true", help="print the manifest as JSON")
    info.set_defaults(handler=run_info)


def run_build(args: argparse.Namespace) -> int:
    from index.build import build_index

    settings = settings_of(args)
    interactive = sys.stderr.isatty()
    report = build_index(settings, force=args.force, progress=interactive,
                         on_stage=stage_printer(interactive or args.verbose or args.stages))
    manifest = report.manifest
    counts = manifest["counts"]
    if report.status == "up-to-date":
        print(f"index v{manifest['version']:04d} is up to date ({counts['sentences']} sentences); "
              "use --force to rebuild")
        return 0
    timings = ", ".join(f"{k.removesuffix('_s')} {v:.2f}s" for k, v in report.timings.items())
    print(f"built index v{manifest['version']:04d}: {counts['documents']} document(s), "
          f"{counts['sentences']} sentences, {counts['sections']} sections, {counts['actors']} actors "
          f"({manifest['index']['kind']} index) in {report.timings['total_s']:.1f} s [{timings}]")
    return 0


def run_info(args: argparse.Namespace) -> int:
    from bot.errors import IndexMissingError
    from index import bundle

    settings = settings_of(args)
    version_dir = bundle.live_version_dir(settings.index.data_dir)
    if version_dir is None:
        raise IndexMissingError(f"no index has been built in {settings.index.data_dir} yet; {bundle.REBUILD_HINT}")
    manifest = bundle.read_manifest(version_dir)
    bundle.check_files(version_dir, manifest)  # what ask would find: a damaged bundle is not "healthy"
    if args.json:
        print_json(manifest)
        return 0
    print(format_info(manifest, version_dir, query_model_line(settings, manifest)))
    return 0


def query_model_line(settings, manifest: dict) -> str:
    """Which model embeds questions, as a serving process started now would choose it."""
    from index.embed import plan_query_model
    from index.onnx_embed import THREADS

    model, reason = plan_query_model(settings, manifest)
    configured = f'[index] query_model = "{settings.index.query_model}"'
    if model is None:
        return f"sentence-transformers, not the configured ONNX {settings.index.query_model} model ({reason})"
    export = manifest["query_model"]
    check = export.get("checked", {}).get(model)
    agreement = (f"; cosine to the index's vectors min {check['min']:.4f}, mean {check['mean']:.4f} "
                 f"on {check['sentences']} sentences" if check and check.get("sentences") else "")
    threads = THREADS[model]
    line = (f"{model} ONNX model in {export['path']} ({threads} thread{'s' if threads > 1 else ''}{agreement}; "
            "no torch at query time)")
    return line + (f", not the configured {settings.index.query_model}: {reason}" if reason else f"; {configured}")


def format_info(manifest: dict, version_dir, queries: str) -> str:
    counts = manifest["counts"]
    model = manifest["model"]
    index = manifest["index"]
    lines = [
        f"index     v{manifest['version']:04d} at {version_dir}",
        f"built     {manifest['built_at']} in {manifest['timings'].get('total_s', 0):.1f} s",
        f"model     {model['name']} (dim {model['dim']}, weights sha256 {model['weights_sha256'][:12]}…)",
        f"vectors   {index['kind']}" + (f" (M={index['hnsw_m']}, efSearch={index['ef_search']})"
                                        if index["kind"] == "hnsw" else " (exact inner product)"),
        f"queries   {queries}",
        f"counts    {counts['documents']} document(s), {counts['sentences']} sentences, "
        f"{counts['paragraphs']} paragraphs, {counts['sections']} sections, {counts['actors']} actors",
        "sources:",
    ]
    for source in manifest["sources"]:
        lines.append(f"  {source['slug']}: {source['path']} ({source['bytes']:,} bytes, sha256 "
                     f"{source['sha256'][:12]}…, {source['sentences']} sentences)")
        if source.get("title"):
            lines.append(f"    title: {source['title']}" + (f" ({source['publisher']})" if source.get("publisher") else ""))
        for section in source.get("sections", []):
            lines.append(f"    section: {section}")
    return "\n".join(lines)
