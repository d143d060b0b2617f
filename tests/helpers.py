"""Test helpers: configs in temporary folders, and a fake embedder where the model is not the point."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Sequence

import numpy as np

from bot.settings import PROJECT_ROOT, Settings, load_settings
from index.text import terms

REPORT = PROJECT_ROOT / "reports" / "iran-backed-militias-iraq.txt"
OVERRIDES = PROJECT_ROOT / "reports" / "actors.overrides.toml"
# The shared evaluation corpus, beside the project checkout (tests that need it skip without it).
CORPUS = PROJECT_ROOT.parent / "shared" / "eval" / "reports"
FAKE_MODEL = "fake-hashing-embedder"
FAKE_SHA256 = "0" * 64
# A PostgreSQL server for the storage tests (.ci/run starts one on 127.0.0.1 and sets these).
POSTGRES_URL_ENV = "REPORTBOT_TEST_POSTGRES_URL"
POSTGRES_PASSWORD_ENV = "REPORTBOT_TEST_POSTGRES_PASSWORD"


def storage_section(url: str) -> str:
    """config.toml's [storage] for a PostgreSQL URL of the test server."""
    return f'[storage]\nurl = "{url}"\npassword_env = "{POSTGRES_PASSWORD_ENV}"\n'


def write_config(folder: Path, *, sources: Sequence[Path] = (REPORT,), fake_model: bool = False,
                 extra: str = "", overrides: Path | None = OVERRIDES) -> Settings:
    """A config.toml in `folder` whose data directory is `folder/data`."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["[corpus]", "sources = [" + ", ".join(f'"{p}"' for p in sources) + "]"]
    if overrides is not None:
        lines.append(f'overrides = "{overrides}"')
    lines += ["", "[index]", f'data_dir = "{folder / "data"}"']
    if fake_model:
        lines += [f'model = "{FAKE_MODEL}"', f'model_sha256 = "{FAKE_SHA256}"']
    path = folder / "config.toml"
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return load_settings(path)


class FakeEmbedder:
    """Bag-of-stemmed-words hashed into 384 dimensions: deterministic, instant, no torch.

    For tests of the pipeline's plumbing (atomic swaps, manifests, bad input); anything whose
    result depends on the model uses the real one.
    """

    name = FAKE_MODEL
    weights_sha256 = FAKE_SHA256
    dim = 384

    def __init__(self, fail_after: int | None = None) -> None:
        self.fail_after = fail_after  # raise on the n-th call, to interrupt a build
        self.calls = 0

    def encode(self, texts: Sequence[str], *, batch_size: int = 64, progress: bool = False) -> np.ndarray:
        self.calls += 1
        if self.fail_after is not None and self.calls > self.fail_after:
            raise RuntimeError("embedder failed (simulated)")
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            for term in terms(text) or ["empty"]:
                out[i, int(hashlib.md5(term.encode()).hexdigest(), 16) % self.dim] += 1.0
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        return out


def ask_in_a_fresh_process(config: Path, question: str, packages: Sequence[str]) -> tuple[dict, list[str]]:
    """`reportbot --config CONFIG ask --json QUESTION` in a new Python process: its answer, and
    which of `packages` (modules, with their submodules) that process imported."""
    script = ("import json, sys; from bot.cli import main; code = main(sys.argv[1:]); "
              f"print(json.dumps(sorted(m for m in sys.modules if any(m == p or m.startswith(p + '.') "
              f"for p in {tuple(packages)!r})))); sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", script, "--config", str(config), "ask", "--json", question],
                          capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    *lines, loaded = done.stdout.strip().splitlines()
    return json.loads(lines[-1]), json.loads(loaded)

