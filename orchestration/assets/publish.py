"""The quality gate: publish the run's staging copy as the warehouse, and say what it holds.

``published_warehouse`` depends on every other asset, so Dagster runs it only after all of them
and after every blocking check on them passed; its low priority makes it the run's last step.
Before it renames the staging file onto the warehouse (``WarehouseResource.publish``) it also
makes sure that no step of the run failed (a crashed warning check fails the run, and a failed
run must not publish). Its metadata is the warehouse at a glance: tables and row counts, facts
per city and year, a sample of facts, the unmapped share and the time each stage took.

No ``from __future__ import annotations``: Dagster reads the real type hints.
"""

import os
import time
from collections.abc import Sequence
from typing import Any

import duckdb
import polars as pl
from dagster import (
    AssetExecutionContext,
    AssetKey,
    DagsterEventType,
    Failure,
    MaterializeResult,
    MetadataValue,
    asset,
)

from orchestration.raw_tables import markdown_table, pivot_city_year
from orchestration.warehouse import PUBLISH_ASSET_KEY, PUBLISH_STEP, WarehouseResource

GROUP = "quality"
# Among the steps ready to run, the lowest priority runs last: every check of the run has
# finished (and could still fail the run) before the warehouse is replaced.
LAST = {"dagster/priority": "-100"}

_SAMPLE_SQL = """
    SELECT c.city_zh, f.year, f.indicator_code, f.kind, f.measure, f.comparator, f.value,
           f.unit, f.qualifier, f.raw_text, f.sentence
    FROM main.fct_indicator_value f LEFT JOIN main.dim_city c USING (city_id)
    ORDER BY c.city_zh, f.year, f.indicator_code, f.fact_id
"""
_PER_CITY_YEAR_SQL = """
    SELECT coalesce(c.city_zh, '(no city)') AS city, f.year, count(*) AS facts
    FROM main.fct_indicator_value f LEFT JOIN main.dim_city c USING (city_id)
    GROUP BY ALL
"""


def build_publish_asset(upstream: Sequence[AssetKey]):
    """The publish asset, downstream of every asset in ``upstream`` (all the others)."""

    @asset(
        key=PUBLISH_ASSET_KEY,
        deps=list(upstream),
        group_name=GROUP,
        kinds={"duckdb"},
        op_tags=LAST,
        pool="zhibiao_warehouse",
        description="The warehouse readers query. A run writes a staging copy "
        "(<warehouse>.building); this step renames it onto the warehouse, atomically, once "
        "every other step and every blocking check of the run succeeded. Readers holding the "
        "old file keep it; a failed, stopped or killed run leaves the warehouse as it was.",
    )
    def published_warehouse(
        context: AssetExecutionContext, duckdb: WarehouseResource
    ) -> MaterializeResult:
        failed = _failed_steps(context)
        if failed:
            raise Failure(
                description=f"not published: {', '.join(failed)} failed in this run; the "
                f"warehouse {duckdb.published_path} was not changed"
            )
        with duckdb.get_connection() as con:
            metadata = warehouse_metadata(con)
        metadata["stage_seconds"] = MetadataValue.md(_stage_times(context))
        metadata["started_from"] = duckdb.started_from
        started = time.monotonic()
        duckdb.publish(build_id=context.run.run_id)
        target = duckdb.published_path
        metadata["path"] = MetadataValue.path(str(target))
        metadata["size_mb"] = round(os.path.getsize(target) / 1e6, 2)
        metadata["publish_seconds"] = round(time.monotonic() - started, 3)
        context.log.info(f"published {target}")
        return MaterializeResult(metadata=metadata)

    return published_warehouse


def _failed_steps(context: AssetExecutionContext) -> list[str]:
    records = context.instance.get_records_for_run(
        context.run.run_id, of_type=DagsterEventType.STEP_FAILURE, limit=20
    ).records
    return sorted({r.event_log_entry.step_key or "?" for r in records} - {PUBLISH_STEP})


def _stage_times(context: AssetExecutionContext) -> str:
    """Seconds per step of this run so far, in the order they finished."""
    records = context.instance.get_records_for_run(
        context.run.run_id, of_type=DagsterEventType.STEP_SUCCESS
    ).records
    rows = []
    for r in records:
        event = r.event_log_entry.dagster_event
        data = event.event_specific_data if event else None
        millis = getattr(data, "duration_ms", None)
        if event and millis is not None:
            rows.append({"step": event.step_key, "seconds": round(millis / 1000, 2)})
    return markdown_table(pl.DataFrame(rows, schema={"step": pl.String, "seconds": pl.Float64}))


def _safe(compute: Any) -> Any:
    """A metadata value, or a note when the table it needs is missing (a subset run)."""
    try:
        return compute()
    except duckdb.Error as exc:
        return MetadataValue.md(f"_unavailable: {str(exc).splitlines()[0]}_")


def warehouse_metadata(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """What a data engineer wants to see of a built warehouse, from one connection."""

    def counts() -> dict[str, int]:
        tables = con.execute(
            "SELECT schema_name, table_name FROM duckdb_tables() "
            "WHERE database_name = current_database() ORDER BY 1, 2"
        ).fetchall()
        return {
            f"{s}.{t}": con.execute(f'SELECT count(*) FROM "{s}"."{t}"').fetchall()[0][0]
            for s, t in tables
        }

    def status_line() -> str:
        rows = dict(
            con.execute("SELECT status, count(*) FROM main.source_files GROUP BY 1").fetchall()
        )
        return (
            f"{rows.get('ok', 0)} ok, {rows.get('duplicate', 0)} duplicate, "
            f"{rows.get('quarantined', 0)} quarantined"
        )

    def per_city_year() -> MetadataValue:
        return MetadataValue.md(markdown_table(pivot_city_year(con.sql(_PER_CITY_YEAR_SQL).pl())))

    def sample() -> MetadataValue:
        frame = con.sql(_SAMPLE_SQL + " LIMIT 15").pl()
        return MetadataValue.md(markdown_table(frame, width=60))

    def unmapped_share() -> float:
        facts, unmapped = con.execute(
            "SELECT (SELECT count(*) FROM main.fct_indicator_value), "
            "(SELECT count(*) FROM main.fct_unmapped_quantity)"
        ).fetchall()[0]
        return round(unmapped / (facts + unmapped), 4) if facts + unmapped else 0.0

    table_counts = _safe(counts)
    metadata: dict[str, Any] = {}
    if isinstance(table_counts, dict):
        main = {k: v for k, v in table_counts.items() if k.startswith("main.")}
        metadata["dagster/row_count"] = main.get("main.fct_indicator_value", 0)
        metadata["facts"] = main.get("main.fct_indicator_value", 0)
        metadata["unmapped_mentions"] = main.get("main.fct_unmapped_quantity", 0)
        metadata["documents"] = main.get("main.dim_document", 0)
        frame = pl.DataFrame(
            {"table": list(table_counts), "rows": list(table_counts.values())},
            schema={"table": pl.String, "rows": pl.Int64},
        )
        metadata["tables"] = MetadataValue.md(markdown_table(frame, limit=200))
    else:
        metadata["tables"] = table_counts
    metadata["files"] = _safe(status_line)
    metadata["unmapped_share"] = _safe(unmapped_share)
    metadata["facts_per_city_and_year"] = _safe(per_city_year)
    metadata["sample_facts"] = _safe(sample)
    return metadata
