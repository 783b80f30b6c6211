"""ZHIBIAO_EXECUTOR=multiprocess: the build job with Dagster's multiprocess executor, each step
in a process of its own, builds the same warehouse as the in-process build (docs/distributed.md).

One real run, module scope: the seeds (with the awkward files of ``graph_build``) materialised
through a reconstructable job into a persistent temporary Dagster instance, as a run launched
from the UI with the setting would be, and compared with ``graph_build``'s in-process build of
the same folder.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import pytest
from conftest import GraphBuild, dagster_home, query

# the steps that write the warehouse (step keys, and the nodes of the job's graph)
WRITERS = {"raw__gazetteer", "raw_documents", "raw__sentences", "raw_facts", "zhibiao_dbt"}
WRITERS |= {"published_warehouse"}
WRITER_NODES = WRITERS
POOL = "zhibiao_warehouse"


@dataclass(frozen=True)
class MultiprocessBuild:
    warehouse: Path
    home: Path
    run_id: str
    success: bool
    failures: list[str]
    step_pids: dict[str, int]  # the process each step ran in
    seconds: dict[str, float]  # each step's duration


def environment(**values: str) -> contextlib.AbstractContextManager:
    """The settings for the duration of a block (the process's environment, restored after)."""
    return mock.patch.dict(os.environ, values)


def _error(event):
    return getattr(event.event_specific_data, "error", None)


@pytest.fixture(scope="module")
def multiprocess_build(
    tmp_path_factory: pytest.TempPathFactory, graph_build: GraphBuild
) -> MultiprocessBuild:
    from dagster import DagsterEventType, execute_job, reconstructable

    from orchestration.definitions import settings_build_job
    from orchestration.instance import open_instance, write_instance_config
    from orchestration.runner import QUIET_RUN_CONFIG

    root = tmp_path_factory.mktemp("multiprocess")
    warehouse = root / "wh" / "zhibiao.duckdb"
    warehouse.parent.mkdir()
    home = root / "dagster_home"
    settings = {
        "ZHIBIAO_EXECUTOR": "multiprocess",
        "ZHIBIAO_DOCS_DIR": str(graph_build.docs_dir),
        "ZHIBIAO_WAREHOUSE": str(warehouse),
    }
    with environment(**settings), dagster_home(home):
        write_instance_config(home)  # the repository's settings and the setting's pool limit
        with (
            open_instance() as instance,
            execute_job(
                reconstructable(settings_build_job), instance=instance, run_config=QUIET_RUN_CONFIG
            ) as result,
        ):
            failures = [
                f"{e.step_key or 'run'}: {e.message}\n{_error(e).to_string() if _error(e) else ''}"
                for e in result.all_events
                if e.is_failure or (e.is_engine_event and _error(e))
            ]
            starts = [e for e in result.all_events if e.event_type == DagsterEventType.STEP_START]
            done = [e for e in result.all_events if e.event_type == DagsterEventType.STEP_SUCCESS]
            return MultiprocessBuild(
                warehouse=warehouse,
                home=home,
                run_id=result.run_id,
                success=result.success,
                failures=failures,
                step_pids={e.step_key: e.pid for e in starts},
                seconds={e.step_key: e.event_specific_data.duration_ms / 1000 for e in done},
            )


def test_every_step_ran_in_a_process_of_its_own(multiprocess_build: MultiprocessBuild) -> None:
    build = multiprocess_build
    assert build.success, "\n".join(build.failures)
    pids = build.step_pids
    assert set(pids) >= WRITERS
    assert os.getpid() not in pids.values()  # not in the run's own process
    assert len(set(pids.values())) == len(pids)  # one process per step


def test_it_builds_the_facts_of_the_in_process_build(
    multiprocess_build: MultiprocessBuild, graph_build: GraphBuild
) -> None:
    for table, key in [
        ("main.fct_indicator_value", "fact_id"),
        ("main.fct_unmapped_quantity", "unmapped_id"),
        ("main.dim_document", "document_id"),
        ("main.source_files", "source_file"),
        ("main.fct_target_attainment", "all"),
    ]:
        sql = f"SELECT * FROM {table} ORDER BY {key}"
        expected = query(graph_build.warehouse, sql)
        assert expected, table
        assert query(multiprocess_build.warehouse, sql) == expected, table


def test_it_publishes_like_an_in_process_run(
    multiprocess_build: MultiprocessBuild, graph_build: GraphBuild
) -> None:
    from ingest.store.publish import lock_path, staging_path
    from orchestration.executors import run_record_path

    wh = multiprocess_build.warehouse
    # nothing of the run is left beside the warehouse: staging file, lock, run record
    assert not staging_path(wh).exists() and not lock_path(wh).exists()
    assert not run_record_path(wh).exists()
    # the inputs' fingerprint the run worker took is recorded by the publish step: equal to the
    # in-process build's (same documents, same code), so an unchanged rebuild is recognised
    sql = "SELECT build_id, inputs FROM meta.build"
    [(build_id, inputs)] = query(wh, sql)
    assert build_id == multiprocess_build.run_id
    [(_, in_process)] = query(graph_build.warehouse, sql)
    assert json.loads(inputs) == json.loads(in_process)


def test_writing_steps_queue_through_one_pool_slot(multiprocess_build: MultiprocessBuild) -> None:
    from orchestration.definitions import settings_build_job
    from orchestration.instance import open_instance

    with environment(ZHIBIAO_EXECUTOR="multiprocess"):
        job = settings_build_job()
    pools = {node.name: node.definition.pool for node in job.graph.nodes}
    assert {name for name, pool in pools.items() if pool == POOL} == WRITER_NODES
    with dagster_home(multiprocess_build.home), open_instance() as instance:
        info = instance.event_log_storage.get_concurrency_info(POOL)
    # Nobody set the pool's limit: its one slot exists because the run's steps claimed it with
    # the instance's default limit (deploy/multiprocess/instance.yaml); all are free again.
    assert info.slot_count == 1 and info.using_default_limit
    assert info.active_slot_count == 0 and info.pending_step_count == 0


def test_the_default_stays_in_process(graph_build: GraphBuild) -> None:
    from dagster import in_process_executor

    from orchestration.definitions import BUILD_JOB_NAME, build_definitions
    from orchestration.instance import shared_settings
    from orchestration.warehouse import WarehouseResource

    assert "ZHIBIAO_EXECUTOR" not in os.environ
    defs = build_definitions()
    assert defs.resolve_job_def(BUILD_JOB_NAME).executor_def is in_process_executor
    assert type(defs.resources["duckdb"]) is WarehouseResource
    assert "concurrency" not in shared_settings()  # no pool limit: in-process runs never wait


def test_a_cluster_setting_needs_its_package_and_a_wrong_one_is_named() -> None:
    from orchestration.definitions import build_definitions

    with environment(ZHIBIAO_EXECUTOR="k8s"), pytest.raises(RuntimeError, match="dagster-k8s"):
        build_definitions()
    with environment(ZHIBIAO_EXECUTOR="threads"), pytest.raises(ValueError, match="in_process"):
        build_definitions()


@pytest.mark.parametrize("cluster", ["celery", "k8s"])
def test_the_cluster_instances_are_valid_dagster_instances(cluster: str) -> None:
    # Not run here (no cluster): checked against Dagster's instance schema, and the pool limit
    # is the one the local multiprocess path tests.
    from dagster._core.instance.config import dagster_instance_config

    from orchestration.executors import DEPLOY_DIR, instance_settings

    settings, _ = dagster_instance_config(str(DEPLOY_DIR / cluster), "dagster.yaml")
    assert (
        settings["concurrency"]["pools"]
        == instance_settings("multiprocess")["concurrency"]["pools"]
    )
    assert settings["concurrency"]["runs"] == {"max_concurrent_runs": 1}
    assert settings["run_monitoring"]["free_slots_after_run_end_seconds"] > 0


def test_the_multiprocess_settings_are_valid_executor_config() -> None:
    from dagster import multiprocess_executor
    from dagster._config import process_config

    from orchestration.executors import executor_config

    config = executor_config("multiprocess")
    assert config["max_concurrent"] == 1
    assert process_config(multiprocess_executor.config_schema.config_type, config).success
