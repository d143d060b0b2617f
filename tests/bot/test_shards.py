"""Shards: which shards a process runs, from config.toml or `reportbot run --shard-count/--shard-ids`."""

from __future__ import annotations

import pytest
from discord.ext import commands

from bot.cli import discord_cmd, main
from bot.discord_bot import ShardPlan, make_bot, shard_plan
from bot.errors import ConfigError
from bot.service import ReportService
from index.build import build_index
from tests.helpers import FakeEmbedder, write_config


def test_the_plan_comes_from_the_config_and_the_command_line_wins(tmp_path):
    settings = write_config(tmp_path, extra="[discord]\nshard_count = 4\nshard_ids = [3, 1]\n")
    assert shard_plan(settings) == ShardPlan(4, (1, 3))
    assert shard_plan(settings, 2, (0,)) == ShardPlan(2, (0,))
    assert shard_plan(write_config(tmp_path)) == ShardPlan()  # unset: not sharded, as before


@pytest.mark.parametrize("count, ids, message", [
    (2, (2,), r"shard_ids \[2\] are not shards of 2: ids run from 0 to 1"),
    (None, (0,), r"shard_ids needs discord\.shard_count"),
    (0, (), r"shard_count must be 1 to 16,384, not 0"),
    # a typo's count: it crashed on a number too large for a C long, and a large one took gigabytes to plan
    (10**20, (), r"shard_count must be 1 to 16,384, not 100000000000000000000"),
    (3, (1, 1), r"lists a shard twice"),
])
def test_an_impossible_plan_is_refused(tmp_path, count, ids, message):
    with pytest.raises(ConfigError, match=message):
        shard_plan(write_config(tmp_path), count, ids)


@pytest.fixture
def fake_service(tmp_path):
    settings = write_config(tmp_path, fake_model=True)
    build_index(settings, embedder=FakeEmbedder())
    return ReportService.open(settings, embedder=FakeEmbedder())


async def test_a_sharded_bot_runs_only_its_shards(fake_service):
    async with make_bot(fake_service.settings, fake_service, ShardPlan(4, (1, 3))) as sharded:
        assert isinstance(sharded, commands.AutoShardedBot)
        assert (sharded.shard_count, sharded.shard_ids) == (4, [1, 3])
    async with make_bot(fake_service.settings, fake_service, ShardPlan(2)) as every:
        assert every.shard_ids is None  # all of them
    async with make_bot(fake_service.settings, fake_service) as plain:
        assert not isinstance(plain, commands.AutoShardedBot)


def test_dry_run_prints_the_shard_plan(fake_service, monkeypatch, capsys):
    monkeypatch.setattr(discord_cmd, "_open_service", lambda settings: fake_service)
    config = str(fake_service.settings.path)
    assert main(["--config", config, "run", "--dry-run", "--shard-count", "4", "--shard-ids", "1,3"]) == 0
    assert "shard plan: shards 1, 3 of 4 in this process" in capsys.readouterr().err
    assert main(["--config", config, "run", "--dry-run"]) == 0
    assert "shard plan: not sharded" in capsys.readouterr().err


def test_a_shard_id_out_of_range_is_one_line_and_exit_2(fake_service, capsys):
    assert main(["--config", str(fake_service.settings.path), "run", "--dry-run", "--shard-count", "2",
                 "--shard-ids", "5"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "shard_ids [5] are not shards of 2" in err


@pytest.mark.parametrize("section", ["[discord]\nshard_ids = [-1]\n", "[discord]\nshard_count = 0\n",
                                     "[storage]\nurl = 5\n"])
def test_wrong_shard_and_storage_keys_name_the_key(tmp_path, section):
    key = section.split("\n")[1].split(" ")[0]
    with pytest.raises(ConfigError, match=rf"config\.toml:\d+: \w+\.{key}"):
        write_config(tmp_path, extra=section)
