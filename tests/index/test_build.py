"""Index builds: manifest, skipping unchanged work, atomic swaps, and errors that say how to recover."""

from __future__ import annotations

import json
import re

import pytest

from bot.errors import IndexMissingError, SourceError
from index import bundle as bundles
from index.build import build_index, uploads_dir
from index.bundle import load_bundle
from tests.helpers import FAKE_MODEL, FAKE_SHA256, FakeEmbedder, write_config


def _load(settings):
    return load_bundle(settings.index.data_dir, settings.index.model, settings.index.model_sha256)


def test_build_writes_a_manifest_that_describes_the_index(fake_settings, fake_embedder):
    report = build_index(fake_settings, embedder=fake_embedder)
    manifest = report.manifest
    assert report.status == "built" and manifest["version"] == 1
    assert manifest["model"] == {"name": FAKE_MODEL, "weights_sha256": FAKE_SHA256, "dim": 384}
    assert manifest["counts"]["sentences"] == 28 and manifest["counts"]["sections"] == 4
    assert manifest["index"]["kind"] == "flat"
    (source,) = manifest["sources"]
    assert source["sha256"] == "2f265896b1ba116d7c176ea41bd4524c5ce0dbffbb7d319514b9da5b4b8ef222"
    assert source["publisher"] == "Iran News Update"
    bundle = _load(fake_settings)
    assert bundle.vectors.count == len(bundle.sentences) == 28


def test_unchanged_sources_are_not_rebuilt_and_ids_are_stable(fake_settings):
    first = build_index(fake_settings, embedder=FakeEmbedder())
    embedder = FakeEmbedder()
    again = build_index(fake_settings, embedder=embedder)
    assert again.status == "up-to-date" and embedder.calls == 0
    forced = build_index(fake_settings, embedder=FakeEmbedder(), force=True)
    assert forced.manifest["version"] == 2
    ids = [s.id for s in _load(fake_settings).sentences]
    assert ids[0] == "iran-backed-militias-iraq:1" and len(ids) == 28
    assert first.manifest["build_key"] == forced.manifest["build_key"]


def test_only_the_last_two_versions_are_kept(fake_settings):
    for _ in range(4):
        build_index(fake_settings, embedder=FakeEmbedder(), force=True)
    root = bundles.index_root(fake_settings.index.data_dir)
    assert sorted(p.name for p in root.iterdir() if p.name.startswith("v")) == ["v0003", "v0004"]
    assert (root / "current").read_text().strip() == "v0004"


def test_a_failed_build_leaves_the_previous_index_live(fake_settings):
    build_index(fake_settings, embedder=FakeEmbedder())
    with pytest.raises(RuntimeError, match="simulated"):
        build_index(fake_settings, embedder=FakeEmbedder(fail_after=0), force=True)
    assert _load(fake_settings).version == 1


def test_a_build_that_fails_while_writing_leaves_no_half_written_version(fake_settings, monkeypatch):
    build_index(fake_settings, embedder=FakeEmbedder())

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(bundles, "publish", full_disk)
    with pytest.raises(OSError, match="No space left"):
        build_index(fake_settings, embedder=FakeEmbedder(), force=True)
    root = bundles.index_root(fake_settings.index.data_dir)
    assert _load(fake_settings).version == 1
    assert not list(root.glob(".build-*"))


def test_leftovers_of_a_killed_build_are_ignored_then_cleaned(fake_settings):
    build_index(fake_settings, embedder=FakeEmbedder())
    root = bundles.index_root(fake_settings.index.data_dir)
    stale = root / ".build-99999"
    stale.mkdir()
    (stale / "vectors.faiss").write_bytes(b"half written")
    assert _load(fake_settings).version == 1  # readers follow the pointer only
    build_index(fake_settings, embedder=FakeEmbedder(), force=True)
    assert not stale.exists()


def test_a_bad_source_fails_before_anything_changes(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not utf-8")
    settings = write_config(tmp_path / "cfg", sources=[bad], fake_model=True)
    with pytest.raises(SourceError, match="bad.txt is not UTF-8"):
        build_index(settings, embedder=FakeEmbedder())
    assert bundles.live_version_dir(settings.index.data_dir) is None


def test_missing_index_says_how_to_build_it(fake_settings):
    with pytest.raises(IndexMissingError, match="reportbot index build"):
        _load(fake_settings)


def test_index_from_another_model_is_refused(fake_settings, tmp_path):
    build_index(fake_settings, embedder=FakeEmbedder())
    with pytest.raises(IndexMissingError, match="was built with model fake-hashing-embedder.*reportbot index build"):
        load_bundle(fake_settings.index.data_dir, "sentence-transformers/all-MiniLM-L6-v2", "53aa" + "0" * 60)


def test_corrupt_index_files_say_how_to_rebuild(fake_settings):
    build_index(fake_settings, embedder=FakeEmbedder())
    live = bundles.live_version_dir(fake_settings.index.data_dir)
    (live / bundles.VECTORS).write_bytes(b"not a faiss index")
    with pytest.raises(IndexMissingError, match="corrupt.*reportbot index build"):
        _load(fake_settings)
    (live / bundles.MANIFEST).write_text("{not json", encoding="utf-8")
    with pytest.raises(IndexMissingError, match="manifest.*unreadable"):
        _load(fake_settings)


def test_a_file_changed_at_its_size_is_rebuilt_as_its_hint_says(fake_settings):
    # bytes overwritten in place: sizes still match, so only --force rebuilds, and the hint says so
    build_index(fake_settings, embedder=FakeEmbedder())
    live = bundles.live_version_dir(fake_settings.index.data_dir)
    data = bytearray((live / bundles.SENTENCES).read_bytes())
    data[:10] = b"#" * 10
    (live / bundles.SENTENCES).write_bytes(bytes(data))
    with pytest.raises(IndexMissingError, match=r"corrupt .*run `reportbot index build --force`"):
        _load(fake_settings)
    assert build_index(fake_settings, embedder=FakeEmbedder(), force=True).status == "built"
    assert _load(fake_settings).sentences


def _info(settings, capsys) -> tuple[int, list[str]]:
    from bot import cli

    code = cli.main(["--config", str(settings.path), "index", "info"])
    return code, capsys.readouterr().err.strip().splitlines()


@pytest.mark.parametrize("damage, why", [
    (lambda live: (live / bundles.VECTORS).unlink(), r"vectors.faiss is missing"),
    (lambda live: (live / bundles.SENTENCES).write_text("junk", encoding="utf-8"),
     r"sentences.json is 4 bytes, written as"),
    (lambda live: (live / bundles.ACTORS).unlink(), r"actors.json is missing"),
    (lambda live: (live / bundles.ACTORS).write_text("[]", encoding="utf-8"), r"actors.json is 2 bytes, written as"),
])
def test_a_damaged_bundle_is_one_line_from_index_info_and_every_load(fake_settings, capsys, damage, why):
    build_index(fake_settings, embedder=FakeEmbedder())
    live = bundles.live_version_dir(fake_settings.index.data_dir)
    damage(live)
    code, err = _info(fake_settings, capsys)
    assert code == 2 and len(err) == 1, err  # was 0, with the manifest's counts, as if healthy
    assert re.search(rf"the index at .*v0001 is damaged \({why}.*\); run `reportbot index build`", err[0]), err
    with pytest.raises(IndexMissingError, match=rf"damaged \({why}"):  # actors: was an empty registry
        _load(fake_settings)


def test_an_actor_registry_of_the_wrong_shape_is_a_corrupt_bundle(fake_settings):
    build_index(fake_settings, embedder=FakeEmbedder())
    live = bundles.live_version_dir(fake_settings.index.data_dir)
    manifest = json.loads((live / bundles.MANIFEST).read_text())
    del manifest["files"]  # sizes unrecorded: the content is what shows it
    (live / bundles.MANIFEST).write_text(json.dumps(manifest))
    (live / bundles.ACTORS).write_text("[]", encoding="utf-8")
    with pytest.raises(IndexMissingError, match=r"corrupt \(ValueError: actors.json is not an actor registry\)"):
        _load(fake_settings)


def test_a_manifest_without_its_counts_is_one_line_from_index_info(fake_settings, capsys):
    build_index(fake_settings, embedder=FakeEmbedder())
    live = bundles.live_version_dir(fake_settings.index.data_dir)
    manifest = json.loads((live / bundles.MANIFEST).read_text())
    del manifest["counts"]
    (live / bundles.MANIFEST).write_text(json.dumps(manifest))
    code, err = _info(fake_settings, capsys)
    assert code == 2 and len(err) == 1, err  # was a KeyError and an error id, exit 1
    assert "is incomplete (no valid counts); run `reportbot index build`" in err[0]


def test_manifest_from_a_newer_format_is_refused(fake_settings):
    build_index(fake_settings, embedder=FakeEmbedder())
    live = bundles.live_version_dir(fake_settings.index.data_dir)
    manifest = json.loads((live / bundles.MANIFEST).read_text())
    manifest["format_version"] = 99
    (live / bundles.MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(IndexMissingError, match="format 99"):
        _load(fake_settings)


def test_a_second_build_while_one_runs_is_refused(fake_settings):
    from bot.errors import ReindexBusyError

    with bundles.build_lock(fake_settings.index.data_dir):
        with pytest.raises(ReindexBusyError):
            build_index(fake_settings, embedder=FakeEmbedder())


def test_data_dir_is_git_ignored():
    from bot.settings import PROJECT_ROOT, load_settings

    assert load_settings(PROJECT_ROOT / "config.toml").index.data_dir == PROJECT_ROOT / "data"
    assert "/data/" in (PROJECT_ROOT / ".gitignore").read_text().split()


def test_a_changed_report_is_reported_stale_until_rebuilt(tmp_path):
    from index.build import stale_reason
    from tests.helpers import REPORT

    report = tmp_path / "report.txt"
    report.write_bytes(REPORT.read_bytes())
    settings = write_config(tmp_path / "cfg", sources=[report], fake_model=True)
    built = build_index(settings, embedder=FakeEmbedder())
    assert stale_reason(settings, built.manifest) is None
    report.write_text(REPORT.read_text(encoding="utf-8") + "\nA new closing sentence.\n", encoding="utf-8")
    assert "changed since the index was built (report.txt)" in stale_reason(settings, built.manifest)
    rebuilt = build_index(settings, embedder=FakeEmbedder())
    assert rebuilt.status == "built" and rebuilt.manifest["counts"]["sentences"] == 29
    assert stale_reason(settings, rebuilt.manifest) is None


def test_a_report_with_only_a_heading_is_refused_and_the_old_index_keeps_serving(tmp_path):
    settings = write_config(tmp_path, fake_model=True, overrides=None)
    build_index(settings, embedder=FakeEmbedder())
    heading_only = tmp_path / "empty.md"
    heading_only.write_text("# Iran-backed militias in Iraq\n", encoding="utf-8")
    bare = write_config(tmp_path, sources=[heading_only], fake_model=True, overrides=None)
    with pytest.raises(SourceError, match="empty.md has no sentences to index"):
        build_index(bare, embedder=FakeEmbedder())
    assert _load(settings).version == 1 and len(_load(settings).sentences) == 28


def test_a_report_named_twice_is_indexed_once(tmp_path):
    report = write_config(tmp_path, fake_model=True).corpus.sources[0]
    twice = write_config(tmp_path, sources=[report, report.parent / "." / report.name, report.parent],
                         fake_model=True, overrides=None)
    built = build_index(twice, embedder=FakeEmbedder())
    assert built.manifest["counts"]["documents"] == 1 and built.manifest["counts"]["sentences"] == 28


def test_uploads_build_without_configured_sources_and_stray_files_are_ignored(tmp_path):
    settings = write_config(tmp_path, sources=[], fake_model=True, overrides=None)
    uploads = uploads_dir(settings)
    uploads.mkdir(parents=True)
    report = write_config(tmp_path / "shipped", fake_model=True).corpus.sources[0]
    (uploads / report.name).write_bytes(report.read_bytes())
    (uploads / f".{report.name}.tmp").write_bytes(b"half an upload")  # a killed upload's leftover
    built = build_index(settings, embedder=FakeEmbedder())
    assert built.manifest["counts"]["sentences"] == 28


def test_a_mistyped_overrides_file_is_an_error(tmp_path):
    settings = write_config(tmp_path, fake_model=True, overrides=tmp_path / "overides.toml")
    with pytest.raises(SourceError, match="overides.toml does not exist"):
        build_index(settings, embedder=FakeEmbedder())


def test_a_data_folder_the_build_cannot_write_is_a_user_error(fake_settings):
    # Root ignores a read-only mode, so the lock file is made unopenable another way: a folder in its place.
    from bot.errors import UserError

    root = bundles.index_root(fake_settings.index.data_dir)
    (root / ".lock").mkdir(parents=True)
    with pytest.raises(UserError, match="the data folder .* cannot be used"):
        build_index(fake_settings, embedder=FakeEmbedder())


@pytest.mark.parametrize("force", [True, False])
def test_a_build_replaces_an_empty_or_garbled_pointer(fake_settings, caplog, force):
    import logging

    build_index(fake_settings, embedder=FakeEmbedder())
    pointer = bundles.index_root(fake_settings.index.data_dir) / bundles.POINTER
    pointer.write_text("", encoding="utf-8")  # a disk that filled up mid-write
    with pytest.raises(IndexMissingError, match="pointer .* is corrupt"):
        _load(fake_settings)
    with caplog.at_level(logging.WARNING, logger="index.build"):
        report = build_index(fake_settings, embedder=FakeEmbedder(), force=force)
    assert report.status == "built" and "is corrupt; building a new index to replace it" in caplog.text
    assert _load(fake_settings).version == 2
