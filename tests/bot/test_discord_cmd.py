"""`reportbot run`: the dry run's command tree, and token problems as one line with exit code 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def _run(settings, *args, env=None):
    environment = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"} | (env or {})
    return subprocess.run([sys.executable, "-m", "bot", "--config", str(settings.path), *args],
                          capture_output=True, text=True, env=environment, timeout=120)


def test_dry_run_prints_the_commands_with_options_and_permissions(real_settings, real_service):
    result = _run(real_settings, "run", "--dry-run")
    assert result.returncode == 0, result.stderr
    tree = {c["name"]: c for c in json.loads(result.stdout)}
    assert set(tree) == {"ask", "actor", "actors", "reindex", "status"}
    assert [(o["name"], o["type"], o["required"]) for o in tree["ask"]["options"]] == [
        ("question", "string", True), ("private", "boolean", False)]
    assert tree["actor"]["options"][0]["autocomplete"] is True
    assert tree["reindex"]["guild_only"] and tree["reindex"]["default_member_permissions"] is not None
    assert "torch" not in result.stderr


def test_a_missing_token_is_one_line_and_exit_2(real_settings, real_service):
    result = _run(real_settings, "run")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("reportbot: error: no Discord token: set DISCORD_TOKEN")


def test_the_token_is_read_from_dotenv_and_never_logged(tmp_path, real_settings):
    from bot.cli.discord_cmd import read_token
    from bot.log import _RedactSecrets
    from tests.helpers import write_config

    settings = write_config(tmp_path)
    token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123"
    (tmp_path / ".env").write_text(f"DISCORD_TOKEN='{token}'\n", encoding="utf-8")
    assert read_token(settings) == token
    import logging

    record = logging.LogRecord("x", logging.INFO, __file__, 1, "token is %s", (token,), None)
    _RedactSecrets().filter(record)
    assert token not in record.getMessage() and "[token redacted]" in record.getMessage()
