"""Two `reportbot run` processes, one shard each, over one data folder and one store.

Each process connects to its own fake gateway (as Discord routes each shard's servers to the
connection that identified for it). A reindex through one is served by the other within the
index poll interval, and /status in either counts both's answers and votes.
"""

from __future__ import annotations

import re
import shutil
import time

import pytest

from bot.settings import load_settings
from index.bundle import live_version_dir
from tests.loopback.conftest import HOME, OTHER, loopback_settings, start_bot
from tests.helpers import storage_section
from tests.loopback.fake_discord import FakeDiscord
from tests.loopback.test_bot_on_the_wire import (ASKER, MODERATOR, _as_stored, _ask, _custom_ids,
                                                 _deferred_then_sent, _reindex, _status_embed, _wait_edit)

pytestmark = pytest.mark.slow

# Loading a new version (reading its files, the ONNX query model) after the poll has seen it.
RELOAD_SECONDS = 3.0
POLL_SECONDS = 0.5  # [discord] index_poll_seconds here, so the test does not wait out the default
BUILD_SECONDS = 240  # the reindex's child process: the model, the report embedded, on 2 shared cores


def _status(fake: FakeDiscord, guild) -> dict[str, str]:
    embed = _status_embed(fake, guild)
    return {f["name"]: f["value"] for f in embed["fields"]}


@pytest.mark.parametrize("store", ["sqlite", "postgresql"])
def test_two_shard_processes_serve_one_index_and_one_store(real_service, real_settings, tmp_path, request, store):
    first = loopback_settings(tmp_path / "a", real_settings.index.data_dir, shard_count=2, shard_ids=[0],
                              index_poll_seconds=POLL_SECONDS)
    if store == "postgresql":  # else the SQLite file in the shared data folder
        with first.path.open("a", encoding="utf-8") as config:
            config.write(storage_section(request.getfixturevalue("postgres_schema")))
        first = load_settings(first.path)
    data = first.index.data_dir
    for leftover in data.glob("feedback.sqlite3*"):  # counts start at zero
        leftover.unlink()
    shutil.rmtree(data / "discord", ignore_errors=True)  # the first process syncs the commands
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "config.toml").write_text(
        first.path.read_text(encoding="utf-8").replace("shard_ids = [0]", "shard_ids = [1]"), encoding="utf-8")
    second = load_settings(tmp_path / "b" / "config.toml")
    assert second.index.data_dir == data and second.discord.shard_ids == (1,)

    fake_a, fake_b = FakeDiscord([HOME]).start(), FakeDiscord([OTHER]).start()
    bots = []
    try:
        bots.append(start_bot(first, fake_a, tmp_path / "a.log"))
        bots.append(start_bot(second, fake_b, tmp_path / "b.log"))
        identified = [next(f["d"]["shard"] for f in fake.gateway_frames if f["op"] == 2) for fake in (fake_a, fake_b)]
        assert identified == [[0, 2], [1, 2]]

        _, (answer_a,) = _ask(fake_a, guild=HOME)
        _, (answer_b,) = _ask(fake_b, guild=OTHER, user_id=ASKER + 1)
        up = fake_a.click(HOME, ASKER + 2, _as_stored(answer_a.body),
                          next(i for i in _custom_ids(answer_a.body) if i.startswith("rb:vote:up:")))
        down = fake_b.click(OTHER, ASKER + 3, _as_stored(answer_b.body),
                            next(i for i in _custom_ids(answer_b.body) if i.startswith("rb:vote:down:")))
        assert _deferred_then_sent(fake_a, up, private=True)["content"] == "Thanks for the feedback."
        assert _deferred_then_sent(fake_b, down, private=True)["content"] == "Thanks for the feedback."
        for fake, guild in ((fake_a, HOME), (fake_b, OTHER)):
            status = _status(fake, guild)
            assert status["Answers"].startswith("2 (") and status["Feedback"] == "👍 1 · 👎 1"

        version = int(re.match(r"v(\d+)", _status(fake_b, OTHER)["Index"]).group(1))
        pointer = live_version_dir(data)
        reindex = _reindex(fake_a, HOME, MODERATOR, admin=True, upload=(
            "field notes.md", b"# Field notes\n\nKataib Hezbollah guards the Hamas office in Baghdad.\n"))
        deadline = time.monotonic() + BUILD_SECONDS
        while live_version_dir(data) == pointer:  # the build publishes the new version
            assert time.monotonic() < deadline, bots[0].log()[-2000:]
            time.sleep(0.05)
        published = time.monotonic()
        while not _status(fake_b, OTHER)["Index"].startswith(f"v{version + 1},"):
            assert time.monotonic() - published < POLL_SECONDS + RELOAD_SECONDS, bots[1].log()[-2000:]
            time.sleep(0.25)
        print(f"the other shard served v{version + 1} {time.monotonic() - published:.1f} s after it was published")
        assert _wait_edit(fake_a, reindex, "Index v").startswith(f"Index v{version + 1} is live")
        assert "field-notes" in _status(fake_b, OTHER)["Reports"]  # the report uploaded through the other shard
        assert (data / "feedback.sqlite3").exists() == (store == "sqlite")
    finally:
        for bot in bots:
            bot.kill()
        fake_a.stop()
        fake_b.stop()
