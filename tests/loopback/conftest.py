"""The real `reportbot run` in a subprocess, connected to a fake Discord on 127.0.0.1."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from bot.settings import PROJECT_ROOT
from bot.storage import SQLITE_FILE
from tests.helpers import write_config
from tests.loopback.fake_discord import FakeDiscord, Guild

# Shaped like a Discord token (so log redaction applies), and valid nowhere.
TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123"
HOME = Guild(id=700_000_000_000_000_001, name="Home", channel_id=700_000_000_000_000_011,
             admin_role_id=700_000_000_000_000_021, bot_role_id=700_000_000_000_000_031,
             ask_channel_id=700_000_000_000_000_012)
OTHER = Guild(id=800_000_000_000_000_001, name="Elsewhere", channel_id=800_000_000_000_000_011,
              admin_role_id=800_000_000_000_000_021, bot_role_id=800_000_000_000_000_031)
STOP_SECONDS = 10  # systemd and docker wait 10 s after SIGTERM before they kill


def discord_section(**extra: Any) -> str:
    values = {"guild_ids": [HOME.id], "ask_channel_ids": [HOME.ask_channel_id], **extra}
    lines = ["[discord]"]
    for key, value in values.items():
        lines.append(f"{key} = {str(value).lower() if isinstance(value, bool) else value}")
    return "\n".join(lines) + "\n"


def loopback_settings(folder: Path, source_data_dir: Path, **discord: Any):
    """A config over the shipped report whose data dir is a copy of an index built once per session."""
    if not (folder / "data").exists():
        # (not the feedback database: another worker's service may have it open, and its write-ahead log can vanish
        # mid-copy; each bot here starts its own)
        shutil.copytree(source_data_dir, folder / "data",
                        ignore=shutil.ignore_patterns("logs", "*.lock", f"{SQLITE_FILE}*"))
    return write_config(folder, extra=discord_section(**discord))


class BotProcess:
    """`reportbot run` with its output in a log file."""

    def __init__(self, settings, fake: FakeDiscord, log_path: Path) -> None:
        self.log_path = log_path
        environment = dict(os.environ) | fake.environment() | {"DISCORD_TOKEN": TOKEN}
        with open(log_path, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot", "--config", str(settings.path), "run"],
                stdout=log, stderr=subprocess.STDOUT, env=environment, cwd=PROJECT_ROOT)

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait(self, timeout: float) -> int:
        return self.process.wait(timeout)

    def terminate(self) -> tuple[int, float]:
        """SIGTERM, as systemctl stop and docker stop send it; the exit code and how long it took."""
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        try:
            code = self.process.wait(STOP_SECONDS + 5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise
        return code, time.monotonic() - started

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


@pytest.fixture(scope="module")
def fake_discord():
    fake = FakeDiscord([HOME, OTHER]).start()
    yield fake
    fake.stop()


def start_bot(settings, fake: FakeDiscord, log_path: Path) -> BotProcess:
    """A `reportbot run` connected to `fake`, or a failed test showing the bot's log."""
    bot = BotProcess(settings, fake, log_path)
    try:
        fake.wait_connected(90)
    except TimeoutError:
        bot.kill()
        raise AssertionError(f"the bot did not connect:\n{bot.log()}") from None
    time.sleep(0.3)  # discord.py marks itself ready once the guilds arrived
    return bot
