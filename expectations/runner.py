"""Running a suite on a DataFrame through Great Expectations' pandas route.

GE's SQL datasource fails on DuckDB (every metric errors, see STACK-NOTES), so the caller reads
the mart into pandas and hands it over. One ephemeral GE context per process, created on first
use; GE itself is imported then too. Suites are rebuilt on every call, since they depend on the
caller's context (dim_indicator's units), and replace the previous version by name. Data Docs,
when asked for, go to a fixed folder rather than the ephemeral context's fresh temp dir.
"""

from __future__ import annotations

import hashlib
import math
import os
import threading
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from expectations.suites import SUITES, SuiteContext

if TYPE_CHECKING:
    import pandas as pd
    from great_expectations.checkpoint.checkpoint import CheckpointResult
    from great_expectations.core.expectation_validation_result import (
        ExpectationSuiteValidationResult,
        ExpectationValidationResult,
    )
    from great_expectations.data_context import AbstractDataContext

DATASOURCE = "zhibiao_marts"
MAX_UNEXPECTED_VALUES = 5
_LOCK = threading.RLock()


@dataclass(frozen=True)
class SuiteResult:
    """The outcome of one suite on one table.

    ``failures``: one dict per failed expectation with ``expectation`` (GE type, e.g.
    ``expect_column_values_to_be_between``), ``column`` (``"a, b"`` for a column pair, None for
    table-level), ``description``, ``row_condition``, ``unexpected_count``,
    ``unexpected_values`` (a few, JSON-safe) and ``exception`` (when GE could not evaluate it).
    """

    table: str
    success: bool
    evaluated: int
    successful: int
    failures: list[dict[str, Any]] = field(default_factory=list)
    data_docs_index: Path | None = None

    @property
    def blocking(self) -> bool:
        """True when the table's suite is blocking (see SUITES)."""
        return SUITES[self.table].blocking

    def summary(self) -> dict[str, Any]:
        """A JSON-safe dict (for logs and Dagster metadata)."""
        return {
            "table": self.table,
            "success": self.success,
            "blocking": self.blocking,
            "evaluated": self.evaluated,
            "successful": self.successful,
            "failures": self.failures,
            "data_docs_index": str(self.data_docs_index) if self.data_docs_index else None,
        }


@cache
def gx_context() -> AbstractDataContext:
    """The process's ephemeral GE context: no progress bars, no analytics, no default site."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    # the default site writes to a new temp dir on every build; we only build our own sites
    for site in list(context.list_data_docs_sites()):
        context.delete_data_docs_site(site)
    context.data_sources.add_pandas(DATASOURCE)
    return context


def _batch_definition(context: AbstractDataContext, table: str) -> Any:
    datasource = context.data_sources.get(DATASOURCE)
    try:
        asset = datasource.get_asset(table)
    except LookupError:
        asset = datasource.add_dataframe_asset(table)
    try:
        return asset.get_batch_definition("whole")
    except KeyError:
        return asset.add_batch_definition_whole_dataframe("whole")


def _docs_site(context: AbstractDataContext, data_docs_dir: Path) -> str:
    """Name of the Data Docs site writing to data_docs_dir, added on first use."""
    folder = data_docs_dir.resolve()
    name = "zhibiao_" + hashlib.sha1(str(folder).encode()).hexdigest()[:10]
    if name not in context.list_data_docs_sites():
        folder.mkdir(parents=True, exist_ok=True)
        context.add_data_docs_site(
            name,
            {
                "class_name": "SiteBuilder",
                "show_how_to_buttons": False,
                "store_backend": {
                    "class_name": "TupleFilesystemStoreBackend",
                    "base_directory": str(folder),
                },
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            },
        )
    return name


def run_suite(
    table: str,
    df: pd.DataFrame,
    *,
    context: dict[str, Any] | None = None,
    data_docs_dir: Path | None = None,
) -> SuiteResult:
    """Validate ``df`` (the contents of mart ``table``) with the table's suite.

    ``context`` supplies warehouse facts some suites need (``indicator_units`` for
    fct_indicator_value); ``data_docs_dir`` (a fixed folder) receives GE Data Docs for the run.
    Raises KeyError for a table without a suite and ValueError for missing context keys.
    """
    spec = SUITES[table]
    expectations = spec.expectations(context)
    with _LOCK:
        import great_expectations as gx
        from great_expectations.checkpoint import UpdateDataDocsAction

        gx_ctx = gx_context()
        suite = gx.ExpectationSuite(name=table, expectations=expectations)
        suite = gx_ctx.suites.add_or_update(suite)
        validation = gx_ctx.validation_definitions.add_or_update(
            gx.ValidationDefinition(name=table, data=_batch_definition(gx_ctx, table), suite=suite)
        )
        actions = []
        if data_docs_dir is not None:
            site = _docs_site(gx_ctx, Path(data_docs_dir))
            actions.append(UpdateDataDocsAction(name="data_docs", site_names=[site]))
        checkpoint = gx_ctx.checkpoints.add_or_update(
            gx.Checkpoint(
                name=table,
                validation_definitions=[validation],
                actions=actions,
                result_format={"result_format": "SUMMARY"},
            )
        )
        result: CheckpointResult = checkpoint.run(batch_parameters={"dataframe": df})

    (validation_result,) = result.run_results.values()
    index = Path(data_docs_dir).resolve() / "index.html" if data_docs_dir is not None else None
    return _to_suite_result(table, validation_result, index if index and index.exists() else None)


def _to_suite_result(
    table: str, result: ExpectationSuiteValidationResult, index: Path | None
) -> SuiteResult:
    stats = result.statistics
    failures = [_failure(r) for r in result.results if not r.success]
    return SuiteResult(
        table=table,
        success=bool(result.success),
        evaluated=int(stats["evaluated_expectations"]),
        successful=int(stats["successful_expectations"]),
        failures=failures,
        data_docs_index=index,
    )


def _failure(r: ExpectationValidationResult) -> dict[str, Any]:
    config = r.expectation_config
    kwargs = config.kwargs if config is not None else {}
    if "column" in kwargs:
        column: str | None = kwargs["column"]
    elif "column_A" in kwargs:
        column = f"{kwargs['column_A']}, {kwargs['column_B']}"
    else:
        column = None
    condition = kwargs.get("row_condition")
    exception = None
    if r.exception_info and r.exception_info.get("raised_exception"):
        exception = r.exception_info.get("exception_message")
    result = r.result or {}
    values = result.get("partial_unexpected_list") or []
    return {
        "expectation": config.type if config is not None else None,
        "column": column,
        "description": getattr(config, "description", None) if config is not None else None,
        "row_condition": str(condition) if condition else None,
        "unexpected_count": result.get("unexpected_count"),
        "unexpected_values": [_json_safe(v) for v in values[:MAX_UNEXPECTED_VALUES]],
        "exception": exception,
    }


def _json_safe(value: Any) -> Any:
    """Plain Python for numpy scalars, tuples (column pairs), NaN, dates."""
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    if hasattr(value, "item") and callable(value.item):  # numpy scalar
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


__all__ = ["SuiteContext", "SuiteResult", "gx_context", "run_suite"]
