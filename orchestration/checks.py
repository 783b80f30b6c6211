"""The data-quality checks of ``expectations`` as Dagster asset checks on the marts.

One asset check per ``expectations.CHECKS`` entry, named after the check (provenance,
consistency, target_dating, drift, distribution) on the mart it judges. Blocking checks fail
the run (so ``zhibiao build`` does not publish); the others warn. Each result carries the
counts, the failing rows as a markdown table and a link to the Great Expectations Data Docs.

The drift check compares with the published warehouse (``settings.warehouse``) when the run
writes elsewhere (a staging file); a run writing into the published file itself has nothing
to compare with.

In an incremental build (only documents changed since the published warehouse, which the run
started from), the checks that judge each document's rows on their own (provenance, the facts'
consistency, target dating) judge only the documents added or changed
(``meta.changed_documents``): every other row is the published one, which passed them. The
checks over the whole warehouse (source files, attainment pairs, documents, drift,
distribution) run whole.
"""

import logging
from typing import Any

from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetChecksDefinition,
    AssetCheckSeverity,
    AssetKey,
    AssetsDefinition,
    MetadataValue,
    asset_check,
)
from dagster_duckdb import DuckDBResource

from expectations import CHECK_LIST, CheckContext, CheckResult, CheckSpec
from ingest.store.incremental import changed_documents_table
from orchestration.resources import ZhibiaoSettings

DESCRIPTION_LIMIT = 2000
log = logging.getLogger(__name__)


def _asset_key_for_table(table: str, dbt_assets_def: AssetsDefinition) -> AssetKey | None:
    """The dbt model that materialises ``table`` (a contract table in schema main)."""
    for key in dbt_assets_def.keys:
        if key.path[-1] == table:
            return key
    return None


def _run_started(context: AssetCheckExecutionContext) -> float | None:
    record = context.instance.get_run_record_by_id(context.run.run_id)
    return record.start_time if record is not None else None


def _metadata(result: CheckResult) -> dict[str, Any]:
    failed = [
        {"expectation": f["description"] or f["expectation"], "rows": f["unexpected_count"]}
        for f in result.failures
    ]
    metadata: dict[str, Any] = {
        "rows": result.rows,
        "failing_rows": len(result.failing_rows),
        "evaluated": result.evaluated,
        "successful": result.successful,
        "blocking": result.blocking,
        "failed_expectations": MetadataValue.md(_table(failed)),
        "failing_rows_table": MetadataValue.md(result.markdown()),
    }
    if result.notes:
        metadata["notes"] = MetadataValue.md("\n".join(f"- {n}" for n in result.notes))
    if result.data_docs_index:
        metadata["data_docs"] = MetadataValue.path(str(result.data_docs_index))
    return metadata


def _table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "_none_"
    lines = ["| expectation | rows |", "|---|---|"]
    lines += [f"| {r['expectation']} | {r['rows']} |" for r in rows]
    return "\n".join(lines)


def _make_check(spec: CheckSpec, key: AssetKey) -> AssetChecksDefinition:
    @asset_check(
        asset=key,
        name=spec.name,
        blocking=spec.blocking,
        description=spec.description
        + (" (blocking: a failure stops the build)" if spec.blocking else " (warning)"),
    )
    def _check(
        context: AssetCheckExecutionContext, duckdb: DuckDBResource, settings: ZhibiaoSettings
    ) -> AssetCheckResult:
        from expectations import run_check

        with duckdb.get_connection() as con:
            ctx = CheckContext(
                docs_dir=settings.docs,
                baseline=settings.warehouse,
                files_since=_run_started(context),
                changed_documents=changed_documents_table(con),
            )
            result = run_check(spec, con, ctx, data_docs_dir=settings.data_docs_dir)
        return AssetCheckResult(
            passed=result.success,
            severity=AssetCheckSeverity.ERROR if spec.blocking else AssetCheckSeverity.WARN,
            description=result.message()[:DESCRIPTION_LIMIT],
            metadata=_metadata(result),
        )

    return _check


def build_expectation_checks(dbt_assets_def: AssetsDefinition) -> list[AssetChecksDefinition]:
    """One asset check per data-quality check whose mart the dbt assets materialise."""
    checks = []
    for spec in CHECK_LIST:
        key = _asset_key_for_table(spec.table, dbt_assets_def)
        if key is None:
            log.warning("check %s: no dbt model materialises %s", spec.key, spec.table)
            continue
        checks.append(_make_check(spec, key))
    return checks


__all__ = ["build_expectation_checks"]
