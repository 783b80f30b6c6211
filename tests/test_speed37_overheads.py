"""Fixed costs of a build around its per-document work (speed37): the inputs' fingerprint taken
once per CLI build, the published warehouse copied in the kernel, a batch of Dagster events
stored in one transaction, and each file's read-cache key taken once."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from tests.conftest import dagster_home
from tests.test_instance_storage import _materialisation, _rows_in_file_alone


@pytest.fixture()
def instance_home(tmp_path: Path) -> Path:
    from orchestration.instance import write_instance_config

    home = tmp_path / "dagster_home"
    write_instance_config(home)
    return home


# -- the inputs' fingerprint, handed from the CLI to its run -------------------------------------


def test_handed_inputs_answer_once_and_only_within_the_block(tmp_path: Path, monkeypatch):
    from orchestration import freshness
    from orchestration.paths import dbt_project_dir

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("一", encoding="utf-8")
    taken: list[Path] = []
    real = freshness.build_inputs

    def counting(docs_dir, dbt_project, *args):
        taken.append(Path(docs_dir))
        return real(docs_dir, dbt_project, *args)

    monkeypatch.setattr(freshness, "build_inputs", counting)
    first = freshness.freshness(docs, tmp_path / "w.duckdb").inputs
    assert len(taken) == 1
    with freshness.handed_over(docs, first):
        # another documents folder or another dbt project is not lent
        freshness.inputs_of(tmp_path, dbt_project_dir())
        freshness.inputs_of(docs, tmp_path)
        assert len(taken) == 3
        assert freshness.inputs_of(docs, dbt_project_dir()) is first
        assert len(taken) == 3
        (docs / "b.txt").write_text("二", encoding="utf-8")
        again = freshness.inputs_of(docs, dbt_project_dir())  # used once: taken afresh
        assert len(taken) == 4
        assert again.parts["documents"] != first.parts["documents"]
    with freshness.handed_over(docs, first):
        pass
    assert freshness.inputs_of(docs) is not first  # the block is over: nothing is lent


# -- the published warehouse copied into the staging file ----------------------------------------


def test_copy_of_the_published_file_is_byte_for_byte(tmp_path: Path):
    from ingest.store.publish import copy_published

    target = tmp_path / "w.duckdb"
    data = os.urandom(3 * (1 << 20) + 12345)
    target.write_bytes(data)
    staging = tmp_path / "w.duckdb.building"
    assert copy_published(target, staging)
    assert staging.read_bytes() == data
    assert not copy_published(tmp_path / "none.duckdb", tmp_path / "none.duckdb.building")


def _kernel_copy_fails(monkeypatch, code: int) -> None:
    """copy_file_range raises OSError(code) from here on."""
    from ingest.store import publish

    def failing(*_args, **_kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(publish.os, "copy_file_range", failing)


def test_copy_falls_back_where_the_kernel_cannot_copy(tmp_path: Path, monkeypatch):
    from ingest.store import publish

    _kernel_copy_fails(monkeypatch, errno.EXDEV)
    target = tmp_path / "w.duckdb"
    target.write_bytes(b"warehouse" * 100_000)
    staging = tmp_path / "w.duckdb.building"
    assert publish.copy_published(target, staging)
    assert staging.read_bytes() == target.read_bytes()


def test_copy_raises_other_errors(tmp_path: Path, monkeypatch):
    from ingest.store import publish

    _kernel_copy_fails(monkeypatch, errno.ENOSPC)
    target = tmp_path / "w.duckdb"
    target.write_bytes(b"x" * 1000)
    with pytest.raises(OSError):
        publish.copy_published(target, tmp_path / "w.duckdb.building")


# -- a batch of Dagster events, one transaction ----------------------------------------------------


def test_a_batch_of_events_is_stored_as_single_events_are(instance_home: Path):
    from dagster import AssetKey, DagsterInstance
    from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage

    with dagster_home(instance_home), DagsterInstance.get() as instance:
        storage = instance.event_log_storage
        events = [_materialisation("run-batch", f"raw/t{n}") for n in range(5)]
        storage.store_event_batch(events)
        assert _rows_in_file_alone(Path(storage.path_for_shard("run-batch"))) == 5
        assert storage._batch_connections == {}
        storage.store_event(_materialisation("run-batch", "raw/t0"))  # single writes as before
        plain = SqliteEventLogStorage(storage._base_dir)
        assert len(plain.get_logs_for_run("run-batch")) == 6
        latest = plain.get_latest_materialization_events([AssetKey(["raw", "t3"])])
        assert latest[AssetKey(["raw", "t3"])].run_id == "run-batch"


def test_a_failed_batch_leaves_nothing_behind(instance_home: Path, monkeypatch):
    from dagster import DagsterInstance

    with dagster_home(instance_home), DagsterInstance.get() as instance:
        storage = instance.event_log_storage
        events = [_materialisation("run-fail", f"raw/t{n}") for n in range(3)]
        real, calls = type(storage).store_event, []

        def third_fails(self, event):
            calls.append(event)
            if len(calls) == 3:
                raise RuntimeError("disk gone")
            real(self, event)

        monkeypatch.setattr(type(storage), "store_event", third_fails)
        with pytest.raises(RuntimeError):
            storage.store_event_batch(events)
        monkeypatch.setattr(type(storage), "store_event", real)
        assert storage._batch_connections == {}
        assert storage.get_logs_for_run("run-fail") == []
        # Dagster then stores them one by one; nothing is there twice
        for event in events:
            storage.store_event(event)
        assert len(storage.get_logs_for_run("run-fail")) == 3


def test_builds_store_planned_events_as_one_batch():
    import orchestration.instance_storage  # noqa: F401 - sets the batch size when unset

    assert int(os.environ["DAGSTER_EVENT_BATCH_SIZE"]) >= 500  # a run plans ~180 events


# -- the read cache's keys ------------------------------------------------------------------


def test_read_many_takes_each_files_key_once(tmp_path: Path, monkeypatch):
    from ingest.reading.sources import SourceRecord, read_source
    from ingest.store import pipeline_cache
    from ingest.store.pipeline_cache import PipelineCache

    docs = tmp_path / "docs"
    docs.mkdir()
    for n in range(4):
        (docs / f"{n}.txt").write_text(f"二〇二四年工作总结 第{n}号", encoding="utf-8")
    paths = sorted(docs.iterdir())
    cache = PipelineCache(tmp_path / "cache", fingerprint="f" * 64)
    hashed: list[Path] = []
    real = pipeline_cache.sha256_of_file

    def counting(path: Path) -> str:
        hashed.append(path)
        return real(path)

    monkeypatch.setattr(pipeline_cache, "sha256_of_file", counting)
    first = cache.read_many(paths, docs, read_source, SourceRecord)
    assert len(hashed) == len(paths)
    again = cache.read_many(paths, docs, read_source, SourceRecord)
    assert len(hashed) == 2 * len(paths)
    assert [hit for _, hit in first] == [False] * 4
    assert [hit for _, hit in again] == [True] * 4
    assert [r for r, _ in again] == [r for r, _ in first]


def test_the_read_and_describe_tables_load_only_when_used(tmp_path: Path):
    from ingest.store.pipeline_cache import PipelineCache

    cache = PipelineCache(tmp_path / "cache", fingerprint="e" * 64)
    cache.describe("h", "a.txt", lambda: {"title": "一"})
    cache.save_tables()
    later = PipelineCache(tmp_path / "cache", fingerprint="e" * 64)
    assert "_reads" not in vars(later) and "_metas" not in vars(later)  # a stage that never reads
    assert later.describe("h", "a.txt", lambda: {"title": "二"}) == ({"title": "一"}, True)
    assert "_metas" in vars(later) and "_reads" not in vars(later)
