"""Reading marts out of a DuckDB warehouse for the suites (the pandas route of STACK-NOTES).

>>> import duckdb  # doctest: +SKIP
>>> with duckdb.connect("warehouse/zhibiao.duckdb", read_only=True) as con:
...     results = validate_warehouse(con, data_docs_dir=Path("warehouse/data_docs"))
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from expectations.runner import SuiteResult, run_suite
from expectations.suites import SUITES

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

SCHEMA = "main"


def read_mart(con: duckdb.DuckDBPyConnection, table: str) -> pd.DataFrame:
    """The whole mart as a pandas DataFrame (table names are checked against SUITES)."""
    if table not in SUITES:
        raise KeyError(f"no suite for table {table!r}")
    return con.execute(f'select * from {SCHEMA}."{table}"').df()


def suite_context(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """The context the suites need, read from the warehouse: dim_indicator's unit per code."""
    rows = con.execute(f"select indicator_code, unit from {SCHEMA}.dim_indicator").fetchall()
    return {"indicator_units": {code: unit for code, unit in rows}}


def validate_warehouse(
    con: duckdb.DuckDBPyConnection,
    tables: Iterable[str] | None = None,
    *,
    data_docs_dir: Path | None = None,
) -> dict[str, SuiteResult]:
    """Run the suites of ``tables`` (default: all of SUITES) on an open warehouse connection."""
    context = suite_context(con)
    return {
        table: run_suite(table, read_mart(con, table), context=context, data_docs_dir=data_docs_dir)
        for table in (tables if tables is not None else SUITES)
    }
