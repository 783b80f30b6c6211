"""Running a check: its frame through Great Expectations' pandas route, failing rows named.

GE's SQL datasource fails on DuckDB (every metric errors, see STACK-NOTES), so each check reads
its rows into pandas and GE validates the DataFrame. GE names each failing row by the check's
id columns (``unexpected_index_column_names``); the runner gathers those rows, with the
expectation they broke, into :attr:`CheckResult.failing_rows`.

One ephemeral GE context per process, created on first use (GE itself is imported then too).
Data Docs, when asked for, go to a fixed folder and render offline
(:mod:`expectations.offline_docs`).
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

import pandas as pd

from expectations.spec import CheckContext, CheckSpec

if TYPE_CHECKING:
    import duckdb
    from great_expectations.core.expectation_validation_result import (
        ExpectationSuiteValidationResult,
        ExpectationValidationResult,
    )
    from great_expectations.data_context import AbstractDataContext

DATASOURCE = "zhibiao_checks"
NAMED_IN_MESSAGE = 5  # failing rows named in a message
CELL_WIDTH = 80  # characters of a cell in the markdown table
_LOCK = threading.RLock()


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check on one warehouse.

    ``failures``: one dict per failed expectation: ``description``, ``expectation`` (GE type),
    ``unexpected_count``, ``ids`` (the failing rows' ids, as tuples of the id columns) and
    ``exception`` (when GE could not evaluate it). ``failing_rows``: the failing rows, id
    columns first, then ``problem`` (the expectations they broke) and the check's ``show``
    columns. ``notes``: what the check could not look at (no baseline, no folder).
    """

    spec: CheckSpec
    success: bool
    rows: int
    evaluated: int
    successful: int
    failures: list[dict[str, Any]] = field(default_factory=list)
    failing_rows: pd.DataFrame = field(default_factory=pd.DataFrame)
    notes: list[str] = field(default_factory=list)
    data_docs_index: Path | None = None

    @property
    def blocking(self) -> bool:
        return self.spec.blocking

    @property
    def failing_ids(self) -> set[tuple[Any, ...]]:
        return {i for f in self.failures for i in f["ids"]}

    def message(self) -> str:
        """One paragraph: what failed, how many rows, and the first rows by name."""
        spec = self.spec
        if self.success:
            text = f"all {self.rows} {spec.rows}(s) pass: {spec.description}"
        else:
            parts = [f"{f['description'] or f['expectation']} ({_count(f)})" for f in self.failures]
            named = [
                self._name_row(r) for _, r in self.failing_rows.head(NAMED_IN_MESSAGE).iterrows()
            ]
            more = len(self.failing_rows) - len(named)
            text = (
                f"{len(self.failing_rows)} of {self.rows} {spec.rows}(s) fail: "
                + "; ".join(parts)
                + ". Failing: "
                + "; ".join(named)
                + (f"; and {more} more" if more > 0 else "")
            )
        if self.notes:
            text += " (" + "; ".join(self.notes) + ")"
        return text

    def _name_row(self, row: pd.Series) -> str:
        ids = ", ".join(f"{c}={_cell(row[c], 40)}" for c in self.spec.id_columns)
        shown = ", ".join(
            f"{c}={_cell(row[c], 40)}" for c in self.spec.show[:3] if c in row and _present(row[c])
        )
        return f"{ids} ({shown})" if shown else ids

    def markdown(self, limit: int = 30) -> str:
        """The failing rows as a markdown table (for Dagster metadata)."""
        return markdown_table(self.failing_rows, limit=limit)

    def summary(self) -> dict[str, Any]:
        """A JSON-safe dict (for logs and tests)."""
        return {
            "check": self.spec.key,
            "success": self.success,
            "blocking": self.blocking,
            "rows": self.rows,
            "failing_rows": len(self.failing_rows),
            "evaluated": self.evaluated,
            "successful": self.successful,
            "failures": [
                {**{k: v for k, v in f.items() if k != "ids"}, "ids": [list(i) for i in f["ids"]]}
                for f in self.failures
            ],
            "notes": self.notes,
            "data_docs_index": str(self.data_docs_index) if self.data_docs_index else None,
        }


def _count(failure: dict[str, Any]) -> str:
    if failure.get("exception"):
        return f"could not be evaluated: {failure['exception']}"
    return f"{failure['unexpected_count']} row(s)"


def _present(value: Any) -> bool:
    return not (value is None or (isinstance(value, float) and math.isnan(value)))


def _cell(value: Any, width: int = CELL_WIDTH) -> str:
    if not _present(value):
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    text = str(value).replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def markdown_table(frame: pd.DataFrame, limit: int = 30) -> str:
    if frame.empty:
        return "_none_"
    columns = list(frame.columns)
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for _, row in frame.head(limit).iterrows():
        cells = [_cell(row[c]).replace("|", "\\|") for c in columns]
        lines.append("| " + " | ".join(cells) + " |")
    if len(frame) > limit:
        lines.append(f"\n_… {len(frame) - limit} more rows_")
    return "\n".join(lines)


# --- Great Expectations ----------------------------------------------------------------------


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


def warm_up() -> threading.Thread:
    """Import Great Expectations and create the process's context in a background thread.

    A build calls this while dbt runs in its own process (this one only waits for dbt's
    output then), so that the first check does not spend seconds importing GE.
    """

    def _warm() -> None:
        with _LOCK:
            gx_context()

    thread = threading.Thread(target=_warm, name="gx-warm-up", daemon=True)
    thread.start()
    return thread


def _batch_definition(context: AbstractDataContext, name: str) -> Any:
    datasource = context.data_sources.get(DATASOURCE)
    try:
        asset = datasource.get_asset(name)
    except LookupError:
        asset = datasource.add_dataframe_asset(name)
    try:
        return asset.get_batch_definition("whole")
    except KeyError:
        return asset.add_batch_definition_whole_dataframe("whole")


def _docs_site(context: AbstractDataContext, data_docs_dir: Path) -> str:
    """Name of the offline Data Docs site writing to data_docs_dir, added on first use."""
    from expectations.offline_docs import site_config

    folder = data_docs_dir.resolve()
    name = "zhibiao_" + hashlib.sha1(str(folder).encode()).hexdigest()[:10]
    if name not in context.list_data_docs_sites():
        folder.mkdir(parents=True, exist_ok=True)
        context.add_data_docs_site(name, site_config(folder))
    return name


def validate(
    spec: CheckSpec, df: pd.DataFrame, data_docs_dir: Path | None = None
) -> ExpectationSuiteValidationResult:
    """Run the check's expectations on ``df``; Data Docs into ``data_docs_dir`` when given."""
    expectations = spec.expectations()
    with _LOCK:
        import great_expectations as gx
        from great_expectations.checkpoint import UpdateDataDocsAction

        gx_ctx = gx_context()
        suite = gx_ctx.suites.add_or_update(
            gx.ExpectationSuite(name=spec.suite_name, expectations=expectations)
        )
        validation = gx_ctx.validation_definitions.add_or_update(
            gx.ValidationDefinition(
                name=spec.suite_name,
                data=_batch_definition(gx_ctx, spec.suite_name),
                suite=suite,
            )
        )
        actions = []
        if data_docs_dir is not None:
            site = _docs_site(gx_ctx, Path(data_docs_dir))
            actions.append(UpdateDataDocsAction(name="data_docs", site_names=[site]))
        checkpoint = gx_ctx.checkpoints.add_or_update(
            gx.Checkpoint(
                name=spec.suite_name,
                validation_definitions=[validation],
                actions=actions,
                result_format={
                    "result_format": "COMPLETE",
                    "unexpected_index_column_names": list(spec.id_columns),
                    "return_unexpected_index_query": False,
                },
            )
        )
        try:
            result = checkpoint.run(batch_parameters={"dataframe": df})
        finally:
            _forget_batches(gx_ctx)
    (validation_result,) = result.run_results.values()
    return validation_result


def _forget_batches(context: AbstractDataContext) -> None:
    """Drop the frames GE's execution engine keeps after a validation.

    The pandas datasource's engine caches every batch it was given (one per check, for the
    life of the process), so without this every check's frame stayed in memory until the
    build ended: at 50 MB of text the two provenance frames alone held about 1.2 GB.
    """
    for datasource in context.data_sources.all().values():
        engine = getattr(datasource, "_execution_engine", None)
        manager = getattr(engine, "batch_manager", None)
        if manager is None:
            continue
        manager.batch_data_cache.clear()
        manager.reset_batch_cache()


def run_check(
    spec: CheckSpec,
    con: duckdb.DuckDBPyConnection,
    ctx: CheckContext | None = None,
    *,
    data_docs_dir: Path | None = None,
) -> CheckResult:
    """Build the check's rows from the open warehouse ``con`` and validate them."""
    checked = spec.frame(con, ctx or CheckContext())
    df = checked.frame.reset_index(drop=True)
    result = validate(spec, df.copy(), data_docs_dir)  # GE gets a copy: the rows stay ours
    failures = [_failure(r, spec) for r in result.results if not r.success]
    index = None
    if data_docs_dir is not None:
        candidate = Path(data_docs_dir).resolve() / "index.html"
        index = candidate if candidate.exists() else None
    stats = result.statistics
    return CheckResult(
        spec=spec,
        success=bool(result.success),
        rows=len(df) if checked.rows is None else checked.rows,
        evaluated=int(stats["evaluated_expectations"]),
        successful=int(stats["successful_expectations"]),
        failures=failures,
        failing_rows=_failing_rows(spec, df, failures),
        notes=checked.notes,
        data_docs_index=index,
    )


def _failure(r: ExpectationValidationResult, spec: CheckSpec) -> dict[str, Any]:
    config = r.expectation_config
    exception = _exception_message(r.exception_info)
    result = r.result or {}
    ids = [
        tuple(_json_safe(entry.get(c)) for c in spec.id_columns)
        for entry in result.get("unexpected_index_list") or []
        if isinstance(entry, dict)
    ]
    return {
        "expectation": config.type if config is not None else None,
        "description": getattr(config, "description", None) if config is not None else None,
        "unexpected_count": result.get("unexpected_count"),
        "ids": ids,
        "exception": exception,
    }


def _exception_message(info: Any) -> str | None:
    """GE reports an error either directly or per metric it could not compute."""
    if not isinstance(info, dict):
        return None
    entries = [info] if "raised_exception" in info else list(info.values())
    for entry in entries:
        if isinstance(entry, dict) and entry.get("raised_exception"):
            return str(entry.get("exception_message"))
    return None


def _failing_rows(
    spec: CheckSpec, df: pd.DataFrame, failures: list[dict[str, Any]]
) -> pd.DataFrame:
    problems: dict[tuple[Any, ...], list[str]] = {}
    for f in failures:
        for i in f["ids"]:
            problems.setdefault(i, []).append(f["description"] or f["expectation"])
    columns = [*spec.id_columns, "problem", *(c for c in spec.show if c in df.columns)]
    if not problems:
        return pd.DataFrame(columns=columns)
    keys = [
        tuple(_json_safe(v) for v in row) for row in df[list(spec.id_columns)].itertuples(False)
    ]
    mask = [k in problems for k in keys]
    rows = df.loc[mask].copy()
    rows["problem"] = ["; ".join(problems[k]) for k, m in zip(keys, mask, strict=True) if m]
    return rows[columns].reset_index(drop=True)


def _json_safe(value: Any) -> Any:
    """Plain Python for numpy scalars, NaN, dates (ids are compared and shown as such)."""
    if hasattr(value, "item") and callable(value.item):  # numpy scalar
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


__all__ = ["CheckResult", "gx_context", "markdown_table", "run_check", "validate", "warm_up"]
