"""The dbt project as Dagster assets: sources map onto the raw assets, tests become asset checks.

(No ``from __future__ import annotations`` in modules with Dagster-decorated functions: Dagster
inspects the real type hints to find the context and resources.)
"""

import contextlib
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from dagster import AssetExecutionContext, AssetSpec
from dagster_dbt import (
    DagsterDbtTranslator,
    DagsterDbtTranslatorSettings,
    DbtCliResource,
    DbtProject,
    dbt_assets,
)
from dagster_duckdb import DuckDBResource

from orchestration.project import dbt_project, prepare_dbt_project
from orchestration.resources import ZhibiaoSettings

# @dbt_assets below reads the manifest now. This is our prepare_if_dev(): it re-parses only
# when a dbt file is newer than the manifest, so `dagster dev` reloads pick up dbt edits and a
# fresh clone works without a separate `dbt parse`.
prepare_dbt_project()

_LAYERS = ("staging", "intermediate", "marts")


class ZhibiaoDbtTranslator(DagsterDbtTranslator):
    """Groups from the model folder; sources keep the default key ``[source, table]``.

    A source ``raw.documents`` therefore has the key ``raw/documents``, the key of the Python
    asset that writes the table, which makes that asset its upstream.
    """

    def get_asset_spec(
        self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None
    ) -> AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        props = self.get_resource_props(manifest, unique_id)
        group = _group_of(props)
        return spec.replace_attributes(group_name=group) if group else spec


def _group_of(props: Mapping[str, Any]) -> str | None:
    kind = props.get("resource_type")
    if kind == "source":
        return props.get("source_name")
    if kind == "seed":
        return "lexicon"
    fqn = props.get("fqn") or []
    # fqn = [project, folder, ..., name]: the first folder is the layer
    return fqn[1] if len(fqn) > 2 and fqn[1] in _LAYERS else None


# dbt tests become asset checks, including the tests on sources: those land on the raw assets.
translator = ZhibiaoDbtTranslator(
    settings=DagsterDbtTranslatorSettings(
        enable_asset_checks=True, enable_source_tests_as_checks=True
    ),
)


@contextlib.contextmanager
def _env(**values: str) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=translator,
    name="zhibiao_dbt",
)
def zhibiao_dbt_assets(
    context: AssetExecutionContext,
    dbt: DbtCliResource,
    duckdb: DuckDBResource,
    settings: ZhibiaoSettings,
):
    # dbt's profile reads ZHIBIAO_DBT_DUCKDB_PATH: give it exactly the file the Python assets
    # wrote, and keep dbt's artifacts (and partial-parse state) beside the build's cache.
    target = Path(settings.cache_dir) / "dbt-target"
    with _env(ZHIBIAO_DBT_DUCKDB_PATH=str(Path(duckdb.database).absolute())):
        yield from dbt.cli(["build"], context=context, target_path=target).stream()
