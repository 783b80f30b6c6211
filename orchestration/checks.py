"""Great Expectations suites as Dagster asset checks on the contract tables.

GE 1.x has no Dagster integration and its SQL route fails on DuckDB, so each check reads its
mart into pandas (``expectations.read_mart``) and hands it to ``expectations.run_suite`` with
the warehouse facts the suite needs (``expectations.suite_context``). Suites marked blocking
fail the run (and so stop ``zhibiao build`` from publishing); the others only warn.
"""

import logging
from collections.abc import Sequence
from typing import Any

import pandas as pd
from dagster import (
    AssetCheckResult,
    AssetChecksDefinition,
    AssetCheckSeverity,
    AssetKey,
    AssetsDefinition,
    MetadataValue,
    asset_check,
)
from dagster_duckdb import DuckDBResource

from orchestration.resources import ZhibiaoSettings

CHECK_NAME = "great_expectations"
log = logging.getLogger(__name__)


def _asset_key_for_table(table: str, dbt_assets_def: AssetsDefinition) -> AssetKey | None:
    """The dbt model that materialises ``table`` (a contract table in schema main)."""
    for key in dbt_assets_def.keys:
        if key.path[-1] == table:
            return key
    return None


def _failures_markdown(failures: Sequence[dict[str, Any]], limit: int = 30) -> str:
    if not failures:
        return "_none_"
    columns: list[str] = []
    for f in failures:
        columns += [k for k in f if k not in columns]
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for f in failures[:limit]:
        cells = [str(f.get(c, "")).replace("|", "\\|").replace("\n", " ")[:200] for c in columns]
        lines.append("| " + " | ".join(cells) + " |")
    if len(failures) > limit:
        lines.append(f"\n_… {len(failures) - limit} more_")
    return "\n".join(lines)


def _unexpected_total(failures: Sequence[dict[str, Any]]) -> int:
    total = 0
    for f in failures:
        value = f.get("unexpected_count")
        if isinstance(value, (int, float)):
            total += int(value)
    return total


def _make_check(table: str, key: AssetKey, blocking: bool) -> AssetChecksDefinition:
    @asset_check(
        asset=key,
        name=CHECK_NAME,
        blocking=blocking,
        description=f"Great Expectations suite `{table}`"
        + (" (blocking: a failure stops the build)" if blocking else ""),
    )
    def _check(duckdb: DuckDBResource, settings: ZhibiaoSettings) -> AssetCheckResult:
        from expectations import read_mart, run_suite, suite_context

        with duckdb.get_connection() as con:
            frame: pd.DataFrame = read_mart(con, table)
            context = suite_context(con)
        result = run_suite(table, frame, context=context, data_docs_dir=settings.data_docs_dir)
        metadata: dict[str, Any] = {
            "rows": len(frame),
            "evaluated": result.evaluated,
            "successful": result.successful,
            "failed": result.evaluated - result.successful,
            "unexpected_count": _unexpected_total(result.failures),
            "failures": MetadataValue.md(_failures_markdown(result.failures)),
            "blocking": blocking,
        }
        if result.data_docs_index:
            metadata["data_docs"] = MetadataValue.path(str(result.data_docs_index))
        return AssetCheckResult(
            passed=bool(result.success),
            severity=AssetCheckSeverity.ERROR if blocking else AssetCheckSeverity.WARN,
            metadata=metadata,
        )

    return _check


def build_expectation_checks(dbt_assets_def: AssetsDefinition) -> list[AssetChecksDefinition]:
    """One check per suite in ``expectations.SUITES`` whose table we materialise."""
    from expectations import SUITES

    checks = []
    for table, spec in SUITES.items():
        key = _asset_key_for_table(table, dbt_assets_def)
        if key is None:
            log.warning("expectation suite %r: no asset materialises that table", table)
            continue
        checks.append(_make_check(table, key, bool(getattr(spec, "blocking", False))))
    return checks
