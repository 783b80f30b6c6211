"""The dbt project as Dagster assets: sources map onto the raw assets, tests become asset checks.

Every model and seed is in the ``warehouse`` group, tagged with its layer (staging,
intermediate, marts, views, lexicon). dbt writes the run's staging file (the ``duckdb``
resource's ``database``); when it has finished, each table's materialisation gets its row count.

(No ``from __future__ import annotations`` in modules with Dagster-decorated functions: Dagster
inspects the real type hints to find the context and resources.)
"""

import contextlib
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import duckdb as duckdb_lib
from dagster import AssetExecutionContext, AssetKey, AssetSpec, Output
from dagster_dbt import (
    DagsterDbtTranslator,
    DagsterDbtTranslatorSettings,
    DbtCliResource,
    DbtProject,
    dbt_assets,
)

from orchestration.project import dbt_project, prepare_dbt_project
from orchestration.resources import ZhibiaoSettings
from orchestration.warehouse import WarehouseResource

# @dbt_assets below reads the manifest now. This is our prepare_if_dev(): it re-parses only
# when a dbt file is newer than the manifest, so `dagster dev` reloads pick up dbt edits and a
# fresh clone works without a separate `dbt parse`.
prepare_dbt_project()

GROUP = "warehouse"
_LAYERS = ("staging", "intermediate", "marts", "views")
# Materialisations whose row count is cheap and meaningful: views would run their query.
_COUNTED = {"table", "incremental", "seed", "snapshot"}


class ZhibiaoDbtTranslator(DagsterDbtTranslator):
    """One group for the dbt project, a ``layer`` tag from the model folder; sources keep the
    default key ``[source, table]``.

    A source ``raw.documents`` therefore has the key ``raw/documents``, the key of the Python
    asset that writes the table, which makes that asset its upstream.
    """

    def get_asset_spec(
        self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None
    ) -> AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        props = self.get_resource_props(manifest, unique_id)
        if props.get("resource_type") == "source":
            return spec
        layer = layer_of(props)
        tags = {**spec.tags, "layer": layer} if layer else spec.tags
        return spec.replace_attributes(group_name=GROUP, tags=tags)


def layer_of(props: Mapping[str, Any]) -> str | None:
    """staging, intermediate, marts, views (the model's folder) or lexicon (a seed)."""
    if props.get("resource_type") == "seed":
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


def _counted_relations() -> dict[AssetKey, str]:
    """Asset key -> ``"schema"."table"`` of every table-like model and seed."""
    manifest = json.loads(dbt_project.manifest_path.read_text(encoding="utf-8"))
    out = {}
    for unique_id, node in manifest.get("nodes", {}).items():
        if node.get("resource_type") not in ("model", "seed", "snapshot"):
            continue
        materialized = (node.get("config") or {}).get("materialized", "seed")
        if node["resource_type"] == "model" and materialized not in _COUNTED:
            continue
        key = translator.get_asset_spec(manifest, unique_id, dbt_project).key
        name = node.get("alias") or node["name"]
        out[key] = f'"{node["schema"]}"."{name}"'
    return out


_RELATIONS = _counted_relations()


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
    duckdb: WarehouseResource,
    settings: ZhibiaoSettings,
):
    # dbt's profile reads ZHIBIAO_DBT_DUCKDB_PATH: give it exactly the file the Python assets
    # wrote (the run's staging file), and keep dbt's artifacts (and partial-parse state) beside
    # the build's cache.
    target = Path(settings.cache_dir) / "dbt-target"
    events: list[Any] = []
    with _env(ZHIBIAO_DBT_DUCKDB_PATH=str(Path(duckdb.database).absolute())):
        try:
            # Held back until dbt has finished: while it runs, its process holds the DuckDB
            # file and nothing else may open it to count rows.
            events.extend(dbt.cli(["build"], context=context, target_path=target).stream())
        except BaseException:
            yield from events  # what dbt did build still shows in the UI
            raise
    yield from with_row_counts(context, events, duckdb)


def with_row_counts(
    context: AssetExecutionContext, events: list[Any], duckdb: WarehouseResource
) -> Iterator[Any]:
    """The events, each table's Output carrying ``dagster/row_count``."""
    keys = context.assets_def.keys_by_output_name
    counts: dict[str, int] = {}
    try:
        with duckdb.get_connection() as con:
            for event in events:
                relation = _RELATIONS.get(keys.get(getattr(event, "output_name", "")))
                if isinstance(event, Output) and relation:
                    counts[event.output_name] = con.execute(
                        f"SELECT count(*) FROM {relation}"
                    ).fetchall()[0][0]
    except duckdb_lib.Error as exc:  # counts are a courtesy: never fail the build over them
        context.log.warning(f"row counts unavailable: {exc}")
    for event in events:
        count = counts.get(getattr(event, "output_name", ""))
        yield (
            event.with_metadata({**event.metadata, "dagster/row_count": count})
            if (count is not None)
            else event
        )
