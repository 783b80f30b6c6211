"""Where things live, and the resources every asset gets.

One DuckDB file is shared by the Python assets (through the ``duckdb`` resource, a
:class:`~orchestration.warehouse.WarehouseResource`) and by dbt (whose profile reads
``ZHIBIAO_DBT_DUCKDB_PATH``): the dbt asset exports the resource's path into that variable for
its subprocess, so the two can never disagree. That file is the run's staging copy
``<warehouse>.building``; the publish step renames it onto the warehouse.

Paths are resolved in ``orchestration.paths`` (flags, then environment, then defaults).
"""

from __future__ import annotations

import sys
from functools import cached_property
from importlib.metadata import version as installed_version
from pathlib import Path
from typing import Any

from dagster import ConfigurableResource
from dagster_dbt import DbtCliResource
from packaging.version import Version

from ingest.store.publish import staging_path
from orchestration.paths import DATA_DOCS_DIR_NAME, Paths, resolve_paths
from orchestration.project import dbt_project
from orchestration.warehouse import WarehouseResource

__all__ = ["Paths", "WarehouseResource", "ZhibiaoSettings", "make_resources", "resolve_paths"]


class ZhibiaoSettings(ConfigurableResource):
    """Folders of one build, as seen by the assets, checks and the sensor.

    ``warehouse_path`` is always the published warehouse, never the file a run writes (that is
    the ``duckdb`` resource's ``database``): checks that compare with the last published
    warehouse (drift) read it here, or through ``WarehouseResource.connect_published``.
    """

    docs_dir: str
    warehouse_path: str
    cache_dir: str

    @property
    def docs(self) -> Path:
        return Path(self.docs_dir)

    @property
    def warehouse(self) -> Path:
        return Path(self.warehouse_path)

    @property
    def cache(self) -> Path:
        return Path(self.cache_dir)

    @property
    def data_docs_dir(self) -> Path:
        return self.warehouse.parent / DATA_DOCS_DIR_NAME


def dbt_executable() -> str:
    """The dbt next to this interpreter: `.venv/bin/zhibiao` runs without the venv on PATH."""
    candidate = Path(sys.executable).parent / "dbt"
    return str(candidate) if candidate.exists() else "dbt"


class ZhibiaoDbtCliResource(DbtCliResource):
    """dagster-dbt's resource without two things it does before every dbt command that a build
    does not use: asking the dbt executable its version (a second dbt process, about 1 s) and
    loading dbt's adapter into this process (about 1 s), which dagster-dbt needs only to fetch
    row counts or column metadata itself (``orchestration.dbt_assets`` counts rows on its own
    connection once dbt has finished).

    The dbt it runs is the one installed beside this interpreter (``dbt_executable()``), so its
    version is dbt-core's installed version.
    """

    @cached_property
    def _cli_version(self) -> Version:
        return Version(installed_version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args: Any) -> None:  # type: ignore[override]
        return None


def make_resources(paths: Paths, lock_wait_seconds: float = 0.0) -> dict[str, object]:
    """The resources of a build of ``paths``; a run that finds the warehouse locked by another
    build waits up to ``lock_wait_seconds`` for it."""
    return {
        "settings": ZhibiaoSettings(
            docs_dir=str(paths.docs_dir),
            warehouse_path=str(paths.warehouse),
            cache_dir=str(paths.cache_dir),
        ),
        "duckdb": WarehouseResource(
            database=str(staging_path(paths.warehouse)),
            warehouse=str(paths.warehouse),
            docs_dir=str(paths.docs_dir),
            lock_wait_seconds=lock_wait_seconds,
        ),
        "dbt": ZhibiaoDbtCliResource(project_dir=dbt_project, dbt_executable=dbt_executable()),
    }
