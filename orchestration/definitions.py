"""The Dagster definitions: `dagster dev` loads ``defs``; ``zhibiao build`` calls
:func:`build_definitions` with the paths of its flags.

Every run, however it starts (the CLI, "Materialize all" or the build job in the UI, the folder
sensor, the daily schedule), writes a staging copy of the warehouse and publishes it only in its
last step, ``published_warehouse``: see ``orchestration.warehouse``. Groups: ``ingest`` (files,
documents, places), ``extract`` (sentences, facts), ``warehouse`` (the dbt project) and
``quality`` (the publish gate); the data-quality checks sit on the assets they judge.

``ZHIBIAO_EXECUTOR`` chooses the executor of the build job and of materialisations started
from the UI: ``in_process`` (default), ``multiprocess``, or a cluster's (``celery``, ``k8s``),
configured by the files in ``deploy/``: see ``orchestration.executors`` and docs/distributed.md.
"""

from __future__ import annotations

from dagster import (
    AssetSelection,
    Definitions,
    ExecutorDefinition,
    define_asset_job,
    in_process_executor,
)

from orchestration.assets.publish import build_publish_asset
from orchestration.assets.raw import RAW_ASSETS
from orchestration.checks import build_expectation_checks
from orchestration.dbt_assets import zhibiao_dbt_assets
from orchestration.executors import IN_PROCESS, RunStagedWarehouse, executor_choice, executor_for
from orchestration.resources import Paths, make_resources, resolve_paths
from orchestration.schedules import daily_build_schedule
from orchestration.sensors import BUILD_JOB_NAME, documents_folder_sensor

# A run started from the UI, the sensor or the schedule waits this long for a `zhibiao build`
# of the same warehouse to finish (runs of one instance already queue one at a time: see
# dagster.yaml); the CLI refuses at once instead.
UI_LOCK_WAIT_SECONDS = 600.0

_BUILT = [*RAW_ASSETS, zhibiao_dbt_assets]
published_warehouse = build_publish_asset([key for a in _BUILT for key in a.keys])
ASSETS = [*_BUILT, published_warehouse]
ASSET_CHECKS = build_expectation_checks(zhibiao_dbt_assets)


def define_build_job(executor: ExecutorDefinition):
    return define_asset_job(
        BUILD_JOB_NAME,
        selection=AssetSelection.all(),
        executor_def=executor,
        description="Read every document, extract indicators, run dbt build and the data "
        "checks, then publish the warehouse (only when all of it succeeded).",
    )


# By default one process for the whole run: the steps share one DuckDB file, which admits one
# writing process at a time, and the run's staging file and build lock belong to that process.
build_job = define_build_job(in_process_executor)


def build_definitions(paths: Paths | None = None, lock_wait_seconds: float = 0.0) -> Definitions:
    paths = paths or resolve_paths()
    resources = make_resources(paths, lock_wait_seconds)
    choice = executor_choice()
    if choice == IN_PROCESS:
        executor, job = in_process_executor, build_job
    else:
        # Steps in processes (or pods) of their own: the run worker holds the staging file
        # and the build lock, the steps' duckdb resource attaches to that file.
        executor = executor_for(paths, lock_wait_seconds)
        job = define_build_job(executor)
        plain = resources["duckdb"]
        resources["duckdb"] = RunStagedWarehouse(
            database=plain.database,
            warehouse=plain.warehouse,
            docs_dir=plain.docs_dir,
            lock_wait_seconds=plain.lock_wait_seconds,
        )
    return Definitions(
        assets=ASSETS,
        asset_checks=ASSET_CHECKS,
        jobs=[job],
        sensors=[documents_folder_sensor],
        schedules=[daily_build_schedule],
        resources=resources,
        executor=executor,  # also for materialisations started from the UI
    )


defs = build_definitions(lock_wait_seconds=UI_LOCK_WAIT_SECONDS)


def settings_build_job():
    """The build job as the settings (``ZHIBIAO_EXECUTOR``, ``ZHIBIAO_DOCS_DIR``,
    ``ZHIBIAO_WAREHOUSE``) define it when called: a target for
    ``dagster.reconstructable``, which each step's process calls again with the same
    environment (the tests run the multiprocess build this way)."""
    return build_definitions(lock_wait_seconds=UI_LOCK_WAIT_SECONDS).resolve_job_def(BUILD_JOB_NAME)
