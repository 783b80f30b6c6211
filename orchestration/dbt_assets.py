"""The dbt project as Dagster assets: sources map onto the raw assets, tests become asset checks.

Every model and seed is in the ``warehouse`` group, tagged with its layer (staging,
intermediate, marts, views, lexicon). dbt writes the run's staging file (the ``duckdb``
resource's ``database``); its events reach Dagster while it runs, each table's materialisation
with the row count the table's post-hook logged (``macros/row_count.sql``): no other process
may open the file while dbt holds it.

An incremental run (only documents changed since the published warehouse, which the run
started from: ``orchestration.warehouse``) first lists the documents added, changed or removed
(``meta.changed_documents``), then runs ``dbt build --selector changed_documents``
(``dbt_project/selectors.yml``): the per-document marts delete and insert those documents'
rows, the other marts and the views over them are rebuilt whole, with every data test on
them; the seeds and the staging and intermediate views are left as the copy holds them (none
of their sources changed). Their assets are reported materialised all the same, unchanged. Any
other run that did not start empty rebuilds everything (``--full-refresh``). No build runs
dbt's unit tests: they test the SQL on fixtures, and the test suite's own ``dbt build`` runs
them.

(No ``from __future__ import annotations`` in modules with Dagster-decorated functions: Dagster
inspects the real type hints to find the context and resources.)
"""

import contextlib
import graphlib
import logging
import os
import re
import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import duckdb as duckdb_lib
from dagster import AssetExecutionContext, AssetSpec, Output
from dagster_dbt import (
    DagsterDbtTranslator,
    DagsterDbtTranslatorSettings,
    DbtCliResource,
    DbtProject,
    dbt_assets,
)

from ingest.store.incremental import scope_changed_documents
from orchestration.dbt_selection import selected_nodes
from orchestration.project import DBT_HOME_DATABASE, dbt_project, prepare_dbt_project
from orchestration.resources import ZhibiaoSettings
from orchestration.warehouse import WarehouseResource

# @dbt_assets below reads the manifest now. This is our prepare_if_dev(): it re-parses only
# when a dbt file is newer than the manifest, so `dagster dev` reloads pick up dbt edits and a
# fresh clone works without a separate `dbt parse`.
prepare_dbt_project()

GROUP = "warehouse"
_LAYERS = ("staging", "intermediate", "marts", "views")
# dbt_project/selectors.yml: what an incremental run builds
INCREMENTAL_SELECTOR = "changed_documents"


class _UnrunTestsFilter(logging.Filter):
    """Quiets Dagster's warning for each dbt test an incremental run leaves unrun (the tests of
    the seeds and of the staging and intermediate views: see the module's docstring), which
    it would print once per test on the terminal of every such build."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "emitted no result in step 'zhibiao_dbt'" not in record.getMessage()


logging.getLogger("dagster._core.execution.plan.active").addFilter(_UnrunTestsFilter())


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


# dbt's profile is hashed into its partial-parse state (``partial_parse.msgpack``), the file
# path included: a build whose dbt saw a path of its own (every new warehouse) parsed the whole
# project again (about 2 s of the five reports' 15). So dbt always sees the same path,
# ``~/zhibiao.duckdb``, with HOME set for its process alone to a folder of the build's cache that
# holds a hard link to the run's staging file; ``dbt parse`` (orchestration.project) uses the same
# path, and its state seeds a build's target folder, so even a first build parses only what
# changed since. (DuckDB expands ``~``; a hard link, unlike a symbolic one, keeps the name dbt
# gives the database. Where no hard link can be made, dbt gets the staging file's own path.)


@contextlib.contextmanager
def dbt_database(staging: Path, cache_dir: Path) -> Iterator[dict[str, str]]:
    """Environment for dbt's process: the path its profile gets for ``staging`` (and HOME)."""
    home = cache_dir / "dbt-home"
    link = home / Path(DBT_HOME_DATABASE).name
    wal = link.with_name(link.name + ".wal")
    try:
        home.mkdir(parents=True, exist_ok=True)
        link.unlink(missing_ok=True)
        wal.unlink(missing_ok=True)  # a killed run's: it belongs to an older staging file
        os.link(staging, link)
    except OSError:
        yield {"ZHIBIAO_DBT_DUCKDB_PATH": str(staging)}
        return
    try:
        yield {"ZHIBIAO_DBT_DUCKDB_PATH": DBT_HOME_DATABASE, "HOME": str(home)}
    finally:
        if wal.exists():  # dbt's DuckDB checkpoints when it closes; if it did not, do it here
            with contextlib.closing(duckdb_lib.connect(str(link))) as con:
                con.execute("CHECKPOINT")
        link.unlink(missing_ok=True)


def seed_partial_parse(target: Path) -> None:
    """Start a build's dbt target folder from ``dbt parse``'s partial-parse state.

    dbt checks that state against every file of the project (and the profile, the variables,
    its own version) and parses again whatever differs, so a stale copy costs a parse, never a
    wrong manifest.
    """
    source = dbt_project.manifest_path.with_name("partial_parse.msgpack")
    dest = target / source.name
    if dest.exists() or not source.exists():
        return
    target.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(f"{dest.name}.{os.getpid()}.tmp")
    shutil.copyfile(source, partial)
    os.replace(partial, dest)


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=translator,
    name="zhibiao_dbt",
    pool="zhibiao_warehouse",
)
def zhibiao_dbt_assets(
    context: AssetExecutionContext,
    dbt: DbtCliResource,
    duckdb: WarehouseResource,
    settings: ZhibiaoSettings,
):
    # dbt's profile reads ZHIBIAO_DBT_DUCKDB_PATH: it gets exactly the file the Python assets
    # wrote (the run's staging file, under the fixed name above), and dbt's artifacts (and
    # partial-parse state) stay beside the build's cache.
    target = Path(settings.cache_dir) / "dbt-target"
    seed_partial_parse(target)
    events: list[Any] = []
    staging = Path(duckdb.database).absolute()
    args = ["build", *_build_mode(context, duckdb), *BUILD_EXCLUDES, *BUILD_LOG]
    incremental = INCREMENTAL_SELECTOR in args
    with dbt_database(staging, Path(settings.cache_dir)) as dbt_env:
        # the variables are this process's only while dagster-dbt starts dbt's
        with _env(**dbt_env):
            invocation = dbt.cli(args, context=context, target_path=target)
        # The data checks run after dbt, in this process: import Great Expectations now,
        # while dbt's process starts.
        from expectations.runner import warm_up

        warm_up()
        streamed = stream_with_row_counts(context, invocation)
        # Each model's materialisation and each test's result reach Dagster as dbt reports
        # them: the UI follows the run, and the event log is written while dbt works. An
        # incremental run first reports what its selector leaves unchanged (upstream of what
        # it rebuilds), read off the manifest; were the selector beyond that reading, the
        # events wait for dbt's end, which says what it built.
        rebuilt = _rebuilt_outputs(invocation.manifest) if incremental else set()
        if rebuilt is not None:
            if incremental:
                yield from _unchanged_outputs(context, rebuilt)
            yield from streamed
            return
        try:
            events.extend(streamed)
        except BaseException:
            yield from events  # what dbt did build still shows in the UI
            raise
    emitted = {e.output_name for e in events if isinstance(e, Output)}
    yield from _unchanged_outputs(context, emitted)
    yield from events


# dbt's unit tests check the models' SQL on fixtures of their own, not the user's data: they run
# where the SQL changes (CI's `dbt build` of the project, tests/test_dbt_project.py), not in every
# build of a folder of reports (dbt's advice for production runs; about 1 s of a small build).
BUILD_EXCLUDES = ("--exclude-resource-type", "unit_test")
# dbt writes every event, each SQL statement included, to its dbt.log (in the build's dbt
# target folder) at debug level by default: formatting and writing them took about a fifth of
# dbt's own time on the five reports. Warnings and errors still go there; Dagster's event log
# keeps what dbt printed.
BUILD_LOG = ("--log-level-file", "warn")


def _build_mode(context: AssetExecutionContext, duckdb: WarehouseResource) -> list[str]:
    """dbt's arguments for this run: by changed document, whole over a copy, or as they are
    (a run that started empty)."""
    if duckdb.incremental:
        with duckdb.get_connection() as con:
            # written by the raw stages already, unless they did not run (a re-execution)
            table = scope_changed_documents(con, duckdb.published_path)
            changed = (
                con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0] if table else None
            )
            if table:
                note_published_cities(con, table)
        if changed is not None:
            context.log.info(
                f"incremental build: {changed} document(s) added, changed or removed since "
                "the published warehouse; dbt rebuilds their rows and the marts over them"
            )
            return ["--selector", INCREMENTAL_SELECTOR]
        context.log.info("the published warehouse's documents cannot be compared: full rebuild")
    if duckdb.started_from != "empty":
        return ["--full-refresh"]  # the copy's incremental marts are rebuilt whole
    return []


def note_published_cities(con: Any, table: str) -> None:
    """Beside each changed document of ``table``, the city it had in the published warehouse
    (``published_city_id``; ``published`` is false for a document added since): the tables the
    views read are recomputed by city (dbt_project/macros/changed_cities.sql), and a document
    removed, or moved to another city, changes its old city's rows. Read here, from the copy's
    ``main.dim_document`` before dbt rebuilds it (within dbt, nothing can be ordered before
    dim_document); once: a re-executed dbt step finds the columns and keeps them."""
    schema, name = table.split(".")
    columns = con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() "
        "AND schema_name = ? AND table_name = ?",
        [schema, name],
    ).fetchall()
    if ("published_city_id",) in columns:
        return
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f"ALTER TABLE {table} ADD COLUMN published BOOLEAN DEFAULT false")
        con.execute(f"ALTER TABLE {table} ADD COLUMN published_city_id VARCHAR")
        con.execute(
            f"UPDATE {table} SET published = true, published_city_id = published_docs.city_id "
            "FROM main.dim_document AS published_docs "
            f"WHERE published_docs.document_id = {name}.document_id"
        )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _rebuilt_outputs(manifest: Mapping[str, Any]) -> set[str] | None:
    """The outputs of the models the incremental selector rebuilds (None: not readable off
    the manifest, orchestration.dbt_selection)."""
    nodes = selected_nodes(manifest, INCREMENTAL_SELECTOR)
    if nodes is None:
        return None
    return {
        translator.get_asset_spec(manifest, uid, dbt_project).key.to_python_identifier()
        for uid in nodes
    }


def _unchanged_outputs(context: AssetExecutionContext, emitted: set[str]) -> Iterator[Output]:
    """An Output for every selected dbt asset the incremental selector leaves as the copy holds
    it (seeds, staging and intermediate views: not in ``emitted``, the outputs dbt rebuilds):
    unchanged, and in the warehouse published."""
    assets_def = context.assets_def
    keys = assets_def.keys_by_output_name  # the assets' outputs, not the checks'
    selected = set(context.op_execution_context.selected_output_names)
    missing = {keys[n]: n for n in selected - emitted if n in keys}
    # in topological order, as Dagster wants a multi-asset's outputs
    graph = {key: set(assets_def.asset_deps.get(key, ())) & set(missing) for key in missing}
    for key in graphlib.TopologicalSorter(graph).static_order():
        name = missing[key]
        yield Output(
            None,
            output_name=name,
            metadata={"unchanged": "kept from the published warehouse (incremental build)"},
        )


# "row count of <relation>: <n>": what macros/row_count.sql logs for each table dbt writes,
# before dbt reports the table
_ROW_COUNT_RE = re.compile(r"row count of .+: ([0-9]+)")


def logged_row_count(raw_event: Mapping[str, Any]) -> tuple[str, int] | None:
    """(unique_id, rows) when a raw dbt event is a table's row count line, else None."""
    info = raw_event.get("info") or {}
    if info.get("name") != "JinjaLogInfo":
        return None
    found = _ROW_COUNT_RE.fullmatch(info.get("msg") or "")
    unique_id = ((raw_event.get("data") or {}).get("node_info") or {}).get("unique_id")
    return (unique_id, int(found.group(1))) if found and unique_id else None


def stream_with_row_counts(context: AssetExecutionContext, invocation: Any) -> Iterator[Any]:
    """dbt's events as Dagster events while dbt runs, each table's Output with the
    ``dagster/row_count`` its post-hook logged (the warehouse file is dbt's until it ends)."""
    counts: dict[str, int] = {}
    for message in invocation.stream_raw_events():
        logged = logged_row_count(message.raw_event)
        if logged is not None:
            counts[logged[0]] = logged[1]
            continue
        unique_id = (message.raw_event.get("data") or {}).get("node_info", {}).get("unique_id")
        for event in message.to_default_asset_events(
            manifest=invocation.manifest,
            dagster_dbt_translator=invocation.dagster_dbt_translator,
            context=context,
            target_path=invocation.target_path,
            project=invocation.project,
        ):
            count = counts.pop(unique_id, None) if isinstance(event, Output) else None
            yield (
                event
                if count is None
                else event.with_metadata({**event.metadata, "dagster/row_count": count})
            )
