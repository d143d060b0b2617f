"""`reportbot actor` and `reportbot actors`: actor lookups, no embedding model needed."""

from __future__ import annotations

import argparse

from bot.cli._common import inputs, print_json, readable, settings_of, stage_printer


def register(subparsers: argparse._SubParsersAction) -> None:
    actor = subparsers.add_parser(
        "actor", help="who an actor is in the report, aliases resolved",
        description="Look up a person, group, party, state or outlet the report names. Aliases, "
                    "possessives, surnames alone and spelling variants resolve (\"Roe’s\" or \"roe\" for Jane Roe); "
                    "a name the report does not use answers \"no actor called …\" with suggestions (and says "
                    "when the report mentions it all the same), a name that fits several actors lists them.")
    actor.add_argument("name", help='the name, or "-" to read one name a line from stdin')
    actor.add_argument("--json", action="store_true", help="print one JSON object per name")
    actor.set_defaults(handler=run_actor)

    listing = subparsers.add_parser("actors", help="list every actor the report names, by kind")
    listing.add_argument("--kind", help="only actors of this kind: person, armed group or movement, political party "
                                        "or bloc, state or government, organisation, media (its first word is "
                                        "enough: --kind armed)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_actors)


def open_registry(args: argparse.Namespace):
    """The live actor registry, read from the bundle without loading the embedding model (building
    the index first if there is none, which does need it)."""
    import sys

    from index.actors import REGISTRY_VERSION, ActorRegistry
    from index.bundle import live_version_dir, load_bundle

    settings = settings_of(args)
    if live_version_dir(settings.index.data_dir) is None:
        from index.build import build_index

        stage = stage_printer(True)
        stage(f"no index yet in {settings.index.data_dir}: building it from the configured reports")
        build_index(settings, on_stage=stage)
    bundle = load_bundle(settings.index.data_dir, settings.index.model, settings.index.model_sha256)
    if bundle.actors.get("version") != REGISTRY_VERSION:
        print(f"warning: the index in {settings.index.data_dir} holds actors from an older version of reportbot; "
              "run `reportbot index build` to find them again", file=sys.stderr)
    return ActorRegistry.from_json(bundle.actors, bundle.sentences)


EMPTY_NAME = "the name is empty: give a name the report uses (`reportbot actors` lists them)"
NOT_UTF8_NAME = "the name is not valid UTF-8 text: type it again, or save it as UTF-8"
# The longest name looked up: twice the longest a card shows (bot.render.NAME_LIMIT), and Discord's /actor takes 100.
# Matching a name costs time and memory that grow fast with its length (a 20,000-character line took seconds and
# hundreds of megabytes), and no report's name is that long.
MAX_NAME_CHARS = 300


def name_error(name: str) -> str | None:
    """Why a name is refused before any lookup (as `ask` refuses questions), or None."""
    if not name.strip():
        return EMPTY_NAME
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # bytes that are not UTF-8, kept by Python as lone surrogates
        return NOT_UTF8_NAME
    if len(name.strip()) > MAX_NAME_CHARS:
        return f"the name is {len(name.strip()):,} characters long; names are at most {MAX_NAME_CHARS}"
    return None


def run_actor(args: argparse.Namespace) -> int:
    from bot.errors import UserError

    if args.name != "-" and (error := name_error(args.name)):
        raise UserError(error)  # as `ask ""` is refused: before the registry loads
    registry = open_registry(args)
    for n, name in enumerate(inputs(args.name)):
        if error := name_error(name):  # in a batch every line gets its reply, so readers stay aligned
            if args.json:
                print_json({"query": readable(name), "found": False, "actor": None, "suggestions": [],
                            "error": error})
            else:
                print(("\n" if n else "") + error, flush=True)
            continue
        lookup = registry.lookup(name)
        if args.json:
            print_json(lookup.to_json())
        else:
            print(("\n" if n else "") + format_lookup(lookup), flush=True)
    return 0


def run_actors(args: argparse.Namespace) -> int:
    from index.actors import KINDS

    kind = kind_typed(args.kind, KINDS) if args.kind is not None else None
    actors = open_registry(args).list(kind)
    if args.json:
        print_json([{"name": a.name, "kind": a.kind, "aliases": a.aliases, "mentions": len(a.mentions)}
                    for a in actors])
        return 0
    if not actors:  # as /actors says it, rather than printing nothing
        from bot.render import no_actors

        print(no_actors(kind))
        return 0
    for kind in KINDS:
        group = [a for a in actors if a.kind == kind]
        if group:
            print(f"{kind}:")
            for a in group:
                aliases = f" (also {', '.join(a.aliases)})" if a.aliases else ""
                print(f"  {a.name}{aliases}: {len(a.mentions)} mention{'s' * (len(a.mentions) != 1)}")
    return 0


def kind_typed(typed: str, kinds: tuple[str, ...]) -> str:
    """The kind a user typed, in full or by its first word(s)."""
    from bot.errors import UserError

    typed = typed.strip().lower()
    if not typed:
        raise UserError(f"the kind is empty; kinds: {', '.join(kinds)}")
    found = [k for k in kinds if k == typed] or [k for k in kinds if k.startswith(typed)]
    if len(found) > 1:
        raise UserError(f"ambiguous kind {typed!r}, the start of {len(found)} kinds: {'; '.join(found)}")
    if not found:
        raise UserError(f"unknown kind {typed!r}; kinds: {', '.join(kinds)}")
    return found[0]


def format_lookup(lookup) -> str:
    """A profile for a person to read: name, kind, aliases, summary, relations, cited mentions."""
    if not lookup.found:
        from bot.render import not_found_words

        return not_found_words(lookup, ask="`reportbot ask`", listing="`reportbot actors`")
    actor = lookup.actor
    lines = [f"{actor.name} ({actor.kind})"]
    if actor.aliases:
        lines.append(f"Also: {', '.join(actor.aliases)}")
    lines += ["", actor.summary]
    if actor.relations:
        lines.append("")
        for r in actor.relations:
            marks = "".join(f"[{n}]" for n in r["citations"])
            lines.append(f"- {r['relation']} {r['actor']} {marks}")
    lines += ["", "Mentions:"]
    lines += [f"[{m.n}] “{m.text}”" for m in actor.mentions]
    return "\n".join(lines)
