"""The Dagster definitions: `dagster dev` loads ``defs``; ``zhibiao build`` calls
:func:`build_definitions` with its own paths (a staging file to write into)."""

from __future__ import annotations

from dagster import AssetSelection, Definitions, define_asset_job, in_process_executor

from orchestration.assets.raw import RAW_ASSETS
from orchestration.checks import build_expectation_checks
from orchestration.dbt_assets import zhibiao_dbt_assets
from orchestration.resources import Paths, make_resources, resolve_paths
from orchestration.sensors import BUILD_JOB_NAME, documents_folder_sensor

ASSETS = [*RAW_ASSETS, zhibiao_dbt_assets]
ASSET_CHECKS = build_expectation_checks(zhibiao_dbt_assets)

# One process for the whole run: the steps share one DuckDB file, which admits one writing
# process at a time, and a process per step would only add start-up time.
build_job = define_asset_job(
    BUILD_JOB_NAME,
    selection=AssetSelection.all(),
    executor_def=in_process_executor,
    description="Read every document, extract indicators, run dbt build and the data checks.",
)


def build_definitions(paths: Paths | None = None) -> Definitions:
    return Definitions(
        assets=ASSETS,
        asset_checks=ASSET_CHECKS,
        jobs=[build_job],
        sensors=[documents_folder_sensor],
        resources=make_resources(paths or resolve_paths()),
        executor=in_process_executor,  # also for materialisations started from the UI
    )


defs = build_definitions()
