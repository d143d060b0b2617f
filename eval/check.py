#!/usr/bin/env python3
"""Check the gold files of the held-out sets (every folder here, or the folders named) against their
texts: every support and must_cite string is an exact substring of one sentence of the text (after
score.py's norm()), ids and counts are as documented. `python eval/check.py [eval/fresh ...]`"""
import json, pathlib, sys
sys.dont_write_bytecode = True
root = pathlib.Path(__file__).resolve().parent
# ../shared beside the checkout (or $REPORTBOT_SHARED, for a checkout elsewhere: a git worktree)
import os
sys.path.insert(0, str(pathlib.Path(os.environ.get("REPORTBOT_SHARED", root.parents[1] / "shared")) / "tools"))
from score import KINDS, norm, ref_sentences

folders = [pathlib.Path(f) for f in sys.argv[1:]] or sorted(p for p in root.iterdir() if p.is_dir())
bad = 0
for folder in folders:
    if not any(folder.glob("*.txt")):
        bad += 1; print(f"{folder}: no report (*.txt) there")
for txt in sorted(t for folder in folders for t in folder.glob("*.txt")):
    here = txt.parent
    slug, text = txt.stem, txt.read_text(encoding="utf-8")
    flat, refs = norm(text), ref_sentences(text)
    qs = [json.loads(x) for x in open(here / f"{slug}.jsonl", encoding="utf-8") if x.strip()]
    acts = [json.loads(x) for x in open(here / f"{slug}.actors.jsonl", encoding="utf-8") if x.strip()]
    for q in qs:
        for s in q["support"]:
            if norm(s) not in flat or not any(norm(s) in r for r in refs):
                bad += 1; print(f"{q['id']}: support not in one sentence: {s!r}")
        if not q["id"].startswith(slug + "-") or (q["answerable"] != bool(q["support"])):
            bad += 1; print(f"{q['id']}: bad id or answerable/support mismatch")
    for a in acts:
        if not str(a.get("id", "")).startswith(slug + "-"):
            bad += 1; print(f"{slug}: lookup {a.get('query')!r} has no id starting with the slug")
        for c in a["must_cite"]:
            if not any(norm(c) in r for r in refs):
                bad += 1; print(f"{a['id']}: must_cite not in one sentence: {c!r}")
    listed = here / f"{slug}.actor_list.jsonl"
    for entry in (json.loads(x) for x in open(listed, encoding="utf-8") if x.strip()) if listed.exists() else ():
        if entry.get("kind") not in KINDS:
            bad += 1; print(f"{slug}: actor {entry.get('name')!r} has kind {entry.get('kind')!r}, not one of {KINDS}")
    print(f"{slug}: {len(text.split())} words, {len(qs)} questions ({sum(q['answerable'] for q in qs)} answerable), {len(acts)} actor lookups")
print("ok" if not bad else f"{bad} problem(s)")
sys.exit(1 if bad else 0)
