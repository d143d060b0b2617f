"""Reindexing from a running process: uploads staged safely, the build run in a child process.

The child process keeps the build's heavy imports out of the serving bot (document parsers, the
entity recogniser, and torch and sentence-transformers when the model has yet to be exported:
6-8 s, ~400 MB), and a crash in it cannot take the bot down. The bot loads the new version when
the child has published it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Callable, Iterator

from bot.errors import SourceError, UserError
from bot.settings import Settings
from index.build import uploads_dir
from index.ingest import SOURCE_SUFFIXES, check_source_bytes, slugify
from index.readers import SUFFIXES_TEXT

log = logging.getLogger(__name__)

STAGE_PREFIX = "… "
# The name each upload was given, by the stem it is saved under: two different names that slug
# alike ("Report 1" and "report_1") must not silently replace each other. Hidden, so not a report.
UPLOAD_NAMES = ".upload-names.json"


def upload_file_name(name: str) -> str:
    """A safe file name for an uploaded report: its slug and its (checked) suffix."""
    path = Path(name)
    suffix = path.suffix.lower()
    if suffix not in SOURCE_SUFFIXES:
        raise SourceError(f"{name} is not a report file: reportbot reads {SUFFIXES_TEXT}")
    return slugify(path.stem) + suffix


@contextlib.contextmanager
def staged_upload(settings: Settings, upload: tuple[str, bytes] | None) -> Iterator[Path | None]:
    """Save a checked upload among the uploaded reports; undo it if the block fails."""
    if upload is None:
        yield None
        return
    name, data = upload
    file_name = upload_file_name(name)
    # Refuse bad bytes before saving (without a document parser: the build reads the file for good).
    check_source_bytes(data, Path(name), settings.corpus.max_source_bytes)
    folder = uploads_dir(settings)
    target = folder / file_name
    names_file = folder / UPLOAD_NAMES
    names_before = names_file.read_text(encoding="utf-8") if names_file.exists() else None
    names: dict[str, str] = json.loads(names_before) if names_before else {}
    stem = Path(name).stem
    earlier = names.get(target.stem)
    # A new version of a report (its name in another case or format) replaces it; another name does not.
    if earlier is not None and earlier.casefold() != stem.casefold():
        raise UserError(f"{name} would replace the uploaded report “{earlier}” (both are saved as {target.stem}): "
                        f"rename the file to upload it beside that report, or name it {earlier} to replace it")
    folder.mkdir(parents=True, exist_ok=True)
    previous = target.read_bytes() if target.exists() else None
    # The same report uploaded before in another format (report.txt, now report.pdf) is replaced.
    others = {p: p.read_bytes() for p in folder.iterdir()
              if p.is_file() and p != target and p.suffix.lower() in SOURCE_SUFFIXES and p.stem == target.stem}
    tmp = target.with_name(f".{file_name}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    for other in others:
        other.unlink()
    names[target.stem] = stem
    names_file.write_text(json.dumps(names, ensure_ascii=False, indent=1), encoding="utf-8")
    try:
        yield target
    except BaseException:
        if previous is None:
            target.unlink(missing_ok=True)
        else:
            target.write_bytes(previous)
        for other, content in others.items():
            other.write_bytes(content)
        if names_before is None:
            names_file.unlink(missing_ok=True)
        else:
            names_file.write_text(names_before, encoding="utf-8")
        raise


def run_build_process(settings: Settings, *, force: bool = False,
                      on_stage: Callable[[str], None] | None = None) -> str:
    """Run `reportbot index build` in a child process; return its summary line.

    Stage lines are passed to `on_stage` as they arrive. A user error in the child (a bad
    source) is raised here as a UserError with the child's message.
    """
    command = [sys.executable, "-m", "bot", "--config", str(settings.path), "index", "build", "--stages"]
    if force:
        command.append("--force")
    log.info("reindex: starting %s", " ".join(command[2:]))
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               encoding="utf-8", errors="replace")
    errors: list[str] = []
    assert process.stderr is not None and process.stdout is not None
    for line in process.stderr:
        line = line.rstrip("\n")
        if line.startswith(STAGE_PREFIX):
            if on_stage:
                on_stage(line.removeprefix(STAGE_PREFIX))
        elif line.strip():
            errors.append(line)
    summary = process.stdout.read().strip()
    code = process.wait()
    if code == UserError.exit_code:
        message = next((e for e in reversed(errors) if e.startswith("reportbot: error: ")), errors[-1] if errors else "")
        raise UserError(message.removeprefix("reportbot: error: ") or "the index build failed")
    if code != 0:
        log.error("reindex child failed with code %s:\n%s", code, "\n".join(errors[-40:]))
        raise RuntimeError(f"the index build process failed with exit code {code}")
    log.info("reindex: %s", summary)
    return summary
