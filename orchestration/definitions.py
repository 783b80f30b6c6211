"""The Dagster definitions: `dagster dev` loads ``defs``; ``zhibiao build`` calls
:func:`build_definitions` with the paths of its flags.

Every run, however it starts (the CLI, "Materialize all" or the build job in the UI, the folder
sensor, the daily schedule), writes a staging copy of the warehouse and publishes it only in its
last step, ``published_warehouse``: see ``orchestration.warehouse``. Groups: ``ingest`` (files,
documents, places), ``extract`` (sentences, facts), ``warehouse`` (the dbt project) and
``quality`` (the publish gate); the data-quality checks sit on the assets they judge.
"""

from __future__ import annotations

from dagster import AssetSelection, Definitions, define_asset_job, in_process_executor

from orchestration.assets.publish import build_publish_asset
from orchestration.assets.raw import RAW_ASSETS
from orchestration.checks import build_expectation_checks
from orchestration.dbt_assets import zhibiao_dbt_assets
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

# One process for the whole run: the steps share one DuckDB file, which admits one writing
# process at a time, and the run's staging file and build lock belong to that process.
build_job = define_asset_job(
    BUILD_JOB_NAME,
    selection=AssetSelection.all(),
    executor_def=in_process_executor,
    description="Read every document, extract indicators, run dbt build and the data checks, "
    "then publish the warehouse (only when all of it succeeded).",
)


def build_definitions(paths: Paths | None = None, lock_wait_seconds: float = 0.0) -> Definitions:
    return Definitions(
        assets=ASSETS,
        asset_checks=ASSET_CHECKS,
        jobs=[build_job],
        sensors=[documents_folder_sensor],
        schedules=[daily_build_schedule],
        resources=make_resources(paths or resolve_paths(), lock_wait_seconds),
        executor=in_process_executor,  # also for materialisations started from the UI
    )


defs = build_definitions(lock_wait_seconds=UI_LOCK_WAIT_SECONDS)
