"""The Dagster instance's storage (orchestration/instance_storage.py): Dagster's own SQLite files,
written with engines kept for the process, and each run's events in its run file as soon as
they are stored (the UI follows a running run by that file changing)."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest
import yaml

from tests.conftest import dagster_home


def _materialisation(run_id: str, asset: str):
    from dagster import AssetKey, AssetMaterialization
    from dagster._core.events import DagsterEvent, DagsterEventType, StepMaterializationData
    from dagster._core.events.log import EventLogEntry

    event = DagsterEvent(
        event_type_value=DagsterEventType.ASSET_MATERIALIZATION.value,
        job_name="build",
        event_specific_data=StepMaterializationData(
            AssetMaterialization(AssetKey(asset.split("/")))
        ),
    )
    return EventLogEntry(
        error_info=None,
        level=20,
        user_message="",
        run_id=run_id,
        timestamp=time.time(),
        dagster_event=event,
    )


def _rows_in_file_alone(db: Path) -> int:
    # immutable=1 reads the database file only, never its write-ahead log: what a process that
    # watches the file sees
    con = sqlite3.connect(f"file:{db}?immutable=1", uri=True)
    try:
        return con.execute("SELECT count(*) FROM event_logs").fetchone()[0]
    finally:
        con.close()


@pytest.fixture()
def instance_home(tmp_path: Path) -> Path:
    from orchestration.instance import write_instance_config

    home = tmp_path / "dagster_home"
    write_instance_config(home)
    return home


def test_the_written_settings_name_the_storage_and_dagster_opens_it(instance_home: Path):
    from dagster import DagsterInstance

    from orchestration.instance_storage import KeptEngineEventLogStorage, ZhibiaoSqliteStorage

    settings = yaml.safe_load((instance_home / "dagster.yaml").read_text(encoding="utf-8"))
    assert settings["storage"]["custom"]["config"]["base_dir"] == str(instance_home.absolute())
    with dagster_home(instance_home), DagsterInstance.get() as instance:
        assert isinstance(instance.event_log_storage, KeptEngineEventLogStorage)
        # the instance a run launched from the UI rebuilds from its reference is the same kind
        rebuilt = instance.get_ref().storage_data.rehydrate(as_type=ZhibiaoSqliteStorage)
        assert isinstance(rebuilt.event_log_storage, KeptEngineEventLogStorage)


def test_events_are_in_dagsters_own_files_as_soon_as_they_are_stored(instance_home: Path):
    from dagster import AssetKey, DagsterInstance
    from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage

    with dagster_home(instance_home), DagsterInstance.get() as instance:
        storage = instance.event_log_storage
        run_file = Path(storage.path_for_shard("run-a"))
        for n in range(3):
            instance.store_event(_materialisation("run-a", "raw/facts"))
            # in the run's file itself, not only in its log: the UI's watcher sees it change
            assert _rows_in_file_alone(run_file) == n + 1
        index_engine = storage._engines["index"]
        instance.store_event(_materialisation("run-b", "raw/facts"))
        assert storage._engines["index"] is index_engine  # compiled once, kept
        # Dagster's own storage class reads what was written, runs and the asset index alike
        plain = SqliteEventLogStorage(storage._base_dir)
        assert len(plain.get_logs_for_run("run-a")) == 3
        assert len(plain.get_logs_for_run("run-b")) == 1
        latest = plain.get_latest_materialization_events([AssetKey(["raw", "facts"])])
        assert latest[AssetKey(["raw", "facts"])].run_id == "run-b"


def test_a_ui_process_reading_many_runs_keeps_a_bounded_number_of_engines(instance_home: Path):
    from dagster import DagsterInstance

    from orchestration.instance_storage import _RUN_ENGINES_KEPT

    with dagster_home(instance_home), DagsterInstance.get() as instance:
        storage = instance.event_log_storage
        for n in range(_RUN_ENGINES_KEPT + 8):
            instance.store_event(_materialisation(f"run-{n}", "raw/documents"))
        runs = [shard for shard in storage._engines if shard != "index"]
        assert len(runs) == _RUN_ENGINES_KEPT
        assert runs[-1] == f"run-{_RUN_ENGINES_KEPT + 7}"  # the latest are the ones kept
        assert len(storage.get_logs_for_run("run-0")) == 1  # a dropped engine is made again


def test_a_forked_process_writes_through_engines_of_its_own(instance_home: Path):
    from dagster import DagsterInstance

    with dagster_home(instance_home), DagsterInstance.get() as instance:
        storage = instance.event_log_storage
        instance.store_event(_materialisation("run-parent", "raw/sentences"))
        parent_index = storage._engines["index"]
        pid = os.fork()
        if pid == 0:  # the child: write, and say by the exit code whether it used its own engine
            code = 1
            try:
                instance.store_event(_materialisation("run-child", "raw/sentences"))
                code = 0 if storage._engines["index"] is not parent_index else 2
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
        instance.store_event(_materialisation("run-parent", "raw/sentences"))
        assert storage._engines["index"] is parent_index
        assert len(storage.get_logs_for_run("run-child")) == 1
        assert len(storage.get_logs_for_run("run-parent")) == 2
